#pragma once

#include "core/layout/graphlayout.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QString>

namespace sg {

class Progress;

// Graphviz cannot be stopped once gvLayout() has begun (sfdp takes minutes on 50,000
// entities), so the GUI lays out in a helper process, `seagull-layout`, that Cancel kills. The
// helper runs the same GraphLayout::run(), so the positions are the same as in-process.
//
// The job and the answer travel as text over the helper's stdin and stdout:
//   job:    "seagull-layout 1 <engine>" then "n <id> <width> <height> <x> <y> <pinned> <group>"
//           per node and "e <from> <to> <weight>" per edge, one per line;
//   answer: "<id> <x> <y>" per node; on failure the helper exits non-zero with the reason on
//           stderr.
struct LayoutJob
{
    LayoutEngine engine = LayoutEngine::Sfdp;
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
};

QByteArray encodeLayoutJob(const LayoutJob &job);
Result<LayoutJob> decodeLayoutJob(const QByteArray &text);
QByteArray encodePositions(const QHash<qint64, QPointF> &positions);
Result<QHash<qint64, QPointF>> decodePositions(const QByteArray &text);

// Where the helper is: $SEAGULL_LAYOUT_HELPER, else next to the running program, else the
// installed libexec path; empty when none exists.
QString layoutHelperPath();

// Lays out in the helper at `helper`, polling `progress` for Cancel (which kills the helper).
// Any thread.
Result<QHash<qint64, QPointF>> runLayoutProcess(const QString &helper, const LayoutJob &job, Progress *progress);

} // namespace sg

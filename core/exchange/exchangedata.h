#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>

class QIODevice;

#include <functional>
#include <optional>

namespace sg {

class Progress;

// A part of a case as the exchange formats (i2 ANX, bundles) write it: entities with their
// place on a chart, the events between two of them, and the declared links among them, each
// with the source record it came from.
struct ExchangeData
{
    Q_DECLARE_TR_FUNCTIONS(sg::ExchangeData)

public:
    QList<Entity> entities;              // in id order
    QHash<EntityId, QPointF> positions;  // where a chart drew them; absent: none
    QList<EventRow> events;              // both parties among the entities, by id
    QList<EventRow> singleEvents;        // one-party events of the entities (bundles keep them)
    QList<Link> declared;                // owns, uses, ... among the entities

    // `only`: these entities (a chart's, a neighbourhood); nullopt: the whole case.
    static Result<ExchangeData> read(const CaseStore &store, const std::optional<QSet<EntityId>> &only,
                                     Progress *progress = nullptr);
};

// Writes `path` whole or not at all: `write` fills a temporary file, which replaces `path` only
// when everything was written (the exports of the CLI and the GUI).
Status saveFile(const QString &path, const std::function<Status(QIODevice *)> &write);

} // namespace sg

#pragma once

#include "core/chart/chartdocument.h"

#include <QUndoCommand>

namespace sg {

// One undoable command per kind of chart edit. Commands store values and ids, never pointers
// to items; the document they edit outlives its undo stack.

class AddEntitiesCommand : public QUndoCommand
{
public:
    // `merged`, when given, is `links` merged ahead (ChartDocument::mergeAhead()), taken by the
    // first redo if the chart's links are still those it was made from.
    AddEntitiesCommand(ChartDocument *document, const QList<ChartNode> &nodes, const QList<Link> &links,
                       const QHash<EntityId, qint64> &more, const QString &text, std::shared_ptr<MergedLinks> merged = {});
    ~AddEntitiesCommand() override;
    void redo() override;
    void undo() override;

private:
    ChartDocument *m_document;
    QList<ChartNode> m_nodes;
    QList<Link> m_links;
    QHash<EntityId, qint64> m_more;
    QHash<EntityId, qint64> m_moreBefore;
    LinksBefore m_linksBefore;
    // Until the next redo: the links merged ahead, or, after an undo that put the chart's link
    // tables back whole, the tables it took away (ChartDocument::restoreLinks).
    std::shared_ptr<MergedLinks> m_merged;
};

class RemoveEntitiesCommand : public QUndoCommand
{
public:
    RemoveEntitiesCommand(ChartDocument *document, const QList<EntityId> &ids);
    void redo() override;
    void undo() override;

private:
    ChartDocument *m_document;
    QList<ChartNode> m_nodes;
    QList<ChartLink> m_links;
    QList<EntityId> m_orderBefore;
};

class MoveEntitiesCommand : public QUndoCommand
{
public:
    enum { Id = 0x5347 };
    MoveEntitiesCommand(ChartDocument *document, const ChartPositions &positions, int dragId, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override { return m_dragId > 0 ? Id : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChartDocument *m_document;
    ChartPositions m_before;
    ChartPositions m_after;
    int m_dragId;
};

// Pins, hiding, colours and icons, groups, notes, link display and replace view: each is a
// change of values, kept as the values before and after.
class ChangeChartCommand : public QUndoCommand
{
public:
    ChangeChartCommand(ChartDocument *document, const ChartChange &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ChartDocument *m_document;
    ChartChange m_before;
    ChartChange m_after;
};

} // namespace sg

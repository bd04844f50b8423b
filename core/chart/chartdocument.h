#pragma once

#include "core/model/records.h"
#include "core/model/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QUndoStack;

namespace sg {

// An entity as it stands on a chart.
struct ChartNode
{
    EntityId id = 0;
    EntityType type = EntityType::Phone;
    QString key;
    QString label;
    QPointF position;
    bool pinned = false;
    qint64 more = 0; // neighbours not yet on the chart that the last expansion left out

    static ChartNode fromEntity(const Entity &entity, const QPointF &position = {});
};

// The links between two entities on a chart, both directions together.
struct ChartLink
{
    EntityId a = 0; // a < b
    EntityId b = 0;
    qint64 countAB = 0; // events from a to b
    qint64 countBA = 0;
    qint64 duration = 0;
    QMap<QString, qint64> amounts; // money moved, per currency, in its minor units (both ways)
    QSet<QString> kinds; // "call", "sms", "uses", ...

    qint64 count() const { return countAB + countBA; }
    static std::pair<EntityId, EntityId> keyOf(EntityId x, EntityId y) { return x < y ? std::pair{x, y} : std::pair{y, x}; }
};

// A pair link as it was before an edit; `link` is empty when the pair had no link.
struct ChartLinkState
{
    std::pair<EntityId, EntityId> key;
    std::optional<ChartLink> link;
};

// What is on one chart: entities, their positions and pins, and the links between them. The
// single source of truth for a chart; scene items are projections of it. Every edit goes through
// an undoable command on undoStack() (chartcommands.h), whose clean state says whether the chart
// has unsaved changes. Lives on the GUI thread (or the CLI's main thread).
class ChartDocument : public QObject
{
    Q_OBJECT

public:
    explicit ChartDocument(QObject *parent = nullptr);
    ~ChartDocument() override;

    QUndoStack *undoStack() const { return m_undoStack.get(); }

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    qint64 chartId() const { return m_chartId; } // id in the case, 0 until saved
    void setChartId(qint64 id) { m_chartId = id; }

    bool contains(EntityId id) const { return m_nodes.contains(id); }
    const ChartNode *node(EntityId id) const;
    QList<ChartNode> nodes() const;      // in the order they were added
    QList<EntityId> nodeIds() const { return m_order; }
    QList<ChartLink> links() const;
    QList<ChartLink> linksOf(EntityId id) const;
    int nodeCount() const { return int(m_nodes.size()); }

    // Edits as undoable commands, with translated names for the Edit menu.
    void addEntities(const QList<ChartNode> &nodes, const QList<Link> &links, const QString &commandText,
                     const QHash<EntityId, qint64> &more = {});
    void removeEntities(const QList<EntityId> &ids);
    // `dragId` > 0 merges successive moves of one drag into one undo step.
    void moveEntities(const QHash<EntityId, QPointF> &positions, int dragId = 0);
    void applyLayout(const QHash<EntityId, QPointF> &positions, const QString &engineName);

    // Positions for `count` new entities around `centre`, clear of what is there.
    QList<QPointF> placeAround(const QPointF &centre, int count) const;

    // Saving in the case (charts table).
    QByteArray toJson() const;
    static Result<std::unique_ptr<ChartDocument>> fromJson(const QByteArray &json);

    // Raw mutators for the commands only; they emit the signals below.
    void insertNodes(const QList<ChartNode> &nodes);
    void eraseNodes(const QList<EntityId> &ids);
    void setOrder(const QList<EntityId> &order);
    void insertLinks(const QList<ChartLink> &links);
    void eraseLinks(const QList<std::pair<EntityId, EntityId>> &keys);
    void setPositions(const QHash<EntityId, QPointF> &positions);
    void setMore(const QHash<EntityId, qint64> &more);
    // Adds directed store links into the pair links; returns the pair links as they were before,
    // for undo.
    QList<ChartLinkState> mergeLinks(const QList<Link> &links);
    void restoreLinks(const QList<ChartLinkState> &states);

signals:
    void nodesAdded(const QList<sg::EntityId> &ids);
    void nodesRemoved(const QList<sg::EntityId> &ids);
    void nodesMoved(const QList<sg::EntityId> &ids);
    void nodesChanged(const QList<sg::EntityId> &ids);
    void linksChanged();

private:
    std::unique_ptr<QUndoStack> m_undoStack;
    QString m_name;
    qint64 m_chartId = 0;
    QHash<EntityId, ChartNode> m_nodes;
    QList<EntityId> m_order;
    QHash<std::pair<EntityId, EntityId>, ChartLink> m_links;
};

} // namespace sg

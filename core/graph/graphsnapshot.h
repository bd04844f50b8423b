#pragma once

#include "core/model/records.h"
#include "core/model/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace sg {

class CaseStore;
class Progress;

struct SnapshotVertex
{
    EntityId id = 0;
    EntityType type = EntityType::Phone;
    QString key;
    QString label;
};

// Everything between one ordered pair of entities, whatever the event types: `from` and `to`
// are vertex indices, as the events went (declared links: as declared).
struct SnapshotEdge
{
    int from = 0;
    int to = 0;
    qint64 count = 0;    // events; 0 for a pair known only by a declared link (owns, uses, ...)
    qint64 seconds = 0;  // total call duration
    QList<Money> amounts; // total per currency
    bool declared = false;
};

} // namespace sg

// Moved in memory as bytes when a list of them grows (a case of 5M calls has 5 million edges:
// moved one by one, the old and the new list were both held).
Q_DECLARE_TYPEINFO(sg::SnapshotVertex, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(sg::SnapshotEdge, Q_RELOCATABLE_TYPE);

namespace sg {

// One event between two entities, for time-respecting paths and money trails.
struct SnapshotEvent
{
    int from = 0;
    int to = 0;
    qint64 utcMs = 0;
    qint64 id = 0;       // the event's id in the case
    EventType type = EventType::Call;
    std::optional<Money> amount;
};

} // namespace sg

// (std::optional holds its value in place, with no pointer to itself.)
Q_DECLARE_TYPEINFO(sg::SnapshotEvent, Q_RELOCATABLE_TYPE);

namespace sg {

// A compact copy of a graph (the whole case or one chart) that analyses run on: a value, safe
// to hand to a worker thread, independent of the case file once built. Vertices are numbered
// 0..n-1 in the order they were added.
class GraphSnapshot
{
public:
    // The whole case; with `withEvents`, also every event between two entities in time order.
    static Result<GraphSnapshot> fromCase(const CaseStore &store, bool withEvents, Progress *progress = nullptr);
    // The part of the case among these entities (a chart's): the same graph as
    // fromCase(...).subgraph() keeping them, read without the rest of the case.
    static Result<GraphSnapshot> fromCaseAmong(const CaseStore &store, const QList<EntityId> &ids, bool withEvents,
                                               Progress *progress = nullptr);

    // The part of the graph among entities of these types (all when empty): vertices keep
    // their order, edges and events between kept entities stay.
    GraphSnapshot only(const QList<EntityType> &types) const;
    // The part among the vertices `keep` accepts.
    GraphSnapshot subgraph(const std::function<bool(const SnapshotVertex &)> &keep) const;

    // Building by hand (charts, tests). An edge between entities not added is ignored; edges of
    // the same ordered pair add up.
    int addVertex(const SnapshotVertex &vertex);
    void addEdge(EntityId from, EntityId to, qint64 count, qint64 seconds = 0, const QList<Money> &amounts = {},
                 bool declared = false);
    // Events must be added in time order.
    void addEvent(EntityId from, EntityId to, qint64 utcMs, qint64 id = 0, EventType type = EventType::Call,
                  const std::optional<Money> &amount = {});

    int vertexCount() const { return int(m_vertices.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    const QList<SnapshotVertex> &vertices() const { return m_vertices; }
    const QList<SnapshotEdge> &edges() const { return m_edges; }
    const QList<SnapshotEvent> &events() const { return m_events; }
    const SnapshotVertex &vertex(int index) const { return m_vertices[index]; }
    int indexOf(EntityId id) const
    {
        if (id >= 0 && id < EntityId(m_denseIndex.size()))
            return m_denseIndex[size_t(id)];
        return m_sparseIndex.value(id, -1);
    }

    // The currencies money moved in, the most used (by number of transfers) first.
    QStringList currencies() const;
    // An edge's total in `currency`, in major units (0 when none moved in it).
    static double amount(const SnapshotEdge &edge, const QString &currency);

private:
    static Result<GraphSnapshot> read(const CaseStore &store, bool withEvents, Progress *progress, const QList<EntityId> *among);
    int appendEdge(int a, int b, bool declared);
    static void addToEdge(SnapshotEdge &edge, qint64 count, qint64 seconds, const QList<Money> &amounts, bool declared);
    // Many links at once (fromCase): appended as they come, a link of the last edge's pair added
    // to it; mergeBulkEdges() then merges each pair's edges into its first, as addEdge() would
    // have, and leaves the pairs to be indexed when addEdge() is next called.
    void addEdgeInBulk(EntityId from, EntityId to, qint64 count, qint64 seconds, const QList<Money> &amounts, bool declared);
    void mergeBulkEdges();

    QList<SnapshotVertex> m_vertices;
    QList<SnapshotEdge> m_edges;
    QList<SnapshotEvent> m_events;
    // Vertex indices by entity id: a list over the ids from 0 while they are dense (a case's
    // entities are numbered from 1), a hash for the rest (-1 in the list: no such vertex). A
    // hash alone cost two random reads of memory per link read (4.9 million links).
    std::vector<int> m_denseIndex;
    QHash<EntityId, int> m_sparseIndex;
    QHash<quint64, int> m_edgeIndex; // (from << 32 | to) -> edge
    int m_lastEdge = -1;             // the edge last added to: the next link is often its pair's
};

} // namespace sg

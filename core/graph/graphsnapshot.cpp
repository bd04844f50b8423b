#include "core/graph/graphsnapshot.h"

#include "core/store/casestore.h"

#include <cmath>

namespace sg {

namespace {

quint64 pairKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

void addMoney(QList<Money> &totals, const Money &money)
{
    for (Money &m : totals) {
        if (m.currency == money.currency) {
            m.minor += money.minor;
            return;
        }
    }
    totals.append(money);
}

} // namespace

Result<GraphSnapshot> GraphSnapshot::fromCase(const CaseStore &store, bool withEvents, Progress *progress)
{
    GraphSnapshot snapshot;
    CaseStore::GraphRows rows;
    rows.entity = [&](const Entity &e) { snapshot.addVertex(SnapshotVertex{e.id, e.type, e.key, e.label}); };
    rows.link = [&](const Link &l) {
        const bool declared = l.kind != LinkKind::Aggregate;
        snapshot.addEdge(l.from, l.to, declared ? 0 : l.count, l.totalDuration, l.amounts, declared);
    };
    if (withEvents) {
        rows.event = [&](const TimedEvent &e) { snapshot.addEvent(e.from, e.to, e.utcMs, e.id, e.type, e.amount); };
    }
    if (Status s = store.readGraph(rows, progress); !s)
        return s.error();
    return snapshot;
}

GraphSnapshot GraphSnapshot::only(const QList<EntityType> &types) const
{
    if (types.isEmpty())
        return *this;
    return subgraph([&](const SnapshotVertex &v) { return types.contains(v.type); });
}

GraphSnapshot GraphSnapshot::subgraph(const std::function<bool(const SnapshotVertex &)> &keep) const
{
    GraphSnapshot part;
    for (const SnapshotVertex &v : m_vertices) {
        if (keep(v))
            part.addVertex(v);
    }
    for (const SnapshotEdge &e : m_edges)
        part.addEdge(m_vertices[e.from].id, m_vertices[e.to].id, e.count, e.seconds, e.amounts, e.declared);
    for (const SnapshotEvent &e : m_events)
        part.addEvent(m_vertices[e.from].id, m_vertices[e.to].id, e.utcMs, e.id, e.type, e.amount);
    return part;
}

int GraphSnapshot::addVertex(const SnapshotVertex &vertex)
{
    if (const int existing = indexOf(vertex.id); existing >= 0)
        return existing;
    m_vertices.append(vertex);
    m_index.insert(vertex.id, int(m_vertices.size() - 1));
    return int(m_vertices.size() - 1);
}

void GraphSnapshot::addEdge(EntityId from, EntityId to, qint64 count, qint64 seconds, const QList<Money> &amounts, bool declared)
{
    const int a = indexOf(from);
    const int b = indexOf(to);
    if (a < 0 || b < 0 || a == b)
        return;
    const quint64 key = pairKey(a, b);
    auto it = m_edgeIndex.constFind(key);
    if (it == m_edgeIndex.constEnd()) {
        it = m_edgeIndex.insert(key, int(m_edges.size()));
        SnapshotEdge edge;
        edge.from = a;
        edge.to = b;
        edge.declared = declared;
        m_edges.append(edge);
    }
    SnapshotEdge &edge = m_edges[*it];
    edge.count += count;
    edge.seconds += seconds;
    edge.declared = edge.declared && declared; // declared only while no events join the pair
    for (const Money &m : amounts)
        addMoney(edge.amounts, m);
}

void GraphSnapshot::addEvent(EntityId from, EntityId to, qint64 utcMs, qint64 id, EventType type, const std::optional<Money> &amount)
{
    const int a = indexOf(from);
    const int b = indexOf(to);
    if (a < 0 || b < 0 || a == b)
        return;
    m_events.append(SnapshotEvent{a, b, utcMs, id, type, amount});
}

QStringList GraphSnapshot::currencies() const
{
    QHash<QString, qint64> uses;
    for (const SnapshotEdge &e : m_edges) {
        for (const Money &m : e.amounts)
            uses[m.currency] += std::max<qint64>(1, e.count);
    }
    QStringList list = uses.keys();
    std::sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
        return uses.value(a) != uses.value(b) ? uses.value(a) > uses.value(b) : a < b;
    });
    return list;
}

double GraphSnapshot::amount(const SnapshotEdge &edge, const QString &currency)
{
    for (const Money &m : edge.amounts) {
        if (m.currency == currency)
            return double(m.minor) / std::pow(10.0, m.exponent);
    }
    return 0;
}

} // namespace sg

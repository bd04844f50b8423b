#include "core/graph/graphsnapshot.h"

#include "core/store/casestore.h"

#include <algorithm>
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
    return read(store, withEvents, progress, nullptr);
}

Result<GraphSnapshot> GraphSnapshot::fromCaseAmong(const CaseStore &store, const QList<EntityId> &ids, bool withEvents, Progress *progress)
{
    return read(store, withEvents, progress, &ids);
}

Result<GraphSnapshot> GraphSnapshot::read(const CaseStore &store, bool withEvents, Progress *progress, const QList<EntityId> *among)
{
    GraphSnapshot snapshot;
    CaseStore::GraphRows rows;
    rows.entity = [&](const Entity &e) { snapshot.addVertex(SnapshotVertex{e.id, e.type, e.key, e.label}); };
    rows.link = [&](const Link &l) {
        const bool declared = l.kind != LinkKind::Aggregate;
        snapshot.addEdgeInBulk(l.from, l.to, declared ? 0 : l.count, l.totalDuration, l.amounts, declared);
    };
    if (withEvents) {
        rows.event = [&](const TimedEvent &e) { snapshot.addEvent(e.from, e.to, e.utcMs, e.id, e.type, e.amount); };
    }
    if (Status s = store.readGraph(rows, progress, among); !s)
        return s.error();
    snapshot.mergeBulkEdges();
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
    const int index = int(m_vertices.size());
    m_vertices.append(vertex);
    // The list grows to an id while it stays within twice the vertices (and a margin): ids far
    // beyond go to the hash.
    const EntityId id = vertex.id;
    if (id >= 0 && id < 2 * EntityId(m_vertices.size()) + 1024) {
        if (id >= EntityId(m_denseIndex.size()))
            m_denseIndex.resize(std::max(size_t(id) + 1, m_denseIndex.size() * 2), -1);
        m_denseIndex[size_t(id)] = index;
    } else {
        m_sparseIndex.insert(id, index);
    }
    return index;
}

void GraphSnapshot::addEdge(EntityId from, EntityId to, qint64 count, qint64 seconds, const QList<Money> &amounts, bool declared)
{
    const int a = indexOf(from);
    const int b = indexOf(to);
    if (a < 0 || b < 0 || a == b)
        return;
    if (m_edgeIndex.size() != m_edges.size()) { // built in bulk (fromCase): indexed when first needed
        m_edgeIndex.clear();
        m_edgeIndex.reserve(m_edges.size());
        for (qsizetype i = 0; i < m_edges.size(); ++i)
            m_edgeIndex.insert(pairKey(m_edges[i].from, m_edges[i].to), int(i));
    }
    // Links of one pair of other types often come one after another (an import writes its links
    // in the order of their ends): no look-up then.
    if (m_lastEdge < 0 || m_edges[m_lastEdge].from != a || m_edges[m_lastEdge].to != b) {
        const quint64 key = pairKey(a, b);
        auto it = m_edgeIndex.constFind(key);
        if (it == m_edgeIndex.constEnd())
            it = m_edgeIndex.insert(key, appendEdge(a, b, declared));
        m_lastEdge = *it;
    }
    addToEdge(m_edges[m_lastEdge], count, seconds, amounts, declared);
}

int GraphSnapshot::appendEdge(int a, int b, bool declared)
{
    SnapshotEdge edge;
    edge.from = a;
    edge.to = b;
    edge.declared = declared;
    m_edges.append(std::move(edge));
    return int(m_edges.size() - 1);
}

void GraphSnapshot::addToEdge(SnapshotEdge &edge, qint64 count, qint64 seconds, const QList<Money> &amounts, bool declared)
{
    edge.count += count;
    edge.seconds += seconds;
    edge.declared = edge.declared && declared; // declared only while no events join the pair
    for (const Money &m : amounts)
        addMoney(edge.amounts, m);
}

void GraphSnapshot::addEdgeInBulk(EntityId from, EntityId to, qint64 count, qint64 seconds, const QList<Money> &amounts, bool declared)
{
    const int a = indexOf(from);
    const int b = indexOf(to);
    if (a < 0 || b < 0 || a == b)
        return;
    if (m_edges.isEmpty() || m_edges.constLast().from != a || m_edges.constLast().to != b)
        appendEdge(a, b, declared);
    addToEdge(m_edges.last(), count, seconds, amounts, declared);
}

void GraphSnapshot::mergeBulkEdges()
{
    // Each pair's edges in the order they came, merged into the first: the edges and their sums
    // are those addEdge() makes one by one (a hash of pairs: 4.9 million random reads and writes
    // of memory for a 5M case's links, most of the time its graph took to read).
    std::vector<std::pair<quint64, int>> byPair;
    byPair.reserve(size_t(m_edges.size()));
    for (qsizetype i = 0; i < m_edges.size(); ++i)
        byPair.push_back({pairKey(m_edges[i].from, m_edges[i].to), int(i)});
    std::sort(byPair.begin(), byPair.end());
    std::vector<bool> merged(size_t(m_edges.size()), false);
    for (size_t i = 0; i < byPair.size();) {
        size_t j = i + 1;
        for (; j < byPair.size() && byPair[j].first == byPair[i].first; ++j) {
            const SnapshotEdge &later = m_edges[byPair[j].second];
            addToEdge(m_edges[byPair[i].second], later.count, later.seconds, later.amounts, later.declared);
            merged[size_t(byPair[j].second)] = true;
        }
        i = j;
    }
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        if (!merged[size_t(i)]) {
            if (kept != i)
                m_edges[kept] = std::move(m_edges[i]);
            ++kept;
        }
    }
    m_edges.resize(kept); // not squeezed: that copies the edges to a new list, both held at once
    m_edgeIndex.clear();
    m_lastEdge = -1;
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

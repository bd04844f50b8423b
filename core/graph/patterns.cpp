#include "core/graph/patterns.h"

#include "core/graph/adjacency.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <limits>

namespace sg::analysis {

using graph::Adjacency;

namespace {

// Counterparts ordered by how much they moved, most first.
QList<int> byAmount(const QHash<int, qint64> &amounts)
{
    QList<int> list = amounts.keys();
    std::sort(list.begin(), list.end(), [&](int a, int b) {
        return amounts.value(a) != amounts.value(b) ? amounts.value(a) > amounts.value(b) : a < b;
    });
    return list;
}

} // namespace

QList<Mule> passThroughMules(const GraphSnapshot &g, const MuleOptions &options)
{
    // Money events per entity and currency, in time order (the snapshot's events are).
    struct Flows
    {
        QList<int> events; // in and out, in time order
    };
    QHash<QPair<int, QString>, Flows> flows;
    const QList<SnapshotEvent> &events = g.events();
    for (int e = 0; e < events.size(); ++e) {
        const SnapshotEvent &event = events[e];
        if (!event.amount || event.amount->minor <= 0)
            continue;
        flows[qMakePair(event.to, event.amount->currency)].events.append(e);
        flows[qMakePair(event.from, event.amount->currency)].events.append(e);
    }
    QList<Mule> mules;
    for (auto it = flows.constBegin(); it != flows.constEnd(); ++it) {
        const int v = it.key().first;
        Mule mule;
        mule.vertex = v;
        mule.currency = it.key().second;
        struct Held
        {
            qint64 time;
            qint64 left;
        };
        std::deque<Held> queue;
        QList<QPair<qint64, qint64>> holds; // how long, how much
        QHash<int, qint64> sources, destinations;
        for (int e : it.value().events) {
            const SnapshotEvent &event = events[e];
            mule.exponent = event.amount->exponent;
            const qint64 amount = event.amount->minor;
            if (event.to == v) {
                ++mule.inflows;
                mule.in += amount;
                sources[event.from] += amount;
                queue.push_back(Held{event.utcMs, amount});
                continue;
            }
            ++mule.outflows;
            mule.out += amount;
            destinations[event.to] += amount;
            while (!queue.empty() && event.utcMs - queue.front().time > options.windowMs)
                queue.pop_front(); // kept longer than the window: not passed through
            qint64 need = amount;
            while (need > 0 && !queue.empty()) {
                Held &front = queue.front();
                const qint64 take = std::min(need, front.left);
                holds.append(qMakePair(event.utcMs - front.time, take));
                mule.forwarded += take;
                front.left -= take;
                need -= take;
                if (front.left == 0)
                    queue.pop_front();
            }
        }
        if (mule.inflows < std::max(1, options.minInflows) || mule.outflows == 0 || mule.share() < options.minForwarded)
            continue;
        std::sort(holds.begin(), holds.end());
        qint64 seen = 0;
        for (const auto &[hold, amount] : std::as_const(holds)) {
            seen += amount;
            if (2 * seen >= mule.forwarded) {
                mule.medianHoldMs = hold;
                break;
            }
        }
        mule.longestHoldMs = holds.isEmpty() ? 0 : holds.last().first;
        mule.sources = byAmount(sources);
        mule.destinations = byAmount(destinations);
        mules.append(mule);
    }
    // Chains: mules joined by transfers between them (either way), each chain in the order
    // money first reached its members.
    QHash<int, qint64> firstIn;
    for (const Mule &m : std::as_const(mules))
        firstIn.insert(m.vertex, std::numeric_limits<qint64>::max());
    QHash<int, QSet<int>> joined;
    for (const SnapshotEvent &e : events) {
        if (!e.amount || !firstIn.contains(e.to))
            continue;
        firstIn[e.to] = std::min(firstIn.value(e.to), e.utcMs);
        if (firstIn.contains(e.from) && e.from != e.to) {
            joined[e.from].insert(e.to);
            joined[e.to].insert(e.from);
        }
    }
    QHash<int, QList<int>> chainOf;
    for (auto it = firstIn.constBegin(); it != firstIn.constEnd(); ++it) {
        if (chainOf.contains(it.key()))
            continue;
        QList<int> chain{it.key()};
        for (int i = 0; i < chain.size(); ++i) {
            for (int next : joined.value(chain[i])) {
                if (!chain.contains(next))
                    chain.append(next);
            }
        }
        std::sort(chain.begin(), chain.end(), [&](int a, int b) {
            return firstIn.value(a) != firstIn.value(b) ? firstIn.value(a) < firstIn.value(b) : a < b;
        });
        for (int v : std::as_const(chain))
            chainOf.insert(v, chain);
    }
    for (Mule &m : mules)
        m.chain = chainOf.value(m.vertex);
    std::sort(mules.begin(), mules.end(), [](const Mule &a, const Mule &b) {
        if (a.forwarded != b.forwarded)
            return a.forwarded > b.forwarded;
        return a.vertex != b.vertex ? a.vertex < b.vertex : a.currency < b.currency;
    });
    return mules;
}

Trace traceMoney(const GraphSnapshot &g, int startEvent, const TraceOptions &options)
{
    Trace trace;
    const QList<SnapshotEvent> &events = g.events();
    if (startEvent < 0 || startEvent >= events.size() || !events[startEvent].amount)
        return trace;
    const SnapshotEvent &start = events[startEvent];
    trace.currency = start.amount->currency;
    trace.exponent = start.amount->exponent;
    // Outgoing transfers in this currency per entity, in time order.
    QHash<int, QList<int>> outgoing;
    for (int e = 0; e < events.size(); ++e) {
        if (events[e].amount && events[e].amount->currency == trace.currency && events[e].amount->minor > 0)
            outgoing[events[e].from].append(e);
    }
    QHash<int, qint64> used; // of each transfer, what earlier money in the trace already took
    used.insert(startEvent, start.amount->minor);
    trace.steps.append(TraceStep{startEvent, 0, -1, start.amount->minor});
    QHash<int, qint64> ends;
    for (int s = 0; s < trace.steps.size(); ++s) {
        const TraceStep step = trace.steps[s];
        const SnapshotEvent &arrived = events[step.event];
        const int at = arrived.to;
        qint64 left = step.traced;
        if (step.depth < options.maxDepth) {
            for (int e : outgoing.value(at)) {
                if (left == 0)
                    break;
                const SnapshotEvent &out = events[e];
                if (out.utcMs < arrived.utcMs || e == step.event)
                    continue;
                if (out.utcMs - arrived.utcMs > options.windowMs)
                    break;
                const qint64 free = out.amount->minor - used.value(e);
                if (free <= 0)
                    continue;
                const qint64 take = std::min(left, free);
                used[e] += take;
                left -= take;
                trace.steps.append(TraceStep{e, step.depth + 1, s, take});
            }
        }
        if (left > 0)
            ends[at] += left;
    }
    for (int v : byAmount(ends))
        trace.ends.append(qMakePair(v, ends.value(v)));
    return trace;
}

QList<FanResult> fans(const GraphSnapshot &g, Fan direction, qint64 windowMs, bool moneyOnly, int atLeast)
{
    // Per entity, its events (to or from it) with the counterpart, in time order.
    QHash<int, QList<QPair<qint64, int>>> seen;
    for (const SnapshotEvent &e : g.events()) {
        if (moneyOnly && !e.amount)
            continue;
        if (direction == Fan::In)
            seen[e.to].append(qMakePair(e.utcMs, e.from));
        else
            seen[e.from].append(qMakePair(e.utcMs, e.to));
    }
    QList<FanResult> result;
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        const QList<QPair<qint64, int>> &list = it.value();
        QHash<int, int> inWindow;
        FanResult best{it.key(), 0, 0, 0};
        int first = 0;
        for (int last = 0; last < list.size(); ++last) {
            ++inWindow[list[last].second];
            while (list[last].first - list[first].first > windowMs) {
                if (--inWindow[list[first].second] == 0)
                    inWindow.remove(list[first].second);
                ++first;
            }
            if (inWindow.size() > best.counterparts) {
                best.counterparts = int(inWindow.size());
                best.windowStartMs = list[first].first;
                best.windowEndMs = list[last].first;
            }
        }
        if (best.counterparts >= atLeast)
            result.append(best);
    }
    std::sort(result.begin(), result.end(), [](const FanResult &a, const FanResult &b) {
        return a.counterparts != b.counterparts ? a.counterparts > b.counterparts : a.vertex < b.vertex;
    });
    return result;
}

namespace {

QList<Sharing> sharing(const GraphSnapshot &g, const std::function<bool(EntityType)> &isHolder,
                       const std::function<bool(EntityType)> &isOther, int atLeast)
{
    const Adjacency adj = Adjacency::undirected(g);
    QList<Sharing> result;
    for (int v = 0; v < g.vertexCount(); ++v) {
        if (!isHolder(g.vertex(v).type))
            continue;
        Sharing s{v, {}};
        for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
            const int u = adj.targets[size_t(i)];
            if (isOther(g.vertex(u).type))
                s.others.append(u);
        }
        if (s.others.size() >= atLeast)
            result.append(s);
    }
    std::sort(result.begin(), result.end(), [](const Sharing &a, const Sharing &b) {
        return a.others.size() != b.others.size() ? a.others.size() > b.others.size() : a.vertex < b.vertex;
    });
    return result;
}

} // namespace

QList<Sharing> sharedDevices(const GraphSnapshot &g, int atLeast)
{
    return sharing(g, [](EntityType t) { return t == EntityType::Device; },
                   [](EntityType t) { return t == EntityType::Phone || t == EntityType::Sim; }, atLeast);
}

QList<Sharing> numbersInSeveralDevices(const GraphSnapshot &g, int atLeast)
{
    return sharing(g, [](EntityType t) { return t == EntityType::Phone || t == EntityType::Sim; },
                   [](EntityType t) { return t == EntityType::Device; }, atLeast);
}

QList<Hint> denHints(const GraphSnapshot &g, int member, int limit)
{
    QList<Hint> result;
    if (member < 0 || member >= g.vertexCount())
        return result;
    const Adjacency adj = Adjacency::undirected(g);
    const EntityType kind = g.vertex(member).type;
    QHash<int, Hint> hints;
    for (int i = adj.offsets[member]; i < adj.offsets[member + 1]; ++i) {
        const int shared = adj.targets[size_t(i)];
        const EntityType sharedType = g.vertex(shared).type;
        for (int j = adj.offsets[shared]; j < adj.offsets[shared + 1]; ++j) {
            const int other = adj.targets[size_t(j)];
            if (other == member || g.vertex(other).type != kind)
                continue;
            Hint &h = hints[other];
            h.vertex = other;
            if (sharedType == EntityType::Device || sharedType == EntityType::Sim)
                h.devices.append(shared);
            else if (sharedType == EntityType::Location)
                h.places.append(shared);
            else
                h.contacts.append(shared);
        }
    }
    for (Hint &h : hints) {
        h.score = 3.0 * h.devices.size() + 2.0 * h.contacts.size() + 1.0 * h.places.size();
        result.append(h);
    }
    std::sort(result.begin(), result.end(), [](const Hint &a, const Hint &b) {
        return a.score != b.score ? a.score > b.score : a.vertex < b.vertex;
    });
    if (limit > 0 && result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace sg::analysis

#include "core/graph/report.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace sg::analysis {

namespace {

const std::pair<Measure, const char *> Names[] = {
    {Measure::Degree, "degree"}, {Measure::Betweenness, "betweenness"}, {Measure::Closeness, "closeness"},
    {Measure::Eigenvector, "eigenvector"}, {Measure::PageRank, "pagerank"}, {Measure::Components, "components"},
    {Measure::Communities, "communities"}, {Measure::KCore, "kcore"}, {Measure::Articulation, "articulation"},
    {Measure::Common, "common"},
};

QList<int> highestFirst(const QList<double> &values)
{
    QList<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return values[x] > values[y]; });
    return order;
}

void byGroup(Table &table, const QList<int> &group)
{
    table.grouped = true;
    for (int c : group)
        table.values.append(c);
    table.order = QList<int>(group.size());
    std::iota(table.order.begin(), table.order.end(), 0);
    std::stable_sort(table.order.begin(), table.order.end(), [&](int x, int y) { return group[x] < group[y]; });
    table.groups = group.isEmpty() ? 0 : *std::max_element(group.begin(), group.end()) + 1;
}

} // namespace

QString measureName(Measure measure)
{
    for (const auto &[m, name] : Names) {
        if (m == measure)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Measure> measureFromName(const QString &name)
{
    for (const auto &[m, n] : Names) {
        if (name == QLatin1String(n))
            return m;
    }
    return std::nullopt;
}

Result<Table> run(const GraphSnapshot &g, const Request &request, Progress *progress)
{
    Table table;
    auto take = [&](Result<QList<double>> values) -> Result<Table> {
        if (!values)
            return values.error();
        table.values = *values;
        table.order = highestFirst(table.values);
        return table;
    };
    switch (request.measure) {
    case Measure::Degree:
        table.currency = request.currency;
        if (request.count == Count::Amount && table.currency.isEmpty())
            table.currency = g.currencies().value(0);
        return take(mostConnected(g, request.count, request.direction, table.currency));
    case Measure::Betweenness:
        return take(betweenness(g, progress, request.samples));
    case Measure::Closeness:
        return take(closeness(g, progress));
    case Measure::Eigenvector:
        return take(eigenvector(g, progress));
    case Measure::PageRank:
        return take(pageRank(g, progress));
    case Measure::Components:
        byGroup(table, components(g));
        return table;
    case Measure::Communities: {
        auto found = communities(g, progress);
        if (!found)
            return found.error();
        byGroup(table, found->of);
        table.modularity = found->modularity;
        return table;
    }
    case Measure::KCore: {
        QList<double> values;
        for (int c : coreNumbers(g))
            values.append(c);
        return take(values);
    }
    case Measure::Articulation:
        table.values = QList<double>(g.vertexCount(), 0.0);
        for (int v : articulationPoints(g)) {
            table.values[v] = 1;
            table.order.append(v);
        }
        return table;
    case Measure::Common: {
        QList<int> chosen;
        for (EntityId id : request.selected) {
            if (g.indexOf(id) < 0)
                return Error{ErrorCode::InvalidInput,
                             QCoreApplication::translate("sg::Analysis", "Common contacts: an entity given is not in the graph analysed."),
                             QString::number(id)};
            chosen.append(g.indexOf(id));
        }
        table.values = QList<double>(g.vertexCount(), 0.0);
        for (const CommonContact &c : commonContacts(g, chosen, request.atLeast)) {
            table.values[c.vertex] = c.linkedTo.size();
            table.order.append(c.vertex);
        }
        return table;
    }
    }
    return table;
}

} // namespace sg::analysis

// seagull-cli path and analyze: graph analysis of the whole case (core/graph).

#include "app/cli/cli.h"

#include "core/graph/graphsnapshot.h"
#include "core/graph/measures.h"
#include "core/graph/paths.h"
#include "core/model/progress.h"
#include "core/store/casestore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace sg {

namespace {

QJsonObject vertexJson(const GraphSnapshot &g, int v)
{
    const SnapshotVertex &x = g.vertex(v);
    QJsonObject o{{QStringLiteral("id"), x.id}, {QStringLiteral("type"), entityTypeName(x.type)}, {QStringLiteral("key"), x.key}};
    if (!x.label.isEmpty())
        o.insert(QStringLiteral("label"), x.label);
    return o;
}

QString vertexText(const GraphSnapshot &g, int v)
{
    const SnapshotVertex &x = g.vertex(v);
    QString text = entityTypeName(x.type) + QLatin1Char(':') + x.key;
    if (!x.label.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(x.label);
    return text;
}

// "90s", "30m", "2h", "3d" (or plain seconds): milliseconds, or -1.
qint64 durationMs(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d+)\\s*([smhd]?)\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 scale = unit == QLatin1String("m") ? 60 : unit == QLatin1String("h") ? 3600 : unit == QLatin1String("d") ? 86400 : 1;
    return n * scale * 1000;
}

} // namespace

Result<GraphSnapshot> Cli::caseGraph(const CaseStore &store, const QCommandLineParser &parser, bool withEvents)
{
    QList<EntityType> types;
    const QStringList names = parser.value(QStringLiteral("types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const auto type = entityTypeFromName(name.trimmed());
        if (!type)
            return Error{ErrorCode::InvalidInput, tr("unknown entity type \"%1\"; known: %2").arg(name, entityTypeNames().join(QStringLiteral(", "))), {}};
        types.append(*type);
    }
    auto graph = GraphSnapshot::fromCase(store, withEvents);
    if (!graph || types.isEmpty())
        return graph;
    return graph->only(types);
}

int Cli::path(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usage(tr("path needs a case file and two entities"));
    analysis::PathOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("max-hops")))
        options.maxHops = parser.value(QStringLiteral("max-hops")).toInt(&ok);
    if (!ok || options.maxHops < 0)
        return usage(tr("--max-hops needs a whole number"));
    int k = 1;
    if (parser.isSet(QStringLiteral("k")))
        k = parser.value(QStringLiteral("k")).toInt(&ok);
    if (!ok || k < 1)
        return usage(tr("--k needs a whole number, at least 1"));
    const QString weight = parser.value(QStringLiteral("weight"));
    if (weight.isEmpty() || weight == QLatin1String("hops"))
        options.weight = analysis::PathWeight::Hops;
    else if (weight == QLatin1String("count"))
        options.weight = analysis::PathWeight::Count;
    else if (weight == QLatin1String("amount"))
        options.weight = analysis::PathWeight::Amount;
    else
        return usage(tr("--weight is hops, count or amount"));
    options.directed = parser.isSet(QStringLiteral("directed"));
    const bool timeOrdered = parser.isSet(QStringLiteral("time-ordered"));
    analysis::TimeOptions time;
    time.maxHops = options.maxHops;
    time.moneyOnly = parser.isSet(QStringLiteral("money"));
    if (parser.isSet(QStringLiteral("window"))) {
        time.maxGapMs = durationMs(parser.value(QStringLiteral("window")));
        if (time.maxGapMs <= 0)
            return usage(tr("--window needs a duration such as 90s, 30m, 2h or 3d"));
    }
    if (!timeOrdered && (parser.isSet(QStringLiteral("window")) || time.moneyOnly || parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))))
        return usage(tr("--window, --money, --from and --to go with --time-ordered"));
    if (timeOrdered && (k > 1 || parser.isSet(QStringLiteral("all")) || !weight.isEmpty()))
        return usage(tr("--time-ordered finds one journey: it does not combine with --k, --all or --weight"));

    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto ends = resolveAll(**store, args.mid(1));
    if (!ends)
        return fail(ends.error());
    if (timeOrdered) {
        auto from = parseTime(**store, parser.value(QStringLiteral("from")), false);
        if (!from)
            return fail(from.error());
        auto to = parseTime(**store, parser.value(QStringLiteral("to")), true);
        if (!to)
            return fail(to.error());
        time.fromUtcMs = from->value_or(time.fromUtcMs);
        time.toUtcMs = to->value_or(time.toUtcMs);
    }
    auto graph = caseGraph(**store, parser, timeOrdered);
    if (!graph)
        return fail(graph.error());
    const int a = graph->indexOf((*ends)[0]);
    const int b = graph->indexOf((*ends)[1]);
    if (a < 0 || b < 0)
        return fail(ErrorCode::InvalidInput, tr("Both ends must be of the types kept by --types."));
    if (options.weight == analysis::PathWeight::Amount) {
        options.currency = parser.value(QStringLiteral("currency")).toUpper();
        if (options.currency.isEmpty())
            options.currency = graph->currencies().value(0);
    }

    QList<analysis::Path> paths;
    if (timeOrdered) {
        if (auto p = analysis::timeRespectingPath(*graph, a, b, time))
            paths.append(*p);
    } else if (parser.isSet(QStringLiteral("all"))) {
        paths = analysis::allShortestPaths(*graph, a, b, options);
    } else if (k > 1) {
        paths = analysis::kShortestPaths(*graph, a, b, k, options);
    } else if (auto p = analysis::shortestPath(*graph, a, b, options)) {
        paths.append(*p);
    }

    auto pathJson = [&](const analysis::Path &p) {
        QJsonArray vertices;
        for (int v : p.vertices)
            vertices.append(vertexJson(*graph, v));
        QJsonObject o{{QStringLiteral("hops"), p.hops()}, {QStringLiteral("path"), vertices}};
        if (options.weight != analysis::PathWeight::Hops)
            o.insert(QStringLiteral("cost"), p.cost);
        if (timeOrdered) {
            QJsonArray events;
            for (int e : p.events) {
                const SnapshotEvent &event = graph->events()[e];
                QJsonObject eo{{QStringLiteral("id"), event.id}, {QStringLiteral("type"), eventTypeName(event.type)},
                               {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(event.utcMs, Qt::UTC).toString(Qt::ISODate)}};
                if (event.amount)
                    eo.insert(QStringLiteral("amount"), event.amount->decimal() + QLatin1Char(' ') + event.amount->currency);
                events.append(eo);
            }
            o.insert(QStringLiteral("events"), events);
        }
        return o;
    };
    if (m_json) {
        QJsonObject out = paths.isEmpty() ? QJsonObject{{QStringLiteral("hops"), QJsonValue()}, {QStringLiteral("path"), QJsonArray()}}
                                          : pathJson(paths.first());
        if (k > 1 || parser.isSet(QStringLiteral("all"))) {
            QJsonArray all;
            for (const analysis::Path &p : std::as_const(paths))
                all.append(pathJson(p));
            out.insert(QStringLiteral("paths"), all);
        }
        if (options.weight == analysis::PathWeight::Amount)
            out.insert(QStringLiteral("currency"), options.currency);
        printJson(out);
        return 0;
    }
    if (paths.isEmpty()) {
        print(tr("No path between %1 and %2.").arg(vertexText(*graph, a), vertexText(*graph, b)));
        return 0;
    }
    for (const analysis::Path &p : std::as_const(paths)) {
        print(tr("%n hops:", nullptr, p.hops()));
        for (int i = 0; i < p.vertices.size(); ++i) {
            QString line = QStringLiteral("  ") + vertexText(*graph, p.vertices[i]);
            if (timeOrdered && i > 0) {
                const SnapshotEvent &event = graph->events()[p.events[i - 1]];
                line += QStringLiteral("   (%1 %2%3)").arg(eventTypeName(event.type),
                    QDateTime::fromMSecsSinceEpoch(event.utcMs, Qt::UTC).toString(Qt::ISODate),
                    event.amount ? QStringLiteral(" ") + event.amount->decimal() + QLatin1Char(' ') + event.amount->currency : QString());
            }
            print(line);
        }
    }
    return 0;
}

int Cli::analyze(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    static const QStringList measures{
        QStringLiteral("degree"), QStringLiteral("betweenness"), QStringLiteral("closeness"), QStringLiteral("eigenvector"),
        QStringLiteral("pagerank"), QStringLiteral("components"), QStringLiteral("communities"), QStringLiteral("kcore"),
        QStringLiteral("articulation"), QStringLiteral("bridges"), QStringLiteral("common")};
    if (args.size() < 2)
        return usage(tr("analyze needs a case file and a measure: %1").arg(measures.join(QStringLiteral(", "))));
    const QString measure = args[1];
    if (!measures.contains(measure))
        return usage(tr("unknown measure \"%1\"; known: %2").arg(measure, measures.join(QStringLiteral(", "))));
    if ((measure == QLatin1String("common")) != (args.size() > 2))
        return usage(measure == QLatin1String("common") ? tr("common needs at least two entities after it")
                                                         : tr("%1 takes no entities").arg(measure));
    bool ok = true;
    int top = 20;
    if (parser.isSet(QStringLiteral("top")))
        top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0)
        return usage(tr("--top needs a whole number (0: all)"));
    int samples = 0;
    if (parser.isSet(QStringLiteral("samples")))
        samples = parser.value(QStringLiteral("samples")).toInt(&ok);
    if (!ok || samples < 0)
        return usage(tr("--samples needs a whole number"));
    int atLeast = 0;
    if (parser.isSet(QStringLiteral("at-least")))
        atLeast = parser.value(QStringLiteral("at-least")).toInt(&ok);
    if (!ok || atLeast < 0)
        return usage(tr("--at-least needs a whole number"));
    const QString by = parser.value(QStringLiteral("by"));
    const QString direction = parser.value(QStringLiteral("direction"));
    analysis::Count count = analysis::Count::Links;
    if (by == QLatin1String("events"))
        count = analysis::Count::Events;
    else if (by == QLatin1String("amount"))
        count = analysis::Count::Amount;
    else if (!by.isEmpty() && by != QLatin1String("links"))
        return usage(tr("--by is links, events or amount"));
    analysis::Direction dir = analysis::Direction::Total;
    if (direction == QLatin1String("in"))
        dir = analysis::Direction::In;
    else if (direction == QLatin1String("out"))
        dir = analysis::Direction::Out;
    else if (direction == QLatin1String("net"))
        dir = analysis::Direction::Net;
    else if (!direction.isEmpty() && direction != QLatin1String("total"))
        return usage(tr("--direction is total, in, out or net"));
    if (measure != QLatin1String("degree") && (!by.isEmpty() || !direction.isEmpty() || parser.isSet(QStringLiteral("currency"))))
        return usage(tr("--by, --direction and --currency go with degree"));

    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    QList<EntityId> selected;
    if (measure == QLatin1String("common")) {
        auto ids = resolveAll(**store, args.mid(2));
        if (!ids)
            return fail(ids.error());
        selected = *ids;
    }
    auto graph = caseGraph(**store, parser, false);
    if (!graph)
        return fail(graph.error());
    const GraphSnapshot &g = *graph;
    const int n = g.vertexCount();

    // Each measure gives a value per vertex and the order to list them in.
    QList<double> values;
    QList<int> order;
    QJsonObject extra;
    bool groups = false;
    auto byValue = [&] {
        order = QList<int>(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return values[x] > values[y]; });
    };
    auto byGroup = [&](const QList<int> &group) {
        groups = true;
        for (int c : group)
            values.append(c);
        order = QList<int>(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return group[x] < group[y]; });
        extra.insert(QStringLiteral("groups"), group.isEmpty() ? 0 : *std::max_element(group.begin(), group.end()) + 1);
    };
    auto take = [&](Result<QList<double>> r) -> Status {
        if (!r)
            return r.error();
        values = *r;
        byValue();
        return Ok{};
    };
    Status status = Ok{};
    QJsonArray bridgeRows;
    QList<analysis::CommonContact> common;
    if (measure == QLatin1String("degree")) {
        QString currency = parser.value(QStringLiteral("currency")).toUpper();
        if (count == analysis::Count::Amount && currency.isEmpty())
            currency = g.currencies().value(0);
        values = analysis::mostConnected(g, count, dir, currency);
        byValue();
        extra.insert(QStringLiteral("by"), by.isEmpty() ? QStringLiteral("links") : by);
        extra.insert(QStringLiteral("direction"), direction.isEmpty() ? QStringLiteral("total") : direction);
        if (count == analysis::Count::Amount)
            extra.insert(QStringLiteral("currency"), currency);
    } else if (measure == QLatin1String("betweenness")) {
        status = take(analysis::betweenness(g, nullptr, samples));
        if (samples > 0 && samples < n)
            extra.insert(QStringLiteral("samples"), samples);
    } else if (measure == QLatin1String("closeness")) {
        status = take(analysis::closeness(g));
    } else if (measure == QLatin1String("eigenvector")) {
        status = take(analysis::eigenvector(g));
    } else if (measure == QLatin1String("pagerank")) {
        status = take(analysis::pageRank(g));
    } else if (measure == QLatin1String("components")) {
        byGroup(analysis::components(g));
    } else if (measure == QLatin1String("communities")) {
        auto found = analysis::communities(g);
        if (!found)
            return fail(found.error());
        byGroup(found->of);
        extra.insert(QStringLiteral("modularity"), found->modularity);
    } else if (measure == QLatin1String("kcore")) {
        for (int c : analysis::coreNumbers(g))
            values.append(c);
        byValue();
    } else if (measure == QLatin1String("articulation")) {
        values = QList<double>(n, 0.0);
        for (int v : analysis::articulationPoints(g)) {
            values[v] = 1;
            order.append(v);
        }
    } else if (measure == QLatin1String("bridges")) {
        for (const auto &[x, y] : analysis::bridges(g))
            bridgeRows.append(QJsonObject{{QStringLiteral("from"), vertexJson(g, x)}, {QStringLiteral("to"), vertexJson(g, y)}});
    } else if (measure == QLatin1String("common")) {
        QList<int> chosen;
        for (EntityId id : std::as_const(selected)) {
            if (g.indexOf(id) < 0)
                return fail(ErrorCode::InvalidInput, tr("The entities given must be of the types kept by --types."));
            chosen.append(g.indexOf(id));
        }
        common = analysis::commonContacts(g, chosen, atLeast);
        values = QList<double>(n, 0.0);
        for (const analysis::CommonContact &c : std::as_const(common)) {
            values[c.vertex] = c.linkedTo.size();
            order.append(c.vertex);
        }
    }
    if (!status)
        return fail(status.error());
    if (top > 0 && order.size() > top)
        order.resize(top);
    const qsizetype bridgesFound = bridgeRows.size();
    while (top > 0 && bridgeRows.size() > top)
        bridgeRows.removeLast();

    if (m_json) {
        QJsonObject out{{QStringLiteral("measure"), measure}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            out.insert(it.key(), it.value());
        QJsonArray results;
        if (measure == QLatin1String("bridges")) {
            results = bridgeRows;
            out.insert(QStringLiteral("found"), bridgesFound);
        }
        for (int v : std::as_const(order)) {
            QJsonObject row = vertexJson(g, v);
            row.insert(QStringLiteral("value"), values[v]);
            results.append(row);
        }
        out.insert(QStringLiteral("results"), results);
        printJson(out);
        return 0;
    }
    if (extra.contains(QStringLiteral("modularity")))
        print(tr("%1 communities, modularity %2").arg(extra.value(QStringLiteral("groups")).toInt()).arg(extra.value(QStringLiteral("modularity")).toDouble(), 0, 'f', 4));
    else if (groups)
        print(tr("%n groups", nullptr, extra.value(QStringLiteral("groups")).toInt()));
    if (measure == QLatin1String("bridges")) {
        for (const QJsonValue &row : std::as_const(bridgeRows))
            print(QStringLiteral("%1  —  %2").arg(row[QStringLiteral("from")][QStringLiteral("key")].toString(), row[QStringLiteral("to")][QStringLiteral("key")].toString()));
        print(tr("%n bridges", nullptr, int(bridgesFound)));
        return 0;
    }
    for (int v : std::as_const(order))
        print(QStringLiteral("%1  %2").arg(groups || measure == QLatin1String("kcore") || measure == QLatin1String("common") || count != analysis::Count::Amount
                                                ? QString::number(values[v], 'g', 8) : QString::number(values[v], 'f', 2), -12)
                  .arg(vertexText(g, v)));
    return 0;
}

} // namespace sg

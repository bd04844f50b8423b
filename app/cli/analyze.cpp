// seagull-cli path, analyze, trace and export: graph analysis and exchange of the whole case
// (core/graph, core/exchange).

#include "app/cli/cli.h"

#include "core/chart/chartdocument.h"
#include "core/exchange/csvexport.h"
#include "core/exchange/anx.h"
#include "core/exchange/bundle.h"
#include "core/store/filehash.h"
#include "core/exchange/graphml.h"
#include "core/graph/graphsnapshot.h"
#include "core/graph/measures.h"
#include "core/graph/paths.h"
#include "core/graph/report.h"
#include "core/graph/patterns.h"
#include "core/store/casestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

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

Result<GraphSnapshot> Cli::caseGraph(const CaseStore &store, const QCommandLineParser &parser, bool withEvents, const QList<EntityId> *among)
{
    const auto types = parseTypes(parser);
    if (!types)
        return types.error();
    auto graph = among ? GraphSnapshot::fromCaseAmong(store, *among, withEvents) : GraphSnapshot::fromCase(store, withEvents);
    if (!graph || types->isEmpty())
        return graph;
    return graph->only(*types);
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
        auto window = parseWindow(**store, parser);
        if (!window)
            return fail(window.error());
        time.fromUtcMs = window->first.value_or(time.fromUtcMs);
        time.toUtcMs = window->second.value_or(time.toUtcMs);
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
                               {QStringLiteral("time"), isoUtc(event.utcMs)}};
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
                    isoUtc(event.utcMs),
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
    const QString known = QStringLiteral("degree, betweenness, closeness, eigenvector, pagerank, components, communities, kcore, articulation, bridges, common, ")
        + patternNames().join(QStringLiteral(", "));
    if (args.size() < 2)
        return usage(tr("analyze needs a case file and a measure: %1").arg(known));
    const QString measure = args[1];
    if (patternNames().contains(measure))
        return pattern(parser);
    const bool bridges = measure == QLatin1String("bridges");
    const auto kind = analysis::measureFromName(measure);
    if (!kind && !bridges)
        return usage(tr("unknown measure \"%1\"; known: %2").arg(measure, known));
    const bool common = kind == analysis::Measure::Common;
    if (common != (args.size() > 2))
        return usage(common ? tr("common needs at least two entities after it") : tr("%1 takes no entities").arg(measure));
    analysis::Request request;
    request.measure = kind.value_or(analysis::Measure::Degree);
    bool ok = true;
    auto number = [&](const char *option, int fallback) {
        if (!parser.isSet(QString::fromLatin1(option)))
            return fallback;
        const int v = parser.value(QString::fromLatin1(option)).toInt(&ok);
        ok = ok && v >= 0;
        return v;
    };
    const int top = number("top", 20);
    request.samples = number("samples", 0);
    request.atLeast = number("at-least", 0);
    if (!ok)
        return usage(tr("--top, --samples and --at-least need whole numbers"));
    const QString by = parser.value(QStringLiteral("by"));
    const QString direction = parser.value(QStringLiteral("direction"));
    if (by == QLatin1String("events"))
        request.count = analysis::Count::Events;
    else if (by == QLatin1String("amount"))
        request.count = analysis::Count::Amount;
    else if (!by.isEmpty() && by != QLatin1String("links"))
        return usage(tr("--by is links, events or amount"));
    if (direction == QLatin1String("in"))
        request.direction = analysis::Direction::In;
    else if (direction == QLatin1String("out"))
        request.direction = analysis::Direction::Out;
    else if (direction == QLatin1String("net"))
        request.direction = analysis::Direction::Net;
    else if (!direction.isEmpty() && direction != QLatin1String("total"))
        return usage(tr("--direction is total, in, out or net"));
    request.currency = parser.value(QStringLiteral("currency")).toUpper();
    if (request.measure != analysis::Measure::Degree && (!by.isEmpty() || !direction.isEmpty() || !request.currency.isEmpty()))
        return usage(tr("--by, --direction and --currency go with degree"));

    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    if (common) {
        auto ids = resolveAll(**store, args.mid(2));
        if (!ids)
            return fail(ids.error());
        request.selected = *ids;
    }
    auto graph = caseGraph(**store, parser, false);
    if (!graph)
        return fail(graph.error());
    const GraphSnapshot &g = *graph;

    if (bridges) {
        const QList<QPair<int, int>> found = analysis::bridges(g);
        const QList<QPair<int, int>> listed = top > 0 ? found.mid(0, top) : found;
        if (m_json) {
            QJsonArray rows;
            for (const auto &[x, y] : listed)
                rows.append(QJsonObject{{QStringLiteral("from"), vertexJson(g, x)}, {QStringLiteral("to"), vertexJson(g, y)}});
            printJson(QJsonObject{{QStringLiteral("measure"), measure}, {QStringLiteral("found"), found.size()}, {QStringLiteral("results"), rows}});
            return 0;
        }
        for (const auto &[x, y] : listed)
            print(QStringLiteral("%1  —  %2").arg(vertexText(g, x), vertexText(g, y)));
        print(tr("%n bridges", nullptr, int(found.size())));
        return 0;
    }

    auto table = analysis::run(g, request, nullptr);
    if (!table)
        return fail(table.error());
    QList<int> order = table->order;
    if (top > 0 && order.size() > top)
        order.resize(top);
    const bool amounts = request.measure == analysis::Measure::Degree && request.count == analysis::Count::Amount;
    if (m_json) {
        QJsonObject out{{QStringLiteral("measure"), measure}};
        if (table->grouped)
            out.insert(QStringLiteral("groups"), table->groups);
        if (request.measure == analysis::Measure::Communities)
            out.insert(QStringLiteral("modularity"), table->modularity);
        if (request.measure == analysis::Measure::Degree) {
            out.insert(QStringLiteral("by"), by.isEmpty() ? QStringLiteral("links") : by);
            out.insert(QStringLiteral("direction"), direction.isEmpty() ? QStringLiteral("total") : direction);
        }
        if (amounts)
            out.insert(QStringLiteral("currency"), table->currency);
        if (request.measure == analysis::Measure::Betweenness && request.samples > 0 && request.samples < g.vertexCount())
            out.insert(QStringLiteral("samples"), request.samples);
        QJsonArray results;
        for (int v : std::as_const(order)) {
            QJsonObject row = vertexJson(g, v);
            row.insert(QStringLiteral("value"), table->values[v]);
            results.append(row);
        }
        out.insert(QStringLiteral("results"), results);
        printJson(out);
        return 0;
    }
    if (request.measure == analysis::Measure::Communities)
        print(tr("%1 communities, modularity %2").arg(table->groups).arg(table->modularity, 0, 'f', 4));
    else if (table->grouped)
        print(tr("%n groups", nullptr, table->groups));
    for (int v : std::as_const(order))
        print(QStringLiteral("%1  %2").arg(amounts ? QString::number(table->values[v], 'f', 2) : QString::number(table->values[v], 'g', 8), -12)
                  .arg(vertexText(g, v)));
    return 0;
}

QStringList Cli::patternNames()
{
    return {QStringLiteral("mules"), QStringLiteral("fan-in"), QStringLiteral("fan-out"), QStringLiteral("simbox"),
            QStringLiteral("multi-device"), QStringLiteral("shared-devices"), QStringLiteral("hints")};
}

int Cli::pattern(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString name = args[1];
    const bool hints = name == QLatin1String("hints");
    if (hints != (args.size() == 3) || args.size() > 3)
        return usage(hints ? tr("hints needs one known den member after it") : tr("%1 takes no entities").arg(name));
    bool ok = true;
    int top = 20;
    if (parser.isSet(QStringLiteral("top")))
        top = parser.value(QStringLiteral("top")).toInt(&ok);
    int atLeast = name.startsWith(QLatin1String("fan")) ? 5 : 2;
    if (parser.isSet(QStringLiteral("at-least")))
        atLeast = parser.value(QStringLiteral("at-least")).toInt(&ok);
    double minShare = 0.7;
    if (parser.isSet(QStringLiteral("min-share")))
        minShare = parser.value(QStringLiteral("min-share")).toDouble(&ok);
    if (!ok || top < 0 || atLeast < 1 || minShare < 0 || minShare > 1)
        return usage(tr("--top and --at-least need whole numbers, --min-share a share between 0 and 1"));
    qint64 windowMs = name == QLatin1String("mules") ? 72LL * 3600 * 1000 : 24LL * 3600 * 1000;
    if (parser.isSet(QStringLiteral("window"))) {
        windowMs = durationMs(parser.value(QStringLiteral("window")));
        if (windowMs <= 0)
            return usage(tr("--window needs a duration such as 90s, 30m, 2h or 3d"));
    }
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    std::optional<EntityId> member;
    if (hints) {
        auto id = resolveAll(**store, {args[2]});
        if (!id)
            return fail(id.error());
        member = id->first();
    }
    if (name == QLatin1String("shared-devices")) {
        // Devices that the evidence of several sources (seized phones, operators) mentions.
        auto found = (*store)->entitiesInSeveralSources(EntityType::Device, atLeast);
        if (!found)
            return fail(found.error());
        QJsonArray rows;
        for (const CaseStore::EntityInSources &f : std::as_const(*found)) {
            if (top > 0 && rows.size() >= top)
                break;
            QJsonArray from;
            QStringList files;
            for (const Provenance &p : f.sources) {
                from.append(QJsonObject{{QStringLiteral("source"), p.sourceId}, {QStringLiteral("file"), p.sourceFile},
                                        {QStringLiteral("locator"), p.locator}});
                files.append(p.sourceFile);
            }
            rows.append(QJsonObject{{QStringLiteral("id"), f.entity.id}, {QStringLiteral("type"), entityTypeName(f.entity.type)},
                                    {QStringLiteral("key"), f.entity.key}, {QStringLiteral("value"), f.sources.size()},
                                    {QStringLiteral("sources"), from}});
            if (!m_json)
                print(tr("%1  in %2").arg(f.entity.reference(), files.join(QStringLiteral(", "))));
        }
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("measure"), name}, {QStringLiteral("results"), rows}});
        else if (rows.isEmpty())
            print(tr("None found."));
        return 0;
    }
    const bool needsEvents = name == QLatin1String("mules") || name.startsWith(QLatin1String("fan"));
    auto graph = caseGraph(**store, parser, needsEvents);
    if (!graph)
        return fail(graph.error());
    const GraphSnapshot &g = *graph;
    auto refs = [&](const QList<int> &vertices) {
        QJsonArray list;
        for (int v : vertices)
            list.append(vertexJson(g, v));
        return list;
    };
    auto keys = [&](const QList<int> &vertices) {
        QStringList list;
        for (int v : vertices)
            list.append(g.vertex(v).key);
        return list.join(QStringLiteral(", "));
    };
    auto money = [](qint64 minor, int exponent) { return Money{minor, {}, exponent}.decimal(); };
    QJsonArray results;
    QStringList lines;
    auto add = [&](int v, double value, QJsonObject evidence, const QString &text) {
        if (top > 0 && results.size() >= top)
            return;
        QJsonObject row = vertexJson(g, v);
        row.insert(QStringLiteral("value"), value);
        for (auto it = evidence.constBegin(); it != evidence.constEnd(); ++it)
            row.insert(it.key(), it.value());
        results.append(row);
        lines.append(QStringLiteral("%1  %2").arg(vertexText(g, v), text));
    };
    if (name == QLatin1String("mules")) {
        analysis::MuleOptions options;
        options.windowMs = windowMs;
        options.minForwarded = minShare;
        for (const analysis::Mule &m : analysis::passThroughMules(g, options)) {
            add(m.vertex, m.share(),
                QJsonObject{{QStringLiteral("currency"), m.currency}, {QStringLiteral("in"), money(m.in, m.exponent)},
                            {QStringLiteral("out"), money(m.out, m.exponent)}, {QStringLiteral("forwarded"), money(m.forwarded, m.exponent)},
                            {QStringLiteral("inflows"), m.inflows}, {QStringLiteral("outflows"), m.outflows},
                            {QStringLiteral("median_hold_hours"), m.medianHoldMs / 3600000.0},
                            {QStringLiteral("longest_hold_hours"), m.longestHoldMs / 3600000.0},
                            {QStringLiteral("sources"), refs(m.sources)}, {QStringLiteral("destinations"), refs(m.destinations)},
                            {QStringLiteral("chain"), refs(m.chain)}},
                tr("in %1 %2, forwarded %3 (%4%) within the window, median hold %5 h; from %6; to %7")
                    .arg(money(m.in, m.exponent), m.currency, money(m.forwarded, m.exponent))
                    .arg(int(std::lround(100 * m.share())))
                    .arg(m.medianHoldMs / 3600000.0, 0, 'f', 1)
                    .arg(keys(m.sources), keys(m.destinations)));
        }
    } else if (name.startsWith(QLatin1String("fan"))) {
        const bool in = name == QLatin1String("fan-in");
        for (const analysis::FanResult &f : analysis::fans(g, in ? analysis::Fan::In : analysis::Fan::Out, windowMs,
                                                            parser.isSet(QStringLiteral("money")), atLeast)) {
            add(f.vertex, f.counterparts, QJsonObject{{QStringLiteral("from"), isoUtc(f.windowStartMs)}, {QStringLiteral("to"), isoUtc(f.windowEndMs)}},
                tr("%1 counterparts between %2 and %3").arg(f.counterparts).arg(isoUtc(f.windowStartMs), isoUtc(f.windowEndMs)));
        }
    } else if (name == QLatin1String("simbox") || name == QLatin1String("multi-device")) {
        const QList<analysis::Sharing> found = name == QLatin1String("simbox") ? analysis::sharedDevices(g, atLeast)
                                                                             : analysis::numbersInSeveralDevices(g, atLeast);
        for (const analysis::Sharing &s : found)
            add(s.vertex, s.others.size(), QJsonObject{{QStringLiteral("with"), refs(s.others)}}, tr("with %1").arg(keys(s.others)));
    } else {
        if (g.indexOf(*member) < 0)
            return fail(ErrorCode::InvalidInput, tr("The den member must be of the types kept by --types."));
        for (const analysis::Hint &h : analysis::denHints(g, g.indexOf(*member), top)) {
            add(h.vertex, h.score,
                QJsonObject{{QStringLiteral("devices"), refs(h.devices)}, {QStringLiteral("contacts"), refs(h.contacts)},
                            {QStringLiteral("places"), refs(h.places)}},
                tr("score %1: devices %2; contacts %3; places %4").arg(h.score).arg(keys(h.devices), keys(h.contacts), keys(h.places)));
        }
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("measure"), name}, {QStringLiteral("results"), results}});
        return 0;
    }
    for (const QString &line : std::as_const(lines))
        print(line);
    if (lines.isEmpty())
        print(tr("None found."));
    return 0;
}

int Cli::trace(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("trace needs a case file and the id of a transfer (--event)"));
    bool ok = false;
    const qint64 eventId = parser.value(QStringLiteral("event")).toLongLong(&ok);
    if (!ok)
        return usage(tr("trace needs --event with the id of a transfer"));
    analysis::TraceOptions options;
    if (parser.isSet(QStringLiteral("window"))) {
        options.windowMs = durationMs(parser.value(QStringLiteral("window")));
        if (options.windowMs <= 0)
            return usage(tr("--window needs a duration such as 90s, 30m, 2h or 3d"));
    }
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto graph = caseGraph(**store, parser, true);
    if (!graph)
        return fail(graph.error());
    const GraphSnapshot &g = *graph;
    int start = -1;
    for (int e = 0; e < g.events().size(); ++e) {
        if (g.events()[e].id == eventId)
            start = e;
    }
    if (start < 0 || !g.events()[start].amount)
        return fail(ErrorCode::NotFound, tr("No transfer with the event id %1 in the case.").arg(eventId));
    const analysis::Trace trace = analysis::traceMoney(g, start, options);
    auto money = [&](qint64 minor) { return Money{minor, {}, trace.exponent}.decimal(); };
    if (m_json) {
        QJsonArray steps, ends;
        for (const analysis::TraceStep &s : trace.steps) {
            const SnapshotEvent &e = g.events()[s.event];
            steps.append(QJsonObject{{QStringLiteral("event"), e.id}, {QStringLiteral("depth"), s.depth},
                                     {QStringLiteral("parent"), s.parent < 0 ? QJsonValue() : QJsonValue(g.events()[trace.steps[s.parent].event].id)},
                                     {QStringLiteral("from"), vertexJson(g, e.from)}, {QStringLiteral("to"), vertexJson(g, e.to)},
                                     {QStringLiteral("time"), isoUtc(e.utcMs)},
                                     {QStringLiteral("amount"), e.amount->decimal()}, {QStringLiteral("traced"), money(s.traced)}});
        }
        for (const auto &[v, amount] : trace.ends) {
            QJsonObject end = vertexJson(g, v);
            end.insert(QStringLiteral("amount"), money(amount));
            ends.append(end);
        }
        printJson(QJsonObject{{QStringLiteral("currency"), trace.currency}, {QStringLiteral("steps"), steps}, {QStringLiteral("ends"), ends}});
        return 0;
    }
    for (const analysis::TraceStep &s : trace.steps) {
        const SnapshotEvent &e = g.events()[s.event];
        print(QStringLiteral("%1%2 → %3  %4  %5 %6").arg(QString(2 * s.depth, QLatin1Char(' ')), g.vertex(e.from).key, g.vertex(e.to).key,
              isoUtc(e.utcMs), money(s.traced), trace.currency));
    }
    for (const auto &[v, amount] : trace.ends)
        print(tr("stopped at %1: %2 %3").arg(vertexText(g, v), money(amount), trace.currency));
    return 0;
}

int Cli::exportGraph(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("export needs exactly one case file"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("graphml") && format != QLatin1String("csv") && format != QLatin1String("anx"))
        return usage(tr("export writes --format graphml, anx or csv"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("export needs --out FILE (a folder for csv)"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    if (format == QLatin1String("csv")) {
        if (parser.isSet(QStringLiteral("chart")) || parser.isSet(QStringLiteral("types")))
            return usage(tr("csv exports the whole case: --chart and --types go with graphml"));
        if (Status s = exportCsv(**store, out); !s)
            return fail(s.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("out"), out},
                                  {QStringLiteral("files"), QJsonArray{QStringLiteral("entities.csv"), QStringLiteral("links.csv"), QStringLiteral("events.csv")}}});
        else
            print(tr("Wrote entities.csv, links.csv and events.csv in %1.").arg(out));
        return 0;
    }
    if (format == QLatin1String("anx"))
        return exportAnx(**store, parser, out);
    std::optional<QList<EntityId>> chartIds;
    if (parser.isSet(QStringLiteral("chart"))) {
        // The chart's entities with every link the case has between them, read alone.
        auto chart = savedChart(**store, parser);
        if (!chart)
            return fail(chart.error());
        chartIds = (*chart)->nodeIds();
    }
    auto graph = caseGraph(**store, parser, false, chartIds ? &*chartIds : nullptr);
    if (!graph)
        return fail(graph.error());
    const GraphSnapshot &g = *graph;
    if (Status s = saveFile(out, [&](QIODevice *file) { return writeGraphML(g, file); }); !s)
        return fail(s.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("out"), out}, {QStringLiteral("entities"), g.vertexCount()}, {QStringLiteral("links"), g.edgeCount()}});
    else
        print(tr("Wrote %1: %2 entities, %3 links.").arg(out).arg(g.vertexCount()).arg(g.edgeCount()));
    return 0;
}

int Cli::exportAnx(const CaseStore &store, const QCommandLineParser &parser, const QString &out)
{
    // The chart's entities where it drew them, or the whole case (some types of it) on a grid.
    std::optional<QSet<EntityId>> only;
    QHash<EntityId, QPointF> positions;
    if (parser.isSet(QStringLiteral("chart"))) {
        auto chart = savedChart(store, parser);
        if (!chart)
            return fail(chart.error());
        only = QSet<EntityId>();
        for (const ChartNode &node : (*chart)->nodes()) {
            only->insert(node.id);
            positions.insert(node.id, node.position);
        }
    }
    auto data = ExchangeData::read(store, only);
    if (!data)
        return fail(data.error());
    if (parser.isSet(QStringLiteral("types"))) {
        auto types = parseTypes(parser);
        if (!types)
            return usage(types.error().message);
        QSet<EntityId> kept;
        data->entities.removeIf([&](const Entity &e) { return !types->contains(e.type); });
        for (const Entity &e : std::as_const(data->entities))
            kept.insert(e.id);
        data->events.removeIf([&](const EventRow &r) { return !kept.contains(r.event.from) || !kept.contains(r.event.to); });
        data->declared.removeIf([&](const Link &l) { return !kept.contains(l.from) || !kept.contains(l.to); });
    }
    data->positions = positions;
    if (Status s = saveFile(out, [&](QIODevice *file) { return writeAnx(*data, file); }); !s)
        return fail(s.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("out"), out},
                              {QStringLiteral("entities"), int(data->entities.size())},
                              {QStringLiteral("events"), int(data->events.size())},
                              {QStringLiteral("declared"), int(data->declared.size())}});
    else
        print(tr("Wrote %1: %2 entities, %3 events, %4 declared links.")
                  .arg(out)
                  .arg(data->entities.size())
                  .arg(data->events.size())
                  .arg(data->declared.size()));
    return 0;
}

int Cli::bundle(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("bundle needs exactly one case file"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("bundle needs --out FILE.sgbundle"));
    if (parser.isSet(QStringLiteral("chart")) == parser.isSet(QStringLiteral("seed")))
        return usage(tr("bundle needs either --chart ID or --seed ENTITY (repeatable)"));
    const int hops = parser.value(QStringLiteral("hops")).isEmpty() ? 1 : parser.value(QStringLiteral("hops")).toInt();
    if (hops < 0 || hops > 10)
        return usage(tr("--hops must be from 0 to 10"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    QSet<EntityId> only;
    if (parser.isSet(QStringLiteral("chart"))) {
        auto chart = savedChart(**store, parser);
        if (!chart)
            return fail(chart.error());
        const QList<EntityId> ids = (*chart)->nodeIds();
        only = QSet<EntityId>(ids.cbegin(), ids.cend());
    } else {
        auto seeds = resolveAll(**store, parser.values(QStringLiteral("seed")));
        if (!seeds)
            return fail(seeds.error());
        only = QSet<EntityId>(seeds->cbegin(), seeds->cend());
        if (hops > 0) {
            // Every entity within `hops` steps, whatever the number.
            ExpandFilter filter;
            filter.hops = hops;
            filter.limit = 0;
            filter.withLinks = false; // the entities alone: the bundle reads the links among them all
            auto around = (*store)->expand(*seeds, filter);
            if (!around)
                return fail(around.error());
            for (const Entity &e : around->entities)
                only.insert(e.id);
        }
    }
    auto data = ExchangeData::read(**store, only);
    if (!data)
        return fail(data.error());
    BundleInfo info = BundleInfo::fromCase(**store, parser.value(QStringLiteral("agency")));
    info.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("examiner")))
        info.examiner = parser.value(QStringLiteral("examiner"));
    if (Status s = saveFile(out, [&](QIODevice *file) { return writeBundle(**store, *data, info, file); }); !s)
        return fail(s.error());
    auto hashed = sha256OfFile(out);
    if (!hashed)
        return fail(hashed.error());
    const QString sha = *hashed;
    (void)(*store)->appendAudit(QStringLiteral("bundle"), QJsonObject{{QStringLiteral("file"), out},
                                                                      {QStringLiteral("sha256"), sha},
                                                                      {QStringLiteral("agency"), info.agency},
                                                                      {QStringLiteral("entities"), int(data->entities.size())}});
    const int events = int(data->events.size() + data->singleEvents.size());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("out"), out},
                              {QStringLiteral("sha256"), sha},
                              {QStringLiteral("entities"), int(data->entities.size())},
                              {QStringLiteral("events"), events},
                              {QStringLiteral("declared"), int(data->declared.size())}});
    else
        print(tr("Wrote %1 (SHA-256 %2): %3 entities, %4 events, %5 declared links.")
                  .arg(out, sha)
                  .arg(data->entities.size())
                  .arg(events)
                  .arg(data->declared.size()));
    return 0;
}

} // namespace sg

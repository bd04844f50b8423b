#include "app/cli/cli.h"

#include "core/chart/chartdocument.h"
#include "core/chart/chartexpander.h"
#include "core/normalize/amountparser.h"
#include "core/ingest/demogenerator.h"
#include "core/ingest/importservice.h"
#include "core/ingest/tablemapping.h"
#include "core/ingest/textencoding.h"
#include "core/layout/graphlayout.h"
#include "core/model/progress.h"
#include "core/normalize/timeparse.h"
#include "core/store/casestore.h"
#include "widgets/chartlayouter.h"
#include "widgets/chartprinter.h"
#include "widgets/chartscene.h"
#include "widgets/reportwriter.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace sg {

namespace {

QJsonObject entityJson(const Entity &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("type"), entityTypeName(e.type)},
                       {QStringLiteral("key"), e.key},
                       {QStringLiteral("label"), e.label},
                       {QStringLiteral("raw"), e.raw},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)}};
}

QJsonObject linkJson(const Link &l)
{
    return QJsonObject{{QStringLiteral("source"), l.from},
                       {QStringLiteral("target"), l.to},
                       {QStringLiteral("type"), l.kind == LinkKind::Aggregate ? l.eventType : linkKindName(l.kind)},
                       {QStringLiteral("count"), l.count},
                       {QStringLiteral("duration"), l.totalDuration},
                       {QStringLiteral("first"), l.kind == LinkKind::Aggregate ? QJsonValue(Cli::isoUtc(l.firstUtcMs)) : QJsonValue()},
                       {QStringLiteral("last"), l.kind == LinkKind::Aggregate ? QJsonValue(Cli::isoUtc(l.lastUtcMs)) : QJsonValue()}};
}

QString entityLine(const Entity &e)
{
    QString line = e.reference();
    if (!e.label.isEmpty())
        line += QStringLiteral("  \"%1\"").arg(e.label);
    if (!e.aliases.isEmpty())
        line += QStringLiteral("  (%1)").arg(e.aliases.join(QStringLiteral(", ")));
    return QStringLiteral("%1  %2").arg(e.id, 6).arg(line);
}

} // namespace

Cli::Cli(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    using namespace std::placeholders;
    m_commands = {
        {QStringLiteral("create"), QStringLiteral("create CASE --name NAME [--number NO] [--region KH] [--tz Asia/Phnom_Penh] [--examiner E]"),
         std::bind(&Cli::create, this, _1)},
        {QStringLiteral("import"), QStringLiteral("import CASE FILE|FOLDER... [--format auto|%1] [--encoding auto|%2] [--mapping MAPPING.json] [--region R] [--tz Z]").arg(ImportService::formats().join(QLatin1Char('|')), TextEncoding::known().join(QLatin1Char('|'))),
         std::bind(&Cli::import, this, _1)},
        {QStringLiteral("stats"), QStringLiteral("stats CASE"), std::bind(&Cli::stats, this, _1)},
        {QStringLiteral("sources"), QStringLiteral("sources CASE"), std::bind(&Cli::sources, this, _1)},
        {QStringLiteral("search"), QStringLiteral("search CASE QUERY [--limit N]"), std::bind(&Cli::search, this, _1)},
        {QStringLiteral("show"), QStringLiteral("show CASE ENTITY"), std::bind(&Cli::show, this, _1)},
        {QStringLiteral("expand"), QStringLiteral("expand CASE ENTITY... [--hops N] [--types T,...] [--link-types K,...] [--from D] [--to D] [--min-count K] [--min-amount \"A CUR\"] [--limit L]"),
         std::bind(&Cli::expand, this, _1)},
        {QStringLiteral("path"), QStringLiteral("path CASE A B [--types T,...] [--max-hops N] [--weight hops|count|amount] [--currency C] [--directed] [--k N | --all] "
                                                "[--time-ordered [--window 2h] [--money] [--from D] [--to D]]"),
         std::bind(&Cli::path, this, _1)},
        {QStringLiteral("analyze"), QStringLiteral("analyze CASE MEASURE [ENTITY...] [--types T,...] [--top N] [--by links|events|amount] [--direction total|in|out|net] "
                                                   "[--currency C] [--samples K] [--at-least K] [--window 24h] [--money] [--min-share 0.7]   (measures: degree, betweenness, "
                                                   "closeness, eigenvector, pagerank, components, communities, kcore, articulation, bridges, common; "
                                                   "patterns: mules, fan-in, fan-out, simbox, multi-device, shared-devices, hints MEMBER)"),
         std::bind(&Cli::analyze, this, _1)},
        {QStringLiteral("trace"), QStringLiteral("trace CASE --event ID [--window 7d] [--types T,...]"), std::bind(&Cli::trace, this, _1)},
        {QStringLiteral("export"), QStringLiteral("export CASE --format graphml|anx|csv --out FILE|FOLDER [--chart ID] [--types T,...]"), std::bind(&Cli::exportGraph, this, _1)},
        {QStringLiteral("bundle"), QStringLiteral("bundle CASE --out FILE.sgbundle (--chart ID | --seed ENTITY... [--hops N]) "
                                                  "[--agency NAME] [--note TEXT] [--examiner E]"),
         std::bind(&Cli::bundle, this, _1)},
        {QStringLiteral("report"), QStringLiteral("report CASE (--entity ENTITY | --summary) --out FILE.pdf [--paper A4] [--portrait] "
                                                  "[--margin MM] [--title T] [--exhibit X] [--examiner E] [--classification TEXT] [--printed-at TIME]"),
         std::bind(&Cli::report, this, _1)},
        {QStringLiteral("add-entity"), QStringLiteral("add-entity CASE TYPE [--key K] [--label L] [--attr name=value ...] [--note N]"),
         std::bind(&Cli::addEntity, this, _1)},
        {QStringLiteral("add-link"), QStringLiteral("add-link CASE A B --type owns|uses|member_of|located_at|associate|same_as|family_of|employed_by "
                                                    "[--confidence confirmed|probable|possible] [--from D] [--to D] [--note N]"),
         std::bind(&Cli::addLink, this, _1)},
        {QStringLiteral("merge"), QStringLiteral("merge CASE KEEP OTHER... --reason R"), std::bind(&Cli::merge, this, _1)},
        {QStringLiteral("split"), QStringLiteral("split CASE ENTITY   (undoes the latest merge into ENTITY)"), std::bind(&Cli::split, this, _1)},
        {QStringLiteral("tag"), QStringLiteral("tag CASE ENTITY... TAG [--colour #rrggbb] [--remove]"), std::bind(&Cli::tag, this, _1)},
        {QStringLiteral("verify"), QStringLiteral("verify CASE"), std::bind(&Cli::verify, this, _1)},
        {QStringLiteral("demo"), QStringLiteral("demo OUT.seagull"), std::bind(&Cli::demo, this, _1)},
        {QStringLiteral("chart"), QStringLiteral("chart CASE (--seed ENTITY... [--hops N] [--limit L] | --chart ID) "
                                                 "[--layout ENGINE] [--save NAME] [--out FILE.pdf|.svg|.png] [--paper A4] [--portrait] [--margin MM] "
                                                 "[--tiles COLUMNSxROWS] [--overlap MM] [--title T] [--exhibit X] [--examiner E] "
                                                 "[--classification TEXT] [--printed-at TIME] [--appendix sources,events] [--dpi N]"),
         std::bind(&Cli::chart, this, _1)},
    };
}

bool Cli::needsGui(const QStringList &arguments)
{
    return arguments.size() > 1
        && (arguments[1] == QLatin1String("chart") || arguments[1] == QLatin1String("demo") || arguments[1] == QLatin1String("report"));
}

void Cli::print(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Cli::printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int Cli::usage(const QString &problem)
{
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"), problem}, {QStringLiteral("detail"), tr("see seagull-cli --help")}});
    } else {
        QString text = tr("seagull-cli: %1").arg(problem) + QLatin1Char('\n');
        std::fputs(text.toUtf8().constData(), stderr);
    }
    return 2;
}

int Cli::fail(const Error &error)
{
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"), error.message}, {QStringLiteral("detail"), error.detail}});
    } else {
        const QString text = tr("seagull-cli: %1").arg(error.oneLine()) + QLatin1Char('\n');
        std::fputs(text.toUtf8().constData(), stderr);
    }
    return 1;
}

QString Cli::isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

int Cli::fail(ErrorCode code, const QString &message, const QString &detail) { return fail(Error{code, message, detail}); }

int Cli::run()
{
    QStringList args = m_arguments;
    m_json = args.contains(QStringLiteral("--json"));
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")
        || args[1] == QLatin1String("help")) {
        QString text = tr("Usage: seagull-cli COMMAND [options] [--json]") + QStringLiteral("\n\n");
        for (const Command &c : std::as_const(m_commands))
            text += QStringLiteral("  seagull-cli %1\n").arg(c.synopsis);
        print(text);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version")) {
        print(QStringLiteral("seagull-cli %1").arg(QLatin1String(SEAGULL_VERSION)));
        return 0;
    }
    const QString name = args[1];
    for (const Command &command : std::as_const(m_commands)) {
        if (command.name != name)
            continue;
        if (args.mid(2).contains(QStringLiteral("--help")) || args.mid(2).contains(QStringLiteral("-h"))) {
            print(commandHelp(command));
            return 0;
        }
        QCommandLineParser parser;
        parser.addOptions(options());
        QStringList parseArgs = args;
        parseArgs.removeAt(1);
        if (!parser.parse(parseArgs))
            return usage(parser.errorText());
        // Options that do not belong to this command are mistakes, not silently ignored.
        const QString synopsis = command.synopsis;
        for (const QString &option : parser.optionNames()) {
            const QRegularExpression named(QStringLiteral("--%1(?![a-z-])").arg(QRegularExpression::escape(option)));
            if (option != QLatin1String("json") && !synopsis.contains(named))
                return usage(tr("the option --%1 does not apply to %2").arg(option, name));
        }
        return command.handler(parser);
    }
    return usage(tr("unknown command \"%1\"").arg(name));
}

QList<QCommandLineOption> Cli::options()
{
    QList<QCommandLineOption> options;
    options.append(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object.")));
    const auto value = [&options](const char *option, const QString &description) {
        options.append(QCommandLineOption(QString::fromLatin1(option), description, QStringLiteral("value")));
    };
    value("name", tr("Case name."));
    value("number", tr("Case number."));
    value("region", tr("Region (ISO country code) for numbers without a country code."));
    value("tz", tr("IANA time zone of local times."));
    value("examiner", tr("Examiner's name."));
    value("format", tr("Import format."));
    value("encoding", tr("Text encoding of the files (detected when not given)."));
    value("mapping", tr("Column mapping (JSON) for a table of transfers or call records; saved in the case."));
    value("limit", tr("Most results, or new neighbours per entity."));
    value("hops", tr("How many steps out to expand."));
    value("types", tr("Entity types to keep, comma-separated."));
    value("from", tr("Only events from this date or time."));
    value("to", tr("Only events up to this date or time."));
    value("min-count", tr("Only links with at least this many events."));
    value("link-types", tr("Only these links count, comma-separated: call, sms, transfer, uses, ..."));
    value("min-amount", tr("Only pairs that moved at least this amount, such as \"500 USD\"."));
    value("seed", tr("Entity to start the chart from (repeatable)."));
    value("chart", tr("Saved chart to print (id)."));
    value("layout", tr("Layout engine."));
    value("out", tr("Output file."));
    value("paper", tr("Paper size."));
    value("title", tr("Chart title."));
    value("margin", tr("Page margins in millimetres."));
    value("tiles", tr("Print over several pages, such as 3x2 (columns x rows)."));
    value("overlap", tr("How far tiled pages overlap, in millimetres."));
    value("exhibit", tr("Exhibit number for the title block."));
    value("classification", tr("Classification marking printed on every page."));
    value("printed-at", tr("Time of printing for the title block (ISO 8601 with offset); default now."));
    value("appendix", tr("Appendix pages: sources, events or both, comma-separated."));
    value("dpi", tr("Resolution of PNG output."));
    value("save", tr("Keep the chart in the case under this name (Chart → Charts in the window)."));
    value("agency", tr("The agency that sends the bundle."));
    value("entity", tr("The entity the report is about."));
    options.append(QCommandLineOption(QStringLiteral("summary"), tr("The case summary report.")));
    value("note", tr("A note: carried with a bundle, or the authority for an entry (\"interview of witness 3\")."));
    options.append(QCommandLineOption(QStringLiteral("portrait"), tr("Portrait orientation.")));
    value("max-hops", tr("Longest path, in hops."));
    value("weight", tr("What a step costs: hops, count (strong ties are short) or amount."));
    value("currency", tr("Currency of the amounts to use."));
    value("k", tr("How many cheapest paths to list."));
    value("window", tr("Longest wait between two steps of a journey, such as 2h."));
    value("top", tr("How many results to list (0: all)."));
    value("by", tr("Count links, events or amount."));
    value("direction", tr("Count what comes in, goes out, both or in minus out."));
    value("samples", tr("Estimate betweenness from this many entities."));
    value("at-least", tr("Entities linked to at least this many of those given."));
    value("min-share", tr("Share of the money a mule forwards, from 0 to 1."));
    value("event", tr("Id of the transfer to follow."));
    value("key", tr("The entity's number or identifier."));
    value("label", tr("The entity's name."));
    options.append(QCommandLineOption(QStringLiteral("attr"), tr("A fact about the entity as name=value (repeatable)."), QStringLiteral("name=value")));
    value("type", tr("The kind of link."));
    value("confidence", tr("How sure: confirmed, probable or possible."));
    value("reason", tr("Why the entities are the same."));
    value("colour", tr("The tag's colour as #rrggbb."));
    const auto flag = [&options](const char *option, const QString &description) {
        options.append(QCommandLineOption(QString::fromLatin1(option), description));
    };
    flag("directed", tr("Follow links only in their direction (caller to called, payer to payee)."));
    flag("all", tr("List every path up to --max-hops, not only the cheapest."));
    flag("time-ordered", tr("Only journeys whose steps follow one another in time."));
    flag("money", tr("Follow transfers of money only."));
    flag("remove", tr("Take the tag off instead of putting it on."));
    return options;
}

Result<std::unique_ptr<CaseStore>> Cli::openCase(const QString &path)
{
    return CaseStore::open(path);
}

Result<std::unique_ptr<ChartDocument>> Cli::savedChart(const CaseStore &store, const QCommandLineParser &parser)
{
    auto json = store.chartDocument(parser.value(QStringLiteral("chart")).toLongLong());
    if (!json)
        return json.error();
    return ChartDocument::fromJson(*json);
}

Result<QList<EntityId>> Cli::resolveAll(const CaseStore &store, const QStringList &references)
{
    QList<EntityId> ids;
    for (const QString &reference : references) {
        auto entity = store.resolve(reference);
        if (!entity)
            return entity.error();
        ids.append(entity->id);
    }
    return ids;
}

Result<std::optional<qint64>> Cli::parseTime(const CaseStore &store, const QString &text, bool endOfDay)
{
    if (text.isEmpty())
        return std::optional<qint64>();
    const auto parsed = DateTimeParser::parse(text, DateOrder::YearMonthDay);
    if (!parsed || (!parsed->epochMs && !parsed->date.isValid()))
        return Error{ErrorCode::InvalidInput, tr("Cannot read the date \"%1\".").arg(text), tr("use YYYY-MM-DD or YYYY-MM-DD HH:MM")};
    if (parsed->epochMs)
        return std::optional<qint64>(*parsed->epochMs);
    const QTime time = parsed->time.isValid() ? parsed->time : (endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0));
    const QTimeZone zone(store.info().timeZone.toUtf8());
    return std::optional<qint64>(QDateTime(parsed->date, time, zone.isValid() ? zone : QTimeZone::utc()).toMSecsSinceEpoch());
}

int Cli::create(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("create needs exactly one case file"));
    if (!parser.isSet(QStringLiteral("name")))
        return usage(tr("create needs --name"));
    CaseInfo info;
    info.name = parser.value(QStringLiteral("name"));
    info.number = parser.value(QStringLiteral("number"));
    if (parser.isSet(QStringLiteral("region")))
        info.region = parser.value(QStringLiteral("region")).toUpper();
    if (parser.isSet(QStringLiteral("tz")))
        info.timeZone = parser.value(QStringLiteral("tz"));
    info.examiner = parser.value(QStringLiteral("examiner"));
    if (!QTimeZone(info.timeZone.toUtf8()).isValid())
        return fail(ErrorCode::InvalidInput, tr("Unknown time zone \"%1\".").arg(info.timeZone));
    auto store = CaseStore::create(args.first(), info);
    if (!store)
        return fail(store.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("case"), args.first()}, {QStringLiteral("name"), info.name}});
    else
        print(tr("Created case \"%1\" in %2.").arg(info.name, args.first()));
    return 0;
}

int Cli::import(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usage(tr("import needs a case file and at least one file or folder"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    ImportOptions options;
    if (parser.isSet(QStringLiteral("format")))
        options.format = parser.value(QStringLiteral("format"));
    options.region = parser.value(QStringLiteral("region")).toUpper();
    options.timeZone = parser.value(QStringLiteral("tz"));
    std::optional<QJsonObject> mapping;
    if (parser.isSet(QStringLiteral("mapping"))) {
        const QString file = parser.value(QStringLiteral("mapping"));
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return fail(Error{ErrorCode::NotFound, tr("The mapping file %1 cannot be read.").arg(file), in.errorString()});
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
        if (!document.isObject())
            return fail(Error{ErrorCode::InvalidInput, tr("The mapping file %1 is not a JSON object.").arg(file), parseError.errorString()});
        auto checked = TableMapping::fromJson(document.object());
        if (!checked)
            return fail(Error{checked.error().code, tr("The mapping file %1 is not usable: %2").arg(file, checked.error().message), checked.error().detail});
        mapping = checked->toJson();
        options.mappings << *mapping;
        if (!parser.isSet(QStringLiteral("format")))
            options.format = checked->kind == TableMapping::Kind::Calls ? QStringLiteral("cdr-csv") : QStringLiteral("money-table");
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        options.encoding = parser.value(QStringLiteral("encoding"));
        if (!TextEncoding::isKnown(options.encoding) && options.encoding != QLatin1String("auto"))
            return usage(tr("Unknown text encoding \"%1\"; known: %2.").arg(options.encoding, TextEncoding::known().join(QStringLiteral(", "))));
    }

    ImportService service(**store);
    QJsonArray imported;
    QJsonArray skipped;
    QList<std::pair<QString, Error>> failures;
    auto report = [&](const ImportOutcome &outcome) {
        if (!outcome.skipped.isEmpty()) {
            skipped.append(QJsonObject{{QStringLiteral("file"), outcome.file}, {QStringLiteral("reason"), outcome.skipped}});
            if (!m_json)
                print(tr("%1: skipped, %2.").arg(outcome.file, outcome.skipped));
            return;
        }
        QJsonArray rejected;
        for (const RejectedRow &row : outcome.report.rejected)
            rejected.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("message"), row.message}});
        imported.append(QJsonObject{{QStringLiteral("file"), outcome.file},
                                    {QStringLiteral("source"), outcome.source.id},
                                    {QStringLiteral("duplicate"), outcome.duplicate},
                                    {QStringLiteral("format"), outcome.source.format},
                                    {QStringLiteral("rows"), outcome.report.rows},
                                    {QStringLiteral("events"), outcome.report.events},
                                    {QStringLiteral("entities"), outcome.report.entities},
                                    {QStringLiteral("preamble_lines"), outcome.report.preambleLines},
                                    {QStringLiteral("trailer_lines"), outcome.report.trailerLines},
                                    {QStringLiteral("rejected"), rejected},
                                    {QStringLiteral("notes"), QJsonArray::fromStringList(outcome.report.notes)}});
        if (m_json)
            return;
        if (outcome.duplicate) {
            print(tr("%1: already imported as source %2 (same SHA-256); nothing added.").arg(outcome.file).arg(outcome.source.id));
            return;
        }
        const auto count = [](qint64 n) { return int(std::min<qint64>(n, std::numeric_limits<int>::max())); };
        print(tr("%1: source %2, %3 from %4, %5.")
                  .arg(outcome.file)
                  .arg(outcome.source.id)
                  .arg(tr("%n event(s)", nullptr, count(outcome.report.events)),
                       tr("%n row(s)", nullptr, count(outcome.report.rows)),
                       tr("%n entity(ies)", nullptr, count(outcome.report.entities))));
        for (const QString &note : outcome.report.notes)
            print(QStringLiteral("  ") + note);
        if (outcome.report.preambleLines || outcome.report.trailerLines)
            print(QStringLiteral("  ") + tr("skipped %1 preamble and %2 trailer lines")
                                             .arg(outcome.report.preambleLines).arg(outcome.report.trailerLines));
        if (!outcome.report.rejected.isEmpty()) {
            print(QStringLiteral("  ") + tr("%n rows could not be read:", nullptr, int(outcome.report.rejected.size())));
            int shown = 0;
            for (const RejectedRow &row : outcome.report.rejected) {
                if (++shown > 20) {
                    print(QStringLiteral("    ") + tr("… and %1 more").arg(outcome.report.rejected.size() - 20));
                    break;
                }
                print(QStringLiteral("    ") + tr("line %1: %2").arg(row.line).arg(row.message));
            }
        }
    };

    for (const QString &path : args.mid(1)) {
        Progress progress;
        if (QFileInfo(path).isDir()) {
            // An extraction folder: every known file in it, as one device.
            auto folder = service.importFolder(path, options, &progress);
            if (!folder)
                return fail(folder.error());
            for (const ImportOutcome &outcome : std::as_const(folder->outcomes))
                report(outcome);
            failures << folder->failures;
            continue;
        }
        auto outcome = service.importFile(path, options, &progress);
        if (!outcome)
            return fail(outcome.error());
        report(*outcome);
        // A mapping that read a file is kept with the case, for the next file of that layout.
        if (mapping && !outcome->duplicate && outcome->source.format == options.format) {
            if (Status s = (*store)->saveMapping(*mapping); !s)
                return fail(s.error());
            mapping.reset();
        }
    }
    if (!failures.isEmpty()) {
        // The rest went in; say which files did not, and fail.
        QStringList lines;
        for (const auto &[file, error] : std::as_const(failures))
            lines << QStringLiteral("%1: %2").arg(file, error.oneLine());
        if (m_json) {
            printJson(QJsonObject{{QStringLiteral("error"), tr("%n files could not be imported.", nullptr, int(failures.size()))},
                                  {QStringLiteral("detail"), lines.join(QLatin1Char('\n'))},
                                  {QStringLiteral("imported"), imported},
                                  {QStringLiteral("skipped"), skipped}});
        } else {
            for (const QString &line : std::as_const(lines))
                std::fputs((tr("seagull-cli: %1").arg(line) + QLatin1Char('\n')).toUtf8().constData(), stderr);
        }
        return 1;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("skipped"), skipped}});
    return 0;
}

int Cli::stats(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("stats needs exactly one case file"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto stats = (*store)->stats();
    if (!stats)
        return fail(stats.error());
    if (m_json) {
        QJsonObject entities, events;
        for (auto it = stats->entities.constBegin(); it != stats->entities.constEnd(); ++it)
            entities.insert(it.key(), it.value());
        for (auto it = stats->events.constBegin(); it != stats->events.constEnd(); ++it)
            events.insert(it.key(), it.value());
        printJson(QJsonObject{{QStringLiteral("sources"), stats->sources},
                              {QStringLiteral("entities"), entities},
                              {QStringLiteral("events"), events},
                              {QStringLiteral("links"), stats->links}});
        return 0;
    }
    const CaseInfo info = (*store)->info();
    print(info.number.isEmpty() ? tr("Case: %1").arg(info.name) : tr("Case %1: %2").arg(info.number, info.name));
    print(tr("Sources: %1").arg(stats->sources));
    for (auto it = stats->entities.constBegin(); it != stats->entities.constEnd(); ++it)
        print(tr("Entities (%1): %2").arg(it.key()).arg(it.value()));
    for (auto it = stats->events.constBegin(); it != stats->events.constEnd(); ++it)
        print(tr("Events (%1): %2").arg(it.key()).arg(it.value()));
    print(tr("Links: %1").arg(stats->links));
    return 0;
}

int Cli::sources(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("sources needs exactly one case file"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto sources = (*store)->sources();
    if (!sources)
        return fail(sources.error());
    QJsonArray list;
    for (const SourceRecord &s : std::as_const(*sources)) {
        QJsonObject counts;
        for (auto it = s.counts.constBegin(); it != s.counts.constEnd(); ++it)
            counts.insert(it.key(), it.value());
        list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("path"), s.path},
                                {QStringLiteral("sha256"), s.sha256},
                                {QStringLiteral("format"), s.format},
                                {QStringLiteral("status"), s.status},
                                {QStringLiteral("region"), s.region},
                                {QStringLiteral("time_zone"), s.timeZone},
                                {QStringLiteral("examiner"), s.examiner},
                                {QStringLiteral("imported_at"), s.importedAt.toString(Qt::ISODate)},
                                {QStringLiteral("counts"), counts},
                                {QStringLiteral("rejected"), s.rejected},
                                {QStringLiteral("app_schema_version"),
                                 s.appSchemaVersion ? QJsonValue(*s.appSchemaVersion) : QJsonValue()}});
        if (!m_json) {
            print(tr("%1  %2  %3  %4 events  %5 rejected  %6")
                      .arg(s.id)
                      .arg(s.format, s.fileName)
                      .arg(s.counts.value(QStringLiteral("events")))
                      .arg(s.rejected)
                      .arg(s.sha256));
        }
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("sources"), list}});
    return 0;
}

int Cli::search(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(tr("search needs a case file and one query (quote it if it has spaces)"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    bool ok = true;
    const int limit = parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit <= 0)
        return usage(tr("--limit needs a positive number"));
    auto results = (*store)->search(args[1], limit);
    if (!results)
        return fail(results.error());
    QJsonArray list;
    for (const Entity &e : std::as_const(*results)) {
        list.append(entityJson(e));
        if (!m_json)
            print(entityLine(e));
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("entities"), list}});
    else if (results->isEmpty())
        print(tr("Nothing found for \"%1\".").arg(args[1]));
    return 0;
}

Result<QList<EntityType>> Cli::parseTypes(const QCommandLineParser &parser)
{
    QList<EntityType> types;
    const QStringList names = parser.value(QStringLiteral("types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const auto type = entityTypeFromName(name.trimmed());
        if (!type)
            return Error{ErrorCode::InvalidInput, tr("unknown entity type \"%1\"; known: %2").arg(name, entityTypeNames().join(QStringLiteral(", "))), {}};
        types.append(*type);
    }
    return types;
}

Result<std::pair<std::optional<qint64>, std::optional<qint64>>> Cli::parseWindow(const CaseStore &store, const QCommandLineParser &parser)
{
    auto from = parseTime(store, parser.value(QStringLiteral("from")), false);
    if (!from)
        return from.error();
    auto to = parseTime(store, parser.value(QStringLiteral("to")), true);
    if (!to)
        return to.error();
    return std::pair{*from, *to};
}

int Cli::show(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(tr("show needs a case file and one entity"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto entity = (*store)->resolve(args[1]);
    if (!entity)
        return fail(entity.error());
    auto summary = (*store)->summary(entity->id);
    if (!summary)
        return fail(summary.error());
    if (m_json) {
        QJsonObject e = entityJson(summary->entity);
        e.insert(QStringLiteral("events"), summary->events);
        e.insert(QStringLiteral("neighbours"), summary->neighbours);
        QJsonArray sources;
        for (const Provenance &p : std::as_const(summary->sources))
            sources.append(QJsonObject{{QStringLiteral("source"), p.sourceId},
                                       {QStringLiteral("file"), p.sourceFile},
                                       {QStringLiteral("locator"), p.locator}});
        e.insert(QStringLiteral("sources"), sources);
        QJsonArray attributes;
        for (const EntityAttribute &a : std::as_const(summary->attributes))
            attributes.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("value"), a.value},
                                          {QStringLiteral("source"), a.provenance.sourceId}, {QStringLiteral("locator"), a.provenance.locator}});
        e.insert(QStringLiteral("attributes"), attributes);
        printJson(QJsonObject{{QStringLiteral("entities"), QJsonArray{e}}});
        return 0;
    }
    print(entityLine(summary->entity));
    if (summary->entity.raw && summary->entity.type == EntityType::Phone)
        print(QStringLiteral("  ") + tr("kept as written: the number did not validate for its source's region"));
    for (const EntityAttribute &a : std::as_const(summary->attributes))
        print(QStringLiteral("  %1: %2 (%3)").arg(a.name, a.value, a.provenance.locator));
    print(QStringLiteral("  ") + tr("%1 events, %2 linked entities").arg(summary->events).arg(summary->neighbours));
    for (const Provenance &p : std::as_const(summary->sources))
        print(QStringLiteral("  ") + tr("source %1 (%2): first at %3").arg(p.sourceId).arg(p.sourceFile, p.locator));
    return 0;
}

int Cli::expand(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usage(tr("expand needs a case file and at least one entity"));
    ExpandFilter filter;
    bool ok = true;
    auto number = [&](const char *option, int fallback, int minimum) {
        if (!parser.isSet(QString::fromLatin1(option)))
            return fallback;
        bool good = false;
        const int v = parser.value(QString::fromLatin1(option)).toInt(&good);
        if (!good || v < minimum)
            ok = false;
        return v;
    };
    filter.hops = number("hops", 1, 1);
    filter.limit = number("limit", 50, 0);
    filter.minCount = number("min-count", 1, 1);
    if (!ok)
        return usage(tr("--hops, --limit and --min-count need whole numbers (hops and min-count at least 1)"));
    const auto types = parseTypes(parser);
    if (!types)
        return usage(types.error().message);
    filter.entityTypes = *types;
    if (parser.isSet(QStringLiteral("link-types")))
        filter.linkTypes = parser.value(QStringLiteral("link-types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &type : filter.linkTypes)
        type = type.trimmed();
    if (parser.isSet(QStringLiteral("min-amount"))) {
        // "500 USD", "USD 500", "1,000.50 THB": the amount and its currency code.
        const QString text = parser.value(QStringLiteral("min-amount")).trimmed();
        static const QRegularExpression code(QStringLiteral("\\b([A-Za-z]{3,5})\\b"));
        const QRegularExpressionMatch match = code.match(text);
        const QString currency = match.hasMatch() ? match.captured(1).toUpper() : QString();
        const auto amount = currency.isEmpty() ? std::nullopt
                                               : AmountParser::parse(QString(text).remove(match.capturedStart(1), match.capturedLength(1)).trimmed(),
                                                                     AmountParser::Decimal::Auto, currency);
        if (!amount || amount->money.minor < 0)
            return usage(tr("--min-amount needs an amount and a currency code, such as \"500 USD\""));
        filter.minAmount = Money{amount->money.minor, currency, currencyExponent(currency)};
    }
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto window = parseWindow(**store, parser);
    if (!window)
        return fail(window.error());
    filter.fromUtcMs = window->first;
    filter.toUtcMs = window->second;
    auto seeds = resolveAll(**store, args.mid(1));
    if (!seeds)
        return fail(seeds.error());
    auto result = (*store)->expand(*seeds, filter);
    if (!result)
        return fail(result.error());
    if (m_json) {
        QJsonArray entities, links;
        for (const Entity &e : std::as_const(result->entities))
            entities.append(entityJson(e));
        for (const Link &l : std::as_const(result->links))
            links.append(linkJson(l));
        printJson(QJsonObject{{QStringLiteral("entities"), entities},
                              {QStringLiteral("links"), links},
                              {QStringLiteral("omitted"), result->omitted}});
        return 0;
    }
    for (const Entity &e : std::as_const(result->entities))
        print(entityLine(e));
    print(tr("%n neighbours", nullptr, int(result->entities.size())));
    if (result->omitted > 0)
        print(tr("%1 more left out by --limit %2").arg(result->omitted).arg(filter.limit));
    return 0;
}

int Cli::verify(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("verify needs exactly one case file"));
    auto store = CaseStore::open(args.first(), CaseStore::Mode::ReadOnly);
    if (!store)
        return fail(store.error());
    auto report = (*store)->verify();
    if (!report)
        return fail(report.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("ok"), report->ok},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
                              {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)}});
    } else {
        for (const QString &note : std::as_const(report->notes))
            print(note);
        for (const QString &problem : std::as_const(report->problems))
            print(tr("PROBLEM: %1").arg(problem));
        print(report->ok ? tr("The case verifies: integrity check, audit chain and source hashes are sound.")
                         : tr("The case does NOT verify: %n problems.", nullptr, int(report->problems.size())));
    }
    return report->ok ? 0 : 1;
}

int Cli::demo(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("demo needs exactly one output case file"));
    auto demo = DemoGenerator::write(args.first());
    if (!demo)
        return fail(demo.error());

    // The overview chart the GUI opens with: both compounds' coordinators and their callers.
    auto store = CaseStore::open(args.first());
    if (!store)
        return fail(store.error());
    ChartDocument chart;
    chart.setName(tr("Compounds overview"));
    ChartExpander expander(chart, **store);
    auto seeds = resolveAll(**store, demo->denBosses);
    if (!seeds)
        return fail(seeds.error());
    if (Status s = expander.add(*seeds, QPointF()); !s)
        return fail(s.error());
    ExpandFilter filter;
    filter.limit = 14;
    for (const EntityId id : std::as_const(*seeds)) {
        if (auto added = expander.expand({id}, filter); !added)
            return fail(added.error());
    }
    if (auto laidOut = layoutChart(chart, LayoutEngine::Sfdp); !laidOut)
        return fail(laidOut.error());
    auto chartId = (*store)->saveChart(0, chart.name(), chart.toJson());
    if (!chartId)
        return fail(chartId.error());

    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("case"), demo->casePath},
                              {QStringLiteral("evidence"), demo->evidenceFolder},
                              {QStringLiteral("records"), demo->calls},
                              {QStringLiteral("chart"), *chartId},
                              {QStringLiteral("den_bosses"), QJsonArray::fromStringList(demo->denBosses)},
                              {QStringLiteral("callers"), QJsonArray::fromStringList(demo->callers)}});
    } else {
        print(tr("Demonstration case written to %1 (%2 records; evidence in %3).")
                  .arg(demo->casePath).arg(demo->calls).arg(demo->evidenceFolder));
        print(tr("Compound coordinators: %1").arg(demo->denBosses.join(QStringLiteral(", "))));
    }
    return 0;
}

QString Cli::parsePrintOptions(const QCommandLineParser &parser, PrintOptions &print)
{
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto paper = paperFromName(parser.value(QStringLiteral("paper")));
        if (!paper)
            return tr("unknown paper \"%1\"; use %2").arg(parser.value(QStringLiteral("paper")), paperNames().join(QStringLiteral(", ")));
        print.pageSize = *paper;
    }
    if (parser.isSet(QStringLiteral("portrait")))
        print.orientation = QPageLayout::Portrait;
    auto millimetres = [&](const char *name, double &into, double most) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return true;
        bool ok = false;
        const double value = parser.value(QString::fromLatin1(name)).toDouble(&ok);
        if (!ok || value < 0 || value > most)
            return false;
        into = value;
        return true;
    };
    double margin = 12;
    if (!millimetres("margin", margin, 100))
        return tr("--margin takes millimetres from 0 to 100");
    print.margins = QMarginsF(margin, margin, margin, margin);
    if (!millimetres("overlap", print.overlap, 100))
        return tr("--overlap takes millimetres from 0 to 100");
    if (parser.isSet(QStringLiteral("tiles"))) {
        static const QRegularExpression tile(QStringLiteral("^(\\d{1,2})[xX×](\\d{1,2})$"));
        const QRegularExpressionMatch m = tile.match(parser.value(QStringLiteral("tiles")));
        if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(2).toInt() < 1)
            return tr("--tiles takes columns x rows, such as 3x2");
        print.columns = m.captured(1).toInt();
        print.rows = m.captured(2).toInt();
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        print.dpi = parser.value(QStringLiteral("dpi")).toInt();
        if (print.dpi < 36 || print.dpi > 1200)
            return tr("--dpi takes a resolution from 36 to 1200");
    }
    if (parser.isSet(QStringLiteral("printed-at"))) {
        const QDateTime printedAt = QDateTime::fromString(parser.value(QStringLiteral("printed-at")), Qt::ISODate);
        if (!printedAt.isValid())
            return tr("--printed-at takes an ISO 8601 time such as 2026-03-01T14:00:00+07:00");
        print.fields.printedAt = printedAt;
    }
    print.fields.exhibit = parser.value(QStringLiteral("exhibit"));
    print.fields.classification = parser.value(QStringLiteral("classification"));
    return {};
}

void Cli::applyCaseFields(const CaseStore &store, const QCommandLineParser &parser, PrintOptions &print, const QString &title)
{
    const PrintFields given = print.fields;
    print.fields = PrintFields::fromCase(store, parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : title);
    print.fields.exhibit = given.exhibit;
    print.fields.classification = given.classification;
    print.fields.printedAt = given.printedAt;
    if (parser.isSet(QStringLiteral("examiner")))
        print.fields.examiner = parser.value(QStringLiteral("examiner"));
}

int Cli::chart(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("chart needs exactly one case file"));
    const QString out = parser.value(QStringLiteral("out"));
    const QString saveAs = parser.value(QStringLiteral("save")).trimmed();
    if (out.isEmpty() && saveAs.isEmpty())
        return usage(tr("chart needs --out FILE.pdf, --save NAME or both"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!out.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return usage(tr("give --out a .pdf, .svg or .png file"));
    const bool hasSeeds = parser.isSet(QStringLiteral("seed"));
    const bool hasChart = parser.isSet(QStringLiteral("chart"));
    if (hasSeeds == hasChart)
        return usage(tr("chart needs either --seed ENTITY (repeatable) or --chart ID"));
    PrintOptions print;
    if (const QString problem = parsePrintOptions(parser, print); !problem.isEmpty())
        return usage(problem);
    bool appendixSources = false, appendixEvents = false;
    for (const QString &part : parser.value(QStringLiteral("appendix")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed() == QLatin1String("sources"))
            appendixSources = true;
        else if (part.trimmed() == QLatin1String("events"))
            appendixEvents = true;
        else
            return usage(tr("unknown appendix \"%1\"; use sources, events or both").arg(part));
    }
    std::optional<LayoutEngine> engine;
    if (parser.isSet(QStringLiteral("layout"))) {
        engine = layoutEngineFromName(parser.value(QStringLiteral("layout")));
        if (!engine)
            return usage(tr("unknown layout \"%1\"; use %2").arg(parser.value(QStringLiteral("layout")),
                                                                 layoutEngineNames().join(QStringLiteral(", "))));
    }

    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    std::unique_ptr<ChartDocument> chart;
    if (hasChart) {
        auto loaded = savedChart(**store, parser);
        if (!loaded)
            return fail(loaded.error());
        chart = std::move(*loaded);
    } else {
        chart = std::make_unique<ChartDocument>();
        chart->setName(tr("Link chart"));
        auto seeds = resolveAll(**store, parser.values(QStringLiteral("seed")));
        if (!seeds)
            return fail(seeds.error());
        ChartExpander expander(*chart, **store);
        if (Status s = expander.add(*seeds, QPointF()); !s)
            return fail(s.error());
        ExpandFilter filter;
        filter.hops = parser.value(QStringLiteral("hops")).isEmpty() ? 1 : parser.value(QStringLiteral("hops")).toInt();
        filter.limit = parser.value(QStringLiteral("limit")).isEmpty() ? 50 : parser.value(QStringLiteral("limit")).toInt();
        if (filter.hops < 1 || filter.limit < 0)
            return usage(tr("--hops must be at least 1 and --limit at least 0"));
        for (int hop = 0; hop < filter.hops; ++hop) {
            // Each hop expands everything on the chart so far, like repeated double-clicks.
            ExpandFilter step = filter;
            step.hops = 1;
            if (auto added = expander.expand(chart->nodeIds(), step); !added)
                return fail(added.error());
        }
        if (!engine)
            engine = LayoutEngine::Sfdp;
    }
    if (engine) {
        auto laidOut = layoutChart(*chart, *engine);
        if (!laidOut)
            return fail(laidOut.error());
        if (!laidOut->reason.isEmpty())
            std::fputs((tr("seagull-cli: %1").arg(laidOut->reason) + QLatin1Char('\n')).toUtf8().constData(), stderr);
    }
    if (!saveAs.isEmpty()) {
        // Kept in the case like a chart saved in the window (one transaction: whole or absent).
        chart->setName(saveAs);
        auto id = (*store)->saveChart(0, saveAs, chart->toJson());
        if (!id)
            return fail(id.error());
        chart->setChartId(*id);
        if (out.isEmpty()) {
            if (m_json)
                printJson(QJsonObject{{QStringLiteral("chart"), *id}, {QStringLiteral("entities"), chart->nodeCount()}});
            else
                this->print(tr("Chart \"%1\" with %2 entities saved in the case as chart %3.").arg(saveAs).arg(chart->nodeCount()).arg(*id));
            return 0;
        }
    }
    applyCaseFields(**store, parser, print, chart->name());
    auto appendix = ChartPrinter::appendixFor(**store, *chart, appendixSources, appendixEvents);
    if (!appendix)
        return fail(appendix.error());
    ChartScene scene(chart.get());
    ChartPrinter printer(&scene, print, *appendix);
    auto written = printer.write(out);
    if (!written)
        return fail(written.error());
    (void)(*store)->appendAudit(QStringLiteral("print_chart"), QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(*written)},
                                                                           {QStringLiteral("chart"), print.fields.title},
                                                                           {QStringLiteral("pages"), printer.pageCount()}});
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("out"), out},
                              {QStringLiteral("files"), QJsonArray::fromStringList(*written)},
                              {QStringLiteral("pages"), printer.pageCount()},
                              {QStringLiteral("entities"), chart->nodeCount()},
                              {QStringLiteral("links"), int(chart->links().size())}});
    } else {
        this->print(tr("Chart with %1 entities written to %2 (%n page(s)).", nullptr, printer.pageCount())
                        .arg(chart->nodeCount())
                        .arg(written->join(QStringLiteral(", "))));
    }
    return 0;
}

int Cli::report(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("report needs exactly one case file"));
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return usage(tr("report needs --out FILE.pdf"));
    const bool summary = parser.isSet(QStringLiteral("summary"));
    if (summary == parser.isSet(QStringLiteral("entity")))
        return usage(tr("report needs either --entity ENTITY or --summary"));
    PrintOptions print;
    print.orientation = QPageLayout::Portrait;
    if (const QString problem = parsePrintOptions(parser, print); !problem.isEmpty())
        return usage(problem);
    if (print.columns * print.rows > 1)
        return usage(tr("reports are not tiled: --tiles goes with chart"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    Status written = Ok{};
    QString about;
    if (summary) {
        auto content = CaseSummary::read(**store);
        if (!content)
            return fail(content.error());
        applyCaseFields(**store, parser, print, tr("Case summary"));
        written = ReportWriter(print).caseSummary(*content, out);
        about = tr("the case summary");
    } else {
        auto entity = (*store)->resolve(parser.value(QStringLiteral("entity")));
        if (!entity)
            return fail(entity.error());
        auto content = EntityProfile::read(**store, entity->id);
        if (!content)
            return fail(content.error());
        applyCaseFields(**store, parser, print, tr("Entity profile: %1").arg(entity->label.isEmpty() ? entity->key : entity->label));
        written = ReportWriter(print).entityProfile(*content, out);
        about = entity->reference();
    }
    if (!written)
        return fail(written.error());
    (void)(*store)->appendAudit(QStringLiteral("report"), QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("about"), about}});
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("out"), out}, {QStringLiteral("about"), about}});
    else
        this->print(tr("Report on %1 written to %2.").arg(about, out));
    return 0;
}

} // namespace sg

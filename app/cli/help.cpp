// `seagull-cli COMMAND --help`: what each command does, the options it takes and examples that
// work on the demonstration case (tst_cli runs every one of them).

#include "app/cli/cli.h"

#include <QCommandLineOption>
#include <QRegularExpression>

#include <limits>

namespace sg {

QString Cli::summary(const QString &command)
{
    static const QHash<QString, const char *> summaries = {
        {QStringLiteral("create"), QT_TR_NOOP("Create an empty case file. The region and time zone apply to numbers and times that do not carry their own.")},
        {QStringLiteral("import"), QT_TR_NOOP("Import evidence files or folders: call records, bank and wallet tables, phone extracts, UFDR and XRY reports, cell sites. Each file is hashed and recorded as a source; a bad record is reported with its line and the case keeps everything it had.")},
        {QStringLiteral("stats"), QT_TR_NOOP("Count the case's sources, entities by type, events by type and links.")},
        {QStringLiteral("sources"), QT_TR_NOOP("List the imported sources: format, file, events, rejected records and SHA-256.")},
        {QStringLiteral("search"), QT_TR_NOOP("Find entities by number in any common format, name, alias or identifier.")},
        {QStringLiteral("show"), QT_TR_NOOP("Show one entity: its events, linked entities and the sources that mention it.")},
        {QStringLiteral("expand"), QT_TR_NOOP("List the entities linked to those given, up to a number of hops, with filters on types, links, dates, counts and amounts.")},
        {QStringLiteral("path"), QT_TR_NOOP("Find the shortest or cheapest paths between two entities, or journeys in time order (money moving on within a window).")},
        {QStringLiteral("analyze"), QT_TR_NOOP("Rank entities by a measure (degree, betweenness, closeness, eigenvector, PageRank), find groups (components, communities, k-cores), weak points, common contacts, or fraud patterns (mules, fan-in, fan-out, SIM boxes, shared devices).")},
        {QStringLiteral("trace"), QT_TR_NOOP("Follow the money from one transfer onwards, hop by hop, within a time window.")},
        {QStringLiteral("export"), QT_TR_NOOP("Write the case or one chart as GraphML, i2 ANX or CSV files for other tools.")},
        {QStringLiteral("bundle"), QT_TR_NOOP("Write a chart with its events and sources as a signed bundle for another agency.")},
        {QStringLiteral("report"), QT_TR_NOOP("Print an entity's profile or the case summary to PDF, with a title block on every page.")},
        {QStringLiteral("add-entity"), QT_TR_NOOP("Add an entity by hand (a person, den, vehicle, document, ...), with the authority for it.")},
        {QStringLiteral("add-link"), QT_TR_NOOP("Declare a link between two entities by hand, with its confidence, dates and authority.")},
        {QStringLiteral("merge"), QT_TR_NOOP("Merge entities that are the same into the first one; the reason is recorded and the merge can be split.")},
        {QStringLiteral("split"), QT_TR_NOOP("Undo the latest merge into an entity, restoring what was moved.")},
        {QStringLiteral("tag"), QT_TR_NOOP("Put a tag on entities (or take it off), with a colour for the chart.")},
        {QStringLiteral("verify"), QT_TR_NOOP("Check the case file: SQLite integrity, the audit chain and each source file's hash. Exits non-zero on any problem.")},
        {QStringLiteral("demo"), QT_TR_NOOP("Write the demonstration case (two compounds, three operators' call records) and its evidence files.")},
        {QStringLiteral("chart"), QT_TR_NOOP("Lay out and print a link chart to PDF, SVG or PNG: from seed entities or a saved chart, on one page or tiled over several.")},
    };
    const char *text = summaries.value(command);
    return text ? tr(text) : QString();
}

QStringList Cli::examples(const QString &command)
{
    // Numbers and files of the demonstration case (`seagull-cli demo case.seagull`); the
    // import examples use its evidence files.
    static const QHash<QString, QStringList> examples = {
        {QStringLiteral("create"),
         {QStringLiteral("seagull-cli create golden-sands.seagull --name \"Golden Sands compound\" --number KH-2024-117 --region KH "
                         "--tz Asia/Phnom_Penh --examiner \"Sok Dara\"")}},
        {QStringLiteral("import"),
         {QStringLiteral("seagull-cli import golden-sands.seagull kh_operator_cdr.csv"),
          QStringLiteral("seagull-cli import golden-sands.seagull th_operator_target_report.csv --region TH --tz Asia/Bangkok"),
          QStringLiteral("seagull-cli import golden-sands.seagull statement.xlsx --mapping bank-mapping.json"),
          QStringLiteral("seagull-cli import golden-sands.seagull extraction/ --json")}},
        {QStringLiteral("stats"), {QStringLiteral("seagull-cli stats case.seagull"), QStringLiteral("seagull-cli stats case.seagull --json")}},
        {QStringLiteral("sources"), {QStringLiteral("seagull-cli sources case.seagull")}},
        {QStringLiteral("search"),
         {QStringLiteral("seagull-cli search case.seagull \"012 589 492\""), QStringLiteral("seagull-cli search case.seagull +8613972 --limit 20")}},
        {QStringLiteral("show"), {QStringLiteral("seagull-cli show case.seagull +85512589492")}},
        {QStringLiteral("expand"),
         {QStringLiteral("seagull-cli expand case.seagull +85512589492 --hops 2 --limit 30"),
          QStringLiteral("seagull-cli expand case.seagull +85512589492 --link-types call --from 2024-03-01 --to 2024-03-31 --min-count 3")}},
        {QStringLiteral("path"),
         {QStringLiteral("seagull-cli path case.seagull +85512589492 +959783924717 --k 3"),
          QStringLiteral("seagull-cli path case.seagull +85512589492 +959783924717 --weight count --max-hops 4")}},
        {QStringLiteral("analyze"),
         {QStringLiteral("seagull-cli analyze case.seagull betweenness --top 10"), QStringLiteral("seagull-cli analyze case.seagull communities"),
          QStringLiteral("seagull-cli analyze case.seagull common +85512589492 +8617758355000 --at-least 2"),
          QStringLiteral("seagull-cli analyze case.seagull mules --window 24h --min-share 0.7")}},
        {QStringLiteral("trace"), {QStringLiteral("seagull-cli trace bank-case.seagull --event 120455 --window 7d")}},
        {QStringLiteral("export"),
         {QStringLiteral("seagull-cli export case.seagull --format graphml --out case.graphml"),
          QStringLiteral("seagull-cli export case.seagull --format anx --chart 1 --out compounds.anx"),
          QStringLiteral("seagull-cli export case.seagull --format csv --out case-tables")}},
        {QStringLiteral("bundle"),
         {QStringLiteral("seagull-cli bundle case.seagull --out golden-sands.sgbundle --seed +85512589492 --hops 2 "
                         "--agency \"Cambodian National Police\" --note \"For the Thai liaison officer\"")}},
        {QStringLiteral("report"),
         {QStringLiteral("seagull-cli report case.seagull --entity +85512589492 --out profile.pdf --exhibit EX-12"),
          QStringLiteral("seagull-cli report case.seagull --summary --out summary.pdf --classification RESTRICTED")}},
        {QStringLiteral("add-entity"),
         {QStringLiteral("seagull-cli add-entity case.seagull person --key CW-1 --label \"Chen Wei\" --attr nationality=CN "
                         "--note \"interview of witness 3\""),
          QStringLiteral("seagull-cli add-entity case.seagull person --key CW-2 --label \"陈伟\"")}},
        {QStringLiteral("add-link"),
         {QStringLiteral("seagull-cli add-link case.seagull person:CW-1 +85512589492 --type uses --confidence probable "
                         "--from 2024-02-01 --note \"seized phone, contact card\"")}},
        {QStringLiteral("merge"), {QStringLiteral("seagull-cli merge case.seagull person:CW-1 person:CW-2 --reason \"same passport E1234567\"")}},
        {QStringLiteral("split"), {QStringLiteral("seagull-cli split case.seagull person:CW-1")}},
        {QStringLiteral("tag"),
         {QStringLiteral("seagull-cli tag case.seagull +85512589492 +8617758355000 coordinator --colour #d62728"),
          QStringLiteral("seagull-cli tag case.seagull +8617758355000 coordinator --remove")}},
        {QStringLiteral("verify"), {QStringLiteral("seagull-cli verify case.seagull"), QStringLiteral("seagull-cli verify case.seagull --json")}},
        {QStringLiteral("demo"), {QStringLiteral("seagull-cli demo demo.seagull")}},
        {QStringLiteral("chart"),
         {QStringLiteral("seagull-cli chart case.seagull --seed +85512589492 --hops 2 --layout sfdp --out chart.pdf --paper A3 "
                         "--title \"Golden Sands\" --exhibit EX-7"),
          QStringLiteral("seagull-cli chart case.seagull --chart 1 --out wall.pdf --tiles 2x2 --overlap 15"),
          QStringLiteral("seagull-cli chart case.seagull --seed +959783924717 --out chart.svg"),
          QStringLiteral("seagull-cli chart case.seagull --seed +85512589492 --seed +8617758355000 --hops 2 --save \"Coordinators\""),
          QStringLiteral("seagull-cli chart case.seagull --chart 1 --out chart.png --dpi 150 --appendix sources")}},
    };
    return examples.value(command);
}

QString Cli::commandHelp(const Command &command) const
{
    QString text = tr("Usage: seagull-cli %1").arg(command.synopsis) + QStringLiteral("\n\n");
    text += summary(command.name) + QStringLiteral("\n\n");
    // The options this command takes, in the order its synopsis names them.
    // Every command takes --json, listed last.
    QList<std::pair<qsizetype, QString>> lines;
    for (const QCommandLineOption &option : options()) {
        const QString name = option.names().constFirst();
        if (name == QLatin1String("json")) {
            lines.append({std::numeric_limits<qsizetype>::max(), QStringLiteral("  --json\n      %1\n").arg(option.description())});
            continue;
        }
        const QRegularExpression named(QStringLiteral("--%1(?![a-z-])").arg(QRegularExpression::escape(name)));
        const auto match = named.match(command.synopsis);
        if (!match.hasMatch())
            continue;
        // The value as the synopsis names it (--region R, --out FILE.pdf|.svg|.png).
        QString head = QStringLiteral("--") + name;
        if (!option.valueName().isEmpty()) {
            static const QRegularExpression valueWord(QStringLiteral("\\G ([^-\\[\\]( ][^\\]) ]*)"));
            const auto value = valueWord.match(command.synopsis, match.capturedEnd());
            head += QLatin1Char(' ') + (value.hasMatch() ? value.captured(1) : option.valueName().toUpper());
        }
        lines.append({match.capturedStart(), QStringLiteral("  %1\n      %2\n").arg(head, option.description())});
    }
    std::sort(lines.begin(), lines.end());
    text += tr("Options:") + QLatin1Char('\n');
    for (const auto &line : std::as_const(lines))
        text += line.second;
    text += QLatin1Char('\n') + tr("Examples:") + QLatin1Char('\n');
    for (const QString &example : examples(command.name))
        text += QStringLiteral("  %1\n").arg(example);
    return text;
}

} // namespace sg

#pragma once

#include "core/graph/graphsnapshot.h"
#include "core/model/records.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineOption;
class QCommandLineParser;

namespace sg {

class ChartDocument;

struct PrintOptions;

class CaseStore;

// seagull-cli: the headless face of Seagull (DESIGN.md §6). Each command reads its own options,
// prints a human-readable answer (translated) or one JSON object with --json, and returns the
// process exit status: 0 done, 1 the work failed, 2 the command line was wrong.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(sg::Cli)

public:
    explicit Cli(QStringList arguments);
    int run();

    // Commands that need a GUI application object (fonts for measuring and printing).
    static bool needsGui(const QStringList &arguments);
    // A time as the CLI writes it: ISO 8601 in UTC.
    static QString isoUtc(qint64 ms);

private:
    using Handler = std::function<int(QCommandLineParser &)>;
    struct Command
    {
        QString name;
        QString synopsis;
        Handler handler;
    };

    // Every option any command takes, with its description; each command accepts those its
    // synopsis names.
    static QList<QCommandLineOption> options();
    // `seagull-cli COMMAND --help`: what the command does, its options and examples (help.cpp).
    QString commandHelp(const Command &command) const;
    static QString summary(const QString &command);
    static QStringList examples(const QString &command);

    int usage(const QString &problem);
    int fail(const Error &error);
    int fail(ErrorCode code, const QString &message, const QString &detail = {});
    void printJson(const QJsonObject &object);
    void print(const QString &text);
    Result<std::unique_ptr<CaseStore>> openCase(const QString &path);
    // The chart saved in the case with the id given by --chart.
    Result<std::unique_ptr<ChartDocument>> savedChart(const CaseStore &store, const QCommandLineParser &parser);
    Result<QList<EntityId>> resolveAll(const CaseStore &store, const QStringList &references);
    Result<std::optional<qint64>> parseTime(const CaseStore &store, const QString &text, bool endOfDay);
    // --types: entity type names, comma-separated (none: an empty list).
    Result<QList<EntityType>> parseTypes(const QCommandLineParser &parser);
    // --from and --to, read in the case's time zone.
    Result<std::pair<std::optional<qint64>, std::optional<qint64>>> parseWindow(const CaseStore &store, const QCommandLineParser &parser);

    int create(QCommandLineParser &parser);
    int import(QCommandLineParser &parser);
    int stats(QCommandLineParser &parser);
    int sources(QCommandLineParser &parser);
    int search(QCommandLineParser &parser);
    int show(QCommandLineParser &parser);
    int expand(QCommandLineParser &parser);
    int verify(QCommandLineParser &parser);
    int demo(QCommandLineParser &parser);
    int chart(QCommandLineParser &parser);
    int path(QCommandLineParser &parser);
    int analyze(QCommandLineParser &parser);
    int pattern(QCommandLineParser &parser); // analyze's fraud patterns
    int trace(QCommandLineParser &parser);
    int exportGraph(QCommandLineParser &parser);
    int exportAnx(const CaseStore &store, const QCommandLineParser &parser, const QString &out);
    int bundle(QCommandLineParser &parser);
    int addEntity(QCommandLineParser &parser); // edit.cpp: case data by hand
    int addLink(QCommandLineParser &parser);
    int merge(QCommandLineParser &parser);
    int split(QCommandLineParser &parser);
    int tag(QCommandLineParser &parser);
    // Warnings of an accepted entry, on standard error.
    void printWarnings(const QStringList &warnings);
    int report(QCommandLineParser &parser);
    // Paper, orientation, margins, tiles, exhibit, classification, time of printing: an error
    // message, or empty.
    QString parsePrintOptions(const QCommandLineParser &parser, PrintOptions &print);
    // The title block's fields from the case, with the title, examiner and what was parsed.
    void applyCaseFields(const CaseStore &store, const QCommandLineParser &parser, PrintOptions &print, const QString &title);
    static QStringList patternNames();
    // The case as a graph for path, analyze and export (`among`: those entities alone), cut to
    // --types when given.
    Result<GraphSnapshot> caseGraph(const CaseStore &store, const QCommandLineParser &parser, bool withEvents,
                                    const QList<EntityId> *among = nullptr);

    QStringList m_arguments;
    bool m_json = false;
    QList<Command> m_commands;
};

} // namespace sg

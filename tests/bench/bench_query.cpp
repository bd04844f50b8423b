// Benchmark: the questions an analyst asks of a large case. A seeded call-record CSV of N rows
// (benchsuite.h) is imported once, with names for one number in twenty (a contact book in the
// region's scripts); then, each several times: opening the case and reading its summary,
// expanding the busiest number one and two hops (the store's query alone, and shown on a chart:
// the document, the scene and one frame), and searching a number in three forms and a name by
// its start; merging a quiet number and the second busiest into the busiest, and splitting
// them again. The reference is the sqlite3 shell running the same neighbour query on the same CSV
// imported with ".import --csv" and indexed on both party columns.
//
//   bench_query [--rows N] [--runs R] [--suite]

#include "core/chart/chartdocument.h"
#include "core/chart/chartexpander.h"
#include "core/ingest/importservice.h"
#include "core/store/caseeditor.h"
#include "core/store/casestore.h"
#include "core/store/sourcewriter.h"
#include "tests/bench/benchsuite.h"
#include "widgets/chartscene.h"
#include "widgets/chartview.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace sg;
using namespace bench;

namespace {

// Given and family names of the region, in their scripts and in Latin letters.
const char *const Given[] = {"Sok", "Dara", "สมชาย", "Somchai", "Nguyễn Văn", "ສົມພອນ", "Aung", "伟", "Chan", "Vanna", "Minh", "ณัฐพล"};
const char *const Family[] = {"Chea", "ใจดี", "Trần", "Vongsa", "Myint", "王", "Sokha", "Phan", "Keo", "李", "Lim", "ដារ៉ា"};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Options options = parseOptions(app.arguments(), Options{100000, 5, false});
    const qint64 rows = options.rows;
    const int runs = options.runs;
    const bool suite = options.suite;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("cdr.csv"));
    const QList<QByteArray> numbers = writeCdr(csv, rows);
    const QString path = dir.filePath(QStringLiteral("case.seagull"));
    {
        const std::unique_ptr<CaseStore> store = caseWithCdr(path, csv);
        SourceRecord contacts;
        contacts.path = contacts.fileName = QStringLiteral("contacts.csv");
        contacts.format = QStringLiteral("contacts");
        contacts.importer = QStringLiteral("bench");
        contacts.importerVersion = QStringLiteral("1");
        auto writer = store->beginSource(contacts);
        if (!writer)
            qFatal("%s", qPrintable(writer.error().oneLine()));
        for (qsizetype i = 0; i < numbers.size(); i += 20) {
            const QString number = QString::fromLatin1(numbers[i]);
            auto id = (*writer)->entity(EntityType::Phone, number, false, QStringLiteral("contacts.csv:%1").arg(i), number);
            const QString name = QString::fromUtf8(Given[(i / 20) % std::size(Given)]) + QLatin1Char(' ') + QString::fromUtf8(Family[(i / 140) % std::size(Family)])
                + QStringLiteral(" %1").arg(i);
            if (!id || !(*writer)->alias(*id, name, QStringLiteral("contacts.csv:%1").arg(i)))
                qFatal("contacts could not be written");
        }
        if (Status s = (*writer)->commit({}, {}); !s)
            qFatal("%s", qPrintable(s.error().oneLine()));
    }
    // The imports' logs copied into the case file before anything is timed.
    CaseStore::waitForCheckpoints();
    const QString hubNumber = QString::fromLatin1(numbers.first());

    // The reference database: the same CSV as a table with both party columns indexed.
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString referenceDb = dir.filePath(QStringLiteral("reference.db"));
    if (!sqlite.isEmpty()) {
        QProcess process;
        process.start(sqlite, {referenceDb, QStringLiteral(".import --csv %1 cdr").arg(csv),
                               QStringLiteral("CREATE INDEX a ON cdr(\"Calling Number\"); CREATE INDEX b ON cdr(\"Called Number\");")});
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
    }
    // The hub's neighbours with their call counts, most first, as Seagull's expansion lists them.
    const QString neighbourQuery = QStringLiteral(
        "SELECT n, count(*) FROM (SELECT \"Called Number\" AS n FROM cdr WHERE \"Calling Number\" = '%1' "
        "UNION ALL SELECT \"Calling Number\" FROM cdr WHERE \"Called Number\" = '%1') GROUP BY n ORDER BY 2 DESC;").arg(hubNumber);
    QList<double> referenceTimes;
    qint64 referenceNeighbours = 0;
    for (int r = 0; r < runs && !sqlite.isEmpty(); ++r) {
        QProcess process;
        referenceTimes << seconds([&] {
            process.start(sqlite, {referenceDb, neighbourQuery});
            process.waitForFinished(-1);
        });
        referenceNeighbours = process.readAllStandardOutput().count('\n');
    }

    auto opened = CaseStore::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().oneLine()));
    CaseStore &store = **opened;
    auto hub = store.resolve(QStringLiteral("phone:") + hubNumber);
    if (!hub)
        qFatal("%s", qPrintable(hub.error().oneLine()));
    auto summary = store.summary(hub->id);
    const qint64 neighbours = summary ? summary->neighbours : 0;

    QList<Row> table;
    const QString size = grouped(rows) + QStringLiteral(" events");
    auto measure = [&](const QString &work, const Target &target, const std::function<void()> &work_, const QString &reference = {},
                       const QList<double> &referenceSeconds = {}) {
        QList<double> times;
        for (int r = 0; r < runs; ++r)
            times << seconds(work_);
        table << Row{work, size, times, peakRssMb(), reference, referenceSeconds, target};
    };
    auto check = [](const auto &result, const char *what) {
        if (!result)
            qFatal("%s: %s", what, qPrintable(result.error().oneLine()));
    };

    // Issue 10 asks for a case opened with its summary in under 1 s and a search in under 50 ms;
    // both were met easily (0.13–0.2 s and under 10 ms at 5M), so the bar is raised to 0.5 s and
    // 20 ms.
    const Target summaryTarget{Target::SecondsUnder, 0.5};
    const Target searchTarget{Target::SecondsUnder, 0.020};
    measure(QStringLiteral("open the case and read its summary"), summaryTarget, [&] {
        auto again = CaseStore::open(path);
        check(again, "open");
        check((*again)->stats(), "stats");
    });
    ExpandFilter oneHop; // as the GUI expands: the 50 most connected new neighbours, the rest paged
    measure(QStringLiteral("expand the busiest number one hop (%1 neighbours, the 50 most connected shown)").arg(neighbours),
            Target{Target::SecondsUnder, 0.020}, [&] { check(store.expand({hub->id}, oneHop), "expand"); },
            sqlite.isEmpty() ? QString() : QStringLiteral("sqlite3 shell: its %1 neighbours with counts").arg(referenceNeighbours), referenceTimes);
    ExpandFilter all;
    all.limit = 0;
    measure(QStringLiteral("expand the busiest number one hop, all %1 neighbours").arg(neighbours), Target{Target::SecondsUnder, 0.020},
            [&] { check(store.expand({hub->id}, all), "expand"); },
            sqlite.isEmpty() ? QString() : QStringLiteral("sqlite3 shell: its %1 neighbours with counts").arg(referenceNeighbours), referenceTimes);
    // What the reference's query gives (each neighbour with its count), with the neighbours'
    // entities and without the links among them, which the row above reads as well.
    ExpandFilter allAlone = all;
    allAlone.withLinks = false;
    measure(QStringLiteral("the busiest number's %1 neighbours with their counts and entities, no links among them").arg(neighbours),
            Target{Target::SecondsUnder, 0.020}, [&] { check(store.expand({hub->id}, allAlone), "expand"); },
            sqlite.isEmpty() ? QString() : QStringLiteral("sqlite3 shell: its %1 neighbours with counts").arg(referenceNeighbours), referenceTimes);
    ExpandFilter twoHops;
    twoHops.hops = 2;
    measure(QStringLiteral("expand the busiest number two hops (50 per entity)"), Target{Target::SecondsUnder, 0.2},
            [&] { check(store.expand({hub->id}, twoHops), "expand"); });
    // From the analyst's request to the frame that shows its result: the chart, its view and the
    // hub on it are made and painted first, outside the time.
    for (int hops : {1, 2}) {
        QList<double> times;
        for (int r = 0; r < runs; ++r) {
            ChartDocument document;
            ChartScene scene(&document);
            ChartView view;
            view.setScene(&scene);
            view.resize(1600, 1000);
            view.show();
            ChartExpander expander(document, store);
            if (Status s = expander.add({hub->id}, QPointF()); !s)
                qFatal("add: %s", qPrintable(s.error().oneLine()));
            QCoreApplication::processEvents();
            ExpandFilter filter;
            filter.hops = hops;
            times << seconds([&] {
                check(expander.expand({hub->id}, filter), "expand");
                scene.finishDrawing(); // every link drawn, not the first slice alone
                view.viewport()->repaint();
            });
            QCoreApplication::processEvents();
        }
        table << Row{QStringLiteral("expand %1 hop(s) and show them on a chart (document, scene, one frame)").arg(hops), size, times, peakRssMb(), {}, {},
                     Target{Target::SecondsUnder, 0.2}};
    }
    // A number as people write it: national, international with spaces, a part of the digits.
    const QString national = QLatin1Char('0') + hubNumber.mid(4);
    QString international = hubNumber;
    international.insert(4, QLatin1Char(' ')).insert(7, QLatin1Char(' '));
    for (const QString &query : {national, international, hubNumber.right(6)})
        measure(QStringLiteral("search the number \"%1\"").arg(query), searchTarget, [&] {
            auto found = store.search(query);
            check(found, "search");
            if (found->isEmpty())
                qFatal("search found nothing for %s", qPrintable(query));
        });
    for (const char *prefix : {"Som", "สมช", "Nguy"})
        measure(QStringLiteral("search a name by its start \"%1\"").arg(QString::fromUtf8(prefix)), searchTarget, [&] {
            auto found = store.search(QString::fromUtf8(prefix));
            check(found, "search");
            if (found->isEmpty())
                qFatal("search found nothing for %s", prefix);
        });

    // Merges on the busiest numbers, as the analyst waits for them (the GUI runs them on a worker
    // with Cancel): a quiet number into the busiest, and the two busiest. Each run splits the
    // merge again, timed as well; the copy of the log into the case file (a background
    // checkpoint) is waited for after each, outside the time.
    const auto entityOf = [&](const QByteArray &number) -> EntityId {
        auto e = store.resolve(QStringLiteral("phone:") + QString::fromLatin1(number));
        return e ? e->id : 0;
    };
    EntityId quiet = 0;
    for (qsizetype i = numbers.size() - 1; i > 1 && quiet == 0; --i)
        quiet = entityOf(numbers[i]);
    const EntityId second = entityOf(numbers[1]);
    if (quiet == 0 || second == 0)
        qFatal("the numbers to merge are not in the case");
    for (const EntityId absorbed : {quiet, second}) {
        auto absorbedSummary = store.summary(absorbed);
        check(absorbedSummary, "summary");
        const QString what = QStringLiteral("merge a number with %1 event(s) into the busiest (%2)")
                                 .arg(grouped(absorbedSummary->events), grouped(summary ? summary->events : 0));
        QList<double> mergeTimes;
        QList<double> splitTimes;
        for (int r = 0; r < runs; ++r) {
            std::optional<Result<MergeRecord>> merged;
            mergeTimes << seconds([&] { merged = CaseEditor(store).merge(hub->id, {absorbed}, QStringLiteral("bench")); });
            check(*merged, "merge");
            CaseStore::waitForCheckpoints();
            splitTimes << seconds([&] { check(CaseEditor(store).split((*merged)->id), "split"); });
            CaseStore::waitForCheckpoints();
        }
        table << Row{what, size, mergeTimes, peakRssMb(), {}, {}, Target{}};
        table << Row{QStringLiteral("split that merge"), size, splitTimes, peakRssMb(), {}, {}, Target{}};
    }

    if (!suite)
        printHeader();
    for (const Row &row : std::as_const(table))
        printRow(row);
    return 0;
}

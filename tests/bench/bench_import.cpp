// Benchmark: importing an operator call-record CSV, from file to searchable case (events,
// E.164 entities, aggregated links, search index), against the reference an analyst would
// otherwise use: the sqlite3 shell's ".import --csv" of the same file plus indexes on both party
// columns; then a second file of as many calls among the same numbers, imported into that case
// (the reference adds it to its indexed table). Prints one table row per measure; not a test, it
// asserts nothing about time.
//
//   bench_import [--rows N] [--runs R] [--suite] [--numbers N] [--cancel]
//
// --suite prints the rows of the suite's one table (benchsuite.h) instead of this program's own.
// --cancel instead times how soon an import stops once cancelled half-way through each of its
// stages (reading, linking, building the indexes), as the Cancel button does.

#include "core/ingest/importservice.h"
#include "core/model/progress.h"
#include "core/store/casestore.h"
#include "tests/bench/benchsuite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

using namespace sg;
using namespace bench;

namespace {

// Cancels each import half-way through one stage, from another thread as the progress dialog
// does, and prints how far it had run and how long it took to stop.
int cancelAtEachStage(const QTemporaryDir &dir, const QString &csv, qint64 rows, int runs, const ImportOptions &options)
{
    struct Stage
    {
        const char *name;
        std::function<bool(const Progress &)> halfway;
    };
    const QList<Stage> stages{
        {"Reading", [](const Progress &p) { return p.stage().startsWith(QLatin1String("Reading")) && p.total() > 0 && p.done() * 2 >= p.total(); }},
        // Linking counts the calls (each has a second party here), not the file's bytes.
        {"Linking", [rows](const Progress &p) { return p.stage().startsWith(QLatin1String("Linking")) && p.total() == rows && p.done() * 2 >= rows; }},
        // In the second of the indexes built again.
        {"Indexing", [](const Progress &p) { return p.stage().startsWith(QLatin1String("Indexing")) && p.done() >= 1; }},
    };
    std::printf("| cancelled while | rows | runs | import ran s (median) | stopped after s (median) | slowest stop s | ended before the cancel |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (const Stage &stage : stages) {
        QList<double> ran, stopped;
        int endedFirst = 0; // a small file's stage can end between two looks
        for (int run = 0; run < runs; ++run) {
            const QString path = dir.filePath(QStringLiteral("cancel%1.seagull").arg(run));
            QFile::remove(path);
            CaseInfo info;
            info.name = QStringLiteral("bench");
            auto store = CaseStore::create(path, info);
            if (!store)
                qFatal("%s", qPrintable(store.error().oneLine()));
            ImportService service(**store);
            Progress progress;
            QElapsedTimer timer;
            std::atomic<qint64> cancelledAt{-1};
            std::atomic<bool> done{false};
            std::thread watcher([&] {
                while (!done.load()) {
                    if (stage.halfway(progress)) {
                        cancelledAt = timer.nsecsElapsed();
                        progress.cancel();
                        return;
                    }
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                }
            });
            timer.start();
            auto outcome = service.importFile(csv, options, &progress);
            const qint64 end = timer.nsecsElapsed();
            done = true;
            watcher.join();
            CaseStore::waitForCheckpoints();
            if (outcome && cancelledAt < 0) {
                ++endedFirst;
                continue;
            }
            if (outcome || outcome.error().code != ErrorCode::Cancelled)
                qFatal("%s: %s", stage.name, outcome ? "imported whole although cancelled" : qPrintable(outcome.error().oneLine()));
            ran << cancelledAt / 1e9;
            stopped << (end - cancelledAt) / 1e9;
        }
        if (ran.isEmpty()) {
            std::printf("| %s | %lld | %d | – | – | – | %d |\n", stage.name, rows, runs, endedFirst);
            continue;
        }
        const Stats r = stats(ran), s = stats(stopped);
        std::printf("| %s | %lld | %d | %.2f | %.3f | %.3f | %d |\n", stage.name, rows, runs, r.median, s.median, s.max, endedFirst);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments(), Options{100000, 3, false});
    const qint64 rows = options.rows;
    const int runs = options.runs;
    const bool suite = options.suite;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("cdr.csv"));
    writeCdr(csv, rows, options.numbers);
    const ImportOptions importOptions = ImportOptions::forRegion(QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh"));
    if (app.arguments().contains(QStringLiteral("--cancel")))
        return cancelAtEachStage(dir, csv, rows, runs, importOptions);
    // A second file of as many calls among the same numbers, imported into the case of the
    // first: most of its entities and many of its links are already there.
    const QString second = dir.filePath(QStringLiteral("cdr2.csv"));
    writeCdr(second, rows, options.numbers, 1);

    // Every run's first file, then every run's second file into the case of the first, so that
    // the peak memory of the first imports is read before any second one.
    QList<double> seagull, seagullSecond;
    double peakFirst = 0;
    for (const auto &[file, times] : {std::pair{csv, &seagull}, std::pair{second, &seagullSecond}}) {
        for (int run = 0; run < runs; ++run) {
            const QString path = dir.filePath(QStringLiteral("case%1.seagull").arg(run));
            CaseInfo info;
            info.name = QStringLiteral("bench");
            auto store = file == csv ? CaseStore::create(path, info) : CaseStore::open(path);
            if (!store)
                qFatal("%s", qPrintable(store.error().oneLine()));
            ImportService service(**store);
            QElapsedTimer timer;
            timer.start();
            auto outcome = service.importFile(file, importOptions);
            if (!outcome || outcome->report.events != rows)
                qFatal("import failed: %s", outcome ? "row count" : qPrintable(outcome.error().oneLine()));
            *times << timer.elapsed() / 1000.0;
            // Timed until the source is committed and searchable; its log is copied into the
            // case file afterwards on another thread, which must not run into the next import.
            CaseStore::waitForCheckpoints();
        }
        if (file == csv)
            peakFirst = peakRssMb();
    }

    // The reference: the first file imported and indexed, then the second added to its table.
    QList<double> reference, referenceSecond;
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    for (int run = 0; run < runs && !sqlite.isEmpty(); ++run) {
        const QString path = dir.filePath(QStringLiteral("ref%1.db").arg(run));
        const QStringList first{path, QStringLiteral(".import --csv %1 cdr").arg(csv),
                                QStringLiteral("CREATE INDEX a ON cdr(\"Calling Number\"); CREATE INDEX b ON cdr(\"Called Number\");")};
        const QStringList then{path, QStringLiteral(".import --csv --skip 1 %1 cdr").arg(second)};
        for (const auto &[arguments, times] : {std::pair{first, &reference}, std::pair{then, &referenceSecond}}) {
            QElapsedTimer timer;
            timer.start();
            QProcess process;
            process.start(sqlite, arguments);
            process.waitForFinished(-1);
            if (process.exitCode() != 0)
                qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
            *times << timer.elapsed() / 1000.0;
        }
    }

    if (suite) {
        Row import{QStringLiteral("import a call-record CSV (events, E.164 entities, links, indexes, search)"), grouped(rows) + QStringLiteral(" rows"),
                   seagull, peakFirst, reference.isEmpty() ? QString() : QStringLiteral("sqlite3 .import --csv + 2 indexes"), reference,
                   Target{Target::RatioAtMost, 1.0}};
        printRow(import);
        printRow(Row{QStringLiteral("peak memory of that import"), grouped(rows) + QStringLiteral(" rows"), seagull, peakFirst, {}, {},
                     Target{Target::PeakUnderMb, 300}});
        printRow(Row{QStringLiteral("import a second call-record CSV among the same numbers into that case"), grouped(rows) + QStringLiteral(" rows"),
                     seagullSecond, peakRssMb(), referenceSecond.isEmpty() ? QString() : QStringLiteral("sqlite3 .import --csv into the indexed table"),
                     referenceSecond, Target{Target::RatioAtMost, 1.0}});
        return 0;
    }
    std::printf("| work | rows | runs | median s | min–max s | rows/s | peak RSS MB | reference median s | ratio |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|\n");
    for (const auto &[work, times, peak, referenceTimes] : {std::tuple{"CDR import", &seagull, peakFirst, &reference},
                                                            std::tuple{"second CDR, same numbers", &seagullSecond, peakRssMb(), &referenceSecond}}) {
        const Stats s = stats(*times);
        if (referenceTimes->isEmpty()) {
            std::printf("| %s | %lld | %d | %.2f | %.2f–%.2f | %.0f | %.0f | (sqlite3 not installed) | – |\n", work, rows, runs, s.median,
                        s.min, s.max, rows / s.median, peak);
        } else {
            const Stats r = stats(*referenceTimes);
            std::printf("| %s | %lld | %d | %.2f | %.2f–%.2f | %.0f | %.0f | %.2f | %.2f |\n", work, rows, runs, s.median, s.min, s.max,
                        rows / s.median, peak, r.median, s.median / r.median);
        }
    }
    return 0;
}

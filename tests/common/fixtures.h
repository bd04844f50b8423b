#pragma once

#include "core/model/records.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>
#include <random>

namespace sg {
class CaseStore;
}

// Builders for the tests: write format-faithful inputs into a test's temporary folder, so no
// test depends on a binary blob.
namespace sg::test {

// Writes `content` as-is (bytes, so BOMs and encodings are exactly what the test says).
QString writeFile(const QString &dir, const QString &name, const QByteArray &content);

// A new case in `dir` with region KH and zone Asia/Phnom_Penh.
std::unique_ptr<CaseStore> newCase(const QString &dir, const QString &name = QStringLiteral("case.seagull"));

// A source record for writing straight through a SourceWriter, as an importer would.
SourceRecord sourceRecord(const QString &fileName, const QString &sha256);

// A link of `count` calls from `from` to `to`, as a chart's document takes it.
Link call(EntityId from, EntityId to, qint64 count);

// A small explicit call-record file: A calls B 3 times, B calls A once, A texts C, C calls D.
// Numbers in Cambodian national format.
QByteArray smallCdr();
// A bank table in the IBM AML layout: victim 001:V1 pays mule 002:M1 1,000 USD at 09:00, who
// sends 950 to 003:N1 at 10:00, who sends 900 to collector 004:C1 at 11:00.
QByteArray muleChainTable();

// The first column of the first row of a query on the case, for the tests' own checks.
qint64 scalar(CaseStore &store, const QString &sql);
// Every row of a query, each as its first `columns` columns joined by '|' (NULL as "NULL").
QStringList rows(CaseStore &store, const QString &sql, int columns);

// Seeded events written straight through a SourceWriter, one committed source per file, `perFile`
// each: between numbers +85512340NNN, NNN given by `pick` (the random generator, the file's
// index), a third of them `other` (a transfer with an amount in USD or KHR), the rest calls,
// each with its own time, duration and locator.
Status writeSeededEvents(CaseStore &store, const QStringList &files, int perFile, quint64 seed,
                         const std::function<int(std::mt19937_64 &, int)> &pick, EventType other);
// The case's aggregate links by what they hold: per pair and type (count, duration, first and
// last time), per source (count, first record) and per currency (count, total).
QStringList aggregateLinkRows(CaseStore &store);
// The same rows grouped from the events themselves: equal to aggregateLinkRows() when the
// links are right.
QStringList groupedEventRows(CaseStore &store);

// ../shared/samples beside the project: public extracts with known row counts.
QString samplesDir();

// Runs a command and returns its exit code, standard output and standard error.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
Run runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 120000, const QString &workingDirectory = {});

} // namespace sg::test

// QVERIFY for Result/Status that prints the error when it fails.
// The case verifies clean (CaseStore::verify), its problems listed when it does not.
#define SG_VERIFY_CLEAN(store)                                                                               \
    do {                                                                                                     \
        const auto sg_report_ = (store).verify();                                                            \
        SG_VERIFY_OK(sg_report_);                                                                            \
        QVERIFY2(sg_report_->ok, qPrintable(sg_report_->problems.join(QLatin1Char('\n'))));                  \
    } while (false)

#define SG_VERIFY_OK(expr)                                                                                   \
    do {                                                                                                     \
        const auto &sg_result_ = (expr);                                                                     \
        if (!sg_result_.ok())                                                                                \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2").arg(QLatin1String(#expr), sg_result_.error().oneLine()))); \
    } while (false)

// Faults: an import killed with SIGKILL at several moments leaves the case openable, the source
// either wholly there or not there at all, the audit chain and the evidence intact.

#include "core/store/casestore.h"
#include "core/store/filehash.h"
#include "tests/common/fixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;
using test::scalar;

namespace {

constexpr int Rows = 150000;

QString writeCalls(const QString &dir)
{
    const QString path = dir + QStringLiteral("/big.csv");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("Calling Number,Called Number,Start Time,Duration\n");
    QByteArray chunk;
    for (int i = 0; i < Rows; ++i) {
        chunk += "01234" + QByteArray::number(1000 + i % 977) + ",09277" + QByteArray::number(1000 + i % 613) + ",05/03/2024 "
            + QByteArray::number(10 + i % 12) + ":" + QByteArray::number(10 + i % 50) + ":00," + QByteArray::number(i % 300) + "\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private slots:
    void killedImportLeavesTheCaseWhole_data()
    {
        QTest::addColumn<int>("killAfterMs");
        for (const int ms : {150, 1500, 3500, 4500})
            QTest::newRow(qPrintable(QStringLiteral("%1 ms").arg(ms))) << ms;
    }

    void killedImportLeavesTheCaseWhole()
    {
        QFETCH(int, killAfterMs);
        QTemporaryDir dir;
        const QString casePath = dir.filePath(QStringLiteral("case.seagull"));
        {
            auto store = test::newCase(dir.path());
            QVERIFY(store);
        }
        const QString csv = writeCalls(dir.path());
        auto before = sha256OfFile(csv);
        SG_VERIFY_OK(before);

        QProcess cli;
        cli.start(QStringLiteral(SEAGULL_CLI), {QStringLiteral("import"), casePath, csv});
        QVERIFY(cli.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        const bool finished = cli.waitForFinished(killAfterMs);
        if (!finished) {
            cli.kill(); // SIGKILL: no chance to clean up
            QVERIFY(cli.waitForFinished(10000));
        }

        // The case opens, checks clean, and holds the source wholly or not at all.
        auto store = CaseStore::open(casePath);
        SG_VERIFY_OK(store);
        auto verified = (*store)->verify();
        SG_VERIFY_OK(verified);
        QVERIFY2(verified->problems.isEmpty(), qPrintable(verified->problems.join(QLatin1Char('\n'))));
        const qint64 sources = scalar(**store, QStringLiteral("SELECT count(*) FROM sources"));
        const qint64 events = scalar(**store, QStringLiteral("SELECT count(*) FROM events"));
        QVERIFY(sources == 0 || sources == 1);
        QCOMPARE(events, sources == 1 ? qint64(Rows) : qint64(0));
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM sources WHERE status <> 'complete'")), qint64(0));
        if (sources == 0)
            QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM entities")), qint64(0));
        auto after = sha256OfFile(csv);
        SG_VERIFY_OK(after);
        QCOMPARE(*after, *before);

        // And the import can simply be run again.
        const test::Run again = test::runProcess(QStringLiteral(SEAGULL_CLI), {QStringLiteral("import"), casePath, csv});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM events")), qint64(Rows));
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM sources")), qint64(1));
        qInfo("killed after %d ms: %s", killAfterMs, finished ? "the import had finished" : (sources ? "source complete" : "source absent"));
    }
};

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"

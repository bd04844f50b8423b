// The case file: creation, migration, refusal of what it cannot read, the audit chain and
// verification. Real SQLite files in a temporary folder; raw SQLite only to play the tamperer.

#include "core/exchange/csvexport.h"
#include "core/ingest/importservice.h"
#include "core/model/progress.h"
#include "core/report/moneyflow.h"
#include "core/store/caseeditor.h"
#include "core/store/casestore.h"
#include "core/store/linkaggregator.h"
#include "core/store/schema.h"
#include "core/store/sha256.h"
#include "core/store/sourcewriter.h"
#include "core/store/sqlite.h"
#include "tests/common/fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <limits>
#include <map>
#include <random>
#include <thread>

using namespace sg;

namespace {

// Raw access for the test's own checks and tampering. It waits for a lock as the program's own
// connections do: the background checkpoint after an import may still hold the case file when a
// test opens it (without the wait, a tampering step failed now and then with SQLITE_BUSY).
struct RawDb
{
    sqlite3 *db = nullptr;
    explicit RawDb(const QString &path)
    {
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_busy_timeout(db, 5000);
    }
    ~RawDb() { sqlite3_close(db); }
    bool exec(const char *sql)
    {
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        lastError = rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            qWarning("RawDb: %s: %s", sql, qPrintable(lastError)); // a refusal the test does not mean
        return rc == SQLITE_OK;
    }
    QString lastError;
    QString text(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        QString value;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    }
};

// The id of the seeded number n (test::writeSeededEvents writes +85512340n), -1 when it is not in the case.
EntityId seededId(CaseStore &store, int n)
{
    return EntityId(test::scalar(store, QStringLiteral("SELECT coalesce(max(id), -1) FROM entities WHERE key = '+85512340%1'").arg(n)));
}

} // namespace

class tst_CaseStore : public QObject
{
    Q_OBJECT

private slots:
    // The evidence's hash with the processor's SHA instructions is the standard one: the FIPS
    // 180-4 examples, and QCryptographicHash's for every length across the block edges and the
    // padding's, given whole or in uneven pieces.
    void sha256WithTheProcessorsInstructions()
    {
        if (!Sha256::hasShaInstructions())
            QSKIP("this processor has no SHA instructions: Sha256 is QCryptographicHash itself here");
        QVERIFY(Sha256().isAccelerated());
        QVERIFY(!Sha256(Sha256::Engine::Portable).isAccelerated());
        const auto hex = [](QByteArrayView data, qsizetype piece) {
            Sha256 hash;
            for (qsizetype at = 0; at < data.size(); at += piece)
                hash.addData(data.sliced(at, std::min(piece, data.size() - at)));
            return hash.result().toHex();
        };
        QCOMPARE(hex("abc", 1), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(hex("", 1), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 7),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        std::mt19937 random(7);
        QByteArray data(3 * 1024 * 1024 + 77, Qt::Uninitialized);
        for (char &c : data)
            c = char(random());
        for (const qsizetype length : {0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096, 100003, 3 * 1024 * 1024 + 77}) {
            const QByteArrayView part = QByteArrayView(data).first(length);
            const QByteArray expected = QCryptographicHash::hash(part, QCryptographicHash::Sha256).toHex();
            for (const qsizetype piece : {qsizetype(1), qsizetype(13), qsizetype(64), qsizetype(1 << 20)}) {
                if (piece == 1 && length > 4096)
                    continue; // a byte at a time is for the short ones
                QCOMPARE(hex(part, piece), expected);
            }
            Sha256 portable(Sha256::Engine::Portable);
            portable.addData(part);
            QCOMPARE(portable.result().toHex(), expected);
        }
    }

    void createSetsUpTheFile()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QCOMPARE(store->schemaVersion(), schema::CurrentVersion);
        QCOMPARE(store->info().name, QStringLiteral("Test case"));
        QCOMPARE(store->info().region, QStringLiteral("KH"));
        const QString path = store->path();
        store.reset();

        RawDb raw(path);
        QCOMPARE(raw.text("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(raw.text("PRAGMA application_id"), QString::number(0x5347554C));
        QCOMPARE(raw.text("PRAGMA page_size"), QStringLiteral("16384"));
        QCOMPARE(raw.text("SELECT action FROM audit ORDER BY id LIMIT 1"), QStringLiteral("create"));

        // Reopened, the metadata is there and foreign keys are enforced.
        auto reopened = CaseStore::open(path);
        SG_VERIFY_OK(reopened);
        QCOMPARE((*reopened)->info().number, QStringLiteral("T-1"));
        QCOMPARE((*reopened)->info().timeZone, QStringLiteral("Asia/Phnom_Penh"));
        QVERIFY(!(*reopened)->database().exec(QStringLiteral(
            "INSERT INTO events(type, from_entity, utc_ms, source_id, locator) VALUES ('call', 999, 0, 999, 'x')")));
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.path(), QStringLiteral("taken.seagull"), "keep me");
        auto store = CaseStore::create(path, CaseInfo{});
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::InvalidInput);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.seagull"));
        {
            // A case as version 1 wrote it, with data in it.
            RawDb raw(path);
            QVERIFY(raw.exec("PRAGMA application_id = 1397183820"));
            QVERIFY(raw.exec(schema::migrationStep(1).toUtf8().constData()));
            QVERIFY(raw.exec("PRAGMA user_version = 1"));
            QVERIFY(raw.exec("INSERT INTO case_meta VALUES ('name', 'Old case'), ('region', 'TH'), ('time_zone', 'Asia/Bangkok')"));
            QVERIFY(raw.exec("INSERT INTO sources(id, path, file_name, sha256, format, importer, importer_version, imported_at, status) "
                             "VALUES (1, '/x.csv', 'x.csv', 'abc', 'cdr-csv', 'seagull/cdr-csv', '1', '2024-01-01T00:00:00Z', 'complete')"));
            QVERIFY(raw.exec("INSERT INTO entities(id, type, key) VALUES (7, 'phone', '+66812345678')"));
            QVERIFY(raw.exec("INSERT INTO aliases(entity_id, name, source_id, locator) VALUES (7, 'สมชาย', 1, 'x.csv:line 2')"));
            QVERIFY(raw.exec("INSERT INTO entities(id, type, key, label) VALUES (8, 'person', 'p1', 'Nguyễn Văn Đức')"));
            QVERIFY(raw.exec("INSERT INTO aliases(entity_id, name, source_id, locator) VALUES (8, '詐騙集團', 1, 'x.csv:line 3')"));
            // Two calls: Monday 2024-03-04 23:30 in Bangkok (+07:00), and 1965-05-03 07:05.5
            // there (before 1970, part of a second).
            QVERIFY(raw.exec("INSERT INTO events(type, from_entity, to_entity, utc_ms, utc_offset, source_id, locator) VALUES "
                             "('call', 7, 8, 1709569800000, 25200, 1, 'x.csv:line 4'), ('call', 8, 7, -147225299500, 25200, 1, 'x.csv:line 5')"));
        }
        auto store = CaseStore::open(path);
        SG_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), schema::CurrentVersion);
        QCOMPARE((*store)->info().name, QStringLiteral("Old case"));
        // Version 2 added search: the old entity is found by its Thai alias and by its digits.
        auto byName = (*store)->search(QStringLiteral("สมชาย"));
        SG_VERIFY_OK(byName);
        QCOMPARE(byName->size(), 1);
        QCOMPARE(byName->first().id, EntityId(7));
        auto byDigits = (*store)->search(QStringLiteral("812345678"));
        SG_VERIFY_OK(byDigits);
        QCOMPARE(byDigits->size(), 1);
        // Version 5 indexed the folded forms: Vietnamese without diacritics, Chinese either way.
        for (const char *query : {"nguyen van duc", "Nguyễn Văn", "诈骗集团", "詐騙"}) {
            auto found = (*store)->search(QString::fromUtf8(query));
            SG_VERIFY_OK(found);
            QVERIFY2(found->size() == 1 && found->first().id == EntityId(8), query);
        }
        // Version 8 indexed the words: the family name last, and the Chinese words apart, find
        // it (neither is a substring of the old text).
        for (const char *query : {"duc nguyen", "集團 詐騙"}) {
            auto found = (*store)->search(QString::fromUtf8(query));
            SG_VERIFY_OK(found);
            QVERIFY2(found->size() == 1 && found->first().id == EntityId(8), query);
        }
        QCOMPARE(test::scalar(**store, QStringLiteral("SELECT count(*) FROM entity_words")), qint64(2));
        // The upgrade is on the record.
        auto log = (*store)->auditLog();
        SG_VERIFY_OK(log);
        QVERIFY(!log->isEmpty());
        QCOMPARE(log->last().action, QStringLiteral("migrate"));
        // Each step is on the record, up to the current version.
        QVERIFY(log->last().detail.contains(QStringLiteral("\"to\":%1").arg(schema::CurrentVersion)));
        QCOMPARE(log->size(), schema::CurrentVersion - 1);
        // Version 3 added the status and deleted marks of events, defaulting for old rows.
        QVERIFY((*store)->database().exec(QStringLiteral("SELECT status, deleted FROM events")).ok());
        // Version 10 counted the old events per source and type, which the summary reads.
        auto stats = (*store)->stats();
        SG_VERIFY_OK(stats);
        QCOMPARE(stats->events.value(QStringLiteral("call")), qint64(2));
        QCOMPARE(test::scalar(**store, QStringLiteral("SELECT count(*) FROM event_counts")), qint64(1));
        // Version 10: the links' indexes by either end hold the other end and the count.
        for (const char *index : {"links_from", "links_to"}) {
            auto columns = (*store)->database().prepare(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info('%1') ORDER BY seqno)")
                                                            .arg(QLatin1String(index)));
            SG_VERIFY_OK(columns);
            QVERIFY(columns->next());
            QCOMPARE(columns->text(0), QLatin1String(index) == QLatin1String("links_from") ? QStringLiteral("from_entity,to_entity,count")
                                                                                          : QStringLiteral("to_entity,from_entity,count"));
        }
        // Version 6 counted the old events per local hour: the case's activity (read from those
        // counts) is what the events themselves say.
        QCOMPARE(test::scalar(**store, QStringLiteral("SELECT sum(count) FROM activity_hours")), qint64(2));
        auto summed = (*store)->activity({});
        SG_VERIFY_OK(summed);
        QCOMPARE(summed->byWeekdayHour[0][23], qint64(1));
        QCOMPARE(summed->byWeekdayHour[0][7], qint64(1));
        QCOMPARE(summed->byDay.first().first, QDate(1965, 5, 3));
        QCOMPARE(summed->byDay.last().first, QDate(2024, 3, 4));
    }

    void refusesNewerCase()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto store = test::newCase(dir.path());
            path = store->path();
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec("PRAGMA user_version = 99"));
        }
        auto store = CaseStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::TooNew);
        QVERIFY(store.error().message.contains(QLatin1String("newer version")));
        RawDb raw(path);
        QCOMPARE(raw.text("PRAGMA user_version"), QStringLiteral("99")); // never "upgraded" down
    }

    void refusesWhatIsNotACase()
    {
        QTemporaryDir dir;
        const QString text = test::writeFile(dir.path(), QStringLiteral("notes.seagull"), "just some notes\n");
        auto fromText = CaseStore::open(text);
        QVERIFY(!fromText);
        QCOMPARE(fromText.error().code, ErrorCode::NotACase);
        QVERIFY(fromText.error().message.contains(QLatin1String("notes.seagull")));

        const QString otherDb = dir.filePath(QStringLiteral("other.db"));
        {
            RawDb raw(otherDb);
            QVERIFY(raw.exec("CREATE TABLE t(x)"));
        }
        auto fromDb = CaseStore::open(otherDb);
        QVERIFY(!fromDb);
        QCOMPARE(fromDb.error().code, ErrorCode::NotACase);

        auto missing = CaseStore::open(dir.filePath(QStringLiteral("nothing.seagull")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void auditChainDetectsTampering()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto store = test::newCase(dir.path());
            path = store->path();
            ImportService service(*store);
            const QString csv = test::writeFile(dir.path(), QStringLiteral("cdr.csv"), test::smallCdr());
            SG_VERIFY_OK(service.importFile(csv, {}));
            SG_VERIFY_OK(store->appendAudit(QStringLiteral("note"), QJsonObject{{QStringLiteral("n"), 1}}));
            SG_VERIFY_OK(store->appendAudit(QStringLiteral("note"), QJsonObject{{QStringLiteral("n"), 2}}));
            SG_VERIFY_CLEAN(*store);
        }
        {
            // The log defends itself against plain updates...
            RawDb raw(path);
            QVERIFY(!raw.exec("UPDATE audit SET detail = '{}' WHERE id = 2"));
            QCOMPARE(raw.lastError, QStringLiteral("the audit log is append-only"));
            QVERIFY(!raw.exec("DELETE FROM audit WHERE id = 2"));
            QCOMPARE(raw.lastError, QStringLiteral("the audit log is append-only"));
            // ...and a tamperer who removes the defence is caught by the chain.
            QVERIFY(raw.exec("DROP TRIGGER audit_no_update"));
            QVERIFY(raw.exec("UPDATE audit SET detail = replace(detail, 'cdr.csv', 'other.csv') WHERE action = 'import'"));
        }
        auto store = CaseStore::open(path);
        SG_VERIFY_OK(store);
        auto report = (*store)->verify();
        SG_VERIFY_OK(report);
        QVERIFY(!report->ok);
        QCOMPARE(report->problems.size(), 2);
        QVERIFY2(report->problems.first().contains(QLatin1String("was changed")), qPrintable(report->problems.first()));
        QVERIFY2(report->problems.last().contains(QLatin1String("\"audit_no_update\"")) && report->problems.last().contains(QLatin1String("missing")),
                 qPrintable(report->problems.last()));

        {
            // Put the detail back, then remove an entry from the middle of the log.
            RawDb raw(path);
            QVERIFY(raw.exec("UPDATE audit SET detail = replace(detail, 'other.csv', 'cdr.csv') WHERE action = 'import'"));
            QVERIFY(raw.exec("DROP TRIGGER audit_no_delete"));
            QVERIFY(raw.exec("DELETE FROM audit WHERE action = 'note' AND detail = '{\"n\":1}'"));
            QCOMPARE(raw.text("SELECT count(*) FROM audit WHERE action = 'note'"), QStringLiteral("1"));
        }
        auto again = CaseStore::open(path);
        SG_VERIFY_OK(again);
        auto second = (*again)->verify();
        SG_VERIFY_OK(second);
        QVERIFY(!second->ok);
        QVERIFY2(second->problems.join(QLatin1Char(' ')).contains(QLatin1String("does not follow")),
                 qPrintable(second->problems.join(QLatin1Char('\n'))));
    }

    // A case file carries no executable content: a trigger or view Seagull did not write, or a
    // guard of the audit log rewritten, is reported by verify.
    void verifyFindsForeignTriggersAndViews()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto store = test::newCase(dir.path());
            path = store->path();
            auto clean = store->verify();
            SG_VERIFY_OK(clean);
            QVERIFY2(clean->ok, qPrintable(clean->problems.join(QLatin1Char('\n'))));
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec("CREATE TRIGGER quietly AFTER INSERT ON events BEGIN DELETE FROM events WHERE id = new.id; END"));
            QVERIFY(raw.exec("CREATE VIEW innocent AS SELECT * FROM entities"));
            QVERIFY(raw.exec("DROP TRIGGER audit_no_delete"));
            QVERIFY(raw.exec("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT 1; END"));
            QVERIFY(raw.exec("DROP INDEX events_to"));
            QVERIFY(raw.exec("DROP INDEX links_to"));
        }
        auto store = CaseStore::open(path);
        SG_VERIFY_OK(store);
        auto report = (*store)->verify();
        SG_VERIFY_OK(report);
        QVERIFY(!report->ok);
        const QString problems = report->problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("trigger \"quietly\"")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("view \"innocent\"")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("trigger \"audit_no_delete\"")), qPrintable(problems)); // rewritten: not Seagull's
        QVERIFY2(problems.contains(QLatin1String("\"audit_no_delete\" that keeps the audit log")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("index \"events_to\" of the events is missing")), qPrintable(problems));
        QVERIFY2(!problems.contains(QLatin1String("events_from")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("index \"links_to\" of the links is missing")), qPrintable(problems));
        QVERIFY2(!problems.contains(QLatin1String("links_from")), qPrintable(problems));
        // The CLI's verify exits non-zero on it.
        const test::Run cli = test::runProcess(QStringLiteral(SEAGULL_CLI), {QStringLiteral("verify"), path});
        QCOMPARE(cli.exitCode, 1);
    }

    void verifyRehashesSources()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString csv = test::writeFile(dir.path(), QStringLiteral("cdr.csv"), test::smallCdr());
        ImportService service(*store);
        SG_VERIFY_OK(service.importFile(csv, {}));
        auto clean = store->verify();
        SG_VERIFY_OK(clean);
        QVERIFY(clean->ok);
        QVERIFY(clean->notes.join(QLatin1Char(' ')).contains(QLatin1String("matches")));

        test::writeFile(dir.path(), QStringLiteral("cdr.csv"), test::smallCdr() + "012 345 678,092 111 222,09/03/2024 09:00:00,1,MOC\n");
        auto changed = store->verify();
        SG_VERIFY_OK(changed);
        QVERIFY(!changed->ok);
        QVERIFY(changed->problems.first().contains(QLatin1String("has changed since import")));

        QFile::remove(csv);
        auto missing = store->verify();
        SG_VERIFY_OK(missing);
        QVERIFY(missing->ok); // an evidence file that is elsewhere now is noted, not a failure
        QVERIFY(missing->notes.join(QLatin1Char(' ')).contains(QLatin1String("not available")));
    }

    void chartsRoundTrip()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto id = store->saveChart(0, QStringLiteral("First"), QByteArrayLiteral("{\"version\":1}"));
        SG_VERIFY_OK(id);
        QVERIFY(*id > 0);
        auto same = store->saveChart(*id, QStringLiteral("Renamed"), QByteArrayLiteral("{\"version\":1,\"name\":\"x\"}"));
        SG_VERIFY_OK(same);
        QCOMPARE(*same, *id);
        auto charts = store->charts();
        SG_VERIFY_OK(charts);
        QCOMPARE(charts->size(), 1);
        QCOMPARE(charts->first().name, QStringLiteral("Renamed"));
        auto json = store->chartDocument(*id);
        SG_VERIFY_OK(json);
        QCOMPARE(*json, QByteArrayLiteral("{\"version\":1,\"name\":\"x\"}"));
        QVERIFY(!store->chartDocument(*id + 1));
    }

    // Activity by weekday, hour and day is counted in each record's own local time: Myanmar's
    // +06:30, China's summer time of 1988 (+09:00), a zone west of Greenwich, an evening in UTC
    // that is the next morning in Phnom Penh, a time before 1970. Checked against QDateTime.
    void activityInLocalTime()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("times.csv"), QStringLiteral("ab")));
        SG_VERIFY_OK(writer);
        auto a = (*writer)->entity(EntityType::Phone, QStringLiteral("+959123456789"), false, QStringLiteral("times.csv:1"), {});
        auto b = (*writer)->entity(EntityType::Phone, QStringLiteral("+8613912345678"), false, QStringLiteral("times.csv:1"), {});
        auto c = (*writer)->entity(EntityType::Phone, QStringLiteral("+12025550123"), false, QStringLiteral("times.csv:1"), {});
        SG_VERIFY_OK(a);
        SG_VERIFY_OK(b);
        SG_VERIFY_OK(c);
        struct Case { QDateTime local; EntityId from, to; };
        const QList<Case> times{
            {QDateTime(QDate(2024, 3, 4), QTime(10, 0), QTimeZone("Asia/Yangon")), *a, *b},     // Monday 10:xx at +06:30
            {QDateTime(QDate(1988, 7, 1), QTime(12, 30), QTimeZone("Asia/Shanghai")), *b, *a},  // Friday, summer time +09:00
            {QDateTime(QDate(2024, 1, 7), QTime(23, 59), QTimeZone("America/New_York")), *c, *a}, // Sunday 23:xx at -05:00
            {QDateTime(QDate(2024, 3, 5), QTime(3, 15), QTimeZone("Asia/Phnom_Penh")), *a, *c},  // Tuesday 03:xx; Monday 20:15 UTC
            {QDateTime(QDate(1965, 5, 3), QTime(7, 5), QTimeZone("Asia/Bangkok")), *b, *c},     // Monday, before 1970
        };
        QCOMPARE(times[1].local.offsetFromUtc(), 9 * 3600);
        QCOMPARE(times[0].local.offsetFromUtc(), 6 * 3600 + 1800);
        for (const Case &t : times) {
            Event e;
            e.from = t.from;
            e.to = t.to;
            e.utcMs = t.local.toMSecsSinceEpoch();
            e.utcOffsetSeconds = t.local.offsetFromUtc();
            SG_VERIFY_OK((*writer)->event(e, QStringLiteral("times.csv:%1").arg(e.utcMs)));
        }
        SG_VERIFY_OK((*writer)->commit({}, {}));

        auto all = store->activity({});
        SG_VERIFY_OK(all);
        QCOMPARE(all->total, qint64(times.size()));
        ActivityCounts expected;
        for (const Case &t : times) {
            ++expected.byWeekdayHour[t.local.date().dayOfWeek() - 1][t.local.time().hour()];
        }
        for (int d = 0; d < 7; ++d)
            for (int h = 0; h < 24; ++h)
                QVERIFY2(all->byWeekdayHour[d][h] == expected.byWeekdayHour[d][h], qPrintable(QStringLiteral("weekday %1 hour %2").arg(d).arg(h)));
        QCOMPARE(all->byWeekdayHour[0][10], qint64(1)); // Yangon, Monday 10:00
        QCOMPARE(all->byWeekdayHour[4][12], qint64(1)); // Shanghai 1988, Friday 12:30
        QCOMPARE(all->byWeekdayHour[6][23], qint64(1)); // New York, Sunday 23:59
        QCOMPARE(all->byWeekdayHour[1][3], qint64(1));  // Phnom Penh, Tuesday 03:15
        QCOMPARE(all->byWeekdayHour[0][7], qint64(1));  // Bangkok 1965, Monday 07:05
        QCOMPARE(all->byDay.size(), 5);
        QCOMPARE(all->byDay.first().first, QDate(1965, 5, 3));
        QCOMPARE(all->byDay.last().first, QDate(2024, 3, 5));
        // Against a plain query: the counts add up to the events of the case.
        QCOMPARE(all->total, test::scalar(*store, QStringLiteral("SELECT count(*) FROM events")));
        // The whole case is summed from the per-hour counts written at import; over all time,
        // the events themselves are counted: the two agree cell by cell and day by day.
        auto counted = store->activity({}, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        SG_VERIFY_OK(counted);
        QCOMPARE(counted->byDay, all->byDay);
        for (int d = 0; d < 7; ++d)
            for (int h = 0; h < 24; ++h)
                QCOMPARE(counted->byWeekdayHour[d][h], all->byWeekdayHour[d][h]);
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM activity_hours")), qint64(times.size()));

        // One entity's events, either party, in a time window.
        auto ofA = store->activity({*a});
        SG_VERIFY_OK(ofA);
        QCOMPARE(ofA->total, qint64(4));
        auto windowed = store->activity({*a}, QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        SG_VERIFY_OK(windowed);
        QCOMPARE(windowed->total, qint64(3));
    }

    // A writer checks the entities it is given itself (SQLite's foreign-key checks are off while
    // it writes): a record naming an entity that is not in the case fails, the case keeps what
    // it had, and SQLite's checks are on again however the writer ends.
    void writerChecksTheEntitiesItIsGiven()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto foreignKeys = [&] { return test::scalar(*store, QStringLiteral("PRAGMA foreign_keys")); };
        QCOMPARE(foreignKeys(), qint64(1));
        EntityId kept = 0;
        {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("good.csv"), QStringLiteral("a1")));
            SG_VERIFY_OK(writer);
            QCOMPARE(foreignKeys(), qint64(0));
            auto a = (*writer)->entity(EntityType::Phone, QStringLiteral("+85512345678"), false, QStringLiteral("good.csv:1"), {});
            SG_VERIFY_OK(a);
            kept = *a;
            SG_VERIFY_OK((*writer)->commit({}, {}));
            QCOMPARE(foreignKeys(), qint64(1));
        }
        const qint64 sources = test::scalar(*store, QStringLiteral("SELECT count(*) FROM sources"));
        {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("bad.csv"), QStringLiteral("b1")));
            SG_VERIFY_OK(writer);
            auto b = (*writer)->entity(EntityType::Phone, QStringLiteral("+66812345678"), false, QStringLiteral("bad.csv:1"), {});
            SG_VERIFY_OK(b);
            Event e;
            e.type = EventType::Call;
            e.from = kept; // written by the first source: looked up, and known
            e.to = *b;
            e.utcMs = 1709629200000;
            SG_VERIFY_OK((*writer)->event(e, QStringLiteral("bad.csv:2")));
            e.to = 424242;
            const Status missing = (*writer)->event(e, QStringLiteral("bad.csv:3"));
            QVERIFY(!missing.ok());
            QCOMPARE(missing.error().code, ErrorCode::Integrity);
            QVERIFY2(missing.error().message.contains(QLatin1String("424242")), qPrintable(missing.error().message));
            QVERIFY(!(*writer)->alias(424243, QStringLiteral("Sok Dara"), QStringLiteral("bad.csv:4")).ok());
            QVERIFY(!(*writer)->attribute(424244, QStringLiteral("imei"), QStringLiteral("1"), QStringLiteral("bad.csv:5")).ok());
            QVERIFY(!(*writer)->declaredLink(LinkKind::Owns, kept, 424245, QStringLiteral("bad.csv:6")).ok());
            // Given up without a commit: rolled back.
        }
        QCOMPARE(foreignKeys(), qint64(1));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM sources")), sources);
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entities")), qint64(1));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events")), qint64(0));
        SG_VERIFY_CLEAN(*store);
    }

    // The links are written while the events' groups are merged on another thread: an error of
    // the merge (durations that overflow) fails the commit, after many groups were written, and
    // the case keeps nothing of the source.
    void mergeErrorFailsTheCommit()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("over.csv"), QStringLiteral("f1")));
        SG_VERIFY_OK(writer);
        QList<EntityId> ids;
        for (int n = 0; n < 200; ++n) {
            auto id = (*writer)->entity(EntityType::Phone, QStringLiteral("+8551200%1").arg(1000 + n), false, QStringLiteral("over.csv"), {});
            SG_VERIFY_OK(id);
            ids << *id;
        }
        Event e;
        e.type = EventType::Call;
        e.utcMs = 1709629200000;
        // 199 x 199 pairs (far more groups than wait between the threads), then the last pair's
        // durations overflow.
        for (int a = 0; a < 199; ++a) {
            for (int b = 0; b < 199; ++b) {
                e.from = ids[a];
                e.to = ids[b];
                SG_VERIFY_OK((*writer)->event(e, QStringLiteral("over.csv:%1").arg(a * 199 + b)));
            }
        }
        e.from = ids[199];
        e.to = ids[199];
        e.duration = std::numeric_limits<qint64>::max() / 2 + 1;
        SG_VERIFY_OK((*writer)->event(e, QStringLiteral("over.csv:big1")));
        SG_VERIFY_OK((*writer)->event(e, QStringLiteral("over.csv:big2")));
        const Status committed = (*writer)->commit({}, {});
        QVERIFY(!committed);
        QVERIFY2(committed.error().detail.contains(QStringLiteral("add up to more")), qPrintable(committed.error().oneLine()));
        writer->reset();
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM links")), qint64(0));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events")), qint64(0));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM sources")), qint64(0));
    }

    // A source indexes for search the entities it brings and those it names; the others it only
    // mentions stay found as they were.
    void sourceIndexesWhatItBringsAndNames()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto keyOf = [](int n) { return QStringLiteral("+8551234567%1").arg(n); };
        QList<EntityId> ids;
        {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("first.csv"), QStringLiteral("e1")));
            SG_VERIFY_OK(writer);
            for (int n : {1, 2}) {
                auto id = (*writer)->entity(EntityType::Phone, keyOf(n), false, QStringLiteral("first.csv:%1").arg(n), keyOf(n));
                SG_VERIFY_OK(id);
                ids << *id;
            }
            SG_VERIFY_OK((*writer)->alias(ids[0], QStringLiteral("Dara Chea"), QStringLiteral("first.csv:1")));
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }
        {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("second.csv"), QStringLiteral("e2")));
            SG_VERIFY_OK(writer);
            for (int n : {1, 2, 3}) {
                auto id = (*writer)->entity(EntityType::Phone, keyOf(n), false, QStringLiteral("second.csv:%1").arg(n), keyOf(n));
                SG_VERIFY_OK(id);
                if (n == 3)
                    ids << *id;
                else
                    QCOMPARE(*id, ids[n - 1]);
            }
            SG_VERIFY_OK((*writer)->alias(ids[1], QStringLiteral("Sokha Keo"), QStringLiteral("second.csv:2")));
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }
        auto found = [&](const QString &query) {
            QList<EntityId> hits;
            auto result = store->search(query);
            if (result) {
                for (const Entity &e : std::as_const(*result))
                    hits << e.id;
            }
            std::sort(hits.begin(), hits.end());
            return hits;
        };
        QCOMPARE(found(QStringLiteral("Sokha")), QList<EntityId>{ids[1]}); // named by the second source
        QCOMPARE(found(QStringLiteral("Dara")), QList<EntityId>{ids[0]});  // by the first, still found
        QCOMPARE(found(QStringLiteral("1234567")), ids);                  // every number, old and new
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entity_search")), qint64(3));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entity_words")), qint64(3));
    }

    // The writer keeps the ids of MaxKeysKept keys in memory and asks the case file for the
    // others: the same ids either way, each entity counted and its first mention kept once.
    // A source whose keys are mostly in the case looks each up first, in the index of keys alone,
    // and takes a merged entity's survivor from what the case had merged; once it has added more
    // keys than it found, it adds first and looks up only a key that was there. Either way every
    // key is the entity the case has for it (a merged one its survivor), and a new key a new one.
    void keysFoundFirstOrAddedFirst()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QHash<QString, EntityId> before;
        {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("first.csv"), QStringLiteral("f1")));
            SG_VERIFY_OK(writer);
            for (int n = 0; n < 100; ++n) {
                const QString key = QStringLiteral("a%1").arg(n);
                auto id = (*writer)->entity(EntityType::Phone, key, true, QStringLiteral("first.csv:%1").arg(n), key);
                SG_VERIFY_OK(id);
                before.insert(key, *id);
            }
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }
        CaseEditor editor(*store);
        SG_VERIFY_OK(editor.merge(before[QStringLiteral("a6")], {before[QStringLiteral("a5")]}, QStringLiteral("same subscriber")));
        SG_VERIFY_OK(editor.merge(before[QStringLiteral("a80")], {before[QStringLiteral("a70")]}, QStringLiteral("same subscriber")));
        const qint64 largestBefore = test::scalar(*store, QStringLiteral("SELECT max(id) FROM entities"));

        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("second.csv"), QStringLiteral("f2")));
        SG_VERIFY_OK(writer);
        // Found first (a5, merged into a6), then new keys (looked for, then added, until the
        // source has added more than it found), then old ones again (added first: a70, merged
        // into a80, and a6 once more). A merged key gives its own entity, as the evidence names
        // it; what the source says of it goes to the survivor at commit
        // (tst_caseeditor::laterSourcesFollowTheMergeAndSplitBack).
        QStringList keys{QStringLiteral("a5")};
        for (int n = 0; n < 50; ++n)
            keys << QStringLiteral("a%1").arg(n);
        for (int n = 0; n < 200; ++n)
            keys << QStringLiteral("b%1").arg(n);
        for (int n = 50; n < 100; ++n)
            keys << QStringLiteral("a%1").arg(n);
        QSet<EntityId> mentioned;
        QHash<QString, EntityId> added;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            auto id = (*writer)->entity(EntityType::Phone, keys[i], true, QStringLiteral("second.csv:%1").arg(i), keys[i]);
            SG_VERIFY_OK(id);
            const QString &key = keys[i];
            if (key.startsWith(QLatin1Char('b'))) {
                QVERIFY(*id > largestBefore);
                QVERIFY(!added.values().contains(*id));
                added.insert(key, *id);
            } else {
                QCOMPARE(*id, before[key]);
            }
            mentioned.insert(*id);
        }
        QCOMPARE((*writer)->entityCount(), qint64(mentioned.size()));
        SG_VERIFY_OK((*writer)->commit({}, {}));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entities")), qint64(300));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entity_sources es JOIN sources s ON s.id = es.source_id "
                                                     "WHERE s.file_name = 'second.csv'")),
                 qint64(mentioned.size()));
        // The survivors were mentioned by the source themselves: the merged keys' mentions stay
        // with them, as a merge leaves a source both had.
        for (const char *key : {"a5", "a70"})
            QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entity_sources es JOIN sources s ON s.id = es.source_id "
                                                         "WHERE s.file_name = 'second.csv' AND es.entity_id = %1")
                                              .arg(before[QLatin1String(key)])),
                     qint64(1));
    }

    void keysPastTheKeptOnesAreFoundInTheCase()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("many.csv"), QStringLiteral("d1")));
        SG_VERIFY_OK(writer);
        SourceWriter &w = **writer;
        const qint64 keys = SourceWriter::MaxKeysKept + 3;
        const QString longKey = QString(SourceWriter::MaxNameLength + 1, QLatin1Char('7'));
        auto key = [&](qint64 n) { return n == keys - 1 ? longKey : QStringLiteral("k%1").arg(n); };
        QList<EntityId> ids;
        for (qint64 n = 0; n < keys; ++n) {
            auto id = w.entity(EntityType::Phone, key(n), true, QStringLiteral("many.csv:%1").arg(n), key(n));
            SG_VERIFY_OK(id);
            ids << *id;
        }
        QCOMPARE(w.entityCount(), keys);
        QCOMPARE(w.namesCut(), qint64(1));
        // Mentioned again: a kept key, and two that are not (one of them cut).
        for (const qint64 n : {qint64(0), keys - 2, keys - 1}) {
            auto again = w.entity(EntityType::Phone, key(n), true, QStringLiteral("many.csv:again"), key(n));
            SG_VERIFY_OK(again);
            QCOMPARE(*again, ids[n]);
        }
        QCOMPARE(w.entityCount(), keys);
        QCOMPARE(w.namesCut(), qint64(1));
        Event e;
        e.type = EventType::Call;
        e.from = ids[0];
        e.to = ids[keys - 2];
        SG_VERIFY_OK(w.event(e, QStringLiteral("many.csv:event")));
        SG_VERIFY_OK(w.commit({}, {}));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entities")), keys);
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entity_sources WHERE locator = 'many.csv:again'")), qint64(0));

        // An entity whose id is too large for the writer's bits (made by hand, as another tool might).
        const EntityId far = (EntityId(1) << 26) + 5;
        SG_VERIFY_OK(store->database().exec(QStringLiteral("INSERT INTO entities(id, type, key) VALUES (%1, 'phone', 'far')").arg(far)));
        // A second source finds the first's entities in the case, past its own kept keys too.
        auto second = store->beginSource(test::sourceRecord(QStringLiteral("more.csv"), QStringLiteral("d2")));
        SG_VERIFY_OK(second);
        auto known = (*second)->entity(EntityType::Phone, key(keys - 2), true, QStringLiteral("more.csv:1"), key(keys - 2));
        SG_VERIFY_OK(known);
        QCOMPARE(*known, ids[keys - 2]);
        QCOMPARE((*second)->entityCount(), qint64(1));
        e.from = ids[keys - 3];
        e.to = ids[1];
        SG_VERIFY_OK((*second)->event(e, QStringLiteral("more.csv:2"))); // ids it did not make, looked up
        e.to = far;
        SG_VERIFY_OK((*second)->event(e, QStringLiteral("more.csv:3")));
        e.to = ids.last() + 1000;
        const Status unknown = (*second)->event(e, QStringLiteral("more.csv:4"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::Integrity);
    }

    // A link's source names the first record of its events in that source: the one written
    // first, not the smallest locator ("x.csv:10" sorts before "x.csv:9").
    void linkSourceNamesItsFirstRecord()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("x.csv"), QStringLiteral("c1")));
        SG_VERIFY_OK(writer);
        auto a = (*writer)->entity(EntityType::Phone, QStringLiteral("+85512345678"), false, QStringLiteral("x.csv:9"), {});
        auto b = (*writer)->entity(EntityType::Phone, QStringLiteral("+66812345678"), false, QStringLiteral("x.csv:9"), {});
        SG_VERIFY_OK(a);
        SG_VERIFY_OK(b);
        for (int line : {9, 10, 11}) {
            Event e;
            e.type = EventType::Call;
            e.from = *a;
            e.to = *b;
            e.utcMs = 1709629200000 - line * 1000; // the later lines earlier in time
            SG_VERIFY_OK((*writer)->event(e, QStringLiteral("x.csv:%1").arg(line)));
        }
        SG_VERIFY_OK((*writer)->commit({}, {}));
        auto stmt = store->database().prepare(QStringLiteral("SELECT locator, count FROM link_sources"));
        SG_VERIFY_OK(stmt);
        QVERIFY(stmt->next());
        QCOMPARE(stmt->text(0), QStringLiteral("x.csv:9"));
        QCOMPARE(stmt->int64(1), qint64(3));
        QVERIFY(!stmt->next());
    }

    // A source with many events for the links the case has builds the links' index by their
    // second end again at its commit; a small one adds to it. Either way the index is there and
    // holds every link.
    void linksIndexBySecondEndAfterLargeAndSmallSources()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto write = [&](const QString &file, const QList<std::pair<int, int>> &pairs) {
            auto writer = store->beginSource(test::sourceRecord(file, file.left(2)));
            SG_VERIFY_OK(writer);
            int line = 0;
            for (const auto &[from, to] : pairs) {
                auto a = (*writer)->entity(EntityType::Phone, QStringLiteral("+8551234%1").arg(1000 + from), false, file, {});
                auto b = (*writer)->entity(EntityType::Phone, QStringLiteral("+8551234%1").arg(1000 + to), false, file, {});
                SG_VERIFY_OK(a);
                SG_VERIFY_OK(b);
                Event e;
                e.from = *a;
                e.to = *b;
                e.utcMs = 1709629200000 + ++line * 1000;
                SG_VERIFY_OK((*writer)->event(e, QStringLiteral("%1:%2").arg(file).arg(line)));
            }
            SG_VERIFY_OK((*writer)->commit({}, {}));
        };
        // Who called number 0, read through the index by the second end (INDEXED BY fails when
        // it is missing).
        auto callersOfZero = [&]() {
            auto stmt = store->database().prepare(QStringLiteral(
                "SELECT group_concat(key, ' ') FROM (SELECT e.key FROM links l INDEXED BY links_to JOIN entities e ON e.id = l.from_entity "
                "WHERE l.to_entity = (SELECT id FROM entities WHERE key = '+85512341000') ORDER BY e.key)"));
            if (!stmt)
                return stmt.error().oneLine();
            return stmt->next() ? stmt->text(0) : QString();
        };
        QList<std::pair<int, int>> many;
        QStringList callers;
        for (int i = 1; i <= 30; ++i) {
            many << std::pair{i, 0} << std::pair{0, i};
            callers << QStringLiteral("+8551234%1").arg(1000 + i);
        }
        write(QStringLiteral("large.csv"), many); // 60 events, no links before: rebuilt
        QCOMPARE(callersOfZero(), callers.join(QLatin1Char(' ')));
        write(QStringLiteral("small.csv"), {{31, 0}}); // 1 event, 60 links before: added to it
        callers << QStringLiteral("+85512341031");
        QCOMPARE(callersOfZero(), callers.join(QLatin1Char(' ')));
        SG_VERIFY_CLEAN(*store);
    }

    // A source that expects as many events as half the case's takes the events' end indexes
    // down before its first event and builds them at commit; a smaller one leaves them; a source
    // rolled back leaves them as they were.
    void expectedLargeSourceTakesEndIndexesDownAtOnce()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString endIndexes = QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('events_from', 'events_to')");
        // The end indexes there were in the source's transaction after it said what it expects.
        qint64 indexes = -1;
        auto write = [&](const QString &file, qint64 expected, bool commit) {
            indexes = -1;
            auto writer = store->beginSource(test::sourceRecord(file, file.left(2)));
            SG_VERIFY_OK(writer);
            SG_VERIFY_OK((*writer)->expectEvents(expected));
            indexes = test::scalar(*store, endIndexes);
            for (int line = 1; line <= 3; ++line) {
                auto a = (*writer)->entity(EntityType::Phone, QStringLiteral("+855123410%1").arg(10 + line), false, file, {});
                auto b = (*writer)->entity(EntityType::Phone, QStringLiteral("+85512341000"), false, file, {});
                SG_VERIFY_OK(a);
                SG_VERIFY_OK(b);
                Event e;
                e.from = *a;
                e.to = *b;
                e.utcMs = 1709629200000 + line * 1000;
                SG_VERIFY_OK((*writer)->event(e, QStringLiteral("%1:%2").arg(file).arg(line)));
            }
            if (commit)
                SG_VERIFY_OK((*writer)->commit({}, {}));
        };
        const qint64 cacheSize = test::scalar(*store, QStringLiteral("PRAGMA cache_size"));
        write(QStringLiteral("first.csv"), 3, true);
        QCOMPARE(indexes, qint64(2));
        write(QStringLiteral("large.csv"), SourceWriter::EndIndexCheck, true);
        QCOMPARE(indexes, qint64(0));                          // down at once
        QCOMPARE(test::scalar(*store, endIndexes), qint64(2)); // and built again
        // with a helper thread and half the page cache, both given back afterwards
        QCOMPARE(test::scalar(*store, QStringLiteral("PRAGMA cache_size")), cacheSize);
        QCOMPARE(test::scalar(*store, QStringLiteral("PRAGMA threads")), qint64(0));
        write(QStringLiteral("smaller.csv"), SourceWriter::EndIndexCheck - 1, true);
        QCOMPARE(indexes, qint64(2));
        write(QStringLiteral("failed.csv"), SourceWriter::EndIndexCheck, false);
        QCOMPARE(indexes, qint64(0));
        QCOMPARE(test::scalar(*store, endIndexes), qint64(2)); // the rollback put them back
        // Every event is found through both indexes.
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events INDEXED BY events_to WHERE to_entity = "
                                                     "(SELECT id FROM entities WHERE key = '+85512341000')")),
                 qint64(9));
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events INDEXED BY events_from WHERE from_entity = "
                                                     "(SELECT id FROM entities WHERE key = '+85512341011')")),
                 qint64(3));
        SG_VERIFY_CLEAN(*store);
    }

    // The grouping of a source's events for its links, against the same grouping done by hand:
    // in memory only, and in runs written out to files and merged (a budget of a few KiB). Every
    // group once, ordered by ends and type name, with its count, summed duration, first and last
    // time, and the locator of its first event (equal keys in several runs).
    void linkAggregatorGroupsAsWritten_data()
    {
        QTest::addColumn<qsizetype>("runBytes");
        QTest::addColumn<bool>("spills");
        QTest::addColumn<bool>("longLocators"); // some longer than the block a run is written in
        QTest::newRow("in memory") << LinkAggregator::DefaultRunBytes << false << false;
        QTest::newRow("runs in files") << qsizetype(4096) << true << false;
        QTest::newRow("runs in files, long locators") << qsizetype(4096) << true << true;
    }

    void linkAggregatorGroupsAsWritten()
    {
        QFETCH(qsizetype, runBytes);
        QFETCH(bool, spills);
        QFETCH(bool, longLocators);
        struct Expected
        {
            qint64 count = 0, duration = 0, first = 0, last = 0;
            QByteArray locator;
        };
        // Ordered as the case's GROUP BY on the type's name would order them.
        std::map<std::tuple<EntityId, EntityId, QByteArray>, Expected> expected;
        LinkAggregator aggregator(runBytes);
        std::mt19937_64 random(7);
        const EventType types[] = {EventType::Call, EventType::Sms, EventType::CellRegistration, EventType::Message, EventType::Transfer};
        for (int i = 0; i < 6000; ++i) {
            const EntityId from = EntityId(random() % 12) + 1;
            const EntityId to = EntityId(random() % 12) + 1;
            const EventType type = types[random() % 5];
            const qint64 when = qint64(random() % 100000) - 50000; // not in the order written
            const qint64 duration = qint64(random() % 700);
            // Locators of any length and script, some empty.
            QString locator = i % 97 == 0 ? QString() : QStringLiteral("บันทึก 通话.csv:line %1%2").arg(i).arg(QString(int(random() % 40), QLatin1Char('x')));
            if (longLocators && i % 1000 == 999)
                locator += QString(300000 + i, QChar(0x0E01)); // three bytes each in UTF-8
            SG_VERIFY_OK(aggregator.add(from, to, type, when, duration, locator.toUtf8()));
            Expected &e = expected[{from, to, eventTypeName(type).toUtf8()}];
            if (e.count == 0) {
                e.first = e.last = when;
                e.locator = locator.toUtf8();
            }
            ++e.count;
            e.duration += duration;
            e.first = std::min(e.first, when);
            e.last = std::max(e.last, when);
        }
        QCOMPARE(aggregator.events(), qint64(6000));
        QCOMPARE(aggregator.spilledRuns() > 1, spills);
        auto it = expected.cbegin();
        int groups = 0;
        SG_VERIFY_OK(aggregator.finish([&](const LinkAggregator::Group &g) -> Status {
            if (it == expected.cend())
                return Error{ErrorCode::Integrity, QStringLiteral("a group too many"), {}};
            const auto &[key, e] = *it++;
            ++groups;
            const auto got = std::tuple{g.from, g.to, eventTypeName(g.type).toUtf8(), g.count, g.duration, g.firstUtcMs, g.lastUtcMs, g.firstLocator.toByteArray()};
            const auto want = std::tuple{std::get<0>(key), std::get<1>(key), std::get<2>(key), e.count, e.duration, e.first, e.last, e.locator};
            if (got != want)
                return Error{ErrorCode::Integrity, QStringLiteral("group %1 differs").arg(groups), {}};
            return Ok{};
        }));
        QVERIFY(it == expected.cend());
        QCOMPARE(groups, int(expected.size()));
    }

    // An error from the receiver stops the merge and is returned; durations that overflow are
    // an error, not a wrong sum.
    void linkAggregatorStopsOnErrors()
    {
        LinkAggregator aggregator(4096);
        for (int i = 0; i < 500; ++i)
            SG_VERIFY_OK(aggregator.add(1 + i % 3, 2, EventType::Call, i, 1, QStringLiteral("x:%1").arg(i).toUtf8()));
        int given = 0;
        const Status stopped = aggregator.finish([&given](const LinkAggregator::Group &) -> Status {
            return ++given == 2 ? Status(Error{ErrorCode::Cancelled, QStringLiteral("enough"), {}}) : Status(Ok{});
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().message, QStringLiteral("enough"));
        QCOMPARE(given, 2);

        LinkAggregator huge;
        SG_VERIFY_OK(huge.add(5, 6, EventType::Call, 0, std::numeric_limits<qint64>::max() - 10, "a:1"));
        SG_VERIFY_OK(huge.add(5, 6, EventType::Call, 1, 11, "a:2"));
        const Status overflow = huge.finish([](const LinkAggregator::Group &) -> Status { return Ok{}; });
        QVERIFY(!overflow);
        QVERIFY2(overflow.error().detail.contains(QStringLiteral("5")) && overflow.error().detail.contains(QStringLiteral("6")),
                 qPrintable(overflow.error().oneLine()));
    }

    // Three sources over the same pairs: every aggregate link is what grouping all the case's
    // events gives, and each source's row for it has that source's count and its first record
    // (links made by an earlier source are added to, not made again).
    void linksAreTheGroupedEventsOfEverySource()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        // Each source brings new numbers beside those already in the case: its links are new
        // ones (inserted) and additions to those of the sources before (upserted).
        SG_VERIFY_OK(test::writeSeededEvents(*store, {QStringLiteral("a.csv"), QStringLiteral("b.csv"), QStringLiteral("c.csv")}, 700, 11,
                                             [](std::mt19937_64 &random, int file) { return 100 + int(random() % (13 + 4 * file)); },
                                             EventType::Sms));
        const QStringList links = test::aggregateLinkRows(*store);
        QVERIFY(links.size() > 300);
        QCOMPARE(links, test::groupedEventRows(*store));
        QVERIFY(test::scalar(*store, QStringLiteral("SELECT count(*) FROM link_sources")) > test::scalar(*store, QStringLiteral("SELECT count(*) FROM links")));
        SG_VERIFY_CLEAN(*store);
    }

    // Records that refer to records not in the case (written behind Seagull's back) are reported
    // by verify, with their table and row.
    // seagull_selected(id) is true for the ids given and no others, whether they lie close
    // together (a bit each over their range) or far apart (a hash), and after being given again.
    void selectedIdsAnswerExactly()
    {
        QTemporaryDir dir;
        sql::Database db;
        SG_VERIFY_OK(db.open(dir.filePath(QStringLiteral("selected.db")), true));
        SG_VERIFY_OK(db.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY)")));
        const QList<qint64> probes{-5, 0, 1, 2, 3, 99, 100, 101, 4095, 1'000'000'000'000, 1'000'000'000'001};
        for (const qint64 id : probes)
            SG_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t(id) VALUES (%1)").arg(id)));
        auto chosen = [&db] {
            auto stmt = db.prepare(QStringLiteral("SELECT id FROM t WHERE seagull_selected(id) ORDER BY id"));
            QList<qint64> ids;
            while (stmt && stmt->next())
                ids << stmt->int64(0);
            return ids;
        };
        db.setSelected({100, 2, 101, -5});
        QCOMPARE(chosen(), (QList<qint64>{-5, 2, 100, 101}));
        db.setSelected({3, 1'000'000'000'000}); // far apart
        QCOMPARE(chosen(), (QList<qint64>{3, 1'000'000'000'000}));
        db.setSelected({4095});
        QCOMPARE(chosen(), (QList<qint64>{4095}));
        db.setSelected({});
        QCOMPARE(chosen(), QList<qint64>());
    }

    // The ids bound as one JSON array come back from json_each as they were, the extremes of
    // 64 bits included; an entity's type is read from the case file's bytes as from its text.
    void idListAndTypeNamesReadBack()
    {
        QCOMPARE(sql::idList({}), QStringLiteral("[]"));
        QCOMPARE(sql::idList({7}), QStringLiteral("[7]"));
        const QList<qint64> ids{0, -5, 42, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), 1'000'000'000'000};
        QCOMPARE(sql::idList(ids), QStringLiteral("[0,-5,42,9223372036854775807,-9223372036854775808,1000000000000]"));
        QList<qint64> many;
        for (qint64 i = 0; i < 5000; ++i)
            many << i * 7919 - 20000;
        QTemporaryDir dir;
        sql::Database db;
        SG_VERIFY_OK(db.open(dir.filePath(QStringLiteral("ids.db")), true));
        for (const QList<qint64> &list : {ids, many}) {
            auto stmt = db.prepare(QStringLiteral("SELECT value FROM json_each(?1)"));
            SG_VERIFY_OK(stmt);
            stmt->bind(1, sql::idList(list));
            QList<qint64> back;
            while (stmt->next())
                back << stmt->int64(0);
            QVERIFY(!stmt->failed());
            QCOMPARE(back, list);
        }
        for (const QString &name : entityTypeNames()) {
            QCOMPARE(entityTypeFromName(QByteArrayView(name.toUtf8())), entityTypeFromName(name));
            QVERIFY(entityTypeFromName(QByteArrayView(name.toUtf8())).has_value());
        }
        QVERIFY(!entityTypeFromName(QByteArrayView("phones")).has_value());
        QVERIFY(!entityTypeFromName(QByteArrayView("")).has_value());
    }

    // Rows written many to a statement: full statements as rows come, the rest on flush(), in
    // order, nulls and text as given; a row SQLite would ignore (a broken constraint) is an
    // error, not a silent gap.
    void batchInsertWritesEveryRowOrFails()
    {
        QTemporaryDir dir;
        sql::Database db;
        SG_VERIFY_OK(db.open(dir.filePath(QStringLiteral("batch.db")), true));
        SG_VERIFY_OK(db.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE, label TEXT, note TEXT)")));
        auto rows = [&db] {
            auto stmt = db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(n), 0), count(note) FROM t"));
            if (!stmt || !stmt->next())
                qFatal("count failed");
            return QStringLiteral("%1 %2 %3").arg(stmt->int64(0)).arg(stmt->int64(1)).arg(stmt->int64(2));
        };
        sql::BatchInsert insert(db, QStringLiteral("INSERT OR IGNORE INTO t(n, label, note)"), 3, QStringLiteral("could not write"), 4);
        for (int i = 1; i <= 10; ++i) {
            insert.value(qint64(i)).value(QStringLiteral("row %1").arg(i));
            if (i % 2 == 0)
                insert.value(QString::fromUtf8("ແມ່ນ")); // text beyond Latin-1
            else
                insert.valueNull();
            SG_VERIFY_OK(insert.endRow());
            QCOMPARE(rows().section(QLatin1Char(' '), 0, 0).toInt(), i / 4 * 4); // whole statements only
        }
        SG_VERIFY_OK(insert.flush());
        QCOMPARE(rows(), QStringLiteral("10 55 5"));
        SG_VERIFY_OK(insert.flush()); // nothing waits: nothing happens
        QCOMPARE(rows(), QStringLiteral("10 55 5"));
        auto stmt = db.prepare(QStringLiteral("SELECT group_concat(label, '|') FROM (SELECT label FROM t ORDER BY id)"));
        QVERIFY(stmt && stmt->next());
        QVERIFY(stmt->text(0).startsWith(QLatin1String("row 1|row 2|row 3|")));
        stmt = db.prepare(QStringLiteral("SELECT note FROM t WHERE n = 4"));
        QVERIFY(stmt && stmt->next());
        QCOMPARE(stmt->text(0), QString::fromUtf8("ແມ່ນ"));

        // n = 3 is taken: the statement writes 3 of its 4 rows, which is an error naming it.
        for (const qint64 n : {11, 3, 12, 13}) {
            insert.value(n).value(QStringLiteral("again")).valueNull();
            const Status s = insert.endRow();
            if (n != 13) {
                SG_VERIFY_OK(s);
                continue;
            }
            QVERIFY(!s);
            QCOMPARE(s.error().code, ErrorCode::Integrity);
            QVERIFY2(s.error().oneLine().contains(QLatin1String("could not write")), qPrintable(s.error().oneLine()));
            QVERIFY2(s.error().oneLine().contains(QLatin1String("rows written: 3 of 4")), qPrintable(s.error().oneLine()));
        }
        // And the same from flush(), for the rows that wait.
        insert.value(qint64(1)).value(QStringLiteral("again")).valueNull();
        const Status tail = insert.flush();
        QVERIFY(!tail);
        QVERIFY2(tail.error().oneLine().contains(QLatin1String("rows written: 0 of 1")), qPrintable(tail.error().oneLine()));
    }

    // A statement stops once the progress watched is cancelled, at the start or in the middle
    // (a count of 2,000,000,000 rows would take minutes); not watched, or no longer, it runs to
    // its end.
    void stopOnCancelEndsAStatement()
    {
        QTemporaryDir dir;
        sql::Database db;
        SG_VERIFY_OK(db.open(dir.filePath(QStringLiteral("stop.db")), true));
        const auto count = [](qint64 n) {
            return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) SELECT count(*) FROM c").arg(n);
        };
        Progress progress;
        {
            const sql::StopOnCancel stop(db, &progress);
            auto counted = db.integer(count(100000));
            SG_VERIFY_OK(counted);
            QCOMPARE(*counted, qint64(100000));
            progress.cancel();
            auto stopped = db.integer(count(100000));
            QVERIFY(!stopped);
            QVERIFY2(stopped.error().oneLine().contains(QLatin1String("interrupt")), qPrintable(stopped.error().oneLine()));
        }
        auto unwatched = db.integer(count(100000));
        SG_VERIFY_OK(unwatched);
        QCOMPARE(*unwatched, qint64(100000));
        {
            const sql::StopOnCancel notWatching(db, nullptr);
            SG_VERIFY_OK(db.integer(count(1000)));
        }

        Progress midway;
        std::atomic<bool> cancelled{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            midway.cancel();
            cancelled = true;
        });
        const sql::StopOnCancel stop(db, &midway);
        auto stopped = db.integer(count(2000000000));
        canceller.join();
        QVERIFY(cancelled.load());
        QVERIFY(!stopped);
        QVERIFY2(stopped.error().oneLine().contains(QLatin1String("interrupt")), qPrintable(stopped.error().oneLine()));
    }

    // Statements stepped while a ReadTransaction lives read one state of the case: a row another
    // connection commits meanwhile is seen once the guard is gone. One made inside a transaction
    // already open leaves it to its owner; a statement stopped inside it does not leave the
    // connection in a transaction; a temporary table written inside keeps its rows. The store's
    // readers that step a statement or two per entity (degrees, expand) leave no transaction
    // open behind them.
    void readTransactionReadsOneState()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QVERIFY(store);
        sql::Database &db = store->database();
        RawDb other(dir.filePath(QStringLiteral("case.seagull")));
        const auto tags = [&db] {
            auto n = db.integer(QStringLiteral("SELECT count(*) FROM tags"));
            return n ? *n : -1;
        };
        QCOMPARE(tags(), 0);
        {
            const sql::ReadTransaction reading(db);
            QVERIFY(reading.began());
            QCOMPARE(tags(), 0);
            QVERIFY2(other.exec("INSERT INTO tags(name) VALUES ('den')"), qPrintable(other.lastError));
            QCOMPARE(tags(), 0); // without the transaction each statement reads the case as it is now
            {
                const sql::ReadTransaction inner(db);
                QVERIFY(!inner.began());
            }
            QVERIFY(!sqlite3_get_autocommit(db.handle())); // the inner one left the outer open
            QCOMPARE(tags(), 0);
            SG_VERIFY_OK(db.exec(QStringLiteral("CREATE TEMP TABLE picked(id INTEGER PRIMARY KEY); INSERT INTO picked VALUES (7)")));
        }
        QVERIFY(sqlite3_get_autocommit(db.handle()));
        QCOMPARE(tags(), 1);
        QCOMPARE(*db.integer(QStringLiteral("SELECT count(*) FROM temp.picked")), qint64(1));
        {
            sql::ReadTransaction reading(db);
            QVERIFY(reading.began());
            QCOMPARE(tags(), 1);
            reading.end(); // ended early: what follows may write
            QVERIFY(!reading.began());
            QVERIFY(sqlite3_get_autocommit(db.handle()));
            QVERIFY2(other.exec("INSERT INTO tags(name) VALUES ('compound')"), qPrintable(other.lastError));
            QCOMPARE(tags(), 2);
            reading.end(); // twice, and the destructor after it, do nothing
        }
        QVERIFY(sqlite3_get_autocommit(db.handle()));
        QVERIFY2(other.exec("DELETE FROM tags WHERE name = 'compound'"), qPrintable(other.lastError));

        Progress stopped;
        stopped.cancel();
        {
            const sql::ReadTransaction reading(db);
            const sql::StopOnCancel stop(db, &stopped);
            QVERIFY(!db.integer(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) SELECT count(*) FROM c")));
        }
        QVERIFY(sqlite3_get_autocommit(db.handle()));
        sql::Transaction writing(db);
        SG_VERIFY_OK(writing.begin());
        SG_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO tags(name) VALUES ('mule')")));
        SG_VERIFY_OK(writing.commit());
        QCOMPARE(tags(), 2);

        // The store's own readers.
        SG_VERIFY_OK(test::writeSeededEvents(*store, {QStringLiteral("a.csv")}, 200, 5,
                                             [](std::mt19937_64 &random, int) { return 100 + int(random() % 20); }, EventType::Sms));
        const EntityId first = seededId(*store, 100);
        QVERIFY(first > 0);
        SG_VERIFY_OK(store->degrees({first, seededId(*store, 101)}));
        QVERIFY(sqlite3_get_autocommit(db.handle()));
        ExpandFilter twoHops;
        twoHops.hops = 2;
        auto expanded = store->expand({first}, twoHops);
        SG_VERIFY_OK(expanded);
        QVERIFY(!expanded->entities.isEmpty());
        QVERIFY(sqlite3_get_autocommit(db.handle()));
    }

    void verifyFindsBrokenReferences()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto store = test::newCase(dir.path());
            path = store->path();
            ImportService service(*store);
            SG_VERIFY_OK(service.importFile(test::writeFile(dir.path(), QStringLiteral("cdr.csv"), test::smallCdr()), {}));
            auto clean = store->verify();
            SG_VERIFY_OK(clean);
            QVERIFY2(clean->ok, qPrintable(clean->problems.join(QLatin1Char('\n'))));
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec("PRAGMA foreign_keys = OFF"));
            QVERIFY(raw.exec("INSERT INTO events(id, type, from_entity, to_entity, utc_ms, source_id, locator) "
                             "VALUES (90001, 'call', 4242, NULL, 0, 1, 'forged')"));
        }
        auto store = CaseStore::open(path);
        SG_VERIFY_OK(store);
        auto report = (*store)->verify();
        SG_VERIFY_OK(report);
        QVERIFY(!report->ok);
        const QString problems = report->problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("Row 90001 of the table \"events\" refers to a row of \"entities\"")), qPrintable(problems));
    }

    // The CSV export quotes what needs quoting (commas, quotes, line breaks) and keeps every
    // script as written.
    // The events between two sides are those of either direction, in time order, whichever side
    // they are read through: a busy number and a quiet one either way round, two busy ones, sides
    // that overlap, one side twice, a side without events. (What the query before found.)
    void eventsBetweenAreThoseOfEitherDirection()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        SG_VERIFY_OK(test::writeSeededEvents(*store, {QStringLiteral("a.csv")}, 3000, 5,
                                             [](std::mt19937_64 &random, int) {
                                                 const quint64 r = random() % 15;
                                                 return r < 5 ? 100 : r < 7 ? 101 : 102 + int(random() % 60);
                                             },
                                             EventType::Transfer));
        const auto id = [&](int n) { return seededId(*store, n); };
        const auto expected = [&](const QList<EntityId> &a, const QList<EntityId> &b) {
            return test::rows(*store,
                              QStringLiteral("SELECT id FROM events WHERE (from_entity IN (SELECT value FROM json_each('%1')) AND to_entity IN "
                                             "(SELECT value FROM json_each('%2'))) OR (from_entity IN (SELECT value FROM json_each('%2')) AND "
                                             "to_entity IN (SELECT value FROM json_each('%1'))) ORDER BY utc_ms, id")
                                  .arg(sql::idList(a), sql::idList(b)),
                              1);
        };
        const auto found = [&](const QList<EntityId> &a, const QList<EntityId> &b, int limit = 10000) {
            QStringList ids;
            if (auto events = store->eventsBetween(a, b, limit))
                for (const EventRow &row : *events)
                    ids << QString::number(row.event.id);
            else
                ids << events.error().oneLine();
            return ids;
        };
        const EntityId busy = id(100), busier = id(101), quiet = id(105), other = id(106);
        QVERIFY(busy > 0 && busier > 0 && quiet > 0 && other > 0);
        // Entity by entity, the quietest first: a timeline's lines (the same entities on both
        // sides, the busiest among them, their events with themselves), one entity with itself;
        // and more entities than that takes, read side by side. Both ways of reading an entity's
        // events with its partners come in (checked: each, broken, fails this): matching ids
        // (the busy pair) and looking rows up (a quiet entity with the busy one); and both ways
        // of reading a side's events with the other (matching, and looking up through a quiet
        // side).
        QList<EntityId> every;
        for (int n = 100; n < 162; ++n) {
            if (const EntityId e = id(n); e > 0)
                every << e;
        }
        QList<EntityId> many = every;
        for (qint64 absent = 0; many.size() <= CaseStore::EntityByEntityLimit; ++absent)
            many << 900000 + absent;
        QVERIFY(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %1").arg(busy)) > 0);
        const QList<EntityId> lines{busier, quiet, busy, other};
        const QList<std::pair<QList<EntityId>, QList<EntityId>>> sides{
            {{busy}, {quiet}}, {{quiet}, {busy}}, {{busy}, {busier}}, {{busy, quiet}, {quiet, other, busier}},
            {{busy, busier}, {busy, busier}}, {{busy}, {999999}}, {lines, lines}, {{busy}, {busy}}, {{quiet, busy}, {busy}},
            {every.mid(0, 20), every.mid(10)}, {many, many}, {many.mid(0, 100), many.mid(30)},
            {QList<EntityId>{quiet} + many.mid(every.size()), every}, {every, many.mid(every.size()) + QList<EntityId>{busy}}};
        qsizetype seen = 0;
        for (const auto &[a, b] : sides) {
            const QStringList want = expected(a, b);
            QCOMPARE(found(a, b), want);
            QCOMPARE(found(a, b, 7), want.mid(0, 7)); // the first in time
            seen += want.size();
        }
        QVERIFY(seen > 100);
        QVERIFY(expected({busy}, {quiet}).size() > 1);
    }

    // An entity's events are the first `limit` in time of those with it at either end, each
    // once (those with itself at both ends too).
    void eventsOfAreTheFirstInTime()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        SG_VERIFY_OK(test::writeSeededEvents(*store, {QStringLiteral("a.csv")}, 2000, 7,
                                             [](std::mt19937_64 &random, int) {
                                                 const quint64 r = random() % 15;
                                                 return r < 5 ? 100 : 101 + int(random() % 40);
                                             },
                                             EventType::Call));
        const EntityId busy = seededId(*store, 100), quiet = seededId(*store, 120);
        QVERIFY(busy > 0 && quiet > 0);
        QVERIFY(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %1").arg(busy)) > 0);
        for (const EntityId id : {busy, quiet}) {
            for (const int limit : {5, 50, 100000}) {
                const QStringList expected = test::rows(*store,
                                                        QStringLiteral("SELECT id FROM events WHERE from_entity = %1 OR to_entity = %1 "
                                                                       "ORDER BY utc_ms, id LIMIT %2")
                                                            .arg(id)
                                                            .arg(limit),
                                                        1);
                QStringList got;
                auto events = store->eventsOf(id, limit);
                SG_VERIFY_OK(events);
                for (const EventRow &row : std::as_const(*events))
                    got << QString::number(row.event.id);
                QCOMPARE(got, expected);
                QVERIFY(!expected.isEmpty());
            }
        }
    }

    // Money over time reads a group's transfers alone: its steps are every transfer in its
    // currency with a member at one end or both, in time order, and its totals those the events
    // give, for one member, several, and members that transfer among themselves.
    void moneyFlowIsTheGroupsTransfers()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        SG_VERIFY_OK(test::writeSeededEvents(*store, {QStringLiteral("a.csv")}, 2000, 9,
                                             [](std::mt19937_64 &random, int) {
                                                 const quint64 r = random() % 10;
                                                 return r < 4 ? 100 : 101 + int(random() % 30);
                                             },
                                             EventType::Transfer));
        const auto id = [&](int n) { return seededId(*store, n); };
        const QList<QList<EntityId>> groups{{id(100)}, {id(101)}, {id(100), id(101), id(105)}, {id(102), id(103), id(104), id(999)}};
        for (const QList<EntityId> &group : groups) {
            QList<EntityId> members = group;
            members.removeAll(-1);
            auto flow = MoneyFlow::read(*store, group);
            SG_VERIFY_OK(flow);
            QVERIFY(!flow->currency.isEmpty());
            const QString in = sql::idList(members);
            const QString counted = QStringLiteral("type = 'transfer' AND amount_minor IS NOT NULL AND currency = '%1' AND to_entity <> from_entity "
                                                   "AND (from_entity IN (SELECT value FROM json_each('%2')) OR to_entity IN (SELECT value FROM json_each('%2')))")
                                        .arg(flow->currency, in);
            const QStringList expected = test::rows(*store, QStringLiteral("SELECT id FROM events WHERE %1 ORDER BY utc_ms, id").arg(counted), 1);
            QStringList steps;
            for (const MoneyFlow::Step &step : std::as_const(flow->steps))
                steps << QString::number(step.row.event.id);
            QCOMPARE(steps, expected);
            QVERIFY(expected.size() > 5);
            const auto sum = [&](const QString &where) {
                return test::scalar(*store, QStringLiteral("SELECT coalesce(sum(abs(amount_minor)), 0) FROM events WHERE %1 AND %2").arg(counted, where));
            };
            const QString fromIn = QStringLiteral("from_entity IN (SELECT value FROM json_each('%1'))").arg(in);
            const QString toIn = QStringLiteral("to_entity IN (SELECT value FROM json_each('%1'))").arg(in);
            QCOMPARE(flow->totalIn, sum(toIn + QStringLiteral(" AND NOT ") + fromIn));
            QCOMPARE(flow->totalOut, sum(fromIn + QStringLiteral(" AND NOT ") + toIn));
            QCOMPARE(flow->internalTotal, sum(fromIn + QStringLiteral(" AND ") + toIn));
            // The currency is the one most of the group's transfers are in.
            const qint64 inOther = test::scalar(*store, QStringLiteral("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM events WHERE "
                                                                       "type = 'transfer' AND amount_minor IS NOT NULL AND to_entity <> from_entity AND currency <> '%1' "
                                                                       "AND (from_entity IN (SELECT value FROM json_each('%2')) OR to_entity IN (SELECT value FROM json_each('%2'))) GROUP BY currency)")
                                                                    .arg(flow->currency, in));
            QVERIFY(inOther <= expected.size());
        }
        QVERIFY(MoneyFlow::read(*store, {id(100), id(101)})->internalCount > 0);
    }

    // The holder of an entity is the first person recorded as owning or using it: of two persons
    // the first, not an organisation, not a person linked otherwise; a busy number's events do
    // not count. (What a query per entity found before.)
    void holdersAreTheFirstPersonsRecorded()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        SG_VERIFY_OK(test::writeSeededEvents(*store, {QStringLiteral("a.csv")}, 500, 3,
                                             [](std::mt19937_64 &random, int) { return random() % 2 == 0 ? 100 : 101 + int(random() % 20); },
                                             EventType::Transfer));
        const auto id = [&](int n) { return seededId(*store, n); };
        {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("interviews.txt"), QStringLiteral("h1")));
            SG_VERIFY_OK(writer);
            const auto entity = [&](EntityType type, const QString &name) { return (*writer)->entity(type, name, false, QStringLiteral("interviews:1"), name); };
            auto dara = entity(EntityType::Person, QStringLiteral("Dara"));
            auto sophal = entity(EntityType::Person, QStringLiteral("Sophal"));
            auto company = entity(EntityType::Organization, QStringLiteral("Golden Dragon Ltd"));
            auto handset = entity(EntityType::Device, QStringLiteral("352099001761481"));
            SG_VERIFY_OK(dara);
            SG_VERIFY_OK(sophal);
            SG_VERIFY_OK(company);
            SG_VERIFY_OK(handset);
            SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Uses, *sophal, id(100), QStringLiteral("interviews:2")));
            SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Owns, *dara, id(100), QStringLiteral("interviews:3")));
            SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Owns, *company, id(101), QStringLiteral("interviews:4")));
            SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Associate, *dara, id(102), QStringLiteral("interviews:5")));
            SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Owns, *sophal, *handset, QStringLiteral("interviews:6")));
            SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Uses, *sophal, id(103), QStringLiteral("interviews:7")));
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }
        QList<EntityId> all;
        for (const QString &row : test::rows(*store, QStringLiteral("SELECT id FROM entities ORDER BY id"), 1))
            all << row.toLongLong();
        QHash<EntityId, EntityId> expected;
        for (const EntityId e : std::as_const(all)) {
            const qint64 holder = test::scalar(*store, QStringLiteral("SELECT coalesce(min(l.from_entity), 0) FROM links l JOIN entities p ON p.id = l.from_entity "
                                                                      "WHERE l.to_entity = %1 AND l.kind IN ('owns', 'uses') AND p.type = 'person'")
                                                           .arg(e));
            if (holder != 0)
                expected.insert(e, holder);
        }
        QCOMPARE(expected.size(), 3); // the busy number, the handset, number 103
        auto holders = store->holders(all);
        SG_VERIFY_OK(holders);
        QCOMPARE(*holders, expected);
        auto some = store->holders({id(100), id(101), id(102)});
        SG_VERIFY_OK(some);
        QCOMPARE(some->size(), 1);
        QCOMPARE(some->value(id(100)), expected.value(id(100)));
    }

    void csvExportQuotes()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("sms.db"), QStringLiteral("ef")));
        SG_VERIFY_OK(writer);
        auto a = (*writer)->entity(EntityType::Phone, QStringLiteral("+85512345678"), false, QStringLiteral("sms.db:1"), {});
        auto b = (*writer)->entity(EntityType::Phone, QStringLiteral("+66812345678"), false, QStringLiteral("sms.db:1"), {});
        SG_VERIFY_OK(a);
        SG_VERIFY_OK(b);
        Event e;
        e.type = EventType::Sms;
        e.from = *a;
        e.to = *b;
        e.utcMs = 1709629200000;
        e.body = QStringLiteral("ផ្ញើលុយ, \"boss\"\nnow");
        SG_VERIFY_OK((*writer)->event(e, QStringLiteral("sms.db:message 7")));
        SG_VERIFY_OK((*writer)->commit({}, {}));
        const QString folder = dir.filePath(QStringLiteral("out"));
        SG_VERIFY_OK(exportCsv(*store, folder));
        QFile events(folder + QStringLiteral("/events.csv"));
        QVERIFY(events.open(QIODevice::ReadOnly));
        const QByteArray bytes = events.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY2(text.contains(QStringLiteral(",\"ផ្ញើលុយ, \"\"boss\"\"\nnow\",")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(",2024-03-05T09:00:00.000Z,")));
        QVERIFY(text.contains(QStringLiteral("sms.db:message 7")));
        // A folder that cannot be made is an error that names it.
        const Status bad = exportCsv(*store, QStringLiteral("/proc/seagull/out"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("/proc/seagull/out")));
    }
};

QTEST_GUILESS_MAIN(tst_CaseStore)
#include "tst_casestore.moc"

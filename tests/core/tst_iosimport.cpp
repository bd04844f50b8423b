// iOS extracts: call history and messages, on a database the test writes (mixed date units, a
// group message, an Apple ID handle, the ZADDRESS blob) and on the public samples, with and
// without their write-ahead logs.

#include "core/ingest/importservice.h"
#include "core/ingest/iosimporters.h"
#include "core/store/casestore.h"
#include "tests/common/fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace sg;

namespace {

QString writeDatabase(const QString &dir, const QString &name, const char *sql)
{
    const QString path = QDir(dir).filePath(name);
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("fixture: %s", error);
    sqlite3_close(db);
    return path;
}

using test::scalar;


QString copySample(const QString &relative, const QString &dir, bool withWal)
{
    const QString source = test::samplesDir() + QLatin1Char('/') + relative;
    const QString target = QDir(dir).filePath(QFileInfo(source).fileName());
    QFile::copy(source, target);
    if (withWal) {
        QFile::copy(source + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
        QFile::copy(source + QStringLiteral("-shm"), target + QStringLiteral("-shm"));
    }
    return target;
}

} // namespace

class tst_IosImport : public QObject
{
    Q_OBJECT

private slots:
    void appleTime()
    {
        // The same instant, 2021-01-01T00:00:00Z, as seconds and as nanoseconds since 2001.
        const qint64 expected = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(IosMessagesImporter::appleTimeToUtcMs(631152000.0), expected);
        QCOMPARE(IosMessagesImporter::appleTimeToUtcMs(631152000000000000.0), expected);
    }

    void messagesAndCalls()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString sms = writeDatabase(dir.path(), QStringLiteral("sms.db"),
            "CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT, service TEXT);"
            "CREATE TABLE message (ROWID INTEGER PRIMARY KEY, handle_id INTEGER, date INTEGER, is_from_me INTEGER, text TEXT, service TEXT);"
            "CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER);"
            "CREATE TABLE chat_handle_join (chat_id INTEGER, handle_id INTEGER);"
            "INSERT INTO handle VALUES (1, '+85512345678', 'SMS'), (2, 'boss@example.com', 'iMessage'), (3, '+66812345678', 'iMessage');"
            // seconds (an old row) and nanoseconds (iOS 11+) in one table
            "INSERT INTO message VALUES (1, 1, 631152000, 0, 'old format', 'SMS');"
            "INSERT INTO message VALUES (2, 1, 631152060000000000, 1, 'new format', 'SMS');"
            "INSERT INTO message VALUES (3, 2, 631152120000000000, 0, 'from an Apple ID', 'iMessage');"
            // sent to a group: no handle, recipients are the chat's members
            "INSERT INTO message VALUES (4, 0, 631152180000000000, 1, 'to the group', 'iMessage');"
            "INSERT INTO chat_message_join VALUES (7, 4);"
            "INSERT INTO chat_handle_join VALUES (7, 2), (7, 3);");
        const QString calls = writeDatabase(dir.path(), QStringLiteral("CallHistory.storedata"),
            "CREATE TABLE ZCALLRECORD (Z_PK INTEGER PRIMARY KEY, ZANSWERED INTEGER, ZCALLTYPE INTEGER, ZORIGINATED INTEGER, "
            "ZDATE TIMESTAMP, ZDURATION FLOAT, ZNAME VARCHAR, ZADDRESS BLOB);"
            "INSERT INTO ZCALLRECORD VALUES (1, 1, 1, 1, 631152000.5, 75.4, NULL, CAST('+85512345678' AS BLOB));"
            "INSERT INTO ZCALLRECORD VALUES (2, 0, 1, 0, 631152100.0, 0.0, 'Boss', CAST('+66812345678' AS BLOB));"
            "INSERT INTO ZCALLRECORD VALUES (3, 1, 8, 0, 631152200.0, 30.0, NULL, CAST('+66812345678' AS BLOB));");
        ImportService service(*store);
        auto m = service.importFile(sms, {});
        SG_VERIFY_OK(m);
        QCOMPARE(m->source.format, QStringLiteral("ios-sms"));
        QCOMPARE(m->report.rows, qint64(4));
        QCOMPARE(m->report.events, qint64(5)); // the group message reaches two members
        QCOMPARE(scalar(*store, QStringLiteral("SELECT max(utc_ms) - min(utc_ms) FROM events WHERE type = 'sms'")), qint64(60000));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events e JOIN entities t ON t.id = e.to_entity "
                                               "WHERE e.body = 'to the group'")), qint64(2));
        auto apple = store->resolve(QStringLiteral("email:boss@example.com"));
        SG_VERIFY_OK(apple);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'message' AND from_entity = %1").arg(apple->id)), qint64(1));

        auto c = service.importFile(calls, {});
        SG_VERIFY_OK(c);
        QCOMPARE(c->source.format, QStringLiteral("ios-callhistory"));
        QCOMPARE(c->report.events, qint64(3));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT duration FROM events WHERE type = 'call' AND direction = 'out'")), qint64(75));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE status = 'missed'")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE status = 'FaceTime video'")), qint64(1));
        // The name the phone showed becomes an alias of the number.
        auto named = store->resolve(QStringLiteral("phone:+66812345678"));
        SG_VERIFY_OK(named);
        QCOMPARE(named->aliases, QStringList{QStringLiteral("Boss")});
    }

    void whatsAppChats()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = writeDatabase(dir.path(), QStringLiteral("ChatStorage.sqlite"),
            "CREATE TABLE ZWACHATSESSION (Z_PK INTEGER PRIMARY KEY, ZSESSIONTYPE INTEGER, ZCONTACTJID VARCHAR, ZPARTNERNAME VARCHAR);"
            "CREATE TABLE ZWAGROUPMEMBER (Z_PK INTEGER PRIMARY KEY, ZCHATSESSION INTEGER, ZMEMBERJID VARCHAR, ZCONTACTNAME VARCHAR);"
            "CREATE TABLE ZWAMESSAGE (Z_PK INTEGER PRIMARY KEY, ZCHATSESSION INTEGER, ZISFROMME INTEGER, ZFROMJID VARCHAR, ZTOJID VARCHAR, "
            "ZGROUPMEMBER INTEGER, ZMESSAGEDATE TIMESTAMP, ZMESSAGETYPE INTEGER, ZGROUPEVENTTYPE INTEGER, ZTEXT VARCHAR);"
            "INSERT INTO ZWACHATSESSION VALUES (1, 0, '85512345678@s.whatsapp.net', 'Dara'), (2, 1, '1203630@g.us', 'ทีมงาน');"
            "INSERT INTO ZWAGROUPMEMBER VALUES (1, 2, '85592111222@s.whatsapp.net', NULL), (2, 2, '999888777@lid', NULL);"
            "INSERT INTO ZWAMESSAGE VALUES (1, 1, 0, '85512345678@s.whatsapp.net', '66812345678@s.whatsapp.net', NULL, 631152000, 0, 0, 'hi');"
            "INSERT INTO ZWAMESSAGE VALUES (2, 1, 1, NULL, '85512345678@s.whatsapp.net', NULL, 631152060, 0, 0, 'hello');"
            "INSERT INTO ZWAMESSAGE VALUES (3, 2, 0, '1203630@g.us', '66812345678@s.whatsapp.net', 2, 631152120, 0, 0, 'from a lid');"
            "INSERT INTO ZWAMESSAGE VALUES (4, 2, 0, '1203630@g.us', '66812345678@s.whatsapp.net', NULL, 631152180, 6, 12, NULL);");
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("whatsapp-ios-chats"));
        QCOMPARE(outcome->report.events, qint64(4));
        // The owner is the account messages were received as, linked to its number.
        auto owner = store->resolve(QStringLiteral("messenger:66812345678@s.whatsapp.net"));
        SG_VERIFY_OK(owner);
        auto ownerPhone = store->resolve(QStringLiteral("phone:+66812345678"));
        SG_VERIFY_OK(ownerPhone);
        auto partner = store->resolve(QStringLiteral("messenger:85512345678@s.whatsapp.net"));
        SG_VERIFY_OK(partner);
        QCOMPARE(partner->aliases, QStringList{QStringLiteral("Dara")});
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %2").arg(partner->id).arg(owner->id)), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %2").arg(owner->id).arg(partner->id)), qint64(1));
        // The group, named, with its members; the @lid member has no number.
        auto group = store->resolve(QStringLiteral("messenger:1203630@g.us"));
        SG_VERIFY_OK(group);
        QCOMPARE(group->aliases, QStringList{QStringLiteral("ทีมงาน")});
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'member_of' AND to_entity = %1").arg(group->id)), qint64(2));
        auto lid = store->resolve(QStringLiteral("messenger:999888777@lid"));
        SG_VERIFY_OK(lid);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'uses' AND to_entity = %1").arg(lid->id)), qint64(0));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %2").arg(lid->id).arg(group->id)), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE status = 'system'")), qint64(1));
    }

    void publicSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("withWal");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("sms-with-wal") << "ios/hickman_ios14/sms.db" << true << qint64(106);
        QTest::newRow("sms-without-wal") << "ios/hickman_ios14/sms.db" << false << qint64(104);
        QTest::newRow("calls-with-wal") << "ios/hickman_ios14.3_callhistory/CallHistory.storedata" << true << qint64(25);
        QTest::newRow("calls-without-wal") << "ios/hickman_ios14.3_callhistory/CallHistory.storedata" << false << qint64(23);
        QTest::newRow("addressbook") << "ios/hickman_ios14/AddressBook.sqlitedb" << true << qint64(4);
        QTest::newRow("whatsapp-chats") << "whatsapp_ios/hickman_ios15/ChatStorage.sqlite" << true << qint64(32);
        QTest::newRow("whatsapp-contacts") << "whatsapp_ios/hickman_ios15/ContactsV2.sqlite" << true << qint64(9);
        QTest::newRow("whatsapp-calls") << "whatsapp_ios/hickman_ios15/CallHistory.sqlite" << true << qint64(4);
    }

    void publicSamples()
    {
        QFETCH(QString, file);
        QFETCH(bool, withWal);
        QFETCH(qint64, rows);
        if (!QFileInfo::exists(test::samplesDir() + QLatin1Char('/') + file))
            QSKIP("../shared/samples is not here: the public iOS samples cannot be checked");
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        auto outcome = service.importFile(copySample(file, dir.path(), withWal),
                                          ImportOptions::forRegion(QStringLiteral("US"), QStringLiteral("America/New_York")));
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.rows, rows);
        if (outcome->source.format == QLatin1String("whatsapp-ios-contacts")) {
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'person'")), rows);
            auto account = store->resolve(QStringLiteral("messenger:19198887386@s.whatsapp.net"));
            SG_VERIFY_OK(account);
            QVERIFY(account->aliases.contains(QStringLiteral("This Is DFIR Two")));
            return;
        }
        if (outcome->source.format == QLatin1String("ios-addressbook")) {
            // Four people; numbers stored formatted, like (919) 888-7386, become E.164 with the
            // people's names as aliases.
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'person'")), rows);
            auto number = store->resolve(QStringLiteral("phone:+19198887386"));
            SG_VERIFY_OK(number);
            QVERIFY(number->aliases.contains(QStringLiteral("This Is DFIR Two")));
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'email'")), qint64(2));
            return;
        }
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT locator) FROM events")), rows);
        if (outcome->source.format == QLatin1String("whatsapp-ios-chats")) {
            // Five chats, four of them groups; one member is an @lid id with no number.
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE key LIKE '%@g.us'")), qint64(4));
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE key LIKE '%@lid'")), qint64(1));
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM links l JOIN entities e ON e.id = l.to_entity "
                                                   "WHERE l.kind = 'uses' AND e.key LIKE '%@lid'")), qint64(0));
        }
    }
};

QTEST_GUILESS_MAIN(tst_IosImport)
#include "tst_iosimport.moc"

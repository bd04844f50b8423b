// Android extracts: call log, messages (SMS and MMS) and contacts, on databases the test writes
// with the real table layouts (including rows only in the write-ahead log, deleted rows, withheld
// numbers and a device collation), and on the public samples with their known row counts.

#include "core/ingest/androidimporters.h"
#include "core/ingest/importservice.h"
#include "core/model/progress.h"
#include "core/store/sourcewriter.h"
#include "core/store/casestore.h"
#include "core/store/evidencedatabase.h"
#include "core/store/filehash.h"
#include "tests/common/fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace sg;

namespace {

// Writes a SQLite database with `sql`; with `keepWal` the copy is taken while the writer still
// holds the database open, so the last rows live only in the -wal file.
QString writeDatabase(const QString &dir, const QString &name, const QString &sql, const QString &walSql = {})
{
    // Built elsewhere, so that only the finished files appear where the test looks.
    static int counter = 0;
    const QString build = QDir::temp().filePath(
        QStringLiteral("seagull-fixture-%1-%2-%3").arg(QCoreApplication::applicationPid()).arg(++counter).arg(name));
    sqlite3 *db = nullptr;
    sqlite3_open(build.toUtf8().constData(), &db);
    // The device's own collation, declared by its tables.
    sqlite3_create_collation(db, "PHONEBOOK", SQLITE_UTF8, nullptr,
                             [](void *, int a, const void *x, int b, const void *y) { return std::memcmp(x, y, size_t(std::min(a, b))); });
    char *error = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("fixture: %s", error);
    const QString target = QDir(dir).filePath(name);
    if (!walSql.isEmpty()) {
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;", nullptr, nullptr, nullptr);
        if (sqlite3_exec(db, walSql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK)
            qFatal("fixture: %s", error);
        // Copy while open: the new rows are in build-<name>-wal only.
        QFile::copy(build, target);
        QFile::copy(build + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
        QFile::copy(build + QStringLiteral("-shm"), target + QStringLiteral("-shm"));
        sqlite3_close(db);
    } else {
        sqlite3_close(db);
        QFile::copy(build, target);
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(build + QLatin1String(suffix));
    return target;
}

const char *const CallsTable =
    "CREATE TABLE calls (_id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT, presentation INTEGER NOT NULL DEFAULT 1, "
    "date INTEGER, duration INTEGER, type INTEGER, phone_account_address TEXT, name TEXT, countryiso TEXT, "
    "deleted INTEGER NOT NULL DEFAULT 0);";

using test::scalar;


// Copies a sample database with its companions, as the product must do with evidence.
QString copySample(const QString &relative, const QString &dir)
{
    const QString source = test::samplesDir() + QLatin1Char('/') + relative;
    const QString target = QDir(dir).filePath(QFileInfo(source).fileName());
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(source + QLatin1String(suffix)))
            QFile::copy(source + QLatin1String(suffix), target + QLatin1String(suffix));
    }
    return target;
}

} // namespace

class tst_AndroidImport : public QObject
{
    Q_OBJECT

private slots:
    void callLogWithWalDeletedAndWithheld()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = writeDatabase(
            dir.path(), QStringLiteral("calllog.db"),
            QString::fromLatin1(CallsTable)
                + QStringLiteral("PRAGMA user_version = 10;"
                                 "INSERT INTO calls(number, date, duration, type, phone_account_address, name) VALUES "
                                 "('012345678', 1709604000000, 61, 2, '+85592111222', NULL),"
                                 "('+66812345678', 1709604060000, 0, 3, '+85592111222', 'Somchai'),"
                                 "('09781234567', 1709604090000, 0, 3, '+85592111222', 'ေမာင္ေမာင္'),"
                                 "('', 1709604120000, 0, 5, '+85592111222', NULL);"),
            QStringLiteral("INSERT INTO calls(number, date, duration, type, phone_account_address, deleted) VALUES "
                           "('012345678', 1709604180000, 12, 1, '+85592111222', 1);"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        const QByteArray walBefore = [&] { QFile f(path + QStringLiteral("-wal")); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        auto hashBefore = sha256OfFile(path);
        SG_VERIFY_OK(hashBefore);

        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("android-calllog"));
        QCOMPARE(outcome->report.events, qint64(5)); // four in the file, one only in the -wal
        auto sources = store->sources();
        SG_VERIFY_OK(sources);
        QCOMPARE(sources->first().appSchemaVersion.value_or(-1), qint64(10));

        // Oriented by the owner's own number; statuses and deletion kept.
        auto owner = store->resolve(QStringLiteral("phone:+85592111222"));
        SG_VERIFY_OK(owner);
        auto other = store->resolve(QStringLiteral("012 345 678"));
        SG_VERIFY_OK(other);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %2 AND direction = 'out'")
                                    .arg(owner->id).arg(other->id)), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND deleted = 1").arg(other->id)), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE status = 'missed'")), qint64(2));
        // A name typed in Zawgyi is kept as typed and in Unicode, and found by the Unicode form.
        auto maung = store->search(QStringLiteral("မောင်မောင်"));
        SG_VERIFY_OK(maung);
        QCOMPARE(maung->size(), 1);
        QVERIFY(maung->first().aliases.contains(QStringLiteral("ေမာင္ေမာင္")));
        // The withheld caller is not turned into a number everyone shares.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE status = 'rejected' AND to_entity IS NULL")), qint64(1));
        // The name the phone showed is an alias of the number, from this source.
        auto somchai = store->search(QStringLiteral("Somchai"));
        SG_VERIFY_OK(somchai);
        QCOMPARE(somchai->size(), 1);
        QCOMPARE(somchai->first().key, QStringLiteral("+66812345678"));
        // The handset uses the owner's number.
        auto stats = store->stats();
        SG_VERIFY_OK(stats);
        QCOMPARE(stats->entities.value(QStringLiteral("device")), qint64(1));

        // The evidence, and its write-ahead log, are untouched.
        auto hashAfter = sha256OfFile(path);
        SG_VERIFY_OK(hashAfter);
        QCOMPARE(*hashAfter, *hashBefore);
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::ReadOnly));
        QCOMPARE(wal.readAll(), walBefore);
    }

    void messages()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = writeDatabase(
            dir.path(), QStringLiteral("mmssms.db"),
            QStringLiteral(
                "CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER, date INTEGER, "
                "date_sent INTEGER, read INTEGER, status INTEGER, type INTEGER, body TEXT);"
                "CREATE TABLE pdu (_id INTEGER PRIMARY KEY, thread_id INTEGER, date INTEGER, msg_box INTEGER, m_type INTEGER, sub TEXT);"
                "CREATE TABLE addr (_id INTEGER PRIMARY KEY, msg_id INTEGER, contact_id INTEGER, address TEXT, type INTEGER);"
                "CREATE TABLE part (_id INTEGER PRIMARY KEY, mid INTEGER, ct TEXT, text TEXT);"
                "INSERT INTO sms VALUES (1, 1, '0812345678', NULL, 1709604000000, 0, 1, -1, 1, 'โอนเงินด่วน');"
                "INSERT INTO sms VALUES (2, 1, '0812345678', NULL, 1709604100000, 0, 1, -1, 2, 'OK');"
                "INSERT INTO sms VALUES (3, 1, '0812345678', NULL, 1709604200000, 0, 1, -1, 3, 'draft text');"
                "INSERT INTO sms VALUES (4, 1, '0812345678', NULL, 1709604250000, 0, 1, -1, 1, 'ေငြလႊဲပါ');"
                "INSERT INTO pdu VALUES (10, 1, 1709604300, 2, 128, NULL);"
                "INSERT INTO addr VALUES (1, 10, NULL, '0899999999', 137);"
                "INSERT INTO addr VALUES (2, 10, NULL, '0812345678', 151);"
                "INSERT INTO addr VALUES (3, 10, NULL, '0823456789', 151);"
                "INSERT INTO part VALUES (1, 10, 'text/plain', 'see picture');"
                "INSERT INTO pdu VALUES (11, 1, 1709604400, 1, 132, NULL);"
                "INSERT INTO addr VALUES (4, 11, NULL, '0812345678', 137);"));
        ImportService service(*store);
        auto outcome = service.importFile(path, ImportOptions::forRegion(QStringLiteral("TH"), QStringLiteral("Asia/Bangkok")));
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("android-mmssms"));
        // 4 SMS, a sent MMS to two recipients, a received MMS.
        QCOMPARE(outcome->report.events, qint64(7));
        // Zawgyi text keeps its raw form with the Unicode conversion beside it; Thai is untouched.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE body = 'ေငြလႊဲပါ' AND body_unicode = 'ငွေလွှဲပါ'")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE body_unicode IS NOT NULL")), qint64(1));
        auto owner = store->resolve(QStringLiteral("phone:+66899999999"));
        SG_VERIFY_OK(owner); // the sender of the MMS the device sent
        auto peer = store->resolve(QStringLiteral("phone:+66812345678")); // the source's region, not the case's
        SG_VERIFY_OK(peer);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'sms' AND from_entity = %1 AND to_entity = %2")
                                    .arg(peer->id).arg(owner->id)), qint64(2)); // the two received
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'sms' AND status = 'draft'")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'mms' AND direction = 'out'")), qint64(2));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'mms' AND body = 'see picture'")), qint64(2));
        // MMS dates are seconds, SMS dates milliseconds: both land on the same day.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT max(utc_ms) - min(utc_ms) FROM events")), qint64(400000));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE body = 'โอนเงินด่วน'")), qint64(1));
    }

    void olderContactsDatabaseWithCallLog()
    {
        // Before Android 7, contacts2.db held the call log too: both are imported.
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = writeDatabase(dir.path(), QStringLiteral("contacts2.db"),
            QString::fromLatin1(CallsTable)
                + QStringLiteral("CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY, contact_id INTEGER, display_name TEXT, deleted INTEGER);"
                                 "CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY, mimetype TEXT);"
                                 "CREATE TABLE data (_id INTEGER PRIMARY KEY, raw_contact_id INTEGER, mimetype_id INTEGER, data1 TEXT);"
                                 "INSERT INTO mimetypes VALUES (5, 'vnd.android.cursor.item/phone_v2'), (7, 'vnd.android.cursor.item/name');"
                                 "INSERT INTO raw_contacts VALUES (1, 1, 'ចាន់ សុភា', 0), (2, 1, 'ចាន់ សុភា', 1);"
                                 "INSERT INTO data VALUES (1, 1, 5, '012 345 678'), (2, 2, 5, '+855 12 345 678');"
                                 "INSERT INTO calls(number, date, duration, type) VALUES ('012345678', 1709604000000, 20, 1);"));
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("android-contacts"));
        QCOMPARE(outcome->report.events, qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'person'")), qint64(1)); // two accounts, one person
        auto number = store->resolve(QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(number);
        QCOMPARE(number->aliases, QStringList{QStringLiteral("ចាន់ សុភា")});
        // Person, number and handset: what the writer saw, whatever each part of the import counted.
        QCOMPARE(outcome->report.entities, qint64(3));
    }

    void whatsAppBothSchemas_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("legacy") << QStringLiteral(
            "CREATE TABLE messages (_id INTEGER PRIMARY KEY, key_remote_jid TEXT, key_from_me INTEGER, key_id TEXT, status INTEGER, "
            "data TEXT, timestamp INTEGER, media_wa_type TEXT, remote_resource TEXT);"
            "CREATE TABLE chat_list (_id INTEGER PRIMARY KEY, key_remote_jid TEXT, subject TEXT);"
            "INSERT INTO chat_list VALUES (1, '120363@g.us', 'Team 9');"
            "INSERT INTO messages VALUES (1, '-1', 0, 'x', 0, NULL, 0, '0', NULL);"
            "INSERT INTO messages VALUES (2, '85512345678@s.whatsapp.net', 0, 'a', 0, 'hi', 1709604000000, '0', NULL);"
            "INSERT INTO messages VALUES (3, '85512345678@s.whatsapp.net', 1, 'b', 0, 'hello', 1709604060000, '0', NULL);"
            "INSERT INTO messages VALUES (4, '120363@g.us', 0, 'c', 0, 'pay now', 1709604120000, '0', '66812345678@s.whatsapp.net');"
            "INSERT INTO messages VALUES (5, '120363@g.us', 0, 'd', 0, NULL, 1709604180000, '15', '66812345678@s.whatsapp.net');");
        QTest::newRow("modern") << QStringLiteral(
            "CREATE TABLE jid (_id INTEGER PRIMARY KEY, user TEXT, server TEXT, raw_string TEXT);"
            "CREATE TABLE chat (_id INTEGER PRIMARY KEY, jid_row_id INTEGER, subject TEXT);"
            "CREATE TABLE message (_id INTEGER PRIMARY KEY, chat_row_id INTEGER, from_me INTEGER, key_id TEXT, sender_jid_row_id INTEGER, "
            "status INTEGER, timestamp INTEGER, text_data TEXT, message_type INTEGER);"
            "INSERT INTO jid VALUES (1, '85512345678', 's.whatsapp.net', '85512345678@s.whatsapp.net'), "
            "(2, '120363', 'g.us', '120363@g.us'), (3, '66812345678', 's.whatsapp.net', '66812345678@s.whatsapp.net');"
            "INSERT INTO chat VALUES (1, 1, NULL), (2, 2, 'Team 9');"
            "INSERT INTO message VALUES (2, 1, 0, 'a', 0, 0, 1709604000000, 'hi', 0);"
            "INSERT INTO message VALUES (3, 1, 1, 'b', 0, 0, 1709604060000, 'hello', 0);"
            "INSERT INTO message VALUES (4, 2, 0, 'c', 3, 0, 1709604120000, 'pay now', 0);"
            "INSERT INTO message VALUES (5, 2, 0, 'd', 3, 0, 1709604180000, NULL, 15);");
    }

    void whatsAppBothSchemas()
    {
        QFETCH(QString, sql);
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = writeDatabase(dir.path(), QStringLiteral("msgstore.db"), sql);
        const QString wa = writeDatabase(dir.path(), QStringLiteral("wa.db"), QStringLiteral(
            "CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY, jid TEXT, number TEXT, display_name TEXT);"
            "INSERT INTO wa_contacts VALUES (1, '85512345678@s.whatsapp.net', '012 345 678', 'Sokha');"
            "INSERT INTO wa_contacts VALUES (2, '120363@g.us', NULL, NULL);"));
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("whatsapp-android-msgstore"));
        QCOMPARE(outcome->report.events, qint64(4)); // the status placeholder row is not a message
        auto partner = store->resolve(QStringLiteral("messenger:85512345678@s.whatsapp.net"));
        SG_VERIFY_OK(partner);
        auto group = store->resolve(QStringLiteral("messenger:120363@g.us"));
        SG_VERIFY_OK(group);
        QCOMPARE(group->aliases, QStringList{QStringLiteral("Team 9")});
        auto sender = store->resolve(QStringLiteral("messenger:66812345678@s.whatsapp.net"));
        SG_VERIFY_OK(sender);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %2").arg(sender->id).arg(group->id)), qint64(2));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'member_of' AND from_entity = %1").arg(sender->id)), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE deleted = 1")), qint64(1));
        // The account is linked to the number it contains.
        auto number = store->resolve(QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(number);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'uses' AND from_entity = %1 AND to_entity = %2")
                                    .arg(number->id).arg(partner->id)), qint64(1));

        auto contacts = service.importFile(wa, {});
        SG_VERIFY_OK(contacts);
        QCOMPARE(contacts->source.format, QStringLiteral("whatsapp-android-contacts"));
        auto named = store->resolve(QStringLiteral("messenger:85512345678@s.whatsapp.net"));
        SG_VERIFY_OK(named);
        QCOMPARE(named->aliases, QStringList{QStringLiteral("Sokha")});
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'person'")), qint64(1));
    }

    void stoppedImportLeavesNothing()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = writeDatabase(dir.path(), QStringLiteral("calllog.db"),
                                           QString::fromLatin1(CallsTable)
                                               + QStringLiteral("INSERT INTO calls(number, date, duration, type) VALUES ('012345678', 1709604000000, 1, 1);"));
        const qint64 events = scalar(*store, QStringLiteral("SELECT count(*) FROM events"));
        {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("calllog.db"), QStringLiteral("ab")));
            SG_VERIFY_OK(writer);
            Progress progress;
            progress.cancel(); // the analyst pressed Cancel while the rows were being read
            AndroidCallLogImporter importer;
            auto report = importer.run(path, QStringLiteral("calllog.db"),
                                       ImportOptions::forRegion(QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh")),
                                       **writer, &progress);
            QVERIFY(!report);
            QCOMPARE(report.error().code, ErrorCode::Cancelled);
            QVERIFY(report.error().message.contains(QLatin1String("calllog.db")));
        }
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events")), events);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sources")), qint64(0));
    }

    void deviceCollationDoesNotBreakReading()
    {
        QTemporaryDir dir;
        const QString path = writeDatabase(dir.path(), QStringLiteral("contacts.db"),
                                           QStringLiteral("CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY, sort_key TEXT COLLATE PHONEBOOK);"
                                                          "CREATE INDEX sort ON raw_contacts(sort_key);"
                                                          "INSERT INTO raw_contacts VALUES (1, 'b'), (2, 'a');"));
        auto db = EvidenceDatabase::open(path, QStringLiteral("contacts.db"));
        SG_VERIFY_OK(db);
        QStringList keys;
        SG_VERIFY_OK((*db)->query(QStringLiteral("SELECT sort_key FROM raw_contacts ORDER BY sort_key"), {}, [&keys](const EvidenceRow &row) {
            keys << row.text(0);
            return true;
        }));
        QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void encryptedOrForeignDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QByteArray garbage("SQLite format 3\0", 16);
        garbage += QByteArray(4080, '\x5a');
        QTest::newRow("sqlite-header-then-noise") << garbage << "encrypted or is not a SQLite database";
        QByteArray cipher(4096, '\0');
        for (int i = 0; i < cipher.size(); ++i)
            cipher[i] = char((i * 7919 + 13) % 251); // what SQLCipher's first page looks like: no header
        QTest::newRow("sqlcipher-like") << cipher << "an encrypted database looks like this";
    }

    void encryptedOrForeignDatabases()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const qint64 before = scalar(*store, QStringLiteral("SELECT count(*) FROM audit"));
        const QString path = test::writeFile(dir.path(), QStringLiteral("msgstore.db"), content);
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().oneLine().contains(says), qPrintable(outcome.error().oneLine()));
        QVERIFY(outcome.error().oneLine().contains(QLatin1String("msgstore.db")));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sources")), qint64(0));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM audit")), before);
    }

    void emptyDatabaseIsSaidToBe()
    {
        // A call log with no calls says so; a contact book with contacts and no events does not.
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        auto empty = service.importFile(writeDatabase(dir.path(), QStringLiteral("calllog.db"), QString::fromLatin1(CallsTable)), {});
        SG_VERIFY_OK(empty);
        QCOMPARE(empty->report.events, qint64(0));
        QVERIFY2(empty->report.notes.contains(QStringLiteral("The database holds no records.")), qPrintable(empty->report.notes.join(u'|')));

        const QString book = writeDatabase(dir.path(), QStringLiteral("contacts2.db"),
            QStringLiteral("CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY, contact_id INTEGER, display_name TEXT, deleted INTEGER);"
                           "CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY, mimetype TEXT);"
                           "CREATE TABLE data (_id INTEGER PRIMARY KEY, raw_contact_id INTEGER, mimetype_id INTEGER, data1 TEXT);"
                           "INSERT INTO mimetypes VALUES (5, 'vnd.android.cursor.item/phone_v2');"
                           "INSERT INTO raw_contacts VALUES (1, 1, 'ສົມພອນ', 0);"
                           "INSERT INTO data VALUES (1, 1, 5, '020 5512 3456');"));
        auto contacts = service.importFile(book, ImportOptions::forRegion(QStringLiteral("LA"), QStringLiteral("Asia/Vientiane")));
        SG_VERIFY_OK(contacts);
        QCOMPARE(contacts->report.events, qint64(0));
        QVERIFY(contacts->report.entities > 0);
        QVERIFY2(!contacts->report.notes.contains(QStringLiteral("The database holds no records.")), qPrintable(contacts->report.notes.join(u'|')));
    }

    void unknownDatabaseIsNamed()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = writeDatabase(dir.path(), QStringLiteral("notes.db"), QStringLiteral("CREATE TABLE notes(id, text);"));
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("does not know how to read")), qPrintable(outcome.error().oneLine()));
        QVERIFY(outcome.error().detail.contains(QLatin1String("notes")));
    }

    void extractionFolderIsOneDevice()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString folder = dir.filePath(QStringLiteral("extraction"));
        QDir().mkpath(folder + QStringLiteral("/data/data/com.android.providers.contacts/databases"));
        QDir().mkpath(folder + QStringLiteral("/data/data/com.android.providers.telephony/databases"));
        writeDatabase(folder + QStringLiteral("/data/data/com.android.providers.contacts/databases"), QStringLiteral("calllog.db"),
                      QString::fromLatin1(CallsTable)
                          + QStringLiteral("INSERT INTO calls(number, date, duration, type, phone_account_address) VALUES "
                                           "('012345678', 1709604000000, 61, 2, '+85592111222');"),
                      QStringLiteral("INSERT INTO calls(number, date, duration, type) VALUES ('011999000', 1709604100000, 5, 1);"));
        writeDatabase(folder + QStringLiteral("/data/data/com.android.providers.telephony/databases"), QStringLiteral("mmssms.db"),
                      QStringLiteral("CREATE TABLE sms (_id INTEGER PRIMARY KEY, address TEXT, date INTEGER, type INTEGER, body TEXT);"
                                     "INSERT INTO sms VALUES (1, '012345678', 1709604200000, 1, 'hi');"));
        test::writeFile(folder, QStringLiteral("notes.txt"), "examiner's notes, not evidence data\n");
        QByteArray broken("SQLite format 3\0", 16);
        broken += QByteArray(2000, 'x');
        test::writeFile(folder, QStringLiteral("broken.db"), broken);

        ImportService service(*store);
        auto result = service.importFolder(folder, {});
        SG_VERIFY_OK(result);
        // Two databases in, the notes skipped, the -wal and -shm read with their database (not
        // imported on their own), the damaged database reported without stopping the rest.
        int imported = 0, skipped = 0;
        for (const ImportOutcome &o : std::as_const(result->outcomes)) {
            if (!o.skipped.isEmpty()) {
                ++skipped;
                QVERIFY2(o.file.endsWith(QLatin1String("notes.txt")), qPrintable(o.file + QStringLiteral(": ") + o.skipped));
            } else {
                ++imported;
            }
        }
        QCOMPARE(imported, 2);
        QCOMPARE(skipped, 1);
        QCOMPARE(result->failures.size(), 1);
        QVERIFY(result->failures.first().first.endsWith(QLatin1String("broken.db")));
        QVERIFY(result->failures.first().second.message.contains(QLatin1String("encrypted")));
        // One handset for the whole extraction; the owner's number from the call log.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'device'")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events")), qint64(3));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sources")), qint64(2));
    }

    void publicSamples()
    {
        if (!QFileInfo::exists(test::samplesDir() + QStringLiteral("/android/hickman_android12/calllog.db")))
            QSKIP("../shared/samples is not here: the public Android samples cannot be checked");
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        const ImportOptions us = ImportOptions::forRegion(QStringLiteral("US"), QStringLiteral("America/New_York"));

        auto calls = service.importFile(copySample(QStringLiteral("android/hickman_android12/calllog.db"), dir.path()), us);
        SG_VERIFY_OK(calls);
        QCOMPARE(calls->report.events, qint64(30));
        const QString byStatus = QStringLiteral("SELECT count(*) FROM events WHERE type = 'call' AND direction = '%1' AND status = '%2'");
        QCOMPARE(scalar(*store, byStatus.arg(QStringLiteral("in"), QString())), qint64(3));       // type 1
        QCOMPARE(scalar(*store, byStatus.arg(QStringLiteral("out"), QString())), qint64(4));      // type 2
        QCOMPARE(scalar(*store, byStatus.arg(QStringLiteral("in"), QStringLiteral("missed"))), qint64(14));    // type 3
        QCOMPARE(scalar(*store, byStatus.arg(QStringLiteral("in"), QStringLiteral("voicemail"))), qint64(9));  // type 4

        auto messages = service.importFile(copySample(QStringLiteral("android/hickman_android12/mmssms.db"), dir.path()), us);
        SG_VERIFY_OK(messages);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'sms'")), qint64(32));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'sms' AND direction = 'in'")), qint64(25));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'sms' AND direction = 'out'")), qint64(7));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT locator) FROM events WHERE type = 'mms'")), qint64(3));
        // The owner, from the MMS the device sent; the peer written two ways is one entity.
        auto owner = store->resolve(QStringLiteral("phone:+19195794674"));
        SG_VERIFY_OK(owner);
        auto peer = store->search(QStringLiteral("9198887386"));
        SG_VERIFY_OK(peer);
        QCOMPARE(peer->size(), 1);
        QCOMPARE(peer->first().key, QStringLiteral("+19198887386"));

        auto contacts = service.importFile(copySample(QStringLiteral("android/hickman_android12/contacts2.db"), dir.path()), us);
        SG_VERIFY_OK(contacts);
        QCOMPARE(contacts->source.format, QStringLiteral("android-contacts"));
        QCOMPARE(contacts->report.rows, qint64(15)); // raw contacts across 8 accounts
        auto stats = store->stats();
        SG_VERIFY_OK(stats);
        QCOMPARE(stats->entities.value(QStringLiteral("person")), qint64(5)); // ... for 5 contacts
        auto named = store->resolve(QStringLiteral("phone:+19198887386"));
        SG_VERIFY_OK(named);
        QVERIFY(named->aliases.contains(QStringLiteral("This Is DFIR Two")));
        SG_VERIFY_CLEAN(*store);
    }
};

QTEST_GUILESS_MAIN(tst_AndroidImport)
#include "tst_androidimport.moc"

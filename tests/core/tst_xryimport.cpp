// XRY text exports: the per-category UTF-16LE files (Calls, Messages-SMS, Contacts-Contacts,
// Device-General Information) written as XRY writes them, one at a time and as an extraction
// folder that joins the handset's IMEI.

#include "core/ingest/importservice.h"
#include "core/store/casestore.h"
#include "tests/common/fixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sg;
using test::scalar;

namespace {

// XRY writes UTF-16LE with a byte order mark and Windows line ends.
QByteArray xry(const QString &text)
{
    QString crlf = text;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray out("\xFF\xFE", 2);
    out.append(reinterpret_cast<const char *>(crlf.utf16()), crlf.size() * 2);
    return out;
}

QString header(const QString &category)
{
    return QStringLiteral("XRY Export\nReport: Case 2026-117, exhibit 4\n%1\nExported 3/9/2026\n\n").arg(category);
}

QByteArray callsFile()
{
    return xry(header(QStringLiteral("Calls"))
               + QStringLiteral("Calls #\t1\n"
                                "Call Type:\tMissed\n"
                                "Time:\t\t1/2/2019 1:23:45 PM (Device)\n"
                                "From\n"
                                "Tel:\t\t012 345 678\n"
                                "Name (Matched):\tSokha\n"
                                "\n"
                                "Calls #\t2\n"
                                "Call Type: \tDialed\n"
                                "Time:\t\t13/2/2019 2:34:56 PM UTC+7 (Network)\n"
                                "Duration:\t00:00:05\n"
                                "To\n"
                                "Tel:\t\t+66 81 234 5678\n"
                                "Deleted:\tYes\n"
                                "\n"
                                "Calls #\t3\n"
                                "Call Type: \tLast Dialed\n"
                                "Number: \t1234\n"
                                "Storage:\tSIM\n"
                                "To\n"
                                "\n"
                                "Calls #\t4\n"
                                "Call Type: \tReceived\n"
                                "Time:\t\t14/2/2019 9:00:00 AM UTC (Network)\n"
                                "Duration:\t00:01:20\n"
                                "From\n"
                                "Tel:\t\t012345678\n"));
}

QByteArray messagesFile()
{
    return xry(header(QStringLiteral("Messages/SMS"))
               + QStringLiteral("Messages-SMS #\t1\n"
                                "Text:\tTransfer the money today.\n"
                                "Meet at 10:30 at the usual place.\n"
                                "Time:\t15/2/2019 1:23:45 PM UTC+7 (Network)\n"
                                "Type: \tDeliver\n"
                                "Folder:\tInbox\n"
                                "From\n"
                                "Tel:\t\t012345678\n"
                                "\n"
                                "Messages-SMS #\t2\n"
                                "Text:\t\tHello, this is the first part \n"
                                "Time:\t\t15/2/2019 1:33:44 PM (Device)\n"
                                "Type: \t\tSubmit\n"
                                "Reference Number:\t22\n"
                                "Segment Number:\t\t1\n"
                                "Segments:\t\t2\n"
                                "To\n"
                                "Tel:\t\t+66812345678\n"
                                "\n"
                                "Messages-SMS #\t3\n"
                                "Text:\t\tand this is the second.\n"
                                "Time:\t\t15/2/2019 1:33:44 PM (Device)\n"
                                "Type: \t\tSubmit\n"
                                "Reference Number:\t22\n"
                                "Segment Number:\t\t2\n"
                                "Segments:\t\t2\n"
                                "To\n"
                                "Tel:\t\t+66812345678\n"
                                "\n"
                                "Messages-SMS #\t4\n"
                                "Text:\t\tចេញលុយហើយ\n"
                                "Time:\t\t16/2/2019 8:00:00 AM (Device)\n"
                                "Folder:\tSent\n"
                                "To\n"
                                "Tel:\t\t097 777 8888\n"));
}

QByteArray contactsFile()
{
    return xry(header(QStringLiteral("Contacts/Contacts"))
               + QStringLiteral("Contacts-Contacts #\t1\n"
                                "Name:\t\tSokha Boss\n"
                                "Tel:\t\t012345678\n"
                                "Mobile:\t\t+855 97 777 8888\n"
                                "E-mail:\t\tsokha@example.com\n"
                                "Storage:\tDevice\n"
                                "\n"
                                "Contacts-Contacts #\t2\n"
                                "Name:\t\tဦးမောင်\n"
                                "Tel:\t\t+95 9 ၄၅၀ ၁၂၃ ၄၅၆\n"
                                "Storage:\tSIM\n"));
}

QByteArray deviceFile()
{
    return xry(header(QStringLiteral("Device/General Information"))
               + QStringLiteral("Device-General Information #\t1\n"
                                "Data:\tSamsung SM-A125F\n"
                                "Attribute:\tDevice Name\n"
                                "\n"
                                "Device-General Information #\t2\n"
                                "Data:\t490154203237518\n"
                                "Attribute:\tMobile Id (IMEI)\n"
                                "\n"
                                "Device-General Information #\t3\n"
                                "Data:\t456060123456789\n"
                                "Attribute:\tSubscriber Id (IMSI)\n"));
}

qint64 entityId(CaseStore &store, const QString &type, const QString &key)
{
    return scalar(store, QStringLiteral("SELECT coalesce((SELECT id FROM entities WHERE type = '%1' AND key = '%2'), -1)").arg(type, key));
}

} // namespace

class tst_XryImport : public QObject
{
    Q_OBJECT

private slots:
    void calls()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        auto outcome = service.importFile(test::writeFile(dir.path(), QStringLiteral("Calls.txt"), callsFile()), {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("xry-text"));
        QCOMPARE(outcome->report.rows, qint64(4));
        QCOMPARE(outcome->report.events, qint64(3));
        // The SIM's "last dialed" entry has no time: listed, its number kept.
        QCOMPARE(outcome->report.rejected.size(), 1);
        QVERIFY(outcome->report.rejected.first().message.contains(QStringLiteral("record 3")));
        QVERIFY(entityId(*store, QStringLiteral("phone"), QStringLiteral("1234")) > 0);
        QVERIFY(outcome->report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("day/month/year")));

        const qint64 sokha = entityId(*store, QStringLiteral("phone"), QStringLiteral("+85512345678"));
        const qint64 thai = entityId(*store, QStringLiteral("phone"), QStringLiteral("+66812345678"));
        // "13/2/2019" decides the order: record 1 is the 1st of February, in the case's zone.
        const qint64 first = QDateTime(QDate(2019, 2, 1), QTime(13, 23, 45), QTimeZone("Asia/Phnom_Penh")).toMSecsSinceEpoch();
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND status = 'missed' AND utc_ms = %2 "
                                               "AND direction = 'in' AND locator = 'Calls.txt:#1'").arg(sokha).arg(first)),
                 qint64(1));
        const qint64 second = QDateTime(QDate(2019, 2, 13), QTime(7, 34, 56), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE to_entity = %1 AND direction = 'out' AND deleted = 1 "
                                               "AND duration = 5 AND utc_ms = %2 AND utc_offset = 25200").arg(thai).arg(second)),
                 qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND duration = 80 AND utc_offset = 0").arg(sokha)), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM aliases WHERE entity_id = %1 AND name = 'Sokha'").arg(sokha)), qint64(1));
        QCOMPARE(outcome->report.counts.value(QStringLiteral("deleted_records")), qint64(1));
    }

    void messages()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        auto outcome = service.importFile(test::writeFile(dir.path(), QStringLiteral("Messages-SMS.txt"), messagesFile()), {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.rows, qint64(4));
        QCOMPARE(outcome->report.events, qint64(3)); // the two parts of a long SMS are one message
        // Text runs on over lines, even one with a colon in it.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE type = 'sms' AND direction = 'in' "
                                               "AND body = 'Transfer the money today.\nMeet at 10:30 at the usual place.'")),
                 qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE direction = 'out' AND body = 'Hello, this is the first part and this is the second.' "
                                               "AND locator = 'Messages-SMS.txt:#2+#3'")),
                 qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE direction = 'out' AND body = 'ចេញលុយហើយ' AND to_entity = %1")
                                    .arg(entityId(*store, QStringLiteral("phone"), QStringLiteral("+855977778888")))),
                 qint64(1));
    }

    void contacts()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        auto outcome = service.importFile(test::writeFile(dir.path(), QStringLiteral("Contacts-Contacts.txt"), contactsFile()), {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.rows, qint64(2));
        QCOMPARE(outcome->report.events, qint64(0));
        const qint64 person = scalar(*store, QStringLiteral("SELECT entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
                                                            "WHERE e.type = 'person' AND a.name = 'Sokha Boss'"));
        QVERIFY(person > 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'uses' AND from_entity = %1").arg(person)), qint64(3));
        // A Myanmar number in Myanmar digits.
        QVERIFY(entityId(*store, QStringLiteral("phone"), QStringLiteral("+959450123456")) > 0);
    }

    void extractionFolderIsOneHandsetKnownByItsImei()
    {
        QTemporaryDir dir;
        QTemporaryDir evidence;
        auto store = test::newCase(dir.path());
        test::writeFile(evidence.path(), QStringLiteral("Calls.txt"), callsFile());
        test::writeFile(evidence.path(), QStringLiteral("Messages-SMS.txt"), messagesFile());
        test::writeFile(evidence.path(), QStringLiteral("Contacts-Contacts.txt"), contactsFile());
        test::writeFile(evidence.path(), QStringLiteral("Device-General Information.txt"), deviceFile());
        ImportService service(*store);
        auto folder = service.importFolder(evidence.path(), {});
        SG_VERIFY_OK(folder);
        QVERIFY(folder->failures.isEmpty());
        QCOMPARE(folder->outcomes.size(), 4);
        QCOMPARE(folder->imei, QStringLiteral("490154203237518"));
        const qint64 handset = entityId(*store, QStringLiteral("device"), QStringLiteral("490154203237518"));
        QVERIFY(handset > 0);
        // Calls and messages of every file have the handset as their owner end.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 OR to_entity = %1").arg(handset)), qint64(6));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'device'")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'uses' AND from_entity = %1 AND to_entity = %2")
                                    .arg(handset).arg(entityId(*store, QStringLiteral("sim"), QStringLiteral("456060123456789")))),
                 qint64(1));
    }

    void notAnXryFile()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        ImportOptions options;
        options.format = QStringLiteral("xry-text");
        auto outcome = service.importFile(test::writeFile(dir.path(), QStringLiteral("notes.txt"), xry(QStringLiteral("Shopping list\nrice\n"))), options);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QStringLiteral("notes.txt")), qPrintable(outcome.error().oneLine()));
        QVERIFY(outcome.error().message.contains(QStringLiteral("XRY Export")));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sources")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_XryImport)
#include "tst_xryimport.moc"

// Cellebrite UFDR reports: the zip reader, the streaming XML feed, and the importer on reports
// the test writes (device information, contacts, calls, SMS, WhatsApp and Telegram chats, a group
// with an @lid member, deleted records, illegal characters), bare and zipped, and the hostile
// inputs a report can arrive as.

#include "core/ingest/importservice.h"
#include "core/ingest/xmlfeed.h"
#include "core/ingest/ziparchive.h"
#include "core/store/casestore.h"
#include "core/store/filehash.h"
#include "tests/common/fixtures.h"
#include "tests/common/zipwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;
using test::scalar;

namespace {

QString field(const QString &name, const QString &value, const QString &type = QStringLiteral("String"))
{
    return QStringLiteral("<field name=\"%1\" type=\"%3\"><value type=\"%3\"><![CDATA[%2]]></value></field>").arg(name, value, type);
}

QString stamp(const QString &name, const QString &value)
{
    return QStringLiteral("<field name=\"%1\" type=\"TimeStamp\"><value type=\"TimeStamp\" format=\"TimeStampKnown\">%2</value></field>").arg(name, value);
}

QString party(const QString &identifier, const QString &role, const QString &name = {}, bool owner = false)
{
    return QStringLiteral("<model type=\"Party\" id=\"p-%1\">%2%3%4%5</model>")
        .arg(identifier, field(QStringLiteral("Identifier"), identifier), field(QStringLiteral("Role"), role, QStringLiteral("PartyRole")),
             name.isEmpty() ? QStringLiteral("<field name=\"Name\" type=\"String\"><empty/></field>") : field(QStringLiteral("Name"), name),
             owner ? field(QStringLiteral("IsPhoneOwner"), QStringLiteral("True"), QStringLiteral("Boolean")) : QString());
}

QString parties(const QString &name, const QStringList &models)
{
    return QStringLiteral("<multiModelField name=\"%1\" type=\"Party\">%2</multiModelField>").arg(name, models.join(QString()));
}

QByteArray report(const QString &decoded, const QString &prologue = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"))
{
    return (prologue
            + QStringLiteral(
                "<project id=\"p1\" name=\"Seized phone 7\" reportVersion=\"7.60\" extractionType=\"FileSystem\" "
                "xmlns=\"http://pa.cellebrite.com/report/2.0\">\n"
                "  <sourceExtractions><extractionInfo id=\"0\" name=\"File System\" type=\"FileSystem\" deviceName=\"Samsung SM-A125F\" index=\"0\"/></sourceExtractions>\n"
                "  <caseInformation>\n"
                "    <field name=\"Case Number\" isSystem=\"True\" fieldType=\"CaseNumber\" multipleLines=\"False\">KH-2026-117</field>\n"
                "    <field name=\"Examiner Name\" isSystem=\"True\" fieldType=\"ExaminerName\" multipleLines=\"False\">Sok Dara</field>\n"
                "  </caseInformation>\n"
                "  <metadata section=\"Device Info\">\n"
                "    <item name=\"DeviceInfoSelectedManufacturer\"><![CDATA[Samsung]]></item>\n"
                "    <item name=\"IMEI\"><![CDATA[490154203237518]]></item>\n"
                "    <item name=\"IMSI\"><![CDATA[456060123456789]]></item>\n"
                "    <item name=\"MSISDN\"><![CDATA[+85592111222]]></item>\n"
                "  </metadata>\n"
                "  <taggedFiles><file id=\"f1\" name=\"a.jpg\" deleted=\"Intact\"><metadata section=\"File\">"
                "<item name=\"Local Path\"><![CDATA[files\\Image\\a.jpg]]></item></metadata></file></taggedFiles>\n"
                "  <decodedData>\n%1\n  </decodedData>\n"
                "</project>\n")
                  .arg(decoded))
        .toUtf8();
}

// Everything the importer reads, once.
QString fullDecodedData()
{
    const QString owner = QStringLiteral("85592111222@s.whatsapp.net");
    const QString sokha = QStringLiteral("85512345678@s.whatsapp.net");
    QString d;
    d += QStringLiteral("<modelType type=\"Contact\">");
    d += QStringLiteral("<model type=\"Contact\" id=\"c1\" deleted_state=\"Intact\">%1%2"
                        "<multiModelField name=\"Entries\" type=\"ContactEntry\">"
                        "<model type=\"PhoneNumber\" id=\"e1\">%3%4</model>"
                        "<model type=\"EmailAddress\" id=\"e2\">%5</model>"
                        "<model type=\"UserID\" id=\"e3\">%6%7</model>"
                        "</multiModelField></model>")
             .arg(field(QStringLiteral("Name"), QStringLiteral("Sokha (Boss)")), field(QStringLiteral("Source"), QStringLiteral("Phone")),
                  field(QStringLiteral("Category"), QStringLiteral("Mobile")), field(QStringLiteral("Value"), QStringLiteral("012 345 678")),
                  field(QStringLiteral("Value"), QStringLiteral("sokha@example.com")), field(QStringLiteral("Value"), sokha),
                  field(QStringLiteral("Domain"), QStringLiteral("WhatsApp")));
    d += QStringLiteral("<model type=\"Contact\" id=\"c2\" deleted_state=\"Deleted\">%1"
                        "<multiModelField name=\"Entries\" type=\"ContactEntry\"><model type=\"PhoneNumber\" id=\"e4\">%2</model></multiModelField></model>")
             .arg(field(QStringLiteral("Name"), QStringLiteral("Old friend")), field(QStringLiteral("Value"), QStringLiteral("+66 81 234 5678")));
    d += QStringLiteral("</modelType>\n<modelType type=\"Call\">");
    d += QStringLiteral("<model type=\"Call\" id=\"call1\" deleted_state=\"Intact\">%1%2%3%4%5%6</model>")
             .arg(field(QStringLiteral("Source"), QStringLiteral("Phone")), field(QStringLiteral("Direction"), QStringLiteral("Incoming")),
                  field(QStringLiteral("Status"), QStringLiteral("Established")), stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T09:15:00.000+07:00")),
                  field(QStringLiteral("Duration"), QStringLiteral("00:01:05.4000000"), QStringLiteral("TimeSpan")),
                  parties(QStringLiteral("Parties"), {party(QStringLiteral("012345678"), QStringLiteral("From"), QStringLiteral("Sokha")),
                                                      party(QStringLiteral("+85592111222"), QStringLiteral("To"), {}, true)}));
    d += QStringLiteral("<model type=\"Call\" id=\"call2\" deleted_state=\"Deleted\">%1%2%3%4%5</model>")
             .arg(field(QStringLiteral("Source"), QStringLiteral("Phone")), field(QStringLiteral("Direction"), QStringLiteral("Outgoing")),
                  stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T10:00:00+07:00")),
                  field(QStringLiteral("Duration"), QStringLiteral("00:00:20"), QStringLiteral("TimeSpan")),
                  parties(QStringLiteral("Parties"), {party(QStringLiteral("+66812345678"), QStringLiteral("To"))}));
    d += QStringLiteral("<model type=\"Call\" id=\"call3\">%1%2%3%4%5%6</model>")
             .arg(field(QStringLiteral("Source"), QStringLiteral("WhatsApp")), field(QStringLiteral("Direction"), QStringLiteral("Incoming")),
                  field(QStringLiteral("Status"), QStringLiteral("Missed")), field(QStringLiteral("VideoCall"), QStringLiteral("True"), QStringLiteral("Boolean")),
                  stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T11:00:00.000Z")),
                  parties(QStringLiteral("Parties"), {party(sokha, QStringLiteral("From"))}));
    d += QStringLiteral("</modelType>\n<modelType type=\"SMS\">");
    // Real reports carry references to characters XML forbids, and raw control characters.
    d += QStringLiteral("<model type=\"SMS\" id=\"sms1\">%1%2<field name=\"Body\" type=\"String\"><value type=\"String\">Transfer 500 USD&#x1; now &amp; fast</value></field>%3</model>")
             .arg(field(QStringLiteral("Folder"), QStringLiteral("Inbox")), stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T12:00:00.000+07:00")),
                  parties(QStringLiteral("Parties"), {party(QStringLiteral("012345678"), QStringLiteral("From"))}));
    d += QStringLiteral("<model type=\"SMS\" id=\"sms2\">%1%2<field name=\"Body\" type=\"String\"><value type=\"String\">ok\x0B</value></field>%3</model>")
             .arg(field(QStringLiteral("Folder"), QStringLiteral("Sent")), stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T12:01:00.000+07:00")),
                  parties(QStringLiteral("Parties"), {party(QStringLiteral("012345678"), QStringLiteral("To"))}));
    d += QStringLiteral("</modelType>\n<modelType type=\"Chat\">");
    d += QStringLiteral("<model type=\"Chat\" id=\"chat1\">%1%2%3<multiModelField name=\"Messages\" type=\"InstantMessage\">"
                        "<model type=\"InstantMessage\" id=\"im1\">%4%5<modelField name=\"From\" type=\"Party\">%6</modelField></model>"
                        "<model type=\"InstantMessage\" id=\"im2\">%7%8<modelField name=\"From\" type=\"Party\">%9</modelField></model>"
                        "</multiModelField></model>")
             .arg(field(QStringLiteral("Source"), QStringLiteral("WhatsApp")), field(QStringLiteral("Id"), sokha),
                  parties(QStringLiteral("Participants"), {party(owner, QStringLiteral("General"), {}, true), party(sokha, QStringLiteral("General"), QStringLiteral("Sokha WA"))}),
                  field(QStringLiteral("Body"), QStringLiteral("Where is the money?")), stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T13:00:00+07:00")),
                  party(sokha, QStringLiteral("From")), field(QStringLiteral("Body"), QStringLiteral("Sent to the mule account")),
                  stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T13:05:00+07:00")))
             .arg(party(owner, QStringLiteral("From"), {}, true));
    d += QStringLiteral("<model type=\"Chat\" id=\"chat2\">%1%2%3%4<multiModelField name=\"Messages\" type=\"InstantMessage\">"
                        "<model type=\"InstantMessage\" id=\"im3\">%5%6<modelField name=\"From\" type=\"Party\">%7</modelField></model>"
                        "</multiModelField></model>")
             .arg(field(QStringLiteral("Source"), QStringLiteral("WhatsApp")), field(QStringLiteral("Id"), QStringLiteral("120363025246125486@g.us")),
                  field(QStringLiteral("Name"), QStringLiteral("Team Den 4")),
                  parties(QStringLiteral("Participants"), {party(owner, QStringLiteral("General"), {}, true), party(sokha, QStringLiteral("General")),
                                                           party(QStringLiteral("24551234567890@lid"), QStringLiteral("General"))}),
                  field(QStringLiteral("Body"), QStringLiteral("Shift starts 9pm")), stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T14:00:00+07:00")),
                  party(QStringLiteral("24551234567890@lid"), QStringLiteral("From")));
    d += QStringLiteral("</modelType>\n<modelType type=\"UserAccount\">");
    d += QStringLiteral("<model type=\"UserAccount\" id=\"ua1\">%1%2%3<multiModelField name=\"Entries\" type=\"ContactEntry\"><model type=\"PhoneNumber\" id=\"e5\">%4</model></multiModelField></model>")
             .arg(field(QStringLiteral("ServiceType"), QStringLiteral("Telegram")), field(QStringLiteral("Username"), QStringLiteral("dragon_boss")),
                  field(QStringLiteral("Name"), QStringLiteral("Dragon")), field(QStringLiteral("Value"), QStringLiteral("+85592111222")));
    d += QStringLiteral("</modelType>\n<modelType type=\"InstantMessage\">");
    d += QStringLiteral("<model type=\"InstantMessage\" id=\"im4\">%1%2%3<modelField name=\"From\" type=\"Party\">%4</modelField>"
                        "<multiModelField name=\"To\" type=\"Party\">%5</multiModelField></model>")
             .arg(field(QStringLiteral("Source"), QStringLiteral("Telegram")), field(QStringLiteral("Body"), QStringLiteral("支付完成")),
                  stamp(QStringLiteral("TimeStamp"), QStringLiteral("2026-03-05T15:00:00+08:00")), party(QStringLiteral("123456789"), QStringLiteral("From"), QStringLiteral("Li Wei")),
                  party(QStringLiteral("dragon_boss"), QStringLiteral("To"), {}, true));
    d += QStringLiteral("</modelType>\n<modelType type=\"Location\"><model type=\"Location\" id=\"loc1\">%1</model></modelType>")
             .arg(field(QStringLiteral("Name"), QStringLiteral("Den 4")));
    return d;
}

qint64 entityId(CaseStore &store, const QString &type, const QString &key)
{
    return scalar(store, QStringLiteral("SELECT coalesce((SELECT id FROM entities WHERE type = '%1' AND key = '%2'), -1)").arg(type, key));
}

qint64 events(CaseStore &store, qint64 from, qint64 to, const QString &where = QStringLiteral("1"))
{
    return scalar(store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND %2 AND %3")
                             .arg(from).arg(to < 0 ? QStringLiteral("to_entity IS NULL") : QStringLiteral("to_entity = %1").arg(to), where));
}

qint64 links(CaseStore &store, const QString &kind, qint64 from, qint64 to)
{
    return scalar(store, QStringLiteral("SELECT count(*) FROM links WHERE kind = '%1' AND from_entity = %2 AND to_entity = %3").arg(kind).arg(from).arg(to));
}

QByteArray readAll(const ZipArchive &archive, const ZipEntry &entry, Error *error = nullptr)
{
    auto reader = archive.openEntry(entry);
    if (!reader) {
        if (error)
            *error = reader.error();
        return {};
    }
    QByteArray out;
    char buffer[1000];
    for (;;) {
        auto n = (*reader)->read(buffer, sizeof buffer);
        if (!n) {
            if (error)
                *error = n.error();
            return {};
        }
        if (*n == 0)
            return out;
        out.append(buffer, int(*n));
    }
}

} // namespace

class tst_UfdrImport : public QObject
{
    Q_OBJECT

private slots:
    void zipMembersStreamBack()
    {
        QTemporaryDir dir;
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += QByteArray::number(i) + " call record line\n";
        const QString path = test::writeFile(dir.path(), QStringLiteral("a.zip"),
                                             test::makeZip({{QStringLiteral("report.xml"), big},
                                                            {QStringLiteral("files/Image/photo.jpg"), QByteArray(5000, 'x'), false},
                                                            {QStringLiteral("files/"), {}, false}}));
        auto archive = ZipArchive::open(path, QStringLiteral("a.zip"));
        SG_VERIFY_OK(archive);
        QCOMPARE((*archive)->entries().size(), 3);
        const ZipEntry *report = (*archive)->find(QStringLiteral("REPORT.XML"), Qt::CaseInsensitive);
        QVERIFY(report);
        QCOMPARE(report->method, quint16(8));
        QVERIFY(report->compressedSize < report->size);
        QCOMPARE(readAll(**archive, *report), big);
        QCOMPARE(readAll(**archive, *(*archive)->find(QStringLiteral("files/Image/photo.jpg"))), QByteArray(5000, 'x'));
        QVERIFY(!(*archive)->find(QStringLiteral("REPORT.XML")));
    }

    void hostileZipsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dot-dot") << test::makeZip({{QStringLiteral("report.xml"), "<project/>"}, {QStringLiteral("files/../../evil.sh"), "rm -rf"}})
                                 << QStringLiteral("files/../../evil.sh");
        QTest::newRow("absolute") << test::makeZip({{QStringLiteral("/etc/cron.d/x"), "x"}}) << QStringLiteral("/etc/cron.d/x");
        QTest::newRow("drive") << test::makeZip({{QStringLiteral("C:\\Windows\\x.dll"), "x"}}) << QStringLiteral("C:\\Windows\\x.dll");
        QTest::newRow("bomb") << test::makeZip({{QStringLiteral("report.xml"), QByteArray(2 * 1024 * 1024, ' '), true, 3LL << 30}})
                              << QStringLiteral("zip bomb");
        QTest::newRow("truncated") << test::makeZip({{QStringLiteral("report.xml"), QByteArray(5000, 'a')}}).chopped(30)
                                   << QStringLiteral("not a readable zip");
    }

    void hostileZipsAreRefused()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.path(), QStringLiteral("x.ufdr"), zip);
        auto archive = ZipArchive::open(path, QStringLiteral("x.ufdr"));
        QVERIFY(!archive);
        QVERIFY2(archive.error().oneLine().contains(expected), qPrintable(archive.error().oneLine()));
        QVERIFY(archive.error().message.contains(QStringLiteral("x.ufdr")));
    }

    void memberThatLiesAboutItsSizeStopsReading()
    {
        // The directory says 100 bytes; the data inflates to a megabyte of zeros.
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.path(), QStringLiteral("x.zip"),
                                             test::makeZip({{QStringLiteral("report.xml"), QByteArray(1 << 20, '\0'), true, 100}}));
        auto archive = ZipArchive::open(path, QStringLiteral("x.zip"));
        SG_VERIFY_OK(archive);
        Error error;
        QVERIFY(readAll(**archive, (*archive)->entries().first(), &error).isEmpty());
        QVERIFY2(error.oneLine().contains(QStringLiteral("expands beyond the 100 bytes")), qPrintable(error.oneLine()));
    }

    void xmlCleaning()
    {
        qint64 removed = 0;
        QByteArray carry;
        // Forbidden references and raw control characters go; legal ones and entities stay.
        QCOMPARE(XmlFeed::clean("a&#x1;b&#11;c\x01" "d&#x41;&#65;&amp;&#x9;\te", carry, true, removed), QByteArray("abcd&#x41;&#65;&amp;&#x9;\te"));
        QCOMPARE(removed, qint64(3));
        // A reference cut between two pieces is joined before it is judged.
        removed = 0;
        QByteArray out = XmlFeed::clean("text &#x", carry, false, removed);
        QCOMPARE(out, QByteArray("text "));
        QCOMPARE(carry, QByteArray("&#x"));
        out += XmlFeed::clean("1F; more &", carry, false, removed);
        out += XmlFeed::clean("#0; end", carry, true, removed);
        QCOMPARE(out, QByteArray("text  more  end"));
        QCOMPARE(removed, qint64(2));
        QVERIFY(carry.isEmpty());
    }

    void importsAReport()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = test::writeFile(dir.path(), QStringLiteral("report.xml"), report(fullDecodedData()));
        auto hash = sha256OfFile(path);
        SG_VERIFY_OK(hash);
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("cellebrite-ufdr"));
        QCOMPARE(outcome->report.rows, qint64(12)); // 2 contacts, 3 calls, 2 SMS, 4 messages, 1 account
        QCOMPARE(outcome->report.events, qint64(9));
        QVERIFY(outcome->report.rejected.isEmpty());
        QCOMPARE(outcome->report.counts.value(QStringLiteral("illegal_xml_characters")), qint64(2));
        QCOMPARE(outcome->report.counts.value(QStringLiteral("deleted_records")), qint64(1));
        const QString notes = outcome->report.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Case Number: KH-2026-117")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("1 Location")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("490154203237518")), qPrintable(notes));
        auto after = sha256OfFile(path);
        SG_VERIFY_OK(after);
        QCOMPARE(*after, *hash);
        CaseStore &s = *store;

        // The handset by its IMEI, its SIM, and the owner's number it uses.
        const qint64 handset = entityId(s, QStringLiteral("device"), QStringLiteral("490154203237518"));
        const qint64 owner = entityId(s, QStringLiteral("phone"), QStringLiteral("+85592111222"));
        QVERIFY(handset > 0 && owner > 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT raw FROM entities WHERE id = %1").arg(handset)), qint64(0));
        QCOMPARE(links(s, QStringLiteral("uses"), handset, owner), qint64(1));
        QCOMPARE(links(s, QStringLiteral("uses"), handset, entityId(s, QStringLiteral("sim"), QStringLiteral("456060123456789"))), qint64(1));

        // Calls: time with the offset the report wrote, duration rounded, status, deletion.
        const qint64 sokha = entityId(s, QStringLiteral("phone"), QStringLiteral("+85512345678"));
        const qint64 thai = entityId(s, QStringLiteral("phone"), QStringLiteral("+66812345678"));
        const qint64 utc = QDateTime(QDate(2026, 3, 5), QTime(2, 15), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(events(s, sokha, owner, QStringLiteral("type = 'call' AND direction = 'in' AND duration = 65 AND utc_offset = 25200 AND utc_ms = %1 "
                                                        "AND locator = 'report.xml:Call:id=call1' AND deleted = 0").arg(utc)),
                 qint64(1));
        QCOMPARE(events(s, owner, thai, QStringLiteral("type = 'call' AND direction = 'out' AND deleted = 1 AND duration = 20")), qint64(1));
        const qint64 sokhaWa = entityId(s, QStringLiteral("messenger"), QStringLiteral("85512345678@s.whatsapp.net"));
        QCOMPARE(events(s, sokhaWa, owner, QStringLiteral("type = 'call' AND status = 'missed' AND body = 'WhatsApp video call' AND utc_offset = 0")), qint64(1));
        QCOMPARE(links(s, QStringLiteral("uses"), sokha, sokhaWa), qint64(1));

        // SMS, cleaned of what XML forbids, both ways.
        QCOMPARE(events(s, sokha, owner, QStringLiteral("type = 'sms' AND body = 'Transfer 500 USD now & fast' AND direction = 'in'")), qint64(1));
        QCOMPARE(events(s, owner, sokha, QStringLiteral("type = 'sms' AND body = 'ok' AND direction = 'out'")), qint64(1));

        // WhatsApp: the owner's account, a two-party chat, a group with an @lid member.
        const qint64 ownerWa = entityId(s, QStringLiteral("messenger"), QStringLiteral("85592111222@s.whatsapp.net"));
        QCOMPARE(links(s, QStringLiteral("uses"), owner, ownerWa), qint64(1));
        QCOMPARE(events(s, sokhaWa, ownerWa, QStringLiteral("type = 'message' AND body = 'Where is the money?'")), qint64(1));
        QCOMPARE(events(s, ownerWa, sokhaWa, QStringLiteral("type = 'message' AND body = 'Sent to the mule account' AND direction = 'out'")), qint64(1));
        const qint64 group = entityId(s, QStringLiteral("messenger"), QStringLiteral("120363025246125486@g.us"));
        const qint64 lid = entityId(s, QStringLiteral("messenger"), QStringLiteral("24551234567890@lid"));
        QVERIFY(group > 0 && lid > 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'member_of' AND to_entity = %1").arg(group)), qint64(3));
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'uses' AND to_entity = %1").arg(lid)), qint64(0));
        QCOMPARE(events(s, lid, group, QStringLiteral("body = 'Shift starts 9pm'")), qint64(1));
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM aliases WHERE entity_id = %1 AND name = 'Team Den 4'").arg(group)), qint64(1));

        // Telegram: the owner's account from UserAccount, a message to it.
        const qint64 dragon = entityId(s, QStringLiteral("messenger"), QStringLiteral("telegram:dragon_boss"));
        const qint64 liWei = entityId(s, QStringLiteral("messenger"), QStringLiteral("telegram:123456789"));
        QCOMPARE(links(s, QStringLiteral("uses"), owner, dragon), qint64(1));
        QCOMPARE(events(s, liWei, dragon, QStringLiteral("body = '支付完成' AND utc_offset = 28800")), qint64(1));
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM aliases WHERE entity_id = %1 AND name = 'Li Wei'").arg(liWei)), qint64(1));

        // The contact book: a person with number, e-mail and WhatsApp account, the name on each.
        auto found = store->search(QStringLiteral("Sokha (Boss)"));
        SG_VERIFY_OK(found);
        const qint64 person = scalar(s, QStringLiteral("SELECT entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
                                                       "WHERE e.type = 'person' AND a.name = 'Sokha (Boss)'"));
        QVERIFY(person > 0);
        QCOMPARE(links(s, QStringLiteral("uses"), person, sokha), qint64(1));
        QCOMPARE(links(s, QStringLiteral("uses"), person, sokhaWa), qint64(1));
        QCOMPARE(links(s, QStringLiteral("uses"), person, entityId(s, QStringLiteral("email"), QStringLiteral("sokha@example.com"))), qint64(1));
        QVERIFY(entityId(s, QStringLiteral("phone"), QStringLiteral("+66812345678")) > 0);

        auto verified = store->verify();
        SG_VERIFY_OK(verified);
        QVERIFY(verified->problems.isEmpty());
    }

    void zippedReportImportsTheSame()
    {
        // A .ufdr zip with the report named Report.xml among the extracted files.
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = test::writeFile(dir.path(), QStringLiteral("Samsung SM-A125F_2026-03-09.ufdr"),
                                             test::makeZip({{QStringLiteral("files/Image/a.jpg"), QByteArray(3000, 'j'), false},
                                                            {QStringLiteral("Report.xml"), report(fullDecodedData())},
                                                            {QStringLiteral("settings.json"), "{}"}}));
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("cellebrite-ufdr"));
        QCOMPARE(outcome->report.events, qint64(9));
        QCOMPARE(outcome->report.counts.value(QStringLiteral("illegal_xml_characters")), qint64(2));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE locator = 'Report.xml:SMS:id=sms1'")), qint64(1));
        QVERIFY(entityId(*store, QStringLiteral("device"), QStringLiteral("490154203237518")) > 0);
    }

    void largeReportStreams()
    {
        // Thousands of calls across many read pieces, with a forbidden reference in each body.
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QString calls = QStringLiteral("<modelType type=\"Call\">");
        for (int i = 0; i < 3000; ++i) {
            calls += QStringLiteral("<model type=\"Call\" id=\"c%1\">%2%3%4<field name=\"Note\" type=\"String\"><value>%5&#x2;</value></field>%6</model>\n")
                         .arg(i)
                         .arg(field(QStringLiteral("Direction"), i % 2 ? QStringLiteral("Incoming") : QStringLiteral("Outgoing")),
                              stamp(QStringLiteral("TimeStamp"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODate)),
                              field(QStringLiteral("Duration"), QStringLiteral("00:00:%1").arg(i % 60, 2, 10, QLatin1Char('0'))),
                              QString(200, QLatin1Char('n')),
                              parties(QStringLiteral("Parties"), {party(QStringLiteral("+8551299%1").arg(i % 500, 4, 10, QLatin1Char('0')),
                                                                        i % 2 ? QStringLiteral("From") : QStringLiteral("To"))}));
        }
        calls += QStringLiteral("</modelType>");
        const QByteArray xml = report(calls);
        QVERIFY(xml.size() > 4 * 256 * 1024);
        const QString path = test::writeFile(dir.path(), QStringLiteral("big.ufdr"), test::makeZip({{QStringLiteral("report.xml"), xml}}));
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.events, qint64(3000));
        QCOMPARE(outcome->report.counts.value(QStringLiteral("illegal_xml_characters")), qint64(3000));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE direction = 'in'")), qint64(1500));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'phone'")), qint64(501));
    }

    void longChatsStream()
    {
        // A group chat of 1,500 messages written before its participants: more than wait for
        // them, so the chat is read without and the members are added at its end.
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QString messages;
        for (int i = 0; i < 1500; ++i) {
            messages += QStringLiteral("<model type=\"InstantMessage\" id=\"m%1\">%2%3<modelField name=\"From\" type=\"Party\">%4</modelField></model>")
                            .arg(i)
                            .arg(field(QStringLiteral("Body"), QStringLiteral("message %1").arg(i)),
                                 stamp(QStringLiteral("TimeStamp"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i).toString(Qt::ISODate)),
                                 party(i % 2 ? QStringLiteral("85512345678@s.whatsapp.net") : QStringLiteral("85577000111@s.whatsapp.net"), QStringLiteral("From")));
        }
        const QString chat = QStringLiteral("<modelType type=\"Chat\"><model type=\"Chat\" id=\"g\">%1%2"
                                            "<multiModelField name=\"Messages\" type=\"InstantMessage\">%3</multiModelField>%4</model></modelType>")
                                 .arg(field(QStringLiteral("Source"), QStringLiteral("WhatsApp")), field(QStringLiteral("Id"), QStringLiteral("1203630@g.us")), messages,
                                      parties(QStringLiteral("Participants"), {party(QStringLiteral("85512345678@s.whatsapp.net"), QStringLiteral("General")),
                                                                               party(QStringLiteral("85577000111@s.whatsapp.net"), QStringLiteral("General"))}));
        ImportService service(*store);
        auto outcome = service.importFile(test::writeFile(dir.path(), QStringLiteral("chat.ufdr"), test::makeZip({{QStringLiteral("report.xml"), report(chat)}})), {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.events, qint64(1500));
        const qint64 group = entityId(*store, QStringLiteral("messenger"), QStringLiteral("1203630@g.us"));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE to_entity = %1").arg(group)), qint64(1500));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM links WHERE kind = 'member_of' AND to_entity = %1").arg(group)), qint64(2));
    }

    void badReportsAreRefusedAndTheCaseKeepsWhatItHad_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray good = report(fullDecodedData());
        QTest::newRow("billion laughs") << QStringLiteral("report.xml")
                                        << report(fullDecodedData(), QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY a \"aaaaaaaaaa\">"
                                                                                    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"))
                                        << QStringLiteral("DTD");
        QTest::newRow("truncated report") << QStringLiteral("report.xml") << good.left(good.size() * 2 / 3) << QStringLiteral("truncated");
        QTest::newRow("truncated inside a zip") << QStringLiteral("t.ufdr") << test::makeZip({{QStringLiteral("report.xml"), good.left(good.size() / 2)}})
                                                << QStringLiteral("truncated");
        QTest::newRow("unsafe member name") << QStringLiteral("evil.ufdr")
                                            << test::makeZip({{QStringLiteral("report.xml"), good}, {QStringLiteral("../../home/analyst/.bashrc"), "x"}})
                                            << QStringLiteral("outside the archive");
        QTest::newRow("zip bomb") << QStringLiteral("bomb.ufdr")
                                  << test::makeZip({{QStringLiteral("report.xml"), good}, {QStringLiteral("files/x.bin"), QByteArray(8 << 20, '\0'), true, 3LL << 30}})
                                  << QStringLiteral("zip bomb");
        QTest::newRow("ufdr without a report") << QStringLiteral("empty.ufdr") << test::makeZip({{QStringLiteral("files/a.txt"), "x"}})
                                               << QStringLiteral("no report.xml");
        // A value that never ends (a damaged or hostile report) stops at 32 MB instead of
        // filling memory; so does a tag whose attributes never end.
        QTest::newRow("endless value") << QStringLiteral("report.xml")
                                       << QByteArray(good).replace("KH-2026-117", QByteArray(40 << 20, 'a'))
                                       << QStringLiteral("more than 32 MB");
        QTest::newRow("endless tag") << QStringLiteral("report.xml")
                                     << good.left(good.indexOf("<decodedData")) + "<decodedData x=\"" + QByteArray(40 << 20, 'b')
                                     << QStringLiteral("more than 32 MB");
        QTest::newRow("undeclared entity") << QStringLiteral("report.xml") << QByteArray(good).replace("KH-2026-117", "&case;")
                                           << QStringLiteral("case");
    }

    void badReportsAreRefusedAndTheCaseKeepsWhatItHad()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        SG_VERIFY_OK(service.importFile(test::writeFile(dir.path(), QStringLiteral("calls.csv"), test::smallCdr()), {}));
        const qint64 eventsBefore = scalar(*store, QStringLiteral("SELECT count(*) FROM events"));
        const QString path = test::writeFile(dir.path(), fileName, content);
        ImportOptions options;
        options.format = QStringLiteral("cellebrite-ufdr");
        auto outcome = service.importFile(path, options);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().oneLine().contains(expected), qPrintable(outcome.error().oneLine()));
        QVERIFY2(outcome.error().oneLine().contains(fileName), qPrintable(outcome.error().oneLine()));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sources")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events")), eventsBefore);
        // Nothing was extracted beside the evidence under a name from the archive.
        QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("../../home/analyst/.bashrc"))));
    }

    void sniffing()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        // Found by content, whatever the name.
        auto bare = service.importFile(test::writeFile(dir.path(), QStringLiteral("export.xml"), report(fullDecodedData())), {});
        SG_VERIFY_OK(bare);
        QCOMPARE(bare->source.format, QStringLiteral("cellebrite-ufdr"));
        auto zipped = service.importFile(test::writeFile(dir.path(), QStringLiteral("phone.zip"),
                                                         test::makeZip({{QStringLiteral("report.xml"), report(QStringLiteral("<modelType type=\"Call\"/>"))}})),
                                         {});
        SG_VERIFY_OK(zipped);
        QCOMPARE(zipped->source.format, QStringLiteral("cellebrite-ufdr"));
        // Other XML is not a report.
        auto other = service.importFile(test::writeFile(dir.path(), QStringLiteral("other.xml"), "<?xml version=\"1.0\"?><calls><call/></calls>"), {});
        QVERIFY(!other);
    }
};

QTEST_GUILESS_MAIN(tst_UfdrImport)
#include "tst_ufdrimport.moc"

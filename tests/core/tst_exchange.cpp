// Data exchange: i2 ANX, GraphML and case bundles, each written from a real case and read back
// by its own importer into another case, compared record by record.
#include "core/exchange/anx.h"
#include "core/exchange/bundle.h"
#include "core/exchange/csvexport.h"
#include "core/exchange/exchangedata.h"
#include "core/exchange/graphml.h"
#include "core/graph/graphsnapshot.h"
#include "core/ingest/importservice.h"
#include "core/store/casestore.h"
#include "tests/common/fixtures.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace sg;

namespace {

// Calls with the handsets' IMEIs (device entities with declared "uses" links) and transfers.
QByteArray callsWithHandsets()
{
    return "Calling Number,Called Number,Start Time,Duration,Call Type,IMEI\n"
           "012 345 678,092 111 222,05/03/2024 09:00:00,60,MOC,356938035643809\n"
           "012 345 678,092 111 222,05/03/2024 10:00:00,120,MOC,356938035643809\n"
           "092 111 222,012 345 678,07/03/2024 08:15:00,45,MOC,490154203237518\n"
           "012 345 678,097 7777 888,07/03/2024 12:00:00,0,SMS-MO,356938035643809\n";
}

// Everything a case holds, by value, for comparing two cases: entities as "type:key", events
// with both parties' keys, declared links.
struct Contents
{
    QSet<QString> entities;
    QStringList events; // sorted
    QSet<QString> declared;
};

Contents contentsOf(CaseStore &store)
{
    Contents c;
    auto data = ExchangeData::read(store, std::nullopt);
    if (!data)
        qFatal("%s", qPrintable(data.error().oneLine()));
    QHash<EntityId, QString> refs;
    for (const Entity &e : data->entities) {
        c.entities.insert(e.reference());
        refs.insert(e.id, e.reference());
    }
    for (const QList<EventRow> *list : {&data->events, &data->singleEvents}) {
        for (const EventRow &r : *list) {
            const Event &e = r.event;
            c.events << QStringList{eventTypeName(e.type) + QLatin1Char(' ') + refs.value(e.from) + QLatin1Char('>') + refs.value(e.to),
                                    QStringLiteral("@%1%2%3").arg(e.utcMs).arg(e.utcOffsetSeconds < 0 ? QString() : QStringLiteral("+")).arg(e.utcOffsetSeconds),
                                    QStringLiteral("%1s").arg(e.duration), e.amount ? e.amount->decimal() + e.amount->currency : QString(),
                                    e.direction, e.body}
                            .join(QLatin1Char(' '));
        }
    }
    c.events.sort();
    for (const Link &l : data->declared)
        c.declared.insert(QStringLiteral("%1 %2>%3").arg(linkKindName(l.kind), refs.value(l.from), refs.value(l.to)));
    return c;
}

} // namespace

class tst_Exchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;

    std::unique_ptr<CaseStore> emptyCase(const QString &name)
    {
        return test::newCase(m_dir.path(), name);
    }

    Result<ImportOutcome> import(CaseStore &store, const QString &file)
    {
        return ImportService(store).importFile(file, ImportOptions::forRegion(QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = test::newCase(m_dir.path());
        SG_VERIFY_OK(import(*m_store, test::writeFile(m_dir.path(), QStringLiteral("calls.csv"), callsWithHandsets())));
        SG_VERIFY_OK(import(*m_store, test::writeFile(m_dir.path(), QStringLiteral("aml.csv"), test::muleChainTable())));
        const Contents c = contentsOf(*m_store);
        QVERIFY(c.declared.size() >= 2);       // phones use handsets
        QVERIFY(c.events.size() == 7);         // 4 calls and texts, 3 transfers
        QVERIFY(c.events.join(QLatin1Char('\n')).contains(QLatin1String("1000.00USD")));
    }

    // ANX written from the case and read into an empty one gives the same entities, the same
    // events (time, offset, duration, exact amount, direction) and the same declared links.
    void anxRoundTrip()
    {
        auto data = ExchangeData::read(*m_store, std::nullopt);
        SG_VERIFY_OK(data);
        const QString anx = m_dir.filePath(QStringLiteral("case.anx"));
        {
            QSaveFile file(anx);
            QVERIFY(file.open(QIODevice::WriteOnly));
            SG_VERIFY_OK(writeAnx(*data, &file));
            QVERIFY(file.commit());
        }
        QFile file(anx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        // What Analyst's Notebook needs: typed entities, directed dated links of multiplicity
        // "multiple" for events, single dashed ones for declared links.
        QCOMPARE(xml.count(QStringLiteral("MlStyle=\"MultiplicityMultiple\"")), int(data->events.size()));
        QCOMPARE(xml.count(QStringLiteral("MlStyle=\"MultiplicitySingle\"")), int(data->declared.size()));
        QCOMPARE(xml.count(QStringLiteral("DateSet=\"true\"")), int(data->events.size()));
        QVERIFY(xml.contains(QLatin1String("<EntityType Name=\"Phone\" IconFile=\"Mobile Phone\"")));
        QVERIFY(xml.contains(QLatin1String("<EntityType Name=\"Account\" IconFile=\"Bank Account\"")));
        QVERIFY(xml.contains(QLatin1String("DateTime=\"2024-03-05T02:00:00\""))); // 09:00 in Phnom Penh, in UTC
        QVERIFY(xml.contains(QLatin1String("Value=\"calls.csv:line 2\"")));

        auto other = emptyCase(QStringLiteral("anx.seagull"));
        auto imported = import(*other, anx);
        SG_VERIFY_OK(imported);
        QCOMPARE(imported->source.format, QStringLiteral("i2-anx"));
        QVERIFY(imported->report.rejected.isEmpty());
        const Contents before = contentsOf(*m_store), after = contentsOf(*other);
        QCOMPARE(after.entities, before.entities);
        QCOMPARE(after.events, before.events);
        QCOMPARE(after.declared, before.declared);
        // Each event's locator names its chart item and the record it came from.
        QCOMPARE(test::scalar(*other, QStringLiteral("SELECT count(*) FROM events WHERE locator LIKE 'case.anx: chart item V% from calls.csv:line %' "
                                                     "OR locator LIKE 'case.anx: chart item V% from aml.csv:%'")),
                 qint64(before.events.size()));
    }

    // A chart drawn in Analyst's Notebook: its own type names, links by EntityId, an arrow
    // pointing back, local times, a link type Seagull does not know, a number in local form.
    void anxFromAnalystsNotebook()
    {
        const QByteArray chart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Chart IdReferenceLinking=\"false\" Rigorous=\"true\">\n"
            "  <EntityTypeCollection><EntityType Name=\"Person\" IconFile=\"Person\"/><EntityType Name=\"Phone\" IconFile=\"Phone\"/></EntityTypeCollection>\n"
            "  <ChartItemCollection>\n"
            "    <ChartItem Label=\"Sok Dara\" XPosition=\"10\"><End X=\"10\" Y=\"20\"><Entity EntityId=\"p1\" Identity=\"Sok Dara\"><Icon><IconStyle Type=\"Person\"/></Icon></Entity></End></ChartItem>\n"
            "    <ChartItem Label=\"012 345 678\"><End X=\"100\" Y=\"20\"><Entity EntityId=\"t1\" Identity=\"012 345 678\"><Icon><IconStyle Type=\"Phone\"/></Icon></Entity></End></ChartItem>\n"
            "    <ChartItem Label=\"016 555 444\"><End X=\"200\" Y=\"20\"><Entity EntityId=\"t2\" Identity=\"016 555 444\"><Icon><IconStyle Type=\"Phone\"/></Icon></Entity></End></ChartItem>\n"
            "    <ChartItem Label=\"call\" DateSet=\"true\" DateTime=\"2024-04-01T10:30:00\"><Link End1Id=\"t2\" End2Id=\"t1\"><LinkStyle ArrowStyle=\"ArrowOnTail\" MlStyle=\"MultiplicityMultiple\" Type=\"Call\"/></Link></ChartItem>\n"
            "    <ChartItem Label=\"Meeting\"><Link End1Id=\"p1\" End2Id=\"t1\"><LinkStyle ArrowStyle=\"ArrowNone\" Type=\"Meeting\"/></Link></ChartItem>\n"
            "    <ChartItem Label=\"owner\"><Link End1Id=\"p1\" End2Id=\"t2\"><LinkStyle ArrowStyle=\"ArrowOnHead\" Type=\"uses\"/></Link></ChartItem>\n"
            "    <ChartItem Label=\"broken\"><Link End1Id=\"p1\" End2Id=\"nowhere\"><LinkStyle Type=\"Call\"/></Link></ChartItem>\n"
            "  </ChartItemCollection>\n"
            "</Chart>\n";
        auto store = emptyCase(QStringLiteral("anb.seagull"));
        auto imported = import(*store, test::writeFile(m_dir.path(), QStringLiteral("from-anb.anx"), chart));
        SG_VERIFY_OK(imported);
        QCOMPARE(imported->report.rejected.size(), 1);
        QVERIFY(imported->report.rejected.first().message.contains(QLatin1String("nowhere")));
        QCOMPARE(imported->report.rejected.first().line, qint64(11));
        const Contents c = contentsOf(*store);
        QVERIFY2(c.entities.contains(QStringLiteral("phone:+85512345678")), qPrintable(QStringList(c.entities.cbegin(), c.entities.cend()).join(u' ')));
        QVERIFY(c.entities.contains(QStringLiteral("person:Sok Dara")));
        // The arrow points at End1: 012 345 678 called 016 555 444; 10:30 in Phnom Penh.
        const qint64 utc = QDateTime(QDate(2024, 4, 1), QTime(3, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(c.events, QStringList{QStringLiteral("call phone:+85512345678>phone:+85516555444 @%1+25200 0s   ").arg(utc)});
        QCOMPARE(c.declared, (QSet<QString>{QStringLiteral("associate person:Sok Dara>phone:+85512345678"),
                                            QStringLiteral("uses person:Sok Dara>phone:+85516555444")}));
    }

    // A broken file names itself and where, and the case keeps everything it had.
    void badExchangeFiles()
    {
        auto store = emptyCase(QStringLiteral("bad.seagull"));
        SG_VERIFY_OK(import(*store, test::writeFile(m_dir.path(), QStringLiteral("good.csv"), test::smallCdr())));
        const Contents before = contentsOf(*store);
        auto broken = import(*store, test::writeFile(m_dir.path(), QStringLiteral("cut.anx"),
                                                      "<?xml version=\"1.0\"?>\n<Chart>\n<ChartItemCollection>\n<ChartItem Label=\"a\">\n<End>\n</Chart>\n"));
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(QLatin1String("cut.anx")) && broken.error().message.contains(QLatin1String("line 6")),
                 qPrintable(broken.error().oneLine()));
        auto graphml = import(*store, test::writeFile(m_dir.path(), QStringLiteral("cut.graphml"), "<graphml><graph><node id=\"a\">"));
        QVERIFY(!graphml);
        QVERIFY2(graphml.error().message.contains(QLatin1String("cut.graphml")), qPrintable(graphml.error().oneLine()));
        const Contents after = contentsOf(*store);
        QCOMPARE(after.entities, before.entities);
        QCOMPARE(after.events, before.events);
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM sources")), qint64(1));
    }

    // GraphML read back: the same entities; each pair with an edge is joined by a declared
    // association (GraphML carries no events).
    void graphmlRoundTrip()
    {
        auto graph = GraphSnapshot::fromCase(*m_store, false);
        SG_VERIFY_OK(graph);
        const QString path = m_dir.filePath(QStringLiteral("case.graphml"));
        {
            QSaveFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            SG_VERIFY_OK(writeGraphML(*graph, &file));
            QVERIFY(file.commit());
        }
        auto store = emptyCase(QStringLiteral("graphml.seagull"));
        auto imported = import(*store, path);
        SG_VERIFY_OK(imported);
        QCOMPARE(imported->source.format, QStringLiteral("graphml"));
        const Contents before = contentsOf(*m_store), after = contentsOf(*store);
        QCOMPARE(after.entities, before.entities);
        QSet<QString> pairs;
        for (const SnapshotEdge &e : graph->edges())
            pairs.insert(QStringLiteral("associate %1>%2").arg(
                QStringLiteral("%1:%2").arg(entityTypeName(graph->vertex(e.from).type), graph->vertex(e.from).key),
                QStringLiteral("%1:%2").arg(entityTypeName(graph->vertex(e.to).type), graph->vertex(e.to).key)));
        QCOMPARE(after.declared, pairs);
        QVERIFY(after.events.isEmpty());

        // A graph from another tool: labels only; a number becomes a phone, a name a person
        // known by this file.
        auto foreign = emptyCase(QStringLiteral("gephi.seagull"));
        auto gephi = import(*foreign, test::writeFile(m_dir.path(), QStringLiteral("gephi.graphml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            "  <key attr.name=\"label\" attr.type=\"string\" for=\"node\" id=\"d0\"/>\n"
            "  <graph edgedefault=\"undirected\">\n"
            "    <node id=\"0\"><data key=\"d0\">+855 12 345 678</data></node>\n"
            "    <node id=\"1\"><data key=\"d0\">Boss Lee</data></node>\n"
            "    <edge source=\"0\" target=\"1\"/>\n"
            "    <edge source=\"1\" target=\"7\"/>\n"
            "  </graph>\n"
            "</graphml>\n"));
        SG_VERIFY_OK(gephi);
        QCOMPARE(gephi->report.rejected.size(), 1);
        const Contents g = contentsOf(*foreign);
        QCOMPARE(g.entities, (QSet<QString>{QStringLiteral("phone:+85512345678"), QStringLiteral("person:gephi.graphml#1")}));
        QCOMPARE(g.declared, QSet<QString>{QStringLiteral("associate phone:+85512345678>person:gephi.graphml#1")});
    }

    // Seagull's CSV export read back file by file (entities, events, links) gives the same
    // case; each event says which line it was and which record the exporting case had.
    void csvRoundTrip()
    {
        const QString folder = m_dir.filePath(QStringLiteral("csv"));
        SG_VERIFY_OK(exportCsv(*m_store, folder));
        auto store = emptyCase(QStringLiteral("csv.seagull"));
        qint64 skipped = 0;
        for (const QString &name : {QStringLiteral("entities.csv"), QStringLiteral("events.csv"), QStringLiteral("links.csv")}) {
            auto imported = import(*store, QDir(folder).filePath(name));
            SG_VERIFY_OK(imported);
            QCOMPARE(imported->source.format, QStringLiteral("seagull-csv"));
            QVERIFY(imported->report.rejected.isEmpty());
            if (name == QLatin1String("links.csv"))
                skipped = imported->report.notes.size();
        }
        QCOMPARE(skipped, qint64(1)); // the note that link totals come from the events
        const Contents before = contentsOf(*m_store), after = contentsOf(*store);
        QCOMPARE(after.entities, before.entities);
        QCOMPARE(after.events, before.events);
        QCOMPARE(after.declared, before.declared);
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE locator LIKE 'events.csv:line %, from calls.csv:line %'")),
                 qint64(4));
        // Its links are made again from the events, the same as the exporting case's.
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM links")), test::scalar(*m_store, QStringLiteral("SELECT count(*) FROM links")));
        // A row that names an unknown type is listed with its line; the rest is read.
        QFile events(QDir(folder).filePath(QStringLiteral("events.csv")));
        QVERIFY(events.open(QIODevice::ReadOnly));
        QByteArray bytes = events.readAll();
        bytes.replace(",sms,", ",telepathy,");
        auto other = emptyCase(QStringLiteral("csv2.seagull"));
        auto partly = import(*other, test::writeFile(m_dir.path(), QStringLiteral("events-edited.csv"), bytes));
        SG_VERIFY_OK(partly);
        QCOMPARE(partly->report.rejected.size(), 1);
        QVERIFY(partly->report.rejected.first().message.contains(QLatin1String("telepathy")));
        QCOMPARE(partly->report.events, qint64(before.events.size() - 1));
    }

    // A bundle of part of the case, imported by another agency: the same records, each
    // saying where it was received from and which original file and record it comes from.
    void bundleRoundTrip()
    {
        auto v1 = m_store->resolve(QStringLiteral("account:001:V1"));
        auto phone = m_store->resolve(QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(v1);
        SG_VERIFY_OK(phone);
        // The phone and its neighbours: the calls' parties and its handset.
        auto step = m_store->expand({phone->id}, ExpandFilter{});
        SG_VERIFY_OK(step);
        QSet<EntityId> part{phone->id};
        for (const Entity &e : step->entities)
            part.insert(e.id);
        auto missing = ExchangeData::read(*m_store, QSet<EntityId>(part).unite({987654}));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY2(missing.error().message.contains(QLatin1String("987654")), qPrintable(missing.error().oneLine()));
        auto data = ExchangeData::read(*m_store, part);
        SG_VERIFY_OK(data);
        QVERIFY(!data->events.isEmpty());
        QCOMPARE(data->entities.size(), part.size());
        BundleInfo info;
        info.agency = QStringLiteral("Cambodian National Police");
        info.examiner = QStringLiteral("Sokha Chan");
        info.caseNumber = QStringLiteral("KH-2026-031");
        const QString path = m_dir.filePath(QStringLiteral("part.sgbundle"));
        {
            QSaveFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            SG_VERIFY_OK(writeBundle(*m_store, *data, info, &file));
            QVERIFY(file.commit());
        }
        auto store = emptyCase(QStringLiteral("partner.seagull"));
        auto imported = import(*store, path);
        SG_VERIFY_OK(imported);
        QCOMPARE(imported->source.format, QStringLiteral("seagull-bundle"));
        QVERIFY(imported->report.rejected.isEmpty());
        const QString notes = imported->report.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("Cambodian National Police")) && notes.contains(QLatin1String("(checked)")), qPrintable(notes));
        auto sources = m_store->sources();
        SG_VERIFY_OK(sources);
        QVERIFY(notes.contains(sources->first().sha256));

        // The partner has exactly the part: its entities, their events, their declared links.
        const Contents after = contentsOf(*store);
        Contents expected;
        QHash<EntityId, QString> refs;
        for (const Entity &e : data->entities) {
            expected.entities.insert(e.reference());
            refs.insert(e.id, e.reference());
        }
        QCOMPARE(after.entities, expected.entities);
        QCOMPARE(after.events.size(), data->events.size() + data->singleEvents.size());
        const Contents full = contentsOf(*m_store);
        for (const QString &event : after.events)
            QVERIFY2(full.events.contains(event), qPrintable(event));
        QCOMPARE(after.declared.size(), data->declared.size());
        // Provenance: every event says who sent it, the original file with its hash, the record.
        const QString calls = sources->first().sha256;
        QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE locator LIKE "
                                                     "'received from Cambodian National Police: calls.csv [SHA-256 %1]: calls.csv:line %'").arg(calls)),
                 qint64(after.events.size()));
        QVERIFY(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entity_sources WHERE locator LIKE 'received from Cambodian National Police: %'")) > 0);

        // Damaged in transit: refused whole, the case unchanged.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("\"duration\": 60");
        QVERIFY(at > 0);
        bytes.replace(at, 14, "\"duration\": 61");
        auto another = emptyCase(QStringLiteral("tampered.seagull"));
        auto tampered = import(*another, test::writeFile(m_dir.path(), QStringLiteral("tampered.sgbundle"), bytes));
        QVERIFY(!tampered);
        QCOMPARE(tampered.error().code, ErrorCode::Integrity);
        QVERIFY(tampered.error().message.contains(QLatin1String("tampered.sgbundle")));
        QCOMPARE(test::scalar(*another, QStringLiteral("SELECT count(*) FROM events")), qint64(0));
        QCOMPARE(test::scalar(*another, QStringLiteral("SELECT count(*) FROM sources")), qint64(0));
        // The same bundle twice: recognised by its hash, nothing added.
        auto again = import(*store, path);
        SG_VERIFY_OK(again);
        QVERIFY(again->duplicate);
    }
};

QTEST_GUILESS_MAIN(tst_Exchange)
#include "tst_exchange.moc"

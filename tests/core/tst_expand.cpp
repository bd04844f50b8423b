// Search and neighbour expansion over a case with a known shape: a hub that called ten numbers,
// number i exactly i times on March 1..i, one of them calling a second-hop number, and a handset.

#include "core/ingest/importservice.h"
#include "core/store/casestore.h"
#include "core/store/sourcewriter.h"
#include "tests/common/fixtures.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace sg;

namespace {

const QString Hub = QStringLiteral("+85512345600");

QString neighbour(int i) { return QStringLiteral("+855921112%1").arg(i, 2, 10, QLatin1Char('0')); }

qint64 utc(int day, int hour = 0) { return QDateTime(QDate(2024, 3, day), QTime(hour, 0), QTimeZone("Asia/Phnom_Penh")).toMSecsSinceEpoch(); }

} // namespace

class tst_Expand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    EntityId m_hub = 0;

    QList<QString> keys(const QList<Entity> &entities)
    {
        QList<QString> result;
        for (const Entity &e : entities)
            result << e.key;
        return result;
    }

private slots:
    void initTestCase()
    {
        QByteArray csv = "Calling Number,Called Number,Start Time,Duration,IMEI\n";
        for (int i = 1; i <= 10; ++i) {
            for (int day = 1; day <= i; ++day)
                csv += QStringLiteral("012 345 600,092 111 2%1,%2/03/2024 10:00:00,60,353456789012345\n")
                           .arg(i, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0')).toUtf8();
        }
        csv += "092 111 201,089 555 444,20/03/2024 10:00:00,30,\n092 111 201,089 555 444,21/03/2024 10:00:00,30,\n";
        m_store = test::newCase(m_dir.path());
        ImportService service(*m_store);
        SG_VERIFY_OK(service.importFile(test::writeFile(m_dir.path(), QStringLiteral("star.csv"), csv), {}));

        // A name for one number, as a contact book would give it.
        auto writer = m_store->beginSource(test::sourceRecord(QStringLiteral("contacts"), QStringLiteral("ab")));
        SG_VERIFY_OK(writer);
        auto id = (*writer)->entity(EntityType::Phone, neighbour(3), false, QStringLiteral("contacts:1"), QStringLiteral("092111203"));
        SG_VERIFY_OK(id);
        SG_VERIFY_OK((*writer)->alias(*id, QStringLiteral("Sok Dara ស៊ុក ដារ៉ា"), QStringLiteral("contacts:1")));
        SG_VERIFY_OK((*writer)->commit({}, {}));

        auto hub = m_store->resolve(QStringLiteral("phone:") + Hub);
        SG_VERIFY_OK(hub);
        m_hub = hub->id;
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::newRow("national") << "012 345 600" << Hub;
        QTest::newRow("international") << "+855 12 345 600" << Hub;
        QTest::newRow("00-prefix") << "00855 12 345 600" << Hub;
        QTest::newRow("khmer-digits") << "០១២ ៣៤៥ ៦០០" << Hub;
        QTest::newRow("digits-part") << "345600" << Hub;
        QTest::newRow("latin-name") << "Sok Dara" << neighbour(3);
        QTest::newRow("khmer-name") << "ដារ៉ា" << neighbour(3);
        QTest::newRow("imei") << "353456789012345" << "353456789012345";
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        auto results = m_store->search(query);
        SG_VERIFY_OK(results);
        QVERIFY2(!results->isEmpty(), qPrintable(query));
        QCOMPARE(results->first().key, first);
    }

    void searchFindsNothingForStrangers()
    {
        auto results = m_store->search(QStringLiteral("+66 81 999 0000"));
        SG_VERIFY_OK(results);
        QVERIFY(results->isEmpty());
        auto empty = m_store->search(QStringLiteral("   "));
        SG_VERIFY_OK(empty);
        QVERIFY(empty->isEmpty());
    }

    void limitKeepsTheMostConnected()
    {
        ExpandFilter filter;
        filter.limit = 3;
        filter.entityTypes = {EntityType::Phone};
        auto result = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(result);
        QCOMPARE(keys(result->entities), (QList<QString>{neighbour(10), neighbour(9), neighbour(8)}));
        QCOMPARE(result->omitted, qint64(7));
        QCOMPARE(result->omittedPerEntity.value(m_hub), qint64(7));
        // Links from the hub to each new neighbour, with their counts.
        QCOMPARE(result->links.size(), 3);
        for (const Link &l : std::as_const(result->links)) {
            QCOMPARE(l.from, m_hub);
            QVERIFY(l.count >= 8);
        }

        // The next page skips what is already shown.
        for (const Entity &e : std::as_const(result->entities))
            filter.exclude.append(e.id);
        auto next = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(next);
        QCOMPARE(keys(next->entities), (QList<QString>{neighbour(7), neighbour(6), neighbour(5)}));
        QCOMPARE(next->omitted, qint64(4));
    }

    void entitiesComeInTheOrderOfTheExpansion()
    {
        // Read by id in one pass (CaseStore::entitiesById), handed back most connected first:
        // here the reverse of the order the numbers entered the case.
        ExpandFilter filter;
        filter.limit = 0;
        filter.withLinks = false;
        filter.entityTypes = {EntityType::Phone};
        auto result = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(result);
        QList<QString> expected;
        for (int i = 10; i >= 1; --i)
            expected << neighbour(i);
        QCOMPARE(keys(result->entities), expected);
        for (const Entity &e : std::as_const(result->entities)) {
            QCOMPARE(e.type, EntityType::Phone);
            QCOMPARE(e.aliases, e.key == neighbour(3) ? QStringList{QStringLiteral("Sok Dara ស៊ុក ដារ៉ា")} : QStringList());
        }
        QVERIFY(result->links.isEmpty());
    }

    void minCount()
    {
        ExpandFilter filter;
        filter.minCount = 5;
        filter.limit = 0;
        filter.entityTypes = {EntityType::Phone};
        auto result = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(result);
        QCOMPARE(result->entities.size(), 6); // numbers 5..10
        QCOMPARE(result->omitted, qint64(0));
    }

    void timeRange()
    {
        ExpandFilter filter;
        filter.limit = 0;
        filter.entityTypes = {EntityType::Phone};
        filter.fromUtcMs = utc(6);
        auto late = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(late);
        QCOMPARE(late->entities.size(), 5); // only numbers 6..10 were called from the 6th on
        qint64 lateTotal = 0;
        for (const Link &l : std::as_const(late->links))
            lateTotal += l.count;
        QCOMPARE(lateTotal, qint64(1 + 2 + 3 + 4 + 5)); // numbers 6..10 on days 6..i
        filter.fromUtcMs = utc(1);
        filter.toUtcMs = utc(2, 23);
        auto early = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(early);
        QCOMPARE(early->entities.size(), 10);
        qint64 total = 0;
        for (const Link &l : std::as_const(early->links))
            total += l.count;
        QCOMPARE(total, qint64(1 + 9 * 2)); // number 1 once, the others twice in two days
    }

    void hopsAndTypes()
    {
        ExpandFilter filter;
        filter.limit = 0;
        filter.hops = 1;
        auto one = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(one);
        QCOMPARE(one->entities.size(), 11); // ten numbers and the handset
        QVERIFY(!keys(one->entities).contains(QStringLiteral("+85589555444")));
        filter.hops = 2;
        auto two = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(two);
        QVERIFY(keys(two->entities).contains(QStringLiteral("+85589555444")));
        QVERIFY(!two->links.isEmpty());
        // The same entities, in the same order, without their links (a chart reads those itself).
        filter.withLinks = false;
        auto alone = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(alone);
        QCOMPARE(keys(alone->entities), keys(two->entities));
        QVERIFY(alone->links.isEmpty());
        filter.withLinks = true;
        filter.hops = 1;
        filter.entityTypes = {EntityType::Device};
        auto devices = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(devices);
        QCOMPARE(keys(devices->entities), QList<QString>{QStringLiteral("353456789012345")});
        QCOMPARE(devices->links.size(), 1);
        QCOMPARE(devices->links.first().kind, LinkKind::Uses);
    }

    void resolveForms()
    {
        for (const QString &form : {QStringLiteral("phone:+85512345600"), QStringLiteral("012345600"), QString::number(m_hub),
                                    QStringLiteral("phone:012 345 600")}) {
            auto e = m_store->resolve(form);
            SG_VERIFY_OK(e);
            QCOMPARE(e->id, m_hub);
        }
        auto device = m_store->resolve(QStringLiteral("353456789012345"));
        SG_VERIFY_OK(device);
        QCOMPARE(device->type, EntityType::Device);
        auto missing = m_store->resolve(QStringLiteral("phone:+66812345678"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void summary()
    {
        auto s = m_store->summary(m_hub);
        SG_VERIFY_OK(s);
        QCOMPARE(s->events, qint64(55));
        QCOMPARE(s->neighbours, qint64(11));
        QCOMPARE(s->sources.size(), 1);
        QCOMPARE(s->sources.first().locator, QStringLiteral("star.csv:line 2"));
        auto named = m_store->resolve(QStringLiteral("phone:") + neighbour(3));
        SG_VERIFY_OK(named);
        QCOMPARE(named->aliases, QStringList{QStringLiteral("Sok Dara ស៊ុក ដារ៉ា")});
        // Each name with the source and record that give it.
        auto namedSummary = m_store->summary(named->id);
        SG_VERIFY_OK(namedSummary);
        QCOMPARE(namedSummary->aliases.size(), 1);
        QCOMPARE(namedSummary->aliases.first().value, QStringLiteral("Sok Dara ស៊ុក ដារ៉ា"));
        QCOMPARE(namedSummary->aliases.first().provenance.sourceFile, QStringLiteral("contacts"));
        QCOMPARE(namedSummary->aliases.first().provenance.locator, QStringLiteral("contacts:1"));
    }

    void linkTypesNarrowTheExpansion()
    {
        ExpandFilter filter;
        filter.linkTypes = {QStringLiteral("uses")};
        auto uses = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(uses);
        QCOMPARE(keys(uses->entities), (QList<QString>{QStringLiteral("353456789012345")}));
        QCOMPARE(uses->links.size(), 1);
        QCOMPARE(uses->links.first().kind, LinkKind::Uses);

        filter.linkTypes = {QStringLiteral("call")};
        auto calls = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(calls);
        QCOMPARE(calls->entities.size(), 10);
        for (const Link &l : std::as_const(calls->links))
            QCOMPARE(l.eventType, QStringLiteral("call"));

        filter.linkTypes = {QStringLiteral("sms")};
        auto sms = m_store->expand({m_hub}, filter);
        SG_VERIFY_OK(sms);
        QVERIFY(sms->entities.isEmpty());
    }

    // The links among a few entities are looked up by pairs of ends, among many by reading
    // each entity's links (CaseStore::PairLookupLimit): both give the same links, with their
    // money per currency, in the order they were made.
    void linksAmongFewAndMany()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("mixed.csv"), QStringLiteral("ef")));
        SG_VERIFY_OK(writer);
        QList<EntityId> ids;
        for (int i = 0; i < 100; ++i) {
            auto id = (*writer)->entity(EntityType::Account, QStringLiteral("ACB:%1").arg(1000 + i), false, QStringLiteral("mixed.csv:1"), {});
            SG_VERIFY_OK(id);
            ids << *id;
        }
        int row = 0;
        auto event = [&](int from, int to, EventType type, std::optional<Money> amount) {
            Event e;
            e.type = type;
            e.from = ids[from];
            e.to = ids[to];
            e.utcMs = utc(2) + row * 1000;
            e.amount = amount;
            return (*writer)->event(e, QStringLiteral("mixed.csv:%1").arg(++row));
        };
        // Entity 0 is a hub linked to all; 1..9 are also linked among themselves, with money in
        // two currencies on some links.
        for (int i = 99; i >= 1; --i)
            SG_VERIFY_OK(event(0, i, EventType::Call, {}));
        for (int i = 1; i < 9; ++i) {
            SG_VERIFY_OK(event(i, i + 1, EventType::Transfer, Money{100 * i, QStringLiteral("USD"), 2}));
            SG_VERIFY_OK(event(i, i + 1, EventType::Transfer, Money{5000, QStringLiteral("THB"), 2}));
            SG_VERIFY_OK(event(i + 1, i, EventType::Call, {}));
        }
        SG_VERIFY_OK((*writer)->commit({}, {}));
        // A later source's new link is made last, though its ends come first.
        auto later = store->beginSource(test::sourceRecord(QStringLiteral("later.csv"), QStringLiteral("f0")));
        SG_VERIFY_OK(later);
        Event back;
        back.type = EventType::Call;
        back.from = ids[1];
        back.to = ids[0];
        back.utcMs = utc(3);
        SG_VERIFY_OK((*later)->event(back, QStringLiteral("later.csv:2")));
        SG_VERIFY_OK((*later)->commit({}, {}));

        const QList<EntityId> few = ids.mid(0, 10);
        QVERIFY(few.size() <= CaseStore::PairLookupLimit);
        QVERIFY(ids.size() > CaseStore::PairLookupLimit);
        auto byPairs = store->linksAmong(few);
        auto byEntity = store->linksAmong(ids);
        SG_VERIFY_OK(byPairs);
        SG_VERIFY_OK(byEntity);
        QCOMPARE(byEntity->size(), 99 + 16 + 1);
        auto describe = [&](const Link &l) {
            QStringList money;
            for (const Money &m : l.amounts)
                money << QStringLiteral("%1 %2").arg(m.currency).arg(m.minor);
            return QStringLiteral("%1>%2 %3 %4 [%5]").arg(ids.indexOf(l.from)).arg(ids.indexOf(l.to)).arg(l.eventType).arg(l.count).arg(money.join(QLatin1Char(',')));
        };
        QStringList fromPairs, fromEntities;
        for (const Link &l : std::as_const(*byPairs))
            fromPairs << describe(l);
        for (const Link &l : std::as_const(*byEntity)) {
            if (few.contains(l.from) && few.contains(l.to))
                fromEntities << describe(l);
        }
        QCOMPARE(fromPairs, fromEntities);
        // Every link once, in the order made: the first source's grouped by their ends and type,
        // then the later source's.
        QStringList all;
        for (const Link &l : std::as_const(*byEntity))
            all << describe(l);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
        for (qsizetype i = 1; i + 1 < byEntity->size(); ++i) {
            const Link &a = byEntity->at(i - 1);
            const Link &b = byEntity->at(i);
            QVERIFY2(std::tie(a.from, a.to, a.eventType) < std::tie(b.from, b.to, b.eventType), qPrintable(all.mid(i - 1, 2).join(QLatin1String(" before "))));
        }
        QCOMPARE(all.last(), QStringLiteral("1>0 call 1 []"));
        QCOMPARE(fromPairs.size(), 9 + 16 + 1);
        // In the order they were made (an import makes its links in the order of their ends).
        QCOMPARE(fromPairs.first(), QStringLiteral("0>1 call 1 []"));
        QVERIFY2(fromPairs.contains(QStringLiteral("3>4 transfer 2 [THB 5000,USD 300]")), qPrintable(fromPairs.join(QLatin1Char('\n'))));
        QCOMPARE(fromPairs.at(fromPairs.size() - 2), QStringLiteral("9>8 call 1 []"));
        QCOMPARE(fromPairs.last(), QStringLiteral("1>0 call 1 []"));

        // Within a time window the money is that of the window's events, per currency: the
        // whole time gives every link as above, the first two rounds of transfers theirs alone.
        const auto windowed = [&](qint64 from, qint64 to) -> QStringList {
            auto read = store->linksAmong(few, from, to);
            if (!read)
                return {read.error().oneLine()};
            QStringList got;
            for (const Link &l : std::as_const(*read))
                got << describe(l);
            got.sort();
            return got;
        };
        QStringList everything = fromPairs;
        everything.sort();
        QCOMPARE(windowed(utc(1), utc(30)), everything);
        QCOMPARE(windowed(utc(2) + 99 * 1000, utc(2) + 104 * 1000),
                 QStringList({QStringLiteral("1>2 transfer 2 [THB 5000,USD 100]"), QStringLiteral("2>1 call 1 []"),
                              QStringLiteral("2>3 transfer 2 [THB 5000,USD 200]"), QStringLiteral("3>2 call 1 []")}));

        // The links touching some of them (both ends among `among`, one at least in `touching`),
        // read from their side: as those among all, kept in order, with their money.
        const auto touchingCheck = [&](const QList<EntityId> &touching, const QList<EntityId> &among) {
            auto read = store->linksTouching(touching, among);
            SG_VERIFY_OK(read);
            QStringList got, expected;
            for (const Link &l : std::as_const(*read))
                got << describe(l);
            for (const Link &l : std::as_const(*byEntity)) {
                if (among.contains(l.from) && among.contains(l.to) && (touching.contains(l.from) || touching.contains(l.to)))
                    expected << describe(l);
            }
            QVERIFY(!expected.isEmpty());
            QCOMPARE(got, expected);
        };
        touchingCheck({ids[0]}, ids);              // the hub: its 99 links each way and the later one back
        touchingCheck({ids[3], ids[4]}, few);      // two neighbours: their link both ways, and to the rest
        touchingCheck({ids[5], ids[50]}, ids.mid(0, 60));
        auto none = store->linksTouching({ids[50]}, {ids[50], ids[51]});
        SG_VERIFY_OK(none);
        QVERIFY(none->isEmpty());
    }

    // Within a time window the links among entities are their events in the window, grouped
    // by ends and type, and the declared links (which have no time) with both ends among them:
    // for a few entities and for many (the declared ones read as the links among many are,
    // CaseStore::PairLookupLimit), against the case's own rows.
    void linksWithinATimeWindowAmongFewAndMany()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("window.csv"), QStringLiteral("a1")));
        SG_VERIFY_OK(writer);
        QList<EntityId> ids;
        for (int i = 0; i < 120; ++i) {
            auto id = (*writer)->entity(EntityType::Phone, QStringLiteral("+8551290%1").arg(1000 + i), false, QStringLiteral("window.csv:1"), {});
            SG_VERIFY_OK(id);
            ids << *id;
        }
        std::mt19937_64 random(11);
        for (int row = 0; row < 3000; ++row) {
            Event e;
            e.type = random() % 4 == 0 ? EventType::Sms : EventType::Call;
            e.from = ids[random() % 3 == 0 ? 0 : random() % ids.size()];
            e.to = ids[random() % ids.size()];
            e.utcMs = utc(1) + qint64(random() % (20 * 24)) * 3600 * 1000;
            e.duration = qint64(random() % 300);
            SG_VERIFY_OK((*writer)->event(e, QStringLiteral("window.csv:%1").arg(row + 2)));
        }
        // Declared links among the first hundred and from them to the last twenty.
        for (int i = 0; i < 60; ++i)
            SG_VERIFY_OK((*writer)->declaredLink(i % 2 ? LinkKind::Associate : LinkKind::Owns, ids[random() % 100], ids[100 + random() % 20],
                                                 QStringLiteral("notes:%1").arg(i)));
        for (int i = 0; i < 60; ++i)
            SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Associate, ids[random() % 100], ids[random() % 100], QStringLiteral("notes:%1").arg(100 + i)));
        SG_VERIFY_OK((*writer)->commit({}, {}));

        const auto describe = [&](const QList<Link> &links) {
            QStringList out;
            for (const Link &l : links)
                out << QStringLiteral("%1>%2 %3 %4 %5 %6 %7 %8")
                           .arg(l.from)
                           .arg(l.to)
                           .arg(linkKindName(l.kind), l.eventType)
                           .arg(l.count)
                           .arg(l.totalDuration)
                           .arg(l.firstUtcMs)
                           .arg(l.lastUtcMs);
            out.sort();
            return out;
        };
        const auto expected = [&](const QList<EntityId> &among, qint64 from, qint64 to) {
            const QString in = sql::idList(among);
            QStringList out = test::rows(*store,
                                         QStringLiteral("SELECT from_entity || '>' || to_entity || ' aggregate ' || type || ' ' || count(*) || ' ' || sum(duration) "
                                                        "|| ' ' || min(utc_ms) || ' ' || max(utc_ms) FROM events WHERE from_entity IN (SELECT value FROM json_each('%1')) "
                                                        "AND to_entity IN (SELECT value FROM json_each('%1')) AND utc_ms >= %2 AND utc_ms <= %3 "
                                                        "GROUP BY from_entity, to_entity, type "
                                                        "UNION ALL SELECT from_entity || '>' || to_entity || ' ' || kind || ' ' || event_type || ' ' || count || ' ' || "
                                                        "total_duration || ' ' || coalesce(first_utc_ms, 0) || ' ' || coalesce(last_utc_ms, 0) FROM links "
                                                        "WHERE kind <> 'aggregate' AND from_entity IN (SELECT value FROM json_each('%1')) "
                                                        "AND to_entity IN (SELECT value FROM json_each('%1'))")
                                             .arg(in)
                                             .arg(from)
                                             .arg(to),
                                         1);
            out.sort();
            return out;
        };
        const QList<QList<EntityId>> sets{ids.mid(0, 10), ids.mid(95, 20), ids.mid(0, 100), ids};
        qsizetype declared = 0;
        for (const QList<EntityId> &among : sets) {
            for (const auto &[from, to] : {std::pair{utc(3), utc(10)}, std::pair{utc(1), utc(25)}}) {
                auto read = store->linksAmong(among, from, to);
                SG_VERIFY_OK(read);
                const QStringList want = expected(among, from, to);
                QCOMPARE(describe(*read), want);
                QVERIFY(!want.isEmpty());
                for (const QString &line : want)
                    declared += line.contains(QLatin1String(" associate ")) || line.contains(QLatin1String(" owns "));
            }
        }
        QVERIFY(sets[0].size() <= CaseStore::PairLookupLimit && sets[2].size() > CaseStore::PairLookupLimit);
        QVERIFY(declared > 20);
    }

    // The sources behind some entities are those that name them and those of the links among
    // them, for a few entities (pairs looked up) and for many (each one's links read).
    void sourcesBehindEntitiesAndTheirLinks()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QList<EntityId> ids;
        {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("a.csv"), QStringLiteral("b1")));
            SG_VERIFY_OK(writer);
            for (int i = 0; i < 200; ++i) {
                auto id = (*writer)->entity(EntityType::Account, QStringLiteral("ACB:%1").arg(5000 + i), false, QStringLiteral("a.csv:1"), {});
                SG_VERIFY_OK(id);
                ids << *id;
            }
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }
        // Each later source moves money along a chain of its own, between entities a named (it
        // names none itself: it is behind the links alone).
        const auto chain = [&](const QString &file, const QString &hash, int first, int last) -> Status {
            auto writer = store->beginSource(test::sourceRecord(file, hash));
            if (!writer)
                return writer.error();
            for (int i = first; i < last; ++i) {
                Event e;
                e.type = EventType::Transfer;
                e.from = ids[i];
                e.to = ids[i + 1];
                e.utcMs = utc(2) + i * 1000;
                e.amount = Money{1000, QStringLiteral("USD"), 2};
                if (Status s = (*writer)->event(e, QStringLiteral("%1:%2").arg(file).arg(i)); !s)
                    return s;
            }
            return (*writer)->commit({}, {});
        };
        SG_VERIFY_OK(chain(QStringLiteral("b.csv"), QStringLiteral("b2"), 0, 99));
        SG_VERIFY_OK(chain(QStringLiteral("c.csv"), QStringLiteral("b3"), 120, 199));
        const auto behind = [&](const QList<EntityId> &among) {
            QStringList files;
            if (auto read = store->sourcesBehind(among))
                for (const SourceRecord &r : *read)
                    files << r.fileName;
            else
                files << read.error().oneLine();
            return files.join(QLatin1Char(' '));
        };
        QCOMPARE(behind(ids.mid(0, 2)), QStringLiteral("a.csv b.csv"));
        QCOMPARE(behind({ids[130], ids[131]}), QStringLiteral("a.csv c.csv"));
        QCOMPARE(behind({ids[130], ids[140]}), QStringLiteral("a.csv"));
        QCOMPARE(behind(ids.mid(0, 100)), QStringLiteral("a.csv b.csv"));
        QCOMPARE(behind(ids.mid(100, 100)), QStringLiteral("a.csv c.csv"));
        QList<EntityId> apart;
        for (int i = 20; i < 200; i += 2) {
            if (i < 60 || i >= 100)
                apart << ids[i]; // no two of them linked
        }
        QCOMPARE(behind(apart), QStringLiteral("a.csv"));
        apart << ids[1] << ids[2];
        QCOMPARE(behind(apart), QStringLiteral("a.csv b.csv"));
        QVERIFY(ids.mid(100, 100).size() > CaseStore::PairLookupLimit && apart.size() > CaseStore::PairLookupLimit);
    }

    void minimumAmount()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("bank.csv"), QStringLiteral("cd")));
        SG_VERIFY_OK(writer);
        QHash<QString, EntityId> ids;
        for (const QString &key : {QStringLiteral("ACB:1001"), QStringLiteral("ACB:2002"), QStringLiteral("ACB:3003"),
                                   QStringLiteral("KBANK:4004")}) {
            auto id = (*writer)->entity(EntityType::Account, key, false, QStringLiteral("bank.csv:1"), key);
            SG_VERIFY_OK(id);
            ids.insert(key, *id);
        }
        int row = 0;
        auto transfer = [&](const QString &to, qint64 minor, const QString &currency) {
            Event e;
            e.type = EventType::Transfer;
            e.from = ids.value(QStringLiteral("ACB:1001"));
            e.to = ids.value(to);
            e.utcMs = utc(2 + row);
            e.amount = Money{minor, currency, 2};
            return (*writer)->event(e, QStringLiteral("bank.csv:%1").arg(++row));
        };
        SG_VERIFY_OK(transfer(QStringLiteral("ACB:2002"), 30000, QStringLiteral("USD")));
        SG_VERIFY_OK(transfer(QStringLiteral("ACB:2002"), 25000, QStringLiteral("USD")));
        SG_VERIFY_OK(transfer(QStringLiteral("ACB:3003"), 2000, QStringLiteral("USD")));
        SG_VERIFY_OK(transfer(QStringLiteral("KBANK:4004"), 1000000, QStringLiteral("THB")));
        SG_VERIFY_OK((*writer)->commit({}, {}));

        const EntityId source = ids.value(QStringLiteral("ACB:1001"));
        ExpandFilter filter;
        filter.minAmount = Money{10000, QStringLiteral("USD"), 2};
        auto usd = store->expand({source}, filter);
        SG_VERIFY_OK(usd);
        QCOMPARE(keys(usd->entities), (QList<QString>{QStringLiteral("ACB:2002")}));
        // The pair's total counts, not one transfer: 300 + 250 passes 500, neither alone does.
        filter.minAmount = Money{50000, QStringLiteral("USD"), 2};
        auto total = store->expand({source}, filter);
        SG_VERIFY_OK(total);
        QCOMPARE(keys(total->entities), (QList<QString>{QStringLiteral("ACB:2002")}));
        filter.minAmount = Money{60000, QStringLiteral("USD"), 2};
        auto none = store->expand({source}, filter);
        SG_VERIFY_OK(none);
        QVERIFY(none->entities.isEmpty());
        filter.minAmount = Money{10000, QStringLiteral("THB"), 2};
        auto baht = store->expand({source}, filter);
        SG_VERIFY_OK(baht);
        QCOMPARE(keys(baht->entities), (QList<QString>{QStringLiteral("KBANK:4004")}));
        // The same in a time window, summed from the events: only the first transfer is inside.
        filter.minAmount = Money{10000, QStringLiteral("USD"), 2};
        filter.fromUtcMs = utc(2);
        filter.toUtcMs = utc(2, 12);
        auto windowed = store->expand({source}, filter);
        SG_VERIFY_OK(windowed);
        QCOMPARE(keys(windowed->entities), (QList<QString>{QStringLiteral("ACB:2002")}));
        filter.minAmount = Money{50000, QStringLiteral("USD"), 2};
        auto windowedNone = store->expand({source}, filter);
        SG_VERIFY_OK(windowedNone);
        QVERIFY(windowedNone->entities.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Expand)
#include "tst_expand.moc"

// seagull-cli as a script or another tool sees it: exit codes, one-line reasons, and the JSON
// shapes of DESIGN.md §6. Runs the real binary on real case files.

#include "tests/common/fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sqlite3.h>

using namespace sg;

class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    QString m_csv;

    test::Run cli(const QStringList &args) { return test::runProcess(QStringLiteral(SEAGULL_CLI), args); }

    QJsonObject json(const QStringList &args, int expectedExit = 0)
    {
        const test::Run run = cli(args + QStringList{QStringLiteral("--json")});
        if (run.exitCode != expectedExit)
            qWarning("%s -> %d\n%s%s", qPrintable(args.join(QLatin1Char(' '))), run.exitCode, run.out.constData(), run.err.constData());
        [&] { QCOMPARE(run.exitCode, expectedExit); }();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        [&] { QVERIFY2(doc.isObject(), run.out.constData()); }();
        return doc.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(SEAGULL_CLI)));
        m_case = m_dir.filePath(QStringLiteral("case.seagull"));
        m_csv = test::writeFile(m_dir.path(), QStringLiteral("cdr.csv"), test::smallCdr());
    }

    void usageErrorsExitTwo()
    {
        const test::Run none = cli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.out.contains("Usage"));
        const test::Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command"));
        QCOMPARE(unknown.err.count('\n'), 1); // one line
        const test::Run badOption = cli({QStringLiteral("stats"), m_case, QStringLiteral("--hops"), QStringLiteral("3")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.contains("--hops"));
        const QJsonObject noName = json({QStringLiteral("create"), m_dir.filePath(QStringLiteral("x.seagull"))}, 2);
        QVERIFY(noName.value(QStringLiteral("error")).toString().contains(QLatin1String("--name")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.seagull"))));
    }

    void createAndImport()
    {
        const QJsonObject created = json({QStringLiteral("create"), m_case, QStringLiteral("--name"), QStringLiteral("CLI case"),
                                          QStringLiteral("--number"), QStringLiteral("KH-2024-17"), QStringLiteral("--region"),
                                          QStringLiteral("kh"), QStringLiteral("--tz"), QStringLiteral("Asia/Phnom_Penh")});
        QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("CLI case"));
        const QJsonObject again = json({QStringLiteral("create"), m_case, QStringLiteral("--name"), QStringLiteral("x")}, 1);
        QVERIFY(again.value(QStringLiteral("error")).toString().contains(QLatin1String("already exists")));

        const QJsonObject imported = json({QStringLiteral("import"), m_case, m_csv});
        const QJsonArray list = imported.value(QStringLiteral("imported")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("events")).toInt(), 6);
        QCOMPARE(first.value(QStringLiteral("duplicate")).toBool(), false);
        QCOMPARE(first.value(QStringLiteral("format")).toString(), QStringLiteral("cdr-csv"));
        QVERIFY(first.value(QStringLiteral("rejected")).toArray().isEmpty());

        const QJsonObject duplicate = json({QStringLiteral("import"), m_case, m_csv});
        QVERIFY(duplicate.value(QStringLiteral("imported")).toArray().first().toObject().value(QStringLiteral("duplicate")).toBool());

        // Human-readable output says the same.
        const test::Run human = cli({QStringLiteral("import"), m_case, m_csv});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("already imported"), human.out.constData());
    }

    void importErrors()
    {
        const QJsonObject missing = json({QStringLiteral("import"), m_case, m_dir.filePath(QStringLiteral("nope.csv"))}, 1);
        QVERIFY(missing.value(QStringLiteral("error")).toString().contains(QLatin1String("nope.csv")));
        QVERIFY(missing.contains(QStringLiteral("detail")));
        const QString notCase = test::writeFile(m_dir.path(), QStringLiteral("notes.txt"), "hello\n");
        const QJsonObject wrongCase = json({QStringLiteral("stats"), notCase}, 1);
        QVERIFY(wrongCase.value(QStringLiteral("error")).toString().contains(QLatin1String("not a Seagull case")));
        const QString broken = test::writeFile(m_dir.path(), QStringLiteral("broken.csv"), "caller,callee,time\n1,2,x\n");
        const test::Run human = cli({QStringLiteral("import"), m_case, broken});
        QCOMPARE(human.exitCode, 1);
        QVERIFY(human.err.startsWith("seagull-cli: "));
        QVERIFY(human.err.contains("broken.csv"));
        QCOMPARE(human.err.count('\n'), 1);
    }

    void folderImportAndRejectedRows()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("folder"));
        test::writeFile(m_dir.filePath(QStringLiteral("folder")), QStringLiteral("a.csv"),
                        "caller,callee,time,duration\n012345678,092111222,2024-04-01 10:00,5\n012345678,092111222,bad,5\n");
        test::writeFile(m_dir.filePath(QStringLiteral("folder")), QStringLiteral("b.csv"),
                        "caller,callee,time,duration\n092111222,011999000,2024-04-02 10:00,5\n");
        const QJsonObject result = json({QStringLiteral("import"), m_case, m_dir.filePath(QStringLiteral("folder"))});
        const QJsonArray list = result.value(QStringLiteral("imported")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonArray rejected = list.first().toObject().value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().toObject().value(QStringLiteral("line")).toInt(), 3);
    }

    void mappingAndEncodingOptions()
    {
        // A case of its own: the other tests count what m_case holds.
        const QString money = m_dir.filePath(QStringLiteral("money.seagull"));
        QCOMPARE(cli({QStringLiteral("create"), money, QStringLiteral("--name"), QStringLiteral("Money")}).exitCode, 0);
        const QString table = test::writeFile(m_dir.path(), QStringLiteral("wallet.csv"),
                                              "When;From;To;Sum\n05/03/2024 10:00;012345678;097777888;1.250,50\n");
        const QString mappingFile = test::writeFile(m_dir.path(), QStringLiteral("wallet.json"),
                                                    "{\"name\": \"Wing export\", \"institution\": \"Wing\", \"currency\": \"USD\", \"decimal\": \"comma\","
                                                    " \"columns\": {\"datetime\": \"When\", \"from_account\": \"From\", \"to_account\": \"To\", \"amount\": \"Sum\"}}");
        // Unknown without the mapping; read with it, and the mapping kept with the case.
        QCOMPARE(cli({QStringLiteral("import"), money, table}).exitCode, 1);
        const QJsonObject result = json({QStringLiteral("import"), money, table, QStringLiteral("--mapping"), mappingFile});
        const QJsonObject first = result.value(QStringLiteral("imported")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("format")).toString(), QStringLiteral("money-table"));
        QCOMPARE(first.value(QStringLiteral("events")).toInt(), 1);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(money.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM mappings), (SELECT amount_text || ' ' || currency FROM events)", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 1);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))), QStringLiteral("1250.50 USD"));
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        // A mapping that is not one, and an encoding Seagull does not know, are refused.
        const QString bad = test::writeFile(m_dir.path(), QStringLiteral("bad.json"), "{\"name\": \"x\", \"columns\": {\"when\": \"When\"}}");
        const QJsonObject refused = json({QStringLiteral("import"), money, table, QStringLiteral("--mapping"), bad}, 1);
        QVERIFY(refused.value(QStringLiteral("error")).toString().contains(QLatin1String("bad.json")));
        QCOMPARE(cli({QStringLiteral("import"), money, table, QStringLiteral("--encoding"), QStringLiteral("klingon")}).exitCode, 2);

        // Expansion by link type and by the amount moved.
        const QString payer = QStringLiteral("account:WING:012345678");
        auto count = [&](const QStringList &options) {
            return json(QStringList{QStringLiteral("expand"), money, payer} + options).value(QStringLiteral("entities")).toArray().size();
        };
        QCOMPARE(count({}), 1);
        QCOMPARE(count({QStringLiteral("--link-types"), QStringLiteral("transfer")}), 1);
        QCOMPARE(count({QStringLiteral("--link-types"), QStringLiteral("call,sms")}), 0);
        QCOMPARE(count({QStringLiteral("--min-amount"), QStringLiteral("1000 USD")}), 1);
        QCOMPARE(count({QStringLiteral("--min-amount"), QStringLiteral("USD 1,250.50")}), 1);
        QCOMPARE(count({QStringLiteral("--min-amount"), QStringLiteral("1250.51 USD")}), 0);
        QCOMPARE(count({QStringLiteral("--min-amount"), QStringLiteral("1000 THB")}), 0);
        QCOMPARE(cli({QStringLiteral("expand"), money, payer, QStringLiteral("--min-amount"), QStringLiteral("lots")}).exitCode, 2);
    }

    void statsAndSources()
    {
        const QJsonObject stats = json({QStringLiteral("stats"), m_case});
        QCOMPARE(stats.value(QStringLiteral("sources")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("entities")).toObject().value(QStringLiteral("phone")).toInt(), 4);
        QCOMPARE(stats.value(QStringLiteral("events")).toObject().value(QStringLiteral("call")).toInt(), 7);
        QCOMPARE(stats.value(QStringLiteral("events")).toObject().value(QStringLiteral("sms")).toInt(), 1);
        QVERIFY(stats.value(QStringLiteral("links")).toInt() >= 5);

        const QJsonArray sources = json({QStringLiteral("sources"), m_case}).value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 3);
        const QJsonObject first = sources.first().toObject();
        QCOMPARE(first.value(QStringLiteral("sha256")).toString().size(), 64);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(first.value(QStringLiteral("counts")).toObject().value(QStringLiteral("events")).toInt(), 6);
        QVERIFY(first.contains(QStringLiteral("app_schema_version"))); // null for a CSV
        QVERIFY(first.value(QStringLiteral("app_schema_version")).isNull());
        QCOMPARE(sources.at(1).toObject().value(QStringLiteral("rejected")).toInt(), 1);
    }

    void searchAndShow()
    {
        const QJsonArray found = json({QStringLiteral("search"), m_case, QStringLiteral("012 345 678")}).value(QStringLiteral("entities")).toArray();
        QVERIFY(!found.isEmpty());
        const QJsonObject a = found.first().toObject();
        QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("phone"));
        QCOMPARE(a.value(QStringLiteral("key")).toString(), QStringLiteral("+85512345678"));
        QVERIFY(a.contains(QStringLiteral("id")) && a.contains(QStringLiteral("label")) && a.contains(QStringLiteral("aliases")));

        const QJsonObject shown = json({QStringLiteral("show"), m_case, QStringLiteral("phone:+85512345678")});
        const QJsonObject entity = shown.value(QStringLiteral("entities")).toArray().first().toObject();
        QCOMPARE(entity.value(QStringLiteral("events")).toInt(), 6);
        QCOMPARE(entity.value(QStringLiteral("sources")).toArray().first().toObject().value(QStringLiteral("locator")).toString(),
                 QStringLiteral("cdr.csv:line 2"));
        const QJsonObject unknown = json({QStringLiteral("show"), m_case, QStringLiteral("phone:+66899999999")}, 1);
        QVERIFY(unknown.value(QStringLiteral("error")).toString().contains(QLatin1String("No entity")));
    }

    void expandFilters()
    {
        const QString a = QStringLiteral("phone:+85512345678");
        const QJsonObject all = json({QStringLiteral("expand"), m_case, a});
        QCOMPARE(all.value(QStringLiteral("entities")).toArray().size(), 2);
        QCOMPARE(all.value(QStringLiteral("omitted")).toInt(), 0);
        const QJsonObject link = all.value(QStringLiteral("links")).toArray().first().toObject();
        for (const char *key : {"source", "target", "type", "count"})
            QVERIFY2(link.contains(QLatin1String(key)), key);

        const QJsonObject limited = json({QStringLiteral("expand"), m_case, a, QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(limited.value(QStringLiteral("entities")).toArray().size(), 1);
        QCOMPARE(limited.value(QStringLiteral("omitted")).toInt(), 1);
        // Most connected first: B (4 calls with the April one) before C (1 SMS).
        QCOMPARE(limited.value(QStringLiteral("entities")).toArray().first().toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("+85592111222"));

        const QJsonObject busy = json({QStringLiteral("expand"), m_case, a, QStringLiteral("--min-count"), QStringLiteral("2")});
        QCOMPARE(busy.value(QStringLiteral("entities")).toArray().size(), 1);

        const QJsonObject two = json({QStringLiteral("expand"), m_case, a, QStringLiteral("--hops"), QStringLiteral("2")});
        QCOMPARE(two.value(QStringLiteral("entities")).toArray().size(), 3);

        const QJsonObject april = json({QStringLiteral("expand"), m_case, a, QStringLiteral("--from"), QStringLiteral("2024-04-01"),
                                        QStringLiteral("--to"), QStringLiteral("2024-04-30")});
        QCOMPARE(april.value(QStringLiteral("entities")).toArray().size(), 1);
        QCOMPARE(april.value(QStringLiteral("links")).toArray().first().toObject().value(QStringLiteral("count")).toInt(), 1);

        const QJsonObject march = json({QStringLiteral("expand"), m_case, a, QStringLiteral("--to"), QStringLiteral("2024-03-06")});
        QCOMPARE(march.value(QStringLiteral("entities")).toArray().size(), 1);

        json({QStringLiteral("expand"), m_case, a, QStringLiteral("--hops"), QStringLiteral("zero")}, 2);
        json({QStringLiteral("expand"), m_case, a, QStringLiteral("--types"), QStringLiteral("spaceship")}, 2);
        json({QStringLiteral("expand"), m_case, a, QStringLiteral("--from"), QStringLiteral("last tuesday")}, 1);
        json({QStringLiteral("expand"), m_case, QStringLiteral("phone:+66899999999")}, 1);
    }

    // path and analyze on a case of its own: B - A - C - D (A called B four times, texted C; C
    // called D the next day).
    void pathAndAnalyze()
    {
        const QString graphCase = m_dir.filePath(QStringLiteral("graph.seagull"));
        json({QStringLiteral("create"), graphCase, QStringLiteral("--name"), QStringLiteral("Graph"), QStringLiteral("--region"), QStringLiteral("KH"),
              QStringLiteral("--tz"), QStringLiteral("Asia/Phnom_Penh")});
        json({QStringLiteral("import"), graphCase, m_csv});
        const QString a = QStringLiteral("phone:+85512345678"), d = QStringLiteral("phone:+85511999000");
        const QJsonObject path = json({QStringLiteral("path"), graphCase, a, d});
        QCOMPARE(path.value(QStringLiteral("hops")).toInt(), 2);
        QStringList keys;
        for (const QJsonValue &v : path.value(QStringLiteral("path")).toArray())
            keys << v[QStringLiteral("key")].toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("+85512345678"), QStringLiteral("+855977777888"), QStringLiteral("+85511999000")}));
        // In time: the text on the 7th, then C's call on the 8th; not within two hours.
        const QJsonObject journey = json({QStringLiteral("path"), graphCase, a, d, QStringLiteral("--time-ordered")});
        QCOMPARE(journey.value(QStringLiteral("hops")).toInt(), 2);
        QCOMPARE(journey.value(QStringLiteral("events")).toArray().first()[QStringLiteral("type")].toString(), QStringLiteral("sms"));
        const QJsonObject tight = json({QStringLiteral("path"), graphCase, a, d, QStringLiteral("--time-ordered"), QStringLiteral("--window"), QStringLiteral("2h")});
        QVERIFY(tight.value(QStringLiteral("hops")).isNull());
        QVERIFY(json({QStringLiteral("path"), graphCase, d, a, QStringLiteral("--directed")}).value(QStringLiteral("hops")).isNull());
        QCOMPARE(json({QStringLiteral("path"), graphCase, a, d, QStringLiteral("--k"), QStringLiteral("3")}).value(QStringLiteral("paths")).toArray().size(), 1);

        auto top = [&](const QStringList &args) { return json(QStringList{QStringLiteral("analyze"), graphCase} + args).value(QStringLiteral("results")).toArray(); };
        const QJsonArray out = top({QStringLiteral("degree"), QStringLiteral("--by"), QStringLiteral("events"), QStringLiteral("--direction"), QStringLiteral("out")});
        QCOMPARE(out.first()[QStringLiteral("key")].toString(), QStringLiteral("+85512345678"));
        QCOMPARE(out.first()[QStringLiteral("value")].toDouble(), 4.0);
        for (const char *key : {"id", "type", "key", "value"})
            QVERIFY2(out.first().toObject().contains(QLatin1String(key)), key);
        const QJsonArray between = top({QStringLiteral("betweenness"), QStringLiteral("--top"), QStringLiteral("2")});
        QCOMPARE(between.size(), 2);
        QCOMPARE(between[0][QStringLiteral("value")].toDouble(), 2.0 / 3);
        QCOMPARE(between[1][QStringLiteral("value")].toDouble(), 2.0 / 3);
        QCOMPARE(json({QStringLiteral("analyze"), graphCase, QStringLiteral("components")}).value(QStringLiteral("groups")).toInt(), 1);
        QCOMPARE(top({QStringLiteral("bridges")}).size(), 3);
        QCOMPARE(top({QStringLiteral("articulation")}).size(), 2);
        const QJsonArray common = top({QStringLiteral("common"), a, d});
        QCOMPARE(common.size(), 1);
        QCOMPARE(common.first()[QStringLiteral("key")].toString(), QStringLiteral("+855977777888"));
        QCOMPARE(top({QStringLiteral("degree"), QStringLiteral("--types"), QStringLiteral("account")}).size(), 0);

        // Patterns: A texted or called two numbers within three days; D shares C with A.
        const QJsonArray fan = top({QStringLiteral("fan-out"), QStringLiteral("--window"), QStringLiteral("3d"), QStringLiteral("--at-least"), QStringLiteral("2")});
        QCOMPARE(fan.size(), 1);
        QCOMPARE(fan.first()[QStringLiteral("key")].toString(), QStringLiteral("+85512345678"));
        QCOMPARE(fan.first()[QStringLiteral("value")].toInt(), 2);
        QVERIFY(top({QStringLiteral("fan-out"), QStringLiteral("--window"), QStringLiteral("1h"), QStringLiteral("--at-least"), QStringLiteral("2")}).isEmpty());
        const QJsonArray hints = top({QStringLiteral("hints"), a});
        QCOMPARE(hints.size(), 1);
        QCOMPARE(hints.first()[QStringLiteral("key")].toString(), QStringLiteral("+85511999000"));
        QCOMPARE(hints.first()[QStringLiteral("contacts")].toArray().first()[QStringLiteral("key")].toString(), QStringLiteral("+855977777888"));
        QVERIFY(top({QStringLiteral("mules")}).isEmpty()); // no money in this case
        QVERIFY(top({QStringLiteral("simbox")}).isEmpty());
        const QJsonObject noTransfer = json({QStringLiteral("trace"), graphCase, QStringLiteral("--event"), QStringLiteral("1")}, 1);
        QVERIFY(noTransfer.value(QStringLiteral("error")).toString().contains(QLatin1String("No transfer")));
        json({QStringLiteral("analyze"), graphCase, QStringLiteral("hints")}, 2);
        json({QStringLiteral("analyze"), graphCase, QStringLiteral("mules"), QStringLiteral("--min-share"), QStringLiteral("2")}, 2);

        // Money (the IBM AML layout): victim → mule → mule → collector within hours.
        const QString moneyCase = m_dir.filePath(QStringLiteral("mules.seagull"));
        json({QStringLiteral("create"), moneyCase, QStringLiteral("--name"), QStringLiteral("Money")});
        const QString table = test::writeFile(m_dir.path(), QStringLiteral("aml.csv"), test::muleChainTable());
        json({QStringLiteral("import"), moneyCase, table});
        const QJsonArray mules = json({QStringLiteral("analyze"), moneyCase, QStringLiteral("mules")}).value(QStringLiteral("results")).toArray();
        QCOMPARE(mules.size(), 2);
        QCOMPARE(mules[0][QStringLiteral("key")].toString(), QStringLiteral("002:M1"));
        QCOMPARE(mules[0][QStringLiteral("forwarded")].toString(), QStringLiteral("950.00"));
        QCOMPARE(mules[0][QStringLiteral("median_hold_hours")].toDouble(), 1.0);
        QCOMPARE(mules[0][QStringLiteral("sources")].toArray().first()[QStringLiteral("key")].toString(), QStringLiteral("001:V1"));
        QCOMPARE(mules[0][QStringLiteral("chain")].toArray().size(), 2); // M1 paid N1: one chain
        QCOMPARE(mules[0][QStringLiteral("chain")].toArray().last()[QStringLiteral("key")].toString(), QStringLiteral("003:N1"));
        const QJsonObject moneyPath = json({QStringLiteral("path"), moneyCase, QStringLiteral("account:001:V1"), QStringLiteral("account:004:C1"),
                                            QStringLiteral("--time-ordered"), QStringLiteral("--money"), QStringLiteral("--window"), QStringLiteral("2h")});
        QCOMPARE(moneyPath.value(QStringLiteral("hops")).toInt(), 3);
        QCOMPARE(moneyPath.value(QStringLiteral("events")).toArray().last()[QStringLiteral("amount")].toString(), QStringLiteral("900.00 USD"));
        const QJsonObject first = moneyPath.value(QStringLiteral("events")).toArray().first().toObject();
        const QJsonObject traced = json({QStringLiteral("trace"), moneyCase, QStringLiteral("--event"), QString::number(first.value(QStringLiteral("id")).toInteger())});
        QCOMPARE(traced.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(traced.value(QStringLiteral("steps")).toArray().size(), 3);
        const QJsonArray ends = traced.value(QStringLiteral("ends")).toArray();
        QCOMPARE(ends.size(), 3);
        QCOMPARE(ends[0][QStringLiteral("key")].toString(), QStringLiteral("004:C1"));
        QCOMPARE(ends[0][QStringLiteral("amount")].toString(), QStringLiteral("900.00"));

        // A handset (IMEI) in the records of two sources.
        const QString devices = m_dir.filePath(QStringLiteral("devices.seagull"));
        json({QStringLiteral("create"), devices, QStringLiteral("--name"), QStringLiteral("Devices"), QStringLiteral("--region"), QStringLiteral("KH")});
        for (const char *file : {"op1.csv", "op2.csv"}) {
            json({QStringLiteral("import"), devices, test::writeFile(m_dir.path(), QString::fromLatin1(file),
                QByteArray("Calling Number,Called Number,Start Time,Duration,Call Type,IMEI\n012 345 678,092 111 222,05/03/2024 09:00:00,60,MOC,356938035643809\n")
                    + (QByteArray(file) == "op2.csv" ? "097 777 888,092 111 222,06/03/2024 09:00:00,60,MOC,356938035643809\n" : ""))});
        }
        const QJsonArray shared = json({QStringLiteral("analyze"), devices, QStringLiteral("shared-devices")}).value(QStringLiteral("results")).toArray();
        QCOMPARE(shared.size(), 1);
        QCOMPARE(shared.first()[QStringLiteral("key")].toString(), QStringLiteral("356938035643809"));
        QCOMPARE(shared.first()[QStringLiteral("sources")].toArray().size(), 2);
        QCOMPARE(shared.first()[QStringLiteral("sources")].toArray().last()[QStringLiteral("file")].toString(), QStringLiteral("op2.csv"));
        const QJsonArray simbox = json({QStringLiteral("analyze"), devices, QStringLiteral("simbox")}).value(QStringLiteral("results")).toArray();
        QCOMPARE(simbox.size(), 1); // used with two numbers
        QCOMPARE(simbox.first()[QStringLiteral("with")].toArray().size(), 2);

        // Mistakes are usage errors that say what is known.
        const QJsonObject unknown = json({QStringLiteral("analyze"), graphCase, QStringLiteral("laundering")}, 2);
        QVERIFY(unknown.value(QStringLiteral("error")).toString().contains(QLatin1String("betweenness")));
        json({QStringLiteral("analyze"), graphCase, QStringLiteral("pagerank"), QStringLiteral("--by"), QStringLiteral("events")}, 2);
        json({QStringLiteral("analyze"), graphCase, QStringLiteral("common")}, 2);
        json({QStringLiteral("path"), graphCase, a, d, QStringLiteral("--window"), QStringLiteral("2h")}, 2);
        json({QStringLiteral("path"), graphCase, a, d, QStringLiteral("--weight"), QStringLiteral("love")}, 2);
        json({QStringLiteral("path"), graphCase, a, QStringLiteral("phone:+66899999999")}, 1);
    }

    // GraphML of the whole case, read back by Qt's XML reader and by networkx.
    void exportGraphml()
    {
        const QString graphCase = m_dir.filePath(QStringLiteral("export.seagull"));
        json({QStringLiteral("create"), graphCase, QStringLiteral("--name"), QStringLiteral("Export"), QStringLiteral("--region"), QStringLiteral("KH")});
        json({QStringLiteral("import"), graphCase, m_csv});
        const QString out = m_dir.filePath(QStringLiteral("case.graphml"));
        const QJsonObject written = json({QStringLiteral("export"), graphCase, QStringLiteral("--format"), QStringLiteral("graphml"), QStringLiteral("--out"), out});
        QCOMPARE(written.value(QStringLiteral("entities")).toInt(), 4);
        QCOMPARE(written.value(QStringLiteral("links")).toInt(), 4); // A→B, B→A, A→C, C→D
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int nodes = 0, edges = 0;
        QStringList counts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            nodes += xml.name() == QLatin1String("node");
            edges += xml.name() == QLatin1String("edge");
            if (xml.name() == QLatin1String("data") && xml.attributes().value(QLatin1String("key")) == QLatin1String("count"))
                counts << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes, 4);
        QCOMPARE(edges, 4);
        counts.sort();
        QCOMPARE(counts, (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("3")}));
        json({QStringLiteral("export"), graphCase, QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("--out"), out}, 2);

        // CSV: three files, UTF-8 with a byte-order mark, every event with its source record.
        const QString folder = m_dir.filePath(QStringLiteral("csv"));
        json({QStringLiteral("export"), graphCase, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), folder});
        auto lines = [&](const QString &name) {
            QFile f(QDir(folder).filePath(name));
            [&] { QVERIFY(f.open(QIODevice::ReadOnly)); }();
            const QByteArray bytes = f.readAll();
            [&] { QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); }();
            return bytes.mid(3).split('\n');
        };
        const QList<QByteArray> entityRows = lines(QStringLiteral("entities.csv"));
        QCOMPARE(entityRows.first().trimmed(), QByteArray("id,type,key,label,raw"));
        QCOMPARE(entityRows.size(), 6); // header, four entities, the empty line after the last
        const QList<QByteArray> eventRows = lines(QStringLiteral("events.csv"));
        QCOMPARE(eventRows.size(), 8);
        const QByteArray sms = eventRows[5];
        QVERIFY2(sms.contains(",sms,") && sms.contains("cdr.csv:line 6"), sms.constData());
        QCOMPARE(lines(QStringLiteral("links.csv")).size(), 6);
        json({QStringLiteral("export"), graphCase, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), folder,
              QStringLiteral("--types"), QStringLiteral("phone")}, 2);
        json({QStringLiteral("export"), graphCase, QStringLiteral("--format"), QStringLiteral("graphml"), QStringLiteral("--out"), QStringLiteral("/nonexistent/x.graphml")}, 1);

        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty() || test::runProcess(python, {QStringLiteral("-c"), QStringLiteral("import networkx")}).exitCode != 0)
            QSKIP("networkx is not installed (apt-get install python3-networkx): the GraphML was read by Qt only");
        const test::Run nx = test::runProcess(python, {QStringLiteral("-c"),
            QStringLiteral("import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); "
                           "print(g.number_of_nodes(), g.number_of_edges(), sorted(d['type'] for _, d in g.nodes(data=True))[0])"), out});
        QVERIFY2(nx.exitCode == 0, nx.err.constData());
        QCOMPARE(nx.out.trimmed(), QByteArray("4 4 phone"));
    }

    void verify()
    {
        const QJsonObject ok = json({QStringLiteral("verify"), m_case});
        QCOMPARE(ok.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(ok.value(QStringLiteral("problems")).toArray().isEmpty());
        // Change the evidence after import: verify says so and exits non-zero.
        test::writeFile(m_dir.path(), QStringLiteral("cdr.csv"), test::smallCdr() + "1,2,3,4,5\n");
        const QJsonObject bad = json({QStringLiteral("verify"), m_case}, 1);
        QCOMPARE(bad.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(bad.value(QStringLiteral("problems")).toArray().first().toString().contains(QLatin1String("cdr.csv")));
        test::writeFile(m_dir.path(), QStringLiteral("cdr.csv"), test::smallCdr());
    }

    void chartToPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        const QJsonObject result = json({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("phone:+85512345678"),
                                         QStringLiteral("--hops"), QStringLiteral("2"), QStringLiteral("--paper"), QStringLiteral("A3"),
                                         QStringLiteral("--out"), pdf});
        QCOMPARE(result.value(QStringLiteral("entities")).toInt(), 4);
        const test::Run info = test::runProcess(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("Pages:           1"), info.out.constData());
        QVERIFY2(info.out.contains("(A3)"), info.out.constData());
        const test::Run text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.out.contains("KH-2024-17"), text.out.constData());
        QVERIFY(text.out.contains("+85512345678"));

        QCOMPARE(cli({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("c.jpg"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), pdf,
                      QStringLiteral("--tiles"), QStringLiteral("0x2")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), pdf,
                      QStringLiteral("--appendix"), QStringLiteral("everything")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), pdf,
                      QStringLiteral("--printed-at"), QStringLiteral("yesterday")}).exitCode, 2);

        // A wall chart with its appendix, printed twice by two processes: the same pages.
        const QStringList wall{QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("phone:+85512345678"),
                               QStringLiteral("--hops"), QStringLiteral("2"), QStringLiteral("--layout"), QStringLiteral("dot"),
                               QStringLiteral("--tiles"), QStringLiteral("2x2"), QStringLiteral("--overlap"), QStringLiteral("8"),
                               QStringLiteral("--appendix"), QStringLiteral("sources,events"), QStringLiteral("--exhibit"), QStringLiteral("EX-3"),
                               QStringLiteral("--classification"), QStringLiteral("SECRET"), QStringLiteral("--examiner"), QStringLiteral("Lt. Vanna"),
                               QStringLiteral("--printed-at"), QStringLiteral("2026-03-01T14:00:00+07:00")};
        QStringList pngs;
        for (const QString &name : {QStringLiteral("wall1.pdf"), QStringLiteral("wall2.pdf")}) {
            const QJsonObject printed = json(QStringList(wall) << QStringLiteral("--out") << m_dir.filePath(name));
            QCOMPARE(printed.value(QStringLiteral("pages")).toInt(), 6);
            const test::Run render = test::runProcess(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                                                                  m_dir.filePath(name), m_dir.filePath(name + QStringLiteral("-p"))});
            QCOMPARE(render.exitCode, 0);
        }
        for (int page = 1; page <= 6; ++page) {
            QFile a(m_dir.filePath(QStringLiteral("wall1.pdf-p-%1.png").arg(page)));
            QFile b(m_dir.filePath(QStringLiteral("wall2.pdf-p-%1.png").arg(page)));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(QStringLiteral("page %1 differs").arg(page)));
        }
        // The same bytes, once the creation date is taken out.
        auto withoutDate = [&](const QString &name) {
            QFile f(m_dir.filePath(name));
            [&] { QVERIFY(f.open(QIODevice::ReadOnly)); }();
            QString text = QString::fromLatin1(f.readAll());
            text.remove(QRegularExpression(QStringLiteral("/CreationDate \\(D:[0-9Z+'-]+\\)")));
            return text;
        };
        QVERIFY(withoutDate(QStringLiteral("wall1.pdf")) == withoutDate(QStringLiteral("wall2.pdf")));
        const test::Run wallText = test::runProcess(QStringLiteral("pdftotext"), {m_dir.filePath(QStringLiteral("wall1.pdf")), QStringLiteral("-")});
        for (const char *expected : {"Exhibit EX-3", "SECRET", "Examiner: Lt. Vanna", "Tile B2 of 2 × 2", "Page 6 of 6",
                                     "Appendix: the sources behind this chart", "Appendix: the events behind each link"})
            QVERIFY2(wallText.out.contains(expected), expected);

        // SVG and PNG through the same printer.
        const QJsonObject svg = json({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("phone:+85512345678"),
                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("chart.svg"))});
        QCOMPARE(svg.value(QStringLiteral("files")).toArray().size(), 1);
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("chart.svg"))).size() > 1000);
        const QJsonObject png = json({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("phone:+85512345678"),
                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("chart.png")), QStringLiteral("--dpi"), QStringLiteral("72"),
                                      QStringLiteral("--paper"), QStringLiteral("Letter"), QStringLiteral("--portrait")});
        QCOMPARE(QImage(png.value(QStringLiteral("files")).toArray().first().toString()).size(), QSize(612, 792));
        QCOMPARE(cli({QStringLiteral("chart"), m_case, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), pdf,
                      QStringLiteral("--paper"), QStringLiteral("B7")}).exitCode, 2);
    }

    void demo()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.seagull"));
        const QJsonObject result = json({QStringLiteral("demo"), demo});
        const int records = result.value(QStringLiteral("records")).toInt();
        QVERIFY(records > 10000);
        QCOMPARE(result.value(QStringLiteral("den_bosses")).toArray().size(), 4);
        const QJsonObject stats = json({QStringLiteral("stats"), demo});
        const QJsonObject events = stats.value(QStringLiteral("events")).toObject();
        QCOMPARE(events.value(QStringLiteral("call")).toInt() + events.value(QStringLiteral("sms")).toInt(), records);
        QCOMPARE(stats.value(QStringLiteral("sources")).toInt(), 3);
        QCOMPARE(json({QStringLiteral("verify"), demo}).value(QStringLiteral("ok")).toBool(), true);
        // Deterministic: a second demo case has the same content.
        const QString second = m_dir.filePath(QStringLiteral("demo2.seagull"));
        const QJsonObject again = json({QStringLiteral("demo"), second});
        QCOMPARE(again.value(QStringLiteral("den_bosses")), result.value(QStringLiteral("den_bosses")));
        QCOMPARE(json({QStringLiteral("stats"), second}), stats);
        // Its saved chart prints.
        const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        const QJsonObject chart = json({QStringLiteral("chart"), demo, QStringLiteral("--chart"), QString::number(result.value(QStringLiteral("chart")).toInt()),
                                        QStringLiteral("--out"), pdf});
        QVERIFY(chart.value(QStringLiteral("entities")).toInt() > 20);
        const test::Run text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.out.contains("DEMO-2024-001"));
    }

    // report, export --format anx and bundle, each read back.
    void reportsAndExchange()
    {
        const QString profile = m_dir.filePath(QStringLiteral("profile.pdf"));
        json({QStringLiteral("report"), m_case, QStringLiteral("--entity"), QStringLiteral("012 345 678"), QStringLiteral("--out"), profile,
              QStringLiteral("--classification"), QStringLiteral("CONFIDENTIAL")});
        const QByteArray text = test::runProcess(QStringLiteral("pdftotext"), {profile, QStringLiteral("-")}).out;
        QVERIFY2(text.contains("+85592111222") && text.contains("CONFIDENTIAL"), text.constData());
        const QString summary = m_dir.filePath(QStringLiteral("summary.pdf"));
        json({QStringLiteral("report"), m_case, QStringLiteral("--summary"), QStringLiteral("--out"), summary});
        QVERIFY(test::runProcess(QStringLiteral("pdftotext"), {summary, QStringLiteral("-")}).out.contains("KH-2024-17"));
        QCOMPARE(cli({QStringLiteral("report"), m_case, QStringLiteral("--out"), summary}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("report"), m_case, QStringLiteral("--summary"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("s.txt"))}).exitCode, 2);

        const QString anx = m_dir.filePath(QStringLiteral("case.anx"));
        const QJsonObject written = json({QStringLiteral("export"), m_case, QStringLiteral("--format"), QStringLiteral("anx"), QStringLiteral("--out"), anx});
        const QString copy = m_dir.filePath(QStringLiteral("from-anx.seagull"));
        json({QStringLiteral("create"), copy, QStringLiteral("--name"), QStringLiteral("Copy")});
        json({QStringLiteral("import"), copy, anx});
        const QJsonObject stats = json({QStringLiteral("stats"), copy});
        int events = 0;
        for (const QJsonValue &v : stats.value(QStringLiteral("events")).toObject())
            events += v.toInt();
        QCOMPARE(events, written.value(QStringLiteral("events")).toInt());

        const QString bundle = m_dir.filePath(QStringLiteral("part.sgbundle"));
        const QJsonObject sent = json({QStringLiteral("bundle"), m_case, QStringLiteral("--seed"), QStringLiteral("phone:+85512345678"),
                                       QStringLiteral("--hops"), QStringLiteral("1"), QStringLiteral("--agency"), QStringLiteral("Royal Thai Police"),
                                       QStringLiteral("--out"), bundle});
        QCOMPARE(sent.value(QStringLiteral("sha256")).toString().size(), 64);
        const QString partner = m_dir.filePath(QStringLiteral("partner.seagull"));
        json({QStringLiteral("create"), partner, QStringLiteral("--name"), QStringLiteral("Partner")});
        const QJsonObject received = json({QStringLiteral("import"), partner, bundle});
        QVERIFY2(QJsonDocument(received).toJson().contains("Royal Thai Police"), QJsonDocument(received).toJson().constData());
        const QJsonObject partnerStats = json({QStringLiteral("stats"), partner});
        int partnerEntities = 0;
        for (const QJsonValue &v : partnerStats.value(QStringLiteral("entities")).toObject())
            partnerEntities += v.toInt();
        QCOMPARE(partnerEntities, sent.value(QStringLiteral("entities")).toInt());
        QCOMPARE(cli({QStringLiteral("bundle"), m_case, QStringLiteral("--out"), bundle}).exitCode, 2);
    }

    // Case data by hand from scripts: add-entity, add-link, merge, split and tag, with JSON; bad
    // input refused with a reason, doubtful input accepted with a warning.
    void editingByHand()
    {
        const QString edited = m_dir.filePath(QStringLiteral("edit.seagull"));
        QCOMPARE(cli({QStringLiteral("create"), edited, QStringLiteral("--name"), QStringLiteral("Edits")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), edited, m_csv}).exitCode, 0);
        const QJsonObject person = json({QStringLiteral("add-entity"), edited, QStringLiteral("person"), QStringLiteral("--label"),
                                         QStringLiteral("ສົມພອນ"), QStringLiteral("--attr"), QStringLiteral("nationality=LA"), QStringLiteral("--attr"),
                                         QStringLiteral("date_of_birth=1990-02-03"), QStringLiteral("--note"), QStringLiteral("interview of witness 3")});
        const QJsonObject added = person.value(QStringLiteral("entities")).toArray().first().toObject();
        QCOMPARE(added.value(QStringLiteral("type")).toString(), QStringLiteral("person"));
        QCOMPARE(added.value(QStringLiteral("label")).toString(), QStringLiteral("ສົມພອນ"));
        const QString personId = QString::number(added.value(QStringLiteral("id")).toInteger());
        // A number that does not validate: accepted, kept raw, with a warning.
        const QJsonObject odd = json({QStringLiteral("add-entity"), edited, QStringLiteral("phone"), QStringLiteral("--key"), QStringLiteral("12-34")});
        QCOMPARE(odd.value(QStringLiteral("entities")).toArray().first().toObject().value(QStringLiteral("raw")).toBool(), true);
        QCOMPARE(odd.value(QStringLiteral("warnings")).toArray().size(), 1);
        const test::Run warned = cli({QStringLiteral("add-entity"), edited, QStringLiteral("device"), QStringLiteral("--key"), QStringLiteral("352099001761482")});
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(warned.err.contains("Warning:") && warned.err.contains("check digit"), warned.err.constData());
        QCOMPARE(cli({QStringLiteral("add-entity"), edited, QStringLiteral("spaceship")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("add-entity"), edited, QStringLiteral("person"), QStringLiteral("--attr"), QStringLiteral("nationality")}).exitCode, 2);

        const QJsonObject link = json({QStringLiteral("add-link"), edited, personId, QStringLiteral("phone:+85512345678"), QStringLiteral("--type"),
                                       QStringLiteral("uses"), QStringLiteral("--confidence"), QStringLiteral("probable"), QStringLiteral("--from"),
                                       QStringLiteral("2024-01-01"), QStringLiteral("--note"), QStringLiteral("surveillance log 14")});
        QVERIFY(link.value(QStringLiteral("link")).toInteger() > 0);
        QCOMPARE(link.value(QStringLiteral("confidence")).toString(), QStringLiteral("probable"));
        QCOMPARE(cli({QStringLiteral("add-link"), edited, personId, QStringLiteral("phone:+85512345678"), QStringLiteral("--type"), QStringLiteral("likes")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("add-link"), edited, personId, QStringLiteral("phone:+85512345678"), QStringLiteral("--type"), QStringLiteral("uses"),
                      QStringLiteral("--confidence"), QStringLiteral("sure")}).exitCode, 2);
        // The person's link shows in an expansion.
        const QJsonObject around = json({QStringLiteral("expand"), edited, personId});
        QCOMPARE(around.value(QStringLiteral("links")).toArray().first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("uses"));

        // Merge needs a reason and one type; merge, then split.
        QCOMPARE(cli({QStringLiteral("merge"), edited, QStringLiteral("phone:+85512345678"), QStringLiteral("phone:+85592111222")}).exitCode, 2);
        const QJsonObject wrongType = json({QStringLiteral("merge"), edited, QStringLiteral("phone:+85512345678"), personId, QStringLiteral("--reason"),
                                            QStringLiteral("same")}, 1);
        QVERIFY(wrongType.value(QStringLiteral("error")).toString().contains(QLatin1String("one type")));
        const QJsonObject before = json({QStringLiteral("stats"), edited});
        const QJsonObject merged = json({QStringLiteral("merge"), edited, QStringLiteral("phone:+85512345678"), QStringLiteral("phone:+85592111222"),
                                         QStringLiteral("--reason"), QStringLiteral("dual-SIM handset")});
        QCOMPARE(merged.value(QStringLiteral("entities")).toArray().first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("+85512345678"));
        QCOMPARE(merged.value(QStringLiteral("absorbed")).toArray().size(), 1);
        const QJsonObject show = json({QStringLiteral("show"), edited, QStringLiteral("phone:+85592111222")});
        QCOMPARE(show.value(QStringLiteral("entities")).toArray().first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("+85512345678"));
        QCOMPARE(json({QStringLiteral("stats"), edited}).value(QStringLiteral("entities")).toObject().value(QStringLiteral("phone")).toInt(),
                 before.value(QStringLiteral("entities")).toObject().value(QStringLiteral("phone")).toInt() - 1);
        const QJsonObject split = json({QStringLiteral("split"), edited, QStringLiteral("phone:+85512345678")});
        QCOMPARE(split.value(QStringLiteral("entities")).toArray().first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("+85592111222"));
        QCOMPARE(json({QStringLiteral("stats"), edited}), before);
        QCOMPARE(cli({QStringLiteral("split"), edited, QStringLiteral("phone:+85512345678")}).exitCode, 1); // nothing left to split

        const QJsonObject tag = json({QStringLiteral("tag"), edited, QStringLiteral("phone:+85512345678"), personId, QStringLiteral("suspect"),
                                      QStringLiteral("--colour"), QStringLiteral("#c62828")});
        QCOMPARE(tag.value(QStringLiteral("entities")).toArray().size(), 2);
        QCOMPARE(tag.value(QStringLiteral("colour")).toString(), QStringLiteral("#c62828"));
        const QJsonObject untag = json({QStringLiteral("tag"), edited, personId, QStringLiteral("suspect"), QStringLiteral("--remove")});
        QCOMPARE(untag.value(QStringLiteral("entities")).toArray().size(), 1);
        QCOMPARE(json({QStringLiteral("verify"), edited}).value(QStringLiteral("ok")).toBool(), true);
    }

    // `seagull-cli COMMAND --help` says what the command does, describes every option its
    // synopsis names, and gives examples; every example runs on the demonstration case (in
    // order, so the merge example finds the entities the add-entity examples made), except
    // those that need files of the reader's own, which must fail naming that file.
    void everyCommandHelpHasWorkingExamples()
    {
        QTemporaryDir dir;
        const test::Run demo = test::runProcess(QStringLiteral(SEAGULL_CLI), {QStringLiteral("demo"), QStringLiteral("case.seagull")}, 180000, dir.path());
        QCOMPARE(demo.exitCode, 0);
        for (const QString &csv : QDir(dir.filePath(QStringLiteral("case-evidence"))).entryList({QStringLiteral("*.csv")}))
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("case-evidence/") + csv), dir.filePath(csv)));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("kh_operator_cdr.csv"))));
        const QHash<QString, QString> needsOwnFiles = {
            {QStringLiteral("statement.xlsx"), QStringLiteral("statement.xlsx")},
            {QStringLiteral("bank-mapping.json"), QStringLiteral("bank-mapping.json")},
            {QStringLiteral("extraction/"), QStringLiteral("extraction")},
            {QStringLiteral("bank-case.seagull"), QStringLiteral("bank-case.seagull")},
        };

        const test::Run help = cli({QStringLiteral("--help")});
        int examples = 0;
        for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("seagull-cli ")))
                continue;
            const QString synopsis = line.trimmed().mid(12);
            const QString command = synopsis.section(QLatin1Char(' '), 0, 0);
            const test::Run own = cli({command, QStringLiteral("--help")});
            QCOMPARE(own.exitCode, 0);
            const QString text = QString::fromUtf8(own.out);
            QVERIFY2(text.startsWith(QStringLiteral("Usage: seagull-cli ") + synopsis), qPrintable(text));
            const QString description = text.section(QLatin1Char('\n'), 2, 2);
            QVERIFY2(description.size() > 30, qPrintable(command + QStringLiteral(": no description")));
            // Every --option of the synopsis is described under Options.
            static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]*)"));
            const QString options = text.section(QStringLiteral("Options:\n"), 1).section(QStringLiteral("Examples:\n"), 0, 0);
            for (const auto &m : option.globalMatch(synopsis))
                QVERIFY2(options.contains(QStringLiteral("  --") + m.captured(1)), qPrintable(command + QStringLiteral(": --") + m.captured(1)));
            const QStringList lines = text.section(QStringLiteral("Examples:\n"), 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(!lines.isEmpty(), qPrintable(command + QStringLiteral(": no examples")));
            for (const QString &example : lines) {
                QStringList args = QProcess::splitCommand(example.trimmed());
                QCOMPARE(args.takeFirst(), QStringLiteral("seagull-cli"));
                QCOMPARE(args.first(), command);
                const test::Run run = test::runProcess(QStringLiteral(SEAGULL_CLI), args, 180000, dir.path());
                const QString said = QString::fromUtf8(run.out + run.err);
                bool needsOwn = false, namesOne = false;
                for (auto it = needsOwnFiles.cbegin(); it != needsOwnFiles.cend(); ++it) {
                    if (args.contains(it.key())) {
                        needsOwn = true;
                        namesOne = namesOne || said.contains(it.value());
                    }
                }
                if (!needsOwn)
                    QVERIFY2(run.exitCode == 0, qPrintable(example + QStringLiteral("\n") + said));
                else
                    QVERIFY2(run.exitCode == 1 && namesOne, qPrintable(example + QStringLiteral("\n") + said));
                ++examples;
            }
        }
        QVERIFY(examples >= 40);
        // What the examples wrote is there.
        for (const char *file : {"golden-sands.seagull", "case.graphml", "compounds.anx", "golden-sands.sgbundle", "profile.pdf", "summary.pdf",
                                 "demo.seagull", "chart.pdf", "wall.pdf", "chart.svg", "chart-1.png", "chart-2.png"})
            QVERIFY2(QFileInfo(dir.filePath(QString::fromLatin1(file))).size() > 0, file);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("case-tables/entities.csv"))));
    }

    // The man page installed with the package describes every command `--help` lists.
    void manPageCoversEveryCommand()
    {
        QFile page(QStringLiteral(SEAGULL_SOURCE_DIR "/installer/share/seagull-cli.1"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString man = QString::fromUtf8(page.readAll());
        const test::Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        int commands = 0;
        for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (!trimmed.startsWith(QLatin1String("seagull-cli ")))
                continue;
            const QString command = trimmed.section(QLatin1Char(' '), 1, 1);
            QString escaped = command;
            escaped.replace(QLatin1Char('-'), QLatin1String("\\-"));
            QVERIFY2(man.contains(QStringLiteral(".SS %1 ").arg(escaped)) || man.contains(QStringLiteral(".SS %1\n").arg(escaped)),
                     qPrintable(command + QStringLiteral(" is not in the man page")));
            ++commands;
        }
        QVERIFY(commands >= 20);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

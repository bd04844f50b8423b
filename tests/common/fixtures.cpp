#include "tests/common/fixtures.h"

#include "core/store/casestore.h"
#include "core/store/sourcewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace sg::test {

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write fixture %s", qPrintable(path));
    // The fuzzers' seed corpus is every fixture the tests write (installer/sanitize.sh), one
    // folder per file suffix, under 1 MB each.
    if (const QString seeds = qEnvironmentVariable("SEAGULL_FUZZ_SEEDS"); !seeds.isEmpty() && content.size() < (1 << 20)) {
        const QString suffix = QFileInfo(name).suffix().toLower();
        const QString folder = QDir(seeds).filePath(suffix.isEmpty() ? QStringLiteral("none") : suffix);
        QDir().mkpath(folder);
        QFile seed(QDir(folder).filePath(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex())));
        if (seed.open(QIODevice::WriteOnly))
            seed.write(content);
    }
    return path;
}

std::unique_ptr<CaseStore> newCase(const QString &dir, const QString &name)
{
    CaseInfo info;
    info.name = QStringLiteral("Test case");
    info.number = QStringLiteral("T-1");
    info.region = QStringLiteral("KH");
    info.timeZone = QStringLiteral("Asia/Phnom_Penh");
    info.examiner = QStringLiteral("Tester");
    auto store = CaseStore::create(QDir(dir).filePath(name), info);
    if (!store)
        qFatal("cannot create case: %s", qPrintable(store.error().oneLine()));
    return std::move(*store);
}

SourceRecord sourceRecord(const QString &fileName, const QString &sha256)
{
    SourceRecord record;
    record.path = QStringLiteral("/evidence/") + fileName;
    record.fileName = fileName;
    record.sha256 = sha256;
    record.format = QStringLiteral("test");
    record.importer = QStringLiteral("test");
    record.importerVersion = QStringLiteral("1");
    return record;
}

qint64 scalar(CaseStore &store, const QString &sql)
{
    auto stmt = store.database().prepare(sql);
    if (!stmt || !stmt->next())
        qFatal("query failed: %s", qPrintable(sql));
    return stmt->int64(0);
}

Status writeSeededEvents(CaseStore &store, const QStringList &files, int perFile, quint64 seed,
                         const std::function<int(std::mt19937_64 &, int)> &pick, EventType other)
{
    std::mt19937_64 random(seed);
    for (int f = 0; f < files.size(); ++f) {
        const QString &file = files[f];
        auto writer = store.beginSource(sourceRecord(file, file.left(1)));
        if (!writer)
            return writer.error();
        for (int line = 1; line <= perFile; ++line) {
            auto a = (*writer)->entity(EntityType::Phone, QStringLiteral("+85512340%1").arg(pick(random, f)), false, file, {});
            if (!a)
                return a.error();
            auto b = (*writer)->entity(EntityType::Phone, QStringLiteral("+85512340%1").arg(pick(random, f)), false, file, {});
            if (!b)
                return b.error();
            Event e;
            e.type = random() % 3 == 0 ? other : EventType::Call;
            e.from = *a;
            e.to = *b;
            e.utcMs = 1709629200000 + qint64(random() % 1000000) * 1000;
            e.duration = qint64(random() % 300);
            if (e.type == EventType::Transfer)
                e.amount = Money{qint64(random() % 100000), random() % 2 ? QStringLiteral("USD") : QStringLiteral("KHR"), 2};
            if (Status s = (*writer)->event(e, QStringLiteral("%1:line %2").arg(file).arg(line)); !s)
                return s;
        }
        if (Status s = (*writer)->commit({}, {}); !s)
            return s;
    }
    return Ok{};
}

QStringList rows(CaseStore &store, const QString &sql, int columns)
{
    auto stmt = store.database().prepare(sql);
    if (!stmt)
        qFatal("query failed: %s", qPrintable(sql));
    QStringList list;
    while (stmt->next()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (stmt->isNull(c) ? QStringLiteral("NULL") : stmt->text(c));
        list << cells.join(QLatin1Char('|'));
    }
    return list;
}

QStringList aggregateLinkRows(CaseStore &store)
{
    return rows(store, QStringLiteral("SELECT from_entity, to_entity, event_type, count, total_duration, first_utc_ms, last_utc_ms "
                                        "FROM links WHERE kind = 'aggregate' ORDER BY 1, 2, 3"), 7)
        + rows(store, QStringLiteral("SELECT l.from_entity, l.to_entity, l.event_type, ls.source_id, ls.count, ls.locator "
                                       "FROM link_sources ls JOIN links l ON l.id = ls.link_id WHERE l.kind = 'aggregate' ORDER BY 1, 2, 3, 4"), 6)
        + rows(store, QStringLiteral("SELECT l.from_entity, l.to_entity, l.event_type, la.currency, la.count, la.total_minor "
                                       "FROM link_amounts la JOIN links l ON l.id = la.link_id ORDER BY 1, 2, 3, 4"), 6);
}

QStringList groupedEventRows(CaseStore &store)
{
    return rows(store, QStringLiteral("SELECT from_entity, to_entity, type, count(*), sum(duration), min(utc_ms), max(utc_ms) "
                                        "FROM events WHERE to_entity IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"), 7)
        + rows(store, QStringLiteral("WITH g AS (SELECT from_entity AS f, to_entity AS t, type AS ty, source_id AS s, count(*) AS n, "
                                       "min(id) AS first FROM events WHERE to_entity IS NOT NULL GROUP BY 1, 2, 3, 4) "
                                       "SELECT f, t, ty, s, n, (SELECT locator FROM events WHERE id = first) FROM g ORDER BY 1, 2, 3, 4"), 6)
        + rows(store, QStringLiteral("SELECT from_entity, to_entity, type, coalesce(currency, ''), count(*), sum(amount_minor) FROM events "
                                       "WHERE to_entity IS NOT NULL AND amount_minor IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"), 6);
}

QString samplesDir() { return QStringLiteral(SEAGULL_SOURCE_DIR "/../shared/samples"); }

Link call(EntityId from, EntityId to, qint64 count)
{
    Link l;
    l.from = from;
    l.to = to;
    l.eventType = QStringLiteral("call");
    l.count = count;
    return l;
}

QByteArray smallCdr()
{
    return "Calling Number,Called Number,Start Time,Duration,Call Type\n"
           "012 345 678,092 111 222,05/03/2024 09:00:00,60,MOC\n"
           "012 345 678,092 111 222,05/03/2024 10:00:00,120,MOC\n"
           "012345678,+85592111222,06/03/2024 11:30:00,30,MOC\n"
           "092 111 222,012 345 678,07/03/2024 08:15:00,45,MOC\n"
           "012 345 678,097 7777 888,07/03/2024 12:00:00,0,SMS-MO\n"
           "097 7777 888,011 999 000,08/03/2024 20:00:00,300,MOC\n";
}

QByteArray muleChainTable()
{
    return "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering\n"
           "2024/03/01 09:00,001,V1,002,M1,1000.00,US Dollar,1000.00,US Dollar,Wire,1\n"
           "2024/03/01 10:00,002,M1,003,N1,950.00,US Dollar,950.00,US Dollar,Wire,1\n"
           "2024/03/01 11:00,003,N1,004,C1,900.00,US Dollar,900.00,US Dollar,Wire,1\n";
}

Run runProcess(const QString &program, const QStringList &arguments, int timeoutMs, const QString &workingDirectory)
{
    // The programs under test read their settings (the interface language) from a folder of
    // their own, never from the machine's user.
    static QTemporaryDir config;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace sg::test

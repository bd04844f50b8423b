#include "core/store/casestore.h"

#include "core/model/progress.h"
#include "core/normalize/digits.h"
#include "core/normalize/linebreak.h"
#include "core/normalize/phonenormalizer.h"
#include "core/normalize/searchfold.h"
#include "core/store/filehash.h"
#include "core/store/schema.h"
#include "core/store/sourcewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace sg {

namespace {

// 'SGUL': marks a SQLite file as a Seagull case.
constexpr qint64 ApplicationId = 0x5347554C;
// The page size of a new case file, in bytes.
constexpr int PageSize = 16384;


QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }


QString auditHash(const QString &prev, const QString &at, const QString &examiner, const QString &action,
                  const QString &detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {prev, at, examiner, action, detail}) {
        const QByteArray utf8 = part.toUtf8();
        // Length-prefixed so that moving text between fields changes the hash.
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString defaultExaminer()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

// Reads an entity row laid out as id, type, key, label, raw.
Entity entityFromRow(const sql::Statement &stmt)
{
    Entity e;
    e.id = stmt.int64(0);
    e.type = entityTypeFromName(stmt.utf8(1)).value_or(EntityType::Phone);
    e.key = stmt.text(2);
    e.label = stmt.text(3);
    e.raw = stmt.int64(4) != 0;
    return e;
}

} // namespace

CaseStore::~CaseStore() = default;

namespace {

// The process's background checkpoints: case files waiting, and the one thread that copies their
// logs, one file after another (two checkpoints of one file at once would only make the second
// give up). The thread ends when nothing is waiting; wait() joins it.
class Checkpointer
{
public:
    static Checkpointer &instance()
    {
        static Checkpointer checkpointer;
        return checkpointer;
    }
    ~Checkpointer() { wait(); }

    void request(const QString &path)
    {
        std::lock_guard lock(m_mutex);
        if (!m_waiting.contains(path))
            m_waiting.append(path);
        if (m_running)
            return;
        if (m_thread.joinable())
            m_thread.join(); // it has finished: it cleared m_running under the lock before ending
        m_running = true;
        m_thread = std::thread([this] { run(); });
    }

    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return !m_running; });
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run()
    {
        for (;;) {
            QString path;
            {
                std::lock_guard lock(m_mutex);
                if (m_waiting.isEmpty()) {
                    m_running = false;
                    m_idle.notify_all();
                    return;
                }
                path = m_waiting.takeFirst();
            }
            sql::Database db;
            if (db.open(path, false))
                (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_idle;
    QStringList m_waiting;
    bool m_running = false;
    std::thread m_thread;
};

} // namespace

void CaseStore::checkpointInBackground() { Checkpointer::instance().request(m_db.path()); }

void CaseStore::waitForCheckpoints() { Checkpointer::instance().wait(); }

Status CaseStore::commitCheckpointingInBackground(sql::Transaction &transaction)
{
    if (Status s = m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")); !s)
        return s;
    const Status committed = transaction.commit();
    // A setting of the connection: whether it is back or not, the change is committed or not as
    // the commit says (with it off, the log waits for the next checkpoint, nothing is lost).
    (void)m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(AutoCheckpointPages));
    if (!committed)
        return committed;
    checkpointInBackground();
    return Ok{};
}

Result<std::unique_ptr<CaseStore>> CaseStore::create(const QString &path, const CaseInfo &info)
{
    if (QFileInfo::exists(path)) {
        return Error{ErrorCode::InvalidInput, tr("A file named %1 already exists; choose another name.").arg(path), {}};
    }
    auto created = [&]() -> Result<std::unique_ptr<CaseStore>> {
        std::unique_ptr<CaseStore> store(new CaseStore);
        store->m_examiner = info.examiner.isEmpty() ? defaultExaminer() : info.examiner;
        if (Status s = store->m_db.open(path, true); !s)
            return s.error();
        // Pages of 16 KiB rather than SQLite's 4 KiB (set before the first table, kept for the
        // file's life; cases made earlier keep theirs): a big import splits and links a quarter
        // as many pages, a 1M-call import 6.4 → 6.0 s; expansion and search measured the same.
        if (Status s = store->m_db.exec(QStringLiteral("PRAGMA page_size = %1; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; "
                                                       "PRAGMA application_id = %2;").arg(PageSize).arg(ApplicationId));
            !s)
            return s.error();
        if (Status s = store->tune(); !s)
            return s.error();
        if (Status s = store->migrate(); !s)
            return s.error();
        CaseInfo stored = info;
        if (stored.examiner.isEmpty())
            stored.examiner = store->m_examiner;
        if (Status s = store->setInfo(stored); !s)
            return s.error();
        if (Status s = store->appendAudit(QStringLiteral("create"),
                                          QJsonObject{{QStringLiteral("name"), info.name},
                                                      {QStringLiteral("number"), info.number}});
            !s)
            return s.error();
        return store;
    }();
    if (!created) {
        // A case that could not be set up completely is not left behind half-made.
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return created;
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString &path, Mode mode)
{
    if (!QFileInfo::exists(path))
        return Error{ErrorCode::NotFound, tr("The case file %1 does not exist.").arg(path), {}};
    std::unique_ptr<CaseStore> store(new CaseStore);
    store->m_readOnly = mode == Mode::ReadOnly;
    store->m_examiner = defaultExaminer();
    // A write-protected file, or one in a folder or on a disk that cannot be written (a DVD, a
    // read-only share), opens for reading; changes are refused with a sentence saying why.
    const QFileInfo file(path);
    const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
    if (!file.isWritable() || !folderWritable) {
        store->m_readOnly = true;
        store->m_writeProtected = true;
    }
    // Where the folder cannot be written SQLite cannot make its -shm file: the file is read as
    // immutable, which is only right when no -wal holds changes not yet in it.
    if (!folderWritable && QFileInfo::exists(path + QStringLiteral("-wal"))) {
        return Error{ErrorCode::ReadOnly,
                     tr("%1 cannot be read where it is: its folder cannot be written and it has unsaved changes in %1-wal. Copy both files to a "
                        "writable folder and open the copy.")
                         .arg(path),
                     {}};
    }
    if (Status s = store->m_db.open(path, false, store->m_readOnly, !folderWritable); !s)
        return s.error();

    // Reading the header tells a case from any other file.
    auto header = store->m_db.prepare(QStringLiteral("PRAGMA application_id"));
    if (!header || !header->next()) {
        return Error{ErrorCode::NotACase, tr("%1 is not a Seagull case file.").arg(path), store->m_db.lastError()};
    }
    const qint64 appId = header->int64(0);
    header->reset();
    auto version = store->m_db.prepare(QStringLiteral("PRAGMA user_version"));
    if (!version || !version->next())
        return Error{ErrorCode::NotACase, tr("%1 is not a Seagull case file.").arg(path), store->m_db.lastError()};
    const int userVersion = int(version->int64(0));
    version->reset();
    if (appId != ApplicationId)
        return Error{ErrorCode::NotACase, tr("%1 is not a Seagull case file.").arg(path), {}};
    if (userVersion > schema::CurrentVersion) {
        return Error{ErrorCode::TooNew,
                     tr("%1 was written by a newer version of Seagull; update Seagull to open it.").arg(path),
                     QStringLiteral("case schema %1, this version reads up to %2").arg(userVersion).arg(schema::CurrentVersion)};
    }
    if (Status s = store->m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s.error();
    if (Status s = store->tune(); !s)
        return s.error();
    if (!store->m_readOnly) {
        if (Status s = store->m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return s.error();
        if (Status s = store->migrate(); !s)
            return s.error();
    } else if (userVersion < schema::CurrentVersion) {
        if (store->m_writeProtected)
            return Error{ErrorCode::ReadOnly,
                         tr("%1 was written by an older Seagull and must be upgraded, but it cannot be written here. Copy it to a writable "
                            "folder and open the copy.")
                             .arg(path),
                         {}};
        return Error{ErrorCode::TooNew, tr("%1 must be upgraded before it can be opened read-only.").arg(path), {}};
    }
    if (Status s = store->loadInfo(); !s)
        return s.error();
    return store;
}

Status CaseStore::tune()
{
    // WAL with synchronous NORMAL keeps the file consistent through a crash or power loss (the
    // last commit may be lost, never half-written); a larger page cache keeps the event indexes
    // of a big import in memory instead of re-reading them for every row.
    return m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;"));
}

int CaseStore::schemaVersion() const
{
    auto stmt = m_db.prepare(QStringLiteral("PRAGMA user_version"));
    if (!stmt || !stmt->next())
        return -1;
    return int(stmt->int64(0));
}

Status CaseStore::migrate()
{
    int version = schemaVersion();
    const int startVersion = version;
    while (version < schema::CurrentVersion) {
        const int next = version + 1;
        sql::Transaction transaction(m_db);
        if (Status s = transaction.begin(); !s)
            return s;
        if (Status s = m_db.exec(schema::migrationStep(next)); !s) {
            return Error{ErrorCode::Database, tr("The case file could not be upgraded to version %1.").arg(next),
                         s.error().detail};
        }
        if (Status s = m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)); !s)
            return s;
        if (startVersion > 0) {
            // Upgrades of existing cases are part of the record.
            if (Status s = appendAudit(QStringLiteral("migrate"),
                                       QJsonObject{{QStringLiteral("from"), version}, {QStringLiteral("to"), next}});
                !s)
                return s;
        }
        if (Status s = transaction.commit(); !s)
            return s;
        version = next;
    }
    return Ok{};
}

Status CaseStore::loadInfo()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT key, value FROM case_meta"));
    if (!stmt)
        return stmt.error();
    while (stmt->next()) {
        const QString key = stmt->text(0);
        const QString value = stmt->text(1);
        if (key == QLatin1String("name"))
            m_info.name = value;
        else if (key == QLatin1String("number"))
            m_info.number = value;
        else if (key == QLatin1String("region"))
            m_info.region = value;
        else if (key == QLatin1String("time_zone"))
            m_info.timeZone = value;
        else if (key == QLatin1String("examiner"))
            m_info.examiner = value;
    }
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    return Ok{};
}

Status CaseStore::setInfo(const CaseInfo &info)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO case_meta(key, value) VALUES (?1, ?2) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return stmt.error();
    const std::pair<const char *, QString> values[] = {{"name", info.name},
                                                       {"number", info.number},
                                                       {"region", info.region},
                                                       {"time_zone", info.timeZone},
                                                       {"examiner", info.examiner}};
    for (const auto &[key, value] : values) {
        stmt->bind(1, QString::fromLatin1(key)).bind(2, value.isNull() ? QStringLiteral("") : value);
        if (!stmt->exec())
            return m_db.error(tr("The case properties could not be saved."));
    }
    m_info = info;
    return Ok{};
}

namespace {

// Events as lists show them; the statement selects these columns in this order.
const char *const EventRowColumns =
    "SELECT e.type, e.utc_ms, e.utc_offset, e.duration, e.direction, coalesce(e.body, ''), e.amount_minor, coalesce(e.currency, ''), "
    "f.key, coalesce(t.key, ''), e.locator, e.source_id, s.file_name, e.status, e.deleted, e.id, e.from_entity, "
    "coalesce(e.to_entity, 0), e.cell FROM events e "
    "JOIN entities f ON f.id = e.from_entity LEFT JOIN entities t ON t.id = e.to_entity JOIN sources s ON s.id = e.source_id ";

EventRow readEventRow(const sql::Statement &stmt)
{
    EventRow r;
    r.event.type = eventTypeFromName(stmt.text(0)).value_or(EventType::Call);
    r.event.utcMs = stmt.int64(1);
    r.event.utcOffsetSeconds = int(stmt.int64(2));
    r.event.duration = stmt.int64(3);
    r.event.direction = stmt.text(4);
    r.event.body = stmt.text(5);
    if (!stmt.isNull(6)) {
        const QString currency = stmt.text(7);
        r.event.amount = Money{stmt.int64(6), currency, currencyExponent(currency)};
    }
    r.fromKey = stmt.text(8);
    r.toKey = stmt.text(9);
    r.event.provenance.locator = stmt.text(10);
    r.event.provenance.sourceId = stmt.int64(11);
    r.event.provenance.sourceFile = stmt.text(12);
    r.event.status = stmt.text(13);
    r.event.deleted = stmt.int64(14) != 0;
    r.event.id = stmt.int64(15);
    r.event.from = stmt.int64(16);
    r.event.to = stmt.int64(17);
    r.event.cell = stmt.text(18);
    return r;
}

Result<QList<EventRow>> readEventRows(sql::Statement &stmt)
{
    QList<EventRow> rows;
    while (stmt.next())
        rows.append(readEventRow(stmt));
    if (stmt.failed())
        return Error{ErrorCode::Database, QCoreApplication::translate("sg::CaseStore", "The case file could not be read."), {}};
    return rows;
}

} // namespace

Status CaseStore::forEachEvent(const std::function<void(const EventRow &)> &row, Progress *progress) const
{
    auto stmt = m_db.prepare(QString::fromLatin1(EventRowColumns) + QStringLiteral("ORDER BY e.id"));
    if (!stmt)
        return stmt.error();
    qint64 done = 0;
    while (stmt->next()) {
        row(readEventRow(*stmt));
        if (progress && (++done & 0xfff) == 0) {
            progress->setDone(done);
            if (progress->isCancelled())
                return Error{ErrorCode::Cancelled, tr("Stopped by the user."), {}};
        }
    }
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    return Ok{};
}

Result<QList<EventRow>> CaseStore::sourceEvents(SourceId source, int limit) const
{
    auto stmt = m_db.prepare(QString::fromLatin1(EventRowColumns) + QStringLiteral("WHERE e.source_id = ?1 ORDER BY e.id LIMIT ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, source).bind(2, qint64(limit));
    return readEventRows(*stmt);
}

Result<QList<EventRow>> CaseStore::eventsBetweenSides(const QList<EntityId> &a, const QList<EntityId> &b, int limit) const
{
    // For sides of many entities (eventsBetween).
    // The two sides are bound as JSON arrays (sql::idList) and read with json_each: still bound
    // values.
    // For each direction the ids of the events leaving one side and of those coming into the
    // other are read from the end indexes alone, a row of each in turn, until one of the two is
    // read whole. When the other has IdsPerRowLookup times as many, each event of the end with
    // fewer is looked up instead to check its other end ("+": not through its index; left to
    // itself SQLite read the busiest number's 69,000 events for its link to a number with 19,
    // 0.11 s at 5M); otherwise the two are matched. (A side of 300 entities and one of 2,251,
    // two hops from the 5M case's busiest number: 2.0 s by look-ups alone.) Inside
    // eventsBetween's read transaction.
    // Ids with their times: the end indexes hold both, so that only the first `limit` events in
    // time are read whole.
    auto idsOutOf = m_db.prepare(QStringLiteral("SELECT id, utc_ms FROM events WHERE from_entity IN (SELECT value FROM json_each(?1))"));
    auto idsInto = m_db.prepare(QStringLiteral("SELECT id, utc_ms FROM events WHERE to_entity IN (SELECT value FROM json_each(?1))"));
    auto lookUpOutOf = m_db.prepare(QStringLiteral("SELECT id, utc_ms FROM events WHERE from_entity IN (SELECT value FROM json_each(?1)) "
                                                   "AND +to_entity IN (SELECT value FROM json_each(?2))"));
    auto lookUpInto = m_db.prepare(QStringLiteral("SELECT id, utc_ms FROM events WHERE to_entity IN (SELECT value FROM json_each(?2)) "
                                                  "AND +from_entity IN (SELECT value FROM json_each(?1))"));
    if (!idsOutOf || !idsInto || !lookUpOutOf || !lookUpInto)
        return m_db.error(tr("The events could not be read."));
    using Ids = std::vector<std::pair<qint64, qint64>>; // (time, id)
    Ids found;
    // The events from the side `from` to the side `to`.
    const auto direction = [&](const QString &from, const QString &to) -> bool {
        struct End
        {
            sql::Statement &stmt;
            Ids ids;
            bool done = false;
            bool step()
            {
                if (stmt.next())
                    ids.push_back({stmt.int64(1), stmt.int64(0)});
                else
                    done = true;
                return !done;
            }
        };
        End leaving{idsOutOf->bind(1, from), {}};
        End arriving{idsInto->bind(1, to), {}};
        while (leaving.step() && arriving.step()) {
        }
        End &fewer = leaving.done ? leaving : arriving;
        End &other = leaving.done ? arriving : leaving;
        const size_t bound = size_t(IdsPerRowLookup) * std::max<size_t>(fewer.ids.size(), 1);
        while (!other.done && other.ids.size() < bound)
            other.step();
        const bool lopsided = !other.done;
        const bool failed = leaving.stmt.failed() || arriving.stmt.failed();
        leaving.stmt.reset();
        arriving.stmt.reset();
        if (failed)
            return false;
        if (lopsided) {
            sql::Statement &lookUp = (leaving.done ? *lookUpOutOf : *lookUpInto).bind(1, from).bind(2, to);
            while (lookUp.next())
                found.push_back({lookUp.int64(1), lookUp.int64(0)});
            const bool lookUpFailed = lookUp.failed();
            lookUp.reset();
            return !lookUpFailed;
        }
        // Each arriving event checked against the ids leaving (as bits over their range: event
        // ids are dense).
        std::vector<qint64> ids;
        ids.reserve(leaving.ids.size());
        for (const auto &[time, id] : leaving.ids)
            ids.push_back(id);
        sql::Database::Selection left;
        left.assign(ids);
        for (const auto &event : arriving.ids) {
            if (left.contains(event.second))
                found.push_back(event);
        }
        return true;
    };
    const QString sideA = sql::idList(a);
    const QString sideB = sql::idList(b);
    if (!direction(sideA, sideB) || !direction(sideB, sideA))
        return m_db.error(tr("The events could not be read."));
    // In time order, each once (an event among the sides' common entities is found both ways),
    // the first `limit` read whole.
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    QList<qint64> first;
    first.reserve(std::min<qsizetype>(qsizetype(found.size()), std::max(limit, 0)));
    for (size_t i = 0; i < found.size() && qsizetype(i) < limit; ++i)
        first.append(found[i].second);
    return eventRowsIn(first, limit);
}

Result<QList<EventRow>> CaseStore::eventsBetween(const QList<EntityId> &a, const QList<EntityId> &b, int limit) const
{
    // An event counts when one end is on one side and the other end on the other. Each entity
    // of either side is taken in turn, those with fewest events first, and its events with the
    // entities not yet taken are read through its own end indexes (the other end checked on
    // them, "+": not through its index): every event is found once, through its quieter end.
    // An entity whose partners were all taken before it is not read at all, so the busiest
    // number among a timeline's lines is never read whole (reading each direction through the
    // end of the side with fewer events read it for both: 0.7 s for 1,620 events among the 5M
    // case's busiest number and its ten busiest contacts). Its events with itself are read
    // only where the case has a link from it to itself: every event has its aggregate link.
    // Each direction of its events with its partners is read one of two ways: its events looked
    // up one by one to check their other end, or the ids of its events and of its partners'
    // events in that direction read from the end indexes alone and matched, when the partners
    // have fewer than IdsPerRowLookup times as many (the 161 events of the busiest number with
    // a number of 22,000 events: 0.055 s by lookups, 0.008 s matching 91,000 ids).
    const sql::ReadTransaction reading(m_db);
    const QSet<EntityId> sideA(a.cbegin(), a.cend()), sideB(b.cbegin(), b.cend());
    QList<EntityId> both = a + b;
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    if (both.size() > EntityByEntityLimit) // each entity's partners are listed for it
        return eventsBetweenSides(a, b, limit);
    auto outCount = m_db.prepare(QStringLiteral("SELECT count(*) FROM events WHERE from_entity = ?1"));
    auto inCount = m_db.prepare(QStringLiteral("SELECT count(*) FROM events WHERE to_entity = ?1"));
    auto selfLink = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM links WHERE from_entity = ?1 AND to_entity = ?1)"));
    auto outOf = m_db.prepare(QStringLiteral("SELECT id FROM events WHERE from_entity = ?1 AND +to_entity IN (SELECT value FROM json_each(?2))"));
    auto into = m_db.prepare(QStringLiteral("SELECT id FROM events WHERE to_entity = ?1 AND +from_entity IN (SELECT value FROM json_each(?2))"));
    // The ids of an entity's events either way, from the end indexes alone. Its events with
    // itself are those in both (looking the other end up in each event's row cost the busiest
    // number 0.5 s).
    auto allOutOf = m_db.prepare(QStringLiteral("SELECT id FROM events WHERE from_entity = ?1"));
    auto allInto = m_db.prepare(QStringLiteral("SELECT id FROM events WHERE to_entity = ?1"));
    if (!outCount || !inCount || !selfLink || !outOf || !into || !allOutOf || !allInto)
        return m_db.error(tr("The events could not be read."));
    const auto integer = [](sql::Statement &stmt, EntityId id) -> std::optional<qint64> {
        stmt.bind(1, id);
        const bool read = stmt.next();
        const qint64 n = read ? stmt.int64(0) : 0;
        const bool failed = !read || stmt.failed();
        stmt.reset();
        return failed ? std::nullopt : std::optional<qint64>(n);
    };
    QList<std::pair<qint64, EntityId>> order; // (events, entity), fewest first
    order.reserve(both.size());
    QHash<EntityId, std::pair<qint64, qint64>> ends; // events (from it, to it)
    ends.reserve(both.size());
    for (const EntityId id : std::as_const(both)) {
        const auto out = integer(*outCount, id);
        const auto in = integer(*inCount, id);
        if (!out || !in)
            return m_db.error(tr("The events could not be read."));
        order.append({*out + *in, id});
        ends.insert(id, {*out, *in});
    }
    std::sort(order.begin(), order.end());
    QSet<EntityId> taken;
    QList<qint64> found;
    const auto collect = [&](sql::Statement &stmt, EntityId id, const QString &others) {
        stmt.bind(1, id).bind(2, others);
        while (stmt.next())
            found.append(stmt.int64(0));
        const bool failed = stmt.failed();
        stmt.reset();
        return !failed;
    };
    // The ids of an entity's events from it (outgoing) or to it, in order: read once and kept
    // while at most MaxIdsKept are kept in all (a busy line is a partner of every quieter one;
    // reading its ids again for each took most of the time of a timeline of busy lines), else
    // read into `spare`.
    constexpr size_t MaxIdsKept = 2'000'000;
    std::unordered_map<qint64, std::vector<qint64>> kept;
    size_t idsKept = 0;
    std::vector<qint64> spareMine, spareTheirs;
    const auto idsOf = [&](EntityId who, bool outgoing, std::vector<qint64> &spare) -> const std::vector<qint64> * {
        const qint64 key = who * 2 + (outgoing ? 1 : 0);
        if (const auto it = kept.find(key); it != kept.end())
            return &it->second;
        sql::Statement &stmt = outgoing ? *allOutOf : *allInto;
        spare.clear();
        stmt.bind(1, who);
        while (stmt.next())
            spare.push_back(stmt.int64(0));
        const bool failed = stmt.failed();
        stmt.reset();
        if (failed)
            return nullptr;
        std::sort(spare.begin(), spare.end());
        if (idsKept + spare.size() > MaxIdsKept)
            return &spare;
        idsKept += spare.size();
        return &(kept[key] = spare);
    };
    for (const auto &[events, id] : std::as_const(order)) {
        // The entities an event of `id` may go to or come from: the other side of each side it is on.
        const bool inA = sideA.contains(id), inB = sideB.contains(id);
        QList<EntityId> partners;
        for (const EntityId other : std::as_const(both)) {
            const bool pairs = (inA && sideB.contains(other)) || (inB && sideA.contains(other));
            if (pairs && other != id && !taken.contains(other))
                partners.append(other);
        }
        bool self = false;
        if (inA && inB && events > 0) {
            const auto linked = integer(*selfLink, id);
            if (!linked)
                return m_db.error(tr("The events could not be read."));
            self = *linked != 0;
        }
        taken.insert(id);
        if (events == 0 || (partners.isEmpty() && !self))
            continue;
        if (!partners.isEmpty()) {
            const auto [fromIt, toIt] = ends.value(id);
            qint64 toPartners = 0, fromPartners = 0;
            for (const EntityId other : std::as_const(partners)) {
                toPartners += ends.value(other).second;
                fromPartners += ends.value(other).first;
            }
            const QString others = sql::idList(partners);
            const EntityId entity = id; // a lambda cannot capture a structured binding (clang 14)
            // Its events in one direction: looked up, or matched with its partners' (`theirs`
            // reads the ids of a partner's events in the other direction).
            const auto direction = [&](qint64 its, qint64 partnersEvents, sql::Statement &lookUp, bool outgoing) {
                if (its == 0 || partnersEvents == 0)
                    return true;
                if (partnersEvents >= (IdsPerRowLookup - 1) * its)
                    return collect(lookUp, entity, others);
                const std::vector<qint64> *mine = idsOf(entity, outgoing, spareMine);
                if (!mine)
                    return false;
                for (const EntityId other : std::as_const(partners)) {
                    const std::vector<qint64> *theirs = idsOf(other, !outgoing, spareTheirs);
                    if (!theirs)
                        return false;
                    std::set_intersection(mine->cbegin(), mine->cend(), theirs->cbegin(), theirs->cend(), std::back_inserter(found));
                }
                return true;
            };
            if (!direction(fromIt, toPartners, *outOf, true) || !direction(toIt, fromPartners, *into, false))
                return m_db.error(tr("The events could not be read."));
        }
        if (self) {
            const std::vector<qint64> *out = idsOf(id, true, spareMine);
            const std::vector<qint64> *in = out ? idsOf(id, false, spareTheirs) : nullptr;
            if (!out || !in)
                return m_db.error(tr("The events could not be read."));
            std::set_intersection(out->cbegin(), out->cend(), in->cbegin(), in->cend(), std::back_inserter(found));
        }
    }
    return eventRowsIn(found, limit);
}

Result<QList<EventRow>> CaseStore::eventRowsIn(const QList<qint64> &ids, int limit) const
{
    auto stmt = m_db.prepare(QString::fromLatin1(EventRowColumns) + QStringLiteral("WHERE e.id IN (SELECT value FROM json_each(?1)) ORDER BY e.utc_ms, e.id LIMIT ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sql::idList(ids)).bind(2, qint64(limit));
    return readEventRows(*stmt);
}

Result<QList<EventRow>> CaseStore::eventsBetween(EntityId a, EntityId b, int limit) const
{
    return eventsBetween(QList<EntityId>{a}, QList<EntityId>{b}, limit);
}

Result<QList<EventRow>> CaseStore::eventsOf(EntityId id, int limit) const
{
    // The first `limit` in time are chosen from the end indexes, which hold each event's time,
    // and only they are read whole (choosing among the rows read the busiest number's 69,000
    // events for its profile's 10,000: 0.14 s at 5M). An event with itself at both ends is in
    // both indexes, and once in the UNION.
    auto stmt = m_db.prepare(QString::fromLatin1(EventRowColumns)
                             + QStringLiteral("WHERE e.id IN (SELECT id FROM (SELECT id, utc_ms FROM events WHERE from_entity = ?1 UNION "
                                              "SELECT id, utc_ms FROM events WHERE to_entity = ?1) ORDER BY utc_ms, id LIMIT ?2) ORDER BY e.utc_ms, e.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, qint64(limit));
    return readEventRows(*stmt);
}

Result<QList<EventRow>> CaseStore::transfersOf(const QList<EntityId> &ids) const
{
    // The type and the amount are checked on each event's row before anything is joined to it:
    // a busy number's 69,000 calls were read whole, with their parties and sources, to find
    // none (0.4 s for the money over time of the 5M case's busiest number). A case without a
    // transfer (call records alone; the events of each type are counted at import) is not read.
    auto transfers = m_db.integer(QStringLiteral("SELECT EXISTS (SELECT 1 FROM event_counts WHERE type = 'transfer' AND count > 0)"));
    if (!transfers)
        return transfers.error();
    if (*transfers == 0)
        return QList<EventRow>();
    auto stmt = m_db.prepare(QString::fromLatin1(EventRowColumns)
                             + QStringLiteral("WHERE e.id IN (SELECT id FROM events WHERE from_entity IN (SELECT value FROM json_each(?1)) UNION "
                                              "SELECT id FROM events WHERE to_entity IN (SELECT value FROM json_each(?1))) "
                                              "AND e.type = 'transfer' AND e.amount_minor IS NOT NULL ORDER BY e.utc_ms, e.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sql::idList(ids));
    return readEventRows(*stmt);
}

namespace {

const char *const SourceColumns =
    "SELECT id, path, file_name, sha256, size, format, importer, importer_version, examiner, imported_at, region, "
    "time_zone, status, counts, rejected, app_schema_version FROM sources ";

SourceRecord readSourceRow(const sql::Statement &stmt)
{
    SourceRecord s;
    s.id = stmt.int64(0);
    s.path = stmt.text(1);
    s.fileName = stmt.text(2);
    s.sha256 = stmt.text(3);
    s.size = stmt.int64(4);
    s.format = stmt.text(5);
    s.importer = stmt.text(6);
    s.importerVersion = stmt.text(7);
    s.examiner = stmt.text(8);
    s.importedAt = QDateTime::fromString(stmt.text(9), Qt::ISODateWithMs);
    s.region = stmt.text(10);
    s.timeZone = stmt.text(11);
    s.status = stmt.text(12);
    const QJsonObject counts = QJsonDocument::fromJson(stmt.text(13).toUtf8()).object();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        s.counts.insert(it.key(), it.value().toInteger());
    s.rejected = stmt.int64(14);
    if (!stmt.isNull(15))
        s.appSchemaVersion = stmt.int64(15);
    return s;
}

} // namespace

Result<QList<SourceRecord>> CaseStore::sources() const
{
    return sourcesWhere(QString());
}

Result<QList<SourceRecord>> CaseStore::sourcesBehind(const QList<EntityId> &ids) const
{
    if (Status s = fillSelection(ids); !s)
        return s.error();
    // The links among them are read entity by entity past a few (2,000 entities of the 1M case:
    // 0.57 s looking every pair up).
    return sourcesWhere(QStringLiteral("WHERE id IN (SELECT source_id FROM entity_sources WHERE entity_id IN temp.selection) "
                                       "OR id IN (SELECT ls.source_id FROM links l JOIN link_sources ls ON ls.link_id = l.id "
                                       "WHERE l.from_entity IN temp.selection AND %1) ")
                            .arg(selectedOtherEnd(QStringLiteral("l.to_entity"), ids.size())));
}

QString CaseStore::selectedOtherEnd(const QString &column, qsizetype count)
{
    return count <= PairLookupLimit ? column + QStringLiteral(" IN temp.selection") : QStringLiteral("seagull_selected(%1)").arg(column);
}

Result<QList<SourceRecord>> CaseStore::sourcesWhere(const QString &clause) const
{
    auto stmt = m_db.prepare(QLatin1String(SourceColumns) + clause + QStringLiteral("ORDER BY id"));
    if (!stmt)
        return stmt.error();
    QList<SourceRecord> result;
    while (stmt->next())
        result.append(readSourceRow(*stmt));
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    return result;
}

Result<ActivityCounts> CaseStore::activity(const QList<EntityId> &ids, std::optional<qint64> fromUtcMs,
                                           std::optional<qint64> toUtcMs) const
{
    if (!ids.isEmpty()) {
        if (Status s = fillSelection(ids); !s)
            return s.error();
    }
    // Local seconds since 1970 and their day number, with integer arithmetic (floor division
    // for times before 1970); 1970-01-01 was a Thursday (3 when Monday is 0).
    const QString local = QStringLiteral("(utc_ms / 1000 + utc_offset)");
    const QString day = QStringLiteral("((%1 - ((%1 % 86400) + 86400) % 86400) / 86400)").arg(local);
    const QString which = ids.isEmpty() ? QStringLiteral("1")
                                        : QStringLiteral("id IN (SELECT id FROM events WHERE from_entity IN temp.selection UNION "
                                                         "SELECT id FROM events WHERE to_entity IN temp.selection)");
    const QString window = QStringLiteral(" AND utc_ms >= ?1 AND utc_ms <= ?2");
    auto run = [&](const QString &select, const QString &group, const std::function<void(const sql::Statement &)> &row) -> Status {
        auto stmt = m_db.prepare(QStringLiteral("SELECT %1, count(*) FROM events WHERE %2%3 GROUP BY %4").arg(select, which, window, group));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, fromUtcMs.value_or(std::numeric_limits<qint64>::min())).bind(2, toUtcMs.value_or(std::numeric_limits<qint64>::max()));
        while (stmt->next())
            row(*stmt);
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
        return Ok{};
    };
    // Events per local day and hour; weekdays and days are summed from them here (a few
    // thousand rows). The whole case, without a window, is summed from the counts each import
    // wrote (activity_hours), not from the events; otherwise SQLite sorts the events once.
    ActivityCounts counts;
    const QDate epoch(1970, 1, 1);
    auto add = [&](qint64 dayNumber, qint64 hour, qint64 n) {
        counts.byWeekdayHour[((dayNumber % 7) + 7 + 3) % 7][hour] += n;
        counts.total += n;
        const QDate date = epoch.addDays(dayNumber);
        if (counts.byDay.isEmpty() || counts.byDay.last().first != date)
            counts.byDay.append({date, 0});
        counts.byDay.last().second += n;
    };
    if (ids.isEmpty() && !fromUtcMs && !toUtcMs) {
        auto stmt = m_db.prepare(QStringLiteral("SELECT local_hour, sum(count) FROM activity_hours GROUP BY 1 ORDER BY 1"));
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            const qint64 hours = stmt->int64(0);
            const qint64 dayNumber = (hours - ((hours % 24) + 24) % 24) / 24;
            add(dayNumber, hours - dayNumber * 24, stmt->int64(1));
        }
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
        return counts;
    }
    const Status s = run(QStringLiteral("%1, (((%2 % 86400) + 86400) % 86400) / 3600").arg(day, local), QStringLiteral("1, 2 ORDER BY 1, 2"),
                         [&](const sql::Statement &r) { add(r.int64(0), r.int64(1), r.int64(2)); });
    if (!s)
        return s.error();
    return counts;
}

Result<QHash<EntityId, QList<Provenance>>> CaseStore::entitySources(const QList<EntityId> &ids) const
{
    if (Status s = fillSelection(ids); !s)
        return s.error();
    auto stmt = m_db.prepare(QStringLiteral("SELECT es.entity_id, es.source_id, s.file_name, es.locator FROM entity_sources es "
                                            "JOIN sources s ON s.id = es.source_id WHERE es.entity_id IN temp.selection "
                                            "ORDER BY es.entity_id, es.source_id"));
    if (!stmt)
        return stmt.error();
    QHash<EntityId, QList<Provenance>> result;
    while (stmt->next())
        result[stmt->int64(0)].append(Provenance{stmt->int64(1), stmt->text(2), stmt->text(3)});
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    return result;
}

Result<std::optional<SourceRecord>> CaseStore::sourceBySha256(const QString &sha256) const
{
    auto all = sources();
    if (!all)
        return all.error();
    for (const SourceRecord &s : *all) {
        if (s.sha256 == sha256)
            return std::optional<SourceRecord>(s);
    }
    return std::optional<SourceRecord>();
}

Result<std::unique_ptr<SourceWriter>> CaseStore::beginSource(const SourceRecord &source)
{
    if (m_readOnly)
        return Error{ErrorCode::Io, tr("The case is open read-only."), path()};
    SourceRecord record = source;
    if (record.examiner.isEmpty())
        record.examiner = m_examiner;
    if (!record.importedAt.isValid())
        record.importedAt = QDateTime::currentDateTimeUtc();
    std::unique_ptr<SourceWriter> writer(new SourceWriter(*this, record));
    if (Status s = writer->start(); !s)
        return s.error();
    return writer;
}

Result<std::optional<Entity>> CaseStore::entity(EntityId id) const
{
    auto list = entitiesById({id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Entity>();
    return std::optional<Entity>(list->first());
}

Result<std::optional<Entity>> CaseStore::entityByKey(EntityType type, const QString &key) const
{
    // An entity merged into another answers as the survivor.
    auto stmt = m_db.prepare(QStringLiteral("SELECT coalesce(merged_into, id) FROM entities WHERE type = ?1 AND key = ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, entityTypeName(type)).bind(2, key);
    if (!stmt->next()) {
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
        return std::optional<Entity>();
    }
    return entity(stmt->int64(0));
}

Result<Entity> CaseStore::resolve(const QString &reference) const
{
    const QString ref = reference.trimmed();
    auto notFound = [&ref]() {
        return Error{ErrorCode::NotFound, tr("No entity %1 in this case.").arg(ref), {}};
    };
    auto found = [&](const Result<std::optional<Entity>> &r) -> std::optional<Result<Entity>> {
        if (!r)
            return Result<Entity>(r.error());
        if (r->has_value())
            return Result<Entity>(**r);
        return std::nullopt;
    };

    const int colon = ref.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (const auto type = entityTypeFromName(ref.left(colon))) {
            const QString key = ref.mid(colon + 1);
            if (auto r = found(entityByKey(*type, key)))
                return *r;
            if (*type == EntityType::Phone) {
                const NormalizedPhone phone = PhoneNormalizer::normalize(key, m_info.region);
                if (auto r = found(entityByKey(EntityType::Phone, phone.key)))
                    return *r;
            }
            return notFound();
        }
    }
    static const QRegularExpression idPattern(QStringLiteral("^[1-9][0-9]{0,6}$"));
    if (idPattern.match(ref).hasMatch()) {
        if (auto r = found(entity(ref.toLongLong())))
            return *r;
    }
    const NormalizedPhone phone = PhoneNormalizer::normalize(ref, m_info.region);
    if (auto r = found(entityByKey(EntityType::Phone, phone.key)))
        return *r;
    for (const QString &typeName : entityTypeNames()) {
        if (auto r = found(entityByKey(*entityTypeFromName(typeName), ref)))
            return *r;
    }
    return notFound();
}


Result<QList<Entity>> CaseStore::entitiesById(const QList<EntityId> &ids) const
{
    if (ids.isEmpty())
        return QList<Entity>();
    // All of them in two statements (read one by one, 2,550 entities took 22 ms), each walking
    // the ids in order and looking up their rows: `id IN (SELECT value FROM json_each(...))`
    // built a temporary index of the ids first (51,042 entities: 18 ms and 7 ms for their
    // aliases, against 13 ms and 2 ms; sqlite3 C API, the suite's 5M case). The rows come in
    // the order of the ids and are found again by halving, not through a hash of entities.
    QList<EntityId> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const QString list = sql::idList(sorted);
    auto stmt = m_db.prepare(QStringLiteral("SELECT e.id, e.type, e.key, e.label, e.raw FROM json_each(?1) j CROSS JOIN entities e ON e.id = j.value"));
    auto aliases = m_db.prepare(QStringLiteral("SELECT a.entity_id, a.name FROM json_each(?1) j CROSS JOIN aliases a ON a.entity_id = j.value ORDER BY a.id"));
    if (!stmt)
        return stmt.error();
    if (!aliases)
        return aliases.error();
    std::vector<Entity> found;
    found.reserve(sorted.size());
    stmt->bind(1, list);
    while (stmt->next())
        found.push_back(entityFromRow(*stmt));
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    const auto byIdOrder = [](const Entity &a, const Entity &b) { return a.id < b.id; };
    if (!std::is_sorted(found.begin(), found.end(), byIdOrder)) // the plan above walks the ids in order
        std::sort(found.begin(), found.end(), byIdOrder);
    const auto byId = [&found](EntityId id) -> Entity * {
        const auto it = std::lower_bound(found.begin(), found.end(), id, [](const Entity &e, EntityId i) { return e.id < i; });
        return it != found.end() && it->id == id ? &*it : nullptr;
    };
    // Each name once, in the order the names were recorded.
    aliases->bind(1, list);
    while (aliases->next()) {
        Entity *e = byId(aliases->int64(0));
        const QString name = aliases->text(1);
        if (e && !e->aliases.contains(name))
            e->aliases.append(name);
    }
    if (aliases->failed())
        return m_db.error(tr("The case file could not be read."));
    const bool once = sorted.size() == ids.size(); // no id asked for twice: each entity is moved out
    QList<Entity> result;
    result.reserve(found.size());
    for (const EntityId id : ids) {
        if (Entity *e = byId(id))
            result.append(once ? std::move(*e) : *e);
    }
    return result;
}

std::optional<EntityId> CaseStore::firstMissing(const QList<EntityId> &ids, const QList<Entity> &found)
{
    // Those found come in the order asked: the first place where they differ names it.
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i >= found.size() || found[i].id != ids[i])
            return ids[i];
    }
    return std::nullopt;
}

namespace {

// `text` as one FTS5 phrase: quoted, its own quotes doubled.
QString ftsPhrase(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

Result<QList<Entity>> CaseStore::search(const QString &query, int limit) const
{
    const QString q = toAsciiDigits(query.trimmed());
    if (q.isEmpty())
        return QList<Entity>();

    QList<EntityId> ids;
    QSet<EntityId> seen;
    auto add = [&](EntityId id) {
        if (!seen.contains(id) && ids.size() < limit) {
            seen.insert(id);
            ids.append(id);
        }
    };

    // A number typed in any common form finds its canonical entity first.
    const NormalizedPhone phone = PhoneNormalizer::normalize(q, m_info.region);
    if (phone.valid) {
        auto exact = m_db.prepare(QStringLiteral("SELECT coalesce(merged_into, id) FROM entities WHERE type = 'phone' AND key = ?1 AND deleted = 0"));
        if (!exact)
            return exact.error();
        exact->bind(1, phone.key);
        if (exact->next())
            add(exact->int64(0));
        if (exact->failed())
            return m_db.error(tr("The search could not be run."));
    }

    // Every id a full-text MATCH of `match` finds in `table`, best first.
    auto matchIn = [&](const QString &table, const QString &match) -> Status {
        auto stmt = m_db.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?1 ORDER BY rank LIMIT ?2").arg(table));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, match).bind(2, qint64(limit));
        while (stmt->next())
            add(stmt->int64(0));
        if (stmt->failed())
            return m_db.error(tr("The search could not be run."));
        return Ok{};
    };

    // Whole words next, in any script (entity_words holds ICU's word segments): the query's words
    // side by side, then anywhere in any order ("Van Nguyen" finds "Nguyễn Văn"). Thai, Lao,
    // Khmer, Burmese and Chinese words are found inside text written without spaces, and before
    // the substrings the trigram index finds below.
    const QString folded = foldForSearch(q);
    for (const QString &text : {q, folded}) {
        const QStringList words = wordSegments(text);
        if (words.isEmpty())
            continue;
        QStringList queries{ftsPhrase(words.join(QLatin1Char(' ')))};
        if (words.size() > 1) {
            QStringList each;
            for (const QString &word : words)
                each << ftsPhrase(word);
            queries << each.join(QLatin1Char(' '));
        }
        for (const QString &match : std::as_const(queries)) {
            if (ids.size() >= limit)
                break;
            if (Status s = matchIn(QStringLiteral("entity_words"), match); !s)
                return s.error();
        }
    }

    QStringList needles{q};
    const QString digits = digitsOnly(q);
    // "012 345 678" is stored as +85512345678: look for the digits without spaces and without
    // the national trunk prefix too.
    if (digits.size() >= 3 && digits != q) {
        needles << digits;
    }
    // "nguyen van" finds "Nguyễn Văn", "詐騙" finds "诈骗": the index holds folded forms too.
    if (!folded.isEmpty())
        needles << folded;
    QString withoutTrunk = digits;
    while (withoutTrunk.startsWith(QLatin1Char('0')) || withoutTrunk.startsWith(QLatin1Char('+')))
        withoutTrunk.remove(0, 1);
    if (withoutTrunk.size() >= 6 && withoutTrunk != digits)
        needles << withoutTrunk;

    for (const QString &needle : std::as_const(needles)) {
        if (ids.size() >= limit)
            break;
        if (needle.size() >= 3) {
            if (Status s = matchIn(QStringLiteral("entity_search"), ftsPhrase(needle)); !s)
                return s.error();
        } else {
            // Too short for the trigram index: keys by their start, names anywhere (two
            // characters are a whole word in Chinese, Thai or Khmer), folded forms too.
            auto stmt = m_db.prepare(QStringLiteral(
                "SELECT id FROM (SELECT coalesce(merged_into, id) AS id FROM entities WHERE deleted = 0 AND (key LIKE ?1 ESCAPE '\\' "
                "OR (?4 AND (label LIKE ?3 ESCAPE '\\' OR seagull_fold(label) LIKE ?3 ESCAPE '\\'))) "
                "UNION SELECT coalesce(e.merged_into, e.id) FROM aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE e.deleted = 0 AND ?4 AND (a.name LIKE ?3 ESCAPE '\\' OR seagull_fold(a.name) LIKE ?3 ESCAPE '\\')) "
                "ORDER BY id LIMIT ?2"));
            if (!stmt)
                return stmt.error();
            QString pattern = needle;
            pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
            const bool digitsOnlyNeedle = digitsOnly(needle) == needle;
            stmt->bind(1, pattern + QLatin1Char('%')).bind(2, qint64(limit));
            // Digits are looked for at the start of keys only: "12" inside every number is noise.
            stmt->bind(3, QLatin1Char('%') + pattern + QLatin1Char('%')).bind(4, qint64(digitsOnlyNeedle ? 0 : 1));
            while (stmt->next())
                add(stmt->int64(0));
            if (stmt->failed())
                return m_db.error(tr("The search could not be run."));
        }
    }
    return entitiesById(ids);
}

Result<EntitySummary> CaseStore::summary(EntityId id) const
{
    auto e = entity(id);
    if (!e)
        return e.error();
    if (!e->has_value())
        return Error{ErrorCode::NotFound, tr("No entity %1 in this case.").arg(id), {}};
    EntitySummary summary;
    summary.entity = **e;

    auto counts = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM events WHERE from_entity = ?1) + (SELECT count(*) FROM events WHERE to_entity = ?1), "
        "(SELECT count(*) FROM (SELECT to_entity FROM links WHERE from_entity = ?1 UNION "
        "SELECT from_entity FROM links WHERE to_entity = ?1))"));
    if (!counts)
        return counts.error();
    counts->bind(1, id);
    if (counts->next()) {
        summary.events = counts->int64(0);
        summary.neighbours = counts->int64(1);
    }
    if (counts->failed())
        return m_db.error(tr("The case file could not be read."));

    auto sources = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.file_name, es.locator FROM entity_sources es JOIN sources s ON s.id = es.source_id "
        "WHERE es.entity_id = ?1 ORDER BY s.id"));
    if (!sources)
        return sources.error();
    sources->bind(1, id);
    while (sources->next())
        summary.sources.append(Provenance{sources->int64(0), sources->text(1), sources->text(2)});
    if (sources->failed())
        return m_db.error(tr("The case file could not be read."));

    // Facts with their provenance, as (name, value, source id, source file, locator) rows.
    auto facts = [this, id](const QString &sql, QList<EntityAttribute> &into) -> Status {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        while (stmt->next())
            into.append(EntityAttribute{stmt->text(0), stmt->text(1), Provenance{stmt->int64(2), stmt->text(3), stmt->text(4)}});
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
        return Ok{};
    };
    if (Status s = facts(QStringLiteral("SELECT a.name, a.value, s.id, s.file_name, a.locator FROM entity_attributes a "
                                        "JOIN sources s ON s.id = a.source_id WHERE a.entity_id = ?1 ORDER BY a.name, s.id"),
                         summary.attributes);
        !s)
        return s.error();
    if (Status s = facts(QStringLiteral("SELECT a.kind, a.name, coalesce(s.id, 0), coalesce(s.file_name, ''), a.locator FROM aliases a "
                                        "LEFT JOIN sources s ON s.id = a.source_id WHERE a.entity_id = ?1 ORDER BY a.name, s.id"),
                         summary.aliases);
        !s)
        return s.error();
    return summary;
}

Status CaseStore::fillSelection(const QList<EntityId> &ids, const QList<EntityId> *selected) const
{
    if (Status s = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS selection(id INTEGER PRIMARY KEY); "
                                            "DELETE FROM temp.selection;"));
        !s)
        return s;
    // One statement for all of them (one insert each, each its own transaction, took 44 ms for
    // 2,551 entities).
    auto insert = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.selection(id) SELECT value FROM json_each(?1)"));
    if (!insert)
        return insert.error();
    insert->bind(1, sql::idList(ids));
    if (!insert->exec())
        return m_db.error(tr("The case file could not be read."));
    m_db.setSelected(selected ? *selected : ids);
    return Ok{};
}

namespace {

// The few kinds and event types of links, each made a string once and shared: among a hub's
// 16,659 neighbours 292,000 links made as many strings of each, and reading a 5M case's graph
// two allocations for each of its 4.9 million links.
class SharedTexts
{
public:
    QString operator()(QByteArrayView utf8)
    {
        for (const auto &[bytes, text] : std::as_const(m_texts)) {
            if (bytes == utf8)
                return text;
        }
        m_texts.append({utf8.toByteArray(), QString::fromUtf8(utf8)});
        return m_texts.constLast().second;
    }

private:
    QList<std::pair<QByteArray, QString>> m_texts;
};

// A declared link's confidence as a number (0 confirmed, 1 probable, 2 possible): the strongest
// its sources state; evidence states no confidence and confirms.
const char *const StrongestConfidence =
    "(SELECT min(CASE ls.confidence WHEN 'possible' THEN 2 WHEN 'probable' THEN 1 ELSE 0 END) FROM link_sources ls WHERE ls.link_id = links.id)";

} // namespace

Result<bool> CaseStore::hasMoney() const
{
    auto money = m_db.integer(QStringLiteral("SELECT EXISTS (SELECT 1 FROM link_amounts)"));
    if (!money)
        return money.error();
    return *money != 0;
}

Result<QStringList> CaseStore::declaredKinds() const
{
    // Each kind after the last one found, from the index of links by kind and ends (one step
    // each, however many links of each kind there are).
    auto next = m_db.prepare(QStringLiteral("SELECT kind FROM links WHERE kind > ?1 ORDER BY kind LIMIT 1"));
    if (!next)
        return next.error();
    QStringList kinds;
    QString after = QStringLiteral("");
    for (;;) {
        next->bind(1, after);
        const bool found = next->next();
        if (found)
            after = next->text(0);
        const bool failed = next->failed();
        next->reset();
        if (failed)
            return m_db.error(tr("The case file could not be read."));
        if (!found)
            return kinds;
        if (after != QLatin1String("aggregate"))
            kinds.append(after);
    }
}

Result<QString> CaseStore::linkColumns() const
{
    // Each aggregate's money per currency comes with it: currency and amount joined by the unit
    // separator (31), one currency from the next by the record separator (30). A case with no
    // money on any link (call records alone) does not look it up for each link: the 292,000
    // links among a hub's 16,659 neighbours at 1M, 0.281 s with the lookups, 0.234 s without.
    auto money = hasMoney();
    if (!money)
        return money.error();
    const QString moneyColumn = *money ? QStringLiteral("CASE WHEN kind = 'aggregate' THEN "
                                                             "(SELECT group_concat(t, char(30)) FROM (SELECT a.currency || char(31) || a.total_minor AS t "
                                                             "FROM link_amounts a WHERE a.link_id = links.id ORDER BY a.currency)) END")
                                            : QStringLiteral("NULL");
    return QStringLiteral("from_entity, to_entity, kind, event_type, count, total_duration, total_amount, first_utc_ms, "
                          "last_utc_ms, CASE WHEN kind = 'aggregate' THEN 0 ELSE %1 END, %2, id")
        .arg(QLatin1String(StrongestConfidence), moneyColumn);
}

Result<QList<Link>> CaseStore::linksAmong(const QList<EntityId> &ids, std::optional<qint64> fromUtcMs,
                                          std::optional<qint64> toUtcMs) const
{
    if (Status s = fillSelection(ids); !s)
        return s.error();
    return linksAmongSelected(ids.size(), fromUtcMs, toUtcMs);
}

Result<QList<Link>> CaseStore::linksAmongSelected(qsizetype count, std::optional<qint64> fromUtcMs, std::optional<qint64> toUtcMs) const
{
    if (fromUtcMs || toUtcMs) {
        const sql::ReadTransaction reading(m_db); // the events chosen and read in one state of the case
        // The events in the window with both ends among them: the ids of those leaving them and
        // of those coming to them, from the events' indexes by end and time alone, matched here,
        // and only those rows read. Reading each event leaving them to see where it went read
        // the rows of every call of a busy number with the rest of the case (500 entities of
        // bench_time's 5M case, 10 of them busy: about 40,000 rows in one week for 80 events).
        auto within = eventsWithBothEndsSelected(fromUtcMs.value_or(std::numeric_limits<qint64>::min()),
                                                 toUtcMs.value_or(std::numeric_limits<qint64>::max()));
        if (!within)
            return within.error();
        // The declared links among them are found through the index of links by kind and ends,
        // for each kind the case has: reading every link of the entities to keep the few that
        // are not aggregates fetched each aggregate among them (74,000 rows for the 2,551
        // entities two hops from the 5M case's busiest number, most of the 0.08 s). Each
        // entity's links of a kind are read and their other end checked (seagull_selected),
        // however few the entities: `IN temp.selection` there looks up every pair for each kind.
        auto kinds = declaredKinds();
        if (!kinds)
            return kinds.error();
        QString declared;
        if (!kinds->isEmpty()) {
            QStringList quoted;
            for (QString kind : std::as_const(*kinds))
                quoted << QLatin1Char('\'') + kind.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
            declared = QStringLiteral("UNION ALL SELECT from_entity, to_entity, kind, event_type, count, total_duration, total_amount, "
                                      "first_utc_ms, last_utc_ms, %1, NULL FROM links WHERE kind IN (%2) AND from_entity IN temp.selection "
                                      "AND seagull_selected(to_entity)")
                           .arg(QLatin1String(StrongestConfidence), quoted.join(QStringLiteral(", ")));
        }
        const QString events = sql::idList(*within);
        return readLinks(QStringLiteral("SELECT e.from_entity, e.to_entity, 'aggregate', e.type, count(*), sum(e.duration), coalesce(sum(e.amount), 0), "
                                        "min(e.utc_ms), max(e.utc_ms), 0, NULL FROM json_each(?1) j CROSS JOIN events e ON e.id = j.value "
                                        "GROUP BY e.from_entity, e.to_entity, e.type ")
                             + declared,
                         &events);
    }
    auto columns = linkColumns();
    if (!columns)
        return columns.error();
    // Among a few entities, each pair of ends is looked up in the links' index (51 entities:
    // 2,601 lookups, 2 ms, where reading every link of a hub among them took 7 ms); among many,
    // each entity's links are read and the other end checked in a hash (seagull_selected):
    // letting SQLite look up every pair took 1 s for 2,551 entities, probing temp.selection
    // for each of their 236,000 links 55 ms of 80.
    const QString otherEnd = selectedOtherEnd(QStringLiteral("to_entity"), count);
    return readLinks(QStringLiteral("SELECT %1 FROM links WHERE from_entity IN temp.selection AND %2").arg(*columns, otherEnd), nullptr);
}

Result<QList<qint64>> CaseStore::eventsWithBothEndsSelected(qint64 fromUtcMs, qint64 toUtcMs) const
{
    std::vector<qint64> ends[2];
    const QLatin1String columns[2] = {QLatin1String("from_entity"), QLatin1String("to_entity")};
    for (int end = 0; end < 2; ++end) {
        // Each entity's events by that end in the window, from the index alone (it holds the id).
        auto stmt = m_db.prepare(QStringLiteral("SELECT id FROM events WHERE %1 IN temp.selection AND utc_ms >= ?1 AND utc_ms <= ?2").arg(columns[end]));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, fromUtcMs).bind(2, toUtcMs);
        while (stmt->next())
            ends[end].push_back(stmt->int64(0));
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
        std::sort(ends[end].begin(), ends[end].end());
    }
    QList<qint64> both;
    std::set_intersection(ends[0].cbegin(), ends[0].cend(), ends[1].cbegin(), ends[1].cend(), std::back_inserter(both));
    return both;
}

Result<QList<Link>> CaseStore::linksTouching(const QList<EntityId> &touching, const QList<EntityId> &ids) const
{
    if (Status s = fillSelection(touching, &ids); !s)
        return s.error();
    auto columns = linkColumns();
    if (!columns)
        return columns.error();
    // Those leaving `touching`, then those coming into it from the rest (each link once).
    return readLinks(QStringLiteral("SELECT %1 FROM links WHERE from_entity IN temp.selection AND seagull_selected(to_entity) "
                                    "UNION ALL SELECT %1 FROM links WHERE to_entity IN temp.selection "
                                    "AND seagull_selected(from_entity) AND from_entity NOT IN temp.selection")
                         .arg(*columns),
                     nullptr);
}

Result<QList<Link>> CaseStore::readLinks(const QString &sqlText, const QString *events) const
{
    auto stmt = m_db.prepare(sqlText);
    if (!stmt)
        return stmt.error();
    const bool timed = events != nullptr;
    if (timed)
        stmt->bind(1, *events);
    QList<Link> links;
    QList<std::pair<qint64, qsizetype>> order; // untimed: in the order the links were made (sorted here: 40 ms less for 60,000 links)
    SharedTexts names;
    auto name = [&](int column) { return names(stmt->utf8(column)); };
    while (stmt->next()) {
        if (!timed)
            order.append({stmt->int64(11), links.size()});
        Link &l = links.emplaceBack();
        l.from = stmt->int64(0);
        l.to = stmt->int64(1);
        l.kind = linkKindFromName(name(2)).value_or(LinkKind::Aggregate);
        l.eventType = name(3);
        l.count = stmt->int64(4);
        l.totalDuration = stmt->int64(5);
        l.firstUtcMs = stmt->int64(7);
        l.lastUtcMs = stmt->int64(8);
        l.confidence = Confidence(std::clamp<qint64>(stmt->int64(9), 0, 2));
        if (!stmt->isNull(10)) {
            const QString totals = stmt->text(10);
            for (const QStringView total : QStringView(totals).split(QChar(30))) {
                const qsizetype unit = total.indexOf(QChar(31));
                const QString currency = total.left(unit).toString();
                l.amounts.append(Money{total.mid(unit + 1).toLongLong(), currency, currencyExponent(currency)});
            }
        }
    }
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    if (!timed) {
        // Put in order where they are, moving each link once along its cycle of the
        // permutation (a second list of them cost as much again in fresh memory).
        std::sort(order.begin(), order.end());
        for (qsizetype start = 0; start < order.size(); ++start) {
            if (order[start].second == start)
                continue;
            Link held = std::move(links[start]);
            qsizetype at = start;
            while (order[at].second != start) {
                const qsizetype from = order[at].second;
                links[at] = std::move(links[from]);
                order[at].second = at;
                at = from;
            }
            links[at] = std::move(held);
            order[at].second = at;
        }
        return links;
    }

    // Money on the links per currency, summed in the time window: its events are read a second
    // time, so not in a case with no money on any link (call records alone).
    auto anyMoney = hasMoney();
    if (!anyMoney)
        return anyMoney.error();
    if (!*anyMoney)
        return links;
    auto money = m_db.prepare(QStringLiteral(
        "SELECT e.from_entity, e.to_entity, e.type, coalesce(e.currency, ''), sum(e.amount_minor) FROM json_each(?1) j CROSS JOIN events e ON e.id = j.value "
        "WHERE e.amount_minor IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 4"));
    if (!money)
        return money.error();
    money->bind(1, *events);
    QHash<QString, qsizetype> byKey;
    auto key = [](EntityId from, EntityId to, const QString &type) { return QStringLiteral("%1 %2 %3").arg(from).arg(to).arg(type); };
    while (money->next()) {
        if (byKey.isEmpty()) {
            for (qsizetype i = 0; i < links.size(); ++i) {
                if (links[i].kind == LinkKind::Aggregate)
                    byKey.insert(key(links[i].from, links[i].to, links[i].eventType), i);
            }
        }
        const auto it = byKey.constFind(key(money->int64(0), money->int64(1), money->text(2)));
        if (it == byKey.constEnd())
            continue;
        const QString currency = money->text(3);
        links[*it].amounts.append(Money{money->int64(4), currency, currencyExponent(currency)});
    }
    if (money->failed())
        return m_db.error(tr("The case file could not be read."));
    return links;
}

namespace {

// Puts (other end, count) pairs in the order of the other end. LinkEnds::read gives two runs
// each already in that order (the links' indexes by either end), which are merged; anything else
// is sorted.
void sortEnds(std::vector<std::pair<EntityId, qint64>> &ends)
{
    const auto byOther = [](const auto &a, const auto &b) { return a.first < b.first; };
    const auto middle = std::is_sorted_until(ends.begin(), ends.end(), byOther);
    if (std::is_sorted(middle, ends.end(), byOther))
        std::inplace_merge(ends.begin(), middle, ends.end(), byOther);
    else
        std::sort(ends.begin(), ends.end(), byOther);
}

// Each link of an entity as (other end, count), read from the links' indexes by either end
// alone.
class LinkEnds
{
public:
    static Result<LinkEnds> prepare(const sql::Database &db)
    {
        auto outgoing = db.prepare(QStringLiteral("SELECT to_entity, max(count, 1) FROM links WHERE from_entity = ?1"));
        if (!outgoing)
            return outgoing.error();
        auto incoming = db.prepare(QStringLiteral("SELECT from_entity, max(count, 1) FROM links WHERE to_entity = ?1"));
        if (!incoming)
            return incoming.error();
        return LinkEnds(std::move(*outgoing), std::move(*incoming));
    }

    // Calls take(other end, count) for each link of `id`; false when SQLite failed.
    template <typename Take>
    bool read(EntityId id, Take take)
    {
        for (sql::Statement *statement : {&m_outgoing, &m_incoming}) {
            statement->bind(1, id);
            while (statement->next())
                take(statement->int64(0), statement->int64(1));
            const bool failed = statement->failed();
            statement->reset();
            if (failed)
                return false;
        }
        return true;
    }

private:
    LinkEnds(sql::Statement outgoing, sql::Statement incoming)
        : m_outgoing(std::move(outgoing))
        , m_incoming(std::move(incoming))
    {
    }
    sql::Statement m_outgoing, m_incoming;
};

} // namespace

Result<ExpandResult> CaseStore::expand(const QList<EntityId> &seeds, const ExpandFilter &filter) const
{
    // Two statements for each entity whose neighbours are read, and one for each neighbour
    // whose type a filter asks for: in one read transaction (sql::ReadTransaction).
    const sql::ReadTransaction reading(m_db);
    const bool timed = filter.fromUtcMs || filter.toUtcMs;
    // Neighbours of one entity with their event counts (a declared link counts as one), most
    // connected first. Link types and a minimum amount narrow what counts; their values are
    // bound from ?4 (amount currency), ?5 (minimum) and ?6... (types).
    QString typeList;
    for (int i = 0; i < filter.linkTypes.size(); ++i)
        typeList += (i ? QStringLiteral(", ?") : QStringLiteral("?")) + QString::number(6 + i);
    const bool typed = !filter.linkTypes.isEmpty();
    const bool money = filter.minAmount.has_value();
    QString sqlText;
    if (timed) {
        const QString typeClause = typed ? QStringLiteral(" AND type IN (%1)").arg(typeList) : QString();
        const QString window = QStringLiteral(" AND utc_ms >= ?2 AND utc_ms <= ?3") + typeClause;
        sqlText = QStringLiteral("SELECT other, count(*) AS n, sum(CASE WHEN currency = ?4 THEN amount_minor END) AS money FROM ("
                                 " SELECT to_entity AS other, currency, amount_minor FROM events WHERE from_entity = ?1"
                                 "   AND to_entity IS NOT NULL%1"
                                 " UNION ALL SELECT from_entity, currency, amount_minor FROM events WHERE to_entity = ?1%1"
                                 ") WHERE other <> ?1 AND other NOT IN (SELECT id FROM entities WHERE deleted = 1) GROUP BY other %2 ORDER BY n DESC, other")
                      .arg(window, money ? QStringLiteral("HAVING money >= ?5") : QString());
    } else {
        const QString typeClause = typed ? QStringLiteral(" AND (CASE WHEN kind = 'aggregate' THEN event_type ELSE kind END) IN (%1)").arg(typeList)
                                         : QString();
        // The money on each link is looked up only when a minimum amount asks for it.
        const QString moneyColumn = money ? QStringLiteral("sum((SELECT total_minor FROM link_amounts a WHERE a.link_id = x.link AND a.currency = ?4))")
                                          : QStringLiteral("NULL");
        sqlText = QStringLiteral("SELECT other, sum(n) AS n, ") + moneyColumn + QStringLiteral(" AS money FROM ("
                                 " SELECT id AS link, to_entity AS other, max(count, 1) AS n FROM links WHERE from_entity = ?1%1"
                                 " UNION ALL SELECT id, from_entity, max(count, 1) FROM links WHERE to_entity = ?1%1"
                                 ") x WHERE other <> ?1 AND other NOT IN (SELECT id FROM entities WHERE deleted = 1) GROUP BY other %2 ORDER BY n DESC, other")
                      .arg(typeClause, money ? QStringLiteral("HAVING money >= ?5") : QString());
    }
    auto stmt = m_db.prepare(sqlText);
    auto typeOf = m_db.prepare(QStringLiteral("SELECT type FROM entities WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    if (!typeOf)
        return typeOf.error();
    // Without a time window, link types or money, the neighbours and their counts are read from
    // the links' indexes by either end (each in the order of the other end) and summed and
    // sorted here: SQLite's two sorts per entity took most of a two-hop expansion.
    const bool plain = !timed && !typed && !money;
    auto linkEnds = LinkEnds::prepare(m_db);
    if (!linkEnds)
        return linkEnds.error();
    QSet<EntityId> deleted;
    if (plain) {
        auto gone = m_db.prepare(QStringLiteral("SELECT id FROM entities WHERE deleted = 1"));
        if (!gone)
            return gone.error();
        while (gone->next())
            deleted.insert(gone->int64(0));
        if (gone->failed())
            return m_db.error(tr("The neighbours could not be read."));
    }
    std::vector<std::pair<EntityId, qint64>> ends;
    // One entity's neighbours with their counts, most connected first, then by id.
    auto neighboursOf = [&](EntityId id) -> Result<QList<std::pair<EntityId, qint64>>> {
        QList<std::pair<EntityId, qint64>> rows;
        if (!plain) {
            stmt->bind(1, id);
            if (timed) {
                stmt->bind(2, filter.fromUtcMs.value_or(std::numeric_limits<qint64>::min()));
                stmt->bind(3, filter.toUtcMs.value_or(std::numeric_limits<qint64>::max()));
            }
            stmt->bind(4, money ? filter.minAmount->currency : QString());
            if (money)
                stmt->bind(5, filter.minAmount->minor);
            for (int i = 0; i < filter.linkTypes.size(); ++i)
                stmt->bind(6 + i, filter.linkTypes[i]);
            while (stmt->next())
                rows.append({stmt->int64(0), stmt->int64(1)});
            const bool failed = stmt->failed();
            stmt->reset();
            if (failed)
                return m_db.error(tr("The neighbours could not be read."));
            return rows;
        }
        // Summed in the order of the other end (sortEnds) rather than in a hash.
        ends.clear();
        const bool read = linkEnds->read(id, [&](EntityId other, qint64 count) {
            if (other != id && !deleted.contains(other))
                ends.push_back({other, count});
        });
        if (!read)
            return m_db.error(tr("The neighbours could not be read."));
        sortEnds(ends);
        for (const auto &[other, count] : ends) {
            if (!rows.isEmpty() && rows.constLast().first == other)
                rows.last().second += count;
            else
                rows.append({other, count});
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
        return rows;
    };

    QSet<EntityId> present(filter.exclude.cbegin(), filter.exclude.cend());
    for (const EntityId id : seeds)
        present.insert(id);
    QSet<QString> allowedTypes;
    for (const EntityType t : filter.entityTypes)
        allowedTypes.insert(entityTypeName(t));

    ExpandResult result;
    QList<EntityId> added;
    QList<EntityId> frontier = seeds;
    for (int hop = 0; hop < std::max(1, filter.hops) && !frontier.isEmpty(); ++hop) {
        QList<EntityId> next;
        for (const EntityId id : std::as_const(frontier)) {
            auto neighbours = neighboursOf(id);
            if (!neighbours)
                return neighbours.error();
            qint64 taken = 0;
            qint64 omitted = 0;
            for (const auto &[other, count] : std::as_const(*neighbours)) {
                if (count < filter.minCount)
                    break; // ordered by count: nothing further qualifies
                if (present.contains(other))
                    continue;
                if (!allowedTypes.isEmpty()) {
                    typeOf->bind(1, other);
                    const bool allowed = typeOf->next() && allowedTypes.contains(typeOf->text(0));
                    typeOf->reset();
                    if (!allowed)
                        continue;
                }
                if (filter.limit > 0 && taken >= filter.limit) {
                    ++omitted;
                    continue;
                }
                ++taken;
                present.insert(other);
                added.append(other);
                next.append(other);
            }
            if (omitted > 0) {
                result.omittedPerEntity.insert(id, omitted);
                result.omitted += omitted;
            }
        }
        frontier = next;
    }

    auto entities = entitiesById(added);
    if (!entities)
        return entities.error();
    result.entities = *entities;
    if (!filter.withLinks)
        return result;
    auto links = linksAmong(seeds + added, filter.fromUtcMs, filter.toUtcMs);
    if (!links)
        return links.error();
    // Links among the seeds alone were already known to the caller; report those touching a new entity.
    const QSet<EntityId> addedSet(added.cbegin(), added.cend());
    links->removeIf([&](const Link &l) { return !(addedSet.contains(l.from) || addedSet.contains(l.to)) || !filter.allowsLinkType(l); });
    result.links = std::move(*links);
    return result;
}

Result<QHash<EntityId, qint64>> CaseStore::degrees(const QList<EntityId> &ids) const
{
    // The distinct other ends of each entity's links, read from the links' indexes by either end
    // and counted here (a UNION per entity sorted each entity's neighbours in SQLite), put in
    // order as expand() does rather than hashed (the 2,551 entities of a two-hop chart have
    // 236,000 link ends). Two statements an entity, in one read transaction (51,041 entities:
    // 1.04–1.12 s without, 0.67–0.79 s with it).
    const sql::ReadTransaction reading(m_db);
    auto linkEnds = LinkEnds::prepare(m_db);
    if (!linkEnds)
        return linkEnds.error();
    QHash<EntityId, qint64> degrees;
    degrees.reserve(ids.size());
    std::vector<std::pair<EntityId, qint64>> ends;
    for (const EntityId id : ids) {
        ends.clear();
        if (!linkEnds->read(id, [&](EntityId other, qint64 count) { ends.push_back({other, count}); }))
            return m_db.error(tr("The neighbours could not be read."));
        sortEnds(ends);
        const auto distinct = std::unique(ends.begin(), ends.end(), [](const auto &a, const auto &b) { return a.first == b.first; });
        degrees.insert(id, distinct - ends.begin());
    }
    return degrees;
}

Result<QHash<EntityId, EntityId>> CaseStore::holders(const QList<EntityId> &ids) const
{
    // A person who owns or uses the entity; of several, the first recorded. Read from the
    // persons' side (CROSS JOIN keeps that order): persons and their links are few, where the
    // links to a number can be tens of thousands, each read to see its kind (Show owners on the
    // 5M case's busiest number and fifty of its neighbours took 0.7 s so).
    auto stmt = m_db.prepare(QStringLiteral("SELECT l.to_entity, min(l.from_entity) FROM entities p CROSS JOIN links l ON l.from_entity = p.id "
                                            "WHERE p.type = 'person' AND l.kind IN ('owns', 'uses') AND +l.to_entity IN (SELECT value FROM json_each(?1)) "
                                            "GROUP BY l.to_entity"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sql::idList(ids));
    QHash<EntityId, EntityId> holders;
    while (stmt->next())
        holders.insert(stmt->int64(0), stmt->int64(1));
    if (stmt->failed())
        return m_db.error(tr("The owners could not be read."));
    return holders;
}

Status CaseStore::readGraph(const GraphRows &rows, Progress *progress, const QList<EntityId> *among) const
{
    const sql::ReadTransaction reading(m_db); // entities, links and events of one state of the case
    auto stopped = [&] { return progress && progress->isCancelled(); };
    const Error cancelled{ErrorCode::Cancelled, tr("Stopped by the user."), {}};
    qint64 done = 0;
    auto tick = [&] {
        if (progress && (++done & 0xfff) == 0)
            progress->setDone(done);
    };
    if (progress)
        progress->setStage(tr("Reading entities"));
    if (among) {
        if (Status s = fillSelection(*among); !s)
            return s.error();
    }
    {
        auto stmt = m_db.prepare(QStringLiteral("SELECT id, type, key, label, raw FROM entities WHERE %1merged_into IS NULL AND deleted = 0 ORDER BY id")
                                     .arg(among ? QStringLiteral("id IN temp.selection AND ") : QString()));
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            rows.entity(entityFromRow(*stmt));
            tick();
            if (stopped())
                return cancelled;
        }
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
    }
    if (progress)
        progress->setStage(tr("Reading links"));
    if (among) {
        // Those among them alone, in the same order (by id) with their money by currency.
        auto links = linksAmongSelected(among->size(), {}, {});
        if (!links)
            return links.error();
        for (const Link &link : std::as_const(*links))
            rows.link(link);
        if (stopped())
            return cancelled;
    } else {
        // Money per link and currency comes in the same order as the links (by link id).
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT l.id, l.from_entity, l.to_entity, l.kind, l.event_type, l.count, l.total_duration, "
            "l.first_utc_ms, l.last_utc_ms, a.currency, a.total_minor "
            "FROM links l LEFT JOIN link_amounts a ON a.link_id = l.id ORDER BY l.id, a.currency"));
        if (!stmt)
            return stmt.error();
        Link link;
        qint64 current = -1;
        SharedTexts names;
        while (stmt->next()) {
            const qint64 id = stmt->int64(0);
            if (id != current) {
                if (current >= 0)
                    rows.link(link);
                current = id;
                link = Link{};
                link.from = stmt->int64(1);
                link.to = stmt->int64(2);
                link.kind = linkKindFromName(names(stmt->utf8(3))).value_or(LinkKind::Aggregate);
                link.eventType = names(stmt->utf8(4));
                link.count = stmt->int64(5);
                link.totalDuration = stmt->int64(6);
                link.firstUtcMs = stmt->int64(7);
                link.lastUtcMs = stmt->int64(8);
            }
            if (!stmt->isNull(9)) {
                const QString currency = stmt->text(9);
                link.amounts.append(Money{stmt->int64(10), currency, currencyExponent(currency)});
            }
            tick();
            if (stopped())
                return cancelled;
        }
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
        if (current >= 0)
            rows.link(link);
    }
    if (!rows.event)
        return Ok{};
    if (progress)
        progress->setStage(tr("Reading events"));
    // Read in the table's order and sorted (`+to_entity`: through the index by second end, every
    // row was a random read, 5M events took most of 25 s), the sort stopped by Cancel.
    const sql::StopOnCancel stoppable(m_db, progress);
    // Among some entities, the events with both ends among them (matched from the end indexes).
    QString within;
    if (among) {
        auto ids = eventsWithBothEndsSelected(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        if (!ids)
            return ids.error();
        within = sql::idList(*ids);
    }
    auto stmt = m_db.prepare(QStringLiteral("SELECT e.id, e.type, e.from_entity, e.to_entity, e.utc_ms, e.amount_minor, coalesce(e.currency, '') FROM ")
                             + (among ? QStringLiteral("json_each(?1) j CROSS JOIN events e ON e.id = j.value ")
                                      : QStringLiteral("events e WHERE +e.to_entity IS NOT NULL "))
                             + QStringLiteral("ORDER BY e.utc_ms, e.id"));
    if (!stmt)
        return stmt.error();
    if (among)
        stmt->bind(1, within);
    SharedTexts types;
    while (stmt->next()) {
        TimedEvent e;
        e.id = stmt->int64(0);
        e.type = eventTypeFromName(types(stmt->utf8(1))).value_or(EventType::Call);
        e.from = stmt->int64(2);
        e.to = stmt->int64(3);
        e.utcMs = stmt->int64(4);
        if (!stmt->isNull(5)) {
            const QString currency = stmt->text(6);
            e.amount = Money{stmt->int64(5), currency, currencyExponent(currency)};
        }
        rows.event(e);
        tick();
        if (stopped())
            return cancelled;
    }
    if (stmt->failed())
        return stopped() ? cancelled : m_db.error(tr("The case file could not be read."));
    return Ok{};
}

Result<QList<CaseStore::EntityInSources>> CaseStore::entitiesInSeveralSources(EntityType type, int minSources) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.type, e.key, e.label, e.raw, s.source_id, src.file_name, s.locator "
        "FROM entity_sources s JOIN entities e ON e.id = s.entity_id JOIN sources src ON src.id = s.source_id "
        "WHERE e.type = ?1 AND s.entity_id IN (SELECT entity_id FROM entity_sources GROUP BY entity_id HAVING count(*) >= ?2) "
        "ORDER BY e.id, s.source_id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, entityTypeName(type)).bind(2, std::max(1, minSources));
    QList<EntityInSources> found;
    while (stmt->next()) {
        if (found.isEmpty() || found.last().entity.id != stmt->int64(0))
            found.append(EntityInSources{entityFromRow(*stmt), {}});
        found.last().sources.append(Provenance{stmt->int64(5), stmt->text(6), stmt->text(7)});
    }
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    std::stable_sort(found.begin(), found.end(), [](const EntityInSources &a, const EntityInSources &b) {
        return a.sources.size() > b.sources.size();
    });
    return found;
}

Result<CaseStats> CaseStore::stats() const
{
    CaseStats stats;
    auto run = [this](const QString &text, auto &&onRow) -> Status {
        auto stmt = m_db.prepare(text);
        if (!stmt)
            return stmt.error();
        while (stmt->next())
            onRow(*stmt);
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
        return Ok{};
    };
    if (Status s = run(QStringLiteral("SELECT count(*) FROM sources WHERE status = 'complete'"),
                       [&](const sql::Statement &st) { stats.sources = st.int64(0); });
        !s)
        return s.error();
    if (Status s = run(QStringLiteral("SELECT type, count(*) FROM entities WHERE merged_into IS NULL AND deleted = 0 GROUP BY type ORDER BY type"),
                       [&](const sql::Statement &st) { stats.entities.insert(st.text(0), st.int64(1)); });
        !s)
        return s.error();
    // Events per type as counted at import (reading the aggregated links took 0.5 s at 1M).
    if (Status s = run(QStringLiteral("SELECT type, sum(count) FROM event_counts GROUP BY type ORDER BY type"),
                       [&](const sql::Statement &st) { stats.events.insert(st.text(0), st.int64(1)); });
        !s)
        return s.error();
    if (Status s = run(QStringLiteral("SELECT count(*) FROM links"),
                       [&](const sql::Statement &st) { stats.links = st.int64(0); });
        !s)
        return s.error();
    return stats;
}

Result<QList<ChartInfo>> CaseStore::charts() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, name, modified_at FROM charts ORDER BY id"));
    if (!stmt)
        return stmt.error();
    QList<ChartInfo> result;
    while (stmt->next())
        result.append(ChartInfo{stmt->int64(0), stmt->text(1), stmt->text(2)});
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    return result;
}

Result<QList<QJsonObject>> CaseStore::mappings() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT definition FROM mappings ORDER BY name"));
    if (!stmt)
        return stmt.error();
    QList<QJsonObject> list;
    while (stmt->next())
        list << QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
    if (stmt->failed())
        return m_db.error(tr("The case file could not be read."));
    return list;
}

Status CaseStore::saveMapping(const QJsonObject &mapping)
{
    const QString name = mapping.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A mapping needs a name to be saved."), {}};
    sql::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO mappings(name, definition, saved_at) VALUES (?1, ?2, ?3) "
                                            "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, saved_at = excluded.saved_at"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name).bind(2, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact))).bind(3, nowUtc());
    if (!stmt->exec())
        return m_db.error(tr("The mapping could not be saved."));
    if (Status s = appendAudit(QStringLiteral("save_mapping"), QJsonObject{{QStringLiteral("name"), name}}); !s)
        return s;
    return transaction.commit();
}

Status CaseStore::renameChart(qint64 id, const QString &name)
{
    sql::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto stmt = m_db.prepare(QStringLiteral("UPDATE charts SET name = ?2, modified_at = ?3 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, name).bind(3, nowUtc());
    if (!stmt->exec() || m_db.changes() == 0)
        return m_db.error(tr("The chart could not be renamed."));
    if (Status s = appendAudit(QStringLiteral("rename_chart"), QJsonObject{{QStringLiteral("chart"), id}, {QStringLiteral("name"), name}}); !s)
        return s;
    return transaction.commit();
}

Status CaseStore::deleteChart(qint64 id)
{
    sql::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM charts WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->exec() || m_db.changes() == 0)
        return m_db.error(tr("The chart could not be deleted."));
    if (Status s = appendAudit(QStringLiteral("delete_chart"), QJsonObject{{QStringLiteral("chart"), id}}); !s)
        return s;
    return transaction.commit();
}

Result<qint64> CaseStore::saveChart(qint64 id, const QString &name, const QByteArray &document)
{
    sql::Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    const QString now = nowUtc();
    if (id > 0) {
        auto stmt = m_db.prepare(QStringLiteral("UPDATE charts SET name = ?2, modified_at = ?3, document = ?4 WHERE id = ?1"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id).bind(2, name).bind(3, now).bind(4, QString::fromUtf8(document));
        if (!stmt->exec() || m_db.changes() == 0)
            return m_db.error(tr("The chart could not be saved."));
    } else {
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO charts(name, created_at, modified_at, document) VALUES (?1, ?2, ?2, ?3)"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, name).bind(2, now).bind(3, QString::fromUtf8(document));
        if (!stmt->exec())
            return m_db.error(tr("The chart could not be saved."));
        id = m_db.lastInsertId();
    }
    if (Status s = appendAudit(QStringLiteral("save_chart"),
                               QJsonObject{{QStringLiteral("chart"), id}, {QStringLiteral("name"), name}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QByteArray> CaseStore::chartDocument(qint64 id) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT document FROM charts WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->next())
        return Error{ErrorCode::NotFound, tr("The chart %1 does not exist in this case.").arg(id), m_db.lastError()};
    return stmt->text(0).toUtf8();
}

Status CaseStore::appendAudit(const QString &action, const QJsonObject &detail)
{
    auto last = m_db.prepare(QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    QString prev;
    if (last->next())
        prev = last->text(0);
    if (last->failed())
        return m_db.error(tr("The audit log could not be read."));
    const QString at = nowUtc();
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString hash = auditHash(prev, at, m_examiner, action, detailText);
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO audit(at, examiner, action, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert)
        return insert.error();
    insert->bind(1, at).bind(2, m_examiner).bind(3, action).bind(4, detailText).bind(5, prev).bind(6, hash);
    if (!insert->exec())
        return m_db.error(tr("The audit log could not be written."));
    return Ok{};
}

Result<QList<AuditEntry>> CaseStore::auditLog() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, at, examiner, action, detail FROM audit ORDER BY id"));
    if (!stmt)
        return stmt.error();
    QList<AuditEntry> entries;
    while (stmt->next())
        entries.append(AuditEntry{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4)});
    if (stmt->failed())
        return m_db.error(tr("The audit log could not be read."));
    return entries;
}

Status CaseStore::verifyAuditChain(VerifyReport &report) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, at, examiner, action, detail, prev_hash, hash FROM audit ORDER BY id"));
    if (!stmt)
        return stmt.error();
    QString prev;
    while (stmt->next()) {
        const qint64 id = stmt->int64(0);
        if (stmt->text(5) != prev) {
            report.problems << tr("Audit entry %1 does not follow the entry before it: entries were removed or reordered.").arg(id);
        }
        const QString expected = auditHash(stmt->text(5), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4));
        if (expected != stmt->text(6))
            report.problems << tr("Audit entry %1 was changed after it was written.").arg(id);
        prev = stmt->text(6);
    }
    if (stmt->failed())
        return m_db.error(tr("The audit log could not be read."));
    return Ok{};
}

Result<VerifyReport> CaseStore::verify(Progress *progress) const
{
    VerifyReport report;
    if (progress)
        progress->setStage(tr("Checking the case file"));
    auto integrity = m_db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->text(0);
        if (line != QLatin1String("ok"))
            report.problems << tr("SQLite integrity check: %1").arg(line);
    }
    if (integrity->failed())
        report.problems << tr("SQLite integrity check could not run: %1").arg(m_db.lastError());

    // Every reference between records leads to a record (an import checks the entities it is
    // given itself, with SQLite's checks off while it writes; SourceWriter).
    auto references = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!references)
        return references.error();
    // Each of the first few is named; the rest are counted.
    constexpr qint64 Named = 20;
    qint64 dangling = 0;
    while (references->next()) {
        if (++dangling <= Named)
            report.problems << tr("Row %1 of the table \"%2\" refers to a row of \"%3\" that is not in the case.")
                                   .arg(references->int64(1)).arg(references->text(0), references->text(2));
    }
    if (references->failed())
        report.problems << tr("SQLite foreign-key check could not run: %1").arg(m_db.lastError());
    if (dangling > Named)
        report.problems << tr("%n more row(s) refer to rows that are not in the case.", nullptr, int(std::min<qint64>(dangling - Named, std::numeric_limits<int>::max())));

    if (Status s = verifyAuditChain(report); !s)
        return s.error();

    // A case file carries data only: the two guards of the audit log, exactly as Seagull wrote
    // them, are its only triggers, and it has no views.
    QString schemaText;
    for (int version = 1; version <= schema::CurrentVersion; ++version)
        schemaText += schema::migrationStep(version);
    auto objects = m_db.prepare(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"));
    if (!objects)
        return objects.error();
    QStringList guards = {QStringLiteral("audit_no_delete"), QStringLiteral("audit_no_update")};
    while (objects->next()) {
        const QString type = objects->text(0), name = objects->text(1), sql = objects->text(2);
        if (type == QLatin1String("trigger") && guards.contains(name) && schemaText.contains(sql)) {
            guards.removeOne(name);
            continue;
        }
        report.problems << tr("The case holds the %1 \"%2\", which Seagull never makes; a case file carries no executable content.").arg(type, name);
    }
    for (const QString &guard : std::as_const(guards))
        report.problems << tr("The guard \"%1\" that keeps the audit log from being changed is missing.").arg(guard);
    // A large import builds the events' end indexes and the links' index by their second end
    // again at its commit (SourceWriter).
    auto index = m_db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?1"));
    if (!index)
        return index.error();
    auto present = [&](const schema::IndexDefinition &definition) {
        index->bind(1, definition.name);
        const bool found = index->next() && index->int64(0) > 0;
        index->reset();
        return found;
    };
    for (const schema::IndexDefinition &definition : schema::eventEndIndexes()) {
        if (!present(definition))
            report.problems << tr("The index \"%1\" of the events is missing: every record is there, but expanding and reading them would be slow.").arg(definition.name);
    }
    for (const schema::IndexDefinition &definition : schema::linkEndIndexes()) {
        if (!present(definition))
            report.problems << tr("The index \"%1\" of the links is missing: every link is there, but expanding would be slow.").arg(definition.name);
    }

    auto all = sources();
    if (!all)
        return all.error();
    for (const SourceRecord &source : std::as_const(*all)) {
        if (progress && progress->isCancelled())
            return Error{ErrorCode::Cancelled, tr("Stopped by the user."), {}};
        if (source.sha256.isEmpty())
            continue;
        if (!QFileInfo::exists(source.path)) {
            report.notes << tr("Source %1 (%2) is not available at %3; its hash was not checked.")
                                .arg(source.id).arg(source.fileName, source.path);
            continue;
        }
        if (progress)
            progress->setStage(tr("Hashing %1").arg(source.fileName));
        auto hash = sha256OfFile(source.path, progress);
        if (!hash) {
            report.problems << tr("Source %1 (%2) could not be read: %3").arg(source.id).arg(source.path, hash.error().detail);
        } else if (*hash != source.sha256) {
            report.problems << tr("Source %1 (%2) has changed since import: SHA-256 %3, recorded %4.")
                                   .arg(source.id).arg(source.path, *hash, source.sha256);
        } else {
            report.notes << tr("Source %1 (%2): SHA-256 matches.").arg(source.id).arg(source.fileName);
        }
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace sg

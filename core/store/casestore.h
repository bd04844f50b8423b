#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/sqlite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sg {

class Progress;
class SourceWriter;

struct CaseStats
{
    qint64 sources = 0;
    QMap<QString, qint64> entities; // by type name
    QMap<QString, qint64> events;   // by type name
    qint64 links = 0;
};

// What the inspector shows about one entity.
// A fact a source states about an entity.
struct EntityAttribute
{
    QString name;
    QString value;
    Provenance provenance;
};

// An event with the keys of its parties, for lists.
struct EventRow
{
    Event event;
    QString fromKey;
    QString toKey; // empty when the event has one party
};

struct EntitySummary
{
    Entity entity;
    qint64 events = 0;
    qint64 neighbours = 0;
    QList<Provenance> sources;
    QList<EntityAttribute> attributes; // by name, then source
    QList<EntityAttribute> aliases;    // each name (value) of the entity with its kind and the source that gives it
};

struct ChartInfo
{
    qint64 id = 0;
    QString name;
    QString modifiedAt;
};

struct VerifyReport
{
    bool ok = true;
    QStringList problems;
    QStringList notes;
};

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString examiner;
    QString action;
    QString detail;
};

// The case file: one SQLite database per case (DESIGN.md §2). Owns one connection; use it from
// one thread at a time (a worker opens its own CaseStore on the same file). Creating or opening
// migrates the schema forward; a case written by a newer version is refused.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(sg::CaseStore)

public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<CaseStore>> create(const QString &path, const CaseInfo &info);
    // A file that cannot be written (write-protected, in a read-only folder or on a read-only
    // disk) opens read-only whatever `mode` asks; isWriteProtected() then says so.
    static Result<std::unique_ptr<CaseStore>> open(const QString &path, Mode mode = Mode::ReadWrite);
    bool isWriteProtected() const { return m_writeProtected; }

    ~CaseStore();

    QString path() const { return m_db.path(); }
    int schemaVersion() const;
    CaseInfo info() const { return m_info; }
    Status setInfo(const CaseInfo &info);

    // Who is working: recorded with imports and in the audit log.
    void setExaminer(const QString &examiner) { m_examiner = examiner; }
    QString examiner() const { return m_examiner; }
    // Who is working: the session's examiner, else the case's.
    QString currentExaminer() const { return m_examiner.isEmpty() ? m_info.examiner : m_examiner; }

    // Sources
    Result<QList<SourceRecord>> sources() const;
    // The sources that mention any of `ids` or a link between two of them: what stands behind
    // a chart (its printed appendix).
    Result<QList<SourceRecord>> sourcesBehind(const QList<EntityId> &ids) const;
    // Where each of `ids` is mentioned: every source with the first record that names it.
    Result<QHash<EntityId, QList<Provenance>>> entitySources(const QList<EntityId> &ids) const;
    // The first `limit` events a source brought, in the order it wrote them.
    Result<QList<EventRow>> sourceEvents(SourceId source, int limit) const;
    // Every event of the case, by id, one at a time (exports).
    Status forEachEvent(const std::function<void(const EventRow &)> &row, Progress *progress = nullptr) const;
    // The events between two entities, both ways, in time order (at most `limit`), each with its
    // source file and locator: what stands behind a link.
    Result<QList<EventRow>> eventsBetween(EntityId a, EntityId b, int limit = 10000) const;
    // Events between any entity of one side and any of the other (a group, a person with phones).
    // Up to EntityByEntityLimit entities in all, read entity by entity, the quietest first.
    Result<QList<EventRow>> eventsBetween(const QList<EntityId> &a, const QList<EntityId> &b, int limit = 10000) const;
    static constexpr qsizetype EntityByEntityLimit = 256;
    // An event's row looked up to check its other end costs about as much as reading this many
    // ids from an end index (the 5M case, pages of 16 KiB: 1.2 µs against 0.04 µs; the rows of
    // a busy number's events lie on as many pages, most of them read from the system's cache).
    static constexpr qint64 IdsPerRowLookup = 32;
    // Every event an entity took part in (either party, or alone), in time order, at most `limit`.
    Result<QList<EventRow>> eventsOf(EntityId id, int limit) const;
    // Every transfer with an amount that any of `ids` took part in (either party, or alone),
    // once, in time order: what money over time is made of.
    Result<QList<EventRow>> transfersOf(const QList<EntityId> &ids) const;
    Result<std::optional<SourceRecord>> sourceBySha256(const QString &sha256) const;
    // Starts writing one source in one transaction; nothing is visible until commit().
    Result<std::unique_ptr<SourceWriter>> beginSource(const SourceRecord &source);

    // Entities
    Result<std::optional<Entity>> entity(EntityId id) const;
    // Those of `ids` the case has, in the order asked (one read for all of them: a call of
    // entity() for each prepares two statements).
    Result<QList<Entity>> entitiesById(const QList<EntityId> &ids) const;
    // The first of `ids` (asked for once each) that entitiesById(ids) left out, if any.
    static std::optional<EntityId> firstMissing(const QList<EntityId> &ids, const QList<Entity> &found);
    Result<std::optional<Entity>> entityByKey(EntityType type, const QString &key) const;
    // "phone:+855...", "42" (an id), or a phone number in any common form (normalised with the
    // case region). NotFound when nothing matches.
    Result<Entity> resolve(const QString &reference) const;
    Result<QList<Entity>> search(const QString &query, int limit = 200) const;
    Result<EntitySummary> summary(EntityId id) const;

    // Neighbourhoods
    Result<ExpandResult> expand(const QList<EntityId> &seeds, const ExpandFilter &filter) const;
    // How many neighbours each entity has in the whole case (for hub badges).
    Result<QHash<EntityId, qint64>> degrees(const QList<EntityId> &ids) const;
    // The person who owns or uses each entity, where the case records one (replace view).
    Result<QHash<EntityId, EntityId>> holders(const QList<EntityId> &ids) const;
    // Links whose both ends are in `ids`, optionally counting only events in a time range.
    // Up to PairLookupLimit entities, their links are looked up by pairs of ends.
    static constexpr qsizetype PairLookupLimit = 64;
    Result<QList<Link>> linksAmong(const QList<EntityId> &ids, std::optional<qint64> fromUtcMs = {},
                                   std::optional<qint64> toUtcMs = {}) const;
    // Links whose both ends are in `ids` and one at least in `touching`, as linksAmong() gives
    // them: read from `touching`'s side (a number added to a chart of 873,149 links read them
    // all to keep its own).
    Result<QList<Link>> linksTouching(const QList<EntityId> &touching, const QList<EntityId> &ids) const;

    Result<CaseStats> stats() const;
    // When the events of `ids` (either party; all events when empty) happened, in each record's
    // local time, optionally within [fromUtcMs, toUtcMs]. Counted by SQLite, not loaded.
    Result<ActivityCounts> activity(const QList<EntityId> &ids, std::optional<qint64> fromUtcMs = {},
                                    std::optional<qint64> toUtcMs = {}) const;

    // The whole case as a graph, streamed (analysis builds its snapshot from it): every entity,
    // every link with its money per currency, and, when `events` is set, every event between two
    // entities in time order. Reports progress per stage; stops with Cancelled when asked. With
    // `among`, only those entities (live ones, by id), the links among them and their events
    // with each other, in the same orders: what the whole case's graph has among them.
    struct GraphRows
    {
        std::function<void(const Entity &)> entity;
        std::function<void(const Link &)> link;
        std::function<void(const TimedEvent &)> event; // null: events are not read
    };
    Status readGraph(const GraphRows &rows, Progress *progress = nullptr, const QList<EntityId> *among = nullptr) const;
    // Entities of `type` that at least `minSources` evidence sources mention (a handset's IMEI
    // in the extractions of several seized phones), each with those sources (file and first
    // record), the most mentioned first.
    struct EntityInSources
    {
        Entity entity;
        QList<Provenance> sources; // by source id
    };
    Result<QList<EntityInSources>> entitiesInSeveralSources(EntityType type, int minSources) const;

    // Charts
    Result<QList<ChartInfo>> charts() const;
    // Column mappings of imported tables (TableMapping JSON), saved under their names; saving a
    // name again replaces it. Audited.
    Result<QList<QJsonObject>> mappings() const;
    Status saveMapping(const QJsonObject &mapping);
    Result<qint64> saveChart(qint64 id, const QString &name, const QByteArray &document);
    Result<QByteArray> chartDocument(qint64 id) const;
    Status renameChart(qint64 id, const QString &name);
    Status deleteChart(qint64 id);

    // Audit
    Status appendAudit(const QString &action, const QJsonObject &detail);
    Result<QList<AuditEntry>> auditLog() const;
    // SQLite's integrity check, the audit chain, and the hashes of the source files that are
    // still where they were imported from.
    Result<VerifyReport> verify(Progress *progress = nullptr) const;

    // For SourceWriter and migrations only.
    sql::Database &database() { return m_db; }
    const sql::Database &database() const { return m_db; }

    // Copies what the write-ahead log holds into the case file, on a second connection and a
    // thread of its own (SQLite's passive checkpoint: readers and writers go on meanwhile). A
    // SourceWriter asks for it after committing a source, instead of SQLite doing it inside the
    // commit (6 s of an import of 5M calls). The checkpoints of the process run one after
    // another on one thread; closing the case does not wait for them (a GUI's import worker
    // closes its connection when the source is committed), the programs wait for them before
    // they exit (waitForCheckpoints()). A checkpoint cut short loses nothing: SQLite copies the
    // rest of the log at a later commit or when the case is next opened.
    void checkpointInBackground();
    // Commits `transaction`, a transaction of this case's connection, and then asks for the
    // checkpoint above: what a big change (an import, a merge of busy numbers) wrote to the log
    // is not copied inside the commit. SQLite's own threshold is set back however it ends.
    Status commitCheckpointingInBackground(sql::Transaction &transaction);
    // SQLite's own checkpoint threshold (pages of log), off during that commit.
    static constexpr int AutoCheckpointPages = 1000;
    // Waits until every checkpoint asked for in this process is done.
    static void waitForCheckpoints();

private:
    // eventsBetween for more entities: each direction by matching the ids both ends give, or
    // through a side with far fewer events.
    Result<QList<EventRow>> eventsBetweenSides(const QList<EntityId> &a, const QList<EntityId> &b, int limit) const;
    // The events with these ids, in time order, at most `limit`.
    Result<QList<EventRow>> eventRowsIn(const QList<qint64> &ids, int limit) const;
    CaseStore() = default;
    Status migrate();
    Status tune();
    Status loadInfo();
    // temp.selection holds `ids`; seagull_selected() is true for `selected` (`ids` when null).
    Status fillSelection(const QList<EntityId> &ids, const QList<EntityId> *selected = nullptr) const;
    // The condition that a link's other end `column` is among the `count` entities of the
    // selection, for a query that reads the links of each of them: up to PairLookupLimit the
    // pairs are looked up in the links' index, past it the end is checked (seagull_selected).
    // Both ends as `IN temp.selection` let SQLite look up every pair, whatever their number.
    static QString selectedOtherEnd(const QString &column, qsizetype count);
    // linksAmong() of the `count` entities fillSelection() was given.
    Result<QList<Link>> linksAmongSelected(qsizetype count, std::optional<qint64> fromUtcMs, std::optional<qint64> toUtcMs) const;
    // The columns linksAmong() reads of untimed links (with their money when the case has any).
    Result<QString> linkColumns() const;
    // Whether any aggregate link of the case carries money (link_amounts has a row).
    Result<bool> hasMoney() const;
    // The kinds of the case's declared links (every kind but 'aggregate'), each found with one
    // step through the index of links by kind and ends.
    Result<QStringList> declaredKinds() const;
    // Runs a query of linksAmong()'s columns and makes links of its rows: untimed (`events`
    // null) in the order the links were made; timed, the query groups `events` (the ids of the
    // events in a window, a JSON list bound at ?1) and the links get those events' money.
    Result<QList<Link>> readLinks(const QString &sqlText, const QString *events) const;
    // The ids, in order, of the events from `fromUtcMs` to `toUtcMs` (inclusive) whose two ends
    // are both in temp.selection.
    Result<QList<qint64>> eventsWithBothEndsSelected(qint64 fromUtcMs, qint64 toUtcMs) const;
    // Sources matching a WHERE clause (empty: all), by id.
    Result<QList<SourceRecord>> sourcesWhere(const QString &clause) const;
    Status verifyAuditChain(VerifyReport &report) const;

    mutable sql::Database m_db;
    CaseInfo m_info;
    QString m_examiner;
    bool m_readOnly = false;
    bool m_writeProtected = false;
};

} // namespace sg

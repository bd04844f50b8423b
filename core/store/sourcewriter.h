#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/linkaggregator.h"
#include "core/store/sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace sg {

class CaseStore;
class Progress;

// Writes everything one source brings, inside one transaction opened by
// CaseStore::beginSource(). commit() aggregates the links, updates the search index, records the
// source's counts and the audit entry, and commits; destroying the writer without commit() rolls
// everything back, so a failed or cancelled import leaves the case exactly as it was.
// Lives on the thread that created it.
class SourceWriter
{
    Q_DECLARE_TR_FUNCTIONS(sg::SourceWriter)

public:
    ~SourceWriter();
    SourceWriter(const SourceWriter &) = delete;
    SourceWriter &operator=(const SourceWriter &) = delete;

    // "The import was stopped; nothing from FILE was added.", as every importer says it.
    static Error stopped(const QString &fileName);

    SourceId sourceId() const { return m_source.id; }
    // How many distinct entities this source has mentioned so far.
    qint64 entityCount() const { return m_entitiesMentioned; }
    // The evidence database's own schema version (PRAGMA user_version), kept with the source.
    void setAppSchemaVersion(qint64 version) { m_source.appSchemaVersion = version; }
    const SourceRecord &source() const { return m_source; }

    // The id of the entity with this type and key, created if needed. `locator` and `rawValue`
    // record where this source first mentions it.
    Result<EntityId> entity(EntityType type, const QString &key, bool raw, const QString &locator,
                            const QString &rawValue);
    Status alias(EntityId entity, const QString &name, const QString &locator);
    // A fact this source states about an entity ("latitude" = "11.5564"); the source's last word
    // on a name stands.
    Status attribute(EntityId entity, const QString &name, const QString &value, const QString &locator);
    // How many events this source expects to bring (an estimate, from the file's size). When it
    // is at least EndIndexCheck and half the events the case holds, the events' end indexes are
    // taken down now, before its events, rather than once half of them are written (event()).
    Status expectEvents(qint64 events);
    Status event(const Event &event, const QString &locator);
    Status eventUtf8(const Event &event, const QByteArray &locatorUtf8); // the same, the locator in UTF-8
    Status declaredLink(LinkKind kind, EntityId from, EntityId to, const QString &locator);

    // What a source may put in the case in one field: a name, number or other key (longer is
    // not a name but damage or a hostile file, and would swamp every view that shows it), and a
    // message body. Longer values are cut there, ending in "…", counted, and left whole in the
    // evidence at the record's locator.
    static constexpr qsizetype MaxNameLength = 1000;
    static constexpr qsizetype MaxBodyLength = 1 << 20;
    // The ids of at most this many types and keys are kept in memory (about 100 bytes each); the
    // case file is asked for the others.
    static constexpr qsizetype MaxKeysKept = 200000;
    // Events are written this many to a statement (sql::BatchInsert); the rest at commit.
    static constexpr int EventsPerStatement = 50;
    // Every this many events, whether to build the events' end indexes at commit instead.
    static constexpr qint64 EndIndexCheck = 50000;
    // Threads that help SQLite sort the entries of an index it builds (PRAGMA threads); two
    // were no faster than one on two cores, and peaked at 330 MB at 5M calls (whole cache).
    static constexpr int IndexSortHelpers = 1;
    // The page cache while an index is built (KiB), which is also the size of the runs SQLite
    // sorts (at least 250 pages): see createIndexes().
    static constexpr int IndexSortCacheKiB = 4096;
    // How many entities this source has named so far that the case had merged into others (what
    // it says of them goes to their survivors at commit), and that the analyst had deleted (they
    // stay deleted: restoring one brings it back with what this source says of it).
    qint64 mergedMentioned() const { return m_absorbedMentioned.size(); }
    qint64 deletedMentioned() const { return m_deletedMentioned.size(); }
    // How many names or keys, and message bodies, were cut so far.
    qint64 namesCut() const { return m_namesCut; }
    qint64 bodiesCut() const { return m_bodiesCut; }

    // `rejectedRows` is a JSON array of {line, message}. `beforeCommit`, when given, runs last
    // inside the transaction (after the links and the search index are built); an error from it
    // rolls the source back. With a progress, the links are counted in events (the stage is the
    // caller's), then the indexes and the search tables in steps (stage "Indexing FILE"), and a
    // cancel before the commit gives Error{Cancelled} and rolls the source back.
    Status commit(const QMap<QString, qint64> &counts, const QJsonArray &rejectedRows,
                  const std::function<Status()> &beforeCommit = {}, Progress *progress = nullptr);

private:
    friend class CaseStore;
    SourceWriter(CaseStore &store, const SourceRecord &source);
    Status start();

    // Every entity an event, alias, attribute or declared link names must exist (SQLite's own
    // foreign-key checks are off while this writer writes, see start()).
    Status known(EntityId id);
    // Takes the events' end indexes down, to build them again at commit.
    Status dropEndIndexes();
    // Everything commit() does before committing: the links, indexes, search tables, counts,
    // the source's row and its audit entry.
    Status complete(const QMap<QString, qint64> &counts, const QJsonArray &rejectedRows, Progress *progress);
    // The aggregate links of this source's events and their link_sources rows, from m_pairs;
    // new links get ids after `lastLinkId`, the case's largest.
    Status writeLinks(qint64 lastLinkId, Progress *progress);
    // Runs these CREATE INDEX statements with a helper thread sorting beside SQLite, calling
    // `afterEach` after each.
    Status createIndexes(const QStringList &statements, const std::function<void()> &afterEach = {});

    // Turns SQLite's foreign-key checks back on; declared before the transaction, so that it is
    // destroyed after it (the pragma is ignored inside a transaction).
    struct ForeignKeyChecks {
        sql::Database *db = nullptr;
        ~ForeignKeyChecks();
        void restore();
    };

    CaseStore &m_store;
    sql::Database &m_db;
    ForeignKeyChecks m_foreignKeys;
    sql::Transaction m_transaction;
    SourceRecord m_source;
    struct EntityKey
    {
        EntityType type;
        QString key;
        bool operator==(const EntityKey &) const = default;
        friend size_t qHash(const EntityKey &k, size_t seed = 0) noexcept { return qHashMulti(seed, int(k.type), k.key); }
    };
    QHash<EntityKey, EntityId> m_entityIds; // type and key -> id, for at most MaxKeysKept keys
    qint64 m_entitiesMentioned = 0;          // entity_sources rows this source has written
    // Ids that exist (written or read by this writer, or looked up): a bit for each id, as SQLite
    // gives them out one after the other; an id too large for that in a set.
    std::vector<bool> m_knownBits;
    QSet<EntityId> m_knownFar;
    static constexpr EntityId KnownBitsLimit = EntityId(1) << 26; // bits for 8 MB at most
    void markKnown(EntityId id);
    QHash<qint64, qint64> m_localHours;   // events per hour of local time (activity_hours)
    QMap<EventType, qint64> m_typeCounts;  // events per type (event_counts)
    sql::BatchInsert m_events;             // the events, written many at a time
    QString m_lastDirection;               // the last event's direction, and in UTF-8 (most repeat)
    QByteArray m_lastDirectionUtf8;
    LinkAggregator m_pairs;                // the events between two entities, grouped for the links
    // Events in the case before this source (its largest event id), events written by it, and
    // whether it took the events' end indexes down to build them again at commit.
    qint64 m_eventsBefore = 0;
    qint64 m_entitiesBefore = 0; // the case's largest entity id before this source
    QSet<EntityId> m_namedBefore;   // entities from before this source that it gave names
    qint64 m_eventsWritten = 0;
    qint64 m_amountsWritten = 0; // events with an amount: link_amounts is built only if any
    bool m_endIndexesDropped = false;
    qint64 m_namesCut = 0;
    qint64 m_bodiesCut = 0;
    // Entities the case had merged into others when this source began (merges are not made
    // while a source is written), and those of them this source mentions (see entity()).
    QSet<EntityId> m_absorbed;
    QSet<EntityId> m_absorbedMentioned;
    // Entities the analyst had deleted when this source began, and those of them it mentions.
    QSet<EntityId> m_deleted;
    QSet<EntityId> m_deletedMentioned;
    // Keys that were in the case already, and keys this source added, of those not kept.
    qint64 m_keysFound = 0;
    qint64 m_keysAdded = 0;
    sql::Statement m_insertEntity, m_findEntity, m_insertEntitySource, m_insertAlias, m_insertAttribute,
        m_insertDeclared, m_insertDeclaredSource, m_selectKnown;
};

} // namespace sg

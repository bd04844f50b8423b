#include "core/store/sourcewriter.h"

#include "core/store/schema.h"

#include "core/model/batchqueue.h"
#include "core/model/progress.h"
#include "core/normalize/myanmartext.h"
#include "core/store/caseeditor.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <thread>

namespace sg {

namespace {


} // namespace

SourceWriter::SourceWriter(CaseStore &store, const SourceRecord &source)
    : m_store(store)
    , m_db(store.database())
    , m_transaction(store.database())
    , m_source(source)
    // Many events to a statement; no row may be dropped (see sql::BatchInsert).
    , m_events(m_db,
               QStringLiteral("INSERT OR IGNORE INTO events(type, from_entity, to_entity, utc_ms, utc_offset, duration, currency, direction, "
                              "cell, body, source_id, locator, status, deleted, body_unicode, amount_minor, amount_text)"),
               17, tr("An event could not be stored."), EventsPerStatement)
{
}

Error SourceWriter::stopped(const QString &fileName)
{
    return Error{ErrorCode::Cancelled, tr("The import was stopped; nothing from %1 was added.").arg(fileName), {}};
}

SourceWriter::~SourceWriter() = default;

SourceWriter::ForeignKeyChecks::~ForeignKeyChecks()
{
    restore();
}

void SourceWriter::ForeignKeyChecks::restore()
{
    // After the transaction has ended (committed, or rolled back by its destructor, which runs
    // before this one's).
    if (db)
        (void)db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    db = nullptr;
}

void SourceWriter::markKnown(EntityId id)
{
    if (id > 0 && id < KnownBitsLimit) {
        if (size_t(id) >= m_knownBits.size())
            m_knownBits.resize(std::max(size_t(id) + 1, m_knownBits.size() * 2));
        m_knownBits[size_t(id)] = true;
    } else {
        m_knownFar.insert(id);
    }
}

Status SourceWriter::known(EntityId id)
{
    if (id > 0 && size_t(id) < m_knownBits.size() ? m_knownBits[size_t(id)] : m_knownFar.contains(id))
        return Ok{};
    m_selectKnown.bind(1, id);
    const bool exists = m_selectKnown.next();
    const bool failed = m_selectKnown.failed();
    m_selectKnown.reset();
    if (failed)
        return m_db.error(tr("The case file could not be read."));
    if (!exists)
        return Error{ErrorCode::Integrity, tr("A record refers to entity %1, which is not in the case; nothing was added.").arg(id), m_source.path};
    markKnown(id);
    return Ok{};
}

Status SourceWriter::start()
{
    // SQLite's foreign-key checks cost a lookup of each end of every event and link (1.8 s of
    // an import of 1M calls); this writer checks instead that every entity it is given exists
    // (known(), a hash lookup), and turns SQLite's checks back on when it ends. The pragma only
    // takes effect outside a transaction, hence before BEGIN.
    auto enabled = m_db.prepare(QStringLiteral("PRAGMA foreign_keys"));
    if (!enabled)
        return enabled.error();
    if (enabled->next() && enabled->int64(0) != 0) {
        if (Status s = m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !s)
            return s;
        m_foreignKeys.db = &m_db;
    }
    if (Status s = m_transaction.begin(); !s)
        return s;
    auto prepare = [this](sql::Statement &target, const char *sqlText) -> Status {
        auto stmt = m_db.prepare(QString::fromUtf8(sqlText));
        if (!stmt)
            return stmt.error();
        target = *stmt;
        return Ok{};
    };
    const std::pair<sql::Statement *, const char *> statements[] = {
        {&m_insertEntity, "INSERT INTO entities(type, key, raw) VALUES (?1, ?2, ?3) ON CONFLICT(type, key) DO NOTHING"},
        // Read from the index of keys alone.
        {&m_findEntity, "SELECT id FROM entities WHERE type = ?1 AND key = ?2"},
        {&m_insertEntitySource, "INSERT OR IGNORE INTO entity_sources(entity_id, source_id, locator, raw_value) VALUES (?1, ?2, ?3, ?4)"},
        {&m_insertAlias, "INSERT OR IGNORE INTO aliases(entity_id, name, kind, source_id, locator) VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&m_insertAttribute, "INSERT OR REPLACE INTO entity_attributes(entity_id, name, value, source_id, locator) VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&m_insertDeclared, "INSERT INTO links(kind, from_entity, to_entity, event_type, count) VALUES (?1, ?2, ?3, '', 1) "
                            "ON CONFLICT(kind, from_entity, to_entity, event_type) DO UPDATE SET count = count + 1 RETURNING id"},
        {&m_insertDeclaredSource, "INSERT OR IGNORE INTO link_sources(link_id, source_id, locator, count) VALUES (?1, ?2, ?3, 1)"},
        {&m_selectKnown, "SELECT 1 FROM entities WHERE id = ?1"},
    };
    for (const auto &[target, text] : statements) {
        if (Status s = prepare(*target, text); !s)
            return s;
    }

    // The entities merged into others, and those the analyst deleted (each read from its partial
    // index).
    for (const auto &[condition, ids] : {std::pair{"merged_into IS NOT NULL", &m_absorbed}, std::pair{"deleted = 1", &m_deleted}}) {
        auto stmt = m_db.prepare(QStringLiteral("SELECT id FROM entities WHERE %1").arg(QLatin1String(condition)));
        if (!stmt)
            return stmt.error();
        while (stmt->next())
            ids->insert(stmt->int64(0));
        if (stmt->failed())
            return m_db.error(tr("The case file could not be read."));
    }
    for (const auto &[table, before] : {std::pair{"events", &m_eventsBefore}, std::pair{"entities", &m_entitiesBefore}}) {
        auto last = m_db.integer(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table)));
        if (!last)
            return last.error();
        *before = *last;
    }

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO sources(path, file_name, sha256, size, format, importer, importer_version, examiner, imported_at, "
        "region, time_zone, status, app_schema_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'importing', ?12)"));
    if (!insert)
        return insert.error();
    insert->bind(1, m_source.path).bind(2, m_source.fileName).bind(4, m_source.size);
    if (m_source.sha256.isEmpty())
        insert->bindNull(3); // analyst-entered facts have no file
    else
        insert->bind(3, m_source.sha256);
    insert->bind(5, m_source.format).bind(6, m_source.importer).bind(7, m_source.importerVersion);
    insert->bind(8, m_source.examiner).bind(9, m_source.importedAt.toUTC().toString(Qt::ISODateWithMs));
    insert->bind(10, m_source.region).bind(11, m_source.timeZone).bind(12, m_source.appSchemaVersion);
    if (!insert->exec())
        return m_db.error(tr("The source could not be recorded in the case."));
    m_source.id = m_db.lastInsertId();
    return Ok{};
}

namespace {

// `text` cut to `length` characters (not inside a surrogate pair), ending in "…".
QString cut(const QString &text, qsizetype length)
{
    qsizetype end = length;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + QChar(0x2026);
}

} // namespace

Result<EntityId> SourceWriter::entity(EntityType type, const QString &fullKey, bool raw, const QString &locator,
                                      const QString &fullRawValue)
{
    // A key that long is no identifier: kept cut and marked raw (as written, not validated).
    const bool tooLong = fullKey.size() > MaxNameLength;
    const QString key = tooLong ? cut(fullKey, MaxNameLength) : fullKey;
    const QString rawValue = fullRawValue.size() > MaxNameLength ? cut(fullRawValue, MaxNameLength) : fullRawValue;
    raw = raw || tooLong;
    const EntityKey cacheKey{type, key};
    if (const auto it = m_entityIds.constFind(cacheKey); it != m_entityIds.constEnd())
        return *it;
    const QString typeName = entityTypeName(type);

    // A key not kept here is added, or, if the case has it, found. Where the case had entities
    // and most keys so far were there, it is looked for first, in the index of keys alone;
    // otherwise added first, and looked for only if it was there: for a key the case has, that
    // was a failed insert and then a look-up that also read the entity's row, two thirds of the
    // writer's time in a second file of 2M calls among 1M numbers. An entity merged into another
    // is written as itself, as the evidence names it, and its rows go on to the survivor at
    // commit, recorded with the merge (CaseEditor::applyMerges), so that a split gives them back.

    // The id `lookUp` finds for the key, 0 if none; nullopt if SQLite failed.
    const auto idOf = [&](sql::Statement &lookUp) -> std::optional<EntityId> {
        lookUp.bind(1, typeName).bind(2, key);
        const EntityId found = lookUp.next() ? lookUp.int64(0) : 0;
        const bool failed = lookUp.failed();
        lookUp.reset();
        return failed ? std::nullopt : std::optional(found);
    };
    EntityId id = 0;
    if (m_entitiesBefore > 0 && m_keysFound >= m_keysAdded) {
        const auto found = idOf(m_findEntity);
        if (!found)
            return m_db.error(tr("An entity could not be stored."));
        if (*found != 0) {
            id = *found;
            ++m_keysFound;
        }
    }
    if (id == 0) {
        m_insertEntity.bind(1, typeName).bind(2, key).bind(3, qint64(raw ? 1 : 0));
        if (!m_insertEntity.exec())
            return m_db.error(tr("An entity could not be stored."));
        if (m_db.changes() > 0) {
            id = m_db.lastInsertId();
            ++m_keysAdded;
        } else {
            const auto found = idOf(m_findEntity);
            if (!found || *found == 0)
                return m_db.error(tr("An entity could not be stored."));
            id = *found;
            ++m_keysFound;
        }
    }
    m_insertEntitySource.bind(1, id).bind(2, m_source.id).bind(3, locator).bind(4, rawValue);
    if (!m_insertEntitySource.exec())
        return m_db.error(tr("An entity could not be stored."));
    if (m_db.changes() > 0) {
        ++m_entitiesMentioned;
        if (tooLong)
            ++m_namesCut;
    }
    if (m_absorbed.contains(id))
        m_absorbedMentioned.insert(id);
    if (m_deleted.contains(id))
        m_deletedMentioned.insert(id);
    if (m_entityIds.size() < MaxKeysKept)
        m_entityIds.insert(cacheKey, id);
    markKnown(id);
    return id;
}

Status SourceWriter::alias(EntityId entity, const QString &fullName, const QString &locator)
{
    if (Status s = known(entity); !s)
        return s;
    const QString name = fullName.size() > MaxNameLength ? cut(fullName, MaxNameLength) : fullName;
    if (name.size() != fullName.size())
        ++m_namesCut;
    m_insertAlias.bind(1, entity).bind(2, name).bind(3, QStringLiteral("name")).bind(4, m_source.id).bind(5, locator);
    if (!m_insertAlias.exec())
        return m_db.error(tr("An alias could not be stored."));
    if (entity <= m_entitiesBefore)
        m_namedBefore.insert(entity);
    // A name typed in Zawgyi is also kept in Unicode, so that it can be searched and printed.
    if (MyanmarText::looksLikeZawgyi(name)) {
        const QString converted = MyanmarText::zawgyiToUnicode(name);
        if (converted != name) {
            m_insertAlias.bind(1, entity).bind(2, converted).bind(3, QStringLiteral("unicode from zawgyi")).bind(4, m_source.id).bind(5, locator);
            if (!m_insertAlias.exec())
                return m_db.error(tr("An alias could not be stored."));
        }
    }
    return Ok{};
}

Status SourceWriter::dropEndIndexes()
{
    for (const schema::IndexDefinition &index : schema::eventEndIndexes()) {
        if (Status s = m_db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + index.name); !s)
            return s;
    }
    m_endIndexesDropped = true;
    return Ok{};
}

Status SourceWriter::expectEvents(qint64 events)
{
    if (m_endIndexesDropped || events < EndIndexCheck || events * 2 < m_eventsBefore)
        return Ok{};
    return dropEndIndexes();
}

Status SourceWriter::event(const Event &event, const QString &locator)
{
    return eventUtf8(event, locator.toUtf8());
}

Status SourceWriter::eventUtf8(const Event &event, const QByteArray &locatorUtf8)
{
    if (Status s = known(event.from); !s)
        return s;
    if (event.to) {
        if (Status s = known(event.to); !s)
            return s;
    }
    const Event *eventToWrite = &event;
    Event shortened;
    if (event.body.size() > MaxBodyLength) {
        shortened = event;
        shortened.body = cut(event.body, MaxBodyLength);
        eventToWrite = &shortened;
        ++m_bodiesCut;
    }
    const Event &e = *eventToWrite;
    m_events.valueUtf8(LinkAggregator::typeName(e.type)).value(e.from);
    if (e.to)
        m_events.value(e.to);
    else
        m_events.valueNull();
    m_events.value(e.utcMs).value(qint64(e.utcOffsetSeconds)).value(e.duration);
    if (e.amount)
        m_events.value(e.amount->currency);
    else
        m_events.valueNull();
    if (e.direction != m_lastDirection) {
        m_lastDirection = e.direction;
        m_lastDirectionUtf8 = e.direction.toUtf8();
    }
    m_events.valueUtf8(m_lastDirectionUtf8).value(e.cell);
    if (e.body.isNull())
        m_events.valueNull();
    else
        m_events.value(e.body);
    m_events.value(m_source.id).valueUtf8(locatorUtf8).value(e.status).value(qint64(e.deleted ? 1 : 0));
    // Zawgyi-typed Burmese: the raw text stays in body, its Unicode form goes beside it.
    if (!e.body.isEmpty() && MyanmarText::looksLikeZawgyi(e.body))
        m_events.value(MyanmarText::zawgyiToUnicode(e.body));
    else
        m_events.valueNull();
    if (e.amount) {
        ++m_amountsWritten;
        m_events.value(e.amount->minor).value(e.amount->decimal());
    } else {
        m_events.valueNull();
        m_events.valueNull();
    }
    if (Status s = m_events.endRow(); !s)
        return s;
    // Once this source has brought as many events as half the case held, keeping the indexes of
    // events by their ends up to date row by row costs more than building them again at commit
    // (a sort); inside the transaction, so a failed import leaves them as they were.
    if (++m_eventsWritten % EndIndexCheck == 0 && !m_endIndexesDropped && m_eventsWritten * 2 >= m_eventsBefore) {
        if (Status s = dropEndIndexes(); !s)
            return s;
    }
    if (e.to) {
        if (Status s = m_pairs.add(e.from, e.to, e.type, e.utcMs, e.duration, locatorUtf8); !s)
            return s;
    }
    // As SQLite computes it (integer division truncates), then the hour floor-divided.
    const qint64 local = e.utcMs / 1000 + e.utcOffsetSeconds;
    ++m_localHours[(local - ((local % 3600) + 3600) % 3600) / 3600];
    ++m_typeCounts[e.type];
    return Ok{};
}

Status SourceWriter::attribute(EntityId entity, const QString &name, const QString &value, const QString &locator)
{
    if (Status s = known(entity); !s)
        return s;
    m_insertAttribute.bind(1, entity).bind(2, name).bind(3, value).bind(4, m_source.id).bind(5, locator);
    if (!m_insertAttribute.exec())
        return m_db.error(tr("An attribute could not be stored."));
    return Ok{};
}

Status SourceWriter::declaredLink(LinkKind kind, EntityId from, EntityId to, const QString &locator)
{
    if (Status s = known(from); !s)
        return s;
    if (Status s = known(to); !s)
        return s;
    m_insertDeclared.bind(1, linkKindName(kind)).bind(2, from).bind(3, to);
    qint64 linkId = 0;
    if (m_insertDeclared.next())
        linkId = m_insertDeclared.int64(0);
    const bool failed = m_insertDeclared.failed();
    m_insertDeclared.reset();
    if (failed || linkId == 0)
        return m_db.error(tr("A link could not be stored."));
    m_insertDeclaredSource.bind(1, linkId).bind(2, m_source.id).bind(3, locator);
    if (!m_insertDeclaredSource.exec())
        return m_db.error(tr("A link could not be stored."));
    return Ok{};
}

namespace {

// Links and their sources are written this many to a statement; as many groups at a time come
// from the merge, and so many of those batches may wait.
constexpr int LinksPerStatement = 64;
constexpr int MergedBatchesQueued = 16;

} // namespace

Status SourceWriter::writeLinks(qint64 lastLinkId, Progress *progress)
{
    // Each group adds to its link (made if new) and names its first record, many groups to a
    // statement. Every group is given the next id and inserted with it. A group with an end that
    // this source brought into the case is a new link. The others may add to a link already
    // there: when a statement of them inserts fewer rows than it has, the ids the case now holds
    // among theirs say which went in, and each group left out adds to its link by its ends and
    // type (its id, unused, is a gap: ids never depend on which way a group went). In a second
    // file among the same numbers about one group in a hundred is such a link; an upsert reading
    // every link's id back by RETURNING made that file's import at 1M 8.9 s against 8.2 s.
    // "OR IGNORE": a statement of many rows that could abort half-way would make SQLite keep a
    // statement journal (see sql::BatchInsert); a group left out is caught below.
    auto insertFor = [this](int rows) {
        return m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO links(id, kind, from_entity, to_entity, event_type, count, total_duration, "
                                           "total_amount, first_utc_ms, last_utc_ms) VALUES ")
                            + sql::valueRows(rows, 10));
    };
    auto sourcesFor = [this](int rows) {
        return m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO link_sources(link_id, source_id, locator, count) VALUES ") + sql::valueRows(rows, 4));
    };
    sql::Statement inserted, addTo; // prepared when first needed
    const QByteArray aggregate = linkKindName(LinkKind::Aggregate).toUtf8();
    qint64 nextId = lastLinkId + 1;

    // A group as the merge hands it over and a batch holds it. The names and locators are bound
    // where they are (kept until the batch's statements have run).
    struct Pending
    {
        LinkAggregator::Group group;
        QByteArray locator;
        qint64 linkId = 0;
    };
    struct Batch
    {
        bool mayExist = false; // both ends were in the case: the link may be there already
        std::vector<Pending> groups = std::vector<Pending>(LinksPerStatement);
        int pending = 0;
        sql::Statement full, fullSources, last, lastSources;
    };
    Batch added, amongOld;
    amongOld.mayExist = true;
    const auto lost = [this]() {
        return Error{ErrorCode::Integrity, tr("The links of the imported records could not be built."),
                     tr("a link of source %1 was not written").arg(m_source.id)};
    };

    // The groups of a statement that were left out, their links being there already: each adds
    // to its link and takes its id. `went` of the `rows` groups were inserted, with their ids.
    const auto addToExisting = [&](Pending *groups, int rows, int went) -> Status {
        if (!inserted.isValid()) {
            auto prepared = m_db.prepare(QStringLiteral("SELECT id FROM links WHERE id BETWEEN ?1 AND ?2"));
            if (!prepared)
                return prepared.error();
            inserted = *prepared;
            prepared = m_db.prepare(QStringLiteral(
                "UPDATE links SET count = count + ?5, total_duration = total_duration + ?6, first_utc_ms = min(first_utc_ms, ?7), "
                "last_utc_ms = max(last_utc_ms, ?8) WHERE kind = ?1 AND from_entity = ?2 AND to_entity = ?3 AND event_type = ?4 RETURNING id"));
            if (!prepared)
                return prepared.error();
            addTo = *prepared;
        }
        // The groups' ids rise through the statement; ids of the other batch's links lie between.
        std::vector<bool> isIn(size_t(rows), false);
        int found = 0;
        inserted.bind(1, groups[0].linkId).bind(2, groups[rows - 1].linkId);
        while (inserted.next()) {
            const qint64 id = inserted.int64(0);
            const Pending *at = std::lower_bound(groups, groups + rows, id, [](const Pending &p, qint64 key) { return p.linkId < key; });
            if (at != groups + rows && at->linkId == id) {
                isIn[size_t(at - groups)] = true;
                ++found;
            }
        }
        const bool failed = inserted.failed();
        inserted.reset();
        if (failed)
            return m_db.error(tr("The links of the imported records could not be built."));
        if (found != went)
            return lost();
        for (int i = 0; i < rows; ++i) {
            if (isIn[size_t(i)])
                continue;
            Pending &p = groups[i];
            const LinkAggregator::Group &g = p.group;
            addTo.bindUtf8(1, aggregate, true).bind(2, g.from).bind(3, g.to).bindUtf8(4, LinkAggregator::typeName(g.type), true);
            addTo.bind(5, g.count).bind(6, g.duration).bind(7, g.firstUtcMs).bind(8, g.lastUtcMs);
            p.linkId = 0;
            if (addTo.next())
                p.linkId = addTo.int64(0);
            const bool addFailed = addTo.failed();
            addTo.reset();
            if (addFailed)
                return m_db.error(tr("The links of the imported records could not be built."));
            if (p.linkId == 0)
                return lost(); // neither inserted nor there
        }
        return Ok{};
    };
    auto write = [&](Batch &batch) -> Status {
        const int rows = batch.pending;
        if (rows == 0)
            return Ok{};
        sql::Statement &links = rows == LinksPerStatement ? batch.full : batch.last;
        sql::Statement &sources = rows == LinksPerStatement ? batch.fullSources : batch.lastSources;
        if (!links.isValid()) {
            auto preparedLinks = insertFor(rows);
            if (!preparedLinks)
                return preparedLinks.error();
            links = *preparedLinks;
            auto preparedSources = sourcesFor(rows);
            if (!preparedSources)
                return preparedSources.error();
            sources = *preparedSources;
        }
        int index = 1;
        for (int i = 0; i < rows; ++i) {
            const Pending &p = batch.groups[size_t(i)];
            const LinkAggregator::Group &g = p.group;
            links.bind(index, p.linkId).bindUtf8(index + 1, aggregate, true).bind(index + 2, g.from).bind(index + 3, g.to);
            links.bindUtf8(index + 4, LinkAggregator::typeName(g.type), true).bind(index + 5, g.count).bind(index + 6, g.duration);
            links.bind(index + 7, 0.0).bind(index + 8, g.firstUtcMs).bind(index + 9, g.lastUtcMs);
            index += 10;
        }
        if (!links.exec())
            return m_db.error(tr("The links of the imported records could not be built."));
        if (const int went = m_db.changes(); went != rows) {
            if (!batch.mayExist)
                return lost();
            if (Status s = addToExisting(batch.groups.data(), rows, went); !s)
                return s;
        }
        index = 1;
        for (int i = 0; i < rows; ++i) {
            const Pending &p = batch.groups[size_t(i)];
            sources.bind(index, p.linkId).bind(index + 1, m_source.id).bindUtf8(index + 2, p.locator, true).bind(index + 3, p.group.count);
            index += 4;
        }
        if (!sources.exec())
            return m_db.error(tr("The links of the imported records could not be built."));
        if (m_db.changes() != rows)
            return lost();
        batch.pending = 0;
        return Ok{};
    };
    // The runs are merged on a thread of their own while this one writes (the merge is a sixth of
    // the links' time at 1M calls), its groups handed over in batches (their ids given here).
    BatchQueue<std::vector<Pending>> merged(MergedBatchesQueued);
    Status mergeStatus = Ok{};
    std::thread merger([this, &merged, &mergeStatus] {
        std::vector<Pending> out;
        out.reserve(LinksPerStatement);
        mergeStatus = m_pairs.finish([&](const LinkAggregator::Group &g) -> Status {
            Pending &p = out.emplace_back();
            p.group = g;
            p.group.firstLocator = {};
            p.locator = g.firstLocator.toByteArray();
            if (out.size() < size_t(LinksPerStatement))
                return Ok{};
            if (!merged.push(std::move(out)))
                return Error{ErrorCode::Cancelled, {}, {}}; // the writer stopped, with its own error
            out = {};
            out.reserve(LinksPerStatement);
            return Ok{};
        });
        if (mergeStatus && !out.empty())
            (void)merged.push(std::move(out));
        merged.finish();
    });
    // However this function ends, the merge is stopped and its thread joined.
    struct Join
    {
        BatchQueue<std::vector<Pending>> &queue;
        std::thread &thread;
        ~Join()
        {
            queue.close();
            if (thread.joinable())
                thread.join();
        }
    } join{merged, merger};

    // Progress in events: the groups written so far hold so many of them.
    qint64 eventsLinked = 0;
    if (progress) {
        progress->setDone(0);
        progress->setTotal(m_pairs.events());
    }
    while (auto groups = merged.pop()) {
        if (progress) {
            if (progress->isCancelled())
                return Error{ErrorCode::Cancelled, {}, {}}; // commit() says what stopped
            progress->setDone(eventsLinked);
        }
        for (Pending &m : *groups) {
            eventsLinked += m.group.count;
            // No link can have an end that was not in the case (entities are never deleted).
            Batch &batch = m.group.from > m_entitiesBefore || m.group.to > m_entitiesBefore ? added : amongOld;
            Pending &p = batch.groups[size_t(batch.pending++)];
            p = std::move(m);
            p.linkId = nextId++;
            if (batch.pending == LinksPerStatement) {
                if (Status s = write(batch); !s)
                    return s;
            }
        }
    }
    merger.join();
    if (!mergeStatus)
        return mergeStatus;
    if (Status s = write(added); !s)
        return s;
    return write(amongOld);
}

Status SourceWriter::createIndexes(const QStringList &statements, const std::function<void()> &afterEach)
{
    if (statements.isEmpty())
        return Ok{};
    // SQLite sorts the entries of an index in runs as large as the page cache (at least 250
    // pages), written to temporary files and merged; with a helper thread (PRAGMA threads) a run
    // is sorted while the next is read. With the case's 64 MiB cache, the entries of 1M events
    // were one run sorted in memory, on one thread, beside the cache; with a small cache
    // meanwhile each run fits the processor's cache and the helper has work all along: the
    // three indexes after 1M calls 1.5 → 0.95 s, after a second such file 2.5 → 2.0 s, at 5M
    // 6.1 → 5.5 s and 15.0 → 12.0 s, and the 5M import's peak 240 → 171 MB (halving the cache,
    // as before, kept it where it was). Pages the smaller cache cannot hold go to the log, as
    // they would at the commit. Both are settings of the connection, put back however it ends.
    auto cache = m_db.integer(QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return cache.error();
    const qint64 cacheSize = *cache;
    Status built = m_db.exec(QStringLiteral("PRAGMA threads = %1; PRAGMA cache_size = %2").arg(IndexSortHelpers).arg(-IndexSortCacheKiB));
    for (qsizetype i = 0; built && i < statements.size(); ++i) {
        built = m_db.exec(statements[i]);
        if (built && afterEach)
            afterEach();
    }
    (void)m_db.exec(QStringLiteral("PRAGMA threads = 0; PRAGMA cache_size = %1").arg(cacheSize));
    return built;
}

Status SourceWriter::commit(const QMap<QString, qint64> &counts, const QJsonArray &rejectedRows,
                            const std::function<Status()> &beforeCommit, Progress *progress)
{
    Status completed = Ok{};
    {
        // Cancel stops the links at their next batch and a statement building an index or the
        // search tables where it is (a 5M-call file spends 14 s of its 25 here).
        const sql::StopOnCancel stop(m_db, progress);
        completed = complete(counts, rejectedRows, progress);
    }
    // Asked to stop before the commit: nothing of the source goes in, whatever the work above
    // said (a statement it stopped fails).
    if (progress && progress->isCancelled())
        return stopped(m_source.fileName);
    if (!completed)
        return completed;
    if (beforeCommit) {
        if (Status s = beforeCommit(); !s)
            return s;
    }
    // The log this source wrote is copied into the case file after the commit, on a second
    // connection, not by SQLite inside it.
    if (Status s = m_store.commitCheckpointingInBackground(m_transaction); !s)
        return s;
    m_foreignKeys.restore();
    return Ok{};
}

Status SourceWriter::complete(const QMap<QString, qint64> &counts, const QJsonArray &rejectedRows, Progress *progress)
{
    if (Status s = m_events.flush(); !s)
        return s;
    // Money per currency on each link, exactly.
    const QString amounts = schema::linkAmountsInsert(QStringLiteral("events"), QStringLiteral("source_id = ?1 AND to_entity IS NOT NULL"));
    // A source with as many events as half the links the case had: the links' index by their
    // second end is built again after its links are written (one sort) instead of taking them one
    // by one at random places; at 5M calls it outgrew the page cache (16.3 s for the links, now
    // 4.2 s and 4.0 s for the index). The index by the first end is filled in its own order.
    auto linksBefore = m_db.integer(QStringLiteral("SELECT coalesce(max(id), 0) FROM links"));
    if (!linksBefore)
        return linksBefore.error();
    const qint64 lastLinkId = *linksBefore;
    const bool rebuildLinksTo = m_eventsWritten * 2 >= lastLinkId;
    const schema::IndexDefinition linksTo = schema::linksToIndex();
    if (rebuildLinksTo) {
        if (Status s = m_db.exec(QStringLiteral("DROP INDEX ") + linksTo.name); !s)
            return s;
    }
    if (Status s = writeLinks(lastLinkId, progress); !s)
        return s;
    // After the links, whose grouping has given its memory back by now: building an index
    // sorts in memory of its own.
    QStringList indexes;
    if (m_endIndexesDropped) {
        for (const schema::IndexDefinition &index : schema::eventEndIndexes())
            indexes << index.create;
    }
    if (rebuildLinksTo)
        indexes << linksTo.create;
    // What is left, in steps: each index built again, the money per currency, the search tables
    // (after 5M calls the three indexes took 5.5 s together).
    qint64 stepsDone = 0;
    const auto stepDone = [&] {
        if (progress)
            progress->setDone(++stepsDone);
    };
    if (progress) {
        progress->setStage(tr("Indexing %1").arg(m_source.fileName));
        progress->setTotal(indexes.size() + (m_amountsWritten > 0 ? 1 : 0) + 1 + (m_absorbedMentioned.isEmpty() ? 0 : 1));
    }
    if (Status s = createIndexes(indexes, stepDone); !s)
        return s;
    m_endIndexesDropped = false;
    const auto run = [this](const QString &text) -> Status {
        auto stmt = m_db.prepare(text);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, m_source.id);
        if (!stmt->exec())
            return m_db.error(tr("The links of the imported records could not be built."));
        return Ok{};
    };
    if (m_amountsWritten > 0) {
        if (Status s = run(amounts); !s)
            return s;
        stepDone();
    }
    // Index the entities this source brought into the case, and again those it gave names; what
    // is searched of the others (their keys, labels and names) has not changed.
    QStringList named;
    for (const EntityId id : std::as_const(m_namedBefore))
        named << QString::number(id);
    const QString namedIds = QStringLiteral("SELECT value FROM json_each('[%1]')").arg(named.join(QLatin1Char(',')));
    const QStringList search = schema::reindexStatements(QStringLiteral("SELECT entity_id FROM entity_sources WHERE source_id = ?1 AND entity_id > %1 "
                                                                        "UNION ALL %2")
                                                             .arg(m_entitiesBefore)
                                                             .arg(namedIds),
                                                         namedIds);
    for (const QString &text : search) {
        if (Status s = run(text); !s)
            return s;
    }
    stepDone();
    // What this source wrote for entities merged into others goes on to their survivors, recorded
    // with each merge.
    QJsonArray mergesApplied;
    if (!m_absorbedMentioned.isEmpty()) {
        QList<EntityId> absorbed(m_absorbedMentioned.cbegin(), m_absorbedMentioned.cend());
        std::sort(absorbed.begin(), absorbed.end());
        auto applied = CaseEditor(m_store).applyMerges(absorbed);
        if (!applied)
            return applied.error();
        mergesApplied = *applied;
        stepDone();
    }
    // What the events were counted by as they were written: one row per source and key.
    auto writeCounts = [this](const QString &sqlText, const auto &counts, auto keyValue) -> Status {
        auto insert = m_db.prepare(sqlText);
        if (!insert)
            return insert.error();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            insert->bind(1, m_source.id).bind(2, keyValue(it.key())).bind(3, it.value());
            if (!insert->exec())
                return m_db.error(tr("The links of the imported records could not be built."));
        }
        return Ok{};
    };
    if (Status s = writeCounts(QStringLiteral("INSERT INTO event_counts(source_id, type, count) VALUES (?1, ?2, ?3)"), m_typeCounts,
                               [](EventType type) { return eventTypeName(type); });
        !s)
        return s;
    if (Status s = writeCounts(QStringLiteral("INSERT INTO activity_hours(source_id, local_hour, count) VALUES (?1, ?2, ?3)"), m_localHours,
                               [](qint64 hour) { return hour; });
        !s)
        return s;

    QJsonObject countsJson;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        countsJson.insert(it.key(), it.value());
    if (m_namesCut > 0)
        countsJson.insert(QStringLiteral("names_cut"), m_namesCut);
    if (m_bodiesCut > 0)
        countsJson.insert(QStringLiteral("bodies_cut"), m_bodiesCut);
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE sources SET status = 'complete', counts = ?2, rejected = ?3, rejected_rows = ?4, app_schema_version = ?5 "
        "WHERE id = ?1"));
    if (!update)
        return update.error();
    update->bind(1, m_source.id)
        .bind(2, QString::fromUtf8(QJsonDocument(countsJson).toJson(QJsonDocument::Compact)))
        .bind(3, qint64(rejectedRows.size()))
        .bind(4, QString::fromUtf8(QJsonDocument(rejectedRows).toJson(QJsonDocument::Compact)))
        .bind(5, m_source.appSchemaVersion);
    if (!update->exec())
        return m_db.error(tr("The source could not be recorded in the case."));
    m_source.counts = counts;
    m_source.rejected = rejectedRows.size();
    m_source.status = QStringLiteral("complete");

    QJsonObject audit{{QStringLiteral("source"), m_source.id},
                      {QStringLiteral("file"), m_source.path},
                      {QStringLiteral("sha256"), m_source.sha256},
                      {QStringLiteral("format"), m_source.format},
                      {QStringLiteral("counts"), countsJson},
                      {QStringLiteral("rejected"), rejectedRows.size()}};
    if (!mergesApplied.isEmpty())
        audit.insert(QStringLiteral("merges_applied"), mergesApplied);
    return m_store.appendAudit(m_source.format == QLatin1String("manual") ? QStringLiteral("manual_entry") : QStringLiteral("import"), audit);
}

} // namespace sg

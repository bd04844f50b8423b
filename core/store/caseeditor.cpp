#include "core/store/caseeditor.h"

#include "core/model/progress.h"
#include "core/normalize/digits.h"
#include "core/normalize/namematch.h"
#include "core/normalize/phonenormalizer.h"
#include "core/store/casestore.h"
#include "core/store/schema.h"
#include "core/store/sourcewriter.h"
#include "core/store/sqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string>
#include <vector>

namespace sg {

namespace {

constexpr qint64 MostAttachmentBytes = 256LL * 1024 * 1024;

QString isoNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

QList<qint64> idsOf(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &v : value.toArray())
        ids.append(v.toInteger());
    return ids;
}

// Entity types whose key is a name the analyst gives, not an identifier from evidence.
bool keyIsMade(EntityType type)
{
    switch (type) {
    case EntityType::Person:
    case EntityType::Organization:
    case EntityType::Location:
    case EntityType::Document:
    case EntityType::Vehicle: return true;
    default: return false;
    }
}

// A date the analyst typed (YYYY-MM-DD) that lies in the future.
bool isFutureDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed().left(10), Qt::ISODate);
    return date.isValid() && date > QDate::currentDate();
}

// Every row of `sql` (its parameters bound by `bind`), each made into a T by `row`.
template <typename T>
Result<QList<T>> rowsOf(const sql::Database &db, const QString &sql, const std::function<void(sql::Statement &)> &bind,
                        const std::function<T(const sql::Statement &)> &row)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    QList<T> list;
    while (stmt->next())
        list.append(row(*stmt));
    if (stmt->failed())
        return db.error(CaseEditor::tr("The case file could not be read."));
    return list;
}

} // namespace

CaseEditor::CaseEditor(CaseStore &store, const Progress *progress)
    : m_reader(store)
    , m_writer(&store)
    , m_progress(progress)
{
}

CaseEditor::CaseEditor(const CaseStore &store, const Progress *progress)
    : m_reader(store)
    , m_progress(progress)
{
}

bool CaseEditor::stopAsked() const { return m_progress && m_progress->isCancelled(); }

Status CaseEditor::commitWithAudit(sql::Transaction &transaction, const QString &action, const QJsonObject &detail, LogCopy copy)
{
    // Asked to stop before the commit: the transaction rolls back (cancellable() says why).
    if (stopAsked())
        return Error{ErrorCode::Cancelled, {}, {}};
    if (Status s = m_writer->appendAudit(action, detail); !s)
        return s;
    return copy == LogCopy::InBackground ? m_writer->commitCheckpointingInBackground(transaction) : transaction.commit();
}

Error CaseEditor::readOnly()
{
    return Error{ErrorCode::InvalidInput, tr("The case is open for reading only here."), {}};
}

Status CaseEditor::withinNameLength(const QString &text)
{
    // The limit an import cuts at; typed, it is refused instead.
    if (text.size() > SourceWriter::MaxNameLength)
        return Error{ErrorCode::InvalidInput, tr("A name or identifier can have at most %1 characters.").arg(SourceWriter::MaxNameLength), {}};
    return Ok{};
}

Result<Entity> CaseEditor::existing(EntityId id) const
{
    auto entity = m_reader.entity(id);
    if (!entity)
        return entity.error();
    if (!entity->has_value())
        return Error{ErrorCode::NotFound, tr("There is no entity %1 in the case.").arg(id), {}};
    return **entity;
}

Result<SourceId> CaseEditor::manualSource(const QString &note)
{
    sql::Database &db = m_writer->database();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO sources(path, file_name, sha256, size, format, importer, importer_version, examiner, imported_at, "
        "region, time_zone, status) VALUES ('', ?1, NULL, 0, 'manual', 'seagull/manual', '1', ?2, ?3, ?4, ?5, 'complete')"));
    if (!insert)
        return insert.error();
    // The source's name is the authority the analyst gives; it is stored, never translated.
    insert->bind(1, note.trimmed().isEmpty() ? QStringLiteral("entered by the analyst") : note.trimmed())
        .bind(2, m_reader.currentExaminer())
        .bind(3, isoNow())
        .bind(4, m_reader.info().region)
        .bind(5, m_reader.info().timeZone);
    if (!insert->exec())
        return db.error(tr("The analyst's entry could not be recorded in the case."));
    return db.lastInsertId();
}

Status CaseEditor::reindex(const QList<EntityId> &ids)
{
    sql::Database &db = m_writer->database();
    for (const QString &text : schema::reindexStatements(QStringLiteral("SELECT value FROM json_each(?1)"))) {
        auto stmt = db.prepare(text);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, sql::idList(ids));
        if (!stmt->exec())
            return db.error(tr("The search index could not be updated."));
    }
    return Ok{};
}

Result<QList<EntityId>> CaseEditor::eventNeighbours(const QList<EntityId> &ids) const
{
    auto stmt = m_reader.database().prepare(QStringLiteral(
        "SELECT to_entity FROM events WHERE from_entity IN (SELECT value FROM json_each(?1)) AND to_entity IS NOT NULL "
        "UNION SELECT from_entity FROM events WHERE to_entity IN (SELECT value FROM json_each(?1))"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sql::idList(ids));
    QList<EntityId> others;
    while (stmt->next())
        others.append(stmt->int64(0));
    if (stmt->failed())
        return m_reader.database().error(tr("The case file could not be read."));
    return others;
}

Status CaseEditor::rebuildAggregates(const QList<EntityId> &group, const QList<EntityId> &around)
{
    // The links between the group and `around`, either way, built again from the events
    // themselves, as an import builds them (per pair and type, each source with its first
    // record, money per currency). Only these: a merge or split moves the events of the
    // absorbed, so a pair changes only where one of them had an event (`around` holds their
    // other ends and the group), and a busy survivor's other links stay as they are. Rebuilding
    // every link of the group, merging a number with ten calls into the busiest of the suite's
    // 1M case took 1.2 s; 0.19 s so. Rows are looked up by the group's end only ("+" on the
    // other end and on the links' kind): by the other end SQLite read every event of every
    // neighbour, by the kind every aggregate link of the case. The events of those pairs are
    // read once, into a temporary table the three groupings read: reading a busy survivor's
    // events row by row three times was most of what was left (0.19 -> 0.11 s; at 5M
    // 0.7 -> 0.35 s).
    sql::Database &db = m_writer->database();
    const QString between = QStringLiteral("((from_entity IN (SELECT value FROM json_each(?1)) AND +to_entity IN (SELECT value FROM json_each(?2))) "
                                           "OR (to_entity IN (SELECT value FROM json_each(?1)) AND +from_entity IN (SELECT value FROM json_each(?2))))");
    const QStringList steps{
        QStringLiteral("DROP TABLE IF EXISTS temp.regrouped"),
        QStringLiteral("CREATE TEMP TABLE regrouped AS SELECT id, from_entity, to_entity, type, duration, amount, utc_ms, source_id, currency, amount_minor "
                       "FROM events WHERE %1 AND to_entity IS NOT NULL")
            .arg(between),
        // Their sources and money explicitly, not by the foreign keys' cascade: an import
        // (applyMerges) writes with SQLite's checks off.
        QStringLiteral("DELETE FROM link_sources WHERE link_id IN (SELECT id FROM links WHERE +kind = 'aggregate' AND %1)").arg(between),
        QStringLiteral("DELETE FROM link_amounts WHERE link_id IN (SELECT id FROM links WHERE +kind = 'aggregate' AND %1)").arg(between),
        QStringLiteral("DELETE FROM links WHERE +kind = 'aggregate' AND %1").arg(between),
        QStringLiteral("INSERT INTO links(kind, from_entity, to_entity, event_type, count, total_duration, total_amount, first_utc_ms, last_utc_ms) "
                       "SELECT 'aggregate', from_entity, to_entity, type, count(*), sum(duration), coalesce(sum(amount), 0), min(utc_ms), max(utc_ms) "
                       "FROM temp.regrouped GROUP BY from_entity, to_entity, type"),
        QStringLiteral("INSERT INTO link_sources(link_id, source_id, locator, count) "
                       "SELECT l.id, g.s, (SELECT locator FROM events WHERE id = g.first_id), g.n FROM "
                       "(SELECT from_entity AS f, to_entity AS t, type AS ty, source_id AS s, count(*) AS n, min(id) AS first_id "
                       " FROM temp.regrouped GROUP BY 1, 2, 3, 4) g "
                       "JOIN links l ON l.kind = 'aggregate' AND l.from_entity = g.f AND l.to_entity = g.t AND l.event_type = g.ty"),
        schema::linkAmountsInsert(QStringLiteral("temp.regrouped"), QStringLiteral("true")),
        QStringLiteral("DROP TABLE temp.regrouped")};
    QList<EntityId> ends = around;
    ends += group;
    for (const QString &text : steps) {
        auto stmt = db.prepare(text);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, sql::idList(group)).bind(2, sql::idList(ends));
        if (!stmt->exec())
            return db.error(tr("The links could not be rebuilt."));
    }
    return Ok{};
}

Result<CaseEditor::Checked> CaseEditor::check(const ManualEntity &entity) const
{
    Checked checked;
    checked.key = entity.key.trimmed();
    const QString label = entity.label.trimmed();
    if (checked.key.isEmpty() && !keyIsMade(entity.type))
        return Error{ErrorCode::InvalidInput, tr("A %1 needs its number or identifier.").arg(entityTypeDisplayName(entity.type)), {}};
    if (checked.key.isEmpty() && label.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the %1 a name.").arg(entityTypeDisplayName(entity.type)), {}};
    for (const QString &text : {label, checked.key})
        if (Status s = withinNameLength(text); !s)
            return s.error();
    if (entity.type == EntityType::Phone) {
        const NormalizedPhone phone = PhoneNormalizer::normalize(checked.key, m_reader.info().region);
        if (phone.valid) {
            checked.key = phone.key;
        } else {
            checked.raw = true;
            checked.warnings << tr("The number %1 does not validate for region %2; it is kept as entered.").arg(checked.key, m_reader.info().region);
        }
    } else if (entity.type == EntityType::Device) {
        const QString digits = digitsOnly(checked.key);
        if (isValidImei(digits)) {
            checked.key = digits;
        } else {
            checked.raw = true;
            checked.warnings << tr("The IMEI %1 is not 15 digits with a correct check digit; it is kept as entered.").arg(checked.key);
        }
    }
    for (const auto &[name, value] : entity.attributes)
        if (isFutureDate(value))
            checked.warnings << tr("The date %1 (%2) is in the future.").arg(value, name);
    if (!checked.key.isEmpty()) {
        auto found = m_reader.entityByKey(entity.type, checked.key);
        if (!found)
            return found.error();
        if (found->has_value())
            checked.warnings << tr("%1 is already in the case; what was entered is added to it.").arg((*found)->reference());
    }
    return checked;
}

Result<EntityId> CaseEditor::addEntity(const ManualEntity &entity, QStringList *warnings)
{
    if (!m_writer)
        return readOnly();
    auto checked = check(entity);
    if (!checked)
        return checked.error();
    QStringList notes = checked->warnings;
    QString key = checked->key;
    const QString label = entity.label.trimmed();
    const bool raw = checked->raw;

    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (key.isEmpty()) {
        auto next = db.integer(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM entities"));
        if (!next)
            return next.error();
        key = QStringLiteral("manual:%1").arg(*next);
    }
    auto source = manualSource(entity.note);
    if (!source)
        return source.error();
    const QString locator = QStringLiteral("entered by %1 at %2").arg(m_reader.currentExaminer(), isoNow());
    auto insert = db.prepare(QStringLiteral("INSERT INTO entities(type, key, label, raw) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(type, key) DO NOTHING"));
    if (!insert)
        return insert.error();
    insert->bind(1, entityTypeName(entity.type)).bind(2, key).bind(3, label).bind(4, qint64(raw ? 1 : 0));
    if (!insert->exec())
        return db.error(tr("The entity could not be stored."));
    EntityId id = 0;
    if (db.changes() > 0) {
        id = db.lastInsertId();
    } else {
        auto found = m_reader.entityByKey(entity.type, key);
        if (!found || !found->has_value())
            return db.error(tr("The entity could not be stored."));
        id = (*found)->id;
        if ((*found)->label.isEmpty() && !label.isEmpty()) {
            auto update = db.prepare(QStringLiteral("UPDATE entities SET label = ?2 WHERE id = ?1"));
            if (!update || !update->bind(1, id).bind(2, label).exec())
                return db.error(tr("The entity could not be stored."));
        }
    }
    auto mention = db.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_sources(entity_id, source_id, locator, raw_value) VALUES (?1, ?2, ?3, ?4)"));
    if (!mention || !mention->bind(1, id).bind(2, *source).bind(3, locator).bind(4, entity.key).exec())
        return db.error(tr("The entity could not be stored."));
    QStringList aliases = entity.aliases;
    if (!label.isEmpty() && !aliases.contains(label))
        aliases.prepend(label);
    for (const QString &alias : std::as_const(aliases)) {
        if (alias.trimmed().isEmpty())
            continue;
        auto stmt = db.prepare(QStringLiteral("INSERT OR IGNORE INTO aliases(entity_id, name, kind, source_id, locator) VALUES (?1, ?2, 'name', ?3, ?4)"));
        if (!stmt || !stmt->bind(1, id).bind(2, alias.trimmed()).bind(3, *source).bind(4, locator).exec())
            return db.error(tr("An alias could not be stored."));
    }
    QJsonObject attributes;
    for (const auto &[name, value] : entity.attributes) {
        if (name.trimmed().isEmpty() || value.trimmed().isEmpty())
            continue;
        auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO entity_attributes(entity_id, name, value, source_id, locator) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!stmt || !stmt->bind(1, id).bind(2, name.trimmed()).bind(3, value.trimmed()).bind(4, *source).bind(5, locator).exec())
            return db.error(tr("An attribute could not be stored."));
        attributes.insert(name.trimmed(), value.trimmed());
    }
    if (Status s = reindex({id}); !s)
        return s.error();
    if (Status s = commitWithAudit(transaction, QStringLiteral("add_entity"), QJsonObject{{QStringLiteral("entity"), id},
                                                                                          {QStringLiteral("type"), entityTypeName(entity.type)},
                                                                                          {QStringLiteral("key"), key},
                                                                                          {QStringLiteral("label"), label},
                                                                                          {QStringLiteral("attributes"), attributes},
                                                                                          {QStringLiteral("source"), *source},
                                                                                          {QStringLiteral("warnings"), QJsonArray::fromStringList(notes)}}); !s)
        return s.error();
    if (warnings)
        *warnings += notes;
    return id;
}

Status CaseEditor::setLabel(EntityId id, const QString &label)
{
    if (!m_writer)
        return readOnly();
    if (Status s = withinNameLength(label.trimmed()); !s)
        return s;
    auto entity = existing(id);
    if (!entity)
        return entity.error();
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto update = db.prepare(QStringLiteral("UPDATE entities SET label = ?2 WHERE id = ?1"));
    if (!update || !update->bind(1, id).bind(2, label.trimmed()).exec())
        return db.error(tr("The name could not be changed."));
    if (Status s = reindex({id}); !s)
        return s;
    return commitWithAudit(transaction, QStringLiteral("edit_entity"), QJsonObject{{QStringLiteral("entity"), id},
                                                                                   {QStringLiteral("field"), QStringLiteral("label")},
                                                                                   {QStringLiteral("old"), entity->label},
                                                                                   {QStringLiteral("new"), label.trimmed()}});
}

Result<QList<std::pair<QString, QString>>> CaseEditor::manualAttributes(EntityId id) const
{
    return rowsOf<std::pair<QString, QString>>(
        m_reader.database(),
        QStringLiteral("SELECT ea.name, ea.value FROM entity_attributes ea JOIN sources s ON s.id = ea.source_id "
                       "WHERE ea.entity_id = ?1 AND s.format = 'manual' ORDER BY ea.name, ea.source_id"),
        [id](sql::Statement &st) { st.bind(1, id); }, [](const sql::Statement &r) { return std::pair{r.text(0), r.text(1)}; });
}

Status CaseEditor::setAttribute(EntityId id, const QString &name, const QString &value, const QString &note, QStringList *warnings)
{
    if (!m_writer)
        return readOnly();
    if (auto entity = existing(id); !entity)
        return entity.error();
    const QString field = name.trimmed();
    if (field.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The attribute needs a name."), {}};
    auto before = manualAttributes(id);
    if (!before)
        return before.error();
    QString old;
    for (const auto &[n, v] : std::as_const(*before))
        if (n == field)
            old = v;
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    // The analyst's earlier statement of this attribute gives way to the new one (the audit
    // keeps the old value); what evidence sources state is never touched.
    auto remove = db.prepare(QStringLiteral("DELETE FROM entity_attributes WHERE entity_id = ?1 AND name = ?2 "
                                            "AND source_id IN (SELECT id FROM sources WHERE format = 'manual')"));
    if (!remove || !remove->bind(1, id).bind(2, field).exec())
        return db.error(tr("The attribute could not be changed."));
    QJsonObject detail{{QStringLiteral("entity"), id}, {QStringLiteral("field"), field}, {QStringLiteral("old"), old},
                       {QStringLiteral("new"), value.trimmed()}};
    if (!value.trimmed().isEmpty()) {
        auto source = manualSource(note);
        if (!source)
            return source.error();
        auto insert = db.prepare(QStringLiteral("INSERT INTO entity_attributes(entity_id, name, value, source_id, locator) VALUES (?1, ?2, ?3, ?4, ?5)"));
        const QString locator = QStringLiteral("entered by %1 at %2").arg(m_reader.currentExaminer(), isoNow());
        if (!insert || !insert->bind(1, id).bind(2, field).bind(3, value.trimmed()).bind(4, *source).bind(5, locator).exec())
            return db.error(tr("The attribute could not be changed."));
        detail.insert(QStringLiteral("source"), *source);
        if (warnings && isFutureDate(value))
            *warnings << tr("The date %1 (%2) is in the future.").arg(value.trimmed(), field);
    }
    return commitWithAudit(transaction, QStringLiteral("edit_entity"), detail);
}

Result<qint64> CaseEditor::addLink(const ManualLink &link, QStringList *warnings)
{
    if (!m_writer)
        return readOnly();
    if (link.kind == LinkKind::Aggregate)
        return Error{ErrorCode::InvalidInput, tr("Links of events come from the events; state a kind of link."), {}};
    if (link.from == link.to)
        return Error{ErrorCode::InvalidInput, tr("A link needs two different entities."), {}};
    for (const EntityId id : {link.from, link.to}) {
        auto survivor = survivorOf(id);
        if (!survivor)
            return survivor.error();
        if (*survivor)
            return Error{ErrorCode::InvalidInput, tr("Entity %1 was merged into %2; link that one.").arg(id).arg(**survivor), {}};
        if (auto entity = existing(id); !entity)
            return entity.error();
    }
    if (link.validFrom.isValid() && link.validTo.isValid() && link.validFrom > link.validTo)
        return Error{ErrorCode::InvalidInput, tr("The link's dates are the wrong way round (%1 after %2).")
                                                  .arg(link.validFrom.toString(Qt::ISODate), link.validTo.toString(Qt::ISODate)), {}};
    QStringList notes;
    for (const QDate &date : {link.validFrom, link.validTo})
        if (date.isValid() && date > QDate::currentDate())
            notes << tr("The date %1 is in the future.").arg(date.toString(Qt::ISODate));
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    auto source = manualSource(link.note);
    if (!source)
        return source.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO links(kind, from_entity, to_entity, event_type, count) VALUES (?1, ?2, ?3, '', 1) "
                                            "ON CONFLICT(kind, from_entity, to_entity, event_type) DO UPDATE SET count = count + 1 RETURNING id"));
    if (!insert)
        return insert.error();
    insert->bind(1, linkKindName(link.kind)).bind(2, link.from).bind(3, link.to);
    qint64 linkId = 0;
    if (insert->next())
        linkId = insert->int64(0);
    const bool failed = insert->failed();
    insert->reset();
    if (failed || linkId == 0)
        return db.error(tr("The link could not be stored."));
    const QString locator = QStringLiteral("entered by %1 at %2").arg(m_reader.currentExaminer(), isoNow());
    auto sourceRow = db.prepare(QStringLiteral("INSERT INTO link_sources(link_id, source_id, locator, count, confidence, valid_from, valid_to) "
                                               "VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6)"));
    if (!sourceRow
        || !sourceRow->bind(1, linkId)
                .bind(2, *source)
                .bind(3, locator)
                .bind(4, confidenceName(link.confidence))
                .bind(5, link.validFrom.toString(Qt::ISODate))
                .bind(6, link.validTo.toString(Qt::ISODate))
                .exec())
        return db.error(tr("The link could not be stored."));
    if (Status s = commitWithAudit(transaction, QStringLiteral("add_link"), QJsonObject{{QStringLiteral("link"), linkId},
                                                                                        {QStringLiteral("kind"), linkKindName(link.kind)},
                                                                                        {QStringLiteral("from"), link.from},
                                                                                        {QStringLiteral("to"), link.to},
                                                                                        {QStringLiteral("confidence"), confidenceName(link.confidence)},
                                                                                        {QStringLiteral("valid_from"), link.validFrom.toString(Qt::ISODate)},
                                                                                        {QStringLiteral("valid_to"), link.validTo.toString(Qt::ISODate)},
                                                                                        {QStringLiteral("note"), link.note},
                                                                                        {QStringLiteral("source"), *source}}); !s)
        return s.error();
    if (warnings)
        *warnings += notes;
    return linkId;
}

QList<EntityId> DenContents::all() const
{
    QList<EntityId> ids;
    for (const QList<Entity> *list : {&members, &phones, &devices, &accounts, &others})
        for (const Entity &e : *list)
            ids.append(e.id);
    return ids;
}

Result<QList<qint64>> CaseEditor::addToDen(EntityId den, const QList<EntityId> &ids, Confidence confidence, const QString &note)
{
    if (!m_writer)
        return readOnly();
    auto place = existing(den);
    if (!place)
        return place.error();
    if (place->type != EntityType::Location)
        return Error{ErrorCode::InvalidInput, tr("%1 is not a location: a den is a place.").arg(place->reference()), {}};
    QList<qint64> links;
    for (const EntityId id : ids) {
        if (id == den)
            continue;
        auto e = existing(id);
        if (!e)
            return e.error();
        const bool member = e->type == EntityType::Person || e->type == EntityType::Organization;
        auto link = addLink({member ? LinkKind::MemberOf : LinkKind::LocatedAt, id, den, confidence, {}, {}, note});
        if (!link) {
            // All or nothing: the links made so far are taken back.
            for (auto it = links.crbegin(); it != links.crend(); ++it)
                (void)withdrawLink(*it);
            return link.error();
        }
        links.append(*link);
    }
    return links;
}

Result<QList<Entity>> CaseEditor::entitiesOfType(EntityType type, int limit) const
{
    auto ids = rowsOf<EntityId>(m_reader.database(),
                                QStringLiteral("SELECT id FROM entities WHERE type = ?1 AND merged_into IS NULL AND deleted = 0 ORDER BY label, key LIMIT ?2"),
                                [&](sql::Statement &st) { st.bind(1, entityTypeName(type)).bind(2, qint64(limit)); },
                                [](const sql::Statement &r) { return r.int64(0); });
    if (!ids)
        return ids.error();
    QList<Entity> list;
    for (const EntityId id : std::as_const(*ids)) {
        auto e = existing(id);
        if (!e)
            return e.error();
        list.append(*e);
    }
    return list;
}

Result<DenContents> CaseEditor::denContents(EntityId den) const
{
    auto place = existing(den);
    if (!place)
        return place.error();
    DenContents contents;
    contents.den = *place;
    auto tied = rowsOf<EntityId>(m_reader.database(),
                                 QStringLiteral("SELECT DISTINCT CASE WHEN from_entity = ?1 THEN to_entity ELSE from_entity END FROM links "
                                                "WHERE kind IN ('member_of', 'located_at') AND (from_entity = ?1 OR to_entity = ?1) ORDER BY 1"),
                                 [den](sql::Statement &st) { st.bind(1, den); }, [](const sql::Statement &r) { return r.int64(0); });
    if (!tied)
        return tied.error();
    const QList<EntityId> ids = *tied;
    for (const EntityId id : std::as_const(ids)) {
        auto e = existing(id);
        if (!e)
            return e.error();
        auto deleted = isDeleted(id);
        if (deleted && *deleted)
            continue;
        switch (e->type) {
        case EntityType::Person:
        case EntityType::Organization: contents.members.append(*e); break;
        case EntityType::Phone:
        case EntityType::Sim:
        case EntityType::Messenger: contents.phones.append(*e); break;
        case EntityType::Device: contents.devices.append(*e); break;
        case EntityType::Account: contents.accounts.append(*e); break;
        default: contents.others.append(*e); break;
        }
    }
    return contents;
}

Status CaseEditor::withdrawLink(qint64 linkId)
{
    if (!m_writer)
        return readOnly();
    sql::Database &db = m_writer->database();
    auto latest = db.prepare(QStringLiteral("SELECT max(ls.source_id) FROM link_sources ls JOIN sources s ON s.id = ls.source_id "
                                            "WHERE ls.link_id = ?1 AND s.format = 'manual'"));
    if (!latest)
        return latest.error();
    latest->bind(1, linkId);
    if (!latest->next() || latest->isNull(0))
        return Error{ErrorCode::NotFound, tr("Link %1 has no statement by the analyst to take back.").arg(linkId), {}};
    const qint64 source = latest->int64(0);
    latest->reset();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    for (const QString &text : {QStringLiteral("DELETE FROM link_sources WHERE link_id = ?1 AND source_id = ?2"),
                                QStringLiteral("UPDATE links SET count = max(count - 1, 0) WHERE id = ?1"),
                                QStringLiteral("DELETE FROM links WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM link_sources WHERE link_id = ?1)")}) {
        auto stmt = db.prepare(text);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, linkId);
        if (text.contains(QLatin1String("?2")))
            stmt->bind(2, source);
        if (!stmt->exec())
            return db.error(tr("The link could not be taken back."));
    }
    return commitWithAudit(transaction, QStringLiteral("withdraw_link"), QJsonObject{{QStringLiteral("link"), linkId}, {QStringLiteral("source"), source}});
}

Result<DeleteImpact> CaseEditor::deleteImpact(EntityId id) const
{
    if (auto entity = existing(id); !entity)
        return entity.error();
    DeleteImpact impact;
    const std::pair<const char *, qint64 *> counts[] = {
        {"SELECT (SELECT count(*) FROM events WHERE from_entity = ?1) + (SELECT count(*) FROM events WHERE to_entity = ?1 AND from_entity <> ?1)",
         &impact.events},
        {"SELECT count(*) FROM entity_sources WHERE entity_id = ?1", &impact.sources},
        {"SELECT count(*) FROM links WHERE (from_entity = ?1 OR to_entity = ?1) AND from_entity <> to_entity", &impact.links},
    };
    for (const auto &[text, target] : counts) {
        auto stmt = m_reader.database().prepare(QString::fromLatin1(text));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        if (!stmt->next())
            return m_reader.database().error(tr("The case file could not be read."));
        *target = stmt->int64(0);
    }
    return impact;
}

Result<bool> CaseEditor::isDeleted(EntityId id) const
{
    auto stmt = m_reader.database().prepare(QStringLiteral("SELECT deleted FROM entities WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->next())
        return Error{ErrorCode::NotFound, tr("There is no entity %1 in the case.").arg(id), {}};
    return stmt->int64(0) != 0;
}

Status CaseEditor::deleteEntity(EntityId id)
{
    if (!m_writer)
        return readOnly();
    auto deleted = isDeleted(id);
    if (!deleted)
        return deleted.error();
    if (*deleted)
        return Error{ErrorCode::InvalidInput, tr("Entity %1 is deleted already.").arg(id), {}};
    auto survivor = survivorOf(id);
    if (!survivor)
        return survivor.error();
    if (*survivor)
        return Error{ErrorCode::InvalidInput, tr("Entity %1 was merged into %2; split the merge instead.").arg(id).arg(**survivor), {}};
    auto impact = deleteImpact(id);
    if (!impact)
        return impact.error();
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto mark = db.prepare(QStringLiteral("UPDATE entities SET deleted = 1 WHERE id = ?1"));
    if (!mark || !mark->bind(1, id).exec())
        return db.error(tr("The entity could not be deleted."));
    if (Status s = reindex({id}); !s)
        return s;
    return commitWithAudit(transaction, QStringLiteral("delete_entity"), QJsonObject{{QStringLiteral("entity"), id},
                                                                                     {QStringLiteral("events_kept"), impact->events},
                                                                                     {QStringLiteral("links_hidden"), impact->links}});
}

Status CaseEditor::restoreEntity(EntityId id)
{
    if (!m_writer)
        return readOnly();
    auto deleted = isDeleted(id);
    if (!deleted)
        return deleted.error();
    if (!*deleted)
        return Error{ErrorCode::InvalidInput, tr("Entity %1 is not deleted.").arg(id), {}};
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto mark = db.prepare(QStringLiteral("UPDATE entities SET deleted = 0 WHERE id = ?1"));
    if (!mark || !mark->bind(1, id).exec())
        return db.error(tr("The entity could not be restored."));
    if (Status s = reindex({id}); !s)
        return s;
    return commitWithAudit(transaction, QStringLiteral("restore_entity"), QJsonObject{{QStringLiteral("entity"), id}});
}

Result<std::optional<EntityId>> CaseEditor::survivorOf(EntityId id) const
{
    auto stmt = m_reader.database().prepare(QStringLiteral("SELECT merged_into FROM entities WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    std::optional<EntityId> survivor;
    QSet<EntityId> seen{id};
    EntityId at = id;
    for (;;) {
        stmt->bind(1, at);
        const bool found = stmt->next();
        const bool merged = found && !stmt->isNull(0);
        const EntityId next = merged ? stmt->int64(0) : 0;
        const bool failed = stmt->failed();
        stmt->reset();
        if (failed)
            return m_reader.database().error(tr("The case file could not be read."));
        if (!merged || seen.contains(next))
            return survivor;
        survivor = next;
        seen.insert(next);
        at = next;
    }
}

namespace {

// A declared link as stored, with its sources: what a merge replaces and a split puts back.
QJsonObject readDeclared(const sql::Statement &l)
{
    return QJsonObject{{QStringLiteral("id"), l.int64(0)},           {QStringLiteral("kind"), l.text(1)},
                       {QStringLiteral("from"), l.int64(2)},         {QStringLiteral("to"), l.int64(3)},
                       {QStringLiteral("event_type"), l.text(4)},    {QStringLiteral("count"), l.int64(5)},
                       {QStringLiteral("total_duration"), l.int64(6)}, {QStringLiteral("total_amount"), l.real(7)},
                       {QStringLiteral("first"), l.isNull(8) ? QJsonValue() : QJsonValue(l.int64(8))},
                       {QStringLiteral("last"), l.isNull(9) ? QJsonValue() : QJsonValue(l.int64(9))}};
}

// The declared links with an end among `ends` (a JSON array of ids), in the order of their ids,
// each with its sources ({source, locator, count, confidence, valid_from, valid_to}).
Result<QJsonArray> declaredWithSources(const sql::Database &db, const QString &ends)
{
    auto declared = db.prepare(QStringLiteral(
        "SELECT id, kind, from_entity, to_entity, event_type, count, total_duration, total_amount, first_utc_ms, last_utc_ms FROM links "
        "WHERE kind <> 'aggregate' AND (from_entity IN (SELECT value FROM json_each(?1)) OR to_entity IN (SELECT value FROM json_each(?1))) ORDER BY id"));
    auto linkSources = db.prepare(QStringLiteral("SELECT source_id, locator, count, confidence, valid_from, valid_to FROM link_sources WHERE link_id = ?1 ORDER BY source_id"));
    if (!declared)
        return declared.error();
    if (!linkSources)
        return linkSources.error();
    declared->bind(1, ends);
    QJsonArray rows;
    while (declared->next())
        rows.append(readDeclared(*declared));
    if (declared->failed())
        return db.error(CaseEditor::tr("The case file could not be read."));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows[i].toObject();
        linkSources->bind(1, row.value(QStringLiteral("id")).toInteger());
        QJsonArray sources;
        while (linkSources->next())
            sources.append(QJsonObject{{QStringLiteral("source"), linkSources->int64(0)}, {QStringLiteral("locator"), linkSources->text(1)},
                                       {QStringLiteral("count"), linkSources->int64(2)}, {QStringLiteral("confidence"), linkSources->text(3)},
                                       {QStringLiteral("valid_from"), linkSources->text(4)}, {QStringLiteral("valid_to"), linkSources->text(5)}});
        const bool failed = linkSources->failed();
        linkSources->reset();
        if (failed)
            return db.error(CaseEditor::tr("The case file could not be read."));
        row.insert(QStringLiteral("sources"), sources);
        rows[i] = row;
    }
    return rows;
}

// A link's row of one source as declaredWithSources() reads it, written for link `linkId` (?1 to
// ?7); LinkSourceAdd adds its count to the row of that link and source where there is one.
const char *const LinkSourceInsert = "INSERT INTO link_sources(link_id, source_id, locator, count, confidence, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
const char *const LinkSourceAdd = "INSERT INTO link_sources(link_id, source_id, locator, count, confidence, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                  "ON CONFLICT(link_id, source_id) DO UPDATE SET count = count + excluded.count";
void bindLinkSource(sql::Statement &st, qint64 linkId, const QJsonObject &source)
{
    st.bind(1, linkId)
        .bind(2, source.value(QStringLiteral("source")).toInteger())
        .bind(3, source.value(QStringLiteral("locator")).toString())
        .bind(4, source.value(QStringLiteral("count")).toInteger())
        .bind(5, source.value(QStringLiteral("confidence")).toString())
        .bind(6, source.value(QStringLiteral("valid_from")).toString())
        .bind(7, source.value(QStringLiteral("valid_to")).toString());
}

// Adds `count` statements to the declared link of `kind` from `from` to `to` (made if there is
// none) and returns its id; `failed` is the error's sentence when SQLite refuses.
Result<qint64> addToDeclaredLink(const sql::Database &db, const QString &kind, qint64 from, qint64 to, const QString &eventType, qint64 count,
                                 const QString &failed)
{
    auto upsert = db.prepare(QStringLiteral("INSERT INTO links(kind, from_entity, to_entity, event_type, count) VALUES (?1, ?2, ?3, ?4, ?5) "
                                            "ON CONFLICT(kind, from_entity, to_entity, event_type) DO UPDATE SET count = count + excluded.count RETURNING id"));
    if (!upsert)
        return upsert.error();
    upsert->bind(1, kind).bind(2, from).bind(3, to).bind(4, eventType).bind(5, count);
    const qint64 id = upsert->next() ? upsert->int64(0) : 0;
    const bool stepFailed = upsert->failed();
    upsert->reset();
    if (stepFailed || id == 0)
        return db.error(failed);
    return id;
}

} // namespace

Result<QJsonObject> CaseEditor::moveRows(EntityId a, EntityId survivor)
{
    sql::Database &db = m_writer->database();
    auto ids = [&](const QString &text) -> Result<QList<qint64>> {
        auto stmt = db.prepare(text);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, a).bind(2, survivor);
        QList<qint64> list;
        while (stmt->next())
            list.append(stmt->int64(0));
        if (stmt->failed())
            return db.error(tr("The case file could not be read."));
        return list;
    };
    auto run = [&](const QString &text, const QList<qint64> &list) -> Status {
        auto stmt = db.prepare(text);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, a).bind(2, survivor).bind(3, sql::idList(list));
        if (!stmt->exec())
            return db.error(tr("The merge could not be written."));
        return Ok{};
    };
    // What moves from the absorbed entity to the survivor: rows the survivor does not already
    // have (an alias, a source, an attribute or a tag it has too stays where it was).
    struct Move
    {
        const char *name;
        const char *select;
        const char *update;
    };
    const Move moves[] = {
        {"events_from", "SELECT id FROM events WHERE from_entity = ?1", "UPDATE events SET from_entity = ?2 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"events_to", "SELECT id FROM events WHERE to_entity = ?1", "UPDATE events SET to_entity = ?2 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"aliases",
         "SELECT a.id FROM aliases a WHERE a.entity_id = ?1 AND NOT EXISTS (SELECT 1 FROM aliases b WHERE b.entity_id = ?2 "
         "AND b.name = a.name AND b.source_id IS a.source_id)",
         "UPDATE aliases SET entity_id = ?2 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"sources",
         "SELECT source_id FROM entity_sources WHERE entity_id = ?1 AND source_id NOT IN (SELECT source_id FROM entity_sources WHERE entity_id = ?2)",
         "UPDATE entity_sources SET entity_id = ?2 WHERE entity_id = ?1 AND source_id IN (SELECT value FROM json_each(?3))"},
        {"attributes", nullptr, nullptr}, // by name and source, below
        {"tags", "SELECT tag_id FROM entity_tags WHERE entity_id = ?1 AND tag_id NOT IN (SELECT tag_id FROM entity_tags WHERE entity_id = ?2)",
         "UPDATE entity_tags SET entity_id = ?2 WHERE entity_id = ?1 AND tag_id IN (SELECT value FROM json_each(?3))"},
        {"notes", "SELECT id FROM notes WHERE entity_id = ?1", "UPDATE notes SET entity_id = ?2 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"attachments", "SELECT id FROM attachments WHERE entity_id = ?1",
         "UPDATE attachments SET entity_id = ?2 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"rehomed", "SELECT id FROM entities WHERE merged_into = ?1", "UPDATE entities SET merged_into = ?2 WHERE id IN (SELECT value FROM json_each(?3))"},
    };
    QJsonObject moved;
    for (const Move &m : moves) {
        if (QLatin1String(m.name) == QLatin1String("attributes")) {
            // entity_attributes is WITHOUT ROWID: moved by name and source.
            auto stmt = db.prepare(QStringLiteral(
                "SELECT a.name, a.source_id FROM entity_attributes a WHERE a.entity_id = ?1 AND NOT EXISTS (SELECT 1 FROM entity_attributes b "
                "WHERE b.entity_id = ?2 AND b.name = a.name AND b.source_id = a.source_id)"));
            if (!stmt)
                return stmt.error();
            stmt->bind(1, a).bind(2, survivor);
            QJsonArray list;
            while (stmt->next())
                list.append(QJsonArray{stmt->text(0), stmt->int64(1)});
            if (stmt->failed())
                return db.error(tr("The case file could not be read."));
            auto update = db.prepare(QStringLiteral("UPDATE entity_attributes SET entity_id = ?2 WHERE entity_id = ?1 AND name = ?3 AND source_id = ?4"));
            if (!update)
                return update.error();
            for (const QJsonValue &v : std::as_const(list)) {
                if (!update->bind(1, a).bind(2, survivor).bind(3, v.toArray().at(0).toString()).bind(4, v.toArray().at(1).toInteger()).exec())
                    return db.error(tr("The merge could not be written."));
            }
            moved.insert(QStringLiteral("attributes"), list);
            continue;
        }
        auto list = ids(QString::fromLatin1(m.select));
        if (!list)
            return list.error();
        if (Status s = run(QString::fromLatin1(m.update), *list); !s)
            return s.error();
        moved.insert(QString::fromLatin1(m.name), idArray(*list));
    }
    return moved;
}

Result<QJsonArray> CaseEditor::moveDeclaredLater(EntityId a, EntityId survivor)
{
    // Declared links of `a` stated since its merge: each goes onto the survivor's ends (adding
    // to a link the survivor has, and to that link's row of the same source), or goes when it
    // joins `a` to the survivor. The record keeps each as it was and where it went, so that a
    // split takes it off the survivor's link and puts it back.
    sql::Database &db = m_writer->database();
    auto read = declaredWithSources(db, sql::idList({a}));
    if (!read)
        return read.error();
    QJsonArray rows = *read;
    auto remove = db.prepare(QStringLiteral("DELETE FROM link_sources WHERE link_id = ?1"));
    auto removeLink = db.prepare(QStringLiteral("DELETE FROM links WHERE id = ?1"));
    auto addSource = db.prepare(QString::fromLatin1(LinkSourceAdd));
    for (auto *stmt : {&remove, &removeLink, &addSource}) {
        if (!*stmt)
            return stmt->error();
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows[i].toObject();
        const qint64 id = row.value(QStringLiteral("id")).toInteger();
        const QJsonArray sources = row.value(QStringLiteral("sources")).toArray();
        // Explicitly, not by the foreign key's cascade: an import writes with SQLite's checks off.
        if (!remove->bind(1, id).exec() || !removeLink->bind(1, id).exec())
            return db.error(tr("The merge could not be written."));
        const qint64 from = row.value(QStringLiteral("from")).toInteger() == a ? survivor : row.value(QStringLiteral("from")).toInteger();
        const qint64 to = row.value(QStringLiteral("to")).toInteger() == a ? survivor : row.value(QStringLiteral("to")).toInteger();
        if (from != to) {
            auto onto = addToDeclaredLink(db, row.value(QStringLiteral("kind")).toString(), from, to, row.value(QStringLiteral("event_type")).toString(),
                                          row.value(QStringLiteral("count")).toInteger(), tr("The merge could not be written."));
            if (!onto)
                return onto.error();
            for (const QJsonValue &v : sources) {
                bindLinkSource(*addSource, *onto, v.toObject());
                if (!addSource->exec())
                    return db.error(tr("The merge could not be written."));
            }
            row.insert(QStringLiteral("onto"), QJsonArray{from, to});
        }
        rows[i] = row;
    }
    return rows;
}

Result<QJsonArray> CaseEditor::applyMerges(const QList<EntityId> &absorbed)
{
    if (!m_writer)
        return readOnly();
    sql::Database &db = m_writer->database();
    if (absorbed.isEmpty())
        return QJsonArray{};
    // The other ends of their events (only those just written: a merge left none): where links
    // change.
    auto around = eventNeighbours(absorbed);
    if (!around)
        return around.error();
    auto mergeOf = db.prepare(QStringLiteral("SELECT id, survivor FROM merges WHERE split_at IS NULL "
                                             "AND EXISTS (SELECT 1 FROM json_each(merges.absorbed) WHERE value = ?1) ORDER BY id DESC LIMIT 1"));
    auto read = db.prepare(QStringLiteral("SELECT record FROM merges WHERE id = ?1"));
    auto update = db.prepare(QStringLiteral("UPDATE merges SET record = ?2 WHERE id = ?1"));
    for (auto *stmt : {&mergeOf, &read, &update}) {
        if (!*stmt)
            return stmt->error();
    }
    // Each entity's chain of merges in force: A into B, B later into C.
    struct Step
    {
        qint64 merge;
        EntityId at, survivor;
    };
    QList<QList<Step>> chains;
    for (const EntityId first : absorbed) {
        QList<Step> chain;
        QSet<EntityId> seen;
        for (EntityId at = first; !seen.contains(at);) {
            seen.insert(at);
            mergeOf->bind(1, at);
            const bool found = mergeOf->next();
            const Step step{found ? mergeOf->int64(0) : 0, at, found ? mergeOf->int64(1) : 0};
            const bool failed = mergeOf->failed();
            mergeOf->reset();
            if (failed)
                return db.error(tr("The case file could not be read."));
            if (!found)
                break;
            chain.append(step);
            at = step.survivor;
        }
        chains.append(chain);
    }
    // The longest chains first: an entity's rows have gone all the way along its chain before
    // those of an entity it passes through move, so that each merge records each row once, on
    // the step that merge made, as if the rows had been there when it was made.
    std::stable_sort(chains.begin(), chains.end(), [](const QList<Step> &x, const QList<Step> &y) { return x.size() > y.size(); });
    QJsonArray applied;
    QList<EntityId> group;
    for (const QList<Step> &chain : std::as_const(chains)) {
        for (const Step &step : chain) {
            auto moved = moveRows(step.at, step.survivor);
            if (!moved)
                return moved.error();
            auto links = moveDeclaredLater(step.at, step.survivor);
            if (!links)
                return links.error();
            for (const EntityId id : {step.at, step.survivor}) {
                if (!group.contains(id))
                    group.append(id);
            }
            qint64 rowsMoved = links->size();
            for (auto it = moved->constBegin(); it != moved->constEnd(); ++it)
                rowsMoved += it.value().toArray().size();
            if (rowsMoved == 0)
                continue;
            read->bind(1, step.merge);
            const bool found = read->next();
            QJsonObject record = found ? QJsonDocument::fromJson(read->text(0).toUtf8()).object() : QJsonObject{};
            const bool failed = read->failed();
            read->reset();
            if (failed || !found)
                return db.error(tr("The case file could not be read."));
            // Added to what the merge moved at the time, list by list.
            QJsonObject perEntity = record.value(QStringLiteral("moved")).toObject();
            QJsonObject rows = perEntity.value(QString::number(step.at)).toObject();
            for (auto it = moved->constBegin(); it != moved->constEnd(); ++it) {
                QJsonArray list = rows.value(it.key()).toArray();
                for (const QJsonValue &v : it.value().toArray())
                    list.append(v);
                rows.insert(it.key(), list);
            }
            perEntity.insert(QString::number(step.at), rows);
            record.insert(QStringLiteral("moved"), perEntity);
            if (!links->isEmpty()) {
                QJsonArray later = record.value(QStringLiteral("declared_later")).toArray();
                for (const QJsonValue &v : std::as_const(*links))
                    later.append(v);
                record.insert(QStringLiteral("declared_later"), later);
            }
            if (!update->bind(1, step.merge).bind(2, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))).exec())
                return db.error(tr("The merge could not be written."));
            applied.append(QJsonObject{{QStringLiteral("merge"), step.merge},
                                       {QStringLiteral("entity"), step.at},
                                       {QStringLiteral("survivor"), step.survivor},
                                       {QStringLiteral("events"), moved->value(QStringLiteral("events_from")).toArray().size()
                                                                      + moved->value(QStringLiteral("events_to")).toArray().size()}});
        }
    }
    if (Status s = rebuildAggregates(group, *around); !s)
        return s.error();
    if (Status s = reindex(group); !s)
        return s.error();
    return applied;
}

template <typename Edit>
auto CaseEditor::cancellable(const QString &stopped, Edit edit) -> decltype(edit())
{
    auto done = [&] {
        // A statement the progress handler stopped fails with SQLITE_INTERRUPT: cancelled, not
        // broken.
        const sql::StopOnCancel stop(m_writer->database(), m_progress);
        return edit();
    }();
    if (!done && stopAsked())
        return Error{ErrorCode::Cancelled, stopped, {}};
    return done;
}

Result<MergeRecord> CaseEditor::merge(EntityId survivor, const QList<EntityId> &others, const QString &reason)
{
    if (!m_writer)
        return readOnly();
    return cancellable(tr("The merge was stopped; the case is as it was."), [&] { return mergeNow(survivor, others, reason); });
}

Status CaseEditor::split(qint64 mergeId)
{
    if (!m_writer)
        return readOnly();
    return cancellable(tr("The split was stopped; the case is as it was."), [&] { return splitNow(mergeId); });
}

Result<MergeRecord> CaseEditor::mergeNow(EntityId survivor, const QList<EntityId> &others, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A merge needs a reason."), {}};
    if (others.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Name the entities to merge into %1.").arg(survivor), {}};
    if (others.contains(survivor))
        return Error{ErrorCode::InvalidInput, tr("Entity %1 cannot be merged into itself.").arg(survivor), {}};
    auto kept = existing(survivor);
    if (!kept)
        return kept.error();
    QList<EntityId> absorbed;
    for (const EntityId id : others) {
        if (absorbed.contains(id))
            continue;
        auto entity = existing(id);
        if (!entity)
            return entity.error();
        if (entity->type != kept->type)
            return Error{ErrorCode::InvalidInput,
                         tr("%1 is a %2 and %3 a %4: only entities of one type can be merged.")
                             .arg(entity->reference(), entityTypeDisplayName(entity->type), kept->reference(), entityTypeDisplayName(kept->type)),
                         {}};
        absorbed.append(id);
    }
    QList<EntityId> all = absorbed;
    all.append(survivor);
    for (const EntityId id : std::as_const(all)) {
        auto deleted = isDeleted(id);
        if (!deleted)
            return deleted.error();
        if (*deleted)
            return Error{ErrorCode::InvalidInput, tr("Entity %1 is deleted; restore it before merging.").arg(id), {}};
        auto merged = survivorOf(id);
        if (!merged)
            return merged.error();
        if (*merged)
            return Error{ErrorCode::InvalidInput, tr("Entity %1 is already merged into %2.").arg(id).arg(**merged), {}};
    }

    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    // The other ends of the absorbed's events, before they move: where links change.
    auto around = eventNeighbours(absorbed);
    if (!around)
        return around.error();
    QJsonObject record;
    QJsonObject perEntity;
    for (const EntityId a : std::as_const(absorbed)) {
        auto moved = moveRows(a, survivor);
        if (!moved)
            return moved.error();
        perEntity.insert(QString::number(a), *moved);
    }
    record.insert(QStringLiteral("moved"), perEntity);

    // Declared links of the survivor and the absorbed: replaced by the same links on the
    // survivor (those between them dropped), the originals kept in the record.
    QList<qint64> group = absorbed;
    group.append(survivor);
    auto declared = declaredWithSources(db, sql::idList(group));
    if (!declared)
        return declared.error();
    const QJsonArray before = *declared;
    record.insert(QStringLiteral("declared_before"), before);
    QList<qint64> beforeIds;
    for (const QJsonValue &v : std::as_const(before))
        beforeIds.append(v.toObject().value(QStringLiteral("id")).toInteger());
    {
        auto remove = db.prepare(QStringLiteral("DELETE FROM links WHERE id IN (SELECT value FROM json_each(?1))"));
        if (!remove || !remove->bind(1, sql::idList(beforeIds)).exec())
            return db.error(tr("The merge could not be written."));
    }
    const QSet<qint64> absorbedSet(absorbed.cbegin(), absorbed.cend());
    auto onSurvivor = [&](qint64 id) { return absorbedSet.contains(id) ? qint64(survivor) : id; };
    struct Combined
    {
        QJsonObject row;
        QMap<qint64, QJsonObject> sources;
    };
    QMap<std::tuple<QString, qint64, qint64, QString>, Combined> combined;
    for (const QJsonValue &v : std::as_const(before)) {
        const QJsonObject row = v.toObject();
        const qint64 from = onSurvivor(row.value(QStringLiteral("from")).toInteger());
        const qint64 to = onSurvivor(row.value(QStringLiteral("to")).toInteger());
        if (from == to)
            continue; // a link between the merged entities themselves
        const auto key = std::make_tuple(row.value(QStringLiteral("kind")).toString(), from, to, row.value(QStringLiteral("event_type")).toString());
        Combined &c = combined[key];
        if (c.row.isEmpty()) {
            c.row = row;
            c.row.insert(QStringLiteral("from"), from);
            c.row.insert(QStringLiteral("to"), to);
        } else {
            c.row.insert(QStringLiteral("count"), c.row.value(QStringLiteral("count")).toInteger() + row.value(QStringLiteral("count")).toInteger());
        }
        for (const QJsonValue &sv : row.value(QStringLiteral("sources")).toArray()) {
            QJsonObject source = sv.toObject();
            const qint64 id = source.value(QStringLiteral("source")).toInteger();
            if (c.sources.contains(id))
                source.insert(QStringLiteral("count"), c.sources[id].value(QStringLiteral("count")).toInteger() + source.value(QStringLiteral("count")).toInteger());
            c.sources.insert(id, source);
        }
    }
    auto insertLink = db.prepare(QStringLiteral("INSERT INTO links(kind, from_entity, to_entity, event_type, count, total_duration, total_amount, "
                                                "first_utc_ms, last_utc_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    auto insertSource = db.prepare(QString::fromLatin1(LinkSourceInsert));
    if (!insertLink || !insertSource)
        return db.error(tr("The merge could not be written."));
    QJsonArray after;
    for (auto it = combined.cbegin(); it != combined.cend(); ++it) {
        const QJsonObject &row = it->row;
        insertLink->bind(1, row.value(QStringLiteral("kind")).toString())
            .bind(2, row.value(QStringLiteral("from")).toInteger())
            .bind(3, row.value(QStringLiteral("to")).toInteger())
            .bind(4, row.value(QStringLiteral("event_type")).toString())
            .bind(5, row.value(QStringLiteral("count")).toInteger())
            .bind(6, row.value(QStringLiteral("total_duration")).toInteger())
            .bind(7, row.value(QStringLiteral("total_amount")).toDouble());
        for (const auto &[column, name] : {std::pair{8, "first"}, std::pair{9, "last"}}) {
            const QJsonValue value = row.value(QLatin1String(name));
            if (value.isNull() || value.isUndefined())
                insertLink->bindNull(column);
            else
                insertLink->bind(column, value.toInteger());
        }
        if (!insertLink->exec())
            return db.error(tr("The merge could not be written."));
        const qint64 linkId = db.lastInsertId();
        after.append(linkId);
        for (const QJsonObject &source : it->sources) {
            bindLinkSource(*insertSource, linkId, source);
            if (!insertSource->exec())
                return db.error(tr("The merge could not be written."));
        }
    }
    record.insert(QStringLiteral("declared_after"), after);

    {
        auto mark = db.prepare(QStringLiteral("UPDATE entities SET merged_into = ?1 WHERE id IN (SELECT value FROM json_each(?2))"));
        if (!mark || !mark->bind(1, survivor).bind(2, sql::idList(absorbed)).exec())
            return db.error(tr("The merge could not be written."));
    }
    if (Status s = rebuildAggregates(group, *around); !s)
        return s.error();
    if (Status s = reindex(group); !s)
        return s.error();

    MergeRecord result;
    result.survivor = survivor;
    result.absorbed = absorbed;
    result.reason = reason.trimmed();
    result.examiner = m_reader.currentExaminer();
    result.mergedAt = QDateTime::currentDateTimeUtc();
    auto insert = db.prepare(QStringLiteral("INSERT INTO merges(survivor, absorbed, reason, examiner, merged_at, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert
        || !insert->bind(1, survivor)
                .bind(2, sql::idList(absorbed))
                .bind(3, result.reason)
                .bind(4, result.examiner)
                .bind(5, result.mergedAt.toString(Qt::ISODateWithMs))
                .bind(6, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)))
                .exec())
        return db.error(tr("The merge could not be written."));
    result.id = db.lastInsertId();
    if (Status s = commitWithAudit(transaction, QStringLiteral("merge"), QJsonObject{{QStringLiteral("merge"), result.id},
                                                                                     {QStringLiteral("survivor"), survivor},
                                                                                     {QStringLiteral("absorbed"), idArray(absorbed)},
                                                                                     {QStringLiteral("reason"), result.reason}},
                                   LogCopy::InBackground);
        !s)
        return s.error();
    return result;
}

Result<QList<MergeRecord>> CaseEditor::mergesInto(EntityId survivor) const
{
    return rowsOf<MergeRecord>(
        m_reader.database(),
        QStringLiteral("SELECT id, survivor, absorbed, reason, examiner, merged_at FROM merges WHERE survivor = ?1 AND split_at IS NULL ORDER BY id DESC"),
        [survivor](sql::Statement &st) { st.bind(1, survivor); },
        [](const sql::Statement &r) {
            MergeRecord m;
            m.id = r.int64(0);
            m.survivor = r.int64(1);
            m.absorbed = idsOf(QJsonDocument::fromJson(r.text(2).toUtf8()).array());
            m.reason = r.text(3);
            m.examiner = r.text(4);
            m.mergedAt = QDateTime::fromString(r.text(5), Qt::ISODateWithMs);
            return m;
        });
}

Status CaseEditor::splitNow(qint64 mergeId)
{
    sql::Database &db = m_writer->database();
    auto read = db.prepare(QStringLiteral("SELECT survivor, absorbed, record, split_at FROM merges WHERE id = ?1"));
    if (!read)
        return read.error();
    read->bind(1, mergeId);
    if (!read->next())
        return Error{ErrorCode::NotFound, tr("There is no merge %1 in the case.").arg(mergeId), {}};
    const EntityId survivor = read->int64(0);
    const QList<qint64> absorbed = idsOf(QJsonDocument::fromJson(read->text(1).toUtf8()).array());
    const QJsonObject record = QJsonDocument::fromJson(read->text(2).toUtf8()).object();
    if (!read->isNull(3))
        return Error{ErrorCode::InvalidInput, tr("Merge %1 was already split.").arg(mergeId), {}};
    read->reset();
    auto later = mergesInto(survivor);
    if (!later)
        return later.error();
    if (!later->isEmpty() && later->first().id != mergeId)
        return Error{ErrorCode::InvalidInput, tr("Entity %1 had a later merge (%2); split that first.").arg(survivor).arg(later->first().id), {}};

    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto exec = [&](const QString &text, const std::function<void(sql::Statement &)> &bind) -> Status {
        auto stmt = db.prepare(text);
        if (!stmt)
            return stmt.error();
        bind(*stmt);
        if (!stmt->exec())
            return db.error(tr("The split could not be written."));
        return Ok{};
    };
    const QJsonObject moved = record.value(QStringLiteral("moved")).toObject();
    const std::pair<const char *, const char *> back[] = {
        {"events_from", "UPDATE events SET from_entity = ?1 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"events_to", "UPDATE events SET to_entity = ?1 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"aliases", "UPDATE aliases SET entity_id = ?1 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"sources", "UPDATE entity_sources SET entity_id = ?1 WHERE entity_id = ?2 AND source_id IN (SELECT value FROM json_each(?3))"},
        {"tags", "UPDATE entity_tags SET entity_id = ?1 WHERE entity_id = ?2 AND tag_id IN (SELECT value FROM json_each(?3))"},
        {"notes", "UPDATE notes SET entity_id = ?1 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"attachments", "UPDATE attachments SET entity_id = ?1 WHERE id IN (SELECT value FROM json_each(?3))"},
        {"rehomed", "UPDATE entities SET merged_into = ?1 WHERE id IN (SELECT value FROM json_each(?3))"},
    };
    for (const qint64 a : absorbed) {
        const QJsonObject rows = moved.value(QString::number(a)).toObject();
        for (const auto &[name, text] : back) {
            const QString list = sql::idList(idsOf(rows.value(QLatin1String(name))));
            if (Status s = exec(QString::fromLatin1(text), [&](sql::Statement &st) { st.bind(1, a).bind(2, survivor).bind(3, list); }); !s)
                return s;
        }
        for (const QJsonValue &v : rows.value(QStringLiteral("attributes")).toArray()) {
            const QJsonArray pair = v.toArray();
            if (Status s = exec(QStringLiteral("UPDATE entity_attributes SET entity_id = ?1 WHERE entity_id = ?2 AND name = ?3 AND source_id = ?4"),
                                [&](sql::Statement &st) { st.bind(1, a).bind(2, survivor).bind(3, pair.at(0).toString()).bind(4, pair.at(1).toInteger()); });
                !s)
                return s;
        }
    }
    // Declared links: the merged rows go, the originals come back. Sources added
    // to a merged row after the merge (a link stated on the survivor later) stay on the survivor.
    const QList<qint64> after = idsOf(record.value(QStringLiteral("declared_after")));
    const QJsonArray before = record.value(QStringLiteral("declared_before")).toArray();
    QSet<qint64> recordedSources;
    for (const QJsonValue &v : before)
        for (const QJsonValue &sv : v.toObject().value(QStringLiteral("sources")).toArray())
            recordedSources.insert(sv.toObject().value(QStringLiteral("source")).toInteger());
    struct LaterSource
    {
        QString kind;
        qint64 from, to;
        qint64 source;
        QString locator, confidence, validFrom, validTo;
        qint64 count;
    };
    QList<LaterSource> laterSources;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT l.kind, l.from_entity, l.to_entity, ls.source_id, ls.locator, ls.confidence, ls.valid_from, "
                                              "ls.valid_to, ls.count FROM link_sources ls JOIN links l ON l.id = ls.link_id "
                                              "WHERE l.id IN (SELECT value FROM json_each(?1))"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, sql::idList(after));
        while (stmt->next())
            if (!recordedSources.contains(stmt->int64(3)))
                laterSources.append({stmt->text(0), stmt->int64(1), stmt->int64(2), stmt->int64(3), stmt->text(4), stmt->text(5), stmt->text(6),
                                     stmt->text(7), stmt->int64(8)});
        if (stmt->failed())
            return db.error(tr("The case file could not be read."));
    }
    if (Status s = exec(QStringLiteral("DELETE FROM links WHERE id IN (SELECT value FROM json_each(?1))"),
                        [&](sql::Statement &st) { st.bind(1, sql::idList(after)); });
        !s)
        return s;
    for (const QJsonValue &v : before) {
        const QJsonObject row = v.toObject();
        // Back with its id unless a newer row took it (SQLite reuses the highest ids); link ids
        // are not referred to outside the links' own tables.
        if (Status s = exec(QStringLiteral("INSERT INTO links(id, kind, from_entity, to_entity, event_type, count, total_duration, total_amount, "
                                           "first_utc_ms, last_utc_ms) VALUES (CASE WHEN EXISTS (SELECT 1 FROM links WHERE id = ?1) THEN NULL ELSE ?1 END, "
                                           "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
                            [&](sql::Statement &st) {
                                st.bind(1, row.value(QStringLiteral("id")).toInteger())
                                    .bind(2, row.value(QStringLiteral("kind")).toString())
                                    .bind(3, row.value(QStringLiteral("from")).toInteger())
                                    .bind(4, row.value(QStringLiteral("to")).toInteger())
                                    .bind(5, row.value(QStringLiteral("event_type")).toString())
                                    .bind(6, row.value(QStringLiteral("count")).toInteger())
                                    .bind(7, row.value(QStringLiteral("total_duration")).toInteger())
                                    .bind(8, row.value(QStringLiteral("total_amount")).toDouble());
                                for (const auto &[column, name] : {std::pair{9, "first"}, std::pair{10, "last"}}) {
                                    const QJsonValue value = row.value(QLatin1String(name));
                                    if (value.isNull() || value.isUndefined())
                                        st.bindNull(column);
                                    else
                                        st.bind(column, value.toInteger());
                                }
                            });
            !s)
            return s;
        const qint64 restoredId = db.lastInsertId();
        for (const QJsonValue &sv : row.value(QStringLiteral("sources")).toArray()) {
            if (Status s = exec(QString::fromLatin1(LinkSourceInsert), [&](sql::Statement &st) { bindLinkSource(st, restoredId, sv.toObject()); }); !s)
                return s;
        }
    }
    for (const LaterSource &l : std::as_const(laterSources)) {
        auto linkId = addToDeclaredLink(db, l.kind, l.from, l.to, QString(), l.count, tr("The split could not be written."));
        if (!linkId)
            return linkId.error();
        if (Status s = exec(QStringLiteral("INSERT OR IGNORE INTO link_sources(link_id, source_id, locator, count, confidence, valid_from, valid_to) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
                            [&](sql::Statement &st) {
                                st.bind(1, *linkId).bind(2, l.source).bind(3, l.locator).bind(4, l.count).bind(5, l.confidence).bind(6, l.validFrom).bind(7, l.validTo);
                            });
            !s)
            return s;
    }
    // Declared links of the absorbed stated after the merge (applyMerges), latest first: taken
    // off the survivor's link they went onto (the link goes with its last source), and put back
    // where they were stated. After the merged rows are replaced: a link taken off here could
    // otherwise leave its id to one put back, which that replacement would then delete.
    const QJsonArray laterLinks = record.value(QStringLiteral("declared_later")).toArray();
    for (qsizetype i = laterLinks.size() - 1; i >= 0; --i) {
        const QJsonObject row = laterLinks[i].toObject();
        const QString kind = row.value(QStringLiteral("kind")).toString();
        const QString eventType = row.value(QStringLiteral("event_type")).toString();
        const QJsonArray sources = row.value(QStringLiteral("sources")).toArray();
        if (const QJsonArray onto = row.value(QStringLiteral("onto")).toArray(); onto.size() == 2) {
            auto find = db.prepare(QStringLiteral("SELECT id FROM links WHERE kind = ?1 AND from_entity = ?2 AND to_entity = ?3 AND event_type = ?4"));
            if (!find)
                return find.error();
            find->bind(1, kind).bind(2, onto.at(0).toInteger()).bind(3, onto.at(1).toInteger()).bind(4, eventType);
            const qint64 linkId = find->next() ? find->int64(0) : 0;
            if (find->failed())
                return db.error(tr("The case file could not be read."));
            find->reset();
            if (linkId != 0) {
                for (const QJsonValue &v : sources) {
                    const QJsonObject source = v.toObject();
                    if (Status s = exec(QStringLiteral("UPDATE link_sources SET count = count - ?3 WHERE link_id = ?1 AND source_id = ?2"),
                                        [&](sql::Statement &st) {
                                            st.bind(1, linkId).bind(2, source.value(QStringLiteral("source")).toInteger()).bind(3, source.value(QStringLiteral("count")).toInteger());
                                        });
                        !s)
                        return s;
                }
                const QStringList takeOff{QStringLiteral("DELETE FROM link_sources WHERE link_id = ?1 AND count <= 0"),
                                          QStringLiteral("UPDATE links SET count = count - ?2 WHERE id = ?1"),
                                          QStringLiteral("DELETE FROM links WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM link_sources WHERE link_id = ?1)")};
                for (const QString &text : takeOff) {
                    if (Status s = exec(text, [&](sql::Statement &st) { st.bind(1, linkId).bind(2, row.value(QStringLiteral("count")).toInteger()); }); !s)
                        return s;
                }
            }
        }
        auto restored = addToDeclaredLink(db, kind, row.value(QStringLiteral("from")).toInteger(), row.value(QStringLiteral("to")).toInteger(), eventType,
                                          row.value(QStringLiteral("count")).toInteger(), tr("The split could not be written."));
        if (!restored)
            return restored.error();
        for (const QJsonValue &v : sources) {
            if (Status s = exec(QString::fromLatin1(LinkSourceAdd), [&](sql::Statement &st) { bindLinkSource(st, *restored, v.toObject()); }); !s)
                return s;
        }
    }
    if (Status s = exec(QStringLiteral("UPDATE entities SET merged_into = NULL WHERE id IN (SELECT value FROM json_each(?1))"),
                        [&](sql::Statement &st) { st.bind(1, sql::idList(absorbed)); });
        !s)
        return s;
    QList<qint64> group = absorbed;
    group.append(survivor);
    // The other ends of the events given back: where links change.
    auto around = eventNeighbours(absorbed);
    if (!around)
        return around.error();
    if (Status s = rebuildAggregates(group, *around); !s)
        return s;
    if (Status s = reindex(group); !s)
        return s;
    if (Status s = exec(QStringLiteral("UPDATE merges SET split_at = ?2 WHERE id = ?1"),
                        [&](sql::Statement &st) { st.bind(1, mergeId).bind(2, isoNow()); });
        !s)
        return s;
    return commitWithAudit(transaction, QStringLiteral("split"), QJsonObject{{QStringLiteral("merge"), mergeId},
                                                                             {QStringLiteral("survivor"), survivor},
                                                                             {QStringLiteral("restored"), idArray(absorbed)}},
                           LogCopy::InBackground);
}

Result<QList<DuplicateCandidate>> CaseEditor::duplicateCandidates(int limit) const
{
    const sql::Database &db = m_reader.database();
    const auto stopped = [] { return Error{ErrorCode::Cancelled, tr("The search for duplicates was stopped."), {}}; };
    QList<DuplicateCandidate> list;
    auto entitiesOf = [&](const QList<EntityId> &ids) -> Result<QList<Entity>> {
        QList<Entity> entities;
        for (const EntityId id : ids) {
            auto e = existing(id);
            if (!e)
                return e.error();
            entities.append(*e);
        }
        return entities;
    };
    // A number kept raw ("012 345 678" from a source without a region) whose digits, without
    // the trunk prefix, end a validated number's. The validated numbers' digits are read once,
    // reversed and sorted, so that those ending with a raw number's digits are one range of
    // them: a query per raw number (the search index's trigrams, then the ending checked) took
    // 21 s for the 45,000 numbers kept raw of the suite's 1M case, and 311 s for the 223,000
    // of its 5M case, on the GUI thread.
    {
        const auto reversedDigits = [](const QString &digits) {
            std::string reversed = digits.toStdString();
            std::reverse(reversed.begin(), reversed.end());
            return reversed;
        };
        auto raw = db.prepare(QStringLiteral("SELECT id, key FROM entities WHERE type = 'phone' AND raw = 1 AND merged_into IS NULL ORDER BY id"));
        if (!raw)
            return db.error(tr("The case file could not be read."));
        std::vector<std::pair<EntityId, std::string>> raws; // id and reversed digits, 7 or more
        while (raw->next()) {
            QString digits = digitsOnly(raw->text(1));
            while (digits.startsWith(QLatin1Char('0')))
                digits.remove(0, 1);
            if (digits.size() < 7)
                continue;
            raws.emplace_back(raw->int64(0), reversedDigits(digits));
        }
        if (raw->failed())
            return db.error(tr("The case file could not be read."));
        std::vector<std::pair<std::string, EntityId>> validated; // reversed digits and id
        if (!raws.empty()) {
            auto valid = db.prepare(QStringLiteral("SELECT id, key FROM entities WHERE type = 'phone' AND raw = 0 AND merged_into IS NULL"));
            if (!valid)
                return db.error(tr("The case file could not be read."));
            while (valid->next())
                validated.emplace_back(reversedDigits(digitsOnly(valid->text(1))), valid->int64(0));
            if (valid->failed())
                return db.error(tr("The case file could not be read."));
            std::sort(validated.begin(), validated.end());
        }
        for (const auto &[rawId, reversed] : raws) {
            if (list.size() >= limit)
                break;
            if (stopAsked())
                return stopped();
            // The validated numbers whose reversed digits start with these: the five first made.
            QList<EntityId> same;
            for (auto it = std::lower_bound(validated.cbegin(), validated.cend(), std::pair{reversed, EntityId(0)});
                 it != validated.cend() && it->first.compare(0, reversed.size(), reversed) == 0; ++it)
                same.append(it->second);
            if (same.isEmpty())
                continue;
            std::sort(same.begin(), same.end());
            QList<EntityId> ids{rawId};
            ids += same.mid(0, 5);
            auto entities = entitiesOf(ids);
            if (!entities)
                return entities.error();
            list.append({*entities, tr("The number %1, kept as written, has the same digits as %2.").arg(entities->first().key, entities->at(1).key)});
        }
    }
    // IMEIs alike in their first 14 digits (the check digit differs or was mistyped).
    {
        auto stmt = db.prepare(QStringLiteral("SELECT group_concat(id), substr(key, 1, 14) FROM entities WHERE type = 'device' AND merged_into IS NULL "
                                              "AND length(key) >= 14 GROUP BY substr(key, 1, 14) HAVING count(*) > 1"));
        if (!stmt)
            return stmt.error();
        while (stmt->next() && list.size() < limit) {
            QList<EntityId> ids;
            for (const QString &part : stmt->text(0).split(QLatin1Char(',')))
                ids.append(part.toLongLong());
            auto entities = entitiesOf(ids);
            if (!entities)
                return entities.error();
            list.append({*entities, tr("IMEIs with the same first 14 digits (%1).").arg(stmt->text(1))});
        }
    }
    // Persons, organisations and places whose names read alike: the same once transliterated
    // to Latin, without accents, honorifics or the order of the words (nameMatchKey); persons
    // also without their middle names, and by how they sound across romanisations
    // (nameSoundKeys). Each group once, with the rule that joined it.
    {
        auto stmt = m_reader.database().prepare(QStringLiteral("SELECT id, type, label FROM entities WHERE type IN ('person', 'organization', 'location') "
                                                               "AND merged_into IS NULL AND deleted = 0 AND label <> '' ORDER BY id"));
        if (!stmt)
            return stmt.error();
        QMap<std::pair<QString, QString>, QList<EntityId>> byName, byShortName, bySound;
        while (stmt->next()) {
            if (stopAsked())
                return stopped();
            const QString type = stmt->text(1);
            const NameKeys keys = nameKeys(stmt->text(2));
            if (!keys.readAlike.isEmpty())
                byName[{type, keys.readAlike}].append(stmt->int64(0));
            if (type == QLatin1String("person")) {
                if (!keys.firstAndLast.isEmpty())
                    byShortName[{type, keys.firstAndLast}].append(stmt->int64(0));
                for (const QString &key : keys.soundAlike)
                    bySound[{type, key}].append(stmt->int64(0));
            }
        }
        QSet<QList<EntityId>> listed;
        for (const auto *groups : {&byName, &byShortName, &bySound}) {
            for (auto it = groups->cbegin(); it != groups->cend() && list.size() < limit; ++it) {
                if (it.value().size() < 2 || listed.contains(it.value()))
                    continue;
                listed.insert(it.value());
                auto entities = entitiesOf(it.value());
                if (!entities)
                    return entities.error();
                QStringList names;
                for (const Entity &e : *entities) {
                    names << e.label;
                    if (groups != &bySound)
                        continue;
                    // A name in another script with the Latin reading that made it sound alike.
                    if (const QString latin = nameToLatin(e.label); latin.compare(e.label, Qt::CaseInsensitive) != 0)
                        names.last() += QStringLiteral(" (%1)").arg(latin);
                }
                const QString joined = names.join(QStringLiteral(" · "));
                list.append({*entities, groups == &byName        ? tr("Names that read alike (%1): %2.").arg(it.key().second, joined)
                                        : groups == &byShortName ? tr("The same first and last names (%1): %2.").arg(it.key().second, joined)
                                                                 : tr("Names that sound alike in different spellings: %1.").arg(joined)});
            }
        }
    }
    return list;
}

Result<Tag> CaseEditor::tag(const QList<EntityId> &ids, const QString &name, const QString &colour)
{
    if (!m_writer)
        return readOnly();
    const QString tagName = name.trimmed();
    if (tagName.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A tag needs a name."), {}};
    if (!colour.isEmpty() && !QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(colour).hasMatch())
        return Error{ErrorCode::InvalidInput, tr("The colour %1 is not of the form #rrggbb.").arg(colour), {}};
    for (const EntityId id : ids)
        if (auto entity = existing(id); !entity)
            return entity.error();
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    auto upsert = db.prepare(QStringLiteral("INSERT INTO tags(name, colour) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET "
                                            "colour = CASE WHEN excluded.colour <> '' THEN excluded.colour ELSE colour END RETURNING id, colour"));
    if (!upsert)
        return upsert.error();
    upsert->bind(1, tagName).bind(2, colour);
    Tag tag;
    tag.name = tagName;
    if (upsert->next()) {
        tag.id = upsert->int64(0);
        tag.colour = upsert->text(1);
    }
    upsert->reset();
    if (tag.id == 0)
        return db.error(tr("The tag could not be stored."));
    auto link = db.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_tags(entity_id, tag_id) VALUES (?1, ?2)"));
    if (!link)
        return link.error();
    for (const EntityId id : ids) {
        if (!link->bind(1, id).bind(2, tag.id).exec())
            return db.error(tr("The tag could not be stored."));
    }
    if (Status s = commitWithAudit(transaction, QStringLiteral("tag"), QJsonObject{{QStringLiteral("tag"), tagName},
                                                                                   {QStringLiteral("colour"), tag.colour},
                                                                                   {QStringLiteral("entities"), idArray(ids)}}); !s)
        return s.error();
    return tag;
}

Status CaseEditor::untag(const QList<EntityId> &ids, const QString &name)
{
    if (!m_writer)
        return readOnly();
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto remove = db.prepare(QStringLiteral("DELETE FROM entity_tags WHERE entity_id IN (SELECT value FROM json_each(?1)) "
                                            "AND tag_id = (SELECT id FROM tags WHERE name = ?2)"));
    if (!remove || !remove->bind(1, sql::idList(ids)).bind(2, name.trimmed()).exec())
        return db.error(tr("The tag could not be removed."));
    return commitWithAudit(transaction, QStringLiteral("untag"), QJsonObject{{QStringLiteral("tag"), name.trimmed()}, {QStringLiteral("entities"), idArray(ids)}});
}

Result<QList<Tag>> CaseEditor::tags() const
{
    return rowsOf<Tag>(m_reader.database(), QStringLiteral("SELECT id, name, colour FROM tags ORDER BY name"), [](sql::Statement &) {},
                       [](const sql::Statement &r) { return Tag{r.int64(0), r.text(1), r.text(2)}; });
}

Result<QList<Tag>> CaseEditor::tagsOf(EntityId id) const
{
    return rowsOf<Tag>(m_reader.database(),
                       QStringLiteral("SELECT t.id, t.name, t.colour FROM tags t JOIN entity_tags et ON et.tag_id = t.id "
                                      "WHERE et.entity_id = ?1 ORDER BY t.name"),
                       [id](sql::Statement &st) { st.bind(1, id); }, [](const sql::Statement &r) { return Tag{r.int64(0), r.text(1), r.text(2)}; });
}

Result<QList<EntityId>> CaseEditor::taggedWith(const QString &name) const
{
    return rowsOf<EntityId>(m_reader.database(),
                            QStringLiteral("SELECT et.entity_id FROM entity_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = ?1 "
                                           "ORDER BY et.entity_id"),
                            [name](sql::Statement &st) { st.bind(1, name.trimmed()); }, [](const sql::Statement &r) { return r.int64(0); });
}

Result<qint64> CaseEditor::addNote(EntityId entity, const QString &html)
{
    if (!m_writer)
        return readOnly();
    if (entity != 0)
        if (auto e = existing(entity); !e)
            return e.error();
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    const QString now = isoNow();
    auto insert = db.prepare(QStringLiteral("INSERT INTO notes(entity_id, html, examiner, created_at, modified_at) VALUES (?1, ?2, ?3, ?4, ?4)"));
    if (!insert)
        return insert.error();
    if (entity == 0)
        insert->bindNull(1);
    else
        insert->bind(1, entity);
    insert->bind(2, html).bind(3, m_reader.currentExaminer()).bind(4, now);
    if (!insert->exec())
        return db.error(tr("The note could not be stored."));
    const qint64 id = db.lastInsertId();
    if (Status s = commitWithAudit(transaction, QStringLiteral("add_note"), QJsonObject{{QStringLiteral("note"), id}, {QStringLiteral("entity"), entity}}); !s)
        return s.error();
    return id;
}

Status CaseEditor::editNote(qint64 noteId, const QString &html)
{
    if (!m_writer)
        return readOnly();
    sql::Database &db = m_writer->database();
    auto old = db.prepare(QStringLiteral("SELECT html FROM notes WHERE id = ?1"));
    if (!old)
        return old.error();
    old->bind(1, noteId);
    if (!old->next())
        return Error{ErrorCode::NotFound, tr("There is no note %1 in the case.").arg(noteId), {}};
    const QString before = old->text(0);
    old->reset();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    auto update = db.prepare(QStringLiteral("UPDATE notes SET html = ?2, modified_at = ?3 WHERE id = ?1"));
    if (!update || !update->bind(1, noteId).bind(2, html).bind(3, isoNow()).exec())
        return db.error(tr("The note could not be changed."));
    return commitWithAudit(transaction, QStringLiteral("edit_note"), QJsonObject{{QStringLiteral("note"), noteId}, {QStringLiteral("old"), before}});
}

Result<QList<Note>> CaseEditor::notes(EntityId entity) const
{
    return rowsOf<Note>(
        m_reader.database(),
        QStringLiteral("SELECT id, coalesce(entity_id, 0), html, examiner, created_at, modified_at FROM notes WHERE coalesce(entity_id, 0) = ?1 ORDER BY id"),
        [entity](sql::Statement &st) { st.bind(1, entity); },
        [](const sql::Statement &r) {
            return Note{r.int64(0), r.int64(1), r.text(2), r.text(3), QDateTime::fromString(r.text(4), Qt::ISODateWithMs),
                        QDateTime::fromString(r.text(5), Qt::ISODateWithMs)};
        });
}

Result<Attachment> CaseEditor::attach(EntityId entity, const QString &filePath, const QString &note)
{
    if (!m_writer)
        return readOnly();
    if (entity != 0)
        if (auto e = existing(entity); !e)
            return e.error();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The file %1 cannot be read.").arg(filePath), file.errorString()};
    if (file.size() > MostAttachmentBytes)
        return Error{ErrorCode::InvalidInput, tr("The file %1 is larger than %2 MB; attachments are kept inside the case.").arg(filePath).arg(MostAttachmentBytes / (1024 * 1024)), {}};
    const QByteArray data = file.readAll();
    if (data.size() != file.size())
        return Error{ErrorCode::Io, tr("The file %1 cannot be read.").arg(filePath), file.errorString()};
    Attachment a;
    a.entity = entity;
    a.fileName = QFileInfo(filePath).fileName();
    a.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, data).name();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.size = data.size();
    a.note = note;
    a.examiner = m_reader.currentExaminer();
    a.addedAt = QDateTime::currentDateTimeUtc();
    sql::Database &db = m_writer->database();
    sql::Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO attachments(entity_id, file_name, media_type, sha256, size, data, note, examiner, added_at) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!insert)
        return insert.error();
    if (entity == 0)
        insert->bindNull(1);
    else
        insert->bind(1, entity);
    insert->bind(2, a.fileName).bind(3, a.mediaType).bind(4, a.sha256).bind(5, a.size).bind(6, data).bind(7, a.note).bind(8, a.examiner)
        .bind(9, a.addedAt.toString(Qt::ISODateWithMs));
    if (!insert->exec())
        return db.error(tr("The attachment could not be stored."));
    a.id = db.lastInsertId();
    if (Status s = commitWithAudit(transaction, QStringLiteral("attach"), QJsonObject{{QStringLiteral("attachment"), a.id},
                                                                                      {QStringLiteral("entity"), entity},
                                                                                      {QStringLiteral("file"), filePath},
                                                                                      {QStringLiteral("sha256"), a.sha256},
                                                                                      {QStringLiteral("size"), a.size}}); !s)
        return s.error();
    return a;
}

Result<QList<Attachment>> CaseEditor::attachments(EntityId entity) const
{
    return rowsOf<Attachment>(
        m_reader.database(),
        QStringLiteral("SELECT id, coalesce(entity_id, 0), file_name, media_type, sha256, size, note, examiner, added_at FROM attachments "
                       "WHERE coalesce(entity_id, 0) = ?1 ORDER BY id"),
        [entity](sql::Statement &st) { st.bind(1, entity); },
        [](const sql::Statement &r) {
            return Attachment{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.int64(5), r.text(6), r.text(7),
                              QDateTime::fromString(r.text(8), Qt::ISODateWithMs)};
        });
}

Result<QByteArray> CaseEditor::attachmentData(qint64 attachmentId) const
{
    auto stmt = m_reader.database().prepare(QStringLiteral("SELECT data, sha256 FROM attachments WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachmentId);
    if (!stmt->next())
        return Error{ErrorCode::NotFound, tr("There is no attachment %1 in the case.").arg(attachmentId), {}};
    const QByteArray data = stmt->blob(0);
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != stmt->text(1))
        return Error{ErrorCode::Integrity, tr("Attachment %1 no longer matches its SHA-256.").arg(attachmentId), stmt->text(1)};
    return data;
}

} // namespace sg

#include "core/store/schema.h"

namespace sg::schema {

namespace {

// Version 1: the case model (DESIGN.md §2).
const char *const Step1 = R"SQL(
CREATE TABLE case_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id               INTEGER PRIMARY KEY,
    path             TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    sha256           TEXT,              -- NULL for analyst-entered facts
    size             INTEGER NOT NULL DEFAULT 0,
    format           TEXT NOT NULL,
    importer         TEXT NOT NULL,
    importer_version TEXT NOT NULL,
    examiner         TEXT NOT NULL DEFAULT '',
    imported_at      TEXT NOT NULL,     -- ISO 8601 UTC
    region           TEXT NOT NULL DEFAULT '',
    time_zone        TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    counts           TEXT NOT NULL DEFAULT '{}',  -- JSON object
    rejected         INTEGER NOT NULL DEFAULT 0,
    rejected_rows    TEXT NOT NULL DEFAULT '[]'   -- JSON array of {line, message}
);
CREATE UNIQUE INDEX sources_sha256 ON sources(sha256);

CREATE TABLE entities (
    id     INTEGER PRIMARY KEY,
    type   TEXT NOT NULL,
    key    TEXT NOT NULL,
    label  TEXT NOT NULL DEFAULT '',
    raw    INTEGER NOT NULL DEFAULT 0,   -- 1: key kept as given, it did not validate
    UNIQUE (type, key)
);

-- Which sources mention an entity, with the first record that did.
CREATE TABLE entity_sources (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    locator   TEXT NOT NULL,
    raw_value TEXT NOT NULL DEFAULT '',  -- the value as written in that source
    PRIMARY KEY (entity_id, source_id)
) WITHOUT ROWID;
CREATE INDEX entity_sources_source ON entity_sources(source_id);

CREATE TABLE aliases (
    id        INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'name',
    source_id INTEGER REFERENCES sources(id),
    locator   TEXT NOT NULL,
    UNIQUE (entity_id, name, source_id)
);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    type         TEXT NOT NULL,
    from_entity  INTEGER NOT NULL REFERENCES entities(id),
    to_entity    INTEGER REFERENCES entities(id),
    utc_ms       INTEGER NOT NULL,
    utc_offset   INTEGER NOT NULL DEFAULT 0,  -- seconds east of UTC in the source's zone
    duration     INTEGER NOT NULL DEFAULT 0,  -- seconds
    amount       REAL,
    currency     TEXT,
    direction    TEXT NOT NULL DEFAULT '',    -- as written: MOC, MTC, in, out, ...
    cell         TEXT NOT NULL DEFAULT '',
    body         TEXT,
    source_id    INTEGER NOT NULL REFERENCES sources(id),
    locator      TEXT NOT NULL
);
CREATE INDEX events_from ON events(from_entity, utc_ms);
CREATE INDEX events_to ON events(to_entity, utc_ms);
CREATE INDEX events_source ON events(source_id);

-- Declared links (owns, uses, ...) and the aggregate of events per ordered pair and event type.
CREATE TABLE links (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    from_entity    INTEGER NOT NULL REFERENCES entities(id),
    to_entity      INTEGER NOT NULL REFERENCES entities(id),
    event_type     TEXT NOT NULL DEFAULT '',
    count          INTEGER NOT NULL DEFAULT 0,
    total_duration INTEGER NOT NULL DEFAULT 0,
    total_amount   REAL NOT NULL DEFAULT 0,
    first_utc_ms   INTEGER,
    last_utc_ms    INTEGER,
    UNIQUE (kind, from_entity, to_entity, event_type)
);
CREATE INDEX links_to ON links(to_entity);

-- Which sources contributed to a link, with the first record and how many events.
CREATE TABLE link_sources (
    link_id   INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    locator   TEXT NOT NULL,
    count     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (link_id, source_id)
) WITHOUT ROWID;

CREATE TABLE charts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    document    TEXT NOT NULL      -- JSON written by ChartDocument
);

-- Append-only: each row's hash covers its content and the previous row's hash.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    examiner  TEXT NOT NULL,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

// Version 2: full-text search over entity keys, labels and aliases. The trigram tokenizer finds
// any part of a number and works for scripts written without spaces (Thai, Khmer, Lao, Burmese).
const char *const Step2 = R"SQL(
CREATE VIRTUAL TABLE entity_search USING fts5(text, tokenize = 'trigram');
INSERT INTO entity_search(rowid, text)
SELECT e.id, e.key || ' ' || e.label || ' ' ||
       COALESCE((SELECT group_concat(a.name, ' ') FROM aliases a WHERE a.entity_id = e.id), '')
FROM entities e;
)SQL";

// Version 3: what device extracts bring: an event's status (missed, rejected, draft, ...), records
// the device had deleted (kept, and marked), and the evidence database's own schema version.
const char *const Step3 = R"SQL(
ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN app_schema_version INTEGER;
)SQL";

// Version 4: Burmese text typed in Zawgyi keeps its raw form in `body` and gets its Unicode
// conversion beside it.
const char *const Step4 = R"SQL(
ALTER TABLE events ADD COLUMN body_unicode TEXT;
)SQL";

// Version 5: money, exactly. A transfer's amount in the currency's minor units with the decimal
// it was read as (the REAL `amount` column of version 1 is never written); links keep a total per
// currency; entities get attributes from their sources (cell sites' coordinates); column mappings
// of imported tables are saved with the case.
const char *const Step5 = R"SQL(
ALTER TABLE events ADD COLUMN amount_minor INTEGER;
ALTER TABLE events ADD COLUMN amount_text TEXT;
CREATE TABLE link_amounts (
    link_id     INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    currency    TEXT NOT NULL,
    count       INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0,   -- in the minor units of currencyExponent(currency)
    PRIMARY KEY (link_id, currency)
) WITHOUT ROWID;
-- Facts about an entity a source states: a cell site's latitude, longitude and address, ...
CREATE TABLE entity_attributes (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    value     TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    locator   TEXT NOT NULL,
    PRIMARY KEY (entity_id, name, source_id)
) WITHOUT ROWID;
-- Search also finds the folded forms: Vietnamese without diacritics, Traditional Chinese as
-- Simplified (seagull_fold is registered on every connection).
DELETE FROM entity_search;
INSERT INTO entity_search(rowid, text)
SELECT id, t || ' ' || seagull_fold(t) FROM
    (SELECT e.id AS id, e.key || ' ' || e.label || ' ' ||
            COALESCE((SELECT group_concat(a.name, ' ') FROM aliases a WHERE a.entity_id = e.id), '') AS t
     FROM entities e);
CREATE TABLE mappings (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL,      -- JSON written by TableMapping
    saved_at   TEXT NOT NULL
);
)SQL";

// Version 6: when things happened, counted per source and hour of each record's local time
// (hours since 1970-01-01 00:00 local, floor-divided), written with the source's events in the
// same transaction. The whole case's weekday × hour activity and daily histogram are summed from
// here (a few thousand rows per source) instead of from millions of events.
const char *const Step6 = R"SQL(
CREATE TABLE activity_hours (
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    local_hour INTEGER NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (source_id, local_hour)
) WITHOUT ROWID;
INSERT INTO activity_hours(source_id, local_hour, count)
SELECT source_id, ((utc_ms / 1000 + utc_offset) - (((utc_ms / 1000 + utc_offset) % 3600) + 3600) % 3600) / 3600, count(*)
FROM events GROUP BY 1, 2;
)SQL";

// Version 7: what the analyst adds and resolves by hand (issue 12). An entity deleted by the
// analyst is marked, not removed. An entity merged into another
// stays, marked with the survivor, so that a split can restore it; what the merge moved is
// recorded with it. Declared links carry the analyst's confidence and dates per source. Tags,
// notes and attachments (stored in the case with their SHA-256).
const char *const Step7 = R"SQL(
ALTER TABLE entities ADD COLUMN merged_into INTEGER REFERENCES entities(id);
CREATE INDEX entities_merged ON entities(merged_into) WHERE merged_into IS NOT NULL;
-- Deleted by the analyst: out of search, expansion and analysis; its events (evidence) stay,
-- and it can be restored.
ALTER TABLE entities ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX entities_deleted ON entities(id) WHERE deleted = 1;
ALTER TABLE link_sources ADD COLUMN confidence TEXT NOT NULL DEFAULT '';  -- confirmed, probable, possible
ALTER TABLE link_sources ADD COLUMN valid_from TEXT NOT NULL DEFAULT '';  -- ISO dates, '' when open
ALTER TABLE link_sources ADD COLUMN valid_to TEXT NOT NULL DEFAULT '';
CREATE TABLE merges (
    id        INTEGER PRIMARY KEY,
    survivor  INTEGER NOT NULL REFERENCES entities(id),
    absorbed  TEXT NOT NULL,       -- JSON array of entity ids
    reason    TEXT NOT NULL,
    examiner  TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    split_at  TEXT,
    record    TEXT NOT NULL        -- JSON: every row the merge moved or replaced
);
CREATE TABLE tags (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    colour TEXT NOT NULL DEFAULT ''
);
CREATE TABLE entity_tags (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    tag_id    INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (entity_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    entity_id   INTEGER REFERENCES entities(id),   -- NULL: a note on the case
    html        TEXT NOT NULL,
    examiner    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER REFERENCES entities(id),    -- NULL: attached to the case
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    examiner   TEXT NOT NULL,
    added_at   TEXT NOT NULL
);
)SQL";

// Version 8: search by whole words in every script. ICU's word segments of each entity's search
// text (seagull_words, registered on every connection), space-separated, indexed by a tokenizer
// that splits on spaces and punctuation only and keeps combining marks inside words (Thai vowels,
// Khmer subscripts, Burmese medials). "สมชาย ใจดี" finds "นายสมชายใจดี"; a two-character Chinese
// or Thai word is found through the index; whole-word hits rank before the trigram's substrings.
const char *const Step8 = R"SQL(
CREATE VIRTUAL TABLE entity_words USING fts5(text, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
INSERT INTO entity_words(rowid, text)
SELECT e.id, seagull_words(t.text) FROM entities e JOIN entity_search t ON t.rowid = e.id;
)SQL";

// Version 9: links found by their first end as by their second (expanding a number asked
// for its outgoing links by scanning every link of the case).
const char *const Step9 = R"SQL(
CREATE INDEX links_from ON links(from_entity);
)SQL";

// Version 10: the links' indexes by either end also hold the other end and the count, so that
// expanding an entity reads its neighbours and their counts from the index alone, and the links
// among a few entities are found by pairs of ends. The events per source and type are counted
// at import (events are only ever added, with their source), so that the case's summary reads
// a few rows instead of every link.
const char *const Step10 = R"SQL(
DROP INDEX links_from;
DROP INDEX links_to;
CREATE INDEX links_from ON links(from_entity, to_entity, count);
CREATE INDEX links_to ON links(to_entity, from_entity, count);
CREATE TABLE event_counts (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    type      TEXT NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (source_id, type)
) WITHOUT ROWID;
INSERT INTO event_counts(source_id, type, count) SELECT source_id, type, count(*) FROM events GROUP BY 1, 2;
)SQL";

} // namespace

QString searchText(const QString &entity)
{
    // An entity is found by its key, label and aliases, and by the keys and labels of the
    // entities merged into it; each also folded (Vietnamese without diacritics, Chinese either
    // way; seagull_fold is registered on every connection).
    return QStringLiteral("(SELECT t || ' ' || seagull_fold(t) FROM (SELECT %1.key || ' ' || %1.label || ' ' || "
                          "COALESCE((SELECT group_concat(a.name, ' ') FROM aliases a WHERE a.entity_id = %1.id), '') || ' ' || "
                          "COALESCE((SELECT group_concat(m.key || ' ' || m.label, ' ') FROM entities m WHERE m.merged_into = %1.id), '') AS t))")
        .arg(entity);
}

QList<IndexDefinition> eventEndIndexes()
{
    return {{QStringLiteral("events_from"), QStringLiteral("CREATE INDEX events_from ON events(from_entity, utc_ms)")},
            {QStringLiteral("events_to"), QStringLiteral("CREATE INDEX events_to ON events(to_entity, utc_ms)")}};
}

IndexDefinition linksToIndex()
{
    return {QStringLiteral("links_to"), QStringLiteral("CREATE INDEX links_to ON links(to_entity, from_entity, count)")};
}

QList<IndexDefinition> linkEndIndexes()
{
    return {{QStringLiteral("links_from"), QStringLiteral("CREATE INDEX links_from ON links(from_entity, to_entity, count)")}, linksToIndex()};
}

QString linkAmountsInsert(const QString &table, const QString &condition)
{
    return QStringLiteral("INSERT INTO link_amounts(link_id, currency, count, total_minor) "
                          "SELECT l.id, g.c, g.n, g.total FROM "
                          "(SELECT from_entity AS f, to_entity AS t, type AS ty, coalesce(currency, '') AS c, count(*) AS n, sum(amount_minor) AS total "
                          " FROM %1 WHERE (%2) AND amount_minor IS NOT NULL GROUP BY 1, 2, 3, 4) g "
                          "JOIN links l ON l.kind = 'aggregate' AND l.from_entity = g.f AND l.to_entity = g.t AND l.event_type = g.ty "
                          "WHERE true ON CONFLICT(link_id, currency) DO UPDATE SET count = count + excluded.count, "
                          "total_minor = total_minor + excluded.total_minor")
        .arg(table, condition);
}

QStringList reindexStatements(const QString &ids, const QString &indexed)
{
    const QString taken = indexed.isEmpty() ? ids : indexed;
    // The words are those of the text just indexed, read back by rowid, not made again (its
    // aliases, merged entities and folded form looked up twice).
    return {QStringLiteral("DELETE FROM entity_search WHERE rowid IN (%1)").arg(taken),
            QStringLiteral("DELETE FROM entity_words WHERE rowid IN (%1)").arg(taken),
            QStringLiteral("INSERT INTO entity_search(rowid, text) SELECT e.id, %1 FROM entities e "
                           "WHERE e.merged_into IS NULL AND e.deleted = 0 AND e.id IN (%2)")
                .arg(searchText(QStringLiteral("e")), ids),
            QStringLiteral("INSERT INTO entity_words(rowid, text) SELECT rowid, seagull_words(text) FROM entity_search WHERE rowid IN (%1)").arg(ids)};
}

QString migrationStep(int version)
{
    switch (version) {
    case 1: return QString::fromUtf8(Step1);
    case 2: return QString::fromUtf8(Step2);
    case 3: return QString::fromUtf8(Step3);
    case 4: return QString::fromUtf8(Step4);
    case 5: return QString::fromUtf8(Step5);
    case 6: return QString::fromUtf8(Step6);
    case 7: return QString::fromUtf8(Step7);
    case 8: return QString::fromUtf8(Step8);
    case 9: return QString::fromUtf8(Step9);
    case 10: return QString::fromUtf8(Step10);
    }
    return {};
}

} // namespace sg::schema

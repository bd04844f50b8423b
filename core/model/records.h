#pragma once

#include "core/model/money.h"
#include "core/model/types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sg {

using EntityId = qint64;
using SourceId = qint64;

// Case metadata kept in the case file.
struct CaseInfo
{
    QString name;
    QString number;
    QString region = QStringLiteral("KH"); // default region for numbers without a country code
    QString timeZone = QStringLiteral("Asia/Phnom_Penh"); // default zone for local times
    QString examiner;
};

// One evidence item as imported.
struct SourceRecord
{
    SourceId id = 0;
    QString path;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QString format;
    QString importer;
    QString importerVersion;
    QString examiner;
    QDateTime importedAt; // UTC
    QString region;
    QString timeZone;
    QString status;
    QMap<QString, qint64> counts; // "events", "entities", "rows", ...
    qint64 rejected = 0;
    std::optional<qint64> appSchemaVersion; // PRAGMA user_version of an evidence database
};

struct Entity
{
    EntityId id = 0;
    EntityType type = EntityType::Phone;
    QString key;   // canonical key, unique per type
    QString label; // display name, may be empty
    bool raw = false; // the key could not be normalised and is kept as given
    QStringList aliases;

    QString reference() const { return entityTypeName(type) + QLatin1Char(':') + key; }
};

// Where a fact came from: the source and the record inside it.
struct Provenance
{
    SourceId sourceId = 0;
    QString sourceFile;
    QString locator;
};

// An edge as the chart and the CLI see it. For aggregate links `from` is the originator
// (caller, sender) of the events.
struct Link
{
    EntityId from = 0;
    EntityId to = 0;
    LinkKind kind = LinkKind::Aggregate;
    QString eventType; // "call", "sms", ... for aggregates
    qint64 count = 0;
    qint64 totalDuration = 0; // seconds
    QList<Money> amounts;     // total per currency, exact
    qint64 firstUtcMs = 0;
    qint64 lastUtcMs = 0;
    Confidence confidence = Confidence::Confirmed; // declared links: the strongest any source states
};

// One event between two entities, as graph analysis needs it (time-respecting paths, money
// trails): no text, no provenance beyond its id.
struct TimedEvent
{
    qint64 id = 0;
    EventType type = EventType::Call;
    EntityId from = 0;
    EntityId to = 0;
    qint64 utcMs = 0;
    std::optional<Money> amount;
};

struct Event
{
    qint64 id = 0;
    EventType type = EventType::Call;
    EntityId from = 0;
    EntityId to = 0;
    qint64 utcMs = 0;
    int utcOffsetSeconds = 0;
    qint64 duration = 0;
    QString direction;
    QString status;     // missed, rejected, draft, failed, ... as the device recorded it
    bool deleted = false; // the device had deleted the record; recovered by the extraction
    std::optional<Money> amount; // transfers: exact, with its currency
    QString body;
    QString cell;
    Provenance provenance;
};

// Filters for neighbour expansion (CLI `expand`, double-click on the chart).
struct ExpandFilter
{
    int hops = 1;
    qint64 minCount = 1;
    std::optional<qint64> fromUtcMs;
    std::optional<qint64> toUtcMs;
    int limit = 50;                  // new neighbours per entity; 0 means no limit
    QList<EntityType> entityTypes;   // empty: all
    QStringList linkTypes;           // event types ("call", "transfer") and declared kinds ("uses"); empty: all
    std::optional<Money> minAmount;  // at least this much moved between the two, in its currency
    QList<EntityId> exclude;         // already shown, not counted as new
    bool withLinks = true;           // false: the new entities alone (a chart reads the links among all it shows)

    bool allowsLinkType(const Link &link) const;
};

struct ExpandResult
{
    QList<Entity> entities;        // the new neighbours, most connected first
    QList<Link> links;             // links among the seeds and the new neighbours
    QMap<EntityId, qint64> omittedPerEntity; // neighbours left out by the limit, per expanded entity
    qint64 omitted = 0;
};

// When events happened, in the local time each was recorded in: by weekday (0 = Monday) and
// hour, and by day.
struct ActivityCounts
{
    std::array<std::array<qint64, 24>, 7> byWeekdayHour{};
    QList<std::pair<QDate, qint64>> byDay; // days with events, in order
    qint64 total = 0;
};

} // namespace sg

// What a list of them holds is moved in memory as it grows, not copied one by one (a list of
// 60,000 links grew in 2.2 s of samples of copying in a two-hop expansion).
Q_DECLARE_TYPEINFO(sg::Entity, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(sg::Link, Q_RELOCATABLE_TYPE);

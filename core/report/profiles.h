#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/caseeditor.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace sg {

// Everything an entity profile report says about one entity, read from the case.
struct EntityProfile
{
    Q_DECLARE_TR_FUNCTIONS(sg::EntityProfile)

public:
    struct Contact
    {
        Entity entity;
        qint64 events = 0;    // both ways
        qint64 outgoing = 0;  // from the profiled entity
        qint64 seconds = 0;   // call time
        QList<Money> amounts; // money moved, per currency, both ways
        qint64 firstUtcMs = 0, lastUtcMs = 0;
    };
    static constexpr int TimelineLimit = 2000;
    // Contacts listed, the most active first: the 5M case's busiest number has 51,041, and all
    // of them made a report of 1,327 pages that held the window 74 s while it was laid out.
    static constexpr qsizetype ContactLimit = 500;
    static constexpr qint64 MostImageBytes = 20LL * 1024 * 1024; // larger images are listed, not printed

    EntitySummary summary;       // identifiers, aliases by source, attributes, sources
    QList<Entity> holdings;      // what a declaration links it to: devices, SIMs, accounts it uses or owns, places, groups
    QList<Link> declared;        // those declarations (uses, owns, located at, ...) either way
    QList<Contact> contacts;     // the entities it has events with, the most events first (at most the limit read with)
    qsizetype totalContacts = 0; // all of them
    qint64 otherContactEvents = 0; // the events with those not listed
    QList<EventRow> timeline;    // its events in time order (at most TimelineLimit)
    qint64 totalEvents = 0;
    // Events by weekday (0 = Monday) and hour of day, in the local time each was recorded in.
    std::array<std::array<int, 24>, 7> activity{};
    QList<SourceRecord> sources; // every source that mentions it
    // What the analyst added: tags, notes, attachments (photographs' bytes for printing, each
    // checked against its SHA-256), merges into it.
    QList<Tag> tags;
    QList<Note> notes;
    QList<Attachment> attachments;
    QHash<qint64, QByteArray> images; // attachment id -> bytes, for image attachments
    QList<MergeRecord> merges;

    static Result<EntityProfile> read(const CaseStore &store, EntityId id, qsizetype contactLimit = ContactLimit);
};

// What a case summary report says: the case, its sources, counts per type, its charts.
struct CaseSummary
{
    CaseInfo info;
    QList<SourceRecord> sources;
    CaseStats stats;
    QList<ChartInfo> charts;
    QList<Note> notes; // the analysts' notes on the case

    static Result<CaseSummary> read(const CaseStore &store);
};

} // namespace sg

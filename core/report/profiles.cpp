#include "core/report/profiles.h"

#include "core/store/sqlite.h"

namespace sg {

Result<EntityProfile> EntityProfile::read(const CaseStore &store, EntityId id, qsizetype contactLimit)
{
    EntityProfile profile;
    auto summary = store.summary(id);
    if (!summary)
        return summary.error();
    profile.summary = *summary;

    // Its neighbours, all of them, with the links to each: its own links alone (the links among
    // all of them were read before, 835,000 for the 5M case's busiest number, 0.8 s and more).
    const sql::ReadTransaction reading(store.database());
    ExpandFilter filter;
    filter.limit = 0;
    filter.withLinks = false;
    auto around = store.expand({id}, filter);
    if (!around)
        return around.error();
    QHash<EntityId, Entity> neighbours;
    QList<EntityId> ids{id};
    for (const Entity &e : around->entities) {
        neighbours.insert(e.id, e);
        ids.append(e.id);
    }
    auto links = store.linksTouching({id}, ids);
    if (!links)
        return links.error();
    QHash<EntityId, Contact> contacts;
    for (const Link &link : std::as_const(*links)) {
        const EntityId other = link.from == id ? link.to : link.from;
        if (other == id || !neighbours.contains(other))
            continue;
        if (link.kind != LinkKind::Aggregate) {
            profile.declared.append(link);
            const bool listed = std::any_of(profile.holdings.cbegin(), profile.holdings.cend(), [&](const Entity &e) { return e.id == other; });
            if (!listed)
                profile.holdings.append(neighbours.value(other));
            continue;
        }
        Contact &c = contacts[other];
        c.entity = neighbours.value(other);
        c.events += link.count;
        if (link.from == id)
            c.outgoing += link.count;
        c.seconds += link.totalDuration;
        for (const Money &m : link.amounts) {
            auto it = std::find_if(c.amounts.begin(), c.amounts.end(), [&](const Money &x) { return x.currency == m.currency; });
            if (it == c.amounts.end())
                c.amounts.append(m);
            else
                it->minor += m.minor;
        }
        c.firstUtcMs = c.firstUtcMs == 0 ? link.firstUtcMs : std::min(c.firstUtcMs, link.firstUtcMs);
        c.lastUtcMs = std::max(c.lastUtcMs, link.lastUtcMs);
    }
    profile.contacts = contacts.values();
    std::sort(profile.contacts.begin(), profile.contacts.end(), [](const Contact &a, const Contact &b) {
        return a.events != b.events ? a.events > b.events : a.entity.key < b.entity.key;
    });
    profile.totalContacts = profile.contacts.size();
    if (contactLimit >= 0 && profile.contacts.size() > contactLimit) {
        for (qsizetype i = contactLimit; i < profile.contacts.size(); ++i)
            profile.otherContactEvents += profile.contacts[i].events;
        profile.contacts.resize(contactLimit);
    }

    // The activity pattern counted by the store; the first TimelineLimit events for the timeline.
    auto activity = store.activity({id});
    if (!activity)
        return activity.error();
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h)
            profile.activity[d][h] = int(activity->byWeekdayHour[d][h]);
    profile.totalEvents = activity->total;
    auto events = store.eventsOf(id, TimelineLimit);
    if (!events)
        return events.error();
    profile.timeline = *events;

    auto all = store.sources();
    if (!all)
        return all.error();
    for (const SourceRecord &s : std::as_const(*all)) {
        if (std::any_of(summary->sources.cbegin(), summary->sources.cend(), [&](const Provenance &p) { return p.sourceId == s.id; }))
            profile.sources.append(s);
    }
    const CaseEditor editor(store);
    auto tags = editor.tagsOf(id);
    auto notes = editor.notes(id);
    auto attachments = editor.attachments(id);
    auto merges = editor.mergesInto(id);
    if (!tags)
        return tags.error();
    if (!notes)
        return notes.error();
    if (!attachments)
        return attachments.error();
    if (!merges)
        return merges.error();
    profile.tags = *tags;
    profile.notes = *notes;
    profile.attachments = *attachments;
    profile.merges = *merges;
    for (const Attachment &a : std::as_const(profile.attachments)) {
        if (!a.mediaType.startsWith(QLatin1String("image/")) || a.size > MostImageBytes)
            continue;
        auto data = editor.attachmentData(a.id);
        if (!data)
            return data.error(); // a changed attachment is not printed as if it were evidence
        profile.images.insert(a.id, *data);
    }
    return profile;
}

Result<CaseSummary> CaseSummary::read(const CaseStore &store)
{
    CaseSummary summary;
    summary.info = store.info();
    auto sources = store.sources();
    if (!sources)
        return sources.error();
    summary.sources = *sources;
    auto stats = store.stats();
    if (!stats)
        return stats.error();
    summary.stats = *stats;
    auto charts = store.charts();
    if (!charts)
        return charts.error();
    summary.charts = *charts;
    auto notes = CaseEditor(store).notes(0);
    if (!notes)
        return notes.error();
    summary.notes = *notes;
    return summary;
}

} // namespace sg

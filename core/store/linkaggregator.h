#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/model/types.h"

#include <QByteArray>
#include <QString>

class QTemporaryFile;

#include <functional>
#include <memory>
#include <vector>

namespace sg {

// The events of one source grouped per ordered pair of entities and event type, as they are
// written, for the source's aggregate links. Each event's ends, type, time, duration and locator
// go into a run in memory; a full run is sorted and written to a temporary file; finish() merges
// the runs and gives each group once, in order of (from, to, type name), with its count, total
// duration, first and last time, and the locator of its first event (the earliest written).
//
// It replaces SQLite grouping the source's events after they were written (reading them all back
// and sorting rows of nine columns through its sorter: 13.6 s of an import of 5M calls). Memory
// stays within about `runBytes` however large the source.
class LinkAggregator
{
public:
    struct Group
    {
        EntityId from = 0;
        EntityId to = 0;
        EventType type = EventType::Call;
        qint64 count = 0;
        qint64 duration = 0; // seconds, summed
        qint64 firstUtcMs = 0;
        qint64 lastUtcMs = 0;
        QByteArrayView firstLocator; // UTF-8; valid during the call that gives the group
    };

    explicit LinkAggregator(qsizetype runBytes = DefaultRunBytes);
    ~LinkAggregator();
    LinkAggregator(const LinkAggregator &) = delete;
    LinkAggregator &operator=(const LinkAggregator &) = delete;

    static constexpr qsizetype DefaultRunBytes = 48 << 20;

    // One event between two entities. An error only when a full run cannot be written out.
    Status add(EntityId from, EntityId to, EventType type, qint64 utcMs, qint64 duration, QByteArrayView locatorUtf8);
    qint64 events() const { return m_events; }
    // An event type's name in UTF-8 (the order of groups is by it), made once per process.
    static const QByteArray &typeName(EventType type);
    // How many runs were written to temporary files so far.
    int spilledRuns() const { return int(m_files.size()); }

    // Gives every group to `each`, in order, and stops at its first error. The events are
    // given up afterwards (an aggregator is finished once). May run on another thread than the
    // one that added the events, once they are all added.
    Status finish(const std::function<Status(const Group &)> &each);

private:
    struct Entry;
    struct Cursor;
    Status spill();
    void sortRun();

    qsizetype m_runBytes;
    qint64 m_events = 0;
    std::vector<Entry> m_entries; // the run in memory
    QByteArray m_locators;        // their locators, one after another (UTF-8)
    std::vector<std::unique_ptr<QTemporaryFile>> m_files; // the runs written out, in order
};

} // namespace sg

#include "core/store/linkaggregator.h"

#include <QCoreApplication>
#include <QTemporaryFile>

#include <algorithm>
#include <cstring>

namespace sg {

namespace {

// Each event type's place among the types' names in order, as SQLite compares them ("call" <
// "cell_registration" < "message" < ...): groups come out ordered as a GROUP BY on the name
// would give them, and new links get their ids in that order. With the names in UTF-8.
struct TypeRanks
{
    std::vector<quint8> rankOf;    // by the type's value
    std::vector<EventType> typeAt; // by rank
    std::vector<QByteArray> names; // by the type's value
    TypeRanks()
    {
        const QList<EventType> types = eventTypes();
        names.resize(size_t(types.size()));
        for (const EventType type : types)
            names[size_t(type)] = eventTypeName(type).toUtf8();
        typeAt.assign(types.cbegin(), types.cend());
        std::sort(typeAt.begin(), typeAt.end(), [this](EventType a, EventType b) { return names[size_t(a)] < names[size_t(b)]; });
        rankOf.resize(typeAt.size());
        for (size_t i = 0; i < typeAt.size(); ++i)
            rankOf[size_t(typeAt[i])] = quint8(i);
    }
};

const TypeRanks &typeRanks()
{
    static const TypeRanks ranks;
    return ranks;
}

Error aggregationError(const QString &detail)
{
    return Error{ErrorCode::Io, QCoreApplication::translate("sg::SourceWriter", "The links of the imported records could not be built."), detail};
}

// A record in a run's file: from, to, time, duration (8 bytes each), the locator's size (4), the
// type's rank (1), then the locator's bytes.
constexpr qsizetype FixedSize = 4 * 8 + 4 + 1;
constexpr qsizetype ReadBlock = 1 << 18;

} // namespace

struct LinkAggregator::Entry
{
    qint64 from;
    qint64 to;
    qint64 utcMs;
    qint64 duration;
    quint32 locatorOffset;
    quint32 locatorSize;
    quint32 sequence; // within the run: equal keys stay in the order written
    quint8 rank;

    bool operator<(const Entry &o) const
    {
        return std::tie(from, to, rank, sequence) < std::tie(o.from, o.to, o.rank, o.sequence);
    }
};

const QByteArray &LinkAggregator::typeName(EventType type) { return typeRanks().names[size_t(type)]; }

LinkAggregator::LinkAggregator(qsizetype runBytes)
    : m_runBytes(std::clamp<qsizetype>(runBytes, 1024, 1 << 30))
{
}

LinkAggregator::~LinkAggregator() = default;

Status LinkAggregator::add(EntityId from, EntityId to, EventType type, qint64 utcMs, qint64 duration, QByteArrayView utf8)
{
    // The run's entries and locators each have their part of the budget, and never grow past it
    // (a vector or array that doubles would take up to twice what it holds).
    const qsizetype maxEntries = m_runBytes / 2 / qsizetype(sizeof(Entry));
    const qsizetype locatorBytes = m_runBytes - maxEntries * qsizetype(sizeof(Entry));
    if (qsizetype(m_entries.size()) >= maxEntries || (!m_locators.isEmpty() && m_locators.size() + utf8.size() > locatorBytes)) {
        if (Status s = spill(); !s)
            return s;
        m_entries.reserve(size_t(maxEntries));
        m_locators.reserve(locatorBytes);
    }
    if (m_entries.size() == m_entries.capacity())
        m_entries.reserve(size_t(std::min(maxEntries, std::max<qsizetype>(4096, qsizetype(m_entries.size()) * 2))));
    if (m_locators.size() + utf8.size() > m_locators.capacity())
        m_locators.reserve(std::min(locatorBytes, std::max<qsizetype>(1 << 16, (m_locators.size() + utf8.size()) * 2)));
    // Resized within what is reserved and copied into (QByteArray::append's general path cost a
    // tenth of a microsecond per event); a QByteArray, not a vector, because it grows by realloc,
    // which moves no bytes and does not hold the old and the new block at once.
    const qsizetype offset = m_locators.size();
    if (!utf8.isEmpty()) { // an empty view may have no data at all, which memcpy may not be given
        m_locators.resize(offset + utf8.size());
        std::memcpy(m_locators.data() + offset, utf8.data(), size_t(utf8.size()));
    }
    m_entries.push_back(Entry{from, to, utcMs, duration, quint32(offset), quint32(utf8.size()), quint32(m_entries.size()),
                              typeRanks().rankOf[size_t(type)]});
    ++m_events;
    return Ok{};
}

void LinkAggregator::sortRun() { std::sort(m_entries.begin(), m_entries.end()); }

Status LinkAggregator::spill()
{
    if (m_entries.empty())
        return Ok{};
    sortRun();
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open())
        return aggregationError(file->errorString());
    // Records are laid out in a buffer of a block and more, written out whenever a block is full
    // (a record is at most its fixed part and one locator).
    std::vector<char> buffer(size_t(ReadBlock + FixedSize));
    qsizetype used = 0;
    auto flush = [&]() -> Status {
        if (file->write(buffer.data(), used) != used)
            return aggregationError(file->errorString());
        used = 0;
        return Ok{};
    };
    for (const Entry &e : m_entries) {
        const qsizetype size = FixedSize + qsizetype(e.locatorSize);
        if (used + size > qsizetype(buffer.size())) {
            if (Status s = flush(); !s)
                return s;
            if (size > qsizetype(buffer.size()))
                buffer.resize(size_t(size));
        }
        char *p = buffer.data() + used;
        std::memcpy(p, &e.from, 8);
        std::memcpy(p + 8, &e.to, 8);
        std::memcpy(p + 16, &e.utcMs, 8);
        std::memcpy(p + 24, &e.duration, 8);
        std::memcpy(p + 32, &e.locatorSize, 4);
        p[36] = char(e.rank);
        std::memcpy(p + FixedSize, m_locators.constData() + e.locatorOffset, e.locatorSize);
        used += size;
    }
    if (Status s = flush(); !s)
        return s;
    if (!file->flush() || !file->seek(0))
        return aggregationError(file->errorString());
    m_files.push_back(std::move(file));
    m_entries.clear();
    m_locators.clear();
    return Ok{};
}

// Where the merge is in one run: the run in memory, or a run's file read a block at a time.
struct LinkAggregator::Cursor
{
    // The current record.
    qint64 from = 0, to = 0, utcMs = 0, duration = 0;
    quint8 rank = 0;
    QByteArrayView locator;
    bool atEnd = false;

    // In memory.
    const std::vector<Entry> *entries = nullptr;
    const QByteArray *locators = nullptr;
    size_t index = 0;

    // In a file.
    QTemporaryFile *file = nullptr;
    QByteArray block;
    qsizetype position = 0;
    QString error;

    bool less(const Cursor &o) const { return std::tie(from, to, rank) < std::tie(o.from, o.to, o.rank); }
    bool sameKey(const Cursor &o) const { return from == o.from && to == o.to && rank == o.rank; }

    // Moves to the next record; false at the end or on an error (then `error` says why).
    bool advance()
    {
        if (entries) {
            if (index >= entries->size()) {
                atEnd = true;
                return false;
            }
            const Entry &e = (*entries)[index++];
            from = e.from;
            to = e.to;
            utcMs = e.utcMs;
            duration = e.duration;
            rank = e.rank;
            locator = QByteArrayView(locators->constData() + e.locatorOffset, e.locatorSize);
            return true;
        }
        if (!ensure(FixedSize)) {
            atEnd = true;
            return false;
        }
        const char *p = block.constData() + position;
        quint32 size = 0;
        std::memcpy(&from, p, 8);
        std::memcpy(&to, p + 8, 8);
        std::memcpy(&utcMs, p + 16, 8);
        std::memcpy(&duration, p + 24, 8);
        std::memcpy(&size, p + 32, 4);
        rank = quint8(p[36]);
        if (!ensure(FixedSize + qsizetype(size))) {
            if (error.isEmpty())
                error = file->fileName();
            atEnd = true;
            return false;
        }
        p = block.constData() + position;
        locator = QByteArrayView(p + FixedSize, size);
        position += FixedSize + qsizetype(size);
        return true;
    }

private:
    // At least `bytes` unread bytes in the block, reading more of the file if needed.
    bool ensure(qsizetype bytes)
    {
        if (block.size() - position >= bytes)
            return true;
        block.remove(0, position);
        position = 0;
        while (block.size() < bytes) {
            const qsizetype have = block.size();
            block.resize(have + std::max(ReadBlock, bytes - have));
            const qint64 n = file->read(block.data() + have, block.size() - have);
            if (n < 0) {
                error = file->errorString();
                block.resize(have);
                return false;
            }
            block.resize(have + n);
            if (n == 0)
                return false;
        }
        return true;
    }
};

Status LinkAggregator::finish(const std::function<Status(const Group &)> &each)
{
    sortRun();
    // Runs in the order they were written: the files, then the one in memory. Among equal keys
    // the earliest run's record comes first, so a group's first record is its first event.
    std::vector<Cursor> cursors(m_files.size() + 1);
    for (size_t i = 0; i < m_files.size(); ++i)
        cursors[i].file = m_files[i].get();
    cursors.back().entries = &m_entries;
    cursors.back().locators = &m_locators;
    for (Cursor &c : cursors) {
        if (!c.advance() && !c.error.isEmpty())
            return aggregationError(c.error);
    }

    Group group;
    QByteArray firstLocator;
    bool open = false;
    const auto give = [&]() -> Status {
        group.firstLocator = QByteArrayView(firstLocator);
        return each(group);
    };
    for (;;) {
        Cursor *next = nullptr;
        for (Cursor &c : cursors) {
            if (!c.atEnd && (!next || c.less(*next)))
                next = &c;
        }
        if (!next)
            break;
        const bool sameGroup = open && group.from == next->from && group.to == next->to && typeRanks().rankOf[size_t(group.type)] == next->rank;
        if (!sameGroup) {
            if (open) {
                if (Status s = give(); !s)
                    return s;
            }
            group = Group{next->from, next->to, typeRanks().typeAt[next->rank], 0, 0, next->utcMs, next->utcMs, {}};
            // Kept in one buffer that grows to the longest locator (no allocation per group).
            firstLocator.resize(next->locator.size());
            std::memcpy(firstLocator.data(), next->locator.data(), size_t(next->locator.size()));
            open = true;
        }
        ++group.count;
        if (__builtin_add_overflow(group.duration, next->duration, &group.duration))
            return aggregationError(QCoreApplication::translate("sg::SourceWriter", "the durations of the events from entity %1 to entity %2 add up to more "
                                                                                    "than can be stored; a record's duration is wrong")
                                        .arg(group.from)
                                        .arg(group.to));
        group.firstUtcMs = std::min(group.firstUtcMs, next->utcMs);
        group.lastUtcMs = std::max(group.lastUtcMs, next->utcMs);
        if (!next->advance() && !next->error.isEmpty())
            return aggregationError(next->error);
    }
    if (open) {
        if (Status s = give(); !s)
            return s;
    }
    m_entries = {};
    m_locators = {};
    m_files.clear();
    return Ok{};
}

} // namespace sg

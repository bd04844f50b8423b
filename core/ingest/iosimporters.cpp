#include "core/ingest/iosimporters.h"

#include "core/model/progress.h"
#include "core/store/evidencedatabase.h"
#include "core/store/sourcewriter.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace sg {

namespace {

// 2001-01-01T00:00:00Z in milliseconds since 1970.
constexpr qint64 AppleEpochMs = 978307200000LL;

// An iMessage handle may be an e-mail address (an Apple ID) rather than a number.
Result<std::optional<EntityId>> handleEntity(DeviceImportContext &context, const QString &handle, const QString &locator)
{
    if (handle.contains(QLatin1Char('@'))) {
        const QString email = handle.trimmed().toLower();
        auto id = context.writer().entity(EntityType::Email, email, false, locator, handle);
        if (!id)
            return id.error();
        return std::optional<EntityId>(*id);
    }
    return context.phone(handle, locator);
}

} // namespace

QString IosCallHistoryImporter::displayName() const { return tr("iOS call history (CallHistory.storedata)"); }

int IosCallHistoryImporter::recognise(const EvidenceDatabase &db) const
{
    if (!db.hasTable(QStringLiteral("ZCALLRECORD")))
        return 0;
    for (const char *column : {"ZADDRESS", "ZDATE", "ZDURATION", "ZORIGINATED"}) {
        if (!db.hasColumn(QStringLiteral("ZCALLRECORD"), QLatin1String(column)))
            return 0;
    }
    return 90;
}

Status IosCallHistoryImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    qint64 done = 0;
    Status failure = Ok{};
    auto stop = [&failure](const Status &s) {
        failure = s;
        return false;
    };
    Status read = db.query(QStringLiteral("SELECT Z_PK, ZADDRESS, ZDATE, ZDURATION, ZORIGINATED, ZANSWERED, ZCALLTYPE, ZNAME "
                                          "FROM ZCALLRECORD ORDER BY Z_PK"),
                           {}, [&](const EvidenceRow &row) {
        const QString locator = QStringLiteral("%1:ZCALLRECORD:Z_PK=%2").arg(context.fileName()).arg(row.integer(0));
        ++context.report().rows;
        auto owner = context.owner(QString(), locator);
        if (!owner)
            return stop(owner.error());
        // ZADDRESS is a BLOB holding UTF-8 text.
        const QString address = QString::fromUtf8(row.blob(1)).trimmed();
        auto other = context.phone(address, locator);
        if (!other)
            return stop(other.error());
        const bool outgoing = row.integer(4) == 1;
        const bool answered = row.integer(5) == 1;
        Event event;
        event.type = EventType::Call;
        event.utcMs = AppleEpochMs + qint64(std::llround(row.real(2) * 1000.0));
        event.duration = qint64(std::llround(row.real(3)));
        event.direction = outgoing ? QStringLiteral("out") : QStringLiteral("in");
        const qint64 callType = row.integer(6);
        QStringList status;
        if (!outgoing && !answered && event.duration == 0)
            status << QStringLiteral("missed");
        if (callType == 8)
            status << QStringLiteral("FaceTime video");
        else if (callType == 16)
            status << QStringLiteral("FaceTime audio");
        event.status = status.join(QStringLiteral(", "));
        if (Status s = context.ownerEvent(event, *owner, *other, !outgoing, locator); !s)
            return stop(s);
        const QString name = row.text(7).trimmed();
        if (other->has_value() && !name.isEmpty()) {
            if (Status s = context.writer().alias(**other, name, locator); !s)
                return stop(s);
        }
        if (DeviceImportContext::cancelled(progress, ++done))
            return stop(context.stopped());
        return true;
    });
    if (!failure)
        return failure;
    if (!read)
        return read;
    return Ok{};
}

QString IosMessagesImporter::displayName() const { return tr("iOS messages (sms.db)"); }

qint64 IosMessagesImporter::appleTimeToUtcMs(double value)
{
    // Nanoseconds since 2001 are beyond 1e11 for any date after 2001-01-01 00:01:40; seconds
    // stay below it until the year 5170.
    const double seconds = std::fabs(value) > 1e11 ? value / 1e9 : value;
    return AppleEpochMs + qint64(std::llround(seconds * 1000.0));
}

int IosMessagesImporter::recognise(const EvidenceDatabase &db) const
{
    if (!db.hasTable(QStringLiteral("message")) || !db.hasTable(QStringLiteral("handle")))
        return 0;
    for (const char *column : {"handle_id", "date", "is_from_me", "text"}) {
        if (!db.hasColumn(QStringLiteral("message"), QLatin1String(column)))
            return 0;
    }
    return 90;
}

Status IosMessagesImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    QHash<qint64, QString> handles;
    Status s = db.query(QStringLiteral("SELECT ROWID, id FROM handle"), {}, [&handles](const EvidenceRow &row) {
        handles.insert(row.integer(0), row.text(1));
        return true;
    });
    if (!s)
        return s;
    // The members of each message's chat, for messages the owner sent to a group.
    QHash<qint64, QList<qint64>> chatMembersOfMessage;
    if (db.hasTable(QStringLiteral("chat_message_join")) && db.hasTable(QStringLiteral("chat_handle_join"))) {
        s = db.query(QStringLiteral("SELECT cmj.message_id, chj.handle_id FROM chat_message_join cmj "
                                    "JOIN chat_handle_join chj ON chj.chat_id = cmj.chat_id ORDER BY cmj.message_id, chj.handle_id"),
                     {}, [&chatMembersOfMessage](const EvidenceRow &row) {
                         chatMembersOfMessage[row.integer(0)] << row.integer(1);
                         return true;
                     });
        if (!s)
            return s;
    }

    const bool hasService = db.hasColumn(QStringLiteral("message"), QStringLiteral("service"));
    qint64 done = 0;
    Status failure = Ok{};
    auto stop = [&failure](const Status &st) {
        failure = st;
        return false;
    };
    Status read = db.query(QStringLiteral("SELECT ROWID, handle_id, date, is_from_me, text, %1 FROM message ORDER BY ROWID")
                               .arg(hasService ? QStringLiteral("service") : QStringLiteral("''")),
                           {}, [&](const EvidenceRow &row) {
        const qint64 id = row.integer(0);
        const QString locator = QStringLiteral("%1:message:ROWID=%2").arg(context.fileName()).arg(id);
        ++context.report().rows;
        auto owner = context.owner(QString(), locator);
        if (!owner)
            return stop(owner.error());
        const bool fromMe = row.integer(3) == 1;
        QList<qint64> counterparts;
        if (row.integer(1) > 0)
            counterparts << row.integer(1);
        else
            counterparts = chatMembersOfMessage.value(id);
        Event event;
        event.type = row.text(5) == QLatin1String("iMessage") ? EventType::Message : EventType::Sms;
        event.utcMs = appleTimeToUtcMs(row.real(2));
        event.body = row.text(4);
        event.direction = fromMe ? QStringLiteral("out") : QStringLiteral("in");
        if (counterparts.isEmpty())
            counterparts << 0; // counterpart unknown
        for (const qint64 handle : std::as_const(counterparts)) {
            auto other = handleEntity(context, handles.value(handle), locator);
            if (!other)
                return stop(other.error());
            if (Status w = context.ownerEvent(event, *owner, *other, !fromMe, locator); !w)
                return stop(w);
        }
        if (DeviceImportContext::cancelled(progress, ++done))
            return stop(context.stopped());
        return true;
    });
    if (!failure)
        return failure;
    if (!read)
        return read;
    return Ok{};
}

} // namespace sg

namespace sg {

QString IosAddressBookImporter::displayName() const { return tr("iOS contacts (AddressBook.sqlitedb)"); }

int IosAddressBookImporter::recognise(const EvidenceDatabase &db) const
{
    return db.hasTable(QStringLiteral("ABPerson")) && db.hasTable(QStringLiteral("ABMultiValue")) ? 90 : 0;
}

Status IosAddressBookImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    struct Person
    {
        QString name;
        QStringList phones;
        QStringList emails;
    };
    QMap<qint64, Person> people;
    Status s = db.query(QStringLiteral("SELECT ROWID, First, Middle, Last, Organization, Nickname FROM ABPerson ORDER BY ROWID"), {},
                        [&](const EvidenceRow &row) {
                            QStringList parts;
                            for (int c = 1; c <= 3; ++c) {
                                const QString part = row.text(c).trimmed();
                                if (!part.isEmpty())
                                    parts << part;
                            }
                            Person p;
                            p.name = parts.join(QLatin1Char(' '));
                            if (p.name.isEmpty())
                                p.name = row.text(4).trimmed();
                            if (p.name.isEmpty())
                                p.name = row.text(5).trimmed();
                            people.insert(row.integer(0), p);
                            ++context.report().rows;
                            return true;
                        });
    if (!s)
        return s;
    s = db.query(QStringLiteral("SELECT record_id, property, value FROM ABMultiValue WHERE property IN (3, 4) ORDER BY UID"), {},
                 [&](const EvidenceRow &row) {
                     auto it = people.find(row.integer(0));
                     const QString value = row.text(2).trimmed();
                     if (it == people.end() || value.isEmpty())
                         return true;
                     QStringList &list = row.integer(1) == 3 ? it->phones : it->emails;
                     if (!list.contains(value))
                         list << value;
                     return true;
                 });
    if (!s)
        return s;
    if (progress)
        progress->setTotal(people.size());
    qint64 done = 0;
    for (auto it = people.constBegin(); it != people.constEnd(); ++it) {
        const QString locator = QStringLiteral("%1:ABPerson:ROWID=%2").arg(context.fileName()).arg(it.key());
        if (Status w = context.contact(QString::number(it.key()), it->name, it->phones, it->emails, locator); !w)
            return w;
        if (DeviceImportContext::cancelled(progress, ++done))
            return context.stopped();
    }
    return Ok{};
}

} // namespace sg

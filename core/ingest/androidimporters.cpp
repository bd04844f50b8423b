#include "core/ingest/androidimporters.h"

#include "core/model/progress.h"
#include "core/store/evidencedatabase.h"
#include "core/store/sourcewriter.h"

#include <QHash>
#include <QSet>

namespace sg {

namespace {

// A column's value, or a default when this Android version's table does not have it.
struct Columns
{
    const EvidenceRow &row;
    QHash<QString, int> indexes;

    explicit Columns(const EvidenceRow &r) : row(r)
    {
        for (int i = 0; i < r.columnCount(); ++i)
            indexes.insert(r.name(i).toLower(), i);
    }
    bool has(const char *name) const { return indexes.contains(QLatin1String(name)); }
    qint64 integer(const char *name, qint64 fallback = 0) const
    {
        const int i = indexes.value(QLatin1String(name), -1);
        return i < 0 || row.isNull(i) ? fallback : row.integer(i);
    }
    QString text(const char *name) const
    {
        const int i = indexes.value(QLatin1String(name), -1);
        return i < 0 ? QString() : row.text(i);
    }
};

qint64 countRows(const EvidenceDatabase &db, const QString &table)
{
    qint64 n = 0;
    (void)db.query(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table), {}, [&n](const EvidenceRow &row) {
        n = row.integer(0);
        return false;
    });
    return n;
}

} // namespace

QString AndroidCallLogImporter::displayName() const { return tr("Android call log (calllog.db)"); }

int AndroidCallLogImporter::recognise(const EvidenceDatabase &db) const
{
    if (!db.hasTable(QStringLiteral("calls")))
        return 0;
    for (const char *column : {"number", "date", "duration", "type"}) {
        if (!db.hasColumn(QStringLiteral("calls"), QLatin1String(column)))
            return 0;
    }
    return 90;
}

Status AndroidCallLogImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    return importAndroidCalls(db, context, progress);
}

Status importAndroidCalls(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    const qint64 total = countRows(db, QStringLiteral("calls"));
    if (progress)
        progress->setTotal(total);
    qint64 done = 0;
    Status failure = Ok{};
    Status read = db.query(QStringLiteral("SELECT * FROM calls ORDER BY _id"), {}, [&](const EvidenceRow &row) {
        const Columns c(row);
        const qint64 id = c.integer("_id");
        const QString locator = context.locator(QStringLiteral("calls"), id);
        ++context.report().rows;
        auto owner = context.owner(c.text("phone_account_address"), locator);
        if (!owner) {
            failure = owner.error();
            return false;
        }
        auto other = context.phone(c.text("number"), locator);
        if (!other) {
            failure = other.error();
            return false;
        }
        const qint64 type = c.integer("type");
        static const QHash<qint64, std::pair<bool, const char *>> types{
            {1, {true, ""}}, {2, {false, ""}}, {3, {true, "missed"}}, {4, {true, "voicemail"}},
            {5, {true, "rejected"}}, {6, {true, "blocked"}}, {7, {true, "answered elsewhere"}},
        };
        const auto known = types.constFind(type);
        Event event;
        event.type = EventType::Call;
        event.utcMs = c.integer("date");
        event.duration = c.integer("duration");
        const bool incoming = known == types.constEnd() || known->first;
        event.direction = incoming ? QStringLiteral("in") : QStringLiteral("out");
        event.status = known == types.constEnd() ? QStringLiteral("type %1").arg(type) : QString::fromLatin1(known->second);
        event.deleted = c.integer("deleted") != 0;
        if (Status s = context.ownerEvent(event, *owner, *other, incoming, locator); !s) {
            failure = s;
            return false;
        }
        // The name the phone showed is the contact book's name for the number.
        const QString name = c.text("name").trimmed();
        if (other->has_value() && !name.isEmpty()) {
            if (Status s = context.writer().alias(**other, name, locator); !s) {
                failure = s;
                return false;
            }
        }
        if (DeviceImportContext::cancelled(progress, ++done)) {
            failure = context.stopped();
            return false;
        }
        return true;
    });
    if (!failure)
        return failure;
    if (!read)
        return read;
    return Ok{};
}

QString AndroidMessagesImporter::displayName() const { return tr("Android messages (mmssms.db)"); }

int AndroidMessagesImporter::recognise(const EvidenceDatabase &db) const
{
    if (!db.hasTable(QStringLiteral("sms")) || !db.hasColumn(QStringLiteral("sms"), QStringLiteral("address"))
        || !db.hasColumn(QStringLiteral("sms"), QStringLiteral("body")))
        return 0;
    return db.hasTable(QStringLiteral("pdu")) ? 95 : 85;
}

Status AndroidMessagesImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    const bool hasMms = db.hasTable(QStringLiteral("pdu")) && db.hasTable(QStringLiteral("addr"));
    if (progress)
        progress->setTotal(countRows(db, QStringLiteral("sms")) + (hasMms ? countRows(db, QStringLiteral("pdu")) : 0));

    // The owner's own number: the sender of the MMS this device sent.
    QString ownNumber;
    if (hasMms) {
        Status s = db.query(QStringLiteral("SELECT a.address FROM addr a JOIN pdu p ON p._id = a.msg_id "
                                           "WHERE p.msg_box = 2 AND a.type = 137 AND a.address NOT LIKE 'insert-address-token' "
                                           "ORDER BY p._id LIMIT 1"),
                            {}, [&ownNumber](const EvidenceRow &row) {
                                ownNumber = row.text(0);
                                return false;
                            });
        if (!s)
            return s;
    }
    if (!ownNumber.isEmpty())
        context.report().notes << tr("The owner's number %1 is taken from the messages the device sent.").arg(ownNumber);

    qint64 done = 0;
    Status failure = Ok{};
    auto stop = [&](const Status &s) {
        failure = s;
        return false;
    };

    Status read = db.query(QStringLiteral("SELECT * FROM sms ORDER BY _id"), {}, [&](const EvidenceRow &row) {
        const Columns c(row);
        const QString locator = context.locator(QStringLiteral("sms"), c.integer("_id"));
        ++context.report().rows;
        auto owner = context.owner(ownNumber, locator);
        if (!owner)
            return stop(owner.error());
        auto other = context.phone(c.text("address"), locator);
        if (!other)
            return stop(other.error());
        const qint64 type = c.integer("type");
        static const QHash<qint64, const char *> statuses{{1, ""}, {2, ""}, {3, "draft"}, {4, "outbox"}, {5, "failed"}, {6, "queued"}};
        Event event;
        event.type = EventType::Sms;
        event.utcMs = c.integer("date");
        event.body = c.text("body");
        const bool incoming = type == 1;
        event.direction = incoming ? QStringLiteral("in") : QStringLiteral("out");
        event.status = QString::fromLatin1(statuses.value(type, ""));
        event.deleted = c.integer("deleted") != 0;
        if (Status s = context.ownerEvent(event, *owner, *other, incoming, locator); !s)
            return stop(s);
        if (DeviceImportContext::cancelled(progress, ++done))
            return stop(context.stopped());
        return true;
    });
    if (!failure)
        return failure;
    if (!read)
        return read;

    if (hasMms) {
        // Text parts and addresses first, keyed by message.
        QHash<qint64, QStringList> texts;
        if (db.hasTable(QStringLiteral("part"))) {
            Status s = db.query(QStringLiteral("SELECT mid, text FROM part WHERE ct = 'text/plain' ORDER BY mid, _id"), {},
                                [&texts](const EvidenceRow &row) {
                                    texts[row.integer(0)] << row.text(1);
                                    return true;
                                });
            if (!s)
                return s;
        }
        QHash<qint64, QList<std::pair<qint64, QString>>> addresses;
        Status s = db.query(QStringLiteral("SELECT msg_id, type, address FROM addr ORDER BY msg_id, _id"), {},
                            [&addresses](const EvidenceRow &row) {
                                addresses[row.integer(0)] << std::pair{row.integer(1), row.text(2)};
                                return true;
                            });
        if (!s)
            return s;

        read = db.query(QStringLiteral("SELECT * FROM pdu ORDER BY _id"), {}, [&](const EvidenceRow &row) {
            const Columns c(row);
            const qint64 id = c.integer("_id");
            const QString locator = context.locator(QStringLiteral("pdu"), id);
            ++context.report().rows;
            auto owner = context.owner(ownNumber, locator);
            if (!owner)
                return stop(owner.error());
            const qint64 box = c.integer("msg_box");
            const bool incoming = box == 1;
            Event event;
            event.type = EventType::Mms;
            event.utcMs = c.integer("date") * 1000; // pdu.date is in seconds
            event.body = texts.value(id).join(QLatin1Char('\n'));
            event.direction = incoming ? QStringLiteral("in") : QStringLiteral("out");
            static const QHash<qint64, const char *> boxes{{1, ""}, {2, ""}, {3, "draft"}, {4, "outbox"}, {5, "failed"}};
            event.status = QString::fromLatin1(boxes.value(box, ""));
            if (c.integer("m_type") == 130)
                event.status = QStringLiteral("not downloaded");
            event.deleted = c.integer("deleted") != 0;
            // Received: one event from the sender. Sent: one event to each recipient.
            QStringList others;
            for (const auto &[type, address] : addresses.value(id)) {
                if (address.isEmpty() || address == QLatin1String("insert-address-token"))
                    continue;
                if ((incoming && type == 137) || (!incoming && (type == 151 || type == 130 || type == 129)))
                    others << address;
            }
            if (others.isEmpty())
                others << QString(); // counterpart unknown
            for (const QString &address : std::as_const(others)) {
                auto other = context.phone(address, locator);
                if (!other)
                    return stop(other.error());
                if (Status w = context.ownerEvent(event, *owner, *other, incoming, locator); !w)
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
    }
    return Ok{};
}

} // namespace sg

namespace sg {

QString AndroidContactsImporter::displayName() const { return tr("Android contacts (contacts2.db)"); }

int AndroidContactsImporter::recognise(const EvidenceDatabase &db) const
{
    for (const char *table : {"raw_contacts", "data", "mimetypes"}) {
        if (!db.hasTable(QLatin1String(table)))
            return 0;
    }
    // A contacts2.db that still holds the call log is read by the call-log importer when the
    // contact book is empty; otherwise the contact book matters more.
    return 92;
}

Status AndroidContactsImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    struct Contact
    {
        qint64 id = 0;
        QString name;
        QString locator;
        bool deleted = true; // deleted only if every raw contact is
        QStringList phones;
        QStringList emails;
    };
    QMap<qint64, Contact> contacts; // by contact_id, in order
    QHash<qint64, qint64> contactOfRaw;
    Status s = db.query(QStringLiteral("SELECT _id, contact_id, display_name, deleted FROM raw_contacts ORDER BY _id"), {},
                        [&](const EvidenceRow &row) {
                            const qint64 raw = row.integer(0);
                            // A raw contact not yet aggregated stands alone.
                            const qint64 contactId = row.isNull(1) ? -raw : row.integer(1);
                            Contact &c = contacts[contactId];
                            if (c.locator.isEmpty()) {
                                c.id = contactId;
                                c.locator = context.locator(QStringLiteral("raw_contacts"), raw);
                            }
                            if (c.name.isEmpty())
                                c.name = row.text(2).trimmed();
                            c.deleted = c.deleted && row.integer(3) != 0;
                            contactOfRaw.insert(raw, contactId);
                            ++context.report().rows;
                            return true;
                        });
    if (!s)
        return s;
    s = db.query(QStringLiteral("SELECT d.raw_contact_id, m.mimetype, d.data1 FROM data d JOIN mimetypes m ON m._id = d.mimetype_id "
                                "WHERE m.mimetype IN ('vnd.android.cursor.item/phone_v2', 'vnd.android.cursor.item/email_v2', "
                                "'vnd.android.cursor.item/name') ORDER BY d._id"),
                 {}, [&](const EvidenceRow &row) {
                     const auto it = contactOfRaw.constFind(row.integer(0));
                     if (it == contactOfRaw.constEnd())
                         return true;
                     Contact &c = contacts[*it];
                     const QString mimetype = row.text(1);
                     const QString value = row.text(2).trimmed();
                     if (value.isEmpty())
                         return true;
                     if (mimetype.endsWith(QLatin1String("/phone_v2")) && !c.phones.contains(value))
                         c.phones << value;
                     else if (mimetype.endsWith(QLatin1String("/email_v2")) && !c.emails.contains(value.toLower()))
                         c.emails << value.toLower();
                     else if (mimetype.endsWith(QLatin1String("/name")) && c.name.isEmpty())
                         c.name = value;
                     return true;
                 });
    if (!s)
        return s;

    if (progress)
        progress->setTotal(contacts.size());
    qint64 done = 0;
    qint64 deleted = 0;
    for (const Contact &c : std::as_const(contacts)) {
        if (Status w = context.contact(QString::number(c.id), c.name, c.phones, c.emails, c.locator); !w)
            return w;
        if (c.deleted)
            ++deleted;
        if (DeviceImportContext::cancelled(progress, ++done))
            return context.stopped();
    }
    // Before Android 7 the call log lived in this database too.
    if (db.hasTable(QStringLiteral("calls")) && AndroidCallLogImporter().recognise(db) > 0) {
        if (Status c = importAndroidCalls(db, context, progress); !c)
            return c;
        context.report().notes << tr("The call log kept in this database was imported too.");
    }
    context.report().notes << tr("%n contact(s) from %1 of the contact book.", nullptr, int(contacts.size()))
                                  .arg(tr("%n entry(ies)", nullptr, int(context.report().rows)));
    if (deleted > 0)
        context.report().notes << tr("%n contacts had been deleted on the device; they are imported all the same.", nullptr, int(deleted));
    return Ok{};
}

} // namespace sg

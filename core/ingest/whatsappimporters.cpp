#include "core/ingest/whatsappimporters.h"

#include "core/model/progress.h"
#include "core/store/evidencedatabase.h"
#include "core/store/sourcewriter.h"

#include <QHash>

#include <cmath>

namespace sg {

namespace {

constexpr qint64 AppleEpochMs = 978307200000LL;

// One WhatsApp address-book entry: the person with their number (when the book names one) and
// the account, the name an alias of each. Both platforms' contact tables say the same thing.
Status writeWhatsAppContact(DeviceImportContext &context, WhatsAppIds &jids, qint64 entry, const QString &name, const QString &number,
                            const QString &jid, const QString &locator, bool personWithoutName)
{
    if (!name.isEmpty() || personWithoutName) {
        const QStringList phones = number.isEmpty() ? QStringList() : QStringList{number};
        if (Status c = context.contact(QString::number(entry), name, phones, {}, locator); !c)
            return c;
    }
    if (jid.isEmpty())
        return Ok{};
    auto id = jids.entity(jid, locator);
    if (!id)
        return id.error();
    if (!name.isEmpty())
        return context.writer().alias(*id, name, locator);
    return Ok{};
}

} // namespace

QString WhatsAppIosChatImporter::displayName() const { return tr("WhatsApp for iOS chats (ChatStorage.sqlite)"); }

int WhatsAppIosChatImporter::recognise(const EvidenceDatabase &db) const
{
    return db.hasTable(QStringLiteral("ZWAMESSAGE")) && db.hasTable(QStringLiteral("ZWACHATSESSION")) ? 95 : 0;
}

Status WhatsAppIosChatImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    WhatsAppIds jids(context);
    // The owner: the account the device received messages as.
    QString ownerJid;
    Status s = db.query(QStringLiteral("SELECT ZTOJID, count(*) AS n FROM ZWAMESSAGE WHERE ZISFROMME = 0 AND ZTOJID LIKE '%@s.whatsapp.net' "
                                       "GROUP BY ZTOJID ORDER BY n DESC LIMIT 1"),
                        {}, [&ownerJid](const EvidenceRow &row) {
                            ownerJid = row.text(0);
                            return false;
                        });
    if (!s)
        return s;
    // Where the owner comes from: the messages as a whole, not one record.
    const QString ownerLocator = QStringLiteral("%1:ZWAMESSAGE:ZTOJID").arg(context.fileName());
    std::optional<EntityId> owner;
    if (!ownerJid.isEmpty()) {
        auto ownPhone = context.owner(QLatin1Char('+') + ownerJid.section(QLatin1Char('@'), 0, 0), ownerLocator);
        if (!ownPhone)
            return ownPhone.error();
        auto id = jids.entity(ownerJid, ownerLocator);
        if (!id)
            return id.error();
        owner = *id;
        context.report().notes << tr("The owner's WhatsApp account is %1.").arg(ownerJid);
    } else {
        auto device = context.handset(ownerLocator);
        if (!device)
            return device.error();
        owner = *device;
    }

    // Chats: the partner of a conversation, or the group with its name and members.
    struct Chat
    {
        QString jid;
        bool group = false;
        EntityId entity = 0;
    };
    QHash<qint64, Chat> chats;
    Status failure = Ok{};
    auto stop = [&failure](const Status &st) {
        failure = st;
        return false;
    };
    s = db.query(QStringLiteral("SELECT Z_PK, ZSESSIONTYPE, ZCONTACTJID, ZPARTNERNAME FROM ZWACHATSESSION ORDER BY Z_PK"), {},
                 [&](const EvidenceRow &row) {
                     const QString locator = QStringLiteral("%1:ZWACHATSESSION:Z_PK=%2").arg(context.fileName()).arg(row.integer(0));
                     Chat chat;
                     chat.jid = row.text(2);
                     chat.group = chat.jid.endsWith(QLatin1String("@g.us"));
                     if (chat.jid.isEmpty())
                         return true;
                     auto id = jids.entity(chat.jid, locator);
                     if (!id)
                         return stop(id.error());
                     chat.entity = *id;
                     const QString name = row.text(3).trimmed();
                     if (!name.isEmpty()) {
                         if (Status a = context.writer().alias(*id, name, locator); !a)
                             return stop(a);
                     }
                     chats.insert(row.integer(0), chat);
                     return true;
                 });
    if (!failure)
        return failure;
    if (!s)
        return s;

    QHash<qint64, QString> memberJids;
    if (db.hasTable(QStringLiteral("ZWAGROUPMEMBER"))) {
        s = db.query(QStringLiteral("SELECT Z_PK, ZCHATSESSION, ZMEMBERJID, ZCONTACTNAME FROM ZWAGROUPMEMBER ORDER BY Z_PK"), {},
                     [&](const EvidenceRow &row) {
                         const QString locator = QStringLiteral("%1:ZWAGROUPMEMBER:Z_PK=%2").arg(context.fileName()).arg(row.integer(0));
                         const QString jid = row.text(2);
                         memberJids.insert(row.integer(0), jid);
                         const auto chat = chats.constFind(row.integer(1));
                         if (jid.isEmpty() || chat == chats.constEnd())
                             return true;
                         auto member = jids.entity(jid, locator);
                         if (!member)
                             return stop(member.error());
                         if (Status l = context.writer().declaredLink(LinkKind::MemberOf, *member, chat->entity, locator); !l)
                             return stop(l);
                         const QString name = row.text(3).trimmed();
                         if (!name.isEmpty()) {
                             if (Status a = context.writer().alias(*member, name, locator); !a)
                                 return stop(a);
                         }
                         return true;
                     });
        if (!failure)
            return failure;
        if (!s)
            return s;
    }

    qint64 done = 0;
    s = db.query(QStringLiteral("SELECT Z_PK, ZCHATSESSION, ZISFROMME, ZFROMJID, ZGROUPMEMBER, ZMESSAGEDATE, ZMESSAGETYPE, "
                                "ZGROUPEVENTTYPE, ZTEXT FROM ZWAMESSAGE ORDER BY Z_PK"),
                 {}, [&](const EvidenceRow &row) {
                     const QString locator = context.locator(QStringLiteral("ZWAMESSAGE"), row.integer(0)).replace(
                         QLatin1String(":_id="), QLatin1String(":Z_PK="));
                     ++context.report().rows;
                     const Chat chat = chats.value(row.integer(1));
                     const bool fromMe = row.integer(2) == 1;
                     const qint64 type = row.integer(6);
                     const bool system = type == 6 || type == 10;
                     // The sender: the owner, the group member who wrote, or the partner.
                     std::optional<EntityId> sender;
                     if (fromMe) {
                         sender = owner;
                     } else {
                         QString jid = chat.group ? memberJids.value(row.integer(4)) : row.text(3);
                         if (jid.isEmpty() && !chat.group)
                             jid = chat.jid;
                         if (!jid.isEmpty()) {
                             auto id = jids.entity(jid, locator);
                             if (!id)
                                 return stop(id.error());
                             sender = *id;
                         }
                     }
                     Event event;
                     event.type = EventType::Message;
                     event.utcMs = AppleEpochMs + qint64(std::llround(row.real(5) * 1000.0));
                     event.utcOffsetSeconds = context.offsetAt(event.utcMs);
                     event.body = row.text(8);
                     event.direction = fromMe ? QStringLiteral("out") : QStringLiteral("in");
                     static const QHash<qint64, const char *> kinds{{1, "image"}, {2, "video"}, {3, "voice note"}, {4, "contact"},
                                                                    {5, "location"}, {7, "link"}, {8, "document"}, {15, "sticker"}};
                     event.status = system ? QStringLiteral("system") : QString::fromLatin1(kinds.value(type, ""));
                     if (chat.group) {
                         event.from = sender.value_or(chat.entity);
                         event.to = sender ? chat.entity : owner.value_or(0);
                     } else {
                         event.from = fromMe ? *owner : sender.value_or(*owner);
                         event.to = fromMe ? chat.entity : *owner;
                     }
                     if (event.from == 0)
                         return true; // no chat and no sender: nothing to attach the message to
                     if (Status w = context.writer().event(event, locator); !w)
                         return stop(w);
                     ++context.report().events;
                     if (DeviceImportContext::cancelled(progress, ++done))
                         return stop(context.stopped());
                     return true;
                 });
    if (!failure)
        return failure;
    if (!s)
        return s;
    return Ok{};
}

} // namespace sg

namespace sg {

QString WhatsAppIosContactsImporter::displayName() const { return tr("WhatsApp for iOS contacts (ContactsV2.sqlite)"); }

int WhatsAppIosContactsImporter::recognise(const EvidenceDatabase &db) const
{
    return db.hasTable(QStringLiteral("ZWAADDRESSBOOKCONTACT")) ? 90 : 0;
}

Status WhatsAppIosContactsImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *)
{
    WhatsAppIds jids(context);
    Status failure = Ok{};
    Status s = db.query(QStringLiteral("SELECT Z_PK, ZFULLNAME, ZPHONENUMBER, ZWHATSAPPID FROM ZWAADDRESSBOOKCONTACT ORDER BY Z_PK"), {},
                        [&](const EvidenceRow &row) {
                            const QString locator = QStringLiteral("%1:ZWAADDRESSBOOKCONTACT:Z_PK=%2").arg(context.fileName()).arg(row.integer(0));
                            ++context.report().rows;
                            if (Status c = writeWhatsAppContact(context, jids, row.integer(0), row.text(1).trimmed(), row.text(2).trimmed(),
                                                                row.text(3).trimmed(), locator, true);
                                !c) {
                                failure = c;
                                return false;
                            }
                            return true;
                        });
    if (!failure)
        return failure;
    if (!s)
        return s;
    return Ok{};
}

QString WhatsAppIosCallsImporter::displayName() const { return tr("WhatsApp for iOS calls (CallHistory.sqlite)"); }

int WhatsAppIosCallsImporter::recognise(const EvidenceDatabase &db) const
{
    return db.hasTable(QStringLiteral("ZWACDCALLEVENT")) && db.hasTable(QStringLiteral("ZWACDCALLEVENTPARTICIPANT")) ? 90 : 0;
}

Status WhatsAppIosCallsImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *)
{
    QHash<qint64, QStringList> participants;
    QSet<QString> participantJids;
    Status s = db.query(QStringLiteral("SELECT Z1PARTICIPANTS, ZJIDSTRING FROM ZWACDCALLEVENTPARTICIPANT ORDER BY Z_PK"), {},
                        [&](const EvidenceRow &row) {
                            participants[row.integer(0)] << row.text(1);
                            participantJids.insert(row.text(1));
                            return true;
                        });
    if (!s)
        return s;
    // The owner creates calls but is never listed as a participant of their own calls.
    QString ownerJid;
    s = db.query(QStringLiteral("SELECT DISTINCT ZGROUPCALLCREATORUSERJIDSTRING FROM ZWACDCALLEVENT"), {}, [&](const EvidenceRow &row) {
        if (!participantJids.contains(row.text(0)) && !row.text(0).isEmpty())
            ownerJid = row.text(0);
        return ownerJid.isEmpty();
    });
    if (!s)
        return s;
    WhatsAppIds jids(context);
    const QString ownerLocator = QStringLiteral("%1:ZWACDCALLEVENT").arg(context.fileName());
    std::optional<EntityId> owner;
    if (!ownerJid.isEmpty()) {
        auto phone = context.owner(QLatin1Char('+') + ownerJid.section(QLatin1Char('@'), 0, 0), ownerLocator);
        if (!phone)
            return phone.error();
        auto id = jids.entity(ownerJid, ownerLocator);
        if (!id)
            return id.error();
        owner = *id;
    }
    Status failure = Ok{};
    s = db.query(QStringLiteral("SELECT Z_PK, ZDATE, ZDURATION, ZOUTCOME, ZGROUPCALLCREATORUSERJIDSTRING, ZGROUPJIDSTRING "
                                "FROM ZWACDCALLEVENT ORDER BY Z_PK"),
                 {}, [&](const EvidenceRow &row) {
                     const qint64 pk = row.integer(0);
                     const QString locator = QStringLiteral("%1:ZWACDCALLEVENT:Z_PK=%2").arg(context.fileName()).arg(pk);
                     ++context.report().rows;
                     auto creator = jids.entity(row.text(4), locator);
                     if (!creator) {
                         failure = creator.error();
                         return false;
                     }
                     Event event;
                     event.type = EventType::Call;
                     event.utcMs = AppleEpochMs + qint64(std::llround(row.real(1) * 1000.0));
                     event.utcOffsetSeconds = context.offsetAt(event.utcMs);
                     event.duration = qint64(std::llround(row.real(2)));
                     event.direction = row.text(4) == ownerJid ? QStringLiteral("out") : QStringLiteral("in");
                     event.status = row.integer(3) == 0 ? QStringLiteral("WhatsApp")
                                                        : QStringLiteral("WhatsApp, outcome %1").arg(row.integer(3));
                     QStringList others = participants.value(pk);
                     // An incoming call reached the owner, who is not listed.
                     if (event.direction == QLatin1String("in") && owner)
                         others = QStringList{ownerJid};
                     for (const QString &jid : std::as_const(others)) {
                         auto other = jids.entity(jid, locator);
                         if (!other) {
                             failure = other.error();
                             return false;
                         }
                         event.from = *creator;
                         event.to = *other;
                         if (Status w = context.writer().event(event, locator); !w) {
                             failure = w;
                             return false;
                         }
                         ++context.report().events;
                     }
                     return true;
                 });
    if (!failure)
        return failure;
    return s;
}

} // namespace sg

namespace sg {

QString WhatsAppAndroidMessagesImporter::displayName() const { return tr("WhatsApp for Android messages (msgstore.db)"); }

int WhatsAppAndroidMessagesImporter::recognise(const EvidenceDatabase &db) const
{
    if (db.hasTable(QStringLiteral("message")) && db.hasTable(QStringLiteral("jid")) && db.hasTable(QStringLiteral("chat")))
        return 95;
    if (db.hasTable(QStringLiteral("messages")) && db.hasColumn(QStringLiteral("messages"), QStringLiteral("key_remote_jid")))
        return 95;
    return 0;
}

Status WhatsAppAndroidMessagesImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress)
{
    WhatsAppIds jids(context);
    auto handset = context.handset(context.fileName());
    if (!handset)
        return handset.error();
    const bool modern = db.hasTable(QStringLiteral("message")) && db.hasTable(QStringLiteral("jid"));
    if (modern)
        context.report().notes << tr("Read with the current WhatsApp schema (message, jid, chat).");
    else
        context.report().notes << tr("Read with the legacy WhatsApp schema (messages).");

    // Group names.
    QHash<QString, QString> subjects;
    const QString subjectSql = modern
        ? QStringLiteral("SELECT j.raw_string, c.subject FROM chat c JOIN jid j ON j._id = c.jid_row_id WHERE c.subject IS NOT NULL")
        : (db.hasTable(QStringLiteral("chat_list")) && db.hasColumn(QStringLiteral("chat_list"), QStringLiteral("subject"))
               ? QStringLiteral("SELECT key_remote_jid, subject FROM chat_list WHERE subject IS NOT NULL")
               : QString());
    if (!subjectSql.isEmpty()) {
        Status s = db.query(subjectSql, {}, [&subjects](const EvidenceRow &row) {
            subjects.insert(row.text(0), row.text(1));
            return true;
        });
        if (!s)
            return s;
    }

    const QString sql = modern
        ? QStringLiteral("SELECT m._id, cj.raw_string, m.from_me, sj.raw_string, m.timestamp, m.text_data, m.message_type "
                         "FROM message m JOIN chat c ON c._id = m.chat_row_id JOIN jid cj ON cj._id = c.jid_row_id "
                         "LEFT JOIN jid sj ON sj._id = m.sender_jid_row_id ORDER BY m._id")
        : QStringLiteral("SELECT _id, key_remote_jid, key_from_me, remote_resource, timestamp, data, media_wa_type "
                         "FROM messages ORDER BY _id");
    const QString table = modern ? QStringLiteral("message") : QStringLiteral("messages");
    Status failure = Ok{};
    auto stop = [&failure](const Status &st) {
        failure = st;
        return false;
    };
    qint64 done = 0;
    Status s = db.query(sql, {}, [&](const EvidenceRow &row) {
        const QString locator = context.locator(table, row.integer(0));
        const QString chatJid = row.text(1);
        // The legacy schema keeps a status row per chat with the jid "-1" or "status@broadcast".
        if (chatJid.isEmpty() || chatJid == QLatin1String("-1"))
            return true;
        ++context.report().rows;
        auto chat = jids.entity(chatJid, locator);
        if (!chat)
            return stop(chat.error());
        const auto subject = subjects.constFind(chatJid);
        if (subject != subjects.constEnd() && !subject->isEmpty()) {
            if (Status a = context.writer().alias(*chat, *subject, locator); !a)
                return stop(a);
        }
        const bool group = chatJid.endsWith(QLatin1String("@g.us"));
        const bool fromMe = row.integer(2) == 1;
        Event event;
        event.type = EventType::Message;
        event.utcMs = row.integer(4);
        event.utcOffsetSeconds = context.offsetAt(event.utcMs);
        event.body = row.text(5);
        event.direction = fromMe ? QStringLiteral("out") : QStringLiteral("in");
        static const QHash<qint64, const char *> kinds{{1, "image"}, {2, "audio"}, {3, "video"}, {4, "contact"},
                                                       {5, "location"}, {7, "system"}, {9, "document"}, {13, "gif"},
                                                       {15, "deleted"}, {20, "sticker"}};
        event.status = QString::fromLatin1(kinds.value(row.integer(6), ""));
        if (row.integer(6) == 15)
            event.deleted = true; // "this message was deleted"
        if (group) {
            std::optional<EntityId> sender;
            if (fromMe) {
                sender = *handset;
            } else if (!row.text(3).isEmpty()) {
                auto id = jids.entity(row.text(3), locator);
                if (!id)
                    return stop(id.error());
                sender = *id;
                if (Status l = context.writer().declaredLink(LinkKind::MemberOf, *id, *chat, locator); !l)
                    return stop(l);
            }
            event.from = sender.value_or(*chat);
            event.to = sender ? *chat : *handset;
        } else {
            event.from = fromMe ? *handset : *chat;
            event.to = fromMe ? *chat : *handset;
        }
        if (Status w = context.writer().event(event, locator); !w)
            return stop(w);
        ++context.report().events;
        if (DeviceImportContext::cancelled(progress, ++done))
            return stop(context.stopped());
        return true;
    });
    if (!failure)
        return failure;
    return s;
}

QString WhatsAppAndroidContactsImporter::displayName() const { return tr("WhatsApp for Android contacts (wa.db)"); }

int WhatsAppAndroidContactsImporter::recognise(const EvidenceDatabase &db) const
{
    return db.hasTable(QStringLiteral("wa_contacts")) && db.hasColumn(QStringLiteral("wa_contacts"), QStringLiteral("jid")) ? 90 : 0;
}

Status WhatsAppAndroidContactsImporter::importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *)
{
    WhatsAppIds jids(context);
    const bool hasNumber = db.hasColumn(QStringLiteral("wa_contacts"), QStringLiteral("number"));
    const bool hasName = db.hasColumn(QStringLiteral("wa_contacts"), QStringLiteral("display_name"));
    Status failure = Ok{};
    Status s = db.query(QStringLiteral("SELECT _id, jid, %1, %2 FROM wa_contacts ORDER BY _id")
                            .arg(hasName ? QStringLiteral("display_name") : QStringLiteral("NULL"),
                                 hasNumber ? QStringLiteral("number") : QStringLiteral("NULL")),
                        {}, [&](const EvidenceRow &row) {
                            const QString locator = context.locator(QStringLiteral("wa_contacts"), row.integer(0));
                            ++context.report().rows;
                            // Entries without a name are only accounts the phone has seen.
                            if (Status c = writeWhatsAppContact(context, jids, row.integer(0), row.text(2).trimmed(), row.text(3).trimmed(),
                                                                row.text(1).trimmed(), locator, false);
                                !c) {
                                failure = c;
                                return false;
                            }
                            return true;
                        });
    if (!failure)
        return failure;
    return s;
}

} // namespace sg

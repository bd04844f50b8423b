#pragma once

#include "core/ingest/deviceimport.h"

namespace sg {

// WhatsApp on iOS: ChatStorage.sqlite. Every JID becomes a messenger entity; a JID of a phone
// number (…@s.whatsapp.net) is linked to that number, an @lid id has no number and stays as it
// is, a group (…@g.us) is an entity named after the group with its members linked to it.
// Messages (ZWAMESSAGE, ZMESSAGEDATE in seconds since 2001) go from their sender to the other
// party of a chat, or to the group; group notices (who joined, who created) are marked
// "system". The owner is the account the device received messages as.
class WhatsAppIosChatImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::WhatsAppIosChatImporter)

public:
    QString format() const override { return QStringLiteral("whatsapp-ios-chats"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

protected:
    int recognise(const EvidenceDatabase &db) const override;
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

} // namespace sg

namespace sg {

// WhatsApp for iOS contacts: ContactsV2.sqlite, ZWAADDRESSBOOKCONTACT. Each entry is a person
// from this book with the number and the WhatsApp account it names, the name an alias of each.
class WhatsAppIosContactsImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::WhatsAppIosContactsImporter)

public:
    QString format() const override { return QStringLiteral("whatsapp-ios-contacts"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

protected:
    int recognise(const EvidenceDatabase &db) const override;
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

// WhatsApp for iOS calls: CallHistory.sqlite, ZWACDCALLEVENT with its participants. The call
// goes from its creator to each participant; ZDATE in seconds since 2001. The owner is the
// creator who never appears as a participant.
class WhatsAppIosCallsImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::WhatsAppIosCallsImporter)

public:
    QString format() const override { return QStringLiteral("whatsapp-ios-calls"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

protected:
    int recognise(const EvidenceDatabase &db) const override;
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

} // namespace sg

namespace sg {

// WhatsApp for Android: msgstore.db, in either schema, told apart by their tables: the legacy
// `messages` (key_remote_jid, key_from_me, data, timestamp in ms, remote_resource for the sender
// in a group) or the modern `message` with `jid` and `chat` (chat_row_id, from_me,
// sender_jid_row_id, text_data). The device does not record its own account here: messages go
// between the handset and each JID, group messages from their sender to the group.
class WhatsAppAndroidMessagesImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::WhatsAppAndroidMessagesImporter)

public:
    QString format() const override { return QStringLiteral("whatsapp-android-msgstore"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int recognise(const EvidenceDatabase &db) const override;

protected:
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

// WhatsApp for Android contacts: wa.db, `wa_contacts` (jid, display_name, number). Each entry
// with a name is a person from this book, with the number and the account, the name an alias.
class WhatsAppAndroidContactsImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::WhatsAppAndroidContactsImporter)

public:
    QString format() const override { return QStringLiteral("whatsapp-android-contacts"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int recognise(const EvidenceDatabase &db) const override;

protected:
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

} // namespace sg

#pragma once

#include "core/ingest/deviceimport.h"

namespace sg {

// Android's call log: `calls` in calllog.db (and in contacts2.db before Android 7). The owner's
// own number (phone_account_address, when the device recorded it) is the other end of each
// call; types 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked, 7 answered
// elsewhere; `date` in milliseconds since 1970; rows marked deleted are imported as deleted.
class AndroidCallLogImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::AndroidCallLogImporter)

public:
    int recognise(const EvidenceDatabase &db) const override;
    QString format() const override { return QStringLiteral("android-calllog"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

protected:
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

// The `calls` table of calllog.db, or of contacts2.db before Android 7.
Status importAndroidCalls(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress);

// Android's messages: mmssms.db. SMS from `sms` (`date` in milliseconds; type 1 inbox, 2 sent,
// 3 draft, 4 outbox, 5 failed, 6 queued) and MMS from `pdu` with its addresses (`addr`: 137 from,
// 151 to, 130 cc, 129 bcc) and text parts (`part`), `pdu.date` in seconds. The owner is the
// sender of the MMS the device sent.
class AndroidMessagesImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::AndroidMessagesImporter)

public:
    QString format() const override { return QStringLiteral("android-mmssms"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

protected:
    int recognise(const EvidenceDatabase &db) const override;
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

} // namespace sg

namespace sg {

// Android's contact book: contacts2.db, `raw_contacts` (one per account a contact is synced
// with) grouped into contacts by contact_id, `data` rows read through `mimetypes` by name. Each
// contact becomes one person with the contact's name; their numbers and e-mail addresses get the
// name as an alias from this source, and a `uses` link from the person. The call log that older
// Android versions keep in this database is imported by AndroidCallLogImporter.
class AndroidContactsImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::AndroidContactsImporter)

public:
    QString format() const override { return QStringLiteral("android-contacts"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

protected:
    int recognise(const EvidenceDatabase &db) const override;
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

} // namespace sg

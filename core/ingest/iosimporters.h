#pragma once

#include "core/ingest/deviceimport.h"

namespace sg {

// iOS call history: CallHistory.storedata, Core Data table ZCALLRECORD. ZADDRESS is a BLOB of
// UTF-8; ZDATE seconds since 2001-01-01 UTC; ZORIGINATED 1 for calls the owner made; an incoming
// call not answered is missed. FaceTime calls (ZCALLTYPE 8 and 16) are marked as such.
class IosCallHistoryImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::IosCallHistoryImporter)

public:
    QString format() const override { return QStringLiteral("ios-callhistory"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

protected:
    int recognise(const EvidenceDatabase &db) const override;
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

// iOS Messages: sms.db, `message` with its `handle` (a number or an Apple ID e-mail). Dates are
// nanoseconds since 2001-01-01 on iOS 11 and later and seconds before, mixed on some versions,
// so each value is judged on its own. A message the owner sent in a group chat has no handle:
// its recipients come from the chat's members. iMessage is recorded as a message, SMS as SMS.
class IosMessagesImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::IosMessagesImporter)

public:
    QString format() const override { return QStringLiteral("ios-sms"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

    // Milliseconds since 1970 for an Apple timestamp in seconds or nanoseconds since 2001.
    static qint64 appleTimeToUtcMs(double value);

protected:
    int recognise(const EvidenceDatabase &db) const override;
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

} // namespace sg

namespace sg {

// iOS contacts: AddressBook.sqlitedb, ABPerson with its ABMultiValue entries (property 3 a
// number, 4 an e-mail address; labels such as _$!<Mobile>!$_). The full-text tables need an
// iOS-only tokenizer and are never touched.
class IosAddressBookImporter final : public DeviceDatabaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(sg::IosAddressBookImporter)

public:
    QString format() const override { return QStringLiteral("ios-addressbook"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }

protected:
    int recognise(const EvidenceDatabase &db) const override;
    Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) override;
};

} // namespace sg

#pragma once

#include "core/ingest/importer.h"
#include "core/model/records.h"
#include "core/normalize/phonenormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace sg {

class EvidenceDatabase;
class Progress;
class SourceWriter;

// What every importer of a device database shares: the numbers (normalised with the source's
// region, kept raw when they do not validate), the handset, the owner, and time. Lives for one
// import on the importer's thread.
class DeviceImportContext
{
    Q_DECLARE_TR_FUNCTIONS(sg::DeviceImportContext)

public:
    DeviceImportContext(SourceWriter &writer, const ImportOptions &options, const QString &fileName);

    SourceWriter &writer() { return m_writer; }
    QString fileName() const { return m_fileName; }
    QString locator(const QString &table, qint64 id) const;

    // The phone entity for a number as the device wrote it; nullopt for an empty number.
    Result<std::optional<EntityId>> phone(const QString &raw, const QString &locator);
    // The handset the database came from: the device with the IMEI the extraction names (see
    // identifyHandset() and ImportOptions::imei); without one it is known by the extraction
    // folder or the evidence file.
    Result<EntityId> handset(const QString &locator);
    // The extraction names the handset's IMEI (15 digits; one failing the Luhn check is kept raw).
    Status identifyHandset(const QString &imei, const QString &locator);
    // The owner: their own number when the database says it, otherwise the handset.
    Result<EntityId> owner(const QString &ownNumber, const QString &locator);
    // A contact-book entry: a person known only by this book (`bookId` says which entry), with
    // the name as an alias of the person and of each number and e-mail address, and a `uses`
    // link from the person to each (and to each of `accounts`, messenger ids the entry names).
    Status contact(const QString &bookId, const QString &name, const QStringList &phones, const QStringList &emails,
                   const QString &locator, const QList<EntityId> &accounts = {});

    // Writes an event between the owner and a counterpart: from the counterpart when `incoming`,
    // to it otherwise. A counterpart that is unknown (a withheld number) leaves the event with the
    // owner alone. Sets the source's offset for the instant and counts the event.
    Status ownerEvent(Event event, EntityId owner, std::optional<EntityId> other, bool incoming, const QString &locator);
    // Writes an event whose parties are known; the offset is the one the record wrote, or else
    // the source zone's. Counts the event.
    Status event(Event event, EntityId from, EntityId to, std::optional<int> writtenOffset, const QString &locator);

    // Reports `done` records to the progress; true when the user asked to stop.
    static bool cancelled(Progress *progress, qint64 done);
    // The error that ends an import the user stopped.
    Error stopped() const;

    // The offset of the source's zone at a UTC instant.
    int offsetAt(qint64 utcMs) const;
    // The source's zone, for local times written without an offset.
    QTimeZone zone() const { return m_zone; }

    ImportReport &report() { return m_report; }

private:
    SourceWriter &m_writer;
    QString m_fileName;
    PhoneNormalizer m_phones;
    QTimeZone m_zone;
    std::optional<EntityId> m_handset;
    QString m_device;
    QString m_imei;
    ImportReport m_report;
};

// WhatsApp ids (JIDs) as messenger entities: a personal id (…@s.whatsapp.net) is linked to the
// phone number it contains, an @lid id has no number and stays as it is, a group (…@g.us) is
// an entity of its own.
class WhatsAppIds
{
public:
    explicit WhatsAppIds(DeviceImportContext &context) : m_context(context) {}
    Result<EntityId> entity(const QString &jid, const QString &locator);

private:
    DeviceImportContext &m_context;
    QHash<QString, EntityId> m_ids;
};

// An importer of one kind of app database: sniffing opens the working copy and looks for the
// tables; run() opens it, records its schema version, and hands it to importDatabase().
class DeviceDatabaseImporter : public Importer
{
public:
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;

    // How sure this importer is, given the database's tables (0: not its database).
    virtual int recognise(const EvidenceDatabase &db) const = 0;

protected:
    virtual Status importDatabase(const EvidenceDatabase &db, DeviceImportContext &context, Progress *progress) = 0;
};

} // namespace sg

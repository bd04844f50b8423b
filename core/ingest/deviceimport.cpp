#include "core/ingest/deviceimport.h"

#include "core/model/progress.h"
#include "core/normalize/digits.h"
#include "core/store/evidencedatabase.h"
#include "core/store/sourcewriter.h"

#include <QDateTime>

namespace sg {

DeviceImportContext::DeviceImportContext(SourceWriter &writer, const ImportOptions &options, const QString &fileName)
    : m_writer(writer)
    , m_fileName(fileName)
    , m_phones(options.region)
    , m_zone(options.timeZone.toUtf8())
    , m_device(options.device)
    , m_imei(options.imei)
{
}

QString DeviceImportContext::locator(const QString &table, qint64 id) const
{
    return QStringLiteral("%1:%2:_id=%3").arg(m_fileName, table).arg(id);
}

Result<std::optional<EntityId>> DeviceImportContext::phone(const QString &raw, const QString &locator)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return std::optional<EntityId>();
    const NormalizedPhone p = m_phones.normalize(trimmed);
    auto id = m_writer.entity(EntityType::Phone, p.key, !p.valid, locator, trimmed);
    if (!id)
        return id.error();
    return std::optional<EntityId>(*id);
}

Result<EntityId> DeviceImportContext::handset(const QString &locator)
{
    if (m_handset)
        return *m_handset;
    if (!m_imei.isEmpty()) {
        if (Status s = identifyHandset(m_imei, locator); !s)
            return s.error();
        return *m_handset;
    }
    // No IMEI in an app database: the handset is known by the extraction, or by the evidence
    // file when it came alone.
    const QString key = m_device.isEmpty() ? QStringLiteral("handset of %1 (%2)").arg(m_fileName, m_writer.source().sha256.left(12))
                                           : QStringLiteral("handset of %1").arg(m_device);
    auto id = m_writer.entity(EntityType::Device, key, true, locator, QString());
    if (!id)
        return id.error();
    m_handset = *id;
    return *id;
}

Status DeviceImportContext::identifyHandset(const QString &imei, const QString &locator)
{
    const QString digits = digitsOnly(imei);
    if (digits.isEmpty())
        return Ok{};
    const bool valid = isValidImei(digits);
    auto id = m_writer.entity(EntityType::Device, valid ? digits : imei.trimmed(), !valid, locator, imei.trimmed());
    if (!id)
        return id.error();
    m_handset = *id;
    m_imei = digits;
    return Ok{};
}

Result<EntityId> DeviceImportContext::owner(const QString &ownNumber, const QString &locator)
{
    auto own = phone(ownNumber, locator);
    if (!own)
        return own.error();
    if (own->has_value()) {
        auto device = handset(locator);
        if (!device)
            return device.error();
        if (Status s = m_writer.declaredLink(LinkKind::Uses, *device, **own, locator); !s)
            return s.error();
        return **own;
    }
    return handset(locator);
}

Status DeviceImportContext::contact(const QString &bookId, const QString &name, const QStringList &phones,
                                    const QStringList &emails, const QString &locator, const QList<EntityId> &accounts)
{
    const QString key = QStringLiteral("%1 (%2) contact %3").arg(m_fileName, m_writer.source().sha256.left(12), bookId);
    auto person = m_writer.entity(EntityType::Person, key, true, locator, name);
    if (!person)
        return person.error();
    QList<EntityId> identifiers;
    for (const QString &number : phones) {
        auto phone = this->phone(number, locator);
        if (!phone)
            return phone.error();
        if (phone->has_value())
            identifiers << **phone;
    }
    for (const QString &email : emails) {
        const QString address = email.trimmed().toLower();
        if (address.isEmpty())
            continue;
        auto id = m_writer.entity(EntityType::Email, address, false, locator, email);
        if (!id)
            return id.error();
        identifiers << *id;
    }
    identifiers << accounts;
    if (!name.isEmpty()) {
        if (Status s = m_writer.alias(*person, name, locator); !s)
            return s;
    }
    for (const EntityId id : std::as_const(identifiers)) {
        if (!name.isEmpty()) {
            if (Status s = m_writer.alias(id, name, locator); !s)
                return s;
        }
        if (Status s = m_writer.declaredLink(LinkKind::Uses, *person, id, locator); !s)
            return s;
    }
    return Ok{};
}

Status DeviceImportContext::ownerEvent(Event event, EntityId owner, std::optional<EntityId> other, bool incoming,
                                       const QString &locator)
{
    const EntityId from = incoming && other ? *other : owner;
    const EntityId to = incoming ? (other ? owner : 0) : other.value_or(0);
    return this->event(std::move(event), from, to, std::nullopt, locator);
}

Status DeviceImportContext::event(Event event, EntityId from, EntityId to, std::optional<int> writtenOffset,
                                  const QString &locator)
{
    event.from = from;
    event.to = to;
    event.utcOffsetSeconds = writtenOffset ? *writtenOffset : offsetAt(event.utcMs);
    if (Status s = m_writer.event(event, locator); !s)
        return s;
    ++m_report.events;
    return Ok{};
}

Result<EntityId> WhatsAppIds::entity(const QString &jid, const QString &locator)
{
    const auto it = m_ids.constFind(jid);
    if (it != m_ids.constEnd())
        return *it;
    auto id = m_context.writer().entity(EntityType::Messenger, jid, false, locator, jid);
    if (!id)
        return id.error();
    // A personal WhatsApp id is the account's phone number.
    if (jid.endsWith(QLatin1String("@s.whatsapp.net"))) {
        auto phone = m_context.phone(QLatin1Char('+') + jid.section(QLatin1Char('@'), 0, 0), locator);
        if (!phone)
            return phone.error();
        if (phone->has_value()) {
            if (Status s = m_context.writer().declaredLink(LinkKind::Uses, **phone, *id, locator); !s)
                return s.error();
        }
    }
    m_ids.insert(jid, *id);
    return *id;
}

bool DeviceImportContext::cancelled(Progress *progress, qint64 done)
{
    if (!progress)
        return false;
    progress->setDone(done);
    return progress->isCancelled();
}

Error DeviceImportContext::stopped() const
{
    return SourceWriter::stopped(m_fileName);
}

int DeviceImportContext::offsetAt(qint64 utcMs) const
{
    return m_zone.isValid() ? m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)) : 0;
}

int DeviceDatabaseImporter::sniff(const QString &path, const QString &fileName, const QByteArray &head) const
{
    if (path.isEmpty() || !EvidenceDatabase::looksLikeSqlite(head))
        return 0;
    auto db = EvidenceDatabase::open(path, fileName);
    return db ? recognise(**db) : 0;
}

Result<ImportReport> DeviceDatabaseImporter::run(const QString &path, const QString &displayFileName,
                                                 const ImportOptions &options, SourceWriter &writer, Progress *progress)
{
    auto db = EvidenceDatabase::open(path, displayFileName);
    if (!db)
        return db.error();
    if (recognise(**db) == 0) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("sg::DeviceImportContext", "%1 is not a %2 database.").arg(displayFileName, displayName()),
                     QCoreApplication::translate("sg::DeviceImportContext", "tables: %1").arg((*db)->tables().join(QStringLiteral(", ")))};
    }
    writer.setAppSchemaVersion((*db)->userVersion());
    DeviceImportContext context(writer, options, displayFileName);
    if (progress)
        progress->setStage(QCoreApplication::translate("sg::DeviceImportContext", "Reading %1").arg(displayFileName));
    if (Status s = importDatabase(**db, context, progress); !s)
        return s.error();
    // The report's entity count is filled in by the import service after this returns; the writer
    // knows now whether the database named anyone (a contact book has entities and no events).
    if (context.report().events == 0 && writer.entityCount() == 0 && context.report().rejected.isEmpty())
        context.report().notes << QCoreApplication::translate("sg::DeviceImportContext", "The database holds no records.");
    return context.report();
}

} // namespace sg

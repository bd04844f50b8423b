#include "core/ingest/importservice.h"

#include "core/ingest/androidimporters.h"
#include "core/ingest/cellsiteimporter.h"
#include "core/ingest/exchangeimporters.h"
#include "core/ingest/cdrimporter.h"
#include "core/ingest/iosimporters.h"
#include "core/ingest/moneyimporter.h"
#include "core/ingest/ufdrimporter.h"
#include "core/ingest/whatsappimporters.h"
#include "core/ingest/xryimporter.h"
#include "core/model/progress.h"
#include "core/normalize/phonenormalizer.h"
#include "core/store/casestore.h"
#include "core/store/evidencedatabase.h"
#include "core/store/filehash.h"
#include "core/store/sha256.h"
#include "core/store/sourcewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

#include <future>

namespace sg {

namespace {


// SQLite evidence comes with companions that hold part of its content.
const char *const Companions[] = {"-wal", "-shm", "-journal"};

// Why a copy to the working folder failed (a full disk under it is the usual cause).
Error copyFailed(const QString &file, const QString &workDir, const QString &reason)
{
    return Error{ErrorCode::Io, ImportService::tr("%1 could not be copied to the working folder.").arg(file),
                 QStringLiteral("%1: %2").arg(workDir, reason)};
}

// The evidence at `from` copied to `to` and hashed in the same pass: the SHA-256 is of exactly the
// bytes the import then reads, and the file is read once instead of three times (hash, copy, hash
// of the copy: 4.6 s of an import of 5M call records). Progress counts bytes.
Result<QString> copyHashing(const QString &from, const QString &to, const QString &workDir, Progress *progress)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, ImportService::tr("Cannot read %1.").arg(from), in.errorString()};
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return copyFailed(from, workDir, out.errorString());
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error{ErrorCode::Io, ImportService::tr("Cannot read %1.").arg(from), in.errorString()};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return copyFailed(from, workDir, out.errorString());
        done += n;
        if (progress) {
            progress->setDone(done);
            if (progress->isCancelled())
                return Error{ErrorCode::Cancelled, ImportService::tr("Stopped by the user."), from};
        }
    }
    if (!out.flush())
        return copyFailed(from, workDir, out.errorString());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

std::vector<std::unique_ptr<Importer>> createImporters()
{
    std::vector<std::unique_ptr<Importer>> importers;
    importers.push_back(std::make_unique<CdrCsvImporter>());
    importers.push_back(std::make_unique<AndroidCallLogImporter>());
    importers.push_back(std::make_unique<AndroidMessagesImporter>());
    importers.push_back(std::make_unique<AndroidContactsImporter>());
    importers.push_back(std::make_unique<IosCallHistoryImporter>());
    importers.push_back(std::make_unique<IosMessagesImporter>());
    importers.push_back(std::make_unique<IosAddressBookImporter>());
    importers.push_back(std::make_unique<WhatsAppIosChatImporter>());
    importers.push_back(std::make_unique<WhatsAppIosContactsImporter>());
    importers.push_back(std::make_unique<WhatsAppIosCallsImporter>());
    importers.push_back(std::make_unique<WhatsAppAndroidMessagesImporter>());
    importers.push_back(std::make_unique<WhatsAppAndroidContactsImporter>());
    importers.push_back(std::make_unique<UfdrImporter>());
    importers.push_back(std::make_unique<XryImporter>());
    importers.push_back(std::make_unique<MoneyTableImporter>());
    importers.push_back(std::make_unique<CellSiteImporter>());
    importers.push_back(std::make_unique<AnxImporter>());
    importers.push_back(std::make_unique<GraphMLImporter>());
    importers.push_back(std::make_unique<BundleImporter>());
    importers.push_back(std::make_unique<SeagullCsvImporter>());
    return importers;
}

ImportService::ImportService(CaseStore &store)
    : m_store(store)
{
}

QStringList ImportService::formats()
{
    QStringList names;
    for (const auto &importer : createImporters())
        names << importer->format();
    return names;
}

Result<FolderImport> ImportService::importFolder(const QString &folder, const ImportOptions &requested, Progress *progress)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return Error{ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(folder), {}};
    ImportOptions options = requested;
    if (options.device.isEmpty()) {
        // One extraction, one handset: named after the folder and where it was.
        const QByteArray where = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
        options.device = QStringLiteral("%1 (%2)").arg(info.fileName(), QString::fromLatin1(where));
    }
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();

    auto isCompanion = [](const QString &file) {
        bool companion = false;
        for (const char *suffix : Companions)
            companion = companion || (file.endsWith(QLatin1String(suffix)) && QFileInfo::exists(file.chopped(int(qstrlen(suffix)))));
        return companion;
    };
    // A file of the extraction may name the handset's IMEI (XRY's device information); then
    // every file joins that handset. Two different IMEIs: the folder is not one handset.
    if (options.imei.isEmpty()) {
        QSet<QString> imeis;
        const auto importers = createImporters();
        for (const QString &file : std::as_const(files)) {
            if (isCompanion(file))
                continue;
            for (const auto &importer : importers) {
                const QString imei = importer->handsetImei(file);
                if (!imei.isEmpty())
                    imeis.insert(imei);
            }
        }
        if (imeis.size() == 1)
            options.imei = *imeis.cbegin();
    }

    FolderImport result;
    result.device = options.device;
    result.imei = options.imei;
    for (const QString &file : std::as_const(files)) {
        if (progress && progress->isCancelled())
            return Error{ErrorCode::Cancelled, tr("Stopped by the user."), {}};
        if (isCompanion(file))
            continue;
        auto outcome = importFile(file, options, progress, Unknown::Skip);
        if (!outcome) {
            if (outcome.error().code == ErrorCode::Cancelled)
                return outcome.error();
            result.failures.append({file, outcome.error()});
            continue;
        }
        result.outcomes.append(*outcome);
    }
    return result;
}

Result<ImportOutcome> ImportService::importFile(const QString &path, const ImportOptions &requested, Progress *progress,
                                                Unknown unknown)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        return Error{ErrorCode::NotFound, tr("The file %1 does not exist.").arg(path), {}};
    if (!info.isFile())
        return Error{ErrorCode::InvalidInput, tr("%1 is not a file.").arg(path), {}};
    if (!info.isReadable())
        return Error{ErrorCode::Io, tr("%1 cannot be read: permission denied.").arg(path), {}};
    if (info.size() == 0) {
        if (unknown == Unknown::Skip) {
            ImportOutcome outcome;
            outcome.file = path;
            outcome.skipped = tr("the file is empty");
            return outcome;
        }
        return Error{ErrorCode::InvalidInput, tr("%1 is empty.").arg(path), {}};
    }

    ImportOptions options = requested;
    if (options.region.isEmpty())
        options.region = m_store.info().region;
    if (options.timeZone.isEmpty())
        options.timeZone = m_store.info().timeZone;
    if (!PhoneNormalizer::isKnownRegion(options.region))
        return Error{ErrorCode::InvalidInput, tr("Unknown region \"%1\".").arg(options.region), tr("use a two-letter country code such as KH")};
    if (!QTimeZone(options.timeZone.toUtf8()).isValid())
        return Error{ErrorCode::InvalidInput, tr("Unknown time zone \"%1\".").arg(options.timeZone), tr("use an IANA name such as Asia/Phnom_Penh")};

    // 1. Work on a private copy, never on the evidence itself, hashed as it is copied; the same
    // file twice adds nothing.
    QTemporaryDir workDir;
    if (!workDir.isValid())
        return Error{ErrorCode::Io, tr("No working folder could be created for the import."), workDir.errorString()};
    const QString copyPath = QDir(workDir.path()).filePath(fileName);
    if (progress) {
        progress->setStage(tr("Hashing %1").arg(fileName));
        progress->setTotal(info.size());
    }
    auto hash = copyHashing(path, copyPath, workDir.path(), progress);
    if (!hash)
        return hash.error();
    auto earlier = m_store.sourceBySha256(*hash);
    if (!earlier)
        return earlier.error();
    if (earlier->has_value()) {
        ImportOutcome outcome;
        outcome.duplicate = true;
        outcome.source = **earlier;
        outcome.file = path;
        return outcome;
    }
    // 2. The companions of a database.
    for (const char *suffix : Companions) {
        const QString companion = path + QLatin1String(suffix);
        if (QFile from(companion); from.exists() && !from.copy(copyPath + QLatin1String(suffix)))
            return copyFailed(companion, workDir.path(), from.errorString());
    }

    // 3. Find the importer.
    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1.").arg(path), copy.errorString()};
    const QByteArray head = copy.read(1 << 16);
    copy.close();
    // Mappings saved in the case are tried after the ones given.
    auto saved = m_store.mappings();
    if (!saved)
        return saved.error();
    options.mappings << *saved;
    auto importers = createImporters();
    for (const auto &importer : importers)
        importer->prepare(options);
    Importer *chosen = nullptr;
    QStringList tried;
    if (options.format.isEmpty() || options.format == QLatin1String("auto")) {
        int best = 0;
        for (const auto &importer : importers) {
            tried << importer->format();
            const int confidence = importer->sniff(copyPath, fileName, head);
            if (confidence > best) {
                best = confidence;
                chosen = importer.get();
            }
        }
        if (!chosen) {
            // A database: say whether it can be read at all, then that no importer knows it.
            // A database that cannot be read is always reported, even in a folder.
            QString reason;
            Error error;
            if (EvidenceDatabase::looksLikeSqlite(head)) {
                auto db = EvidenceDatabase::open(copyPath, fileName);
                if (!db)
                    return db.error();
                reason = tr("a database Seagull does not know how to read");
                error = Error{ErrorCode::InvalidInput, tr("%1 is a database Seagull does not know how to read.").arg(path),
                              tr("tables: %1").arg((*db)->tables().mid(0, 20).join(QStringLiteral(", ")))};
            }
            if (unknown == Unknown::Skip) {
                ImportOutcome outcome;
                outcome.file = path;
                outcome.skipped = reason.isEmpty() ? tr("not in a format Seagull can import") : reason;
                return outcome;
            }
            if (!reason.isEmpty())
                return error;
            // Binary without a database header: an encrypted database (SQLCipher, WeChat, Signal)
            // looks exactly like this.
            if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF")) {
                return Error{ErrorCode::InvalidInput,
                             tr("%1 cannot be imported: it is binary data that is neither a known format nor a readable "
                                "SQLite database (an encrypted database looks like this).").arg(path),
                             tr("formats tried: %1").arg(tried.join(QStringLiteral(", ")))};
            }
            // Text: let the call-record reader say exactly what it misses.
            auto layout = CdrCsvImporter::detect(fileName, head, options.encoding);
            if (!layout)
                return layout.error();
            return Error{ErrorCode::InvalidInput, tr("%1 is not in a format Seagull can import.").arg(path),
                         tr("formats tried: %1").arg(tried.join(QStringLiteral(", ")))};
        }
    } else {
        for (const auto &importer : importers) {
            if (importer->format() == options.format)
                chosen = importer.get();
        }
        if (!chosen) {
            return Error{ErrorCode::InvalidInput, tr("Unknown format \"%1\".").arg(options.format),
                         tr("known formats: %1").arg(formats().join(QStringLiteral(", ")))};
        }
    }

    // 4. Read everything into one transaction.
    SourceRecord record;
    record.path = info.absoluteFilePath();
    record.fileName = fileName;
    record.sha256 = *hash;
    record.size = info.size();
    record.format = chosen->format();
    record.importer = QStringLiteral("seagull/%1").arg(chosen->format());
    record.importerVersion = chosen->version();
    record.region = options.region.toUpper();
    record.timeZone = options.timeZone;
    auto writer = m_store.beginSource(record);
    if (!writer)
        return writer.error();
    auto report = chosen->run(copyPath, fileName, options, **writer, progress);
    if (!report)
        return report.error();
    // Counted where every entity passes, so each importer's report agrees with the case.
    report->entities = (*writer)->entityCount();
    if (const qint64 n = (*writer)->namesCut(); n > 0)
        report->notes << tr("%n name(s) or number(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record's place.", nullptr, int(n))
                             .arg(SourceWriter::MaxNameLength);
    if (const qint64 n = (*writer)->mergedMentioned(); n > 0)
        report->notes << tr("%n entity(ies) named here had been merged into others: what this file says of them went to the ones they were merged into, "
                            "recorded with each merge, so that a split gives it back.",
                            nullptr, int(n));
    if (const qint64 n = (*writer)->deletedMentioned(); n > 0)
        report->notes << tr("%n entity(ies) named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.",
                            nullptr, int(n));
    if (const qint64 n = (*writer)->bodiesCut(); n > 0)
        report->notes << tr("%n message(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record's place.", nullptr, int(n))
                             .arg(SourceWriter::MaxBodyLength);

    // 5. The evidence must be exactly what it was before the import began: hashed again on a
    // second thread while the links are built, and checked before the source is committed.
    auto after = std::async(std::launch::async, [path] { return sha256OfFile(path); });
    const auto unchanged = [&after, &hash, &path]() -> Status {
        const Result<QString> now = after.get();
        if (!now)
            return now.error();
        if (*now != *hash) {
            return Error{ErrorCode::Integrity, tr("%1 changed during the import; nothing was added.").arg(path),
                         tr("SHA-256 before %1, after %2").arg(*hash, *now)};
        }
        return Ok{};
    };

    QMap<QString, qint64> counts{{QStringLiteral("rows"), report->rows},
                                 {QStringLiteral("events"), report->events},
                                 {QStringLiteral("entities"), report->entities},
                                 {QStringLiteral("preamble_lines"), report->preambleLines},
                                 {QStringLiteral("trailer_lines"), report->trailerLines}};
    for (auto it = report->counts.cbegin(); it != report->counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray rejected;
    for (const RejectedRow &row : std::as_const(report->rejected))
        rejected.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("message"), row.message}});
    if (progress)
        progress->setStage(tr("Linking %1").arg(fileName));
    if (Status s = (*writer)->commit(counts, rejected, unchanged, progress); !s)
        return s.error();

    ImportOutcome outcome;
    outcome.source = (*writer)->source();
    outcome.report = *report;
    outcome.file = path;
    return outcome;
}

} // namespace sg

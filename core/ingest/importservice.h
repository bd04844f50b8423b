#pragma once

#include "core/ingest/importer.h"
#include "core/model/records.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>

namespace sg {

class CaseStore;
class Progress;

struct ImportOutcome
{
    SourceRecord source;       // the new source, or the earlier one for a duplicate
    ImportReport report;
    bool duplicate = false;    // the same file (same SHA-256) was imported before: nothing added
    QString skipped;           // folder imports: why a file that no importer reads was left out
    QString file;              // the file this is about
};

// What a folder import did, file by file.
struct FolderImport
{
    QList<ImportOutcome> outcomes; // imported, duplicate or skipped, in path order
    QList<std::pair<QString, Error>> failures; // files that should have imported and did not
    QString device;                // the handset the folder is (ImportOptions::device)
    QString imei;                  // its IMEI, when a file of the folder names it
};

// Imports evidence files into a case with the guarantees of DESIGN.md §2: the file is hashed,
// copied into a private working folder and read there; everything from it is committed in one
// transaction or not at all; the original's hash is checked again afterwards. Runs on the
// calling thread; give it the worker's own CaseStore.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(sg::ImportService)

public:
    explicit ImportService(CaseStore &store);

    enum class Unknown { Fail, Skip };
    // `unknown` says what a file no importer reads is: an error, or an outcome marked skipped.
    Result<ImportOutcome> importFile(const QString &path, const ImportOptions &options, Progress *progress = nullptr,
                                     Unknown unknown = Unknown::Fail);
    // An extraction folder: every file in it and below, as one device (unless options.device
    // names another), skipping SQLite companions (-wal, -shm, -journal: they are read with
    // their database) and files no importer knows. Each file is its own source, all or nothing.
    Result<FolderImport> importFolder(const QString &folder, const ImportOptions &options, Progress *progress = nullptr);
    // The importers' format names, for `--format` and the import dialog.
    static QStringList formats();

private:
    CaseStore &m_store;
};

} // namespace sg

#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sg {

class Progress;
class SourceWriter;

struct ImportOptions
{
    static ImportOptions forRegion(const QString &region, const QString &timeZone)
    {
        ImportOptions options;
        options.region = region;
        options.timeZone = timeZone;
        return options;
    }

    QString format = QStringLiteral("auto"); // or an importer's format name
    QString region;                           // ISO 3166 code for numbers without country code
    QString timeZone;                         // IANA zone of local times in the source
    QString device;                           // the handset the files come from (an extraction
                                              // folder); empty: each database is its own
    QString imei;                             // that handset's IMEI, when the extraction names it
    QString encoding;                         // text files: an encoding TextEncoding knows; empty: detect
    QList<QJsonObject> mappings;              // table mappings to try first (given, then saved in the case)
};

// A record that could not be read: where it is and why.
struct RejectedRow
{
    qint64 line = 0;
    QString message;
};

struct ImportReport
{
    qint64 rows = 0;          // data records read (imported or rejected)
    qint64 events = 0;
    qint64 entities = 0;      // distinct entities the source mentions (counted by ImportService)
    qint64 preambleLines = 0; // lines before the header
    qint64 trailerLines = 0;  // summary lines after the data
    QList<RejectedRow> rejected;
    QStringList notes;        // what the analyst should know (detected layout, assumptions)
    QMap<QString, qint64> counts; // further counts kept with the source (deleted records, ...)
};

// One reader of one evidence format. Importers are stateless between runs; run() is called on a
// worker thread with a SourceWriter whose transaction it must not commit.
class Importer
{
public:
    virtual ~Importer() = default;

    virtual QString format() const = 0;      // stable name, e.g. "cdr-csv"
    virtual QString displayName() const = 0; // translated
    virtual QString version() const = 0;
    // 0: cannot read this file; 100: certain. `path` is the private working copy, `fileName` the
    // evidence's name, `head` the start of the file.
    virtual int sniff(const QString &path, const QString &fileName, const QByteArray &head) const = 0;
    virtual Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                     SourceWriter &writer, Progress *progress) = 0;
    // Called before sniffing with the options of the import (mappings to try, encoding).
    virtual void prepare(const ImportOptions &options) { Q_UNUSED(options); }
    // The IMEI of the handset a file describes, for formats that carry it in a file of its own
    // (an XRY device information file), so the other files of the extraction join that handset.
    // `path` is the evidence itself, opened read-only.
    virtual QString handsetImei(const QString &path) const
    {
        Q_UNUSED(path);
        return {};
    }
};

// Every importer Seagull has, in the order format sniffing asks them.
std::vector<std::unique_ptr<Importer>> createImporters();

} // namespace sg

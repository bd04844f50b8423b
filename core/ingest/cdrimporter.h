#pragma once

#include "core/ingest/importer.h"
#include "core/ingest/tablemapping.h"
#include "core/normalize/timeparse.h"

#include <QCoreApplication>
#include <QHash>

namespace sg {

// What a call-record column holds.
enum class CdrRole {
    Caller,     // A party: the number that made the call or sent the message
    Callee,     // B party
    Subscriber, // the target of a target-centric record; direction says who called whom
    Other,      // the other party of a target-centric record
    DateTime,
    Date,
    Time,
    Duration,
    CallType,
    Direction,
    Cell,
    Imei,
    Imsi,
};

// The layout of a call-record text file as detected from its start.
struct CdrLayout
{
    char delimiter = ',';
    QString encoding = QStringLiteral("UTF-8"); // as ICU names it; read through Utf8Device
    qint64 headerRecord = 0; // 0-based index of the header record
    QStringList headers;
    QHash<CdrRole, int> columns;
    DateOrder dateOrder = DateOrder::DayMonthYear;
    bool dateOrderGuessed = false; // no date decided the order: day-first was assumed
    QString mapping;                       // the mapping that gave the columns; empty: detected
    QHash<QString, bool> incomingCodes;    // a mapping's direction codes (upper case) -> incoming

    bool has(CdrRole role) const { return columns.contains(role); }
    QString describe() const;
};

// Operator call records (CDR) in CSV: columns found by their header names in English, Chinese,
// Thai and Vietnamese; comma, semicolon, tab or pipe; UTF-8 with or without BOM, UTF-16 with BOM,
// or a legacy code page (windows-874/TIS-620, GB18030, Big5, windows-1258), detected or given;
// report preambles before the header and totals after the data; dates in any common order.
class CdrCsvImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::CdrCsvImporter)

public:
    QString format() const override { return QStringLiteral("cdr-csv"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;

    // Detects the layout from the first bytes of a file, in `encoding` ("auto" or empty:
    // detected); an Error names what is missing.
    static Result<CdrLayout> detect(const QString &fileName, const QByteArray &head, const QString &encoding = {});
    // About how many records a file of `size` bytes holds: as many lines as long as those of its
    // first bytes, `head` (0 when the head has no line end).
    static qint64 estimatedRecords(const QByteArray &head, qint64 size);
    // The layout a call-record mapping gives, when one of `mappings` matches a header among the
    // first records; nullopt otherwise.
    static std::optional<CdrLayout> fromMappings(const QString &fileName, const QByteArray &head, const QString &encoding,
                                                 const QList<TableMapping> &mappings);
    void prepare(const ImportOptions &options) override;

private:
    QList<TableMapping> m_mappings; // call-record mappings given or saved in the case
};

} // namespace sg

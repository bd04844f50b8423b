#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sg {

// Rows of one table, as text: a CSV/TSV file in any encoding TextEncoding knows, or one
// worksheet of an XLSX workbook. Streams; memory does not grow with the table. Identifier
// cells are text as written: no leading zero lost, no "4.90154E+14".
class TableReader
{
public:
    virtual ~TableReader() = default;

    // The next record into `fields`; false at the end.
    virtual Result<bool> next(QStringList &fields) = 0;
    // Where the last record starts: the line of a text file, the row of a worksheet (1-based).
    virtual qint64 line() const = 0;
    // Bytes consumed and the total, for progress.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    // The worksheet's name; empty for a text file.
    virtual QString sheet() const { return {}; }
};

class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(sg::TableFile)

public:
    // True when the first bytes are an XLSX workbook (a zip holding xl/workbook.xml is checked
    // by open()).
    static bool looksLikeWorkbook(const QByteArray &head);
    // The tables of a file: one for a text file (its delimiter detected), one per worksheet of
    // a workbook. `encoding` is used for text files ("auto" or empty: detected).
    static Result<std::vector<std::unique_ptr<TableReader>>> open(const QString &path, const QString &displayName,
                                                                  const QString &encoding);
    // For sniffing: the tables of a file when its first bytes can be a text table or a workbook,
    // none otherwise (and none for a file that does not open).
    static std::vector<std::unique_ptr<TableReader>> tablesToSniff(const QString &path, const QString &fileName, const QByteArray &head);
    // The worksheet names of a workbook, in order.
    static Result<QStringList> sheetNames(const QString &path, const QString &displayName);
};

} // namespace sg

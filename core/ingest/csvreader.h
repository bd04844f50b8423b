#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace sg {

// Streams RFC 4180 records from a device: a configurable delimiter, double-quoted fields with
// embedded delimiters, doubled quotes and line breaks, CRLF or LF line ends. Fields come back as
// UTF-8 bytes; the caller decodes the ones it uses. Reads in blocks, so memory stays bounded
// whatever the file size. Not thread-safe; one reader per device.
class CsvReader
{
public:
    CsvReader(QIODevice *device, char delimiter);

    // Reads the next record into `fields`. Returns false at the end of the input.
    bool next(QList<QByteArray> &fields);
    // The physical line (1-based) on which the record last returned starts.
    qint64 line() const { return m_recordLine; }
    // Bytes consumed so far, for progress.
    qint64 position() const { return m_consumed; }
    // True when the last record ended inside an open quote at the end of the input.
    bool unterminatedQuote() const { return m_unterminated; }

    // No record may hold more than 16 MB or 10,000 fields: beyond that the file is not a table
    // (a quote never closed, a binary file), and reading on would only fill memory. next() then
    // stops, tooLarge() is true and tooLargeError() says where.
    static constexpr qsizetype MaxRecordBytes = qsizetype(16) << 20;
    static constexpr qsizetype MaxFields = 10000;
    bool tooLarge() const { return m_tooLarge; }
    Error tooLargeError(const QString &displayName) const;

private:
    bool fill();

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_eof = false;
    bool m_unterminated = false;
    bool m_tooLarge = false;
};

} // namespace sg

#include "core/ingest/csvreader.h"

#include <QCoreApplication>

namespace sg {

namespace {
constexpr qint64 BlockSize = 1 << 18;
}

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray block = m_device->read(BlockSize);
    if (block.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer.append(block);
    return true;
}

Error CsvReader::tooLargeError(const QString &displayName) const
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("sg::CsvReader", "%1: the record that starts on line %2 is larger than %3 MB or has more than %4 fields; "
                                                              "a quote may never be closed, or the file is not a table.")
                     .arg(displayName)
                     .arg(m_recordLine)
                     .arg(MaxRecordBytes >> 20)
                     .arg(MaxFields),
                 {}};
}

bool CsvReader::next(QList<QByteArray> &fields)
{
    // The fields of the last record are written over, their memory kept (a record's fields are
    // short and many: not allocated again for every one).
    qsizetype count = 0;
    auto fieldAt = [&fields](qsizetype n) -> QByteArray * {
        if (n == fields.size())
            fields.emplaceBack();
        QByteArray *f = &fields[n];
        f->resize(0);
        return f;
    };
    auto endRecord = [&fields, &count]() {
        fields.resize(count + 1);
        return true;
    };
    if (m_tooLarge) {
        fields.clear();
        return false;
    }
    m_unterminated = false;
    if (m_pos >= m_buffer.size() && !fill()) {
        fields.clear();
        return false;
    }

    m_recordLine = m_line;
    QByteArray *field = fieldAt(0);
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    const qint64 recordStart = m_consumed;
    for (;;) {
        if (m_consumed - recordStart > MaxRecordBytes || count > MaxFields) {
            m_tooLarge = true;
            fields.clear();
            return false;
        }
        if (m_pos >= m_buffer.size()) {
            if (!fill()) {
                // End of input ends the record.
                m_unterminated = inQuotes;
                return endRecord();
            }
        }
        const char c = m_buffer.at(m_pos++);
        ++m_consumed;
        if (inQuotes) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field->append('"');
                    ++m_pos;
                    ++m_consumed;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field->append(c);
            }
            continue;
        }
        if (c == m_delimiter) {
            field = fieldAt(++count);
            fieldWasQuoted = false;
        } else if (c == '\n') {
            ++m_line;
            if (!fieldWasQuoted && field->endsWith('\r'))
                field->chop(1);
            return endRecord();
        } else if (c == '"' && field->isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == '\r' && fieldWasQuoted) {
            // CR after a closing quote: part of CRLF, not of the field.
        } else {
            // This byte and the ordinary ones after it in the buffer, up to the next delimiter or
            // line end, appended at once (a quote inside an unquoted field is an ordinary byte).
            qsizetype end = m_pos;
            while (end < m_buffer.size()) {
                const char d = m_buffer.at(end);
                if (d == m_delimiter || d == '\n' || d == '\r')
                    break;
                ++end;
            }
            field->append(m_buffer.constData() + m_pos - 1, end - m_pos + 1);
            m_consumed += end - m_pos;
            m_pos = end;
        }
    }
}

} // namespace sg

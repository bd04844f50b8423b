#include "core/ingest/xmlfeed.h"

#include "core/ingest/ziparchive.h"

namespace sg {

namespace {

constexpr qint64 ChunkSize = 256 * 1024;
// "&#x10FFFF;" and a few leading zeros.
constexpr int LongestReference = 16;

bool legalXmlChar(uint c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

XmlFeed::XmlFeed(Source source, const QString &displayName)
    : m_source(std::move(source))
    , m_displayName(displayName)
{
    m_reader.setNamespaceProcessing(false);
}

Result<std::unique_ptr<XmlFeed>> XmlFeed::fromArchive(const ZipArchive &archive, const ZipEntry &entry, const QString &displayName)
{
    auto reader = archive.openEntry(entry);
    if (!reader)
        return reader.error();
    std::shared_ptr<ZipEntryReader> shared(std::move(*reader));
    return std::make_unique<XmlFeed>([shared](char *data, qint64 max) { return shared->read(data, max); }, displayName);
}

QByteArray XmlFeed::clean(const QByteArray &input, QByteArray &carry, bool final, qint64 &removed)
{
    const QByteArray data = carry + input;
    carry.clear();
    QByteArray out;
    out.reserve(data.size());
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = uchar(p[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            ++removed;
            continue;
        }
        if (c == '&' && (i + 1 >= n || p[i + 1] == '#')) {
            qsizetype end = i + 2;
            while (end < n && end - i <= LongestReference && p[end] != ';')
                ++end;
            if (end >= n && !final && n - i <= LongestReference) {
                carry = data.mid(i); // the reference continues in the next piece
                break;
            }
            if (end < n && p[end] == ';' && i + 2 < end) {
                const bool hex = p[i + 2] == 'x' || p[i + 2] == 'X';
                const QByteArray digits = data.mid(i + (hex ? 3 : 2), end - i - (hex ? 3 : 2));
                bool ok = false;
                const qulonglong value = digits.toULongLong(&ok, hex ? 16 : 10);
                if (ok && !legalXmlChar(value > 0x10FFFF ? 0 : uint(value))) {
                    ++removed;
                    i = end;
                    continue;
                }
            }
        }
        out.append(char(c));
    }
    return out;
}

Status XmlFeed::feed()
{
    if (m_buffer.isEmpty())
        m_buffer.resize(ChunkSize);
    auto got = m_source(m_buffer.data(), m_buffer.size());
    if (!got)
        return got.error();
    const QByteArray piece = QByteArray::fromRawData(m_buffer.constData(), *got);
    m_bytesRead += *got;
    if (!m_started) {
        m_started = true;
        // Cleaning works on bytes and is only right for encodings where ASCII is one byte.
        m_sanitise = !(piece.startsWith("\xFF\xFE") || piece.startsWith("\xFE\xFF") || (piece.size() > 1 && piece.at(1) == '\0'));
    }
    m_atEnd = *got == 0;
    if (m_sanitise) {
        m_reader.addData(clean(piece, m_carry, m_atEnd, m_removed));
    } else {
        m_reader.addData(QByteArray(piece.constData(), piece.size()));
    }
    return Ok{};
}

Error XmlFeed::tooLarge() const
{
    return Error{ErrorCode::InvalidInput,
                 tr("%1 cannot be read: one element near line %2 holds more than %3 MB; the document is damaged or not a report.")
                     .arg(m_displayName)
                     .arg(m_reader.lineNumber())
                     .arg(MaxTokenBytes >> 20),
                 {}};
}

Error XmlFeed::malformed(const QString &why) const
{
    return Error{ErrorCode::InvalidInput, tr("%1 cannot be read: %2").arg(m_displayName, why),
                 tr("line %1, column %2").arg(m_reader.lineNumber()).arg(m_reader.columnNumber())};
}

Result<QXmlStreamReader::TokenType> XmlFeed::next()
{
    // One token (a tag with its attributes, a run of text) may not need more than this much
    // input: beyond it the document is damaged or hostile, and reading on would fill memory.
    qint64 fedForToken = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (!m_atEnd) {
                    const qint64 before = m_bytesRead;
                    if (Status s = feed(); !s)
                        return s.error();
                    fedForToken += m_bytesRead - before;
                    if (fedForToken > MaxTokenBytes)
                        return tooLarge();
                    continue;
                }
                return malformed(tr("the document ends at line %1 before it is complete (the file is truncated)")
                                     .arg(m_reader.lineNumber()));
            }
            return malformed(m_reader.errorString());
        }
        if (token == QXmlStreamReader::DTD) {
            return Error{ErrorCode::InvalidInput,
                         tr("%1 is refused: it declares a DTD, which can expand entities without limit; forensic reports never need one.")
                             .arg(m_displayName),
                         tr("line %1").arg(m_reader.lineNumber())};
        }
        if (token == QXmlStreamReader::EntityReference) {
            return malformed(tr("it refers to the undeclared entity \"%1\"").arg(m_reader.name().toString()));
        }
        return token;
    }
}

Result<QString> XmlFeed::elementText()
{
    QString text;
    int depth = 1;
    while (depth > 0) {
        auto token = next();
        if (!token)
            return token.error();
        switch (*token) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            text += m_reader.text();
            if (text.size() > MaxTokenBytes)
                return tooLarge();
            break;
        case QXmlStreamReader::EndDocument:
            return malformed(tr("the document ends inside an element"));
        default:
            break;
        }
    }
    return text;
}

Status XmlFeed::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        auto token = next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::StartElement)
            ++depth;
        else if (*token == QXmlStreamReader::EndElement)
            --depth;
        else if (*token == QXmlStreamReader::EndDocument)
            return malformed(tr("the document ends inside an element"));
    }
    return Ok{};
}

} // namespace sg

#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

namespace sg {

class ZipArchive;
struct ZipEntry;

// Reads an XML document of any size from a byte stream (a file, a member of a zip) in pieces,
// so memory stays constant. On the way in it removes what real forensic reports contain and XML
// forbids: control characters, raw or as character references (`&#x1;`), counting each. A
// document with a DTD is refused (entity expansion is an attack, never evidence), and one that
// ends early is reported as truncated with the line it reached.
class XmlFeed
{
    Q_DECLARE_TR_FUNCTIONS(sg::XmlFeed)

public:
    // Fills up to `maxSize` bytes; 0 at the end of the input.
    using Source = std::function<Result<qint64>(char *data, qint64 maxSize)>;

    XmlFeed(Source source, const QString &displayName);
    // A member of a zip archive (a UFDR's report, a workbook's sheet), streamed out of it.
    static Result<std::unique_ptr<XmlFeed>> fromArchive(const ZipArchive &archive, const ZipEntry &entry, const QString &displayName);

    // The next token; EndDocument at the end. Errors name the document, the line and the reason.
    Result<QXmlStreamReader::TokenType> next();
    // Called on a StartElement: the text inside it (character data and CDATA of all
    // descendants), leaving the reader on its EndElement.
    Result<QString> elementText();
    // Called on a StartElement: skips to its EndElement.
    Status skipElement();

    const QXmlStreamReader &reader() const { return m_reader; }
    QStringView name() const { return m_reader.name(); }
    QString attribute(const char *name) const { return m_reader.attributes().value(QLatin1StringView(name)).toString(); }
    qint64 lineNumber() const { return m_reader.lineNumber(); }

    // Characters removed because XML does not allow them.
    qint64 removedCharacters() const { return m_removed; }
    // Input bytes consumed so far.
    qint64 bytesRead() const { return m_bytesRead; }

    // No single token, nor the text of one element, may take more than 32 MB: a report whose
    // element never ends is refused saying so instead of filling memory.
    static constexpr qint64 MaxTokenBytes = qint64(32) << 20;

    // The cleaning step alone: removes illegal characters and references from `data`, keeping
    // an incomplete reference at its end in `carry` unless `final`.
    static QByteArray clean(const QByteArray &data, QByteArray &carry, bool final, qint64 &removed);

private:
    Status feed();
    Error malformed(const QString &why) const;
    Error tooLarge() const;

    Source m_source;
    QString m_displayName;
    QXmlStreamReader m_reader;
    QByteArray m_buffer;
    QByteArray m_carry;
    bool m_atEnd = false;
    bool m_sanitise = true;
    bool m_started = false;
    qint64 m_removed = 0;
    qint64 m_bytesRead = 0;
};

} // namespace sg

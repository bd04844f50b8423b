#include "core/ingest/tablereader.h"

#include "core/ingest/csvreader.h"
#include "core/ingest/textencoding.h"
#include "core/ingest/xmlfeed.h"
#include "core/ingest/ziparchive.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace sg {

namespace {

// ---- Text files ---------------------------------------------------------------------------

// The delimiter whose records have the most consistent number of fields (more than one).
char detectDelimiter(const QByteArray &utf8Head)
{
    char best = ',';
    int bestScore = -1;
    for (const char delimiter : {',', ';', '\t', '|'}) {
        QByteArray copy = utf8Head;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, delimiter);
        QList<QByteArray> fields;
        QHash<int, int> counts;
        for (int i = 0; i < 30 && reader.next(fields); ++i) {
            if (fields.size() > 1)
                ++counts[int(fields.size())];
        }
        int score = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            score = std::max(score, it.value() * 100 + it.key());
        if (score > bestScore) {
            bestScore = score;
            best = delimiter;
        }
    }
    return best;
}

class CsvTable final : public TableReader
{
public:
    CsvTable(const QString &path, const QString &encoding, char delimiter)
        : m_file(path)
        , m_encoding(encoding)
        , m_delimiter(delimiter)
    {
    }

    Status start(const QString &displayName)
    {
        m_displayName = displayName;
        if (!m_file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, TableFile::tr("Cannot read %1.").arg(displayName), m_file.errorString()};
        m_utf8 = std::make_unique<Utf8Device>(&m_file, m_encoding);
        m_reader = std::make_unique<CsvReader>(m_utf8.get(), m_delimiter);
        return Ok{};
    }

    Result<bool> next(QStringList &fields) override
    {
        if (!m_reader->next(m_raw)) {
            if (m_reader->tooLarge())
                return m_reader->tooLargeError(m_displayName);
            return false;
        }
        fields.clear();
        for (const QByteArray &f : std::as_const(m_raw))
            fields << QString::fromUtf8(f);
        return true;
    }
    qint64 line() const override { return m_reader->line(); }
    qint64 position() const override { return m_utf8->sourcePosition(); }
    qint64 size() const override { return m_file.size(); }

private:
    QFile m_file;
    QString m_encoding;
    char m_delimiter;
    std::unique_ptr<Utf8Device> m_utf8;
    std::unique_ptr<CsvReader> m_reader;
    QList<QByteArray> m_raw;
    QString m_displayName;
};

// ---- Workbooks ----------------------------------------------------------------------------

// What every worksheet of a workbook shares: its strings, which cell styles are dates, and the
// date system.
struct Workbook
{
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cell style index
    bool date1904 = false;
};

Result<std::unique_ptr<XmlFeed>> openMember(const ZipArchive &archive, const QString &name)
{
    const ZipEntry *entry = archive.find(name, Qt::CaseInsensitive);
    if (!entry)
        return Error{ErrorCode::InvalidInput, TableFile::tr("%1 is not an XLSX workbook: it has no %2.").arg(archive.displayName(), name), {}};
    return XmlFeed::fromArchive(archive, *entry, QStringLiteral("%1 (%2)").arg(archive.displayName(), name));
}

bool dateFormatCode(QString code)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]"));
    code.remove(quoted);
    code = code.toLower();
    return code.contains(QLatin1Char('y')) || code.contains(QLatin1Char('d')) || code.contains(QLatin1Char('h'));
}

bool builtinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

Status readWorkbookParts(const ZipArchive &archive, Workbook &book)
{
    if (archive.find(QStringLiteral("xl/sharedStrings.xml"), Qt::CaseInsensitive)) {
        auto feed = openMember(archive, QStringLiteral("xl/sharedStrings.xml"));
        if (!feed)
            return feed.error();
        XmlFeed &xml = **feed;
        QString current;
        bool inItem = false;
        int phonetic = 0;
        for (;;) {
            auto token = xml.next();
            if (!token)
                return token.error();
            if (*token == QXmlStreamReader::EndDocument)
                break;
            if (*token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("si")) {
                    inItem = true;
                    current.clear();
                } else if (xml.name() == QLatin1String("rPh")) {
                    ++phonetic; // pronunciation guides are not the text
                } else if (xml.name() == QLatin1String("t") && inItem && phonetic == 0) {
                    auto text = xml.elementText();
                    if (!text)
                        return text.error();
                    current += *text;
                }
            } else if (*token == QXmlStreamReader::EndElement) {
                if (xml.name() == QLatin1String("si")) {
                    book.sharedStrings << current;
                    inItem = false;
                } else if (xml.name() == QLatin1String("rPh")) {
                    --phonetic;
                }
            }
        }
    }
    if (archive.find(QStringLiteral("xl/styles.xml"), Qt::CaseInsensitive)) {
        auto feed = openMember(archive, QStringLiteral("xl/styles.xml"));
        if (!feed)
            return feed.error();
        XmlFeed &xml = **feed;
        QSet<int> customDates;
        bool inCellXfs = false;
        for (;;) {
            auto token = xml.next();
            if (!token)
                return token.error();
            if (*token == QXmlStreamReader::EndDocument)
                break;
            if (*token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("numFmt") && dateFormatCode(xml.attribute("formatCode")))
                    customDates.insert(xml.attribute("numFmtId").toInt());
                else if (xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                    const int id = xml.attribute("numFmtId").toInt();
                    book.dateStyles << (builtinDateFormat(id) || customDates.contains(id));
                }
            } else if (*token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }
    return Ok{};
}

struct SheetInfo
{
    QString name;
    QString member;
};

Result<QList<SheetInfo>> readSheets(const ZipArchive &archive, Workbook &book)
{
    QHash<QString, QString> targets;
    {
        auto feed = openMember(archive, QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!feed)
            return feed.error();
        for (;;) {
            auto token = (*feed)->next();
            if (!token)
                return token.error();
            if (*token == QXmlStreamReader::EndDocument)
                break;
            if (*token == QXmlStreamReader::StartElement && (*feed)->name() == QLatin1String("Relationship")) {
                QString target = (*feed)->attribute("Target");
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert((*feed)->attribute("Id"), target);
            }
        }
    }
    QList<SheetInfo> sheets;
    auto feed = openMember(archive, QStringLiteral("xl/workbook.xml"));
    if (!feed)
        return feed.error();
    for (;;) {
        auto token = (*feed)->next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndDocument)
            break;
        if (*token != QXmlStreamReader::StartElement)
            continue;
        if ((*feed)->name() == QLatin1String("workbookPr")) {
            const QString v = (*feed)->attribute("date1904");
            book.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if ((*feed)->name() == QLatin1String("sheet")) {
            const QString member = targets.value((*feed)->attribute("r:id"));
            if (!member.isEmpty())
                sheets.append({(*feed)->attribute("name"), member});
        }
    }
    return sheets;
}

// "AB12" -> 27 (0-based column).
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            column = column * 26 + (c.unicode() - 'A' + 1);
        else
            break;
    }
    return column - 1;
}

// A number as text without losing digits: integers in full, others without trailing zeros.
QString numberText(const QString &value)
{
    static const QRegularExpression integer(QStringLiteral("^-?\\d+$"));
    if (integer.match(value).hasMatch())
        return value;
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok)
        return value;
    if (std::floor(d) == d && std::fabs(d) < 1e18)
        return QString::number(qint64(d));
    QString text = QString::number(d, 'f', 10);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString serialDate(const QString &value, bool date1904)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok)
        return value;
    const QDateTime base(date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
    const qint64 ms = qint64(std::llround(serial * 86400000.0));
    const QDateTime when = base.addMSecs(ms);
    if (std::floor(serial) == serial)
        return when.date().toString(Qt::ISODate);
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

class SheetTable final : public TableReader
{
public:
    SheetTable(std::shared_ptr<ZipArchive> archive, std::shared_ptr<Workbook> book, SheetInfo sheet)
        : m_archive(std::move(archive))
        , m_book(std::move(book))
        , m_sheet(std::move(sheet))
    {
    }

    Status start()
    {
        const ZipEntry *entry = m_archive->find(m_sheet.member, Qt::CaseInsensitive);
        if (!entry)
            return Error{ErrorCode::InvalidInput, TableFile::tr("%1: worksheet \"%2\" is missing from the workbook.").arg(m_archive->displayName(), m_sheet.name), m_sheet.member};
        m_size = qint64(entry->size);
        auto feed = openMember(*m_archive, m_sheet.member);
        if (!feed)
            return feed.error();
        m_xml = std::move(*feed);
        return Ok{};
    }

    Result<bool> next(QStringList &fields) override
    {
        fields.clear();
        for (;;) {
            auto token = m_xml->next();
            if (!token)
                return token.error();
            if (*token == QXmlStreamReader::EndDocument)
                return false;
            if (*token == QXmlStreamReader::StartElement && m_xml->name() == QLatin1String("row")) {
                const qint64 r = m_xml->attribute("r").toLongLong();
                m_row = r > 0 ? r : m_row + 1;
                if (Status s = readRow(fields); !s)
                    return s.error();
                return true;
            }
        }
    }
    qint64 line() const override { return m_row; }
    qint64 position() const override { return m_xml ? m_xml->bytesRead() : 0; }
    qint64 size() const override { return m_size; }
    QString sheet() const override { return m_sheet.name; }

private:
    Status readRow(QStringList &fields)
    {
        for (;;) {
            auto token = m_xml->next();
            if (!token)
                return token.error();
            if (*token == QXmlStreamReader::EndElement && m_xml->name() == QLatin1String("row"))
                return Ok{};
            if (*token != QXmlStreamReader::StartElement || m_xml->name() != QLatin1String("c"))
                continue;
            const QString reference = m_xml->attribute("r");
            const QString type = m_xml->attribute("t");
            const int style = m_xml->attribute("s").toInt();
            int column = reference.isEmpty() ? int(fields.size()) : columnOf(reference);
            QString value;
            bool inline_ = false;
            for (;;) {
                auto inner = m_xml->next();
                if (!inner)
                    return inner.error();
                if (*inner == QXmlStreamReader::EndElement)
                    break; // the cell ends
                if (*inner != QXmlStreamReader::StartElement)
                    continue;
                if (m_xml->name() == QLatin1String("v") || m_xml->name() == QLatin1String("is")) {
                    inline_ = m_xml->name() == QLatin1String("is");
                    auto text = m_xml->elementText();
                    if (!text)
                        return text.error();
                    value = *text;
                } else if (Status s = m_xml->skipElement(); !s) {
                    return s;
                }
            }
            if (type == QLatin1String("s")) {
                value = m_book->sharedStrings.value(value.toInt());
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (!inline_ && type != QLatin1String("str") && type != QLatin1String("e") && !value.isEmpty()) {
                value = m_book->dateStyles.value(style) ? serialDate(value, m_book->date1904) : numberText(value);
            }
            if (column < 0 || column > 16384)
                column = int(fields.size());
            while (fields.size() < column)
                fields << QString();
            if (fields.size() == column)
                fields << value;
            else
                fields[column] = value;
        }
    }

    std::shared_ptr<ZipArchive> m_archive;
    std::shared_ptr<Workbook> m_book;
    SheetInfo m_sheet;
    std::unique_ptr<XmlFeed> m_xml;
    qint64 m_row = 0;
    qint64 m_size = 0;
};

} // namespace

bool TableFile::looksLikeWorkbook(const QByteArray &head)
{
    return ZipArchive::looksLikeZip(head) && head.contains("xl/");
}

std::vector<std::unique_ptr<TableReader>> TableFile::tablesToSniff(const QString &path, const QString &fileName, const QByteArray &head)
{
    if (ZipArchive::looksLikeZip(head) ? !looksLikeWorkbook(head) : TextEncoding::detect(head).isEmpty())
        return {};
    auto tables = open(path, fileName, QString());
    if (!tables)
        return {};
    return std::move(*tables);
}

Result<QStringList> TableFile::sheetNames(const QString &path, const QString &displayName)
{
    auto archive = ZipArchive::open(path, displayName);
    if (!archive)
        return archive.error();
    Workbook book;
    auto sheets = readSheets(**archive, book);
    if (!sheets)
        return sheets.error();
    QStringList names;
    for (const SheetInfo &s : std::as_const(*sheets))
        names << s.name;
    return names;
}

Result<std::vector<std::unique_ptr<TableReader>>> TableFile::open(const QString &path, const QString &displayName, const QString &encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1.").arg(displayName), file.errorString()};
    const QByteArray head = file.read(1 << 16);
    file.close();
    std::vector<std::unique_ptr<TableReader>> tables;

    if (ZipArchive::looksLikeZip(head)) {
        auto opened = ZipArchive::open(path, displayName);
        if (!opened)
            return opened.error();
        std::shared_ptr<ZipArchive> archive(std::move(*opened));
        if (!archive->find(QStringLiteral("xl/workbook.xml"), Qt::CaseInsensitive))
            return Error{ErrorCode::InvalidInput, tr("%1 is a zip archive but not an XLSX workbook.").arg(displayName), {}};
        auto book = std::make_shared<Workbook>();
        auto sheets = readSheets(*archive, *book);
        if (!sheets)
            return sheets.error();
        if (Status s = readWorkbookParts(*archive, *book); !s)
            return s.error();
        for (const SheetInfo &sheet : std::as_const(*sheets)) {
            auto table = std::make_unique<SheetTable>(archive, book, sheet);
            if (Status s = table->start(); !s)
                return s.error();
            tables.push_back(std::move(table));
        }
        return tables;
    }

    QString chosen = encoding;
    if (chosen.isEmpty() || chosen == QLatin1String("auto")) {
        chosen = TextEncoding::detect(head);
        if (chosen.isEmpty())
            return Error{ErrorCode::InvalidInput, tr("%1 is neither a text table nor an XLSX workbook (it contains binary data).").arg(displayName), {}};
    }
    QByteArray raw = head;
    QBuffer buffer(&raw);
    buffer.open(QIODevice::ReadOnly);
    Utf8Device utf8(&buffer, chosen);
    if (!utf8.isValid())
        return Error{ErrorCode::InvalidInput, tr("Unknown text encoding \"%1\".").arg(chosen), {}};
    auto table = std::make_unique<CsvTable>(path, chosen, detectDelimiter(utf8.readAll()));
    if (Status s = table->start(displayName); !s)
        return s.error();
    tables.push_back(std::move(table));
    return tables;
}

} // namespace sg

#include "core/ingest/ziparchive.h"

#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace sg {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 Zip64EndSignature = 0x06064b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr int EndRecordSize = 22;
constexpr int MaxCommentSize = 0xFFFF;
constexpr qint64 MaxCentralDirectory = 512LL * 1024 * 1024;
constexpr qint64 ChunkSize = 64 * 1024;

quint16 u16(const char *p)
{
    const auto *b = reinterpret_cast<const uchar *>(p);
    return quint16(b[0] | (b[1] << 8));
}

quint32 u32(const char *p)
{
    const auto *b = reinterpret_cast<const uchar *>(p);
    return quint32(b[0]) | (quint32(b[1]) << 8) | (quint32(b[2]) << 16) | (quint32(b[3]) << 24);
}

quint64 u64(const char *p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

// A member name that would point outside a folder it was extracted to. Seagull never extracts
// under archive names, but an archive that carries such names was made by hand, not by a
// forensic tool, and is refused.
bool unsafeName(const QString &name)
{
    if (name.isEmpty() || name.contains(QChar(0)))
        return true;
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/')))
        return true;
    if (n.size() >= 2 && n.at(1) == QLatin1Char(':') && n.at(0).isLetter())
        return true;
    const QStringList parts = n.split(QLatin1Char('/'));
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part == QLatin1String(".."); });
}

} // namespace

bool ZipArchive::looksLikeZip(const QByteArray &head)
{
    return head.size() >= 4 && (u32(head.constData()) == LocalHeaderSignature || u32(head.constData()) == EndSignature);
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString &path, const QString &displayName)
{
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_path = path;
    archive->m_displayName = displayName;
    archive->m_fileSize = QFileInfo(path).size();
    if (Status s = archive->readCentralDirectory(); !s)
        return s.error();
    return archive;
}

Status ZipArchive::readCentralDirectory()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1.").arg(m_displayName), file.errorString()};
    auto notZip = [this](const QString &why) {
        return Error{ErrorCode::InvalidInput, tr("%1 is not a readable zip archive.").arg(m_displayName), why};
    };

    // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
    const qint64 tailSize = std::min<qint64>(m_fileSize, EndRecordSize + MaxCommentSize);
    if (tailSize < EndRecordSize)
        return notZip(tr("the file is too short"));
    const qint64 tailStart = m_fileSize - tailSize;
    file.seek(tailStart);
    const QByteArray tail = file.read(tailSize);
    if (tail.size() != tailSize)
        return Error{ErrorCode::Io, tr("Cannot read %1.").arg(m_displayName), file.errorString()};
    qint64 end = -1;
    for (qint64 i = tail.size() - EndRecordSize; i >= 0; --i) {
        if (u32(tail.constData() + i) == EndSignature) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return notZip(tr("no end of central directory record (the archive is truncated or not a zip)"));
    const char *e = tail.constData() + end;
    if (u16(e + 4) != 0 || u16(e + 6) != 0)
        return Error{ErrorCode::InvalidInput, tr("%1 is a multi-part zip archive; join the parts first.").arg(m_displayName), {}};
    quint64 count = u16(e + 10);
    quint64 directorySize = u32(e + 12);
    quint64 directoryOffset = u32(e + 16);

    if (count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) {
        // ZIP64: a locator just before the end record points at the 64-bit end record.
        const qint64 locatorAt = tailStart + end - 20;
        if (locatorAt < 0)
            return notZip(tr("the ZIP64 locator is missing"));
        file.seek(locatorAt);
        const QByteArray locator = file.read(20);
        if (locator.size() != 20 || u32(locator.constData()) != Zip64LocatorSignature)
            return notZip(tr("the ZIP64 locator is missing"));
        const quint64 recordAt = u64(locator.constData() + 8);
        if (recordAt + 56 > quint64(m_fileSize))
            return notZip(tr("the ZIP64 end record lies outside the file"));
        file.seek(qint64(recordAt));
        const QByteArray record = file.read(56);
        if (record.size() != 56 || u32(record.constData()) != Zip64EndSignature)
            return notZip(tr("the ZIP64 end record is damaged"));
        count = u64(record.constData() + 32);
        directorySize = u64(record.constData() + 40);
        directoryOffset = u64(record.constData() + 48);
    }
    if (directoryOffset + directorySize > quint64(m_fileSize))
        return notZip(tr("the central directory lies outside the file (the archive is truncated)"));
    if (qint64(directorySize) > MaxCentralDirectory)
        return notZip(tr("the central directory is larger than %1 MB").arg(MaxCentralDirectory / (1024 * 1024)));

    file.seek(qint64(directoryOffset));
    const QByteArray directory = file.read(qint64(directorySize));
    if (quint64(directory.size()) != directorySize)
        return Error{ErrorCode::Io, tr("Cannot read %1.").arg(m_displayName), file.errorString()};

    qint64 at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (at + 46 > directory.size() || u32(directory.constData() + at) != CentralHeaderSignature)
            return notZip(tr("central directory entry %1 is damaged").arg(i + 1));
        const char *h = directory.constData() + at;
        ZipEntry entry;
        entry.flags = u16(h + 8);
        entry.method = u16(h + 10);
        entry.crc32 = u32(h + 16);
        entry.compressedSize = u32(h + 20);
        entry.size = u32(h + 24);
        const int nameLength = u16(h + 28);
        const int extraLength = u16(h + 30);
        const int commentLength = u16(h + 32);
        entry.localHeaderOffset = u32(h + 42);
        if (at + 46 + nameLength + extraLength + commentLength > directory.size())
            return notZip(tr("central directory entry %1 is damaged").arg(i + 1));
        const QByteArray rawName = directory.mid(at + 46, nameLength);
        entry.name = (entry.flags & 0x0800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);

        // ZIP64 sizes and offset, in this order, for the fields that overflowed.
        const char *extra = h + 46 + nameLength;
        for (int x = 0; x + 4 <= extraLength;) {
            const quint16 id = u16(extra + x);
            const quint16 length = u16(extra + x + 2);
            if (x + 4 + length > extraLength)
                break;
            if (id == 0x0001) {
                const char *v = extra + x + 4;
                int used = 0;
                auto take = [&](quint64 &field) {
                    if (used + 8 <= length) {
                        field = u64(v + used);
                        used += 8;
                    }
                };
                if (entry.size == 0xFFFFFFFF)
                    take(entry.size);
                if (entry.compressedSize == 0xFFFFFFFF)
                    take(entry.compressedSize);
                if (entry.localHeaderOffset == 0xFFFFFFFF)
                    take(entry.localHeaderOffset);
            }
            x += 4 + length;
        }
        at += 46 + nameLength + extraLength + commentLength;

        if (unsafeName(entry.name)) {
            return Error{ErrorCode::InvalidInput,
                         tr("%1 is refused: it holds a member whose name points outside the archive (\"%2\").").arg(m_displayName, entry.name),
                         tr("absolute names and \"..\" are never written by forensic tools")};
        }
        if (!entry.isDirectory() && entry.size > RatioFreeSize && entry.size > entry.compressedSize * MaxExpansionRatio) {
            return Error{ErrorCode::InvalidInput,
                         tr("%1 is refused: member \"%2\" would expand from %3 to %4 bytes.").arg(m_displayName, entry.name).arg(entry.compressedSize).arg(entry.size),
                         tr("an expansion over %1 times is a zip bomb, not evidence").arg(MaxExpansionRatio)};
        }
        if (entry.localHeaderOffset + entry.compressedSize > quint64(m_fileSize))
            return notZip(tr("member \"%1\" lies outside the file (the archive is truncated)").arg(entry.name));
        m_entries.append(entry);
    }
    return Ok{};
}

const ZipEntry *ZipArchive::find(const QString &name, Qt::CaseSensitivity cs) const
{
    for (const ZipEntry &entry : m_entries) {
        if (entry.name.compare(name, cs) == 0)
            return &entry;
    }
    return nullptr;
}

Result<std::unique_ptr<ZipEntryReader>> ZipArchive::openEntry(const ZipEntry &entry) const
{
    std::unique_ptr<ZipEntryReader> reader(new ZipEntryReader(entry, m_displayName));
    if (Status s = reader->start(m_path); !s)
        return s.error();
    return reader;
}

struct ZipEntryReader::Inflater
{
    z_stream stream{};
    bool initialised = false;
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

ZipEntryReader::ZipEntryReader(const ZipEntry &entry, const QString &archiveName)
    : m_entry(entry)
    , m_archiveName(archiveName)
{
}

ZipEntryReader::~ZipEntryReader() = default;

Error ZipEntryReader::damaged(const QString &why) const
{
    return Error{ErrorCode::InvalidInput, tr("Member \"%1\" of %2 cannot be read.").arg(m_entry.name, m_archiveName), why};
}

Status ZipEntryReader::start(const QString &path)
{
    if (m_entry.flags & 0x0001)
        return damaged(tr("it is encrypted"));
    if (m_entry.method != 0 && m_entry.method != 8)
        return damaged(tr("compression method %1 is not supported (only stored and deflated)").arg(m_entry.method));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1.").arg(m_archiveName), m_file.errorString()};
    if (!m_file.seek(qint64(m_entry.localHeaderOffset)))
        return damaged(tr("its local header lies outside the file"));
    const QByteArray header = m_file.read(30);
    if (header.size() != 30 || u32(header.constData()) != LocalHeaderSignature)
        return damaged(tr("its local header is damaged"));
    const qint64 dataAt = qint64(m_entry.localHeaderOffset) + 30 + u16(header.constData() + 26) + u16(header.constData() + 28);
    if (!m_file.seek(dataAt) || quint64(dataAt) + m_entry.compressedSize > quint64(m_file.size()))
        return damaged(tr("its data lies outside the file (the archive is truncated)"));
    m_remainingInput = m_entry.compressedSize;
    m_crc = quint32(crc32(0, nullptr, 0));
    if (m_entry.method == 8) {
        m_inflater = std::make_unique<Inflater>();
        if (inflateInit2(&m_inflater->stream, -MAX_WBITS) != Z_OK)
            return damaged(tr("the decompressor could not start"));
        m_inflater->initialised = true;
    }
    return Ok{};
}

Result<qint64> ZipEntryReader::read(char *data, qint64 maxSize)
{
    if (m_finished || maxSize <= 0)
        return qint64(0);
    // Never produce more than one byte past the declared size: that byte proves the lie.
    const qint64 allowed = qint64(std::min<quint64>(quint64(maxSize), m_entry.size - m_produced + 1));
    qint64 produced = 0;

    if (m_entry.method == 0) {
        const qint64 n = qint64(std::min<quint64>(quint64(allowed), m_remainingInput));
        if (n > 0) {
            produced = m_file.read(data, n);
            if (produced != n)
                return damaged(tr("the data ends early (the archive is truncated)"));
            m_remainingInput -= quint64(n);
        }
        if (m_remainingInput == 0)
            m_finished = true;
    } else {
        z_stream &z = m_inflater->stream;
        z.next_out = reinterpret_cast<Bytef *>(data);
        z.avail_out = uInt(std::min<qint64>(allowed, 1 << 30));
        while (z.avail_out > 0 && !m_finished) {
            if (z.avail_in == 0 && m_remainingInput > 0) {
                m_input = m_file.read(qint64(std::min<quint64>(ChunkSize, m_remainingInput)));
                if (m_input.isEmpty())
                    return damaged(tr("the data ends early (the archive is truncated)"));
                m_remainingInput -= quint64(m_input.size());
                z.next_in = reinterpret_cast<Bytef *>(m_input.data());
                z.avail_in = uInt(m_input.size());
            }
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_finished = true;
            } else if (rc == Z_BUF_ERROR) {
                if (z.avail_in == 0 && m_remainingInput == 0)
                    return damaged(tr("the compressed data ends early (the archive is truncated)"));
            } else if (rc != Z_OK) {
                return damaged(tr("the compressed data is damaged (%1)").arg(QString::fromLatin1(z.msg ? z.msg : "zlib error")));
            }
        }
        produced = allowed - qint64(z.avail_out);
    }

    if (m_produced + quint64(produced) > m_entry.size) {
        return damaged(tr("it expands beyond the %1 bytes the archive declares (a zip bomb or a damaged archive)").arg(m_entry.size));
    }
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(produced)));
    m_produced += quint64(produced);
    if (m_finished) {
        if (m_produced != m_entry.size)
            return damaged(tr("it holds %1 bytes where the archive declares %2").arg(m_produced).arg(m_entry.size));
        if (m_crc != m_entry.crc32)
            return damaged(tr("its checksum does not match (the data is damaged)"));
    }
    return produced;
}

} // namespace sg

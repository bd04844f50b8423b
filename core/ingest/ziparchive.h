#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>

namespace sg {

// One member of a zip archive, as its central directory describes it.
struct ZipEntry
{
    QString name;
    quint16 method = 0; // 0 stored, 8 deflated
    quint16 flags = 0;
    quint32 crc32 = 0;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint64 localHeaderOffset = 0;

    bool isDirectory() const { return name.endsWith(QLatin1Char('/')); }
};

class ZipEntryReader;

// Reads a zip archive (UFDR reports, XLSX workbooks) without extracting anything to disk:
// members are streamed from the archive file. Hostile archives are refused when opened: member
// names that are absolute or climb out with "..", and members whose declared size is far beyond
// what their compressed size can honestly hold (a "zip bomb"). ZIP64 archives are read.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(sg::ZipArchive)

public:
    // Larger expansion than this is refused; honest deflate of text stays far below it.
    static constexpr quint64 MaxExpansionRatio = 200;
    // Members at most this large are never refused for their ratio.
    static constexpr quint64 RatioFreeSize = 4 * 1024 * 1024;

    // True when the bytes start like a zip archive.
    static bool looksLikeZip(const QByteArray &head);

    // `displayName` names the archive in messages.
    static Result<std::unique_ptr<ZipArchive>> open(const QString &path, const QString &displayName);

    const QList<ZipEntry> &entries() const { return m_entries; }
    // The member with this name (case-insensitively when asked), or nullptr.
    const ZipEntry *find(const QString &name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // A stream of the member's uncompressed bytes.
    Result<std::unique_ptr<ZipEntryReader>> openEntry(const ZipEntry &entry) const;

    QString displayName() const { return m_displayName; }

private:
    ZipArchive() = default;
    Status readCentralDirectory();

    QString m_path;
    QString m_displayName;
    qint64 m_fileSize = 0;
    QList<ZipEntry> m_entries;
};

// Streams one member: read() returns its bytes in order, 0 at its end, and an error when the
// data is damaged (bad CRC, truncated) or expands beyond the size the archive declared.
class ZipEntryReader
{
    Q_DECLARE_TR_FUNCTIONS(sg::ZipEntryReader)

public:
    ~ZipEntryReader();
    ZipEntryReader(const ZipEntryReader &) = delete;
    ZipEntryReader &operator=(const ZipEntryReader &) = delete;

    Result<qint64> read(char *data, qint64 maxSize);
    // Uncompressed bytes delivered so far.
    quint64 position() const { return m_produced; }
    quint64 size() const { return m_entry.size; }

private:
    friend class ZipArchive;
    ZipEntryReader(const ZipEntry &entry, const QString &archiveName);
    Status start(const QString &path);
    Error damaged(const QString &why) const;

    ZipEntry m_entry;
    QString m_archiveName;
    QFile m_file;
    quint64 m_remainingInput = 0;
    quint64 m_produced = 0;
    quint32 m_crc = 0;
    bool m_finished = false;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_input;
};

} // namespace sg

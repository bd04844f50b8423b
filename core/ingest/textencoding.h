#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace sg {

// Text encodings of the files investigators receive: Unicode, and the legacy code pages still
// written by operators and banks in the region (Thai windows-874/TIS-620, Chinese GB18030 and
// Big5, Vietnamese windows-1258).
class TextEncoding
{
public:
    // The names Seagull knows, as ICU spells them; "auto" asks for detection.
    static QStringList known();
    static bool isKnown(const QString &name);

    // The encoding of a file from its first bytes: a byte order mark, valid UTF-8, or else the
    // legacy code page whose script the bytes fit (Thai words keep combining marks after
    // consonants, Vietnamese letters stand alone among ASCII, Big5's second bytes often fall in
    // the ASCII range where GB18030's never do). Empty when the bytes are binary (NUL bytes
    // outside UTF-16).
    static QString detect(const QByteArray &head);
};

// Reads another device and hands out its text as UTF-8, converting from `encoding` in pieces
// (ICU converters), so a file of any size and encoding streams to readers that work on UTF-8
// bytes (the CSV reader, whose delimiters then never fall inside a multi-byte character). A byte
// order mark is dropped. Bytes the encoding cannot map become U+FFFD and are counted.
class Utf8Device final : public QIODevice
{
public:
    Utf8Device(QIODevice *source, const QString &encoding);
    ~Utf8Device() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    // Source bytes consumed, for progress.
    qint64 sourcePosition() const { return m_source->pos(); }
    qint64 replacedCharacters() const { return m_replaced; }
    bool isValid() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool fill();

    QIODevice *m_source;
    QString m_encoding;
    struct Converter;
    std::unique_ptr<Converter> m_converter;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    bool m_sourceDone = false;
    bool m_first = true;
    qint64 m_replaced = 0;
};

} // namespace sg

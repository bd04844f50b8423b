#include "core/ingest/textencoding.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace sg {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

bool validUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int follow = 0;
        if (c < 0x80)
            follow = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            follow = 1;
        else if ((c & 0xF0) == 0xE0)
            follow = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            follow = 3;
        else
            return false;
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= n)
                return true; // a character cut by the end of the sample
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += follow + 1;
    }
    return true;
}

// Decodes a sample with ICU, counting what the code page cannot map.
QString decodeSample(const QByteArray &bytes, const char *encoding, int *bad)
{
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(encoding, &error);
    if (U_FAILURE(error)) {
        *bad = int(bytes.size());
        return {};
    }
    QString out(bytes.size() * 2 + 16, Qt::Uninitialized);
    error = U_ZERO_ERROR;
    const int length = ucnv_toUChars(converter, reinterpret_cast<UChar *>(out.data()), int(out.size()), bytes.constData(), int(bytes.size()), &error);
    ucnv_close(converter);
    out.resize(U_SUCCESS(error) ? length : 0);
    *bad = int(std::count_if(out.cbegin(), out.cend(), [](QChar c) { return c == QChar(0xFFFD) || c == QChar(0x1A); }));
    return out;
}

bool thaiConsonant(uchar b) { return b >= 0xA1 && b <= 0xCE; }
bool thaiCombining(uchar b) { return b == 0xD1 || (b >= 0xD4 && b <= 0xDA) || (b >= 0xE7 && b <= 0xEE); }

} // namespace

QStringList TextEncoding::known()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"), QStringLiteral("windows-874"),
            QStringLiteral("GB18030"), QStringLiteral("Big5"), QStringLiteral("windows-1258")};
}

bool TextEncoding::isKnown(const QString &name)
{
    for (const QString &k : known()) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    // TIS-620 is windows-874 without its few additions.
    return name.compare(QLatin1String("TIS-620"), Qt::CaseInsensitive) == 0;
}

QString TextEncoding::detect(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (head.contains('\0'))
        return {};
    if (validUtf8(head))
        return QStringLiteral("UTF-8");

    // Runs of bytes above ASCII: Vietnamese letters sit inside words of ASCII letters; Thai and
    // Chinese words are whole runs between spaces, digits and delimiters.
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    const qsizetype n = head.size();
    auto asciiLetter = [](uchar c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    qint64 runs = 0, high = 0, runsInWords = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] < 0x80)
            continue;
        ++high;
        if (i == 0 || p[i - 1] < 0x80) {
            ++runs;
            qsizetype end = i;
            while (end < n && p[end] >= 0x80)
                ++end;
            if ((i > 0 && asciiLetter(p[i - 1])) || (end < n && asciiLetter(p[end])))
                ++runsInWords;
        }
    }
    // Thai spelling: marks above and below follow a consonant (or another mark), leading vowels
    // precede one. Chinese bytes read as Thai break these rules.
    qint64 marks = 0, misspelt = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (thaiCombining(p[i])) {
            ++marks;
            if (i == 0 || !(thaiConsonant(p[i - 1]) || thaiCombining(p[i - 1])))
                ++misspelt;
        } else if (p[i] >= 0xE0 && p[i] <= 0xE4) {
            if (i + 1 >= n || !thaiConsonant(p[i + 1]))
                ++misspelt;
        } else if ((p[i] >= 0xDB && p[i] <= 0xDE) || p[i] >= 0xFC) {
            ++misspelt; // not Thai at all
        }
    }
    // Double-byte reading: Big5's second bytes often fall in 0x40-0x7E, GB2312's never.
    qint64 pairs = 0, lowTrail = 0;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (p[i] >= 0x81 && p[i] <= 0xFE) {
            ++pairs;
            if (p[i + 1] >= 0x40 && p[i + 1] <= 0x7E)
                ++lowTrail;
            ++i;
        }
    }
    // Vietnamese never uses windows-1258's symbols (0xA0-0xBF); Big5 and GB lead bytes do.
    const qint64 symbols = std::count_if(p, p + n, [](uchar c) { return c >= 0xA0 && c <= 0xBF; });
    const double meanRun = runs ? double(high) / double(runs) : 0;
    QStringList order;
    if (runs > 0 && double(runsInWords) / double(runs) > 0.5 && meanRun <= 3 && double(symbols) < 0.05 * double(high))
        order << QStringLiteral("windows-1258");
    if (marks > 0 && double(misspelt) / double(high) < 0.02)
        order << QStringLiteral("windows-874");
    if (pairs > 0 && double(lowTrail) / double(pairs) > 0.05)
        order << QStringLiteral("Big5") << QStringLiteral("GB18030");
    else
        order << QStringLiteral("GB18030") << QStringLiteral("Big5");
    order << QStringLiteral("windows-874") << QStringLiteral("windows-1258");
    order.removeDuplicates();
    // The first whose decoding is clean; failing that, the one with least damage. The sample is
    // judged up to its last line end, so no character is cut.
    const qsizetype lastLine = head.lastIndexOf('\n');
    const QByteArray sample = lastLine > 0 ? head.left(lastLine + 1) : head;
    QString best;
    int bestBad = INT_MAX;
    for (const QString &candidate : std::as_const(order)) {
        int bad = 0;
        decodeSample(sample, candidate.toLatin1().constData(), &bad);
        if (bad == 0)
            return candidate;
        if (bad < bestBad) {
            bestBad = bad;
            best = candidate;
        }
    }
    return best;
}

struct Utf8Device::Converter
{
    UConverter *handle = nullptr;
    ~Converter()
    {
        if (handle)
            ucnv_close(handle);
    }
};

Utf8Device::Utf8Device(QIODevice *source, const QString &encoding)
    : m_source(source)
    , m_encoding(encoding.compare(QLatin1String("TIS-620"), Qt::CaseInsensitive) == 0 ? QStringLiteral("windows-874") : encoding)
{
    if (m_encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        m_converter = std::make_unique<Converter>();
        UErrorCode error = U_ZERO_ERROR;
        m_converter->handle = ucnv_open(m_encoding.toLatin1().constData(), &error);
        if (U_FAILURE(error))
            m_converter->handle = nullptr;
    }
    open(QIODevice::ReadOnly);
}

Utf8Device::~Utf8Device() = default;

bool Utf8Device::isValid() const
{
    return !m_converter || m_converter->handle;
}

bool Utf8Device::atEnd() const
{
    return m_outPos >= m_out.size() && m_sourceDone && QIODevice::atEnd();
}

qint64 Utf8Device::bytesAvailable() const
{
    return (m_out.size() - m_outPos) + QIODevice::bytesAvailable();
}

bool Utf8Device::fill()
{
    if (m_sourceDone)
        return false;
    const QByteArray input = m_source->read(ChunkSize);
    const bool last = input.isEmpty() || m_source->atEnd();
    m_out.remove(0, m_outPos);
    m_outPos = 0;
    if (!m_converter) {
        m_out += input;
    } else if (m_converter->handle) {
        QString text(input.size() * 2 + 64, Qt::Uninitialized);
        const char *source = input.constData();
        const char *sourceEnd = source + input.size();
        for (;;) {
            auto *target = reinterpret_cast<UChar *>(text.data());
            auto *targetEnd = target + text.size();
            UErrorCode error = U_ZERO_ERROR;
            ucnv_toUnicode(m_converter->handle, &target, targetEnd, &source, sourceEnd, nullptr, last, &error);
            const qsizetype produced = target - reinterpret_cast<UChar *>(text.data());
            const QStringView piece(text.constData(), produced);
            m_replaced += std::count_if(piece.cbegin(), piece.cend(), [](QChar c) { return c == QChar(0xFFFD) || c == QChar(0x1A); });
            m_out += piece.toUtf8();
            if (error != U_BUFFER_OVERFLOW_ERROR)
                break;
        }
    }
    if (m_first) {
        m_first = false;
        if (m_out.startsWith("\xEF\xBB\xBF"))
            m_outPos = 3;
    }
    m_sourceDone = last;
    return true;
}

qint64 Utf8Device::readData(char *data, qint64 maxSize)
{
    while (m_outPos >= m_out.size()) {
        if (!fill())
            return 0;
    }
    const qint64 n = std::min<qint64>(maxSize, m_out.size() - m_outPos);
    std::memcpy(data, m_out.constData() + m_outPos, size_t(n));
    m_outPos += n;
    return n;
}

} // namespace sg

#include "core/normalize/myanmartext.h"

#include "core/normalize/transliteration.h"

namespace sg {

namespace {

bool isConsonant(char16_t c) { return c >= 0x1000 && c <= 0x1021; }
bool isMedial(char16_t c) { return c >= 0x103B && c <= 0x103E; }
bool isMyanmar(char16_t c) { return c >= 0x1000 && c <= 0x109F; }

// Where a syllable can start: the beginning, after a space or anything not Burmese, or after
// a sign that ends a syllable (a vowel sign, asat, visarga, dot below).
bool startsSyllable(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const char16_t prev = text.at(i - 1).unicode();
    return !isMyanmar(prev) || (prev >= 0x102B && prev <= 0x1038) || prev == 0x103A;
}

} // namespace

bool MyanmarText::looksLikeZawgyi(const QString &text)
{
    int zawgyi = 0;
    int unicode = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        const char16_t next = i + 1 < n ? text.at(i + 1).unicode() : 0;
        if (c >= 0x1060 && c <= 0x1097) {
            // Zawgyi's stacked letters and glyph variants; Burmese in Unicode does not use them.
            zawgyi += 3;
        } else if ((c == 0x1031 || c == 0x103B) && startsSyllable(text, i) && isConsonant(next)) {
            // Zawgyi stores E and medial RA before the consonant, where they are drawn.
            zawgyi += 2;
        } else if (c == 0x1039 && !isConsonant(next)) {
            // Zawgyi's asat; in Unicode U+1039 only ever stacks a consonant.
            zawgyi += 2;
        } else if (isConsonant(c) && startsSyllable(text, i)) {
            // Unicode: a syllable's consonant, then its medials, then E.
            qsizetype j = i + 1;
            while (j < n && isMedial(text.at(j).unicode()))
                ++j;
            if (j < n && text.at(j).unicode() == 0x1031)
                unicode += 2;
        } else if (c == 0x103A && i > 0 && isConsonant(text.at(i - 1).unicode()) && (next == 0 || !isMyanmar(next) || next == 0x1038)) {
            // Unicode's asat closing a syllable.
            unicode += 1;
        }
    }
    return zawgyi >= 2 && zawgyi > unicode;
}

QString MyanmarText::zawgyiToUnicode(const QString &text)
{
    return transliterate("Zawgyi-my", text);
}

QString MyanmarText::repairDigits(const QString &text)
{
    if (!text.contains(QChar(0x101D)))
        return text;
    bool hasDigit = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x1040 && u <= 0x1049) {
            hasDigit = true;
            continue;
        }
        if (u == 0x101D || u == u' ' || u == u'-' || u == u'+' || u == u'(' || u == u')' || u == u'.')
            continue;
        return text; // words, not a number
    }
    if (!hasDigit)
        return text;
    QString repaired = text;
    repaired.replace(QChar(0x101D), QChar(0x1040));
    return repaired;
}

} // namespace sg

#include "core/normalize/searchfold.h"

#include "core/normalize/transliteration.h"

#include <algorithm>

namespace sg {

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

} // namespace

QString foldForSearch(const QString &text)
{
    // ASCII has no marks, no Han and no đ: folded, it is its lower case, which is left out. Most
    // of what is indexed is (numbers, Latin names); decomposing it was a tenth of building the
    // search index of a 300,000-call import.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return QString();
    QString folded = hasHan(text) ? transliterate("Traditional-Simplified", text) : text;
    // Drop the marks that sit on Latin letters only.
    const QString decomposed = folded.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    bool afterLatin = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && afterLatin)
            continue;
        if (c.category() != QChar::Mark_NonSpacing)
            afterLatin = c.script() == QChar::Script_Latin;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ
            plain += QLatin1Char('d');
        else
            plain += c;
    }
    folded = plain.normalized(QString::NormalizationForm_C).toLower();
    return folded == text.toLower() ? QString() : folded;
}

} // namespace sg

#pragma once

#include <QString>

namespace sg {

// Burmese text as it arrives from phones in Myanmar: much of it is still typed in the Zawgyi
// font encoding, which reuses Unicode's Myanmar code points for other letters and orders them as
// they are drawn. ICU's Zawgyi-my transform converts it, but corrupts text that is already
// Unicode, so conversion is only ever applied after detection, and the raw text is kept.
class MyanmarText
{
public:
    // True when the text is most likely Zawgyi: code points only Zawgyi uses for Burmese
    // (U+1060–U+1097), a vowel sign E or medial RA typed before its consonant, or the Zawgyi
    // asat (U+1039 not followed by a consonant) outweigh the orderings only Unicode allows.
    static bool looksLikeZawgyi(const QString &text);
    // The Unicode form of Zawgyi text (ICU's Zawgyi-my transform). Call looksLikeZawgyi() first.
    static QString zawgyiToUnicode(const QString &text);
    // Numbers typed with the letter WA (ဝ, U+101D) where the digit zero (၀, U+1040) was meant,
    // a common slip because they look alike: repaired when everything else is a Myanmar digit
    // or number punctuation.
    static QString repairDigits(const QString &text);
};

} // namespace sg

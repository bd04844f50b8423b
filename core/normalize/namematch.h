#pragma once

#include <QString>
#include <QStringList>

namespace sg {

// Keys under which a person's name written in different scripts, romanisations and orders
// reads alike, for duplicate candidates (never for merging by itself): ICU's transliteration to
// Latin (Chinese as pinyin, Thai, Khmer, Lao and Burmese by their ICU romanisations), accents
// and case removed, Burmese honorifics dropped (U, Daw, Ko, Ma, Maung, Saw, Naw, Mg), the words
// sorted so that family-name order does not matter. `withoutMiddle` also drops the middle
// names (Vietnamese "Nguyễn Văn Đức" and "Nguyễn Đức" meet). Empty for a name of fewer than
// two letters.
QString nameMatchKey(const QString &name, bool withoutMiddle = false);

// Looser keys for names that sound alike across romanisations: the name in Latin letters
// (Khmer, Lao and Burmese as names are commonly spelt: សុខ "sokh", ສົມພອນ "somphon", မြင့်
// "myint"; a Chinese surname by its surname reading: 曾 "zeng", 单 "shan"; honorifics dropped),
// its words run together and reduced to their consonants, the letters romanisations use for one
// sound taken as one (k g kh c | t d th | p b ph | ch j zh q z sh ts | s x hs | n ng ny); once as
// written and once with the last word first. "Sok Dara" and "សុខ ដារ៉ា", "Somchai Jaidee" and
// "สมชาย ใจดี", "Chang Wei", "Wei Chang" and "张伟" share a key. None for very short names.
QStringList nameSoundKeys(const QString &name);

// The three keys above at once, the name read into Latin only once (for a whole case's names).
struct NameKeys
{
    QString readAlike;      // nameMatchKey(name)
    QString firstAndLast;   // nameMatchKey(name, true)
    QStringList soundAlike; // nameSoundKeys(name)
};
NameKeys nameKeys(const QString &name);

// The name in lower-case Latin words as the keys read it ("សុខ ដារ៉ា" -> "sokh dara").
QString nameToLatin(const QString &name);

} // namespace sg

#pragma once

#include <QString>

namespace sg {

// Keys under which a person's name written in different scripts, romanisations and orders
// reads alike, for duplicate candidates (never for merging by itself): ICU's transliteration to
// Latin (Chinese as pinyin, Thai, Khmer, Lao and Burmese by their ICU romanisations), accents
// and case removed, Burmese honorifics dropped (U, Daw, Ko, Ma, Maung, Saw, Naw, Mg), the words
// sorted so that family-name order does not matter. `withoutMiddle` also drops the middle
// names (Vietnamese "Nguyễn Văn Đức" and "Nguyễn Đức" meet). Empty for a name of fewer than
// two letters.
QString nameMatchKey(const QString &name, bool withoutMiddle = false);

} // namespace sg

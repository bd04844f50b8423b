#pragma once

#include <QString>

namespace sg {

// The form of a text that search also matches: Vietnamese (and other Latin) letters without
// their diacritics ("Nguyễn Văn" -> "nguyen van", "đ" -> "d"), Traditional Chinese as Simplified
// ("詐騙電話" -> "诈骗电话"), lower case. Marks on Thai, Khmer, Lao and Burmese letters are
// part of their spelling and stay. Empty when folding changes nothing, so an index does not
// hold the same text twice.
QString foldForSearch(const QString &text);

} // namespace sg

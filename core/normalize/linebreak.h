#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sg {

// Where a line may be broken in `text`: UTF-16 offsets after which a new line may start, in
// increasing order, ending with text.size(). From ICU's line break iterator, which knows the
// words of Thai, Lao, Khmer and Burmese (written without spaces) and Chinese; Qt 6.4 does not
// wrap Khmer or Lao and breaks Burmese inside words. Any thread.
QList<int> lineBreakOpportunities(const QString &text);

// The words of `text`, in order, from ICU's word break iterator (dictionaries for Thai, Lao,
// Khmer, Burmese and Chinese, which are written without spaces between words): letters, numbers
// and ideographs; spaces and punctuation are left out. Any thread.
QStringList wordSegments(const QString &text);

} // namespace sg

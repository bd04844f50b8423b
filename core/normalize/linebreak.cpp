#include "core/normalize/linebreak.h"

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace sg {

namespace {

enum class Kind { Line, Word };

// One iterator of each kind per thread (they are not thread-safe): creating one loads the
// dictionaries. Null when ICU cannot make it.
icu::BreakIterator *threadIterator(Kind kind)
{
    thread_local std::unique_ptr<icu::BreakIterator> iterators[2];
    std::unique_ptr<icu::BreakIterator> &slot = iterators[kind == Kind::Line ? 0 : 1];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(kind == Kind::Line ? icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status)
                                      : icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            slot.reset();
    }
    return slot.get();
}

} // namespace

QList<int> lineBreakOpportunities(const QString &text)
{
    QList<int> breaks;
    if (text.isEmpty())
        return breaks;
    icu::BreakIterator *iterator = threadIterator(Kind::Line);
    if (!iterator) {
        breaks.append(int(text.size()));
        return breaks;
    }
    const icu::UnicodeString value(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    iterator->setText(value);
    for (int32_t p = iterator->next(); p != icu::BreakIterator::DONE; p = iterator->next())
        breaks.append(int(p));
    // Leave no reference to the local string behind.
    iterator->setText(icu::UnicodeString());
    if (breaks.isEmpty() || breaks.last() != text.size())
        breaks.append(int(text.size()));
    return breaks;
}

QStringList wordSegments(const QString &text)
{
    QStringList words;
    if (text.isEmpty())
        return words;
    icu::BreakIterator *iterator = threadIterator(Kind::Word);
    if (!iterator)
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const icu::UnicodeString value(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    iterator->setText(value);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
        // UBRK_WORD_NONE (0..99) is a run of spaces or punctuation.
        if (iterator->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            words.append(text.mid(start, end - start));
    }
    iterator->setText(icu::UnicodeString());
    return words;
}

} // namespace sg

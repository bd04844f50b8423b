#include "core/normalize/transliteration.h"

#include <QByteArray>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>

namespace sg {

QString transliterate(const char *id, const QString &text)
{
    thread_local std::map<QByteArray, std::unique_ptr<icu::Transliterator>> transforms;
    auto it = transforms.find(QByteArray(id));
    if (it == transforms.end()) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        it = transforms.emplace(QByteArray(id), U_SUCCESS(status) ? std::move(t) : nullptr).first;
    }
    if (!it->second)
        return text;
    icu::UnicodeString value(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    it->second->transliterate(value);
    return QString(reinterpret_cast<const QChar *>(value.getBuffer()), value.length());
}

} // namespace sg

#pragma once

#include <QString>

namespace sg {

// Runs an ICU transliterator ("Zawgyi-my", "Traditional-Simplified", ...) over a text. ICU
// transliterators are not thread-safe: each thread keeps its own, created on first use. The
// text comes back unchanged when ICU does not know the transform.
QString transliterate(const char *id, const QString &text);

} // namespace sg

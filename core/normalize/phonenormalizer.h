#pragma once

#include <QHash>
#include <QString>

namespace sg {

struct NormalizedPhone
{
    QString key;      // E.164 ("+85512345678") when valid, otherwise the raw text as given (trimmed)
    bool valid = false;
};

// Normalises phone numbers to E.164 with libphonenumber, using the region of the source the
// number came from (never the interface language). Native-script digits are mapped to ASCII
// first. A number that does not validate is kept raw, never dropped or guessed.
// Keeps a cache; one instance per import (not shared between threads).
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(QString region);

    NormalizedPhone normalize(const QString &raw);
    QString region() const { return m_region; }

    // Stateless variant for one-off use (search box, CLI arguments).
    static NormalizedPhone normalize(const QString &raw, const QString &region);
    static bool isKnownRegion(const QString &region);

private:
    QString m_region;
    QHash<QString, NormalizedPhone> m_cache;
};

} // namespace sg

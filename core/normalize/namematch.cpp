#include "core/normalize/namematch.h"

#include "core/normalize/transliteration.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace sg {

QString nameMatchKey(const QString &name, bool withoutMiddle)
{
    const QString latin = transliterate("Any-Latin; Latin-ASCII; Lower", name);
    QStringList words = latin.split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
    static const QStringList Honorifics{QStringLiteral("u"),   QStringLiteral("daw"), QStringLiteral("ko"),  QStringLiteral("ma"),
                                        QStringLiteral("maung"), QStringLiteral("mg"),  QStringLiteral("saw"), QStringLiteral("naw")};
    // Honorifics stand before the name; a name that is nothing but one keeps it.
    while (words.size() > 1 && Honorifics.contains(words.first()))
        words.removeFirst();
    if (withoutMiddle && words.size() > 2)
        words = QStringList{words.first(), words.last()};
    std::sort(words.begin(), words.end());
    const QString key = words.join(QLatin1Char(' '));
    return key.size() < 2 ? QString() : key;
}

} // namespace sg

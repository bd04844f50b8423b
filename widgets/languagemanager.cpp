#include "widgets/languagemanager.h"

#include "core/model/timetext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace sg {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_seagull)
        QCoreApplication::removeTranslator(m_seagull.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("th"), QStringLiteral("vi"),
            QStringLiteral("km"), QStringLiteral("lo"), QStringLiteral("my")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    if (language == QLatin1String("th"))
        return QStringLiteral("ไทย");
    if (language == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    if (language == QLatin1String("km"))
        return QStringLiteral("ខ្មែរ");
    if (language == QLatin1String("lo"))
        return QStringLiteral("ລາວ");
    if (language == QLatin1String("my"))
        return QStringLiteral("မြန်မာ");
    return language;
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    if (m_seagull) {
        QCoreApplication::removeTranslator(m_seagull.get());
        m_seagull.reset();
    }
    for (auto *translator : {&m_qt, &m_qtExtra}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    m_language = language;
    timetext::Display display = timetext::display();
    display.language = language;
    timetext::setDisplay(display);
    // English has a file too: the singular and plural of the strings that count.
    auto seagull = std::make_unique<QTranslator>();
    if (seagull->load(QStringLiteral(":/i18n/seagull_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(seagull.get());
        m_seagull = std::move(seagull);
    }
    if (language != QLatin1String("en")) {
        // Qt's own dialog strings: Debian ships them for zh_CN only; Seagull carries the others.
        auto extra = std::make_unique<QTranslator>();
        if (extra->load(QStringLiteral(":/i18n/qtbase_extra_%1.qm").arg(language))) {
            QCoreApplication::installTranslator(extra.get());
            m_qtExtra = std::move(extra);
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    emit languageChanged(language);
    return m_seagull != nullptr || language == QLatin1String("en");
}

void LanguageManager::setBuddhistEra(bool on)
{
    timetext::Display display = timetext::display();
    if (display.buddhistEra == on)
        return;
    display.buddhistEra = on;
    timetext::setDisplay(display);
    // Every window shows its dates again, as after a change of language.
    if (QCoreApplication::instance()) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
}

bool LanguageManager::buddhistEra() { return timetext::display().buddhistEra; }

} // namespace sg

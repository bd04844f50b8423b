#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace sg {

// Installs the interface language chosen in Seagull's settings (never taken from the operating
// system): Seagull's own strings and Qt's dialog strings. Switching at run time sends
// QEvent::LanguageChange to every window, which retranslate themselves. Owned by main();
// GUI thread.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en", "zh_CN", "th", "vi", "km", "lo", "my".
    static QStringList languages();
    // The language's own name in its own script.
    static QString nativeName(const QString &language);

    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    // Years shown in the Thai Buddhist era (B.E. = C.E. + 543) on dates in the interface, axes
    // and print; stored records are never changed.
    static void setBuddhistEra(bool on);
    static bool buddhistEra();

signals:
    void languageChanged(const QString &language);

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_seagull;
    // Qt's own strings: Seagull's translation of them (qtbase_extra) for the languages Qt does
    // not ship, and Qt's where it does (installed last, so it is asked first).
    std::unique_ptr<QTranslator> m_qtExtra;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace sg

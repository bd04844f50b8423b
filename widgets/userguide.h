#pragma once

#include <QDialog>

#include <QPointer>

#include <functional>

class QListWidget;
class QTextBrowser;

namespace sg {

class LanguageManager;

// Help → User guide: the offline guide, inside the program, in the interface language. The
// chapters are Markdown files compiled into the program (resources/guide/<language>/); a
// chapter not yet translated is shown in English with a line saying so. The shortcut chapter
// carries the table made from the menus themselves (Shortcuts::table), in the language shown.
class UserGuide : public QDialog
{
    Q_OBJECT

public:
    // `languages` (may be null: English) says the interface language, now and after a switch.
    UserGuide(LanguageManager *languages, std::function<QString()> shortcutTable, QWidget *parent);

    // The chapter files, in order (the English set is complete).
    static QStringList chapterFiles();
    // A chapter's Markdown in `language`, or in English when it has no translation yet
    // (`translated` says which).
    static QString chapterText(const QString &language, const QString &file, bool *translated = nullptr);

    QString language() const { return m_language; }
    QListWidget *chapterList() const { return m_chapters; }
    QTextBrowser *browser() const { return m_browser; }
    void showChapter(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QPointer<LanguageManager> m_languages;
    std::function<QString()> m_shortcutTable; // made afresh in each language
    QString m_language;
    QListWidget *m_chapters = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace sg

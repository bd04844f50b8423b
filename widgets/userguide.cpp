#include "widgets/userguide.h"

#include "widgets/languagemanager.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace sg {

namespace {

const QString ShortcutMarker = QStringLiteral("SHORTCUT-TABLE");

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString chapterTitle(const QString &markdown)
{
    for (const QString &line : markdown.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    return {};
}

} // namespace

UserGuide::UserGuide(LanguageManager *languages, std::function<QString()> shortcutTable, QWidget *parent)
    : QDialog(parent)
    , m_languages(languages)
    , m_shortcutTable(std::move(shortcutTable))
{
    setObjectName(QStringLiteral("userGuide"));
    auto *splitter = new QSplitter(this);
    m_chapters = new QListWidget(splitter);
    m_browser = new QTextBrowser(splitter);
    m_browser->setOpenExternalLinks(false);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    resize(1000, 700);
    connect(m_chapters, &QListWidget::currentRowChanged, this, &UserGuide::showChapter);
    load();
}

QStringList UserGuide::chapterFiles()
{
    return QDir(QStringLiteral(":/guide/en")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

QString UserGuide::chapterText(const QString &language, const QString &file, bool *translated)
{
    QString text = readResource(QStringLiteral(":/guide/%1/%2").arg(language, file));
    if (translated)
        *translated = !text.isEmpty();
    if (text.isEmpty())
        text = readResource(QStringLiteral(":/guide/en/") + file);
    // Comments for the translators ("needs review by a native speaker") are not shown.
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->\\n?"), QRegularExpression::DotMatchesEverythingOption);
    text.remove(comment);
    return text;
}

void UserGuide::load()
{
    m_language = m_languages ? m_languages->language() : QStringLiteral("en");
    setWindowTitle(tr("Seagull user guide"));
    const int row = std::max(0, m_chapters->currentRow());
    const QSignalBlocker block(m_chapters);
    m_chapters->clear();
    for (const QString &file : chapterFiles()) {
        auto *item = new QListWidgetItem(chapterTitle(chapterText(m_language, file)), m_chapters);
        item->setData(Qt::UserRole, file);
    }
    m_chapters->setCurrentRow(row);
    showChapter(row);
}

void UserGuide::showChapter(int index)
{
    if (index < 0 || index >= m_chapters->count())
        return;
    bool translated = true;
    const QString markdown = chapterText(m_language, m_chapters->item(index)->data(Qt::UserRole).toString(), &translated);
    QTextDocument *document = m_browser->document();
    document->setMarkdown(markdown);
    if (!translated) {
        QTextCursor cursor(document);
        cursor.movePosition(QTextCursor::Start);
        cursor.insertHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("This chapter is not translated yet; it is shown in English.").toHtmlEscaped()));
        cursor.insertBlock();
    }
    // The shortcut table comes from the menus, so it always says what the program does.
    QTextCursor marker = document->find(ShortcutMarker);
    if (!marker.isNull())
        marker.insertHtml(m_shortcutTable ? m_shortcutTable() : QString());
    m_browser->moveCursor(QTextCursor::Start);
}

void UserGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

} // namespace sg

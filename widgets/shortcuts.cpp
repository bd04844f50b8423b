#include "widgets/shortcuts.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include <optional>

namespace sg {

namespace {

const char *const ReasonProperty = "seagullNoShortcut";

QString plain(QString text)
{
    // Mnemonic markers go; a literal "&&" stays one ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void collect(const QMenu *menu, const QString &path, QList<Shortcuts::Entry> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            collect(sub, path + QStringLiteral(" › ") + plain(sub->title()), out);
            continue;
        }
        out.append({path, action});
    }
}

std::optional<Shortcuts::Reason> reasonOf(const QAction *action)
{
    const QVariant reason = action->property(ReasonProperty);
    return reason.isValid() ? std::optional<Shortcuts::Reason>(Shortcuts::Reason(reason.toInt())) : std::nullopt;
}

} // namespace

void Shortcuts::markWithout(QAction *action, Reason reason) { action->setProperty(ReasonProperty, int(reason)); }

QString Shortcuts::reasonWithout(const QAction *action)
{
    const auto reason = reasonOf(action);
    if (!reason)
        return {};
    switch (*reason) {
    case Reason::Rare: return tr("used seldom: from the menu");
    case Reason::Setting: return tr("a setting, chosen once: from the menu");
    case Reason::OneOfList: return tr("one entry of a list: from the menu");
    case Reason::Destructive: return tr("changes the case and asks first: kept off the keyboard");
    }
    return {};
}

QList<Shortcuts::Entry> Shortcuts::menuActions(const QMenuBar *bar)
{
    QList<Entry> entries;
    for (QAction *top : bar->actions())
        if (QMenu *menu = top->menu())
            collect(menu, plain(menu->title()), entries);
    return entries;
}

QString Shortcuts::table(const QMenuBar *bar)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(tr("Menu"), tr("Action"), tr("Shortcut"));
    QString lastListMenu;
    for (const Entry &entry : menuActions(bar)) {
        const QKeySequence key = entry.action->shortcut();
        const bool listEntry = key.isEmpty() && reasonOf(entry.action) == Reason::OneOfList;
        if (listEntry && entry.menuPath == lastListMenu)
            continue;
        lastListMenu = listEntry ? entry.menuPath : QString();
        const QString name = listEntry ? tr("(each entry)") : plain(entry.action->text()).toHtmlEscaped();
        const QString how = key.isEmpty() ? QStringLiteral("<i>%1</i>").arg(reasonWithout(entry.action).toHtmlEscaped())
                                          : QStringLiteral("<b>%1</b>").arg(key.toString(QKeySequence::NativeText).toHtmlEscaped());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(entry.menuPath.toHtmlEscaped(), name, how);
    }
    return html + QStringLiteral("</table>");
}

} // namespace sg

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;
class QMenuBar;

namespace sg {

// Every menu action has a keyboard shortcut or a stated reason not to have one; the user
// guide's shortcut chapter is made from the menus themselves, so it cannot drift from them.
class Shortcuts
{
    Q_DECLARE_TR_FUNCTIONS(sg::Shortcuts)

public:
    enum class Reason {
        Rare,        // used seldom enough that the menu is the place for it
        Setting,     // a display or interface setting, chosen once
        OneOfList,   // one entry of a list (types, icons, charts, tags, languages, layouts)
        Destructive, // changes the case and asks first; kept away from the fingers
    };

    static void markWithout(QAction *action, Reason reason);
    // Why `action` has no shortcut, in the interface language; empty when none is stated.
    static QString reasonWithout(const QAction *action);

    struct Entry
    {
        QString menuPath; // "Chart › Layout", mnemonics removed
        QAction *action = nullptr;
    };
    // The actions of the menu bar's menus and their submenus, in menu order; separators and
    // the actions that open submenus left out.
    static QList<Entry> menuActions(const QMenuBar *bar);
    // The guide's table: each menu action with its shortcut, or the reason it has none (a run
    // of list entries shown once).
    static QString table(const QMenuBar *bar);
};

} // namespace sg

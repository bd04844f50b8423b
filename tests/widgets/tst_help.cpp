// Help for an analyst who has no one to ask (issue 11): progress with the time left, a shortcut
// (or a stated reason) for every menu command, the user guide in each language, the guided tour.

#include "core/model/progress.h"
#include "tests/common/fixtures.h"
#include "widgets/backgroundtask.h"
#include "widgets/guidedtour.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/shortcuts.h"
#include "widgets/userguide.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolBar>

using namespace sg;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS"))
        widget->grab().save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QLatin1Char('/') + name);
}

// Whether `text` has a character of the script the language is written in.
bool inScript(const QString &language, const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((language == QLatin1String("zh_CN") && u >= 0x4E00 && u <= 0x9FFF) || (language == QLatin1String("th") && u >= 0x0E00 && u <= 0x0E7F)
            || (language == QLatin1String("lo") && u >= 0x0E80 && u <= 0x0EFF) || (language == QLatin1String("km") && u >= 0x1780 && u <= 0x17FF)
            || (language == QLatin1String("my") && u >= 0x1000 && u <= 0x109F)
            || (language == QLatin1String("vi") && (u == 0x01B0 || u == 0x01A1 || u == 0x0111 || (u >= 0x1EA0 && u <= 0x1EF9))))
            return true;
    }
    return false;
}

} // namespace

class tst_Help : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeagullTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
        QSettings().clear();
    }

    // A long piece of work shows its stage and, once it can be judged, the time left; Cancel
    // stops the work where it is.
    void progressShowsTimeLeftAndCancels()
    {
        QWidget parent;
        parent.resize(600, 400);
        parent.show();
        std::atomic<int> reached{0};
        auto *task = new BackgroundTask(&parent, QStringLiteral("Counting"), [&reached](Progress &progress) {
            progress.setTotal(200);
            progress.setStage(QStringLiteral("Counting sheep"));
            for (int i = 1; i <= 200 && !progress.isCancelled(); ++i) {
                QThread::msleep(40);
                progress.setDone(i);
                reached = i;
            }
        });
        QSignalSpy finished(task, &BackgroundTask::finished);
        task->start();
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = parent.findChild<QProgressDialog *>()) != nullptr, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->labelText().contains(QLatin1String(" left")), 4000);
        const QString label = dialog->labelText();
        QVERIFY2(label.startsWith(QLatin1String("Counting sheep\n")), qPrintable(label));
        // 200 steps of 40 ms: some seconds are left, never hours.
        QVERIFY2(label.contains(QLatin1String("seconds left")) || label.contains(QLatin1String("A few seconds left")), qPrintable(label));
        QVERIFY(dialog->value() > 0 && dialog->value() < 1000);
        saveShot(dialog, QStringLiteral("progress-time-left.png"));
        QPushButton *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
        QVERIFY2(reached < 200, "the work ran to the end despite Cancel");
    }

    // A stage that cannot say how far it is shows a busy bar; the next stage that counts shows
    // its share again (an import's linking after a busy stage, for one).
    void progressCountsAgainAfterABusyStage()
    {
        QWidget parent;
        parent.resize(600, 400);
        parent.show();
        std::atomic<int> step{0}; // the test moves the work on: 1 counts, 2 ends
        auto *task = new BackgroundTask(&parent, QStringLiteral("Working"), [&step](Progress &progress) {
            progress.setStage(QStringLiteral("Preparing"));
            while (step.load() < 1 && !progress.isCancelled())
                QThread::msleep(10);
            progress.setStage(QStringLiteral("Counting"));
            progress.setTotal(100);
            progress.setDone(50);
            while (step.load() < 2 && !progress.isCancelled())
                QThread::msleep(10);
        });
        QSignalSpy finished(task, &BackgroundTask::finished);
        task->start();
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = parent.findChild<QProgressDialog *>()) != nullptr, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->maximum(), 0, 3000);
        QCOMPARE(dialog->labelText(), QStringLiteral("Preparing"));
        step = 1;
        QTRY_COMPARE_WITH_TIMEOUT(dialog->labelText(), QStringLiteral("Counting"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->maximum(), 1000, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->value(), 500, 3000);
        step = 2;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    }

    // Work its caller waits for keeps the window live: timers run while it works, the dialog
    // appears when it takes long, and Cancel stops it; work that may not stop has a dialog
    // without Cancel that Escape neither closes nor cancels.
    void runAndWaitKeepsTheWindowLive()
    {
        QWidget parent;
        parent.resize(600, 400);
        parent.show();
        // Timers: the work waits for one the GUI thread runs (up to 5 s, then gives up).
        std::atomic<bool> ticked{false};
        std::atomic<bool> sawTick{false};
        QTimer::singleShot(0, &parent, [&ticked] { ticked = true; });
        auto *quick = new BackgroundTask(&parent, QStringLiteral("Quick"), [&](Progress &) {
            for (int i = 0; i < 500 && !ticked; ++i)
                QThread::msleep(10);
            sawTick = ticked.load();
        });
        quick->runAndWait();
        QVERIFY2(sawTick, "the GUI thread ran no timer while waiting for the work");

        // Cancel: the work runs until it is asked to stop (10 s at most); the test presses Cancel
        // on the dialog once it is there.
        std::atomic<bool> stopped{false};
        auto *cancellable = new BackgroundTask(&parent, QStringLiteral("Merging"), [&stopped](Progress &progress) {
            for (int i = 0; i < 1000 && !progress.isCancelled(); ++i)
                QThread::msleep(10);
            stopped = progress.isCancelled();
        });
        QTimer press;
        bool pressed = false;
        connect(&press, &QTimer::timeout, &parent, [&] {
            auto *dialog = parent.findChild<QProgressDialog *>();
            if (!dialog || !dialog->isVisible() || pressed)
                return;
            QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
            if (QPushButton *cancel = dialog->findChild<QPushButton *>()) {
                pressed = true;
                cancel->click();
            }
        });
        press.start(50);
        cancellable->runAndWait();
        press.stop();
        QVERIFY(pressed);
        QVERIFY2(stopped, "runAndWait returned before the work saw Cancel");

        // No Cancel: no button; Escape and closing do not stop the work, and the dialog stays up
        // until the work ends by itself.
        std::atomic<bool> finish{false};
        std::atomic<bool> cancelled{false};
        auto *mustEnd = new BackgroundTask(&parent, QStringLiteral("Splitting"), [&](Progress &progress) {
            for (int i = 0; i < 1000 && !finish; ++i)
                QThread::msleep(10);
            cancelled = progress.isCancelled();
        });
        mustEnd->setCancellable(false);
        QPointer<QProgressDialog> seen;
        int escapes = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, &parent, [&] {
            for (auto *dialog : parent.findChildren<QProgressDialog *>())
                if (dialog->labelText() == QLatin1String("Splitting"))
                    seen = dialog;
            if (!seen)
                return;
            if (escapes < 3) {
                QCOMPARE(seen->findChildren<QPushButton *>().size(), 0);
                if (!seen->isVisible())
                    return; // counted when it is up again
                if (++escapes == 2)
                    seen->close(); // the title bar's close button
                else
                    QTest::keyClick(seen.data(), Qt::Key_Escape);
                return;
            }
            if (seen->isVisible())
                finish = true;
        });
        watch.start(150);
        mustEnd->runAndWait();
        watch.stop();
        QCOMPARE(escapes, 3);
        QVERIFY(finish);
        QVERIFY2(!cancelled, "Escape or closing cancelled work that may not stop");
    }

    // Every command in the menus has a shortcut or a stated reason not to; no two commands
    // share a key; the guide's shortcut chapter lists each key the menus have.
    void everyMenuCommandHasAShortcutOrAReason()
    {
        QTemporaryDir dir;
        MainWindow window(nullptr);
        QVERIFY(window.createCase(dir.filePath(QStringLiteral("help.seagull")), window.newCaseInfo(QStringLiteral("Help"))));
        // Fill the menus that are filled when they open (charts, tags).
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            emit menu->aboutToShow();
        for (QMenu *menu : window.findChildren<QMenu *>())
            emit menu->aboutToShow();
        const QList<Shortcuts::Entry> entries = Shortcuts::menuActions(window.menuBar());
        QVERIFY(entries.size() > 60);
        QHash<QString, QString> owners;
        QSet<QAction *> seen;
        int withKeys = 0;
        for (const Shortcuts::Entry &entry : entries) {
            const QString name = entry.menuPath + QStringLiteral(" › ") + entry.action->text();
            QVERIFY2(!entry.action->text().isEmpty(), qPrintable(name + QStringLiteral(": no text")));
            const QKeySequence key = entry.action->shortcut();
            QVERIFY2(!key.isEmpty() || !Shortcuts::reasonWithout(entry.action).isEmpty(), qPrintable(name + QStringLiteral(": neither a shortcut nor a reason")));
            if (key.isEmpty() || seen.contains(entry.action))
                continue;
            seen.insert(entry.action);
            ++withKeys;
            const QString text = key.toString();
            QVERIFY2(!owners.contains(text), qPrintable(text + QStringLiteral(" is both ") + owners.value(text) + QStringLiteral(" and ") + name));
            owners.insert(text, name);
        }
        QVERIFY(withKeys >= 45);
        // The frequent steps have keys.
        for (const char *key : {"Ctrl+N", "Ctrl+O", "Ctrl+I", "Ctrl+S", "Ctrl+P", "Ctrl+E", "Ctrl+L", "Ctrl+F", "Ctrl+Z", "F1", "F2"})
            QVERIFY2(owners.contains(QString::fromLatin1(key)), key);
        const QString table = Shortcuts::table(window.menuBar());
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(table.contains(QKeySequence(it.key()).toString(QKeySequence::NativeText).toHtmlEscaped()), qPrintable(it.key()));
        QVERIFY(table.contains(QLatin1String("one entry of a list")));
        QVERIFY(table.contains(QLatin1String("kept off the keyboard")));
    }

    // Help → User guide opens inside the program in the interface language: the getting-started
    // chapter translated in all seven, other chapters in English with a line saying so; the
    // English guide covers what an analyst needs; switching language reloads it.
    void userGuideInEveryLanguage()
    {
        const QStringList files = UserGuide::chapterFiles();
        QCOMPARE(files.size(), 10);
        QStringList englishTitles;
        for (const QString &file : files)
            englishTitles << UserGuide::chapterText(QStringLiteral("en"), file).section(QLatin1Char('\n'), 0, 0);
        for (const char *topic : {"Getting started", "Importing evidence", "Search and expand", "Layouts", "Analysis", "Case data by hand",
                                  "Printing for court", "Exchanging data", "Verifying a case", "Keyboard shortcuts"})
            QVERIFY2(englishTitles.contains(QStringLiteral("# ") + QString::fromLatin1(topic)), topic);
        const QString start = UserGuide::chapterText(QStringLiteral("en"), files.first());
        for (const char *step : {"File → New case", "File → Import file", "Search", "double-click", "Print chart", "Help → Guided tour"})
            QVERIFY2(start.contains(QString::fromUtf8(step)), step);

        LanguageManager languages;
        MainWindow window(&languages);
        window.resize(1200, 800);
        window.show();
        window.showUserGuide();
        UserGuide *guide = window.userGuide();
        QVERIFY(guide && guide->isVisible());
        QCOMPARE(guide->chapterList()->count(), files.size());
        for (const QString &language : LanguageManager::languages()) {
            QVERIFY(languages.setLanguage(language));
            QCoreApplication::processEvents();
            QCOMPARE(guide->language(), language);
            guide->chapterList()->setCurrentRow(0);
            const QString first = guide->browser()->toPlainText();
            const QString title = guide->chapterList()->item(0)->text();
            bool translated = false;
            UserGuide::chapterText(language, files.first(), &translated);
            QVERIFY2(translated, qPrintable(language));
            QVERIFY2(first.contains(title), qPrintable(language));
            QVERIFY2(!first.contains(QLatin1String("Needs review")), qPrintable(language)); // translators' comments stay out
            if (language == QLatin1String("en")) {
                QCOMPARE(title, QStringLiteral("Getting started"));
                continue;
            }
            QVERIFY2(inScript(language, title) && inScript(language, first), qPrintable(language + QStringLiteral(": ") + title));
            // Each translation names the menus as the translated menus do.
            const QString settings = QCoreApplication::translate("sg::MainWindow", "Se&ttings…").remove(QLatin1Char('&')).remove(QStringLiteral("(F)")).remove(QStringLiteral("(T)")).remove(QStringLiteral("…"));
            QVERIFY2(first.contains(settings.trimmed()), qPrintable(language + QStringLiteral(": ") + settings));
            // A chapter not translated yet is English with a line in the language saying so.
            guide->chapterList()->setCurrentRow(1);
            const QString second = guide->browser()->toPlainText();
            QVERIFY(second.contains(QLatin1String("Operator call records")));
            const QString note = QCoreApplication::translate("sg::UserGuide", "This chapter is not translated yet; it is shown in English.");
            QVERIFY2(note != QLatin1String("This chapter is not translated yet; it is shown in English.") && second.startsWith(note), qPrintable(language));
            guide->chapterList()->setCurrentRow(0);
            saveShot(guide, QStringLiteral("guide-%1.png").arg(language));
        }
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(guide->chapterList()->item(0)->text(), QStringLiteral("Getting started"));
        // The shortcut chapter is the menus' own table.
        guide->chapterList()->setCurrentRow(files.size() - 1);
        const QString keys = guide->browser()->toPlainText();
        for (const char *expected : {"Ctrl+E", "Ctrl+Shift+L", "Alt+4", "F1", "Expand selected", "used seldom: from the menu"})
            QVERIFY2(keys.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!keys.contains(QLatin1String("SHORTCUT-TABLE")));
        saveShot(guide, QStringLiteral("guide-shortcuts.png"));
        // F1 opens the same guide again rather than a second one.
        window.showUserGuide();
        QCOMPARE(window.findChildren<UserGuide *>().size(), 1);
    }

    // Help → Guided tour frames search, expand, layout and print in turn, the bubble beside
    // each and inside the window; Back goes back, Done or Escape ends it.
    void guidedTourShowsTheFourSteps()
    {
        QTemporaryDir dir;
        MainWindow window(nullptr);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createCase(dir.filePath(QStringLiteral("tour.seagull")), window.newCaseInfo(QStringLiteral("Tour"))));
        window.startTour();
        GuidedTour *tour = window.tour();
        QVERIFY(tour && tour->isVisible());
        QCOMPARE(tour->stepCount(), 4);
        QToolBar *tools = window.mainToolBar();
        const QList<QWidget *> targets = {window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->findChild<QLineEdit *>(),
                                          tools->widgetForAction(tools->actions().at(4)), tools->widgetForAction(tools->actions().at(5)),
                                          tools->widgetForAction(tools->actions().constLast())};
        const QStringList titles = {QStringLiteral("Search"), QStringLiteral("Expand"), QStringLiteral("Layout"), QStringLiteral("Print")};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(tour->step(), i);
            QWidget *target = targets.at(i);
            QVERIFY2(target && target->isVisible(), qPrintable(titles.at(i)));
            const QRect frame(target->mapTo(&window, QPoint(0, 0)), target->size());
            QVERIFY2(tour->highlight().contains(frame.center()), qPrintable(titles.at(i)));
            const QRect bubble = tour->bubble()->geometry();
            QVERIFY2(window.rect().contains(bubble), qPrintable(titles.at(i)));
            QVERIFY2(!bubble.intersects(tour->highlight()), qPrintable(titles.at(i)));
            QVERIFY(tour->bubble()->findChild<QLabel *>()->text() == titles.at(i));
            saveShot(&window, QStringLiteral("tour-%1.png").arg(i + 1));
            if (i == 1) { // Back, then on again
                tour->backButton()->click();
                QCOMPARE(tour->step(), 0);
                tour->nextButton()->click();
            }
            if (i < 3)
                tour->nextButton()->click();
        }
        QCOMPARE(tour->nextButton()->text(), QStringLiteral("Done"));
        QPointer<GuidedTour> watch(tour);
        tour->nextButton()->click();
        QTRY_VERIFY(watch.isNull());
        // Escape ends a tour too, and a closed panel is opened to be shown.
        window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->hide();
        window.startTour();
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->isVisible());
        watch = window.tour();
        QTest::keyClick(window.tour(), Qt::Key_Escape);
        QTRY_VERIFY(watch.isNull());
    }
};

QTEST_MAIN(tst_Help)
#include "tst_help.moc"

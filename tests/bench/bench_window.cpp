// Benchmark: whether the window stays live on a large case. The main window, shown, works
// through what an analyst does with the busiest number of a case: opens it, searches, puts the
// number on the chart and expands it, inspects it and a link, lays the chart out, runs PageRank
// over the whole case and adds its list to the chart (answering the question with "the first
// 2,000"), selects them all and undoes the addition, writes the number's profile and the case
// summary, prints the chart, exports it and looks for duplicates. Then, on a new chart, a
// neighbour of the number expanded two steps out with every entity (a chart of hundreds of
// thousands of links on the 5M case): the language switched and back, the time filter shown and
// hidden, the chart saved, and the case opened again in a new window. For each step: how long the
// call took, how long until its work was done, and the longest the window's event loop went
// without a turn meanwhile (a timer of 2 ms measures it): what the analyst feels as a freeze.
//
//   bench_window [--rows N]              a seeded case of N call records (benchsuite.h)
//   bench_window --case FILE --hub KEY   a copy of an existing case, KEY its busiest entity
//   --far KEY                            the neighbour the large chart starts from (default: the
//                                        first the hub's expansion brought; a hub itself expands
//                                        only ten at a time, so give a quiet one)
//
// Run it with a display or QT_QPA_PLATFORM=offscreen. Nothing here is a test; CTest only checks
// that it runs (2,000 rows).

#include "core/chart/chartdocument.h"
#include "core/store/casestore.h"
#include "tests/bench/benchsuite.h"
#include "widgets/analysispanel.h"
#include "widgets/chartscene.h"
#include "widgets/chartview.h"
#include "widgets/inspectorpanel.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/printdialog.h"
#include "widgets/searchpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace sg;
using namespace bench;

namespace {

// The longest wait between two turns of the event loop since the last reset.
class Watch
{
public:
    Watch()
    {
        m_clock.start();
        m_tick.setInterval(2);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { turn(); });
        m_tick.start();
    }
    void reset()
    {
        m_last = m_clock.elapsed();
        m_longest = 0;
    }
    qint64 longest()
    {
        turn();
        return m_longest;
    }

private:
    void turn()
    {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }
    QElapsedTimer m_clock;
    QTimer m_tick;
    qint64 m_last = 0, m_longest = 0;
};

// The window's action whose text starts with `text` (its menu text, with the & marks); fatal
// when there is none.
QAction *actionOf(const MainWindow &window, const char *text)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text().startsWith(QLatin1String(text)))
            return action;
    qFatal("no action \"%s\"", text);
}

// Runs the event loop for `ms`.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const Options options = parseOptions(args, Options{100000, 1, false});
    auto option = [&args](const char *name) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < args.size() ? args[at + 1] : QString();
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.seagull"));
    QString hubKey = option("--hub");
    QString size;
    if (const QString given = option("--case"); !given.isEmpty()) {
        if (hubKey.isEmpty())
            qFatal("--case needs --hub KEY (its busiest entity, e.g. phone:+8551594824)");
        if (!QFile::copy(given, path))
            qFatal("cannot copy %s", qPrintable(given));
        size = given;
    } else {
        const QString csv = dir.filePath(QStringLiteral("cdr.csv"));
        const QList<QByteArray> numbers = writeCdr(csv, options.rows);
        caseWithCdr(path, csv);
        hubKey = QStringLiteral("phone:") + QString::fromLatin1(numbers.first());
        size = grouped(options.rows) + QStringLiteral(" events");
    }
    CaseStore::waitForCheckpoints();

    Watch watch;
    LanguageManager languages;
    MainWindow window(&languages);
    window.resize(1600, 1000);
    window.show();
    settle(300);
    std::printf("Window on %s (hub %s)\n\n| step | call s | done s | window held at most s |\n|---|---|---|---|\n", qPrintable(size), qPrintable(hubKey));
    // A step: started by `start`, done when `done` says so (or after a minute), then the window
    // left to settle for `settleMs`, its longest wait counted throughout.
    auto step = [&watch](const char *name, const std::function<void()> &start, const std::function<bool()> &done, int settleMs = 300) {
        QCoreApplication::processEvents();
        watch.reset();
        QElapsedTimer timer;
        timer.start();
        start();
        const double call = timer.nsecsElapsed() / 1e9;
        while (!done() && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double finished = timer.nsecsElapsed() / 1e9;
        settle(settleMs);
        std::printf("| %s | %.3f | %.3f | %.3f |\n", name, call, finished, watch.longest() / 1000.0);
        std::fflush(stdout);
    };
    auto never = [] { return true; };

    step("open the case", [&] { (void)window.openCase(path); }, [&] { return window.inspectorPanel()->overviewIsCurrent(); });
    if (!window.store())
        qFatal("%s could not be opened", qPrintable(path));
    auto hub = window.store()->resolve(hubKey);
    if (!hub)
        qFatal("%s: %s", qPrintable(hubKey), qPrintable(hub.error().oneLine()));
    const EntityId id = hub->id;
    QLineEdit *search = window.searchPanel()->findChild<QLineEdit *>();
    step("search the number", [&] { search->setText(hubKey.section(QLatin1Char(':'), 1)); }, never, 800);
    step("put it on the chart", [&] { (void)window.addToChart({id}, QPointF()); }, never);
    step("select it (inspector)", [&] { window.scene()->selectEntities({id}); }, never, 800);
    step("expand it (50)", [&] { (void)window.expandEntities({id}); }, [&] { return !window.isBusy(); }, 800);
    EntityId other = 0;
    for (const EntityId n : window.chart()->nodeIds())
        if (n != id && other == 0)
            other = n;
    step("inspect a link", [&] { window.inspectorPanel()->showLink(id, other); }, never);
    int laid = 0, printed = 0, reported = 0, exported = 0;
    QObject::connect(&window, &MainWindow::layoutFinished, [&] { ++laid; });
    QObject::connect(&window, &MainWindow::printFinished, [&] { ++printed; });
    QObject::connect(&window, &MainWindow::reportFinished, [&] { ++reported; });
    QObject::connect(&window, &MainWindow::exportFinished, [&] { ++exported; });
    step("lay the chart out (sfdp)", [&] { window.runLayout(LayoutEngine::Sfdp); }, [&] { return laid > 0; });
    AnalysisPanel *analysis = window.analysisPanel();
    step("PageRank of the whole case", [&] {
        analysis->setScope(AnalysisPanel::Scope::Case);
        analysis->run(QStringLiteral("pagerank"));
    }, [&] { return !analysis->isRunning(); }, 800);

    // "Add to chart" with no row selected: every entity of the case; the first 2,000 taken.
    QPushButton *add = nullptr;
    for (QPushButton *button : analysis->findChildren<QPushButton *>())
        if (button->text() == QLatin1String("Add to chart"))
            add = button;
    bool answered = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QMessageBox *box = window.largeExpansionBox();
        if (!box || !box->isVisible())
            return;
        for (QAbstractButton *button : box->buttons())
            if (button->text().startsWith(QLatin1String("Add the first")))
                button->click();
        answered = true;
    });
    answer.start(20);
    const int before = window.chart()->nodeCount();
    const bool asks = analysis->rows().size() > MainWindow::AskAbove + before;
    step("add its list to the chart", [&] { add->click(); }, [&] { return window.chart()->nodeCount() > before; }, 1500);
    answer.stop();
    step("select all", [&] { window.scene()->selectEntities(window.chart()->nodeIds()); }, never, 800);
    step("undo the addition", [&] { window.undo(); }, never, 800);
    step("the number's profile report", [&] { window.writeReport(id, dir.filePath(QStringLiteral("profile.pdf"))); }, [&] { return reported > 0; });
    step("the case summary report", [&] { window.writeReport(std::nullopt, dir.filePath(QStringLiteral("summary.pdf"))); }, [&] { return reported > 1; });
    PrintRequest request = window.printRequest();
    step("print the chart to PDF", [&] { window.printChart(request, PrintDialog::Target::File, dir.filePath(QStringLiteral("chart.pdf"))); },
         [&] { return printed > 0; });
    step("export the chart (GraphML)", [&] { window.exportChartData(dir.filePath(QStringLiteral("chart.graphml"))); }, [&] { return exported > 0; });

    // Edit → Find duplicates: read on a worker, then listed in a dialog (closed at once here).
    QAction *duplicates = actionOf(window, "Find &duplicates");
    bool listed = false;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (dialog && dialog->isVisible() && dialog->windowTitle() == QLatin1String("Possible duplicates")) {
                listed = true;
                dialog->reject();
            }
        }
    });
    closer.start(50);
    step("find duplicates", [&] { duplicates->trigger(); }, [&] { return listed; }, 500);
    closer.stop();

    // A large chart: a neighbour of the number, two steps out, every entity ("Add them all").
    QTimer all;
    QObject::connect(&all, &QTimer::timeout, [&] {
        if (QMessageBox *box = window.largeExpansionBox(); box && box->isVisible())
            for (QAbstractButton *button : box->buttons())
                if (button->text() == QLatin1String("Add them all"))
                    button->click();
    });
    all.start(20);
    EntityId start = other;
    if (const QString far = option("--far"); !far.isEmpty()) {
        auto given = window.store()->resolve(far);
        if (!given)
            qFatal("%s: %s", qPrintable(far), qPrintable(given.error().oneLine()));
        start = given->id;
    }
    window.chart()->undoStack()->setClean(); // not asked whether to keep the chart before
    if (!window.newChart())
        qFatal("no new chart");
    (void)window.addToChart({start}, QPointF());
    ExpandFilter far;
    far.hops = 2;
    far.limit = 0;
    step("a new chart: a neighbour, two steps out, all", [&] { (void)window.expandEntities({start}, far); },
         [&] { return !window.isBusy() && !window.scene()->isDrawing(); }, 1500);
    all.stop();
    const int entities = window.chart()->nodeCount();
    const qsizetype links = window.chart()->linkCount();
    step("the language to Thai (relabelled meanwhile)", [&] { (void)languages.setLanguage(QStringLiteral("th")); }, never, 3000);
    step("the language back to English", [&] { (void)languages.setLanguage(QStringLiteral("en")); }, never, 3000);
    QAction *timeFilter = actionOf(window, "&Time filter");
    step("show the time filter", [&] { timeFilter->trigger(); }, never, 2000);
    step("hide the time filter", [&] { timeFilter->trigger(); }, never, 1000);
    step("save the chart", [&] { (void)window.saveChart(); }, [&] { return window.chart()->undoStack()->isClean(); });
    MainWindow again(&languages);
    again.resize(1600, 1000);
    again.show();
    settle(300);
    step("open the case in a new window (the chart saved)", [&] { (void)again.openCase(path); }, never, 1500);
    std::printf("\nThe large chart: %d entities, %lld links; opened again: %d, %lld.\n", entities, qint64(links), again.chart()->nodeCount(),
                qint64(again.chart()->linkCount()));
    if (again.chart()->nodeCount() != entities || again.chart()->linkCount() != links)
        qFatal("the large chart did not come back as saved");
    if (answered != asks || !listed || laid == 0 || printed == 0 || reported < 2 || exported == 0)
        qFatal("a step did not end as it should (asked %d of %d, listed %d, laid %d, printed %d, reported %d, exported %d)", answered, asks, listed, laid,
               printed, reported, exported);
    return 0;
}

#include "widgets/mainwindow.h"

#include "core/chart/chartdocument.h"
#include "core/chart/chartexpander.h"
#include "core/chart/chartrecovery.h"
#include "core/model/timetext.h"
#include "core/exchange/anx.h"
#include "core/exchange/bundle.h"
#include "core/exchange/graphml.h"
#include "core/ingest/demogenerator.h"
#include "core/ingest/importservice.h"
#include "core/ingest/tablereader.h"
#include "core/layout/layoutprocess.h"
#include "core/report/profiles.h"
#include "core/store/casestore.h"
#include "widgets/caseeditcommand.h"
#include "widgets/caseediting.h"
#include "widgets/settingsdialog.h"
#include "widgets/guidedtour.h"
#include "widgets/userguide.h"
#include "widgets/shortcuts.h"
#include "widgets/activitypanel.h"
#include "widgets/analysispanel.h"
#include "widgets/backgroundtask.h"
#include "widgets/chartlayouter.h"
#include "widgets/chartprinter.h"
#include "widgets/chartscene.h"
#include "widgets/chartview.h"
#include "widgets/entityitem.h"
#include "widgets/expanddialog.h"
#include "widgets/groupboxitem.h"
#include "widgets/groupnodeitem.h"
#include "widgets/importdialog.h"
#include "widgets/inspectorpanel.h"
#include "widgets/languagemanager.h"
#include "widgets/legendpanel.h"
#include "widgets/linkitem.h"
#include "widgets/mappingwizard.h"
#include "widgets/nodeitem.h"
#include "widgets/noteitem.h"
#include "widgets/printdialog.h"
#include "widgets/reportwriter.h"
#include "widgets/searchpanel.h"
#include "widgets/timefilterbar.h"
#include "widgets/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QColorDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QTimer>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QClipboard>
#include <QStandardPaths>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimeZone>
#include <QPointer>
#include <QVBoxLayout>
#include <QThread>
#include <QUndoStack>

namespace sg {

namespace {

// Results of work done on a worker thread, handed back to the GUI thread.
struct ImportResults
{
    QList<ImportOutcome> outcomes;
    QList<std::pair<QString, Error>> failures;
    QString device; // the extraction's handset, for a folder
    std::optional<Error> error;
    QString failedFile;
    bool mappable = false; // the failed file is a table a mapping could read
};

} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_view(new ChartView(this))
    , m_search(new SearchPanel(this))
    , m_inspector(new InspectorPanel(this))
    , m_searchDock(new QDockWidget(this))
    , m_inspectorDock(new QDockWidget(this))
    , m_legend(new LegendPanel(this))
    , m_legendDock(new QDockWidget(this))
    , m_analysis(new AnalysisPanel(this))
    , m_analysisDock(new QDockWidget(this))
    , m_activity(new ActivityPanel(this))
    , m_activityDock(new QDockWidget(this))
    , m_timeline(new TimelinePanel(this))
    , m_timelineDock(new QDockWidget(this))
    , m_timeFilter(new TimeFilterBar(this))
    , m_statusCase(new QLabel(this))
    , m_statusDrawing(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/seagull.svg")));
    // The chart, and under it the time filter (View → Time filter).
    auto *centre = new QWidget(this);
    centre->setMinimumWidth(480); // the docks never squeeze the chart to a strip
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_timeFilter);
    m_timeFilter->hide();
    setCentralWidget(centre);
    connect(m_timeFilter, &TimeFilterBar::rangeChanged, this, &MainWindow::applyTimeFilter);
    connect(m_timeFilter, &TimeFilterBar::cleared, this, &MainWindow::clearTimeFilter);
    connect(m_timeFilter, &TimeFilterBar::hideChanged, this, [this] {
        if (m_scene && m_scene->hasTimeFilter())
            m_scene->setTimeFilter(m_scene->timeFilter(), m_timeFilter->hidesOutside());
    });
    connect(m_timeline, &TimelinePanel::exportRequested, this,
            [this] { exportViewTriggered(m_timeline->printView(), m_timeline->viewTitle()); });
    connect(m_activity, &ActivityPanel::exportRequested, this, [this] { exportViewTriggered(m_activity->printView(), tr("Activity")); });
    connect(m_timeline, &TimelinePanel::printRequested, this, [this] { printViewTriggered(m_timeline->printView(), m_timeline->viewTitle()); });
    connect(m_activity, &ActivityPanel::printRequested, this, [this] { printViewTriggered(m_activity->printView(), tr("Activity")); });
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_statusDrawing->setObjectName(QStringLiteral("drawingStatus"));
    m_statusDrawing->hide();
    statusBar()->addPermanentWidget(m_statusDrawing);
    statusBar()->addPermanentWidget(m_statusCase);
    m_legendDock->setObjectName(QStringLiteral("legendDock"));
    m_legendDock->setWidget(m_legend);
    addDockWidget(Qt::RightDockWidgetArea, m_legendDock);
    m_analysisDock->setObjectName(QStringLiteral("analysisDock"));
    // The panel's controls are wide; in a narrow dock they scroll rather than push the chart aside.
    auto *analysisScroll = new QScrollArea(m_analysisDock);
    analysisScroll->setWidget(m_analysis);
    analysisScroll->setWidgetResizable(true);
    analysisScroll->setFrameShape(QFrame::NoFrame);
    m_analysisDock->setWidget(analysisScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_analysisDock);
    tabifyDockWidget(m_searchDock, m_analysisDock);
    m_searchDock->raise();
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityDock->setWidget(m_activity);
    addDockWidget(Qt::RightDockWidgetArea, m_activityDock);
    tabifyDockWidget(m_legendDock, m_activityDock);
    m_legendDock->raise();
    m_activity->setSelection([this] { return m_scene ? m_scene->selectedEntities() : QList<EntityId>(); });
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    m_timelineDock->hide(); // View → Timeline
    m_timeline->setSelection([this] { return m_scene ? m_scene->selectedEntities() : QList<EntityId>(); });
    m_analysis->setSelection([this] { return m_scene ? m_scene->selectedEntities() : QList<EntityId>(); });
    connect(m_analysis, &AnalysisPanel::selectOnChart, this, [this](const QList<EntityId> &ids) {
        QList<EntityId> onChart;
        for (EntityId id : ids)
            if (m_chart->node(id))
                onChart.append(id);
        m_scene->clearSelection();
        m_scene->selectEntities(onChart);
    });
    connect(m_analysis, &AnalysisPanel::addToChart, this, [this](const QList<EntityId> &ids) {
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        if (Status s = addToChart(ids, centre); !s)
            showError(tr("Add to chart"), s.error());
    });
    connect(m_analysis, &AnalysisPanel::moneyOverTime, this, [this](const QList<EntityId> &ids, const QString &title) {
        m_timelineDock->show();
        m_timelineDock->raise();
        m_timeline->showGroupMoney(ids, title);
    });
    connect(m_analysis, &AnalysisPanel::drawHierarchy, this, [this] { runLayout(LayoutEngine::Dot); });
    connect(m_analysis, &AnalysisPanel::failed, this, [this](const QString &title, const QString &message) {
        showError(title, Error{ErrorCode::InvalidInput, message, {}});
    });

    m_recovery = std::make_unique<ChartRecovery>();
    m_autosave = new QTimer(this);
    m_autosave->setInterval(30000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_autosave->start();

    m_editing = new CaseEditing(this);
    connect(m_editing, &CaseEditing::caseEdited, this, [this] {
        m_inspector->caseChanged();
        selectionChanged();
    });
    createActions();
    createMenus();
    setChart(std::make_unique<ChartDocument>());

    connect(m_search, &SearchPanel::entitiesActivated, this, [this](const QList<EntityId> &ids) {
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        if (Status s = addToChart(ids, centre); !s)
            showError(tr("Add to chart"), s.error());
    });
    connect(m_view, &ChartView::entitiesDropped, this, [this](const QList<EntityId> &ids, const QPointF &pos) {
        if (Status s = addToChart(ids, pos); !s)
            showError(tr("Add to chart"), s.error());
    });
    if (m_languages) {
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
            QSettings().setValue(QStringLiteral("language"), language);
        });
    }

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the chart gets most of the window, the panels a column each side.
        resizeDocks({m_searchDock, m_inspectorDock}, {300, 340}, Qt::Horizontal);
        // The inspector above (an entity's names, sources, events), the legend's few rows below.
        resizeDocks({m_inspectorDock, m_legendDock}, {420, 200}, Qt::Vertical);
    }
    m_expandLimit = settings.value(QStringLiteral("chart/expandLimit"), 50).toInt();
    retranslateUi();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Finish background work before the objects it reports to go away.
    delete m_task;
    waitForAutosave(); // its report then reaches no one (runDetached)
    delete m_autosaving; // not left for an event loop that may not run again
    delete m_scene;
}

bool MainWindow::isBusy() const { return m_task && m_task->isRunning(); }

Status MainWindow::idle() const
{
    if (isBusy())
        return Error{ErrorCode::InvalidInput, tr("Other work on the case is running; try again when it has finished."), {}};
    return Ok{};
}

bool MainWindow::idleOrSaySo()
{
    const Status s = idle();
    if (!s)
        statusBar()->showMessage(s.error().message, 8000);
    return bool(s);
}

Status MainWindow::writable() const
{
    if (!m_store)
        return Error{ErrorCode::InvalidInput, tr("Open a case first."), {}};
    return idle();
}

void MainWindow::undo()
{
    QUndoStack *stack = m_chart->undoStack();
    if (!stack->canUndo())
        return;
    if (isBusy() && CaseEditCommand::changesCase(stack->command(stack->index() - 1))) {
        statusBar()->showMessage(idle().error().message, 8000);
        return;
    }
    stack->undo();
    if (CaseEditCommand::stepFailed(stack->command(stack->index())))
        stack->redo(); // nothing was undone: the step goes back where it was, still to undo
}

void MainWindow::redo()
{
    QUndoStack *stack = m_chart->undoStack();
    if (!stack->canRedo())
        return;
    if (isBusy() && CaseEditCommand::changesCase(stack->command(stack->index()))) {
        statusBar()->showMessage(idle().error().message, 8000);
        return;
    }
    stack->redo();
    if (CaseEditCommand::stepFailed(stack->command(stack->index() - 1)))
        stack->undo(); // nothing was redone: the step stays to redo
}

void MainWindow::audit(const QString &action, const QJsonObject &details)
{
    if (Status s = m_store->appendAudit(action, details); !s)
        showError(tr("Audit log"), Error{s.error().code, tr("The work is done, but the case's audit log could not record it."), s.error().oneLine()});
}

QAction *MainWindow::newAction(const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions()
{
    m_newCase = newAction(QKeySequence::New);
    m_openCase = newAction(QKeySequence::Open);
    m_import = newAction(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFolder = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importTable = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_saveChart = newAction(QKeySequence::Save);
    m_print = newAction(QKeySequence::Print);
    m_profileReport = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_summaryReport = newAction(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_exportData = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    // The platform's key where it has one; some platforms (and offscreen) have none for these.
    const auto platformKey = [](QKeySequence::StandardKey key, const QKeySequence &otherwise) {
        return QKeySequence(key).isEmpty() ? otherwise : QKeySequence(key);
    };
    m_settings = newAction(platformKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsTriggered);
    m_quit = newAction(platformKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_undo = newAction(QKeySequence::Undo);
    m_redo = newAction(QKeySequence::Redo);
    m_remove = newAction(QKeySequence::Delete);
    m_selectAll = newAction(QKeySequence::SelectAll);
    m_expand = newAction(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fit = newAction(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomIn = newAction(QKeySequence::ZoomIn);
    m_zoomOut = newAction(QKeySequence::ZoomOut);
    m_about = newAction();
    Shortcuts::markWithout(m_about, Shortcuts::Reason::Rare);
    m_openDemo = newAction();
    Shortcuts::markWithout(m_openDemo, Shortcuts::Reason::Rare);
    m_userGuide = newAction(QKeySequence::HelpContents);
    connect(m_userGuide, &QAction::triggered, this, [this] { showUserGuide(); });
    m_tour = newAction();
    Shortcuts::markWithout(m_tour, Shortcuts::Reason::Rare);
    connect(m_tour, &QAction::triggered, this, [this] { startTour(); });
    connect(m_openDemo, &QAction::triggered, this, [this] { openDemo(); });
    for (const LayoutEngine engine : {LayoutEngine::Sfdp, LayoutEngine::Neato, LayoutEngine::Fdp, LayoutEngine::Dot,
                                      LayoutEngine::Circo, LayoutEngine::Twopi, LayoutEngine::Grid}) {
        // The organic layout and the hierarchy (money flows) have keys; the rest are chosen from the list.
        QAction *action = newAction(engine == LayoutEngine::Sfdp  ? QKeySequence(Qt::CTRL | Qt::Key_L)
                                    : engine == LayoutEngine::Dot ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)
                                                                  : QKeySequence());
        if (action->shortcut().isEmpty())
            Shortcuts::markWithout(action, Shortcuts::Reason::OneOfList);
        connect(action, &QAction::triggered, this, [this, engine] { runLayout(engine); });
        m_layoutActions.append({action, engine});
    }

    connect(m_newCase, &QAction::triggered, this, &MainWindow::newCaseTriggered);
    connect(m_openCase, &QAction::triggered, this, &MainWindow::openCaseTriggered);
    connect(m_import, &QAction::triggered, this, &MainWindow::importTriggered);
    connect(m_importFolder, &QAction::triggered, this, &MainWindow::importFolderTriggered);
    connect(m_importTable, &QAction::triggered, this, &MainWindow::importTableTriggered);
    connect(m_saveChart, &QAction::triggered, this, [this] {
        if (Status s = saveChart(); !s)
            showError(tr("Save chart"), s.error());
    });
    connect(m_print, &QAction::triggered, this, &MainWindow::printTriggered);
    connect(m_profileReport, &QAction::triggered, this, [this] { reportTriggered(false); });
    connect(m_summaryReport, &QAction::triggered, this, [this] { reportTriggered(true); });
    connect(m_exportData, &QAction::triggered, this, &MainWindow::exportDataTriggered);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_undo, &QAction::triggered, this, &MainWindow::undo);
    connect(m_redo, &QAction::triggered, this, &MainWindow::redo);
    connect(m_remove, &QAction::triggered, this, &MainWindow::removeSelectedTriggered);
    connect(m_selectAll, &QAction::triggered, this, [this] { m_scene->selectEntities(m_chart->nodeIds()); });
    connect(m_expand, &QAction::triggered, this, &MainWindow::expandSelectedTriggered);
    connect(m_fit, &QAction::triggered, m_view, &ChartView::fitChart);
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Seagull"),
                           tr("<h3>Seagull %1</h3><p>Link analysis for telecom-fraud investigations, offline.</p>")
                               .arg(QLatin1String(SEAGULL_VERSION)));
    });

    createChartActions();

    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::languages()) {
        auto *action = new QAction(LanguageManager::nativeName(language), m_languageGroup);
        action->setCheckable(true);
        action->setData(language);
        Shortcuts::markWithout(action, Shortcuts::Reason::OneOfList);
        action->setChecked(m_languages && m_languages->language() == language);
        connect(action, &QAction::triggered, this, [this, language] {
            if (m_languages)
                m_languages->setLanguage(language);
        });
    }
    m_buddhistEra = new QAction(this);
    m_buddhistEra->setCheckable(true);
    Shortcuts::markWithout(m_buddhistEra, Shortcuts::Reason::Setting);
    m_buddhistEra->setChecked(LanguageManager::buddhistEra());
    connect(m_buddhistEra, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(QStringLiteral("display/buddhistEra"), on);
        LanguageManager::setBuddhistEra(on);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newCase, m_openCase});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_import, m_importFolder, m_importTable});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_saveChart, m_print, m_exportData});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_profileReport, m_summaryReport});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undo, m_redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_selectAll, m_remove});
    m_selectMenu = m_editMenu->addMenu(QString());
    m_selectMenu->addActions({m_selectNeighbours, m_invertSelection, m_findOnChart});
    m_selectTypeMenu = m_selectMenu->addMenu(QString());
    for (const auto &[action, type] : std::as_const(m_selectTypeActions))
        m_selectTypeMenu->addAction(action);
    m_editing->addToEditMenu(m_editMenu);

    m_chartMenu = menuBar()->addMenu(QString());
    m_chartsMenu = m_chartMenu->addMenu(QString());
    connect(m_chartsMenu, &QMenu::aboutToShow, this, &MainWindow::fillChartsMenu);
    m_chartMenu->addSeparator();
    m_chartMenu->addActions({m_expand, m_expandFiltered, m_showOwners, m_restoreReplaced});
    m_chartMenu->addSeparator();
    m_chartMenu->addActions({m_hide, m_showAll, m_pin, m_unpin});
    m_chartMenu->addSeparator();
    m_chartMenu->addActions({m_group, m_ungroup, m_collapse, m_expandGroup, m_addNote});
    m_chartMenu->addSeparator();
    m_chartMenu->addAction(m_colour);
    m_iconMenu = m_chartMenu->addMenu(QString());
    for (const auto &[action, type] : std::as_const(m_iconActions))
        m_iconMenu->addAction(action);
    m_chartMenu->addAction(m_resetStyle);
    m_linksMenu = m_chartMenu->addMenu(QString());
    m_linksMenu->addActions({m_linkPerPair, m_linkPerDirection, m_linkPerEvent});
    m_linksMenu->addSeparator();
    m_linksMenu->addActions({m_widthFixed, m_widthCount, m_widthAmount});
    m_layoutMenu = m_chartMenu->addMenu(QString());
    for (const auto &[action, engine] : std::as_const(m_layoutActions))
        m_layoutMenu->addAction(action);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_zoomIn, m_zoomOut, m_fit, m_zoomSelection});
    m_viewMenu->addSeparator();
    // The panels on Alt+1 … Alt+7, in the order the menu lists them.
    int panelKey = Qt::Key_1;
    for (QDockWidget *dock : {m_searchDock, m_inspectorDock, m_legendDock, m_analysisDock, m_activityDock, m_timelineDock}) {
        dock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key(panelKey++)));
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    m_timeFilterAction = m_viewMenu->addAction(QString());
    m_timeFilterAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key(panelKey)));
    m_timeFilterAction->setCheckable(true);
    connect(m_timeFilterAction, &QAction::toggled, this, &MainWindow::showTimeFilter);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_buddhistEra);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_userGuide, m_tour, m_openDemo});
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);

    // The frequent steps, one click away (and what the guided tour points at).
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({m_newCase, m_openCase, m_import});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_expand, m_layoutActions.constFirst().first, m_fit});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_saveChart, m_print});
}

void MainWindow::retranslateUi()
{
    m_editing->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_chartMenu->setTitle(tr("&Chart"));
    m_layoutMenu->setTitle(tr("&Layout"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_buddhistEra->setText(tr("Years in the Thai &Buddhist era (B.E.)"));
    m_buddhistEra->setToolTip(tr("Show years as B.E. = C.E. + 543 on dates, time axes and print; the case is not changed"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newCase->setText(tr("&New case…"));
    m_openCase->setText(tr("&Open case…"));
    m_import->setText(tr("&Import file…"));
    m_importFolder->setText(tr("Import extraction &folder…"));
    m_importTable->setText(tr("Import table with column &mapping…"));
    m_saveChart->setText(tr("&Save chart"));
    m_print->setText(tr("&Print chart…"));
    m_profileReport->setText(tr("Entity &profile report…"));
    m_summaryReport->setText(tr("Case &summary report…"));
    m_exportData->setText(tr("E&xport chart data (i2 ANX, GraphML, bundle)…"));
    m_quit->setText(tr("&Quit"));
    m_settings->setText(tr("Se&ttings…"));
    m_remove->setText(tr("&Remove from chart"));
    m_selectAll->setText(tr("Select &all"));
    m_expand->setText(tr("&Expand selected"));
    m_fit->setText(tr("&Fit chart to window"));
    m_zoomIn->setText(tr("Zoom &in"));
    m_zoomOut->setText(tr("Zoom &out"));
    m_about->setText(tr("&About Seagull"));
    m_openDemo->setText(tr("Open the &demonstration case"));
    m_userGuide->setText(tr("&User guide"));
    m_toolBar->setWindowTitle(tr("Main tools"));
    m_newCase->setIconText(tr("New case"));
    m_openCase->setIconText(tr("Open"));
    m_import->setIconText(tr("Import"));
    m_expand->setIconText(tr("Expand"));
    m_layoutActions.constFirst().first->setIconText(tr("Layout"));
    m_fit->setIconText(tr("Fit"));
    m_saveChart->setIconText(tr("Save"));
    m_print->setIconText(tr("Print"));
    m_tour->setText(tr("Guided &tour"));
    m_tour->setToolTip(tr("Four steps: search, expand, layout, print"));
    m_openDemo->setToolTip(tr("A made-up case of two compounds, their callers and victims, to try Seagull on"));
    for (const auto &[action, engine] : std::as_const(m_layoutActions)) {
        switch (engine) {
        case LayoutEngine::Sfdp: action->setText(tr("&Network (sfdp)")); break;
        case LayoutEngine::Neato: action->setText(tr("&Spring (neato)")); break;
        case LayoutEngine::Fdp: action->setText(tr("&Force-directed (fdp)")); break;
        case LayoutEngine::Dot: action->setText(tr("&Hierarchy (dot)")); break;
        case LayoutEngine::Circo: action->setText(tr("&Circle (circo)")); break;
        case LayoutEngine::Twopi: action->setText(tr("&Radial (twopi)")); break;
        case LayoutEngine::Grid: action->setText(tr("&Grid by type")); break;
        }
    }
    retranslateChartActions();
    m_searchDock->setWindowTitle(tr("Search"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_legendDock->setWindowTitle(tr("Legend"));
    m_analysisDock->setWindowTitle(tr("Analysis"));
    m_activityDock->setWindowTitle(tr("Activity"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    if (m_timeFilterAction)
        m_timeFilterAction->setText(tr("&Time filter"));
    if (m_scene)
        m_scene->retranslate(); // link labels: "2 min" in the language chosen
    updateTitle();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_store) {
        const CaseInfo info = m_store->info();
        title = tr("%1 – %2 [*]").arg(info.name.isEmpty() ? QFileInfo(m_store->path()).fileName() : info.name,
                                      m_chart->name());
        m_statusCase->setText(info.number.isEmpty() ? m_store->path() : tr("Case %1").arg(info.number));
    } else {
        m_statusCase->setText(tr("No case open"));
    }
    setWindowTitle(title.isEmpty() ? QStringLiteral("Seagull") : title + QStringLiteral(" — Seagull"));
}

void MainWindow::updateActions()
{
    const bool hasCase = m_store != nullptr;
    const bool busy = isBusy();
    m_view->setEmptyHint(hasCase ? tr("Search on the left for a number, IMEI, account or name, then double-click a result or drag it here to put it on the chart.")
                                 : tr("Open a case or create a new one to begin. Help → Open the demonstration case shows Seagull on a made-up case."));
    m_editing->updateActions();
    m_newCase->setEnabled(!busy);
    m_openCase->setEnabled(!busy);
    m_import->setEnabled(hasCase && !busy);
    m_importFolder->setEnabled(hasCase && !busy);
    m_importTable->setEnabled(hasCase && !busy);
    m_saveChart->setEnabled(hasCase && !busy);
    m_print->setEnabled(hasCase && m_chart->nodeCount() > 0 && !isBusy());
    m_exportData->setEnabled(hasCase && m_chart->nodeCount() > 0 && !isBusy());
    m_profileReport->setEnabled(hasCase && m_scene->selectedEntities().size() == 1 && !isBusy());
    m_summaryReport->setEnabled(hasCase && !isBusy());
    const bool hasSelection = m_scene && !m_scene->selectedEntities().isEmpty();
    m_expand->setEnabled(hasCase && hasSelection);
    m_remove->setEnabled(hasSelection);
    if (m_scene) {
        const bool hasGroups = !m_scene->selectedGroups().isEmpty();
        m_expandFiltered->setEnabled(hasCase && hasSelection);
        for (QAction *a : {m_selectNeighbours, m_zoomSelection, m_hide, m_pin, m_unpin, m_colour, m_resetStyle})
            a->setEnabled(hasSelection);
        m_iconMenu->setEnabled(hasSelection);
        m_group->setEnabled(hasSelection);
        m_ungroup->setEnabled(hasGroups);
        m_collapse->setEnabled(hasGroups);
        m_expandGroup->setEnabled(hasGroups);
        m_showOwners->setEnabled(hasCase && m_chart->nodeCount() > 0);
        m_restoreReplaced->setEnabled(!m_chart->replacements().isEmpty());
        m_renameChart->setEnabled(hasCase && !busy);
        m_deleteChart->setEnabled(hasCase && !busy && m_chart->chartId() > 0);
        m_newChart->setEnabled(hasCase);
        m_linkPerPair->setChecked(m_chart->linkMode() == LinkMode::PerPair);
        m_linkPerDirection->setChecked(m_chart->linkMode() == LinkMode::PerDirection);
        m_linkPerEvent->setChecked(m_chart->linkMode() == LinkMode::PerEvent);
        m_widthFixed->setChecked(m_chart->linkWidth() == LinkWidth::Fixed);
        m_widthCount->setChecked(m_chart->linkWidth() == LinkWidth::Count);
        m_widthAmount->setChecked(m_chart->linkWidth() == LinkWidth::Amount);
    }
    for (const auto &[action, engine] : std::as_const(m_layoutActions))
        action->setEnabled(m_chart->nodeCount() > 1 && !busy);
    QUndoStack *stack = m_chart->undoStack();
    // While a worker writes the case, the steps that change it wait (the chart's own do not).
    m_undo->setEnabled(stack->canUndo() && !(busy && CaseEditCommand::changesCase(stack->command(stack->index() - 1))));
    m_redo->setEnabled(stack->canRedo() && !(busy && CaseEditCommand::changesCase(stack->command(stack->index()))));
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::setChart(std::unique_ptr<ChartDocument> chart)
{
    if (m_chart)
        m_chart->undoStack()->disconnect(this);
    ChartScene *old = m_scene;
    if (old)
        old->letGo(m_disposer); // while its chart lives
    m_chart = std::move(chart);
    if (m_chart->name().isEmpty())
        m_chart->setName(tr("Chart 1"));
    m_scene = new ChartScene(m_chart.get(), this);
    m_view->setScene(m_scene);
    m_legend->setChart(m_chart.get());
    m_analysis->setChart(m_chart.get());
    m_activity->setChart(m_chart.get());
    if (!m_timeFilter->isHidden())
        loadTimeFilterDays(); // a new chart: its own days, everything shown
    delete old;
    QUndoStack *stack = m_chart->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        if (clean && m_store) // saved, or undone back to what is saved: nothing to keep
            discardRecovery(m_store->path());
    });
    connect(m_scene, &ChartScene::selectedEntitiesChanged, this, &MainWindow::selectionChanged);
    drawingProgress(0, 0);
    connect(m_scene, &ChartScene::drawingProgress, this, &MainWindow::drawingProgress);
    connect(m_scene, &ChartScene::entityActivated, this, [this](EntityId id) {
        if (Status s = expandEntities({id}); !s)
            showError(tr("Expand"), s.error());
    });
    connect(m_scene, &ChartScene::groupActivated, this, [this](qint64 groupId) { m_chart->setGroupCollapsed(groupId, false); });
    connect(m_scene, &ChartScene::noteActivated, this, &MainWindow::editNote);
    connect(m_chart.get(), &ChartDocument::displayChanged, this, &MainWindow::updateActions);
    setWindowModified(false);
    updateTitle();
    updateActions();
}

void MainWindow::drawingProgress(qsizetype done, qsizetype total)
{
    // The window stays live while a large change's links come in, a slice at a time.
    m_statusDrawing->setVisible(done < total);
    if (done < total)
        m_statusDrawing->setText(tr("Drawing links: %L1 of %L2").arg(done).arg(total));
}

void MainWindow::selectionChanged()
{
    if (const auto link = m_scene->selectedLink()) {
        // A drawn link may join groups and stand-ins: its events are those between the
        // entities each end stands for.
        auto title = [this](DisplayId id) {
            NodeItem *item = m_scene->nodeItem(id);
            return id < 0 && item ? item->title() : QString();
        };
        m_inspector->showLink(m_chart->entitiesOf(link->first), m_chart->entitiesOf(link->second), title(link->first),
                              title(link->second));
    }
    else
        m_inspector->showEntities(m_scene->selectedEntities());
    m_activity->selectionChanged();
    m_timeline->selectionChanged();
    updateActions();
}

bool MainWindow::confirmDiscardChart()
{
    if (!m_store || m_chart->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved chart"),
                                              tr("The chart \"%1\" has changes that are not saved in the case.").arg(m_chart->name()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (Status s = saveChart(); !s) {
            showError(tr("Save chart"), s.error());
            return false;
        }
    }
    return true;
}

bool MainWindow::openCase(const QString &path)
{
    if (!idleOrSaySo())
        return false;
    auto store = CaseStore::open(path);
    if (!store) {
        showError(tr("Open case"), store.error());
        return false;
    }
    std::unique_ptr<ChartDocument> chart;
    auto charts = (*store)->charts();
    if (charts && !charts->isEmpty()) {
        auto loaded = readChart(path, charts->first().id);
        if (loaded) {
            chart = std::move(*loaded);
            chart->setChartId(charts->first().id);
            chart->setName(charts->first().name);
        } else if (loaded.error().code == ErrorCode::Cancelled) {
            // The case opens with an empty chart; the saved one stays in Chart → Charts.
            statusBar()->showMessage(tr("The chart \"%1\" was not opened; Chart → Charts opens it.").arg(charts->first().name), 0);
        } else {
            showError(tr("Open chart"), loaded.error());
        }
    }
    if (m_store && QFileInfo(m_store->path()) != QFileInfo(path))
        discardRecovery(m_store->path()); // the analyst has saved or let go of that chart
    m_store = std::move(*store);
    // Whoever works at this computer is the examiner of what is done in this session.
    if (const QString examiner = Settings::load().examiner; !examiner.isEmpty())
        m_store->setExaminer(examiner);
    m_search->setStore(m_store.get());
    m_inspector->setStore(m_store.get());
    m_analysis->setCase(m_store->path());
    m_activity->setCase(m_store->path());
    m_timeline->setCase(m_store->path(), QTimeZone(m_store->info().timeZone.toUtf8()));
    setChart(chart ? std::move(chart) : std::make_unique<ChartDocument>());
    m_view->fitChart();
    QSettings().setValue(QStringLiteral("lastCase"), QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    offerRecovery();
    emit caseOpened(path);
    return true;
}

bool MainWindow::createCase(const QString &path, const CaseInfo &info)
{
    auto store = CaseStore::create(path, info);
    if (!store) {
        showError(tr("New case"), store.error());
        return false;
    }
    store->reset();
    return openCase(path);
}

void MainWindow::newCaseTriggered()
{
    if (!idleOrSaySo()) // the work in progress reports to this case
        return;
    if (!confirmDiscardChart())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("New case"), QString(), tr("Seagull cases (*.seagull)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New case"), tr("Case name:"), QLineEdit::Normal,
                                               QFileInfo(path).completeBaseName(), &ok);
    if (!ok)
        return;
    createCase(path.endsWith(QLatin1String(".seagull")) ? path : path + QStringLiteral(".seagull"), newCaseInfo(name));
}

CaseInfo MainWindow::newCaseInfo(const QString &name) const
{
    // A new case starts with the region, zone and examiner of the settings.
    const Settings settings = Settings::load();
    CaseInfo info;
    info.name = name;
    info.region = settings.region;
    info.timeZone = settings.timeZone;
    info.examiner = settings.examiner;
    return info;
}

void MainWindow::settingsTriggered()
{
    SettingsDialog dialog(Settings::load(), false, this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void MainWindow::applySettings(const Settings &settings)
{
    settings.save();
    if (m_languages && m_languages->language() != settings.language)
        m_languages->setLanguage(settings.language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == settings.language);
    if (m_buddhistEra->isChecked() != settings.buddhistEra)
        m_buddhistEra->setChecked(settings.buddhistEra); // applies it through toggled
    if (m_store && !settings.examiner.isEmpty())
        m_store->setExaminer(settings.examiner);
}

void MainWindow::openCaseTriggered()
{
    if (!idleOrSaySo()) // the work in progress reports to this case
        return;
    if (!confirmDiscardChart())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case"), QString(), tr("Seagull cases (*.seagull);;All files (*)"));
    if (!path.isEmpty())
        openCase(path);
}

void MainWindow::importTriggered()
{
    if (!m_store)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import evidence"), QString(),
                                                            tr("Evidence (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;All files (*)"));
    if (files.isEmpty())
        return;
    ImportOptions defaults;
    defaults.region = m_store->info().region;
    defaults.timeZone = m_store->info().timeZone;
    ImportDialog dialog(files, defaults, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    importFiles(files, dialog.options());
}

void MainWindow::importFolderTriggered()
{
    if (!m_store)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import extraction folder"));
    if (folder.isEmpty())
        return;
    ImportOptions defaults;
    defaults.region = m_store->info().region;
    defaults.timeZone = m_store->info().timeZone;
    ImportDialog dialog({folder}, defaults, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    importFolder(folder, dialog.options());
}

void MainWindow::importTableTriggered()
{
    if (!m_store)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Import table with column mapping"), QString(),
                                                      tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!file.isEmpty())
        openMappingWizard(file);
}

MappingWizard *MainWindow::openMappingWizard(const QString &path)
{
    if (!m_store)
        return nullptr;
    ImportOptions defaults;
    defaults.region = m_store->info().region;
    defaults.timeZone = m_store->info().timeZone;
    auto *wizard = new MappingWizard(path, defaults, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard, defaults] {
        ImportOptions options = defaults;
        const QJsonObject mapping = wizard->mapping();
        options.format = mapping.value(QStringLiteral("kind")).toString() == QLatin1String("calls") ? QStringLiteral("cdr-csv") : QStringLiteral("money-table");
        options.mappings = {mapping};
        importFiles({wizard->path()}, options);
    });
    wizard->show();
    emit mappingWizardOpened(wizard);
    return wizard;
}

void MainWindow::importFolder(const QString &folder, const ImportOptions &options)
{
    startImport({}, folder, options);
}

void MainWindow::importFiles(const QStringList &paths, const ImportOptions &options)
{
    startImport(paths, QString(), options);
}

void MainWindow::startImport(const QStringList &paths, const QString &folder, const ImportOptions &options)
{
    if (!m_store || isBusy()) {
        emit importFinished(false);
        return;
    }
    const QString casePath = m_store->path();
    const QString examiner = m_store->examiner();
    auto results = std::make_shared<ImportResults>();
    auto *task = new BackgroundTask(this, tr("Importing"), [casePath, examiner, paths, folder, options, results](Progress &progress) {
        // The worker has its own connection to the case.
        auto store = CaseStore::open(casePath);
        if (!store) {
            results->error = store.error();
            return;
        }
        (*store)->setExaminer(examiner);
        ImportService service(**store);
        if (!folder.isEmpty()) {
            auto imported = service.importFolder(folder, options, &progress);
            if (!imported) {
                results->error = imported.error();
                return;
            }
            results->outcomes = imported->outcomes;
            results->failures = imported->failures;
            results->device = imported->device;
            return;
        }
        for (const QString &path : paths) {
            auto outcome = service.importFile(path, options, &progress);
            if (!outcome) {
                results->error = outcome.error();
                results->failedFile = path;
                // A table none of whose layouts Seagull knows: its columns can be mapped.
                if (outcome.error().code == ErrorCode::InvalidInput && TableFile::open(path, path, options.encoding).ok())
                    results->mappable = true;
                return;
            }
            results->outcomes.append(*outcome);
            // The mapping the analyst made reads this layout from now on.
            if (!options.mappings.isEmpty() && outcome->source.format == options.format && !outcome->duplicate) {
                if (Status s = (*store)->saveMapping(options.mappings.first()); !s) {
                    results->error = s.error();
                    return;
                }
            }
        }
    });
    m_task = task;
    connect(task, &BackgroundTask::finished, this, [this, results] {
        updateActions();
        QStringList lines;
        QStringList details;
        for (const ImportOutcome &o : std::as_const(results->outcomes)) {
            if (!o.skipped.isEmpty()) {
                details << tr("%1: skipped, %2.").arg(o.file, o.skipped);
                continue;
            }
            if (o.duplicate) {
                lines << tr("%1 was imported before (source %2); nothing was added.").arg(o.source.fileName).arg(o.source.id);
                continue;
            }
            lines << tr("%1: %n events imported", nullptr, int(o.report.events)).arg(o.source.fileName);
            if (!o.report.rejected.isEmpty())
                lines << tr("%1: %n rows could not be read (see details)", nullptr, int(o.report.rejected.size())).arg(o.source.fileName);
            for (const RejectedRow &row : o.report.rejected)
                details << tr("%1 line %2: %3").arg(o.source.fileName).arg(row.line).arg(row.message);
            details << o.report.notes;
        }
        for (const auto &[file, failure] : std::as_const(results->failures))
            lines << tr("%1 could not be imported: %2").arg(QFileInfo(file).fileName(), failure.oneLine());
        m_search->setStore(m_store.get());
        m_inspector->caseChanged();
        m_inspector->showEntities(m_scene->selectedEntities());
        m_activity->refresh();
        m_timeline->refresh();
        // A folder is one handset: show it with its owner.
        if (!results->device.isEmpty()) {
            if (auto handset = m_store->entityByKey(EntityType::Device, QStringLiteral("handset of ") + results->device);
                handset && handset->has_value()) {
                const EntityId id = (*handset)->id;
                if (Status s = addToChart({id}, m_view->mapToScene(m_view->viewport()->rect().center())); s)
                    (void)expandEntities({id});
            }
        }
        if (results->error) {
            Error error = *results->error;
            if (!lines.isEmpty())
                error.detail = lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + error.detail;
            if (error.code == ErrorCode::Cancelled)
                statusBar()->showMessage(error.message, 8000);
            else
                showError(tr("Import"), error);
            // A table whose columns Seagull does not know: map them now.
            if (results->mappable)
                openMappingWizard(results->failedFile);
            emit importFinished(false);
            return;
        }
        showInfo(tr("Import finished"), lines.join(QLatin1Char('\n')), details.join(QLatin1Char('\n')));
        emit importFinished(results->failures.isEmpty());
    });
    task->start();
    updateActions();
}

Status MainWindow::addToChart(const QList<EntityId> &ids, const QPointF &scenePos)
{
    if (!m_store)
        return Error{ErrorCode::InvalidInput, tr("Open a case first."), {}};
    // A whole case's measure lists every entity, and "Add to chart" with no row selected adds
    // them all: read here, 248,838 entities with their 4.9 million links would have held the
    // window for minutes. Many are read on a worker with Cancel, and more than AskAbove only
    // when the analyst says so (or the first AskAbove of them, in the order given).
    QList<EntityId> adding = ChartExpander(*m_chart, *m_store).notOnChart(ids);
    if (adding.size() > AskAbove) {
        const LargeAnswer answer = askAboutLarge(tr("Add to chart"), tr("Adding would put %n entities on the chart.", nullptr, int(adding.size())),
                                                 tr("The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay "
                                                    "out and is slow to draw.",
                                                    nullptr, int(m_chart->nodeCount())),
                                                 true);
        if (answer == LargeAnswer::Nothing)
            return Ok{};
        if (answer == LargeAnswer::First)
            adding.resize(AskAbove);
    }
    if (adding.size() <= ReadOnWorkerAbove) {
        ChartExpander expander(*m_chart, *m_store);
        Status status = expander.add(adding, scenePos);
        if (status)
            m_scene->selectEntities(ids);
        return status;
    }
    ChartDocument &chart = *m_chart;
    auto plan = std::make_shared<ChartExpander::Plan>();
    const Status read = readCase(tr("Adding to the chart"), [&chart, adding, scenePos, plan](const CaseStore &store, const Progress &progress) -> Status {
        auto planned = ChartExpander(chart, store).addPlan(adding, scenePos, {}, &progress);
        if (!planned)
            return planned.error();
        *plan = std::move(*planned);
        return Ok{};
    });
    if (stoppedByAnalyst(read))
        return Ok{};
    if (!read)
        return read;
    const int added = ChartExpander(*m_chart, *m_store).apply(*plan);
    statusBar()->showMessage(tr("%n entities added", nullptr, added), 5000);
    if (ids.size() <= AskAbove)
        m_scene->selectEntities(ids);
    else if (added <= AskAbove)
        m_scene->selectEntities(adding);
    return Ok{};
}

Status MainWindow::expandEntities(const QList<EntityId> &ids)
{
    ExpandFilter filter;
    filter.limit = m_expandLimit;
    return expandEntities(ids, filter);
}

Status MainWindow::expandEntities(const QList<EntityId> &ids, const ExpandFilter &filter)
{
    if (!m_store)
        return Error{ErrorCode::InvalidInput, tr("Open a case first."), {}};
    const bool large = filter.hops > 1 || filter.limit <= 0 || qint64(ids.size()) * filter.limit > ReadOnWorkerAbove;
    if (!large) {
        ChartExpander expander(*m_chart, *m_store);
        auto plan = expander.plan(ids, filter);
        if (!plan)
            return plan.error();
        statusBar()->showMessage(tr("%n entities added", nullptr, expander.apply(*plan)), 5000);
        showExpansion(ids, *plan);
        return Ok{};
    }
    // Two hops without a limit from a quiet number beside the busiest of the suite's 5M case
    // found 53,807 entities: read here, with the chart built from them, the window froze for a
    // minute. The entities are read first (0.1 s there), the question asked, and only then
    // their degrees and links (2 s more).
    ChartDocument &chart = *m_chart;
    auto found = std::make_shared<ExpandResult>();
    auto plan = std::make_shared<ChartExpander::Plan>();
    auto readOn = [&](bool whole) {
        return readCase(tr("Expanding"), [&chart, ids, filter, found, plan, whole](const CaseStore &store, const Progress &progress) -> Status {
            const ChartExpander expander(chart, store);
            if (!whole) {
                auto neighbours = expander.neighbours(ids, filter, &progress);
                if (!neighbours)
                    return neighbours.error();
                *found = std::move(*neighbours);
                if (found->entities.size() > AskAbove)
                    return Ok{}; // the analyst is asked before the rest is read
            }
            auto planned = expander.plan(ids, filter, &progress, found.get());
            if (!planned)
                return planned.error();
            *plan = std::move(*planned);
            return Ok{};
        });
    };
    Status read = readOn(false);
    if (stoppedByAnalyst(read))
        return Ok{};
    if (!read)
        return read;
    if (found->entities.size() > AskAbove) {
        const LargeAnswer answer = askAboutLarge(tr("Expand"), tr("Expanding would add %n entities to the chart.", nullptr, int(found->entities.size())),
                                                 tr("The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay "
                                                    "out and is slow to draw; to bring the most connected first, expand with a limit per "
                                                    "entity (Expand with filters…).",
                                                    nullptr, int(m_chart->nodeCount())),
                                                 false);
        if (answer == LargeAnswer::Nothing)
            return Ok{};
        read = readOn(true);
        if (stoppedByAnalyst(read))
            return Ok{};
        if (!read)
            return read;
    }
    const int added = ChartExpander(*m_chart, *m_store).apply(*plan);
    statusBar()->showMessage(tr("%n entities added", nullptr, added), 5000);
    showExpansion(ids, *plan);
    return Ok{};
}

MainWindow::LargeAnswer MainWindow::askAboutLarge(const QString &title, const QString &question, const QString &detail, bool offerFirst)
{
    // On the stack: exec() would delete a box that deletes itself on close before its answer is
    // read.
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setInformativeText(detail);
    QPushButton *first = offerFirst ? box.addButton(tr("Add the first %n", nullptr, int(AskAbove)), QMessageBox::AcceptRole) : nullptr;
    QPushButton *all = box.addButton(tr("Add them all"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    if (first)
        box.setDefaultButton(first);
    else
        box.setDefaultButton(QMessageBox::Cancel);
    m_largeExpansionBox = &box;
    box.exec();
    if (first && box.clickedButton() == first)
        return LargeAnswer::First;
    if (box.clickedButton() == all)
        return LargeAnswer::All;
    statusBar()->showMessage(tr("Nothing was added."), 5000);
    return LargeAnswer::Nothing;
}

bool MainWindow::stoppedByAnalyst(const Status &read)
{
    if (read || read.error().code != ErrorCode::Cancelled)
        return false;
    statusBar()->showMessage(read.error().message, 8000); // stopped as the analyst asked
    return true;
}

void MainWindow::showExpansion(const QList<EntityId> &ids, const ChartExpander::Plan &plan)
{
    // What was expanded and what it brought, each with its name and key, brought into view: an
    // expansion's outer ring would otherwise land outside the window unseen. Not one the analyst
    // was asked about: its links come in slices over seconds, and the view stays where it was
    // (a wider view of hundreds of thousands of links is slower to draw while they come).
    if (plan.nodes.size() > AskAbove)
        return;
    QRectF rect;
    auto include = [&rect](const ChartNode &node) { rect |= ChartDocument::footprint(node).translated(node.position); };
    for (const EntityId id : ids)
        if (const ChartNode *node = m_chart->node(id))
            include(*node);
    for (const ChartNode &node : plan.nodes)
        if (const ChartNode *placed = m_chart->node(node.id))
            include(*placed);
    m_view->bringIntoView(rect.adjusted(-20, -20, 20, 20));
}

void MainWindow::expandSelectedTriggered()
{
    if (Status s = expandEntities(m_scene->selectedEntities()); !s)
        showError(tr("Expand"), s.error());
}

void MainWindow::removeSelectedTriggered()
{
    m_chart->removeEntities(m_scene->selectedEntities());
}

void MainWindow::runLayout(LayoutEngine engine)
{
    if (isBusy() || m_chart->nodeCount() == 0) {
        emit layoutFinished(false);
        return;
    }
    // Measuring needs the GUI thread; Graphviz then runs on a worker.
    const LayoutInput input = layoutInput(*m_chart);
    const LayoutChoice choice = GraphLayout::choose(engine, input.nodes, input.edges);
    if (!choice.reason.isEmpty())
        statusBar()->showMessage(choice.reason, 15000);
    engine = choice.engine;
    auto result = std::make_shared<std::optional<Result<QHash<qint64, QPointF>>>>();
    // Graphviz cannot be interrupted: it runs in the helper process, which Cancel ends. Without
    // the helper (a build that lacks it), in this process, where Cancel only drops the result.
    const QString helper = engine == LayoutEngine::Grid ? QString() : layoutHelperPath();
    auto *task = new BackgroundTask(this, tr("Laying out the chart"), [input, engine, result, helper](Progress &progress) {
        if (helper.isEmpty())
            result->emplace(GraphLayout::run(engine, input.nodes, input.edges, &progress));
        else
            result->emplace(runLayoutProcess(helper, LayoutJob{engine, input.nodes, input.edges}, &progress));
    });
    m_task = task;
    QPointer<ChartDocument> chart = m_chart.get();
    connect(task, &BackgroundTask::finished, this, [this, result, engine, chart] {
        updateActions();
        if (!chart || chart != m_chart.get() || !result->has_value()) {
            emit layoutFinished(false);
            return;
        }
        const auto &positions = **result;
        if (!positions) {
            if (positions.error().code != ErrorCode::Cancelled)
                showError(tr("Layout"), positions.error());
            emit layoutFinished(false);
            return;
        }
        m_scene->animateNextMove();
        m_chart->applyLayout(*positions, layoutEngineName(engine));
        m_view->fitChart();
        emit layoutFinished(true);
    });
    task->start();
    updateActions();
}

void MainWindow::createChartActions()
{
    m_newChart = newAction(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_renameChart = newAction();
    Shortcuts::markWithout(m_renameChart, Shortcuts::Reason::Rare);
    m_deleteChart = newAction();
    Shortcuts::markWithout(m_deleteChart, Shortcuts::Reason::Destructive);
    m_expandFiltered = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_selectNeighbours = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_invertSelection = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_findOnChart = newAction(QKeySequence::Find);
    m_zoomSelection = newAction(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_hide = newAction(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_showAll = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_pin = newAction(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_unpin = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_group = newAction(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_ungroup = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_collapse = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Minus));
    m_expandGroup = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus));
    m_addNote = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_editNote = newAction();
    m_removeNote = newAction();
    m_linkParties = newAction();
    m_colour = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_resetStyle = newAction();
    Shortcuts::markWithout(m_resetStyle, Shortcuts::Reason::Rare);
    m_showOwners = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_restoreReplaced = newAction();
    Shortcuts::markWithout(m_restoreReplaced, Shortcuts::Reason::Rare);
    auto *modes = new QActionGroup(this);
    auto *widths = new QActionGroup(this);
    for (QAction **a : {&m_linkPerPair, &m_linkPerDirection, &m_linkPerEvent}) {
        *a = newAction();
        (*a)->setCheckable(true);
        Shortcuts::markWithout(*a, Shortcuts::Reason::Setting);
        modes->addAction(*a);
    }
    for (QAction **a : {&m_widthFixed, &m_widthCount, &m_widthAmount}) {
        *a = newAction();
        (*a)->setCheckable(true);
        Shortcuts::markWithout(*a, Shortcuts::Reason::Setting);
        widths->addAction(*a);
    }
    for (const QString &name : entityTypeNames()) {
        const EntityType type = *entityTypeFromName(name);
        QAction *select = newAction();
        Shortcuts::markWithout(select, Shortcuts::Reason::OneOfList);
        connect(select, &QAction::triggered, this, [this, type] { m_scene->selectByType(type); });
        m_selectTypeActions.append({select, type});
        QAction *icon = newAction();
        Shortcuts::markWithout(icon, Shortcuts::Reason::OneOfList);
        icon->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
        connect(icon, &QAction::triggered, this, [this, name] { m_chart->setIcon(m_scene->selectedEntities(), name); });
        m_iconActions.append({icon, type});
    }

    connect(m_newChart, &QAction::triggered, this, &MainWindow::newChart);
    connect(m_renameChart, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename chart"), tr("Chart name:"), QLineEdit::Normal, m_chart->name(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            if (Status s = renameChart(name.trimmed()); !s)
                showError(tr("Rename chart"), s.error());
        }
    });
    connect(m_deleteChart, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Delete chart"), tr("Delete the chart \"%1\" from the case? The case's records stay.").arg(m_chart->name()))
            != QMessageBox::Yes)
            return;
        if (Status s = deleteChart(); !s)
            showError(tr("Delete chart"), s.error());
    });
    connect(m_expandFiltered, &QAction::triggered, this, &MainWindow::expandFilteredTriggered);
    connect(m_selectNeighbours, &QAction::triggered, this, [this] { m_scene->selectNeighbours(); });
    connect(m_invertSelection, &QAction::triggered, this, [this] { m_scene->invertSelection(); });
    connect(m_findOnChart, &QAction::triggered, this, &MainWindow::findOnChartTriggered);
    connect(m_zoomSelection, &QAction::triggered, this, [this] { m_view->zoomTo(m_scene->selectionRect()); });
    connect(m_hide, &QAction::triggered, this, [this] { m_chart->setHidden(m_scene->selectedEntities(), true); });
    connect(m_showAll, &QAction::triggered, this, [this] { m_chart->showAll(); });
    connect(m_pin, &QAction::triggered, this, [this] { m_chart->setPinned(m_scene->selectedEntities(), true); });
    connect(m_unpin, &QAction::triggered, this, [this] { m_chart->setPinned(m_scene->selectedEntities(), false); });
    connect(m_group, &QAction::triggered, this, &MainWindow::groupSelectedTriggered);
    connect(m_ungroup, &QAction::triggered, this, [this] {
        const QList<qint64> groups = m_scene->selectedGroups();
        m_chart->undoStack()->beginMacro(tr("Ungroup %n groups", nullptr, int(groups.size())));
        for (const qint64 g : groups)
            m_chart->ungroup(g);
        m_chart->undoStack()->endMacro();
    });
    connect(m_collapse, &QAction::triggered, this, [this] { collapseSelectedTriggered(true); });
    connect(m_expandGroup, &QAction::triggered, this, [this] { collapseSelectedTriggered(false); });
    connect(m_addNote, &QAction::triggered, this, [this] { addNoteAt(m_view->mapToScene(m_view->viewport()->rect().center())); });
    connect(m_editNote, &QAction::triggered, this, [this] {
        if (const QList<qint64> notes = m_scene->selectedNotes(); !notes.isEmpty())
            editNote(notes.first());
    });
    connect(m_removeNote, &QAction::triggered, this, [this] {
        for (const qint64 note : m_scene->selectedNotes())
            m_chart->removeNote(note);
    });
    connect(m_colour, &QAction::triggered, this, &MainWindow::colourSelectedTriggered);
    connect(m_linkParties, &QAction::triggered, this, [this] {
        if (Status s = addLinkParties(); !s)
            showError(tr("Add the parties of the events"), s.error());
    });
    connect(m_resetStyle, &QAction::triggered, this, [this] {
        const QList<EntityId> ids = m_scene->selectedEntities();
        m_chart->undoStack()->beginMacro(tr("Reset the style of %n entities", nullptr, int(ids.size())));
        m_chart->setColor(ids, QString());
        m_chart->setIcon(ids, QString());
        m_chart->undoStack()->endMacro();
    });
    connect(m_showOwners, &QAction::triggered, this, [this] {
        if (Status s = showOwners(); !s)
            showError(tr("Show owners"), s.error());
    });
    connect(m_restoreReplaced, &QAction::triggered, this, [this] { m_chart->restoreReplaced(); });
    connect(m_linkPerPair, &QAction::triggered, this, [this] { m_chart->setLinkMode(LinkMode::PerPair); });
    connect(m_linkPerDirection, &QAction::triggered, this, [this] { m_chart->setLinkMode(LinkMode::PerDirection); });
    connect(m_linkPerEvent, &QAction::triggered, this, [this] { m_chart->setLinkMode(LinkMode::PerEvent); });
    connect(m_widthFixed, &QAction::triggered, this, [this] { m_chart->setLinkWidth(LinkWidth::Fixed); });
    connect(m_widthCount, &QAction::triggered, this, [this] { m_chart->setLinkWidth(LinkWidth::Count); });
    connect(m_widthAmount, &QAction::triggered, this, [this] { m_chart->setLinkWidth(LinkWidth::Amount); });

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = contextMenuAt(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::retranslateChartActions()
{
    m_chartsMenu->setTitle(tr("C&harts"));
    m_selectMenu->setTitle(tr("Se&lect"));
    m_selectTypeMenu->setTitle(tr("Select by &type"));
    m_iconMenu->setTitle(tr("&Icon"));
    m_linksMenu->setTitle(tr("Lin&ks"));
    m_newChart->setText(tr("&New chart"));
    m_renameChart->setText(tr("&Rename chart…"));
    m_deleteChart->setText(tr("&Delete chart…"));
    m_expandFiltered->setText(tr("Expand with &filters…"));
    m_selectNeighbours->setText(tr("Select &neighbours"));
    m_invertSelection->setText(tr("&Invert selection"));
    m_findOnChart->setText(tr("&Find on chart…"));
    m_zoomSelection->setText(tr("Zoom to &selection"));
    m_hide->setText(tr("&Hide selected"));
    m_showAll->setText(tr("Show all hi&dden"));
    m_pin->setText(tr("&Pin selected"));
    m_unpin->setText(tr("U&npin selected"));
    m_group->setText(tr("&Group selected…"));
    m_ungroup->setText(tr("&Ungroup"));
    m_collapse->setText(tr("&Collapse group"));
    m_expandGroup->setText(tr("E&xpand group"));
    m_addNote->setText(tr("Add &note…"));
    m_editNote->setText(tr("Edit note…"));
    m_removeNote->setText(tr("Remove note"));
    m_linkParties->setText(tr("Add the &parties of its events"));
    m_colour->setText(tr("C&olour…"));
    m_resetStyle->setText(tr("Reset colour and icon"));
    m_showOwners->setText(tr("Show &owners instead of phones and accounts"));
    m_restoreReplaced->setText(tr("Show phones and accounts &again"));
    m_linkPerPair->setText(tr("One line per &pair"));
    m_linkPerDirection->setText(tr("One line per &direction"));
    m_linkPerEvent->setText(tr("One line per &event"));
    m_widthFixed->setText(tr("Fixed &width"));
    m_widthCount->setText(tr("Width by &count"));
    m_widthAmount->setText(tr("Width by &amount"));
    for (const auto &[action, type] : std::as_const(m_selectTypeActions))
        action->setText(entityTypeDisplayName(type));
    for (const auto &[action, type] : std::as_const(m_iconActions))
        action->setText(entityTypeDisplayName(type));
}

void MainWindow::fillChartsMenu()
{
    m_chartsMenu->clear();
    m_chartsMenu->addActions({m_newChart, m_renameChart, m_deleteChart});
    if (!m_store)
        return;
    auto charts = m_store->charts();
    if (!charts || charts->isEmpty())
        return;
    m_chartsMenu->addSeparator();
    for (const ChartInfo &info : std::as_const(*charts)) {
        QAction *open = m_chartsMenu->addAction(info.name);
        Shortcuts::markWithout(open, Shortcuts::Reason::OneOfList);
        open->setCheckable(true);
        open->setChecked(info.id == m_chart->chartId());
        const qint64 id = info.id;
        connect(open, &QAction::triggered, this, [this, id] { openChart(id); });
    }
}

bool MainWindow::newChart()
{
    if (!m_store || !confirmDiscardChart())
        return false;
    auto charts = m_store->charts();
    auto chart = std::make_unique<ChartDocument>();
    chart->setName(tr("Chart %1").arg(charts ? charts->size() + 1 : 1));
    setChart(std::move(chart));
    return true;
}

bool MainWindow::openChart(qint64 chartId)
{
    if (!m_store || chartId == m_chart->chartId() || !idleOrSaySo() || !confirmDiscardChart())
        return false;
    auto charts = m_store->charts();
    if (!charts) {
        showError(tr("Open chart"), charts.error());
        return false;
    }
    auto loaded = readChart(m_store->path(), chartId);
    if (!loaded) {
        if (!stoppedByAnalyst(loaded.error()))
            showError(tr("Open chart"), loaded.error());
        return false;
    }
    (*loaded)->setChartId(chartId);
    for (const ChartInfo &info : std::as_const(*charts)) {
        if (info.id == chartId)
            (*loaded)->setName(info.name);
    }
    setChart(std::move(*loaded));
    m_view->fitChart();
    return true;
}

Result<std::unique_ptr<ChartDocument>> MainWindow::readChart(const QString &casePath, qint64 chartId)
{
    return readChart([casePath, chartId]() -> Result<QByteArray> {
        auto store = CaseStore::open(casePath, CaseStore::Mode::ReadOnly);
        if (!store)
            return store.error();
        return (*store)->chartDocument(chartId);
    });
}

Result<std::unique_ptr<ChartDocument>> MainWindow::readChart(std::function<Result<QByteArray>()> json)
{
    // Read and parsed on a worker, its tables made there; the window paints meanwhile and takes
    // no edits. A chart of 51,903 entities and 835,319 links (64 MB) held it 5 s when read here
    // as its case opened.
    auto read = std::make_shared<Result<ChartDocument::Contents>>(
        Error{ErrorCode::Cancelled, tr("Opening the chart was cancelled."), {}});
    auto *task = new BackgroundTask(this, tr("Opening the chart"), [json = std::move(json), read](Progress &progress) {
        const auto bytes = json();
        if (!bytes) {
            *read = bytes.error();
            return;
        }
        if (!progress.isCancelled())
            *read = ChartDocument::readJson(*bytes);
    });
    m_task = task;
    task->runAndWait();
    updateActions();
    if (!*read)
        return read->error();
    return ChartDocument::fromContents(std::move(**read));
}

Status MainWindow::renameChart(const QString &name)
{
    if (Status s = writable(); !s)
        return s;
    if (m_chart->chartId() > 0) {
        if (Status s = m_store->renameChart(m_chart->chartId(), name); !s)
            return s;
    }
    m_chart->setName(name);
    updateTitle();
    return Ok{};
}

Status MainWindow::deleteChart()
{
    if (Status s = writable(); !s)
        return s;
    if (m_chart->chartId() <= 0)
        return Error{ErrorCode::InvalidInput, tr("The chart is not saved in the case."), {}};
    if (Status s = m_store->deleteChart(m_chart->chartId()); !s)
        return s;
    m_inspector->caseChanged();
    auto charts = m_store->charts();
    m_chart->undoStack()->setClean(); // nothing left to save
    if (charts && !charts->isEmpty()) {
        m_chart->setChartId(0);
        openChart(charts->first().id);
    } else {
        auto chart = std::make_unique<ChartDocument>();
        chart->setName(tr("Chart %1").arg(1));
        setChart(std::move(chart));
    }
    return Ok{};
}

Status MainWindow::addLinkParties()
{
    const auto link = m_scene->selectedLink();
    if (!m_store || !link)
        return Error{ErrorCode::InvalidInput, tr("Select a link on the chart first."), {}};
    ChartExpander expander(*m_chart, *m_store);
    const QPointF middle = (m_chart->displayPosition(link->first) + m_chart->displayPosition(link->second)) / 2;
    auto added = expander.addLinkParties(m_chart->entitiesOf(link->first), m_chart->entitiesOf(link->second), middle);
    if (!added)
        return added.error();
    statusBar()->showMessage(tr("%n entities added", nullptr, *added), 5000);
    return Ok{};
}

Status MainWindow::showOwners()
{
    if (!m_store)
        return Error{ErrorCode::InvalidInput, tr("Open a case first."), {}};
    ChartExpander expander(*m_chart, *m_store);
    auto replaced = expander.showOwners(m_scene->selectedEntities());
    if (!replaced)
        return replaced.error();
    statusBar()->showMessage(*replaced > 0 ? tr("%n entities are now shown as their owners.", nullptr, *replaced)
                                           : tr("The case records no owner for these entities."),
                             8000);
    return Ok{};
}

void MainWindow::expandFilteredTriggered()
{
    const QList<EntityId> ids = m_scene->selectedEntities();
    if (ids.isEmpty())
        return;
    ExpandFilter initial = m_lastFilter;
    if (initial.limit == ExpandFilter{}.limit)
        initial.limit = m_expandLimit;
    ExpandDialog dialog(initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastFilter = dialog.filter();
    if (Status s = expandEntities(ids, m_lastFilter); !s)
        showError(tr("Expand"), s.error());
}

void MainWindow::groupSelectedTriggered()
{
    const QList<EntityId> ids = m_scene->selectedEntities();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Group"), tr("Name of the group (a den, a family, a gang):"), QLineEdit::Normal,
                                                tr("Group %1").arg(m_chart->groups().size() + 1), &ok);
    if (ok && !label.trimmed().isEmpty())
        m_chart->createGroup(ids, label.trimmed());
}

void MainWindow::collapseSelectedTriggered(bool collapse)
{
    const QList<qint64> groups = m_scene->selectedGroups();
    if (groups.size() == 1) {
        m_chart->setGroupCollapsed(groups.first(), collapse);
        return;
    }
    m_chart->undoStack()->beginMacro(collapse ? tr("Collapse %n groups", nullptr, int(groups.size()))
                                              : tr("Expand %n groups", nullptr, int(groups.size())));
    for (const qint64 g : groups)
        m_chart->setGroupCollapsed(g, collapse);
    m_chart->undoStack()->endMacro();
}

void MainWindow::addNoteAt(const QPointF &scenePos)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add note"), tr("Note:"), QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        m_chart->addNote(text.trimmed(), scenePos);
}

void MainWindow::editNote(qint64 noteId)
{
    const ChartNote *note = m_chart->note(noteId);
    if (!note)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit note"), tr("Note:"), note->text, &ok);
    if (ok && !text.trimmed().isEmpty())
        m_chart->editNote(noteId, text.trimmed());
}

void MainWindow::colourSelectedTriggered()
{
    const QList<EntityId> ids = m_scene->selectedEntities();
    if (ids.isEmpty())
        return;
    const ChartNode *first = m_chart->node(ids.first());
    const QColor colour = QColorDialog::getColor(first && !first->color.isEmpty() ? QColor(first->color) : QColor(0xc6, 0x28, 0x28),
                                                 this, tr("Colour"));
    if (colour.isValid())
        m_chart->setColor(ids, colour.name());
}

void MainWindow::findOnChartTriggered()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Find on chart"), tr("Name or number:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QList<EntityId> found = m_scene->findOnChart(text);
    if (found.isEmpty()) {
        statusBar()->showMessage(tr("Nothing on the chart matches \"%1\".").arg(text), 8000);
        return;
    }
    m_view->zoomTo(m_scene->selectionRect());
    statusBar()->showMessage(tr("%n entities found on the chart.", nullptr, int(found.size())), 8000);
}

QMenu *MainWindow::contextMenuAt(const QPoint &viewPos)
{
    auto *menu = new QMenu(this);
    const QPointF scenePos = m_view->mapToScene(viewPos);
    QGraphicsItem *hit = m_view->itemAt(viewPos);
    while (hit && hit->type() != EntityItem::Type && hit->type() != NoteItem::Type && hit->type() != GroupNodeItem::Type
           && hit->type() != GroupBoxItem::Type && hit->type() != LinkItem::Type)
        hit = hit->parentItem();
    if (hit && !hit->isSelected()) {
        // Right-clicking an item acts on that item, as everywhere else.
        m_scene->clearSelection();
        hit->setSelected(true);
    }
    if (!hit) {
        menu->addMenu(m_editing->newEntityMenu(scenePos, menu));
        QAction *note = menu->addAction(tr("Add note here…"));
        connect(note, &QAction::triggered, this, [this, scenePos] { addNoteAt(scenePos); });
        menu->addActions({m_showAll, m_fit});
        menu->addSeparator();
        menu->addMenu(m_linksMenu);
        menu->addMenu(m_layoutMenu);
        return menu;
    }
    if (hit->type() == NoteItem::Type) {
        menu->addActions({m_editNote, m_removeNote});
        return menu;
    }
    if (hit->type() == GroupNodeItem::Type || hit->type() == GroupBoxItem::Type) {
        menu->addActions({m_expandGroup, m_collapse, m_ungroup, m_expand, m_hide});
        return menu;
    }
    if (hit->type() == LinkItem::Type) {
        menu->addAction(m_linkParties);
        menu->addMenu(m_linksMenu);
        return menu;
    }
    menu->addActions({m_expand, m_expandFiltered, m_selectNeighbours});
    menu->addSeparator();
    menu->addActions({m_hide, m_remove, m_pin, m_unpin, m_group});
    menu->addSeparator();
    menu->addAction(m_colour);
    menu->addMenu(m_iconMenu);
    menu->addActions({m_resetStyle, m_showOwners});
    m_editing->addToEntityMenu(menu);
    menu->addSeparator();
    menu->addAction(m_profileReport);
    return menu;
}

PrintOptions MainWindow::printOptions(const QString &title) const
{
    // The last page set-up, exhibit and classification; the case's fields; the time of printing now.
    PrintOptions options = m_lastPrint.options;
    const PrintFields last = options.fields;
    options.fields = m_store ? PrintFields::fromCase(*m_store, title) : PrintFields();
    options.fields.title = title;
    options.fields.exhibit = last.exhibit;
    options.fields.classification = last.classification;
    return options;
}

PrintRequest MainWindow::printRequest() const
{
    PrintRequest request = m_lastPrint;
    request.options = printOptions(m_chart->name());
    return request;
}

QString MainWindow::askForPrintFile(const QString &caption, const QString &name)
{
    const QString pdf = tr("PDF (*.pdf)");
    const QString svg = tr("SVG drawing, one file per page (*.svg)");
    const QString png = tr("PNG image, one file per page (*.png)");
    QString filter = pdf;
    QString file = QFileDialog::getSaveFileName(this, caption, name + QStringLiteral(".pdf"), QStringList{pdf, svg, png}.join(QStringLiteral(";;")),
                                                &filter);
    if (!file.isEmpty() && QFileInfo(file).suffix().isEmpty())
        file += filter == svg ? QStringLiteral(".svg") : filter == png ? QStringLiteral(".png") : QStringLiteral(".pdf");
    return file;
}

void MainWindow::printTriggered()
{
    PrintDialog dialog(printRequest(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PrintRequest request = dialog.request();
    m_lastPrint = request;
    QString file;
    if (dialog.target() == PrintDialog::Target::File) {
        file = askForPrintFile(tr("Export chart"), m_chart->name());
        if (file.isEmpty())
            return;
    }
    printChart(request, dialog.target(), file);
}

void MainWindow::printChart(const PrintRequest &request, PrintDialog::Target target, const QString &file)
{
    if (!m_store || isBusy()) {
        emit printFinished(false, 0);
        return;
    }
    const QString chartName = request.options.fields.title;
    // Printing itself happens here on the GUI thread (it draws the scene); reading the appendix
    // from the case may take long and runs on a worker first.
    auto finish = [this, request, target, file, chartName](const PrintAppendix &appendix) {
        auto printer = std::make_shared<ChartPrinter>(m_scene, request.options, appendix);
        auto audit = [this, chartName, printer](const QString &output) {
            this->audit(QStringLiteral("print_chart"), QJsonObject{{QStringLiteral("chart"), chartName},
                                                                  {QStringLiteral("output"), output},
                                                                  {QStringLiteral("pages"), printer->pageCount()}});
        };
        if (target == PrintDialog::Target::File) {
            auto written = printer->write(file);
            if (!written) {
                showError(tr("Export chart"), written.error());
                emit printFinished(false, 0);
                return;
            }
            audit(written->join(QStringLiteral(", ")));
            statusBar()->showMessage(tr("Chart written to %1").arg(written->join(QStringLiteral(", "))), 8000);
            emit printFinished(true, printer->pageCount());
            return;
        }
        const bool done = sendToPrinter(printer, request.options, target == PrintDialog::Target::Preview, chartName, audit);
        emit printFinished(done, done ? printer->pageCount() : 0);
    };
    if (!request.sources && !request.events) {
        finish(PrintAppendix{});
        return;
    }
    const AppendixRequest appendixRequest = ChartPrinter::appendixRequest(*m_chart, request.sources, request.events);
    auto appendix = std::make_shared<PrintAppendix>();
    runOnCase(
        tr("Preparing the print"),
        [appendixRequest, appendix](const CaseStore &store, Progress &progress) -> Status {
            auto read = ChartPrinter::readAppendix(store, appendixRequest, &progress);
            if (!read)
                return read.error();
            *appendix = std::move(*read);
            return Ok{};
        },
        [this, appendix, finish](const Status &status) {
            if (!status) {
                if (status.error().code == ErrorCode::Cancelled)
                    statusBar()->showMessage(status.error().message, 8000);
                else
                    showError(tr("Print chart"), status.error());
                emit printFinished(false, 0);
                return;
            }
            finish(*appendix);
        });
}

bool MainWindow::sendToPrinter(std::shared_ptr<ChartPrinter> printer, const PrintOptions &options, bool preview, const QString &title,
                               const std::function<void(const QString &)> &audit)
{
    auto device = std::make_shared<QPrinter>(QPrinter::HighResolution);
    device->setPageLayout(options.pageLayout());
    device->setDocName(title);
    device->setCreator(QStringLiteral("Seagull %1").arg(QLatin1String(SEAGULL_VERSION)));
    if (preview) {
        auto *dialog = new QPrintPreviewDialog(device.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print preview: %1").arg(title));
        // The preview keeps the printer and the pages alive while it is open; its page set-up
        // may change the paper, and the pages follow it.
        connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [this, printer, device](QPrinter *p) {
            if (Status s = printer->print(p, true); !s)
                showError(tr("Print preview"), s.error());
        });
        dialog->open();
        m_preview = dialog;
        return true;
    }
    QPrintDialog dialog(device.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Status s = printer->print(device.get(), true); !s) {
        showError(tr("Print %1").arg(title), s.error());
        return false;
    }
    audit(device->printerName());
    return true;
}

void MainWindow::printViewTriggered(const PrintView &view, const QString &title)
{
    if (Status s = writable(); !s) { // printing is audited in the case
        statusBar()->showMessage(s.error().message, 8000);
        return;
    }
    PrintRequest initial = printRequest();
    initial.options.fields.title = title;
    PrintDialog dialog(initial, this);
    dialog.setAppendixShown(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printView(view, dialog.request().options, dialog.target());
}

void MainWindow::printView(const PrintView &view, const PrintOptions &options, PrintDialog::Target target, const QString &file)
{
    if (Status s = writable(); !s) { // printing is audited in the case
        statusBar()->showMessage(s.error().message, 8000);
        return;
    }
    const QString title = options.fields.title;
    if (target == PrintDialog::Target::File) {
        const QString path = file.isEmpty() ? askForPrintFile(tr("Export %1").arg(title), title) : file;
        if (path.isEmpty())
            return;
        if (Status s = writeView(view, options, path); !s)
            showError(tr("Export %1").arg(title), s.error());
        return;
    }
    auto printer = std::make_shared<ChartPrinter>(view, options);
    sendToPrinter(printer, options, target == PrintDialog::Target::Preview, title, [this, title, printer](const QString &output) {
        audit(QStringLiteral("print_view"), QJsonObject{{QStringLiteral("view"), title},
                                                       {QStringLiteral("output"), output},
                                                       {QStringLiteral("pages"), printer->pageCount()}});
    });
}

BackgroundTask *MainWindow::caseTask(const QString &title, bool readOnly, std::function<Status(CaseStore &, Progress &)> work,
                                     std::shared_ptr<Status> status)
{
    const QString casePath = m_store->path();
    const QString examiner = m_store->examiner();
    const CaseStore::Mode mode = readOnly ? CaseStore::Mode::ReadOnly : CaseStore::Mode::ReadWrite;
    return new BackgroundTask(this, title, [casePath, mode, examiner, work, status](Progress &progress) {
        auto store = CaseStore::open(casePath, mode);
        if (!store) {
            *status = store.error();
            return;
        }
        (*store)->setExaminer(examiner);
        *status = work(**store, progress);
    });
}

void MainWindow::runOnCase(const QString &title, std::function<Status(const CaseStore &, Progress &)> work,
                           std::function<void(const Status &)> done)
{
    auto status = std::make_shared<Status>(Ok{});
    auto *task = caseTask(title, true, std::move(work), status);
    m_task = task;
    updateActions();
    connect(task, &BackgroundTask::finished, this, [this, status, done] {
        updateActions();
        done(*status);
    });
    task->start();
}

Status MainWindow::editCase(const QString &title, bool cancellable, std::function<Status(CaseStore &, const Progress &)> edit)
{
    return waitOnCase(title, false, cancellable, std::move(edit));
}

Status MainWindow::readCase(const QString &title, std::function<Status(const CaseStore &, const Progress &)> read)
{
    return waitOnCase(title, true, true, std::move(read));
}

Status MainWindow::waitOnCase(const QString &title, bool readOnly, bool cancellable, std::function<Status(CaseStore &, const Progress &)> work)
{
    if (!m_store)
        return Error{ErrorCode::InvalidInput, tr("No case is open."), {}};
    if (Status s = writable(); !s)
        return s;
    auto status = std::make_shared<Status>(Ok{});
    auto *task = caseTask(title, readOnly, std::move(work), status);
    task->setCancellable(cancellable);
    m_task = task;
    task->runAndWait();
    updateActions();
    return *status;
}

void MainWindow::reportTriggered(bool summary)
{
    const QList<EntityId> selected = m_scene->selectedEntities();
    if (!summary && selected.size() != 1)
        return;
    const QString suggested = summary ? tr("Case summary") : tr("Entity profile");
    const QString path = QFileDialog::getSaveFileName(this, summary ? tr("Case summary report") : tr("Entity profile report"),
                                                      suggested + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    writeReport(summary ? std::nullopt : std::optional<EntityId>(selected.first()), path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void MainWindow::writeReport(std::optional<EntityId> entity, const QString &path)
{
    if (!m_store || isBusy()) {
        emit reportFinished(false);
        return;
    }
    // Read and laid out on a worker (Qt lays text out and draws it into a PDF on any thread):
    // the busiest number's profile of 64 pages held the window 1.9 s when laid out here.
    auto profile = std::make_shared<EntityProfile>();
    PrintOptions options = printOptions(entity ? QString() : tr("Case summary"));
    options.columns = options.rows = 1;
    options.orientation = QPageLayout::Portrait;
    runOnCase(
        tr("Preparing the report"),
        [entity, profile, options, path](const CaseStore &store, Progress &) mutable -> Status {
            if (!entity) {
                auto read = CaseSummary::read(store);
                if (!read)
                    return read.error();
                return ReportWriter(options).caseSummary(*read, path);
            }
            auto read = EntityProfile::read(store, *entity);
            if (!read)
                return read.error();
            *profile = std::move(*read);
            const Entity &e = profile->summary.entity;
            options.fields.title = tr("Entity profile: %1").arg(e.label.isEmpty() ? e.key : e.label);
            return ReportWriter(options).entityProfile(*profile, path);
        },
        [this, entity, profile, path](const Status &status) {
            if (!status) {
                showError(tr("Report"), status.error());
                emit reportFinished(false);
                return;
            }
            audit(QStringLiteral("report"), QJsonObject{{QStringLiteral("file"), path},
                                                       {QStringLiteral("about"), entity ? profile->summary.entity.reference() : QStringLiteral("case summary")}});
            statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
            emit reportFinished(true);
        });
}

void MainWindow::exportDataTriggered()
{
    const QString anx = tr("i2 Analyst's Notebook chart (*.anx)");
    const QString graphml = tr("GraphML for Gephi, yEd, networkx (*.graphml)");
    const QString bundle = tr("Case bundle for a partner agency (*.sgbundle)");
    QString filter = anx;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart data"), m_chart->name(), QStringList{anx, graphml, bundle}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == graphml ? QStringLiteral(".graphml") : filter == bundle ? QStringLiteral(".sgbundle") : QStringLiteral(".anx");
    QString agency;
    if (path.endsWith(QLatin1String(".sgbundle"), Qt::CaseInsensitive)) {
        bool ok = false;
        agency = QInputDialog::getText(this, tr("Case bundle"), tr("The agency that sends the bundle:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    exportChartData(path, agency);
}

void MainWindow::exportChartData(const QString &path, const QString &agency)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!m_store || isBusy() || !(suffix == QLatin1String("anx") || suffix == QLatin1String("graphml") || suffix == QLatin1String("sgbundle"))) {
        if (m_store && !isBusy())
            showError(tr("Export chart data"), Error{ErrorCode::InvalidInput, tr("%1: chart data is written as .anx, .graphml or .sgbundle.").arg(path), {}});
        emit exportFinished(false);
        return;
    }
    QSet<EntityId> ids;
    QHash<EntityId, QPointF> positions;
    for (const ChartNode &node : m_chart->nodes()) {
        ids.insert(node.id);
        positions.insert(node.id, node.position);
    }
    const BundleInfo info = BundleInfo::fromCase(*m_store, agency);
    runOnCase(
        tr("Exporting the chart's data"),
        [ids, positions, path, suffix, info](const CaseStore &store, Progress &progress) -> Status {
            if (suffix == QLatin1String("graphml")) {
                auto onChart = GraphSnapshot::fromCaseAmong(store, QList<EntityId>(ids.cbegin(), ids.cend()), false, &progress);
                if (!onChart)
                    return onChart.error();
                return saveFile(path, [&](QIODevice *file) { return writeGraphML(*onChart, file); });
            }
            auto data = ExchangeData::read(store, ids, &progress);
            if (!data)
                return data.error();
            data->positions = positions;
            return saveFile(path, [&](QIODevice *file) {
                return suffix == QLatin1String("anx") ? writeAnx(*data, file) : writeBundle(store, *data, info, file);
            });
        },
        [this, path, agency](const Status &status) {
            if (!status) {
                if (status.error().code == ErrorCode::Cancelled)
                    statusBar()->showMessage(status.error().message, 8000);
                else
                    showError(tr("Export chart data"), status.error());
                emit exportFinished(false);
                return;
            }
            audit(QStringLiteral("export"), QJsonObject{{QStringLiteral("file"), path},
                                                       {QStringLiteral("chart"), m_chart->name()},
                                                       {QStringLiteral("agency"), agency}});
            statusBar()->showMessage(tr("Chart data written to %1").arg(path), 8000);
            emit exportFinished(true);
        });
}

Status MainWindow::exportView(const PrintView &view, const QString &title, const QString &path)
{
    if (Status s = writable(); !s) // the export is audited in the case
        return s;
    return writeView(view, printOptions(title), path);
}

Status MainWindow::writeView(const PrintView &view, const PrintOptions &options, const QString &path)
{
    const QString title = options.fields.title;
    ChartPrinter printer(view, options);
    auto written = printer.write(path);
    if (!written)
        return written.error();
    audit(QStringLiteral("print_view"), QJsonObject{{QStringLiteral("view"), title},
                                                   {QStringLiteral("files"), QJsonArray::fromStringList(*written)}});
    statusBar()->showMessage(tr("%1 written to %2").arg(title, written->join(QStringLiteral(", "))), 8000);
    return Ok{};
}

void MainWindow::exportViewTriggered(const PrintView &view, const QString &title)
{
    printView(view, printOptions(title), PrintDialog::Target::File);
}

void MainWindow::showTimeFilter(bool shown)
{
    if (m_timeFilterAction && m_timeFilterAction->isChecked() != shown) {
        m_timeFilterAction->setChecked(shown); // comes back here through toggled
        return;
    }
    m_timeFilter->setVisible(shown);
    if (shown) {
        loadTimeFilterDays();
    } else {
        m_timeFilter->stop();
        clearTimeFilter();
    }
}

void MainWindow::loadTimeFilterDays()
{
    clearTimeFilter();
    if (!m_store)
        return;
    m_timeFilter->setZone(QTimeZone(m_store->info().timeZone.toUtf8()));
    const QList<EntityId> ids = m_chart->nodeIds();
    const QString path = m_store->path();
    const quint64 generation = ++m_timeFilterGeneration;
    runDetached<ActivityCounts>(
        this,
        [path, ids] {
            ActivityCounts counts;
            if (!ids.isEmpty())
                if (auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly))
                    if (auto read = (*store)->activity(ids))
                        counts = *read;
            return counts;
        },
        [this, generation](const ActivityCounts &counts) {
            if (generation == m_timeFilterGeneration)
                m_timeFilter->setCounts(counts);
        });
}

void MainWindow::applyTimeFilter(qint64 fromUtcMs, qint64 toUtcMs)
{
    if (!m_store)
        return;
    // The links with events in the range (and the declared ones, which have no time), found by
    // the store on a worker; drawn pairs are display ids (groups, stand-ins).
    const QList<EntityId> ids = m_chart->nodeIds();
    const QString path = m_store->path();
    const quint64 generation = ++m_timeFilterGeneration;
    runDetached<QList<Link>>(
        this,
        [path, ids, fromUtcMs, toUtcMs] {
            QList<Link> links;
            if (auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly))
                if (auto read = (*store)->linksAmong(ids, fromUtcMs, toUtcMs))
                    links = *read;
            return links;
        },
        [this, generation, fromUtcMs, toUtcMs](const QList<Link> &links) {
            if (generation != m_timeFilterGeneration)
                return;
            QSet<ChartScene::DisplayPair> active;
            for (const Link &l : links) {
                const auto a = m_chart->displayIdOf(l.from), b = m_chart->displayIdOf(l.to);
                if (a && b && *a != *b)
                    active.insert({std::min(*a, *b), std::max(*a, *b)});
            }
            m_scene->setTimeFilter(active, m_timeFilter->hidesOutside());
            m_timeline->view()->setUtcRange(fromUtcMs, toUtcMs);
            emit timeFilterApplied();
        });
}

void MainWindow::clearTimeFilter()
{
    ++m_timeFilterGeneration; // a filter still being computed is dropped
    if (m_scene)
        m_scene->setTimeFilter(std::nullopt);
    m_timeline->view()->fit();
    emit timeFilterApplied();
}

void MainWindow::autosaveNow()
{
    // A clean chart has nothing to keep; its kept copy is let go where the chart becomes clean
    // (saved or undone), not here, so an offer still on screen is not lost to the timer.
    if (!m_store || m_store->isWriteProtected() || m_chart->undoStack()->isClean())
        return;
    if (m_autosaving && !m_autosaving->isFinished())
        return; // the last copy is still being written (a very large chart): the next turn keeps this one
    // Written on a thread of its own from the chart as it is now: written here, a chart of
    // 53,806 entities and 873,149 links (66 MB) held the window 5 s every half minute.
    m_autosaving = runDetached<Status>(
        this,
        [recovery = *m_recovery, casePath = m_store->path(), chartId = m_chart->chartId(), name = m_chart->name(), json = m_chart->jsonWriter()] {
            return recovery.write(casePath, chartId, name, json());
        },
        [this](const Status &written) {
            if (!written)
                statusBar()->showMessage(written.error().oneLine(), 10000); // the edits are still in the window
        });
}

void MainWindow::waitForAutosave()
{
    if (m_autosaving)
        m_autosaving->wait();
}

void MainWindow::discardRecovery(const QString &casePath)
{
    waitForAutosave(); // a copy still being written would otherwise land after it is let go
    m_recovery->discard(casePath);
}

QMessageBox *MainWindow::recoveryBox() const { return m_recoveryBox; }

QMessageBox *MainWindow::largeExpansionBox() const { return m_largeExpansionBox; }

void MainWindow::offerRecovery()
{
    const auto saved = m_recovery->find(m_store->path());
    if (!saved)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved chart found"),
                                tr("Seagull was closed without saving the chart \"%1\" of this case. Its changes were kept at %2. Restore them?")
                                    .arg(saved->name, timetext::isoDateTime(saved->at.toLocalTime(), false)),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *restore = box->addButton(tr("Restore the changes"), QMessageBox::AcceptRole);
    box->addButton(tr("Discard them"), QMessageBox::DestructiveRole);
    box->setDefaultButton(restore);
    const QString casePath = m_store->path();
    const ChartRecovery::Saved kept = *saved;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, restore, casePath, kept](QAbstractButton *button) {
        if (!m_store || m_store->path() != casePath)
            return;
        if (button != restore) {
            discardRecovery(casePath);
            return;
        }
        if (!idleOrSaySo())
            return;
        auto chart = readChart([document = kept.document]() -> Result<QByteArray> { return document; });
        if (!chart) {
            if (!stoppedByAnalyst(chart.error()))
                showError(tr("Unsaved chart found"), chart.error());
            return;
        }
        (*chart)->setChartId(kept.chartId);
        (*chart)->setName(kept.name);
        setChart(std::move(*chart));
        m_chart->undoStack()->resetClean(); // restored, not yet saved in the case
        m_view->fitChart();
        statusBar()->showMessage(tr("The chart's changes kept at %1 are restored; save the chart to keep them in the case.")
                                     .arg(timetext::isoDateTime(kept.at.toLocalTime(), false)),
                                 0);
    });
    m_recoveryBox = box;
    box->show();
}

Status MainWindow::saveChart()
{
    if (Status s = writable(); !s)
        return s;
    // Made and written on a worker from the chart as it is now (its tables shared, not copied),
    // the window painting meanwhile and taking no edits: a chart of 51,903 entities and 835,319
    // links (64 MB of JSON) held the window 6.7 s when written here.
    auto saved = std::make_shared<qint64>(0);
    const Status written = editCase(tr("Saving the chart"), false,
                                    [saved, chartId = m_chart->chartId(), name = m_chart->name(), json = m_chart->jsonWriter()](
                                        CaseStore &store, const Progress &) -> Status {
                                        auto id = store.saveChart(chartId, name, json());
                                        if (!id)
                                            return id.error();
                                        *saved = *id;
                                        return Ok{};
                                    });
    if (!written)
        return written;
    m_chart->setChartId(*saved);
    m_chart->undoStack()->setClean();
    m_inspector->caseChanged();
    statusBar()->showMessage(tr("Chart saved in the case."), 5000);
    return Ok{};
}

void MainWindow::showError(const QString &title, const Error &error)
{
    m_lastError = error;
    emit errorShown(error.message);
    // Not blocking: the analyst reads it while the window stays usable.
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    // Copy: the sentence and the detail, for a report or a colleague; the box stays open.
    QPushButton *copy = box->addButton(tr("Copy"), QMessageBox::ActionRole);
    QObject::disconnect(copy, &QAbstractButton::clicked, nullptr, nullptr);
    connect(copy, &QAbstractButton::clicked, box, [title, error] {
        QApplication::clipboard()->setText(error.detail.isEmpty() ? QStringLiteral("%1\n%2").arg(title, error.message)
                                                                  : QStringLiteral("%1\n%2\n%3").arg(title, error.message, error.detail));
    });
    box->setWindowModality(Qt::NonModal);
    box->show();
    m_errorBox = box;
}

void MainWindow::openDemo(const QString &path)
{
    if (isBusy() || !confirmDiscardChart())
        return;
    // Written afresh each time (a case played with is not kept), in Seagull's own data folder.
    const QString target = path.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo/demo.seagull"))
        : path;
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    auto status = std::make_shared<Status>(Ok{});
    auto *task = new BackgroundTask(this, tr("Writing the demonstration case"), [target, status](Progress &progress) {
        auto written = DemoGenerator::write(target, &progress);
        *status = written ? Status(Ok{}) : Status(written.error());
    });
    m_task = task;
    updateActions();
    connect(task, &BackgroundTask::finished, this, [this, target, status] {
        updateActions();
        if (!*status) {
            showError(tr("Demonstration case"), status->error());
            return;
        }
        if (openCase(target)) {
            statusBar()->showMessage(tr("Help → Guided tour shows the main steps on this case."), 15000);
            emit demoOpened(target);
        }
    });
    task->start();
}

UserGuide *MainWindow::userGuide() const { return m_guide; }
GuidedTour *MainWindow::tour() const { return m_tourOverlay; }

void MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuide(m_languages, [this] { return Shortcuts::table(menuBar()); }, this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::startTour()
{
    if (m_tourOverlay)
        m_tourOverlay->close();
    const auto tool = [this](QAction *action) { return [this, action]() -> QWidget * { return m_toolBar->widgetForAction(action); }; };
    QList<GuidedTour::Step> steps = {
        {[this]() -> QWidget * { return m_search->findChild<QLineEdit *>(); }, tr("Search"),
         tr("Type a phone number in any format, a name, an account or an IMEI. Double-click a result, or drag it, to put it on the chart.")},
        {tool(m_expand), tr("Expand"),
         tr("Select entities on the chart and expand them (Ctrl+E) to bring in who they called, messaged or paid. "
            "Ctrl+Shift+E expands with filters: types, dates, counts, amounts.")},
        {tool(m_layoutActions.constFirst().first), tr("Layout"),
         tr("Arrange the chart (Ctrl+L). Chart → Layout has the other arrangements: hierarchy for money flows, circle, radial, grid. "
            "Pinned entities stay where you put them.")},
        {tool(m_print), tr("Print"),
         tr("Print the chart for court (Ctrl+P): paper size, title block, exhibit number, classification, several pages for a wall, "
            "and appendices listing each source and event. Preview before printing, or write PDF, SVG or PNG.")},
    };
    m_tourOverlay = new GuidedTour(this, steps);
    m_tourOverlay->start();
}

void MainWindow::showInfo(const QString &title, const QString &text, const QString &detail)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!detail.isEmpty())
        box->setDetailedText(detail);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isBusy() || !confirmDiscardChart()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("chart/expandLimit"), m_expandLimit);
    if (m_store) // closed as the analyst chose (saved or discarded): no crash to recover from
        discardRecovery(m_store->path());
    event->accept();
}

} // namespace sg

#pragma once

#include "core/chart/chartexpander.h"
#include "core/ingest/importer.h"
#include "core/layout/graphlayout.h"
#include "core/model/disposer.h"
#include "core/model/records.h"
#include "core/model/result.h"

#include "widgets/printdialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QKeySequence;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QThread;
class QTimer;
class QToolBar;

namespace sg {

class BackgroundTask;
class CaseEditing;
struct Settings;
class CaseStore;
class ChartDocument;
class ChartScene;
class MappingWizard;
class ChartView;
class InspectorPanel;
class LegendPanel;
class ActivityPanel;
class TimelinePanel;
class TimeFilterBar;
class AnalysisPanel;
class LanguageManager;
class SearchPanel;
class UserGuide;
class ChartRecovery;
class GuidedTour;

// Seagull's main window: one case, one chart at a time, with the search and inspector panels.
// Owns the case connection (CaseStore) and the chart document; long work (import, layout) runs
// on worker threads with their own connections. Remembers its geometry and docks. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    friend class CaseEditing; // reports its errors through showError

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The operations behind the menus, public for the app's command line and for tests.
    bool openCase(const QString &path);
    bool createCase(const QString &path, const CaseInfo &info);
    void importFiles(const QStringList &paths, const ImportOptions &options); // asynchronous: importFinished
    // An extraction folder as one device; afterwards its handset and owner are on the chart.
    void importFolder(const QString &folder, const ImportOptions &options);    // asynchronous: importFinished
    // A table whose columns Seagull does not know: the mapping wizard (not modal); its Import
    // imports the file with the mapping and keeps the mapping with the case. It opens by itself
    // when an import fails on such a table.
    MappingWizard *openMappingWizard(const QString &path);
    Status addToChart(const QList<EntityId> &ids, const QPointF &scenePos);
    Status expandEntities(const QList<EntityId> &ids);
    // A request that may bring more than ReadOnWorkerAbove entities (several hops, no limit, many
    // seeds) is read on a worker while the window stays live, with Cancel; more than
    // AskAbove new entities are put on the chart only when the analyst says so.
    Status expandEntities(const QList<EntityId> &ids, const ExpandFilter &filter);
    static constexpr qint64 ReadOnWorkerAbove = 1000;
    static constexpr qsizetype AskAbove = 2000;
    // The question asked before a large expansion (tests answer it).
    QMessageBox *largeExpansionBox() const;
    void runLayout(LayoutEngine engine);                                     // asynchronous: layoutFinished
    Status showOwners();
    // The parties of the events behind the selected link (cell sites that served them, ...).
    Status addLinkParties();
    // Charts of the case: a new empty one, another saved one, renaming and deleting the open one.
    bool newChart();
    bool openChart(qint64 chartId);
    Status renameChart(const QString &name);
    Status deleteChart();
    // The chart's context menu at a point of the view (also for tests).
    QMenu *contextMenuAt(const QPoint &viewPos);
    // Prints the chart: a print preview, the printer (through the print dialog) or files (.pdf,
    // .svg, .png by `file`'s extension). Asynchronous when the appendix is read: printFinished.
    void printChart(const PrintRequest &request, PrintDialog::Target target, const QString &file = {});
    // The print request the Print dialog opens with: the last page set-up, the case's fields.
    PrintRequest printRequest() const;
    // Reports as PDF: the profile of `entity`, or the case summary without one. Asynchronous:
    // reportFinished.
    void writeReport(std::optional<EntityId> entity, const QString &path);
    // The chart's entities as i2 ANX (.anx), GraphML (.graphml) or a case bundle (.sgbundle,
    // sent by `agency`), by the file's extension. Asynchronous: exportFinished.
    void exportChartData(const QString &path, const QString &agency = {});
    Status saveChart();

    // Runs `edit` with a connection of its own to the case on a worker and returns its error
    // (none when it worked) once it has ended; the window repaints meanwhile and, after half a
    // second, shows a progress dialog (with Cancel when `cancellable`). For edits that take
    // long on a big case (a merge into the busiest number) inside an undo step. Refused while
    // other long work runs.
    Status editCase(const QString &title, bool cancellable, std::function<Status(CaseStore &, const Progress &)> edit);
    // The same for reading the case (a read-only connection, with Cancel): for reads that take
    // long on a big case, whose result the caller needs before it goes on.
    Status readCase(const QString &title, std::function<Status(const CaseStore &, const Progress &)> read);

    CaseStore *store() const { return m_store.get(); }
    ChartDocument *chart() const { return m_chart.get(); }
    ChartScene *scene() const { return m_scene; }
    ChartView *view() const { return m_view; }
    SearchPanel *searchPanel() const { return m_search; }
    InspectorPanel *inspectorPanel() const { return m_inspector; }
    LegendPanel *legendPanel() const { return m_legend; }
    AnalysisPanel *analysisPanel() const { return m_analysis; }
    ActivityPanel *activityPanel() const { return m_activity; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    TimeFilterBar *timeFilterBar() const { return m_timeFilter; }
    // Help → Open the demonstration case: written afresh (to `path`, or Seagull's data folder)
    // on a worker, then opened. Asynchronous: demoOpened.
    void openDemo(const QString &path = {});
    // Help → User guide, opened (or raised) in the interface language; the shortcut chapter is
    // made from the menus.
    void showUserGuide();
    // Help → Guided tour: search, expand, layout, print, each highlighted in turn.
    void startTour();
    UserGuide *userGuide() const;
    GuidedTour *tour() const;
    QToolBar *mainToolBar() const { return m_toolBar; }
    // The error box shown last (tests press its Copy button).
    QWidget *errorBox() const { return m_errorBox; }
    // A new case's fields before it is named: the settings' region, zone and examiner.
    CaseInfo newCaseInfo(const QString &name) const;
    // Saves and applies settings: the language, the Buddhist era, the session's examiner.
    void applySettings(const Settings &settings);
    // Case data by hand: new entities, edits, links, merges, tags, notes, attachments.
    CaseEditing *caseEditing() const { return m_editing; }
    // View → Time filter: the bar under the chart, over the chart's days.
    void showTimeFilter(bool shown);
    // A view (the timeline, the activity) through the chart printer, with the title block and
    // the view's legend, to .pdf, .svg or .png; audited.
    Status exportView(const PrintView &view, const QString &title, const QString &path);
    // The same view to a print preview, the printer (through the print dialog) or a file, with
    // `options`' page set-up and title block.
    void printView(const PrintView &view, const PrintOptions &options, PrintDialog::Target target, const QString &file = {});
    // The print preview dialog opened last (tests close it).
    QWidget *printPreview() const { return m_preview; }
    Error lastError() const { return m_lastError; }
    bool isBusy() const;
    // Why the GUI thread must not write the case now (none when it may): a worker writing it
    // holds its lock, and a write from here would wait for it and then fail. idle(): whether
    // other work runs at all (opening another case waits for it too).
    Status writable() const;
    Status idle() const;
    // Whether idle(); if not, the status bar says why.
    bool idleOrSaySo();
    // Edit → Undo and Redo: a step that changes the case is refused while other work writes it;
    // a step that fails leaves the case, the chart and the undo list as they were.
    void undo();
    void redo();
    // Unsaved chart edits are kept every half minute outside the case (ChartRecovery) and
    // offered back when the case is opened after a crash. The chart is taken as it is when
    // autosaveNow() is called and written on a thread of its own; waitForAutosave() returns
    // when that is done. Tests call both.
    void autosaveNow();
    void waitForAutosave();
    QMessageBox *recoveryBox() const;
    int expandLimit() const { return m_expandLimit; }
    void setExpandLimit(int limit) { m_expandLimit = limit; }

signals:
    void caseOpened(const QString &path);
    void demoOpened(const QString &path);
    void importFinished(bool ok);
    void layoutFinished(bool ok);
    void printFinished(bool ok, int pages);
    void reportFinished(bool ok);
    void timeFilterApplied(); // the chart shows the filter's range (or everything again)
    void exportFinished(bool ok);
    void errorShown(const QString &message);
    void mappingWizardOpened(sg::MappingWizard *wizard);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The question before adding more than AskAbove entities: add the first AskAbove (offered
    // when `offerFirst`), all of them, or nothing (the status bar says so).
    enum class LargeAnswer { Nothing, First, All };
    LargeAnswer askAboutLarge(const QString &title, const QString &question, const QString &detail, bool offerFirst);
    // Whether `read` was stopped by the analyst's Cancel (the status bar then says so).
    bool stoppedByAnalyst(const Status &read);
    // Brings the entities expanded and those the expansion added into view.
    void showExpansion(const QList<EntityId> &ids, const ChartExpander::Plan &plan);
    // An action owned by the window, its text set by retranslateUi().
    QAction *newAction(const QKeySequence &shortcut = {});
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateTitle();
    void updateActions();
    void setChart(std::unique_ptr<ChartDocument> chart);
    bool confirmDiscardChart();
    void showError(const QString &title, const Error &error);
    void showInfo(const QString &title, const QString &text, const QString &detail);
    void selectionChanged();

    void newCaseTriggered();
    void settingsTriggered();
    void openCaseTriggered();
    void importTriggered();
    void importFolderTriggered();
    void importTableTriggered();
    void startImport(const QStringList &files, const QString &folder, const ImportOptions &options);
    void printTriggered();
    void reportTriggered(bool summary);
    void exportDataTriggered();
    void exportViewTriggered(const PrintView &view, const QString &title);
    void printViewTriggered(const PrintView &view, const QString &title);
    // A view to .pdf, .svg or .png with `options`' page set-up and title block; audited.
    Status writeView(const PrintView &view, const PrintOptions &options, const QString &path);
    // The pages of `printer` to a preview (true at once) or the printer chosen in Qt's print
    // dialog (false when cancelled); `audit` records where they went.
    bool sendToPrinter(std::shared_ptr<ChartPrinter> printer, const PrintOptions &options, bool preview, const QString &title,
                       const std::function<void(const QString &)> &audit);
    // What a print starts from: the last page set-up, exhibit and classification, the case's
    // fields with this title.
    PrintOptions printOptions(const QString &title) const;
    // Records `action` in the case's audit log after the work it names is done; a record that
    // cannot be made is said (the work stays done).
    void audit(const QString &action, const QJsonObject &details);
    // A .pdf, .svg or .png to write, asked for; empty when cancelled.
    QString askForPrintFile(const QString &caption, const QString &name);
    // Runs `work` with its own read-only connection to the case on a worker; `done` gets its
    // error (none when it worked) back on the GUI thread.
    void runOnCase(const QString &title, std::function<Status(const CaseStore &, Progress &)> work, std::function<void(const Status &)> done);
    // A task (not started) that opens the case on its worker, read-only or not, as this window's
    // examiner, and keeps what `work` returns, or why the case could not be opened, in `status`.
    BackgroundTask *caseTask(const QString &title, bool readOnly, std::function<Status(CaseStore &, Progress &)> work, std::shared_ptr<Status> status);
    // editCase() and readCase(): `work` on a worker with a connection of its own.
    Status waitOnCase(const QString &title, bool readOnly, bool cancellable, std::function<Status(CaseStore &, const Progress &)> work);
    void expandSelectedTriggered();
    void expandFilteredTriggered();
    void removeSelectedTriggered();
    void createChartActions();
    void retranslateChartActions();
    void fillChartsMenu();
    void groupSelectedTriggered();
    void addNoteAt(const QPointF &scenePos);
    void editNote(qint64 noteId);
    void colourSelectedTriggered();
    void findOnChartTriggered();
    void collapseSelectedTriggered(bool collapse);

    LanguageManager *m_languages;
    PrintRequest m_lastPrint; // page set-up, exhibit and classification carry over between prints
    std::unique_ptr<CaseStore> m_store;
    // Frees what the scene of a chart let go held (ChartScene::letGo); waits for that when the
    // window goes.
    Disposer m_disposer;
    std::unique_ptr<ChartDocument> m_chart;
    ChartScene *m_scene = nullptr;
    ChartView *m_view;
    SearchPanel *m_search;
    InspectorPanel *m_inspector;
    QDockWidget *m_searchDock;
    QDockWidget *m_inspectorDock;
    LegendPanel *m_legend;
    QDockWidget *m_legendDock;
    AnalysisPanel *m_analysis;
    QDockWidget *m_analysisDock;
    ActivityPanel *m_activity;
    QDockWidget *m_activityDock;
    TimelinePanel *m_timeline;
    QDockWidget *m_timelineDock;
    TimeFilterBar *m_timeFilter;
    QAction *m_timeFilterAction = nullptr;
    quint64 m_timeFilterGeneration = 0;
    void loadTimeFilterDays();
    void applyTimeFilter(qint64 fromUtcMs, qint64 toUtcMs);
    void clearTimeFilter();
    QLabel *m_statusCase;
    QLabel *m_statusDrawing; // links of a large change still being drawn
    void drawingProgress(qsizetype done, qsizetype total);
    QPointer<BackgroundTask> m_task;
    QPointer<QWidget> m_preview;
    CaseEditing *m_editing = nullptr;
    Error m_lastError;
    int m_expandLimit = 50;
    QPointer<QMessageBox> m_largeExpansionBox;
    std::unique_ptr<ChartRecovery> m_recovery;
    QTimer *m_autosave = nullptr;
    QPointer<QThread> m_autosaving;
    void discardRecovery(const QString &casePath);
    QPointer<QMessageBox> m_recoveryBox;
    // The saved chart `chartId` of the case at `casePath`, read on a worker while the window
    // waits, live, with Cancel (ErrorCode::Cancelled).
    Result<std::unique_ptr<ChartDocument>> readChart(const QString &casePath, qint64 chartId);
    // The chart that `json` gives (called on the worker), read the same way.
    Result<std::unique_ptr<ChartDocument>> readChart(std::function<Result<QByteArray>()> json);
    void offerRecovery();

    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_chartMenu = nullptr, *m_layoutMenu = nullptr,
          *m_viewMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_newCase = nullptr, *m_openCase = nullptr, *m_import = nullptr, *m_importFolder = nullptr, *m_importTable = nullptr, *m_saveChart = nullptr,
            *m_print = nullptr, *m_profileReport = nullptr, *m_summaryReport = nullptr, *m_exportData = nullptr, *m_quit = nullptr, *m_undo = nullptr, *m_redo = nullptr,
            *m_remove = nullptr, *m_selectAll = nullptr, *m_expand = nullptr, *m_fit = nullptr,
            *m_zoomIn = nullptr, *m_zoomOut = nullptr, *m_about = nullptr;
    QList<std::pair<QAction *, LayoutEngine>> m_layoutActions;
    QMenu *m_chartsMenu = nullptr, *m_selectMenu = nullptr, *m_selectTypeMenu = nullptr, *m_iconMenu = nullptr,
          *m_linksMenu = nullptr;
    QAction *m_newChart = nullptr, *m_renameChart = nullptr, *m_deleteChart = nullptr, *m_expandFiltered = nullptr,
            *m_selectNeighbours = nullptr, *m_invertSelection = nullptr, *m_findOnChart = nullptr,
            *m_zoomSelection = nullptr, *m_hide = nullptr, *m_showAll = nullptr, *m_pin = nullptr, *m_unpin = nullptr,
            *m_group = nullptr, *m_ungroup = nullptr, *m_collapse = nullptr, *m_expandGroup = nullptr, *m_addNote = nullptr,
            *m_colour = nullptr, *m_resetStyle = nullptr, *m_showOwners = nullptr, *m_restoreReplaced = nullptr,
            *m_linkPerPair = nullptr, *m_linkPerDirection = nullptr, *m_linkPerEvent = nullptr, *m_widthFixed = nullptr,
            *m_widthCount = nullptr, *m_widthAmount = nullptr, *m_editNote = nullptr, *m_removeNote = nullptr,
            *m_linkParties = nullptr;
    QList<std::pair<QAction *, EntityType>> m_selectTypeActions;
    QList<std::pair<QAction *, EntityType>> m_iconActions;
    ExpandFilter m_lastFilter;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_buddhistEra = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_userGuide = nullptr;
    QAction *m_tour = nullptr;
    QPointer<QWidget> m_errorBox;
    QPointer<UserGuide> m_guide;
    QPointer<GuidedTour> m_tourOverlay;
    QToolBar *m_toolBar = nullptr;
};

} // namespace sg

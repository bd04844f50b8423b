#pragma once

#include "core/graph/graphsnapshot.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace sg {

class BackgroundTask;
class CaseStore;
class ChartDocument;

// The analysis panel: runs a measure, a path search or common contacts (core/graph) over the
// entities on the chart or the whole case, on a worker thread with progress and Cancel, and
// lists the results in a sortable table. Rows select their entities on the chart; results can
// be added to the chart, and the chart's entities sized or coloured by the measure (one
// undoable edit each). GUI thread.
class AnalysisPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisPanel(QWidget *parent = nullptr);
    ~AnalysisPanel() override;

    // The case (read on the worker through its own connection) and the chart shown.
    void setCase(const QString &casePath);
    void setChart(ChartDocument *chart);
    // Where the panel learns which entities are selected on the chart.
    void setSelection(std::function<QList<EntityId>()> selection) { m_selection = std::move(selection); }

    // What the panel runs, by the name the CLI uses ("betweenness", ...) or "path", "kpaths",
    // "timepath", "network". For the GUI's Run button and for tests.
    void run(const QString &what);
    bool isRunning() const;
    enum class Scope { Chart, Case };
    void setScope(Scope scope);

    // The rows listed: entity and value, in the table's current order.
    struct Row
    {
        EntityId id = 0;
        double value = 0;
        QString text; // the value as shown
    };
    QList<Row> rows() const;
    QString summary() const;

    // Sizes (scale 0.6–2.4 by rank of the value) or colours (a ramp, or one colour per group)
    // the chart's entities by the last result; one undoable edit.
    void sizeChartByResult();
    void colourChartByResult();
    // moneyOverTime for the selected rows, or all of them (a trace's without its start).
    void showMoneyOverTime();

signals:
    void finished(bool ok);
    void selectOnChart(const QList<sg::EntityId> &ids);
    void addToChart(const QList<sg::EntityId> &ids);
    void failed(const QString &title, const QString &message);
    // A money trace was added to the chart: lay it out as a hierarchy (dot, left to right).
    void drawHierarchy();
    // Money over time of these entities taken as one (a trace's accounts, mules).
    void moneyOverTime(const QList<sg::EntityId> &ids, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Result;
    class ResultModel;
    void retranslate();
    void updateOptions();
    void show(const Result &result);
    // Fraud patterns (core/graph/patterns.h) as rows; on the worker thread.
    static sg::Result<Result> sharedDevices(const CaseStore &store, const QString &title);
    static void patternLines(const QString &what, const GraphSnapshot &g, const QList<EntityId> &selected, qint64 windowMs, Result &out);
    QList<EntityId> selectedRows() const;
    // The lowest and highest value of the last result among the chart's entities.
    std::pair<double, double> chartRange() const;

    QString m_casePath;
    QPointer<ChartDocument> m_chart;
    std::function<QList<EntityId>()> m_selection;
    QPointer<BackgroundTask> m_task;
    QComboBox *m_scope;
    QComboBox *m_measure;
    QComboBox *m_direction;
    QSpinBox *m_window;
    QCheckBox *m_moneyOnly;
    QPushButton *m_run;
    QLabel *m_summary;
    QTreeView *m_results;
    ResultModel *m_model;
    QPushButton *m_select;
    QPushButton *m_add;
    QPushButton *m_size;
    QPushButton *m_colour;
    QPushButton *m_money;
    QLabel *m_scopeLabel;
    QLabel *m_measureLabel;
    QLabel *m_directionLabel;
    QLabel *m_windowLabel;
    std::unique_ptr<Result> m_last;
};

} // namespace sg

#pragma once

#include "core/model/records.h"
#include "widgets/chartprinter.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace sg {

class ChartDocument;

// Hour of day × weekday counts, shaded: shift work in a compound shows as a block. GUI thread.
class HeatMatrix : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMatrix(QWidget *parent = nullptr);
    void setCounts(const ActivityCounts &counts);
    // "Tue 09:00–10:00: 12 events", for the tooltip (and tests).
    QString cellText(int weekday, int hour) const;
    QSize sizeHint() const override { return {520, 190}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF cell(int weekday, int hour) const;
    ActivityCounts m_counts;
};

// Events per day over the period, as bars. GUI thread.
class DayHistogram : public QWidget
{
    Q_OBJECT

public:
    explicit DayHistogram(QWidget *parent = nullptr);
    void setCounts(const ActivityCounts &counts);
    QSize sizeHint() const override { return {520, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plot() const;
    ActivityCounts m_counts;
};

// The Activity panel: when the selected entities, the chart's entities or the whole case were
// active, in the local time of each record (the heat matrix and the daily histogram). Counted
// by the case store on a worker thread with its own connection; follows the selection and the
// chart. GUI thread.
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { Selection, Chart, Case };

    explicit ActivityPanel(QWidget *parent = nullptr);
    ~ActivityPanel() override;

    void setCase(const QString &casePath);
    void setChart(ChartDocument *chart);
    void setSelection(std::function<QList<EntityId>()> selection) { m_selection = std::move(selection); }
    void setScope(Scope scope);
    // Counts again for the current scope (soon after the selection or the chart changes).
    void refresh();
    void selectionChanged();

    const ActivityCounts &counts() const { return m_counts; }
    HeatMatrix *heatMatrix() const { return m_matrix; }
    QString summary() const;
    // The matrix over the histogram, for a printed page, with a legend.
    PrintView printView() const;

signals:
    void updated();
    void exportRequested();
    void printRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const ActivityCounts &counts);

    QString m_casePath;
    QPointer<ChartDocument> m_chart;
    std::function<QList<EntityId>()> m_selection;
    QComboBox *m_scope;
    QLabel *m_summary;
    HeatMatrix *m_matrix;
    DayHistogram *m_days;
    QPushButton *m_printButton;
    QPushButton *m_exportButton;
    QTimer *m_soon;
    ActivityCounts m_counts;
    quint64 m_generation = 0; // results of an older request are dropped
};

} // namespace sg

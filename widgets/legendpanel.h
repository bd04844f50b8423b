#pragma once

#include <QPointer>
#include <QWidget>

class QListWidget;

namespace sg {

class ChartDocument;

// The chart's legend on screen: the entity types drawn (with their icons and how many), groups,
// and what the line styles and marks mean, as the printed legend says. Follows the chart it is
// given. GUI thread.
class LegendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LegendPanel(QWidget *parent = nullptr);

    void setChart(ChartDocument *chart);
    // The lines shown, made now if out of date (for tests).
    QStringList entries();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Marks the legend out of date. It looks at every link drawn (0.25 s on a chart of 873,149
    // links) and one change can signal three times, so it is made again once, after the change's
    // events, and only while it is seen.
    void refresh();
    void makeEntries();

    QPointer<ChartDocument> m_chart;
    QListWidget *m_list;
    bool m_stale = true;
    bool m_scheduled = false;
};

} // namespace sg

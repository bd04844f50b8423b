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
    QStringList entries() const; // the lines shown, for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<ChartDocument> m_chart;
    QListWidget *m_list;
};

} // namespace sg

#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace sg {

class ChartScene;

struct PrintOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QMarginsF margins = QMarginsF(12, 12, 12, 12); // millimetres
    QString title;       // chart title
    QString caseName;
    QString caseNumber;
    QString examiner;
    QDateTime printedAt; // defaults to now
};

// Draws a chart for court: title block (chart, case, examiner, time of printing with its zone,
// page x of y), the chart scaled to fit, and a legend of the entity types on it. The one
// renderer behind File → Export, print preview and `seagull-cli chart`. GUI thread.
class ChartPrinter
{
    Q_DECLARE_TR_FUNCTIONS(sg::ChartPrinter)

public:
    ChartPrinter(ChartScene *scene, PrintOptions options);

    Status exportPdf(const QString &path) const;
    // Paints onto any paged device (a QPrinter, a QPdfWriter).
    Status print(QPagedPaintDevice *device) const;

private:
    void paintPage(QPainter *painter, const QRectF &page, int pageNumber, int pageCount) const;

    ChartScene *m_scene;
    PrintOptions m_options;
};

} // namespace sg

#pragma once

#include "widgets/chartprinter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace sg {

// What to print and how: the page set-up, tiles, the title block's fields and the appendix.
struct PrintRequest
{
    PrintOptions options;
    bool sources = true; // appendix: the sources behind the chart
    bool events = false; // appendix: the events behind each link
};

// File → Print: page set-up (paper, orientation, margins, one page or columns × rows of tiles
// with overlap and cut marks), the title block's fields (filled from the case, editable for this
// print) and the appendix; then Preview, Print or Export (PDF, SVG, PNG). Modal; GUI thread.
class PrintDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Target { Preview, Printer, File };

    PrintDialog(const PrintRequest &initial, QWidget *parent = nullptr);

    PrintRequest request() const;
    Target target() const { return m_target; }

    // For tests: the widgets.
    QComboBox *paperBox() const { return m_paper; }
    QComboBox *orientationBox() const { return m_orientation; }
    QSpinBox *columnsBox() const { return m_columns; }
    QSpinBox *rowsBox() const { return m_rows; }
    QLineEdit *exhibitEdit() const { return m_exhibit; }
    QComboBox *classificationBox() const { return m_classification; }
    QCheckBox *eventsBox() const { return m_events; }
    void choose(Target target);
    // Views other than the chart have no appendix.
    void setAppendixShown(bool shown);

private:
    void updateTiles();

    Target m_target = Target::Preview;
    QDateTime m_printedAt;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QDoubleSpinBox *m_margin;
    QSpinBox *m_columns;
    QSpinBox *m_rows;
    QDoubleSpinBox *m_overlap;
    QCheckBox *m_cutMarks;
    QLineEdit *m_title;
    QLineEdit *m_caseName;
    QLineEdit *m_caseNumber;
    QLineEdit *m_exhibit;
    QLineEdit *m_examiner;
    QComboBox *m_classification;
    QCheckBox *m_sources;
    QCheckBox *m_events;
    QWidget *m_appendix = nullptr;
};

} // namespace sg

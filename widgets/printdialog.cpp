#include "widgets/printdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sg {

PrintDialog::PrintDialog(const PrintRequest &initial, QWidget *parent)
    : QDialog(parent)
    , m_printedAt(initial.options.fields.printedAt)
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_margin(new QDoubleSpinBox(this))
    , m_columns(new QSpinBox(this))
    , m_rows(new QSpinBox(this))
    , m_overlap(new QDoubleSpinBox(this))
    , m_cutMarks(new QCheckBox(tr("Cut marks"), this))
    , m_title(new QLineEdit(initial.options.fields.title, this))
    , m_caseName(new QLineEdit(initial.options.fields.caseName, this))
    , m_caseNumber(new QLineEdit(initial.options.fields.caseNumber, this))
    , m_exhibit(new QLineEdit(initial.options.fields.exhibit, this))
    , m_examiner(new QLineEdit(initial.options.fields.examiner, this))
    , m_classification(new QComboBox(this))
    , m_sources(new QCheckBox(tr("The sources behind the chart (file, format, SHA-256, importer, import time, examiner)"), this))
    , m_events(new QCheckBox(tr("The events behind each link"), this))
{
    setWindowTitle(tr("Print chart"));
    const PrintOptions &o = initial.options;
    for (const QString &name : paperNames())
        m_paper->addItem(name, name);
    for (int i = 0; i < m_paper->count(); ++i) {
        if (QPageSize(*paperFromName(m_paper->itemData(i).toString())).id() == o.pageSize.id())
            m_paper->setCurrentIndex(i);
    }
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(o.orientation == QPageLayout::Portrait ? 1 : 0);
    m_margin->setRange(0, 100);
    m_margin->setSuffix(tr(" mm"));
    m_margin->setValue(o.margins.left());
    m_columns->setRange(1, 20);
    m_columns->setValue(o.columns);
    m_rows->setRange(1, 20);
    m_rows->setValue(o.rows);
    m_overlap->setRange(0, 100);
    m_overlap->setSuffix(tr(" mm"));
    m_overlap->setValue(o.overlap);
    m_cutMarks->setChecked(o.cutMarks);
    m_classification->setEditable(true);
    m_classification->addItems({QString(), tr("UNCLASSIFIED"), tr("RESTRICTED"), tr("CONFIDENTIAL"), tr("SECRET")});
    m_classification->setCurrentText(o.fields.classification);
    m_sources->setChecked(initial.sources);
    m_events->setChecked(initial.events);

    auto *page = new QGroupBox(tr("Page"), this);
    auto *pageForm = new QFormLayout(page);
    pageForm->addRow(tr("Paper:"), m_paper);
    pageForm->addRow(tr("Orientation:"), m_orientation);
    pageForm->addRow(tr("Margins:"), m_margin);
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(m_columns);
    tiles->addWidget(new QLabel(tr("across ×"), this));
    tiles->addWidget(m_rows);
    tiles->addWidget(new QLabel(tr("down"), this));
    tiles->addStretch();
    pageForm->addRow(tr("Pages:"), tiles);
    pageForm->addRow(tr("Overlap:"), m_overlap);
    pageForm->addRow(QString(), m_cutMarks);

    auto *block = new QGroupBox(tr("Title block"), this);
    auto *blockForm = new QFormLayout(block);
    blockForm->addRow(tr("Chart title:"), m_title);
    blockForm->addRow(tr("Case name:"), m_caseName);
    blockForm->addRow(tr("Case number:"), m_caseNumber);
    blockForm->addRow(tr("Exhibit:"), m_exhibit);
    blockForm->addRow(tr("Examiner:"), m_examiner);
    blockForm->addRow(tr("Classification:"), m_classification);

    auto *appendix = new QGroupBox(tr("Appendix"), this);
    m_appendix = appendix;
    auto *appendixLayout = new QVBoxLayout(appendix);
    appendixLayout->addWidget(m_sources);
    appendixLayout->addWidget(m_events);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *preview = buttons->addButton(tr("Preview…"), QDialogButtonBox::AcceptRole);
    QPushButton *print = buttons->addButton(tr("Print…"), QDialogButtonBox::AcceptRole);
    QPushButton *file = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    preview->setDefault(true);
    file->setToolTip(tr("Write the pages as PDF, SVG or PNG"));
    connect(preview, &QPushButton::clicked, this, [this] { choose(Target::Preview); });
    connect(print, &QPushButton::clicked, this, [this] { choose(Target::Printer); });
    connect(file, &QPushButton::clicked, this, [this] { choose(Target::File); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_columns, &QSpinBox::valueChanged, this, &PrintDialog::updateTiles);
    connect(m_rows, &QSpinBox::valueChanged, this, &PrintDialog::updateTiles);

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(page);
    columns->addWidget(block);
    layout->addLayout(columns);
    layout->addWidget(appendix);
    layout->addWidget(buttons);
    updateTiles();
}

void PrintDialog::choose(Target target)
{
    m_target = target;
    accept();
}

void PrintDialog::updateTiles()
{
    const bool tiled = m_columns->value() * m_rows->value() > 1;
    m_overlap->setEnabled(tiled);
    m_cutMarks->setEnabled(tiled);
}

PrintRequest PrintDialog::request() const
{
    PrintRequest r;
    PrintOptions &o = r.options;
    o.pageSize = *paperFromName(m_paper->currentData().toString());
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    const double margin = m_margin->value();
    o.margins = QMarginsF(margin, margin, margin, margin);
    o.columns = m_columns->value();
    o.rows = m_rows->value();
    o.overlap = m_overlap->value();
    o.cutMarks = m_cutMarks->isChecked();
    o.fields.title = m_title->text().trimmed();
    o.fields.caseName = m_caseName->text().trimmed();
    o.fields.caseNumber = m_caseNumber->text().trimmed();
    o.fields.exhibit = m_exhibit->text().trimmed();
    o.fields.examiner = m_examiner->text().trimmed();
    o.fields.classification = m_classification->currentText().trimmed();
    o.fields.printedAt = m_printedAt;
    r.sources = m_sources->isChecked();
    r.events = m_events->isChecked();
    return r;
}

void PrintDialog::setAppendixShown(bool shown)
{
    m_appendix->setVisible(shown);
    if (!shown) {
        m_sources->setChecked(false);
        m_events->setChecked(false);
    }
}

} // namespace sg

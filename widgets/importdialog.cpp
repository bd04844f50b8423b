#include "widgets/importdialog.h"

#include "core/ingest/importservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>

namespace sg {

ImportDialog::ImportDialog(const QStringList &files, const ImportOptions &defaults, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_zone(new QComboBox(this))
{
    setWindowTitle(tr("Import evidence"));
    auto *form = new QFormLayout(this);
    QStringList names;
    for (const QString &file : files)
        names << QFileInfo(file).fileName();
    auto *fileLabel = new QLabel(names.join(QLatin1Char('\n')), this);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Files:"), fileLabel);

    m_format->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    for (const auto &importer : createImporters())
        m_format->addItem(importer->displayName(), importer->format());
    form->addRow(tr("Format:"), m_format);

    const std::pair<const char *, QString> regions[] = {
        {"KH", tr("Cambodia")}, {"CN", tr("China")}, {"LA", tr("Laos")},
        {"MM", tr("Myanmar")},  {"TH", tr("Thailand")}, {"VN", tr("Vietnam")},
    };
    for (const auto &[code, name] : regions)
        m_region->addItem(QStringLiteral("%1 (%2)").arg(name, QLatin1String(code)), QString::fromLatin1(code));
    m_region->setEditable(true);
    const int regionIndex = m_region->findData(defaults.region.toUpper());
    if (regionIndex >= 0)
        m_region->setCurrentIndex(regionIndex);
    else
        m_region->setEditText(defaults.region);
    m_region->setToolTip(tr("Numbers written without a country code are read as numbers of this country."));
    form->addRow(tr("Region of the numbers:"), m_region);

    for (const char *zone : {"Asia/Phnom_Penh", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Vientiane", "Asia/Yangon",
                             "Asia/Shanghai", "UTC"})
        m_zone->addItem(QString::fromLatin1(zone));
    m_zone->setEditable(true);
    m_zone->setCurrentText(defaults.timeZone);
    m_zone->setToolTip(tr("Times in the file without an offset are local times in this zone."));
    form->addRow(tr("Time zone of the records:"), m_zone);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.format = m_format->currentData().toString();
    const QVariant region = m_region->currentData();
    options.region = m_region->currentIndex() >= 0 && m_region->currentText() == m_region->itemText(m_region->currentIndex())
        ? region.toString()
        : m_region->currentText().trimmed().toUpper();
    options.timeZone = m_zone->currentText().trimmed();
    return options;
}

} // namespace sg

#include "widgets/settingsdialog.h"

#include "core/normalize/phonenormalizer.h"
#include "widgets/languagemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sg {

namespace {

// The six countries' regions and zones first; any other can be typed.
const char *const Regions[] = {"KH", "TH", "VN", "CN", "LA", "MM"};
const char *const Zones[] = {"Asia/Phnom_Penh", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Shanghai", "Asia/Vientiane", "Asia/Yangon"};

} // namespace

Settings Settings::load()
{
    QSettings s;
    Settings settings;
    settings.language = s.value(QStringLiteral("language"), settings.language).toString();
    settings.examiner = s.value(QStringLiteral("examiner")).toString();
    settings.region = s.value(QStringLiteral("newCase/region"), settings.region).toString();
    settings.timeZone = s.value(QStringLiteral("newCase/timeZone"), settings.timeZone).toString();
    settings.buddhistEra = s.value(QStringLiteral("display/buddhistEra"), false).toBool();
    return settings;
}

void Settings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("language"), language);
    s.setValue(QStringLiteral("examiner"), examiner);
    s.setValue(QStringLiteral("newCase/region"), region);
    s.setValue(QStringLiteral("newCase/timeZone"), timeZone);
    s.setValue(QStringLiteral("display/buddhistEra"), buddhistEra);
    s.setValue(QStringLiteral("firstRunDone"), true);
}

bool Settings::firstRunDone() { return QSettings().value(QStringLiteral("firstRunDone"), false).toBool(); }

SettingsDialog::SettingsDialog(const Settings &initial, bool firstRun, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_examiner(new QLineEdit(initial.examiner, this))
    , m_region(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_era(new QCheckBox(tr("Years in the Thai Buddhist era (B.E. = C.E. + 543)"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(firstRun ? tr("Welcome to Seagull") : tr("Settings"));
    // Each language in its own script, so that anyone can find theirs.
    for (const QString &language : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(initial.language)));
    m_examiner->setPlaceholderText(tr("Your name and rank, as they should appear in audits and prints"));
    m_region->setEditable(true);
    for (const char *region : Regions)
        m_region->addItem(QString::fromLatin1(region));
    m_region->setCurrentText(initial.region);
    m_region->setToolTip(tr("The country code that numbers without one belong to, in new cases"));
    m_zone->setEditable(true);
    for (const char *zone : Zones)
        m_zone->addItem(QString::fromLatin1(zone));
    m_zone->setCurrentText(initial.timeZone);
    m_zone->setToolTip(tr("The time zone of local times in new cases (IANA name)"));
    m_era->setChecked(initial.buddhistEra);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    if (firstRun) {
        auto *welcome = new QLabel(tr("Seagull keeps each case in one file on this computer and never connects to a network. "
                                      "Choose your language and say who you are; everything here can be changed later in Settings."),
                                   this);
        welcome->setWordWrap(true);
        layout->addWidget(welcome);
    }
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("Language / 语言 / ภาษา / Ngôn ngữ / ភាសា / ພາສາ / ဘာသာ:"), m_language);
    form->addRow(tr("Examiner:"), m_examiner);
    form->addRow(tr("Region of new cases:"), m_region);
    form->addRow(tr("Time zone of new cases:"), m_zone);
    form->addRow(QString(), m_era);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    resize(560, firstRun ? 320 : 260);
}

Settings SettingsDialog::settings() const
{
    Settings s;
    s.language = m_language->currentData().toString();
    s.examiner = m_examiner->text().trimmed();
    s.region = m_region->currentText().trimmed().toUpper();
    s.timeZone = m_zone->currentText().trimmed();
    s.buddhistEra = m_era->isChecked();
    return s;
}

void SettingsDialog::accept()
{
    const Settings s = settings();
    if (!PhoneNormalizer::isKnownRegion(s.region)) {
        m_problem->setText(tr("%1 is not a region code (such as KH, TH, VN, CN, LA, MM).").arg(s.region));
        m_problem->show();
        return;
    }
    if (!QTimeZone(s.timeZone.toUtf8()).isValid()) {
        m_problem->setText(tr("%1 is not a time zone (such as Asia/Phnom_Penh).").arg(s.timeZone));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace sg

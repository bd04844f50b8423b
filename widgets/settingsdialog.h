#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sg {

// What the analyst chooses once and can change in Settings: the interface language, their name
// as examiner (recorded with imports, edits and prints), the region and time zone new cases
// start with, and years in the Thai Buddhist era. Kept in QSettings, never taken from the
// operating system.
struct Settings
{
    QString language = QStringLiteral("en");
    QString examiner;
    QString region = QStringLiteral("KH");
    QString timeZone = QStringLiteral("Asia/Phnom_Penh");
    bool buddhistEra = false;

    static Settings load();
    void save() const;
    // Whether the analyst has been through the first start (the settings were saved once).
    static bool firstRunDone();
};

// Settings, and the first start's welcome: each language named in its own script, the examiner,
// the default region and zone for new cases, the Buddhist-era option. Modal; GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Settings &initial, bool firstRun = false, QWidget *parent = nullptr);

    Settings settings() const;
    void accept() override;

    // For tests: the widgets.
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *examinerEdit() const { return m_examiner; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *zoneBox() const { return m_zone; }
    QCheckBox *eraBox() const { return m_era; }

private:
    QComboBox *m_language;
    QLineEdit *m_examiner;
    QComboBox *m_region;
    QComboBox *m_zone;
    QCheckBox *m_era;
    QLabel *m_problem;
};

} // namespace sg

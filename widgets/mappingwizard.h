#pragma once

#include "core/ingest/importer.h"
#include "core/ingest/tablemapping.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace sg {

// Maps the columns of a table Seagull does not recognise: shows its first rows, lets the
// analyst say which row is the header and what each column holds (accounts, amount or
// debit/credit, date, ...), with the currency, institution and date order, and previews what
// the first rows would become by importing them into a scratch case. The result is a
// TableMapping, saved to a file on request and with the case on import. GUI thread.
class MappingWizard : public QDialog
{
    Q_OBJECT

public:
    MappingWizard(const QString &path, const ImportOptions &defaults, QWidget *parent = nullptr);

    QJsonObject mapping() const;
    QString path() const { return m_path; }

    // For tests and scripts: the same as choosing in the dialog.
    void setHeaderRow(int row);
    void setRole(int column, std::optional<MoneyRole> role);
    // Call records instead of transfers; roles then are TableMapping::callRoles().
    void setCallRecords(bool calls);
    void setCallRole(int column, const QString &role);
    int columnCount() const;
    // What the preview found, as shown, and the first events it would create.
    QString previewText() const;
    int previewEventCount() const;
    bool isReady() const;

public slots:
    void refreshPreview();
    void saveToFile();

private:
    void loadRows();
    void fillTable();
    void applyMapping(const TableMapping &mapping);
    std::optional<MoneyRole> roleOf(int column) const;
    QStringList headers() const;

    QString m_path;
    ImportOptions m_defaults;
    QList<QStringList> m_rows;
    QString m_loadError;
    bool calls() const;
    QString callRoleOf(int column) const;

    QComboBox *m_kind;
    QComboBox *m_sheet;
    QSpinBox *m_headerRow;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_institution;
    QLineEdit *m_currency;
    QComboBox *m_dates;
    QComboBox *m_decimal;
    QCheckBox *m_statement;
    QLineEdit *m_account;
    QLabel *m_preview;
    QTableWidget *m_sample; // the first events the preview created
    QList<QComboBox *> m_roles;
    bool m_ready = false;
};

// The translated name of a column role, as the wizard lists it.
QString moneyRoleDisplayName(MoneyRole role);
QString callRoleDisplayName(const QString &role);

} // namespace sg

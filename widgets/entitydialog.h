#pragma once

#include "core/store/caseeditor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sg {

// A form for an entity the analyst adds or edits: its type, number or identifier, name in any
// script, other names, facts (nationality, date of birth, identity documents, address and
// coordinates, plate...) and the authority for them ("interview of witness 3"). Doubtful input
// (a number that does not validate, an IMEI with a wrong check digit, a date in the future) is
// shown as a warning on the first OK and accepted on the second. Editing keeps the type and the
// identifier. Modal; GUI thread.
class EntityDialog : public QDialog
{
    Q_OBJECT

public:
    // `checker` validates as the case will (CaseEditor::check); null skips the warnings.
    EntityDialog(EntityType type, std::function<Result<CaseEditor::Checked>(const ManualEntity &)> checker, QWidget *parent = nullptr);
    // Editing `entity`, whose analyst-stated facts are `attributes`.
    void setEditing(const Entity &entity, const QList<std::pair<QString, QString>> &attributes);

    ManualEntity entity() const;
    void accept() override;

    // The facts a form suggests for a type (the rows offered before the analyst types).
    static QStringList suggestedAttributes(EntityType type);
    // For tests: the widgets.
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *aliasesEdit() const { return m_aliases; }
    QTableWidget *attributeTable() const { return m_attributes; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *warningLabel() const { return m_warning; }

private:
    void typeChanged();
    void setAttributeRows(const QList<std::pair<QString, QString>> &rows);

    std::function<Result<CaseEditor::Checked>(const ManualEntity &)> m_checker;
    QComboBox *m_type;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QPlainTextEdit *m_aliases;
    QTableWidget *m_attributes;
    QLineEdit *m_note;
    QLabel *m_keyLabel;
    QLabel *m_warning;
    QPushButton *m_ok;
    QString m_warned; // the entry the warnings were shown for
    bool m_editing = false;
};

} // namespace sg

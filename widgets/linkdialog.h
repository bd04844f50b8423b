#pragma once

#include "core/store/caseeditor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace sg {

// A link the analyst states between two entities: its kind (owns, uses, member of, located at,
// associate, same as, family of, employed by), its direction, how sure (confirmed, probable,
// possible: drawn solid, dashed, dotted), an optional date range and the authority. Modal; GUI
// thread.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(const Entity &from, const Entity &to, QWidget *parent = nullptr);

    ManualLink link() const;
    void accept() override;

    // For tests: the widgets.
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *confidenceBox() const { return m_confidence; }
    QCheckBox *fromBox() const { return m_useFrom; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *toBox() const { return m_useTo; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *noteEdit() const { return m_note; }
    void swap();

private:
    void showDirection();

    Entity m_a;
    Entity m_b;
    QLabel *m_direction;
    QComboBox *m_kind;
    QComboBox *m_confidence;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLineEdit *m_note;
    QLabel *m_problem;
};

} // namespace sg

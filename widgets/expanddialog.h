#pragma once

#include "core/model/records.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sg {

// Expand with filters: hops, how many per entity, which link and entity types, a time window,
// a minimum count and a minimum amount in one currency. Modal; GUI thread.
class ExpandDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExpandDialog(const ExpandFilter &initial, QWidget *parent = nullptr);

    // The filter as set; the amount is checked by accept().
    ExpandFilter filter() const;
    void accept() override;

    // For tests: the widgets.
    QSpinBox *hopsBox() const { return m_hops; }
    QSpinBox *limitBox() const { return m_limit; }
    QListWidget *linkTypeList() const { return m_linkTypes; }
    QListWidget *entityTypeList() const { return m_entityTypes; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *currencyEdit() const { return m_currency; }

private:
    std::optional<Money> amount() const;

    QSpinBox *m_hops;
    QSpinBox *m_limit;
    QSpinBox *m_minCount;
    QLineEdit *m_amount;
    QLineEdit *m_currency;
    QListWidget *m_linkTypes;
    QListWidget *m_entityTypes;
    QCheckBox *m_useFrom;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
};

} // namespace sg

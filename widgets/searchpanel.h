#pragma once

#include "core/model/records.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace sg {

class CaseStore;

// Finds entities in the case: a number in any common form (local, international, native
// digits, with spaces) or a name. Results can be dragged onto the chart or double-clicked to add
// them. Reads the case through the window's CaseStore on the GUI thread (FTS5 answers in
// milliseconds). GUI thread.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    void setStore(const CaseStore *store);
    void setQuery(const QString &text); // and search now
    QString query() const;
    int resultCount() const;
    EntityId resultId(int row) const;
    QListView *resultView() const { return m_view; }

signals:
    void entitiesActivated(const QList<sg::EntityId> &ids);
    void searchFailed(const QString &message, const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void retranslateUi();

    const CaseStore *m_store = nullptr;
    QLineEdit *m_edit;
    QListView *m_view;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QTimer m_debounce;
};

} // namespace sg

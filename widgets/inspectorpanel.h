#pragma once

#include "core/model/records.h"

#include <QWidget>

class QTextBrowser;

namespace sg {

class CaseStore;

// Shows what the case knows about the selected entity: type, key (and whether it is kept raw),
// names, how many events and neighbours, and every source that mentions it with the first
// record. GUI thread.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    void setStore(const CaseStore *store);
    void showEntities(const QList<EntityId> &ids);
    QString text() const; // plain text, for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const CaseStore *m_store = nullptr;
    QList<EntityId> m_ids;
    QTextBrowser *m_browser;
};

} // namespace sg

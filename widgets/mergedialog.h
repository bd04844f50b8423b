#pragma once

#include "core/model/records.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace sg {

// Merging entities that are one: which of them to keep (its identifier stays; the others'
// events, names, sources, links, tags, notes and attachments move to it) and the reason, which
// is required and kept with the merge. A merge is undone with Edit → Undo, or later with Split.
// Modal; GUI thread.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // `evidence`: why they may be the same, shown above the choice (from duplicate candidates).
    MergeDialog(const QList<Entity> &entities, const QString &evidence = {}, QWidget *parent = nullptr);

    EntityId survivor() const;
    QList<EntityId> others() const;
    QString reason() const;
    void accept() override;

    // For tests.
    QLineEdit *reasonEdit() const { return m_reason; }
    void keep(EntityId id);

private:
    QList<Entity> m_entities;
    QButtonGroup *m_keep;
    QLineEdit *m_reason;
    QLabel *m_problem;
};

} // namespace sg

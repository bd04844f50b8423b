#include "widgets/mergedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sg {

MergeDialog::MergeDialog(const QList<Entity> &entities, const QString &evidence, QWidget *parent)
    : QDialog(parent)
    , m_entities(entities)
    , m_keep(new QButtonGroup(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Merge entities"));
    auto *layout = new QVBoxLayout(this);
    if (!evidence.isEmpty()) {
        auto *why = new QLabel(evidence, this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto *choice = new QGroupBox(tr("Keep"), this);
    auto *choiceLayout = new QVBoxLayout(choice);
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const Entity &e = entities[i];
        auto *button = new QRadioButton(QStringLiteral("%1  %2").arg(entityTypeDisplayName(e.type), e.label.isEmpty() ? e.key : QStringLiteral("%1 (%2)").arg(e.label, e.key)),
                                        choice);
        m_keep->addButton(button, int(i));
        choiceLayout->addWidget(button);
    }
    if (!entities.isEmpty())
        m_keep->button(0)->setChecked(true);
    auto *explain = new QLabel(tr("The others' events, names, sources, links, tags, notes and attachments move to the one kept. "
                                  "Edit → Undo takes the merge back; so does Split on the kept entity later."),
                               this);
    explain->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why they are the same (required): \"same IMEI in both extractions\""));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    layout->addWidget(choice);
    layout->addWidget(explain);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void MergeDialog::keep(EntityId id)
{
    for (qsizetype i = 0; i < m_entities.size(); ++i)
        if (m_entities[i].id == id)
            m_keep->button(int(i))->setChecked(true);
}

EntityId MergeDialog::survivor() const
{
    const int i = m_keep->checkedId();
    return i >= 0 && i < m_entities.size() ? m_entities[i].id : 0;
}

QList<EntityId> MergeDialog::others() const
{
    QList<EntityId> ids;
    for (const Entity &e : m_entities)
        if (e.id != survivor())
            ids.append(e.id);
    return ids;
}

QString MergeDialog::reason() const { return m_reason->text().trimmed(); }

void MergeDialog::accept()
{
    if (reason().isEmpty()) {
        m_problem->setText(tr("Say why they are the same: the reason is kept with the merge."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace sg

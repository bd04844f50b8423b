#include "widgets/linkdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sg {

namespace {

QString nameOf(const Entity &e) { return e.label.isEmpty() ? e.key : QStringLiteral("%1 (%2)").arg(e.label, e.key); }

} // namespace

LinkDialog::LinkDialog(const Entity &from, const Entity &to, QWidget *parent)
    : QDialog(parent)
    , m_a(from)
    , m_b(to)
    , m_direction(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_confidence(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_useTo(new QCheckBox(tr("Until"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Link two entities"));
    for (const LinkKind kind : {LinkKind::Associate, LinkKind::Owns, LinkKind::Uses, LinkKind::MemberOf, LinkKind::LocatedAt,
                                LinkKind::FamilyOf, LinkKind::EmployedBy, LinkKind::SameAs})
        m_kind->addItem(linkKindDisplayName(kind), linkKindName(kind));
    for (const Confidence c : {Confidence::Confirmed, Confidence::Probable, Confidence::Possible})
        m_confidence->addItem(confidenceDisplayName(c), confidenceName(c));
    m_confidence->setToolTip(tr("Drawn solid, dashed or dotted"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    m_note->setPlaceholderText(tr("On what authority: \"interview of witness 3\""));
    m_direction->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_problem->hide();
    auto *swapButton = new QPushButton(tr("Swap"), this);
    swapButton->setToolTip(tr("Turn the link the other way round"));
    connect(swapButton, &QPushButton::clicked, this, &LinkDialog::swap);
    auto *direction = new QHBoxLayout;
    direction->addWidget(m_direction, 1);
    direction->addWidget(swapButton);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useFrom);
    dates->addWidget(m_from);
    dates->addWidget(m_useTo);
    dates->addWidget(m_to);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Confidence:"), m_confidence);
    form->addRow(tr("Dates:"), dates);
    form->addRow(tr("Source:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(direction);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LinkDialog::showDirection);
    showDirection();
}

void LinkDialog::showDirection()
{
    m_direction->setText(tr("%1 — %2 → %3").arg(nameOf(m_a), m_kind->currentText(), nameOf(m_b)));
}

void LinkDialog::swap()
{
    std::swap(m_a, m_b);
    showDirection();
}

ManualLink LinkDialog::link() const
{
    ManualLink l;
    l.kind = *linkKindFromName(m_kind->currentData().toString());
    l.from = m_a.id;
    l.to = m_b.id;
    l.confidence = *confidenceFromName(m_confidence->currentData().toString());
    if (m_useFrom->isChecked())
        l.validFrom = m_from->date();
    if (m_useTo->isChecked())
        l.validTo = m_to->date();
    l.note = m_note->text().trimmed();
    return l;
}

void LinkDialog::accept()
{
    const ManualLink l = link();
    if (l.validFrom.isValid() && l.validTo.isValid() && l.validFrom > l.validTo) {
        m_problem->setText(tr("The link's dates are the wrong way round."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace sg

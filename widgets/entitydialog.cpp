#include "widgets/entitydialog.h"

#include "widgets/chartstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sg {

namespace {

constexpr int ExtraRows = 2; // empty rows for facts the form does not suggest

} // namespace

EntityDialog::EntityDialog(EntityType type, std::function<Result<CaseEditor::Checked>(const ManualEntity &)> checker, QWidget *parent)
    : QDialog(parent)
    , m_checker(std::move(checker))
    , m_type(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_aliases(new QPlainTextEdit(this))
    , m_attributes(new QTableWidget(0, 2, this))
    , m_note(new QLineEdit(this))
    , m_keyLabel(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(tr("New entity"));
    for (const QString &name : entityTypeNames()) {
        const EntityType t = *entityTypeFromName(name);
        m_type->addItem(QIcon(ChartStyle::iconPath(t)), entityTypeDisplayName(t), name);
    }
    m_type->setCurrentIndex(m_type->findData(entityTypeName(type)));
    m_aliases->setPlaceholderText(tr("Other names or spellings, one per line"));
    m_aliases->setMaximumHeight(70);
    m_attributes->setHorizontalHeaderLabels({tr("Fact"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_note->setPlaceholderText(tr("On what authority: \"interview of witness 3\", \"surveillance log 14\""));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_warning->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    form->addRow(m_keyLabel, m_key);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Other names:"), m_aliases);
    form->addRow(tr("Facts:"), m_attributes);
    form->addRow(tr("Source:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntityDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EntityDialog::typeChanged);
    typeChanged();
    resize(520, 520);
}

QStringList EntityDialog::suggestedAttributes(EntityType type)
{
    switch (type) {
    case EntityType::Person: return {QStringLiteral("nationality"), QStringLiteral("date_of_birth"), QStringLiteral("id_document")};
    case EntityType::Location: return {QStringLiteral("address"), QStringLiteral("latitude"), QStringLiteral("longitude")};
    case EntityType::Organization: return {QStringLiteral("registration"), QStringLiteral("address")};
    case EntityType::Vehicle: return {QStringLiteral("plate"), QStringLiteral("make_model"), QStringLiteral("colour")};
    case EntityType::Document: return {QStringLiteral("reference"), QStringLiteral("date")};
    case EntityType::Account: return {QStringLiteral("holder"), QStringLiteral("bank")};
    default: return {};
    }
}

void EntityDialog::setAttributeRows(const QList<std::pair<QString, QString>> &rows)
{
    m_attributes->setRowCount(0);
    for (const auto &[name, value] : rows) {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem(name));
        m_attributes->setItem(row, 1, new QTableWidgetItem(value));
    }
    for (int i = 0; i < ExtraRows; ++i) {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem);
        m_attributes->setItem(row, 1, new QTableWidgetItem);
    }
}

void EntityDialog::typeChanged()
{
    if (m_editing)
        return;
    const EntityType type = *entityTypeFromName(m_type->currentData().toString());
    switch (type) {
    case EntityType::Phone: m_keyLabel->setText(tr("Number:")); break;
    case EntityType::Device: m_keyLabel->setText(tr("IMEI:")); break;
    case EntityType::Sim: m_keyLabel->setText(tr("IMSI or ICCID:")); break;
    case EntityType::Account: m_keyLabel->setText(tr("Bank and account number:")); break;
    case EntityType::Messenger: m_keyLabel->setText(tr("Messenger id:")); break;
    case EntityType::Email: m_keyLabel->setText(tr("Address:")); break;
    default: m_keyLabel->setText(tr("Identifier (optional):")); break;
    }
    QList<std::pair<QString, QString>> rows;
    for (const QString &name : suggestedAttributes(type))
        rows.append({name, QString()});
    setAttributeRows(rows);
    m_warned.clear();
    m_warning->hide();
}

void EntityDialog::setEditing(const Entity &entity, const QList<std::pair<QString, QString>> &attributes)
{
    m_editing = true;
    setWindowTitle(tr("Edit %1").arg(entity.label.isEmpty() ? entity.key : entity.label));
    m_type->setCurrentIndex(m_type->findData(entityTypeName(entity.type)));
    m_type->setEnabled(false);
    m_key->setText(entity.key);
    m_key->setReadOnly(true);
    m_keyLabel->setText(tr("Identifier:"));
    m_name->setText(entity.label);
    m_aliases->setEnabled(false);
    m_aliases->setPlaceholderText(tr("Names from sources stay as the sources gave them"));
    QList<std::pair<QString, QString>> rows = attributes;
    for (const QString &name : suggestedAttributes(entity.type)) {
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.first == name; }))
            rows.append({name, QString()});
    }
    setAttributeRows(rows);
}

ManualEntity EntityDialog::entity() const
{
    ManualEntity e;
    e.type = *entityTypeFromName(m_type->currentData().toString());
    e.key = m_key->text().trimmed();
    e.label = m_name->text().trimmed();
    for (const QString &line : m_aliases->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            e.aliases << line.trimmed();
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QString name = m_attributes->item(row, 0) ? m_attributes->item(row, 0)->text().trimmed() : QString();
        const QString value = m_attributes->item(row, 1) ? m_attributes->item(row, 1)->text().trimmed() : QString();
        if (!name.isEmpty() && (!value.isEmpty() || m_editing))
            e.attributes.append({name, value});
    }
    e.note = m_note->text().trimmed();
    return e;
}

void EntityDialog::accept()
{
    ManualEntity e = entity();
    if (m_editing) {
        QDialog::accept();
        return;
    }
    if (!m_checker) {
        QDialog::accept();
        return;
    }
    auto checked = m_checker(e);
    if (!checked) {
        m_warning->setText(checked.error().message);
        m_warning->show();
        return;
    }
    // Doubtful input: say why, and accept it on a second OK of the same entry.
    const QString entry = QStringList{m_type->currentData().toString(), e.key, e.label}.join(QLatin1Char('\n'));
    if (!checked->warnings.isEmpty() && m_warned != entry) {
        m_warned = entry;
        m_warning->setText(checked->warnings.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Press OK again to add it as it is."));
        m_warning->show();
        m_ok->setText(tr("Add anyway"));
        return;
    }
    QDialog::accept();
}

} // namespace sg

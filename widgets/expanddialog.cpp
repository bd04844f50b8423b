#include "widgets/expanddialog.h"

#include "core/normalize/amountparser.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimeZone>

namespace sg {

namespace {

QListWidgetItem *checkable(QListWidget *list, const QString &text, const QString &data, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QStringList checkedData(const QListWidget *list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            values << list->item(i)->data(Qt::UserRole).toString();
    }
    return values;
}

} // namespace

ExpandDialog::ExpandDialog(const ExpandFilter &initial, QWidget *parent)
    : QDialog(parent)
    , m_hops(new QSpinBox(this))
    , m_limit(new QSpinBox(this))
    , m_minCount(new QSpinBox(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_linkTypes(new QListWidget(this))
    , m_entityTypes(new QListWidget(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_useTo(new QCheckBox(tr("To"), this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    setWindowTitle(tr("Expand with filters"));
    m_hops->setRange(1, 5);
    m_hops->setValue(initial.hops);
    m_limit->setRange(0, 100000);
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setValue(initial.limit);
    m_minCount->setRange(1, 1000000);
    m_minCount->setValue(int(initial.minCount));
    m_amount->setPlaceholderText(tr("any amount"));
    m_currency->setPlaceholderText(QStringLiteral("USD"));
    m_currency->setMaxLength(8);
    if (initial.minAmount) {
        m_amount->setText(initial.minAmount->decimal());
        m_currency->setText(initial.minAmount->currency);
    }

    // Event types and declared links by their stored names; all unchecked means all.
    const std::pair<QString, QString> linkTypes[] = {
        {QStringLiteral("call"), tr("Calls")},           {QStringLiteral("sms"), tr("SMS")},
        {QStringLiteral("mms"), tr("MMS")},               {QStringLiteral("message"), tr("Chat messages")},
        {QStringLiteral("transfer"), tr("Transfers")},    {QStringLiteral("uses"), tr("Uses")},
        {QStringLiteral("owns"), tr("Owns")},             {QStringLiteral("member_of"), tr("Member of")},
        {QStringLiteral("located_at"), tr("Located at")}, {QStringLiteral("associate"), tr("Associate of")},
        {QStringLiteral("same_as"), tr("Same as")},
    };
    for (const auto &[name, text] : linkTypes)
        checkable(m_linkTypes, text, name, initial.linkTypes.contains(name));
    for (const QString &name : entityTypeNames()) {
        const EntityType type = *entityTypeFromName(name);
        checkable(m_entityTypes, entityTypeDisplayName(type), name, initial.entityTypes.contains(type));
    }
    m_linkTypes->setToolTip(tr("Only these links count; none checked: all."));
    m_entityTypes->setToolTip(tr("Only entities of these types are added; none checked: all."));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_from->setTimeSpec(Qt::UTC);
    m_to->setTimeSpec(Qt::UTC);
    m_from->setDateTime(initial.fromUtcMs ? QDateTime::fromMSecsSinceEpoch(*initial.fromUtcMs, QTimeZone::utc()) : now.addYears(-1));
    m_to->setDateTime(initial.toUtcMs ? QDateTime::fromMSecsSinceEpoch(*initial.toUtcMs, QTimeZone::utc()) : now);
    m_useFrom->setChecked(initial.fromUtcMs.has_value());
    m_useTo->setChecked(initial.toUtcMs.has_value());
    m_from->setEnabled(m_useFrom->isChecked());
    m_to->setEnabled(m_useTo->isChecked());
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Steps out:"), m_hops);
    form->addRow(tr("New entities per entity:"), m_limit);
    form->addRow(tr("At least this many events:"), m_minCount);
    auto *money = new QHBoxLayout;
    money->addWidget(m_amount, 3);
    money->addWidget(m_currency, 1);
    form->addRow(tr("At least this amount moved:"), money);
    form->addRow(tr("Link types:"), m_linkTypes);
    form->addRow(tr("Entity types:"), m_entityTypes);
    auto *from = new QHBoxLayout;
    from->addWidget(m_useFrom);
    from->addWidget(m_from, 1);
    auto *to = new QHBoxLayout;
    to->addWidget(m_useTo);
    to->addWidget(m_to, 1);
    form->addRow(tr("Time (UTC):"), from);
    form->addRow(QString(), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExpandDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
}

std::optional<Money> ExpandDialog::amount() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QString currency = m_currency->text().trimmed().toUpper();
    const auto parsed = AmountParser::parse(text, AmountParser::Decimal::Auto, currency);
    if (!parsed || parsed->money.minor < 0)
        return std::nullopt;
    Money money = parsed->money;
    money.currency = currency;
    return money;
}

void ExpandDialog::accept()
{
    if (!m_amount->text().trimmed().isEmpty() && (!amount() || m_currency->text().trimmed().isEmpty())) {
        QMessageBox::warning(this, windowTitle(), tr("The minimum amount needs a number and a currency code, such as 500 and USD."));
        return;
    }
    QDialog::accept();
}

ExpandFilter ExpandDialog::filter() const
{
    ExpandFilter f;
    f.hops = m_hops->value();
    f.limit = m_limit->value();
    f.minCount = m_minCount->value();
    f.minAmount = amount();
    f.linkTypes = checkedData(m_linkTypes);
    for (const QString &name : checkedData(m_entityTypes))
        f.entityTypes.append(*entityTypeFromName(name));
    if (m_useFrom->isChecked())
        f.fromUtcMs = m_from->dateTime().toMSecsSinceEpoch();
    if (m_useTo->isChecked())
        f.toUtcMs = m_to->dateTime().toMSecsSinceEpoch();
    return f;
}

} // namespace sg

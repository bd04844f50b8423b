#include "widgets/mappingwizard.h"

#include "core/ingest/importservice.h"
#include "core/ingest/moneyimporter.h"
#include "core/ingest/tablereader.h"
#include "core/store/casestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace sg {

namespace {

constexpr int PreviewRows = 50;
constexpr int ShownRows = 12;
const MoneyRole AllRoles[] = {MoneyRole::DateTime, MoneyRole::Date, MoneyRole::Time, MoneyRole::FromAccount, MoneyRole::ToAccount,
                              MoneyRole::FromBank, MoneyRole::ToBank, MoneyRole::FromName, MoneyRole::ToName, MoneyRole::Amount,
                              MoneyRole::Debit, MoneyRole::Credit, MoneyRole::Currency, MoneyRole::Direction, MoneyRole::CounterpartyAccount,
                              MoneyRole::CounterpartyBank, MoneyRole::CounterpartyName, MoneyRole::Type, MoneyRole::Description,
                              MoneyRole::Balance, MoneyRole::Id};

QByteArray csvField(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('"', "\"\"");
    return '"' + v + '"';
}

} // namespace

QString moneyRoleDisplayName(MoneyRole role)
{
    switch (role) {
    case MoneyRole::Id: return MappingWizard::tr("Reference");
    case MoneyRole::FromAccount: return MappingWizard::tr("Paying account");
    case MoneyRole::ToAccount: return MappingWizard::tr("Receiving account");
    case MoneyRole::FromBank: return MappingWizard::tr("Paying bank or wallet");
    case MoneyRole::ToBank: return MappingWizard::tr("Receiving bank or wallet");
    case MoneyRole::FromName: return MappingWizard::tr("Payer's name");
    case MoneyRole::ToName: return MappingWizard::tr("Receiver's name");
    case MoneyRole::Amount: return MappingWizard::tr("Amount");
    case MoneyRole::Debit: return MappingWizard::tr("Debit (money out)");
    case MoneyRole::Credit: return MappingWizard::tr("Credit (money in)");
    case MoneyRole::Currency: return MappingWizard::tr("Currency");
    case MoneyRole::DateTime: return MappingWizard::tr("Date and time");
    case MoneyRole::Date: return MappingWizard::tr("Date");
    case MoneyRole::Time: return MappingWizard::tr("Time");
    case MoneyRole::Type: return MappingWizard::tr("Transaction type");
    case MoneyRole::Description: return MappingWizard::tr("Description");
    case MoneyRole::Balance: return MappingWizard::tr("Balance");
    case MoneyRole::Direction: return MappingWizard::tr("Debit/credit mark");
    case MoneyRole::CounterpartyAccount: return MappingWizard::tr("Counterparty account");
    case MoneyRole::CounterpartyBank: return MappingWizard::tr("Counterparty bank");
    case MoneyRole::CounterpartyName: return MappingWizard::tr("Counterparty name");
    }
    return {};
}

QString callRoleDisplayName(const QString &role)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("caller"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Calling number (A party)")},
        {QStringLiteral("callee"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Called number (B party)")},
        {QStringLiteral("subscriber"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Target number")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Other party")},
        {QStringLiteral("datetime"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Date and time")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Date")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Time")},
        {QStringLiteral("duration"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Duration")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Call type")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Direction")},
        {QStringLiteral("cell"), QT_TRANSLATE_NOOP("sg::MappingWizard", "Cell")},
        {QStringLiteral("imei"), QT_TRANSLATE_NOOP("sg::MappingWizard", "IMEI")},
        {QStringLiteral("imsi"), QT_TRANSLATE_NOOP("sg::MappingWizard", "IMSI")},
    };
    const auto it = names.constFind(role);
    return it == names.constEnd() ? role : QCoreApplication::translate("sg::MappingWizard", *it);
}

MappingWizard::MappingWizard(const QString &path, const ImportOptions &defaults, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_defaults(defaults)
    , m_kind(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_institution(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_dates(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_statement(new QCheckBox(tr("Each row is seen from one account (a statement)"), this))
    , m_account(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_sample(new QTableWidget(this))
{
    setWindowTitle(tr("Map the columns of %1").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Seagull does not know this layout. Say which row holds the column names and what each column "
                                "holds; the preview shows what the first rows become."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QFormLayout;
    m_kind->addItem(tr("Money: bank, wallet or payment records"));
    m_kind->addItem(tr("Call records"));
    top->addRow(tr("The table holds:"), m_kind);
    top->addRow(tr("Worksheet:"), m_sheet);
    top->addRow(tr("Column names on row:"), m_headerRow);
    layout->addLayout(top);
    m_table->verticalHeader()->setVisible(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(180);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Name of this layout:"), m_name);
    m_institution->setPlaceholderText(tr("e.g. ABA, KBank, Vietcombank, TrueMoney, Wing"));
    form->addRow(tr("Bank or wallet:"), m_institution);
    m_currency->setPlaceholderText(tr("e.g. USD, THB, VND, KHR, CNY"));
    form->addRow(tr("Currency when no column says it:"), m_currency);
    m_dates->addItem(tr("Decide from the dates"), QStringLiteral("auto"));
    m_dates->addItem(tr("Day/month/year"), QStringLiteral("dmy"));
    m_dates->addItem(tr("Month/day/year"), QStringLiteral("mdy"));
    m_dates->addItem(tr("Year-month-day"), QStringLiteral("ymd"));
    m_dates->addItem(tr("Unix seconds"), QStringLiteral("unix"));
    m_dates->addItem(tr("Unix milliseconds"), QStringLiteral("unix-ms"));
    form->addRow(tr("Dates:"), m_dates);
    m_decimal->addItem(tr("Decide from the amounts"), QStringLiteral("auto"));
    m_decimal->addItem(tr("Decimal point (1,234.56)"), QStringLiteral("dot"));
    m_decimal->addItem(tr("Decimal comma (1.234,56)"), QStringLiteral("comma"));
    form->addRow(tr("Amounts:"), m_decimal);
    form->addRow(QString(), m_statement);
    m_account->setPlaceholderText(tr("the statement's own account number"));
    form->addRow(tr("Account of the statement:"), m_account);
    layout->addLayout(form);

    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->verticalHeader()->setVisible(false);
    m_sample->setMinimumHeight(120);
    m_sample->setMaximumHeight(200);
    layout->addWidget(m_sample);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    QPushButton *save = buttons->addButton(tr("Save mapping…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &MappingWizard::saveToFile);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        refreshPreview();
        if (m_ready)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_name->setText(QFileInfo(path).completeBaseName());
    loadRows();
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] { loadRows(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        for (QWidget *w : std::initializer_list<QWidget *>{m_institution, m_currency, m_decimal, m_statement, m_account})
            w->setEnabled(!calls());
        fillTable();
        refreshPreview();
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] {
        fillTable();
        refreshPreview();
    });
    for (QLineEdit *edit : {m_institution, m_currency, m_account})
        connect(edit, &QLineEdit::editingFinished, this, &MappingWizard::refreshPreview);
    for (QComboBox *box : {m_dates, m_decimal})
        connect(box, &QComboBox::currentIndexChanged, this, &MappingWizard::refreshPreview);
    connect(m_statement, &QCheckBox::toggled, this, &MappingWizard::refreshPreview);
    resize(980, 800);
}

void MappingWizard::loadRows()
{
    m_rows.clear();
    m_loadError.clear();
    auto tables = TableFile::open(m_path, QFileInfo(m_path).fileName(), m_defaults.encoding);
    if (!tables) {
        m_loadError = tables.error().oneLine();
    } else {
        if (m_sheet->count() == 0) {
            const QSignalBlocker block(m_sheet);
            for (const auto &table : *tables)
                m_sheet->addItem(table->sheet().isEmpty() ? QFileInfo(m_path).fileName() : table->sheet());
            m_sheet->setEnabled(tables->size() > 1);
        }
        const int index = std::clamp(m_sheet->currentIndex(), 0, int(tables->size()) - 1);
        TableReader &table = *(*tables)[std::size_t(index)];
        QStringList fields;
        for (int i = 0; i < PreviewRows + 30; ++i) {
            auto more = table.next(fields);
            if (!more) {
                m_loadError = more.error().oneLine();
                break;
            }
            if (!*more)
                break;
            m_rows << fields;
        }
    }
    // The header: the first row a known mapping reads, else the first with several cells.
    int header = 0;
    std::optional<TableMapping> known;
    for (int i = 0; i < std::min<int>(30, int(m_rows.size())); ++i) {
        if ((known = MoneyTableImporter::mappingFor(m_rows[i], {}))) {
            header = i;
            break;
        }
    }
    if (!known) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (std::count_if(m_rows[i].cbegin(), m_rows[i].cend(), [](const QString &f) { return !f.trimmed().isEmpty(); }) >= 2) {
                header = i;
                break;
            }
        }
    }
    {
        const QSignalBlocker block(m_headerRow);
        m_headerRow->setRange(1, std::max<int>(1, int(m_rows.size())));
        m_headerRow->setValue(header + 1);
    }
    fillTable();
    if (known)
        applyMapping(*known);
    refreshPreview();
}

void MappingWizard::fillTable()
{
    const int header = m_headerRow->value() - 1;
    int columns = 0;
    for (const QStringList &row : std::as_const(m_rows))
        columns = std::max(columns, int(row.size()));
    m_table->clear();
    m_roles.clear();
    m_table->setColumnCount(columns);
    const int shown = std::min<int>(ShownRows, std::max(0, int(m_rows.size()) - header - 1));
    m_table->setRowCount(shown + 1);
    QStringList labels;
    const QStringList names = header < m_rows.size() ? m_rows[header] : QStringList();
    for (int c = 0; c < columns; ++c)
        labels << names.value(c);
    m_table->setHorizontalHeaderLabels(labels);
    QStringList rowLabels{tr("Holds")};
    for (int r = 0; r < shown; ++r) {
        rowLabels << QString::number(header + 2 + r);
        const QStringList &row = m_rows[header + 1 + r];
        for (int c = 0; c < columns; ++c)
            m_table->setItem(r + 1, c, new QTableWidgetItem(row.value(c)));
    }
    m_table->setVerticalHeaderLabels(rowLabels);
    for (int c = 0; c < columns; ++c) {
        auto *box = new QComboBox(m_table);
        box->addItem(tr("— not used —"));
        if (calls()) {
            for (const QString &role : TableMapping::callRoles())
                box->addItem(callRoleDisplayName(role), role);
        } else {
            for (const MoneyRole role : AllRoles)
                box->addItem(moneyRoleDisplayName(role), int(role));
        }
        connect(box, &QComboBox::currentIndexChanged, this, &MappingWizard::refreshPreview);
        m_table->setCellWidget(0, c, box);
        m_roles << box;
    }
    m_table->resizeColumnsToContents();
    // The statement's own account, when the lines above the header say it.
    QStringList preamble;
    for (int r = 0; r < header && r < m_rows.size(); ++r)
        preamble << m_rows[r].join(QLatin1Char(' '));
    if (m_account->text().isEmpty())
        m_account->setText(MoneyTableImporter::accountInPreamble(preamble));
}

void MappingWizard::applyMapping(const TableMapping &mapping)
{
    auto resolved = mapping.resolve(headers());
    if (!resolved)
        return;
    for (auto it = resolved->cbegin(); it != resolved->cend(); ++it)
        setRole(it.value(), it.key());
    m_statement->setChecked(mapping.statement);
    m_institution->setText(mapping.institution);
    m_currency->setText(mapping.currency);
}

QStringList MappingWizard::headers() const
{
    const int header = m_headerRow->value() - 1;
    QStringList names = header >= 0 && header < m_rows.size() ? m_rows[header] : QStringList();
    while (names.size() < m_roles.size())
        names << QString();
    return names;
}

void MappingWizard::setHeaderRow(int row)
{
    m_headerRow->setValue(row);
}

void MappingWizard::setRole(int column, std::optional<MoneyRole> role)
{
    if (column < 0 || column >= m_roles.size())
        return;
    QComboBox *box = m_roles[column];
    box->setCurrentIndex(role ? box->findData(int(*role)) : 0);
}

bool MappingWizard::calls() const
{
    return m_kind->currentIndex() == 1;
}

void MappingWizard::setCallRecords(bool calls)
{
    m_kind->setCurrentIndex(calls ? 1 : 0);
}

void MappingWizard::setCallRole(int column, const QString &role)
{
    if (column < 0 || column >= m_roles.size())
        return;
    QComboBox *box = m_roles[column];
    box->setCurrentIndex(std::max(0, box->findData(role)));
}

QString MappingWizard::callRoleOf(int column) const
{
    return m_roles[column]->currentData().toString();
}

int MappingWizard::columnCount() const
{
    return int(m_roles.size());
}

std::optional<MoneyRole> MappingWizard::roleOf(int column) const
{
    const QVariant data = m_roles[column]->currentData();
    if (!data.isValid() || calls())
        return std::nullopt;
    return MoneyRole(data.toInt());
}

QJsonObject MappingWizard::mapping() const
{
    TableMapping m;
    m.name = m_name->text().trimmed().isEmpty() ? QFileInfo(m_path).completeBaseName() : m_name->text().trimmed();
    const QStringList names = headers();
    auto reference = [&names](int c) {
        // A repeated column name is told apart by its occurrence ("Account#2").
        int occurrence = 0;
        for (int j = 0; j <= c; ++j)
            occurrence += names.value(j).trimmed().compare(names.value(c).trimmed(), Qt::CaseInsensitive) == 0 ? 1 : 0;
        return occurrence > 1 ? QStringLiteral("%1#%2").arg(names.value(c).trimmed()).arg(occurrence) : names.value(c).trimmed();
    };
    if (calls()) {
        m.kind = TableMapping::Kind::Calls;
        for (int c = 0; c < m_roles.size(); ++c) {
            const QString role = callRoleOf(c);
            if (!role.isEmpty())
                m.callColumns.insert(role, reference(c));
        }
        m.signature = QStringList(m.callColumns.values());
        m.timeFormat = m_dates->currentData().toString();
        return m.toJson();
    }
    for (int c = 0; c < m_roles.size(); ++c) {
        const auto role = roleOf(c);
        if (!role)
            continue;
        m.columns.insert(*role, reference(c));
    }
    m.signature = QStringList(m.columns.values());
    m.timeFormat = m_dates->currentData().toString();
    const QString decimal = m_decimal->currentData().toString();
    m.decimal = decimal == QLatin1String("dot") ? AmountParser::Decimal::Dot
        : decimal == QLatin1String("comma")     ? AmountParser::Decimal::Comma
                                                : AmountParser::Decimal::Auto;
    m.currency = m_currency->text().trimmed().toUpper();
    m.institution = m_institution->text().trimmed();
    m.statement = m_statement->isChecked() || m.columns.contains(MoneyRole::Debit) || m.columns.contains(MoneyRole::Credit);
    m.account = m.statement ? m_account->text().trimmed() : QString();
    return m.toJson();
}

bool MappingWizard::isReady() const
{
    return m_ready;
}

QString MappingWizard::previewText() const
{
    return m_preview->text();
}

int MappingWizard::previewEventCount() const
{
    return m_sample->rowCount();
}

void MappingWizard::refreshPreview()
{
    m_ready = false;
    m_sample->clear();
    m_sample->setRowCount(0);
    m_sample->setColumnCount(0);
    if (!m_loadError.isEmpty()) {
        m_preview->setText(tr("The file cannot be read: %1").arg(m_loadError));
        return;
    }
    bool named = true;
    for (const QString &name : headers().mid(0, m_roles.size()))
        named = named && !name.trimmed().isEmpty();
    auto checked = TableMapping::fromJson(mapping());
    if (!checked) {
        m_preview->setText(calls() ? tr("Choose at least the date and the two parties (calling and called number, or target and other party).")
                                   : tr("Choose at least the date and the amount (or debit and credit) columns, and the accounts."));
        return;
    }
    // The first rows, imported into a scratch case exactly as the real import will read them.
    QTemporaryDir scratch;
    const QString sample = scratch.filePath(QStringLiteral("preview.csv"));
    {
        QFile out(sample);
        if (!out.open(QIODevice::WriteOnly)) {
            m_preview->setText(tr("No preview: the scratch folder cannot be written."));
            return;
        }
        const int header = m_headerRow->value() - 1;
        for (int r = header; r < m_rows.size() && r <= header + PreviewRows; ++r) {
            QByteArrayList fields;
            for (const QString &f : m_rows[r])
                fields << csvField(f);
            out.write(fields.join(',') + '\n');
        }
    }
    CaseInfo info;
    info.name = tr("Preview");
    info.region = m_defaults.region.isEmpty() ? info.region : m_defaults.region;
    info.timeZone = m_defaults.timeZone.isEmpty() ? info.timeZone : m_defaults.timeZone;
    auto store = CaseStore::create(scratch.filePath(QStringLiteral("preview.seagull")), info);
    if (!store) {
        m_preview->setText(tr("No preview: %1").arg(store.error().oneLine()));
        return;
    }
    ImportOptions options = m_defaults;
    options.format = calls() ? QStringLiteral("cdr-csv") : QStringLiteral("money-table");
    options.encoding = QStringLiteral("UTF-8");
    options.mappings = {checked->toJson()};
    ImportService service(**store);
    auto outcome = service.importFile(sample, options);
    if (!outcome) {
        m_preview->setText(tr("The first rows do not import: %1").arg(outcome.error().oneLine()));
        return;
    }
    auto stats = (*store)->stats();
    const qint64 accounts = stats ? stats->entities.value(QStringLiteral("account")) : 0;
    const qint64 phones = stats ? stats->entities.value(QStringLiteral("phone")) : 0;
    QString text = calls() ? tr("The first %n row(s) give %1 calls and messages between %2 numbers.", nullptr, int(outcome->report.rows))
                                 .arg(outcome->report.events)
                                 .arg(phones)
                           : tr("The first %n row(s) give %1 transfers between %2 accounts.", nullptr, int(outcome->report.rows))
                                 .arg(outcome->report.events)
                                 .arg(accounts);
    if (!outcome->report.rejected.isEmpty()) {
        // Lines of the scratch file start at the header row of the original.
        const RejectedRow &first = outcome->report.rejected.first();
        text += QLatin1Char(' ') + tr("%n row(s) cannot be read; the first, line %1: %2.", nullptr, int(outcome->report.rejected.size()))
                                       .arg(first.line + m_headerRow->value() - 1)
                                       .arg(first.message);
    }
    if (!named)
        text += QLatin1Char(' ') + tr("Some columns have no name on the header row.");
    m_preview->setText(text);
    m_ready = outcome->report.events > 0;

    // What the first events look like, as the case will hold them.
    auto events = (*store)->sourceEvents(outcome->source.id, 8);
    if (!events)
        return;
    const QStringList columns{tr("When"), tr("From"), tr("To"), calls() ? tr("Seconds") : tr("Amount"), tr("Text")};
    m_sample->setColumnCount(int(columns.size()));
    m_sample->setHorizontalHeaderLabels(columns);
    m_sample->setRowCount(int(events->size()));
    for (int r = 0; r < events->size(); ++r) {
        const EventRow &row = events->at(r);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(row.event.utcMs, Qt::OffsetFromUTC, row.event.utcOffsetSeconds);
        const QString quantity = row.event.amount ? QStringLiteral("%1 %2").arg(row.event.amount->decimal(), row.event.amount->currency).trimmed()
                                                  : QString::number(row.event.duration);
        const QStringList cells{when.toString(Qt::ISODate), row.fromKey, row.toKey, quantity, row.event.body};
        for (int c = 0; c < cells.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_sample->resizeColumnsToContents();
}

void MappingWizard::saveToFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save mapping"), m_name->text() + QStringLiteral(".json"),
                                                      tr("Mappings (*.json)"));
    if (file.isEmpty())
        return;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(mapping()).toJson()) < 0)
        m_preview->setText(tr("The mapping could not be saved to %1: %2").arg(file, out.errorString()));
}

} // namespace sg

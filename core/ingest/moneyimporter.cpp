#include "core/ingest/moneyimporter.h"

#include "core/ingest/deviceimport.h"
#include "core/ingest/tablereader.h"
#include "core/model/progress.h"
#include "core/normalize/digits.h"
#include "core/normalize/timeparse.h"
#include "core/store/sourcewriter.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace sg {

namespace {

constexpr int HeaderSearchRows = 30;
constexpr int SampleRows = 2000;

struct Header
{
    QStringList headers;
    TableMapping mapping;
    QStringList preamble;
    qint64 line = 0;
};

// Finds the header row among the first records and the mapping that reads it.
Result<std::optional<Header>> findHeader(TableReader &table, const QList<TableMapping> &given)
{
    QStringList preamble;
    QStringList fields;
    for (int i = 0; i < HeaderSearchRows; ++i) {
        auto more = table.next(fields);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (auto mapping = MoneyTableImporter::mappingFor(fields, given)) {
            Header h;
            h.headers = fields;
            h.mapping = *mapping;
            h.preamble = preamble;
            h.line = table.line();
            return std::optional<Header>(h);
        }
        preamble << fields.join(QLatin1Char(' ')).trimmed();
    }
    return std::optional<Header>();
}

} // namespace

QString MoneyTableImporter::accountInPreamble(const QStringList &preamble)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:account|a/c|acct|บัญชี|tài khoản|số tk|账号|帐号|帳號|账户|គណនី|ບັນຊີ|အကောင့်)[^0-9\\n]{0,30}([0-9][0-9 \\-]{4,}[0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : preamble) {
        const auto m = pattern.match(toAsciiDigits(line));
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

namespace {

// An account number as a key: digits alone when it is written with spaces and dashes,
// upper-case letters kept (IBANs, wallet ids).
QString accountNumber(const QString &raw)
{
    QString t = toAsciiDigits(raw).trimmed();
    static const QRegularExpression grouped(QStringLiteral("^[0-9][0-9 \\-./]*[0-9]$"));
    if (grouped.match(t).hasMatch())
        return digitsOnly(t);
    return t.toUpper().remove(QLatin1Char(' '));
}

enum class Flow { Unknown, Out, In };

Flow directionCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    static const QStringList out{QStringLiteral("dr"), QStringLiteral("d"), QStringLiteral("debit"), QStringLiteral("out"), QStringLiteral("withdrawal"),
                                 QStringLiteral("借"), QStringLiteral("支出"), QStringLiteral("转出"), QStringLiteral("ถอน"), QStringLiteral("nợ"),
                                 QStringLiteral("cash-out"), QStringLiteral("cashout")};
    static const QStringList in{QStringLiteral("cr"), QStringLiteral("c"), QStringLiteral("credit"), QStringLiteral("in"), QStringLiteral("deposit"),
                                QStringLiteral("贷"), QStringLiteral("收入"), QStringLiteral("转入"), QStringLiteral("ฝาก"), QStringLiteral("có"),
                                QStringLiteral("cash-in"), QStringLiteral("cashin")};
    if (out.contains(c))
        return Flow::Out;
    if (in.contains(c))
        return Flow::In;
    return Flow::Unknown;
}

// Reads the rows of one table into accounts and transfers.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(sg::MoneyTableImporter)

public:
    TableWriter(DeviceImportContext &context, const Header &header, const QMap<MoneyRole, int> &columns, const QString &where)
        : m_context(context)
        , m_header(header)
        , m_columns(columns)
        , m_where(where)
        , m_zone(context.zone())
    {
    }

    void learn(const QStringList &fields)
    {
        const QString when = field(fields, MoneyRole::DateTime).isEmpty() ? field(fields, MoneyRole::Date) : field(fields, MoneyRole::DateTime);
        if (!when.isEmpty())
            m_dateSamples << when.section(QLatin1Char(' '), 0, 0);
        for (const MoneyRole role : {MoneyRole::Amount, MoneyRole::Debit, MoneyRole::Credit}) {
            const QString v = field(fields, role);
            if (!v.isEmpty())
                m_amountSamples << v;
        }
    }

    void settle()
    {
        const QString format = m_header.mapping.timeFormat;
        const auto decided = DateTimeParser::decideOrder(m_dateSamples);
        m_orderGuessed = format == QLatin1String("auto") && !decided;
        m_order = format == QLatin1String("mdy") ? DateOrder::MonthDayYear
            : format == QLatin1String("ymd")     ? DateOrder::YearMonthDay
            : format == QLatin1String("dmy")     ? DateOrder::DayMonthYear
                                                 : decided.value_or(DateOrder::DayMonthYear);
        m_decimal = m_header.mapping.decimal != AmountParser::Decimal::Auto ? m_header.mapping.decimal : AmountParser::detectDecimal(m_amountSamples);
    }

    DateOrder order() const { return m_order; }
    // No date of the table said which comes first, the day or the month.
    bool orderGuessed() const { return m_orderGuessed && !m_dateSamples.isEmpty(); }
    Status holder(const QString &account, const QString &locator);
    Status row(const QStringList &fields, qint64 line);
    qint64 rounded() const { return m_rounded; }

private:
    QString field(const QStringList &fields, MoneyRole role) const
    {
        const int c = m_columns.value(role, -1);
        return c >= 0 && c < fields.size() ? fields.at(c).trimmed() : QString();
    }
    std::optional<std::pair<qint64, int>> time(const QStringList &fields) const;
    Result<std::optional<EntityId>> account(const QString &number, const QString &bank, const QString &name, const QString &locator);
    void reject(qint64 line, const QString &why) { m_context.report().rejected.append(RejectedRow{line, why}); }

    DeviceImportContext &m_context;
    const Header &m_header;
    QMap<MoneyRole, int> m_columns;
    QString m_where;
    mutable ZoneConverter m_zone;
    QStringList m_dateSamples;
    QStringList m_amountSamples;
    DateOrder m_order = DateOrder::DayMonthYear;
    bool m_orderGuessed = false;
    AmountParser::Decimal m_decimal = AmountParser::Decimal::Auto;
    std::optional<EntityId> m_holder;
    QHash<QString, EntityId> m_accounts;
    qint64 m_rounded = 0;
};

std::optional<std::pair<qint64, int>> TableWriter::time(const QStringList &fields) const
{
    const QString format = m_header.mapping.timeFormat;
    QString text = field(fields, MoneyRole::DateTime);
    if (text.isEmpty()) {
        text = field(fields, MoneyRole::Date);
        const QString clock = field(fields, MoneyRole::Time);
        if (!clock.isEmpty())
            text += QLatin1Char(' ') + clock;
    }
    text = toAsciiDigits(text).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (format.startsWith(QLatin1String("step:"))) {
        // Simulators count steps (days, hours) from an origin, in the source's zone.
        const QStringList parts = format.split(QLatin1Char(':'));
        bool ok = false;
        const double step = text.toDouble(&ok);
        const QDate origin = QDate::fromString(parts.value(2), Qt::ISODate);
        if (!ok || !origin.isValid())
            return std::nullopt;
        const qint64 unitMs = parts.value(1) == QLatin1String("hour") ? 3600000LL : 86400000LL;
        const auto [originUtc, offset] = m_zone.toUtc(origin, QTime(0, 0));
        return std::pair{originUtc + qint64(step * double(unitMs)), offset};
    }
    if (format == QLatin1String("unix") || format == QLatin1String("unix-ms")) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        const qint64 ms = format == QLatin1String("unix") ? v * 1000 : v;
        return std::pair{ms, m_zone.toUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(), QTime(12, 0)).second};
    }
    const auto local = DateTimeParser::parse(text, m_order);
    if (!local || !local->date.isValid())
        return std::nullopt;
    if (local->epochMs)
        return std::pair{*local->epochMs, 0};
    return m_zone.toUtc(local->date, local->time, local->utcOffsetSeconds);
}

Result<std::optional<EntityId>> TableWriter::account(const QString &number, const QString &bank, const QString &name, const QString &locator)
{
    const QString n = accountNumber(number);
    if (n.isEmpty())
        return std::optional<EntityId>();
    const QString institution = (bank.isEmpty() ? m_header.mapping.institution : bank).trimmed().toUpper();
    const QString key = institution.isEmpty() ? n : QStringLiteral("%1:%2").arg(institution, n);
    auto known = m_accounts.constFind(key);
    EntityId id = 0;
    if (known != m_accounts.constEnd()) {
        id = *known;
    } else {
        auto created = m_context.writer().entity(EntityType::Account, key, false, locator, number.trimmed());
        if (!created)
            return created.error();
        id = *created;
        m_accounts.insert(key, id);
    }
    if (!name.isEmpty()) {
        if (Status s = m_context.writer().alias(id, name, locator); !s)
            return s.error();
    }
    return std::optional<EntityId>(id);
}

Status TableWriter::holder(const QString &account, const QString &locator)
{
    if (account.isEmpty()) {
        // The statement does not say whose it is: its own account, known by the file.
        const QString key = QStringLiteral("statement %1 (%2)").arg(m_context.fileName(), m_context.writer().source().sha256.left(12));
        auto id = m_context.writer().entity(EntityType::Account, key, true, locator, QString());
        if (!id)
            return id.error();
        m_holder = *id;
        m_context.report().notes << tr("The statement does not name its account; it is kept as \"%1\".").arg(key);
        return Ok{};
    }
    auto id = this->account(account, QString(), QString(), locator);
    if (!id)
        return id.error();
    m_holder = *id;
    m_context.report().notes << tr("Statement of account %1.").arg(account);
    return Ok{};
}

Status TableWriter::row(const QStringList &fields, qint64 line)
{
    const QString locator = QStringLiteral("%1:line=%2").arg(m_where).arg(line);
    ++m_context.report().rows;
    const auto when = time(fields);
    if (!when) {
        // Opening and closing balances, totals: the statement's own lines, not transfers.
        static const QRegularExpression summary(
            QStringLiteral("total|opening|closing|brought forward|carried forward|balance b/f|balance c/f|รวม|ยอดยกมา|ยอดยกไป|tổng|số dư đầu|"
                           "số dư cuối|合计|总计|期初|期末|本页合计|សរុប|ລວມ|စုစုပေါင်း"),
            QRegularExpression::CaseInsensitiveOption);
        if (summary.match(fields.join(QLatin1Char(' '))).hasMatch()) {
            --m_context.report().rows;
            ++m_context.report().trailerLines;
            return Ok{};
        }
        const QString text = field(fields, MoneyRole::DateTime).isEmpty() ? field(fields, MoneyRole::Date) : field(fields, MoneyRole::DateTime);
        reject(line, text.isEmpty() ? tr("no date") : tr("cannot read the date \"%1\"").arg(text));
        return Ok{};
    }
    QString currency = currencyCode(field(fields, MoneyRole::Currency));
    if (currency.isEmpty())
        currency = m_header.mapping.currency.toUpper();

    // The amount, and which way it went for a statement.
    std::optional<ParsedAmount> amount;
    Flow flow = directionCode(field(fields, MoneyRole::Direction));
    const QString debit = field(fields, MoneyRole::Debit);
    const QString credit = field(fields, MoneyRole::Credit);
    for (const auto &[text, side] : {std::pair{debit, Flow::Out}, std::pair{credit, Flow::In}}) {
        if (text.isEmpty())
            continue;
        auto parsed = AmountParser::parse(text, m_decimal, currency);
        if (!parsed) {
            reject(line, tr("cannot read the amount \"%1\"").arg(text));
            return Ok{};
        }
        if (parsed->money.minor == 0)
            continue;
        amount = parsed;
        flow = side;
        if (parsed->money.minor < 0) {
            amount->money.minor = -amount->money.minor;
            flow = side == Flow::Out ? Flow::In : Flow::Out;
        }
        break;
    }
    if (!amount) {
        const QString text = field(fields, MoneyRole::Amount);
        if (text.isEmpty()) {
            reject(line, tr("no amount"));
            return Ok{};
        }
        amount = AmountParser::parse(text, m_decimal, currency);
        if (!amount) {
            reject(line, tr("cannot read the amount \"%1\"").arg(text));
            return Ok{};
        }
        if (amount->debitMark)
            flow = Flow::Out;
        else if (amount->creditMark)
            flow = Flow::In;
        if (amount->money.minor < 0) {
            amount->money.minor = -amount->money.minor;
            if (flow == Flow::Unknown)
                flow = Flow::Out;
        }
    }
    if (amount->rounded)
        ++m_rounded;

    Event event;
    event.type = EventType::Transfer;
    event.utcMs = when->first;
    event.amount = amount->money;
    QStringList body;
    for (const MoneyRole role : {MoneyRole::Type, MoneyRole::Description, MoneyRole::Id}) {
        const QString v = field(fields, role);
        if (!v.isEmpty())
            body << v;
    }
    event.body = body.join(QStringLiteral(" · "));

    if (m_header.mapping.statement) {
        auto other = account(field(fields, MoneyRole::CounterpartyAccount), field(fields, MoneyRole::CounterpartyBank),
                             field(fields, MoneyRole::CounterpartyName), locator);
        if (!other)
            return other.error();
        if (flow == Flow::Unknown)
            flow = Flow::Out;
        event.direction = flow == Flow::Out ? QStringLiteral("out") : QStringLiteral("in");
        const EntityId own = *m_holder;
        if (*other)
            return m_context.event(event, flow == Flow::Out ? own : **other, flow == Flow::Out ? **other : own, when->second, locator);
        return m_context.event(event, own, 0, when->second, locator);
    }

    auto from = account(field(fields, MoneyRole::FromAccount), field(fields, MoneyRole::FromBank), field(fields, MoneyRole::FromName), locator);
    if (!from)
        return from.error();
    auto to = account(field(fields, MoneyRole::ToAccount), field(fields, MoneyRole::ToBank), field(fields, MoneyRole::ToName), locator);
    if (!to)
        return to.error();
    if (!*from && !*to) {
        reject(line, tr("no account"));
        return Ok{};
    }
    // Cash in and out touch one account; a type or direction says which way.
    if (!*to || !*from) {
        const Flow typeFlow = directionCode(field(fields, MoneyRole::Type));
        if (flow == Flow::Unknown)
            flow = typeFlow != Flow::Unknown ? typeFlow : (*from ? Flow::Out : Flow::In);
        event.direction = flow == Flow::Out ? QStringLiteral("out") : QStringLiteral("in");
        return m_context.event(event, *from ? **from : **to, 0, when->second, locator);
    }
    return m_context.event(event, **from, **to, when->second, locator);
}

} // namespace

QString MoneyTableImporter::displayName() const { return tr("Bank, wallet and payment tables (CSV, XLSX)"); }

void MoneyTableImporter::prepare(const ImportOptions &options)
{
    m_mappings.clear();
    for (const QJsonObject &json : options.mappings) {
        auto mapping = TableMapping::fromJson(json);
        if (mapping && mapping->kind == TableMapping::Kind::Transfers)
            m_mappings << *mapping;
    }
}

std::optional<TableMapping> MoneyTableImporter::mappingFor(const QStringList &headers, const QList<TableMapping> &given)
{
    for (const TableMapping &m : given) {
        if (m.matches(headers))
            return m;
    }
    for (const TableMapping &m : TableMapping::builtins()) {
        if (m.matches(headers))
            return m;
    }
    return TableMapping::statementFor(headers);
}

int MoneyTableImporter::sniff(const QString &path, const QString &fileName, const QByteArray &head) const
{
    for (auto &table : TableFile::tablesToSniff(path, fileName, head)) {
        auto header = findHeader(*table, m_mappings);
        if (header && *header)
            return (*header)->mapping.statement && (*header)->mapping.signature.size() < 4 ? 70 : 90;
    }
    return 0;
}

Result<ImportReport> MoneyTableImporter::run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                             SourceWriter &writer, Progress *progress)
{
    auto tables = TableFile::open(path, displayFileName, options.encoding);
    if (!tables)
        return tables.error();
    DeviceImportContext context(writer, options, displayFileName);
    QStringList unread;
    int tablesRead = 0;
    for (std::size_t t = 0; t < tables->size(); ++t) {
        TableReader &first = *(*tables)[t];
        const QString sheet = first.sheet();
        const QString where = sheet.isEmpty() ? displayFileName : QStringLiteral("%1:%2").arg(displayFileName, sheet);
        auto found = findHeader(first, m_mappings);
        if (!found)
            return found.error();
        if (!*found) {
            unread << (sheet.isEmpty() ? displayFileName : sheet);
            continue;
        }
        const Header header = **found;
        auto columns = header.mapping.resolve(header.headers);
        if (!columns)
            return columns.error();
        ++tablesRead;
        context.report().preambleLines += header.preamble.size();
        context.report().notes << tr("%1: read as \"%2\" (header on line %3).").arg(where, header.mapping.name).arg(header.line);

        // 1. Samples decide the date order and the decimal separator.
        TableWriter out(context, header, *columns, where);
        QStringList fields;
        for (int i = 0; i < SampleRows; ++i) {
            auto more = first.next(fields);
            if (!more)
                return more.error();
            if (!*more)
                break;
            out.learn(fields);
        }
        out.settle();

        // 2. Every row, from a fresh reader of the same table.
        auto again = TableFile::open(path, displayFileName, options.encoding);
        if (!again)
            return again.error();
        TableReader &table = *(*again)[t];
        while (table.line() < header.line) {
            auto more = table.next(fields);
            if (!more)
                return more.error();
            if (!*more)
                break;
        }
        if (header.mapping.statement) {
            QString holder = header.mapping.account;
            if (holder.isEmpty())
                holder = accountInPreamble(header.preamble);
            if (Status s = out.holder(holder, QStringLiteral("%1:line=%2").arg(where).arg(header.line)); !s)
                return s.error();
        }
        if (progress) {
            progress->setStage(tr("Reading %1").arg(where));
            progress->setTotal(table.size());
        }
        for (;;) {
            auto more = table.next(fields);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
                continue;
            if (Status s = out.row(fields, table.line()); !s)
                return s.error();
            if (DeviceImportContext::cancelled(progress, table.position()))
                return context.stopped();
        }
        const QString timeFormat = header.mapping.timeFormat;
        if (timeFormat.startsWith(QLatin1String("step:"))) {
            context.report().notes << tr("%1: simulated time, step %2 counted from %3 in the source's zone.")
                                          .arg(where, timeFormat.section(QLatin1Char(':'), 1, 1), timeFormat.section(QLatin1Char(':'), 2));
        } else if (out.orderGuessed()) {
            context.report().notes << tr("%1: no date says whether the day or the month comes first (every one could be read both ways); "
                                         "they are read as day/month/year. If that is wrong, import the file with a mapping whose "
                                         "\"time\" is \"mdy\".").arg(where);
        } else if (!timeFormat.startsWith(QLatin1String("unix"))) {
            context.report().notes << tr("%1: dates read as %2.").arg(where, out.order() == DateOrder::MonthDayYear ? tr("month/day/year")
                                                                            : out.order() == DateOrder::DayMonthYear ? tr("day/month/year")
                                                                                                                     : tr("year-month-day"));
        }
        if (out.rounded() > 0)
            context.report().notes << tr("%1: %n amount(s) had more decimals than their currency's minor unit and were rounded.", nullptr, int(out.rounded())).arg(where);
    }
    if (tablesRead == 0) {
        return Error{ErrorCode::InvalidInput, tr("%1: no table in it matches a known mapping.").arg(displayFileName),
                     tr("give one with --mapping, or import it with the import wizard")};
    }
    if (!unread.isEmpty())
        context.report().notes << tr("Worksheets not read (no known layout): %1.").arg(unread.join(QStringLiteral(", ")));
    // Rows that were all rejected: the table was not what its header promised.
    if (context.report().events == 0 && !context.report().rejected.isEmpty()) {
        const RejectedRow &r = context.report().rejected.first();
        return Error{ErrorCode::InvalidInput, tr("No row of %1 could be read.").arg(displayFileName), tr("line %1: %2").arg(r.line).arg(r.message)};
    }
    return context.report();
}

} // namespace sg

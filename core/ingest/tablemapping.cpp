#include "core/ingest/tablemapping.h"

#include <QHash>
#include <QJsonArray>

namespace sg {

namespace {

const QList<std::pair<MoneyRole, const char *>> &roleNames()
{
    static const QList<std::pair<MoneyRole, const char *>> names{
        {MoneyRole::Id, "id"},
        {MoneyRole::FromAccount, "from_account"},
        {MoneyRole::ToAccount, "to_account"},
        {MoneyRole::FromBank, "from_bank"},
        {MoneyRole::ToBank, "to_bank"},
        {MoneyRole::FromName, "from_name"},
        {MoneyRole::ToName, "to_name"},
        {MoneyRole::Amount, "amount"},
        {MoneyRole::Debit, "debit"},
        {MoneyRole::Credit, "credit"},
        {MoneyRole::Currency, "currency"},
        {MoneyRole::DateTime, "datetime"},
        {MoneyRole::Date, "date"},
        {MoneyRole::Time, "time"},
        {MoneyRole::Type, "type"},
        {MoneyRole::Description, "description"},
        {MoneyRole::Balance, "balance"},
        {MoneyRole::Direction, "direction"},
        {MoneyRole::CounterpartyAccount, "counterparty_account"},
        {MoneyRole::CounterpartyBank, "counterparty_bank"},
        {MoneyRole::CounterpartyName, "counterparty_name"},
    };
    return names;
}

// A header reference: "Account" or "Account#2" (the second column of that name).
int findColumn(const QStringList &headers, const QString &reference)
{
    QString name = reference;
    int occurrence = 1;
    const qsizetype hash = reference.lastIndexOf(QLatin1Char('#'));
    if (hash > 0) {
        bool ok = false;
        const int n = reference.mid(hash + 1).toInt(&ok);
        if (ok && n >= 1) {
            name = reference.left(hash);
            occurrence = n;
        }
    }
    const QString key = TableMapping::headerKey(name);
    int seen = 0;
    for (int i = 0; i < headers.size(); ++i) {
        if (TableMapping::headerKey(headers[i]) == key && ++seen == occurrence)
            return i;
    }
    return -1;
}

QString decimalName(AmountParser::Decimal d)
{
    return d == AmountParser::Decimal::Dot ? QStringLiteral("dot") : d == AmountParser::Decimal::Comma ? QStringLiteral("comma") : QStringLiteral("auto");
}

// Column names of bank and wallet statements in the region's languages, as header keys.
const QList<std::pair<MoneyRole, QStringList>> &statementSynonyms()
{
    static const QList<std::pair<MoneyRole, QStringList>> synonyms = [] {
        auto keys = [](std::initializer_list<const char *> words) {
            QStringList list;
            for (const char *w : words)
                list << TableMapping::headerKey(QString::fromUtf8(w));
            return list;
        };
        return QList<std::pair<MoneyRole, QStringList>>{
            {MoneyRole::DateTime, keys({"datetime", "transaction date time", "transaction datetime", "วันที่และเวลา", "วันเวลา", "thời gian giao dịch",
                                        "交易时间", "交易日期时间"})},
            {MoneyRole::Date, keys({"date", "transaction date", "txn date", "posting date", "value date", "booking date", "trans date",
                                    "วันที่", "วันที่ทำรายการ", "ngày", "ngày giao dịch", "ngày hiệu lực", "交易日期", "日期", "记账日期",
                                    "កាលបរិច្ឆេទ", "ថ្ងៃខែ", "ວັນທີ", "ရက်စွဲ", "ရက်စွဲ"})},
            {MoneyRole::Time, keys({"time", "transaction time", "txn time", "เวลา", "giờ", "时间", "ម៉ោង", "ເວລາ", "အချိန်"})},
            {MoneyRole::Debit, keys({"debit", "debits", "withdrawal", "withdrawals", "money out", "paid out", "debit amount", "dr", "ถอน",
                                     "ถอนเงิน", "จ่าย", "เดบิต", "ghi nợ", "nợ", "số tiền ghi nợ", "rút", "支出", "借方", "借方金额", "转出",
                                     "ដក", "ឥណពន្ធ", "ຖອນ", "ထုတ်ငွေ"})},
            {MoneyRole::Credit, keys({"credit", "credits", "deposit", "deposits", "money in", "paid in", "credit amount", "cr", "ฝาก",
                                      "ฝากเงิน", "รับ", "เครดิต", "ghi có", "có", "số tiền ghi có", "nộp", "收入", "贷方", "贷方金额", "转入",
                                      "ដាក់", "ឥណទាន", "ຝາກ", "သွင်းငွေ"})},
            {MoneyRole::Amount, keys({"amount", "transaction amount", "amt", "จำนวนเงิน", "ยอดเงิน", "số tiền", "金额", "交易金额",
                                      "ចំនួនទឹកប្រាក់", "ຈຳນວນເງິນ", "ငွေပမာဏ"})},
            {MoneyRole::Balance, keys({"balance", "running balance", "closing balance", "ยอดคงเหลือ", "คงเหลือ", "số dư", "余额", "账户余额",
                                       "សមតុល្យ", "ຍອດເຫຼືອ", "လက်ကျန်"})},
            {MoneyRole::Description, keys({"description", "details", "narrative", "particulars", "memo", "remarks", "transaction details",
                                           "รายการ", "รายละเอียด", "หมายเหตุ", "nội dung", "diễn giải", "mô tả", "摘要", "备注", "交易摘要",
                                           "附言", "ការពិពណ៌នា", "ລາຍລະອຽດ", "အကြောင်းအရာ"})},
            {MoneyRole::CounterpartyAccount, keys({"counterparty account", "beneficiary account", "to account", "payee account",
                                                   "other account", "receiver account", "sender account", "account to from",
                                                   "บัญชีคู่โอน", "เลขที่บัญชีคู่โอน", "tài khoản đối ứng", "số tài khoản đối ứng",
                                                   "对方账号", "对方帐号", "对方账户", "គណនីដៃគូ"})},
            {MoneyRole::CounterpartyName, keys({"counterparty name", "counterparty", "beneficiary name", "payee", "payer", "beneficiary",
                                                "ชื่อคู่โอน", "tên tài khoản đối ứng", "đơn vị thụ hưởng", "对方户名", "对方名称"})},
            {MoneyRole::CounterpartyBank, keys({"counterparty bank", "beneficiary bank", "ธนาคารคู่โอน", "ngân hàng đối ứng", "对方开户行",
                                                "对方银行"})},
            {MoneyRole::Direction, keys({"dr cr", "debit credit", "direction", "借贷", "借贷标志", "收支"})},
            {MoneyRole::Currency, keys({"currency", "ccy", "สกุลเงิน", "loại tiền", "tiền tệ", "币种", "货币", "រូបិយប័ណ្ណ"})},
            {MoneyRole::Id, keys({"reference", "ref", "reference no", "transaction id", "txn id", "เลขที่อ้างอิง", "số tham chiếu",
                                  "mã giao dịch", "流水号", "交易流水号"})},
        };
    }();
    return synonyms;
}

TableMapping simulator(const char *name, QStringList signature, QMap<MoneyRole, QString> columns, const char *time,
                       const char *currency, const char *institution)
{
    TableMapping m;
    m.name = QString::fromUtf8(name);
    m.signature = std::move(signature);
    m.columns = std::move(columns);
    m.timeFormat = QString::fromUtf8(time);
    m.currency = QString::fromUtf8(currency);
    m.institution = QString::fromUtf8(institution);
    m.decimal = AmountParser::Decimal::Dot;
    return m;
}

} // namespace

QString moneyRoleName(MoneyRole role)
{
    for (const auto &[r, name] : roleNames()) {
        if (r == role)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<MoneyRole> moneyRoleFromName(const QString &name)
{
    for (const auto &[r, n] : roleNames()) {
        if (name == QLatin1String(n))
            return r;
    }
    return std::nullopt;
}

QJsonObject TableMapping::toJson() const
{
    QJsonObject cols;
    if (kind == Kind::Calls) {
        for (auto it = callColumns.cbegin(); it != callColumns.cend(); ++it)
            cols.insert(it.key(), it.value());
    } else {
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            cols.insert(moneyRoleName(it.key()), it.value());
    }
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("kind"), kind == Kind::Calls ? QStringLiteral("calls") : QStringLiteral("transfers")},
                     {QStringLiteral("signature"), QJsonArray::fromStringList(signature)},
                     {QStringLiteral("columns"), cols},
                     {QStringLiteral("time"), timeFormat}};
    if (kind == Kind::Calls) {
        QJsonObject codes;
        for (auto it = directionCodes.cbegin(); it != directionCodes.cend(); ++it)
            codes.insert(it.key(), it.value());
        if (!codes.isEmpty())
            json.insert(QStringLiteral("direction_codes"), codes);
        return json;
    }
    json.insert(QStringLiteral("decimal"), decimalName(decimal));
    json.insert(QStringLiteral("statement"), statement);
    if (!currency.isEmpty())
        json.insert(QStringLiteral("currency"), currency);
    if (!institution.isEmpty())
        json.insert(QStringLiteral("institution"), institution);
    if (!account.isEmpty())
        json.insert(QStringLiteral("account"), account);
    return json;
}

QStringList TableMapping::callRoles()
{
    return {QStringLiteral("caller"), QStringLiteral("callee"), QStringLiteral("subscriber"), QStringLiteral("other"),
            QStringLiteral("datetime"), QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("duration"),
            QStringLiteral("type"), QStringLiteral("direction"), QStringLiteral("cell"), QStringLiteral("imei"), QStringLiteral("imsi")};
}

Result<TableMapping> TableMapping::fromJson(const QJsonObject &json)
{
    TableMapping m;
    m.name = json.value(QStringLiteral("name")).toString();
    if (m.name.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The mapping has no name."), {}};
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("transfers"));
    if (kind != QLatin1String("transfers") && kind != QLatin1String("calls"))
        return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\": kind \"%2\" is not known.").arg(m.name, kind), tr("known kinds: transfers, calls")};
    for (const QJsonValue &v : json.value(QStringLiteral("signature")).toArray())
        m.signature << v.toString();
    const QJsonObject cols = json.value(QStringLiteral("columns")).toObject();
    if (kind == QLatin1String("calls")) {
        m.kind = Kind::Calls;
        for (auto it = cols.begin(); it != cols.end(); ++it) {
            if (!callRoles().contains(it.key()))
                return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\": unknown column role \"%2\".").arg(m.name, it.key()),
                             tr("known roles: %1").arg(callRoles().join(QStringLiteral(", ")))};
            m.callColumns.insert(it.key(), it.value().toString());
        }
        const bool parties = (m.callColumns.contains(QStringLiteral("caller")) && m.callColumns.contains(QStringLiteral("callee")))
            || (m.callColumns.contains(QStringLiteral("subscriber")) && m.callColumns.contains(QStringLiteral("other")));
        if (!parties)
            return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\" names no parties (caller and callee, or subscriber and other).").arg(m.name), {}};
        if (!m.callColumns.contains(QStringLiteral("datetime")) && !m.callColumns.contains(QStringLiteral("date")))
            return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\" names no date column (datetime or date).").arg(m.name), {}};
        const QJsonObject codes = json.value(QStringLiteral("direction_codes")).toObject();
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            const QString way = it.value().toString();
            if (way != QLatin1String("in") && way != QLatin1String("out"))
                return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\": direction code \"%2\" must mean \"in\" or \"out\".").arg(m.name, it.key()), {}};
            m.directionCodes.insert(it.key().trimmed().toUpper(), way);
        }
        m.timeFormat = json.value(QStringLiteral("time")).toString(QStringLiteral("auto"));
        if (m.signature.isEmpty())
            m.signature = QStringList(m.callColumns.values());
        return m;
    }
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        const auto role = moneyRoleFromName(it.key());
        if (!role) {
            QStringList known;
            for (const auto &[r, n] : roleNames())
                known << QString::fromLatin1(n);
            return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\": unknown column role \"%2\".").arg(m.name, it.key()),
                         tr("known roles: %1").arg(known.join(QStringLiteral(", ")))};
        }
        m.columns.insert(*role, it.value().toString());
    }
    if (!m.columns.contains(MoneyRole::Amount) && !(m.columns.contains(MoneyRole::Debit) || m.columns.contains(MoneyRole::Credit)))
        return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\" names no amount column (amount, or debit and credit).").arg(m.name), {}};
    if (!m.columns.contains(MoneyRole::DateTime) && !m.columns.contains(MoneyRole::Date))
        return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\" names no date column (datetime or date).").arg(m.name), {}};
    m.timeFormat = json.value(QStringLiteral("time")).toString(QStringLiteral("auto"));
    static const QStringList formats{QStringLiteral("auto"), QStringLiteral("dmy"), QStringLiteral("mdy"), QStringLiteral("ymd"),
                                     QStringLiteral("unix"), QStringLiteral("unix-ms")};
    if (!formats.contains(m.timeFormat) && !m.timeFormat.startsWith(QLatin1String("step:")))
        return Error{ErrorCode::InvalidInput, tr("Mapping \"%1\": time format \"%2\" is not known.").arg(m.name, m.timeFormat),
                     tr("known: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD")};
    const QString decimal = json.value(QStringLiteral("decimal")).toString(QStringLiteral("auto"));
    m.decimal = decimal == QLatin1String("dot") ? AmountParser::Decimal::Dot
        : decimal == QLatin1String("comma")     ? AmountParser::Decimal::Comma
                                                : AmountParser::Decimal::Auto;
    m.currency = json.value(QStringLiteral("currency")).toString();
    m.institution = json.value(QStringLiteral("institution")).toString();
    m.account = json.value(QStringLiteral("account")).toString();
    m.statement = json.value(QStringLiteral("statement")).toBool(m.columns.contains(MoneyRole::Debit) || m.columns.contains(MoneyRole::Credit));
    if (m.signature.isEmpty())
        m.signature = QStringList(m.columns.values());
    return m;
}

QList<TableMapping> TableMapping::builtins()
{
    using R = MoneyRole;
    return {
        simulator("IBM AMLSim transactions", {QStringLiteral("TXN_ID"), QStringLiteral("ACCOUNT_ID"), QStringLiteral("COUNTER_PARTY_ACCOUNT_NUM"), QStringLiteral("TXN_AMOUNT_ORIG")},
                  {{R::Id, QStringLiteral("TXN_ID")}, {R::FromAccount, QStringLiteral("ACCOUNT_ID")}, {R::ToAccount, QStringLiteral("COUNTER_PARTY_ACCOUNT_NUM")},
                   {R::Amount, QStringLiteral("TXN_AMOUNT_ORIG")}, {R::Type, QStringLiteral("TXN_SOURCE_TYPE_CODE")}, {R::DateTime, QStringLiteral("start")}},
                  "step:day:2017-01-01", "USD", "AMLSim"),
        simulator("IBM AMLSim cash transactions", {QStringLiteral("TXN_ID"), QStringLiteral("ACCOUNT_ID"), QStringLiteral("BRANCH_ID"), QStringLiteral("TXN_AMOUNT_ORIG"), QStringLiteral("RUN_DATE")},
                  {{R::Id, QStringLiteral("TXN_ID")}, {R::FromAccount, QStringLiteral("ACCOUNT_ID")}, {R::Amount, QStringLiteral("TXN_AMOUNT_ORIG")},
                   {R::Type, QStringLiteral("TXN_SOURCE_TYPE_CODE")}, {R::DateTime, QStringLiteral("RUN_DATE")}},
                  "step:day:2017-01-01", "USD", "AMLSim"),
        simulator("PaySim mobile money", {QStringLiteral("step"), QStringLiteral("type"), QStringLiteral("amount"), QStringLiteral("nameOrig"), QStringLiteral("nameDest")},
                  {{R::DateTime, QStringLiteral("step")}, {R::Type, QStringLiteral("type")}, {R::Amount, QStringLiteral("amount")},
                   {R::FromAccount, QStringLiteral("nameOrig")}, {R::ToAccount, QStringLiteral("nameDest")}, {R::Balance, QStringLiteral("newbalanceOrig")}},
                  "step:hour:2016-01-01", "", "PaySim"),
        simulator("IBM AML transactions", {QStringLiteral("Timestamp"), QStringLiteral("From Bank"), QStringLiteral("Account"), QStringLiteral("To Bank"), QStringLiteral("Amount Paid"), QStringLiteral("Payment Currency")},
                  {{R::DateTime, QStringLiteral("Timestamp")}, {R::FromBank, QStringLiteral("From Bank")}, {R::FromAccount, QStringLiteral("Account")},
                   {R::ToBank, QStringLiteral("To Bank")}, {R::ToAccount, QStringLiteral("Account#2")}, {R::Amount, QStringLiteral("Amount Paid")},
                   {R::Currency, QStringLiteral("Payment Currency")}, {R::Type, QStringLiteral("Payment Format")}},
                  "ymd", "", ""),
        simulator("cider mobile money", {QStringLiteral("txn_type"), QStringLiteral("caller_id"), QStringLiteral("recipient_id"), QStringLiteral("timestamp"), QStringLiteral("amount")},
                  {{R::Type, QStringLiteral("txn_type")}, {R::FromAccount, QStringLiteral("caller_id")}, {R::ToAccount, QStringLiteral("recipient_id")},
                   {R::DateTime, QStringLiteral("timestamp")}, {R::Amount, QStringLiteral("amount")}, {R::Balance, QStringLiteral("sender_balance_after")}},
                  "ymd", "", "Mobile money"),
    };
}

std::optional<TableMapping> TableMapping::statementFor(const QStringList &headers)
{
    TableMapping m;
    m.name = tr("Bank or wallet statement");
    m.statement = true;
    QSet<int> used;
    for (const auto &[role, keys] : statementSynonyms()) {
        for (int i = 0; i < headers.size(); ++i) {
            if (used.contains(i) || !keys.contains(TableMapping::headerKey(headers[i])))
                continue;
            // The column's own name, with its occurrence when the name repeats.
            const QString name = headers[i].trimmed();
            int occurrence = 0;
            for (int j = 0; j <= i; ++j)
                occurrence += TableMapping::headerKey(headers[j]) == TableMapping::headerKey(name) ? 1 : 0;
            m.columns.insert(role, occurrence > 1 ? QStringLiteral("%1#%2").arg(name).arg(occurrence) : name);
            used.insert(i);
            break;
        }
    }
    const bool dated = m.columns.contains(MoneyRole::Date) || m.columns.contains(MoneyRole::DateTime);
    const bool money = m.columns.contains(MoneyRole::Amount) || (m.columns.contains(MoneyRole::Debit) && m.columns.contains(MoneyRole::Credit));
    const bool context = m.columns.contains(MoneyRole::Balance) || m.columns.contains(MoneyRole::Description)
        || m.columns.contains(MoneyRole::CounterpartyAccount);
    if (!dated || !money || !context)
        return std::nullopt;
    // A lone "time" column beside no date is the date and time.
    m.signature = QStringList(m.columns.values());
    return m;
}

QString TableMapping::headerKey(const QString &header)
{
    QString key;
    for (const QChar c : header.trimmed().toLower().normalized(QString::NormalizationForm_C)) {
        if (c.isLetterOrNumber() || c.isMark())
            key += c;
    }
    return key;
}

int TableMapping::column(const QStringList &headers, const QString &reference)
{
    return findColumn(headers, reference);
}

bool TableMapping::matches(const QStringList &headers) const
{
    if (signature.isEmpty())
        return false;
    for (const QString &s : signature) {
        if (findColumn(headers, s) < 0)
            return false;
    }
    return true;
}

Result<QMap<MoneyRole, int>> TableMapping::resolve(const QStringList &headers) const
{
    QMap<MoneyRole, int> indexes;
    QStringList missing;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const int c = findColumn(headers, it.value());
        if (c < 0)
            missing << it.value();
        else
            indexes.insert(it.key(), c);
    }
    if (!missing.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The table does not have the columns mapping \"%1\" needs: %2.").arg(name, missing.join(QStringLiteral(", "))),
                     tr("columns: %1").arg(headers.join(QStringLiteral(", ")))};
    }
    return indexes;
}

QString currencyCode(const QString &nameOrCode)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("us dollar"), QStringLiteral("USD")}, {QStringLiteral("dollar"), QStringLiteral("USD")},
        {QStringLiteral("euro"), QStringLiteral("EUR")}, {QStringLiteral("yuan"), QStringLiteral("CNY")},
        {QStringLiteral("renminbi"), QStringLiteral("CNY")}, {QStringLiteral("rmb"), QStringLiteral("CNY")},
        {QStringLiteral("人民币"), QStringLiteral("CNY")}, {QStringLiteral("yen"), QStringLiteral("JPY")},
        {QStringLiteral("uk pound"), QStringLiteral("GBP")}, {QStringLiteral("pound"), QStringLiteral("GBP")},
        {QStringLiteral("rupee"), QStringLiteral("INR")}, {QStringLiteral("ruble"), QStringLiteral("RUB")},
        {QStringLiteral("bitcoin"), QStringLiteral("BTC")}, {QStringLiteral("brazil real"), QStringLiteral("BRL")},
        {QStringLiteral("mexican peso"), QStringLiteral("MXN")}, {QStringLiteral("canadian dollar"), QStringLiteral("CAD")},
        {QStringLiteral("australian dollar"), QStringLiteral("AUD")}, {QStringLiteral("swiss franc"), QStringLiteral("CHF")},
        {QStringLiteral("shekel"), QStringLiteral("ILS")}, {QStringLiteral("saudi riyal"), QStringLiteral("SAR")},
        {QStringLiteral("baht"), QStringLiteral("THB")}, {QStringLiteral("บาท"), QStringLiteral("THB")},
        {QStringLiteral("dong"), QStringLiteral("VND")}, {QStringLiteral("đồng"), QStringLiteral("VND")},
        {QStringLiteral("riel"), QStringLiteral("KHR")}, {QStringLiteral("រៀល"), QStringLiteral("KHR")},
        {QStringLiteral("ដុល្លារ"), QStringLiteral("USD")}, {QStringLiteral("kip"), QStringLiteral("LAK")},
        {QStringLiteral("ກີບ"), QStringLiteral("LAK")}, {QStringLiteral("kyat"), QStringLiteral("MMK")},
        {QStringLiteral("ကျပ်"), QStringLiteral("MMK")}, {QStringLiteral("tether"), QStringLiteral("USDT")},
    };
    const QString t = nameOrCode.trimmed();
    const auto it = names.constFind(t.toLower());
    if (it != names.constEnd())
        return *it;
    return t.toUpper();
}

} // namespace sg

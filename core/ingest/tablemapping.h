#pragma once

#include "core/model/result.h"
#include "core/normalize/amountparser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sg {

// What a column of a money table holds.
enum class MoneyRole {
    Id,                  // the transaction's own reference
    FromAccount,         // the paying account
    ToAccount,           // the receiving account
    FromBank,            // institutions, when the table names them per row
    ToBank,
    FromName,            // account holders' names
    ToName,
    Amount,              // one amount column (signed in statements: negative goes out)
    Debit,               // statements: money out of the holder's account
    Credit,              // statements: money in
    Currency,
    DateTime,
    Date,
    Time,
    Type,                // transfer, cash-out, p2p, ...
    Description,
    Balance,
    Direction,           // statements: DR/CR, debit/credit, in/out
    CounterpartyAccount, // statements: the other account
    CounterpartyBank,
    CounterpartyName,
};

QString moneyRoleName(MoneyRole role);
std::optional<MoneyRole> moneyRoleFromName(const QString &name);

// How the columns of a table of transfers (a bank or wallet statement, a payment system's
// export, a simulator's output) become accounts and transfer events. A mapping names columns by
// header ("Account", or "Account#2" for the second column of that name); it is matched to a file
// by its signature, the headers the file must have. Mappings are JSON, saved in the case and as
// files (`--mapping FILE`).
struct TableMapping
{
    Q_DECLARE_TR_FUNCTIONS(sg::TableMapping)

public:
    // Transfers are read by the money-table importer; call records by the call-record importer,
    // with `callColumns` (roles caller, callee, subscriber, other, datetime, date, time,
    // duration, type, direction, cell, imei, imsi) and `directionCodes` ("MTC" -> "in").
    enum class Kind { Transfers, Calls };
    Kind kind = Kind::Transfers;
    QMap<QString, QString> callColumns;
    QMap<QString, QString> directionCodes;

    QString name;
    QStringList signature;             // headers that identify the layout (all present)
    QMap<MoneyRole, QString> columns;  // role -> header reference
    // How times are written: "auto" (the day/month order decided from the data), "dmy", "mdy",
    // "ymd", "unix", "unix-ms", or "step:day:2017-01-01" / "step:hour:2016-01-01" for
    // simulators that count steps from an origin.
    QString timeFormat = QStringLiteral("auto");
    QString currency;    // when no column says it
    QString institution; // when no column names the bank or wallet
    QString account;     // statements: the holder's account when the file does not say it
    AmountParser::Decimal decimal = AmountParser::Decimal::Auto;
    bool statement = false; // rows are seen from one account (debit/credit, counterparty)

    QJsonObject toJson() const;
    static Result<TableMapping> fromJson(const QJsonObject &json);

    // Mappings Seagull knows without being told: IBM AMLSim, PaySim, the IBM AML transactions
    // layout, cider mobile money.
    static QList<TableMapping> builtins();
    // A bank or wallet statement recognised from its column names (English, Thai, Vietnamese,
    // Chinese, Khmer, Lao, Burmese): date, amount or debit/credit, and usually description and
    // balance. nullopt when the headers are not a statement's.
    static std::optional<TableMapping> statementFor(const QStringList &headers);

    // True when every signature header is present.
    bool matches(const QStringList &headers) const;
    // "Transaction Date", "transaction_date" and "TRANSACTION-DATE" all become "transactiondate":
    // how column names are compared, in every script.
    static QString headerKey(const QString &header);
    // The column index of a header reference ("Account#2"), or -1.
    static int column(const QStringList &headers, const QString &reference);
    // The roles a call-record mapping may name.
    static QStringList callRoles();
    // Column indexes for the roles; an Error names the headers the file lacks.
    Result<QMap<MoneyRole, int>> resolve(const QStringList &headers) const;
};

// "US Dollar", "Yuan", "Baht", "ដុល្លារ" as ISO codes; codes stay as they are.
QString currencyCode(const QString &nameOrCode);

} // namespace sg

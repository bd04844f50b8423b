#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>

namespace sg {

// The money through one entity (an account, a wallet, a person), or through a group of them taken
// as one (the accounts a money trace reached, a den's wallets), in one currency, transfer by
// transfer in time order, with the running balance of what came in from outside minus what went
// out: a mule account, or a layer of them, shows as money arriving and leaving again soon after,
// the balance falling back near zero. Transfers among the group's members move no money in or
// out; they are kept as steps of their own.
struct MoneyFlow
{
    struct Step
    {
        qint64 utcMs = 0;
        qint64 minor = 0;   // positive in, negative out; an internal transfer's amount (positive)
        qint64 balance = 0; // after this transfer
        bool internal = false; // between two members of the group
        EventRow row;
    };
    QString currency;
    int exponent = 2;
    QList<Step> steps;
    qint64 totalIn = 0, totalOut = 0;
    int internalCount = 0;
    qint64 internalTotal = 0;
    QStringList otherCurrencies; // the entities moved money in these too (not counted here)

    // `currency` empty: the one with the most transfers.
    static Result<MoneyFlow> read(const CaseStore &store, EntityId id, const QString &currency = {});
    static Result<MoneyFlow> read(const CaseStore &store, const QList<EntityId> &group, const QString &currency = {});
};

} // namespace sg

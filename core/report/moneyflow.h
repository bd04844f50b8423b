#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>

namespace sg {

// The money through one entity (an account, a wallet, a person) in one currency, transfer by
// transfer in time order, with the running balance of what came in minus what went out: a mule
// account shows as money arriving and leaving again soon after, the balance falling back near
// zero.
struct MoneyFlow
{
    struct Step
    {
        qint64 utcMs = 0;
        qint64 minor = 0;   // positive in, negative out
        qint64 balance = 0; // after this transfer
        EventRow row;
    };
    QString currency;
    int exponent = 2;
    QList<Step> steps;
    qint64 totalIn = 0, totalOut = 0;
    QStringList otherCurrencies; // the entity moved money in these too (not counted here)

    // `currency` empty: the one with the most transfers.
    static Result<MoneyFlow> read(const CaseStore &store, EntityId id, const QString &currency = {});
};

} // namespace sg

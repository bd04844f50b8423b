#include "core/report/moneyflow.h"

#include <QHash>
#include <QSet>

namespace sg {

Result<MoneyFlow> MoneyFlow::read(const CaseStore &store, EntityId id, const QString &currency)
{
    return read(store, QList<EntityId>{id}, currency);
}

Result<MoneyFlow> MoneyFlow::read(const CaseStore &store, const QList<EntityId> &group, const QString &currency)
{
    const QSet<EntityId> members(group.cbegin(), group.cend());
    // Every transfer with an amount of every member, once (one between two members is an event
    // of both): the only events counted below.
    auto transfers = store.transfersOf(QList<EntityId>(members.cbegin(), members.cend()));
    if (!transfers)
        return transfers.error();
    const QList<EventRow> events = std::move(*transfers); // in time order, then by id
    auto counts = [](const Event &e) { return e.type == EventType::Transfer && e.amount && e.to != e.from; };
    QHash<QString, int> perCurrency;
    for (const EventRow &r : std::as_const(events))
        if (counts(r.event))
            ++perCurrency[r.event.amount->currency];
    MoneyFlow flow;
    flow.currency = currency;
    if (flow.currency.isEmpty()) {
        int most = 0;
        for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() < flow.currency)) {
                most = it.value();
                flow.currency = it.key();
            }
        }
    }
    for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it)
        if (it.key() != flow.currency)
            flow.otherCurrencies << it.key();
    flow.otherCurrencies.sort();
    qint64 balance = 0;
    for (const EventRow &r : std::as_const(events)) {
        const Event &e = r.event;
        if (!counts(e) || e.amount->currency != flow.currency)
            continue;
        const qint64 magnitude = std::abs(e.amount->minor);
        flow.exponent = e.amount->exponent;
        const bool fromInside = members.contains(e.from), toInside = e.to != 0 && members.contains(e.to);
        if (fromInside && toInside) {
            ++flow.internalCount;
            flow.internalTotal += magnitude;
            flow.steps.append({e.utcMs, magnitude, balance, true, r});
            continue;
        }
        // A one-party row (cash in or out, a statement line without counterparty) is written from
        // the holder; its direction says the way.
        const bool incoming = toInside || (e.to == 0 && e.direction == QLatin1String("in"));
        const qint64 signedMinor = incoming ? magnitude : -magnitude;
        (incoming ? flow.totalIn : flow.totalOut) += magnitude;
        balance += signedMinor;
        flow.steps.append({e.utcMs, signedMinor, balance, false, r});
    }
    return flow;
}

} // namespace sg

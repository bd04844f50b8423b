#include "core/report/moneyflow.h"

#include <QHash>

namespace sg {

Result<MoneyFlow> MoneyFlow::read(const CaseStore &store, EntityId id, const QString &currency)
{
    auto events = store.eventsOf(id, std::numeric_limits<int>::max());
    if (!events)
        return events.error();
    QHash<QString, int> perCurrency;
    for (const EventRow &r : std::as_const(*events)) {
        if (r.event.type == EventType::Transfer && r.event.amount && r.event.to != r.event.from)
            ++perCurrency[r.event.amount->currency];
    }
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
    for (const EventRow &r : std::as_const(*events)) {
        const Event &e = r.event;
        if (e.type != EventType::Transfer || !e.amount || e.amount->currency != flow.currency || e.to == e.from)
            continue;
        // A one-party row (cash in or out, a statement line without counterparty) is written from
        // the holder; its direction says the way.
        const bool incoming = e.to == id || (e.to == 0 && e.direction == QLatin1String("in"));
        const qint64 magnitude = std::abs(e.amount->minor);
        const qint64 signedMinor = incoming ? magnitude : -magnitude;
        flow.exponent = e.amount->exponent;
        (incoming ? flow.totalIn : flow.totalOut) += magnitude;
        balance += signedMinor;
        flow.steps.append({e.utcMs, signedMinor, balance, r});
    }
    return flow;
}

} // namespace sg

#include "core/exchange/exchangedata.h"

#include "core/model/progress.h"
#include "core/store/sqlite.h"

#include <QSaveFile>

namespace sg {

Result<ExchangeData> ExchangeData::read(const CaseStore &store, const std::optional<QSet<EntityId>> &only, Progress *progress)
{
    // The entities and the links among them as one state of the case.
    const sql::ReadTransaction reading(store.database());
    ExchangeData data;
    if (only) {
        QList<EntityId> ids(only->cbegin(), only->cend());
        std::sort(ids.begin(), ids.end());
        auto entities = store.entitiesById(ids);
        if (!entities)
            return entities.error();
        if (const auto missing = CaseStore::firstMissing(ids, *entities))
            return Error{ErrorCode::NotFound, tr("Entity %1 is not in the case.").arg(*missing), {}};
        data.entities = std::move(*entities);
    } else {
        CaseStore::GraphRows rows;
        rows.entity = [&](const Entity &entity) { data.entities.append(entity); };
        rows.link = [](const Link &) {};
        if (Status s = store.readGraph(rows, progress); !s)
            return s.error();
        std::sort(data.entities.begin(), data.entities.end(), [](const Entity &a, const Entity &b) { return a.id < b.id; });
    }
    QSet<EntityId> kept;
    QList<EntityId> ids;
    for (const Entity &entity : std::as_const(data.entities)) {
        kept.insert(entity.id);
        ids.append(entity.id);
    }
    auto links = store.linksAmong(ids);
    if (!links)
        return links.error();
    for (const Link &link : std::as_const(*links)) {
        if (link.kind != LinkKind::Aggregate)
            data.declared.append(link);
    }
    Status s = store.forEachEvent(
        [&](const EventRow &row) {
            if (!kept.contains(row.event.from))
                return;
            if (row.event.to == 0)
                data.singleEvents.append(row);
            else if (kept.contains(row.event.to))
                data.events.append(row);
        },
        progress);
    if (!s)
        return s.error();
    return data;
}

Status saveFile(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, ExchangeData::tr("Cannot write %1.").arg(path), file.errorString()};
    if (Status s = write(&file); !s)
        return s;
    if (!file.commit())
        return Error{ErrorCode::Io, ExchangeData::tr("Cannot write %1.").arg(path), file.errorString()};
    return Ok{};
}

} // namespace sg

#include "core/chart/chartexpander.h"

#include "core/store/casestore.h"

#include <QSet>

namespace sg {

ChartExpander::ChartExpander(ChartDocument &document, const CaseStore &store)
    : m_document(document)
    , m_store(store)
{
}

Result<QList<Link>> ChartExpander::linksTouching(const QList<EntityId> &added) const
{
    auto links = m_store.linksAmong(m_document.nodeIds() + added);
    if (!links)
        return links.error();
    const QSet<EntityId> fresh(added.cbegin(), added.cend());
    QList<Link> touching;
    for (const Link &link : std::as_const(*links)) {
        if (fresh.contains(link.from) || fresh.contains(link.to))
            touching.append(link);
    }
    return touching;
}

Status ChartExpander::add(const QList<EntityId> &ids, const QPointF &position)
{
    QList<ChartNode> nodes;
    QList<EntityId> added;
    for (const EntityId id : ids) {
        if (m_document.contains(id) || added.contains(id))
            continue;
        auto entity = m_store.entity(id);
        if (!entity)
            return entity.error();
        if (!entity->has_value())
            return Error{ErrorCode::NotFound, tr("No entity %1 in this case.").arg(id), {}};
        nodes.append(ChartNode::fromEntity(**entity));
        added.append(id);
    }
    if (nodes.isEmpty())
        return Ok{};
    const QList<QPointF> places = nodes.size() == 1 ? QList<QPointF>{position} : m_document.placeAround(position, int(nodes.size()));
    for (int i = 0; i < nodes.size(); ++i)
        nodes[i].position = places[i];
    auto links = linksTouching(added);
    if (!links)
        return links.error();
    const QString text = nodes.size() == 1 ? tr("Add %1").arg(nodes.first().key)
                                           : tr("Add %n entities", nullptr, int(nodes.size()));
    m_document.addEntities(nodes, *links, text);
    return Ok{};
}

Result<int> ChartExpander::expand(const QList<EntityId> &ids, ExpandFilter filter)
{
    filter.exclude = m_document.nodeIds();
    auto result = m_store.expand(ids, filter);
    if (!result)
        return result.error();

    // Place each new entity near the entity it was found from: around the first seed when
    // there is one seed, around the centre of the seeds otherwise.
    QPointF centre;
    int known = 0;
    for (const EntityId id : ids) {
        if (const ChartNode *node = m_document.node(id)) {
            centre += node->position;
            ++known;
        }
    }
    if (known > 0)
        centre /= known;
    QList<ChartNode> nodes;
    const QList<QPointF> places = m_document.placeAround(centre, int(result->entities.size()));
    for (int i = 0; i < result->entities.size(); ++i)
        nodes.append(ChartNode::fromEntity(result->entities[i], places[i]));

    QList<EntityId> added;
    for (const ChartNode &node : std::as_const(nodes))
        added.append(node.id);
    auto links = linksTouching(added);
    if (!links)
        return links.error();

    // Every expanded entity's marker says how many are still left out (0 clears it).
    QHash<EntityId, qint64> more;
    for (const EntityId id : ids)
        more.insert(id, result->omittedPerEntity.value(id, 0));

    QString text;
    if (ids.size() == 1) {
        const ChartNode *node = m_document.node(ids.first());
        text = tr("Expand %1").arg(node ? node->key : QString::number(ids.first()));
    } else {
        text = tr("Expand %n entities", nullptr, int(ids.size()));
    }
    m_document.addEntities(nodes, *links, text, more);
    return int(nodes.size());
}

} // namespace sg

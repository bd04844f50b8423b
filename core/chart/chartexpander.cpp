#include "core/chart/chartexpander.h"

#include "core/ingest/cellsiteimporter.h"
#include "core/model/progress.h"
#include "core/store/casestore.h"
#include "core/store/sqlite.h"

#include <QSet>
#include <QUndoStack>

namespace sg {

ChartExpander::ChartExpander(ChartDocument &document, const CaseStore &store)
    : m_document(document)
    , m_store(store)
{
}

Status ChartExpander::fillDegrees(QList<ChartNode> &nodes) const
{
    QList<EntityId> ids;
    for (const ChartNode &node : std::as_const(nodes))
        ids.append(node.id);
    auto degrees = m_store.degrees(ids);
    if (!degrees)
        return degrees.error();
    for (ChartNode &node : nodes)
        node.degree = degrees->value(node.id, -1);
    return Ok{};
}

Result<QList<Link>> ChartExpander::linksTouching(const QList<EntityId> &added, const ExpandFilter *filter) const
{
    // Read from the side of the fewer: the links of the new entities when the chart has more
    // (a number added to a chart of 873,149 links read them all, 0.8 s), every link among them
    // all otherwise (the links of 51,042 new neighbours read from both sides cost twice those
    // read from one).
    const QList<EntityId> all = m_document.nodeIds() + added;
    auto links = m_document.nodeCount() > added.size() ? m_store.linksTouching(added, all) : m_store.linksAmong(all);
    if (!links)
        return links.error();
    const QSet<EntityId> fresh(added.cbegin(), added.cend());
    links->removeIf([&](const Link &link) { return !(fresh.contains(link.from) || fresh.contains(link.to)) || (filter && !filter->allowsLinkType(link)); });
    return links;
}

template <typename Read>
auto ChartExpander::watched(const Progress *progress, const QString &stopped, Read read) const -> decltype(read())
{
    const sql::StopOnCancel stop(m_store.database(), progress);
    // One state of the case for the entities, their degrees and their links.
    const sql::ReadTransaction reading(m_store.database());
    auto result = read();
    if (!result && progress && progress->isCancelled())
        return Error{ErrorCode::Cancelled, stopped, {}};
    return result;
}

QString ChartExpander::expansionStopped() { return tr("The expansion was stopped; the chart is as it was."); }

void ChartExpander::mergeAhead(Plan &plan) const
{
    // Merged into a copy of the chart's links here, on the worker: merging the 873,149 links of
    // an expansion held the window 0.8 s. The copy costs no more than the merge where the plan
    // brings at least as many links as the chart has.
    if (!plan.links.isEmpty() && plan.links.size() >= m_document.linkCount())
        plan.merged = m_document.mergeAhead(plan.links, plan.nodes.size());
}

Status ChartExpander::add(const QList<EntityId> &ids, const QPointF &position, const QString &commandText)
{
    auto planned = addPlan(ids, position, commandText);
    if (!planned)
        return planned.error();
    if (!planned->nodes.isEmpty())
        apply(*planned);
    return Ok{};
}

QList<EntityId> ChartExpander::notOnChart(const QList<EntityId> &ids) const
{
    QList<EntityId> added;
    QSet<EntityId> seen;
    for (const EntityId id : ids) {
        if (!m_document.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            added.append(id);
        }
    }
    return added;
}

Result<ChartExpander::Plan> ChartExpander::addPlan(const QList<EntityId> &ids, const QPointF &position, const QString &commandText,
                                                   const Progress *progress) const
{
    const QList<EntityId> added = notOnChart(ids);
    if (added.isEmpty())
        return Plan{};
    return watched(progress, tr("Adding to the chart was stopped; the chart is as it was."), [&]() -> Result<Plan> {
        auto entities = m_store.entitiesById(added);
        if (!entities)
            return entities.error();
        if (const auto missing = CaseStore::firstMissing(added, *entities))
            return Error{ErrorCode::NotFound, tr("No entity %1 in this case.").arg(*missing), {}};
        Plan plan;
        plan.nodes.reserve(entities->size());
        for (const Entity &entity : std::as_const(*entities))
            plan.nodes.append(ChartNode::fromEntity(entity));
        const QList<QPointF> places = plan.nodes.size() == 1 ? QList<QPointF>{position} : m_document.placeAround(position, plan.nodes);
        for (int i = 0; i < plan.nodes.size(); ++i)
            plan.nodes[i].position = places[i];
        if (Status s = fillDegrees(plan.nodes); !s)
            return s.error();
        auto links = linksTouching(added);
        if (!links)
            return links.error();
        plan.links = std::move(*links);
        plan.text = !commandText.isEmpty()       ? commandText
            : plan.nodes.size() == 1             ? tr("Add %1").arg(plan.nodes.first().key)
                                                 : tr("Add %n entities", nullptr, int(plan.nodes.size()));
        mergeAhead(plan);
        return plan;
    });
}

Result<int> ChartExpander::expand(const QList<EntityId> &ids, const ExpandFilter &filter)
{
    auto planned = plan(ids, filter);
    if (!planned)
        return planned.error();
    return apply(*planned);
}

int ChartExpander::apply(const Plan &plan)
{
    m_document.addEntities(plan.nodes, plan.links, plan.text, plan.more, plan.merged);
    return int(plan.nodes.size());
}

Result<ExpandResult> ChartExpander::neighbours(const QList<EntityId> &ids, const ExpandFilter &filter, const Progress *progress) const
{
    return watched(progress, expansionStopped(), [&] { return readNeighbours(ids, filter); });
}

Result<ChartExpander::Plan> ChartExpander::plan(const QList<EntityId> &ids, const ExpandFilter &filter, const Progress *progress,
                                                const ExpandResult *found) const
{
    return watched(progress, expansionStopped(), [&]() -> Result<Plan> {
        if (found)
            return readPlan(ids, filter, *found);
        auto read = readNeighbours(ids, filter);
        if (!read)
            return read.error();
        return readPlan(ids, filter, *read);
    });
}

Result<ExpandResult> ChartExpander::readNeighbours(const QList<EntityId> &ids, ExpandFilter filter) const
{
    // Hubs page through their neighbours in small steps; the others take the filter's limit.
    QList<EntityId> hubs, others;
    for (const EntityId id : ids) {
        const ChartNode *node = m_document.node(id);
        (node && m_document.isHub(*node) ? hubs : others).append(id);
    }
    filter.exclude = m_document.nodeIds();
    filter.withLinks = false; // read below among everything the chart shows
    ExpandResult merged;
    for (const bool hubPass : {false, true}) {
        const QList<EntityId> &seeds = hubPass ? hubs : others;
        if (seeds.isEmpty())
            continue;
        ExpandFilter step = filter;
        if (hubPass)
            step.limit = step.limit > 0 ? std::min(step.limit, HubPageSize) : HubPageSize;
        for (const Entity &e : std::as_const(merged.entities))
            step.exclude.append(e.id);
        auto part = m_store.expand(seeds, step);
        if (!part)
            return part.error();
        merged.entities += part->entities;
        for (auto it = part->omittedPerEntity.cbegin(); it != part->omittedPerEntity.cend(); ++it)
            merged.omittedPerEntity.insert(it.key(), it.value());
        merged.omitted += part->omitted;
    }
    return merged;
}

Result<ChartExpander::Plan> ChartExpander::readPlan(const QList<EntityId> &ids, const ExpandFilter &filter, const ExpandResult &found) const
{
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
    Plan plan;
    plan.nodes.reserve(found.entities.size());
    for (const Entity &entity : found.entities)
        plan.nodes.append(ChartNode::fromEntity(entity));
    const QList<QPointF> places = m_document.placeAround(centre, plan.nodes);
    for (qsizetype i = 0; i < plan.nodes.size(); ++i)
        plan.nodes[i].position = places[i];
    if (Status s = fillDegrees(plan.nodes); !s)
        return s.error();

    QList<EntityId> added;
    for (const ChartNode &node : std::as_const(plan.nodes))
        added.append(node.id);
    auto links = linksTouching(added, &filter);
    if (!links)
        return links.error();
    plan.links = std::move(*links);
    mergeAhead(plan);

    // Every expanded entity's marker says how many are still left out (0 clears it).
    for (const EntityId id : ids)
        plan.more.insert(id, found.omittedPerEntity.value(id, 0));

    if (ids.size() == 1) {
        const ChartNode *node = m_document.node(ids.first());
        plan.text = tr("Expand %1").arg(node ? node->key : QString::number(ids.first()));
    } else {
        plan.text = tr("Expand %n entities", nullptr, int(ids.size()));
    }
    return plan;
}

Result<int> ChartExpander::addLinkParties(const QList<EntityId> &sideA, const QList<EntityId> &sideB, const QPointF &position)
{
    sql::ReadTransaction reading(m_store.database()); // the events and the cells' sites
    auto events = m_store.eventsBetween(sideA, sideB);
    if (!events)
        return events.error();
    QList<EntityId> parties;
    QSet<QString> cells;
    auto take = [&](EntityId id) {
        if (id > 0 && !m_document.contains(id) && !parties.contains(id))
            parties.append(id);
    };
    for (const EventRow &row : std::as_const(*events)) {
        take(row.event.from);
        take(row.event.to);
        if (!row.event.cell.isEmpty())
            cells.insert(row.event.cell);
    }
    QStringList sortedCells(cells.cbegin(), cells.cend());
    sortedCells.sort();
    for (const QString &cell : std::as_const(sortedCells)) {
        // A cell the case knows as a location (from a cell-site list or the records themselves).
        auto site = m_store.resolve(QStringLiteral("location:") + CellSiteImporter::cellKey(cell));
        if (site)
            take(site->id);
        else if (site.error().code != ErrorCode::NotFound)
            return site.error();
    }
    reading.end(); // add() reads the parties as one state of its own
    if (parties.isEmpty())
        return 0;
    if (Status s = add(parties, position, tr("Add the parties of %n events", nullptr, int(events->size()))); !s)
        return s.error();
    return int(parties.size());
}

Result<int> ChartExpander::showOwners(QList<EntityId> ids)
{
    if (ids.isEmpty())
        ids = m_document.nodeIds();
    QList<EntityId> candidates;
    for (const EntityId id : std::as_const(ids)) {
        const ChartNode *node = m_document.node(id);
        if (node && node->type != EntityType::Person && node->type != EntityType::Organization
            && node->type != EntityType::Location)
            candidates.append(id);
    }
    sql::ReadTransaction reading(m_store.database()); // the owners, their degrees and links
    auto holders = m_store.holders(candidates);
    if (!holders)
        return holders.error();
    if (holders->isEmpty())
        return 0;

    // Owners not yet on the chart are added where the entities they stand for are.
    QHash<EntityId, QPointF> centre;
    QHash<EntityId, int> counted;
    for (auto it = holders->constBegin(); it != holders->constEnd(); ++it) {
        if (!m_document.contains(it.value())) {
            centre[it.value()] += m_document.node(it.key())->position;
            ++counted[it.value()];
        }
    }
    QList<ChartNode> persons;
    QList<EntityId> added;
    QList<EntityId> missing = centre.keys();
    std::sort(missing.begin(), missing.end());
    auto owners = m_store.entitiesById(missing); // those the case no longer has are left out
    if (!owners)
        return owners.error();
    for (const Entity &owner : std::as_const(*owners)) {
        persons.append(ChartNode::fromEntity(owner, centre[owner.id] / counted[owner.id]));
        added.append(owner.id);
    }
    if (Status s = fillDegrees(persons); !s)
        return s.error();
    auto links = linksTouching(added);
    if (!links)
        return links.error();

    reading.end();
    const QString text = tr("Show owners instead of %n entities", nullptr, int(holders->size()));
    m_document.undoStack()->beginMacro(text);
    if (!persons.isEmpty())
        m_document.addEntities(persons, *links, text);
    m_document.replace(*holders, text);
    m_document.undoStack()->endMacro();
    return int(holders->size());
}

} // namespace sg

#include "core/chart/chartcommands.h"
#include <QCoreApplication>

namespace sg {

AddEntitiesCommand::AddEntitiesCommand(ChartDocument *document, const QList<ChartNode> &nodes,
                                       const QList<Link> &links, const QHash<EntityId, qint64> &more,
                                       const QString &text, std::shared_ptr<MergedLinks> merged)
    : QUndoCommand(text)
    , m_document(document)
    , m_links(links)
    , m_more(more)
    , m_merged(std::move(merged))
{
    for (const ChartNode &node : nodes) {
        if (!document->contains(node.id))
            m_nodes.append(node);
    }
    for (auto it = more.constBegin(); it != more.constEnd(); ++it) {
        const ChartNode *existing = document->node(it.key());
        m_moreBefore.insert(it.key(), existing ? existing->more : 0);
    }
}

AddEntitiesCommand::~AddEntitiesCommand()
{
    // Tables kept for a redo that will not come: freed on the document's disposer thread when
    // large (the document destroys its commands before its disposer).
    if (m_merged && m_merged.use_count() == 1 && m_merged->linkCount() >= Disposer::LargeFrom)
        m_document->disposer().dispose(std::move(m_merged));
}

void AddEntitiesCommand::redo()
{
    m_document->insertNodes(m_nodes);
    m_linksBefore = m_document->mergeLinks(m_links, m_merged.get());
    m_merged.reset(); // what it was made from is gone after this
    m_document->setMore(m_more);
}

void AddEntitiesCommand::undo()
{
    m_document->setMore(m_moreBefore);
    // The entities go first: their links are then no longer drawn when they go (taking the
    // links first had the scene of an expansion of 53,806 entities made again with all of them,
    // to take them out right after).
    QList<EntityId> ids;
    for (const ChartNode &node : std::as_const(m_nodes))
        ids.append(node.id);
    m_document->eraseNodes(ids);
    m_document->restoreLinks(m_linksBefore, &m_merged);
}

RemoveEntitiesCommand::RemoveEntitiesCommand(ChartDocument *document, const QList<EntityId> &ids)
    : m_document(document)
    , m_orderBefore(document->nodeIds())
{
    QSet<std::pair<EntityId, EntityId>> seen;
    for (const EntityId id : ids) {
        if (const ChartNode *node = document->node(id))
            m_nodes.append(*node);
        for (const ChartLink &link : document->linksOf(id)) {
            if (!seen.contains({link.a, link.b})) {
                seen.insert({link.a, link.b});
                m_links.append(link);
            }
        }
    }
    setText(m_nodes.size() == 1 ? QCoreApplication::translate("sg::ChartDocument", "Remove %1").arg(m_nodes.first().key)
                                : QCoreApplication::translate("sg::ChartDocument", "Remove %n entities", nullptr,
                                                              int(m_nodes.size())));
}

void RemoveEntitiesCommand::redo()
{
    QList<std::pair<EntityId, EntityId>> keys;
    for (const ChartLink &link : std::as_const(m_links))
        keys.append({link.a, link.b});
    m_document->eraseLinks(keys);
    QList<EntityId> ids;
    for (const ChartNode &node : std::as_const(m_nodes))
        ids.append(node.id);
    m_document->eraseNodes(ids);
}

void RemoveEntitiesCommand::undo()
{
    m_document->insertNodes(m_nodes);
    m_document->setOrder(m_orderBefore);
    m_document->insertLinks(m_links);
}

MoveEntitiesCommand::MoveEntitiesCommand(ChartDocument *document, const ChartPositions &positions, int dragId,
                                         const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_after(positions)
    , m_dragId(dragId)
{
    for (auto it = positions.nodes.constBegin(); it != positions.nodes.constEnd(); ++it) {
        if (const ChartNode *node = document->node(it.key()))
            m_before.nodes.insert(it.key(), node->position);
    }
    for (auto it = positions.groups.constBegin(); it != positions.groups.constEnd(); ++it) {
        if (const ChartGroup *group = document->group(it.key()))
            m_before.groups.insert(it.key(), group->position);
    }
    for (auto it = positions.notes.constBegin(); it != positions.notes.constEnd(); ++it) {
        if (const ChartNote *note = document->note(it.key()))
            m_before.notes.insert(it.key(), note->position);
    }
}

void MoveEntitiesCommand::redo() { m_document->setPositions(m_after); }
void MoveEntitiesCommand::undo() { m_document->setPositions(m_before); }

namespace {

// Keeps the earliest "before" of each item and the latest "after".
template<typename Key>
void mergePositions(QHash<Key, QPointF> &before, QHash<Key, QPointF> &after, const QHash<Key, QPointF> &otherBefore,
                    const QHash<Key, QPointF> &otherAfter)
{
    for (auto it = otherBefore.constBegin(); it != otherBefore.constEnd(); ++it) {
        if (!before.contains(it.key()))
            before.insert(it.key(), it.value());
    }
    for (auto it = otherAfter.constBegin(); it != otherAfter.constEnd(); ++it)
        after.insert(it.key(), it.value());
}

} // namespace

bool MoveEntitiesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveEntitiesCommand *>(other);
    if (move->m_dragId != m_dragId)
        return false;
    mergePositions(m_before.nodes, m_after.nodes, move->m_before.nodes, move->m_after.nodes);
    mergePositions(m_before.groups, m_after.groups, move->m_before.groups, move->m_after.groups);
    mergePositions(m_before.notes, m_after.notes, move->m_before.notes, move->m_after.notes);
    return true;
}

ChangeChartCommand::ChangeChartCommand(ChartDocument *document, const ChartChange &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->currentValues(after))
    , m_after(after)
{
}

void ChangeChartCommand::redo() { m_document->applyChange(m_after); }
void ChangeChartCommand::undo() { m_document->applyChange(m_before); }

} // namespace sg

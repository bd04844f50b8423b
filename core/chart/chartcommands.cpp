#include "core/chart/chartcommands.h"
#include <QCoreApplication>

namespace sg {

AddEntitiesCommand::AddEntitiesCommand(ChartDocument *document, const QList<ChartNode> &nodes,
                                       const QList<Link> &links, const QHash<EntityId, qint64> &more,
                                       const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_links(links)
    , m_more(more)
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

void AddEntitiesCommand::redo()
{
    m_document->insertNodes(m_nodes);
    m_linksBefore = m_document->mergeLinks(m_links);
    m_document->setMore(m_more);
}

void AddEntitiesCommand::undo()
{
    m_document->setMore(m_moreBefore);
    m_document->restoreLinks(m_linksBefore);
    QList<EntityId> ids;
    for (const ChartNode &node : std::as_const(m_nodes))
        ids.append(node.id);
    m_document->eraseNodes(ids);
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

MoveEntitiesCommand::MoveEntitiesCommand(ChartDocument *document, const QHash<EntityId, QPointF> &positions,
                                         int dragId, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_after(positions)
    , m_dragId(dragId)
{
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        if (const ChartNode *node = document->node(it.key()))
            m_before.insert(it.key(), node->position);
    }
}

void MoveEntitiesCommand::redo() { m_document->setPositions(m_after); }
void MoveEntitiesCommand::undo() { m_document->setPositions(m_before); }

bool MoveEntitiesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveEntitiesCommand *>(other);
    if (move->m_dragId != m_dragId)
        return false;
    // Keep the earliest "before" of each entity and the latest "after".
    for (auto it = move->m_before.constBegin(); it != move->m_before.constEnd(); ++it) {
        if (!m_before.contains(it.key()))
            m_before.insert(it.key(), it.value());
    }
    for (auto it = move->m_after.constBegin(); it != move->m_after.constEnd(); ++it)
        m_after.insert(it.key(), it.value());
    return true;
}

} // namespace sg

#include "core/chart/chartdocument.h"

#include "core/chart/chartcommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QUndoStack>

#include <cmath>
#include <numbers>

namespace sg {

namespace {


constexpr int JsonVersion = 1;

} // namespace

ChartNode ChartNode::fromEntity(const Entity &entity, const QPointF &position)
{
    ChartNode node;
    node.id = entity.id;
    node.type = entity.type;
    node.key = entity.key;
    node.label = entity.label.isEmpty() && !entity.aliases.isEmpty() ? entity.aliases.first() : entity.label;
    node.position = position;
    return node;
}

ChartDocument::ChartDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(std::make_unique<QUndoStack>())
{
}

ChartDocument::~ChartDocument()
{
    // Commands refer to the document: drop them first, without telling anyone: the stack's
    // clear() would emit indexChanged to listeners that may be half destroyed.
    m_undoStack->blockSignals(true);
    m_undoStack.reset();
}

const ChartNode *ChartDocument::node(EntityId id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.constEnd() ? nullptr : &*it;
}

QList<ChartNode> ChartDocument::nodes() const
{
    QList<ChartNode> list;
    list.reserve(m_order.size());
    for (const EntityId id : m_order)
        list.append(m_nodes.value(id));
    return list;
}

QList<ChartLink> ChartDocument::links() const
{
    QList<ChartLink> list = m_links.values();
    std::sort(list.begin(), list.end(), [](const ChartLink &x, const ChartLink &y) {
        return std::pair{x.a, x.b} < std::pair{y.a, y.b};
    });
    return list;
}

QList<ChartLink> ChartDocument::linksOf(EntityId id) const
{
    QList<ChartLink> list;
    for (const ChartLink &link : m_links) {
        if (link.a == id || link.b == id)
            list.append(link);
    }
    return list;
}

void ChartDocument::addEntities(const QList<ChartNode> &nodes, const QList<Link> &links, const QString &commandText,
                                const QHash<EntityId, qint64> &more)
{
    m_undoStack->push(new AddEntitiesCommand(this, nodes, links, more, commandText));
}

void ChartDocument::removeEntities(const QList<EntityId> &ids)
{
    QList<EntityId> present;
    for (const EntityId id : ids) {
        if (m_nodes.contains(id))
            present.append(id);
    }
    if (!present.isEmpty())
        m_undoStack->push(new RemoveEntitiesCommand(this, present));
}

void ChartDocument::moveEntities(const QHash<EntityId, QPointF> &positions, int dragId)
{
    m_undoStack->push(new MoveEntitiesCommand(this, positions, dragId, tr("Move %n entities", nullptr, int(positions.size()))));
}

void ChartDocument::applyLayout(const QHash<EntityId, QPointF> &positions, const QString &engineName)
{
    m_undoStack->push(new MoveEntitiesCommand(this, positions, 0, tr("Layout (%1)").arg(engineName)));
}

QList<QPointF> ChartDocument::placeAround(const QPointF &centre, int count) const
{
    // Points on rings of growing radius, about 70 points apart, skipping places that are
    // already taken, so that a second page of neighbours does not land on the first.
    constexpr double Spacing = 70;
    constexpr double Clearance = 60;
    QList<QPointF> points;
    auto isFree = [&](const QPointF &p) {
        for (const ChartNode &node : m_nodes) {
            if (QLineF(node.position, p).length() < Clearance)
                return false;
        }
        for (const QPointF &q : std::as_const(points)) {
            if (QLineF(q, p).length() < Clearance)
                return false;
        }
        return true;
    };
    for (double radius = 140; points.size() < count; radius += 90) {
        const int capacity = std::max(6, int(2 * std::numbers::pi * radius / Spacing));
        for (int i = 0; i < capacity && points.size() < count; ++i) {
            const double angle = 2 * std::numbers::pi * i / capacity;
            const QPointF p = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
            if (isFree(p))
                points.append(p);
        }
    }
    return points;
}

void ChartDocument::insertNodes(const QList<ChartNode> &nodes)
{
    QList<EntityId> ids;
    for (const ChartNode &node : nodes) {
        if (m_nodes.contains(node.id))
            continue;
        m_nodes.insert(node.id, node);
        m_order.append(node.id);
        ids.append(node.id);
    }
    if (!ids.isEmpty())
        emit nodesAdded(ids);
}

void ChartDocument::eraseNodes(const QList<EntityId> &ids)
{
    QList<EntityId> removed;
    for (const EntityId id : ids) {
        if (m_nodes.remove(id)) {
            m_order.removeOne(id);
            removed.append(id);
        }
    }
    if (!removed.isEmpty())
        emit nodesRemoved(removed);
}

void ChartDocument::setOrder(const QList<EntityId> &order)
{
    QList<EntityId> ordered;
    for (const EntityId id : order) {
        if (m_nodes.contains(id))
            ordered.append(id);
    }
    for (const EntityId id : std::as_const(m_order)) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    m_order = ordered;
}

void ChartDocument::insertLinks(const QList<ChartLink> &links)
{
    for (const ChartLink &link : links)
        m_links.insert({link.a, link.b}, link);
    emit linksChanged();
}

void ChartDocument::eraseLinks(const QList<std::pair<EntityId, EntityId>> &keys)
{
    for (const auto &key : keys)
        m_links.remove(key);
    emit linksChanged();
}

QList<ChartLinkState> ChartDocument::mergeLinks(const QList<Link> &links)
{
    QList<ChartLinkState> before;
    QSet<std::pair<EntityId, EntityId>> recorded;
    for (const Link &link : links) {
        const auto key = ChartLink::keyOf(link.from, link.to);
        if (!recorded.contains(key)) {
            recorded.insert(key);
            const auto it = m_links.constFind(key);
            before.append(ChartLinkState{key, it != m_links.constEnd() ? std::optional<ChartLink>(*it) : std::nullopt});
        }
        ChartLink &target = m_links[key];
        target.a = key.first;
        target.b = key.second;
        const qint64 n = link.kind == LinkKind::Aggregate ? link.count : 0;
        if (link.from == key.first)
            target.countAB += n;
        else
            target.countBA += n;
        target.duration += link.totalDuration;
        for (const Money &m : link.amounts)
            target.amounts[m.currency] += m.minor;
        target.kinds.insert(link.kind == LinkKind::Aggregate ? link.eventType : linkKindName(link.kind));
    }
    if (!links.isEmpty())
        emit linksChanged();
    return before;
}

void ChartDocument::restoreLinks(const QList<ChartLinkState> &states)
{
    for (const ChartLinkState &state : states) {
        if (state.link)
            m_links.insert(state.key, *state.link);
        else
            m_links.remove(state.key);
    }
    if (!states.isEmpty())
        emit linksChanged();
}

void ChartDocument::setPositions(const QHash<EntityId, QPointF> &positions)
{
    QList<EntityId> moved;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        auto node = m_nodes.find(it.key());
        if (node == m_nodes.end())
            continue;
        node->position = it.value();
        moved.append(it.key());
    }
    if (!moved.isEmpty())
        emit nodesMoved(moved);
}

void ChartDocument::setMore(const QHash<EntityId, qint64> &more)
{
    QList<EntityId> changed;
    for (auto it = more.constBegin(); it != more.constEnd(); ++it) {
        auto node = m_nodes.find(it.key());
        if (node == m_nodes.end() || node->more == it.value())
            continue;
        node->more = it.value();
        changed.append(it.key());
    }
    if (!changed.isEmpty())
        emit nodesChanged(changed);
}

QByteArray ChartDocument::toJson() const
{
    QJsonArray nodes;
    for (const EntityId id : m_order) {
        const ChartNode &n = m_nodes[id];
        nodes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("type"), entityTypeName(n.type)},
                                 {QStringLiteral("key"), n.key},
                                 {QStringLiteral("label"), n.label},
                                 {QStringLiteral("x"), n.position.x()},
                                 {QStringLiteral("y"), n.position.y()},
                                 {QStringLiteral("pinned"), n.pinned},
                                 {QStringLiteral("more"), n.more}});
    }
    QJsonArray links;
    for (const ChartLink &l : this->links()) {
        QStringList kinds(l.kinds.cbegin(), l.kinds.cend());
        kinds.sort();
        QJsonObject amounts;
        for (auto it = l.amounts.cbegin(); it != l.amounts.cend(); ++it)
            amounts.insert(it.key(), QString::number(it.value())); // as text: exact beyond 2^53
        QJsonObject link{{QStringLiteral("a"), l.a},
                         {QStringLiteral("b"), l.b},
                         {QStringLiteral("ab"), l.countAB},
                         {QStringLiteral("ba"), l.countBA},
                         {QStringLiteral("duration"), l.duration},
                         {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)}};
        if (!amounts.isEmpty())
            link.insert(QStringLiteral("amounts"), amounts);
        links.append(link);
    }
    const QJsonObject root{{QStringLiteral("version"), JsonVersion},
                           {QStringLiteral("name"), m_name},
                           {QStringLiteral("nodes"), nodes},
                           {QStringLiteral("links"), links}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<std::unique_ptr<ChartDocument>> ChartDocument::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidInput, tr("The saved chart cannot be read."), parseError.errorString()};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() > JsonVersion)
        return Error{ErrorCode::TooNew, tr("The chart was saved by a newer version of Seagull."), {}};
    auto document = std::make_unique<ChartDocument>();
    document->m_name = root.value(QStringLiteral("name")).toString();
    QList<ChartNode> nodes;
    const QJsonArray nodeArray = root.value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &value : nodeArray) {
        const QJsonObject o = value.toObject();
        ChartNode n;
        n.id = o.value(QStringLiteral("id")).toInteger();
        n.type = entityTypeFromName(o.value(QStringLiteral("type")).toString()).value_or(EntityType::Phone);
        n.key = o.value(QStringLiteral("key")).toString();
        n.label = o.value(QStringLiteral("label")).toString();
        n.position = QPointF(o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble());
        n.pinned = o.value(QStringLiteral("pinned")).toBool();
        n.more = o.value(QStringLiteral("more")).toInteger();
        nodes.append(n);
    }
    QList<ChartLink> links;
    const QJsonArray linkArray = root.value(QStringLiteral("links")).toArray();
    for (const QJsonValue &value : linkArray) {
        const QJsonObject o = value.toObject();
        ChartLink l;
        l.a = o.value(QStringLiteral("a")).toInteger();
        l.b = o.value(QStringLiteral("b")).toInteger();
        l.countAB = o.value(QStringLiteral("ab")).toInteger();
        l.countBA = o.value(QStringLiteral("ba")).toInteger();
        l.duration = o.value(QStringLiteral("duration")).toInteger();
        const QJsonObject amounts = o.value(QStringLiteral("amounts")).toObject();
        for (auto it = amounts.begin(); it != amounts.end(); ++it)
            l.amounts.insert(it.key(), it.value().toString().toLongLong());
        const QJsonArray kinds = o.value(QStringLiteral("kinds")).toArray();
        for (const QJsonValue &k : kinds)
            l.kinds.insert(k.toString());
        links.append(l);
    }
    document->insertNodes(nodes);
    document->insertLinks(links);
    return document;
}

} // namespace sg

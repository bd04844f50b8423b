#include "core/chart/chartdocument.h"

#include "core/chart/chartcommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QRectF>
#include <QUndoStack>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <cmath>
#include <utility>
#include <numbers>

namespace sg {

namespace {

// Version 2 added styles, hidden entities, groups, notes, link display and replacements;
// version 1 charts read as charts without them.
constexpr int JsonVersion = 2;

constexpr std::array linkModeNames{std::pair{LinkMode::PerPair, "pair"}, std::pair{LinkMode::PerDirection, "direction"},
                                   std::pair{LinkMode::PerEvent, "event"}};
constexpr std::array linkWidthNames{std::pair{LinkWidth::Fixed, "fixed"}, std::pair{LinkWidth::Count, "count"},
                                    std::pair{LinkWidth::Amount, "amount"}};

template<typename Enum, std::size_t N>
QString nameIn(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name)
{
    for (const auto &[v, n] : names) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

// Links in the order of their pair of ends, so that saving and drawing repeat exactly.
void sortByPair(QList<ChartLink> &links)
{
    std::sort(links.begin(), links.end(), [](const ChartLink &x, const ChartLink &y) { return std::pair{x.a, x.b} < std::pair{y.a, y.b}; });
}

QList<ChartLink> sortedByPair(const QHash<std::pair<qint64, qint64>, ChartLink> &links)
{
    QList<ChartLink> list = links.values();
    sortByPair(list);
    return list;
}

QJsonArray pointJson(const QPointF &p) { return QJsonArray{p.x(), p.y()}; }
QPointF pointFromJson(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    return QPointF(a.at(0).toDouble(), a.at(1).toDouble());
}

} // namespace

QString linkModeName(LinkMode mode) { return nameIn(linkModeNames, mode); }
std::optional<LinkMode> linkModeFromName(const QString &name) { return valueIn(linkModeNames, name); }
QString linkWidthName(LinkWidth width) { return nameIn(linkWidthNames, width); }
std::optional<LinkWidth> linkWidthFromName(const QString &name) { return valueIn(linkWidthNames, name); }

bool ChartChange::isEmpty() const
{
    return nodes.isEmpty() && groups.isEmpty() && notes.isEmpty() && replacements.isEmpty() && !linkMode && !linkWidth;
}

void ChartLink::add(const ChartLink &other)
{
    if (other.hasDeclaredKind())
        addConfidence(other.confidence, hasDeclaredKind());
    const bool sameWay = other.a == a;
    countAB += sameWay ? other.countAB : other.countBA;
    countBA += sameWay ? other.countBA : other.countAB;
    duration += other.duration;
    if (amounts.isEmpty()) {
        amounts = other.amounts; // shared, not copied
    } else {
        for (auto it = other.amounts.cbegin(); it != other.amounts.cend(); ++it)
            amounts[it.key()] += it.value();
    }
    if (kinds.isEmpty()) {
        kinds = other.kinds; // shared, not copied
    } else {
        for (const QString &kind : other.kinds)
            addKind(kind);
    }
}

void ChartLink::addKind(const QString &kind)
{
    const auto at = std::lower_bound(kinds.cbegin(), kinds.cend(), kind);
    if (at == kinds.cend() || *at != kind)
        kinds.insert(at - kinds.cbegin(), kind);
}

bool ChartLink::hasDeclaredKind() const
{
    return std::any_of(kinds.cbegin(), kinds.cend(), [](const QString &k) {
        const auto kind = linkKindFromName(k);
        return kind && *kind != LinkKind::Aggregate;
    });
}

void ChartLink::addConfidence(Confidence stated, bool hadDeclared)
{
    confidence = hadDeclared ? std::min(confidence, stated) : stated;
}

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

QList<ChartLink> ChartDocument::links() const { return sortedByPair(m_links); }

QList<ChartLink> ChartDocument::linksOf(EntityId id) const
{
    QList<ChartLink> list;
    for (const EntityId other : m_partners.value(id)) {
        if (const ChartLink *l = link(id, other))
            list.append(*l);
    }
    return list;
}

const ChartLink *ChartDocument::link(EntityId x, EntityId y) const
{
    const auto it = m_links.constFind(ChartLink::keyOf(x, y));
    return it != m_links.constEnd() ? &*it : nullptr;
}

const ChartLink *ChartDocument::drawnLink(EntityId x, EntityId y) const
{
    const ChartLink *l = link(x, y);
    return l && drawnAsItIs(*l) ? l : nullptr;
}

LinkChanges ChartDocument::changesOf(QList<std::pair<EntityId, EntityId>> pairs) const
{
    // Looking at a pair costs the scene about what a pass costs a link: past a quarter of the
    // links, the pass is the cheaper (it needs no list of pairs either).
    if (isRerouted() || pairs.size() * 4 > m_links.size())
        return LinkChanges::anyLink();
    return {false, std::move(pairs)};
}

LinkChanges ChartDocument::changesAround(const QList<EntityId> &ids) const
{
    if (isRerouted())
        return LinkChanges::anyLink();
    qsizetype total = 0;
    for (const EntityId id : ids) {
        if (const auto it = m_partners.constFind(id); it != m_partners.constEnd())
            total += it->size();
    }
    if (total * 4 > m_links.size())
        return LinkChanges::anyLink(); // before listing them (every entity of the chart when it is made again)
    QSet<std::pair<EntityId, EntityId>> seen;
    QList<std::pair<EntityId, EntityId>> pairs;
    for (const EntityId id : ids) {
        for (const EntityId other : m_partners.value(id)) {
            const auto key = ChartLink::keyOf(id, other);
            if (!seen.contains(key)) {
                seen.insert(key);
                pairs.append(key);
            }
        }
    }
    return {false, pairs};
}

void ChartDocument::putLink(const std::pair<EntityId, EntityId> &key, const ChartLink &link)
{
    putLinkIn(tables(), key, link);
    ++m_linksGeneration;
}

void ChartDocument::putLinkIn(const LinkTables &tables, const std::pair<EntityId, EntityId> &key, const ChartLink &link)
{
    if (const auto it = tables.links.constFind(key); it != tables.links.constEnd())
        countKindsIn(tables, *it, -1);
    else
        addPartners(tables.partners, key);
    tables.links.insert(key, link);
    countKindsIn(tables, link, +1);
}

bool ChartDocument::eraseLink(const std::pair<EntityId, EntityId> &key)
{
    const auto it = m_links.constFind(key);
    if (it == m_links.constEnd())
        return false;
    countKinds(*it, -1);
    m_links.erase(it);
    ++m_linksGeneration;
    return true;
}

void ChartDocument::addPartners(QHash<EntityId, QList<EntityId>> &partners, const std::pair<EntityId, EntityId> &key)
{
    partners[key.first].append(key.second);
    if (key.first != key.second)
        partners[key.second].append(key.first);
}

void ChartDocument::pairsRemoved(const QList<std::pair<EntityId, EntityId>> &keys)
{
    if (keys.size() > m_links.size()) {
        // Most went (the undo of a large expansion): listed again from those left.
        m_partners.clear();
        for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
            pairAdded(it.key());
        return;
    }
    // Each end's list is gone through once (a hub's 51,043 partners removed one search at a time
    // would take minutes).
    QHash<EntityId, QSet<EntityId>> gone;
    for (const auto &key : keys) {
        gone[key.first].insert(key.second);
        gone[key.second].insert(key.first);
    }
    for (auto it = gone.cbegin(); it != gone.cend(); ++it) {
        const auto partners = m_partners.find(it.key());
        if (partners == m_partners.end())
            continue;
        const QSet<EntityId> &others = it.value();
        partners->removeIf([&others](EntityId other) { return others.contains(other); });
        if (partners->isEmpty())
            m_partners.erase(partners);
    }
}

void ChartDocument::addEntities(const QList<ChartNode> &nodes, const QList<Link> &links, const QString &commandText,
                                const QHash<EntityId, qint64> &more, std::shared_ptr<MergedLinks> merged)
{
    m_undoStack->push(new AddEntitiesCommand(this, nodes, links, more, commandText, std::move(merged)));
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
    ChartPositions places;
    places.nodes = positions;
    moveItems(places, dragId);
}

void ChartDocument::moveItems(const ChartPositions &positions, int dragId)
{
    if (positions.isEmpty())
        return;
    m_undoStack->push(new MoveEntitiesCommand(this, positions, dragId, tr("Move %n items", nullptr, positions.size())));
}

void ChartDocument::applyLayout(const QHash<DisplayId, QPointF> &positions, const QString &engineName)
{
    ChartPositions places;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        if (it.key() < 0)
            places.groups.insert(-it.key(), it.value());
        else
            places.nodes.insert(it.key(), it.value());
    }
    m_undoStack->push(new MoveEntitiesCommand(this, places, 0, tr("Layout (%1)").arg(engineName)));
}

QList<ChartGroup> ChartDocument::groups() const { return m_groups.values(); }

const ChartGroup *ChartDocument::group(qint64 id) const
{
    const auto it = m_groups.constFind(id);
    return it == m_groups.constEnd() ? nullptr : &*it;
}

QList<EntityId> ChartDocument::groupMembers(qint64 groupId) const
{
    QList<EntityId> members;
    for (const EntityId id : m_order) {
        if (m_nodes[id].group == groupId)
            members.append(id);
    }
    return members;
}

QList<ChartNote> ChartDocument::notes() const { return m_notes.values(); }

const ChartNote *ChartDocument::note(qint64 id) const
{
    const auto it = m_notes.constFind(id);
    return it == m_notes.constEnd() ? nullptr : &*it;
}

std::optional<DisplayId> ChartDocument::displayIdOf(EntityId id) const
{
    const ChartNode *n = node(id);
    if (!n)
        return std::nullopt;
    // Follow stand-ins (a phone drawn as its owner); a stand-in no longer on the chart ends the
    // chain, and a bounded walk guards against a cycle.
    for (int step = 0; step < 8; ++step) {
        const auto it = m_replacedBy.constFind(id);
        if (it == m_replacedBy.constEnd())
            break;
        const ChartNode *standIn = node(*it);
        if (!standIn || *it == id)
            break;
        id = *it;
        n = standIn;
    }
    if (n->hidden)
        return std::nullopt;
    if (n->group != 0) {
        const auto g = m_groups.constFind(n->group);
        if (g != m_groups.constEnd() && g->collapsed)
            return groupDisplayId(n->group);
    }
    return id;
}

QList<DisplayId> ChartDocument::displayIds() const
{
    QList<DisplayId> ids;
    QSet<DisplayId> seen;
    for (const EntityId id : m_order) {
        const std::optional<DisplayId> shown = displayIdOf(id);
        if (shown && !seen.contains(*shown) && (*shown < 0 || *shown == id)) {
            seen.insert(*shown);
            ids.append(*shown);
        }
    }
    return ids;
}

bool ChartDocument::isRerouted() const
{
    return !m_replacedBy.isEmpty() || std::any_of(m_groups.cbegin(), m_groups.cend(), [](const ChartGroup &g) { return g.collapsed; });
}

bool ChartDocument::drawnAsItIs(const ChartLink &link) const
{
    const auto a = m_nodes.constFind(link.a);
    const auto b = m_nodes.constFind(link.b);
    return a != m_nodes.constEnd() && b != m_nodes.constEnd() && !a->hidden && !b->hidden && link.a != link.b;
}

namespace {

// The entities drawn, as one bit per id from the smallest to the largest: a pass over every link
// of a large chart looked both its ends up among the entities (a hash of whole ChartNodes, all
// over memory), half the time of listing the 873,149 links of an expansion.
class DrawnIds
{
public:
    // Empty when the ids lie too far apart for bits to pay.
    static std::optional<DrawnIds> of(const QHash<EntityId, ChartNode> &nodes)
    {
        if (nodes.isEmpty())
            return std::nullopt;
        EntityId first = std::numeric_limits<EntityId>::max();
        EntityId last = std::numeric_limits<EntityId>::min();
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            first = std::min(first, it.key());
            last = std::max(last, it.key());
        }
        const quint64 span = quint64(last - first) + 1;
        if (span > quint64(nodes.size()) * 64 + 65536) // more than a word of bits per entity
            return std::nullopt;
        DrawnIds ids;
        ids.m_first = first;
        ids.m_bits.assign(size_t((span + 63) / 64), 0);
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            if (!it->hidden) {
                const quint64 bit = quint64(it.key() - first);
                ids.m_bits[size_t(bit / 64)] |= quint64(1) << (bit % 64);
            }
        }
        return ids;
    }
    bool contains(EntityId id) const
    {
        if (id < m_first)
            return false;
        const quint64 bit = quint64(id - m_first);
        return bit / 64 < m_bits.size() && (m_bits[size_t(bit / 64)] >> (bit % 64)) & 1;
    }

private:
    EntityId m_first = 0;
    std::vector<quint64> m_bits;
};

} // namespace

void ChartDocument::forEachDrawnAsItIs(const std::function<bool(const ChartLink &)> &visit) const
{
    // The bits cost a look at every entity, the lookups two per link.
    const std::optional<DrawnIds> drawn = m_links.size() * 4 >= m_nodes.size() ? DrawnIds::of(m_nodes) : std::nullopt;
    for (const ChartLink &link : m_links) {
        const bool shown = drawn ? link.a != link.b && drawn->contains(link.a) && drawn->contains(link.b) : drawnAsItIs(link);
        if (shown && !visit(link))
            return;
    }
}

void ChartDocument::forEachDisplayLink(const std::function<bool(const ChartLink &)> &visit) const
{
    if (isRerouted()) {
        for (const ChartLink &link : displayLinks()) {
            if (!visit(link))
                return;
        }
        return;
    }
    forEachDrawnAsItIs(visit);
}

QStringList ChartDocument::linkKinds() const
{
    QStringList kinds;
    for (auto it = m_kindCounts.cbegin(); it != m_kindCounts.cend(); ++it) {
        if (it.value() > 0)
            kinds.append(it.key());
    }
    return kinds;
}

QSet<Confidence> ChartDocument::declaredConfidences() const
{
    QSet<Confidence> confidences;
    for (auto it = m_confidenceCounts.cbegin(); it != m_confidenceCounts.cend(); ++it) {
        if (it.value() > 0)
            confidences.insert(it.key());
    }
    return confidences;
}

void ChartDocument::countKindsIn(const LinkTables &tables, const ChartLink &link, int sign)
{
    for (const QString &kind : link.kinds)
        tables.kindCounts[kind] += sign;
    if (link.isDeclared())
        tables.confidenceCounts[link.confidence] += sign;
}

QList<ChartLink> ChartDocument::displayLinks() const
{
    // Nothing drawn in another's place (no stand-ins, no collapsed groups): each link is drawn as
    // it is, or not at all when an end is hidden. Routing every link through a hash of pairs
    // took 0.7 s of each change to a chart of 873,149 links.
    if (!isRerouted()) {
        QList<ChartLink> list;
        list.reserve(m_links.size());
        forEachDrawnAsItIs([&list](const ChartLink &link) {
            list.append(link);
            return true;
        });
        sortByPair(list);
        return list;
    }
    QHash<std::pair<DisplayId, DisplayId>, ChartLink> drawn;
    QHash<EntityId, std::optional<DisplayId>> shownAs;
    auto shown = [&](EntityId id) {
        auto it = shownAs.constFind(id);
        if (it == shownAs.constEnd())
            it = shownAs.insert(id, displayIdOf(id));
        return *it;
    };
    for (const ChartLink &link : m_links) {
        const std::optional<DisplayId> a = shown(link.a);
        const std::optional<DisplayId> b = shown(link.b);
        if (!a || !b || *a == *b)
            continue;
        const auto key = ChartLink::keyOf(*a, *b);
        ChartLink routed = link;
        routed.a = *a;
        routed.b = *b;
        ChartLink &target = drawn[key];
        target.a = key.first;
        target.b = key.second;
        target.add(routed);
    }
    return sortedByPair(drawn);
}

QList<EntityId> ChartDocument::entitiesOf(DisplayId id) const
{
    QList<EntityId> ids;
    for (const EntityId e : m_order) {
        if (displayIdOf(e) == id)
            ids.append(e);
    }
    return ids;
}

QPointF ChartDocument::displayPosition(DisplayId id) const
{
    if (id < 0) {
        const ChartGroup *g = group(-id);
        return g ? g->position : QPointF();
    }
    const ChartNode *n = node(id);
    return n ? n->position : QPointF();
}

void ChartDocument::change(const ChartChange &after, const QString &commandText)
{
    if (!after.isEmpty())
        m_undoStack->push(new ChangeChartCommand(this, after, commandText));
}

ChartChange ChartDocument::nodeChange(const QList<EntityId> &ids, const std::function<void(ChartNode &)> &edit) const
{
    ChartChange c;
    for (const EntityId id : ids) {
        const ChartNode *n = node(id);
        if (!n)
            continue;
        ChartNode changed = *n;
        edit(changed);
        if (!(changed == *n))
            c.nodes.insert(id, changed);
    }
    return c;
}

void ChartDocument::setPinned(const QList<EntityId> &ids, bool pinned)
{
    const ChartChange c = nodeChange(ids, [pinned](ChartNode &n) { n.pinned = pinned; });
    const int n = int(c.nodes.size());
    change(c, pinned ? tr("Pin %n entities", nullptr, n) : tr("Unpin %n entities", nullptr, n));
}

void ChartDocument::setHidden(const QList<EntityId> &ids, bool hidden)
{
    const ChartChange c = nodeChange(ids, [hidden](ChartNode &n) { n.hidden = hidden; });
    const int n = int(c.nodes.size());
    change(c, hidden ? tr("Hide %n entities", nullptr, n) : tr("Show %n entities", nullptr, n));
}

void ChartDocument::showAll()
{
    QList<EntityId> hidden;
    for (const ChartNode &n : std::as_const(m_nodes)) {
        if (n.hidden)
            hidden.append(n.id);
    }
    setHidden(hidden, false);
}

void ChartDocument::setColor(const QList<EntityId> &ids, const QString &color)
{
    const ChartChange c = nodeChange(ids, [&color](ChartNode &n) { n.color = color; });
    change(c, tr("Set the colour of %n entities", nullptr, int(c.nodes.size())));
}

void ChartDocument::restyle(const QHash<EntityId, QString> &colors, const QHash<EntityId, double> &scales, const QString &text)
{
    QList<EntityId> ids = colors.keys() + scales.keys();
    const ChartChange c = nodeChange(ids, [&](ChartNode &n) {
        if (const auto it = colors.constFind(n.id); it != colors.constEnd())
            n.color = *it;
        if (const auto it = scales.constFind(n.id); it != scales.constEnd())
            n.scale = std::clamp(*it, 0.25, 4.0);
    });
    change(c, text);
}

void ChartDocument::setIcon(const QList<EntityId> &ids, const QString &iconType)
{
    const ChartChange c = nodeChange(ids, [&iconType](ChartNode &n) { n.icon = iconType; });
    change(c, tr("Set the icon of %n entities", nullptr, int(c.nodes.size())));
}

qint64 ChartDocument::nextGroupId() const { return m_groups.isEmpty() ? 1 : m_groups.lastKey() + 1; }

qint64 ChartDocument::createGroup(const QList<EntityId> &ids, const QString &label)
{
    ChartChange c;
    const qint64 id = nextGroupId();
    QPointF centre;
    for (const EntityId e : ids) {
        if (const ChartNode *n = node(e)) {
            c.nodes.insert(e, *n);
            c.nodes[e].group = id;
            centre += n->position;
        }
    }
    if (c.nodes.isEmpty())
        return 0;
    c.groups.insert(id, ChartGroup{id, label, {}, false, centre / double(c.nodes.size())});
    change(c, tr("Group %n entities as \"%1\"", nullptr, int(c.nodes.size())).arg(label));
    return id;
}

namespace {

QPointF centreOf(const QList<const ChartNode *> &nodes)
{
    QPointF centre;
    for (const ChartNode *n : nodes)
        centre += n->position;
    return nodes.isEmpty() ? centre : centre / double(nodes.size());
}

} // namespace

void ChartDocument::ungroup(qint64 groupId)
{
    const ChartGroup *g = group(groupId);
    if (!g)
        return;
    ChartChange c;
    QList<const ChartNode *> members;
    for (const EntityId id : groupMembers(groupId))
        members.append(node(id));
    // Members of a collapsed group come back around where its node was.
    const QPointF shift = g->collapsed ? g->position - centreOf(members) : QPointF();
    for (const ChartNode *n : std::as_const(members)) {
        ChartNode changed = *n;
        changed.group = 0;
        changed.position += shift;
        c.nodes.insert(n->id, changed);
    }
    c.groups.insert(groupId, std::nullopt);
    change(c, tr("Ungroup \"%1\"").arg(g->label));
}

void ChartDocument::setGroupCollapsed(qint64 groupId, bool collapsed)
{
    const ChartGroup *g = group(groupId);
    if (!g || g->collapsed == collapsed)
        return;
    ChartChange c;
    ChartGroup changed = *g;
    changed.collapsed = collapsed;
    QList<const ChartNode *> members;
    for (const EntityId id : groupMembers(groupId))
        members.append(node(id));
    if (collapsed) {
        changed.position = centreOf(members);
    } else {
        // The members follow wherever the collapsed node was moved.
        const QPointF shift = g->position - centreOf(members);
        for (const ChartNode *n : std::as_const(members)) {
            if (shift.isNull())
                break;
            c.nodes.insert(n->id, *n);
            c.nodes[n->id].position += shift;
        }
    }
    c.groups.insert(groupId, changed);
    change(c, collapsed ? tr("Collapse \"%1\"").arg(g->label) : tr("Expand group \"%1\"").arg(g->label));
}

void ChartDocument::renameGroup(qint64 groupId, const QString &label)
{
    const ChartGroup *g = group(groupId);
    if (!g || g->label == label)
        return;
    ChartChange c;
    ChartGroup changed = *g;
    changed.label = label;
    c.groups.insert(groupId, changed);
    change(c, tr("Rename group to \"%1\"").arg(label));
}

qint64 ChartDocument::addNote(const QString &text, const QPointF &position)
{
    const qint64 id = m_notes.isEmpty() ? 1 : m_notes.lastKey() + 1;
    ChartChange c;
    c.notes.insert(id, ChartNote{id, text, position});
    change(c, tr("Add note"));
    return id;
}

void ChartDocument::editNote(qint64 noteId, const QString &text)
{
    const ChartNote *n = note(noteId);
    if (!n || n->text == text)
        return;
    ChartChange c;
    c.notes.insert(noteId, ChartNote{noteId, text, n->position});
    change(c, tr("Edit note"));
}

void ChartDocument::removeNote(qint64 noteId)
{
    if (!note(noteId))
        return;
    ChartChange c;
    c.notes.insert(noteId, std::nullopt);
    change(c, tr("Remove note"));
}

void ChartDocument::setLinkMode(LinkMode mode)
{
    if (mode == m_linkMode)
        return;
    ChartChange c;
    c.linkMode = mode;
    switch (mode) {
    case LinkMode::PerPair: change(c, tr("Show one link per pair")); break;
    case LinkMode::PerDirection: change(c, tr("Show one link per direction")); break;
    case LinkMode::PerEvent: change(c, tr("Show one link per event")); break;
    }
}

void ChartDocument::setLinkWidth(LinkWidth width)
{
    if (width == m_linkWidth)
        return;
    ChartChange c;
    c.linkWidth = width;
    switch (width) {
    case LinkWidth::Fixed: change(c, tr("Draw links at a fixed width")); break;
    case LinkWidth::Count: change(c, tr("Draw link widths by count")); break;
    case LinkWidth::Amount: change(c, tr("Draw link widths by amount")); break;
    }
}

void ChartDocument::replace(const QHash<EntityId, EntityId> &standIns, const QString &commandText)
{
    ChartChange c;
    for (auto it = standIns.constBegin(); it != standIns.constEnd(); ++it) {
        if (contains(it.key()) && contains(it.value()) && it.key() != it.value() && m_replacedBy.value(it.key()) != it.value())
            c.replacements.insert(it.key(), it.value());
    }
    change(c, commandText);
}

void ChartDocument::restoreReplaced()
{
    ChartChange c;
    for (auto it = m_replacedBy.constBegin(); it != m_replacedBy.constEnd(); ++it)
        c.replacements.insert(it.key(), std::nullopt);
    change(c, tr("Show replaced entities again"));
}

ChartChange ChartDocument::currentValues(const ChartChange &change) const
{
    ChartChange now;
    for (auto it = change.nodes.constBegin(); it != change.nodes.constEnd(); ++it) {
        if (const ChartNode *n = node(it.key()))
            now.nodes.insert(it.key(), *n);
    }
    for (auto it = change.groups.constBegin(); it != change.groups.constEnd(); ++it) {
        const ChartGroup *g = group(it.key());
        now.groups.insert(it.key(), g ? std::optional<ChartGroup>(*g) : std::nullopt);
    }
    for (auto it = change.notes.constBegin(); it != change.notes.constEnd(); ++it) {
        const ChartNote *n = note(it.key());
        now.notes.insert(it.key(), n ? std::optional<ChartNote>(*n) : std::nullopt);
    }
    for (auto it = change.replacements.constBegin(); it != change.replacements.constEnd(); ++it) {
        const auto r = m_replacedBy.constFind(it.key());
        now.replacements.insert(it.key(), r != m_replacedBy.constEnd() ? std::optional<EntityId>(*r) : std::nullopt);
    }
    if (change.linkMode)
        now.linkMode = m_linkMode;
    if (change.linkWidth)
        now.linkWidth = m_linkWidth;
    return now;
}

void ChartDocument::applyChange(const ChartChange &change)
{
    QList<EntityId> changed;
    QList<EntityId> shownOrHidden;
    for (auto it = change.nodes.constBegin(); it != change.nodes.constEnd(); ++it) {
        auto n = m_nodes.find(it.key());
        if (n == m_nodes.end())
            continue;
        if (n->hidden != it.value().hidden)
            shownOrHidden.append(it.key());
        *n = it.value();
        changed.append(it.key());
    }
    for (auto it = change.groups.constBegin(); it != change.groups.constEnd(); ++it) {
        if (it.value())
            m_groups.insert(it.key(), *it.value());
        else
            m_groups.remove(it.key());
    }
    for (auto it = change.notes.constBegin(); it != change.notes.constEnd(); ++it) {
        if (it.value())
            m_notes.insert(it.key(), *it.value());
        else
            m_notes.remove(it.key());
    }
    for (auto it = change.replacements.constBegin(); it != change.replacements.constEnd(); ++it) {
        if (it.value())
            m_replacedBy.insert(it.key(), *it.value());
        else
            m_replacedBy.remove(it.key());
    }
    if (change.linkMode)
        m_linkMode = *change.linkMode;
    if (change.linkWidth)
        m_linkWidth = *change.linkWidth;
    if (!changed.isEmpty())
        emit nodesChanged(changed);
    // Only hiding and showing entities touches the links of some; the rest may touch any.
    const bool others = !change.groups.isEmpty() || !change.replacements.isEmpty() || change.linkMode || change.linkWidth;
    emit displayChanged(others ? LinkChanges::anyLink() : changesAround(shownOrHidden));
}

namespace {

// How wide a text is drawn in a font of `em` pixels, estimated from its characters as the
// chart's Noto fonts draw them: wide East Asian characters a full em, Lao and Burmese letters
// wider than Latin ones, digits a little wider than letters, marks that sit on a letter (Thai,
// Khmer, Lao and Burmese vowels and tones) nothing. The fonts are the widgets'; this is for
// placing entities, where a few points either way do not matter (checked against the scene's
// measure in tst_chartscene).
double estimatedWidth(const QString &text, double em)
{
    double width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate() || c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar::Script script = c.script();
        double factor = 0.52;
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
            || script == QChar::Script_Hangul || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF) || c.isHighSurrogate())
            factor = 1.0;
        else if (script == QChar::Script_Lao)
            factor = 0.73;
        else if (script == QChar::Script_Myanmar)
            factor = 0.63;
        else if (c.isDigit() || c == QLatin1Char('+'))
            factor = 0.57;
        width += factor * em;
    }
    return width;
}

// Whether the segment `line` passes through `box` (Liang–Barsky clipping).
bool crosses(const QLineF &line, const QRectF &box)
{
    double from = 0;
    double to = 1;
    const double dx = line.dx();
    const double dy = line.dy();
    const std::array<std::pair<double, double>, 4> sides{{{-dx, line.x1() - box.left()},
                                                          {dx, box.right() - line.x1()},
                                                          {-dy, line.y1() - box.top()},
                                                          {dy, box.bottom() - line.y1()}}};
    for (const auto &[p, q] : sides) {
        if (p == 0) {
            if (q < 0)
                return false;
            continue;
        }
        const double t = q / p;
        if (p < 0)
            from = std::max(from, t);
        else
            to = std::min(to, t);
        if (from > to)
            return false;
    }
    return true;
}

} // namespace

QRectF ChartDocument::footprint(const ChartNode &node)
{
    // As the scene draws an entity (ChartStyle::nodeSize): its icon of 40 centred on the
    // position, its name under it in bold of 11 pixels, wrapped at 150 over at most three lines,
    // and a line of 10 pixels for its key under that (not an analyst-entered key such as
    // "manual:7" under a name, though its line is kept).
    constexpr double Icon = 40;
    constexpr double NameWidth = 150;
    constexpr double NameLine = 15;
    constexpr double KeyLine = 13.6;
    const double name = estimatedWidth(node.label, 11);
    const int lines = node.label.isEmpty() ? 0 : std::min(3, std::max(1, int(std::ceil(name / NameWidth))));
    const bool keyShown = !(node.key.startsWith(QLatin1String("manual:")) && !node.label.isEmpty());
    const double key = keyShown ? estimatedWidth(node.key, 10) : 0;
    const double width = std::max({Icon + 8, std::min(name, NameWidth) + 8, key + 8});
    const double height = Icon + 4 + lines * NameLine + KeyLine;
    const double scale = node.scale > 0 ? node.scale : 1.0;
    return QRectF(-width / 2 * scale, -Icon / 2 * scale, width * scale, height * scale);
}

QList<QPointF> ChartDocument::placeAround(const QPointF &centre, const QList<ChartNode> &newcomers) const
{
    // Places on rings of growing radius, candidates about 70 points apart along each, where an
    // entity's box (its icon, name and key: footprint) stays clear of every box already there,
    // so that a second page of neighbours does not land on the first and no name is written
    // over another. A ring with more room than entities left spreads them evenly around it.
    // The boxes are kept in a grid of squares, each box in every square it covers, so that a
    // place is compared only with the boxes in the squares it covers (each with every place
    // taken, 53,806 neighbours took 6 s).
    constexpr double Spacing = 70;
    constexpr double Gap = 10; // between two boxes
    constexpr double Square = 120;
    using SquareKey = std::pair<qint64, qint64>;
    const auto squareOf = [](const QPointF &p) { return SquareKey(qint64(std::floor(p.x() / Square)), qint64(std::floor(p.y() / Square))); };
    QHash<SquareKey, QList<QRectF>> taken;
    taken.reserve(m_nodes.size() + newcomers.size());
    auto eachSquare = [&squareOf](const QRectF &box, auto &&visit) {
        const SquareKey first = squareOf(box.topLeft());
        const SquareKey last = squareOf(box.bottomRight());
        for (qint64 x = first.first; x <= last.first; ++x)
            for (qint64 y = first.second; y <= last.second; ++y)
                if (!visit(SquareKey(x, y)))
                    return;
    };
    auto take = [&](const QRectF &box) {
        eachSquare(box, [&](const SquareKey &square) {
            taken[square].append(box);
            return true;
        });
    };
    auto isFree = [&](const QRectF &box) {
        const QRectF clear = box.adjusted(-Gap, -Gap, Gap, Gap);
        bool free = true;
        eachSquare(clear, [&](const SquareKey &square) {
            const auto it = taken.constFind(square);
            if (it != taken.constEnd())
                for (const QRectF &other : *it)
                    if (other.intersects(clear))
                        free = false;
            return free;
        });
        return free;
    };
    for (const ChartNode &node : m_nodes)
        take(footprint(node).translated(node.position));
    // Each newcomer's box about its position, estimated once (each is tried at many places).
    QList<QRectF> boxes;
    boxes.reserve(newcomers.size());
    for (const ChartNode &node : newcomers)
        boxes.append(footprint(node));
    // Whether the line from the centre to `p` would pass through an entity other than one at the
    // centre (a link drawn through it). Looked at for human-sized expansions only: the boxes in
    // the squares met every half square along the line.
    const bool lookAlong = newcomers.size() <= 1000;
    const bool patient = newcomers.size() <= 24;
    constexpr int LookFurther = 3; // rings a few new entities go out for a place in clear sight
    auto blocked = [&](const QPointF &p) {
        const QLineF line(centre, p);
        const int steps = std::max(1, int(std::ceil(line.length() / (Square / 2))));
        QSet<SquareKey> seen;
        for (int k = 0; k <= steps; ++k) {
            const SquareKey square = squareOf(line.pointAt(double(k) / steps));
            if (seen.contains(square))
                continue;
            seen.insert(square);
            const auto it = taken.constFind(square);
            if (it == taken.constEnd())
                continue;
            for (const QRectF &box : *it)
                if (!box.contains(centre) && crosses(line, box))
                    return true;
        }
        return false;
    };

    QList<QPointF> points;
    points.reserve(newcomers.size());
    QList<int> order;
    int deferred = 0; // rings in a row that left some over to look further out in clear sight
    for (double radius = 140; points.size() < newcomers.size(); radius += 90) {
        const int capacity = std::max(6, int(2 * std::numbers::pi * radius / Spacing));
        const int remaining = int(newcomers.size() - points.size());
        // The candidates in the order tried: evenly around the ring first when fewer are left
        // than it holds, then the rest in turn.
        order.clear();
        QList<bool> listed(capacity, false);
        if (remaining < capacity) {
            for (int k = 0; k < remaining; ++k) {
                const int i = int(qint64(k) * capacity / remaining);
                order.append(i);
                listed[i] = true;
            }
        }
        for (int i = 0; i < capacity; ++i)
            if (!listed[i])
                order.append(i);
        QList<bool> used(capacity, false);
        // Each newcomer in turn at the first free candidate (in clear sight of the centre when
        // `sight`) not taken yet.
        auto fill = [&](bool sight) {
            for (const int i : std::as_const(order)) {
                if (points.size() == newcomers.size())
                    return;
                if (used[i])
                    continue;
                const double angle = 2 * std::numbers::pi * i / capacity;
                const QPointF p = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
                const QRectF box = boxes[points.size()].translated(p);
                if (isFree(box) && !(sight && blocked(p))) {
                    points.append(p);
                    take(box);
                    used[i] = true;
                }
            }
        };
        // The places in clear sight of the centre first. A few new entities left over look for
        // one on the next three rings too, and only then take the rest of a ring; many take the
        // rest of each ring at once (their looking further out left every other ring sparse,
        // the chart half as large again at 50 and 1,000 new entities).
        if (lookAlong)
            fill(true);
        if (points.size() == newcomers.size())
            break;
        if (patient && deferred < LookFurther) {
            ++deferred;
            continue;
        }
        deferred = 0;
        fill(false);
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
    QSet<EntityId> gone;
    for (const EntityId id : ids) {
        if (m_nodes.remove(id)) {
            removed.append(id);
            gone.insert(id);
        }
    }
    // In one pass (searching the order for each took seconds for the 53,807 of an expansion).
    m_order.removeIf([&gone](EntityId id) { return gone.contains(id); });
    if (!removed.isEmpty())
        emit nodesRemoved(removed);
}

void ChartDocument::setOrder(const QList<EntityId> &order)
{
    QList<EntityId> ordered;
    QSet<EntityId> placed; // searching the list for each took about a second for a large chart
    for (const EntityId id : order) {
        if (m_nodes.contains(id) && !placed.contains(id)) {
            ordered.append(id);
            placed.insert(id);
        }
    }
    for (const EntityId id : std::as_const(m_order)) {
        if (!placed.contains(id))
            ordered.append(id);
    }
    m_order = ordered;
}

void ChartDocument::insertLinks(const QList<ChartLink> &links)
{
    QList<std::pair<EntityId, EntityId>> pairs;
    pairs.reserve(links.size());
    for (const ChartLink &link : links) {
        const std::pair key{link.a, link.b};
        putLink(key, link);
        pairs.append(key);
    }
    emit linksChanged(changesOf(pairs));
}

void ChartDocument::eraseLinks(const QList<std::pair<EntityId, EntityId>> &keys)
{
    QList<std::pair<EntityId, EntityId>> removed;
    for (const auto &key : keys) {
        if (eraseLink(key))
            removed.append(key);
    }
    pairsRemoved(removed);
    emit linksChanged(changesOf(keys));
}

LinksBefore ChartDocument::mergeLinks(const QList<Link> &links, MergedLinks *merged)
{
    QList<std::pair<EntityId, EntityId>> pairs;
    LinksBefore before;
    // Merged ahead from the links the chart has now: taken whole. Any change to them since has
    // made the chart's tables copies of their own (implicit sharing), which this tells.
    const bool taken = merged && merged->m_ready && m_links.isSharedWith(merged->m_base.links)
                       && m_partners.isSharedWith(merged->m_base.partners);
    if (taken) {
        ++m_mergesTaken;
        setLinkTables(std::move(merged->m_merged));
        before = std::move(merged->m_before);
        pairs = std::move(merged->m_pairs);
    }
    // Let go before merging here: the chart's tables, still shared with it, would be copied.
    if (merged) {
        const bool once = merged->m_taken || taken;
        *merged = MergedLinks();
        merged->m_taken = once;
    }
    if (!taken)
        before = mergeInto(tables(), m_nodes.size(), links, pairs);
    ++m_linksGeneration;
    if (!links.isEmpty())
        emit linksChanged(changesOf(pairs));
    return before;
}

ChartLinkTables ChartDocument::exchangeLinkTables(ChartLinkTables tables)
{
    return {std::exchange(m_links, std::move(tables.links)), std::exchange(m_partners, std::move(tables.partners)),
            std::exchange(m_kindCounts, std::move(tables.kindCounts)), std::exchange(m_confidenceCounts, std::move(tables.confidenceCounts))};
}

void ChartDocument::setLinkTables(ChartLinkTables tables)
{
    ChartLinkTables old = exchangeLinkTables(std::move(tables));
    // Tables nothing else holds are freed here, or, when large, on the disposer's thread (the
    // undo of an expansion of 873,149 links spent 0.24 s freeing them in the window).
    if (old.links.size() >= Disposer::LargeFrom && old.links.isDetached())
        m_disposer.dispose(std::move(old));
}

std::shared_ptr<MergedLinks> ChartDocument::mergeAhead(const QList<Link> &links, qsizetype newNodes) const
{
    auto merged = std::make_shared<MergedLinks>();
    merged->m_base = {m_links, m_partners, m_kindCounts, m_confidenceCounts};
    merged->m_merged = merged->m_base;
    merged->m_before = mergeInto(LinkTables::of(merged->m_merged), m_nodes.size() + newNodes, links, merged->m_pairs);
    merged->m_ready = true;
    return merged;
}

LinksBefore ChartDocument::mergeInto(const LinkTables &tables, qsizetype nodes, const QList<Link> &links,
                                     QList<std::pair<EntityId, EntityId>> &pairs)
{
    LinksBefore before;
    if (links.size() > tables.links.size())
        before.whole = tables.values();
    // The pairs that had a link, as they were, first; then one lookup per link, which makes the
    // pair's link when it has none (a set of the pairs seen and two lookups per link were most
    // of the 873,149 links of an expansion).
    if (!tables.links.isEmpty()) {
        QSet<std::pair<EntityId, EntityId>> recorded;
        for (const Link &link : links) {
            const auto key = ChartLink::keyOf(link.from, link.to);
            if (const auto it = std::as_const(tables.links).constFind(key); it != tables.links.constEnd() && !recorded.contains(key)) {
                recorded.insert(key);
                pairs.append(key);
                before.changed.append(ChartLinkState{key, *it});
                countKindsIn(tables, *it, -1);
            }
        }
    }
    // Grown once: 873,149 links added a pair at a time rehashed the chart's links many times
    // (and their ends' lists of partners, for the entities on the chart).
    tables.links.reserve(tables.links.size() + links.size());
    tables.partners.reserve(nodes);
    for (const Link &link : links) {
        const auto key = ChartLink::keyOf(link.from, link.to);
        const qsizetype had = tables.links.size();
        ChartLink &target = tables.links[key];
        if (tables.links.size() != had) {
            target.a = key.first;
            target.b = key.second;
            before.added.append(key);
            addPartners(tables.partners, key);
        }
        const qint64 n = link.kind == LinkKind::Aggregate ? link.count : 0;
        if (link.from == key.first)
            target.countAB += n;
        else
            target.countBA += n;
        target.duration += link.totalDuration;
        for (const Money &m : link.amounts)
            target.amounts[m.currency] += m.minor;
        if (link.kind != LinkKind::Aggregate)
            target.addConfidence(link.confidence, target.hasDeclaredKind());
        target.addKind(link.kind == LinkKind::Aggregate ? link.eventType : linkKindName(link.kind));
    }
    pairs += before.added;
    for (const auto &key : std::as_const(pairs))
        countKindsIn(tables, *std::as_const(tables.links).constFind(key), +1);
    return before;
}

void ChartDocument::restoreLinks(const LinksBefore &before, std::shared_ptr<MergedLinks> *forRedo)
{
    QList<std::pair<EntityId, EntityId>> pairs;
    QList<std::pair<EntityId, EntityId>> removed;
    pairs.reserve(before.changed.size() + before.added.size());
    if (before.whole) {
        // The undo stack brings the chart back to just after the edit before undoing it, so
        // the tables as they were before it are what it leaves.
        for (const ChartLinkState &state : before.changed)
            pairs.append(state.key);
        pairs += before.added;
        if (forRedo) {
            // The redo of an expansion of 873,149 links merged them again in the window (1 s).
            // The undo stack brings the chart back to just after this undo before redoing, so
            // its tables are then still those put back here, which the merge checks.
            auto kept = std::make_shared<MergedLinks>();
            kept->m_base = *before.whole;
            kept->m_merged = exchangeLinkTables(*before.whole);
            kept->m_before = before;
            kept->m_pairs = pairs;
            kept->m_ready = true;
            *forRedo = std::move(kept);
        } else {
            setLinkTables(*before.whole);
        }
        ++m_linksGeneration;
        if (!pairs.isEmpty())
            emit linksChanged(changesOf(pairs));
        return;
    }
    for (const ChartLinkState &state : before.changed) {
        pairs.append(state.key);
        putLink(state.key, state.link);
    }
    for (const auto &key : before.added) {
        pairs.append(key);
        if (eraseLink(key))
            removed.append(key);
    }
    pairsRemoved(removed);
    if (!pairs.isEmpty())
        emit linksChanged(changesOf(pairs));
}

void ChartDocument::setPositions(const ChartPositions &positions)
{
    QList<EntityId> moved;
    for (auto it = positions.nodes.constBegin(); it != positions.nodes.constEnd(); ++it) {
        auto node = m_nodes.find(it.key());
        if (node == m_nodes.end())
            continue;
        node->position = it.value();
        moved.append(it.key());
    }
    bool others = false;
    for (auto it = positions.groups.constBegin(); it != positions.groups.constEnd(); ++it) {
        if (auto g = m_groups.find(it.key()); g != m_groups.end()) {
            g->position = it.value();
            others = true;
        }
    }
    for (auto it = positions.notes.constBegin(); it != positions.notes.constEnd(); ++it) {
        if (auto n = m_notes.find(it.key()); n != m_notes.end()) {
            n->position = it.value();
            others = true;
        }
    }
    if (!moved.isEmpty())
        emit nodesMoved(moved);
    if (others)
        emit displayChanged({}); // groups and notes moved: links follow their ends by themselves
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

namespace {

QByteArray chartJson(const QString &name, const QHash<EntityId, ChartNode> &nodes, const QList<EntityId> &order,
                     const QHash<std::pair<EntityId, EntityId>, ChartLink> &links, const QMap<qint64, ChartGroup> &groups,
                     const QMap<qint64, ChartNote> &notes, const QHash<EntityId, EntityId> &replacedBy, LinkMode linkMode,
                     LinkWidth linkWidth, qint64 hubDegree)
{
    QJsonArray nodeArray;
    for (const EntityId id : order) {
        const ChartNode &n = *nodes.constFind(id);
        QJsonObject o{{QStringLiteral("id"), n.id},
                      {QStringLiteral("type"), entityTypeName(n.type)},
                      {QStringLiteral("key"), n.key},
                      {QStringLiteral("label"), n.label},
                      {QStringLiteral("x"), n.position.x()},
                      {QStringLiteral("y"), n.position.y()},
                      {QStringLiteral("pinned"), n.pinned},
                      {QStringLiteral("more"), n.more}};
        // Optional values only when set, so plain charts stay small.
        if (n.hidden)
            o.insert(QStringLiteral("hidden"), true);
        if (n.degree >= 0)
            o.insert(QStringLiteral("degree"), n.degree);
        if (!n.color.isEmpty())
            o.insert(QStringLiteral("color"), n.color);
        if (!n.icon.isEmpty())
            o.insert(QStringLiteral("icon"), n.icon);
        if (n.group != 0)
            o.insert(QStringLiteral("group"), n.group);
        if (n.scale != 1.0)
            o.insert(QStringLiteral("scale"), n.scale);
        nodeArray.append(o);
    }
    QJsonArray linkArray;
    for (const ChartLink &l : sortedByPair(links)) {
        const QStringList &kinds = l.kinds;
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
        if (l.confidence != Confidence::Confirmed)
            link.insert(QStringLiteral("confidence"), confidenceName(l.confidence));
        linkArray.append(link);
    }
    QJsonArray groupArray;
    for (const ChartGroup &g : groups) {
        groupArray.append(QJsonObject{{QStringLiteral("id"), g.id},
                                      {QStringLiteral("label"), g.label},
                                      {QStringLiteral("color"), g.color},
                                      {QStringLiteral("collapsed"), g.collapsed},
                                      {QStringLiteral("position"), pointJson(g.position)}});
    }
    QJsonArray noteArray;
    for (const ChartNote &n : notes) {
        noteArray.append(QJsonObject{{QStringLiteral("id"), n.id},
                                     {QStringLiteral("text"), n.text},
                                     {QStringLiteral("position"), pointJson(n.position)}});
    }
    QList<std::pair<EntityId, EntityId>> replaced;
    for (auto it = replacedBy.constBegin(); it != replacedBy.constEnd(); ++it) {
        if (nodes.contains(it.key()) && nodes.contains(it.value()))
            replaced.append({it.key(), it.value()});
    }
    std::sort(replaced.begin(), replaced.end());
    QJsonArray replacements;
    for (const auto &[x, by] : replaced)
        replacements.append(QJsonArray{x, by});
    const QJsonObject root{{QStringLiteral("version"), JsonVersion},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("nodes"), nodeArray},
                           {QStringLiteral("links"), linkArray},
                           {QStringLiteral("groups"), groupArray},
                           {QStringLiteral("notes"), noteArray},
                           {QStringLiteral("replacements"), replacements},
                           {QStringLiteral("linkMode"), linkModeName(linkMode)},
                           {QStringLiteral("linkWidth"), linkWidthName(linkWidth)},
                           {QStringLiteral("hubDegree"), hubDegree}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray ChartDocument::toJson() const { return jsonWriter()(); }

std::function<QByteArray()> ChartDocument::jsonWriter() const
{
    // Copies of the implicitly shared containers: safe to read on another thread while this
    // one changes the chart (a change detaches this side's copy).
    return [name = m_name, nodes = m_nodes, order = m_order, links = m_links, groups = m_groups, notes = m_notes,
            replacedBy = m_replacedBy, linkMode = m_linkMode, linkWidth = m_linkWidth, hubDegree = m_hubDegree] {
        return chartJson(name, nodes, order, links, groups, notes, replacedBy, linkMode, linkWidth, hubDegree);
    };
}

Result<std::unique_ptr<ChartDocument>> ChartDocument::fromJson(const QByteArray &json)
{
    auto contents = readJson(json);
    if (!contents)
        return contents.error();
    return fromContents(std::move(*contents));
}

Result<ChartDocument::Contents> ChartDocument::readJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidInput, tr("The saved chart cannot be read."), parseError.errorString()};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() > JsonVersion)
        return Error{ErrorCode::TooNew, tr("The chart was saved by a newer version of Seagull."), {}};
    Contents c;
    c.name = root.value(QStringLiteral("name")).toString();
    const QJsonArray nodeArray = root.value(QStringLiteral("nodes")).toArray();
    c.nodes.reserve(nodeArray.size());
    c.order.reserve(nodeArray.size());
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
        n.hidden = o.value(QStringLiteral("hidden")).toBool();
        n.degree = o.value(QStringLiteral("degree")).toInteger(-1);
        n.color = o.value(QStringLiteral("color")).toString();
        n.icon = o.value(QStringLiteral("icon")).toString();
        n.scale = std::clamp(o.value(QStringLiteral("scale")).toDouble(1.0), 0.25, 4.0);
        n.group = o.value(QStringLiteral("group")).toInteger();
        if (c.nodes.contains(n.id))
            continue; // the first of an id listed twice, as a chart takes them
        c.order.append(n.id);
        c.nodes.insert(n.id, n);
    }
    const QJsonArray linkArray = root.value(QStringLiteral("links")).toArray();
    c.links.links.reserve(linkArray.size());
    const LinkTables tables = LinkTables::of(c.links);
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
            l.addKind(k.toString());
        l.confidence = confidenceFromName(o.value(QStringLiteral("confidence")).toString()).value_or(Confidence::Confirmed);
        putLinkIn(tables, {l.a, l.b}, l); // a pair listed twice counts as its last
    }
    const QJsonArray groupArray = root.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &value : groupArray) {
        const QJsonObject o = value.toObject();
        ChartGroup g{o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("label")).toString(),
                     o.value(QStringLiteral("color")).toString(), o.value(QStringLiteral("collapsed")).toBool(),
                     pointFromJson(o.value(QStringLiteral("position")))};
        if (g.id > 0)
            c.groups.insert(g.id, g);
    }
    const QJsonArray noteArray = root.value(QStringLiteral("notes")).toArray();
    for (const QJsonValue &value : noteArray) {
        const QJsonObject o = value.toObject();
        ChartNote n{o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("text")).toString(),
                    pointFromJson(o.value(QStringLiteral("position")))};
        if (n.id > 0)
            c.notes.insert(n.id, n);
    }
    const QJsonArray replacementArray = root.value(QStringLiteral("replacements")).toArray();
    for (const QJsonValue &value : replacementArray) {
        const QJsonArray pair = value.toArray();
        c.replacedBy.insert(pair.at(0).toInteger(), pair.at(1).toInteger());
    }
    c.linkMode = linkModeFromName(root.value(QStringLiteral("linkMode")).toString()).value_or(LinkMode::PerPair);
    c.linkWidth = linkWidthFromName(root.value(QStringLiteral("linkWidth")).toString()).value_or(LinkWidth::Count);
    c.hubDegree = root.value(QStringLiteral("hubDegree")).toInteger(100);
    return c;
}

std::unique_ptr<ChartDocument> ChartDocument::fromContents(Contents c)
{
    auto document = std::make_unique<ChartDocument>();
    document->m_name = std::move(c.name);
    document->m_nodes = std::move(c.nodes);
    document->m_order = std::move(c.order);
    document->setLinkTables(std::move(c.links));
    ++document->m_linksGeneration;
    document->m_groups = std::move(c.groups);
    document->m_notes = std::move(c.notes);
    document->m_replacedBy = std::move(c.replacedBy);
    document->m_linkMode = c.linkMode;
    document->m_linkWidth = c.linkWidth;
    document->m_hubDegree = c.hubDegree;
    return document;
}

} // namespace sg

#pragma once

#include "core/model/disposer.h"
#include "core/model/records.h"
#include "core/model/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace sg {

// How the links between two entities are drawn (i2's "multiplicity"): one line per pair with
// the totals, one line per direction, or one line per event.
enum class LinkMode { PerPair, PerDirection, PerEvent };
// What a link's line width follows.
enum class LinkWidth { Fixed, Count, Amount };

QString linkModeName(LinkMode mode);
std::optional<LinkMode> linkModeFromName(const QString &name);
QString linkWidthName(LinkWidth width);
std::optional<LinkWidth> linkWidthFromName(const QString &name);

// An entity as it stands on a chart.
struct ChartNode
{
    EntityId id = 0;
    EntityType type = EntityType::Phone;
    QString key;
    QString label;
    QPointF position;
    bool pinned = false;
    bool hidden = false;  // on the chart but not drawn, until shown again
    qint64 more = 0;      // neighbours not yet on the chart that the last expansion left out
    qint64 degree = -1;   // neighbours in the whole case when it was added; -1 unknown
    QString color;        // "#rrggbb" drawn instead of the type's colour; empty: the type's
    QString icon;         // entity type name whose icon is drawn instead; empty: its own
    qint64 group = 0;     // the group box it is in; 0: none
    double scale = 1.0;   // drawn this much larger (sized by an analysis measure); 1: natural

    static ChartNode fromEntity(const Entity &entity, const QPointF &position = {});
    bool operator==(const ChartNode &) const = default;
};

// A box around entities (a den, a family, a gang) that moves as one and can be collapsed into
// a single node at `position`.
struct ChartGroup
{
    qint64 id = 0;
    QString label;
    QString color;
    bool collapsed = false;
    QPointF position; // of the collapsed node
    bool operator==(const ChartGroup &) const = default;
};

// Free text placed on a chart.
struct ChartNote
{
    qint64 id = 0;
    QString text;
    QPointF position;
    bool operator==(const ChartNote &) const = default;
};

// What is drawn stands for entities: an entity's own id, or minus the id of a collapsed group.
using DisplayId = qint64;
inline DisplayId groupDisplayId(qint64 groupId) { return -groupId; }

// Places of things on a chart, for moves and layouts.
struct ChartPositions
{
    QHash<EntityId, QPointF> nodes;
    QHash<qint64, QPointF> groups; // collapsed groups
    QHash<qint64, QPointF> notes;

    bool isEmpty() const { return nodes.isEmpty() && groups.isEmpty() && notes.isEmpty(); }
    int size() const { return int(nodes.size() + groups.size() + notes.size()); }
};

// The part of a chart's state an edit other than adding, removing or moving changes: new values
// for some nodes, groups and notes (nullopt: absent), the link display, and entities shown
// through another ("replace view": a phone drawn as its owner). Held twice by a command, as
// before and after.
struct ChartChange
{
    QHash<EntityId, ChartNode> nodes;
    QHash<qint64, std::optional<ChartGroup>> groups;
    QHash<qint64, std::optional<ChartNote>> notes;
    QHash<EntityId, std::optional<EntityId>> replacements; // replaced entity → the one drawn for it
    std::optional<LinkMode> linkMode;
    std::optional<LinkWidth> linkWidth;

    bool isEmpty() const;
};

// The links between two entities on a chart, both directions together.
struct ChartLink
{
    EntityId a = 0; // a < b
    EntityId b = 0;
    qint64 countAB = 0; // events from a to b
    qint64 countBA = 0;
    qint64 duration = 0;
    QMap<QString, qint64> amounts; // money moved, per currency, in its minor units (both ways)
    // "call", "sms", "uses", ... in order, each once. A list, not a QSet: a set of one allocates
    // over a kilobyte, and an expansion of 53,806 entities made three of them per link.
    QStringList kinds;
    Confidence confidence = Confidence::Confirmed; // of its declared kinds: the strongest stated

    qint64 count() const { return countAB + countBA; }
    bool isDeclared() const { return count() == 0; }
    // Whether any of its kinds is a declared link (owns, uses, ...), not an event type.
    bool hasDeclaredKind() const;
    // Adds a declared kind stated with `stated` confidence: the link keeps the strongest.
    void addConfidence(Confidence stated, bool hadDeclared);
    // Adds `other`, whose ends are the same pair, possibly the other way round.
    void add(const ChartLink &other);
    void addKind(const QString &kind);
    static std::pair<EntityId, EntityId> keyOf(EntityId x, EntityId y) { return x < y ? std::pair{x, y} : std::pair{y, x}; }
    bool operator==(const ChartLink &) const = default;
};

// A pair link as it was before an edit.
struct ChartLinkState
{
    std::pair<EntityId, EntityId> key;
    ChartLink link;
};

// The pair links an edit touched, as they were before it: those it made (no link before) and
// those it changed. Kept apart: an expansion makes hundreds of thousands, and an empty copy of
// a link for each was 90 MB kept for its undo.
// A chart's link tables by value: its pair links, each entity's partners, the links of each
// kind and the declared links of each confidence. Copies share the chart's data until one of
// them is written (Qt's implicit sharing).
struct ChartLinkTables
{
    QHash<std::pair<EntityId, EntityId>, ChartLink> links;
    QHash<EntityId, QList<EntityId>> partners;
    QHash<QString, qint64> kindCounts;
    QHash<Confidence, qint64> confidenceCounts;
};

struct LinksBefore
{
    QList<std::pair<EntityId, EntityId>> added;
    QList<ChartLinkState> changed;
    // The chart's link tables as they were, whole, where the edit brought more links than the
    // chart had (an expansion onto a small chart): put back at once by the undo rather than
    // erasing each link it made (873,149 erased one by one held the window 0.4 s). Shared with
    // what the chart had, not copied.
    std::optional<ChartLinkTables> whole;
};

// The links of a chart with an expansion's merged in, worked out ahead of time on the worker
// that read the expansion (merging the 873,149 links of one into the chart held the window most
// of a second). Made by ChartDocument::mergeAhead() from the links the chart had then, which it
// shares rather than copies; the expansion's command takes it in place of merging only while
// the chart's links are still exactly those, and merges as usual otherwise.
class MergedLinks
{
public:
    // Whether the chart took it (its links were still those it was made from).
    bool wasTaken() const { return m_taken; }
    // The pair links it holds, merged.
    qsizetype linkCount() const { return m_merged.links.size(); }

private:
    friend class ChartDocument;
    bool m_ready = false; // made by mergeAhead() and not offered to the chart yet: offered once
    bool m_taken = false;
    ChartLinkTables m_base;   // the chart's when made
    ChartLinkTables m_merged; // with the expansion's merged in
    LinksBefore m_before;
    QList<std::pair<EntityId, EntityId>> m_pairs; // the pairs changed or made
};

// Which drawn links a change may have touched: any of them (the scene looks at every link), or
// only those between these pairs of entities (smaller id first). Pairs of entities are pairs of
// display ids only while nothing is drawn in another's place; a change then says "any".
struct LinkChanges
{
    bool any = false;
    QList<std::pair<EntityId, EntityId>> pairs;
    static LinkChanges anyLink() { return {true, {}}; }
};

// What is on one chart: entities, their positions, pins and styles, groups, notes, the links
// between the entities and how they are drawn. The single source of truth for a chart; scene
// items are projections of it. Every edit goes through an undoable command on undoStack()
// (chartcommands.h), whose clean state says whether the chart has unsaved changes; the stack has
// no size limit. Lives on the GUI thread (or the CLI's main thread).
//
// What is drawn is derived: an entity is drawn unless it is hidden, inside a collapsed group
// (the group's node is drawn) or replaced (its stand-in is drawn); displayLinks() re-routes the
// links accordingly and adds up those that land on the same pair.
class ChartDocument : public QObject
{
    Q_OBJECT

public:
    explicit ChartDocument(QObject *parent = nullptr);
    ~ChartDocument() override;

    QUndoStack *undoStack() const { return m_undoStack.get(); }

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    qint64 chartId() const { return m_chartId; } // id in the case, 0 until saved
    void setChartId(qint64 id) { m_chartId = id; }

    bool contains(EntityId id) const { return m_nodes.contains(id); }
    const ChartNode *node(EntityId id) const;
    QList<ChartNode> nodes() const;      // in the order they were added
    QList<EntityId> nodeIds() const { return m_order; }
    QList<ChartLink> links() const;
    QList<ChartLink> linksOf(EntityId id) const;
    // The entities that `id` has a link with on the chart (shown or not), kept as links come and
    // go (found by a pass over every link, removing entities from a large chart took a pass each).
    QList<EntityId> partnersOf(EntityId id) const { return m_partners.value(id); }
    // The link between two entities, either way round; null when there is none.
    const ChartLink *link(EntityId x, EntityId y) const;
    int nodeCount() const { return int(m_nodes.size()); }
    bool isEmpty() const { return m_nodes.isEmpty() && m_notes.isEmpty(); } // no entity, no note
    qsizetype linkCount() const { return m_links.size(); } // pairs with links
    // Counts the changes to the links' table: a pointer to one of its links (link(), drawnLink(),
    // forEachDisplayLink()) stays valid while this is what it was (the table moves its links
    // about as links come and go).
    quint64 linksGeneration() const { return m_linksGeneration; }
    // Frees link tables the chart gave up, when large (Disposer::LargeFrom links), on a thread
    // of its own (setLinkTables).
    Disposer &disposer() { return m_disposer; }
    // Merges taken whole, made ahead or kept by an undo for its redo (mergeLinks; tests).
    int mergesTaken() const { return m_mergesTaken; }

    QList<ChartGroup> groups() const;  // by id
    const ChartGroup *group(qint64 id) const;
    QList<EntityId> groupMembers(qint64 groupId) const;
    QList<ChartNote> notes() const;    // by id
    const ChartNote *note(qint64 id) const;
    LinkMode linkMode() const { return m_linkMode; }
    LinkWidth linkWidth() const { return m_linkWidth; }
    QHash<EntityId, EntityId> replacements() const { return m_replacedBy; }
    qint64 hubDegree() const { return m_hubDegree; }
    void setHubDegree(qint64 degree) { m_hubDegree = degree; }
    bool isHub(const ChartNode &node) const { return node.degree >= m_hubDegree; }

    // What stands for the entity on the drawing; nullopt when it is hidden or not on the chart.
    std::optional<DisplayId> displayIdOf(EntityId id) const;
    bool isDisplayed(EntityId id) const { return displayIdOf(id) == id; }
    // The entities and collapsed groups drawn, in the order added.
    QList<DisplayId> displayIds() const;
    // The links as drawn: between display ids, re-routed and added up.
    QList<ChartLink> displayLinks() const;
    // Whether anything is drawn in another's place (a stand-in, a collapsed group): then links
    // are drawn between display ids that are not their ends.
    bool isRerouted() const;
    // Without rerouting, the link between two entities as drawn: null when there is none, or an
    // end is hidden or not on the chart.
    const ChartLink *drawnLink(EntityId x, EntityId y) const;
    // The drawn links that the entities' coming, going or showing may touch: their links' pairs,
    // or any link when there are many of those (a pass over every link is then the cheaper) or
    // links are rerouted.
    LinkChanges changesAround(const QList<EntityId> &ids) const;
    // The same links, visited in no particular order until `visit` returns false; on a chart
    // with nothing drawn in another's place, without copying or sorting them (the legend of a
    // chart of 873,149 links).
    void forEachDisplayLink(const std::function<bool(const ChartLink &)> &visit) const;
    // The kinds of the chart's links ("call", "owns", ...), and the confidences of its declared
    // links, drawn or not: kept as links change, so that the legend can stop looking at the
    // drawn links once it has found them all.
    QStringList linkKinds() const;
    QSet<Confidence> declaredConfidences() const;
    // The entities a display id stands for (itself; a group's members; and those replaced by them).
    QList<EntityId> entitiesOf(DisplayId id) const;
    QPointF displayPosition(DisplayId id) const;

    // `links` merged into a copy of the chart's links, for addEntities() to take later. Any
    // thread, while nothing changes the document (the worker reading an expansion).
    std::shared_ptr<MergedLinks> mergeAhead(const QList<Link> &links, qsizetype newNodes) const;

    // Edits as undoable commands, with translated names for the Edit menu. `merged`, when given,
    // is `links` merged ahead by mergeAhead().
    void addEntities(const QList<ChartNode> &nodes, const QList<Link> &links, const QString &commandText,
                     const QHash<EntityId, qint64> &more = {}, std::shared_ptr<MergedLinks> merged = {});
    void removeEntities(const QList<EntityId> &ids);
    // `dragId` > 0 merges successive moves of one drag into one undo step.
    void moveEntities(const QHash<EntityId, QPointF> &positions, int dragId = 0);
    void moveItems(const ChartPositions &positions, int dragId = 0);
    void applyLayout(const QHash<DisplayId, QPointF> &positions, const QString &engineName);
    void setPinned(const QList<EntityId> &ids, bool pinned);
    void setHidden(const QList<EntityId> &ids, bool hidden);
    void showAll();
    void setColor(const QList<EntityId> &ids, const QString &color);
    // Colours and sizes entities by an analysis result, as one undoable edit named `text`
    // ("Size by betweenness"): an empty colour restores the type's, a scale of 1 the natural
    // size. Entities not named keep theirs.
    void restyle(const QHash<EntityId, QString> &colors, const QHash<EntityId, double> &scales, const QString &text);
    void setIcon(const QList<EntityId> &ids, const QString &iconType);
    // Puts the entities in a new group (out of any other); returns its id.
    qint64 createGroup(const QList<EntityId> &ids, const QString &label);
    void ungroup(qint64 groupId);
    void setGroupCollapsed(qint64 groupId, bool collapsed);
    void renameGroup(qint64 groupId, const QString &label);
    qint64 addNote(const QString &text, const QPointF &position);
    void editNote(qint64 noteId, const QString &text);
    void removeNote(qint64 noteId);
    void setLinkMode(LinkMode mode);
    void setLinkWidth(LinkWidth width);
    // Draws each key entity as its value (replace view); an empty map restores every entity.
    void replace(const QHash<EntityId, EntityId> &standIns, const QString &commandText);
    void restoreReplaced();
    // A change of values, computed against the current state and pushed as one command.
    void change(const ChartChange &after, const QString &commandText);

    // Positions for new entities around `centre`, in their order: on rings, each entity's box
    // (footprint) clear of every other's, those there and those placed before it.
    QList<QPointF> placeAround(const QPointF &centre, const QList<ChartNode> &newcomers) const;
    // The box an entity takes on the chart, about its position, estimated from its name and key
    // as the scene draws them (the icon, the name wrapped under it, the key below).
    static QRectF footprint(const ChartNode &node);

    // Saving in the case (charts table).
    QByteArray toJson() const;
    // What toJson() would give now, written by the returned function on any thread (autosave
    // writes a chart of 53,806 entities and 873,149 links, 66 MB, in 5 s). Taking it copies
    // nothing: the chart's containers are shared until the chart next changes.
    std::function<QByteArray()> jsonWriter() const;
    static Result<std::unique_ptr<ChartDocument>> fromJson(const QByteArray &json);
    // What a saved chart holds, its tables made: read on any thread (readJson), then made a
    // chart on the GUI thread (fromContents) without copying. A chart of 51,903 entities and
    // 835,319 links (64 MB) read where the window waited held it 5 s as its case opened.
    struct Contents
    {
        QString name;
        QHash<EntityId, ChartNode> nodes;
        QList<EntityId> order;
        ChartLinkTables links;
        QMap<qint64, ChartGroup> groups;
        QMap<qint64, ChartNote> notes;
        QHash<EntityId, EntityId> replacedBy;
        LinkMode linkMode = LinkMode::PerPair;
        LinkWidth linkWidth = LinkWidth::Count;
        qint64 hubDegree = 100;
    };
    static Result<Contents> readJson(const QByteArray &json);
    static std::unique_ptr<ChartDocument> fromContents(Contents contents);

    // Raw mutators for the commands only; they emit the signals below.
    void insertNodes(const QList<ChartNode> &nodes);
    void eraseNodes(const QList<EntityId> &ids);
    void setOrder(const QList<EntityId> &order);
    void insertLinks(const QList<ChartLink> &links);
    void eraseLinks(const QList<std::pair<EntityId, EntityId>> &keys);
    void setPositions(const ChartPositions &positions);
    void setMore(const QHash<EntityId, qint64> &more);
    void applyChange(const ChartChange &change);
    // The current values of what `change` touches, to undo it.
    ChartChange currentValues(const ChartChange &change) const;
    // Adds directed store links into the pair links; returns the pair links as they were before,
    // for undo. `merged`, when given, is `links` merged ahead: taken when the chart's links are
    // still those it was made from.
    LinksBefore mergeLinks(const QList<Link> &links, MergedLinks *merged = nullptr);
    // With `forRedo`, the links an edit brought to a chart that had fewer (LinksBefore::whole)
    // are kept there instead of let go of, as a merge that the edit's redo takes whole if the
    // chart's links are still those put back now (mergeLinks).
    void restoreLinks(const LinksBefore &before, std::shared_ptr<MergedLinks> *forRedo = nullptr);

signals:
    void nodesAdded(const QList<sg::EntityId> &ids);
    void nodesRemoved(const QList<sg::EntityId> &ids);
    void nodesMoved(const QList<sg::EntityId> &ids);
    void nodesChanged(const QList<sg::EntityId> &ids);
    void linksChanged(const sg::LinkChanges &changes);
    // What is drawn changed: hidden or shown entities, groups, notes, replacements, link display.
    void displayChanged(const sg::LinkChanges &changes);

private:
    // Without rerouting: whether the link is drawn (both ends shown).
    bool drawnAsItIs(const ChartLink &link) const;
    // Without rerouting: the links drawn, in no particular order, until `visit` returns false.
    void forEachDrawnAsItIs(const std::function<bool(const ChartLink &)> &visit) const;
    qint64 nextGroupId() const;
    // What changing the links of `pairs` tells the scene.
    LinkChanges changesOf(QList<std::pair<EntityId, EntityId>> pairs) const;
    // Sets the pair's link, keeping the partners and the kind counts.
    void putLink(const std::pair<EntityId, EntityId> &key, const ChartLink &link);
    // Erases the pair's link, keeping the kind counts; whether it had one (the partners are
    // dropped by pairsRemoved(), in one pass for all the pairs erased).
    bool eraseLink(const std::pair<EntityId, EntityId> &key);
    // The chart's link tables, or a copy of them being merged into ahead of time.
    struct LinkTables
    {
        QHash<std::pair<EntityId, EntityId>, ChartLink> &links;
        QHash<EntityId, QList<EntityId>> &partners;
        QHash<QString, qint64> &kindCounts;
        QHash<Confidence, qint64> &confidenceCounts;

        static LinkTables of(ChartLinkTables &t) { return {t.links, t.partners, t.kindCounts, t.confidenceCounts}; }
        ChartLinkTables values() const { return {links, partners, kindCounts, confidenceCounts}; }
    };
    // Merges `links` into `tables` (which have `nodes` entities among them); the pairs changed
    // or made are appended to `pairs`.
    static LinksBefore mergeInto(const LinkTables &tables, qsizetype nodes, const QList<Link> &links,
                                 QList<std::pair<EntityId, EntityId>> &pairs);
    static void addPartners(QHash<EntityId, QList<EntityId>> &partners, const std::pair<EntityId, EntityId> &key);
    // putLink() into `tables` (a chart's being read, say), the generation not counted.
    static void putLinkIn(const LinkTables &tables, const std::pair<EntityId, EntityId> &key, const ChartLink &link);
    static void countKindsIn(const LinkTables &tables, const ChartLink &link, int sign);
    // Keeps m_partners as pairs gain their first link or lose their last.
    void pairAdded(const std::pair<EntityId, EntityId> &key) { addPartners(m_partners, key); }
    void pairsRemoved(const QList<std::pair<EntityId, EntityId>> &keys);
    // Adds (+1) or takes away (-1) the link's kinds and confidence from the counts.
    void countKinds(const ChartLink &link, int sign) { countKindsIn(tables(), link, sign); }
    LinkTables tables() { return {m_links, m_partners, m_kindCounts, m_confidenceCounts}; }
    // Puts `tables` in place of the chart's (the links' generation is the caller's to count).
    void setLinkTables(ChartLinkTables tables);
    // The same, handing back the chart's.
    ChartLinkTables exchangeLinkTables(ChartLinkTables tables);
    // The change that `edit` makes to each of `ids` (those it leaves as they are are left out).
    ChartChange nodeChange(const QList<EntityId> &ids, const std::function<void(ChartNode &)> &edit) const;

    // First, so that it is destroyed last: it waits for what it frees.
    Disposer m_disposer;
    std::unique_ptr<QUndoStack> m_undoStack;
    QString m_name;
    qint64 m_chartId = 0;
    QHash<EntityId, ChartNode> m_nodes;
    QList<EntityId> m_order;
    QHash<std::pair<EntityId, EntityId>, ChartLink> m_links;
    quint64 m_linksGeneration = 1;
    int m_mergesTaken = 0;
    QHash<EntityId, QList<EntityId>> m_partners; // each link's ends, each listed at the other
    QHash<QString, qint64> m_kindCounts;          // links of each kind
    QHash<Confidence, qint64> m_confidenceCounts; // declared links of each confidence
    QMap<qint64, ChartGroup> m_groups;
    QMap<qint64, ChartNote> m_notes;
    QHash<EntityId, EntityId> m_replacedBy;
    LinkMode m_linkMode = LinkMode::PerPair;
    LinkWidth m_linkWidth = LinkWidth::Count;
    qint64 m_hubDegree = 100;
};

} // namespace sg

#pragma once

#include "core/chart/chartdocument.h"
#include "core/model/disposer.h"
#include "widgets/linklines.h"

#include <QGraphicsScene>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <optional>
#include <vector>

class QVariantAnimation;


namespace sg {

class EntityItem;
class GroupBoxItem;
class GroupNodeItem;
class LinkBucketItem;
class LinkItem;
class LinkLabelLayer;
class FarViewItem;
class NodeItem;
class NoteItem;
struct LinkDrawing;
struct LinkRemains;

// The scene of one chart: a projection of its ChartDocument. Items are created, moved, shown,
// hidden and removed when the document says so; what is drawn follows the document's display
// graph (hidden entities, collapsed groups, stand-ins) and its link mode. A drag becomes one
// move command when the mouse is released. Does not own the document. GUI thread.
class ChartScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // Links drawn one per event show at most this many lines per pair; the last one says how
    // many more there are.
    static constexpr int MaxEventLines = 12;

    explicit ChartScene(ChartDocument *document, QObject *parent = nullptr);
    ~ChartScene() override;

    ChartDocument *document() const { return m_document; }
    EntityItem *entityItem(EntityId id) const { return m_entities.value(id); }
    GroupNodeItem *groupNodeItem(qint64 groupId) const { return m_groupNodes.value(groupId); }
    GroupBoxItem *groupBoxItem(qint64 groupId) const { return m_groupBoxes.value(groupId); }
    NoteItem *noteItem(qint64 noteId) const { return m_notes.value(noteId); }
    NodeItem *nodeItem(DisplayId id) const;
    // The first line drawn between two display ids, and all of them (per direction, per event).
    LinkItem *linkItem(DisplayId a, DisplayId b) const;
    QList<LinkItem *> linkItems(DisplayId a, DisplayId b) const;
    int entityItemCount() const; // entities drawn (not hidden, not inside a collapsed group)
    int linkItemCount() const { return int(m_links.size()); }

    // Selected entities, with the members of selected groups.
    QList<EntityId> selectedEntities() const;
    QList<qint64> selectedGroups() const;
    QList<qint64> selectedNotes() const;
    // The link selected alone (no entity selected with it), as its pair of display ids.
    std::optional<std::pair<DisplayId, DisplayId>> selectedLink() const;
    void selectEntities(const QList<EntityId> &ids);

    // Selection tools.
    void selectNeighbours();
    void selectByType(EntityType type);
    void invertSelection();
    // Selects the entities whose name or key contains `text` (folded like search: case,
    // Vietnamese marks, traditional/simplified Chinese, digits in any script); returns them.
    QList<EntityId> findOnChart(const QString &text);
    QRectF selectionRect() const;

    // The bounding box of everything drawn, with a margin.
    QRectF chartRect() const;
    // Printing draws every label and arrow whatever the scale; the screen leaves them out when
    // zoomed far out.
    // Full detail also turns item caches off, so that print and PDF get vectors and text.
    void setFullDetail(bool full);
    // The view is zooming or scrolling: lines skip antialiasing until it settles.
    void setInMotion(bool moving) { m_inMotion = moving; }
    bool isInMotion() const { return m_inMotion; }
    // The view is zoomed far out: links are drawn by one layer item instead of one item each.
    void setFarView(bool far);
    bool isFarView() const { return m_farView; }
    // The view is crossed by so many links that they cannot be told apart (and Qt would take
    // seconds to draw them one by one): the layer draws them as thin lines, the entities draw
    // themselves. Both at once, so that a link item is shown or hidden once for both.
    void setDrawingMode(bool far, bool crowded);
    // A view crossed by this many links or more is crowded, and stays so until fewer than
    // CrowdedLeave cross it (no toggling back and forth while scrolling along the edge: each
    // turn shows or hides every link item). So many new links at once make the scene crowded
    // before the view has looked (their items made hidden: Qt keeps a record per shown item and
    // view, 2 s for the 873,149 of an expansion, and hiding them again cost as much).
    static constexpr int CrowdedEnter = 10000;
    static constexpr int CrowdedLeave = 8000;
    // Removing fewer items than this never makes the scene's items again.
    static constexpr int RebuildAbove = 1000;
    // From Disposer::LargeFrom link items on, rebuild() hands what they hold to another thread
    // to free.
    int disposals() const { return m_disposer.disposed(); }
    // While rebuild() deletes many link items: where each leaves what it held (LinkRemains).
    std::vector<LinkRemains> *remainsSink() const { return m_remains; }
    // Link items kept hidden for reuse at most (each a few hundred bytes).
    static constexpr int MaxSpareLinks = 200000;
    // Link items per LinkBucketItem (the scene's top level holds the buckets, not the links).
    static constexpr int LinksPerBucket = 4096;
    int spareLinkItems() const { return int(m_spare.size()); }
    // Drawing many new links: up to DrawAtOnce pairs without items are drawn with the change,
    // more a slice of DrawSlice at a time from the event loop, so that the window stays live
    // while the 873,149 links of a large expansion come (3 s of making items). Meanwhile the
    // chart is what it will be (the document), its links coming in; changes made in between
    // look at the document as it is then. Anything that must see every link (printing, the
    // neighbours of a selection) calls finishDrawing() first.
    static constexpr int DrawAtOnce = 20000;
    static constexpr int DrawSlice = 10000;
    // While links come, the layer that draws them when crowded or far out is drawn again this
    // often at most, in milliseconds (and when the last are in).
    static constexpr int FillFrameMs = 2000;
    // Other amounts, for tests: the pairs drawn with a change, and per slice.
    void setDrawingSlices(int atOnce, int perSlice);
    bool isDrawing() const { return m_fillNext < m_fill.size(); }
    // Draws the links still to come now, and relabels those still to be relabelled.
    void finishDrawing();
    // How many times the scene made its items again instead of removing some (for tests).
    int rebuilds() const { return m_rebuilds; }
    // How many times it looked at every link of the chart (for tests: hiding, showing, adding or
    // removing a few entities looks at their links alone).
    int wholeLinkPasses() const { return m_wholeLinkPasses; }
    bool isCrowded() const { return m_crowded; }
    // How many links pass through `rect` (their ends' box meets it), counted up to `enough`.
    int linksThrough(const QRectF &rect, int enough) const;
    // Changes whenever links come, go or move: what linksThrough() counted may have changed.
    quint64 linkGeometry() const { return m_linkGeometry; }
    bool isFullDetail() const { return m_fullDetail; }
    // The time filter: links whose pair of display ids (smaller first) is not in `active`, and
    // nodes with none of the active links, fade, or with `hide` disappear (they stay on the
    // chart, untouchable, until the filter changes); nullopt shows everything. A way of looking,
    // not an edit: neither saved nor undone.
    using DisplayPair = std::pair<DisplayId, DisplayId>;
    void setTimeFilter(std::optional<QSet<DisplayPair>> active, bool hide = false);
    bool timeFilterHides() const { return m_timeFilterHides; }
    bool hasTimeFilter() const { return m_timeFilter.has_value(); }
    const std::optional<QSet<DisplayPair>> &timeFilter() const { return m_timeFilter; }
    // The scene's rect (the views' scrolling area), set by the scene rather than left to Qt:
    // left unset, Qt finds the bounding rect of every item whenever a view asks after any item
    // changed shape (a view resized over 835,319 links: 0.07-0.3 s). Set from the entities,
    // groups and notes with this much room around them for the links' bends and labels, after
    // the turn of the event loop in which they moved, came or went.
    static constexpr double SceneMargin = 200;
    // Sets the rect now where a change of this turn has not yet: a view about to scroll to what
    // the change brought calls this first (the old rect would stop it short).
    void settleSceneRect();
    // The language changed: link labels ("3 · 10 min") and the groups' tooltips are made again
    // (those of links and entities are made each time they are shown). Up to DrawAtOnce links
    // are relabelled at once, those of the entities in view first, and the rest a slice of
    // DrawSlice at a time from the event loop: relabelling the 835,319 links of a large chart in
    // one go held the window 2.9 s. finishDrawing() relabels those still to come.
    void retranslate();
    bool isRelabelling() const { return m_relabelNext < m_relabel.size(); }
    // For a scene about to be deleted while its chart still lives: its items are deleted now,
    // what a large chart's link items hold freed by `disposer` (which outlives the scene) on
    // its thread, as rebuild() does: deleting the scene of a chart of 835,319 links held the
    // window 0.63 s as another chart opened. The scene hears no more of its chart, and signals
    // no selection change.
    void letGo(Disposer &disposer);
    // Link labels that would cover an entity or another label are slid along their lines to a
    // free place (LinkItem::labelAt), the links taken in the order of their ends' ids, so that
    // the same chart always puts them in the same places; where no place is free, the one
    // covering least. Done after each change from the event loop, and by printing before it
    // draws. Charts with more labelled links than this keep every label in the middle (they are
    // read zoomed in, a part at a time, where few labels meet).
    static constexpr int PlacedLabelsUpTo = 5000;
    void placeLinkLabels();
    // Once placed, those labels are drawn by one layer over every line (LinkLabelLayer), until a
    // link item comes or goes: then each link draws its own until they are placed again.
    bool labelsOnLayer() const { return m_labelsOnLayer; }
    const std::vector<LinkItem *> &labelledLinks() const { return m_labelled; }
    // A link item came, went or was retired: the layer lets go of its list.
    void labelsOutOfDate();
    // The next move of entities (a layout) glides into place instead of jumping.
    void animateNextMove() { m_animateNext = true; }
    bool isAnimating() const;

signals:
    // Links drawn of those changes brought (`done` of `total` pairs): emitted after each slice
    // while more are to come, and once with done == total when they are all drawn (or with
    // 0, 0 when the scene lists them again). A change drawn at once emits nothing.
    void drawingProgress(qsizetype done, qsizetype total);
    void entityActivated(sg::EntityId id);    // double-click on an entity or its marker
    void groupActivated(qint64 groupId);      // double-click on a collapsed group
    void noteActivated(qint64 noteId);        // double-click on a note
    void selectedEntitiesChanged();

protected:
    // Links' tooltips are made here, for the links under the pointer (LinkItem::prepareToolTip).
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct LinkKey
    {
        DisplayId a = 0;
        DisplayId b = 0;
        int lane = 0;
        bool operator==(const LinkKey &) const = default;
        friend size_t qHash(const LinkKey &k, size_t seed = 0) { return qHashMulti(seed, k.a, k.b, k.lane); }
    };

    // Selection changes made while one lives are signalled once, when the last goes: Qt signals
    // each item's, and each signal had the window read the whole selection again (selecting
    // 2,000 entities, or taking them off the chart while selected, took 2 s).
    class SelectionBatch
    {
    public:
        explicit SelectionBatch(ChartScene &scene);
        ~SelectionBatch();
        SelectionBatch(const SelectionBatch &) = delete;
        SelectionBatch &operator=(const SelectionBatch &) = delete;

    private:
        ChartScene &m_scene;
    };
    void selectionChangedNow();

    void addEntityItems(const QList<EntityId> &ids);
    void removeEntityItems(const QList<EntityId> &ids);
    void moveEntityItems(const QList<EntityId> &ids);
    void refreshEntityItems(const QList<EntityId> &ids);
    void resync(const LinkChanges &changes);
    void syncGroupsAndNotes();
    // Draws the links the change may have touched (all of them when it says so, the style
    // changed or links are rerouted) and takes off the items of links no longer drawn.
    void refreshLinks(const LinkChanges &changes);
    // Makes or updates the link's items and marks them with `pass`; counts those made in `made`.
    void drawLink(const ChartLink &link, bool sameStyle, quint64 pass, int &made);
    bool hasLinkItems(DisplayId a, DisplayId b) const;
    // Draws up to `count` of the links still to come (all with -1) and says how far it got.
    void drawPending(qsizetype count);
    // Forgets the links still to come (the scene is made again, or a pass lists them anew).
    void dropPending();
    // Relabels up to `count` of the links still to be relabelled (all with -1).
    void relabelPending(qsizetype count);
    // Sets the scene's rect from its entities, groups and notes now (see SceneMargin), or after
    // this turn of the event loop.
    void updateSceneRect();
    void sceneRectOutOfDate();
    QList<LinkDrawing> drawingsFor(const ChartLink &link) const;
    // Takes the items of `keys` out of the scene's maps and their ends' lists, and returns them.
    QSet<LinkItem *> detachLinkItems(const QList<LinkKey> &keys);
    void removeLinkItems(const QList<LinkKey> &keys);
    // Whether taking `removing` items out one by one would cost more than making the scene's
    // items again; rebuild() does that (the selected entities stay selected).
    bool cheaperToRebuild(qsizetype removing) const;
    // The scene's own items: links, entities, groups and notes (not the far-view layer).
    qsizetype itemCount() const;
    // Makes the far-view layer and the label layer and adds them, drawing as the current mode asks.
    void addFarLayer();
    // Links moved, came or went: labels are placed again once this turn of the event loop is done.
    void linkGeometryChanged();
    // Each link draws its own label again; the layer lets go of its list.
    void takeLabelsOffLayer();
    // The bucket a new link item goes into (a new one when the last is full).
    LinkBucketItem *nextBucket();
    void rebuild();
    // Deletes every item (the layers too), what the link items hold and the scene's tables of
    // them freed by `disposer` when there are many.
    void deleteItems(Disposer &disposer);
    // Takes link items off the chart and keeps them, hidden, for links to come (making them
    // again costs more than keeping them; see cheaperToRebuild).
    void retireLinkItems(const QList<LinkKey> &keys);
    // Takes `keys`' link items off the chart the cheapest way: one by one, kept hidden, or by
    // making the scene again (`alsoRemoving` more items go by the caller one by one). False when
    // the scene was made again (then nothing is left for the caller to remove).
    bool takeOff(const QList<LinkKey> &keys, qsizetype alsoRemoving = 0);
    static QList<LinkKey> keysOf(const QList<LinkItem *> &items);
    void nodeMoved(DisplayId id);
    // Far out or crowded, and not printing: links (and far out, entity dots) are drawn by the
    // far-view layer.
    bool isLayered() const;
    // Shows, hides and caches items as the far view and full detail ask.
    void applyDrawingMode();
    void applyDrawingMode(EntityItem *item) const;
    void finishAnimation();
    void applyTimeFilter();
    // Fades (or hides) one item as the filter asks: a link's or an entity's faded opacity.
    void applyTimeFilter(QGraphicsItem *item, bool active, bool link) const;
    // The filter on the pairs' items and their ends only (the pairs a change touched); the
    // far-view layer drawn again unless `invalidate` is false.
    void applyTimeFilterAround(const QList<std::pair<EntityId, EntityId>> &pairs, bool invalidate = true);
    // The filter on one entity: shown fully when one of its links is active.
    void applyTimeFilterTo(EntityId id);

    ChartDocument *m_document;
    int m_selectionBatches = 0;          // SelectionBatch guards alive
    bool m_selectionChangedInBatch = false;
    QHash<EntityId, EntityItem *> m_entities;
    QHash<qint64, GroupNodeItem *> m_groupNodes;
    QHash<qint64, GroupBoxItem *> m_groupBoxes;
    QHash<qint64, NoteItem *> m_notes;
    QHash<LinkKey, LinkItem *> m_links;
    quint64 m_linkPass = 0; // refreshLinks()'s passes, counted
    int m_wholeLinkPasses = 0;
    // How the links were drawn at the last pass: a link drawn one line per pair, the same as then
    // and in the same style, is not drawn again.
    std::optional<std::pair<LinkMode, LinkWidth>> m_drawnStyle;
    // Links still to be drawn, in order, as the document had them when they were listed; the
    // pairs a change has named since are looked up in the document instead (drawn as they are
    // then, or gone). While links are rerouted every change lists them all again.
    // A link still to come: the document's own, where its table kept it at `generation`
    // (ChartDocument::linksGeneration(); looked up by its pair once the table has changed), or,
    // generation 0, one of the rerouted links listed (m_fillCopies). Copying each of 873,149
    // links to come was a fifth of the window's wait for an expansion.
    struct Pending
    {
        DisplayId a = 0;
        DisplayId b = 0;
        const ChartLink *link = nullptr;
        quint64 generation = 0;
    };
    QList<Pending> m_fill;
    QList<ChartLink> m_fillCopies; // left as listed until the queue is dropped
    qsizetype m_fillNext = 0;
    QSet<std::pair<DisplayId, DisplayId>> m_fillTouched;
    bool m_fillRerouted = false; // m_fill holds rerouted display links
    int m_fillMade = 0; // link items made since the fill began (the crowded switch)
    bool m_fillAnnounced = false; // drawingProgress() said more were to come
    QTimer m_fillTimer;
    // Links still to be relabelled in the new language (retranslate()), by key: an item may go,
    // or be made again, in between.
    std::vector<LinkKey> m_relabel;
    size_t m_relabelNext = 0;
    QTimer m_relabelTimer;
    QTimer m_sceneRectTimer; // updateSceneRect() once the changes of this turn are in
    QTimer m_labelTimer; // placeLinkLabels() once the changes of this turn of the event loop are in
    std::optional<quint64> m_labelsPlaced; // m_linkGeometry when the labels were last placed
    bool m_labelsSlid = false; // some label is off the middle of its line
    LinkLabelLayer *m_labelLayer = nullptr;
    std::vector<LinkItem *> m_labelled; // the links with labels, as last placed
    bool m_labelsOnLayer = false;
    QElapsedTimer m_fillShown; // since the layer was last drawn again while links came
    int m_drawAtOnce = DrawAtOnce;
    int m_drawSlice = DrawSlice;
    QHash<DisplayId, QList<LinkItem *>> m_linksAt;
    LinkLines m_linkLines; // their lines, for the far-view layer
    FarViewItem *m_farLayer = nullptr;
    bool m_farView = false;
    bool m_crowded = false;
    bool m_linkItemsShown = true;                       // as applyDrawingMode() last left them
    std::pair<bool, bool> m_entityMode{false, false};  // far view and full detail, as last applied
    quint64 m_linkGeometry = 0;
    int m_rebuilds = 0;
    std::vector<LinkItem *> m_spare; // retired link items, hidden, in the scene
    std::vector<LinkBucketItem *> m_buckets;
    Disposer m_disposer; // frees what rebuild() took from the items
    std::vector<LinkRemains> *m_remains = nullptr;
    int m_lastBucketFill = 0; // link items ever put in the last bucket
    bool m_inMotion = false;
    bool m_syncing = false;
    bool m_fullDetail = false;
    bool m_animateNext = false;
    QVariantAnimation *m_animation = nullptr;
    QHash<EntityId, std::pair<QPointF, QPointF>> m_flight;
    int m_dragCounter = 0;
    std::optional<QSet<DisplayPair>> m_timeFilter;
    bool m_timeFilterHides = false;
    bool m_timeFiltered = false; // the last pass of the time filter found a filter
};

} // namespace sg

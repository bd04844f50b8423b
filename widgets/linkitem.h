#pragma once

#include "core/chart/chartdocument.h"
#include "widgets/farviewitem.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

#include <optional>

namespace sg {

class ChartScene;

class LinkLines;
class NodeItem;

// How one line of a link is drawn: which lane (0 straight, ±k curved to one side, for links
// drawn per direction or per event), which arrowheads, its label and width.
struct LinkDrawing
{
    enum class Arrows { AsCounted, AToB, BToA, None };
    int lane = 0;
    Arrows arrows = Arrows::AsCounted;
    QString label;
    double width = 1.5;

    bool operator==(const LinkDrawing &) const = default;
};

// Holds link items as its children, up to ChartScene::LinksPerBucket of them, and draws
// nothing itself. Qt numbers a scene's top-level items again after one is taken out and sorts
// them before the next frame after one is added: with a link item per link at the top level, a
// chart of 873,149 links paid that for every entity added or removed.
class LinkBucketItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 7 };

    LinkBucketItem() { setFlag(ItemHasNoContents); }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

// What a link item holds that is freed with it besides its own memory: its link's kinds and money
// (shared with the document's link) and its label. A link item deleted while its ChartScene is
// rebuilt leaves them there, to be freed on another thread (ChartScene::rebuild).
struct LinkRemains
{
    QStringList kinds;
    QMap<QString, qint64> amounts;
    QString label;
};

// A line between two drawn nodes (entities or collapsed groups) with arrowheads for the
// direction of the events and a label (how many, how long, how much). Holds the pair's display
// ids and its lane and syncFrom()s the document. GUI thread.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr double LaneSpacing = 14;

    LinkItem(const ChartLink &link, NodeItem *a, NodeItem *b, const LinkDrawing &drawing);
    ~LinkItem() override;

    int type() const override { return Type; }
    std::pair<DisplayId, DisplayId> key() const { return {m_link.a, m_link.b}; }
    int lane() const { return m_drawing.lane; }
    const ChartLink &link() const { return m_link; }
    const LinkDrawing &drawing() const { return m_drawing; }
    // Nothing is done when the link and its drawing are what the item shows already.
    void syncFrom(const ChartLink &link, const LinkDrawing &drawing);
    // Taken off the chart but kept in the scene, hidden, for another link (ChartScene: Qt takes
    // an item out of a large scene slowly): no ends (they may be deleted), no bounds.
    void retire();
    // Drawn again, for `link` between `a` and `b`.
    void reuse(const ChartLink &link, NodeItem *a, NodeItem *b, const LinkDrawing &drawing);
    // Follows the two ends after they moved.
    void adjust();
    // The line's two ends, as the rectangle from the first to the second.
    QRectF ends() const { return QRectF(m_from, m_to); }
    // Where the label sits along the line, from 0 at the first end to 1 at the second (0.5, the
    // middle, until ChartScene::placeLinkLabels() slides it off another), and whether on the line
    // (0) or beside it, touching it, on its left (-1) or right (1) going from the first end to the
    // second (where nothing along the line was free); the box it takes there, an empty box for
    // a link without a label.
    double labelAt() const { return m_labelAt; }
    int labelSide() const { return m_labelSide; }
    void setLabelAt(double at, int side = 0);
    QRectF labelBox(double at, int side = 0) const;
    QRectF placedLabelBox() const { return labelBox(m_labelAt, m_labelSide); }
    // How far from the middle a label may be slid, as a share of the line (its box stays in
    // the item's bounds wherever it is on the line).
    static constexpr double LabelRange = 0.3;
    // The space between a label put beside its line and the line.
    static constexpr double LabelGap = 1.5;
    // Sets the tooltip (counts, duration, money, kinds, the two ends' names) each time it is
    // asked for (ChartScene::helpEvent), in the language of the moment: made for every link up
    // front, it was a tenth of putting a large expansion's 873,149 links on a chart. A change of
    // the link takes it away again.
    void prepareToolTip();
    // The scene's last pass over the document's links that found this one (ChartScene::refreshLinks).
    quint64 pass() const { return m_pass; }
    void setPass(quint64 pass) { m_pass = pass; }
    // Keeps a slot of `lines` up to date with this link's ends, filter and selection from now
    // on; null gives the slot back.
    void setLines(LinkLines *lines);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The label in its box at labelAt(), in scene coordinates (LinkLabelLayer, or paint()).
    void paintLabel(QPainter *painter, bool full) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    const QPainterPath &path() const;
    const QStaticText &label() const;
    void apply(); // the drawing's label and the line
    void syncLine();

    ChartLink m_link;
    NodeItem *m_a;
    NodeItem *m_b;
    LinkDrawing m_drawing;
    QPointF m_from, m_to, m_control;
    // Kept from adjust(): the scene asks for the bounds and the shape far more often than the
    // ends move. A straight line's path is made when first asked for (its shape, when picked):
    // a path each for a large expansion's 873,149 links was a tenth of putting them on a chart.
    mutable QPainterPath m_path;
    mutable bool m_pathMade = false;
    QRectF m_bounds;
    // Made when the label is first drawn: a QStaticText holds a block of its own even when
    // empty, and making and freeing one per link was a tenth of undoing an expansion of 873,149.
    mutable std::optional<QStaticText> m_label;
    QSizeF m_labelSize;
    double m_labelAt = 0.5;
    quint64 m_pass = 0;
    LinkLines *m_lines = nullptr;
    int m_slot = -1;
    qint8 m_labelSide = 0; // in what was padding: a large chart has hundreds of thousands of links
};

// The labels of a chart's links, drawn over every line and under the entities, so that no line
// drawn after a label crosses it. Draws the links ChartScene placed (labelledLinks()) while it
// says they are on the layer; otherwise each link draws its own. GUI thread.
class LinkLabelLayer : public LayerItem
{
public:
    enum { Type = UserType + 9 };

    explicit LinkLabelLayer(const ChartScene *scene);

    int type() const override { return Type; }
    // Nothing to point at: a click, a right-click or a tooltip goes to what is under it (its
    // bounds span every label of the chart).
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QRectF measure() const override;

private:
    const ChartScene *m_scene;
};

} // namespace sg

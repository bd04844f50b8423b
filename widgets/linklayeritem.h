#pragma once

#include <QGraphicsItem>
#include <QSet>

namespace sg {

class LinkItem;

// Far out, every link of the chart drawn by one item as thin lines, in place of the link items
// (which the scene hides): one item to paint instead of tens of thousands keeps a whole-chart
// view fast. Reads the scene's link items; does not own them. GUI thread.
class LinkLayerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };

    explicit LinkLayerItem(const QSet<LinkItem *> *links);

    int type() const override { return Type; }
    // The links moved, came or went: the bounds are measured again on the next paint.
    void invalidate();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const QSet<LinkItem *> *m_links;
    mutable QRectF m_bounds;
    mutable bool m_boundsValid = false;
};

} // namespace sg

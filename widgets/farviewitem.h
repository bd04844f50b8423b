#pragma once

#include "core/model/records.h"

#include <QGraphicsItem>
#include <QHash>
#include <QSet>

namespace sg {

class EntityItem;
class LinkItem;

// The whole chart seen from far out, drawn by one item: every link as a thin line and every
// entity as a dot of its colour, in place of tens of thousands of items painting themselves
// (the scene hides the link items and marks the entity items as having no contents, so they
// can still be clicked and rubber-band selected). Reads the scene's items; owns none. GUI thread.
class FarViewItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };

    FarViewItem(const QSet<LinkItem *> *links, const QHash<EntityId, EntityItem *> *entities);

    int type() const override { return Type; }
    // Items moved, came or went: the bounds are measured again on the next paint.
    void invalidate();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr double DotSize = 28; // scene units: the icon's size, less its margin

private:
    const QSet<LinkItem *> *m_links;
    const QHash<EntityId, EntityItem *> *m_entities;
    mutable QRectF m_bounds;
    mutable bool m_boundsValid = false;
};

} // namespace sg

#pragma once

#include "core/model/records.h"

#include <QGraphicsItem>
#include <QHash>
#include <QSet>

namespace sg {

class EntityItem;
class LinkLines;

// An item drawing many others' parts at once (a layer), whose bounds are measured from them
// when first asked for after they changed.
class LayerItem : public QGraphicsItem
{
public:
    // What it draws moved, came or went: the bounds are measured again when next asked for.
    void invalidate();
    QRectF boundingRect() const final;

protected:
    virtual QRectF measure() const = 0;

private:
    mutable QRectF m_bounds;
    mutable bool m_boundsValid = false;
};

// The links of a chart seen from far out, or of a view crossed by too many of them to tell apart,
// drawn by one item: every link as a thin line, in place of tens of thousands of link items
// painting themselves (the scene hides them). Far out, with dots: every entity as a dot of its
// colour (the scene marks the entity items as having no contents, so they can still be clicked
// and rubber-band selected). Reads the scene's link lines and entity items; owns none. GUI thread.
class FarViewItem : public LayerItem
{
public:
    enum { Type = UserType + 6 };

    FarViewItem(const LinkLines *links, const QHash<EntityId, EntityItem *> *entities);

    int type() const override { return Type; }
    // Entities drawn as dots (far out) or left to their own items (a crowded view up close).
    void setDots(bool dots);
    bool drawsDots() const { return m_dots; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr double DotSize = 28; // scene units: the icon's size, less its margin

protected:
    QRectF measure() const override;

private:
    const LinkLines *m_links;
    const QHash<EntityId, EntityItem *> *m_entities;
    bool m_dots = true;
};

} // namespace sg

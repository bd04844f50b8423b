#pragma once

#include "core/chart/chartdocument.h"

#include <QGraphicsObject>

namespace sg {

// Something drawn as a node that links end at: an entity, or a collapsed group. Holds its
// display id; the scene turns moves by hand into commands. GUI thread.
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    virtual DisplayId displayId() const = 0;
    // The distance from the centre at which links stop.
    virtual double radius() const = 0;
    // The name links' tooltips use for it.
    virtual QString title() const = 0;

signals:
    void moved(sg::DisplayId id);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionHasChanged)
            emit moved(displayId());
        return QGraphicsObject::itemChange(change, value);
    }
};

// Whether items paint everything (printing) or leave detail out when zoomed far out (screen).
bool drawsFullDetail(const QGraphicsItem *item);
// Whether the view is moving (zoom, scroll): lines are then drawn without antialiasing, six
// times faster, until it settles.
bool drawsInMotion(const QGraphicsItem *item);
// Whether its scene's label layer draws the links' labels (LinkLabelLayer).
bool labelsOnLayer(const QGraphicsItem *item);

} // namespace sg

#pragma once

#include "widgets/nodeitem.h"

namespace sg {

// A collapsed group drawn as one node: a folder-like tile in the group's colour with its label
// and how many entities it holds. Links of its members end here. GUI thread.
class GroupNodeItem : public NodeItem
{
    Q_OBJECT

public:
    enum { Type = UserType + 3 };

    GroupNodeItem(const ChartGroup &group, int members);

    int type() const override { return Type; }
    qint64 groupId() const { return m_group.id; }
    DisplayId displayId() const override { return groupDisplayId(m_group.id); }
    double radius() const override;
    QString title() const override { return m_group.label; }
    void syncFrom(const ChartGroup &group, int members);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ChartGroup m_group;
    int m_members = 0;
    QSizeF m_size;
    QStringList m_lines;
};

} // namespace sg

#pragma once

#include "core/chart/chartdocument.h"

#include <QGraphicsObject>

namespace sg {

// A note on the chart: free text on a pale card, movable; double-click edits it (the scene
// asks). Wraps at ICU's break opportunities like entity labels. GUI thread.
class NoteItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 5 };
    static constexpr double Width = 180;

    explicit NoteItem(const ChartNote &note);

    int type() const override { return Type; }
    qint64 noteId() const { return m_note.id; }
    const ChartNote &note() const { return m_note; }
    void syncFrom(const ChartNote &note);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ChartNote m_note;
    QStringList m_lines;
    QSizeF m_size;
};

} // namespace sg

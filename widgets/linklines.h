#pragma once

#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <vector>

namespace sg {

// The chart's link lines as the far-view layer draws them, side by side in one array: each link
// item keeps its slot up to date (ends, time filter, selection). Reading the lines from the
// link items themselves, each with Qt's data for it elsewhere in memory, was most of every frame
// after a change to a chart of 873,149 links. Owned by the scene. GUI thread.
class LinkLines
{
public:
    // What a line shows, drawn in this order (a later layer covers an earlier one). Gone: not
    // drawn (hidden by the time filter, or a free slot).
    enum Layer : unsigned char { Faded, Event, Declared, Selected, Gone };
    struct Line
    {
        QPointF from;
        QPointF to;
        Layer layer = Gone;
        // The box from one end to the other, widened by a point: a level or upright line's box
        // has no area, and Qt's rectangles without area meet nothing.
        QRectF box() const { return QRectF(from, to).normalized().adjusted(-1, -1, 1, 1); }
    };

    int take();
    void release(int slot);
    void set(int slot, const Line &line) { m_lines[size_t(slot)] = line; }
    void clear();
    // Room for `more` lines than there are (many links about to come); grown at least twofold,
    // so that a line at a time stays amortised.
    void reserveMore(size_t more)
    {
        if (m_lines.size() + more > m_lines.capacity())
            m_lines.reserve(std::max(m_lines.size() + more, 2 * m_lines.capacity()));
    }
    // Every slot, free ones Gone.
    const std::vector<Line> &lines() const { return m_lines; }
    int count() const { return int(m_lines.size() - m_free.size()); } // slots taken

private:
    std::vector<Line> m_lines;
    std::vector<int> m_free;
};

} // namespace sg

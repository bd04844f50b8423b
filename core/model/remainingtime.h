#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace sg {

// Estimates how long a piece of work has left from its progress over time. Fed with the
// elapsed time and Progress's done/total whenever the UI polls; a new stage (a different
// total, or `done` going back) starts the estimate afresh. Gives nothing until the work has
// run for a second and moved by at least one per cent, so the first guess is not wild, and
// smooths the rate so the figure does not jump with every poll.
class RemainingTime
{
public:
    std::optional<qint64> update(qint64 elapsedMs, qint64 done, qint64 total);

    // "About 3 min left" in the interface language; rounded so it changes calmly.
    static QString text(qint64 remainingMs);

private:
    qint64 m_total = -1;
    qint64 m_startMs = 0;
    qint64 m_startDone = 0;
    qint64 m_lastDone = 0;
    double m_rate = 0; // units per millisecond, smoothed
};

} // namespace sg

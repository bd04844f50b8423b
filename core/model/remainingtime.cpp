#include "core/model/remainingtime.h"

#include <QCoreApplication>

#include <cmath>

namespace sg {

std::optional<qint64> RemainingTime::update(qint64 elapsedMs, qint64 done, qint64 total)
{
    if (total <= 0)
        return std::nullopt;
    if (total != m_total || done < m_lastDone) {
        m_total = total;
        m_startMs = elapsedMs;
        m_startDone = done;
        m_rate = 0;
    }
    m_lastDone = done;
    const qint64 spanMs = elapsedMs - m_startMs;
    const qint64 moved = done - m_startDone;
    if (spanMs < 1000 || moved * 100 < total)
        return std::nullopt;
    const double rate = double(moved) / double(spanMs);
    m_rate = m_rate == 0 ? rate : 0.7 * m_rate + 0.3 * rate;
    if (m_rate <= 0)
        return std::nullopt;
    return qint64(std::llround(double(std::max<qint64>(0, total - done)) / m_rate));
}

QString RemainingTime::text(qint64 remainingMs)
{
    const qint64 seconds = (remainingMs + 999) / 1000;
    if (seconds < 10)
        return QCoreApplication::translate("sg::RemainingTime", "A few seconds left");
    if (seconds < 60)
        return QCoreApplication::translate("sg::RemainingTime", "About %1 seconds left").arg((seconds + 4) / 5 * 5);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("sg::RemainingTime", "About %1 min left").arg(minutes);
    return QCoreApplication::translate("sg::RemainingTime", "About %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

} // namespace sg

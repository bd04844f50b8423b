#pragma once

#include <QMutex>
#include <QString>

#include <atomic>

namespace sg {

// Progress and cancellation shared between a worker thread and whoever watches it. The worker
// reports; the UI polls (or the CLI prints) and may ask to stop. Thread-safe; owned by the
// caller of the long operation and outliving it.
class Progress
{
public:
    void setTotal(qint64 total) { m_total.store(total); }
    void setDone(qint64 done) { m_done.store(done); }
    // A new stage starts with nothing done (its total is set before or after).
    void setStage(const QString &stage)
    {
        QMutexLocker lock(&m_mutex);
        m_stage = stage;
        m_done.store(0);
    }

    qint64 total() const { return m_total.load(); }
    qint64 done() const { return m_done.load(); }
    QString stage() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stage;
    }

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

private:
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QString m_stage;
};

} // namespace sg

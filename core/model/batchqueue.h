#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace sg {

// A bounded queue between one producer thread and one consumer thread, for handing batches of
// parsed records from a reader to the thread that writes them (an importer's two stages), or a
// source's grouped events to the thread that writes their links. At most `capacity` batches
// wait, so a fast producer cannot fill memory. Owned by the function that runs both threads;
// used from exactly those two.
//
// A producer that finds the queue full waits until the consumer has taken half of it, not just
// one batch: woken for every batch taken, a producer faster than its consumer costs the consumer
// a wake-up (a system call, and on a virtual machine an interrupt to another processor) for each
// batch it takes.
template <typename T>
class BatchQueue
{
public:
    explicit BatchQueue(int capacity)
        : m_capacity(capacity)
    {
    }

    // Producer: waits while the queue is full. False once the consumer has closed the queue:
    // the producer should stop.
    bool push(T batch)
    {
        std::unique_lock lock(m_mutex);
        if (int(m_batches.size()) >= m_capacity) {
            m_producerWaits = true;
            m_notFull.wait(lock, [this] { return m_closed || int(m_batches.size()) <= m_capacity / 2; });
            m_producerWaits = false;
        }
        if (m_closed)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    // Producer: nothing more will come.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_one();
    }

    // Consumer: the next batch, waiting for it; nullopt once the producer has finished and every
    // batch has been taken, or after close().
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || m_finished || !m_batches.empty(); });
        if (m_closed || m_batches.empty())
            return std::nullopt;
        T batch = std::move(m_batches.front());
        m_batches.pop_front();
        if (m_producerWaits && int(m_batches.size()) <= m_capacity / 2)
            m_notFull.notify_one();
        return batch;
    }

    // Consumer: stop (an error, a cancel); what waits is dropped and the producer's next push()
    // returns false.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_batches.clear();
        m_notFull.notify_one();
        m_notEmpty.notify_one();
    }

private:
    const int m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_batches;
    bool m_finished = false;
    bool m_closed = false;
    bool m_producerWaits = false; // for room, until half the batches are taken
};

} // namespace sg

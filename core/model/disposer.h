#pragma once

#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>

namespace sg {

// Frees large values on a thread of its own, so that the thread handing them over (the
// window's) does not wait while their memory is given back: freeing the 873,149 links of an
// expansion and their items held the window half a second of its undo. Only for values nothing
// else uses any more and whose parts may be freed on another thread: Qt's implicitly shared
// containers and strings count their references atomically, so a part still shared with a value
// in use is only let go of. Never for GUI objects (fonts, pixmaps, items). Whoever owns the
// disposer waits, when it is destroyed, until everything handed to it is freed.
class Disposer
{
public:
    Disposer();
    ~Disposer();
    Disposer(const Disposer &) = delete;
    Disposer &operator=(const Disposer &) = delete;

    template <typename T>
    void dispose(T &&value)
    {
        static_assert(!std::is_lvalue_reference_v<T>, "hand the value over (std::move)");
        auto held = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
        start([held = std::move(held)]() mutable { held.reset(); });
    }
    // Values of fewer elements (links, items) than this are freed where they are: handing them
    // over would cost about as much as it saves.
    static constexpr qsizetype LargeFrom = 10000;
    // Returns once everything handed over so far is freed.
    void wait();
    // Values handed over so far (tests).
    int disposed() const { return m_disposed; }

private:
    void start(std::function<void()> work);

    QThreadPool m_pool;
    int m_disposed = 0;
};

} // namespace sg

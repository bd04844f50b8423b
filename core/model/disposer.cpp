#include "core/model/disposer.h"

namespace sg {

Disposer::Disposer()
{
    // One thread: values are freed one after the other, and never compete with the window for
    // more than one core.
    m_pool.setMaxThreadCount(1);
}

Disposer::~Disposer() { wait(); }

void Disposer::wait() { m_pool.waitForDone(); }

void Disposer::start(std::function<void()> work)
{
    ++m_disposed;
    m_pool.start(std::move(work));
}

} // namespace sg

#include "widgets/linklines.h"

namespace sg {

int LinkLines::take()
{
    if (!m_free.empty()) {
        const int slot = m_free.back();
        m_free.pop_back();
        return slot;
    }
    m_lines.emplace_back();
    return int(m_lines.size() - 1);
}

void LinkLines::release(int slot)
{
    m_lines[size_t(slot)] = Line{};
    m_free.push_back(slot);
}

void LinkLines::clear()
{
    m_lines.clear();
    m_free.clear();
}

} // namespace sg

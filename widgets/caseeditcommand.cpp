#include "widgets/caseeditcommand.h"

namespace sg {

CaseEditCommand::CaseEditCommand(const QString &text, Step redo, Step undo, ChartCommands chart, std::function<void(const Error &)> failed)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_makeChart(std::move(chart))
    , m_failed(std::move(failed))
{
}

CaseEditCommand::~CaseEditCommand() = default;

void CaseEditCommand::redo()
{
    if (Status s = m_redo(); !s) {
        if (m_failed)
            m_failed(s.error());
        if (!m_chartMade)
            setObsolete(true); // never done: the stack drops it
        m_done = false;
        return;
    }
    m_done = true;
    if (!m_chartMade) {
        m_chartMade = true;
        if (m_makeChart)
            m_chart = m_makeChart();
    }
    for (const auto &command : m_chart)
        command->redo();
}

void CaseEditCommand::undo()
{
    for (auto it = m_chart.rbegin(); it != m_chart.rend(); ++it)
        (*it)->undo();
    if (Status s = m_undo(); !s) {
        if (m_failed)
            m_failed(s.error());
    }
    m_done = false;
}

} // namespace sg

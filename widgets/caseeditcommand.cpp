#include "widgets/caseeditcommand.h"

namespace sg {

CaseEditCommand::CaseEditCommand(const QString &text, Step redo, Step undo, ChartCommands chart, std::function<void(const Error &)> failed)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_makeChart(std::move(chart))
    , m_report(std::move(failed))
{
}

CaseEditCommand::~CaseEditCommand() = default;

void CaseEditCommand::redo()
{
    if (m_failed) { // the undo before failed: the case and the chart are as this redo leaves them
        m_failed = false;
        return;
    }
    if (Status s = m_redo(); !s) {
        if (!m_chartMade) {
            setObsolete(true); // never done: the stack drops it
        } else {
            m_failed = true; // the chart, changed after the case step, was not touched
        }
        if (m_report)
            m_report(s.error());
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
    if (m_failed) { // the redo before failed: nothing of it was done
        m_failed = false;
        return;
    }
    for (auto it = m_chart.rbegin(); it != m_chart.rend(); ++it)
        (*it)->undo();
    if (Status s = m_undo(); !s) {
        // The case still holds the edit: the chart shows it again.
        for (const auto &command : m_chart)
            command->redo();
        m_failed = true;
        if (m_report)
            m_report(s.error());
        return;
    }
    m_done = false;
}

bool CaseEditCommand::stepFailed(const QUndoCommand *command)
{
    if (!command)
        return false;
    if (const auto *edit = dynamic_cast<const CaseEditCommand *>(command); edit && edit->m_failed)
        return true;
    for (int i = 0; i < command->childCount(); ++i)
        if (stepFailed(command->child(i)))
            return true;
    return false;
}

bool CaseEditCommand::changesCase(const QUndoCommand *command)
{
    if (!command)
        return false;
    if (dynamic_cast<const CaseEditCommand *>(command))
        return true;
    for (int i = 0; i < command->childCount(); ++i)
        if (changesCase(command->child(i)))
            return true;
    return false;
}

} // namespace sg

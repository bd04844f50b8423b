#pragma once

#include "core/model/result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <vector>

namespace sg {

// One undoable edit of the case's data (an entity added, edited, deleted, linked or merged),
// with the chart edits that go with it, on the chart's undo stack so that Edit → Undo takes back
// the last thing done, whatever it was. The case steps are functions on the open case (each its
// own transaction and audit entry); the chart commands are made after the first successful
// redo (they may need what it created) and run after the case step, undone before it. A case
// step that fails reports through `failed`; a first redo that fails leaves nothing on the stack.
// A later undo or redo that fails (the case locked by other work, a full disk) leaves the case
// and the chart as they were and the command marked: its next redo or undo does nothing, so the
// caller puts the stack's index back with it (MainWindow's Undo and Redo do, see stepFailed()).
// GUI thread.
class CaseEditCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using ChartCommands = std::function<std::vector<std::unique_ptr<QUndoCommand>>()>;

    CaseEditCommand(const QString &text, Step redo, Step undo, ChartCommands chart, std::function<void(const Error &)> failed);
    ~CaseEditCommand() override;

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_done; }
    // Whether the last undo or redo of `command`, or of a case step inside it (a macro), failed
    // and left everything as it was.
    static bool stepFailed(const QUndoCommand *command);
    // Whether `command`, or a step inside it, changes the case (not only the chart).
    static bool changesCase(const QUndoCommand *command);

private:
    Step m_redo;
    Step m_undo;
    ChartCommands m_makeChart;
    std::function<void(const Error &)> m_report;
    std::vector<std::unique_ptr<QUndoCommand>> m_chart;
    bool m_chartMade = false;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace sg

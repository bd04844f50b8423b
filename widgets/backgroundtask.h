#pragma once

#include "core/model/progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace sg {

class RemainingTime;

// Runs one piece of long work on its own thread while the UI stays live: a progress dialog
// appears if the work takes more than a moment and shows the stage and the time left; its
// Cancel button asks the work to stop (through Progress), and `finished` is emitted on the GUI
// thread when the work returns.
// Deletes itself after finishing. Created and owned on the GUI thread.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    BackgroundTask(QWidget *parent, const QString &title, std::function<void(Progress &)> work);
    ~BackgroundTask() override;

    void start();
    // Starts the work and returns when it has ended, the UI live meanwhile: the window repaints
    // and timers run; the analyst's input waits until the dialog appears and then only reaches
    // the dialog (it blocks the window). For work its caller must have finished before going
    // on, such as a case edit inside an undo step. The task is deleted soon after.
    void runAndWait();
    // Without Cancel (set before start): for work that must not stop half-way for the caller,
    // such as the undo of an edit the chart has already taken back.
    void setCancellable(bool cancellable) { m_cancellable = cancellable; }
    Progress &progress() { return *m_progress; }
    bool isRunning() const;

signals:
    void finished();

private:
    void poll();

    QPointer<QWidget> m_parent;
    QString m_title;
    std::function<void(Progress &)> m_work;
    std::shared_ptr<Progress> m_progress;
    QThread *m_thread = nullptr;
    QProgressDialog *m_dialog = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::unique_ptr<RemainingTime> m_remaining;
    int m_ticks = 0;
    bool m_cancellable = true;
};

// Runs `work` on a thread of its own and hands its result to `done` on the GUI thread, unless
// `receiver` is gone by then. For short reads (a panel's counts, a filter) that need no
// progress dialog; the caller drops results that a newer request has overtaken. The thread is
// returned for a caller that must wait for it (it deletes itself once finished: hold it in a
// QPointer).
template <typename Result, typename Work, typename Done>
QThread *runDetached(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        Result result = work();
        QMetaObject::invokeMethod(
            qApp,
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace sg

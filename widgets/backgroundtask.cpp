#include "widgets/backgroundtask.h"

#include "core/model/remainingtime.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace sg {

BackgroundTask::BackgroundTask(QWidget *parent, const QString &title, std::function<void(Progress &)> work)
    : QObject(parent)
    , m_parent(parent)
    , m_title(title)
    , m_work(std::move(work))
    , m_progress(std::make_shared<Progress>())
    , m_remaining(std::make_unique<RemainingTime>())
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundTask::poll);
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_progress->cancel();
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog;
}

bool BackgroundTask::isRunning() const { return m_thread && m_thread->isRunning(); }

void BackgroundTask::start()
{
    auto progress = m_progress;
    auto work = m_work;
    m_thread = QThread::create([work, progress] { work(*progress); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_timer.stop();
        if (m_dialog)
            m_dialog->hide();
        emit finished();
        deleteLater();
    });
    m_thread->start();
    m_clock.start();
    m_timer.start();
}

void BackgroundTask::runAndWait()
{
    bool ended = false;
    connect(this, &BackgroundTask::finished, this, [&ended] { ended = true; });
    start();
    // Before the dialog, the analyst's clicks and keys wait (they are not lost: they reach the
    // window after the work, or are refused by the dialog's block once it is up). The poll's
    // timer wakes the wait at least every 100 ms.
    QEventLoop loop;
    while (!ended) {
        const bool dialogUp = m_dialog && m_dialog->isVisible();
        loop.processEvents(QEventLoop::WaitForMoreEvents | (dialogUp ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents));
    }
}

void BackgroundTask::poll()
{
    // Show the dialog only for work that takes longer than half a second.
    if (!m_dialog && ++m_ticks >= 5 && m_parent) {
        m_dialog = new QProgressDialog(m_title, tr("Cancel"), 0, 1000, m_parent);
        if (!m_cancellable)
            m_dialog->setCancelButton(nullptr);
        m_dialog->setWindowTitle(m_title);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoReset(false);
        m_dialog->setAutoClose(false);
        if (m_cancellable)
            connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_progress->cancel(); });
        m_dialog->show();
    }
    if (m_dialog) {
        // Escape and closing the dialog cancel as the button does; work that cannot stop keeps
        // its dialog up (it says what the window waits for).
        if (m_dialog->wasCanceled() && m_cancellable)
            m_progress->cancel();
        if (!m_cancellable && !m_dialog->isVisible())
            m_dialog->show();
        const qint64 total = m_progress->total();
        if (total > 0) {
            // A stage that counts after one that did not (a busy indicator) has its range back.
            if (m_dialog->maximum() != 1000)
                m_dialog->setRange(0, 1000);
            m_dialog->setValue(int(std::min<qint64>(1000, m_progress->done() * 1000 / total)));
        } else {
            m_dialog->setMaximum(0); // busy indicator
        }
        // The stage, and under it the time left once there is enough progress to judge.
        QString label = m_progress->stage();
        if (label.isEmpty())
            label = m_title;
        if (const auto left = m_remaining->update(m_clock.elapsed(), m_progress->done(), total))
            label += QLatin1Char('\n') + RemainingTime::text(*left);
        m_dialog->setLabelText(label);
    }
}

} // namespace sg

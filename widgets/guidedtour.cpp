#include "widgets/guidedtour.h"

#include <QApplication>
#include <QDockWidget>
#include <QCloseEvent>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace sg {

GuidedTour::GuidedTour(QWidget *window, QList<Step> steps)
    : QWidget(window)
    , m_window(window)
    , m_steps(std::move(steps))
{
    setObjectName(QStringLiteral("guidedTour"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    window->installEventFilter(this);

    m_bubble = new QFrame(this);
    m_bubble->setObjectName(QStringLiteral("tourBubble"));
    m_bubble->setAutoFillBackground(true);
    m_bubble->setStyleSheet(QStringLiteral("#tourBubble { background: #fffbe6; border: 2px solid #e07b00; border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(m_bubble);
    m_title = new QLabel(m_bubble);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_text = new QLabel(m_bubble);
    m_text->setWordWrap(true);
    m_counter = new QLabel(m_bubble);
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), m_bubble);
    m_next = new QPushButton(m_bubble);
    m_close = new QPushButton(tr("Close"), m_bubble);
    buttons->addWidget(m_counter);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    m_bubble->setFixedWidth(std::min(420, std::max(300, window->width() / 3)));
    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
}

void GuidedTour::start()
{
    setGeometry(m_window->rect());
    QWidget::show();
    raise();
    setFocus();
    showStep(0);
}

void GuidedTour::next()
{
    if (m_step + 1 >= stepCount()) {
        close();
        return;
    }
    showStep(m_step + 1);
}

void GuidedTour::back()
{
    if (m_step > 0)
        showStep(m_step - 1);
}

void GuidedTour::showStep(int step)
{
    m_step = step;
    const Step &s = m_steps.at(step);
    if (QWidget *target = s.target()) {
        // A closed panel is opened so there is something to point at.
        for (QWidget *w = target; w && w != m_window; w = w->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                dock->show();
                dock->raise();
            }
        }
    }
    raise(); // above the panels just shown
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_counter->setText(tr("%1 of %2").arg(step + 1).arg(stepCount()));
    m_back->setEnabled(step > 0);
    m_next->setText(step + 1 < stepCount() ? tr("Next") : tr("Done"));
    place();
}

void GuidedTour::place()
{
    if (m_step < 0 || !m_window)
        return;
    setGeometry(m_window->rect());
    QWidget *target = m_steps.at(m_step).target();
    m_highlight = target && target->isVisible() ? QRect(target->mapTo(m_window, QPoint(0, 0)), target->size()).adjusted(-4, -4, 4, 4) & rect()
                                                : QRect();
    // The bubble goes below the frame where there is room, else above, else beside it; always
    // inside the window.
    m_bubble->adjustSize();
    const QSize size = m_bubble->size();
    QPoint at;
    if (m_highlight.isNull())
        at = rect().center() - QPoint(size.width() / 2, size.height() / 2);
    else if (m_highlight.bottom() + 12 + size.height() < height())
        at = QPoint(m_highlight.left(), m_highlight.bottom() + 12);
    else if (m_highlight.top() - 12 - size.height() > 0)
        at = QPoint(m_highlight.left(), m_highlight.top() - 12 - size.height());
    else if (m_highlight.right() + 12 + size.width() < width())
        at = QPoint(m_highlight.right() + 12, m_highlight.top());
    else
        at = QPoint(m_highlight.left() - 12 - size.width(), m_highlight.top());
    at.setX(std::clamp(at.x(), 8, std::max(8, width() - size.width() - 8)));
    at.setY(std::clamp(at.y(), 8, std::max(8, height() - size.height() - 8)));
    m_bubble->move(at);
    update();
}

void GuidedTour::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath dim;
    dim.setFillRule(Qt::OddEvenFill);
    dim.addRect(rect());
    if (!m_highlight.isNull())
        dim.addRoundedRect(m_highlight, 6, 6);
    painter.fillPath(dim, QColor(0, 0, 0, 110));
    if (!m_highlight.isNull()) {
        painter.setPen(QPen(QColor(0xe0, 0x7b, 0x00), 3));
        painter.drawRoundedRect(m_highlight, 6, 6);
    }
}

void GuidedTour::closeEvent(QCloseEvent *event)
{
    emit finished();
    QWidget::closeEvent(event);
}

void GuidedTour::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape: close(); return;
    case Qt::Key_Right:
    case Qt::Key_Return:
    case Qt::Key_Enter: next(); return;
    case Qt::Key_Left: back(); return;
    default: QWidget::keyPressEvent(event);
    }
}

bool GuidedTour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace sg

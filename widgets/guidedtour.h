#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace sg {

// A short tour over a window: the window is dimmed except for one widget at a time, framed,
// with a bubble beside it that says what the widget is for and offers Back, Next and Close.
// Escape or Close ends it. Lives as a child overlay of the window and deletes itself at the end.
class GuidedTour : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        std::function<QWidget *()> target; // looked up when the step is shown; shown if hidden
        QString title;
        QString text;
    };

    GuidedTour(QWidget *window, QList<Step> steps);

    void start();
    int step() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    // The framed area, in the window's coordinates.
    QRect highlight() const { return m_highlight; }
    QWidget *bubble() const { return m_bubble; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *closeButton() const { return m_close; }

public slots:
    void next();
    void back();

signals:
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStep(int step);
    void place();

    QPointer<QWidget> m_window;
    QList<Step> m_steps;
    int m_step = -1;
    QRect m_highlight;
    QWidget *m_bubble = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace sg

#include "widgets/lineraster.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <thread>

namespace sg::lineraster {

namespace {

// The part of a–b inside [left, right] × [top, bottom] (Liang–Barsky); false when none is.
bool clip(double &ax, double &ay, double &bx, double &by, double left, double top, double right, double bottom)
{
    double t0 = 0, t1 = 1;
    const double dx = bx - ax, dy = by - ay;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {ax - left, right - ax, ay - top, bottom - ay};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const double x0 = ax, y0 = ay;
    ax = x0 + dx * t0;
    ay = y0 + dy * t0;
    bx = x0 + dx * t1;
    by = y0 + dy * t1;
    return true;
}

// Lines below this many are drawn on the calling thread: a thread costs more than they do.
constexpr size_t LinesPerThread = 20000;

// The pixels of `area` (inside the image) from `bits`: threads are given the image's pixels,
// not the image (QImage::bits() on several threads at once would race on its detach count).
void drawInto(uchar *bits, qsizetype stride, const QRect &area, const std::vector<QLineF> &lines, QRgb color)
{
    const int left = area.left(), top = area.top(), right = area.right(), bottom = area.bottom();
    for (const QLineF &line : lines) {
        // Pixel centres are at whole coordinates here: a pixel is hit when the line passes
        // within half a pixel of its centre. Clipped to half a pixel outside the band, so that
        // rounding never steps outside it.
        double ax = line.x1() - 0.5, ay = line.y1() - 0.5, bx = line.x2() - 0.5, by = line.y2() - 0.5;
        if (!std::isfinite(ax) || !std::isfinite(ay) || !std::isfinite(bx) || !std::isfinite(by))
            continue;
        if (!clip(ax, ay, bx, by, left - 0.49, top - 0.49, right + 0.49, bottom + 0.49))
            continue;
        int x = int(std::lround(ax)), y = int(std::lround(ay));
        const int x1 = int(std::lround(bx)), y1 = int(std::lround(by));
        // Bresenham: every step moves one pixel along the longer axis.
        const int dx = std::abs(x1 - x), dy = -std::abs(y1 - y);
        const int sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1;
        int err = dx + dy;
        for (;;) {
            // Rounding keeps the ends inside; the check costs little and makes sure of it.
            if (x >= left && x <= right && y >= top && y <= bottom)
                reinterpret_cast<QRgb *>(bits + y * stride)[x] = color;
            if (x == x1 && y == y1)
                break;
            const int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }
}

} // namespace

void draw(QImage &image, const std::vector<QLineF> &lines, QRgb color, const QRect &band)
{
    const QRect area = band & image.rect();
    if (area.isEmpty() || image.depth() != 32)
        return;
    drawInto(image.bits(), image.bytesPerLine(), area, lines, color);
}

void draw(QImage &image, const std::vector<QLineF> &lines, QRgb color)
{
    const int height = image.height();
    const int threads = int(std::clamp<size_t>(lines.size() / LinesPerThread, 1, size_t(std::clamp(QThread::idealThreadCount(), 1, 4))));
    if (threads <= 1 || height < threads || image.depth() != 32) {
        draw(image, lines, color, image.rect());
        return;
    }
    uchar *const bits = image.bits(); // detached here, once
    const qsizetype stride = image.bytesPerLine();
    // Bands of equal height; each thread clips every line to its own band, so that no pixel is
    // written by two threads.
    std::vector<std::thread> workers;
    workers.reserve(size_t(threads - 1));
    const auto bandOf = [&](int i) {
        const int top = height * i / threads;
        return QRect(0, top, image.width(), height * (i + 1) / threads - top);
    };
    for (int i = 1; i < threads; ++i)
        workers.emplace_back([bits, stride, &lines, color, band = bandOf(i)] { drawInto(bits, stride, band, lines, color); });
    drawInto(bits, stride, bandOf(0), lines, color);
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace sg::lineraster

#include "widgets/lineraster.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <thread>

namespace sg::lineraster {

std::optional<QLineF> clipped(const QLineF &line, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(line.p1() + QPointF(dx, dy) * t0, line.p1() + QPointF(dx, dy) * t1);
}

namespace {

// Lines below this many are drawn on the calling thread: a thread costs more than they do.
constexpr size_t LinesPerThread = 20000;

// The pixels of `area` (inside the image) from `bits`: threads are given the image's pixels,
// not the image (QImage::bits() on several threads at once would race on its detach count).
void drawInto(uchar *bits, qsizetype stride, const QRect &area, const std::vector<QLineF> &lines, QRgb color)
{
    const int left = area.left(), top = area.top(), right = area.right(), bottom = area.bottom();
    const QRectF within(QPointF(left - 0.49, top - 0.49), QPointF(right + 0.49, bottom + 0.49));
    for (const QLineF &line : lines) {
        // Pixel centres are at whole coordinates here: a pixel is hit when the line passes
        // within half a pixel of its centre. Clipped to half a pixel outside the band, so that
        // rounding never steps outside it.
        if (!std::isfinite(line.x1()) || !std::isfinite(line.y1()) || !std::isfinite(line.x2()) || !std::isfinite(line.y2()))
            continue;
        const auto part = clipped(line.translated(-0.5, -0.5), within);
        if (!part)
            continue;
        int x = int(std::lround(part->x1())), y = int(std::lround(part->y1()));
        const int x1 = int(std::lround(part->x2())), y1 = int(std::lround(part->y2()));
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

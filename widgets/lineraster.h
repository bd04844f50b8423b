#pragma once

#include <QImage>
#include <QLineF>
#include <QRect>

#include <optional>
#include <vector>

namespace sg {

// Lines of one pixel, without antialiasing, written straight into an image's pixels. Qt's own
// cosmetic lines cost about five nanoseconds a pixel (a blend call per span); a chart whose view
// is crossed by hundreds of thousands of links fills hundreds of millions of pixels with them.
// Here a pixel is one store. GUI thread or any other: nothing here touches Qt's painting.
namespace lineraster {

// The part of `line` inside `rect` (Liang–Barsky); nullopt when none is.
std::optional<QLineF> clipped(const QLineF &line, const QRectF &rect);

// Draws `lines` (in the image's pixel coordinates, any length, partly or wholly outside) in
// `color` (premultiplied), writing only pixels inside `band` (a part of the image). Later lines
// cover earlier ones; nothing is blended.
void draw(QImage &image, const std::vector<QLineF> &lines, QRgb color, const QRect &band);

// The same over the whole image, in horizontal bands on as many threads as help (one for few
// lines): each thread writes pixels of its own band only.
void draw(QImage &image, const std::vector<QLineF> &lines, QRgb color);

} // namespace lineraster
} // namespace sg

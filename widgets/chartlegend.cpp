#include "widgets/chartlegend.h"

#include "core/chart/chartdocument.h"
#include "widgets/chartstyle.h"

#include <QPainter>

namespace sg {

namespace {

// A group box's ink (the two line styles are drawn in ChartStyle's inks, as the links are).
const QColor GroupInk(0x6d, 0x4c, 0x41);

void eventLine(QPainter *p, const QRectF &r)
{
    const double y = r.center().y();
    const double head = r.height() * 0.25;
    p->setPen(QPen(ChartStyle::EventInk, std::max(1.0, r.height() / 14)));
    p->drawLine(QPointF(r.left(), y), QPointF(r.right() - head, y));
    p->setPen(Qt::NoPen);
    p->setBrush(ChartStyle::EventInk);
    p->drawPolygon(QPolygonF{QPointF(r.right(), y), QPointF(r.right() - 2 * head, y - head), QPointF(r.right() - 2 * head, y + head)});
}

std::function<void(QPainter *, const QRectF &)> declaredLine(Confidence confidence)
{
    return [confidence](QPainter *p, const QRectF &r) {
        QPen pen(ChartStyle::DeclaredInk, std::max(1.0, r.height() / 14));
        pen.setStyle(ChartStyle::confidenceLine(confidence));
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    };
}

QString joined(QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<LegendEntry> ChartLegend::entries(const ChartDocument &chart)
{
    QList<LegendEntry> result;
    QMap<EntityType, int> types;
    bool pinned = false, hub = false, more = false, coloured = false;
    const QList<ChartNode> nodes = chart.nodes();
    for (const ChartNode &node : nodes) {
        if (!chart.isDisplayed(node.id))
            continue;
        ++types[node.type];
        pinned = pinned || node.pinned;
        hub = hub || chart.isHub(node);
        more = more || node.more > 0;
        coloured = coloured || !node.color.isEmpty();
    }
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const EntityType type = it.key();
        result.append({tr("%1 (%2)").arg(entityTypeDisplayName(type)).arg(it.value()),
                       [type](QPainter *p, const QRectF &r) { ChartStyle::drawIcon(p, type, r); }});
    }
    int collapsed = 0;
    int boxes = 0;
    for (const ChartGroup &group : chart.groups())
        (group.collapsed ? collapsed : boxes) += chart.groupMembers(group.id).isEmpty() ? 0 : 1;
    if (collapsed > 0) {
        result.append({tr("Collapsed group: double-click to open"), [](QPainter *p, const QRectF &r) {
                           p->setPen(QPen(Qt::white, 1));
                           p->setBrush(GroupInk);
                           p->drawRoundedRect(r.adjusted(r.width() * 0.1, r.height() * 0.22, -r.width() * 0.1, -r.height() * 0.1), 3, 3);
                       }});
    }
    if (boxes > 0) {
        result.append({tr("Group box: drag its frame to move it"), [](QPainter *p, const QRectF &r) {
                           p->setPen(QPen(GroupInk, 1.5));
                           p->setBrush(QColor(GroupInk.red(), GroupInk.green(), GroupInk.blue(), 30));
                           p->drawRoundedRect(r.adjusted(1, r.height() * 0.15, -1, -r.height() * 0.15), 3, 3);
                       }});
    }
    // The kinds of links drawn: events by their type, declared links by their kind.
    QStringList eventKinds, declaredKinds;
    QSet<Confidence> confidences;
    // Each kind once (their names are listed in alphabetical order below), from one pass over
    // the links in no order: a chart of 873,149 links has a handful of kinds, and copying and
    // sorting its links for them took a tenth of every change to it.
    QStringList kinds; // a handful: looked through, not hashed, for each of the links
    // The chart knows the kinds of all its links, drawn or not: once the drawn links have shown
    // them all (usually within the first few), the rest can add none (the pass over all 873,149
    // links of a large chart was a third of every change to it).
    const qsizetype allKinds = chart.linkKinds().size();
    const qsizetype allConfidences = chart.declaredConfidences().size();
    chart.forEachDisplayLink([&](const ChartLink &link) {
        if (link.isDeclared())
            confidences.insert(link.confidence);
        for (const QString &kind : link.kinds) {
            if (!kinds.contains(kind))
                kinds << kind;
        }
        return kinds.size() < allKinds || confidences.size() < allConfidences;
    });
    for (const QString &kind : std::as_const(kinds)) {
        if (const auto event = eventTypeFromName(kind)) {
            if (!eventKinds.contains(eventTypeDisplayName(*event)))
                eventKinds << eventTypeDisplayName(*event);
        } else if (const auto declared = linkKindFromName(kind)) {
            if (!declaredKinds.contains(linkKindDisplayName(*declared)))
                declaredKinds << linkKindDisplayName(*declared);
        }
    }
    if (!eventKinds.isEmpty()) {
        result.append({tr("%1: events between the two, arrow towards the receiver; the label counts them").arg(joined(eventKinds)),
                       eventLine});
    }
    if (!declaredKinds.isEmpty())
        result.append({tr("%1: declared link (stated by a source or the analyst)").arg(joined(declaredKinds)), declaredLine(Confidence::Confirmed)});
    if (confidences.contains(Confidence::Probable))
        result.append({tr("Probable: dashed"), declaredLine(Confidence::Probable)});
    if (confidences.contains(Confidence::Possible))
        result.append({tr("Possible: dotted"), declaredLine(Confidence::Possible)});
    if (hub)
        result.append({tr("Hub: more neighbours in the case than the chart's hub limit (%1)").arg(chart.hubDegree()), nullptr});
    if (more)
        result.append({tr("+N: neighbours not yet on the chart; double-click to add the next ones"), nullptr});
    if (pinned)
        result.append({tr("Pin: layouts keep the entity where it is"), nullptr});
    if (coloured)
        result.append({tr("Coloured ring: a colour chosen by the analyst"), nullptr});
    if (!chart.replacements().isEmpty())
        result.append({tr("Phones and accounts are shown as their owners"), nullptr});
    return result;
}

} // namespace sg

#include "widgets/inspectorpanel.h"

#include "core/store/casestore.h"

#include <QEvent>
#include <QHash>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sg {

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    refresh();
}

void InspectorPanel::setStore(const CaseStore *store)
{
    m_store = store;
    m_ids.clear();
    refresh();
}

void InspectorPanel::showEntities(const QList<EntityId> &ids)
{
    m_ids = ids;
    refresh();
}

QString InspectorPanel::text() const { return m_browser->toPlainText(); }

void InspectorPanel::refresh()
{
    if (!m_store || m_ids.isEmpty()) {
        m_browser->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                               .arg(tr("Select an entity on the chart to see what the case knows about it.").toHtmlEscaped()));
        return;
    }
    if (m_ids.size() > 1) {
        m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(tr("%n entities selected.", nullptr, int(m_ids.size())).toHtmlEscaped()));
        return;
    }
    auto summary = m_store->summary(m_ids.first());
    if (!summary) {
        m_browser->setHtml(QStringLiteral("<p style='color:#a00'>%1<br><small>%2</small></p>")
                               .arg(summary.error().message.toHtmlEscaped(), summary.error().detail.toHtmlEscaped()));
        return;
    }
    const Entity &e = summary->entity;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='2'>").arg(e.key.toHtmlEscaped());
    auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Type"), entityTypeDisplayName(e.type));
    row(tr("Key"), e.reference());
    if (e.raw && e.type == EntityType::Phone)
        row(tr("Note"), tr("Kept as written: the number did not validate for its source's region."));
    if (!e.label.isEmpty())
        row(tr("Name"), e.label);
    if (!e.aliases.isEmpty())
        row(tr("Also known as"), e.aliases.join(QStringLiteral(", ")));
    for (const EntityAttribute &a : std::as_const(summary->attributes)) {
        const QHash<QString, QString> names{{QStringLiteral("latitude"), tr("Latitude")}, {QStringLiteral("longitude"), tr("Longitude")},
                                            {QStringLiteral("address"), tr("Address")}, {QStringLiteral("azimuth"), tr("Azimuth")},
                                            {QStringLiteral("site"), tr("Site")}};
        row(names.value(a.name, a.name), tr("%1 (source %2)").arg(a.value).arg(a.provenance.sourceId));
    }
    row(tr("Events"), QString::number(summary->events));
    row(tr("Linked entities"), QString::number(summary->neighbours));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Sources").toHtmlEscaped());
    for (const Provenance &p : std::as_const(summary->sources)) {
        html += QStringLiteral("<li>%1 <small style='color:#555'>(%2)</small></li>")
                    .arg(tr("Source %1: %2").arg(p.sourceId).arg(p.sourceFile).toHtmlEscaped(), p.locator.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_browser->setHtml(html);
}

void InspectorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace sg

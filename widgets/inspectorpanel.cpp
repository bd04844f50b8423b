#include "widgets/inspectorpanel.h"

#include "core/model/timetext.h"
#include "core/store/caseeditor.h"
#include "core/store/casestore.h"
#include "widgets/backgroundtask.h"
#include "widgets/chartstyle.h"

#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace sg {
namespace {

// A row of a table of counts: the name, grey (indented under its kind when `indent`), and the
// number at the right.
QString countRow(const QString &name, qint64 count, bool indent = false)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px;padding-left:%3px'>%1</td><td align='right'>%2</td></tr>")
        .arg(name.toHtmlEscaped())
        .arg(count)
        .arg(indent ? 12 : 0);
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_events(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_events, 2);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("attachment"))
            saveAttachment(url.path().toLongLong());
    });
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->verticalHeader()->setVisible(false);
    m_events->setSortingEnabled(true);
    m_events->hide();
    refresh();
}

void InspectorPanel::saveAttachment(qint64 attachmentId)
{
    if (!m_store)
        return;
    const CaseEditor editor(*m_store);
    QString name = tr("attachment");
    for (const EntityId id : std::as_const(m_ids))
        if (auto list = editor.attachments(id))
            for (const Attachment &a : *list)
                if (a.id == attachmentId)
                    name = a.fileName;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the attachment"), name);
    if (path.isEmpty())
        return;
    auto data = editor.attachmentData(attachmentId);
    QSaveFile file(path);
    if (!data || !file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        QMessageBox::warning(this, tr("Save the attachment"),
                             data ? tr("%1 could not be written: %2").arg(path, file.errorString()) : data.error().message);
        return;
    }
}

int InspectorPanel::eventRowCount() const
{
    return m_events->isHidden() ? 0 : m_events->rowCount();
}

void InspectorPanel::showLink(EntityId a, EntityId b) { showLink(QList<EntityId>{a}, QList<EntityId>{b}, {}, {}); }

void InspectorPanel::showLink(const QList<EntityId> &sideA, const QList<EntityId> &sideB, const QString &nameA, const QString &nameB)
{
    m_ids.clear();
    m_link = LinkSides{sideA, sideB, nameA, nameB};
    refresh();
}

void InspectorPanel::setStore(const CaseStore *store)
{
    m_store = store;
    m_ids.clear();
    m_link.reset();
    m_overview.reset();
    m_overviewStale = true;
    refresh();
}

void InspectorPanel::caseChanged()
{
    m_overviewStale = true;
    if (showsOverview())
        readOverview();
}

void InspectorPanel::readOverview()
{
    // Counting the entities and links of a case of millions takes a tenth of a second: on a
    // worker, with a read-only connection of its own; a newer request wins.
    m_overviewStale = false;
    m_overviewPending = true;
    const quint64 generation = ++m_overviewGeneration;
    const QString path = m_store->path();
    runDetached<std::optional<CaseSummary>>(
        this,
        [path]() -> std::optional<CaseSummary> {
            auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly);
            if (!store)
                return std::nullopt;
            auto summary = CaseSummary::read(**store);
            if (!summary)
                return std::nullopt;
            return std::move(*summary);
        },
        [this, generation](const std::optional<CaseSummary> &summary) {
            if (generation != m_overviewGeneration)
                return;
            m_overviewPending = false;
            m_overview = summary;
            if (showsOverview())
                m_browser->setHtml(overviewHtml());
        });
}

QString InspectorPanel::overviewHtml() const
{
    const QString hint = QStringLiteral("<p style='color:#666'>%1</p>")
                             .arg(tr("Select an entity on the chart to see what the case knows about it.").toHtmlEscaped());
    if (!m_overview)
        return hint;
    const CaseSummary &c = *m_overview;
    QString html = QStringLiteral("<h3>%1</h3>").arg((c.info.name.isEmpty() ? tr("Case") : c.info.name).toHtmlEscaped());
    QStringList about;
    if (!c.info.number.isEmpty())
        about << tr("Case %1").arg(c.info.number);
    about << tr("region %1").arg(c.info.region) << c.info.timeZone;
    if (!c.info.examiner.isEmpty())
        about << tr("examiner %1").arg(c.info.examiner);
    html += QStringLiteral("<p style='color:#555'>%1</p><table cellspacing='2'>").arg(about.join(QStringLiteral(" · ")).toHtmlEscaped());
    // Each kind with its types, the most numerous first.
    auto kinds = [&html](const QString &title, const QMap<QString, qint64> &counts, QString (*displayName)(const QString &)) {
        QList<std::pair<QString, qint64>> types;
        qint64 total = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            types.append({it.key(), it.value()});
            total += it.value();
        }
        std::stable_sort(types.begin(), types.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
        html += countRow(title, total);
        for (const auto &[type, n] : std::as_const(types))
            html += countRow(displayName(type), n, true);
    };
    qint64 complete = 0;
    const SourceRecord *latest = nullptr;
    for (const SourceRecord &s : c.sources) {
        if (s.status != QLatin1String("complete"))
            continue;
        ++complete;
        if (!latest || s.importedAt > latest->importedAt || (s.importedAt == latest->importedAt && s.id > latest->id))
            latest = &s;
    }
    html += countRow(tr("Sources"), complete);
    kinds(tr("Entities"), c.stats.entities, entityTypeDisplayName);
    kinds(tr("Events"), c.stats.events, eventTypeDisplayName);
    html += countRow(tr("Links"), c.stats.links);
    html += countRow(tr("Saved charts"), c.charts.size());
    html += countRow(tr("Case notes"), c.notes.size());
    html += QStringLiteral("</table>");
    if (latest) {
        html += QStringLiteral("<p style='color:#555'>%1</p>")
                    .arg(tr("Last imported: %1 (%2 UTC)")
                             .arg(latest->fileName, latest->importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p style='color:#555'>%1</p>").arg(tr("Nothing imported yet: use Import to add call records, statements or device extracts.").toHtmlEscaped());
    }
    return html + hint;
}

void InspectorPanel::showEntities(const QList<EntityId> &ids)
{
    m_ids = ids;
    m_link.reset();
    refresh();
}

QString InspectorPanel::text() const { return m_browser->toPlainText(); }

void InspectorPanel::refreshLink()
{
    const LinkSides &sides = *m_link;
    auto name = [this](const QList<EntityId> &ids, const QString &given) -> std::optional<QString> {
        if (!given.isEmpty())
            return given;
        auto e = m_store->entity(ids.value(0));
        if (!e || !e->has_value())
            return std::nullopt;
        return (*e)->label.isEmpty() ? (*e)->key : (*e)->label;
    };
    const auto shownA = name(sides.a, sides.nameA);
    const auto shownB = name(sides.b, sides.nameB);
    auto events = m_store->eventsBetween(sides.a, sides.b);
    if (!shownA || !shownB || !events) {
        m_browser->setHtml(QStringLiteral("<p style='color:#a00'>%1</p>").arg(tr("The case file could not be read.").toHtmlEscaped()));
        return;
    }
    const QString nameA = *shownA;
    const QString nameB = *shownB;
    const QSet<EntityId> fromA(sides.a.cbegin(), sides.a.cend());
    qint64 ab = 0, ba = 0, seconds = 0;
    QMap<QString, qint64> moved;
    for (const EventRow &r : std::as_const(*events)) {
        (fromA.contains(r.event.from) ? ab : ba) += 1;
        seconds += r.event.duration;
        if (r.event.amount)
            moved[r.event.amount->currency] += r.event.amount->minor;
    }
    QString html = QStringLiteral("<h3>%1 ↔ %2</h3><table cellspacing='2'>").arg(nameA.toHtmlEscaped(), nameB.toHtmlEscaped());
    auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("%1 → %2").arg(nameA, nameB), tr("%n event(s)", nullptr, int(ab)));
    row(tr("%1 → %2").arg(nameB, nameA), tr("%n event(s)", nullptr, int(ba)));
    if (seconds > 0)
        row(tr("Total duration"), tr("%n second(s)", nullptr, int(seconds)));
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        row(tr("Total moved"), ChartStyle::moneyText(Money{it.value(), it.key(), currencyExponent(it.key())}));
    html += QStringLiteral("</table>");
    m_browser->setHtml(html);

    const QStringList headers{tr("When"), tr("From"), tr("To"), tr("Kind"), tr("Seconds"), tr("Amount"), tr("Text"), tr("Status"), tr("Source"), tr("Record")};
    m_events->setSortingEnabled(false);
    m_events->clear();
    m_events->setColumnCount(int(headers.size()));
    m_events->setHorizontalHeaderLabels(headers);
    m_events->setRowCount(int(events->size()));
    for (int r = 0; r < events->size(); ++r) {
        const EventRow &e = events->at(r);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.event.utcMs, Qt::OffsetFromUTC, e.event.utcOffsetSeconds);
        QStringList status;
        if (!e.event.status.isEmpty())
            status << e.event.status;
        if (e.event.deleted)
            status << tr("deleted");
        const QStringList cells{when.toString(Qt::ISODate), e.fromKey, e.toKey, eventTypeDisplayName(e.event.type),
                                e.event.duration > 0 ? QString::number(e.event.duration) : QString(),
                                e.event.amount ? ChartStyle::moneyText(*e.event.amount) : QString(), e.event.body,
                                status.join(QStringLiteral(", ")), e.event.provenance.sourceFile, e.event.provenance.locator};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            // Numbers sort as numbers; the time sorts by its instant, whatever the offset.
            if (c == 0)
                item->setData(Qt::UserRole, e.event.utcMs);
            if (c == 4)
                item->setData(Qt::DisplayRole, e.event.duration);
            m_events->setItem(r, c, item);
        }
    }
    m_events->setSortingEnabled(true);
    m_events->resizeColumnsToContents();
    m_events->show();
}

void InspectorPanel::refresh()
{
    m_events->setVisible(false);
    if (m_store && m_link) {
        refreshLink();
        return;
    }
    if (!m_store) {
        m_browser->setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(tr("Open or create a case to begin.").toHtmlEscaped()));
        return;
    }
    if (m_ids.isEmpty()) {
        if (m_overviewStale)
            readOverview();
        m_browser->setHtml(overviewHtml());
        return;
    }
    if (m_ids.size() > 1) {
        // How many of each type, and which: the first of them by name and key (a rubber band
        // catches what the analyst may not have meant to).
        constexpr int Listed = 40;
        constexpr int Counted = 20000; // read on this thread: about 20 ms
        QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%n entities selected.", nullptr, int(m_ids.size())).toHtmlEscaped());
        auto entities = m_store->entitiesById(m_ids.mid(0, Counted));
        if (!entities) {
            m_browser->setHtml(html + QStringLiteral("<p style='color:#a00'>%1</p>").arg(entities.error().message.toHtmlEscaped()));
            return;
        }
        QMap<int, qint64> byType;
        for (const Entity &e : std::as_const(*entities))
            ++byType[int(e.type)];
        html += QStringLiteral("<table cellspacing='2'>");
        for (auto it = byType.cbegin(); it != byType.cend(); ++it)
            html += countRow(entityTypeDisplayName(EntityType(it.key())), it.value());
        html += QStringLiteral("</table>");
        if (m_ids.size() > Counted)
            html += QStringLiteral("<p style='color:#555'>%1</p>").arg(tr("Types counted among the first %1.").arg(Counted).toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (qsizetype i = 0; i < std::min<qsizetype>(Listed, entities->size()); ++i) {
            const Entity &e = entities->at(i);
            html += QStringLiteral("<li>%1</li>").arg((e.label.isEmpty() ? e.key : tr("%1 (%2)").arg(e.label, e.key)).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        if (m_ids.size() > Listed)
            html += QStringLiteral("<p style='color:#555'>%1</p>").arg(tr("and %n more.", nullptr, int(m_ids.size() - Listed)).toHtmlEscaped());
        m_browser->setHtml(html);
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
    if (!summary->aliases.isEmpty()) {
        // Each name with the source that gives it: which contact book called the number what.
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Names by source").toHtmlEscaped());
        for (const EntityAttribute &a : std::as_const(summary->aliases)) {
            html += QStringLiteral("<li>%1 <small style='color:#555'>(%2)</small></li>")
                        .arg(a.value.toHtmlEscaped(), tr("source %1: %2, %3").arg(a.provenance.sourceId).arg(a.provenance.sourceFile, a.provenance.locator).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    html += editsHtml(e.id);
    m_browser->setHtml(html);
}

QString InspectorPanel::editsHtml(EntityId id) const
{
    // What the analyst added: tags, notes, attachments, merges.
    const CaseEditor editor(*m_store);
    QString html;
    if (auto tags = editor.tagsOf(id); tags && !tags->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p>").arg(tr("Tags").toHtmlEscaped());
        for (const Tag &t : std::as_const(*tags))
            html += QStringLiteral("<span style='background:%1;color:white'>&nbsp;%2&nbsp;</span> ")
                        .arg(t.colour.isEmpty() ? QStringLiteral("#757575") : t.colour, t.name.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    if (auto notes = editor.notes(id); notes && !notes->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Notes").toHtmlEscaped());
        for (const Note &n : std::as_const(*notes)) {
            QTextDocument document;
            document.setHtml(n.html);
            html += QStringLiteral("<div>%1</div><p><small style='color:#555'>%2</small></p>")
                        .arg(document.toPlainText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                             tr("%1, %2").arg(n.examiner, timetext::isoDateTime(n.modifiedAt.toLocalTime(), false)).toHtmlEscaped());
        }
    }
    if (auto attachments = editor.attachments(id); attachments && !attachments->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Attachments").toHtmlEscaped());
        for (const Attachment &a : std::as_const(*attachments))
            html += QStringLiteral("<li><a href='attachment:%1'>%2</a> <small style='color:#555'>%3<br>SHA-256 %4</small></li>")
                        .arg(a.id)
                        .arg(a.fileName.toHtmlEscaped(),
                             tr("%1 bytes, %2, added by %3").arg(a.size).arg(a.mediaType, a.examiner).toHtmlEscaped()
                                 + (a.note.isEmpty() ? QString() : QStringLiteral(" · ") + a.note.toHtmlEscaped()),
                             a.sha256);
        html += QStringLiteral("</ul>");
    }
    if (auto merges = editor.mergesInto(id); merges && !merges->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Merged into this entity").toHtmlEscaped());
        for (const MergeRecord &m : std::as_const(*merges)) {
            QStringList names;
            for (const EntityId other : m.absorbed)
                if (auto e = m_store->entity(other); e && e->has_value())
                    names << (*e)->reference();
            html += QStringLiteral("<li>%1 <small style='color:#555'>%2</small></li>")
                        .arg(names.join(QStringLiteral(", ")).toHtmlEscaped(),
                             tr("\"%1\", by %2").arg(m.reason, m.examiner).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

void InspectorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace sg

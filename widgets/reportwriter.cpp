#include "widgets/reportwriter.h"

#include "widgets/chartstyle.h"

#include <QBuffer>
#include <QImage>
#include <QUrl>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

namespace sg {

namespace {

constexpr double HeaderHeight = 40;
constexpr double Gap = 8;

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString cell(const QString &text, const QString &style = {})
{
    return style.isEmpty() ? QStringLiteral("<td>%1</td>").arg(esc(text)) : QStringLiteral("<td style=\"%1\">%2</td>").arg(style, esc(text));
}

QString headerRow(const QStringList &names)
{
    QString row = QStringLiteral("<tr>");
    for (const QString &name : names)
        row += QStringLiteral("<th>%1</th>").arg(esc(name));
    return row + QStringLiteral("</tr>");
}

QString row(const QStringList &cells)
{
    QString r = QStringLiteral("<tr>");
    for (const QString &c : cells)
        r += cell(c);
    return r + QStringLiteral("</tr>");
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\">") + headerRow(headers);
    for (const QStringList &r : rows)
        html += row(r);
    return html + QStringLiteral("</table>");
}

QString utcText(const QDateTime &time) { return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")); }

QString entityName(const Entity &e) { return e.label.isEmpty() ? e.key : QStringLiteral("%1 (%2)").arg(e.label, e.key); }

QString moneyList(const QList<Money> &amounts)
{
    QStringList parts;
    for (const Money &m : amounts)
        parts << ChartStyle::moneyText(m);
    return parts.join(QStringLiteral(", "));
}

QString sourcesTable(const QList<SourceRecord> &sources)
{
    QList<QStringList> rows;
    for (const SourceRecord &s : sources)
        rows << QStringList{QString::number(s.id), s.fileName, QStringLiteral("%1 / %2 %3").arg(s.format, s.importer, s.importerVersion),
                            utcText(s.importedAt), s.examiner, s.sha256};
    return table({ReportWriter::tr("Source"), ReportWriter::tr("File"), ReportWriter::tr("Format / importer"), ReportWriter::tr("Imported"),
                  ReportWriter::tr("Examiner"), ReportWriter::tr("SHA-256")},
                 rows);
}

const char *const Style = "h1 { font-size: 15px; } h2 { font-size: 11px; margin-top: 12px; } th { background: #e8e8e8; text-align: left; } "
                          "td, th { font-size: 7px; } p { font-size: 8px; }";

} // namespace

ReportWriter::ReportWriter(PrintOptions options)
    : m_options(std::move(options))
{
    if (!m_options.fields.printedAt.isValid())
        m_options.fields.printedAt = QDateTime::currentDateTime();
}

QString ReportWriter::profileHtml(const EntityProfile &profile)
{
    const EntitySummary &s = profile.summary;
    const Entity &e = s.entity;
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Entity profile: %1").arg(entityName(e))));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Identifiers")));
    QList<QStringList> ids{{tr("Type"), entityTypeDisplayName(e.type)},
                           {tr("Key"), e.key + (e.raw ? QStringLiteral(" ") + tr("(kept as written: it did not validate)") : QString())},
                           {tr("Reference"), e.reference()},
                           {tr("Events"), QString::number(profile.totalEvents)},
                           {tr("Neighbours"), QString::number(s.neighbours)}};
    for (const EntityAttribute &a : s.attributes)
        ids << QStringList{a.name, QStringLiteral("%1 (%2: %3)").arg(a.value, a.provenance.sourceFile, a.provenance.locator)};
    html += table({tr("What"), tr("Value")}, ids);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Names and aliases, by source")));
    QList<QStringList> aliases;
    for (const EntityAttribute &a : s.aliases)
        aliases << QStringList{a.value, a.name, a.provenance.sourceFile, a.provenance.locator};
    html += aliases.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No source gives a name.")))
                              : table({tr("Name"), tr("Kind"), tr("Source"), tr("Record")}, aliases);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Devices, accounts and other declared links")));
    QList<QStringList> holdings;
    for (const Entity &h : profile.holdings) {
        QStringList kinds;
        for (const Link &l : profile.declared) {
            if (l.from == h.id || l.to == h.id)
                kinds << linkKindDisplayName(l.kind) + (l.from == e.id ? QStringLiteral(" →") : QStringLiteral(" ←"));
        }
        holdings << QStringList{entityTypeDisplayName(h.type), h.key, h.label, kinds.join(QStringLiteral(", "))};
    }
    html += holdings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None declared in the case.")))
                               : table({tr("Type"), tr("Key"), tr("Name"), tr("Declared link")}, holdings);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Contacts, by activity")));
    if (profile.contacts.size() < profile.totalContacts)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Listed: the %1 most active of %2 contacts. Events with the others: %3.")
                                                       .arg(profile.contacts.size())
                                                       .arg(profile.totalContacts)
                                                       .arg(profile.otherContactEvents)));
    QList<QStringList> contacts;
    int rank = 0;
    for (const EntityProfile::Contact &c : profile.contacts) {
        contacts << QStringList{QString::number(++rank), entityName(c.entity), entityTypeDisplayName(c.entity.type), QString::number(c.events),
                                tr("%1 out, %2 in").arg(c.outgoing).arg(c.events - c.outgoing),
                                c.seconds > 0 ? ChartStyle::durationText(c.seconds) : QString(), moneyList(c.amounts),
                                QDateTime::fromMSecsSinceEpoch(c.firstUtcMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd")),
                                QDateTime::fromMSecsSinceEpoch(c.lastUtcMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"))};
    }
    html += contacts.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No events with other entities.")))
                               : table({tr("#"), tr("Contact"), tr("Type"), tr("Events"), tr("Direction"), tr("Call time"), tr("Money"),
                                        tr("First (UTC)"), tr("Last (UTC)")},
                                       contacts);

    // The activity chart: weekdays by hours, each cell shaded by how many events fell in it.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Activity by weekday and hour (local time of each record)")));
    int most = 1;
    for (const auto &day : profile.activity)
        for (const int n : day)
            most = std::max(most, n);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"0.5\"><tr><th></th>");
    for (int h = 0; h < 24; ++h)
        html += QStringLiteral("<th>%1</th>").arg(h, 2, 10, QLatin1Char('0'));
    html += QStringLiteral("</tr>");
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        html += QStringLiteral("<tr><th>%1</th>").arg(esc(locale.dayName(d + 1, QLocale::ShortFormat)));
        for (int h = 0; h < 24; ++h) {
            const int n = profile.activity[d][h];
            const int shade = 255 - int(std::lround(200.0 * n / most));
            const QString ink = shade < 140 ? QStringLiteral("#ffffff") : QStringLiteral("#202020");
            html += n == 0 ? QStringLiteral("<td></td>")
                           : QStringLiteral("<td style=\"background-color: rgb(%1,%1,255); color: %2;\">%3</td>").arg(shade).arg(ink).arg(n);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Timeline")));
    if (profile.timeline.size() < profile.totalEvents)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The first %1 of %2 events.").arg(profile.timeline.size()).arg(profile.totalEvents)));
    QList<QStringList> timeline;
    for (const EventRow &r : profile.timeline) {
        const Event &ev = r.event;
        timeline << QStringList{eventTime(ev), eventTypeDisplayName(ev.type), r.fromKey, r.toKey, ChartStyle::eventMeasureText(ev),
                                recordText(ev.provenance)};
    }
    html += timeline.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No events.")))
                               : table({tr("Time"), tr("Type"), tr("From"), tr("To"), tr("Duration / amount"), tr("Source record")}, timeline);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Sources")));
    html += sourcesTable(profile.sources);

    // What the analyst added.
    if (!profile.tags.isEmpty() || !profile.notes.isEmpty() || !profile.attachments.isEmpty() || !profile.merges.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Added by the analyst")));
    if (!profile.tags.isEmpty()) {
        QStringList names;
        for (const Tag &t : profile.tags)
            names << t.name;
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Tags: %1").arg(names.join(QStringLiteral(", ")))));
    }
    if (!profile.merges.isEmpty()) {
        QList<QStringList> rows;
        for (const MergeRecord &m : profile.merges) {
            QStringList ids;
            for (const EntityId id : m.absorbed)
                ids << QString::number(id);
            rows << QStringList{ids.join(QStringLiteral(", ")), m.reason, m.examiner, m.mergedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))};
        }
        html += table({tr("Merged entities (ids)"), tr("Reason"), tr("Examiner"), tr("When")}, rows);
    }
    html += notesHtml(profile.notes);
    if (!profile.attachments.isEmpty()) {
        QList<QStringList> rows;
        for (const Attachment &a : profile.attachments)
            rows << QStringList{a.fileName, a.mediaType, QString::number(a.size), a.note, a.examiner,
                                a.addedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), a.sha256};
        html += table({tr("Attachment"), tr("Type"), tr("Bytes"), tr("Note"), tr("Added by"), tr("Added"), tr("SHA-256")}, rows);
        for (const Attachment &a : profile.attachments)
            if (profile.images.contains(a.id))
                html += QStringLiteral("<p><img src='attachment:%1' width='240'><br>%2</p>").arg(a.id).arg(esc(a.fileName));
    }
    return html;
}

QString ReportWriter::notesHtml(const QList<Note> &notes)
{
    // Each note as plain text (what it says, not how it was styled), with who and when.
    QString html;
    for (const Note &n : notes) {
        QTextDocument note;
        note.setHtml(n.html);
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(esc(tr("Note by %1, %2").arg(n.examiner, n.modifiedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))),
                         esc(note.toPlainText()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return html;
}

QString ReportWriter::summaryHtml(const CaseSummary &summary)
{
    const CaseInfo &info = summary.info;
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Case summary: %1").arg(info.name)));
    html += table({tr("What"), tr("Value")}, {{tr("Case number"), info.number},
                                              {tr("Case name"), info.name},
                                              {tr("Examiner"), info.examiner},
                                              {tr("Default region"), info.region},
                                              {tr("Default time zone"), info.timeZone}});
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Sources (%1)").arg(summary.sources.size())));
    QList<QStringList> sources;
    for (const SourceRecord &s : summary.sources) {
        QStringList counts;
        for (auto it = s.counts.cbegin(); it != s.counts.cend(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        sources << QStringList{QString::number(s.id), s.fileName, QStringLiteral("%1 / %2 %3").arg(s.format, s.importer, s.importerVersion),
                               utcText(s.importedAt), s.examiner, counts.join(QStringLiteral(", ")), s.sha256};
    }
    html += table({tr("Source"), tr("File"), tr("Format / importer"), tr("Imported"), tr("Examiner"), tr("Counts"), tr("SHA-256")}, sources);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Entities and events")));
    QList<QStringList> counts;
    for (auto it = summary.stats.entities.cbegin(); it != summary.stats.entities.cend(); ++it)
        counts << QStringList{tr("Entities"), entityTypeDisplayName(it.key()), QString::number(it.value())};
    for (auto it = summary.stats.events.cbegin(); it != summary.stats.events.cend(); ++it)
        counts << QStringList{tr("Events"), eventTypeDisplayName(it.key()), QString::number(it.value())};
    counts << QStringList{tr("Links"), QString(), QString::number(summary.stats.links)};
    html += table({tr("Kind"), tr("Type"), tr("Count")}, counts);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Charts (%1)").arg(summary.charts.size())));
    QList<QStringList> charts;
    for (const ChartInfo &c : summary.charts)
        charts << QStringList{QString::number(c.id), c.name, c.modifiedAt};
    html += charts.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No saved charts."))) : table({tr("Chart"), tr("Name"), tr("Modified")}, charts);
    if (!summary.notes.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Case notes")));
    html += notesHtml(summary.notes);
    return html;
}

Status ReportWriter::entityProfile(const EntityProfile &profile, const QString &path) const
{
    QHash<QString, QImage> images;
    for (auto it = profile.images.cbegin(); it != profile.images.cend(); ++it) {
        QImage image;
        if (image.loadFromData(it.value()))
            images.insert(QStringLiteral("attachment:%1").arg(it.key()), image);
    }
    return write(profileHtml(profile), tr("Entity profile"), path, images);
}

Status ReportWriter::caseSummary(const CaseSummary &summary, const QString &path) const
{
    return write(summaryHtml(summary), tr("Case summary"), path, {});
}

Status ReportWriter::write(const QString &html, const QString &reportName, const QString &path, const QHash<QString, QImage> &images) const
{
    const PrintFields &f = m_options.fields;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        const DeterministicHashing sameOrder; // reproducible font order (chartprinter.h)
        QPdfWriter writer(&buffer);
        writer.setTitle(f.title.isEmpty() ? reportName : f.title);
        writer.setCreator(QStringLiteral("Seagull %1").arg(QLatin1String(SEAGULL_VERSION)));
        writer.setResolution(1200);
        writer.setPageLayout(m_options.pageLayout());
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{ErrorCode::Io, tr("The report could not be opened for writing."), path};
        const double scale = writer.logicalDpiX() / 72.0;
        painter.scale(scale, scale);
        const QRectF page(0, 0, writer.width() / scale, writer.height() / scale);
        const double foot = f.classification.isEmpty() ? 0 : 14;
        const QRectF body(page.left(), page.top() + HeaderHeight + Gap, page.width(), page.height() - HeaderHeight - Gap - foot);

        QTextDocument document;
        QFont base(QStringLiteral("Noto Sans"));
        base.setPixelSize(8);
        base.setHintingPreference(QFont::PreferNoHinting);
        document.setDefaultFont(base);
        document.setDefaultStyleSheet(QString::fromLatin1(Style));
        document.setDocumentMargin(0);
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
        document.setHtml(html);
        document.setPageSize(body.size());
        const int pages = document.pageCount();
        QFont small = base;
        QFont bold = base;
        bold.setBold(true);
        bold.setPixelSize(11);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            // Header: the report and case on the left, the marking in the middle, when and
            // which page on the right.
            const QRectF header(page.left(), page.top(), page.width(), HeaderHeight);
            painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 0.8));
            painter.drawRect(header);
            painter.setFont(bold);
            painter.drawText(header.adjusted(8, 4, -8, -HeaderHeight / 2), Qt::AlignLeft | Qt::AlignVCenter, f.title.isEmpty() ? reportName : f.title);
            painter.setFont(small);
            QString caseLine = f.caseNumber.isEmpty() ? f.caseName : tr("Case %1: %2").arg(f.caseNumber, f.caseName);
            if (!f.exhibit.isEmpty())
                caseLine += QStringLiteral(" · ") + tr("Exhibit %1").arg(f.exhibit);
            painter.drawText(header.adjusted(8, HeaderHeight / 2, -8, -4), Qt::AlignLeft | Qt::AlignVCenter, caseLine);
            QString right = tr("Printed %1 (%2)").arg(f.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zoneText(f.printedAt));
            if (!f.examiner.isEmpty())
                right = tr("Examiner: %1").arg(f.examiner) + QStringLiteral(" · ") + right;
            painter.drawText(header.adjusted(8, 4, -8, -HeaderHeight / 2), Qt::AlignRight | Qt::AlignVCenter, right);
            painter.drawText(header.adjusted(8, HeaderHeight / 2, -8, -4), Qt::AlignRight | Qt::AlignVCenter,
                             tr("Page %1 of %2").arg(i + 1).arg(pages));
            if (!f.classification.isEmpty()) {
                painter.setFont(bold);
                painter.drawText(header, Qt::AlignCenter, f.classification);
                painter.drawText(QRectF(page.left(), page.bottom() - 12, page.width(), 12), Qt::AlignCenter, f.classification);
            }
            painter.save();
            painter.translate(body.left(), body.top() - i * body.height());
            document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
            painter.restore();
        }
        painter.end();
    }
    QString subject = f.caseNumber.isEmpty() ? f.caseName : tr("Case %1: %2").arg(f.caseNumber, f.caseName);
    return savePdf(buffer.data(), path, f.examiner, subject);
}

} // namespace sg

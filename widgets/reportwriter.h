#pragma once

#include "core/report/profiles.h"
#include "widgets/chartprinter.h"

#include <QHash>
#include <QImage>

namespace sg {

// Court reports as PDF, on the paper and with the title fields of a print: the entity profile
// (identifiers, aliases by source, devices and accounts, contacts ranked by activity, an
// activity chart by weekday and hour, a timeline, the sources with their hashes) and the case
// summary (sources, counts per type, charts). Every page has a header with the report, the
// case, the classification, the time of printing and page x of y. Text is laid out by Qt, so
// every script is shaped as on screen. GUI thread.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sg::ReportWriter)

public:
    explicit ReportWriter(PrintOptions options);

    Status entityProfile(const EntityProfile &profile, const QString &path) const;
    Status caseSummary(const CaseSummary &summary, const QString &path) const;

    // The reports' content, as HTML (what the PDF lays out).
    static QString profileHtml(const EntityProfile &profile);
    static QString summaryHtml(const CaseSummary &summary);
    static QString notesHtml(const QList<Note> &notes);

private:
    // `images`: pictures the HTML refers to by name ("attachment:7").
    Status write(const QString &html, const QString &reportName, const QString &path, const QHash<QString, QImage> &images) const;

    PrintOptions m_options;
};

} // namespace sg

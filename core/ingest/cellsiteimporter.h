#pragma once

#include "core/ingest/importer.h"

#include <QCoreApplication>

namespace sg {

// Cell-site tables from operators (CSV/TSV in any known encoding, or XLSX): a cell id (cell,
// CI, CGI, ECGI, LAC-CI, antenna or tower id) with its latitude and longitude, and optionally
// the site's name or address and the antenna's azimuth. Each cell is a location entity keyed
// `cell:<id>`, the key call records use for the cell that served a call, so calls and sites
// join whichever is imported first: the location gets its coordinates and address as
// attributes, the number served there a `located_at` link. Column names in English, Thai,
// Vietnamese and Chinese.
class CellSiteImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::CellSiteImporter)

public:
    QString format() const override { return QStringLiteral("cell-sites"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;

    // The location key of a cell as records write it: "cell:" and the id, upper case, without
    // spaces, native digits as ASCII.
    static QString cellKey(const QString &cell);
};

} // namespace sg

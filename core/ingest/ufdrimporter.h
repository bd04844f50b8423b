#pragma once

#include "core/ingest/importer.h"

#include <QCoreApplication>

namespace sg {

// Cellebrite UFDR: the `.ufdr` zip (its `report.xml`, any capitalisation) or a bare report.
// The report is streamed, never held whole: the header (case information, Device Info with
// IMEI, IMSI, MSISDN) first, then the decoded models Contact, Call, SMS, MMS, Chat with its
// messages, InstantMessage and UserAccount, each with its Parties and `deleted_state`. Every
// record keeps its model id as locator (`report.xml:Call:id=…`). Other models (locations, web
// history, …) are counted and named in the notes. Characters XML forbids are removed and counted
// (`illegal_xml_characters`); a DTD, a truncated report or a hostile zip is refused.
class UfdrImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::UfdrImporter)

public:
    QString format() const override { return QStringLiteral("cellebrite-ufdr"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;
};

} // namespace sg

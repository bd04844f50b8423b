#pragma once

#include "core/ingest/importer.h"

#include <QCoreApplication>

namespace sg {

// MSAB XRY text export: one UTF-16LE file per category ("Calls.txt", "Messages-SMS.txt",
// "Contacts-Contacts.txt", "Device-General Information.txt"), each starting with an "XRY Export"
// header and holding records ("Calls #<TAB>1") of "Key:<TAB>value" lines, with "From"/"To"/
// "Participant" lines saying whose number follows, and message text running on over several
// lines. Records are separated by blank lines and located by their number (`Calls.txt:#12`).
// Times are as the examiner's locale wrote them ("1/2/2019 1:23:45 PM UTC+7 (Network)"); the
// day/month order is decided from the file's own dates. Multi-part SMS are joined. The device
// information file names the handset's IMEI, which an extraction folder's other files join.
class XryImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::XryImporter)

public:
    QString format() const override { return QStringLiteral("xry-text"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;
    QString handsetImei(const QString &path) const override;
};

} // namespace sg

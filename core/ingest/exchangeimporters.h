#pragma once

#include "core/ingest/importer.h"

#include <QCoreApplication>

namespace sg {

// i2 Analyst's Notebook exchange charts (.anx): each entity item becomes an entity (its type
// from Seagull's attribute, else from its i2 type, else a person; a phone number normalised in
// the source's region), each dated link of an event type (call, sms, transfer, ...) an event at
// its time with its duration or amount, each other link a declared link (uses, owns, ...;
// "associate" for types Seagull does not know). Every record's locator names its chart item
// and, for charts Seagull wrote, the source record it came from.
class AnxImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::AnxImporter)

public:
    QString format() const override { return QStringLiteral("i2-anx"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;
};

// GraphML from Gephi, yEd, networkx or Seagull: nodes become entities (Seagull's own type and
// key when the file carries them, a phone when the node is a valid number, else a person known
// by this file's node id), edges declared "associate" links: GraphML has no events.
class GraphMLImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::GraphMLImporter)

public:
    QString format() const override { return QStringLiteral("graphml"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;
};

// Case bundles from another Seagull (bundle.h): the payload's SHA-256 is checked first (a
// damaged bundle is refused whole); then every entity, alias, event and declared link is
// written with its provenance kept: each locator says which agency sent it and the original
// source file, its SHA-256 and record ("received from CNP: kh_cdr.csv [SHA-256 …] line 45").
class BundleImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::BundleImporter)

public:
    QString format() const override { return QStringLiteral("seagull-bundle"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;
};

// The three files of Seagull's CSV export (exportCsv), each read alone by its header:
// entities.csv gives entities with their names; events.csv events with their parties' types,
// exact amounts and offsets; links.csv the declared links (its event totals are derived from
// events and skipped). Each record's locator names its line and the source record the exporting
// case had ("events.csv:line 6, from cdr.csv:line 5").
class SeagullCsvImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::SeagullCsvImporter)

public:
    QString format() const override { return QStringLiteral("seagull-csv"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;
};

} // namespace sg

#pragma once

#include "core/ingest/importer.h"
#include "core/ingest/tablemapping.h"

#include <QCoreApplication>

namespace sg {

// Tables of money movements: bank and wallet statements, payment-system exports and the public
// AML simulators' outputs, in CSV/TSV (any encoding TextEncoding knows) or XLSX (each worksheet
// on its own). A table is read through a TableMapping: one given (`--mapping`), one saved in the
// case whose signature the header matches, a built-in one, or a statement recognised from its
// column names. Preamble rows before the header are skipped (a statement's account number is
// read from them). Accounts are entities keyed by institution and number; each row is a
// transfer event with its exact amount and currency; rows that cannot be read are listed.
class MoneyTableImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(sg::MoneyTableImporter)

public:
    QString format() const override { return QStringLiteral("money-table"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1"); }
    int sniff(const QString &path, const QString &fileName, const QByteArray &head) const override;
    Result<ImportReport> run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                             SourceWriter &writer, Progress *progress) override;
    void prepare(const ImportOptions &options) override;

    // The mapping that reads a table with these headers: the given ones first, then the
    // built-in ones, then a statement recognised from its columns.
    static std::optional<TableMapping> mappingFor(const QStringList &headers, const QList<TableMapping> &given);
    // A statement's own account, from the lines above its table ("Account No.: 123-456-7890",
    // "เลขที่บัญชี", "Số tài khoản", "账号"); empty when they do not say.
    static QString accountInPreamble(const QStringList &preamble);

private:
    QList<TableMapping> m_mappings;
};

} // namespace sg

#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QVariant>
#include <QStringList>

#include <functional>
#include <memory>

struct sqlite3;

namespace sg {

// One row of an evidence query, by column index or name.
class EvidenceRow
{
public:
    virtual ~EvidenceRow() = default;
    virtual int columnCount() const = 0;
    virtual QString name(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    int index(const QString &name) const;
};

// A SQLite database from a seized device (an app's own database), read from Seagull's private
// working copy, never from the evidence. Custom collations the device's apps declare
// (PHONEBOOK, LOCALIZED, ...) are stood in for by a binary one, so queries never fail on them.
// Importers see tables and rows, never the SQLite API. One thread at a time.
class EvidenceDatabase
{
    Q_DECLARE_TR_FUNCTIONS(sg::EvidenceDatabase)

public:
    // True when the bytes begin with SQLite's file header.
    static bool looksLikeSqlite(const QByteArray &head);
    // Opens the working copy at `path`; `displayName` names the evidence in messages. A file that
    // is encrypted (SQLCipher and the like) or not SQLite is refused with a clear message.
    static Result<std::unique_ptr<EvidenceDatabase>> open(const QString &path, const QString &displayName);

    ~EvidenceDatabase();

    QStringList tables() const;
    bool hasTable(const QString &table) const;
    QStringList columns(const QString &table) const;
    bool hasColumn(const QString &table, const QString &column) const;
    qint64 userVersion() const;

    // Runs `sql` with `binds`, calling `onRow` for each row until it returns false.
    Status query(const QString &sql, const QVariantList &binds, const std::function<bool(const EvidenceRow &)> &onRow) const;

private:
    EvidenceDatabase() = default;

    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> m_db{nullptr, nullptr};
    QString m_name;
};

} // namespace sg

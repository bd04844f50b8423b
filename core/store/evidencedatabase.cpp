#include "core/store/evidencedatabase.h"

#include <sqlite3.h>

#include <cstring>

namespace sg {

namespace {

class StatementRow final : public EvidenceRow
{
public:
    explicit StatementRow(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    QString name(int column) const override { return QString::fromUtf8(sqlite3_column_name(m_stmt, column)); }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    QString text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    QByteArray blob(int column) const override
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt *m_stmt;
};

// Device databases declare collations only the device has; order by bytes instead.
int binaryCompare(void *, int lengthA, const void *a, int lengthB, const void *b)
{
    const int common = std::min(lengthA, lengthB);
    const int c = std::memcmp(a, b, size_t(common));
    return c != 0 ? c : lengthA - lengthB;
}

void registerMissingCollation(void *, sqlite3 *db, int, const char *name)
{
    sqlite3_create_collation(db, name, SQLITE_UTF8, nullptr, &binaryCompare);
}

} // namespace

int EvidenceRow::index(const QString &column) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (name(i).compare(column, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool EvidenceDatabase::looksLikeSqlite(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

Result<std::unique_ptr<EvidenceDatabase>> EvidenceDatabase::open(const QString &path, const QString &displayName)
{
    std::unique_ptr<EvidenceDatabase> db(new EvidenceDatabase);
    db->m_name = displayName;
    sqlite3 *raw = nullptr;
    // Read-write on the private copy: SQLite needs it to read rows that are still in the -wal.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    db->m_db = std::unique_ptr<sqlite3, int (*)(sqlite3 *)>(raw, &sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::InvalidInput, tr("%1 cannot be opened as a database.").arg(displayName),
                     QString::fromUtf8(sqlite3_errstr(rc))};
    sqlite3_collation_needed(raw, nullptr, &registerMissingCollation);
    // The first read tells an encrypted or foreign file from a database.
    char *message = nullptr;
    if (sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return Error{ErrorCode::InvalidInput,
                     tr("%1 is encrypted or is not a SQLite database; Seagull cannot read it.").arg(displayName), detail};
    }
    return db;
}

EvidenceDatabase::~EvidenceDatabase() = default;

Status EvidenceDatabase::query(const QString &sql, const QVariantList &binds,
                               const std::function<bool(const EvidenceRow &)> &onRow) const
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db.get(), utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        return Error{ErrorCode::InvalidInput, tr("%1 could not be read.").arg(m_name),
                     QString::fromUtf8(sqlite3_errmsg(m_db.get()))};
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(stmt, &sqlite3_finalize);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds[i];
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
    }
    StatementRow row(stmt);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (!onRow(row))
            return Ok{};
    }
    if (rc != SQLITE_DONE) {
        return Error{ErrorCode::InvalidInput, tr("%1 could not be read.").arg(m_name),
                     QString::fromUtf8(sqlite3_errmsg(m_db.get()))};
    }
    return Ok{};
}

QStringList EvidenceDatabase::tables() const
{
    QStringList names;
    (void)query(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"), {},
                [&names](const EvidenceRow &row) {
                    names << row.text(0);
                    return true;
                });
    return names;
}

bool EvidenceDatabase::hasTable(const QString &table) const
{
    return tables().contains(table, Qt::CaseInsensitive);
}

QStringList EvidenceDatabase::columns(const QString &table) const
{
    QStringList names;
    (void)query(QStringLiteral("SELECT name FROM pragma_table_info(?1)"), {table}, [&names](const EvidenceRow &row) {
        names << row.text(0);
        return true;
    });
    return names;
}

bool EvidenceDatabase::hasColumn(const QString &table, const QString &column) const
{
    return columns(table).contains(column, Qt::CaseInsensitive);
}

qint64 EvidenceDatabase::userVersion() const
{
    qint64 version = 0;
    (void)query(QStringLiteral("PRAGMA user_version"), {}, [&version](const EvidenceRow &row) {
        version = row.integer(0);
        return false;
    });
    return version;
}

} // namespace sg

#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sg {
class Progress;
}

namespace sg::sql {

// Thin RAII layer over the SQLite C API, private to core/store. Statements are prepared once
// and reused; every value is bound.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt, &finalize) {}

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds ''
    Statement &bind(int index, const QByteArray &value); // a blob
    // Text given as UTF-8: copied, or with `kept`, used where it is (it must stay unchanged until
    // the statement has run and been reset or bound again).
    Statement &bindUtf8(int index, QByteArrayView utf8, bool kept = false);
    Statement &bindNull(int index);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true while a row is available. Errors are kept for error().
    bool next();
    // Runs to completion, returns false on error.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8), valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    bool failed() const { return m_failed; }
    QString errorMessage() const;

private:
    static void finalize(sqlite3_stmt *stmt);

    sqlite3 *m_db = nullptr;
    std::shared_ptr<sqlite3_stmt> m_stmt;
    bool m_failed = false;
};

// "(?, ?, ...), (?, ...)": the parameters of `rows` rows of `columns` values, for a statement
// that writes many rows at once.
QString valueRows(int rows, int columns);

// One connection.
class Database
{
public:
    Database() = default;

    // `immutable`: the file is on a medium nothing can write (a read-only folder or disk), so
    // SQLite reads it without locks or its -shm file (which it could not create there).
    Status open(const QString &path, bool create, bool readOnly = false, bool immutable = false);
    // Whether the connection can only read (opened so, or the file turned out write-protected).
    bool isReadOnly() const;
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db.get(); }
    QString path() const { return m_path; }

    // Executes one or more statements without results.
    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql) const;
    // The one integer a statement gives (a count, a largest id, a setting).
    Result<qint64> integer(const QString &sql) const;
    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    // An Error for a failed statement with the connection's message as detail.
    // A write-protected case or a full disk gives its own clear sentence instead of `message`.
    Error error(const QString &message) const;
    // "The case file … cannot be written …", with `detail` behind it.
    Error readOnlyError(const QString &detail) const;

    // The ids that seagull_selected(id) is true for, until the next call: a lookup per row,
    // where SQLite's probe of a temporary table per row ("x IN temp.t") took two thirds of
    // reading the links among 2,551 entities.
    void setSelected(const QList<qint64> &ids) const;
    // Those ids: a bit for each id of their range when it is not much wider than their number
    // (entity ids are dense; the links among the 5M case's busiest number's 51,042 neighbours
    // asked 1.7 million times, and a hash lookup was a tenth of the reading), else a hash.
    // Also a set of ids of its own (the events matched between two sides of a link).
    struct Selection
    {
        qint64 first = 0;
        std::vector<bool> bits; // id - first
        QSet<qint64> sparse;
        bool dense = true;
        // Holds `ids` alone from now on.
        void assign(std::span<const qint64> ids);
        bool contains(qint64 id) const
        {
            if (!dense)
                return sparse.contains(id);
            const qint64 at = id - first;
            return at >= 0 && at < qint64(bits.size()) && bits[size_t(at)];
        }
    };

private:
    static void closeDb(sqlite3 *db);

    std::shared_ptr<sqlite3> m_db;
    QString m_path;
    Selection *m_selected = nullptr; // owned by the connection (freed when it closes)
};

// Inserts rows many to a statement ("INSERT ... VALUES (...), (...), ..."): starting and ending
// a statement costs SQLite about as much as writing a small row. Rows are given a value at a
// time and written when `rowsPerStatement` are waiting and by flush(). Every row must be
// written: fewer is an Integrity error. Give "INSERT OR IGNORE" as head: a statement of several
// rows that may abort half-way makes SQLite journal every page it changes, in a temporary file
// once past 64 KiB (measured: 1M links written so took 13 s instead of 3), and the check above
// turns a row it ignored into the error. Used on the connection's thread, inside a transaction.
class BatchInsert
{
public:
    // `head`: "INSERT INTO t(a, b, c)"; `failure`: the message of the Error when a write fails.
    BatchInsert(Database &db, const QString &head, int columns, QString failure, int rowsPerStatement = 100);
    BatchInsert &value(qint64 value);
    BatchInsert &value(const QString &value); // a null QString is written as ''
    BatchInsert &valueUtf8(const QByteArray &utf8); // text already in UTF-8 (shared, not copied)
    BatchInsert &valueNull();
    // After the row's `columns` values.
    Status endRow();
    // Writes the rows still waiting.
    Status flush();

private:
    Status write(int rows);

    Database &m_db;
    QString m_head;
    int m_columns;
    QString m_failure;
    int m_rowsPerStatement;
    std::vector<std::variant<std::monostate, qint64, QByteArray>> m_values; // text as UTF-8
    Statement m_full; // prepared for rowsPerStatement rows, on first use
};

// While it lives, a statement running on the connection stops once `progress` is cancelled:
// SQLite asks every StepsBetweenChecks steps of its virtual machine and the statement fails
// (SQLITE_INTERRUPT), in the middle of building an index or a search table as of writing rows.
// A statement of fewer steps (a PRAGMA, COMMIT, ROLLBACK) never asks. Without a progress it
// does nothing. One at a time per connection, on the connection's thread; a reading connection
// (const) is stopped the same way.
class StopOnCancel
{
public:
    StopOnCancel(const Database &db, const Progress *progress);
    ~StopOnCancel();
    StopOnCancel(const StopOnCancel &) = delete;
    StopOnCancel &operator=(const StopOnCancel &) = delete;

    static constexpr int StepsBetweenChecks = 4096;

private:
    sqlite3 *m_db = nullptr;
};

// While it lives, the statements stepped on the connection read within one transaction, when
// none was open yet: they see one state of the case (an import committing on another
// connection meanwhile is not half seen), and each does not take the log's read lock and give
// it back for itself. In WAL mode that is two fcntl calls and a stat a statement, about 2.4 µs
// here, where stepping a statement that reads one row takes 0.4 µs: reading each of 51,041
// entities' links took 1.1 s alone, 0.7 s in one transaction. For reading only: a statement
// inside it that begins a transaction of its own fails. A temporary table written inside it
// (a selection) is committed with it.
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    // Whether this one began the transaction (false inside one already open).
    bool began() const { return m_db != nullptr; }
    // Ends it now, before what follows the reading (a change to a chart, whose signals may
    // write to the case on the same connection).
    void end();

private:
    sqlite3 *m_db = nullptr;
};

// Rolls the transaction back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

// The ids as a JSON array ("[1,2,3]"), bound as one value and read with json_each: one statement
// over all of them.
QString idList(const QList<qint64> &ids);

} // namespace sg::sql

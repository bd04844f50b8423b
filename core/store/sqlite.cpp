#include "core/store/sqlite.h"

#include "core/model/progress.h"
#include "core/normalize/linebreak.h"
#include "core/normalize/searchfold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <charconv>
#include <utility>

#include <sqlite3.h>

#include <cerrno>

namespace sg::sql {

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    // A null QString binds as empty text: NULL is only ever bound on purpose, with bindNull().
    return bindUtf8(index, value.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt.get(), index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, QByteArrayView utf8, bool kept)
{
    sqlite3_bind_text(m_stmt.get(), index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), kept ? SQLITE_STATIC : SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

bool Statement::exec()
{
    m_failed = false;
    while (next()) {
    }
    const bool ok = !m_failed;
    reset();
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt.get(), column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt.get(), column); }

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt.get(), column));
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL; }

QString Statement::errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

void Statement::finalize(sqlite3_stmt *stmt) { sqlite3_finalize(stmt); }

void Database::closeDb(sqlite3 *db) { sqlite3_close_v2(db); }

namespace {

// seagull_fold(text): the folded form search also matches (searchfold.h); NULL stays NULL.
void foldFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded = foldForSearch(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// seagull_words(text): the words of the text (ICU word segments, linebreak.h) separated by single
// spaces, so that a space-splitting tokenizer indexes the words of Thai, Lao, Khmer, Burmese and
// Chinese text as it does those of Latin text; NULL stays NULL.
void wordsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray words = wordSegments(QString::fromUtf8(text)).join(QLatin1Char(' ')).toUtf8();
    sqlite3_result_text(context, words.constData(), int(words.size()), SQLITE_TRANSIENT);
}

// seagull_selected(id): whether id is among those given to Database::setSelected().
void selectedFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *selected = static_cast<const Database::Selection *>(sqlite3_user_data(context));
    sqlite3_result_int(context, selected->contains(sqlite3_value_int64(values[0])) ? 1 : 0);
}

} // namespace

Status Database::open(const QString &path, bool create, bool readOnly, bool immutable)
{
    sqlite3 *raw = nullptr;
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    if (immutable) {
        flags |= SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(raw);
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("sg::CaseStore", "Cannot open the case file %1.").arg(path),
                     detail};
    }
    m_db = std::shared_ptr<sqlite3>(raw, &closeDb);
    m_path = path;
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_create_function_v2(raw, "seagull_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &foldFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(raw, "seagull_words", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &wordsFunction, nullptr, nullptr, nullptr);
    m_selected = new Selection;
    sqlite3_create_function_v2(raw, "seagull_selected", 1, SQLITE_UTF8, m_selected, &selectedFunction, nullptr, nullptr,
                               [](void *set) { delete static_cast<Selection *>(set); });
    return Ok{};
}

void Database::setSelected(const QList<qint64> &ids) const
{
    if (m_selected)
        m_selected->assign(ids);
}

void Database::Selection::assign(std::span<const qint64> ids)
{
    bits.clear();
    sparse.clear();
    const auto [low, high] = std::minmax_element(ids.begin(), ids.end());
    const qint64 width = ids.empty() ? 0 : *high - *low + 1;
    dense = width <= 64 * qint64(ids.size()) + 4096; // at most 8 bytes of bits per id
    if (dense) {
        first = ids.empty() ? 0 : *low;
        bits.assign(size_t(width), false);
        for (const qint64 id : ids)
            bits[size_t(id - first)] = true;
        return;
    }
    sparse.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids)
        sparse.insert(id);
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        Error failure = error(QCoreApplication::translate("sg::CaseStore", "The case file could not be updated."));
        failure.detail = detail;
        return failure;
    }
    return Ok{};
}

Result<Statement> Database::prepare(const QString &sql) const
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db.get(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        return error(QCoreApplication::translate("sg::CaseStore", "The case file could not be read."));
    }
    return Statement(m_db.get(), stmt);
}

Result<qint64> Database::integer(const QString &sql) const
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return error(QCoreApplication::translate("sg::CaseStore", "The case file could not be read."));
    return stmt->int64(0);
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db.get()); }
int Database::changes() const { return sqlite3_changes(m_db.get()); }
QString Database::lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db.get())); }

bool Database::isReadOnly() const { return m_db && sqlite3_db_readonly(m_db.get(), "main") == 1; }

Error Database::readOnlyError(const QString &detail) const
{
    return Error{ErrorCode::ReadOnly,
                 QCoreApplication::translate("sg::CaseStore", "The case file %1 cannot be written: it is read-only, or on a read-only disk or "
                                                              "folder. Nothing was changed.")
                     .arg(m_path),
                 detail};
}

Error Database::error(const QString &message) const
{
    // A write-protected file or folder and a full disk are said as such, whatever was being
    // written: the analyst can do something about them. SQLite has rolled the change back.
    const int code = sqlite3_extended_errcode(m_db.get());
    const int os = sqlite3_system_errno(m_db.get());
    if ((code & 0xff) == SQLITE_READONLY || ((code & 0xff) == SQLITE_CANTOPEN && os == EACCES) || os == EROFS)
        return readOnlyError(lastError());
    bool full = (code & 0xff) == SQLITE_FULL || os == ENOSPC;
#ifdef EDQUOT
    full = full || os == EDQUOT;
#endif
    if (full) {
        return Error{ErrorCode::DiskFull,
                     QCoreApplication::translate("sg::CaseStore", "The disk holding %1 is full. Nothing was changed: make room and try again.").arg(m_path),
                     lastError()};
    }
    // A write refused by the system (a file-size limit, a disk going bad): the transaction's
    // pages never reach the file's committed state, so nothing is half-written either.
    if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC || os == EFBIG) {
        return Error{ErrorCode::DiskFull,
                     QCoreApplication::translate("sg::CaseStore", "%1 could not be written: the disk may be full, the file too large for it, or "
                                                                  "the disk failing. Nothing was changed.")
                         .arg(m_path),
                     lastError()};
    }
    return Error{ErrorCode::Database, message, lastError()};
}

StopOnCancel::StopOnCancel(const Database &db, const Progress *progress)
{
    if (!progress || !db.isOpen())
        return;
    m_db = db.handle();
    sqlite3_progress_handler(
        m_db, StepsBetweenChecks, [](void *watched) { return static_cast<const Progress *>(watched)->isCancelled() ? 1 : 0; },
        const_cast<Progress *>(progress));
}

StopOnCancel::~StopOnCancel()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

ReadTransaction::ReadTransaction(const Database &db)
{
    if (!db.isOpen() || !sqlite3_get_autocommit(db.handle()))
        return;
    if (sqlite3_exec(db.handle(), "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_db = db.handle();
}

ReadTransaction::~ReadTransaction()
{
    end();
}

void ReadTransaction::end()
{
    sqlite3 *db = std::exchange(m_db, nullptr);
    // A statement that failed may have ended the transaction already.
    if (!db || sqlite3_get_autocommit(db))
        return;
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::begin()
{
    // Every transaction writes; a case opened read-only says so before anything is tried.
    if (m_db.isReadOnly())
        return m_db.readOnlyError(QStringLiteral("opened read-only"));
    Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = s.ok();
    return s;
}

Status Transaction::commit()
{
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (s.ok())
        m_active = false;
    return s;
}

BatchInsert::BatchInsert(Database &db, const QString &head, int columns, QString failure, int rowsPerStatement)
    : m_db(db)
    , m_head(head)
    , m_columns(columns)
    , m_failure(std::move(failure))
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
{
    m_values.reserve(size_t(m_columns) * size_t(m_rowsPerStatement));
}

BatchInsert &BatchInsert::value(qint64 value)
{
    m_values.emplace_back(value);
    return *this;
}

BatchInsert &BatchInsert::value(const QString &value)
{
    m_values.emplace_back(value.toUtf8());
    return *this;
}

BatchInsert &BatchInsert::valueUtf8(const QByteArray &utf8)
{
    m_values.emplace_back(utf8);
    return *this;
}

QString valueRows(int rows, int columns)
{
    const QString row = QStringLiteral("(?") + QStringLiteral(", ?").repeated(columns - 1) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
}

BatchInsert &BatchInsert::valueNull()
{
    m_values.emplace_back(std::monostate{});
    return *this;
}

Status BatchInsert::endRow()
{
    Q_ASSERT(m_values.size() % size_t(m_columns) == 0);
    if (m_values.size() < size_t(m_columns) * size_t(m_rowsPerStatement))
        return Ok{};
    return write(m_rowsPerStatement);
}

Status BatchInsert::flush()
{
    const int rows = int(m_values.size() / size_t(m_columns));
    return rows == 0 ? Status(Ok{}) : write(rows);
}

Status BatchInsert::write(int rows)
{
    auto prepareFor = [this](int n) { return m_db.prepare(m_head + QStringLiteral(" VALUES ") + valueRows(n, m_columns)); };
    // A full statement is prepared once and kept; the last, shorter one for itself.
    Statement partial;
    Statement &stmt = rows == m_rowsPerStatement ? m_full : partial;
    if (!stmt.isValid()) {
        auto prepared = prepareFor(rows);
        if (!prepared)
            return prepared.error();
        stmt = *prepared;
    }
    // The text is bound where it is, in m_values, which stays as it is until the statement has run.
    int index = 1;
    for (const auto &v : m_values) {
        if (const auto *i = std::get_if<qint64>(&v))
            stmt.bind(index, *i);
        else if (const auto *text = std::get_if<QByteArray>(&v))
            stmt.bindUtf8(index, *text, true);
        else
            stmt.bindNull(index);
        ++index;
    }
    const bool written = stmt.exec();
    m_values.clear();
    if (!written)
        return m_db.error(m_failure);
    // "INSERT OR IGNORE" would drop a row that breaks a constraint: that is an error here.
    if (m_db.changes() != rows)
        return Error{ErrorCode::Integrity, m_failure,
                     QCoreApplication::translate("sg::CaseStore", "rows written: %1 of %2").arg(m_db.changes()).arg(rows)};
    return Ok{};
}

QString idList(const QList<qint64> &ids)
{
    // Written in place: a QByteArray::number for each id was most of the time for 51,041 ids.
    QByteArray list(ids.size() * 21 + 2, Qt::Uninitialized); // at most 20 characters an id, and its comma
    char *at = list.data();
    char *const end = at + list.size();
    *at++ = '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            *at++ = ',';
        at = std::to_chars(at, end, ids[i]).ptr;
    }
    *at++ = ']';
    list.truncate(at - list.data());
    return QString::fromLatin1(list);
}

} // namespace sg::sql

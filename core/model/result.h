#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sg {

// What went wrong, in terms a caller can act on.
enum class ErrorCode {
    Io,            // a file could not be read or written
    NotFound,      // a file, entity or record that was asked for does not exist
    InvalidInput,  // the input was read but makes no sense (no columns, not text, bad option)
    Database,      // SQLite reported an error
    NotACase,      // the file is not a Seagull case
    TooNew,        // the case was written by a newer Seagull
    Duplicate,     // the same evidence was imported before
    Integrity,     // a hash, a chain or a check failed
    Cancelled,     // the user stopped the work
    Layout,        // Graphviz failed
    ReadOnly,      // the case file, its folder or its disk cannot be written
    DiskFull,      // the disk (or the file-size limit) ran out while writing
};

// An error for the analyst (`message`, translated) with the technical context behind it
// (`detail`: file, record locator, SQLite message).
struct Error
{
    ErrorCode code = ErrorCode::Io;
    QString message;
    QString detail;

    // The sentence and its detail on one line ("The file x cannot be read: No such file").
    QString oneLine() const
    {
        if (detail.isEmpty())
            return message;
        const QString sentence = message.endsWith(QLatin1Char('.')) ? message.chopped(1) : message;
        return sentence + QStringLiteral(": ") + detail;
    }
};

// A value or an Error. Core operations that can fail return this; nothing is thrown across
// module boundaries.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but can fail.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace sg

#pragma once

#include "core/model/result.h"

#include <QString>

namespace sg {

class Progress;

// SHA-256 of a file as lower-case hex, read in blocks. Progress counts bytes when given.
Result<QString> sha256OfFile(const QString &path, Progress *progress = nullptr);

} // namespace sg

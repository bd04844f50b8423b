#pragma once

#include <QString>
#include <QStringList>

namespace sg::schema {

// The case file's schema, as ordered migration steps. Step N takes a case from version N-1 to
// version N; each runs in its own transaction and ends by setting PRAGMA user_version = N.
// Steps are never edited once released: a change to the schema is a new step.
constexpr int CurrentVersion = 6;

// The SQL of step `version` (1-based).
QString migrationStep(int version);

} // namespace sg::schema

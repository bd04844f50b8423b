#pragma once

#include <QString>
#include <QStringList>

namespace sg::schema {

// The case file's schema, as ordered migration steps. Step N takes a case from version N-1 to
// version N; each runs in its own transaction and ends by setting PRAGMA user_version = N.
// Steps are never edited once released: a change to the schema is a new step.
constexpr int CurrentVersion = 7;

// The SQL of step `version` (1-based).
QString migrationStep(int version);

// An SQL expression for the full-text search text of the entity row named `entity` (an alias in
// the query, such as "e"): what entity_search indexes for it.
QString searchText(const QString &entity);

} // namespace sg::schema

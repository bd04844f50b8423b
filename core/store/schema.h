#pragma once

#include <QString>
#include <QStringList>

namespace sg::schema {

// The case file's schema, as ordered migration steps. Step N takes a case from version N-1 to
// version N; each runs in its own transaction and ends by setting PRAGMA user_version = N.
// Steps are never edited once released: a change to the schema is a new step.
constexpr int CurrentVersion = 10;

// The SQL of step `version` (1-based).
QString migrationStep(int version);

// An SQL expression for the full-text search text of the entity row named `entity` (an alias in
// the query, such as "e"): what entity_search indexes for it.
QString searchText(const QString &entity);

// The indexes of events by their ends, as version 1 created them. A large import drops them
// inside its transaction and builds them again at its commit (SourceWriter): one sort of the
// whole table instead of millions of inserts at random places of two B-trees.
struct IndexDefinition
{
    QString name;
    QString create; // the CREATE INDEX statement
};
QList<IndexDefinition> eventEndIndexes();
// The links' indexes by either end, each with the other end and the count. An import writes its
// links in the order of their first end and builds the index by the second end again after a
// large source (SourceWriter).
QList<IndexDefinition> linkEndIndexes();
IndexDefinition linksToIndex();

// The statement that adds to each aggregate link the money of the events in `table` that meet
// `condition` (SQL; it may use bound parameters), per currency, exactly (minor units): an
// import gives its own events (added to what earlier sources gave), a merge or a split the
// events of the pairs it builds again.
QString linkAmountsInsert(const QString &table, const QString &condition);

// The statements that index again the entities whose ids the SQL subquery `ids` selects (it may
// use bound parameters): both search tables, entity_search (trigrams of the text) and
// entity_words (its words). Merged and deleted entities are left out of both. Only the ids
// `indexed` selects are taken out of the tables first: by default all of `ids`; an import gives
// those of its entities that were in the case before it (a new entity has no rows to take out,
// and looking for them cost a 1M-entity import 0.5 s).
QStringList reindexStatements(const QString &ids, const QString &indexed = {});

} // namespace sg::schema

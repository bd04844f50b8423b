#pragma once

#include "core/model/records.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sg {

class CaseStore;
class Progress;
namespace sql {
class Transaction;
}

// An entity the analyst knows of from interviews, surveillance or a partner agency.
struct ManualEntity
{
    EntityType type = EntityType::Person;
    QString key;   // phone number, IMEI, account...; empty for a person, den, organisation, vehicle or
                   // document: one is made ("manual:7")
    QString label; // the name as written, in any script
    QStringList aliases;
    QList<std::pair<QString, QString>> attributes; // nationality, date_of_birth, id_document, address,
                                                   // latitude, longitude, plate, ...
    QString note;  // on what authority: "interview of witness 3"
};

// A link the analyst states between two entities.
struct ManualLink
{
    LinkKind kind = LinkKind::Associate;
    EntityId from = 0;
    EntityId to = 0;
    Confidence confidence = Confidence::Confirmed;
    QDate validFrom; // optional
    QDate validTo;   // optional
    QString note;    // "interview of witness 3"
};

struct MergeRecord
{
    qint64 id = 0;
    EntityId survivor = 0;
    QList<EntityId> absorbed;
    QString reason;
    QString examiner;
    QDateTime mergedAt;
    QDateTime splitAt; // invalid while merged
};

// Entities that may be the same (never merged automatically): what they share.
struct DuplicateCandidate
{
    QList<Entity> entities;
    QString evidence;
};

// What deleting an entity touches, for the analyst to read before confirming.
struct DeleteImpact
{
    qint64 events = 0;  // events it takes part in: they stay in the case (evidence)
    qint64 sources = 0; // sources that mention it
    qint64 links = 0;   // links to other entities, hidden with it
};

// A den (compound) and what the case ties to it by declared links: its members (persons,
// organisations) and the phones, devices, SIMs, accounts and other things located there.
struct DenContents
{
    Entity den;
    QList<Entity> members;
    QList<Entity> phones;   // phones, SIMs, messenger accounts
    QList<Entity> devices;
    QList<Entity> accounts;
    QList<Entity> others;
    QList<EntityId> all() const;
};

struct Tag
{
    qint64 id = 0;
    QString name;
    QString colour; // "#rrggbb" or empty
};

struct Attachment
{
    qint64 id = 0;
    EntityId entity = 0; // 0: the case
    QString fileName;
    QString mediaType;
    QString sha256;
    qint64 size = 0;
    QString note;
    QString examiner;
    QDateTime addedAt;
};

struct Note
{
    qint64 id = 0;
    EntityId entity = 0; // 0: the case
    QString html;
    QString examiner;
    QDateTime createdAt;
    QDateTime modifiedAt;
};

// The case data the analyst adds and resolves by hand (issue 12), on an open CaseStore. Each
// statement (an entity, a link, an attribute) is a source of its own, format "manual", with the
// examiner, the time and the note saying on what authority; every change is one transaction and
// one audit entry with who, when and the old value. Merging keeps the absorbed entities (marked
// with the survivor) and a record of every row it moved, so that a split restores exactly what
// came from where. Warnings (a number that does not validate, an IMEI with a wrong check digit,
// a date in the future) do not stop an entry: they are returned for the user to see.
class CaseEditor
{
    Q_DECLARE_TR_FUNCTIONS(sg::CaseEditor)

public:
    // With a progress, the long edits (merge, split) stop when it is cancelled before they are
    // committed, leaving the case as it was, and return Error{Cancelled}.
    explicit CaseEditor(CaseStore &store, const Progress *progress = nullptr);
    // Reading only (tags, notes, attachments, merges of a case open elsewhere for writing);
    // every change returns an error. With a progress, duplicateCandidates() stops when it is
    // cancelled.
    explicit CaseEditor(const CaseStore &store, const Progress *progress = nullptr);

    // What adding `entity` would store and warn about, without writing: the key as it will be
    // kept, whether it is kept raw, and the warnings; an error when it cannot be added.
    struct Checked
    {
        QString key; // empty: one will be made
        bool raw = false;
        QStringList warnings;
    };
    Result<Checked> check(const ManualEntity &entity) const;
    Result<EntityId> addEntity(const ManualEntity &entity, QStringList *warnings = nullptr);
    // The display name; audited with the old one.
    Status setLabel(EntityId id, const QString &label);
    // A fact about an entity stated by the analyst (empty `value` removes the analyst's
    // statement); audited with the old value.
    Status setAttribute(EntityId id, const QString &name, const QString &value, const QString &note = {},
                        QStringList *warnings = nullptr);
    // The analyst's statements about an entity: name → value.
    Result<QList<std::pair<QString, QString>>> manualAttributes(EntityId id) const;
    Result<qint64> addLink(const ManualLink &link, QStringList *warnings = nullptr);
    // Takes back the analyst's latest statement of link `linkId` (undo of addLink); the link
    // goes when nothing else states it. Audited.
    Status withdrawLink(qint64 linkId);

    // Ties `ids` to den `den` (a location): persons and organisations as members, everything else
    // as located there; one link each, stated with `confidence` on `note`'s authority. Returns
    // the links' ids (withdrawLink takes each back).
    Result<QList<qint64>> addToDen(EntityId den, const QList<EntityId> &ids, Confidence confidence, const QString &note);
    Result<DenContents> denContents(EntityId den) const;
    // The case's entities of one type (not merged, not deleted), by name, at most `limit`.
    Result<QList<Entity>> entitiesOfType(EntityType type, int limit = 1000) const;

    // Deleting marks the entity: it leaves search, expansion, analysis and the case's counts,
    // while the events it took part in stay (evidence is never removed); restoring brings it
    // back as it was. Both audited.
    Result<DeleteImpact> deleteImpact(EntityId id) const;
    Status deleteEntity(EntityId id);
    Status restoreEntity(EntityId id);
    Result<bool> isDeleted(EntityId id) const;

    // Merges `others` into `survivor` (all of one type; a reason is required): their events,
    // aliases, sources, attributes, tags, notes and attachments become the survivor's, their
    // links are rebuilt on it. Refused with a reason for different types, an entity already
    // merged, or the survivor among the others.
    // A merge into the busiest number of a 5M-call case takes seconds: see the constructor's
    // progress.
    Result<MergeRecord> merge(EntityId survivor, const QList<EntityId> &others, const QString &reason);
    // Undoes merge `mergeId`: the absorbed entities, and everything the merge moved, back where
    // they came from. Later merges into the same survivor must be split first.
    Status split(qint64 mergeId);
    // The merges into `survivor` still in force, the latest first.
    Result<QList<MergeRecord>> mergesInto(EntityId survivor) const;
    // Within the caller's transaction (an import's, SourceWriter): what was just written for
    // entities merged into others (a later source mentioning an absorbed number) goes on to the
    // survivor as the merge would have moved it, and is added to the merge's record, so that a
    // split gives it back to the entity the evidence named. Along a chain (A into B, B later into
    // C) each merge records its own step. Returns one entry per merge and entity that moved
    // something: {merge, entity, survivor, events}.
    Result<QJsonArray> applyMerges(const QList<EntityId> &absorbed);
    // The survivor an entity was merged into (following a chain), or nullopt.
    Result<std::optional<EntityId>> survivorOf(EntityId id) const;
    // Entities that may be the same, for the analyst to review: phone numbers kept raw whose
    // digits end a validated number's digits, IMEIs with the same first 14 digits, persons or
    // organisations with the same name once folded. At most `limit`. Error{Cancelled} when the
    // editor's progress is cancelled.
    Result<QList<DuplicateCandidate>> duplicateCandidates(int limit = 500) const;

    // Tags: the tag is created with `colour` if new; audited.
    Result<Tag> tag(const QList<EntityId> &ids, const QString &name, const QString &colour = {});
    Status untag(const QList<EntityId> &ids, const QString &name);
    Result<QList<Tag>> tags() const;
    Result<QList<Tag>> tagsOf(EntityId id) const;
    Result<QList<EntityId>> taggedWith(const QString &name) const;

    // Notes in rich text on the case (entity 0) or an entity.
    Result<qint64> addNote(EntityId entity, const QString &html);
    Status editNote(qint64 noteId, const QString &html);
    Result<QList<Note>> notes(EntityId entity) const;

    // A file (a photograph, a scanned document) copied into the case with its SHA-256; the
    // original is only read.
    Result<Attachment> attach(EntityId entity, const QString &filePath, const QString &note = {});
    Result<QList<Attachment>> attachments(EntityId entity) const;
    Result<QByteArray> attachmentData(qint64 attachmentId) const;

private:
    // Whether the progress given to the editor asks the work to stop.
    bool stopAsked() const;
    Result<MergeRecord> mergeNow(EntityId survivor, const QList<EntityId> &others, const QString &reason);
    Status splitNow(qint64 mergeId);
    // Moves `a`'s events, and the aliases, sources, attributes and tags the survivor lacks, and
    // its notes, attachments and the entities merged into it, to `survivor`; returns the ids
    // moved per kind of row, as a merge records them.
    Result<QJsonObject> moveRows(EntityId a, EntityId survivor);
    // Moves `a`'s declared links onto the survivor's ends (see applyMerges); returns each as it
    // was, with its sources and where it went ("onto").
    Result<QJsonArray> moveDeclaredLater(EntityId a, EntityId survivor);
    // Runs a long edit with Cancel watched (sql::StopOnCancel); stopped, it says `stopped`.
    template <typename Edit>
    auto cancellable(const QString &stopped, Edit edit) -> decltype(edit());
    Result<SourceId> manualSource(const QString &note);
    Status reindex(const QList<EntityId> &ids);
    // The aggregate links between `group` and `around` or the group itself, either way, built
    // again from the events.
    Status rebuildAggregates(const QList<EntityId> &group, const QList<EntityId> &around);
    // The other ends of these entities' events.
    Result<QList<EntityId>> eventNeighbours(const QList<EntityId> &ids) const;
    Result<Entity> existing(EntityId id) const;

    static Error readOnly();
    // Refuses a name or identifier longer than an import keeps (SourceWriter::MaxNameLength).
    static Status withinNameLength(const QString &text);
    // The change's audit entry, then the commit of its transaction. A big change (a merge, a
    // split) leaves copying its log into the case file to CaseStore's background checkpoint:
    // merging the two busiest numbers of the 5M suite case wrote 48,000 pages, whose copy took
    // 1.2 s of the 1.5 s its commit took.
    enum class LogCopy { InCommit, InBackground };
    Status commitWithAudit(sql::Transaction &transaction, const QString &action, const QJsonObject &detail, LogCopy copy = LogCopy::InCommit);

    const CaseStore &m_reader;
    CaseStore *m_writer = nullptr;
    const Progress *m_progress = nullptr;
};

} // namespace sg

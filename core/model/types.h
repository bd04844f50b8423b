#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sg {

// The ontology: what kinds of things a case holds. The names are stored in the case file and
// spoken by the CLI (`phone:+85512345678`), so they never change once released.
enum class EntityType {
    Phone,
    Device,
    Sim,
    Account,
    Messenger,
    Email,
    Person,
    Organization,
    Location,
    Document,
    Vehicle,
};

enum class EventType {
    Call,
    Sms,
    Mms,
    Message,
    Transfer,
    CellRegistration,
};

// How a link came to be: the aggregate of events between two entities, or declared by a
// source or an analyst.
enum class LinkKind {
    Aggregate,
    Owns,
    Uses,
    MemberOf,
    LocatedAt,
    Associate,
    SameAs,
    FamilyOf,
    EmployedBy,
};

// How sure the analyst is of a link they state; drawn as i2 does: solid, dashed, dotted. Links
// declared by evidence are confirmed. Ordered from strongest to weakest.
enum class Confidence { Confirmed, Probable, Possible };

QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(const QString &name);
std::optional<EntityType> entityTypeFromName(QByteArrayView utf8); // as a case file holds it, without decoding
QStringList entityTypeNames();
// The translated, human name ("Phone number").
QString entityTypeDisplayName(EntityType type);

// Every event type, in the order declared.
QList<EventType> eventTypes();
QString eventTypeName(EventType type);
std::optional<EventType> eventTypeFromName(const QString &name);
QString eventTypeDisplayName(EventType type);
// The translated name of a type as the case file stores it ("phone", "sms"); the stored name
// itself when it is not one Seagull knows.
QString entityTypeDisplayName(const QString &storedName);
QString eventTypeDisplayName(const QString &storedName);

QString confidenceName(Confidence confidence); // "confirmed", "probable", "possible"
std::optional<Confidence> confidenceFromName(const QString &name);
QString confidenceDisplayName(Confidence confidence);

QString linkKindName(LinkKind kind);
std::optional<LinkKind> linkKindFromName(const QString &name);
// The translated, human name ("Member of").
QString linkKindDisplayName(LinkKind kind);

} // namespace sg

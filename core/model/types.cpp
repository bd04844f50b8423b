#include "core/model/types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace sg {
namespace {

constexpr std::array entityNames{
    std::pair{EntityType::Phone, "phone"},
    std::pair{EntityType::Device, "device"},
    std::pair{EntityType::Sim, "sim"},
    std::pair{EntityType::Account, "account"},
    std::pair{EntityType::Messenger, "messenger"},
    std::pair{EntityType::Email, "email"},
    std::pair{EntityType::Person, "person"},
    std::pair{EntityType::Organization, "organization"},
    std::pair{EntityType::Location, "location"},
    std::pair{EntityType::Document, "document"},
    std::pair{EntityType::Vehicle, "vehicle"},
};

constexpr std::array eventNames{
    std::pair{EventType::Call, "call"},
    std::pair{EventType::Sms, "sms"},
    std::pair{EventType::Mms, "mms"},
    std::pair{EventType::Message, "message"},
    std::pair{EventType::Transfer, "transfer"},
    std::pair{EventType::CellRegistration, "cell_registration"},
};

constexpr std::array linkNames{
    std::pair{LinkKind::Aggregate, "aggregate"},
    std::pair{LinkKind::Owns, "owns"},
    std::pair{LinkKind::Uses, "uses"},
    std::pair{LinkKind::MemberOf, "member_of"},
    std::pair{LinkKind::LocatedAt, "located_at"},
    std::pair{LinkKind::Associate, "associate"},
    std::pair{LinkKind::SameAs, "same_as"},
    std::pair{LinkKind::FamilyOf, "family_of"},
    std::pair{LinkKind::EmployedBy, "employed_by"},
};

template <typename Table, typename Enum>
QString nameOf(const Table &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

// A name as given (text) or as a case file holds it (UTF-8 bytes, not decoded) against a table's.
bool sameName(const QString &name, const char *tableName) { return name == QLatin1String(tableName); }
bool sameName(QByteArrayView utf8, const char *tableName) { return utf8 == QByteArrayView(tableName); }

template <typename Enum, typename Table, typename Name>
std::optional<Enum> valueOf(const Table &table, const Name &name)
{
    for (const auto &[v, n] : table) {
        if (sameName(name, n))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString entityTypeName(EntityType type) { return nameOf(entityNames, type); }
std::optional<EntityType> entityTypeFromName(const QString &name) { return valueOf<EntityType>(entityNames, name); }
std::optional<EntityType> entityTypeFromName(QByteArrayView utf8) { return valueOf<EntityType>(entityNames, utf8); }

QStringList entityTypeNames()
{
    QStringList names;
    for (const auto &[v, n] : entityNames)
        names << QString::fromLatin1(n);
    return names;
}

QString entityTypeDisplayName(EntityType type)
{
    switch (type) {
    case EntityType::Phone: return QCoreApplication::translate("sg::EntityType", "Phone number");
    case EntityType::Device: return QCoreApplication::translate("sg::EntityType", "Device");
    case EntityType::Sim: return QCoreApplication::translate("sg::EntityType", "SIM card");
    case EntityType::Account: return QCoreApplication::translate("sg::EntityType", "Account");
    case EntityType::Messenger: return QCoreApplication::translate("sg::EntityType", "Messenger account");
    case EntityType::Email: return QCoreApplication::translate("sg::EntityType", "Email address");
    case EntityType::Person: return QCoreApplication::translate("sg::EntityType", "Person");
    case EntityType::Organization: return QCoreApplication::translate("sg::EntityType", "Organisation");
    case EntityType::Location: return QCoreApplication::translate("sg::EntityType", "Location");
    case EntityType::Document: return QCoreApplication::translate("sg::EntityType", "Document");
    case EntityType::Vehicle: return QCoreApplication::translate("sg::EntityType", "Vehicle");
    }
    return {};
}

QList<EventType> eventTypes()
{
    QList<EventType> types;
    for (const auto &[v, n] : eventNames)
        types << v;
    return types;
}

QString eventTypeName(EventType type) { return nameOf(eventNames, type); }
std::optional<EventType> eventTypeFromName(const QString &name) { return valueOf<EventType>(eventNames, name); }

QString eventTypeDisplayName(EventType type)
{
    switch (type) {
    case EventType::Call: return QCoreApplication::translate("sg::EventType", "Call");
    case EventType::Sms: return QCoreApplication::translate("sg::EventType", "SMS");
    case EventType::Mms: return QCoreApplication::translate("sg::EventType", "MMS");
    case EventType::Message: return QCoreApplication::translate("sg::EventType", "Message");
    case EventType::Transfer: return QCoreApplication::translate("sg::EventType", "Transfer");
    case EventType::CellRegistration: return QCoreApplication::translate("sg::EventType", "Cell registration");
    }
    return {};
}

QString entityTypeDisplayName(const QString &storedName)
{
    const auto type = entityTypeFromName(storedName);
    return type ? entityTypeDisplayName(*type) : storedName;
}

QString eventTypeDisplayName(const QString &storedName)
{
    const auto type = eventTypeFromName(storedName);
    return type ? eventTypeDisplayName(*type) : storedName;
}

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Confirmed: return QStringLiteral("confirmed");
    case Confidence::Probable: return QStringLiteral("probable");
    case Confidence::Possible: return QStringLiteral("possible");
    }
    return {};
}

std::optional<Confidence> confidenceFromName(const QString &name)
{
    for (const Confidence c : {Confidence::Confirmed, Confidence::Probable, Confidence::Possible})
        if (confidenceName(c) == name)
            return c;
    return std::nullopt;
}

QString confidenceDisplayName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Confirmed: return QCoreApplication::translate("sg::Confidence", "Confirmed");
    case Confidence::Probable: return QCoreApplication::translate("sg::Confidence", "Probable");
    case Confidence::Possible: return QCoreApplication::translate("sg::Confidence", "Possible");
    }
    return {};
}

QString linkKindName(LinkKind kind) { return nameOf(linkNames, kind); }
std::optional<LinkKind> linkKindFromName(const QString &name) { return valueOf<LinkKind>(linkNames, name); }

QString linkKindDisplayName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Aggregate: return QCoreApplication::translate("sg::LinkKind", "Events");
    case LinkKind::Owns: return QCoreApplication::translate("sg::LinkKind", "Owns");
    case LinkKind::Uses: return QCoreApplication::translate("sg::LinkKind", "Uses");
    case LinkKind::MemberOf: return QCoreApplication::translate("sg::LinkKind", "Member of");
    case LinkKind::LocatedAt: return QCoreApplication::translate("sg::LinkKind", "Located at");
    case LinkKind::Associate: return QCoreApplication::translate("sg::LinkKind", "Associate");
    case LinkKind::SameAs: return QCoreApplication::translate("sg::LinkKind", "Same as");
    case LinkKind::FamilyOf: return QCoreApplication::translate("sg::LinkKind", "Family of");
    case LinkKind::EmployedBy: return QCoreApplication::translate("sg::LinkKind", "Employed by");
    }
    return {};
}

} // namespace sg

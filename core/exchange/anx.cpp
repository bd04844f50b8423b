#include "core/exchange/anx.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>
#include <QXmlStreamWriter>

#include <array>
#include <cmath>

namespace sg {

namespace {

// Seagull's types as i2 entity types, with the standard i2 icon each is drawn with.
struct AnxType
{
    EntityType type;
    const char *name;
    const char *icon;
};
constexpr std::array AnxTypes{
    AnxType{EntityType::Phone, "Phone", "Mobile Phone"},
    AnxType{EntityType::Device, "Device", "Mobile Phone"},
    AnxType{EntityType::Sim, "SIM Card", "SIM Card"},
    AnxType{EntityType::Account, "Account", "Bank Account"},
    AnxType{EntityType::Messenger, "Messenger Account", "Communication Entity"},
    AnxType{EntityType::Email, "Email Address", "Email"},
    AnxType{EntityType::Person, "Person", "Person"},
    AnxType{EntityType::Organization, "Organisation", "Organisation"},
    AnxType{EntityType::Location, "Location", "Place"},
    AnxType{EntityType::Document, "Document", "Document"},
    AnxType{EntityType::Vehicle, "Vehicle", "Vehicle"},
};

QString anxTime(qint64 utcMs) { return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); }

} // namespace

QString anxTypeName(EntityType type)
{
    for (const AnxType &t : AnxTypes) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return QStringLiteral("Person");
}

std::optional<EntityType> entityTypeFromAnx(const QString &name)
{
    for (const AnxType &t : AnxTypes) {
        if (name.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0)
            return t.type;
    }
    return entityTypeFromName(name.toLower());
}

Status writeAnx(const ExchangeData &data, QIODevice *out)
{
    QXmlStreamWriter xml(out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Chart"));
    xml.writeAttribute(QStringLiteral("IdReferenceLinking"), QStringLiteral("false"));
    xml.writeAttribute(QStringLiteral("Rigorous"), QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("UseLocalTimeZone"), QStringLiteral("false")); // times are UTC
    xml.writeAttribute(QStringLiteral("LabelRule"), QStringLiteral("LabelRuleMerge"));

    xml.writeStartElement(QStringLiteral("StrengthCollection"));
    auto strength = [&](const QString &id, const QString &dots) {
        xml.writeStartElement(QStringLiteral("Strength"));
        xml.writeAttribute(QStringLiteral("Id"), id);
        xml.writeAttribute(QStringLiteral("Name"), id);
        xml.writeAttribute(QStringLiteral("DotStyle"), dots);
        xml.writeEndElement();
    };
    strength(QStringLiteral("Events"), QStringLiteral("DotStyleSolid"));
    strength(QStringLiteral("Declared"), QStringLiteral("DotStyleDashed"));
    xml.writeEndElement();

    // The types used, defined once.
    QList<EntityType> types;
    for (const Entity &e : data.entities) {
        if (!types.contains(e.type))
            types.append(e.type);
    }
    std::sort(types.begin(), types.end());
    xml.writeStartElement(QStringLiteral("EntityTypeCollection"));
    for (const EntityType type : std::as_const(types)) {
        xml.writeStartElement(QStringLiteral("EntityType"));
        xml.writeAttribute(QStringLiteral("Name"), anxTypeName(type));
        for (const AnxType &t : AnxTypes) {
            if (t.type == type)
                xml.writeAttribute(QStringLiteral("IconFile"), QString::fromLatin1(t.icon));
        }
        xml.writeAttribute(QStringLiteral("PreferredRepresentation"), QStringLiteral("RepresentAsIcon"));
        xml.writeAttribute(QStringLiteral("Colour"), QStringLiteral("0"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    QStringList linkTypes;
    for (const EventRow &row : data.events) {
        if (!linkTypes.contains(eventTypeName(row.event.type)))
            linkTypes << eventTypeName(row.event.type);
    }
    for (const Link &link : data.declared) {
        if (!linkTypes.contains(linkKindName(link.kind)))
            linkTypes << linkKindName(link.kind);
    }
    linkTypes.sort();
    xml.writeStartElement(QStringLiteral("LinkTypeCollection"));
    for (const QString &name : std::as_const(linkTypes)) {
        xml.writeStartElement(QStringLiteral("LinkType"));
        xml.writeAttribute(QStringLiteral("Name"), name);
        xml.writeAttribute(QStringLiteral("Colour"), QStringLiteral("0"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("AttributeClassCollection"));
    const std::pair<const char *, const char *> classes[] = {
        {"Seagull type", "AttText"}, {"Key", "AttText"},           {"Raw number", "AttFlag"},   {"Seagull event", "AttNumber"},
        {"Duration (s)", "AttNumber"}, {"Amount", "AttText"},      {"Currency", "AttText"},     {"UTC offset (s)", "AttNumber"},
        {"Direction", "AttText"},      {"Status", "AttText"},      {"Deleted", "AttFlag"},      {"Cell", "AttText"},
        {"Source file", "AttText"},    {"Source record", "AttText"},
    };
    for (const auto &[name, type] : classes) {
        xml.writeStartElement(QStringLiteral("AttributeClass"));
        xml.writeAttribute(QStringLiteral("Name"), QString::fromLatin1(name));
        xml.writeAttribute(QStringLiteral("Type"), QString::fromLatin1(type));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    auto attribute = [&](const char *name, const QString &value) {
        if (value.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("Attribute"));
        xml.writeAttribute(QStringLiteral("AttributeClass"), QString::fromLatin1(name));
        xml.writeAttribute(QStringLiteral("Value"), value);
        xml.writeEndElement();
    };

    xml.writeStartElement(QStringLiteral("ChartItemCollection"));
    // Entities without a place on a chart go on a grid, 20 to a row.
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(data.entities.size())))));
    int unplaced = 0;
    for (const Entity &e : data.entities) {
        QPointF at = data.positions.value(e.id, QPointF(std::nan(""), 0));
        if (std::isnan(at.x())) {
            at = QPointF((unplaced % columns) * 150.0, (unplaced / columns) * 150.0);
            ++unplaced;
        }
        xml.writeStartElement(QStringLiteral("ChartItem"));
        xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("E%1").arg(e.id));
        xml.writeAttribute(QStringLiteral("Label"), e.label.isEmpty() ? e.key : e.label);
        xml.writeAttribute(QStringLiteral("DateSet"), QStringLiteral("false"));
        xml.writeAttribute(QStringLiteral("XPosition"), QString::number(qRound(at.x())));
        xml.writeStartElement(QStringLiteral("AttributeCollection"));
        attribute("Seagull type", entityTypeName(e.type));
        attribute("Key", e.key);
        attribute("Raw number", e.raw ? QStringLiteral("true") : QString());
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("End"));
        xml.writeAttribute(QStringLiteral("X"), QString::number(qRound(at.x())));
        xml.writeAttribute(QStringLiteral("Y"), QString::number(qRound(at.y())));
        xml.writeStartElement(QStringLiteral("Entity"));
        xml.writeAttribute(QStringLiteral("EntityId"), e.reference());
        xml.writeAttribute(QStringLiteral("Identity"), e.reference());
        xml.writeAttribute(QStringLiteral("LabelIsIdentity"), QStringLiteral("false"));
        xml.writeStartElement(QStringLiteral("Icon"));
        xml.writeStartElement(QStringLiteral("IconStyle"));
        xml.writeAttribute(QStringLiteral("Type"), anxTypeName(e.type));
        xml.writeEndElement(); // IconStyle
        xml.writeEndElement(); // Icon
        xml.writeEndElement(); // Entity
        xml.writeEndElement(); // End
        xml.writeEndElement(); // ChartItem
    }
    // Links name their ends by the entities' EntityId (IdReferenceLinking is off).
    QHash<EntityId, QString> references;
    for (const Entity &e : data.entities)
        references.insert(e.id, e.reference());
    for (const EventRow &row : data.events) {
        const Event &ev = row.event;
        QString label = eventTypeDisplayName(ev.type);
        if (ev.amount)
            label += QLatin1Char(' ') + ev.amount->decimal() + QLatin1Char(' ') + ev.amount->currency;
        else if (ev.duration > 0)
            label += QStringLiteral(" %1 s").arg(ev.duration);
        xml.writeStartElement(QStringLiteral("ChartItem"));
        xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("V%1").arg(ev.id));
        xml.writeAttribute(QStringLiteral("Label"), label);
        xml.writeAttribute(QStringLiteral("Description"), ev.body);
        xml.writeAttribute(QStringLiteral("DateSet"), QStringLiteral("true"));
        xml.writeAttribute(QStringLiteral("TimeSet"), QStringLiteral("true"));
        xml.writeAttribute(QStringLiteral("DateTime"), anxTime(ev.utcMs));
        xml.writeAttribute(QStringLiteral("SourceReference"), ev.provenance.locator);
        xml.writeAttribute(QStringLiteral("SourceType"), ev.provenance.sourceFile);
        xml.writeStartElement(QStringLiteral("AttributeCollection"));
        attribute("Seagull event", QString::number(ev.id));
        attribute("Duration (s)", ev.duration > 0 ? QString::number(ev.duration) : QString());
        attribute("Amount", ev.amount ? ev.amount->decimal() : QString());
        attribute("Currency", ev.amount ? ev.amount->currency : QString());
        attribute("UTC offset (s)", QString::number(ev.utcOffsetSeconds));
        attribute("Direction", ev.direction);
        attribute("Status", ev.status);
        attribute("Deleted", ev.deleted ? QStringLiteral("true") : QString());
        attribute("Cell", ev.cell);
        attribute("Source file", ev.provenance.sourceFile);
        attribute("Source record", ev.provenance.locator);
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Link"));
        xml.writeAttribute(QStringLiteral("End1Id"), references.value(ev.from));
        xml.writeAttribute(QStringLiteral("End2Id"), references.value(ev.to));
        xml.writeStartElement(QStringLiteral("LinkStyle"));
        xml.writeAttribute(QStringLiteral("ArrowStyle"), QStringLiteral("ArrowOnHead"));
        xml.writeAttribute(QStringLiteral("MlStyle"), QStringLiteral("MultiplicityMultiple"));
        xml.writeAttribute(QStringLiteral("Strength"), QStringLiteral("Events"));
        xml.writeAttribute(QStringLiteral("Type"), eventTypeName(ev.type));
        xml.writeEndElement();
        xml.writeEndElement(); // Link
        xml.writeEndElement(); // ChartItem
    }
    int declared = 0;
    for (const Link &link : data.declared) {
        xml.writeStartElement(QStringLiteral("ChartItem"));
        xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("D%1").arg(++declared));
        xml.writeAttribute(QStringLiteral("Label"), linkKindDisplayName(link.kind));
        xml.writeAttribute(QStringLiteral("DateSet"), QStringLiteral("false"));
        xml.writeStartElement(QStringLiteral("Link"));
        xml.writeAttribute(QStringLiteral("End1Id"), references.value(link.from));
        xml.writeAttribute(QStringLiteral("End2Id"), references.value(link.to));
        xml.writeStartElement(QStringLiteral("LinkStyle"));
        xml.writeAttribute(QStringLiteral("ArrowStyle"), QStringLiteral("ArrowOnHead"));
        xml.writeAttribute(QStringLiteral("MlStyle"), QStringLiteral("MultiplicitySingle"));
        xml.writeAttribute(QStringLiteral("Strength"), QStringLiteral("Declared"));
        xml.writeAttribute(QStringLiteral("Type"), linkKindName(link.kind));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // ChartItemCollection
    xml.writeEndElement(); // Chart
    xml.writeEndDocument();
    if (xml.hasError())
        return Error{ErrorCode::Io, QCoreApplication::translate("sg::Exchange", "The i2 ANX file could not be written."), {}};
    return Ok{};
}

} // namespace sg

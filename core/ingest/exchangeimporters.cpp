#include "core/ingest/exchangeimporters.h"

#include "core/exchange/anx.h"
#include "core/ingest/csvreader.h"
#include "core/model/money.h"
#include "core/normalize/amountparser.h"
#include "core/model/progress.h"
#include "core/normalize/phonenormalizer.h"
#include "core/store/sourcewriter.h"

#include <QDateTime>
#include <QFile>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace sg {

namespace {

// Entities as exchange files name them: the type and key they give, a phone number normalised
// in the source's region (kept raw when it does not validate).
class EntityMaker
{
public:
    EntityMaker(SourceWriter &writer, const QString &region)
        : m_writer(writer)
        , m_phones(region)
    {
    }

    Result<EntityId> make(EntityType type, const QString &key, const QString &label, const QString &locator)
    {
        QString canonical = key.trimmed();
        bool raw = false;
        if (type == EntityType::Phone) {
            const NormalizedPhone phone = m_phones.normalize(canonical);
            canonical = phone.key;
            raw = !phone.valid;
        }
        auto id = m_writer.entity(type, canonical, raw, locator, key);
        if (!id)
            return id.error();
        if (!label.isEmpty() && label != key)
            if (Status s = m_writer.alias(*id, label, locator); !s)
                return s.error();
        return id;
    }

    // A valid phone number in the source's region, or nothing.
    std::optional<QString> phone(const QString &text)
    {
        if (text.count(QRegularExpression(QStringLiteral("\\d"))) < 6)
            return std::nullopt;
        const NormalizedPhone phone = m_phones.normalize(text);
        return phone.valid ? std::optional<QString>(phone.key) : std::nullopt;
    }

private:
    SourceWriter &m_writer;
    PhoneNormalizer m_phones;
};

Error xmlError(const QString &file, const QXmlStreamReader &xml)
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("sg::AnxImporter", "%1 is not well-formed XML (line %2, column %3): %4")
                     .arg(file)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString()),
                 {}};
}

// Opens the working copy of an exchange file and says so to the progress.
Status openEvidence(QFile &file, const QString &displayFileName, Progress *progress)
{
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("sg::AnxImporter", "%1 could not be opened: %2").arg(displayFileName, file.errorString()),
                     file.fileName()};
    if (progress) {
        progress->setStage(QCoreApplication::translate("sg::AnxImporter", "Reading %1").arg(displayFileName));
        progress->setTotal(file.size());
    }
    return Ok{};
}

// An amount Seagull wrote ("1000.00" in `currency`), read back exactly in that currency.
std::optional<Money> writtenAmount(const QString &decimal, const QString &currency)
{
    auto parsed = AmountParser::parse(decimal, AmountParser::Decimal::Dot, currency);
    if (!parsed)
        return std::nullopt;
    Money money = parsed->money;
    money.currency = currency;
    return money;
}

QString attr(const QXmlStreamReader &xml, const char *name) { return xml.attributes().value(QLatin1String(name)).toString(); }

} // namespace

// --- i2 ANX -------------------------------------------------------------------------------------

QString AnxImporter::displayName() const { return tr("i2 Analyst's Notebook chart (ANX)"); }

int AnxImporter::sniff(const QString &, const QString &fileName, const QByteArray &head) const
{
    const bool xml = head.contains("<Chart") && (head.contains("ChartItem") || head.contains("EntityTypeCollection")
                                                 || head.contains("StrengthCollection") || head.contains("LinkTypeCollection"));
    if (!xml)
        return 0;
    return fileName.endsWith(QLatin1String(".anx"), Qt::CaseInsensitive) ? 95 : 80;
}

Result<ImportReport> AnxImporter::run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                      SourceWriter &writer, Progress *progress)
{
    QFile file(path);
    if (Status s = openEvidence(file, displayFileName, progress); !s)
        return s.error();
    // One pass collects the items; entities are written before the links that need them.
    struct Item
    {
        QString id;       // ChartItem Id
        QString entityId; // Entity EntityId (links refer to it)
        QString identity, label, iconType, description, dateTime, end1, end2, linkType, arrows;
        QHash<QString, QString> attributes;
        qint64 line = 0;
        bool isLink = false;
        bool isEntity = false;
    };
    QList<Item> items;
    bool utc = false;
    QXmlStreamReader xml(&file);
    Item *current = nullptr;
    bool sawChart = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("ChartItem"))
                current = nullptr;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("Chart")) {
            sawChart = true;
            utc = attr(xml, "UseLocalTimeZone") == QLatin1String("false");
        } else if (name == QLatin1String("ChartItem")) {
            items.append(Item{});
            current = &items.last();
            current->id = attr(xml, "Id");
            current->label = attr(xml, "Label");
            current->description = attr(xml, "Description");
            if (attr(xml, "DateSet") == QLatin1String("true"))
                current->dateTime = attr(xml, "DateTime");
            current->line = xml.lineNumber();
            if (progress && items.size() % 1000 == 0) {
                progress->setDone(file.pos());
                if (progress->isCancelled())
                    return Error{ErrorCode::Cancelled, tr("The import of %1 was cancelled.").arg(displayFileName), {}};
            }
        } else if (!current) {
            continue;
        } else if (name == QLatin1String("Entity")) {
            current->isEntity = true;
            current->entityId = attr(xml, "EntityId");
            current->identity = attr(xml, "Identity");
        } else if (name == QLatin1String("IconStyle")) {
            current->iconType = attr(xml, "Type");
        } else if (name == QLatin1String("Link")) {
            current->isLink = true;
            current->end1 = attr(xml, "End1Id");
            current->end2 = attr(xml, "End2Id");
            if (current->end1.isEmpty())
                current->end1 = attr(xml, "End1Reference");
            if (current->end2.isEmpty())
                current->end2 = attr(xml, "End2Reference");
        } else if (name == QLatin1String("LinkStyle")) {
            current->linkType = attr(xml, "Type");
            current->arrows = attr(xml, "ArrowStyle");
        } else if (name == QLatin1String("Attribute")) {
            current->attributes.insert(attr(xml, "AttributeClass"), attr(xml, "Value"));
        }
    }
    if (xml.hasError())
        return xmlError(displayFileName, xml);
    if (!sawChart)
        return Error{ErrorCode::InvalidInput, tr("%1 is not an i2 chart: it has no <Chart> element.").arg(displayFileName), {}};

    ImportReport report;
    EntityMaker maker(writer, options.region);
    const QTimeZone zone(options.timeZone.toUtf8());
    QHash<QString, EntityId> ends; // EntityId and ChartItem Id → entity
    // Locators are stored in the case, read in every language: never translated.
    auto locatorOf = [&](const Item &item) {
        const QString source = item.attributes.value(QStringLiteral("Source record"));
        return source.isEmpty() ? QStringLiteral("%1: chart item %2 (line %3)").arg(displayFileName, item.id).arg(item.line)
                                : QStringLiteral("%1: chart item %2 (line %3), from %4").arg(displayFileName, item.id).arg(item.line).arg(source);
    };
    for (const Item &item : std::as_const(items)) {
        if (!item.isEntity)
            continue;
        ++report.rows;
        EntityType type = EntityType::Person;
        if (const auto given = entityTypeFromName(item.attributes.value(QStringLiteral("Seagull type"))))
            type = *given;
        else if (const auto icon = entityTypeFromAnx(item.iconType))
            type = *icon;
        QString key = item.attributes.value(QStringLiteral("Key"));
        if (key.isEmpty()) {
            key = item.identity.isEmpty() ? item.label : item.identity;
            if (key.startsWith(entityTypeName(type) + QLatin1Char(':')))
                key = key.mid(entityTypeName(type).size() + 1);
        }
        if (key.trimmed().isEmpty()) {
            report.rejected.append({item.line, tr("chart item %1 has neither an identity nor a label").arg(item.id)});
            continue;
        }
        auto id = maker.make(type, key, item.label, locatorOf(item));
        if (!id)
            return id.error();
        if (!item.entityId.isEmpty())
            ends.insert(item.entityId, *id);
        if (!item.id.isEmpty())
            ends.insert(item.id, *id);
    }
    qint64 declared = 0;
    for (const Item &item : std::as_const(items)) {
        if (!item.isLink)
            continue;
        ++report.rows;
        const EntityId a = ends.value(item.end1), b = ends.value(item.end2);
        if (!a || !b) {
            report.rejected.append({item.line, tr("link %1 joins an item that is not in the chart (%2, %3)").arg(item.id, item.end1, item.end2)});
            continue;
        }
        // The arrow says who acted: towards End2 (ArrowOnHead) unless it points at End1.
        const bool reversed = item.arrows == QLatin1String("ArrowOnTail");
        const EntityId from = reversed ? b : a, to = reversed ? a : b;
        const QString type = item.linkType.toLower();
        const auto eventType = eventTypeFromName(type == QLatin1String("text") ? QStringLiteral("sms") : type);
        if (eventType && !item.dateTime.isEmpty()) {
            QDateTime when = QDateTime::fromString(item.dateTime, Qt::ISODateWithMs);
            if (!when.isValid()) {
                report.rejected.append({item.line, tr("link %1 has an unreadable date \"%2\"").arg(item.id, item.dateTime)});
                continue;
            }
            when.setTimeZone(utc || !zone.isValid() ? QTimeZone::utc() : zone);
            Event event;
            event.type = *eventType;
            event.from = from;
            event.to = to;
            event.utcMs = when.toMSecsSinceEpoch();
            bool hasOffset = false;
            const int offset = item.attributes.value(QStringLiteral("UTC offset (s)")).toInt(&hasOffset);
            event.utcOffsetSeconds = hasOffset ? offset : (zone.isValid() ? zone.offsetFromUtc(when) : 0);
            event.duration = item.attributes.value(QStringLiteral("Duration (s)")).toLongLong();
            event.direction = item.attributes.value(QStringLiteral("Direction"));
            event.status = item.attributes.value(QStringLiteral("Status"));
            event.deleted = item.attributes.value(QStringLiteral("Deleted")) == QLatin1String("true");
            event.cell = item.attributes.value(QStringLiteral("Cell"));
            event.body = item.description.isEmpty() ? QString() : item.description;
            const QString amount = item.attributes.value(QStringLiteral("Amount"));
            if (!amount.isEmpty()) {
                const QString currency = item.attributes.value(QStringLiteral("Currency"));
                event.amount = writtenAmount(amount, currency);
                if (!event.amount) {
                    report.rejected.append({item.line, tr("link %1 has an unreadable amount \"%2\"").arg(item.id, amount)});
                    continue;
                }
            }
            if (Status s = writer.event(event, locatorOf(item)); !s)
                return s.error();
            ++report.events;
            continue;
        }
        const LinkKind kind = linkKindFromName(type).value_or(LinkKind::Associate);
        if (Status s = writer.declaredLink(kind == LinkKind::Aggregate ? LinkKind::Associate : kind, from, to, locatorOf(item)); !s)
            return s.error();
        ++declared;
    }
    report.counts.insert(QStringLiteral("declared_links"), declared);
    report.notes << tr("%1 events and %2 declared links read from the chart.").arg(report.events).arg(declared);
    if (utc)
        report.notes << tr("The chart's times are UTC.");
    return report;
}

// --- GraphML ------------------------------------------------------------------------------------

QString GraphMLImporter::displayName() const { return tr("GraphML graph"); }

int GraphMLImporter::sniff(const QString &, const QString &fileName, const QByteArray &head) const
{
    if (!head.contains("<graphml"))
        return 0;
    return fileName.endsWith(QLatin1String(".graphml"), Qt::CaseInsensitive) ? 95 : 80;
}

Result<ImportReport> GraphMLImporter::run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                          SourceWriter &writer, Progress *progress)
{
    QFile file(path);
    if (Status s = openEvidence(file, displayFileName, progress); !s)
        return s.error();
    struct Element
    {
        QString id, source, target;
        QHash<QString, QString> data; // by attribute name
        qint64 line = 0;
    };
    QHash<QString, QString> keyNames; // key id → attr.name
    QList<Element> nodes, edges;
    Element *current = nullptr;
    QString dataKey;
    QXmlStreamReader xml(&file);
    bool sawGraph = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("node") || xml.name() == QLatin1String("edge"))
                current = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("graphml")) {
            sawGraph = true;
        } else if (name == QLatin1String("key")) {
            const QString n = attr(xml, "attr.name");
            keyNames.insert(attr(xml, "id"), n.isEmpty() ? attr(xml, "id") : n);
        } else if (name == QLatin1String("node")) {
            nodes.append({attr(xml, "id"), {}, {}, {}, xml.lineNumber()});
            current = &nodes.last();
        } else if (name == QLatin1String("edge")) {
            edges.append({attr(xml, "id"), attr(xml, "source"), attr(xml, "target"), {}, xml.lineNumber()});
            current = &edges.last();
        } else if (name == QLatin1String("data") && current) {
            const QString key = attr(xml, "key");
            current->data.insert(keyNames.value(key, key), xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        if (progress && (nodes.size() + edges.size()) % 2000 == 0) {
            progress->setDone(file.pos());
            if (progress->isCancelled())
                return Error{ErrorCode::Cancelled, tr("The import of %1 was cancelled.").arg(displayFileName), {}};
        }
    }
    if (xml.hasError())
        return xmlError(displayFileName, xml);
    if (!sawGraph)
        return Error{ErrorCode::InvalidInput, tr("%1 is not GraphML: it has no <graphml> element.").arg(displayFileName), {}};

    ImportReport report;
    EntityMaker maker(writer, options.region);
    QHash<QString, EntityId> ids;
    for (const Element &node : std::as_const(nodes)) {
        ++report.rows;
        const QString locator = QStringLiteral("%1: node %2 (line %3)").arg(displayFileName, node.id).arg(node.line);
        QString label = node.data.value(QStringLiteral("label"));
        if (label.isEmpty())
            label = node.data.value(QStringLiteral("name"));
        const auto type = entityTypeFromName(node.data.value(QStringLiteral("type")));
        const QString key = node.data.value(QStringLiteral("key"));
        Result<EntityId> id = Error{};
        if (type && !key.isEmpty()) {
            id = maker.make(*type, key, label, locator);
        } else if (const auto phone = maker.phone(label.isEmpty() ? node.id : label)) {
            id = maker.make(EntityType::Phone, *phone, label, locator);
        } else {
            // Known only by this file: its node id, with its label as the name.
            id = maker.make(EntityType::Person, QStringLiteral("%1#%2").arg(displayFileName, node.id), label, locator);
        }
        if (!id)
            return id.error();
        ids.insert(node.id, *id);
    }
    qint64 links = 0;
    for (const Element &edge : std::as_const(edges)) {
        ++report.rows;
        const EntityId a = ids.value(edge.source), b = ids.value(edge.target);
        if (!a || !b) {
            report.rejected.append({edge.line, tr("edge %1 joins a node that is not in the graph (%2, %3)").arg(edge.id, edge.source, edge.target)});
            continue;
        }
        if (Status s = writer.declaredLink(LinkKind::Associate, a, b, QStringLiteral("%1: edge %2 (line %3)").arg(displayFileName, edge.id).arg(edge.line)); !s)
            return s.error();
        ++links;
    }
    report.counts.insert(QStringLiteral("declared_links"), links);
    report.notes << tr("%1 nodes and %2 edges read; GraphML has no events, so each edge is a declared association.")
                        .arg(nodes.size())
                        .arg(links);
    return report;
}

// --- Seagull bundles -----------------------------------------------------------------------------

QString BundleImporter::displayName() const { return tr("Seagull case bundle"); }

int BundleImporter::sniff(const QString &, const QString &, const QByteArray &head) const
{
    return head.contains("\"seagull_bundle\"") ? 100 : 0;
}

Result<ImportReport> BundleImporter::run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                         SourceWriter &writer, Progress *progress)
{
    Q_UNUSED(options);
    QFile file(path);
    if (Status s = openEvidence(file, displayFileName, progress); !s)
        return s.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return Error{ErrorCode::InvalidInput, tr("%1 is not a readable bundle: %2 at byte %3").arg(displayFileName, parseError.errorString()).arg(parseError.offset), {}};
    const QJsonObject bundle = document.object();
    const QJsonObject payload = bundle.value(QStringLiteral("payload")).toObject();
    if (bundle.value(QStringLiteral("seagull_bundle")).toInt() != 1 || payload.value(QStringLiteral("format")).toString() != QLatin1String("seagull-bundle"))
        return Error{ErrorCode::InvalidInput, tr("%1 is not a Seagull bundle of a version this Seagull reads.").arg(displayFileName), {}};
    const QByteArray compact = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex());
    if (sha != bundle.value(QStringLiteral("payload_sha256")).toString())
        return Error{ErrorCode::Integrity,
                     tr("%1 was changed or damaged after it was made: its content does not match the SHA-256 it carries.").arg(displayFileName),
                     tr("expected %1, found %2").arg(bundle.value(QStringLiteral("payload_sha256")).toString(), sha)};

    const QString agency = payload.value(QStringLiteral("agency")).toString();
    const QString from = agency.isEmpty() ? QStringLiteral("received in %1").arg(displayFileName) : QStringLiteral("received from %1").arg(agency);
    // The original sources, by their id in the sending case.
    QHash<qint64, QString> origins;
    ImportReport report;
    report.notes << tr("Bundle made %1 by %2 (%3) for case %4 %5.")
                        .arg(payload.value(QStringLiteral("created_at")).toString(), payload.value(QStringLiteral("examiner")).toString(),
                             agency.isEmpty() ? tr("agency not named") : agency,
                             payload.value(QStringLiteral("case")).toObject().value(QStringLiteral("number")).toString(),
                             payload.value(QStringLiteral("case")).toObject().value(QStringLiteral("name")).toString())
                 << tr("Bundle content SHA-256 %1 (checked).").arg(sha);
    const QString note = payload.value(QStringLiteral("note")).toString();
    if (!note.isEmpty())
        report.notes << tr("Note: %1").arg(note);
    for (const QJsonValue &v : payload.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString file = s.value(QStringLiteral("file")).toString();
        const QString hash = s.value(QStringLiteral("sha256")).toString();
        origins.insert(s.value(QStringLiteral("id")).toInteger(), hash.isEmpty() ? file : QStringLiteral("%1 [SHA-256 %2]").arg(file, hash));
        report.notes << tr("Original source: %1 (%2, imported %3 by %4, SHA-256 %5)")
                            .arg(file, s.value(QStringLiteral("format")).toString(), s.value(QStringLiteral("imported_at")).toString(),
                                 s.value(QStringLiteral("examiner")).toString(), hash.isEmpty() ? tr("none") : hash);
    }
    auto locator = [&](qint64 source, const QString &original) {
        const QString origin = origins.value(source, QStringLiteral("source %1 of the sending case").arg(source));
        return QStringLiteral("%1: %2: %3").arg(from, origin, original);
    };

    const QJsonArray entities = payload.value(QStringLiteral("entities")).toArray();
    const QJsonArray events = payload.value(QStringLiteral("events")).toArray();
    const QJsonArray links = payload.value(QStringLiteral("links")).toArray();
    if (progress)
        progress->setTotal(entities.size() + events.size() + links.size());
    qint64 done = 0;
    auto tick = [&]() {
        ++done;
        if (progress && done % 1000 == 0) {
            progress->setDone(done);
            return progress->isCancelled();
        }
        return false;
    };
    QHash<qint64, EntityId> ids; // sending case's id → this case's
    for (const QJsonValue &v : entities) {
        ++report.rows;
        const QJsonObject e = v.toObject();
        const auto type = entityTypeFromName(e.value(QStringLiteral("type")).toString());
        const QString key = e.value(QStringLiteral("key")).toString();
        const qint64 sentId = e.value(QStringLiteral("id")).toInteger();
        if (!type || key.isEmpty()) {
            report.rejected.append({report.rows, tr("entity %1 has no known type or no key").arg(sentId)});
            continue;
        }
        const QJsonArray mentions = e.value(QStringLiteral("sources")).toArray();
        const QJsonObject first = mentions.isEmpty() ? QJsonObject() : mentions.first().toObject();
        const QString where = locator(first.value(QStringLiteral("source")).toInteger(), first.value(QStringLiteral("locator")).toString());
        // Keys were made canonical by the sending case; they are kept exactly.
        auto id = writer.entity(*type, key, e.value(QStringLiteral("raw")).toBool(), where, key);
        if (!id)
            return id.error();
        ids.insert(sentId, *id);
        const QString label = e.value(QStringLiteral("label")).toString();
        QStringList names = e.value(QStringLiteral("aliases")).toVariant().toStringList();
        if (!label.isEmpty() && !names.contains(label))
            names.prepend(label);
        for (const QString &name : std::as_const(names))
            if (Status s = writer.alias(*id, name, where); !s)
                return s.error();
        if (tick())
            return Error{ErrorCode::Cancelled, tr("The import of %1 was cancelled.").arg(displayFileName), {}};
    }
    for (const QJsonValue &v : events) {
        ++report.rows;
        const QJsonObject o = v.toObject();
        Event e;
        const auto type = eventTypeFromName(o.value(QStringLiteral("type")).toString());
        e.from = ids.value(o.value(QStringLiteral("from")).toInteger());
        e.to = o.contains(QStringLiteral("to")) ? ids.value(o.value(QStringLiteral("to")).toInteger()) : 0;
        if (!type || !e.from || (o.contains(QStringLiteral("to")) && !e.to)) {
            report.rejected.append({report.rows, tr("event %1 names an unknown type or entity").arg(o.value(QStringLiteral("id")).toInteger())});
            continue;
        }
        e.type = *type;
        e.utcMs = o.value(QStringLiteral("utc_ms")).toInteger();
        e.utcOffsetSeconds = o.value(QStringLiteral("offset")).toInt();
        e.duration = o.value(QStringLiteral("duration")).toInteger();
        e.direction = o.value(QStringLiteral("direction")).toString();
        e.status = o.value(QStringLiteral("status")).toString();
        e.deleted = o.value(QStringLiteral("deleted")).toBool();
        if (o.contains(QStringLiteral("body")))
            e.body = o.value(QStringLiteral("body")).toString();
        e.cell = o.value(QStringLiteral("cell")).toString();
        if (o.contains(QStringLiteral("amount"))) {
            const QJsonObject a = o.value(QStringLiteral("amount")).toObject();
            const QString currency = a.value(QStringLiteral("currency")).toString();
            e.amount = writtenAmount(a.value(QStringLiteral("decimal")).toString(), currency);
            if (!e.amount) {
                report.rejected.append({report.rows, tr("event %1 has an unreadable amount").arg(o.value(QStringLiteral("id")).toInteger())});
                continue;
            }
        }
        if (Status s = writer.event(e, locator(o.value(QStringLiteral("source")).toInteger(), o.value(QStringLiteral("locator")).toString())); !s)
            return s.error();
        ++report.events;
        if (tick())
            return Error{ErrorCode::Cancelled, tr("The import of %1 was cancelled.").arg(displayFileName), {}};
    }
    qint64 declared = 0;
    for (const QJsonValue &v : links) {
        ++report.rows;
        const QJsonObject o = v.toObject();
        const auto kind = linkKindFromName(o.value(QStringLiteral("kind")).toString());
        const EntityId a = ids.value(o.value(QStringLiteral("from")).toInteger()), b = ids.value(o.value(QStringLiteral("to")).toInteger());
        if (!kind || !a || !b) {
            report.rejected.append({report.rows, tr("a declared link names an unknown kind or entity")});
            continue;
        }
        if (Status s = writer.declaredLink(*kind, a, b, QStringLiteral("%1: a declared link in %2").arg(from, displayFileName)); !s)
            return s.error();
        ++declared;
    }
    report.counts.insert(QStringLiteral("declared_links"), declared);
    return report;
}

// --- Seagull's own CSV -----------------------------------------------------------------------

namespace {

const QByteArray EntitiesHeader = "id,type,key,label,raw";
const QByteArray LinksHeader = "from_id,from_key,to_id,to_key,kind,event_type,count,total_seconds,amounts,first_utc,last_utc,from_type,to_type";
const QByteArray EventsHeader = "id,type,utc,utc_offset_seconds,from_id,from_key,to_id,to_key,duration_seconds,amount,currency,direction,"
                                "status,deleted,cell,text,source_id,source_file,locator,from_type,to_type";

QByteArray firstLine(const QByteArray &head)
{
    QByteArray line = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    line = line.left(line.indexOf('\n'));
    return line.trimmed();
}

} // namespace

QString SeagullCsvImporter::displayName() const { return tr("Seagull CSV export (entities, links or events)"); }

int SeagullCsvImporter::sniff(const QString &, const QString &, const QByteArray &head) const
{
    const QByteArray line = firstLine(head);
    return line == EntitiesHeader || line == LinksHeader || line == EventsHeader ? 100 : 0;
}

Result<ImportReport> SeagullCsvImporter::run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                             SourceWriter &writer, Progress *progress)
{
    Q_UNUSED(options);
    QFile file(path);
    if (Status s = openEvidence(file, displayFileName, progress); !s)
        return s.error();
    const QByteArray header = firstLine(file.peek(4096));
    CsvReader reader(&file, ',');
    QList<QByteArray> fields;
    if (!reader.next(fields))
        return Error{ErrorCode::InvalidInput, tr("%1 is empty.").arg(displayFileName), {}};
    ImportReport report;
    auto text = [&](int i) { return i < fields.size() ? QString::fromUtf8(fields[i]) : QString(); };
    auto where = [&](const QString &original) {
        const QString here = QStringLiteral("%1:line %2").arg(displayFileName).arg(reader.line());
        return original.isEmpty() ? here : QStringLiteral("%1, from %2").arg(here, original);
    };
    auto entity = [&](const QString &type, const QString &key, const QString &locator) -> Result<EntityId> {
        const auto t = entityTypeFromName(type);
        if (!t || key.isEmpty())
            return Error{ErrorCode::InvalidInput, tr("unknown entity type \"%1\" or an empty key").arg(type), {}};
        return writer.entity(*t, key, false, locator, key);
    };
    qint64 declared = 0, derived = 0;
    while (reader.next(fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        ++report.rows;
        if (progress && report.rows % 2000 == 0) {
            progress->setDone(reader.position());
            if (progress->isCancelled())
                return Error{ErrorCode::Cancelled, tr("The import of %1 was cancelled.").arg(displayFileName), {}};
        }
        if (header == EntitiesHeader) {
            const QString locator = where({});
            const auto type = entityTypeFromName(text(1));
            if (!type || text(2).isEmpty()) {
                report.rejected.append({reader.line(), tr("unknown entity type \"%1\" or an empty key").arg(text(1))});
                continue;
            }
            auto id = writer.entity(*type, text(2), text(4) == QLatin1String("1"), locator, text(2));
            if (!id)
                return id.error();
            if (!text(3).isEmpty())
                if (Status s = writer.alias(*id, text(3), locator); !s)
                    return s.error();
        } else if (header == LinksHeader) {
            const auto kind = linkKindFromName(text(4));
            if (kind == LinkKind::Aggregate) {
                ++derived; // totals of events: events.csv brings the events themselves
                continue;
            }
            const QString locator = where({});
            auto from = entity(text(11), text(1), locator);
            auto to = entity(text(12), text(3), locator);
            if (!kind || !from || !to) {
                report.rejected.append({reader.line(), !kind ? tr("unknown link kind \"%1\"").arg(text(4)) : (!from ? from.error() : to.error()).message});
                continue;
            }
            if (Status s = writer.declaredLink(*kind, *from, *to, locator); !s)
                return s.error();
            ++declared;
        } else {
            const QString locator = where(text(18));
            const auto type = eventTypeFromName(text(1));
            const QDateTime when = QDateTime::fromString(text(2), Qt::ISODateWithMs);
            auto from = entity(text(19), text(5), locator);
            Result<EntityId> to = EntityId(0);
            if (!text(7).isEmpty())
                to = entity(text(20), text(7), locator);
            if (!type || !when.isValid() || !from || !to) {
                report.rejected.append({reader.line(), !type ? tr("unknown event type \"%1\"").arg(text(1))
                                                       : !when.isValid() ? tr("unreadable time \"%1\"").arg(text(2))
                                                                        : (!from ? from.error() : to.error()).message});
                continue;
            }
            Event e;
            e.type = *type;
            e.utcMs = when.toMSecsSinceEpoch();
            e.utcOffsetSeconds = text(3).toInt();
            e.from = *from;
            e.to = *to;
            e.duration = text(8).toLongLong();
            e.direction = text(11);
            e.status = text(12);
            e.deleted = text(13) == QLatin1String("1");
            e.cell = text(14);
            if (!text(15).isEmpty())
                e.body = text(15);
            if (!text(9).isEmpty()) {
                e.amount = writtenAmount(text(9), text(10));
                if (!e.amount) {
                    report.rejected.append({reader.line(), tr("unreadable amount \"%1\"").arg(text(9))});
                    continue;
                }
            }
            if (Status s = writer.event(e, locator); !s)
                return s.error();
            ++report.events;
        }
    }
    if (reader.tooLarge())
        return reader.tooLargeError(displayFileName);
    report.counts.insert(QStringLiteral("declared_links"), declared);
    if (derived > 0)
        report.notes << tr("%n link totals skipped: they are made again from the events.", nullptr, int(derived));
    return report;
}

} // namespace sg

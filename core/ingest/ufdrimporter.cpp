#include "core/ingest/ufdrimporter.h"

#include "core/ingest/deviceimport.h"
#include "core/ingest/xmlfeed.h"
#include "core/ingest/ziparchive.h"
#include "core/model/progress.h"
#include "core/normalize/digits.h"
#include "core/normalize/timeparse.h"
#include "core/store/sourcewriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <optional>
#include <utility>

namespace sg {

namespace {

constexpr int MaxModelDepth = 32;
constexpr qsizetype MaxWaitingMessages = 1000;

// One decoded model as the report writes it: scalar fields, and nested models under the name of
// the (multi)modelField holding them.
struct Model
{
    QString type;
    QString id;
    QString deletedState;
    qint64 line = 0;
    QHash<QString, QString> fields;
    QHash<QString, QList<Model>> children;

    QString field(const char *name) const { return fields.value(QLatin1String(name)).trimmed(); }
    QList<Model> models(const char *name) const { return children.value(QLatin1String(name)); }
    bool deleted() const { return deletedState.compare(QLatin1String("Deleted"), Qt::CaseInsensitive) == 0; }
};

bool endsWithOffset(const QString &text)
{
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    return offset.match(text).hasMatch();
}

// A <field>: its values (usually one), joined by new lines. A time stamp whose text has no
// offset takes the formatted one that has.
Result<QString> readField(XmlFeed &xml)
{
    QStringList values;
    for (;;) {
        auto token = xml.next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndElement)
            return values.join(QLatin1Char('\n'));
        if (*token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("value")) {
            const QString formatted = xml.attribute("formattedTimestamp");
            auto text = xml.elementText();
            if (!text)
                return text.error();
            QString value = text->trimmed();
            if (!formatted.isEmpty() && !endsWithOffset(value) && endsWithOffset(formatted))
                value = formatted;
            values << value;
        } else if (Status s = xml.skipElement(); !s) {
            return s.error();
        }
    }
}

// Receives the messages of a chat one by one as they are read, so a chat of a hundred thousand
// messages is never held whole. `chat` is the chat as read so far.
using MessageSink = std::function<Status(const Model &chat, Model &&message)>;

Result<Model> readModel(XmlFeed &xml, int depth, const MessageSink &sink = {})
{
    if (depth > MaxModelDepth)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("sg::UfdrImporter", "Models are nested deeper than %1 levels.").arg(MaxModelDepth),
                     QCoreApplication::translate("sg::UfdrImporter", "line %1").arg(xml.lineNumber())};
    Model model;
    model.type = xml.attribute("type");
    model.id = xml.attribute("id");
    model.deletedState = xml.attribute("deleted_state");
    model.line = xml.lineNumber();
    for (;;) {
        auto token = xml.next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndElement)
            return model;
        if (*token != QXmlStreamReader::StartElement)
            continue;
        const QStringView element = xml.name();
        if (element == QLatin1String("field")) {
            const QString name = xml.attribute("name");
            auto value = readField(xml);
            if (!value)
                return value.error();
            if (!model.fields.contains(name))
                model.fields.insert(name, *value);
        } else if (element == QLatin1String("modelField") || element == QLatin1String("multiModelField")) {
            const QString name = xml.attribute("name");
            const bool stream = sink && depth == 0 && model.type == QLatin1String("Chat") && name == QLatin1String("Messages");
            QList<Model> &list = model.children[name];
            for (;;) {
                auto inner = xml.next();
                if (!inner)
                    return inner.error();
                if (*inner == QXmlStreamReader::EndElement)
                    break;
                if (*inner != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("model")) {
                    auto child = readModel(xml, depth + 1);
                    if (!child)
                        return child.error();
                    if (stream) {
                        if (Status s = sink(model, std::move(*child)); !s)
                            return s.error();
                    } else {
                        list.append(std::move(*child));
                    }
                } else if (Status s = xml.skipElement(); !s) {
                    return s.error();
                }
            }
        } else if (Status s = xml.skipElement(); !s) {
            return s.error();
        }
    }
}

// Where records come from: the device's own telephony, or an app with its own ids.
bool telephonySource(const QString &source)
{
    static const QSet<QString> names{
        QString(), QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("mms"), QStringLiteral("native"),
        QStringLiteral("native messages"), QStringLiteral("call log"), QStringLiteral("calllog"), QStringLiteral("sim"),
        QStringLiteral("imessage"), QStringLiteral("facetime"), QStringLiteral("rcs"), QStringLiteral("default"),
        QStringLiteral("phonebook"), QStringLiteral("phone book"), QStringLiteral("contacts"), QStringLiteral("addressbook"),
        QStringLiteral("messages"), QStringLiteral("telephony"),
    };
    return names.contains(source.trimmed().toLower());
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()\\-.]{5,24}$"));
    const QString ascii = toAsciiDigits(text.trimmed());
    const int digits = int(digitsOnly(ascii).remove(QLatin1Char('+')).size());
    return digits >= 5 && digits <= 16 && phone.match(ascii).hasMatch();
}

bool isWhatsAppId(const QString &id)
{
    static const char *const domains[] = {"@s.whatsapp.net", "@g.us", "@lid", "@c.us", "@broadcast", "@status"};
    for (const char *domain : domains) {
        if (id.endsWith(QLatin1String(domain), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

struct Party
{
    std::optional<EntityId> entity;
    QString identifier;
    QString role;
    bool owner = false;
};

struct ReportHeader
{
    QString project;
    QString reportVersion;
    QString extractionType;
    QStringList deviceNames;
    QList<std::pair<QString, QString>> caseInformation; // label, value
    QList<std::pair<QString, QString>> deviceInfo;      // item name, value
    bool sawRoot = false;
};

// Turns the decoded models of one report into the case's entities and events.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sg::UfdrImporter)

public:
    ReportWriter(DeviceImportContext &context, const QString &reportName)
        : m_context(context)
        , m_jids(context)
        , m_reportName(reportName)
        , m_zone(context.zone())
    {
    }

    Status start(const ReportHeader &header);
    Status model(const Model &model);
    // A chat's messages arrive one by one, as they are read; its end comes through model().
    Status chatMessage(const Model &chat, Model &&message);
    void finish();

private:
    QString locator(const Model &model) const
    {
        return QStringLiteral("%1:%2:id=%3").arg(m_reportName, model.type, model.id.isEmpty() ? QString::number(model.line) : model.id);
    }
    void reject(const Model &model, const QString &why)
    {
        m_context.report().rejected.append(RejectedRow{model.line, QStringLiteral("%1 %2: %3").arg(model.type, model.id, why)});
    }
    std::optional<std::pair<qint64, std::optional<int>>> time(const QString &text);
    // A record's TimeStamp as UTC and the offset written; an unreadable one lists the record.
    std::optional<std::pair<qint64, std::optional<int>>> eventTime(const Model &model);
    Result<std::optional<EntityId>> identity(const QString &identifier, const QString &source, const QString &locator);
    Result<Party> party(const Model &model, const QString &source, const QString &locator);
    // A record's Parties: the first with the role From, and everyone else.
    Result<std::pair<std::optional<Party>, QList<Party>>> partiesOf(const Model &model, const QString &source);
    Status ownAccount(EntityId account, const QString &locator);

    Status call(const Model &model);
    Status shortMessage(const Model &model, EventType type);
    struct Chat
    {
        QString source;
        std::optional<EntityId> group;
        QList<Party> participants;
        bool deleted = false;
    };
    Status instantMessage(const Model &model, const Chat *chat);
    Status chat(const Model &model);
    Status openChat(const Model &model);
    Status addParticipants(const QList<Model> &participants, const QString &locator);
    Status contact(const Model &model);
    Status userAccount(const Model &model);
    Status write(Event event, const Model &model, EntityId from, EntityId to, std::optional<int> offset);

    DeviceImportContext &m_context;
    WhatsAppIds m_jids;
    QString m_reportName;
    ZoneConverter m_zone;
    EntityId m_owner = 0;
    QSet<EntityId> m_ownAccounts;
    QHash<QString, EntityId> m_messengers;
    QMap<QString, qint64> m_skippedModels;
    qint64 m_deleted = 0;
    qint64 m_deletedContacts = 0;
    std::optional<Chat> m_chat;      // the chat whose messages are being read
    QList<Model> m_waitingMessages;  // messages read before the chat's participants
};

std::optional<std::pair<qint64, std::optional<int>>> ReportWriter::time(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QDateTime stamp = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!stamp.isValid())
        stamp = QDateTime::fromString(text, Qt::ISODate);
    if (stamp.isValid() && stamp.timeSpec() != Qt::LocalTime)
        return std::pair{stamp.toMSecsSinceEpoch(), std::optional<int>(stamp.offsetFromUtc())};
    // A local time without offset: the source's zone.
    auto local = DateTimeParser::parse(text, DateOrder::MonthDayYear);
    if (!local || !local->date.isValid())
        return std::nullopt;
    const auto [utc, offset] = m_zone.toUtc(local->date, local->time, local->utcOffsetSeconds);
    return std::pair{utc, std::optional<int>(offset)};
}

std::optional<std::pair<qint64, std::optional<int>>> ReportWriter::eventTime(const Model &model)
{
    auto when = time(model.field("TimeStamp"));
    if (!when)
        reject(model, tr("no readable time stamp (\"%1\")").arg(model.field("TimeStamp")));
    return when;
}

Result<std::optional<EntityId>> ReportWriter::identity(const QString &identifier, const QString &source, const QString &locator)
{
    const QString id = identifier.trimmed();
    if (id.isEmpty())
        return std::optional<EntityId>();
    if (isWhatsAppId(id)) {
        auto jid = m_jids.entity(id.toLower(), locator);
        if (!jid)
            return jid.error();
        return std::optional<EntityId>(*jid);
    }
    const QString app = source.trimmed().toLower();
    if (telephonySource(source)) {
        if (id.contains(QLatin1Char('@'))) {
            auto email = m_context.writer().entity(EntityType::Email, id.toLower(), false, locator, id);
            if (!email)
                return email.error();
            return std::optional<EntityId>(*email);
        }
        return m_context.phone(id, locator);
    }
    if (app.contains(QLatin1String("whatsapp")) && looksLikePhone(id)) {
        auto jid = m_jids.entity(digitsOnly(id).remove(QLatin1Char('+')) + QStringLiteral("@s.whatsapp.net"), locator);
        if (!jid)
            return jid.error();
        return std::optional<EntityId>(*jid);
    }
    // Another app: its own id space, named after the app.
    const QString key = QStringLiteral("%1:%2").arg(app, id);
    const auto known = m_messengers.constFind(key);
    if (known != m_messengers.constEnd())
        return std::optional<EntityId>(*known);
    auto account = m_context.writer().entity(EntityType::Messenger, key, false, locator, id);
    if (!account)
        return account.error();
    if (id.startsWith(QLatin1Char('+')) && looksLikePhone(id)) {
        auto phone = m_context.phone(id, locator);
        if (!phone)
            return phone.error();
        if (phone->has_value()) {
            if (Status s = m_context.writer().declaredLink(LinkKind::Uses, **phone, *account, locator); !s)
                return s.error();
        }
    }
    m_messengers.insert(key, *account);
    return std::optional<EntityId>(*account);
}

Status ReportWriter::ownAccount(EntityId account, const QString &locator)
{
    if (account == m_owner || m_ownAccounts.contains(account))
        return Ok{};
    m_ownAccounts.insert(account);
    return m_context.writer().declaredLink(LinkKind::Uses, m_owner, account, locator);
}

Result<Party> ReportWriter::party(const Model &model, const QString &source, const QString &locator)
{
    Party party;
    party.identifier = model.field("Identifier");
    party.role = model.field("Role").toLower();
    party.owner = model.field("IsPhoneOwner").compare(QLatin1String("True"), Qt::CaseInsensitive) == 0;
    auto entity = identity(party.identifier, source, locator);
    if (!entity)
        return entity.error();
    party.entity = *entity;
    const QString name = model.field("Name");
    if (party.entity && !name.isEmpty()) {
        if (Status s = m_context.writer().alias(*party.entity, name, locator); !s)
            return s.error();
    }
    if (party.owner) {
        if (party.entity) {
            if (Status s = ownAccount(*party.entity, locator); !s)
                return s.error();
        } else {
            party.entity = m_owner;
        }
    }
    return party;
}

Result<std::pair<std::optional<Party>, QList<Party>>> ReportWriter::partiesOf(const Model &model, const QString &source)
{
    const QString loc = locator(model);
    std::optional<Party> from;
    QList<Party> others;
    for (const Model &p : model.models("Parties")) {
        auto x = party(p, source, loc);
        if (!x)
            return x.error();
        if (x->role == QLatin1String("from") && !from)
            from = *x;
        else
            others << *x;
    }
    return std::pair{from, others};
}

Status ReportWriter::write(Event event, const Model &model, EntityId from, EntityId to, std::optional<int> offset)
{
    event.deleted = event.deleted || model.deleted();
    if (event.deleted)
        ++m_deleted;
    return m_context.event(std::move(event), from, to, offset, locator(model));
}

Status ReportWriter::start(const ReportHeader &header)
{
    const QString where = QStringLiteral("%1:metadata").arg(m_reportName);
    QStringList imeis, imsis, iccids, msisdns;
    for (const auto &[name, value] : header.deviceInfo) {
        const QString v = value.trimmed();
        if (v.isEmpty())
            continue;
        if (name.contains(QLatin1String("IMEI"), Qt::CaseInsensitive))
            imeis << v;
        else if (name.contains(QLatin1String("IMSI"), Qt::CaseInsensitive))
            imsis << v;
        else if (name.contains(QLatin1String("ICCID"), Qt::CaseInsensitive))
            iccids << v;
        else if (name.contains(QLatin1String("MSISDN"), Qt::CaseInsensitive) || name.compare(QLatin1String("Phone Number"), Qt::CaseInsensitive) == 0
                 || name.compare(QLatin1String("Own Number"), Qt::CaseInsensitive) == 0)
            msisdns << v;
    }
    imeis.removeDuplicates();
    msisdns.removeDuplicates();
    if (!imeis.isEmpty()) {
        if (Status s = m_context.identifyHandset(imeis.first(), where + QStringLiteral(":IMEI")); !s)
            return s;
        if (imeis.size() > 1)
            m_context.report().notes << tr("The report names %1 IMEIs (%2); the handset is known by the first.").arg(imeis.size()).arg(imeis.join(QStringLiteral(", ")));
    }
    auto handset = m_context.handset(where);
    if (!handset)
        return handset.error();
    for (const QStringList *list : {&imsis, &iccids}) {
        for (const QString &value : *list) {
            const QString digits = digitsOnly(value);
            if (digits.isEmpty())
                continue;
            auto sim = m_context.writer().entity(EntityType::Sim, digits, false, where, value);
            if (!sim)
                return sim.error();
            if (Status s = m_context.writer().declaredLink(LinkKind::Uses, *handset, *sim, where); !s)
                return s;
        }
    }
    auto owner = m_context.owner(msisdns.value(0), where + QStringLiteral(":MSISDN"));
    if (!owner)
        return owner.error();
    m_owner = *owner;
    for (int i = 1; i < msisdns.size(); ++i) {
        auto other = m_context.owner(msisdns.at(i), where + QStringLiteral(":MSISDN"));
        if (!other)
            return other.error();
    }

    QStringList about;
    if (!header.project.isEmpty())
        about << tr("project \"%1\"").arg(header.project);
    if (!header.reportVersion.isEmpty())
        about << tr("report version %1").arg(header.reportVersion);
    if (!header.extractionType.isEmpty())
        about << tr("%1 extraction").arg(header.extractionType);
    if (!header.deviceNames.isEmpty())
        about << tr("device %1").arg(header.deviceNames.join(QStringLiteral(", ")));
    m_context.report().notes << tr("Cellebrite report: %1.").arg(about.isEmpty() ? tr("no project details") : about.join(QStringLiteral("; ")));
    QStringList caseInfo;
    for (const auto &[label, value] : header.caseInformation) {
        if (!value.trimmed().isEmpty())
            caseInfo << QStringLiteral("%1: %2").arg(label, value.trimmed());
    }
    if (!caseInfo.isEmpty())
        m_context.report().notes << tr("Case information in the report: %1.").arg(caseInfo.join(QStringLiteral("; ")));
    if (!imeis.isEmpty() || !msisdns.isEmpty())
        m_context.report().notes << tr("Handset IMEI %1, own number %2.").arg(imeis.value(0, tr("unknown")), msisdns.value(0, tr("unknown")));
    return Ok{};
}

Status ReportWriter::model(const Model &model)
{
    const QString type = model.type;
    if (type == QLatin1String("Call"))
        return call(model);
    if (type == QLatin1String("SMS"))
        return shortMessage(model, EventType::Sms);
    if (type == QLatin1String("MMS"))
        return shortMessage(model, EventType::Mms);
    if (type == QLatin1String("InstantMessage"))
        return instantMessage(model, nullptr);
    if (type == QLatin1String("Chat"))
        return chat(model);
    if (type == QLatin1String("Contact"))
        return contact(model);
    if (type == QLatin1String("UserAccount"))
        return userAccount(model);
    ++m_skippedModels[type.isEmpty() ? tr("(untyped)") : type];
    return Ok{};
}

Status ReportWriter::call(const Model &model)
{
    ++m_context.report().rows;
    const QString source = model.field("Source");
    const auto when = eventTime(model);
    if (!when)
        return Ok{}; // listed as not read
    auto parties = partiesOf(model, source);
    if (!parties)
        return parties.error();
    const std::optional<Party> from = parties->first;
    const QList<Party> others = parties->second;
    Event event;
    event.type = EventType::Call;
    event.utcMs = when->first;
    event.duration = DateTimeParser::parseDuration(model.field("Duration")).value_or(0);
    const QString direction = model.field("Direction").toLower();
    const QString status = model.field("Status").toLower();
    if (status == QLatin1String("missed") || status == QLatin1String("rejected") || status == QLatin1String("cancelled")
        || status == QLatin1String("canceled") || status == QLatin1String("blocked"))
        event.status = status == QLatin1String("canceled") ? QStringLiteral("cancelled") : status;
    if (model.field("VideoCall").compare(QLatin1String("True"), Qt::CaseInsensitive) == 0)
        event.body = tr("video call");
    if (!telephonySource(source))
        event.body = event.body.isEmpty() ? source : QStringLiteral("%1 %2").arg(source, event.body);

    const bool incoming = direction == QLatin1String("incoming") || (direction.isEmpty() && from && !from->owner);
    event.direction = incoming ? QStringLiteral("in") : QStringLiteral("out");
    // Parties as written: the caller, then everyone called.
    if (from && from->entity) {
        bool wrote = false;
        for (const Party &to : std::as_const(others)) {
            if (to.entity && *to.entity != *from->entity) {
                if (Status s = write(event, model, *from->entity, *to.entity, when->second); !s)
                    return s;
                wrote = true;
            }
        }
        if (wrote)
            return Ok{};
    }
    // Only the other side is written: the owner is the rest.
    std::optional<EntityId> counterpart;
    EntityId ownEnd = m_owner;
    for (const Party &p : std::as_const(others) + (from ? QList<Party>{*from} : QList<Party>{})) {
        if (p.owner && p.entity)
            ownEnd = *p.entity;
        else if (!counterpart && p.entity)
            counterpart = p.entity;
    }
    const EntityId a = incoming && counterpart ? *counterpart : ownEnd;
    const EntityId b = incoming ? (counterpart ? ownEnd : 0) : counterpart.value_or(0);
    return write(event, model, a, b, when->second);
}

Status ReportWriter::shortMessage(const Model &model, EventType type)
{
    ++m_context.report().rows;
    const QString source = model.field("Source");
    const auto when = eventTime(model);
    if (!when)
        return Ok{}; // listed as not read
    auto parties = partiesOf(model, source);
    if (!parties)
        return parties.error();
    const std::optional<Party> from = parties->first;
    const QList<Party> recipients = parties->second;
    const QString folder = model.field("Folder").toLower();
    const bool outgoing = folder == QLatin1String("sent") || folder == QLatin1String("outbox") || folder == QLatin1String("draft")
        || folder == QLatin1String("drafts") || (from && from->owner);
    Event event;
    event.type = type;
    event.utcMs = when->first;
    event.direction = outgoing ? QStringLiteral("out") : QStringLiteral("in");
    const QString subject = model.field("Subject");
    event.body = model.field("Body");
    if (!subject.isEmpty())
        event.body = event.body.isEmpty() ? subject : subject + QLatin1Char('\n') + event.body;
    const QString status = model.field("Status").toLower();
    if (folder.startsWith(QLatin1String("draft")))
        event.status = QStringLiteral("draft");
    else if (status == QLatin1String("unsent") || status == QLatin1String("failed") || status == QLatin1String("error"))
        event.status = status;

    const EntityId sender = from && from->entity ? *from->entity : (outgoing ? m_owner : 0);
    bool wrote = false;
    for (const Party &to : std::as_const(recipients)) {
        if (!to.entity || (sender && *to.entity == sender))
            continue;
        if (sender) {
            if (Status s = write(event, model, sender, *to.entity, when->second); !s)
                return s;
        } else {
            // Received from someone the report does not name: the recipient alone.
            if (Status s = write(event, model, *to.entity, 0, when->second); !s)
                return s;
        }
        wrote = true;
    }
    if (wrote)
        return Ok{};
    // One side only.
    if (outgoing)
        return write(event, model, m_owner, 0, when->second);
    return write(event, model, sender ? sender : m_owner, sender && sender != m_owner ? m_owner : 0, when->second);
}

Status ReportWriter::instantMessage(const Model &model, const Chat *chat)
{
    ++m_context.report().rows;
    const QString loc = locator(model);
    const QString source = model.field("Source").isEmpty() && chat ? chat->source : model.field("Source");
    const auto when = eventTime(model);
    if (!when)
        return Ok{}; // listed as not read
    std::optional<Party> from;
    const QList<Model> fromModels = model.models("From");
    if (!fromModels.isEmpty()) {
        auto x = party(fromModels.first(), source, loc);
        if (!x)
            return x.error();
        from = *x;
    }
    QList<Party> recipients;
    for (const Model &p : model.models("To")) {
        auto x = party(p, source, loc);
        if (!x)
            return x.error();
        recipients << *x;
    }
    Event event;
    event.type = telephonySource(source) && source.compare(QLatin1String("iMessage"), Qt::CaseInsensitive) != 0 ? EventType::Sms : EventType::Message;
    event.utcMs = when->first;
    event.body = model.field("Body");
    event.deleted = chat && chat->deleted;
    const QString kind = (model.field("Type") + model.field("Folder") + model.field("Direction")).toLower();
    const bool outgoing = (from && from->owner) || kind.contains(QLatin1String("outgoing")) || kind.contains(QLatin1String("sent"));
    event.direction = outgoing ? QStringLiteral("out") : QStringLiteral("in");

    std::optional<EntityId> sender = from ? from->entity : std::nullopt;
    if (!sender && outgoing)
        sender = m_owner;
    // The recipient: the group, the one named, or the other member of a two-party chat.
    std::optional<EntityId> recipient;
    if (chat && chat->group) {
        recipient = chat->group;
    } else {
        for (const Party &p : std::as_const(recipients)) {
            if (p.entity && p.entity != sender) {
                recipient = p.entity;
                break;
            }
        }
        if (!recipient && chat) {
            for (const Party &p : chat->participants) {
                if (p.entity && p.entity != sender) {
                    recipient = p.entity;
                    break;
                }
            }
        }
        if (!recipient && sender && *sender != m_owner && !m_ownAccounts.contains(*sender))
            recipient = m_owner;
    }
    if (!sender) {
        event.status = tr("sender unknown");
        if (!recipient)
            recipient = m_owner;
        return write(event, model, *recipient, 0, when->second);
    }
    return write(event, model, *sender, recipient.value_or(0), when->second);
}

Status ReportWriter::openChat(const Model &model)
{
    const QString loc = locator(model);
    Chat chat;
    chat.source = model.field("Source");
    chat.deleted = model.deleted();
    const QList<Model> participants = model.models("Participants");
    const QString chatId = model.field("Id");
    if (chatId.endsWith(QLatin1String("@g.us"), Qt::CaseInsensitive) || participants.size() > 2) {
        QString id = chatId;
        if (id.isEmpty())
            id = QStringLiteral("chat %1").arg(model.id);
        auto entity = identity(id, telephonySource(chat.source) ? QStringLiteral("group") : chat.source, loc);
        if (!entity)
            return entity.error();
        chat.group = *entity;
        const QString name = model.field("Name");
        if (chat.group && !name.isEmpty()) {
            if (Status s = m_context.writer().alias(*chat.group, name, loc); !s)
                return s;
        }
    }
    m_chat = chat;
    return addParticipants(participants, loc);
}

Status ReportWriter::addParticipants(const QList<Model> &participants, const QString &loc)
{
    for (const Model &p : participants) {
        auto x = party(p, m_chat->source, loc);
        if (!x)
            return x.error();
        m_chat->participants << *x;
        if (x->entity && m_chat->group) {
            if (Status s = m_context.writer().declaredLink(LinkKind::MemberOf, *x->entity, *m_chat->group, loc); !s)
                return s;
        }
    }
    return Ok{};
}

Status ReportWriter::chatMessage(const Model &chat, Model &&message)
{
    if (!m_chat) {
        // The participants decide where messages go; until they are read, messages wait, a
        // bounded number of them: a chat that names no participants is read without.
        if (!chat.children.contains(QStringLiteral("Participants")) && m_waitingMessages.size() < MaxWaitingMessages) {
            m_waitingMessages.append(std::move(message));
            return Ok{};
        }
        if (Status s = openChat(chat); !s)
            return s;
        for (const Model &waiting : std::exchange(m_waitingMessages, {})) {
            if (Status s = instantMessage(waiting, &*m_chat); !s)
                return s;
        }
    }
    return instantMessage(message, &*m_chat);
}

Status ReportWriter::chat(const Model &model)
{
    if (!m_chat) {
        if (Status s = openChat(model); !s)
            return s;
    } else if (m_chat->participants.isEmpty()) {
        // Participants written after more messages than wait for them: members all the same.
        if (Status s = addParticipants(model.models("Participants"), locator(model)); !s)
            return s;
    }
    const QList<Model> waiting = std::exchange(m_waitingMessages, {});
    const QList<Model> read = model.models("Messages");
    for (const QList<Model> *list : {&waiting, &read}) {
        for (const Model &message : *list) {
            if (Status s = instantMessage(message, &*m_chat); !s)
                return s;
        }
    }
    m_chat.reset();
    return Ok{};
}

Status ReportWriter::contact(const Model &model)
{
    ++m_context.report().rows;
    const QString loc = locator(model);
    const QString source = model.field("Source");
    QStringList phones, emails;
    QList<EntityId> accounts;
    for (const Model &entry : model.models("Entries")) {
        const QString value = entry.field("Value");
        if (value.isEmpty())
            continue;
        if (entry.type == QLatin1String("PhoneNumber")) {
            phones << value;
        } else if (entry.type == QLatin1String("EmailAddress")) {
            emails << value;
        } else if (entry.type == QLatin1String("UserID")) {
            const QString app = entry.field("Domain").isEmpty() ? source : entry.field("Domain");
            auto id = identity(value, telephonySource(app) ? QStringLiteral("user id") : app, loc);
            if (!id)
                return id.error();
            if (*id)
                accounts << **id;
        }
    }
    if (model.deleted())
        ++m_deletedContacts;
    const QString bookId = model.id.isEmpty() ? QString::number(model.line) : model.id;
    return m_context.contact(bookId, model.field("Name"), phones, emails, loc, accounts);
}

Status ReportWriter::userAccount(const Model &model)
{
    ++m_context.report().rows;
    const QString loc = locator(model);
    QString app = model.field("ServiceType");
    if (app.isEmpty())
        app = model.field("Source");
    QStringList ids;
    for (const char *name : {"Username", "ServiceIdentifier"}) {
        if (!model.field(name).isEmpty())
            ids << model.field(name);
    }
    QStringList phones;
    for (const Model &entry : model.models("Entries")) {
        const QString value = entry.field("Value");
        if (value.isEmpty())
            continue;
        if (entry.type == QLatin1String("PhoneNumber"))
            phones << value;
        else if (entry.type == QLatin1String("UserID") || entry.type == QLatin1String("EmailAddress"))
            ids << value;
    }
    ids.removeDuplicates();
    const QString name = model.field("Name");
    for (const QString &id : std::as_const(ids)) {
        auto account = identity(id, telephonySource(app) ? QStringLiteral("account") : app, loc);
        if (!account)
            return account.error();
        if (!*account)
            continue;
        if (Status s = ownAccount(**account, loc); !s)
            return s;
        if (!name.isEmpty()) {
            if (Status s = m_context.writer().alias(**account, name, loc); !s)
                return s;
        }
    }
    for (const QString &phone : std::as_const(phones)) {
        auto id = m_context.phone(phone, loc);
        if (!id)
            return id.error();
        if (*id) {
            if (Status s = ownAccount(**id, loc); !s)
                return s;
        }
    }
    return Ok{};
}

void ReportWriter::finish()
{
    ImportReport &report = m_context.report();
    report.counts.insert(QStringLiteral("deleted_records"), m_deleted);
    if (m_deleted > 0)
        report.notes << tr("%n record(s) the device had deleted were recovered by the extraction; they are marked deleted.", nullptr, int(m_deleted));
    if (m_deletedContacts > 0)
        report.notes << tr("%n contact(s) are marked deleted in the report.", nullptr, int(m_deletedContacts));
    if (!m_skippedModels.isEmpty()) {
        QStringList kinds;
        for (auto it = m_skippedModels.cbegin(); it != m_skippedModels.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        report.notes << tr("Models this version does not import: %1.").arg(kinds.join(QStringLiteral(", ")));
    }
}

// Where the report's bytes come from: a member of the zip, or the file itself.
struct ReportSource
{
    std::unique_ptr<ZipArchive> archive;
    const ZipEntry *entry = nullptr;
    QString path;
    QString name;   // "report.xml" or the bare file's name
    QString title;  // for messages: "case.ufdr (report.xml)"
    qint64 size = 0;

    Result<std::unique_ptr<XmlFeed>> open() const
    {
        if (archive)
            return XmlFeed::fromArchive(*archive, *entry, title);
        auto file = std::make_shared<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, UfdrImporter::tr("Cannot read %1.").arg(title), file->errorString()};
        const QString title = this->title;
        return std::make_unique<XmlFeed>(
            [file, title](char *data, qint64 max) -> Result<qint64> {
                const qint64 n = file->read(data, max);
                if (n < 0)
                    return Error{ErrorCode::Io, UfdrImporter::tr("Cannot read %1.").arg(title), file->errorString()};
                return n;
            },
            title);
    }
};

const ZipEntry *findReport(const ZipArchive &archive)
{
    for (const char *name : {"report.xml", "Report.xml"}) {
        if (const ZipEntry *e = archive.find(QLatin1String(name)))
            return e;
    }
    return archive.find(QStringLiteral("report.xml"), Qt::CaseInsensitive);
}

bool looksLikeReport(const QByteArray &head)
{
    return head.contains("<project") && head.contains("pa.cellebrite.com/report");
}

} // namespace

QString UfdrImporter::displayName() const { return tr("Cellebrite UFDR report (.ufdr or report.xml)"); }

int UfdrImporter::sniff(const QString &path, const QString &fileName, const QByteArray &head) const
{
    if (ZipArchive::looksLikeZip(head)) {
        if (fileName.endsWith(QLatin1String(".ufdr"), Qt::CaseInsensitive))
            return 95;
        // Any zip holding a report at its root; a hostile zip is this importer's to refuse.
        auto archive = ZipArchive::open(path, fileName);
        if (!archive)
            return 0;
        return findReport(**archive) ? 90 : 0;
    }
    return looksLikeReport(head) ? 95 : 0;
}

Result<ImportReport> UfdrImporter::run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                       SourceWriter &writer, Progress *progress)
{
    ReportSource source;
    source.path = path;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1.").arg(displayFileName), probe.errorString()};
    const QByteArray head = probe.read(4);
    probe.close();
    if (ZipArchive::looksLikeZip(head)) {
        auto archive = ZipArchive::open(path, displayFileName);
        if (!archive)
            return archive.error();
        source.archive = std::move(*archive);
        source.entry = findReport(*source.archive);
        if (!source.entry)
            return Error{ErrorCode::InvalidInput, tr("%1 holds no report.xml; it is not a Cellebrite UFDR.").arg(displayFileName), {}};
        source.name = source.entry->name;
        source.title = QStringLiteral("%1 (%2)").arg(displayFileName, source.entry->name);
        source.size = qint64(source.entry->size);
    } else {
        source.name = displayFileName;
        source.title = displayFileName;
        source.size = QFileInfo(path).size();
    }

    // 1. The header: project, case information, device information.
    ReportHeader header;
    {
        auto feed = source.open();
        if (!feed)
            return feed.error();
        XmlFeed &xml = **feed;
        bool done = false;
        while (!done) {
            auto token = xml.next();
            if (!token)
                return token.error();
            if (*token == QXmlStreamReader::EndDocument)
                break;
            if (*token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (!header.sawRoot) {
                if (name != QLatin1String("project"))
                    return Error{ErrorCode::InvalidInput, tr("%1 is not a Cellebrite report: its root element is <%2>, not <project>.").arg(source.title, name.toString()), {}};
                header.sawRoot = true;
                header.project = xml.attribute("name");
                header.reportVersion = xml.attribute("reportVersion");
                header.extractionType = xml.attribute("extractionType");
            } else if (name == QLatin1String("extractionInfo")) {
                const QString device = xml.attribute("deviceName");
                if (!device.isEmpty() && !header.deviceNames.contains(device))
                    header.deviceNames << device;
            } else if (name == QLatin1String("caseInformation") || name == QLatin1String("metadata")) {
                const bool caseInfo = name == QLatin1String("caseInformation");
                for (;;) {
                    auto inner = xml.next();
                    if (!inner)
                        return inner.error();
                    if (*inner == QXmlStreamReader::EndElement)
                        break;
                    if (*inner != QXmlStreamReader::StartElement)
                        continue;
                    const QString label = xml.attribute("name");
                    auto text = xml.elementText();
                    if (!text)
                        return text.error();
                    (caseInfo ? header.caseInformation : header.deviceInfo).append({label, text->trimmed()});
                }
            } else if (name == QLatin1String("taggedFiles") || name == QLatin1String("decodedData")) {
                done = true;
            }
        }
        if (!header.sawRoot)
            return Error{ErrorCode::InvalidInput, tr("%1 is not a Cellebrite report: it has no <project> element.").arg(source.title), {}};
    }

    // 2. The decoded models, one at a time.
    DeviceImportContext context(writer, options, source.name);
    ReportWriter report(context, source.name);
    if (Status s = report.start(header); !s)
        return s.error();
    auto feed = source.open();
    if (!feed)
        return feed.error();
    XmlFeed &xml = **feed;
    if (progress) {
        progress->setStage(tr("Reading %1").arg(source.title));
        progress->setTotal(source.size);
    }
    int depth = 0;
    int decodedDepth = -1;
    for (;;) {
        auto token = xml.next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndDocument)
            break;
        if (*token == QXmlStreamReader::EndElement) {
            if (depth == decodedDepth)
                decodedDepth = -1;
            --depth;
            continue;
        }
        if (*token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView name = xml.name();
        if (name == QLatin1String("taggedFiles")) {
            if (Status s = xml.skipElement(); !s)
                return s.error();
            --depth;
        } else if (name == QLatin1String("decodedData")) {
            decodedDepth = depth;
        } else if (decodedDepth > 0 && depth == decodedDepth + 2 && name == QLatin1String("model")) {
            auto model = readModel(xml, 0, [&report](const Model &chat, Model &&message) { return report.chatMessage(chat, std::move(message)); });
            if (!model)
                return model.error();
            --depth;
            if (Status s = report.model(*model); !s)
                return s.error();
            if (DeviceImportContext::cancelled(progress, xml.bytesRead()))
                return context.stopped();
        }
    }
    report.finish();
    context.report().counts.insert(QStringLiteral("illegal_xml_characters"), xml.removedCharacters());
    if (xml.removedCharacters() > 0) {
        context.report().notes << tr("%n character(s) that XML does not allow (control characters, raw or as references such as &#x1;) were removed from the report.",
                                     nullptr, int(xml.removedCharacters()));
    }
    if (context.report().rows == 0)
        context.report().notes << tr("The report holds no contacts, calls or messages.");
    return context.report();
}

} // namespace sg

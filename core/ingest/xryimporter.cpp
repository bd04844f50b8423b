#include "core/ingest/xryimporter.h"

#include "core/ingest/deviceimport.h"
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
#include <QTextStream>

#include <optional>

namespace sg {

namespace {

constexpr qint64 MaxLineLength = 1 << 20;
constexpr qint64 MaxRecordLength = 16 << 20;

struct XryField
{
    QString section; // "from", "to", "participant", or empty
    QString key;     // lower case
    QString value;
};

struct XryRecord
{
    QString category;
    qint64 number = 0;
    qint64 line = 0;
    QList<XryField> fields;

    QString value(const char *key) const { return rawValue(key).trimmed(); }
    // As written, spaces kept: the parts of a long message join without losing them.
    QString rawValue(const char *key) const
    {
        for (const XryField &f : fields) {
            if (f.key == QLatin1String(key))
                return f.value;
        }
        return {};
    }
};

bool isSection(const QString &line)
{
    static const QSet<QString> sections{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("participant"),
                                        QStringLiteral("recipient"), QStringLiteral("sender"), QStringLiteral("originator")};
    return sections.contains(line.trimmed().toLower());
}

bool knownKey(const QString &key)
{
    static const QSet<QString> keys{
        QStringLiteral("name"), QStringLiteral("name (matched)"), QStringLiteral("tel"), QStringLiteral("number"),
        QStringLiteral("time"), QStringLiteral("duration"), QStringLiteral("call type"), QStringLiteral("type"),
        QStringLiteral("direction"), QStringLiteral("storage"), QStringLiteral("index"), QStringLiteral("deleted"),
        QStringLiteral("text"), QStringLiteral("reference number"), QStringLiteral("segment number"), QStringLiteral("segments"),
        QStringLiteral("folder"), QStringLiteral("status"), QStringLiteral("mobile"), QStringLiteral("home"), QStringLiteral("work"),
        QStringLiteral("e-mail"), QStringLiteral("email"), QStringLiteral("data"), QStringLiteral("attribute"), QStringLiteral("from"),
        QStringLiteral("to"), QStringLiteral("related application"), QStringLiteral("account"), QStringLiteral("service provider"),
        QStringLiteral("first name"), QStringLiteral("last name"), QStringLiteral("company"), QStringLiteral("note"),
        QStringLiteral("subject"), QStringLiteral("address"), QStringLiteral("id"), QStringLiteral("user id"), QStringLiteral("phone"),
        QStringLiteral("telephone"), QStringLiteral("fax"), QStringLiteral("web address"), QStringLiteral("domain"),
        QStringLiteral("message center"), QStringLiteral("sent"), QStringLiteral("received"), QStringLiteral("read"),
    };
    return keys.contains(key);
}

// Reads an XRY text file record by record, without holding the file.
class XryReader
{
    Q_DECLARE_TR_FUNCTIONS(sg::XryImporter)

public:
    Status open(const QString &path, const QString &displayName)
    {
        m_displayName = displayName;
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, tr("Cannot read %1.").arg(displayName), m_file.errorString()};
        m_stream.setDevice(&m_file);
        m_stream.setAutoDetectUnicode(true);
        // The header: "XRY Export" and a few lines about the export, up to the first record.
        bool sawTitle = false;
        while (!m_stream.atEnd()) {
            const QString line = readLine();
            const QString trimmed = line.trimmed().remove(QChar(0xFEFF));
            if (trimmed.isEmpty())
                continue;
            if (!sawTitle) {
                if (trimmed.compare(QLatin1String("XRY Export"), Qt::CaseInsensitive) != 0)
                    return Error{ErrorCode::InvalidInput, tr("%1 is not an XRY text export: it does not begin with \"XRY Export\".").arg(displayName),
                                 tr("line %1").arg(m_line)};
                sawTitle = true;
                continue;
            }
            if (recordHeader(trimmed)) {
                m_pending = trimmed;
                m_pendingLine = m_line;
                break;
            }
            m_header << trimmed;
        }
        if (!sawTitle)
            return Error{ErrorCode::InvalidInput, tr("%1 is empty.").arg(displayName), {}};
        return Ok{};
    }

    QStringList header() const { return m_header; }
    qint64 bytesRead() const { return m_file.pos(); }

    // The next record, or nullopt at the end.
    Result<std::optional<XryRecord>> next()
    {
        if (m_pending.isEmpty())
            return std::optional<XryRecord>();
        XryRecord record;
        const auto match = headerPattern().match(m_pending);
        record.category = match.captured(1).trimmed();
        record.number = match.captured(2).toLongLong();
        record.line = m_pendingLine;
        m_pending.clear();
        QString section;
        qint64 size = 0;
        while (!m_stream.atEnd()) {
            const QString line = readLine();
            size += line.size();
            if (size > MaxRecordLength)
                return Error{ErrorCode::InvalidInput, tr("Record %1 of %2 is larger than %3 MB.").arg(record.number).arg(m_displayName).arg(MaxRecordLength >> 20),
                             tr("line %1").arg(m_line)};
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue; // records end where the next record's header begins

            if (recordHeader(trimmed)) {
                m_pending = trimmed;
                m_pendingLine = m_line;
                break;
            }
            if (isSection(trimmed)) {
                section = trimmed.toLower();
                continue;
            }
            static const QRegularExpression pair(QStringLiteral("^([^:\\t]{1,60}?)[ ]*:([ \\t]*)(.*)$"));
            const auto kv = pair.match(line);
            const QString key = kv.hasMatch() ? kv.captured(1).trimmed().toLower() : QString();
            if (kv.hasMatch() && (knownKey(key) || kv.captured(2).contains(QLatin1Char('\t')) || record.fields.isEmpty())) {
                record.fields.append({section, key, kv.captured(3)});
            } else if (!record.fields.isEmpty()) {
                record.fields.last().value += QLatin1Char('\n') + line;
            } else {
                record.fields.append({section, trimmed.toLower(), QString()});
            }
        }
        return std::optional<XryRecord>(std::move(record));
    }

private:
    static const QRegularExpression &headerPattern()
    {
        static const QRegularExpression pattern(QStringLiteral("^(.*\\S)\\s*#\\s*(\\d+)$"));
        return pattern;
    }
    static bool recordHeader(const QString &trimmed) { return headerPattern().match(trimmed).hasMatch(); }

    QString readLine()
    {
        ++m_line;
        return m_stream.readLine(MaxLineLength);
    }

    QString m_displayName;
    QFile m_file;
    QTextStream m_stream;
    qint64 m_line = 0;
    QStringList m_header;
    QString m_pending;
    qint64 m_pendingLine = 0;
};

// "1/2/2019 1:23:45 PM UTC+7 (Network)" → "1/2/2019 1:23:45 PM +07:00" and whether the time
// came from the network or the device clock.
QString normaliseTime(QString text)
{
    static const QRegularExpression origin(QStringLiteral("\\s*\\((device|network)\\)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    text.remove(origin);
    static const QRegularExpression zone(QStringLiteral("\\s*(?:UTC|GMT)\\s*(?:([+-])\\s*(\\d{1,2})(?::?(\\d\\d))?)?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = zone.match(text);
    if (m.hasMatch()) {
        const QString sign = m.captured(1).isEmpty() ? QStringLiteral("+") : m.captured(1);
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        text = text.left(m.capturedStart()) + QStringLiteral(" %1%2:%3").arg(sign).arg(hours, 2, 10, QLatin1Char('0')).arg(minutes, 2, 10, QLatin1Char('0'));
    }
    return text.trimmed();
}

// Reads the records of one file into the case.
class XryWriter
{
    Q_DECLARE_TR_FUNCTIONS(sg::XryImporter)

public:
    XryWriter(DeviceImportContext &context, DateOrder order)
        : m_context(context)
        , m_order(order)
        , m_zone(context.zone())
    {
    }

    Status record(const XryRecord &record);
    Status finish();

private:
    struct Part
    {
        XryRecord record;
        QString text;
    };
    QString locator(const XryRecord &record) const { return QStringLiteral("%1:#%2").arg(m_context.fileName()).arg(record.number); }
    std::optional<std::pair<qint64, int>> time(const QString &text) const;
    Result<EntityId> owner(const XryRecord &record);
    Status call(const XryRecord &record);
    Status message(const XryRecord &record, const QString &text, const QString &where);
    Status messagePart(const XryRecord &record);
    Status contact(const XryRecord &record);
    Status deviceInfo(const XryRecord &record);
    void reject(const XryRecord &record, const QString &why)
    {
        m_context.report().rejected.append(RejectedRow{record.line, tr("record %1: %2").arg(record.number).arg(why)});
    }
    static bool deleted(const XryRecord &record)
    {
        const QString d = record.value("deleted").toLower();
        return d == QLatin1String("yes") || d == QLatin1String("true") || d == QLatin1String("deleted")
            || record.value("storage").toLower().contains(QLatin1String("deleted"));
    }

    DeviceImportContext &m_context;
    DateOrder m_order;
    mutable ZoneConverter m_zone;
    std::optional<EntityId> m_owner;
    QHash<QString, QList<Part>> m_parts; // multi-part SMS waiting for their other parts
    qint64 m_deleted = 0;
    QMap<QString, qint64> m_otherCategories;
};

std::optional<std::pair<qint64, int>> XryWriter::time(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    auto local = DateTimeParser::parse(normaliseTime(text), m_order);
    if (!local || !local->date.isValid())
        return std::nullopt;
    return m_zone.toUtc(local->date, local->time, local->utcOffsetSeconds);
}

Result<EntityId> XryWriter::owner(const XryRecord &record)
{
    if (m_owner)
        return *m_owner;
    auto id = m_context.owner(QString(), locator(record));
    if (!id)
        return id.error();
    m_owner = *id;
    return *id;
}

Status XryWriter::record(const XryRecord &record)
{
    const QString category = record.category.toLower();
    if (category == QLatin1String("calls") || category.startsWith(QLatin1String("calls-")) || category.startsWith(QLatin1String("calls/")))
        return call(record);
    if (category.startsWith(QLatin1String("messages")))
        return messagePart(record);
    if (category.startsWith(QLatin1String("contacts")))
        return contact(record);
    if (category.startsWith(QLatin1String("device")))
        return deviceInfo(record);
    ++m_otherCategories[record.category];
    return Ok{};
}

Status XryWriter::call(const XryRecord &record)
{
    ++m_context.report().rows;
    const QString loc = locator(record);
    auto own = owner(record);
    if (!own)
        return own.error();
    QString number;
    QString section;
    for (const XryField &f : record.fields) {
        if ((f.key == QLatin1String("tel") || f.key == QLatin1String("number")) && number.isEmpty()) {
            number = f.value.trimmed();
            section = f.section;
        } else if ((f.key == QLatin1String("from") || f.key == QLatin1String("to")) && !f.value.trimmed().isEmpty() && number.isEmpty()) {
            number = f.value.trimmed();
            section = f.key;
        }
    }
    auto other = m_context.phone(number, loc);
    if (!other)
        return other.error();
    const QString name = record.value("name (matched)").isEmpty() ? record.value("name") : record.value("name (matched)");
    if (*other && !name.isEmpty()) {
        if (Status s = m_context.writer().alias(**other, name, loc); !s)
            return s;
    }
    QString type = record.value("call type");
    if (type.isEmpty())
        type = record.value("type");
    if (type.isEmpty())
        type = record.value("direction");
    const QString t = type.toLower();
    bool incoming = section == QLatin1String("from");
    if (t.contains(QLatin1String("dial")) || t.contains(QLatin1String("outgoing")))
        incoming = false;
    else if (t.contains(QLatin1String("receiv")) || t.contains(QLatin1String("incoming")) || t.contains(QLatin1String("missed"))
             || t.contains(QLatin1String("rejected")) || t.contains(QLatin1String("answered")))
        incoming = true;
    auto when = time(record.value("time"));
    if (!when) {
        reject(record, record.value("time").isEmpty() ? tr("the call has no time; the number is kept without an event")
                                                      : tr("the time \"%1\" cannot be read").arg(record.value("time")));
        return Ok{};
    }
    Event event;
    event.type = EventType::Call;
    event.utcMs = when->first;
    event.duration = DateTimeParser::parseDuration(record.value("duration")).value_or(0);
    event.direction = incoming ? QStringLiteral("in") : QStringLiteral("out");
    if (t.contains(QLatin1String("missed")))
        event.status = QStringLiteral("missed");
    else if (t.contains(QLatin1String("rejected")))
        event.status = QStringLiteral("rejected");
    event.deleted = deleted(record);
    if (event.deleted)
        ++m_deleted;
    const EntityId from = incoming && *other ? **other : *own;
    const EntityId to = incoming ? (*other ? *own : 0) : other->value_or(0);
    return m_context.event(event, from, to, when->second, loc);
}

Status XryWriter::messagePart(const XryRecord &record)
{
    ++m_context.report().rows;
    const int segments = record.value("segments").toInt();
    const int segment = record.value("segment number").toInt();
    const QString reference = record.value("reference number");
    if (segments <= 1 || segment < 1 || reference.isEmpty())
        return message(record, record.value("text"), locator(record));
    // One part of a long SMS: wait for the others (same reference, same party).
    QString party;
    for (const XryField &f : record.fields) {
        if (f.key == QLatin1String("tel"))
            party += f.value.trimmed() + QLatin1Char('/');
    }
    const QString key = QStringLiteral("%1|%2|%3").arg(reference, party).arg(segments);
    QList<Part> &parts = m_parts[key];
    parts.append({record, record.rawValue("text")});
    if (parts.size() < segments)
        return Ok{};
    std::sort(parts.begin(), parts.end(), [](const Part &a, const Part &b) {
        return a.record.value("segment number").toInt() < b.record.value("segment number").toInt();
    });
    QString text;
    QStringList numbers;
    for (const Part &p : std::as_const(parts)) {
        text += p.text;
        numbers << QStringLiteral("#%1").arg(p.record.number);
    }
    const XryRecord first = parts.first().record;
    m_parts.remove(key);
    return message(first, text, QStringLiteral("%1:%2").arg(m_context.fileName(), numbers.join(QLatin1Char('+'))));
}

Status XryWriter::message(const XryRecord &record, const QString &text, const QString &where)
{
    auto own = owner(record);
    if (!own)
        return own.error();
    const QString category = record.category.toLower();
    const QString type = record.value("type").toLower();
    const QString folder = record.value("folder").toLower();
    bool outgoing = false;
    QList<std::pair<QString, QString>> numbers; // section, number
    for (const XryField &f : record.fields) {
        if (f.key == QLatin1String("tel") || f.key == QLatin1String("number"))
            numbers.append({f.section, f.value.trimmed()});
        else if ((f.key == QLatin1String("from") || f.key == QLatin1String("to")) && !f.value.trimmed().isEmpty())
            numbers.append({f.key, f.value.trimmed()});
    }
    if (type.contains(QLatin1String("submit")) || type.contains(QLatin1String("outgoing")) || type.contains(QLatin1String("sent")))
        outgoing = true;
    else if (type.contains(QLatin1String("deliver")) || type.contains(QLatin1String("incoming")) || type.contains(QLatin1String("received")))
        outgoing = false;
    else if (folder.contains(QLatin1String("sent")) || folder.contains(QLatin1String("outbox")) || folder.contains(QLatin1String("draft")))
        outgoing = true;
    else if (!numbers.isEmpty())
        outgoing = numbers.first().first == QLatin1String("to");

    auto when = time(record.value("time"));
    QList<EntityId> others;
    for (const auto &[section, number] : std::as_const(numbers)) {
        Q_UNUSED(section);
        auto phone = m_context.phone(number, where);
        if (!phone)
            return phone.error();
        if (*phone)
            others << **phone;
    }
    const QString name = record.value("name (matched)").isEmpty() ? record.value("name") : record.value("name (matched)");
    if (others.size() == 1 && !name.isEmpty()) {
        if (Status s = m_context.writer().alias(others.first(), name, where); !s)
            return s;
    }
    if (!when) {
        reject(record, record.value("time").isEmpty() ? tr("the message has no time; its numbers are kept without an event")
                                                      : tr("the time \"%1\" cannot be read").arg(record.value("time")));
        return Ok{};
    }
    Event event;
    event.type = category.contains(QLatin1String("mms")) ? EventType::Mms
        : (category.contains(QLatin1String("sms")) || category == QLatin1String("messages")) ? EventType::Sms
                                                                                            : EventType::Message;
    event.utcMs = when->first;
    event.body = text;
    event.direction = outgoing ? QStringLiteral("out") : QStringLiteral("in");
    if (folder.contains(QLatin1String("draft")))
        event.status = QStringLiteral("draft");
    else if (type.contains(QLatin1String("status report")))
        event.status = QStringLiteral("status report");
    event.deleted = deleted(record);
    if (event.deleted)
        ++m_deleted;
    if (others.isEmpty())
        return m_context.event(event, *own, 0, when->second, where);
    for (const EntityId other : std::as_const(others)) {
        if (Status s = m_context.event(event, outgoing ? *own : other, outgoing ? other : *own, when->second, where); !s)
            return s;
    }
    return Ok{};
}

Status XryWriter::contact(const XryRecord &record)
{
    ++m_context.report().rows;
    QString name = record.value("name");
    if (name.isEmpty())
        name = QStringList{record.value("first name"), record.value("last name")}.join(QLatin1Char(' ')).trimmed();
    QStringList phones, emails;
    for (const XryField &f : record.fields) {
        static const QSet<QString> phoneKeys{QStringLiteral("tel"), QStringLiteral("mobile"), QStringLiteral("home"), QStringLiteral("work"),
                                             QStringLiteral("number"), QStringLiteral("phone"), QStringLiteral("telephone")};
        if (phoneKeys.contains(f.key) && !f.value.trimmed().isEmpty())
            phones << f.value.trimmed();
        else if ((f.key == QLatin1String("e-mail") || f.key == QLatin1String("email")) && !f.value.trimmed().isEmpty())
            emails << f.value.trimmed();
    }
    if (deleted(record))
        ++m_deleted;
    return m_context.contact(QString::number(record.number), name, phones, emails, locator(record));
}

Status XryWriter::deviceInfo(const XryRecord &record)
{
    ++m_context.report().rows;
    const QString attribute = record.value("attribute");
    const QString data = record.value("data");
    const QString loc = locator(record);
    if (attribute.isEmpty() || data.isEmpty())
        return Ok{};
    if (attribute.contains(QLatin1String("IMEI"), Qt::CaseInsensitive)) {
        if (Status s = m_context.identifyHandset(data, loc); !s)
            return s;
        m_context.report().notes << tr("The handset's IMEI is %1.").arg(data);
        return Ok{};
    }
    if (attribute.contains(QLatin1String("IMSI"), Qt::CaseInsensitive) || attribute.contains(QLatin1String("ICCID"), Qt::CaseInsensitive)) {
        auto handset = m_context.handset(loc);
        if (!handset)
            return handset.error();
        auto sim = m_context.writer().entity(EntityType::Sim, digitsOnly(data), false, loc, data);
        if (!sim)
            return sim.error();
        return m_context.writer().declaredLink(LinkKind::Uses, *handset, *sim, loc);
    }
    if (attribute.contains(QLatin1String("MSISDN"), Qt::CaseInsensitive) || attribute.contains(QLatin1String("Phone Number"), Qt::CaseInsensitive)
        || attribute.contains(QLatin1String("Own Number"), Qt::CaseInsensitive)) {
        auto own = m_context.owner(data, loc);
        if (!own)
            return own.error();
        return Ok{};
    }
    m_context.report().notes << QStringLiteral("%1: %2").arg(attribute, data);
    return Ok{};
}

Status XryWriter::finish()
{
    // Parts whose other parts never came: each as it is, marked.
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        for (const Part &p : it.value()) {
            if (Status s = message(p.record, p.text, locator(p.record)); !s)
                return s;
        }
        m_context.report().notes << tr("A multi-part message (reference %1) is incomplete; its %n part(s) are imported separately.", nullptr, int(it.value().size()))
                                        .arg(it.value().first().record.value("reference number"));
    }
    m_context.report().counts.insert(QStringLiteral("deleted_records"), m_deleted);
    if (m_deleted > 0)
        m_context.report().notes << tr("%n record(s) are marked deleted.", nullptr, int(m_deleted));
    for (auto it = m_otherCategories.cbegin(); it != m_otherCategories.cend(); ++it)
        m_context.report().notes << tr("%1 record(s) of the XRY category \"%2\" are not imported by this version.").arg(it.value()).arg(it.key());
    return Ok{};
}

bool looksLikeXry(const QByteArray &head)
{
    QString text;
    if (head.startsWith("\xFF\xFE"))
        text = QString::fromUtf16(reinterpret_cast<const char16_t *>(head.constData() + 2), (head.size() - 2) / 2);
    else if (head.startsWith("\xEF\xBB\xBF"))
        text = QString::fromUtf8(head.mid(3));
    else
        text = QString::fromUtf8(head);
    return text.trimmed().startsWith(QLatin1String("XRY Export"), Qt::CaseInsensitive);
}

} // namespace

QString XryImporter::displayName() const { return tr("XRY text export (calls, messages, contacts, device)"); }

int XryImporter::sniff(const QString &path, const QString &fileName, const QByteArray &head) const
{
    Q_UNUSED(path);
    Q_UNUSED(fileName);
    return looksLikeXry(head) ? 95 : 0;
}

QString XryImporter::handsetImei(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !looksLikeXry(file.read(4096)))
        return {};
    file.close();
    XryReader reader;
    if (!reader.open(path, QFileInfo(path).fileName()))
        return {};
    for (;;) {
        auto record = reader.next();
        if (!record || !*record)
            return {};
        if (!(*record)->category.startsWith(QLatin1String("Device"), Qt::CaseInsensitive))
            return {};
        if ((*record)->value("attribute").contains(QLatin1String("IMEI"), Qt::CaseInsensitive)) {
            const QString digits = digitsOnly((*record)->value("data"));
            return digits.isEmpty() ? QString() : digits;
        }
    }
}

Result<ImportReport> XryImporter::run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                      SourceWriter &writer, Progress *progress)
{
    // 1. The day/month order, from the file's own dates.
    DateOrder order = DateOrder::DayMonthYear;
    {
        XryReader reader;
        if (Status s = reader.open(path, displayFileName); !s)
            return s.error();
        QStringList samples;
        while (samples.size() < 5000) {
            auto record = reader.next();
            if (!record)
                return record.error();
            if (!*record)
                break;
            const QString t = (*record)->value("time");
            if (!t.isEmpty())
                samples << normaliseTime(t).section(QLatin1Char(' '), 0, 0);
        }
        order = DateTimeParser::detectOrder(samples);
    }

    XryReader reader;
    if (Status s = reader.open(path, displayFileName); !s)
        return s.error();
    DeviceImportContext context(writer, options, displayFileName);
    XryWriter out(context, order);
    if (progress) {
        progress->setStage(tr("Reading %1").arg(displayFileName));
        progress->setTotal(QFileInfo(path).size());
    }
    qint64 records = 0;
    for (;;) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!*record)
            break;
        ++records;
        if (Status s = out.record(**record); !s)
            return s.error();
        if (DeviceImportContext::cancelled(progress, reader.bytesRead()))
            return context.stopped();
    }
    if (Status s = out.finish(); !s)
        return s.error();
    if (!reader.header().isEmpty())
        context.report().notes << tr("XRY export: %1.").arg(reader.header().join(QStringLiteral("; ")));
    context.report().notes << tr("Dates read as %1.").arg(order == DateOrder::MonthDayYear ? tr("month/day/year")
                                                          : order == DateOrder::DayMonthYear ? tr("day/month/year") : tr("year-month-day"));
    if (records == 0)
        context.report().notes << tr("The file holds no records.");
    return context.report();
}

} // namespace sg

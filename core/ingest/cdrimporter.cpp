#include "core/ingest/cdrimporter.h"

#include "core/model/batchqueue.h"
#include "core/ingest/cellsiteimporter.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/textencoding.h"
#include "core/model/progress.h"
#include "core/normalize/digits.h"
#include "core/normalize/phonenormalizer.h"
#include "core/store/sourcewriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

namespace sg {

namespace {


constexpr int HeaderSearchRecords = 40;

// Header names, reduced by TableMapping::headerKey(), for each role.
const QHash<QString, CdrRole> &headerSynonyms()
{
    static const QHash<QString, CdrRole> synonyms = [] {
        QHash<QString, CdrRole> h;
        auto add = [&h](CdrRole role, std::initializer_list<const char *> names) {
            for (const char *name : names)
                h.insert(QString::fromUtf8(name), role);
        };
        add(CdrRole::Caller, {"aparty", "anumber", "apartynumber", "anum", "amsisdn", "calling", "callingnumber",
                              "callingparty", "callingpartynumber", "caller", "callernumber", "callerid", "from",
                              "fromnumber", "originating", "originatingnumber", "orignumber", "sender",
                              "主叫", "主叫号码", "主叫号", "主叫號碼", "主叫號", "sốgọi", "thuêbaogọi", "sốmáygọi", "เบอร์โทรออก",
                              "หมายเลขต้นทาง"});
        add(CdrRole::Callee, {"bparty", "bnumber", "bpartynumber", "bnum", "bmsisdn", "called", "callednumber",
                              "calledparty", "calledpartynumber", "callee", "dialled", "dialed", "dialednumber",
                              "diallednumber", "to", "tonumber", "terminating", "terminatingnumber", "destination",
                              "destinationnumber", "recipient", "被叫", "被叫号码", "被叫号", "被叫號碼", "被叫號", "sốbịgọi",
                              "thuêbaobịgọi", "sốmáybịgọi", "เบอร์ปลายทาง", "หมายเลขปลายทาง"});
        add(CdrRole::Subscriber, {"msisdn", "target", "targetnumber", "targetmsisdn", "subscriber",
                                  "subscribernumber", "servedmsisdn", "servednumber", "本机号码", "机主号码",
                                  "目标号码", "thuêbao", "sốthuêbao", "หมายเลขผู้ใช้บริการ", "เบอร์เป้าหมาย"});
        add(CdrRole::Other, {"otherparty", "othernumber", "otherpartynumber", "partner", "partnernumber",
                             "counterpart", "counterpartnumber", "remote", "remotenumber", "contact",
                             "对方号码", "对端号码", "对方", "sốđốiphương", "đốiphương", "เบอร์คู่สนทนา",
                             "หมายเลขคู่สาย"});
        add(CdrRole::DateTime, {"datetime", "starttime", "startdatetime", "calldatetime", "timestamp", "start",
                                "callstart", "callstarttime", "eventtime", "eventdatetime", "seizuretime",
                                "answertime", "calldate", "date", "eventdate", "startdate", "time", "calltime",
                                "开始时间", "通话时间", "通话开始时间", "呼叫时间", "日期", "通话日期", "时间", "開始時間", "通話時間", "時間",
                                "thờigian", "thờigianbắtđầu", "ngàygiờ", "ngày", "giờ", "ngàygọi",
                                "วันที่", "เวลา", "วันเวลา", "วันที่และเวลา"});
        add(CdrRole::Duration, {"duration", "dur", "callduration", "calldur", "durationsec", "durationsecs",
                                "durationseconds", "durations", "durationhhmmss", "seconds", "secs", "talktime",
                                "通话时长", "时长", "通話時長", "時長", "thờilượng", "thờigiangọi", "ระยะเวลา", "ระยะเวลาโทร"});
        add(CdrRole::CallType, {"calltype", "type", "eventtype", "recordtype", "servicetype", "service",
                                "callcategory", "usagetype", "通话类型", "呼叫类型", "业务类型", "loạicuộcgọi",
                                "loại", "ประเภท", "ประเภทการโทร"});
        add(CdrRole::Direction, {"direction", "calldirection", "inout", "io", "呼叫方向", "方向", "chiều",
                                 "hướng", "ทิศทาง"});
        add(CdrRole::Cell, {"cellid", "cell", "ci", "cgi", "ecgi", "lacci", "cellsite", "site", "siteid", "bts",
                            "btsid", "towerid", "tower", "celltower", "firstcellid", "startcellid", "基站",
                            "小区", "基站号", "小区号", "trạm", "mãtrạm", "เซลล์ไซต์"});
        add(CdrRole::Imei, {"imei", "imeinumber", "handsetimei", "串号", "设备号"});
        add(CdrRole::Imsi, {"imsi", "imsinumber"});
        return h;
    }();
    return synonyms;
}

struct Classified
{
    std::optional<EventType> type;
    enum Direction { Unknown, Outgoing, Incoming } direction = Unknown;
};

Classified classify(const QString &value)
{
    QString v;
    for (const QChar c : value.toUpper()) {
        if (c.isLetterOrNumber())
            v.append(c);
    }
    Classified c;
    static const QHash<QString, std::pair<std::optional<EventType>, Classified::Direction>> codes = [] {
        QHash<QString, std::pair<std::optional<EventType>, Classified::Direction>> h;
        const auto call = std::optional<EventType>(EventType::Call);
        const auto sms = std::optional<EventType>(EventType::Sms);
        const std::optional<EventType> none;
        for (const char *s : {"MOC", "MO", "OUT", "OUTGOING", "O", "ORIG", "ORIGINATING", "OUTBOUND", "DIALED",
                              "DIALLED", "主叫", "ĐI", "GỌIĐI", "โทรออก"})
            h.insert(QString::fromUtf8(s), {none, Classified::Outgoing});
        for (const char *s : {"MTC", "MT", "IN", "INCOMING", "I", "TERM", "TERMINATING", "INBOUND", "RECEIVED",
                              "被叫", "ĐẾN", "GỌIĐẾN", "รับสาย", "โทรเข้า"})
            h.insert(QString::fromUtf8(s), {none, Classified::Incoming});
        for (const char *s : {"SMSMO", "MOSMS", "SMSOUT", "SMSO", "SENTSMS", "OUTGOINGSMS", "SMSSENT", "短信主叫",
                              "发短信"})
            h.insert(QString::fromUtf8(s), {sms, Classified::Outgoing});
        for (const char *s : {"SMSMT", "MTSMS", "SMSIN", "SMSI", "RECEIVEDSMS", "INCOMINGSMS", "SMSRECEIVED",
                              "短信被叫", "收短信"})
            h.insert(QString::fromUtf8(s), {sms, Classified::Incoming});
        for (const char *s : {"VOICE", "CALL", "VOICECALL", "通话", "语音", "THOẠI", "CUỘCGỌI"})
            h.insert(QString::fromUtf8(s), {call, Classified::Unknown});
        for (const char *s : {"SMS", "TEXT", "MESSAGE", "短信", "TINNHẮN"})
            h.insert(QString::fromUtf8(s), {sms, Classified::Unknown});
        for (const char *s : {"VOICEMO", "MOVOICE", "CALLOUT", "OUTGOINGCALL", "VOICEOUT"})
            h.insert(QString::fromUtf8(s), {call, Classified::Outgoing});
        for (const char *s : {"VOICEMT", "MTVOICE", "CALLIN", "INCOMINGCALL", "VOICEIN"})
            h.insert(QString::fromUtf8(s), {call, Classified::Incoming});
        return h;
    }();
    const auto it = codes.constFind(v);
    if (it != codes.constEnd()) {
        c.type = it->first;
        c.direction = it->second;
    }
    return c;
}

QString decodeField(const QByteArray &bytes) { return QString::fromUtf8(bytes).trimmed(); }

// The first bytes of a file as UTF-8 text, in the encoding given or detected. The reason when
// it is not text.
Result<std::pair<QByteArray, QString>> headAsUtf8(const QString &fileName, const QByteArray &rawHead, const QString &requested)
{
    QString encoding = requested;
    if (encoding.isEmpty() || encoding == QLatin1String("auto")) {
        encoding = TextEncoding::detect(rawHead);
        if (encoding.isEmpty())
            return Error{ErrorCode::InvalidInput,
                         CdrCsvImporter::tr("%1 cannot be imported: %2.").arg(fileName, CdrCsvImporter::tr("it is not a text file (it contains binary data)")), {}};
    }
    QByteArray raw = rawHead;
    QBuffer buffer(&raw);
    buffer.open(QIODevice::ReadOnly);
    Utf8Device utf8(&buffer, encoding);
    if (!utf8.isValid())
        return Error{ErrorCode::InvalidInput, CdrCsvImporter::tr("Unknown text encoding \"%1\".").arg(encoding),
                     CdrCsvImporter::tr("known encodings: %1").arg(TextEncoding::known().join(QStringLiteral(", ")))};
    QByteArray head = utf8.readAll();
    // The sample may end inside a character or a line; the detection reads whole records.
    return std::pair{head, encoding};
}

// Decides what a date-like column holds from its sample values.
CdrRole classifyDateColumn(const QStringList &samples, DateOrder order)
{
    int full = 0, dateOnly = 0, timeOnly = 0;
    for (const QString &s : samples) {
        if (s.isEmpty())
            continue;
        if (DateTimeParser::parseTime(s)) {
            ++timeOnly;
            continue;
        }
        const auto parsed = DateTimeParser::parse(s, order);
        if (!parsed)
            continue;
        if (parsed->epochMs || (parsed->date.isValid() && parsed->time.isValid()))
            ++full;
        else if (parsed->date.isValid())
            ++dateOnly;
    }
    if (timeOnly > full && timeOnly > dateOnly)
        return CdrRole::Time;
    if (dateOnly > full)
        return CdrRole::Date;
    return CdrRole::DateTime;
}

} // namespace

QString CdrLayout::describe() const
{
    QStringList parts;
    static const std::array<std::pair<CdrRole, const char *>, 13> names{{
        {CdrRole::Caller, "caller"}, {CdrRole::Callee, "callee"}, {CdrRole::Subscriber, "subscriber"},
        {CdrRole::Other, "other party"}, {CdrRole::DateTime, "date and time"}, {CdrRole::Date, "date"},
        {CdrRole::Time, "time"}, {CdrRole::Duration, "duration"}, {CdrRole::CallType, "call type"},
        {CdrRole::Direction, "direction"}, {CdrRole::Cell, "cell"}, {CdrRole::Imei, "IMEI"}, {CdrRole::Imsi, "IMSI"},
    }};
    for (const auto &[role, name] : names) {
        if (columns.contains(role))
            parts << QStringLiteral("%1=\"%2\"").arg(QLatin1String(name), headers.value(columns.value(role)));
    }
    return parts.join(QStringLiteral(", "));
}

QString CdrCsvImporter::displayName() const { return tr("Call records (CSV)"); }

Result<CdrLayout> CdrCsvImporter::detect(const QString &fileName, const QByteArray &rawHead, const QString &encoding)
{
    CdrLayout best;
    auto text = headAsUtf8(fileName, rawHead, encoding);
    if (!text)
        return text.error();
    QByteArray head = text->first;
    best.encoding = text->second;

    int bestScore = 0;
    int bestPartialScore = 0;
    QStringList bestFound;
    for (const char delimiter : {',', ';', '\t', '|'}) {
        QBuffer buffer(&head);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, delimiter);
        QList<QByteArray> fields;
        for (qint64 record = 0; record < HeaderSearchRecords && reader.next(fields); ++record) {
            if (fields.size() < 3)
                continue;
            CdrLayout layout;
            layout.delimiter = delimiter;
            layout.headerRecord = record;
            QList<int> dateColumns;
            for (int i = 0; i < fields.size(); ++i) {
                const QString header = decodeField(fields[i]);
                layout.headers << header;
                const auto it = headerSynonyms().constFind(TableMapping::headerKey(header));
                if (it == headerSynonyms().constEnd())
                    continue;
                if (*it == CdrRole::DateTime) {
                    dateColumns << i;
                } else if (!layout.columns.contains(*it)) {
                    layout.columns.insert(*it, i);
                }
            }
            const bool explicitParties = layout.has(CdrRole::Caller) && layout.has(CdrRole::Callee);
            const bool targetParties = layout.has(CdrRole::Subscriber) && layout.has(CdrRole::Other);
            const int score = int(layout.columns.size()) + int(dateColumns.size());
            if (!(explicitParties || targetParties) || dateColumns.isEmpty()) {
                // Not a header (a preamble line, or a header we cannot use): remember the most
                // header-like one for the error message.
                if (score > bestPartialScore) {
                    bestPartialScore = score;
                    bestFound.clear();
                    for (const QString &h : std::as_const(layout.headers))
                        bestFound << QLatin1Char('"') + h + QLatin1Char('"');
                }
                continue;
            }
            if (score <= bestScore)
                break;

            // Read sample data rows to classify the date columns and the day/month order.
            QMap<int, QStringList> samples;
            QList<QByteArray> row;
            for (int n = 0; n < 5000 && reader.next(row); ++n) {
                for (const int c : std::as_const(dateColumns)) {
                    if (c < row.size())
                        samples[c] << decodeField(row[c]);
                }
            }
            QStringList allDateSamples;
            for (const int c : std::as_const(dateColumns))
                allDateSamples << samples.value(c);
            const auto decided = DateTimeParser::decideOrder(allDateSamples);
            layout.dateOrder = decided.value_or(DateOrder::DayMonthYear);
            layout.dateOrderGuessed = !decided && !allDateSamples.isEmpty();
            for (const int c : std::as_const(dateColumns)) {
                const CdrRole role = classifyDateColumn(samples.value(c), layout.dateOrder);
                if (!layout.columns.contains(role))
                    layout.columns.insert(role, c);
            }
            bestScore = score;
            best = layout;
            best.encoding = text->second;
            break; // the first header-like record of this delimiter is the header
        }
    }

    const bool parties = (best.has(CdrRole::Caller) && best.has(CdrRole::Callee))
        || (best.has(CdrRole::Subscriber) && best.has(CdrRole::Other));
    const bool when = best.has(CdrRole::DateTime) || best.has(CdrRole::Date);
    if (!parties || !when) {
        return Error{ErrorCode::InvalidInput,
                     tr("%1 has no recognisable call-record columns: it needs the two parties (such as "
                        "\"Calling Number\" and \"Called Number\", or \"MSISDN\" and \"Other Party\") and a "
                        "date.").arg(fileName),
                     bestFound.isEmpty() ? tr("no header row found in the first %1 lines").arg(HeaderSearchRecords)
                                         : tr("best header row: %1").arg(bestFound.join(QStringLiteral(", ")))};
    }
    return best;
}

void CdrCsvImporter::prepare(const ImportOptions &options)
{
    m_mappings.clear();
    for (const QJsonObject &json : options.mappings) {
        auto mapping = TableMapping::fromJson(json);
        if (mapping && mapping->kind == TableMapping::Kind::Calls)
            m_mappings << *mapping;
    }
}

std::optional<CdrLayout> CdrCsvImporter::fromMappings(const QString &fileName, const QByteArray &rawHead, const QString &encoding,
                                                      const QList<TableMapping> &mappings)
{
    if (mappings.isEmpty())
        return std::nullopt;
    auto text = headAsUtf8(fileName, rawHead, encoding);
    if (!text)
        return std::nullopt;
    QByteArray head = text->first;
    static const QHash<QString, CdrRole> roles{
        {QStringLiteral("caller"), CdrRole::Caller}, {QStringLiteral("callee"), CdrRole::Callee},
        {QStringLiteral("subscriber"), CdrRole::Subscriber}, {QStringLiteral("other"), CdrRole::Other},
        {QStringLiteral("datetime"), CdrRole::DateTime}, {QStringLiteral("date"), CdrRole::Date}, {QStringLiteral("time"), CdrRole::Time},
        {QStringLiteral("duration"), CdrRole::Duration}, {QStringLiteral("type"), CdrRole::CallType},
        {QStringLiteral("direction"), CdrRole::Direction}, {QStringLiteral("cell"), CdrRole::Cell}, {QStringLiteral("imei"), CdrRole::Imei},
        {QStringLiteral("imsi"), CdrRole::Imsi},
    };
    for (const char delimiter : {',', ';', '\t', '|'}) {
        QBuffer buffer(&head);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, delimiter);
        QList<QByteArray> fields;
        for (qint64 record = 0; record < HeaderSearchRecords && reader.next(fields); ++record) {
            if (fields.size() < 2)
                continue;
            QStringList headers;
            for (const QByteArray &f : std::as_const(fields))
                headers << decodeField(f);
            for (const TableMapping &mapping : mappings) {
                if (!mapping.matches(headers))
                    continue;
                CdrLayout layout;
                layout.delimiter = delimiter;
                layout.encoding = text->second;
                layout.headerRecord = record;
                layout.headers = headers;
                layout.mapping = mapping.name;
                for (auto it = mapping.callColumns.cbegin(); it != mapping.callColumns.cend(); ++it) {
                    const int c = TableMapping::column(headers, it.value());
                    if (c >= 0)
                        layout.columns.insert(roles.value(it.key()), c);
                }
                for (auto it = mapping.directionCodes.cbegin(); it != mapping.directionCodes.cend(); ++it)
                    layout.incomingCodes.insert(it.key(), it.value() == QLatin1String("in"));
                if (mapping.timeFormat == QLatin1String("dmy") || mapping.timeFormat == QLatin1String("mdy")
                    || mapping.timeFormat == QLatin1String("ymd")) {
                    layout.dateOrder = mapping.timeFormat == QLatin1String("dmy") ? DateOrder::DayMonthYear
                        : mapping.timeFormat == QLatin1String("mdy")              ? DateOrder::MonthDayYear
                                                                                  : DateOrder::YearMonthDay;
                } else {
                    const int dateColumn = layout.columns.value(layout.has(CdrRole::DateTime) ? CdrRole::DateTime : CdrRole::Date, -1);
                    QStringList samples;
                    QList<QByteArray> row;
                    for (int n = 0; n < 5000 && reader.next(row); ++n) {
                        if (dateColumn >= 0 && dateColumn < row.size())
                            samples << decodeField(row[dateColumn]);
                    }
                    layout.dateOrder = DateTimeParser::detectOrder(samples);
                }
                return layout;
            }
        }
    }
    return std::nullopt;
}

qint64 CdrCsvImporter::estimatedRecords(const QByteArray &head, qint64 size)
{
    const qsizetype lines = head.count('\n');
    if (lines == 0)
        return 0;
    return size / std::max<qint64>(1, head.size() / lines);
}

int CdrCsvImporter::sniff(const QString &, const QString &fileName, const QByteArray &head) const
{
    if (fromMappings(fileName, head, QString(), m_mappings))
        return 92;
    const auto layout = detect(fileName, head);
    if (!layout)
        return 0;
    return 50 + int(layout->columns.size()) * 4;
}

namespace {

// One call record as the reader stage leaves it: parsed, its numbers normalised, ready for the
// writer stage to resolve its entities and store it.
struct CdrRow
{
    Event event; // from and to are set by the writer stage
    // Each number's slot in the writer's list of the numbers' entities (NumberSlots), -1 for
    // none. The number as written and normalised comes with the first row of its slot, and with
    // every row of a number without one.
    int callerSlot = -1;
    int calleeSlot = -1;
    NormalizedPhone caller;
    NormalizedPhone callee;
    QString callerRaw;
    QString calleeRaw;
    bool incoming = false;
    QString imei, imeiRaw, imsi, imsiRaw; // digits, and as written
    QString cellKey, cellText; // the serving cell, if any: its key and as written (trimmed)
    QByteArray locator; // UTF-8
};

struct CdrBatch
{
    std::vector<CdrRow> rows;
    qint64 position = 0; // bytes of the file read when the batch was full
};

// Rows per batch handed from the reader to the writer, and batches that may wait.
constexpr int BatchRows = 2048;
constexpr int BatchesQueued = 4;

// The numbers the reader has seen, by their bytes as written, each with a slot: the writer keeps
// the number's entity id at that place in a list, so that a number seen again costs one look-up
// of a few bytes here and none there (instead of decoding, normalising and finding its key in
// both stages). Numbers written in up to 19 bytes are kept, at most MaxSlots of them; the others
// are normalised every time and found by their key, in both stages (a file of 2M calls among 1M
// numbers took 21.2 s with 500,000 slots, 18.3 s with 1M). The table is open (linear
// probing), the numbers in it, 24 bytes each and at most three quarters full, so that a look-up
// usually touches one line of memory (a QHash of the same keys, its spans and then its entries,
// was a fifth of the reader's time at 1M calls); 1M numbers take 32 to 48 MB.
class NumberSlots
{
public:
    static constexpr qsizetype MaxSlots = 1000000;

    // The number's slot, or -1 if it has none yet.
    int find(const QByteArray &bytes) const
    {
        const auto key = Entry::keyOf(bytes);
        if (!key || m_entries.empty())
            return -1;
        return m_entries[position(*key)].slot;
    }
    // The number's slot, given one if it has none and there is room; -1 otherwise. `isNew`: the
    // slot was given now (the writer has no id for it yet).
    int add(const QByteArray &bytes, bool *isNew)
    {
        *isNew = false;
        const auto key = Entry::keyOf(bytes);
        if (!key)
            return -1;
        if (!m_entries.empty()) {
            if (const int slot = m_entries[position(*key)].slot; slot >= 0)
                return slot;
        }
        if (m_count >= MaxSlots)
            return -1;
        if ((m_count + 1) * 4 > qsizetype(m_entries.size()) * 3)
            grow();
        Entry &entry = m_entries[position(*key)];
        entry = *key;
        entry.slot = int(m_count++);
        *isNew = true;
        return entry.slot;
    }

private:
    // A number's bytes and its slot, in 24 bytes.
    struct Entry
    {
        // The bytes, then zeros; the last byte of `tail` is the length.
        std::array<quint64, 2> head{};
        quint32 tail = 0;
        qint32 slot = -1; // -1: empty, or a key being looked for

        // The entry of `text` without a slot; none if it is too long to keep.
        static std::optional<Entry> keyOf(const QByteArray &text)
        {
            Entry key;
            const size_t size = size_t(text.size());
            if (size > 19)
                return std::nullopt;
            unsigned char bytes[20] = {};
            std::memcpy(bytes, text.constData(), size);
            bytes[19] = static_cast<unsigned char>(size);
            std::memcpy(key.head.data(), bytes, 16);
            std::memcpy(&key.tail, bytes + 16, 4);
            return key;
        }
        bool sameKey(const Entry &other) const { return head == other.head && tail == other.tail; }
        quint64 hash() const
        {
            // Each word multiplied in, the high bits shifted down into the low ones.
            quint64 h = head[0] * 0x9e3779b97f4a7c15ULL;
            h = (h ^ (h >> 29) ^ head[1]) * 0xbf58476d1ce4e5b9ULL;
            h = (h ^ (h >> 32) ^ tail) * 0x94d049bb133111ebULL;
            return h ^ (h >> 31);
        }
    };
    static_assert(sizeof(Entry) == 24);
    // Where `key`'s entry is, or the empty entry where it would go (m_entries is never full). The
    // hash's high 32 bits, scaled to the table's size, are where the look-up starts.
    qsizetype position(const Entry &key) const
    {
        const quint64 size = m_entries.size();
        for (quint64 at = ((key.hash() >> 32) * size) >> 32;; at = at + 1 == size ? 0 : at + 1) {
            const Entry &entry = m_entries[at];
            if (entry.slot < 0 || entry.sameKey(key))
                return qsizetype(at);
        }
    }
    // Half full again.
    void grow()
    {
        const size_t size = std::max<size_t>(1024, size_t(m_count + 1) * 2);
        std::vector<Entry> old = std::exchange(m_entries, std::vector<Entry>(size));
        for (const Entry &entry : old) {
            if (entry.slot >= 0)
                m_entries[position(entry)] = entry;
        }
    }
    std::vector<Entry> m_entries;
    qsizetype m_count = 0;
};

// What the reader stage found besides the rows.
struct ReaderOutcome
{
    struct PendingReject { qint64 line; QString message; bool shortRow; };
    QList<PendingReject> rejects;
    qint64 rows = 0;
    qint64 preambleLines = 0;
    qint64 lastGoodLine = 0;
    std::optional<Error> error;
};

// The reader stage: reads, parses and normalises the records of `path` on its own thread and
// hands them on in batches; stops early when the writer closes the queue.
void readRows(const QString &path, const QString &displayFileName, const CdrLayout &layout, const ImportOptions &options,
              BatchQueue<CdrBatch> &queue, ReaderOutcome &outcome)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = Error{ErrorCode::Io, CdrCsvImporter::tr("Cannot read %1.").arg(displayFileName), file.errorString()};
        queue.finish();
        return;
    }
    // Every encoding streams from the file as UTF-8.
    Utf8Device utf8(&file, layout.encoding);
    const QTimeZone zone(options.timeZone.toUtf8());
    ZoneConverter converter(zone);
    NumberSlots numbers;

    const auto col = [&layout](CdrRole role) { return layout.columns.value(role, -1); };
    const int callerCol = col(layout.has(CdrRole::Caller) ? CdrRole::Caller : CdrRole::Subscriber);
    const int calleeCol = col(layout.has(CdrRole::Caller) ? CdrRole::Callee : CdrRole::Other);
    int needed = 0;
    for (const int c : layout.columns)
        needed = std::max(needed, c + 1);

    CsvReader reader(&utf8, layout.delimiter);
    QList<QByteArray> fields;
    qint64 record = 0;
    const QByteArray locatorPrefix = (displayFileName + QLatin1String(":line ")).toUtf8();
    // What a record's call type and direction say: its event type, whether it is incoming, and
    // both as written. A file has a handful of pairs of them: each pair is read once, and found
    // again by its bytes (a short list looked through, cheaper than hashing two texts).
    struct Kind
    {
        QByteArray typeBytes, directionBytes;
        EventType type = EventType::Call;
        bool incoming = false;
        QString written;
    };
    std::vector<Kind> kinds;
    Kind unkept; // the last pair read when the list is full
    constexpr size_t KindsKept = 64;
    auto kindOf = [&](const QByteArray &typeBytes, const QByteArray &directionBytes) -> const Kind & {
        for (const Kind &k : kinds) {
            if (k.typeBytes == typeBytes && k.directionBytes == directionBytes)
                return k;
        }
        Kind kind;
        kind.typeBytes = typeBytes;
        kind.directionBytes = directionBytes;
        const QString typeText = decodeField(typeBytes);
        const QString directionText = decodeField(directionBytes);
        const Classified byType = classify(typeText);
        const Classified byDirection = classify(directionText);
        kind.type = byType.type.value_or(byDirection.type.value_or(EventType::Call));
        Classified::Direction direction = byDirection.direction != Classified::Unknown ? byDirection.direction : byType.direction;
        // A mapping's own codes come first.
        for (const QString &code : {directionText, typeText}) {
            const auto it = layout.incomingCodes.constFind(code.trimmed().toUpper());
            if (it != layout.incomingCodes.constEnd()) {
                direction = *it ? Classified::Incoming : Classified::Outgoing;
                break;
            }
        }
        kind.incoming = direction == Classified::Incoming;
        kind.written = typeText.isEmpty() || directionText.isEmpty() ? typeText + directionText
                                                                     : typeText + QLatin1Char('/') + directionText;
        if (kinds.size() == KindsKept) {
            unkept = std::move(kind);
            return unkept;
        }
        kinds.push_back(std::move(kind));
        return kinds.back();
    };
    const QByteArray none;
    auto bytesOf = [&fields, &none](int c) -> const QByteArray & { return c >= 0 && c < fields.size() ? fields[c] : none; };
    auto field = [&bytesOf](int c) { return decodeField(bytesOf(c)); };
    CdrBatch batch;
    batch.rows.reserve(BatchRows);
    int batchRecords = 0;

    while (reader.next(fields)) {
        const qint64 index = record++;
        if (index < layout.headerRecord)
            continue;
        if (index == layout.headerRecord) {
            outcome.preambleLines = reader.line() - 1;
            continue;
        }
        // A batch is handed on after so many records, good or not, so that progress and Cancel
        // keep pace with a file whose records are all rejected.
        if (++batchRecords == BatchRows) {
            batch.position = reader.position();
            if (!queue.push(std::move(batch)))
                return;
            batch = CdrBatch{};
            batch.rows.reserve(BatchRows);
            batchRecords = 0;
        }
        const qint64 line = reader.line();
        bool blank = true;
        for (const QByteArray &f : std::as_const(fields)) {
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        if (blank)
            continue;
        ++outcome.rows;
        auto reject = [&](const QString &message) {
            outcome.rejects.append({line, message, fields.size() < layout.headers.size()});
        };
        if (fields.size() < needed) {
            reject(CdrCsvImporter::tr("expected %1 fields, found %2").arg(layout.headers.size()).arg(fields.size()));
            continue;
        }
        if (reader.unterminatedQuote()) {
            reject(CdrCsvImporter::tr("a quoted field is not closed"));
            continue;
        }
        CdrRow row;
        // A number seen before needs neither decoding nor normalising (and is not empty).
        row.callerSlot = numbers.find(bytesOf(callerCol));
        row.calleeSlot = numbers.find(bytesOf(calleeCol));
        if (row.callerSlot < 0)
            row.callerRaw = field(callerCol);
        if (row.calleeSlot < 0)
            row.calleeRaw = field(calleeCol);
        if ((row.callerSlot < 0 && row.callerRaw.isEmpty()) || (row.calleeSlot < 0 && row.calleeRaw.isEmpty())) {
            reject(CdrCsvImporter::tr("the %1 number is empty").arg(row.callerSlot < 0 && row.callerRaw.isEmpty() ? layout.headers.value(callerCol)
                                                                                             : layout.headers.value(calleeCol)));
            continue;
        }

        // When
        Event &event = row.event;
        const QString whenText = layout.has(CdrRole::DateTime) ? field(col(CdrRole::DateTime)) : field(col(CdrRole::Date));
        const auto when = DateTimeParser::parse(whenText, layout.dateOrder);
        if (!when || (!when->epochMs && !when->date.isValid())) {
            reject(CdrCsvImporter::tr("cannot read the date \"%1\"").arg(whenText));
            continue;
        }
        if (when->epochMs) {
            event.utcMs = *when->epochMs;
            event.utcOffsetSeconds = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(event.utcMs, Qt::UTC));
        } else {
            QTime time = when->time.isValid() ? when->time : QTime(0, 0);
            if (layout.has(CdrRole::Time) && !layout.has(CdrRole::DateTime)) {
                const QString timeText = field(col(CdrRole::Time));
                const auto t = DateTimeParser::parseTime(timeText);
                if (!t) {
                    reject(CdrCsvImporter::tr("cannot read the time \"%1\"").arg(timeText));
                    continue;
                }
                time = *t;
            }
            const auto [utc, offset] = converter.toUtc(when->date, time, when->utcOffsetSeconds);
            event.utcMs = utc;
            event.utcOffsetSeconds = offset;
        }

        // How long
        if (layout.has(CdrRole::Duration)) {
            const QString durationText = field(col(CdrRole::Duration));
            const auto duration = DateTimeParser::parseDuration(durationText);
            if (!duration) {
                reject(CdrCsvImporter::tr("cannot read the duration \"%1\"").arg(durationText));
                continue;
            }
            event.duration = *duration;
        }

        // What and which way
        const Kind &kind = kindOf(bytesOf(col(CdrRole::CallType)), bytesOf(col(CdrRole::Direction)));
        event.type = kind.type;
        event.direction = kind.written;
        event.cell = field(col(CdrRole::Cell));
        row.incoming = kind.incoming;
        // Slots are given only to the numbers of rows handed on, so that the first row of each
        // slot the writer sees carries its number.
        for (auto [slot, bytes, raw, phone] : {std::tuple{&row.callerSlot, &bytesOf(callerCol), &row.callerRaw, &row.caller},
                                               std::tuple{&row.calleeSlot, &bytesOf(calleeCol), &row.calleeRaw, &row.callee}}) {
            if (*slot >= 0)
                continue;
            bool isNew = false;
            *slot = numbers.add(*bytes, &isNew);
            if (*slot < 0 || isNew)
                *phone = PhoneNormalizer::normalize(*raw, options.region);
            else
                raw->clear(); // the caller's number again, as the callee
        }
        row.imeiRaw = field(col(CdrRole::Imei));
        row.imei = digitsOnly(row.imeiRaw);
        row.imsiRaw = field(col(CdrRole::Imsi));
        row.imsi = digitsOnly(row.imsiRaw);
        row.cellText = event.cell.trimmed();
        if (!row.cellText.isEmpty())
            row.cellKey = CellSiteImporter::cellKey(event.cell);
        row.locator = locatorPrefix + QByteArray::number(line);
        batch.rows.push_back(std::move(row));
        outcome.lastGoodLine = line;
    }
    if (reader.tooLarge())
        outcome.error = reader.tooLargeError(displayFileName);
    batch.position = reader.position();
    if (!batch.rows.empty())
        (void)queue.push(std::move(batch));
    queue.finish();
}

// The reader stage's thread, closed and joined however the writer stage ends.
class ReaderThread
{
public:
    template <typename Work>
    ReaderThread(BatchQueue<CdrBatch> &queue, Work &&work)
        : m_queue(queue)
        , m_thread(std::forward<Work>(work))
    {
    }
    ~ReaderThread() { join(); }
    void join()
    {
        m_queue.close();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    BatchQueue<CdrBatch> &m_queue;
    std::thread m_thread;
};

} // namespace

Result<ImportReport> CdrCsvImporter::run(const QString &path, const QString &displayFileName,
                                         const ImportOptions &options, SourceWriter &writer, Progress *progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1.").arg(displayFileName), file.errorString()};
    const QByteArray head = file.peek(1 << 16);
    const qint64 size = file.size();
    file.close();
    // A mapping given or saved in the case (prepare()) reads the file; otherwise its columns
    // are found by their names.
    const auto mapped = fromMappings(displayFileName, head, options.encoding, m_mappings);
    auto detected = mapped ? Result<CdrLayout>(*mapped) : detect(displayFileName, head, options.encoding);
    if (!detected)
        return detected.error();
    const CdrLayout layout = *detected;

    const QTimeZone zone(options.timeZone.toUtf8());
    if (!zone.isValid()) {
        return Error{ErrorCode::InvalidInput, tr("Unknown time zone \"%1\".").arg(options.timeZone),
                     tr("use an IANA name such as Asia/Phnom_Penh")};
    }

    ImportReport report;
    report.preambleLines = 0;
    if (!layout.mapping.isEmpty())
        report.notes << tr("Read with the mapping \"%1\".").arg(layout.mapping);
    report.notes << tr("Columns: %1").arg(layout.describe());
    if (layout.dateOrderGuessed)
        report.notes << tr("No date says whether the day or the month comes first; they are read as day/month/year. "
                           "If that is wrong, import the file with a call-record mapping whose \"time\" is \"mdy\".");
    if (layout.has(CdrRole::Date) && !layout.has(CdrRole::Time))
        report.notes << tr("The file has dates without times; events are placed at midnight.");
    const bool targetCentric = !layout.has(CdrRole::Caller);

    if (progress) {
        progress->setTotal(size);
        progress->setStage(tr("Reading %1").arg(displayFileName));
    }

    // A file that brings as many calls as half the case's events builds their indexes once, at
    // the end.
    if (Status s = writer.expectEvents(estimatedRecords(head, size)); !s)
        return s.error();

    // Two stages on the machine's two cores: this thread writes to the case (SQLite's connection
    // stays on it) while the reader parses and normalises the next records.
    BatchQueue<CdrBatch> queue(BatchesQueued);
    ReaderOutcome read;
    ReaderThread reader(queue, [&] { readRows(path, displayFileName, layout, options, queue, read); });

    // The entity of each of the reader's number slots (NumberSlots), 0 until its first row.
    std::vector<EntityId> slotEntities;
    auto numberEntity = [&](int slot, const NormalizedPhone &phone, const QString &raw, const QByteArray &locator) -> Result<EntityId> {
        if (slot >= 0 && size_t(slot) < slotEntities.size() && slotEntities[size_t(slot)] != 0)
            return slotEntities[size_t(slot)];
        auto id = writer.entity(EntityType::Phone, phone.key, !phone.valid, QString::fromUtf8(locator), raw);
        if (id && slot >= 0) {
            if (size_t(slot) >= slotEntities.size())
                slotEntities.resize(size_t(slot) + 1, 0);
            slotEntities[size_t(slot)] = *id;
        }
        return id;
    };

    while (auto batch = queue.pop()) {
        if (progress) {
            progress->setDone(batch->position);
            if (progress->isCancelled())
                return SourceWriter::stopped(displayFileName);
        }
        for (CdrRow &row : batch->rows) {
            const QByteArray &locatorUtf8 = row.locator;
            auto callerId = numberEntity(row.callerSlot, row.caller, row.callerRaw, locatorUtf8);
            if (!callerId)
                return callerId.error();
            auto calleeId = numberEntity(row.calleeSlot, row.callee, row.calleeRaw, locatorUtf8);
            if (!calleeId)
                return calleeId.error();
            // Target-centric rows say who called whom through the direction; A/B rows are already
            // oriented (the A party is the calling party, whatever the record type).
            const bool swap = targetCentric && row.incoming;
            Event &event = row.event;
            event.from = swap ? *calleeId : *callerId;
            event.to = swap ? *callerId : *calleeId;
            if (Status s = writer.eventUtf8(event, locatorUtf8); !s)
                return s.error();

            // The handset and SIM belong to the party the operator served: the target, or the
            // caller of an outgoing and the callee of an incoming record.
            const EntityId served = targetCentric ? *callerId : (row.incoming ? *calleeId : *callerId);
            const QString locator = row.imei.isEmpty() && row.imsi.isEmpty() && row.cellText.isEmpty() ? QString() : QString::fromUtf8(locatorUtf8);
            for (const auto &[value, rawValue, type] : {std::tuple{&row.imei, &row.imeiRaw, EntityType::Device},
                                                        std::tuple{&row.imsi, &row.imsiRaw, EntityType::Sim}}) {
                if (value->isEmpty())
                    continue;
                auto id = writer.entity(type, *value, false, locator, *rawValue);
                if (!id)
                    return id.error();
                if (Status s = writer.declaredLink(LinkKind::Uses, served, *id, locator); !s)
                    return s.error();
            }
            // The cell that served the call: the served number was there. A cell-site table, before
            // or after, gives the same location its coordinates and address.
            if (!row.cellText.isEmpty()) {
                auto site = writer.entity(EntityType::Location, row.cellKey, false, locator, row.cellText);
                if (!site)
                    return site.error();
                if (Status s = writer.declaredLink(LinkKind::LocatedAt, served, *site, locator); !s)
                    return s.error();
            }
            ++report.events;
        }
    }
    reader.join();
    if (read.error)
        return *read.error;
    report.rows = read.rows;
    report.preambleLines = read.preambleLines;

    // Short rows after the last good row are the report's totals, not records.
    for (const ReaderOutcome::PendingReject &r : std::as_const(read.rejects)) {
        if (r.line > read.lastGoodLine && r.shortRow) {
            ++report.trailerLines;
            --report.rows;
        } else {
            report.rejected.append(RejectedRow{r.line, r.message});
        }
    }
    if (report.events == 0) {
        const QString first = report.rejected.isEmpty()
            ? tr("the file has a header but no records")
            : tr("line %1: %2").arg(report.rejected.first().line).arg(report.rejected.first().message);
        return Error{ErrorCode::InvalidInput, tr("No record of %1 could be read.").arg(displayFileName), first};
    }
    if (progress)
        progress->setDone(progress->total());
    return report;
}

} // namespace sg

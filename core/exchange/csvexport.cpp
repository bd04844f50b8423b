#include "core/exchange/csvexport.h"

#include "core/model/progress.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace sg {

namespace {

QByteArray field(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')
        || (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '))) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// One CSV file being written: rows go out as they come; commit() makes it appear.
class CsvFile
{
public:
    CsvFile(const QString &path, const QStringList &header)
        : m_file(path)
    {
        if (m_file.open(QIODevice::WriteOnly)) {
            m_file.write("\xEF\xBB\xBF");
            row(header);
        }
    }
    bool isOpen() const { return m_file.isOpen(); }
    void row(const QStringList &values)
    {
        QByteArray line;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                line += ',';
            line += field(values[i]);
        }
        line += "\r\n";
        m_file.write(line);
    }
    Status commit()
    {
        if (!m_file.commit())
            return Error{ErrorCode::Io, QCoreApplication::translate("sg::CsvExport", "Cannot write %1.").arg(m_file.fileName()), m_file.errorString()};
        return Ok{};
    }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

private:
    QSaveFile m_file;
};

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

Status exportCsv(const CaseStore &store, const QString &folder, Progress *progress)
{
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error{ErrorCode::Io, QCoreApplication::translate("sg::CsvExport", "Cannot write %1.").arg(folder), {}};
    CsvFile entities(dir.filePath(QStringLiteral("entities.csv")), {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("key"),
                                                                   QStringLiteral("label"), QStringLiteral("raw")});
    CsvFile links(dir.filePath(QStringLiteral("links.csv")),
                  {QStringLiteral("from_id"), QStringLiteral("from_key"), QStringLiteral("to_id"), QStringLiteral("to_key"), QStringLiteral("kind"),
                   QStringLiteral("event_type"), QStringLiteral("count"), QStringLiteral("total_seconds"), QStringLiteral("amounts"),
                   QStringLiteral("first_utc"), QStringLiteral("last_utc"), QStringLiteral("from_type"), QStringLiteral("to_type")});
    CsvFile events(dir.filePath(QStringLiteral("events.csv")),
                   {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("utc"), QStringLiteral("utc_offset_seconds"), QStringLiteral("from_id"),
                    QStringLiteral("from_key"), QStringLiteral("to_id"), QStringLiteral("to_key"), QStringLiteral("duration_seconds"),
                    QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("direction"), QStringLiteral("status"),
                    QStringLiteral("deleted"), QStringLiteral("cell"), QStringLiteral("text"), QStringLiteral("source_id"),
                    QStringLiteral("source_file"), QStringLiteral("locator"), QStringLiteral("from_type"), QStringLiteral("to_type")});
    for (const CsvFile *file : {&entities, &links, &events}) {
        if (!file->isOpen())
            return Error{ErrorCode::Io, QCoreApplication::translate("sg::CsvExport", "Cannot write %1.").arg(file->fileName()), file->errorString()};
    }
    QHash<EntityId, QString> keys;
    QHash<EntityId, QString> types; // so links and events can be read back without entities.csv
    CaseStore::GraphRows rows;
    rows.entity = [&](const Entity &e) {
        keys.insert(e.id, e.key);
        types.insert(e.id, entityTypeName(e.type));
        entities.row({QString::number(e.id), entityTypeName(e.type), e.key, e.label, e.raw ? QStringLiteral("1") : QStringLiteral("0")});
    };
    rows.link = [&](const Link &l) {
        QStringList amounts;
        for (const Money &m : l.amounts)
            amounts << m.decimal() + QLatin1Char(' ') + m.currency;
        const bool timed = l.kind == LinkKind::Aggregate && l.count > 0;
        links.row({QString::number(l.from), keys.value(l.from), QString::number(l.to), keys.value(l.to), linkKindName(l.kind), l.eventType,
                   QString::number(l.count), QString::number(l.totalDuration), amounts.join(QStringLiteral("; ")),
                   timed ? utc(l.firstUtcMs) : QString(), timed ? utc(l.lastUtcMs) : QString(), types.value(l.from), types.value(l.to)});
    };
    if (Status s = store.readGraph(rows, progress); !s)
        return s;
    if (progress)
        progress->setStage(QCoreApplication::translate("sg::CsvExport", "Writing events"));
    Status each = store.forEachEvent([&](const EventRow &r) {
        const Event &e = r.event;
        events.row({QString::number(e.id), eventTypeName(e.type), utc(e.utcMs), QString::number(e.utcOffsetSeconds), QString::number(e.from),
                    r.fromKey, e.to ? QString::number(e.to) : QString(), r.toKey, QString::number(e.duration),
                    e.amount ? e.amount->decimal() : QString(), e.amount ? e.amount->currency : QString(), e.direction, e.status,
                    e.deleted ? QStringLiteral("1") : QStringLiteral("0"), e.cell, e.body, QString::number(e.provenance.sourceId),
                    e.provenance.sourceFile, e.provenance.locator, types.value(e.from), e.to ? types.value(e.to) : QString()});
    }, progress);
    if (!each)
        return each;
    for (CsvFile *file : {&entities, &links, &events}) {
        if (Status s = file->commit(); !s)
            return s;
    }
    return Ok{};
}

} // namespace sg

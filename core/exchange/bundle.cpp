#include "core/exchange/bundle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sg {

namespace {

QJsonObject eventJson(const EventRow &row)
{
    const Event &e = row.event;
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("type"), eventTypeName(e.type)},
                  {QStringLiteral("from"), e.from},
                  {QStringLiteral("utc_ms"), e.utcMs},
                  {QStringLiteral("offset"), e.utcOffsetSeconds},
                  {QStringLiteral("source"), e.provenance.sourceId},
                  {QStringLiteral("locator"), e.provenance.locator}};
    if (e.to)
        o.insert(QStringLiteral("to"), e.to);
    if (e.duration)
        o.insert(QStringLiteral("duration"), e.duration);
    if (!e.direction.isEmpty())
        o.insert(QStringLiteral("direction"), e.direction);
    if (!e.status.isEmpty())
        o.insert(QStringLiteral("status"), e.status);
    if (e.deleted)
        o.insert(QStringLiteral("deleted"), true);
    if (!e.body.isNull())
        o.insert(QStringLiteral("body"), e.body);
    if (!e.cell.isEmpty())
        o.insert(QStringLiteral("cell"), e.cell);
    if (e.amount)
        o.insert(QStringLiteral("amount"), QJsonObject{{QStringLiteral("decimal"), e.amount->decimal()}, {QStringLiteral("currency"), e.amount->currency}});
    return o;
}

} // namespace

BundleInfo BundleInfo::fromCase(const CaseStore &store, const QString &agency)
{
    BundleInfo info;
    info.agency = agency;
    info.examiner = store.currentExaminer();
    info.caseName = store.info().name;
    info.caseNumber = store.info().number;
    return info;
}

Status writeBundle(const CaseStore &store, const ExchangeData &data, const BundleInfo &info, QIODevice *out)
{
    QList<EntityId> ids;
    for (const Entity &e : data.entities)
        ids.append(e.id);
    auto mentions = store.entitySources(ids);
    if (!mentions)
        return mentions.error();
    QSet<SourceId> used;
    QJsonArray entities;
    for (const Entity &e : data.entities) {
        QJsonArray sources;
        for (const Provenance &p : mentions->value(e.id)) {
            sources.append(QJsonObject{{QStringLiteral("source"), p.sourceId}, {QStringLiteral("locator"), p.locator}});
            used.insert(p.sourceId);
        }
        QJsonObject o{{QStringLiteral("id"), e.id},
                      {QStringLiteral("type"), entityTypeName(e.type)},
                      {QStringLiteral("key"), e.key},
                      {QStringLiteral("sources"), sources}};
        if (!e.label.isEmpty())
            o.insert(QStringLiteral("label"), e.label);
        if (e.raw)
            o.insert(QStringLiteral("raw"), true);
        if (!e.aliases.isEmpty())
            o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases));
        entities.append(o);
    }
    QJsonArray events;
    for (const QList<EventRow> *list : {&data.events, &data.singleEvents}) {
        for (const EventRow &row : *list) {
            events.append(eventJson(row));
            used.insert(row.event.provenance.sourceId);
        }
    }
    QJsonArray links;
    for (const Link &l : data.declared)
        links.append(QJsonObject{{QStringLiteral("kind"), linkKindName(l.kind)}, {QStringLiteral("from"), l.from}, {QStringLiteral("to"), l.to}});
    auto all = store.sources();
    if (!all)
        return all.error();
    QJsonArray sources;
    for (const SourceRecord &s : std::as_const(*all)) {
        if (!used.contains(s.id))
            continue;
        sources.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("file"), s.fileName},
                                   {QStringLiteral("sha256"), s.sha256},
                                   {QStringLiteral("size"), s.size},
                                   {QStringLiteral("format"), s.format},
                                   {QStringLiteral("importer"), s.importer},
                                   {QStringLiteral("importer_version"), s.importerVersion},
                                   {QStringLiteral("examiner"), s.examiner},
                                   {QStringLiteral("imported_at"), s.importedAt.toUTC().toString(Qt::ISODateWithMs)}});
    }
    const QDateTime created = info.createdAt.isValid() ? info.createdAt : QDateTime::currentDateTimeUtc();
    const QJsonObject payload{{QStringLiteral("format"), QStringLiteral("seagull-bundle")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("created_at"), created.toUTC().toString(Qt::ISODate)},
                              {QStringLiteral("agency"), info.agency},
                              {QStringLiteral("examiner"), info.examiner},
                              {QStringLiteral("case"), QJsonObject{{QStringLiteral("name"), info.caseName}, {QStringLiteral("number"), info.caseNumber}}},
                              {QStringLiteral("note"), info.note},
                              {QStringLiteral("sources"), sources},
                              {QStringLiteral("entities"), entities},
                              {QStringLiteral("events"), events},
                              {QStringLiteral("links"), links}};
    const QByteArray compact = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    // Written by hand so the marker and the hash come first (importers sniff the file's head);
    // the payload's own keys are in JSON's sorted order, as the hash was taken.
    const QByteArray sha = QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex();
    const QByteArray bytes = "{\n\"seagull_bundle\": 1,\n\"payload_sha256\": \"" + sha + "\",\n\"payload\": "
        + QJsonDocument(payload).toJson(QJsonDocument::Indented) + "}\n";
    if (out->write(bytes) != bytes.size())
        return Error{ErrorCode::Io, QCoreApplication::translate("sg::Exchange", "The bundle could not be written: %1").arg(out->errorString()), {}};
    return Ok{};
}

} // namespace sg

// seagull-cli add-entity, add-link, merge, split and tag: case data by hand (core/store/caseeditor),
// so that bulk corrections can be scripted.

#include "app/cli/cli.h"

#include "core/store/caseeditor.h"
#include "core/store/casestore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace sg {

namespace {

QJsonObject editedEntityJson(const Entity &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("type"), entityTypeName(e.type)},
                       {QStringLiteral("key"), e.key},
                       {QStringLiteral("label"), e.label},
                       {QStringLiteral("raw"), e.raw}};
}

} // namespace

void Cli::printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        std::fprintf(stderr, "%s\n", qPrintable(tr("Warning: %1").arg(warning)));
}

int Cli::addEntity(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(tr("add-entity needs a case file and an entity type (%1)").arg(entityTypeNames().join(QStringLiteral(", "))));
    const auto type = entityTypeFromName(args[1]);
    if (!type)
        return usage(tr("unknown entity type \"%1\" (known: %2)").arg(args[1], entityTypeNames().join(QStringLiteral(", "))));
    ManualEntity entity;
    entity.type = *type;
    entity.key = parser.value(QStringLiteral("key"));
    entity.label = parser.value(QStringLiteral("label"));
    entity.note = parser.value(QStringLiteral("note"));
    for (const QString &attribute : parser.values(QStringLiteral("attr"))) {
        const qsizetype equals = attribute.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(tr("--attr needs name=value, not \"%1\"").arg(attribute));
        entity.attributes.append({attribute.left(equals).trimmed(), attribute.mid(equals + 1).trimmed()});
    }
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    CaseEditor editor(**store);
    QStringList warnings;
    auto id = editor.addEntity(entity, &warnings);
    if (!id)
        return fail(id.error());
    auto added = (*store)->entity(*id);
    if (!added || !added->has_value())
        return fail(added ? Error{ErrorCode::NotFound, tr("The entity just added cannot be read back."), {}} : added.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("entities"), QJsonArray{editedEntityJson(**added)}},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}});
    } else {
        printWarnings(warnings);
        print(tr("Added %1 (id %2).").arg((*added)->reference()).arg(*id));
    }
    return 0;
}

int Cli::addLink(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usage(tr("add-link needs a case file and two entities"));
    if (!parser.isSet(QStringLiteral("type")))
        return usage(tr("add-link needs --type"));
    const auto kind = linkKindFromName(parser.value(QStringLiteral("type")));
    if (!kind || *kind == LinkKind::Aggregate)
        return usage(tr("unknown link type \"%1\" (known: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)")
                         .arg(parser.value(QStringLiteral("type"))));
    ManualLink link;
    link.kind = *kind;
    if (parser.isSet(QStringLiteral("confidence"))) {
        const auto confidence = confidenceFromName(parser.value(QStringLiteral("confidence")));
        if (!confidence)
            return usage(tr("--confidence is confirmed, probable or possible"));
        link.confidence = *confidence;
    }
    for (const auto &[option, date] : {std::pair{"from", &link.validFrom}, std::pair{"to", &link.validTo}}) {
        const QString text = parser.value(QLatin1String(option));
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            return usage(tr("--%1 needs a date as YYYY-MM-DD, not \"%2\"").arg(QLatin1String(option), text));
    }
    link.note = parser.value(QStringLiteral("note"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto ends = resolveAll(**store, args.mid(1));
    if (!ends)
        return fail(ends.error());
    link.from = ends->at(0);
    link.to = ends->at(1);
    CaseEditor editor(**store);
    QStringList warnings;
    auto id = editor.addLink(link, &warnings);
    if (!id)
        return fail(id.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("link"), *id},
                              {QStringLiteral("source"), link.from},
                              {QStringLiteral("target"), link.to},
                              {QStringLiteral("type"), linkKindName(link.kind)},
                              {QStringLiteral("confidence"), confidenceName(link.confidence)},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}});
    } else {
        printWarnings(warnings);
        print(tr("Linked %1 and %2: %3 (%4).").arg(args[1], args[2], linkKindDisplayName(link.kind), confidenceDisplayName(link.confidence)));
    }
    return 0;
}

int Cli::merge(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3)
        return usage(tr("merge needs a case file, the entity to keep and at least one to merge into it"));
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usage(tr("merge needs --reason"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto ids = resolveAll(**store, args.mid(1));
    if (!ids)
        return fail(ids.error());
    CaseEditor editor(**store);
    auto merged = editor.merge(ids->first(), ids->mid(1), parser.value(QStringLiteral("reason")));
    if (!merged)
        return fail(merged.error());
    auto survivor = (*store)->entity(merged->survivor);
    if (!survivor || !survivor->has_value())
        return fail(survivor ? Error{ErrorCode::NotFound, tr("The merged entity cannot be read back."), {}} : survivor.error());
    if (m_json) {
        QJsonArray absorbed;
        for (const EntityId id : std::as_const(merged->absorbed))
            absorbed.append(id);
        printJson(QJsonObject{{QStringLiteral("entities"), QJsonArray{editedEntityJson(**survivor)}},
                              {QStringLiteral("merge"), merged->id},
                              {QStringLiteral("absorbed"), absorbed}});
    } else {
        print(tr("Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).", nullptr, int(merged->absorbed.size()))
                  .arg((*survivor)->reference())
                  .arg(merged->id));
    }
    return 0;
}

int Cli::split(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(tr("split needs a case file and the entity others were merged into"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto survivor = (*store)->resolve(args[1]);
    if (!survivor)
        return fail(survivor.error());
    CaseEditor editor(**store);
    auto merges = editor.mergesInto(survivor->id);
    if (!merges)
        return fail(merges.error());
    if (merges->isEmpty())
        return fail(ErrorCode::NotFound, tr("Nothing was merged into %1.").arg(survivor->reference()));
    const MergeRecord last = merges->first();
    if (Status s = editor.split(last.id); !s)
        return fail(s.error());
    QJsonArray restored;
    QStringList names;
    for (const EntityId id : last.absorbed) {
        auto entity = (*store)->entity(id);
        if (entity && entity->has_value()) {
            restored.append(editedEntityJson(**entity));
            names << (*entity)->reference();
        }
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("entities"), restored}, {QStringLiteral("merge"), last.id}});
    else
        print(tr("Split merge %1: %2 restored beside %3.").arg(last.id).arg(names.join(QStringLiteral(", ")), survivor->reference()));
    return 0;
}

int Cli::tag(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3)
        return usage(tr("tag needs a case file, at least one entity and the tag"));
    auto store = openCase(args.first());
    if (!store)
        return fail(store.error());
    auto ids = resolveAll(**store, args.mid(1, args.size() - 2));
    if (!ids)
        return fail(ids.error());
    const QString name = args.last();
    CaseEditor editor(**store);
    const bool remove = parser.isSet(QStringLiteral("remove"));
    QString colour;
    if (remove) {
        if (Status s = editor.untag(*ids, name); !s)
            return fail(s.error());
    } else {
        auto tag = editor.tag(*ids, name, parser.value(QStringLiteral("colour")));
        if (!tag)
            return fail(tag.error());
        colour = tag->colour;
    }
    auto tagged = editor.taggedWith(name);
    if (!tagged)
        return fail(tagged.error());
    if (m_json) {
        QJsonArray entities;
        for (const EntityId id : std::as_const(*tagged))
            entities.append(id);
        printJson(QJsonObject{{QStringLiteral("tag"), name}, {QStringLiteral("colour"), colour}, {QStringLiteral("entities"), entities}});
    } else {
        print(tr("Tag \"%1\": %n entities.", nullptr, int(tagged->size())).arg(name));
    }
    return 0;
}

} // namespace sg

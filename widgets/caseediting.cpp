#include "widgets/caseediting.h"

#include "core/chart/chartcommands.h"
#include "core/chart/chartdocument.h"
#include "core/model/progress.h"
#include "core/model/timetext.h"
#include "core/store/casestore.h"
#include "widgets/caseeditcommand.h"
#include "widgets/chartscene.h"
#include "widgets/chartstyle.h"
#include "widgets/chartview.h"
#include "widgets/denpage.h"
#include "widgets/entitydialog.h"
#include "widgets/linkdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/mergedialog.h"
#include "widgets/shortcuts.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace sg {

namespace {

// A chart command made when it is first done, after the commands before it (an entity put back
// on the chart once its old node is off it).
class LaterCommand : public QUndoCommand
{
public:
    explicit LaterCommand(std::function<std::unique_ptr<QUndoCommand>()> make)
        : m_make(std::move(make))
    {
    }
    void redo() override
    {
        if (!m_command)
            m_command = m_make();
        m_command->redo();
    }
    void undo() override { m_command->undo(); }

private:
    std::function<std::unique_ptr<QUndoCommand>()> m_make;
    std::unique_ptr<QUndoCommand> m_command;
};

// Colours for new tags, in turn.
const char *const TagColours[] = {"#c62828", "#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#4e342e"};

} // namespace

CaseEditing::CaseEditing(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    auto action = [this](void (CaseEditing::*slot)()) {
        auto *a = new QAction(this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(m_new, &QAction::triggered, this, [this] {
        const QPointF centre = m_window->view()->mapToScene(m_window->view()->viewport()->rect().center());
        newEntityTriggered(EntityType::Person, centre);
    });
    m_edit = action(&CaseEditing::editTriggered);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = action(&CaseEditing::deleteTriggered);
    m_link = action(&CaseEditing::linkTriggered);
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_merge = action(&CaseEditing::mergeTriggered);
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_split = action(&CaseEditing::splitTriggered);
    m_duplicates = action(&CaseEditing::duplicatesTriggered);
    m_duplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_tag = action(&CaseEditing::tagTriggered);
    m_tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_note = action(&CaseEditing::noteTriggered);
    m_attach = action(&CaseEditing::attachTriggered);
    m_addToDen = action(&CaseEditing::addToDenTriggered);
    m_caseNotes = action(&CaseEditing::caseNotesTriggered);
    m_denPage = action(&CaseEditing::denPageTriggered);
    Shortcuts::markWithout(m_delete, Shortcuts::Reason::Destructive);
    for (QAction *rare : {m_split, m_note, m_attach, m_addToDen, m_caseNotes, m_denPage})
        Shortcuts::markWithout(rare, Shortcuts::Reason::Rare);
    m_tagMenu = new QMenu(window);
    connect(m_tagMenu, &QMenu::aboutToShow, this, &CaseEditing::fillTagMenu);
    retranslate();
}

CaseEditing::~CaseEditing() = default;

void CaseEditing::retranslate()
{
    m_new->setText(tr("&New entity…"));
    m_new->setToolTip(tr("Add a person, den, organisation, vehicle, document, number or account the case does not have"));
    m_edit->setText(tr("&Edit entity…"));
    m_delete->setText(tr("&Delete from the case…"));
    m_link->setText(tr("&Link the two selected…"));
    m_merge->setText(tr("&Merge the selected…"));
    m_split->setText(tr("&Split the last merge"));
    m_duplicates->setText(tr("Find &duplicates…"));
    m_tag->setText(tr("&Tag…"));
    m_note->setText(tr("Note on the entity…"));
    m_attach->setText(tr("Attach a file…"));
    m_addToDen->setText(tr("Add to a &den…"));
    m_addToDen->setToolTip(tr("Tie the selected people, phones, devices and accounts to a den (compound)"));
    m_denPage->setText(tr("Den page…"));
    m_caseNotes->setText(tr("&Case notes…"));
    m_caseNotes->setToolTip(tr("Notes on the whole case, with who wrote them and when"));
    m_tagMenu->setTitle(tr("Select by tag"));
}

void CaseEditing::addToEditMenu(QMenu *menu)
{
    menu->addSeparator();
    menu->addActions({m_new, m_edit, m_delete, m_link, m_merge, m_split, m_duplicates});
    menu->addSeparator();
    menu->addActions({m_tag, m_note, m_attach, m_addToDen, m_denPage, m_caseNotes});
    menu->addMenu(m_tagMenu);
}

void CaseEditing::addToEntityMenu(QMenu *menu)
{
    menu->addSeparator();
    menu->addActions({m_edit, m_link, m_merge, m_split, m_tag, m_note, m_attach, m_addToDen, m_denPage, m_delete});
}

QMenu *CaseEditing::newEntityMenu(const QPointF &scenePos, QWidget *parent)
{
    auto *menu = new QMenu(tr("New entity here"), parent);
    for (const EntityType type : {EntityType::Person, EntityType::Location, EntityType::Organization, EntityType::Vehicle, EntityType::Document,
                                  EntityType::Phone, EntityType::Device, EntityType::Account, EntityType::Messenger, EntityType::Email, EntityType::Sim}) {
        QAction *a = menu->addAction(QIcon(ChartStyle::iconPath(type)), entityTypeDisplayName(type) + QStringLiteral("…"));
        connect(a, &QAction::triggered, this, [this, type, scenePos] { newEntityTriggered(type, scenePos); });
    }
    menu->setEnabled(m_window->store() != nullptr);
    return menu;
}

void CaseEditing::updateActions()
{
    const bool open = m_window->store() != nullptr && !m_window->isBusy();
    const QList<EntityId> selected = m_window->scene() ? m_window->scene()->selectedEntities() : QList<EntityId>();
    bool oneType = selected.size() >= 2;
    if (oneType && open) {
        const ChartNode *first = m_window->chart()->node(selected.first());
        for (const EntityId id : selected) {
            const ChartNode *n = m_window->chart()->node(id);
            oneType = oneType && first && n && n->type == first->type;
        }
    }
    m_new->setEnabled(open);
    m_edit->setEnabled(open && selected.size() == 1);
    m_delete->setEnabled(open && !selected.isEmpty());
    m_link->setEnabled(open && selected.size() == 2);
    m_merge->setEnabled(open && oneType);
    m_split->setEnabled(open && selected.size() == 1);
    m_duplicates->setEnabled(open);
    m_tag->setEnabled(open && !selected.isEmpty());
    m_note->setEnabled(open && selected.size() == 1);
    m_attach->setEnabled(open && selected.size() == 1);
    m_addToDen->setEnabled(open && !selected.isEmpty());
    const ChartNode *one = selected.size() == 1 && m_window->chart() ? m_window->chart()->node(selected.first()) : nullptr;
    m_denPage->setEnabled(open && one && one->type == EntityType::Location);
    m_tagMenu->setEnabled(open);
    m_caseNotes->setEnabled(open);
}

CaseEditor CaseEditing::editor() const { return CaseEditor(*m_window->store()); }

Result<Entity> CaseEditing::entity(EntityId id) const
{
    auto e = m_window->store()->entity(id);
    if (!e)
        return e.error();
    if (!e->has_value())
        return Error{ErrorCode::NotFound, tr("There is no entity %1 in the case.").arg(id), {}};
    return **e;
}

void CaseEditing::failed(const Error &error)
{
    m_lastError = error;
    if (error.code == ErrorCode::Cancelled) {
        m_window->statusBar()->showMessage(error.message, 10000); // stopped as the analyst asked
        return;
    }
    m_window->showError(tr("Case data"), error);
}

bool CaseEditing::push(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
                       std::function<std::vector<std::unique_ptr<QUndoCommand>>()> chart)
{
    m_lastError = Error{};
    auto *command = new CaseEditCommand(text, std::move(redo), std::move(undo), std::move(chart), [this](const Error &e) { failed(e); });
    m_window->chart()->undoStack()->push(command); // deleted by the stack when its first redo failed
    const bool ok = m_lastError.message.isEmpty();
    if (ok)
        emit caseEdited();
    return ok;
}

std::vector<std::unique_ptr<QUndoCommand>> CaseEditing::replaceOnChart(const QList<EntityId> &remove, const QList<ChartNode> &add) const
{
    ChartDocument *chart = m_window->chart();
    std::vector<std::unique_ptr<QUndoCommand>> commands;
    QList<EntityId> present;
    for (const EntityId id : remove)
        if (chart->contains(id))
            present.append(id);
    if (!present.isEmpty())
        commands.push_back(std::make_unique<RemoveEntitiesCommand>(chart, present));
    if (add.isEmpty())
        return commands;
    // The added nodes' links to what stays on the chart, and among themselves, as the case has
    // them now.
    commands.push_back(std::make_unique<LaterCommand>([this, chart, add]() -> std::unique_ptr<QUndoCommand> {
        QSet<EntityId> added;
        for (const ChartNode &n : add)
            added.insert(n.id);
        QList<EntityId> ids = chart->nodeIds();
        for (const EntityId id : std::as_const(added))
            if (!ids.contains(id))
                ids.append(id);
        QList<Link> links;
        if (auto among = m_window->store()->linksAmong(ids))
            for (const Link &l : *among)
                if (added.contains(l.from) || added.contains(l.to))
                    links.append(l);
        return std::make_unique<AddEntitiesCommand>(chart, add, links, QHash<EntityId, qint64>{}, QString());
    }));
    return commands;
}

Result<EntityId> CaseEditing::addEntity(const ManualEntity &manual, const QPointF &scenePos, QStringList *warnings)
{
    auto id = std::make_shared<EntityId>(0);
    auto notes = std::make_shared<QStringList>();
    const bool ok = push(
        tr("New %1").arg(entityTypeDisplayName(manual.type)),
        [this, manual, id, notes]() -> Status {
            CaseEditor e = editor();
            if (*id != 0)
                return e.restoreEntity(*id);
            auto added = e.addEntity(manual, notes.get());
            if (!added)
                return added.error();
            *id = *added;
            return Ok{};
        },
        [this, id]() -> Status { return editor().deleteEntity(*id); },
        [this, id, scenePos]() {
            std::vector<std::unique_ptr<QUndoCommand>> none;
            auto e = entity(*id);
            if (!e || m_window->chart()->contains(*id))
                return none;
            return replaceOnChart({}, {ChartNode::fromEntity(*e, scenePos)});
        });
    if (!ok)
        return m_lastError;
    if (warnings)
        *warnings = *notes;
    return *id;
}

Status CaseEditing::editEntity(EntityId id, const QString &label, const QList<std::pair<QString, QString>> &attributes, const QString &note)
{
    auto before = entity(id);
    if (!before)
        return before.error();
    auto stated = editor().manualAttributes(id);
    if (!stated)
        return stated.error();
    QHash<QString, QString> old;
    for (const auto &[name, value] : std::as_const(*stated))
        old.insert(name, value);
    QList<std::pair<QString, QString>> changes;
    for (const auto &[name, value] : attributes)
        if (old.value(name) != value)
            changes.append({name, value});
    const QString oldLabel = before->label;
    if (changes.isEmpty() && label == oldLabel)
        return Ok{};
    auto apply = [this, id, note](const QString &name, const QList<std::pair<QString, QString>> &values) -> Status {
        CaseEditor e = editor();
        if (Status s = e.setLabel(id, name); !s)
            return s;
        for (const auto &[n, v] : values)
            if (Status s = e.setAttribute(id, n, v, note); !s)
                return s;
        return Ok{};
    };
    QList<std::pair<QString, QString>> back;
    for (const auto &[name, value] : std::as_const(changes))
        back.append({name, old.value(name)});
    const bool ok = push(
        tr("Edit %1").arg(oldLabel.isEmpty() ? before->key : oldLabel), [apply, label, changes] { return apply(label, changes); },
        [apply, oldLabel, back] { return apply(oldLabel, back); },
        [this, id, label]() {
            std::vector<std::unique_ptr<QUndoCommand>> none;
            const ChartNode *node = m_window->chart()->node(id);
            if (!node || node->label == label)
                return none;
            ChartNode renamed = *node;
            renamed.label = label;
            return replaceOnChart({id}, {renamed});
        });
    return ok ? Status(Ok{}) : Status(m_lastError);
}

Status CaseEditing::deleteEntities(const QList<EntityId> &ids)
{
    const bool ok = push(
        tr("Delete %n entities from the case", nullptr, int(ids.size())),
        [this, ids]() -> Status {
            CaseEditor e = editor();
            for (const EntityId id : ids)
                if (Status s = e.deleteEntity(id); !s)
                    return s;
            return Ok{};
        },
        [this, ids]() -> Status {
            CaseEditor e = editor();
            for (const EntityId id : ids)
                if (Status s = e.restoreEntity(id); !s)
                    return s;
            return Ok{};
        },
        [this, ids]() { return replaceOnChart(ids, {}); });
    return ok ? Status(Ok{}) : Status(m_lastError);
}

Result<qint64> CaseEditing::addLink(const ManualLink &link, QStringList *warnings)
{
    auto id = std::make_shared<qint64>(0);
    auto notes = std::make_shared<QStringList>();
    const bool ok = push(
        tr("Link: %1").arg(linkKindDisplayName(link.kind)),
        [this, link, id, notes]() -> Status {
            auto added = editor().addLink(link, notes.get());
            if (!added)
                return added.error();
            *id = *added;
            return Ok{};
        },
        [this, id]() -> Status { return editor().withdrawLink(*id); },
        [this, link]() {
            std::vector<std::unique_ptr<QUndoCommand>> commands;
            ChartDocument *chart = m_window->chart();
            if (!chart->contains(link.from) || !chart->contains(link.to))
                return commands;
            Link drawn;
            drawn.from = link.from;
            drawn.to = link.to;
            drawn.kind = link.kind;
            drawn.count = 1;
            drawn.confidence = link.confidence;
            commands.push_back(std::make_unique<AddEntitiesCommand>(chart, QList<ChartNode>{}, QList<Link>{drawn}, QHash<EntityId, qint64>{}, QString()));
            return commands;
        });
    if (!ok)
        return m_lastError;
    if (warnings)
        *warnings = *notes;
    return *id;
}

Result<MergeRecord> CaseEditing::merge(EntityId survivor, const QList<EntityId> &others, const QString &reason)
{
    auto record = std::make_shared<MergeRecord>();
    ChartDocument *chart = m_window->chart();
    // Where the survivor goes: its own place, or the first merged entity's.
    QPointF place;
    if (const ChartNode *n = chart->node(survivor))
        place = n->position;
    else
        for (const EntityId id : others)
            if (const ChartNode *n = chart->node(id)) {
                place = n->position;
                break;
            }
    const bool ok = push(
        tr("Merge %n entities", nullptr, int(others.size() + 1)),
        [this, survivor, others, reason, record, first = std::make_shared<bool>(true)]() -> Status {
            return mergeOnWorker(survivor, others, reason, record, std::exchange(*first, false));
        },
        [this, record]() -> Status { return splitOnWorker(*record, false); },
        [this, survivor, others, place]() {
            std::vector<std::unique_ptr<QUndoCommand>> none;
            ChartDocument *doc = m_window->chart();
            bool onChart = doc->contains(survivor);
            for (const EntityId id : others)
                onChart = onChart || doc->contains(id);
            auto e = entity(survivor);
            if (!onChart || !e)
                return none;
            ChartNode node = doc->contains(survivor) ? *doc->node(survivor) : ChartNode::fromEntity(*e, place);
            node.label = e->label;
            return replaceOnChart(QList<EntityId>(others) << survivor, {node});
        });
    if (!ok)
        return m_lastError;
    return *record;
}

Status CaseEditing::mergeOnWorker(EntityId survivor, const QList<EntityId> &others, const QString &reason,
                                  const std::shared_ptr<MergeRecord> &record, bool cancellable)
{
    return m_window->editCase(tr("Merging entities"), cancellable, [=](CaseStore &store, const Progress &progress) -> Status {
        auto merged = CaseEditor(store, &progress).merge(survivor, others, reason);
        if (!merged)
            return merged.error();
        *record = *merged; // read on the GUI thread after the worker has ended
        return Ok{};
    });
}

Status CaseEditing::splitOnWorker(const MergeRecord &merge, bool cancellable)
{
    return m_window->editCase(tr("Splitting the merge"), cancellable, [merge](CaseStore &store, const Progress &progress) -> Status {
        // The merge of these entities in force now: undoing a split merges them again under a
        // new number, which the merge's own undo (or the split's redo) must split.
        CaseEditor editor(store, &progress);
        auto merges = editor.mergesInto(merge.survivor);
        if (!merges)
            return merges.error();
        const QSet<EntityId> absorbed(merge.absorbed.cbegin(), merge.absorbed.cend());
        for (const MergeRecord &m : std::as_const(*merges))
            if (QSet<EntityId>(m.absorbed.cbegin(), m.absorbed.cend()) == absorbed)
                return editor.split(m.id);
        return Error{ErrorCode::NotFound, tr("The merge into %1 is no longer in force; nothing was split.").arg(merge.survivor), {}};
    });
}

Status CaseEditing::split(EntityId survivor)
{
    auto merges = editor().mergesInto(survivor);
    if (!merges)
        return merges.error();
    if (merges->isEmpty())
        return Error{ErrorCode::NotFound, tr("Nothing was merged into this entity."), {}};
    auto record = std::make_shared<MergeRecord>(merges->first());
    const QPointF centre = m_window->chart()->node(survivor) ? m_window->chart()->node(survivor)->position : QPointF();
    const bool ok = push(
        tr("Split"), [this, record, first = std::make_shared<bool>(true)]() -> Status { return splitOnWorker(*record, std::exchange(*first, false)); },
        [this, record]() -> Status {
            // Merged again, with the reason it had.
            return mergeOnWorker(record->survivor, record->absorbed, record->reason, record, false);
        },
        [this, record, centre]() {
            std::vector<std::unique_ptr<QUndoCommand>> none;
            ChartDocument *doc = m_window->chart();
            if (!doc->contains(record->survivor))
                return none;
            QList<ChartNode> absorbed;
            for (const EntityId id : std::as_const(record->absorbed))
                if (auto e = entity(id))
                    absorbed.append(ChartNode::fromEntity(*e));
            const QList<QPointF> places = doc->placeAround(centre, absorbed);
            for (qsizetype i = 0; i < absorbed.size(); ++i)
                absorbed[i].position = places[i];
            return replaceOnChart({record->survivor}, QList<ChartNode>{*doc->node(record->survivor)} + absorbed);
        });
    return ok ? Status(Ok{}) : Status(m_lastError);
}

Status CaseEditing::tag(const QList<EntityId> &ids, const QString &name, const QString &colour)
{
    auto tags = editor().tags();
    if (!tags)
        return tags.error();
    QString chosen = colour;
    if (chosen.isEmpty() && std::none_of(tags->cbegin(), tags->cend(), [&](const Tag &t) { return t.name == name.trimmed(); }))
        chosen = QString::fromLatin1(TagColours[tags->size() % std::size(TagColours)]);
    const bool ok = push(
        tr("Tag \"%1\"").arg(name.trimmed()),
        [this, ids, name, chosen]() -> Status {
            auto t = editor().tag(ids, name, chosen);
            return t ? Status(Ok{}) : Status(t.error());
        },
        [this, ids, name]() -> Status { return editor().untag(ids, name); }, {});
    return ok ? Status(Ok{}) : Status(m_lastError);
}

Status CaseEditing::addToDen(EntityId den, const QList<EntityId> &ids, Confidence confidence, const QString &note)
{
    auto links = std::make_shared<QList<qint64>>();
    QPointF centre;
    int placed = 0;
    for (const EntityId id : ids)
        if (const ChartNode *n = m_window->chart()->node(id)) {
            centre += n->position;
            ++placed;
        }
    if (placed > 0)
        centre /= placed;
    const bool ok = push(
        tr("Add to den"),
        [this, den, ids, confidence, note, links]() -> Status {
            auto made = editor().addToDen(den, ids, confidence, note);
            if (!made)
                return made.error();
            *links = *made;
            return Ok{};
        },
        [this, links]() -> Status {
            CaseEditor e = editor();
            for (auto it = links->crbegin(); it != links->crend(); ++it)
                if (Status s = e.withdrawLink(*it); !s)
                    return s;
            return Ok{};
        },
        [this, den, centre]() {
            // The den drawn again with its links to what is on the chart (beside it when new).
            std::vector<std::unique_ptr<QUndoCommand>> none;
            auto place = entity(den);
            if (!place)
                return none;
            const ChartNode *node = m_window->chart()->node(den);
            const ChartNode drawn = node ? *node : ChartNode::fromEntity(*place, centre + QPointF(0, -160));
            return replaceOnChart({den}, {drawn});
        });
    return ok ? Status(Ok{}) : Status(m_lastError);
}

Status CaseEditing::selectTagged(const QString &tag)
{
    auto tagged = editor().taggedWith(tag);
    if (!tagged)
        return tagged.error();
    QList<EntityId> onChart;
    for (const EntityId id : std::as_const(*tagged))
        if (m_window->chart()->contains(id))
            onChart.append(id);
    m_window->scene()->clearSelection();
    m_window->scene()->selectEntities(onChart);
    return Ok{};
}

void CaseEditing::newEntityTriggered(EntityType type, const QPointF &scenePos)
{
    if (!m_window->store())
        return;
    CaseStore *store = m_window->store();
    EntityDialog dialog(type, [store](const ManualEntity &e) { return CaseEditor(*store).check(e); }, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)addEntity(dialog.entity(), scenePos);
}

void CaseEditing::editTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.size() != 1)
        return;
    auto e = entity(selected.first());
    if (!e)
        return failed(e.error());
    auto stated = editor().manualAttributes(e->id);
    if (!stated)
        return failed(stated.error());
    EntityDialog dialog(e->type, {}, m_window);
    dialog.setEditing(*e, *stated);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ManualEntity edited = dialog.entity();
    (void)editEntity(e->id, edited.label, edited.attributes, edited.note);
}

void CaseEditing::deleteTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.isEmpty())
        return;
    qint64 events = 0, links = 0;
    for (const EntityId id : selected) {
        auto impact = editor().deleteImpact(id);
        if (!impact)
            return failed(impact.error());
        events += impact->events;
        links += impact->links;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete from the case"),
                    tr("Delete %n entities from the case?", nullptr, int(selected.size())), QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("They leave search, expansion, analysis and every chart. The %1 events they take part in stay in the case "
                              "(evidence is never removed), and %2 links are hidden with them. Edit → Undo brings them back.")
                               .arg(events)
                               .arg(links));
    QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    (void)deleteEntities(selected);
}

void CaseEditing::linkTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.size() != 2)
        return;
    auto a = entity(selected[0]);
    auto b = entity(selected[1]);
    if (!a || !b)
        return failed(a ? b.error() : a.error());
    LinkDialog dialog(*a, *b, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)addLink(dialog.link());
}

void CaseEditing::mergeTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    QList<Entity> entities;
    for (const EntityId id : selected) {
        auto e = entity(id);
        if (!e)
            return failed(e.error());
        entities.append(*e);
    }
    MergeDialog dialog(entities, {}, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)merge(dialog.survivor(), dialog.others(), dialog.reason());
}

void CaseEditing::splitTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.size() != 1)
        return;
    if (Status s = split(selected.first()); !s)
        failed(s.error());
}

void CaseEditing::duplicatesTriggered()
{
    // Read on a worker: every number kept raw and every name of a big case is looked at.
    auto candidates = std::make_shared<QList<DuplicateCandidate>>();
    const Status read = m_window->readCase(tr("Finding duplicates"), [candidates](const CaseStore &store, const Progress &progress) -> Status {
        auto found = CaseEditor(store, &progress).duplicateCandidates();
        if (!found)
            return found.error();
        *candidates = std::move(*found);
        return Ok{};
    });
    if (!read)
        return failed(read.error());
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Possible duplicates"));
    auto *list = new QTreeWidget(&dialog);
    list->setHeaderLabels({tr("Entities"), tr("Why")});
    list->setRootIsDecorated(false);
    for (qsizetype i = 0; i < candidates->size(); ++i) {
        QStringList names;
        for (const Entity &e : candidates->at(i).entities)
            names << (e.label.isEmpty() ? e.reference() : QStringLiteral("%1 (%2)").arg(e.label, e.reference()));
        auto *item = new QTreeWidgetItem(list, {names.join(QStringLiteral(" · ")), candidates->at(i).evidence});
        item->setData(0, Qt::UserRole, int(i));
    }
    auto *note = new QLabel(tr("%n candidates. Nothing is merged unless you merge it, with a reason.", nullptr, int(candidates->size())), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *mergeButton = buttons->addButton(tr("Merge…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(mergeButton, &QPushButton::clicked, &dialog, [&] {
        if (!list->currentItem())
            return;
        const DuplicateCandidate &c = candidates->at(list->currentItem()->data(0, Qt::UserRole).toInt());
        MergeDialog merging(c.entities, c.evidence, &dialog);
        if (merging.exec() != QDialog::Accepted)
            return;
        if (merge(merging.survivor(), merging.others(), merging.reason()))
            delete list->currentItem();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
}

void CaseEditing::tagTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.isEmpty())
        return;
    auto tags = editor().tags();
    if (!tags)
        return failed(tags.error());
    QStringList names;
    for (const Tag &t : std::as_const(*tags))
        names << t.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Tag"), tr("Tag for the %n selected entities:", nullptr, int(selected.size())), names, 0, true, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    (void)tag(selected, name);
}

void CaseEditing::noteTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.size() != 1)
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Note on the entity"));
    auto *text = new QTextEdit(&dialog);
    text->setAcceptRichText(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return;
    auto added = editor().addNote(selected.first(), text->toHtml());
    if (!added)
        return failed(added.error());
    emit caseEdited();
}

void CaseEditing::attachTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.size() != 1)
        return;
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Attach a file"), QString(),
                                                      tr("Photographs and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"));
    if (file.isEmpty())
        return;
    auto attached = editor().attach(selected.first(), file);
    if (!attached)
        return failed(attached.error());
    emit caseEdited();
}

void CaseEditing::addToDenTriggered()
{
    QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.isEmpty())
        return;
    auto dens = editor().entitiesOfType(EntityType::Location);
    if (!dens)
        return failed(dens.error());
    QStringList names{tr("A new den…")};
    for (const Entity &d : std::as_const(*dens))
        names << (d.label.isEmpty() ? d.key : QStringLiteral("%1 (%2)").arg(d.label, d.key));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Add to a den"), tr("The den (compound) for the %n selected entities:", nullptr, int(selected.size())),
                                                 names, dens->isEmpty() ? 0 : 1, false, &ok);
    if (!ok)
        return;
    EntityId den = 0;
    const qsizetype index = names.indexOf(chosen);
    if (index <= 0) {
        CaseStore *store = m_window->store();
        EntityDialog dialog(EntityType::Location, [store](const ManualEntity &e) { return CaseEditor(*store).check(e); }, m_window);
        dialog.typeBox()->setEnabled(false);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QPointF centre;
        for (const EntityId id : std::as_const(selected))
            if (const ChartNode *n = m_window->chart()->node(id))
                centre = n->position + QPointF(0, -160);
        auto made = addEntity(dialog.entity(), centre);
        if (!made)
            return;
        den = *made;
    } else {
        den = dens->at(index - 1).id;
    }
    selected.removeAll(den);
    (void)addToDen(den, selected, Confidence::Confirmed, QString());
}

void CaseEditing::denPageTriggered()
{
    const QList<EntityId> selected = m_window->scene()->selectedEntities();
    if (selected.size() != 1)
        return;
    DenPage page(*m_window->store(), selected.first(), m_window);
    connect(&page, &DenPage::putOnChart, this, [this](const QList<EntityId> &ids) {
        const QPointF centre = m_window->view()->mapToScene(m_window->view()->viewport()->rect().center());
        if (Status s = m_window->addToChart(ids, centre); !s)
            failed(s.error());
    });
    page.exec();
}

void CaseEditing::caseNotesTriggered()
{
    if (!m_window->store())
        return;
    auto notes = editor().notes(0);
    if (!notes)
        return failed(notes.error());
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Case notes"));
    auto *earlier = new QTextBrowser(&dialog);
    QString html;
    for (const Note &n : std::as_const(*notes))
        html += QStringLiteral("%1<p><small style='color:#555'>%2</small></p><hr>")
                    .arg(n.html, tr("%1, %2").arg(n.examiner, timetext::isoDateTime(n.modifiedAt.toLocalTime(), false)).toHtmlEscaped());
    earlier->setHtml(html.isEmpty() ? QStringLiteral("<p style='color:#666'>%1</p>").arg(tr("No case notes yet.").toHtmlEscaped()) : html);
    auto *text = new QTextEdit(&dialog);
    text->setAcceptRichText(true);
    text->setPlaceholderText(tr("A new note on the case"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(earlier, 2);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(620, 520);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return;
    auto added = editor().addNote(0, text->toHtml());
    if (!added)
        return failed(added.error());
    emit caseEdited();
}

void CaseEditing::fillTagMenu()
{
    m_tagMenu->clear();
    if (!m_window->store())
        return;
    auto tags = editor().tags();
    if (!tags || tags->isEmpty()) {
        QAction *none = m_tagMenu->addAction(tr("No tags yet"));
        none->setEnabled(false);
        Shortcuts::markWithout(none, Shortcuts::Reason::OneOfList);
        return;
    }
    for (const Tag &t : std::as_const(*tags)) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(t.colour.isEmpty() ? QStringLiteral("#9e9e9e") : t.colour));
        QAction *a = m_tagMenu->addAction(QIcon(swatch), t.name);
        Shortcuts::markWithout(a, Shortcuts::Reason::OneOfList);
        connect(a, &QAction::triggered, this, [this, name = t.name] {
            if (Status s = selectTagged(name); !s)
                failed(s.error());
        });
    }
}

} // namespace sg

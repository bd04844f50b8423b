#pragma once

#include "core/store/caseeditor.h"

#include <QObject>
#include <QPointF>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QUndoCommand;
class QWidget;

namespace sg {

struct ChartNode;
class MainWindow;

// The main window's case editing by hand (issue 12): new entities from a form or the chart's
// context menu, editing and deleting them, links the analyst states, merging and splitting,
// duplicate candidates, tags, notes and attachments. Every change of the case goes through
// CaseEditor and is one undoable step on the chart's undo stack together with what it changes
// on the chart (a merged entity's node replaced by the survivor's, a new entity placed, a new
// link drawn). Owned by the main window; GUI thread.
class CaseEditing : public QObject
{
    Q_OBJECT

public:
    explicit CaseEditing(MainWindow *window);
    ~CaseEditing() override;

    // The Edit menu's part and the chart's context menus.
    void addToEditMenu(QMenu *menu);
    void addToEntityMenu(QMenu *menu);
    QMenu *newEntityMenu(const QPointF &scenePos, QWidget *parent);
    void retranslate();
    void updateActions();

    // What the actions do, for the dialogs' results and for tests: each one undoable step.
    Result<EntityId> addEntity(const ManualEntity &entity, const QPointF &scenePos, QStringList *warnings = nullptr);
    Status editEntity(EntityId id, const QString &label, const QList<std::pair<QString, QString>> &attributes, const QString &note);
    Status deleteEntities(const QList<EntityId> &ids);
    Result<qint64> addLink(const ManualLink &link, QStringList *warnings = nullptr);
    Result<MergeRecord> merge(EntityId survivor, const QList<EntityId> &others, const QString &reason);
    Status split(EntityId survivor);
    Status tag(const QList<EntityId> &ids, const QString &name, const QString &colour = {});
    // Ties `ids` to den `den`, putting the den on the chart beside them if it is not there.
    Status addToDen(EntityId den, const QList<EntityId> &ids, Confidence confidence, const QString &note);
    // Selects the chart's entities that carry `tag`.
    Status selectTagged(const QString &tag);

signals:
    // After an edit of the case (the inspector shows it again).
    void caseEdited();

private:
    CaseEditor editor() const;
    Result<Entity> entity(EntityId id) const;
    // Chart commands that take `remove` off the chart and put `add` on it with their links to
    // what stays.
    std::vector<std::unique_ptr<QUndoCommand>> replaceOnChart(const QList<EntityId> &remove, const QList<ChartNode> &add) const;
    bool push(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
              std::function<std::vector<std::unique_ptr<QUndoCommand>>()> chart);
    void failed(const Error &error);
    // The merge and the split on a worker with their own connection (MainWindow::editCase): on
    // the busiest numbers of a big case they take seconds. Cancel is offered only on an edit's
    // first run; its undo and redo must complete, the chart having been changed with them.
    Status mergeOnWorker(EntityId survivor, const QList<EntityId> &others, const QString &reason, const std::shared_ptr<MergeRecord> &record,
                         bool cancellable);
    // Splits the merge in force of `merge`'s entities into its survivor (whatever its number).
    Status splitOnWorker(const MergeRecord &merge, bool cancellable);

    void newEntityTriggered(EntityType type, const QPointF &scenePos);
    void editTriggered();
    void deleteTriggered();
    void linkTriggered();
    void mergeTriggered();
    void splitTriggered();
    void duplicatesTriggered();
    void tagTriggered();
    void noteTriggered();
    void attachTriggered();
    void addToDenTriggered();
    void caseNotesTriggered();
    void denPageTriggered();
    void fillTagMenu();

    MainWindow *m_window;
    Error m_lastError;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_link = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_duplicates = nullptr;
    QAction *m_tag = nullptr;
    QAction *m_note = nullptr;
    QAction *m_attach = nullptr;
    QAction *m_addToDen = nullptr;
    QAction *m_caseNotes = nullptr;
    QAction *m_denPage = nullptr;
    QMenu *m_tagMenu = nullptr;
};

} // namespace sg

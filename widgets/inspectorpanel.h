#pragma once

#include "core/model/records.h"
#include "core/report/profiles.h"

#include <QWidget>

#include <optional>

class QTableWidget;
class QTextBrowser;

namespace sg {

class CaseStore;

// Shows what the case knows about the selected entity: type, key (and whether it is kept raw),
// names, how many events and neighbours, and every source that mentions it with the first
// record. With nothing selected, an overview of the case: its number, region and zone, its
// sources, entities and events by type, links and charts, and how to begin; read on a worker
// with a connection of its own, again after each import or edit. GUI thread.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    void setStore(const CaseStore *store);
    void showEntities(const QList<EntityId> &ids);
    // Shows the same entities again, as the case now has them (after an edit).
    void refreshShown() { refresh(); }
    // A link: the two entities, what moved between them, and every event behind it in a
    // sortable table (time with its offset, from, to, kind, duration, amount, text, status,
    // source and record).
    void showLink(EntityId a, EntityId b);
    // A link as drawn: between groups of entities (a collapsed group, a person standing for
    // phones), named as on the chart.
    void showLink(const QList<EntityId> &sideA, const QList<EntityId> &sideB, const QString &nameA, const QString &nameB);
    // The case has changed (an import, an edit, a chart saved): the overview is read again.
    void caseChanged();
    QString text() const; // plain text, for tests
    // Whether the overview shown is the case as last read (for tests).
    bool overviewIsCurrent() const { return m_overview.has_value() && !m_overviewPending; }
    int eventRowCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshLink();
    bool showsOverview() const { return m_store && m_ids.isEmpty() && !m_link; }
    void readOverview();
    QString overviewHtml() const;
    // The tags, notes, attachments and merges of an entity, as HTML.
    QString editsHtml(EntityId id) const;
    // Writes an attachment out of the case to a file the analyst chooses.
    void saveAttachment(qint64 attachmentId);

    const CaseStore *m_store = nullptr;
    QList<EntityId> m_ids;
    struct LinkSides
    {
        QList<EntityId> a, b;
        QString nameA, nameB; // empty: the entities' own names
    };
    std::optional<LinkSides> m_link;
    std::optional<CaseSummary> m_overview; // the case as last read for the overview
    bool m_overviewStale = true;
    bool m_overviewPending = false;
    quint64 m_overviewGeneration = 0;
    QTextBrowser *m_browser;
    QTableWidget *m_events;
};

} // namespace sg

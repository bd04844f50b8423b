#pragma once

#include "core/chart/chartdocument.h"
#include "core/model/records.h"
#include "core/model/result.h"

#include <QCoreApplication>

namespace sg {

class CaseStore;
class Progress;

// Brings entities from the case onto a chart as undoable commands: from a search or a drop, and
// by expanding neighbours. Shared by the GUI and the CLI so that both draw the same chart.
class ChartExpander
{
    Q_DECLARE_TR_FUNCTIONS(sg::ChartExpander)

public:
    ChartExpander(ChartDocument &document, const CaseStore &store);

    // Adds entities (with the links they have to what is already there) around `position`:
    // addPlan() and then apply().
    Status add(const QList<EntityId> &ids, const QPointF &position, const QString &commandText = {});
    // Adds the parties of the events behind a drawn link (between any entity of one side and
    // any of the other): the two ends' entities and the cell sites that served the events.
    // Returns how many were added.
    Result<int> addLinkParties(const QList<EntityId> &sideA, const QList<EntityId> &sideB, const QPointF &position);
    // Adds up to filter.limit new neighbours of each entity; the rest are counted on the entity's
    // "N more" marker, and asking again brings the next ones. A hub (an entity with more
    // neighbours in the case than the chart's hub degree) brings at most HubPageSize at a time,
    // most connected first. Returns how many were added. plan() and then apply().
    Result<int> expand(const QList<EntityId> &ids, const ExpandFilter &filter);
    // What expand() would add, read from the case and the chart without changing either; it only
    // reads, so the GUI reads a large request on a worker (with a connection of its own) while
    // the chart waits unchanged. Cancelling `progress` stops the reading (ErrorCode::Cancelled).
    // neighbours() is its first part, the entities to add (most connected first): the GUI asks
    // about a large number before the rest is read; plan() then goes on from `found`.
    struct Plan
    {
        QList<ChartNode> nodes;     // placed, with their degrees
        QList<Link> links;          // those touching a new node
        QHash<EntityId, qint64> more; // each expanded entity's "N more" (0 clears it)
        QString text;               // the undo step's name
        // `links` merged into the chart's links as they were read, off the window's thread;
        // null when the chart had more links than the plan brings (copying them would cost more
        // than merging them in the window).
        std::shared_ptr<MergedLinks> merged;
    };
    Result<ExpandResult> neighbours(const QList<EntityId> &ids, const ExpandFilter &filter, const Progress *progress = nullptr) const;
    Result<Plan> plan(const QList<EntityId> &ids, const ExpandFilter &filter, const Progress *progress = nullptr,
                      const ExpandResult *found = nullptr) const;
    // What add() would add (those of `ids` not on the chart yet, placed around `position`, with
    // their links), read like plan(): only reading, so the GUI reads many on a worker.
    Result<Plan> addPlan(const QList<EntityId> &ids, const QPointF &position, const QString &commandText = {},
                         const Progress *progress = nullptr) const;
    // Those of `ids` not on the chart, each once, in their order.
    QList<EntityId> notOnChart(const QList<EntityId> &ids) const;
    // Adds a plan read from this chart as it still is, as one undo step; returns how many
    // entities were added.
    int apply(const Plan &plan);
    // Replace view: each of `ids` (all entities on the chart when empty) that a person in the case
    // owns or uses is drawn as that person, who is added when missing. One undo step; returns
    // how many entities are now drawn as their owner.
    Result<int> showOwners(QList<EntityId> ids = {});

    static constexpr int HubPageSize = 10;

private:
    // `read` in one read transaction that `progress` may stop; ErrorCode::Cancelled with
    // `stopped` when it did.
    template <typename Read>
    auto watched(const Progress *progress, const QString &stopped, Read read) const -> decltype(read());
    static QString expansionStopped();
    // The plan's links merged into a copy of the chart's, where that costs no more than merging
    // them in the window.
    void mergeAhead(Plan &plan) const;
    Result<ExpandResult> readNeighbours(const QList<EntityId> &ids, ExpandFilter filter) const;
    Result<Plan> readPlan(const QList<EntityId> &ids, const ExpandFilter &filter, const ExpandResult &found) const;
    Result<QList<Link>> linksTouching(const QList<EntityId> &added, const ExpandFilter *filter = nullptr) const;
    Status fillDegrees(QList<ChartNode> &nodes) const;

    ChartDocument &m_document;
    const CaseStore &m_store;
};

} // namespace sg

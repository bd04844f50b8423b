#pragma once

#include "core/chart/chartdocument.h"
#include "core/model/records.h"
#include "core/model/result.h"

#include <QCoreApplication>

namespace sg {

class CaseStore;

// Brings entities from the case onto a chart as undoable commands: from a search or a drop, and
// by expanding neighbours. Shared by the GUI and the CLI so that both draw the same chart.
class ChartExpander
{
    Q_DECLARE_TR_FUNCTIONS(sg::ChartExpander)

public:
    ChartExpander(ChartDocument &document, const CaseStore &store);

    // Adds entities (with the links they have to what is already there) around `position`.
    Status add(const QList<EntityId> &ids, const QPointF &position);
    // Adds up to filter.limit new neighbours of each entity; the rest are counted on the entity's
    // "N more" marker, and asking again brings the next ones. Returns how many were added.
    Result<int> expand(const QList<EntityId> &ids, ExpandFilter filter);

private:
    Result<QList<Link>> linksTouching(const QList<EntityId> &added) const;

    ChartDocument &m_document;
    const CaseStore &m_store;
};

} // namespace sg

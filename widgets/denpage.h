#pragma once

#include "core/store/caseeditor.h"

#include <QDialog>

class QTreeWidget;

namespace sg {

class CaseStore;
class DayHistogram;

// A den's page: its members, phones, devices and accounts as the case ties them to it, and
// their events over time (per day, in each record's local time). "Put on the chart" adds them
// all. Reads the case it is given; modal; GUI thread.
class DenPage : public QDialog
{
    Q_OBJECT

public:
    DenPage(const CaseStore &store, EntityId den, QWidget *parent = nullptr);

    const DenContents &contents() const { return m_contents; }
    qint64 eventCount() const { return m_events; }
    QTreeWidget *list() const { return m_list; }

signals:
    void putOnChart(const QList<sg::EntityId> &ids);

private:
    DenContents m_contents;
    qint64 m_events = 0;
    QTreeWidget *m_list;
    DayHistogram *m_days;
};

} // namespace sg

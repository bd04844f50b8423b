#include "widgets/denpage.h"

#include "core/model/timetext.h"
#include "core/store/casestore.h"
#include "widgets/activitypanel.h"
#include "widgets/chartstyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sg {

DenPage::DenPage(const CaseStore &store, EntityId den, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_days(new DayHistogram(this))
{
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    m_list->setHeaderLabels({tr("Entity"), tr("Identifier")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto contents = CaseEditor(store).denContents(den);
    if (!contents) {
        summary->setText(contents.error().message);
    } else {
        m_contents = *contents;
        setWindowTitle(tr("Den: %1").arg(m_contents.den.label.isEmpty() ? m_contents.den.key : m_contents.den.label));
        const std::pair<QString, const QList<Entity> *> sections[] = {{tr("Members"), &m_contents.members},
                                                                       {tr("Phones, SIMs and messenger accounts"), &m_contents.phones},
                                                                       {tr("Devices"), &m_contents.devices},
                                                                       {tr("Accounts"), &m_contents.accounts},
                                                                       {tr("Other"), &m_contents.others}};
        for (const auto &[title, entities] : sections) {
            if (entities->isEmpty())
                continue;
            auto *section = new QTreeWidgetItem(m_list, {tr("%1 (%2)").arg(title).arg(entities->size())});
            for (const Entity &e : *entities) {
                auto *item = new QTreeWidgetItem(section, {e.label.isEmpty() ? e.key : e.label, e.reference()});
                item->setIcon(0, QIcon(ChartStyle::iconPath(e.type)));
            }
            section->setExpanded(true);
            section->setFirstColumnSpanned(true);
        }
        const QList<EntityId> ids = m_contents.all();
        ActivityCounts counts;
        if (!ids.isEmpty())
            if (auto read = store.activity(ids))
                counts = *read;
        m_days->setCounts(counts);
        m_events = counts.total;
        const QString range = m_events > 0 ? tr("from %1 to %2").arg(timetext::date(counts.byDay.first().first), timetext::date(counts.byDay.last().first))
                                           : QString();
        summary->setText(tr("%1 entities tied to the den; %2 events %3, per day below (each record's local time).")
                             .arg(ids.size())
                             .arg(m_events)
                             .arg(range));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *chart = buttons->addButton(tr("Put on the chart"), QDialogButtonBox::ActionRole);
    chart->setEnabled(!m_contents.all().isEmpty());
    connect(chart, &QPushButton::clicked, this, [this] {
        emit putOnChart(QList<EntityId>{m_contents.den.id} + m_contents.all());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_days, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace sg

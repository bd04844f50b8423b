#include "widgets/analysispanel.h"

#include "core/chart/chartdocument.h"
#include "core/graph/paths.h"
#include "core/graph/patterns.h"
#include "core/graph/report.h"
#include "core/model/progress.h"
#include "core/store/casestore.h"
#include "widgets/backgroundtask.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sg {

namespace {

// Colours that stay apart in print, for groups.
const char *const GroupColours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
                                    "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f", "#393b79", "#637939"};

// Light to dark red by `t` in 0..1.
QString rampColour(double t)
{
    const QColor low(0xfd, 0xd4, 0x9e), high(0xb3, 0x00, 0x00);
    const auto mix = [t](int a, int b) { return int(std::lround(a + (b - a) * std::clamp(t, 0.0, 1.0))); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue())).name();
}

// A time in the results: to the minute, in UTC.
QString utcMinutes(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

bool isPattern(const QString &what)
{
    return what == QLatin1String("mules") || what.startsWith(QLatin1String("fan")) || what == QLatin1String("simbox")
        || what == QLatin1String("hints") || what == QLatin1String("trace");
}

} // namespace

struct AnalysisPanel::Result
{
    struct Line
    {
        EntityId id = 0;
        EntityType type = EntityType::Phone;
        QString name;
        double value = 0;
        QString text;
    };
    QString what;  // the key it was run with ("betweenness", "trace", ...)
    QString title;
    QList<Line> lines;
    bool grouped = false; // values are group numbers
    bool ordered = false; // a path: the rows' order is the answer
    QString summary;

    // A row for vertex `v`: named by its label and key, or its key alone.
    void add(const GraphSnapshot &g, int v, double value, const QString &text)
    {
        const SnapshotVertex &x = g.vertex(v);
        lines.append(Line{x.id, x.type, x.label.isEmpty() ? x.key : QStringLiteral("%1 (%2)").arg(x.label, x.key), value, text});
    }
};

// The rows of a result, read where they lie: a measure over the whole case lists every entity
// (248,838 for the 5M case), and an item for each, sorted by Qt's item comparisons, held the
// window 4.6 s. Sorting reorders a list of row numbers, stably, as a table's sort does.
class AnalysisPanel::ResultModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    // `result` stays alive until the next call (the panel's last result), or null.
    void setResult(const Result *result)
    {
        beginResetModel();
        m_result = result;
        m_order.resize(result ? size_t(result->lines.size()) : 0);
        std::iota(m_order.begin(), m_order.end(), 0);
        endResetModel();
    }
    const Result::Line &line(int row) const { return m_result->lines[m_order[size_t(row)]]; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_order.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const Result::Line &l = line(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case 0: return l.name;
            case 1: return entityTypeDisplayName(l.type);
            default: return l.text;
            }
        }
        if (role == Qt::TextAlignmentRole && index.column() == 2)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
            return {};
        return m_headers[section];
    }
    void setHeaders(const QStringList &headers)
    {
        m_headers = headers;
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
    // The name and the type as text, the value as a number; equal rows keep their order.
    void sort(int column, Qt::SortOrder order) override
    {
        if (!m_result || m_result->ordered)
            return;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        // The selection and the current row follow their lines.
        const QModelIndexList before = persistentIndexList();
        QList<int> linesBefore;
        linesBefore.reserve(before.size());
        for (const QModelIndex &i : before)
            linesBefore.append(m_order[size_t(i.row())]);
        const QList<Result::Line> &lines = m_result->lines;
        const bool up = order == Qt::AscendingOrder;
        if (column == 2) {
            std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
                return up ? lines[a].value < lines[b].value : lines[b].value < lines[a].value;
            });
        } else {
            // The type's translated name made once per type, not at every comparison.
            QHash<EntityType, QString> typeNames;
            if (column == 1)
                for (const Result::Line &l : lines)
                    if (!typeNames.contains(l.type))
                        typeNames.insert(l.type, entityTypeDisplayName(l.type));
            auto text = [&](int i) -> const QString & { return column == 1 ? typeNames[lines[i].type] : lines[i].name; };
            std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return up ? text(a) < text(b) : text(b) < text(a); });
        }
        std::vector<int> rowOfLine(m_order.size());
        for (size_t r = 0; r < m_order.size(); ++r)
            rowOfLine[size_t(m_order[r])] = int(r);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after.append(index(rowOfLine[size_t(linesBefore[k])], before[k].column()));
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

private:
    const Result *m_result = nullptr;
    std::vector<int> m_order; // row -> line
    QStringList m_headers;
};

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_moneyOnly(new QCheckBox(this))
    , m_run(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeView(this))
    , m_model(new ResultModel(this))
    , m_select(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_size(new QPushButton(this))
    , m_colour(new QPushButton(this))
    , m_money(new QPushButton(this))
    , m_scopeLabel(new QLabel(this))
    , m_measureLabel(new QLabel(this))
    , m_directionLabel(new QLabel(this))
    , m_windowLabel(new QLabel(this))
{
    auto *form = new QFormLayout;
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_measureLabel, m_measure);
    form->addRow(m_directionLabel, m_direction);
    form->addRow(m_windowLabel, m_window);
    form->addRow(QString(), m_moneyOnly);
    m_window->setRange(0, 24 * 365);
    // The lists follow the dock's width (their longest entry, "Betweenness (who lies between the
    // others)", set the panel's least width otherwise), their entries shown whole when open.
    for (QComboBox *list : {m_scope, m_measure, m_direction}) {
        list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        list->setMinimumContentsLength(12);
    }
    m_summary->setWordWrap(true);
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setSortingEnabled(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The type and the value keep the width they need: the entity's column gives way (in a
    // dock of 300 points the value was past its right edge).
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Two buttons a row: five in one made the panel wider than its dock (it scrolled sideways,
    // the results' values out of sight), and more so in the longer languages.
    auto *buttons = new QGridLayout;
    const QList<QPushButton *> actions{m_select, m_add, m_size, m_colour, m_money};
    for (int i = 0; i < actions.size(); ++i)
        buttons->addWidget(actions[i], i / 2, i % 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_run);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);

    connect(m_measure, &QComboBox::currentIndexChanged, this, &AnalysisPanel::updateOptions);
    connect(m_run, &QPushButton::clicked, this, [this] { run(m_measure->currentData().toString()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!selectedRows().isEmpty())
            emit selectOnChart(selectedRows());
    });
    connect(m_select, &QPushButton::clicked, this, [this] {
        QList<EntityId> ids;
        for (const Row &r : rows())
            ids.append(r.id);
        emit selectOnChart(ids);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        QList<EntityId> ids = selectedRows();
        if (ids.isEmpty()) {
            for (const Row &r : rows())
                ids.append(r.id);
        }
        emit addToChart(ids);
        if (m_last && m_last->what == QLatin1String("trace"))
            emit drawHierarchy();
    });
    connect(m_money, &QPushButton::clicked, this, &AnalysisPanel::showMoneyOverTime);
    connect(m_size, &QPushButton::clicked, this, &AnalysisPanel::sizeChartByResult);
    connect(m_colour, &QPushButton::clicked, this, &AnalysisPanel::colourChartByResult);
    retranslate();
}

AnalysisPanel::~AnalysisPanel() = default;

void AnalysisPanel::setCase(const QString &casePath)
{
    m_casePath = casePath;
    m_model->setResult(nullptr);
    m_last.reset();
    m_summary->clear();
    updateOptions();
}

void AnalysisPanel::setChart(ChartDocument *chart)
{
    m_chart = chart;
    updateOptions();
}

void AnalysisPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::Chart ? 0 : 1);
}

bool AnalysisPanel::isRunning() const
{
    return m_task && m_task->isRunning();
}

void AnalysisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalysisPanel::retranslate()
{
    const QString current = m_measure->currentData().toString();
    m_scopeLabel->setText(tr("Analyse"));
    m_measureLabel->setText(tr("Measure"));
    m_directionLabel->setText(tr("Counting"));
    m_moneyOnly->setText(tr("Money transfers only"));
    const int scope = std::max(0, m_scope->currentIndex());
    m_scope->clear();
    m_scope->addItem(tr("The entities on this chart"));
    m_scope->addItem(tr("The whole case"));
    m_scope->setCurrentIndex(scope);
    const int direction = std::max(0, m_direction->currentIndex());
    m_direction->clear();
    m_direction->addItems({tr("Both ways"), tr("Coming in"), tr("Going out"), tr("In minus out")});
    m_direction->setCurrentIndex(direction);
    m_measure->blockSignals(true);
    m_measure->clear();
    const std::pair<const char *, QString> items[] = {
        {"degree", tr("Most connected: linked entities")},
        {"degree-events", tr("Most connected: events")},
        {"degree-amount", tr("Most connected: amount moved")},
        {"betweenness", tr("Betweenness (who lies between the others)")},
        {"closeness", tr("Closeness (who reaches everyone quickly)")},
        {"eigenvector", tr("Eigenvector (linked to the well linked)")},
        {"pagerank", tr("PageRank (where the calls and money flow to)")},
        {"components", tr("Separate networks")},
        {"communities", tr("Communities (Louvain)")},
        {"kcore", tr("k-core (the densely linked core)")},
        {"articulation", tr("Cut points (remove one and the network splits)")},
        {"common", tr("Common contacts of the selected entities")},
        {"path", tr("Shortest path between two selected entities")},
        {"kpaths", tr("Five shortest paths between two selected entities")},
        {"timepath", tr("Journey in time between two selected entities")},
        {"network", tr("Network connecting the selected entities")},
        {"mules", tr("Pass-through mules (money forwarded within the window)")},
        {"fan-in", tr("Fan-in (many counterparts paying or calling one, within the window)")},
        {"fan-out", tr("Fan-out (one paying or calling many, within the window)")},
        {"simbox", tr("Devices used with several numbers (SIM boxes)")},
        {"shared-devices", tr("Devices in the evidence of several sources (seized phones, operators)")},
        {"hints", tr("Den membership hints for the selected member")},
        {"trace", tr("Follow the money paid by the selected entity")},
    };
    for (const auto &[key, text] : items)
        m_measure->addItem(text, QString::fromLatin1(key));
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(current)));
    m_measure->blockSignals(false);
    m_run->setText(tr("Run"));
    m_select->setText(tr("Select all"));
    m_add->setText(tr("Add to chart"));
    m_size->setText(tr("Size by"));
    m_colour->setText(tr("Colour by"));
    m_money->setText(tr("Money over time"));
    m_money->setToolTip(tr("Money in and out of the accounts listed (the selected rows, or all but the trace's start) taken as one, "
                           "with the running balance"));
    m_select->setToolTip(tr("Select every listed entity that is on the chart."));
    m_add->setToolTip(tr("Add the selected rows (or all) to the chart."));
    m_size->setToolTip(tr("Draw the chart's entities larger the higher their value (undoable)."));
    m_colour->setToolTip(tr("Colour the chart's entities by their value or group (undoable)."));
    m_model->setHeaders({tr("Entity"), tr("Type"), tr("Value")});
    if (m_last)
        show(*m_last);
    updateOptions();
}

void AnalysisPanel::updateOptions()
{
    const QString what = m_measure->currentData().toString();
    const bool degree = what.startsWith(QLatin1String("degree"));
    m_direction->setVisible(degree);
    m_directionLabel->setVisible(degree);
    const bool time = what == QLatin1String("timepath");
    const bool windowed = time || what == QLatin1String("mules") || what.startsWith(QLatin1String("fan")) || what == QLatin1String("trace");
    m_window->setVisible(windowed);
    m_windowLabel->setVisible(windowed);
    m_windowLabel->setText(time ? tr("Longest wait between steps (hours, 0: any)")
                                : tr("Time window in hours (0: 72 for mules, 24 for fans, a week for a trace)"));
    m_moneyOnly->setVisible(time);
    const bool ready = !m_casePath.isEmpty() && !isRunning();
    m_run->setEnabled(ready);
    const bool numbers = m_last && !m_last->lines.isEmpty() && !m_last->ordered;
    m_size->setEnabled(numbers && !m_last->grouped && m_chart);
    m_colour->setEnabled(numbers && m_chart);
    m_select->setEnabled(m_last && !m_last->lines.isEmpty());
    m_add->setEnabled(m_last && !m_last->lines.isEmpty() && m_chart);
    m_money->setVisible(m_last && (m_last->what == QLatin1String("trace") || m_last->what == QLatin1String("mules")));
    m_money->setEnabled(m_last && m_last->lines.size() > (m_last->what == QLatin1String("trace") ? 1 : 0));
}

void AnalysisPanel::showMoneyOverTime()
{
    if (!m_last)
        return;
    QList<EntityId> ids = selectedRows();
    const bool trace = m_last->what == QLatin1String("trace");
    if (ids.isEmpty()) {
        const QList<Row> all = rows();
        // A trace lists where it started first: the money of the accounts it reached.
        for (qsizetype i = trace ? 1 : 0; i < all.size(); ++i)
            ids.append(all[i].id);
    }
    if (ids.isEmpty())
        return;
    const QString start = trace && !m_last->lines.isEmpty() ? m_last->lines.first().name : QString();
    emit moneyOverTime(ids, trace ? tr("%n account(s) reached from %1", nullptr, int(ids.size())).arg(start)
                                  : tr("%n account(s) together", nullptr, int(ids.size())));
}

void AnalysisPanel::run(const QString &what)
{
    if (m_casePath.isEmpty() || isRunning())
        return;
    if (const int index = m_measure->findData(what); index >= 0 && index != m_measure->currentIndex())
        m_measure->setCurrentIndex(index); // the panel shows what runs, however it was started
    const bool onChart = m_scope->currentIndex() == 0;
    QSet<EntityId> chartIds;
    if (m_chart) {
        const QList<EntityId> ids = m_chart->nodeIds();
        chartIds = QSet<EntityId>(ids.begin(), ids.end());
    }
    // The selection has no order: paths run from the lower entity id; journeys in time are
    // looked for both ways.
    QList<EntityId> selected = m_selection ? m_selection() : QList<EntityId>();
    std::sort(selected.begin(), selected.end());
    const bool needsTwo = what == QLatin1String("path") || what == QLatin1String("kpaths") || what == QLatin1String("timepath");
    const bool needsSome = what == QLatin1String("common") || what == QLatin1String("network");
    const bool needsOne = what == QLatin1String("hints") || what == QLatin1String("trace");
    if ((needsTwo && selected.size() != 2) || (needsSome && selected.size() < 2) || (needsOne && selected.size() != 1)) {
        emit failed(tr("Analysis"), needsTwo ? tr("Select exactly two entities on the chart first.")
                                    : needsOne ? tr("Select one entity on the chart first.")
                                               : tr("Select at least two entities on the chart first."));
        emit finished(false);
        return;
    }
    analysis::Request request;
    const QString measure = what.section(QLatin1Char('-'), 0, 0);
    const bool isMeasure = analysis::measureFromName(measure).has_value();
    if (isMeasure) {
        request.measure = *analysis::measureFromName(measure);
        request.count = what.endsWith(QLatin1String("-events")) ? analysis::Count::Events
                      : what.endsWith(QLatin1String("-amount")) ? analysis::Count::Amount : analysis::Count::Links;
        request.direction = analysis::Direction(std::max(0, m_direction->currentIndex()));
        request.selected = selected;
    }
    const qint64 windowMs = qint64(m_window->value()) * 3600 * 1000;
    const bool moneyOnly = m_moneyOnly->isChecked();
    const QString title = m_measure->itemText(std::max(0, m_measure->findData(what)));
    auto result = std::make_shared<std::optional<sg::Result<Result>>>();
    const QString casePath = m_casePath;
    auto *task = new BackgroundTask(this, title, [=](Progress &progress) {
        auto store = CaseStore::open(casePath, CaseStore::Mode::ReadOnly);
        if (!store) {
            result->emplace(store.error());
            return;
        }
        if (what == QLatin1String("shared-devices")) {
            result->emplace(sharedDevices(**store, title));
            return;
        }
        const bool events = what == QLatin1String("timepath") || what == QLatin1String("mules") || what.startsWith(QLatin1String("fan"))
            || what == QLatin1String("trace");
        // The chart's part is read alone (the whole of a 5M-call case took seconds and hundreds
        // of megabytes to cut a chart of fifty entities out of it).
        auto read = onChart ? GraphSnapshot::fromCaseAmong(**store, QList<EntityId>(chartIds.cbegin(), chartIds.cend()), events, &progress)
                            : GraphSnapshot::fromCase(**store, events, &progress);
        if (!read) {
            result->emplace(read.error());
            return;
        }
        const GraphSnapshot g = std::move(*read);
        Result out;
        out.what = what;
        out.title = title;
        auto line = [&](int v, double value, const QString &text) { out.add(g, v, value, text); };
        if (isMeasure) {
            auto table = analysis::run(g, request, &progress);
            if (!table) {
                result->emplace(table.error());
                return;
            }
            out.grouped = table->grouped;
            for (int v : std::as_const(table->order))
                line(v, table->values[v], table->grouped ? QString::number(int(table->values[v]) + 1) : QString::number(table->values[v], 'g', 6));
            if (request.measure == analysis::Measure::Communities)
                out.summary = tr("%n communities", nullptr, table->groups) + QStringLiteral(", ")
                    + tr("modularity %1").arg(table->modularity, 0, 'f', 3);
            else if (table->grouped)
                out.summary = tr("%n separate networks", nullptr, table->groups);
            else if (!table->currency.isEmpty())
                out.summary = tr("Amounts in %1.").arg(table->currency);
        } else if (isPattern(what)) {
            patternLines(what, g, selected, windowMs, out);
        } else {
            const int a = selected.size() > 0 ? g.indexOf(selected[0]) : -1;
            const int b = selected.size() > 1 ? g.indexOf(selected[1]) : -1;
            QList<analysis::Path> paths;
            if (what == QLatin1String("path")) {
                if (auto p = analysis::shortestPath(g, a, b))
                    paths.append(*p);
            } else if (what == QLatin1String("kpaths")) {
                paths = analysis::kShortestPaths(g, a, b, 5);
            } else if (what == QLatin1String("timepath")) {
                analysis::TimeOptions options;
                options.maxGapMs = windowMs;
                options.moneyOnly = moneyOnly;
                auto forth = analysis::timeRespectingPath(g, a, b, options);
                auto back = analysis::timeRespectingPath(g, b, a, options);
                auto arrives = [&](const analysis::Path &p) { return g.events()[p.events.last()].utcMs; };
                if (forth && (!back || arrives(*forth) <= arrives(*back)))
                    paths.append(*forth);
                else if (back)
                    paths.append(*back);
            } else {
                QList<int> chosen;
                for (EntityId id : selected)
                    if (g.indexOf(id) >= 0)
                        chosen.append(g.indexOf(id));
                const analysis::Network network = analysis::connectingNetwork(g, chosen);
                for (int v : network.vertices)
                    line(v, 0, QString());
                out.summary = tr("%n entities connect the selection", nullptr, int(network.vertices.size()));
            }
            if (what != QLatin1String("network")) {
                out.ordered = true;
                for (int p = 0; p < paths.size(); ++p) {
                    for (int s = 0; s < paths[p].vertices.size(); ++s) {
                        QString text = paths.size() > 1 ? tr("path %1, step %2").arg(p + 1).arg(s) : QString::number(s);
                        if (!paths[p].events.isEmpty() && s > 0) {
                            const SnapshotEvent &e = g.events()[paths[p].events[s - 1]];
                            text += QStringLiteral("  ") + utcMinutes(e.utcMs);
                            if (e.amount)
                                text += QStringLiteral("  ") + e.amount->decimal() + QLatin1Char(' ') + e.amount->currency;
                        }
                        line(paths[p].vertices[s], p * 1000 + s, text);
                    }
                }
                out.summary = paths.isEmpty() ? tr("No path between the two entities.")
                                              : tr("%n hops", nullptr, paths.first().hops());
            }
        }
        result->emplace(std::move(out));
    });
    m_task = task;
    connect(task, &BackgroundTask::finished, this, [this, result] {
        const bool ok = result->has_value() && result->value().ok();
        if (result->has_value() && !result->value().ok() && result->value().error().code != ErrorCode::Cancelled)
            emit failed(tr("Analysis"), result->value().error().oneLine());
        if (ok) {
            m_model->setResult(nullptr); // it reads the result about to be replaced
            m_last = std::make_unique<Result>(std::move(*result->value()));
            show(*m_last);
        }
        updateOptions();
        emit finished(ok);
    });
    task->start();
    updateOptions();
}

void AnalysisPanel::show(const Result &result)
{
    m_results->setSortingEnabled(false);
    m_model->setResult(&result);
    if (!result.ordered) {
        m_results->header()->setSortIndicator(2, result.grouped ? Qt::AscendingOrder : Qt::DescendingOrder);
        m_results->setSortingEnabled(true); // sorts by the indicator
    }
    m_summary->setText(result.title + (result.summary.isEmpty() ? QString() : QStringLiteral(": ") + result.summary)
                       + QLatin1Char(' ') + tr("(%n listed)", nullptr, int(result.lines.size())));
}

void AnalysisPanel::patternLines(const QString &what, const GraphSnapshot &g, const QList<EntityId> &selected, qint64 windowMs, Result &out)
{
    auto line = [&](int v, double value, const QString &text) { out.add(g, v, value, text); };
    auto money = [](qint64 minor, int exponent, const QString &currency) { return Money{minor, currency, exponent}.decimal() + QLatin1Char(' ') + currency; };
    const qint64 hour = 3600 * 1000;
    if (what == QLatin1String("mules")) {
        analysis::MuleOptions options;
        if (windowMs > 0)
            options.windowMs = windowMs;
        for (const analysis::Mule &m : analysis::passThroughMules(g, options))
            line(m.vertex, m.share(), tr("%1% of %2, median hold %3 h").arg(int(std::lround(100 * m.share())))
                                          .arg(money(m.in, m.exponent, m.currency)).arg(m.medianHoldMs / double(hour), 0, 'f', 1));
        out.summary = tr("%n accounts forward most of what they receive", nullptr, int(out.lines.size()));
    } else if (what.startsWith(QLatin1String("fan"))) {
        const qint64 window = windowMs > 0 ? windowMs : 24 * hour;
        for (const analysis::FanResult &f : analysis::fans(g, what == QLatin1String("fan-in") ? analysis::Fan::In : analysis::Fan::Out, window, false, 3))
            line(f.vertex, f.counterparts, tr("%1 from %2").arg(f.counterparts).arg(utcMinutes(f.windowStartMs)));
        out.summary = tr("within %n hours", nullptr, int(window / hour));
    } else if (what == QLatin1String("simbox")) {
        for (const analysis::Sharing &s : analysis::sharedDevices(g))
            line(s.vertex, s.others.size(), QString::number(s.others.size()));
    } else if (what == QLatin1String("hints")) {
        for (const analysis::Hint &h : analysis::denHints(g, g.indexOf(selected.value(0))))
            line(h.vertex, h.score, tr("%1 (devices %2, contacts %3, places %4)").arg(h.score).arg(h.devices.size()).arg(h.contacts.size()).arg(h.places.size()));
        out.summary = tr("hints only: check the evidence before concluding");
    } else if (what == QLatin1String("trace")) {
        // Every transfer the entity paid, followed forward; each entity reached with the money
        // that reached it, in the order found.
        out.ordered = true;
        const int from = g.indexOf(selected.value(0));
        analysis::TraceOptions options;
        if (windowMs > 0)
            options.windowMs = windowMs;
        QHash<int, qint64> reached;
        QList<int> order{from};
        QString currency;
        int exponent = 2;
        for (int e = 0; e < g.events().size(); ++e) {
            const SnapshotEvent &event = g.events()[e];
            if (event.from != from || !event.amount || (!currency.isEmpty() && event.amount->currency != currency))
                continue;
            const analysis::Trace trace = analysis::traceMoney(g, e, options);
            currency = trace.currency;
            exponent = trace.exponent;
            for (const analysis::TraceStep &step : trace.steps) {
                const int to = g.events()[step.event].to;
                if (!reached.contains(to) && to != from)
                    order.append(to);
                reached[to] += step.traced;
            }
        }
        for (int v : std::as_const(order))
            line(v, double(reached.value(v)), v == from ? tr("paid") : money(reached.value(v), exponent, currency));
        out.summary = currency.isEmpty() ? tr("No transfers paid by this entity.") : tr("%n accounts reached", nullptr, int(order.size() - 1));
    }
}

sg::Result<AnalysisPanel::Result> AnalysisPanel::sharedDevices(const CaseStore &store, const QString &title)
{
    auto found = store.entitiesInSeveralSources(EntityType::Device, 2);
    if (!found)
        return found.error();
    Result out;
    out.what = QStringLiteral("shared-devices");
    out.title = title;
    for (const CaseStore::EntityInSources &f : std::as_const(*found)) {
        QStringList files;
        for (const Provenance &p : f.sources)
            files.append(p.sourceFile);
        out.lines.append(Result::Line{f.entity.id, f.entity.type, f.entity.key, double(f.sources.size()), files.join(QStringLiteral(", "))});
    }
    return out;
}

QList<AnalysisPanel::Row> AnalysisPanel::rows() const
{
    QList<Row> list;
    list.reserve(m_model->rowCount());
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Result::Line &l = m_model->line(i);
        list.append(Row{l.id, l.value, l.text});
    }
    return list;
}

QString AnalysisPanel::summary() const
{
    return m_summary->text();
}

QList<EntityId> AnalysisPanel::selectedRows() const
{
    QList<EntityId> ids;
    for (const QModelIndex &index : m_results->selectionModel()->selectedRows())
        ids.append(m_model->line(index.row()).id);
    return ids;
}

std::pair<double, double> AnalysisPanel::chartRange() const
{
    double low = 0, high = 0;
    bool first = true;
    for (const Result::Line &l : std::as_const(m_last->lines)) {
        if (!m_chart->node(l.id))
            continue;
        low = first ? l.value : std::min(low, l.value);
        high = first ? l.value : std::max(high, l.value);
        first = false;
    }
    return {low, high};
}

void AnalysisPanel::sizeChartByResult()
{
    if (!m_chart || !m_last || m_last->grouped || m_last->ordered)
        return;
    const auto [low, high] = chartRange();
    QHash<EntityId, double> scales;
    for (const Result::Line &l : std::as_const(m_last->lines)) {
        if (m_chart->node(l.id))
            scales.insert(l.id, 0.6 + 1.8 * std::sqrt(high > low ? (l.value - low) / (high - low) : 0.0));
    }
    m_chart->restyle({}, scales, tr("Size by %1").arg(m_last->title));
}

void AnalysisPanel::colourChartByResult()
{
    if (!m_chart || !m_last || m_last->ordered)
        return;
    const auto [low, high] = chartRange();
    QHash<EntityId, QString> colours;
    for (const Result::Line &l : std::as_const(m_last->lines)) {
        if (!m_chart->node(l.id))
            continue;
        colours.insert(l.id, m_last->grouped ? QString::fromLatin1(GroupColours[int(l.value) % std::size(GroupColours)])
                                             : rampColour(high > low ? (l.value - low) / (high - low) : 1.0));
    }
    m_chart->restyle(colours, {}, tr("Colour by %1").arg(m_last->title));
}

} // namespace sg

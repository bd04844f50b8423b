#include "widgets/searchpanel.h"

#include "core/store/casestore.h"
#include "widgets/chartstyle.h"
#include "widgets/chartview.h"

#include <QDataStream>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sg {

namespace {

constexpr int EntityIdRole = Qt::UserRole + 1;

// A result model whose rows drag as entity ids.
class ResultModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;

    QStringList mimeTypes() const override { return {QLatin1String(ChartView::EntityMimeType)}; }

    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QList<EntityId> ids;
        for (const QModelIndex &index : indexes)
            ids.append(index.data(EntityIdRole).toLongLong());
        QByteArray data;
        QDataStream stream(&data, QIODevice::WriteOnly);
        stream << ids;
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(ChartView::EntityMimeType), data);
        return mime;
    }
};

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new ResultModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_edit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    m_edit->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_status->setWordWrap(true);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        emit entitiesActivated({index.data(EntityIdRole).toLongLong()});
    });
    retranslateUi();
}

void SearchPanel::setStore(const CaseStore *store)
{
    m_store = store;
    m_model->clear();
    m_status->clear();
    if (!m_edit->text().isEmpty())
        runSearch();
}

void SearchPanel::setQuery(const QString &text)
{
    m_edit->setText(text);
    m_debounce.stop();
    runSearch();
}

QString SearchPanel::query() const { return m_edit->text(); }
int SearchPanel::resultCount() const { return m_model->rowCount(); }

EntityId SearchPanel::resultId(int row) const
{
    return m_model->index(row, 0).data(EntityIdRole).toLongLong();
}

void SearchPanel::runSearch()
{
    m_model->clear();
    if (!m_store) {
        m_status->setText(tr("Open a case to search it."));
        return;
    }
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    auto results = m_store->search(text, 200);
    if (!results) {
        m_status->setText(results.error().message);
        emit searchFailed(results.error().message, results.error().detail);
        return;
    }
    for (const Entity &entity : std::as_const(*results)) {
        const QString name = entity.label.isEmpty() && !entity.aliases.isEmpty() ? entity.aliases.first() : entity.label;
        // A number, account or address is what the analyst looks for; a person, an organisation
        // or a place is known by its name, its key being where a source listed it ("contacts2.db
        // (ea280c85ca86) contact 15"), which the narrow panel would show instead of the name.
        const bool nameFirst = !name.isEmpty()
            && (entity.type == EntityType::Person || entity.type == EntityType::Organization || entity.type == EntityType::Location
                || entity.type == EntityType::Vehicle || entity.type == EntityType::Document || entity.key.startsWith(QLatin1String("manual:")));
        QString display = nameFirst ? name : entity.key;
        if (!name.isEmpty())
            display += QStringLiteral(" — ") + (nameFirst ? entity.key : name);
        auto *item = new QStandardItem(QIcon(ChartStyle::iconPath(entity.type)), display);
        item->setData(entity.id, EntityIdRole);
        QStringList tip{entityTypeDisplayName(entity.type)};
        if (!name.isEmpty())
            tip << name;
        tip << entity.reference();
        item->setToolTip(tip.join(QLatin1Char('\n')));
        m_model->appendRow(item);
    }
    m_status->setText(results->isEmpty() ? tr("Nothing found for \"%1\".").arg(text)
                                         : tr("%n found: drag onto the chart or double-click.", nullptr, int(results->size())));
}

void SearchPanel::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Number, IMEI, account or name"));
    m_edit->setToolTip(tr("Type a number in any common form (012 345 678, +855 12 345 678, native digits) or a name."));
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sg

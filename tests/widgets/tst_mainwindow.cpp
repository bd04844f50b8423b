// The main window driven as an analyst would, offscreen: open a case, search, put a number on
// the chart, expand it (with the "N more" marker), lay it out, import with progress, export a
// PDF and read it back with poppler.

#include "core/chart/chartdocument.h"
#include "core/chart/chartrecovery.h"
#include "core/ingest/importservice.h"
#include "core/model/timetext.h"
#include "core/report/moneyflow.h"
#include "core/store/caseeditor.h"
#include "core/store/casestore.h"
#include "core/store/sourcewriter.h"
#include "tests/common/fixtures.h"
#include "widgets/caseediting.h"
#include "widgets/chartscene.h"
#include "widgets/chartstyle.h"
#include "widgets/chartview.h"
#include "widgets/entityitem.h"
#include "widgets/inspectorpanel.h"
#include "widgets/languagemanager.h"
#include "widgets/linkitem.h"
#include "widgets/activitypanel.h"
#include "widgets/analysispanel.h"
#include "widgets/mainwindow.h"
#include "widgets/printdialog.h"
#include "widgets/timefilterbar.h"
#include "widgets/moneyview.h"
#include "widgets/timelineview.h"
#include "widgets/denpage.h"
#include "widgets/entitydialog.h"
#include "widgets/linkdialog.h"
#include "widgets/mappingwizard.h"
#include "widgets/mergedialog.h"
#include "widgets/searchpanel.h"
#include "widgets/settingsdialog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QHeaderView>
#include <QUndoStack>

#include <sqlite3.h>

using namespace sg;

namespace {

// The button of `parent` (or its children) labelled `text`, or null.
QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

void saveShot(const QImage &image, const QString &name)
{
    if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS"))
        image.save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QLatin1Char('/') + name);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;

    // A new case in `dir` with one file imported; its path.
    QString caseWith(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        auto store = test::newCase(dir.path());
        auto imported = ImportService(*store).importFile(test::writeFile(dir.path(), name, content), {});
        if (!imported)
            qFatal("%s", qPrintable(imported.error().oneLine()));
        return store->path();
    }

    // Call records: `first`, then 012 345 678 calling each of `count` numbers (092 100000, 092
    // 100001, ...) once.
    static QByteArray hubCalling(int count, const QByteArray &first = {})
    {
        QByteArray csv = "Calling Number,Called Number,Start Time,Duration,Call Type\n" + first;
        for (int i = 0; i < count; ++i)
            csv += QStringLiteral("012 345 678,092 %1,05/03/2024 09:00:00,60,MOC\n").arg(100000 + i).toUtf8();
        return csv;
    }

    // Answers the window's question before a large addition when it comes: presses the button of
    // that text (Cancel when empty) and keeps the question in `question`.
    static void answerLargeQuestion(MainWindow &window, QString &question, const QString &button)
    {
        auto *timer = new QTimer(&window);
        connect(timer, &QTimer::timeout, &window, [&window, &question, timer, button] {
            QMessageBox *box = window.largeExpansionBox();
            if (!box || !box->isVisible())
                return;
            question = box->text();
            QAbstractButton *pressed = button.isEmpty() ? box->button(QMessageBox::Cancel) : nullptr;
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    pressed = b;
            if (pressed) {
                timer->deleteLater();
                pressed->click();
            }
        });
        timer->start(20);
    }

    EntityId idOf(MainWindow &window, const QString &reference)
    {
        auto entity = window.store()->resolve(reference);
        if (!entity)
            qFatal("%s", qPrintable(entity.error().oneLine()));
        return entity->id;
    }

    // Opens `path` (the small call records) in `window` with a phone on the chart and a person
    // added by hand, the case step on top of the undo stack; the phone and the person (0 when
    // it failed).
    std::pair<EntityId, EntityId> openWithAPersonAdded(MainWindow &window, const QString &path)
    {
        if (!window.openCase(path))
            return {0, 0};
        const EntityId phone = idOf(window, QStringLiteral("phone:+85512345678"));
        if (!window.addToChart({phone}, QPointF()))
            return {phone, 0};
        auto person = window.caseEditing()->addEntity({EntityType::Person, {}, QStringLiteral("ដារា"), {}, {}, {}}, QPointF(300, 300));
        return {phone, person ? *person : 0};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeagullTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        auto store = test::newCase(m_dir.path());
        m_case = store->path();
        store.reset();
    }

    void openSearchAddExpand()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(window.openCase(m_case));
        QVERIFY(window.windowTitle().contains(QLatin1String("Test case")));

        // Import through the window: the work runs on a worker thread and reports back.
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFiles({test::writeFile(m_dir.path(), QStringLiteral("cdr.csv"), test::smallCdr())}, {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(imported.first().first().toBool(), true);
        QVERIFY(!window.isBusy());

        // Search finds the number typed the local way.
        SearchPanel *search = window.searchPanel();
        QAbstractItemModelTester tester(search->resultView()->model());
        search->setQuery(QStringLiteral("012 345 678"));
        QVERIFY(search->resultCount() >= 1);
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        QCOMPARE(search->resultId(0), a);

        // Double-clicking the result puts it on the chart.
        QListView *results = search->resultView();
        const QRect rect = results->visualRect(results->model()->index(0, 0));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.chart()->nodeCount(), 1);
        QVERIFY(window.scene()->entityItem(a));
        QCOMPARE(window.scene()->selectedEntities(), QList<EntityId>{a});
        QVERIFY(window.inspectorPanel()->text().contains(QLatin1String("+85512345678")));
        QVERIFY(window.inspectorPanel()->text().contains(QLatin1String("cdr.csv")));

        // Expanding with a limit of one leaves a marker for the other neighbour.
        window.setExpandLimit(1);
        SG_VERIFY_OK(window.expandEntities({a}));
        QCOMPARE(window.chart()->nodeCount(), 2);
        QCOMPARE(window.chart()->node(a)->more, qint64(1));
        window.scene()->entityItem(a)->prepareToolTip();
        QVERIFY(window.scene()->entityItem(a)->toolTip().contains(QLatin1String("1 more")));
        QCOMPARE(window.scene()->linkItemCount(), 1);
        QCOMPARE(window.chart()->undoStack()->undoText(), QStringLiteral("Expand +85512345678"));
        QVERIFY(window.isWindowModified());

        // Double-clicking the entity on the chart brings the next one.
        window.view()->centerOn(window.scene()->entityItem(a));
        QApplication::processEvents();
        const QPoint where = window.view()->mapFromScene(window.scene()->entityItem(a)->pos());
        QTest::mouseDClick(window.view()->viewport(), Qt::LeftButton, {}, where);
        QCOMPARE(window.chart()->nodeCount(), 3);
        QCOMPARE(window.chart()->node(a)->more, qint64(0));

        // Undo and redo through the stack the Edit menu uses.
        window.chart()->undoStack()->undo();
        QCOMPARE(window.chart()->nodeCount(), 2);
        QCOMPARE(window.scene()->entityItemCount(), 2);
        window.chart()->undoStack()->redo();
        QCOMPARE(window.scene()->entityItemCount(), 3);

        // Drop from the search results onto the chart.
        search->setQuery(QStringLiteral("011 999 000"));
        QCOMPARE(search->resultCount(), 1);
        auto *mime = search->resultView()->model()->mimeData({search->resultView()->model()->index(0, 0)});
        QVERIFY(mime->hasFormat(QLatin1String(ChartView::EntityMimeType)));
        QDragEnterEvent enter(QPoint(30, 30), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.view()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(30, 30), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.view()->viewport(), &drop);
        delete mime;
        QCOMPARE(window.chart()->nodeCount(), 4);
        QCOMPARE(window.scene()->linkItemCount(), 3); // the dropped number's link to the one on the chart

        // Layout on a worker thread, applied as one undoable step.
        QHash<EntityId, QPointF> before;
        for (const ChartNode &n : window.chart()->nodes())
            before.insert(n.id, n.position);
        QSignalSpy laidOut(&window, &MainWindow::layoutFinished);
        window.runLayout(LayoutEngine::Sfdp);
        QTRY_COMPARE_WITH_TIMEOUT(laidOut.count(), 1, 30000);
        QCOMPARE(laidOut.first().first().toBool(), true);
        QCOMPARE(window.chart()->undoStack()->undoText(), QStringLiteral("Layout (sfdp)"));
        int moved = 0;
        for (const ChartNode &n : window.chart()->nodes()) {
            if (QLineF(n.position, before.value(n.id)).length() > 1)
                ++moved;
            QTRY_COMPARE(window.scene()->entityItem(n.id)->pos(), n.position); // after the glide into place
        }
        QVERIFY(moved > 0);

        // Print to PDF (one page, no appendix) and read it back.
        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        PrintRequest onePage = window.printRequest();
        onePage.sources = false;
        QSignalSpy printed(&window, &MainWindow::printFinished);
        window.printChart(onePage, PrintDialog::Target::File, pdf);
        QTRY_COMPARE(printed.count(), 1);
        QCOMPARE(printed.first().first().toBool(), true);
        const test::Run info = test::runProcess(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("Pages:           1"), info.out.constData());
        QVERIFY2(info.out.contains("842 x 595 pts (A4)"), info.out.constData());
        const test::Run text = test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.out.contains("Test case"), text.out.constData());
        QVERIFY(text.out.contains("+85512345678"));
        QVERIFY(text.out.contains("Page 1 of 1"));
        QVERIFY(text.out.contains("Phone number")); // the legend

        // Save the chart in the case; reopening the case shows it exactly.
        SG_VERIFY_OK(window.saveChart());
        QVERIFY(!window.isWindowModified());
        const QByteArray saved = window.chart()->toJson();
        QVERIFY(window.openCase(m_case));
        QCOMPARE(window.chart()->toJson(), saved);
        QCOMPARE(window.scene()->entityItemCount(), 4);

        // Closing remembers the window's state.
        window.close();
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        QVERIFY(QSettings().contains(QStringLiteral("window/state")));
    }

    void emptyChartSaysHowToBeginAndTheInspectorGivesTheCase()
    {
        QTemporaryDir dir;
        const QString path = test::newCase(dir.path())->path();
        LanguageManager languages;
        MainWindow window(&languages);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // No case: the chart says how to begin, and the hint is drawn in its middle.
        ChartView *view = window.view();
        QVERIFY(view->showsEmptyHint());
        QVERIFY2(view->emptyHint().contains(QLatin1String("demonstration case")), qPrintable(view->emptyHint()));
        auto inkInTheMiddle = [view] {
            QApplication::processEvents();
            const QImage image = view->viewport()->grab().toImage();
            const QRect middle(image.width() / 4, image.height() / 3, image.width() / 2, image.height() / 3);
            const QRgb background = image.pixel(2, 2);
            int ink = 0;
            for (int y = middle.top(); y <= middle.bottom(); ++y)
                for (int x = middle.left(); x <= middle.right(); ++x)
                    ink += image.pixel(x, y) != background;
            return ink;
        };
        QVERIFY(inkInTheMiddle() > 100);

        // A case with nothing imported: its name, number and zone, no sources, and how to import.
        QVERIFY(window.openCase(path));
        QVERIFY(view->showsEmptyHint());
        QVERIFY2(view->emptyHint().contains(QLatin1String("double-click")), qPrintable(view->emptyHint()));
        InspectorPanel *inspector = window.inspectorPanel();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->overviewIsCurrent(), 10000);
        QString shown = inspector->text();
        for (const char *part : {"Test case", "Case T-1", "Asia/Phnom_Penh", "examiner Tester", "Nothing imported yet"})
            QVERIFY2(shown.contains(QLatin1String(part)), qPrintable(QLatin1String(part) + QStringLiteral(" not in: ") + shown));
        QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("Sources\\s+0\\b"))), qPrintable(shown));

        // After an import the overview is read again: the numbers, the calls and the SMS, the
        // links (the case's rows: one per direction and kind of event, so 012→092 and 092→012
        // are two), and the file last imported.
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFiles({test::writeFile(dir.path(), QStringLiteral("cdr.csv"), test::smallCdr())}, {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->overviewIsCurrent() && inspector->text().contains(QLatin1String("cdr.csv")), 10000);
        shown = inspector->text();
        for (const char *row : {"Sources\\s+1\\b", "Entities\\s+4\\b", "Phone number\\s+4\\b", "Events\\s+6\\b", "Call\\s+5\\b", "SMS\\s+1\\b",
                                "Links\\s+4\\b", "Saved charts\\s+0\\b"})
            QVERIFY2(shown.contains(QRegularExpression(QLatin1String(row))), qPrintable(QLatin1String(row) + QStringLiteral(" not in: ") + shown));
        QVERIFY(!shown.contains(QLatin1String("Nothing imported yet")));

        // An entity on the chart: the hint goes, whole; the inspector shows the entity. Taken off
        // again (undo), the hint comes back and the inspector the case.
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(window.addToChart({a}, QPointF()));
        QVERIFY(!view->showsEmptyHint());
        window.chart()->undoStack()->undo();
        QCOMPARE(window.chart()->nodeCount(), 0);
        QVERIFY(view->showsEmptyHint());

        // A chart saved: counted in the overview.
        SG_VERIFY_OK(window.addToChart({a}, QPointF()));
        SG_VERIFY_OK(window.saveChart());
        window.scene()->clearSelection();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->overviewIsCurrent() && inspector->text().contains(QRegularExpression(QStringLiteral("Saved charts\\s+1\\b"))), 10000);

        // An entity added by hand (a case edit): counted too.
        auto person = window.caseEditing()->addEntity({EntityType::Person, {}, QStringLiteral("ដារា"), {}, {}, {}}, QPointF(300, 300));
        QVERIFY(person);
        window.scene()->clearSelection();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->overviewIsCurrent() && inspector->text().contains(QRegularExpression(QStringLiteral("Person\\s+1\\b"))), 10000);
        QVERIFY2(inspector->text().contains(QRegularExpression(QStringLiteral("Entities\\s+5\\b"))), qPrintable(inspector->text()));
        if (qEnvironmentVariableIsSet("SEAGULL_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/case-overview.png"));
    }

    // A number is listed by itself with its name after it; a person by the name, its key (where
    // a source listed it) after: what the narrow panel shows first is what the analyst knows.
    void searchResultsLeadWithWhatTheyAreKnownBy()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        {
            auto store = CaseStore::open(path);
            QVERIFY(store);
            auto writer = (*store)->beginSource(test::sourceRecord(QStringLiteral("contacts2.db"), QStringLiteral("cd")));
            SG_VERIFY_OK(writer);
            auto person = (*writer)->entity(EntityType::Person, QStringLiteral("contacts2.db (ea280c85ca86) contact 15"), false, QStringLiteral("raw_contacts:_id=15"), {});
            SG_VERIFY_OK(person);
            SG_VERIFY_OK((*writer)->alias(*person, QStringLiteral("ចាន់ សុភា"), QStringLiteral("raw_contacts:_id=15")));
            auto phone = (*writer)->entity(EntityType::Phone, QStringLiteral("+85512345678"), false, QStringLiteral("data:_id=15"), {});
            SG_VERIFY_OK(phone);
            SG_VERIFY_OK((*writer)->alias(*phone, QStringLiteral("ចាន់ សុភា"), QStringLiteral("data:_id=15")));
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }
        LanguageManager languages;
        MainWindow window(&languages);
        QVERIFY(window.openCase(path));
        SearchPanel *search = window.searchPanel();
        search->setQuery(QStringLiteral("ចាន់"));
        QStringList shown;
        for (int row = 0; row < search->resultCount(); ++row)
            shown << search->resultView()->model()->index(row, 0).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("ចាន់ សុភា — contacts2.db (ea280c85ca86) contact 15")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(QStringLiteral("+85512345678 — ចាន់ សុភា")), qPrintable(shown.join(u'|')));
        const QModelIndex first = search->resultView()->model()->index(0, 0);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ចាន់ សុភា")));
    }

    // What an expansion adds is brought into view (scrolled to, zoomed out if need be, never
    // zoomed in); a view that already shows a rectangle whole is left as it is.
    void expansionIsBroughtIntoView()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        LanguageManager languages;
        MainWindow window(&languages);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(window.addToChart({a}, QPointF()));
        ChartView *view = window.view();
        view->setTransform(QTransform::fromScale(1.5, 1.5));
        view->centerOn(QPointF(5000, 5000));
        window.setExpandLimit(50); // an earlier test may have left another in the settings
        SG_VERIFY_OK(window.expandEntities({a}));
        QCOMPARE(window.chart()->nodeCount(), 3);
        const QRectF seen = view->mapToScene(view->viewport()->rect()).boundingRect();
        for (const EntityId id : window.chart()->nodeIds()) {
            const ChartNode *node = window.chart()->node(id);
            QVERIFY2(seen.contains(ChartDocument::footprint(*node).translated(node->position)),
                     qPrintable(QStringLiteral("%1 is not in view").arg(node->key)));
        }
        QVERIFY(view->transform().m11() <= 1.5);

        const QTransform before = view->transform();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        view->bringIntoView(QRectF(centre, QSizeF(10, 10)));
        QCOMPARE(view->transform(), before);
        QCOMPARE(view->mapToScene(view->viewport()->rect().center()), centre);

        // A ring of thousands: zoomed out no further than where names are drawn, centred on it;
        // from further out than that, not zoomed in.
        const QRectF huge(-50000, -50000, 100000, 100000);
        ChartNode corner, opposite; // the ring's reach, which the view scrolls as far as
        corner.id = 900001;
        corner.key = QStringLiteral("+85512300001");
        corner.position = huge.topLeft();
        opposite.id = 900002;
        opposite.key = QStringLiteral("+85512300002");
        opposite.position = huge.bottomRight();
        window.chart()->addEntities({corner, opposite}, {}, QStringLiteral("Add"));
        view->setTransform(QTransform());
        view->bringIntoView(huge);
        QCOMPARE(view->transform().m11(), ChartStyle::LabelDetail);
        QVERIFY(QLineF(view->mapToScene(view->viewport()->rect().center()), huge.center()).length() < 5);
        view->setTransform(QTransform::fromScale(0.2, 0.2));
        view->bringIntoView(huge);
        QCOMPARE(view->transform().m11(), 0.2);
    }

    // Several entities selected: how many of each type, and which.
    void inspectorListsASelection()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        LanguageManager languages;
        MainWindow window(&languages);
        QVERIFY(window.openCase(path));
        const QStringList keys{QStringLiteral("+85512345678"), QStringLiteral("+85592111222"), QStringLiteral("+855977777888")};
        QList<EntityId> ids;
        for (const QString &key : keys)
            ids << idOf(window, QStringLiteral("phone:") + key);
        SG_VERIFY_OK(window.addToChart(ids, QPointF()));
        window.scene()->clearSelection();
        for (const EntityId id : std::as_const(ids))
            window.scene()->entityItem(id)->setSelected(true);
        QApplication::processEvents();
        const QString shown = window.inspectorPanel()->text();
        QVERIFY2(shown.contains(QStringLiteral("3 entities selected.")), qPrintable(shown));
        QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("Phone number\\s+3\\b"))), qPrintable(shown));
        for (const QString &key : keys)
            QVERIFY2(shown.contains(key), qPrintable(key + QStringLiteral(" not in: ") + shown));
    }

    void importedFolderShowsTheHandsetAndOwner()
    {
        QTemporaryDir folder;
        {
            sqlite3 *db = nullptr;
            sqlite3_open(QDir(folder.path()).filePath(QStringLiteral("calllog.db")).toUtf8().constData(), &db);
            QCOMPARE(sqlite3_exec(db,
                                  "CREATE TABLE calls (_id INTEGER PRIMARY KEY, number TEXT, date INTEGER, duration INTEGER, type INTEGER, "
                                  "phone_account_address TEXT);"
                                  "INSERT INTO calls VALUES (1, '012777888', 1709604000000, 30, 2, '+85599123456');",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        test::writeFile(folder.path(), QStringLiteral("readme.txt"), "not evidence\n");
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = store->path();
        store.reset();

        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFolder(folder.path(), {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(imported.first().first().toBool(), true);
        // The handset and its owner's number are on the chart, linked.
        auto owner = window.store()->resolve(QStringLiteral("phone:+85599123456"));
        SG_VERIFY_OK(owner);
        QVERIFY(window.chart()->contains(owner->id));
        bool handsetShown = false;
        for (const ChartNode &node : window.chart()->nodes())
            handsetShown = handsetShown || (node.type == EntityType::Device && node.key.startsWith(QLatin1String("handset of")));
        QVERIFY(handsetShown);
        QVERIFY(!window.chart()->linksOf(owner->id).isEmpty());
    }

    void severalChartsPerCase()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        auto a = window.store()->resolve(QStringLiteral("phone:+85512345678"));
        auto d = window.store()->resolve(QStringLiteral("phone:+85511999000"));
        SG_VERIFY_OK(a);
        SG_VERIFY_OK(d);
        SG_VERIFY_OK(window.addToChart({a->id}, QPointF()));
        QVERIFY(window.isWindowModified());
        // Written on a worker: the window's timers run meanwhile.
        bool ticked = false;
        QTimer::singleShot(0, &window, [&] { ticked = true; });
        SG_VERIFY_OK(window.saveChart());
        QVERIFY2(ticked, "the window ran no timer while the chart was written");
        QVERIFY(!window.isWindowModified());
        const qint64 first = window.chart()->chartId();
        QVERIFY(first > 0);

        QVERIFY(window.newChart());
        QCOMPARE(window.chart()->name(), QStringLiteral("Chart 2"));
        QCOMPARE(window.chart()->nodeCount(), 0);
        SG_VERIFY_OK(window.addToChart({d->id}, QPointF()));
        SG_VERIFY_OK(window.saveChart());
        SG_VERIFY_OK(window.renameChart(QStringLiteral("ដែន Golden Sands")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("ដែន Golden Sands")));
        auto charts = window.store()->charts();
        SG_VERIFY_OK(charts);
        QCOMPARE(charts->size(), 2);
        QCOMPARE(charts->at(1).name, QStringLiteral("ដែន Golden Sands"));

        // Back to the first: exactly as saved (read on a worker, the window's timers running);
        // the rename is in the audit log.
        ticked = false;
        QTimer::singleShot(0, &window, [&] { ticked = true; });
        QVERIFY(window.openChart(first));
        QVERIFY2(ticked, "the window ran no timer while the chart was read");
        QVERIFY(window.chart()->contains(a->id));
        QVERIFY(!window.chart()->contains(d->id));
        QCOMPARE(test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM audit WHERE action = 'rename_chart'")), qint64(1));

        // Deleting the open chart shows the one left.
        SG_VERIFY_OK(window.deleteChart());
        charts = window.store()->charts();
        SG_VERIFY_OK(charts);
        QCOMPARE(charts->size(), 1);
        QCOMPARE(window.chart()->name(), QStringLiteral("ដែន Golden Sands"));
        QVERIFY(window.chart()->contains(d->id));
        QVERIFY(!window.isWindowModified());

        // The case opened again in another window: its chart read on a worker, as saved.
        MainWindow other(nullptr);
        ticked = false;
        QTimer::singleShot(0, &other, [&] { ticked = true; });
        QVERIFY(other.openCase(path));
        QVERIFY2(ticked, "the window ran no timer while the case's chart was read");
        QCOMPARE(other.chart()->name(), QStringLiteral("ដែន Golden Sands"));
        QCOMPARE(other.chart()->nodeIds(), window.chart()->nodeIds());
        QCOMPARE(other.chart()->links().size(), window.chart()->links().size());
        QVERIFY(!other.isWindowModified());
    }

    // The analysis panel: a measure over the chart, rows that select on the chart, sizing and
    // colouring as undoable edits, paths between two selected entities, and whole-case results
    // added to the chart. B - A - C - D, with A called four times by or to B.
    void analysisPanel()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openCase(path));
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        const EntityId b = idOf(window, QStringLiteral("phone:+85592111222"));
        const EntityId c = idOf(window, QStringLiteral("phone:+855977777888"));
        const EntityId d = idOf(window, QStringLiteral("phone:+85511999000"));
        SG_VERIFY_OK(window.addToChart({a, b, c}, QPointF()));
        AnalysisPanel *panel = window.analysisPanel();
        QSignalSpy finished(panel, &AnalysisPanel::finished);

        // Betweenness over the chart's three entities: A is between B and C.
        panel->setScope(AnalysisPanel::Scope::Chart);
        panel->run(QStringLiteral("betweenness"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.last().first().toBool(), true);
        QList<AnalysisPanel::Row> rows = panel->rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().id, a);
        QCOMPARE(rows.first().value, 1.0);
        QVERIFY(panel->summary().contains(QLatin1String("Betweenness")));

        // Sized and coloured by it: one undo step each.
        panel->sizeChartByResult();
        QCOMPARE(window.chart()->node(a)->scale, 2.4);
        QCOMPARE(window.chart()->node(b)->scale, 0.6);
        QCOMPARE(window.scene()->entityItem(a)->scale(), 2.4);
        QVERIFY(window.chart()->undoStack()->undoText().startsWith(QLatin1String("Size by")));
        panel->colourChartByResult();
        QCOMPARE(window.chart()->node(a)->color, QStringLiteral("#b30000"));
        window.chart()->undoStack()->undo();
        QVERIFY(window.chart()->node(a)->color.isEmpty());
        window.chart()->undoStack()->undo();
        QCOMPARE(window.chart()->node(a)->scale, 1.0);
        QCOMPARE(window.scene()->entityItem(a)->scale(), 1.0);

        // Communities colour by group.
        panel->run(QStringLiteral("components"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        panel->colourChartByResult();
        QCOMPARE(window.chart()->node(a)->color, window.chart()->node(c)->color);

        // A path needs two selected entities; B to C goes through A.
        panel->run(QStringLiteral("path"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QCOMPARE(finished.last().first().toBool(), false);
        window.scene()->clearSelection();
        window.scene()->selectEntities({b, c});
        panel->run(QStringLiteral("path"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 30000);
        rows = panel->rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].id, b);
        QCOMPARE(rows[1].id, a);
        QCOMPARE(rows[2].id, c);

        // Over the whole case, D appears; "Add to chart" puts the results on it.
        panel->setScope(AnalysisPanel::Scope::Case);
        panel->run(QStringLiteral("degree"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 30000);
        QCOMPARE(panel->rows().size(), 4);
        QVERIFY(!window.chart()->contains(d));
        const int before = window.chart()->undoStack()->count();
        QPushButton *add = buttonNamed(panel, QStringLiteral("Add to chart"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(window.chart()->contains(d));
        QCOMPARE(window.chart()->undoStack()->count(), before + 1);

        // Clicking a row selects its entity on the chart.
        auto *tree = panel->findChild<QTreeView *>();
        QVERIFY(tree);
        QAbstractItemModel *model = tree->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<AnalysisPanel::Row> byDegree = panel->rows();
        QCOMPARE(byDegree.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(model->index(i, 2).data().toString(), byDegree[i].text);
        QCOMPARE(byDegree.first().value, 2.0); // the most linked first (A and C)
        QCOMPARE(byDegree.last().value, 1.0);
        tree->setCurrentIndex(model->index(1, 0));
        QCOMPARE(window.scene()->selectedEntities(), QList<EntityId>{byDegree[1].id});
        // Sorted by a header: by name either way, by type, and by value back; equal values keep
        // their order, and the selected row stays selected wherever it goes.
        auto names = [model] {
            QStringList list;
            for (int i = 0; i < model->rowCount(); ++i)
                list << model->index(i, 0).data().toString();
            return list;
        };
        QTest::mouseClick(tree->header()->viewport(), Qt::LeftButton, {}, QPoint(tree->header()->sectionViewportPosition(0) + 5, 5));
        QStringList sorted = names();
        QCOMPARE(sorted.size(), 4);
        QStringList expected = sorted;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sorted, expected);
        const QModelIndexList selected = tree->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(panel->rows()[selected.first().row()].id, byDegree[1].id);
        tree->sortByColumn(0, Qt::DescendingOrder);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(names(), expected);
        tree->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Phone number"));
        tree->sortByColumn(2, Qt::DescendingOrder);
        QList<double> values;
        for (const AnalysisPanel::Row &r : panel->rows())
            values << r.value;
        QVERIFY(std::is_sorted(values.rbegin(), values.rend()));
        QCOMPARE(values.first(), 2.0);
        QCOMPARE(tree->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(panel->rows()[tree->selectionModel()->selectedRows().first().row()].id, byDegree[1].id);
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS")) {
            panel->parentWidget()->raise(); // the dock, tabbed with the search
            window.runLayout(LayoutEngine::Sfdp);
            QTest::qWait(1500);
            window.grab().save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/analysis.png"));
        }
    }

    // Money patterns in the panel: mules over the case, and the victim's money followed and
    // drawn as a hierarchy.
    void analysisPanelFollowsTheMoney()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("aml.csv"), test::muleChainTable());
        MainWindow window(nullptr);
        window.show();
        QVERIFY(window.openCase(path));
        const EntityId victim = idOf(window, QStringLiteral("account:001:V1"));
        const EntityId collector = idOf(window, QStringLiteral("account:004:C1"));
        AnalysisPanel *panel = window.analysisPanel();
        QSignalSpy finished(panel, &AnalysisPanel::finished);
        panel->setScope(AnalysisPanel::Scope::Case);
        panel->run(QStringLiteral("mules"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(panel->rows().size(), 2);
        QCOMPARE(panel->rows().first().id, idOf(window, QStringLiteral("account:002:M1")));
        QCOMPARE(panel->rows().first().value, 0.95);

        // No handset here is in two sources' evidence (seagull-cli's test has one that is).
        panel->run(QStringLiteral("shared-devices"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY(panel->rows().isEmpty());

        SG_VERIFY_OK(window.addToChart({victim}, QPointF()));
        panel->run(QStringLiteral("trace"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        const QList<AnalysisPanel::Row> rows = panel->rows();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().id, victim);
        QCOMPARE(rows.last().id, collector);
        QCOMPARE(rows.last().text, QStringLiteral("900.00 USD"));
        // Money over time of the accounts the trace reached, taken as one: 1,000 USD came in
        // from the victim, nothing left (the collector keeps it), two transfers among them.
        QPushButton *moneyButton = buttonNamed(panel, QStringLiteral("Money over time"));
        QVERIFY(moneyButton && moneyButton->isVisible() && moneyButton->isEnabled());
        QTest::mouseClick(moneyButton, Qt::LeftButton);
        TimelinePanel *timeline = window.timelinePanel();
        QVERIFY(timeline->isMoneyPinned());
        QTRY_COMPARE_WITH_TIMEOUT(timeline->moneyView()->flow().steps.size(), 3, 10000);
        const MoneyFlow &group = timeline->moneyView()->flow();
        QCOMPARE(group.totalIn, qint64(100000));
        QCOMPARE(group.totalOut, qint64(0));
        QCOMPARE(group.internalCount, 2);
        QCOMPARE(group.internalTotal, qint64(185000));
        QCOMPARE(group.steps.last().balance, qint64(100000));
        QVERIFY2(timeline->moneyView()->summary().contains(QLatin1String("reached from 001:V1: in 1,000.00 USD, out 0.00 USD")),
                 qPrintable(timeline->moneyView()->summary()));
        QVERIFY2(timeline->moneyView()->summary().contains(QLatin1String("among them: 1,850.00 USD")), qPrintable(timeline->moneyView()->summary()));
        // The pinned group stays while the selection changes, until "Follow the selection".
        window.scene()->selectEntities({victim});
        timeline->refresh();
        QTest::qWait(300);
        QCOMPARE(timeline->moneyView()->flow().internalCount, 2);
        QPushButton *follow = buttonNamed(timeline, QStringLiteral("Follow the selection"));
        QVERIFY(follow);
        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(!timeline->isMoneyPinned());
        QTRY_VERIFY_WITH_TIMEOUT(timeline->moneyView()->flow().internalCount == 0 && timeline->moneyView()->flow().steps.size() == 1, 10000);
        QSignalSpy laidOut(&window, &MainWindow::layoutFinished);
        QPushButton *addAll = buttonNamed(panel, QStringLiteral("Add to chart"));
        QVERIFY(addAll);
        QTest::mouseClick(addAll, Qt::LeftButton);
        QCOMPARE(window.chart()->nodeCount(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(laidOut.count(), 1, 30000);
        QCOMPARE(window.chart()->undoStack()->undoText(), QStringLiteral("Layout (dot)"));
        // dot draws the trace as a hierarchy, left to right: the victim before the collector.
        QVERIFY(window.chart()->node(victim)->position.x() < window.chart()->node(collector)->position.x());
    }

    void closesWithUndoHistory()
    {
        // Tearing down a window whose chart has undo steps (and replacing its chart) must not
        // touch what is already gone.
        auto window = std::make_unique<MainWindow>(nullptr);
        QVERIFY(window->openCase(m_case));
        auto a = window->store()->resolve(QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(a);
        window->chart()->removeEntities({a->id}); // the saved chart has it already
        SG_VERIFY_OK(window->addToChart({a->id}, QPointF()));
        QVERIFY(window->chart()->undoStack()->count() >= 2);
        QVERIFY(window->openCase(m_case)); // replaces the chart with undo history
        window->chart()->removeEntities({a->id});
        QCOMPARE(window->chart()->undoStack()->count(), 1);
        window.reset();
        QVERIFY(!window);
    }

    void unknownTableIsMappedByHand()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        QVERIFY(window.openCase(m_case));
        const qint64 before = test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events WHERE type = 'transfer'"));
        // A wallet export whose columns no built-in layout knows.
        const QString file = test::writeFile(m_dir.path(), QStringLiteral("wing-export.csv"),
                                             "Wing Money - export\n"
                                             "When,Sender wallet,Receiver wallet,USD,Memo\n"
                                             "2024-03-05 09:00,012345678,097777888,120.50,rent\n"
                                             "2024-03-05 10:30,097777888,011222333,80.00,shift pay\n"
                                             "2024-03-06 11:00,011222333,012345678,not money,refund\n");
        QSignalSpy imported(&window, &MainWindow::importFinished);
        qRegisterMetaType<MappingWizard *>();
        QSignalSpy wizards(&window, &MainWindow::mappingWizardOpened);
        window.importFiles({file}, {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(imported.first().first().toBool(), false);
        // The wizard opens by itself on the table.
        QTRY_COMPARE(wizards.count(), 1);
        auto *wizard = wizards.first().first().value<MappingWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->columnCount(), 5);
        QVERIFY(!wizard->isReady());
        QVERIFY(wizard->previewText().contains(QLatin1String("Choose")));
        wizard->setHeaderRow(2);
        wizard->setRole(0, MoneyRole::DateTime);
        wizard->setRole(1, MoneyRole::FromAccount);
        wizard->setRole(2, MoneyRole::ToAccount);
        wizard->setRole(3, MoneyRole::Amount);
        wizard->setRole(4, MoneyRole::Description);
        QVERIFY(wizard->isReady());
        QVERIFY2(wizard->previewText().contains(QLatin1String("2 transfers")), qPrintable(wizard->previewText()));
        QVERIFY2(wizard->previewText().contains(QLatin1String("line 5")), qPrintable(wizard->previewText()));
        QCOMPARE(wizard->previewEventCount(), 2);
        const QJsonObject mapping = wizard->mapping();
        QCOMPARE(mapping.value(QStringLiteral("columns")).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("USD"));
        const QImage shot = wizard->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS"))
            shot.save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/mapping-wizard.png"));
        wizard->accept();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 30000);
        QCOMPARE(imported.last().first().toBool(), true);
        QCOMPARE(test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events WHERE type = 'transfer'")), before + 2);
        auto saved = window.store()->mappings();
        SG_VERIFY_OK(saved);
        QCOMPARE(saved->size(), 1);
    }

    void callRecordsMappedInTheWizard()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        QVERIFY(window.openCase(m_case));
        const QString file = test::writeFile(m_dir.path(), QStringLiteral("operator-x.csv"),
                                             "Nguoi goi,Nguoi nghe,Luc,Giay\n"
                                             "012345678,011555666,2024-05-01 08:00:00,30\n"
                                             "011555666,012345678,2024-05-01 09:00:00,15\n");
        QSignalSpy imported(&window, &MainWindow::importFinished);
        MappingWizard *wizard = window.openMappingWizard(file);
        QVERIFY(wizard);
        wizard->setCallRecords(true);
        wizard->setCallRole(0, QStringLiteral("caller"));
        wizard->setCallRole(1, QStringLiteral("callee"));
        wizard->setCallRole(2, QStringLiteral("datetime"));
        wizard->setCallRole(3, QStringLiteral("duration"));
        QVERIFY2(wizard->isReady(), qPrintable(wizard->previewText()));
        QVERIFY2(wizard->previewText().contains(QLatin1String("2 calls")), qPrintable(wizard->previewText()));
        QCOMPARE(wizard->mapping().value(QStringLiteral("kind")).toString(), QStringLiteral("calls"));
        wizard->accept();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(imported.first().first().toBool(), true);
        auto newcomer = window.store()->resolve(QStringLiteral("phone:+85511555666"));
        SG_VERIFY_OK(newcomer);
        QCOMPARE(test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 OR to_entity = %1").arg(newcomer->id)), qint64(2));
    }

    void selectedLinkShowsItsEvents()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        QVERIFY(window.openCase(m_case));
        // The wallet transfers of the mapping test: 012345678 paid 097777888 120.50.
        auto from = window.store()->resolve(QStringLiteral("account:012345678"));
        auto to = window.store()->resolve(QStringLiteral("account:097777888"));
        SG_VERIFY_OK(from);
        SG_VERIFY_OK(to);
        SG_VERIFY_OK(window.addToChart({from->id, to->id}, QPointF(0, 0)));
        LinkItem *link = window.scene()->linkItem(from->id, to->id);
        QVERIFY(link);
        window.scene()->clearSelection();
        link->setSelected(true);
        InspectorPanel *inspector = window.inspectorPanel();
        const qint64 events = test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events WHERE (from_entity = %1 AND to_entity = %2) "
                                                                           "OR (from_entity = %2 AND to_entity = %1)").arg(from->id).arg(to->id));
        QVERIFY(events >= 1);
        QCOMPARE(inspector->eventRowCount(), int(events));
        QVERIFY2(inspector->text().contains(QStringLiteral("120.50")), qPrintable(inspector->text()));
        QVERIFY(inspector->text().contains(QStringLiteral("↔")));
        // Back to an entity: the table goes away.
        window.scene()->clearSelection();
        window.scene()->selectEntities({from->id});
        QCOMPARE(inspector->eventRowCount(), 0);

        // A link drawn to a collapsed group lists the events of all its members.
        // 097777888 paid 011222333 80.00: with the payer of 120.50 in one group, both payments
        // are on the group's link to 097777888.
        auto third = window.store()->resolve(QStringLiteral("account:011222333"));
        SG_VERIFY_OK(third);
        SG_VERIFY_OK(window.addToChart({third->id}, QPointF(200, 200)));
        const qint64 group = window.chart()->createGroup({from->id, third->id}, QStringLiteral("Mules"));
        window.chart()->setGroupCollapsed(group, true);
        LinkItem *toGroup = window.scene()->linkItem(to->id, groupDisplayId(group));
        QVERIFY(toGroup);
        window.scene()->clearSelection();
        toGroup->setSelected(true);
        const qint64 groupEvents = test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events WHERE (from_entity = %1 AND to_entity IN (%2, %3)) "
                                                                                "OR (from_entity IN (%2, %3) AND to_entity = %1)")
                                                                     .arg(to->id).arg(from->id).arg(third->id));
        QVERIFY(groupEvents >= 2);
        QCOMPARE(inspector->eventRowCount(), int(groupEvents));
        QVERIFY2(inspector->text().contains(QStringLiteral("200.50")), qPrintable(inspector->text())); // 120.50 + 80.00
        QVERIFY2(inspector->text().contains(QStringLiteral("Mules")), qPrintable(inspector->text()));
        // Last: a shown window may zoom out to the far view, where links are not items to select.
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS")) {
            window.resize(1400, 850);
            window.show();
            window.grab().save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/link-inspector.png"));
        }
    }

    void failedImportShowsTheFileAndKeepsTheCase()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        QVERIFY(window.openCase(m_case));
        auto stats = window.store()->stats();
        SG_VERIFY_OK(stats);
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.importFiles({test::writeFile(m_dir.path(), QStringLiteral("garbage.csv"), "a,b,c\n1,2,3\n")}, {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(imported.first().first().toBool(), false);
        QCOMPARE(errors.count(), 1);
        QVERIFY(window.lastError().message.contains(QLatin1String("garbage.csv")));
        auto after = window.store()->stats();
        SG_VERIFY_OK(after);
        QCOMPARE(after->events, stats->events);
        QCOMPARE(after->sources, stats->sources);

        QVERIFY(!window.openCase(m_dir.filePath(QStringLiteral("missing.seagull"))));
        QCOMPARE(window.lastError().code, ErrorCode::NotFound);
        QVERIFY(window.store()); // the open case stays open
    }

    // File → Print: the dialog starts from the case's fields, its choices make the request; the
    // preview shows the pages the PDF has, the appendix read on a worker.
    void printDialogAndPreview()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        window.show();
        QVERIFY(window.openCase(path));
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(window.addToChart({a}, QPointF()));
        SG_VERIFY_OK(window.expandEntities({a}));

        PrintDialog dialog(window.printRequest(), &window);
        QCOMPARE(dialog.request().options.fields.caseNumber, window.store()->info().number);
        QCOMPARE(dialog.request().options.fields.title, window.chart()->name());
        QCOMPARE(dialog.request().sources, true);
        dialog.paperBox()->setCurrentText(QStringLiteral("A3"));
        dialog.orientationBox()->setCurrentIndex(1); // portrait
        dialog.columnsBox()->setValue(2);
        dialog.exhibitEdit()->setText(QStringLiteral("EX-9"));
        dialog.classificationBox()->setCurrentText(QStringLiteral("CONFIDENTIAL"));
        dialog.eventsBox()->setChecked(true);
        dialog.show();
        saveShot(dialog.grab().toImage(), QStringLiteral("print-dialog.png"));
        dialog.choose(PrintDialog::Target::Preview);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const PrintRequest request = dialog.request();
        QCOMPARE(request.options.pageSize.id(), QPageSize::A3);
        QCOMPARE(request.options.orientation, QPageLayout::Portrait);
        QCOMPARE(request.options.columns * request.options.rows, 2);
        QCOMPARE(request.options.fields.exhibit, QStringLiteral("EX-9"));
        QCOMPARE(request.options.fields.classification, QStringLiteral("CONFIDENTIAL"));
        QVERIFY(request.sources && request.events);

        // To a file: two tiles, the sources, the events.
        QSignalSpy printed(&window, &MainWindow::printFinished);
        const QString pdf = dir.filePath(QStringLiteral("print.pdf"));
        window.printChart(request, PrintDialog::Target::File, pdf);
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 30000);
        QCOMPARE(printed.first().at(0).toBool(), true);
        const int pages = printed.first().at(1).toInt();
        QCOMPARE(pages, 4);
        const test::Run info = test::runProcess(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.out.contains("Pages:           4"), info.out.constData());
        QVERIFY2(info.out.contains("(A3)"), info.out.constData());
        const test::Run text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.out.contains("Exhibit EX-9"));
        QVERIFY(text.out.contains("Appendix: the events behind each link"));
        // The window remembers the set-up and the exhibit for the next print.
        window.printChart(request, PrintDialog::Target::Preview);
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 2, 30000);
        QCOMPARE(printed.last().at(1).toInt(), 4);
        auto *preview = window.findChild<QPrintPreviewDialog *>();
        QVERIFY(preview);
        auto *pagesWidget = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pagesWidget);
        QTRY_COMPARE(pagesWidget->pageCount(), 4);
        saveShot(preview->grab().toImage(), QStringLiteral("print-preview.png"));
        preview->close();
        // Audited.
        auto log = window.store()->auditLog();
        SG_VERIFY_OK(log);
        QVERIFY(std::any_of(log->cbegin(), log->cend(), [&](const AuditEntry &e) {
            return e.action == QLatin1String("print_chart") && e.detail.contains(pdf);
        }));
    }

    // File → Entity profile / Case summary report and Export chart data, through the window:
    // read and laid out on a worker, audited; each export read back by its importer.
    void reportsAndExchangeFromTheWindow()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        window.setExpandLimit(50);
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(window.addToChart({a}, QPointF()));
        SG_VERIFY_OK(window.expandEntities({a}));
        QCOMPARE(window.chart()->nodeCount(), 3);

        QSignalSpy reported(&window, &MainWindow::reportFinished);
        const QString profile = dir.filePath(QStringLiteral("profile.pdf"));
        window.writeReport(a, profile);
        QTRY_COMPARE_WITH_TIMEOUT(reported.count(), 1, 30000);
        QCOMPARE(reported.first().first().toBool(), true);
        QVERIFY(test::runProcess(QStringLiteral("pdftotext"), {profile, QStringLiteral("-")}).out.contains("+85592111222"));
        // Titled by the entity, which the worker read.
        const QString info = QString::fromUtf8(test::runProcess(QStringLiteral("pdfinfo"), {profile}).out).simplified();
        QVERIFY2(info.contains(QLatin1String("Title: Entity profile: +85512345678")), qPrintable(info));
        const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
        window.writeReport(std::nullopt, summary);
        QTRY_COMPARE_WITH_TIMEOUT(reported.count(), 2, 30000);
        QCOMPARE(reported.last().first().toBool(), true);
        QVERIFY(test::runProcess(QStringLiteral("pdftotext"), {summary, QStringLiteral("-")}).out.contains("c.csv"));

        QSignalSpy exported(&window, &MainWindow::exportFinished);
        int expectedSignals = 0;
        for (const QString &name : {QStringLiteral("chart.anx"), QStringLiteral("chart.graphml"), QStringLiteral("chart.sgbundle")}) {
            window.exportChartData(dir.filePath(name), QStringLiteral("Lao Police"));
            ++expectedSignals;
            QTRY_COMPARE_WITH_TIMEOUT(exported.count(), expectedSignals, 30000);
            QCOMPARE(exported.last().first().toBool(), true);
            QTemporaryDir other;
            auto store = test::newCase(other.path());
            auto imported = ImportService(*store).importFile(dir.filePath(name), {});
            SG_VERIFY_OK(imported);
            QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM entities")), qint64(3));
            // ANX and bundles carry the events among the three (A–B four, A–C one).
            if (!name.endsWith(QLatin1String(".graphml")))
                QCOMPARE(test::scalar(*store, QStringLiteral("SELECT count(*) FROM events")), qint64(5));
        }
        window.exportChartData(dir.filePath(QStringLiteral("chart.doc")));
        ++expectedSignals;
        QTRY_COMPARE(exported.count(), expectedSignals);
        QCOMPARE(exported.last().first().toBool(), false);
        QVERIFY(window.lastError().message.contains(QLatin1String("chart.doc")));
        auto log = window.store()->auditLog();
        SG_VERIFY_OK(log);
        QCOMPARE(std::count_if(log->cbegin(), log->cend(), [](const AuditEntry &e) { return e.action == QLatin1String("report"); }), 2);
        QCOMPARE(std::count_if(log->cbegin(), log->cend(), [](const AuditEntry &e) { return e.action == QLatin1String("export"); }), 3);
    }

    // One selected entity brings its ten busiest contacts onto the timeline as lines: those
    // with the most events with it, whatever their calls among themselves (the two quietest
    // here call each other thirty times, which counted for one of them when the lines were
    // chosen from every link around the entity).
    void timelineBringsTheBusiestContacts()
    {
        QTemporaryDir dir;
        QByteArray csv = "Calling Number,Called Number,Start Time,Duration,Call Type\n";
        const auto contact = [](int n) { return QStringLiteral("092 111 %1").arg(200 + n).toUtf8(); };
        for (int n = 1; n <= 12; ++n) {
            for (int call = 0; call < 13 - n; ++call)
                csv += "012 345 678," + contact(n) + QStringLiteral(",05/03/2024 %1:%2:00,60,MOC\n").arg(8 + n, 2, 10, QLatin1Char('0')).arg(call, 2, 10, QLatin1Char('0')).toUtf8();
        }
        for (int call = 0; call < 30; ++call)
            csv += contact(11) + "," + contact(12) + QStringLiteral(",06/03/2024 10:%1:00,60,MOC\n").arg(call, 2, 10, QLatin1Char('0')).toUtf8();
        const QString path = caseWith(dir, QStringLiteral("contacts.csv"), csv);
        MainWindow window(nullptr);
        window.resize(1400, 850);
        window.show();
        QVERIFY(window.openCase(path));
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(window.addToChart({a}, QPointF()));
        window.findChild<QDockWidget *>(QStringLiteral("timelineDock"))->show();
        TimelinePanel *timeline = window.timelinePanel();
        window.scene()->clearSelection();
        window.scene()->selectEntities({a});
        // The events among the lines: A's with its ten busiest, 12 + 11 + ... + 3.
        QTRY_COMPARE_WITH_TIMEOUT(timeline->eventCount(), 75, 10000);
        QVERIFY(timeline->view()->laneY(a) >= 0);
        for (int n = 1; n <= 12; ++n) {
            const EntityId id = idOf(window, QStringLiteral("phone:+855921112%1").arg(n, 2, 10, QLatin1Char('0')));
            QVERIFY2((timeline->view()->laneY(id) >= 0) == (n <= 10), qPrintable(QStringLiteral("contact %1").arg(n)));
        }
    }

    // The Activity panel counts the selection's events by weekday and hour and by day, as the
    // store does, and follows the selection; the chart and the whole case are scopes too.
    void activityPanelFollowsTheSelection()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        window.resize(1400, 850);
        window.show();
        QVERIFY(window.openCase(path));
        window.setExpandLimit(50);
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        const EntityId d = idOf(window, QStringLiteral("phone:+85511999000"));
        SG_VERIFY_OK(window.addToChart({a, d}, QPointF()));
        ActivityPanel *panel = window.activityPanel();
        QSignalSpy updated(panel, &ActivityPanel::updated);
        window.scene()->clearSelection();
        window.scene()->selectEntities({a});
        QTRY_VERIFY_WITH_TIMEOUT(panel->counts().total == 5, 10000);
        auto expected = window.store()->activity({a});
        SG_VERIFY_OK(expected);
        QCOMPARE(panel->counts().byWeekdayHour, expected->byWeekdayHour);
        QCOMPARE(panel->counts().byWeekdayHour[1][9], qint64(1)); // Tuesday 09:00 in Phnom Penh
        QVERIFY2(panel->heatMatrix()->cellText(1, 9).contains(QStringLiteral("09:00–10:00: 1 event")), qPrintable(panel->heatMatrix()->cellText(1, 9)));
        QVERIFY2(panel->summary().contains(QLatin1String("from 5 Mar 2024 to 7 Mar 2024")), qPrintable(panel->summary()));
        // Another selection: D's one call.
        window.scene()->clearSelection();
        window.scene()->selectEntities({d});
        QTRY_VERIFY_WITH_TIMEOUT(panel->counts().total == 1, 10000);
        // The whole case.
        panel->setScope(ActivityPanel::Scope::Case);
        QTRY_VERIFY_WITH_TIMEOUT(panel->counts().total == test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events")), 10000);
        panel->setScope(ActivityPanel::Scope::Chart);
        QTRY_VERIFY_WITH_TIMEOUT(panel->counts().total == 6, 10000); // A's five and D's one
        // The timeline: one selected entity brings its busiest contacts as lines.
        window.findChild<QDockWidget *>(QStringLiteral("timelineDock"))->show();
        TimelinePanel *timeline = window.timelinePanel();
        window.scene()->clearSelection();
        window.scene()->selectEntities({a});
        QTRY_COMPARE_WITH_TIMEOUT(timeline->eventCount(), 5, 10000); // A with B (4) and with C (1)
        QVERIFY(timeline->view()->laneY(a) >= 0);
        QVERIFY(timeline->view()->laneY(idOf(window, QStringLiteral("phone:+85592111222"))) >= 0);
        QCOMPARE(timeline->view()->laneY(d), -1.0); // not a contact of A
        window.scene()->clearSelection();
        QTRY_COMPARE_WITH_TIMEOUT(timeline->eventCount(), 0, 10000);
        window.scene()->selectEntities({a});
        QTRY_COMPARE_WITH_TIMEOUT(timeline->eventCount(), 5, 10000);

        // Both views print through the chart printer: one page, the title block, the axis in
        // the case's zone, the legend.
        const QString timelinePdf = dir.filePath(QStringLiteral("timeline.pdf"));
        SG_VERIFY_OK(window.exportView(timeline->view()->printView(), QStringLiteral("Timeline"), timelinePdf));
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS"))
            test::runProcess(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), timelinePdf,
                                                         qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/timeline-print")});
        const test::Run timelineInfo = test::runProcess(QStringLiteral("pdfinfo"), {timelinePdf});
        QVERIFY2(timelineInfo.out.contains("Pages:           1"), timelineInfo.out.constData());
        const QByteArray timelineText = test::runProcess(QStringLiteral("pdftotext"), {timelinePdf, QStringLiteral("-")}).out;
        // Few events: each mark labelled with its time.
        for (const char *expected : {"Timeline", "Case T-1", "Times in Asia/Phnom_Penh (UTC+07:00)", "+85512345678", "+85592111222",
                                     "Call: from the caller", "Page 1 of 1", "5 Mar 09:00"})
            QVERIFY2(timelineText.contains(expected), qPrintable(QStringLiteral("%1 missing in %2").arg(QLatin1String(expected), QString::fromUtf8(timelineText))));
        QVERIFY(QRegularExpression(QStringLiteral("\\b(06|12|18):00\\b")).match(QString::fromUtf8(timelineText)).hasMatch()); // axis labels
        // The same through Qt's print preview, as the panel's Print button does after the print
        // dialog: A4 landscape, two tiles.
        PrintOptions options = window.printRequest().options;
        options.fields.title = QStringLiteral("Timeline");
        options.columns = 2;
        window.printView(timeline->printView(), options, PrintDialog::Target::Preview);
        auto *preview = qobject_cast<QPrintPreviewDialog *>(window.printPreview());
        QVERIFY(preview);
        auto *previewPages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(previewPages);
        QTRY_COMPARE(previewPages->pageCount(), 2);
        preview->close();
        // Years in the Buddhist era, from the Language menu: the axis and the print follow; the
        // case does not change.
        QAction *era = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text().contains(QLatin1String("Buddhist era")))
                era = action;
        QVERIFY(era && era->isCheckable() && !era->isChecked());
        timeline->view()->setRange(QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
                                   QDateTime(QDate(2024, 3, 10), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        auto axis = [&] {
            QStringList labels;
            for (const TimelineView::Tick &t : timeline->view()->ticks())
                labels << t.label;
            return labels.join(QLatin1Char('|'));
        };
        QVERIFY2(axis().contains(QLatin1String("2024")), qPrintable(axis()));
        era->trigger();
        QVERIFY2(axis().contains(QLatin1String("2567")) && !axis().contains(QLatin1String("2024")), qPrintable(axis()));
        QVERIFY(QSettings().value(QStringLiteral("display/buddhistEra")).toBool());
        const QString eraPdf = dir.filePath(QStringLiteral("timeline-be.pdf"));
        SG_VERIFY_OK(window.exportView(timeline->view()->printView(), QStringLiteral("Timeline"), eraPdf));
        const QByteArray eraText = test::runProcess(QStringLiteral("pdftotext"), {eraPdf, QStringLiteral("-")}).out;
        QVERIFY2(eraText.contains("2567") && eraText.contains("B.E."), eraText.constData());
        era->trigger();
        QVERIFY(!timetext::display().buddhistEra);
        QVERIFY2(axis().contains(QLatin1String("2024")), qPrintable(axis()));
        const QString activityPng = dir.filePath(QStringLiteral("activity.png"));
        SG_VERIFY_OK(window.exportView(panel->printView(), QStringLiteral("Activity"), activityPng));
        QVERIFY(!QImage(activityPng).isNull());
        const QString activityPdf = dir.filePath(QStringLiteral("activity.pdf"));
        SG_VERIFY_OK(window.exportView(panel->printView(), QStringLiteral("Activity"), activityPdf));
        const QByteArray activityText = test::runProcess(QStringLiteral("pdftotext"), {activityPdf, QStringLiteral("-")}).out;
        QVERIFY2(activityText.contains("Tue") && activityText.contains("Bars: events per day"), activityText.constData());
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS")) {
            test::runProcess(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), activityPdf,
                                                         qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/activity-print")});
        }
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS")) {
            window.findChild<QDockWidget *>(QStringLiteral("activityDock"))->raise();
            QTest::qWait(100);
            window.grab().save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/activity.png"));
        }
    }

    // View → Time filter: the chart's days; a range fades the links without events in it and the
    // entities left without links; Show all brings everything back; Play grows the network.
    void timeFilterFadesWhatIsOutside()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        window.setExpandLimit(50);
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        const EntityId b = idOf(window, QStringLiteral("phone:+85592111222"));
        const EntityId c = idOf(window, QStringLiteral("phone:+855977777888"));
        const EntityId d = idOf(window, QStringLiteral("phone:+85511999000"));
        SG_VERIFY_OK(window.addToChart({a, b, c, d}, QPointF()));
        QSignalSpy applied(&window, &MainWindow::timeFilterApplied);
        window.showTimeFilter(true);
        TimeFilterBar *bar = window.timeFilterBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->slider()->firstDay().isValid(), 10000);
        QCOMPARE(bar->slider()->firstDay(), QDate(2024, 3, 5));
        QCOMPARE(bar->slider()->lastDay(), QDate(2024, 3, 8));
        // 5 March only: A's two calls to B.
        const int before = applied.count();
        bar->slider()->setRange(QDate(2024, 3, 5), QDate(2024, 3, 5));
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() > before, 10000);
        auto opacity = [&](EntityId x, EntityId y) { return window.scene()->linkItem(std::min(x, y), std::max(x, y))->opacity(); };
        QCOMPARE(opacity(a, b), 1.0);
        QVERIFY(opacity(a, c) < 0.5);
        QVERIFY(opacity(c, d) < 0.5);
        QCOMPARE(window.scene()->entityItem(a)->opacity(), 1.0);
        QVERIFY(window.scene()->entityItem(c)->opacity() < 0.5);
        QVERIFY(window.scene()->entityItem(d)->opacity() < 0.5);
        // 7 to 8 March: the text to C and C's call to D; A and B's call of the 7th too.
        bar->slider()->setRange(QDate(2024, 3, 7), QDate(2024, 3, 8));
        QTRY_VERIFY_WITH_TIMEOUT(opacity(c, d) == 1.0, 10000);
        QCOMPARE(opacity(a, c), 1.0);
        QCOMPARE(opacity(a, b), 1.0); // B called A on the 7th
        // Hide instead of fade: 5 March only again, then hidden (transparent, not clickable).
        bar->slider()->setRange(QDate(2024, 3, 5), QDate(2024, 3, 5));
        QTRY_VERIFY_WITH_TIMEOUT(opacity(c, d) < 0.5, 10000);
        QVERIFY(opacity(c, d) > 0);
        bar->setHidesOutside(true);
        QCOMPARE(opacity(c, d), 0.0);
        QCOMPARE(window.scene()->entityItem(d)->opacity(), 0.0);
        QVERIFY(!window.scene()->entityItem(d)->isEnabled());
        QVERIFY(window.scene()->entityItem(a)->isEnabled());
        QCOMPARE(opacity(a, b), 1.0);
        bar->setHidesOutside(false);
        QVERIFY(opacity(c, d) > 0 && opacity(c, d) < 0.5);
        QVERIFY(window.scene()->entityItem(d)->isEnabled());
        // Show all.
        const int shown = applied.count();
        window.showTimeFilter(false);
        QTRY_VERIFY(applied.count() > shown);
        QCOMPARE(opacity(a, c), 1.0);
        QCOMPARE(window.scene()->entityItem(d)->opacity(), 1.0);
        QVERIFY(!window.scene()->hasTimeFilter());
        // Play: from the first day, a day at a time, to the last.
        window.showTimeFilter(true);
        QTRY_VERIFY_WITH_TIMEOUT(bar->slider()->firstDay().isValid(), 10000);
        bar->play();
        QVERIFY(bar->isPlaying());
        QCOMPARE(bar->slider()->to(), QDate(2024, 3, 5));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isPlaying(), 10000);
        QCOMPARE(bar->slider()->to(), QDate(2024, 3, 8));
        QTRY_COMPARE_WITH_TIMEOUT(opacity(c, d), 1.0, 10000);
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS")) {
            window.resize(1200, 700);
            window.show();
            bar->slider()->setRange(QDate(2024, 3, 5), QDate(2024, 3, 6));
            QTRY_VERIFY_WITH_TIMEOUT(opacity(c, d) < 0.5, 10000);
            window.view()->fitChart();
            window.grab().save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/time-filter.png"));
        }
    }

    // Money over time for a mule account: 1,000 USD in at 09:00, 950 out at 10:00, the balance
    // back to 50; printed with its legend.
    void moneyOverTimeShowsPassThrough()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("aml.csv"), test::muleChainTable());
        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        const EntityId mule = idOf(window, QStringLiteral("account:002:M1"));
        SG_VERIFY_OK(window.addToChart({mule}, QPointF()));
        auto flow = MoneyFlow::read(*window.store(), mule);
        SG_VERIFY_OK(flow);
        QCOMPARE(flow->currency, QStringLiteral("USD"));
        QCOMPARE(flow->steps.size(), 2);
        QCOMPARE(flow->steps[0].minor, qint64(100000));
        QCOMPARE(flow->steps[1].minor, qint64(-95000));
        QCOMPARE(flow->steps[1].balance, qint64(5000));
        QCOMPARE(flow->totalIn, qint64(100000));
        QCOMPARE(flow->totalOut, qint64(95000));
        // The victim only pays out; the collector only receives.
        auto victim = MoneyFlow::read(*window.store(), idOf(window, QStringLiteral("account:001:V1")));
        SG_VERIFY_OK(victim);
        QCOMPARE(victim->steps.last().balance, qint64(-100000));

        window.findChild<QDockWidget *>(QStringLiteral("timelineDock"))->show();
        TimelinePanel *panel = window.timelinePanel();
        panel->showMoney(true);
        window.scene()->selectEntities({mule});
        QTRY_COMPARE_WITH_TIMEOUT(panel->moneyView()->flow().steps.size(), 2, 10000);
        MoneyView *view = panel->moneyView();
        view->resize(800, 300);
        QVERIFY(view->xForTime(flow->steps[0].utcMs) < view->xForTime(flow->steps[1].utcMs));
        QVERIFY(view->yForAmount(100000) < view->yForAmount(5000)); // more money, higher
        QVERIFY(view->yForAmount(-95000) > view->yForAmount(0));
        QVERIFY2(view->summary().contains(QStringLiteral("1,000.00 USD")) && view->summary().contains(QStringLiteral("950.00 USD"))
                     && view->summary().contains(QStringLiteral("50.00 USD")),
                 qPrintable(view->summary()));
        QCOMPARE(panel->viewTitle(), QStringLiteral("Money over time"));
        const QString pdf = dir.filePath(QStringLiteral("money.pdf"));
        SG_VERIFY_OK(window.exportView(panel->printView(), panel->viewTitle(), pdf));
        const QByteArray text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
        QVERIFY2(text.contains("Money over time") && text.contains("Money in") && text.contains("Running balance"), text.constData());
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS"))
            view->grab().save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/money.png"));
    }

    // Many entities added at once (an analysis of the whole case, "Add to chart" with no row
    // selected): more than ReadOnWorkerAbove are read on a worker (the window's timers run),
    // more than AskAbove only when the analyst says so, all of them or the first AskAbove in the
    // order given.
    void manyAddedAreReadOnAWorkerAndAsked()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), hubCalling(2500));
        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        QList<EntityId> ids{idOf(window, QStringLiteral("phone:+85512345678"))};
        for (int i = 0; i < 2500; ++i)
            ids.append(idOf(window, QStringLiteral("phone:+85592%1").arg(100000 + i)));
        QUndoStack *undo = window.chart()->undoStack();
        QString question;
        const auto answerWith = [&](const QString &button) { answerLargeQuestion(window, question, button); };

        // 1,500: read on a worker without asking.
        bool ticked = false;
        QTimer::singleShot(0, &window, [&] { ticked = true; });
        SG_VERIFY_OK(window.addToChart(ids.mid(0, 1500), QPointF()));
        QVERIFY2(ticked, "the window ran no timer while the entities were read");
        QVERIFY(question.isEmpty());
        QCOMPARE(window.chart()->nodeCount(), 1500);
        QCOMPARE(window.chart()->linkCount(), 1499); // the hub with each
        QCOMPARE(window.scene()->selectedEntities().size(), 1500);
        undo->undo();
        QCOMPARE(window.chart()->nodeCount(), 0);

        // 2,501: asked; Cancel adds nothing.
        answerWith({});
        SG_VERIFY_OK(window.addToChart(ids, QPointF()));
        QCOMPARE(question, QStringLiteral("Adding would put 2501 entities on the chart."));
        QCOMPARE(window.chart()->nodeCount(), 0);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Nothing was added."));

        // The first 2,000 in the order given: the hub and 1,999 of its numbers.
        question.clear();
        answerWith(QStringLiteral("Add the first 2000"));
        SG_VERIFY_OK(window.addToChart(ids, QPointF()));
        QCOMPARE(window.chart()->nodeCount(), 2000);
        QVERIFY(window.chart()->contains(ids[0]) && window.chart()->contains(ids[1999]) && !window.chart()->contains(ids[2000]));
        QCOMPARE(window.chart()->linkCount(), 1999);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("2000 entities added"));

        // Those already there are not counted again: the other 501, asked about no more.
        question.clear();
        SG_VERIFY_OK(window.addToChart(ids, QPointF()));
        QVERIFY(question.isEmpty());
        QCOMPARE(window.chart()->nodeCount(), 2501);
        QCOMPARE(window.chart()->linkCount(), 2500);
        undo->undo();
        undo->undo();

        // All of them when the analyst says so.
        answerWith(QStringLiteral("Add them all"));
        SG_VERIFY_OK(window.addToChart(ids, QPointF()));
        QCOMPARE(window.chart()->nodeCount(), 2501);
        QCOMPARE(window.chart()->linkCount(), 2500);
        QCOMPARE(undo->undoText(), QStringLiteral("Add 2501 entities"));
    }

    // Two hops without a limit from a quiet number beside a hub of 2,500 numbers: read on a
    // worker (the window's timers run), and more than AskAbove new entities are added only when
    // the analyst says so; a request of the usual size neither waits nor asks.
    void largeExpansionIsReadOnAWorkerAndAsked()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), hubCalling(2500, "097 7777 888,012 345 678,05/03/2024 08:00:00,30,MOC\n"));
        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        const EntityId seed = idOf(window, QStringLiteral("phone:+855977777888"));
        SG_VERIFY_OK(window.addToChart({seed}, QPointF()));
        QUndoStack *undo = window.chart()->undoStack();
        const int steps = undo->count();
        ExpandFilter twoHops;
        twoHops.hops = 2;
        twoHops.limit = 0;
        QString question;
        const auto answerWith = [&](const QString &button) { answerLargeQuestion(window, question, button); };

        bool tickedBeforeQuestion = false;
        QTimer::singleShot(0, &window, [&] { tickedBeforeQuestion = !window.largeExpansionBox(); });
        answerWith({});
        SG_VERIFY_OK(window.expandEntities({seed}, twoHops));
        QVERIFY2(tickedBeforeQuestion, "the window ran no timer while the expansion was read");
        QCOMPARE(question, QStringLiteral("Expanding would add 2501 entities to the chart."));
        QCOMPARE(window.chart()->nodeCount(), 1);
        QCOMPARE(undo->count(), steps);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Nothing was added."));

        // Their links are drawn a slice at a time (here 500, then 400 a turn), the status bar
        // counting, the window live between.
        question.clear();
        answerWith(QStringLiteral("Add them all"));
        window.scene()->setDrawingSlices(500, 400);
        auto *drawing = window.statusBar()->findChild<QLabel *>(QStringLiteral("drawingStatus"));
        QVERIFY(drawing && drawing->isHidden());
        int slices = 0;
        connect(window.scene(), &ChartScene::drawingProgress, &window, [&slices] { ++slices; });
        SG_VERIFY_OK(window.expandEntities({seed}, twoHops));
        QCOMPARE(question, QStringLiteral("Expanding would add 2501 entities to the chart."));
        QCOMPARE(window.chart()->nodeCount(), 2502);
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY(window.scene()->isDrawing());
        QCOMPARE(window.scene()->linkItemCount(), 500);
        QVERIFY(!drawing->isHidden());
        QCOMPARE(drawing->text(), QStringLiteral("Drawing links: %1 of %2").arg(QLocale().toString(500), QLocale().toString(2501)));
        QTRY_VERIFY(drawing->isHidden());
        QCOMPARE(window.scene()->linkItemCount(), 2501);
        QCOMPARE(slices, 7); // 500, 900, ..., 2,500 and 2,501
        undo->undo();
        QCOMPARE(window.chart()->nodeCount(), 1);
        // Undone while they come: the count goes with them.
        undo->redo();
        QVERIFY(!drawing->isHidden());
        undo->undo();
        QVERIFY(drawing->isHidden());
        QVERIFY(!window.scene()->isDrawing());
        QCOMPARE(window.chart()->nodeCount(), 1);

        // The usual request (one hop, the window's limit) is read at once, without a question.
        bool ticked = false;
        QTimer::singleShot(0, &window, [&ticked] { ticked = true; });
        question.clear();
        SG_VERIFY_OK(window.expandEntities({seed}));
        QVERIFY(!ticked);
        QVERIFY(question.isEmpty());
        QCOMPARE(window.chart()->nodeCount(), 2);
    }

    // Edit → Find duplicates reads the candidates on a worker (the window's timers run before
    // the list opens) and lists them with why.
    void findDuplicatesReadsOnAWorker()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        window.resize(1000, 700);
        QVERIFY(window.openCase(path));
        CaseEditor editor(*window.store());
        SG_VERIFY_OK(editor.addEntity({EntityType::Person, {}, QStringLiteral("Nguyễn Văn Đức"), {}, {}, {}}));
        SG_VERIFY_OK(editor.addEntity({EntityType::Person, {}, QStringLiteral("nguyen van  duc"), {}, {}, {}}));
        const auto list = [&]() -> QDialog * {
            for (auto *dialog : window.findChildren<QDialog *>())
                if (dialog->isVisible() && dialog->windowTitle() == QLatin1String("Possible duplicates"))
                    return dialog;
            return nullptr;
        };
        bool ticked = false;
        bool listOpenAtTick = false;
        QTimer::singleShot(0, &window, [&] {
            ticked = true;
            listOpenAtTick = list() != nullptr;
        });
        QStringList rows;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &window, [&] {
            QDialog *dialog = list();
            if (!dialog)
                return;
            auto *tree = dialog->findChild<QTreeWidget *>();
            for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
                rows << tree->topLevelItem(i)->text(0) + QStringLiteral(" | ") + tree->topLevelItem(i)->text(1);
            dialog->reject();
        });
        poll.start(20);
        QAction *find = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Find &duplicates…"))
                find = a;
        QVERIFY(find);
        find->trigger();
        poll.stop();
        QVERIFY(ticked);
        QVERIFY2(!listOpenAtTick, "the candidates were read on the GUI thread (no event ran before the list opened)");
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().contains(QStringLiteral("Nguyễn Văn Đức")) && rows.first().contains(QLatin1String("Names that read alike")),
                 qPrintable(rows.first()));
    }

    // Case data by hand from the main window: each change of the case is one undoable step with
    // its chart change; undo takes back the case and the chart together; a merge undone leaves
    // the chart exactly as it was.
    // An undo or a redo of a case step that the case refuses (here a trigger refuses every
    // audit entry; in use a full disk or the case locked by other work) leaves the case, the
    // chart and the undo list as they were, with the error said; the step can be undone or
    // redone once the case takes it.
    void aFailedUndoOrRedoLeavesEverythingAsItWas()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        const auto [a, person] = openWithAPersonAdded(window, path);
        QVERIFY(person > 0);
        QUndoStack *undo = window.chart()->undoStack();
        CaseEditor editor(*window.store());
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        const auto refuse = [&](bool on) {
            const char *sql = on ? "CREATE TRIGGER refuse_for_test BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
                                 : "DROP TRIGGER refuse_for_test";
            QCOMPARE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        };
        QSignalSpy errors(&window, &MainWindow::errorShown);

        // Undo refused: the person stays in the case and on the chart, still the step to undo.
        const QByteArray chartDone = window.chart()->toJson();
        const int index = undo->index();
        refuse(true);
        window.undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(window.lastError().oneLine().contains(QLatin1String("refused for the test")), qPrintable(window.lastError().oneLine()));
        QCOMPARE(undo->index(), index);
        QCOMPARE(undo->undoText(), QStringLiteral("New Person"));
        QVERIFY(window.chart()->contains(person));
        QCOMPARE(window.chart()->toJson(), chartDone);
        QVERIFY(!*editor.isDeleted(person));
        refuse(false);
        window.undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(undo->index(), index - 1);
        QVERIFY(!window.chart()->contains(person));
        QVERIFY(*editor.isDeleted(person));

        // Redo refused: still undone in the case and on the chart, still the step to redo.
        const QByteArray chartUndone = window.chart()->toJson();
        refuse(true);
        window.redo();
        QCOMPARE(errors.count(), 2);
        QCOMPARE(undo->index(), index - 1);
        QCOMPARE(undo->redoText(), QStringLiteral("New Person"));
        QCOMPARE(window.chart()->toJson(), chartUndone);
        QVERIFY(*editor.isDeleted(person));
        refuse(false);
        window.redo();
        QCOMPARE(errors.count(), 2);
        QCOMPARE(undo->index(), index);
        QCOMPARE(window.chart()->toJson(), chartDone);
        QVERIFY(!*editor.isDeleted(person));
        sqlite3_close(raw);
    }

    // While a worker writes the case (an import waiting here for another writer's lock), what
    // would write it from the window waits: undo and redo of a case step, saving, renaming or
    // deleting the chart, printing a view, opening another case. The chart's own steps undo.
    void caseWritesWaitForTheWorker()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        const auto [a, person] = openWithAPersonAdded(window, path);
        QVERIFY(person > 0);
        QUndoStack *undo = window.chart()->undoStack();
        QAction *undoAction = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text().startsWith(QLatin1String("&Undo")))
                undoAction = action;
        QVERIFY(undoAction && undoAction->isEnabled());

        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy errors(&window, &MainWindow::errorShown);
        QByteArray second = test::smallCdr();
        second.replace("85512345678", "85512345679"); // another file, not a duplicate of the first
        window.importFiles({test::writeFile(dir.path(), QStringLiteral("second.csv"), second)}, {});
        QVERIFY(window.isBusy());
        const QString waits = QStringLiteral("Other work on the case is running; try again when it has finished.");

        QVERIFY(!undoAction->isEnabled());
        window.undo();
        QCOMPARE(window.statusBar()->currentMessage(), waits);
        QVERIFY(window.chart()->contains(person));
        QCOMPARE(undo->undoText(), QStringLiteral("New Person"));
        // A step of the chart alone undoes and redoes.
        window.chart()->setColor({a}, QStringLiteral("#c00000"));
        QVERIFY(undoAction->isEnabled());
        window.undo();
        QCOMPARE(undo->undoText(), QStringLiteral("New Person"));
        QVERIFY(!undoAction->isEnabled());
        window.redo();
        window.undo();
        QCOMPARE(window.saveChart().error().message, waits);
        QCOMPARE(window.renameChart(QStringLiteral("Renamed")).error().message, waits);
        QCOMPARE(window.exportView(window.timelinePanel()->printView(), QStringLiteral("Timeline"), dir.filePath(QStringLiteral("t.pdf"))).error().message,
                 waits);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.pdf"))));
        QVERIFY(!window.openCase(path));
        QCOMPARE(errors.count(), 0);

        QCOMPARE(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(holder);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(imported.first().first().toBool(), true);
        QVERIFY(undoAction->isEnabled());
        window.undo();
        QVERIFY(!window.chart()->contains(person));
        QVERIFY(*CaseEditor(*window.store()).isDeleted(person));
        SG_VERIFY_OK(window.saveChart());
        QCOMPARE(errors.count(), 0);
    }

    void editingByHandIsUndoable()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("c.csv"), test::smallCdr());
        MainWindow window(nullptr);
        window.resize(1200, 800);
        QVERIFY(window.openCase(path));
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        const EntityId b = idOf(window, QStringLiteral("phone:+85592111222"));
        const EntityId c = idOf(window, QStringLiteral("phone:+855977777888"));
        SG_VERIFY_OK(window.addToChart({a, b, c}, QPointF()));
        CaseEditing *editing = window.caseEditing();
        QUndoStack *undo = window.chart()->undoStack();
        CaseEditor editor(*window.store());

        // A new person on the chart; undo deletes it from the case and the chart, redo restores.
        auto person = editing->addEntity({EntityType::Person, {}, QStringLiteral("ដារា"), {}, {{QStringLiteral("nationality"), QStringLiteral("KH")}}, {}},
                                         QPointF(300, 300));
        SG_VERIFY_OK(person);
        QVERIFY(window.chart()->contains(*person));
        QCOMPARE(window.chart()->node(*person)->position, QPointF(300, 300));
        QCOMPARE(undo->undoText(), QStringLiteral("New Person"));
        undo->undo();
        QVERIFY(!window.chart()->contains(*person));
        QVERIFY(*editor.isDeleted(*person));
        undo->redo();
        QVERIFY(window.chart()->contains(*person));
        QVERIFY(!*editor.isDeleted(*person));

        // An edit of the name and a fact: the chart shows the new name; undo puts both back.
        SG_VERIFY_OK(editing->editEntity(*person, QStringLiteral("សុខ ដារា"), {{QStringLiteral("nationality"), QStringLiteral("TH")}}, QStringLiteral("passport")));
        QCOMPARE(window.chart()->node(*person)->label, QStringLiteral("សុខ ដារា"));
        QCOMPARE(editor.manualAttributes(*person)->first().second, QStringLiteral("TH"));
        undo->undo();
        QCOMPARE(window.chart()->node(*person)->label, QStringLiteral("ដារា"));
        QCOMPARE(editor.manualAttributes(*person)->first().second, QStringLiteral("KH"));
        undo->redo();

        // A probable link drawn dashed; undo takes it out of the case and off the chart.
        SG_VERIFY_OK(editing->addLink({LinkKind::Uses, *person, a, Confidence::Probable, {}, {}, QStringLiteral("witness 3")}));
        LinkItem *drawn = window.scene()->linkItem(std::min(*person, a), std::max(*person, a));
        QVERIFY(drawn);
        QCOMPARE(drawn->link().confidence, Confidence::Probable);
        undo->undo();
        QVERIFY(!window.scene()->linkItem(std::min(*person, a), std::max(*person, a)));
        QCOMPARE(test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM links WHERE kind = 'uses'")), qint64(0));
        undo->redo();
        QVERIFY(window.scene()->linkItem(std::min(*person, a), std::max(*person, a)));

        // Merge B into A: B's node goes, A's stays where it was with B's links; undo restores the
        // chart byte for byte and the case's events.
        const QByteArray chartBefore = window.chart()->toJson();
        const QPointF placeOfA = window.chart()->node(a)->position;
        // The merge runs on a worker: the window's timers run while it waits.
        bool ticked = false;
        QTimer::singleShot(0, &window, [&ticked] { ticked = true; });
        auto merged = editing->merge(a, {b}, QStringLiteral("dual-SIM handset"));
        SG_VERIFY_OK(merged);
        QVERIFY2(ticked, "the window ran no timer while the merge was written");
        QVERIFY(!window.chart()->contains(b));
        QCOMPARE(window.chart()->node(a)->position, placeOfA);
        QVERIFY(window.scene()->linkItem(std::min(a, c), std::max(a, c)));
        QCOMPARE(test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 OR to_entity = %1").arg(b)), qint64(0));
        undo->undo();
        QCOMPARE(window.chart()->toJson(), chartBefore);
        QCOMPARE(test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 OR to_entity = %1").arg(b)), qint64(4));
        undo->redo();
        QVERIFY(!window.chart()->contains(b));
        // Split from the menu's function: B back beside A.
        SG_VERIFY_OK(editing->split(a));
        QVERIFY(window.chart()->contains(b));
        QCOMPARE(idOf(window, QStringLiteral("phone:+85592111222")), b);
        QSignalSpy errors(&window, &MainWindow::errorShown);
        undo->undo(); // the split: merged again
        QVERIFY(!window.chart()->contains(b));
        undo->undo(); // the merge: the case as well as the chart as before (the merge in force is
                      // the one the split's undo made)
        QCOMPARE(window.chart()->toJson(), chartBefore);
        const auto eventsOfB = [&] {
            return test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 OR to_entity = %1").arg(b));
        };
        const auto mergesInForce = [&] { return test::scalar(*window.store(), QStringLiteral("SELECT count(*) FROM merges WHERE split_at IS NULL")); };
        QCOMPARE(eventsOfB(), qint64(4));
        QCOMPARE(mergesInForce(), qint64(0));
        undo->redo(); // the merge
        QCOMPARE(eventsOfB(), qint64(0));
        undo->redo(); // the split
        QCOMPARE(eventsOfB(), qint64(4));
        QCOMPARE(mergesInForce(), qint64(0));
        QVERIFY(window.chart()->contains(b));
        undo->undo();
        undo->undo();
        QCOMPARE(window.chart()->toJson(), chartBefore);
        QCOMPARE(eventsOfB(), qint64(4));
        QCOMPARE(errors.count(), 0);
        // Merging different types is refused with the reason; nothing changes.
        QVERIFY(!editing->merge(a, {*person}, QStringLiteral("x")).ok());
        QCOMPARE(window.chart()->toJson(), chartBefore);
        // A merge stopped with Cancel (another writer holds the case meanwhile, so that the merge
        // waits long enough for its dialog): no error box, the status bar says so, nothing on the
        // undo stack, the case and the chart as they were.
        {
            const int steps = undo->count();
            errors.clear();
            sqlite3 *holder = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &holder), SQLITE_OK);
            QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
            bool pressed = false;
            QTimer press;
            connect(&press, &QTimer::timeout, &window, [&] {
                for (auto *dialog : window.findChildren<QProgressDialog *>()) {
                    if (pressed || !dialog->isVisible() || dialog->labelText() != QLatin1String("Merging entities"))
                        continue;
                    if (QPushButton *cancel = dialog->findChild<QPushButton *>()) {
                        pressed = true;
                        cancel->click();
                        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
                    }
                }
            });
            press.start(50);
            auto stopped = editing->merge(a, {b}, QStringLiteral("dual-SIM handset"));
            press.stop();
            sqlite3_close(holder);
            QVERIFY(!stopped);
            QVERIFY2(pressed, qPrintable(stopped.error().oneLine()));
            QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
            QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The merge was stopped; the case is as it was."));
            QCOMPARE(errors.count(), 0);
            QCOMPARE(undo->count(), steps);
            QCOMPARE(window.chart()->toJson(), chartBefore);
            QCOMPARE(eventsOfB(), qint64(4));
            QCOMPARE(mergesInForce(), qint64(0));
        }

        // Delete C: out of the chart and the case's search; undo brings it back.
        SG_VERIFY_OK(editing->deleteEntities({c}));
        QVERIFY(!window.chart()->contains(c));
        QVERIFY(window.store()->search(QStringLiteral("977777888"))->isEmpty());
        undo->undo();
        QVERIFY(window.chart()->contains(c));
        QCOMPARE(window.store()->search(QStringLiteral("977777888"))->size(), 1);

        // Tags select on the chart.
        SG_VERIFY_OK(editing->tag({a, c}, QStringLiteral("suspect")));
        window.scene()->clearSelection();
        SG_VERIFY_OK(editing->selectTagged(QStringLiteral("suspect")));
        QList<EntityId> selected = window.scene()->selectedEntities();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, (QList<EntityId>{std::min(a, c), std::max(a, c)}));
        undo->undo();
        QVERIFY(editor.taggedWith(QStringLiteral("suspect"))->isEmpty());
        // The inspector shows what the analyst added: tags, notes, attachments with their hash.
        SG_VERIFY_OK(editing->tag({*person}, QStringLiteral("recruiter")));
        SG_VERIFY_OK(editor.addNote(*person, QStringLiteral("<p>Recruits in <b>Poipet</b></p>")));
        const QString scan = test::writeFile(dir.path(), QStringLiteral("id card.png"), QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(40, 'x'));
        auto attached = editor.attach(*person, scan, QStringLiteral("front"));
        SG_VERIFY_OK(attached);
        window.scene()->clearSelection();
        window.scene()->selectEntities({*person});
        const QString shown = window.inspectorPanel()->text();
        for (const QString &expected : {QStringLiteral("recruiter"), QStringLiteral("Recruits in Poipet"), QStringLiteral("id card.png"), attached->sha256})
            QVERIFY2(shown.contains(expected), qPrintable(expected + QStringLiteral(" missing in ") + shown));

        // A den gathers the person and A's number; its page lists them with A's events per day.
        auto den = editing->addEntity({EntityType::Location, {}, QStringLiteral("Compound 7, O'Smach"), {}, {}, {}}, QPointF(0, -300));
        SG_VERIFY_OK(den);
        SG_VERIFY_OK(editing->addToDen(*den, {*person, a}, Confidence::Probable, QStringLiteral("raid report")));
        QVERIFY(window.scene()->linkItem(std::min(*den, a), std::max(*den, a)));
        QCOMPARE(window.scene()->linkItem(std::min(*den, *person), std::max(*den, *person))->link().confidence, Confidence::Probable);
        {
            DenPage page(*window.store(), *den, &window);
            QCOMPARE(page.contents().members.size(), 1);
            QCOMPARE(page.contents().phones.size(), 1);
            QCOMPARE(page.eventCount(), qint64(5)); // A's calls with B and text to C
            page.show();
            saveShot(page.grab().toImage(), QStringLiteral("den-page.png"));
        }
        undo->undo();
        QVERIFY(!window.scene()->linkItem(std::min(*den, a), std::max(*den, a)));
        QVERIFY(editor.denContents(*den)->all().isEmpty());
        undo->redo();
        QCOMPARE(editor.denContents(*den)->all().size(), 2);

        // The dialogs: doubtful input warned about once, then accepted; bad input held back.
        CaseStore *store = window.store();
        EntityDialog form(EntityType::Phone, [store](const ManualEntity &e) { return CaseEditor(*store).check(e); }, &window);
        form.keyEdit()->setText(QStringLiteral("12-34"));
        form.accept();
        QVERIFY(form.result() != QDialog::Accepted);
        QVERIFY2(form.warningLabel()->text().contains(QLatin1String("12-34")), qPrintable(form.warningLabel()->text()));
        form.show();
        saveShot(form.grab().toImage(), QStringLiteral("entity-dialog.png"));
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(form.entity().key, QStringLiteral("12-34"));
        EntityDialog personForm(EntityType::Person, {}, &window);
        QCOMPARE(personForm.attributeTable()->item(0, 0)->text(), QStringLiteral("nationality"));
        LinkDialog linkForm(window.store()->entity(a)->value(), window.store()->entity(*person)->value(), &window);
        linkForm.fromBox()->setChecked(true);
        linkForm.fromEdit()->setDate(QDate(2025, 6, 1));
        linkForm.toBox()->setChecked(true);
        linkForm.toEdit()->setDate(QDate(2025, 1, 1));
        linkForm.accept();
        QVERIFY(linkForm.result() != QDialog::Accepted);
        linkForm.swap();
        QCOMPARE(linkForm.link().from, *person);
        MergeDialog mergeForm({window.store()->entity(a)->value(), window.store()->entity(b)->value()}, {}, &window);
        mergeForm.keep(b);
        QCOMPARE(mergeForm.survivor(), b);
        QCOMPARE(mergeForm.others(), QList<EntityId>{a});
        mergeForm.accept();
        QVERIFY(mergeForm.result() != QDialog::Accepted);
        mergeForm.reasonEdit()->setText(QStringLiteral("same handset"));
        mergeForm.accept();
        QCOMPARE(mergeForm.result(), int(QDialog::Accepted));
        // The chart's context menus offer the edits.
        QMenu *canvas = window.contextMenuAt(QPoint(5, 5));
        QStringList titles;
        for (QAction *action : canvas->actions())
            titles << action->text();
        QVERIFY2(titles.contains(QStringLiteral("New entity here")), qPrintable(titles.join(QLatin1Char('|'))));
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS")) {
            window.show();
            window.view()->fitChart();
            window.grab().save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/editing.png"));
        }
    }

    // Settings (and the first start's welcome): stored, refused when the region or zone is not
    // one, applied to the Buddhist era, new cases and the session's examiner.
    void settingsAreStoredAndApplied()
    {
        QTemporaryDir dir;
        MainWindow window(nullptr);
        SettingsDialog dialog(Settings::load(), true, &window);
        QCOMPARE(dialog.languageBox()->count(), 7);
        QCOMPARE(dialog.languageBox()->itemText(dialog.languageBox()->findData(QStringLiteral("km"))), QStringLiteral("ខ្មែរ"));
        dialog.examinerEdit()->setText(QStringLiteral("Pol. Lt. Col. Sokha"));
        dialog.regionBox()->setCurrentText(QStringLiteral("XX"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.regionBox()->setCurrentText(QStringLiteral("th"));
        dialog.zoneBox()->setCurrentText(QStringLiteral("Mars/Olympus"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.zoneBox()->setCurrentText(QStringLiteral("Asia/Bangkok"));
        dialog.eraBox()->setChecked(true);
        dialog.show();
        saveShot(dialog.grab().toImage(), QStringLiteral("welcome.png"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        window.applySettings(dialog.settings());
        QVERIFY(Settings::firstRunDone());
        QCOMPARE(Settings::load().region, QStringLiteral("TH"));
        QVERIFY(timetext::display().buddhistEra);
        const CaseInfo info = window.newCaseInfo(QStringLiteral("Heron"));
        QCOMPARE(info.region, QStringLiteral("TH"));
        QCOMPARE(info.timeZone, QStringLiteral("Asia/Bangkok"));
        QVERIFY(window.createCase(dir.filePath(QStringLiteral("heron.seagull")), info));
        QCOMPARE(window.store()->info().timeZone, QStringLiteral("Asia/Bangkok"));
        QCOMPARE(window.store()->currentExaminer(), QStringLiteral("Pol. Lt. Col. Sokha"));
        Settings back = Settings::load();
        back.buddhistEra = false;
        window.applySettings(back);
        QVERIFY(!timetext::display().buddhistEra);
        QSettings().clear();
    }

    // Chart edits not saved when the program dies are kept outside the case and offered back
    // when the case is opened again; restored, they are unsaved changes until the analyst saves.
    // A normal close, a save, or discarding the offer leaves nothing behind. The case file itself
    // is never written by autosave.
    void unsavedChartSurvivesACrash()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("calls.csv"), test::smallCdr());
        const EntityId a = [&] {
            auto store = CaseStore::open(path);
            return (*store)->resolve(QStringLiteral("+85512345678"))->id;
        }();
        auto window = std::make_unique<MainWindow>(nullptr);
        QVERIFY(window->openCase(path));
        SG_VERIFY_OK(window->addToChart({a}, QPointF()));
        SG_VERIFY_OK(window->expandEntities({a}));
        const int nodes = window->chart()->nodeCount();
        QVERIFY(nodes > 1);
        window->autosaveNow();
        // The program dies: no close, no question about saving.
        window.reset();

        auto again = std::make_unique<MainWindow>(nullptr);
        QVERIFY(again->openCase(path));
        QCOMPARE(again->chart()->nodeCount(), 0); // autosave never wrote the case: it has no saved chart
        QMessageBox *box = again->recoveryBox();
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("closed without saving")), qPrintable(box->text()));
        saveShot(box->grab().toImage(), QStringLiteral("recovery.png"));
        // The autosave timer firing while the offer waits does not throw the kept copy away.
        again->autosaveNow();
        QVERIFY(ChartRecovery().find(path).has_value());
        {
            // A line saying whose chart it is, then the chart as it is: asking about it reads
            // the line, not a chart escaped into a string.
            QFile kept(ChartRecovery().fileFor(path));
            QVERIFY(kept.open(QIODevice::ReadOnly));
            const QJsonObject head = QJsonDocument::fromJson(kept.readLine()).object();
            QCOMPARE(head.value(QStringLiteral("case")).toString(), QFileInfo(path).absoluteFilePath());
            QVERIFY(!head.contains(QStringLiteral("document")));
            QCOMPARE(kept.readAll(), ChartRecovery().find(path)->document);
        }
        // Restored on a worker: the window's timers run meanwhile.
        bool ticked = false;
        QTimer::singleShot(0, again.get(), [&] { ticked = true; });
        buttonNamed(box, QStringLiteral("Restore the changes"))->click();
        QVERIFY2(ticked, "the window ran no timer while the kept chart was read");
        QCOMPARE(again->chart()->nodeCount(), nodes);
        QVERIFY(again->isWindowModified());
        QVERIFY(again->statusBar()->currentMessage().contains(QLatin1String("are restored")));
        // Saving keeps them in the case and lets go of the kept copy.
        SG_VERIFY_OK(again->saveChart());
        const ChartRecovery recovery;
        QVERIFY(!recovery.find(path).has_value());
        again->close();
        again.reset();

        // An offer declined is gone for good; a clean close leaves nothing to offer.
        auto third = std::make_unique<MainWindow>(nullptr);
        QVERIFY(third->openCase(path));
        QVERIFY(!third->recoveryBox());
        QCOMPARE(third->chart()->nodeCount(), nodes);
        third->chart()->setHidden(third->chart()->nodeIds().mid(0, 1), true);
        third->autosaveNow();
        third->waitForAutosave();
        QVERIFY(recovery.find(path).has_value());
        third.reset();
        auto fourth = std::make_unique<MainWindow>(nullptr);
        QVERIFY(fourth->openCase(path));
        QVERIFY(fourth->recoveryBox());
        buttonNamed(fourth->recoveryBox(), QStringLiteral("Discard them"))->click();
        QVERIFY(!recovery.find(path).has_value());
        QCOMPARE(fourth->chart()->nodeCount(), nodes);

        // A copy kept by a Seagull before stop 47, one JSON object with the chart in it as a
        // string, is still found and restored.
        const QByteArray chart = fourth->chart()->toJson();
        fourth->chart()->setHidden(fourth->chart()->nodeIds().mid(0, 1), true);
        const QByteArray hidden = fourth->chart()->toJson();
        fourth.reset();
        {
            QFile old(recovery.fileFor(path));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QJsonDocument(QJsonObject{{QStringLiteral("case"), QFileInfo(path).absoluteFilePath()},
                                                {QStringLiteral("chart"), 1},
                                                {QStringLiteral("name"), QStringLiteral("Chart 1")},
                                                {QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z")},
                                                {QStringLiteral("document"), QString::fromUtf8(hidden)}})
                          .toJson(QJsonDocument::Compact));
        }
        QCOMPARE(recovery.find(path)->document, hidden);
        auto fifth = std::make_unique<MainWindow>(nullptr);
        QVERIFY(fifth->openCase(path));
        QCOMPARE(fifth->chart()->toJson(), chart);
        QVERIFY(fifth->recoveryBox());
        buttonNamed(fifth->recoveryBox(), QStringLiteral("Restore the changes"))->click();
        QCOMPARE(fifth->chart()->toJson(), hidden);
        QVERIFY(fifth->isWindowModified());
    }

    // Autosave keeps the chart as it was when the timer fired, written on a thread of its own,
    // while the window goes on changing it; saving the chart at once after waits for that copy
    // and then lets it go, so no stale copy is offered later.
    void autosaveKeepsTheChartAsItWas()
    {
        QTemporaryDir dir;
        const QString path = caseWith(dir, QStringLiteral("calls.csv"), test::smallCdr());
        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        const EntityId a = idOf(window, QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(window.addToChart({a}, QPointF()));
        SG_VERIFY_OK(window.expandEntities({a}));
        const QByteArray asItWas = window.chart()->toJson();
        window.autosaveNow();
        window.chart()->setHidden(window.chart()->nodeIds().mid(0, 1), true); // the chart changes meanwhile
        QVERIFY(window.chart()->toJson() != asItWas);
        window.waitForAutosave();
        const ChartRecovery recovery;
        const auto kept = recovery.find(path);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->document, asItWas);

        window.autosaveNow();
        SG_VERIFY_OK(window.saveChart());
        QVERIFY(!recovery.find(path).has_value());
        QTest::qWait(50); // the autosave's report of having finished, if any, changes nothing
        QVERIFY(!recovery.find(path).has_value());
    }

    // Help → Open the demonstration case writes it on a worker and opens it; an error box's Copy
    // puts the sentence and the detail on the clipboard and leaves the box open.
    void demoCaseAndCopyableErrors()
    {
        QTemporaryDir dir;
        MainWindow window(nullptr);
        QSignalSpy opened(&window, &MainWindow::demoOpened);
        window.openDemo(dir.filePath(QStringLiteral("demo.seagull")));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        auto stats = window.store()->stats();
        SG_VERIFY_OK(stats);
        QVERIFY(stats->entities.value(QStringLiteral("phone")) > 20);
        window.openCase(dir.filePath(QStringLiteral("missing.seagull")));
        auto *box = qobject_cast<QMessageBox *>(window.errorBox());
        QVERIFY(box);
        QPushButton *copy = buttonNamed(box, QStringLiteral("Copy"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        QVERIFY2(QApplication::clipboard()->text().contains(box->text()), qPrintable(QApplication::clipboard()->text()));
        QVERIFY(box->isVisible());
        box->close();
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

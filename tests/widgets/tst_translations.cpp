// The six translations: complete, with both plural forms for Khmer and Lao, embedded, and
// switched at run time in a live window.

#include "tests/common/fixtures.h"
#include "core/chart/chartdocument.h"
#include "widgets/analysispanel.h"
#include "widgets/chartscene.h"
#include "widgets/languagemanager.h"
#include "widgets/linkitem.h"
#include "widgets/inspectorpanel.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QColorDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QWizard>
#include <QTest>
#include <QTranslator>

using namespace sg;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (QAction *action : actions)
        titles << action->text();
    return titles;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

    // A row for each language the program offers.
    static void everyLanguage()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageManager::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

private slots:
    void englishCountsInTheSingularToo()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("sg::MainWindow", "%n entities added", nullptr, 1), QStringLiteral("1 entity added"));
        QCOMPARE(QCoreApplication::translate("sg::MainWindow", "%n entities added", nullptr, 3), QStringLiteral("3 entities added"));
        QCOMPARE(QCoreApplication::translate("sg::InspectorPanel", "%n event(s)", nullptr, 1), QStringLiteral("1 event"));
        QCOMPARE(QCoreApplication::translate("sg::InspectorPanel", "%n event(s)", nullptr, 0), QStringLiteral("0 events"));
        // Strings that do not count stay as written.
        QCOMPARE(QCoreApplication::translate("sg::MainWindow", "Import extraction &folder…"), QStringLiteral("Import extraction &folder…"));
    }

    void everyStringTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("zh_CN") << "zh_CN" << 1;
        QTest::newRow("th") << "th" << 1;
        QTest::newRow("vi") << "vi" << 1;
        QTest::newRow("km") << "km" << 2;
        QTest::newRow("lo") << "lo" << 2;
        QTest::newRow("my") << "my" << 1;
    }

    void everyStringTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        // Read the source .ts: what the translators wrote, not only what lrelease kept.
        QFile file(QStringLiteral(SEAGULL_SOURCE_DIR "/translations/seagull_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString xml = QString::fromUtf8(file.readAll());
        int messages = 0;
        int position = 0;
        while ((position = xml.indexOf(QLatin1String("<message"), position)) >= 0) {
            const int end = xml.indexOf(QLatin1String("</message>"), position);
            QVERIFY(end > position);
            const QString message = xml.mid(position, end - position);
            position = end;
            if (message.contains(QLatin1String("type=\"vanished\"")) || message.contains(QLatin1String("type=\"obsolete\"")))
                continue;
            ++messages;
            const QString source = message.section(QLatin1String("<source>"), 1).section(QLatin1String("</source>"), 0, 0);
            QVERIFY2(!message.contains(QLatin1String("type=\"unfinished\"")), qPrintable(language + QStringLiteral(": untranslated: ") + source));
            if (message.contains(QLatin1String("numerus=\"yes\""))) {
                // A missing plural form silently shows English: each must be there and filled.
                QCOMPARE(message.count(QLatin1String("<numerusform>")), pluralForms);
                QVERIFY2(!message.contains(QLatin1String("<numerusform></numerusform>")), qPrintable(source));
                QVERIFY2(message.contains(QLatin1String("%n")), qPrintable(source));
            } else {
                QVERIFY2(!message.contains(QLatin1String("<translation></translation>")), qPrintable(source));
            }
        }
        QVERIFY(messages > 200);
    }

    // Qt's own strings in the five languages Debian does not ship them for: complete, the same
    // messages in each, and marked for review where Seagull's own translation is.
    void qtStringsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"th", "vi", "km", "lo", "my"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void qtStringsTranslated()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(SEAGULL_SOURCE_DIR "/translations/qtbase_extra_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        const qsizetype messages = xml.count(QLatin1String("<message>"));
        QVERIFY2(messages >= 250, qPrintable(QString::number(messages)));
        QCOMPARE(xml.count(QLatin1String("<translation>")), messages);
        QVERIFY(!xml.contains(QLatin1String("type=\"unfinished\"")));
        QVERIFY(!xml.contains(QLatin1String("<translation></translation>")));
        const bool review = language == QLatin1String("km") || language == QLatin1String("lo") || language == QLatin1String("my");
        QCOMPARE(xml.count(QLatin1String("Needs review by a native speaker.")), review ? messages : 0);
        // The same contexts and sources as the Thai file.
        QFile thai(QStringLiteral(SEAGULL_SOURCE_DIR "/translations/qtbase_extra_th.ts"));
        QVERIFY(thai.open(QIODevice::ReadOnly));
        auto sources = [](const QString &text) {
            QStringList result;
            for (const QString &part : text.split(QLatin1String("<source>")).mid(1))
                result << part.section(QLatin1String("</source>"), 0, 0);
            return result;
        };
        QCOMPARE(sources(xml), sources(QString::fromUtf8(thai.readAll())));
    }

    // Qt's dialogs, buttons and context menus speak the chosen language: the message box's
    // buttons, a text field's context menu, the file dialog, print preview, colour dialog and
    // wizard (Debian's file for Chinese, Seagull's for the other five).
    void qtDialogsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("取消");
        QTest::newRow("th") << "th" << QStringLiteral("ยกเลิก");
        QTest::newRow("vi") << "vi" << QStringLiteral("Hủy");
        QTest::newRow("km") << "km" << QStringLiteral("បោះបង់");
        QTest::newRow("lo") << "lo" << QStringLiteral("ຍົກເລີກ");
        QTest::newRow("my") << "my" << QStringLiteral("မလုပ်တော့");
    }

    void qtDialogsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));

        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"), QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), cancel);
        QVERIFY2(!box.button(QMessageBox::Yes)->text().contains(QLatin1String("Yes")), qPrintable(box.button(QMessageBox::Yes)->text()));
        QVERIFY2(!box.button(QMessageBox::No)->text().contains(QLatin1String("No")), qPrintable(box.button(QMessageBox::No)->text()));

        QLineEdit edit;
        edit.setText(QStringLiteral("x"));
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        const QStringList english{QStringLiteral("&Undo"), QStringLiteral("&Redo"), QStringLiteral("Cu&t"), QStringLiteral("&Copy"),
                                  QStringLiteral("&Paste"), QStringLiteral("Delete"), QStringLiteral("Select All")};
        int seen = 0;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            ++seen;
            QVERIFY2(!english.contains(action->text().section(QLatin1Char('\t'), 0, 0)), qPrintable(action->text()));
        }
        QCOMPARE(seen, english.size());

        QFileDialog files(nullptr, QStringLiteral("t"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        QStringList labels;
        for (QLabel *label : files.findChildren<QLabel *>())
            labels << label->text();
        for (const char *text : {"Look in:", "File &name:", "Files of type:"}) {
            const QString translated = QCoreApplication::translate("QFileDialog", text);
            QVERIFY2(translated != QLatin1String(text) && labels.contains(translated), text);
        }

        // The type column: Qt 6 asks QAbstractFileIconProvider, which no Debian file translates.
        const QString folder = QFileIconProvider().type(QFileInfo(QDir::tempPath()));
        QVERIFY2(!folder.isEmpty() && folder != QLatin1String("Folder"), qPrintable(folder));

        QPrintPreviewDialog preview;
        QStringList previewActions;
        for (QAction *action : preview.findChildren<QAction *>())
            previewActions << action->text();
        for (const char *text : {"Zoom in", "Zoom out", "Fit width", "First page", "Next page", "Page setup", "Print"})
            QVERIFY2(!previewActions.contains(QLatin1String(text)), text);
        QVERIFY(previewActions.size() > 10);

        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS")) {
            const QString dir = qEnvironmentVariable("SEAGULL_SCREENSHOTS");
            for (QWidget *widget : std::initializer_list<QWidget *>{&box, &files, &preview}) {
                widget->resize(widget == &box ? widget->sizeHint() : QSize(900, 560));
                widget->show();
                QVERIFY(QTest::qWaitForWindowExposed(widget));
            }
            box.grab().save(dir + QStringLiteral("/qt_messagebox_%1.png").arg(language));
            files.grab().save(dir + QStringLiteral("/qt_filedialog_%1.png").arg(language));
            preview.grab().save(dir + QStringLiteral("/qt_printpreview_%1.png").arg(language));
        }

        QColorDialog colour;
        QVERIFY(colour.windowTitle() != QLatin1String("Select Color"));
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ClassicStyle);
        QVERIFY(!wizard.buttonText(QWizard::NextButton).contains(QLatin1String("Next")));
        QCOMPARE(wizard.buttonText(QWizard::CancelButton), cancel);

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QMessageBox english2(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"), QMessageBox::Cancel);
        QCOMPARE(english2.button(QMessageBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    void menusAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("文件(&F)");
        QTest::newRow("th") << "th" << QStringLiteral("ไฟล์(&F)");
        QTest::newRow("vi") << "vi" << QStringLiteral("&Tệp");
        QTest::newRow("km") << "km" << QStringLiteral("ឯកសារ(&F)");
        QTest::newRow("lo") << "lo" << QStringLiteral("ໄຟລ໌(&F)");
        QTest::newRow("my") << "my" << QStringLiteral("ဖိုင်(&F)");
    }

    void menusAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/seagull_%1.qm").arg(language)));
        LanguageManager languages;
        MainWindow window(&languages);
        const QStringList english = menuTitles(window);
        QCOMPARE(english.first(), QStringLiteral("&File"));
        QVERIFY(languages.setLanguage(language));
        // Windows hear of the new language through a posted LanguageChange event.
        QTRY_COMPARE(menuTitles(window).first(), file);
        const QStringList translated = menuTitles(window);
        QCOMPARE(translated.size(), english.size());
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(translated[i] != english[i], qPrintable(english[i]));
        // And back, at run time, without a restart.
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(menuTitles(window), english);
    }

    // A link's label on the chart ("3 · 10 min") is made again in the language chosen, and back.
    void chartLabelsFollowTheLanguage()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        ChartNode a, b;
        a.id = 1;
        a.key = QStringLiteral("+85512345601");
        b.id = 2;
        b.key = QStringLiteral("+85512345602");
        b.position = QPointF(300, 0);
        Link call;
        call.from = 1;
        call.to = 2;
        call.eventType = QStringLiteral("call");
        call.count = 3;
        call.totalDuration = 600;
        window.chart()->addEntities({a, b}, {call}, QStringLiteral("Add"));
        auto label = [&] {
            const LinkItem *item = window.scene()->linkItem(1, 2);
            return item ? item->drawing().label : QString();
        };
        QCOMPARE(label(), QStringLiteral("3 · 10 min"));
        QVERIFY(languages.setLanguage(QStringLiteral("th")));
        QTRY_COMPARE(label(), QStringLiteral("3 · 10 นาที"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(label(), QStringLiteral("3 · 10 min"));
    }

    // The main window with a case open, in each language, against a checked-in reference
    // (tests/widgets/references/mainwindow_<lang>.png, made on Debian 12 with its Noto fonts):
    // a string that goes missing, falls back to English, or a font that changes shows as a
    // difference. SEAGULL_UPDATE_REFERENCES=1 writes the references again (look at them first).
    void screenshotsMatchReferences_data() { everyLanguage(); }

    void screenshotsMatchReferences()
    {
        QFETCH(QString, language);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeagullTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = test::newCase(dir.path())->path();

        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        QTest::qWait(200);
        // The inspector's overview of the case, read on a worker, in the picture.
        QTRY_VERIFY_WITH_TIMEOUT(window.inspectorPanel()->overviewIsCurrent(), 10000);
        // No text cursor blinking into the picture.
        if (QWidget *focus = QApplication::focusWidget())
            focus->clearFocus();
        // Nor the case's temporary path ("… opened") in the status bar.
        window.statusBar()->clearMessage();
        QApplication::processEvents();
        const QImage shot = window.grab().toImage().convertToFormat(QImage::Format_RGB32);

        const QString reference = QStringLiteral(SEAGULL_SOURCE_DIR "/tests/widgets/references/mainwindow_%1.png").arg(language);
        if (qEnvironmentVariable("SEAGULL_UPDATE_REFERENCES") == QLatin1String("1")) {
            QVERIFY(QDir().mkpath(QFileInfo(reference).absolutePath()));
            QVERIFY(shot.save(reference));
        }
        QImage expected(reference);
        QVERIFY2(!expected.isNull(), qPrintable(reference + QStringLiteral(" is missing: run with SEAGULL_UPDATE_REFERENCES=1")));
        expected = expected.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shot.size(), expected.size());
        // Pixels that differ clearly. The same fonts render the same pixels, so any word that
        // changes (a menu title back in English changes a few hundred) is far above the limit.
        QImage difference(shot.size(), QImage::Format_RGB32);
        difference.fill(Qt::white);
        qint64 differing = 0;
        for (int y = 0; y < shot.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(shot.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
            for (int x = 0; x < shot.width(); ++x) {
                const int d = std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                                        std::abs(qBlue(a[x]) - qBlue(b[x]))});
                if (d > 48) {
                    ++differing;
                    difference.setPixel(x, y, qRgb(255, 0, 0));
                }
            }
        }
        if (differing > 64) {
            const QString out = QDir::temp().filePath(QStringLiteral("mainwindow_%1").arg(language));
            shot.save(out + QStringLiteral("_actual.png"));
            difference.save(out + QStringLiteral("_difference.png"));
            QFAIL(qPrintable(QStringLiteral("%1: %2 pixels differ from %3 (see %4_actual.png and _difference.png)")
                                 .arg(language).arg(differing).arg(reference, out)));
        }
    }

    // The analysis panel fits the narrow dock it opens in, in every language: its buttons and
    // lists do not make it scroll sideways with the results' values out of sight.
    void analysisPanelFitsItsDock_data() { everyLanguage(); }

    void analysisPanelFitsItsDock()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AnalysisPanel *panel = window.analysisPanel();
        const int least = panel->minimumSizeHint().width();
        QVERIFY2(least <= 300, qPrintable(QStringLiteral("%1: the panel needs %2 points").arg(language).arg(least)));
        auto *tree = panel->findChild<QTreeView *>();
        QVERIFY(tree);
        panel->resize(300, 700);
        QApplication::processEvents();
        // Its type and value columns are in sight at that width.
        QVERIFY(tree->header()->sectionPosition(2) + tree->header()->sectionSize(2) <= tree->viewport()->width());
    }

    void pluralsFollowTheCount()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("km")));
        const QString one = QCoreApplication::translate("sg::MainWindow", "%n entities added", nullptr, 1);
        const QString many = QCoreApplication::translate("sg::MainWindow", "%n entities added", nullptr, 12);
        QVERIFY2(one.contains(QLatin1String("1")) && !one.contains(QLatin1String("entities")), qPrintable(one));
        QVERIFY2(many.contains(QLatin1String("12")) && !many.contains(QLatin1String("entities")), qPrintable(many));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("sg::MainWindow", "%n entities added", nullptr, 12), QStringLiteral("12 entities added"));
    }

    void nativeNames()
    {
        QCOMPARE(LanguageManager::languages().size(), 7);
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("my")), QStringLiteral("မြန်မာ"));
        QVERIFY(!LanguageManager().setLanguage(QStringLiteral("fr")));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"

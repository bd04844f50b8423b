// The six translations: complete, with both plural forms for Khmer and Lao, embedded, and
// switched at run time in a live window.

#include "tests/common/fixtures.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"

#include <QFile>
#include <QMenuBar>
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

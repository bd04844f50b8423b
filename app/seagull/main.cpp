// seagull: the desktop workstation. Wires settings, language and the main window together.

#include "core/chart/chartdocument.h"
#include "core/store/casestore.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Seagull"));
    QApplication::setApplicationName(QStringLiteral("Seagull"));
    QApplication::setApplicationVersion(QStringLiteral(SEAGULL_VERSION));
    // One fallback list for all seven languages: CJK in Chinese forms, Lao and Khmer in Noto.
    QFont font(QStringLiteral("Noto Sans"));
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Khmer"), QStringLiteral("Noto Sans Lao"),
                      QStringLiteral("Noto Sans Myanmar"), QStringLiteral("Noto Sans Thai"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);

    sg::LanguageManager languages;
    languages.setLanguage(QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString());
    sg::LanguageManager::setBuddhistEra(QSettings().value(QStringLiteral("display/buddhistEra"), false).toBool());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Seagull link-analysis workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("case"), QApplication::translate("main", "Case file to open."));
    QCommandLineOption expand(QStringLiteral("expand"), QApplication::translate("main", "Entity to put on an empty chart and expand."),
                              QStringLiteral("entity"));
    parser.addOption(expand);
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the window to this PNG file and quit."),
                                  QStringLiteral("file"));
    parser.addOption(screenshot);
    parser.process(app);

    // The first start asks for the language (each in its own script), the examiner and the
    // defaults of new cases; a run that only takes a screenshot does not.
    if (!sg::Settings::firstRunDone() && !parser.isSet(screenshot)) {
        sg::SettingsDialog welcome(sg::Settings::load(), true);
        if (welcome.exec() == QDialog::Accepted) {
            const sg::Settings chosen = welcome.settings();
            chosen.save();
            languages.setLanguage(chosen.language);
            sg::LanguageManager::setBuddhistEra(chosen.buddhistEra);
        }
    }

    sg::MainWindow window(&languages);
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && window.openCase(args.first()) && parser.isSet(expand) && window.chart()->nodeCount() == 0) {
        if (auto entity = window.store()->resolve(parser.value(expand))) {
            const QList<sg::EntityId> ids{entity->id};
            if (!window.addToChart(ids, QPointF()) || !window.expandEntities(ids))
                qWarning("could not expand %s", qPrintable(parser.value(expand)));
        }
    }
    if (parser.isSet(screenshot)) {
        // For documentation and for looking at the window on a machine without a screen.
        const QString file = parser.value(screenshot);
        QTimer::singleShot(2000, &window, [&window, file] {
            if (!window.grab().save(file))
                qWarning("could not write %s", qPrintable(file));
            QApplication::exit(0); // not quit(): that would ask to save the chart
        });
    }
    const int code = app.exec();
    // The case file is whole without it, but an import's log is copied into it before leaving.
    sg::CaseStore::waitForCheckpoints();
    return code;
}

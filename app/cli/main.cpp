// seagull-cli: wires the application object and runs one command.

#include "app/cli/cli.h"
#include "core/store/casestore.h"
#include "widgets/languagemanager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The CLI never opens a window; charts are drawn off screen.
    std::unique_ptr<QCoreApplication> app;
    if (sg::Cli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Seagull"));
    QCoreApplication::setApplicationName(QStringLiteral("Seagull"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEAGULL_VERSION));

    sg::LanguageManager languages;
    languages.setLanguage(QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString());
    sg::LanguageManager::setBuddhistEra(QSettings().value(QStringLiteral("display/buddhistEra"), false).toBool());
    const int code = sg::Cli(arguments).run();
    // The case file is whole without it, but an import's log is copied into it before leaving.
    sg::CaseStore::waitForCheckpoints();
    return code;
}

#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliRunner.h"
#include "app/cli/CliSession.h"
#include "services/AppIdentity.h"
#include "services/TranslationLoader.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    slotwise::CliCommandRegistry registry;
    slotwise::registerAllCommands(registry);
    slotwise::CliRunner runner(registry, out, err);

    // `print` lays out text, which needs QtGui's fonts and so a QGuiApplication; headless, it paints
    // offscreen. Every other command stays a QCoreApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i) {
        rawArguments << QString::fromLocal8Bit(argv[i]);
    }
    std::unique_ptr<QCoreApplication> app;
    if (runner.needsGuiApplication(rawArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same application name as the GUI, so both use the same default data folder.
    QCoreApplication::setApplicationName(QStringLiteral(SLOTWISE_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLOTWISE_VERSION_STRING));

    // Plural forms ("1 appointment", "2 appointments") come from the built-in English translation.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/slotwise-cli_en.qm"))) {
        QCoreApplication::installTranslator(&english);
    }

    // Before any text is made: --lang CODE, else the system language. CliRunner accepts and ignores --lang.
    slotwise::TranslationLoader translations;
    if (const auto loaded = translations.load(
            slotwise::TranslationLoader::languageFromArguments(QCoreApplication::arguments()));
        !loaded) {
        err << slotwise::cliProgramName() << QStringLiteral(": ") << loaded.error().message() << Qt::endl;
        return static_cast<int>(slotwise::CliExit::Usage);
    }
    const int code = runner.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}

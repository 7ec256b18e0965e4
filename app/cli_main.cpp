#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliRunner.h"
#include "app/cli/CliSession.h"
#include "services/AppIdentity.h"
#include "services/TranslationLoader.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same application name as the GUI, so both use the same default data folder.
    QCoreApplication::setApplicationName(QStringLiteral(SLOTWISE_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLOTWISE_VERSION_STRING));

    // Plural forms ("1 appointment", "2 appointments") come from the built-in English translation.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/slotwise-cli_en.qm"))) {
        QCoreApplication::installTranslator(&english);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Before any text is made: --lang CODE, else the system language. CliRunner accepts and ignores --lang.
    slotwise::TranslationLoader translations;
    if (const auto loaded =
            translations.load(slotwise::TranslationLoader::languageFromArguments(app.arguments()));
        !loaded) {
        err << slotwise::cliProgramName() << QStringLiteral(": ") << loaded.error().message() << Qt::endl;
        return static_cast<int>(slotwise::CliExit::Usage);
    }
    slotwise::CliCommandRegistry registry;
    slotwise::registerAllCommands(registry);
    slotwise::CliRunner runner(registry, out, err);
    const int code = runner.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}

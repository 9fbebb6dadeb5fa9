#include <cli/commandline.h>
#include <core/catalog.h>
#include <core/languages.h>
#include <widgets/analyzerpane.h>
#include <widgets/appsettings.h>
#include <widgets/firstpaint.h>
#include <widgets/mainwindow.h>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <future>

using namespace SmtpCodes;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("smtp-codes"));
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Codes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPCODES_VERSION));
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const std::optional<Core::Catalog> catalog = Core::Catalog::loadEmbedded(&error);
    if (!catalog) {
        err << QCoreApplication::translate("main", "smtp-codes: the catalog is damaged: %1").arg(error) << Qt::endl;
        return 1;
    }
    return Cli::CommandLine(*catalog, Core::Languages::forLocale(QLocale::system()))
        .run(QCoreApplication::arguments(), out, err);
}

/// Whether a window can be shown at all: without a display Qt would abort with a message about plugins.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runWindow(int argc, char *argv[], const Cli::CommandLine::Request &request)
{
    if (!hasDisplay() && request.namesOrCommand)
        return runCommandLine(argc, argv); // perhaps a mistyped command: the CLI says which
    if (!hasDisplay()) {
        QTextStream(stderr) << "smtp-codes: the window needs a display (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                               "the commands work without one, see smtp-codes --help"
                            << Qt::endl;
        return 2;
    }
    // --lang overrides for this run; else the remembered choice; else the system's language; else English.
    QString language = request.language;
    if (!language.isEmpty() && !Core::Languages::isAvailable(language)) {
        QTextStream(stderr) << "smtp-codes: " << Core::Languages::unknownLanguageMessage(language) << Qt::endl;
        return 2;
    }
    const Widgets::AppSettings settings;
    language = Core::Languages::startupLanguage(language, settings.language(), QLocale::system());

    // The catalog, and its text in the reader's language, are read and validated on another core while Qt starts
    // up; the window needs them only once built.
    QString error;
    std::future<std::optional<Core::Catalog>> loading = std::async(std::launch::async, [&error, language] {
        std::optional<Core::Catalog> catalog = Core::Catalog::loadEmbedded(&error);
        if (catalog)
            catalog->preload(language);
        return catalog;
    });
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Codes"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.smtpcodes.SmtpCodes"));
    QIcon icon;
    for (int size : {32, 128})
        icon.addFile(QStringLiteral(":/icons/io.github.smtpcodes.SmtpCodes-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    const std::optional<Core::Catalog> catalog = loading.get();
    if (!catalog) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SMTP Codes"),
                              QCoreApplication::translate("main", "The catalog is damaged:\n%1").arg(error));
        return 1;
    }

    if (!Core::Languages::install(language))
        Core::Languages::install(QStringLiteral("en"));
    if (!Cli::CommandLine::windowCanShow(request, *catalog)) { // a mistyped command rather than an entry
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Cli::CommandLine(*catalog, language).run(QCoreApplication::arguments(), out, err);
    }
    Widgets::MainWindow window(*catalog);
    window.restoreSession(settings, request.codes.isEmpty() && request.analyze.isEmpty());
    if (!request.analyze.isEmpty())
        window.analyzerPane()->analyzePaths({request.analyze});
    else if (request.codes.size() == 2)
        window.compare(request.codes.at(0), request.codes.at(1));
    else if (request.codes.size() == 1)
        window.showCode(request.codes.first());
    window.show();
    if (Widgets::reportFirstPaint(window))
        return 0;
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const Cli::CommandLine::Request request = Cli::CommandLine::classify(arguments);
    if (request.commandLine)
        return runCommandLine(argc, argv);
    return runWindow(argc, argv, request);
}

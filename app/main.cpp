#include <core/catalog.h>
#include <core/commandline.h>
#include <core/languages.h>
#include <widgets/analyzerpane.h>
#include <widgets/appsettings.h>
#include <widgets/mainwindow.h>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QWindow>

#include <chrono>
#include <cstdio>
#include <future>
#include <memory>

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
    return Core::CommandLine(*catalog, Core::Languages::forLocale(QLocale::system()))
        .run(QCoreApplication::arguments(), out, err);
}

int runWindow(int argc, char *argv[], const Core::CommandLine::Request &request)
{
    // The catalog is read and validated on another core while Qt starts up; the window needs it only once built.
    QString error;
    std::future<std::optional<Core::Catalog>> loading =
        std::async(std::launch::async, [&error] { return Core::Catalog::loadEmbedded(&error); });
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Codes"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.smtpcodes.SmtpCodes"));
    QIcon icon;
    for (int size : {32, 128})
        icon.addFile(QStringLiteral(":/icons/io.github.smtpcodes.SmtpCodes-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // --lang overrides for this run; else the remembered choice; else the system's language; else English.
    QString language = request.language;
    if (!language.isEmpty() && !Core::Languages::isAvailable(language)) {
        QTextStream(stderr) << QCoreApplication::translate("main", "smtp-codes: %1")
                                   .arg(Core::Languages::unknownLanguageMessage(language))
                            << Qt::endl;
        return 2;
    }
    const Widgets::AppSettings settings;
    language = Core::Languages::startupLanguage(language, settings.language(), QLocale::system());

    const std::optional<Core::Catalog> catalog = loading.get();
    if (!catalog) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SMTP Codes"),
                              QCoreApplication::translate("main", "The catalog is damaged:\n%1").arg(error));
        return 1;
    }

    Widgets::MainWindow window(*catalog);
    if (!window.setLanguage(language, false))
        window.setLanguage(QStringLiteral("en"), false);
    window.restoreSession(settings, request.codes.isEmpty() && request.analyze.isEmpty());
    if (!request.analyze.isEmpty()) {
        window.showAnalyzer();
        window.analyzerPane()->analyzeFile(request.analyze);
    } else if (request.codes.size() == 2)
        window.compare(request.codes.at(0), request.codes.at(1));
    else if (request.codes.size() == 1)
        window.showCode(request.codes.first());
    window.show();
    // For scripts/bench: once the window is on screen and painted, say how long that took since the launch time the
    // script passed, and quit.
    if (qEnvironmentVariableIsSet("SMTPCODES_EXIT_AFTER_SHOW")) {
        while (!window.windowHandle() || !window.windowHandle()->isExposed())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        window.repaint();
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        const qint64 launched = qEnvironmentVariable("SMTPCODES_LAUNCH_NS").toLongLong();
        QTextStream(stdout) << "shown-after-us " << (std::chrono::nanoseconds(now).count() - launched) / 1000
                            << Qt::endl;
        return 0;
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const Core::CommandLine::Request request = Core::CommandLine::classify(arguments);
    if (request.commandLine)
        return runCommandLine(argc, argv);
    return runWindow(argc, argv, request);
}

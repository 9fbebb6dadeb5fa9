#include <core/languages.h>

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#ifdef SMTPCODES_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

#include <cstring>

int main(int argc, char *argv[])
{
    // ctest lists the tests without the test environment; listing needs no application object.
    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || std::strcmp(argv[i], "--gtest_list_tests") == 0;
    ::testing::InitGoogleTest(&argc, argv);
    if (listing)
        return RUN_ALL_TESTS();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    // Each test process gets settings and a runtime directory of its own, so tests running side by side never
    // see each other's remembered state.
    QTemporaryDir home;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", home.path().toLocal8Bit());
    }
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("smtp-codes-tests"));
    TestApplication::setOrganizationName(QStringLiteral("SMTP Codes"));
    // English too has a translation: its plural forms.
    SmtpCodes::Core::Languages::install(QStringLiteral("en"));
    return RUN_ALL_TESTS();
}

#include "support/testsupport.h"

#include <cli/commandline.h>
#include <core/headings.h>
#include <core/languages.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace SmtpCodes;
using Cli::CommandLine;

namespace {

struct Result
{
    int status = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status =
        CommandLine(Testing::catalog()).run(QStringList{QStringLiteral("smtp-codes")} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

QJsonDocument json(const Result &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document;
}

void expectUsageError(const QStringList &arguments, const QString &expected)
{
    const Result result = run(arguments);
    EXPECT_EQ(result.status, 2) << arguments.join(u' ').toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_EQ(result.err.count(u'\n'), 1) << "one line: " << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(expected)) << result.err.toStdString();
}

} // namespace

TEST(CommandLineTest, ClassifiesWindowAndVerbs)
{
    EXPECT_FALSE(CommandLine::classify({}).commandLine);
    EXPECT_EQ(CommandLine::classify({QStringLiteral("550")}).codes, QStringList{QStringLiteral("550")});
    EXPECT_EQ(CommandLine::classify({QStringLiteral("354"), QStringLiteral("551")}).codes.size(), 2);
    EXPECT_FALSE(CommandLine::classify({QStringLiteral("-platform"), QStringLiteral("offscreen")}).commandLine);
    EXPECT_TRUE(CommandLine::classify({QStringLiteral("list")}).commandLine);
    EXPECT_TRUE(CommandLine::classify({QStringLiteral("show"), QStringLiteral("550")}).commandLine);
    EXPECT_TRUE(CommandLine::classify({QStringLiteral("--version")}).commandLine);
    EXPECT_TRUE(CommandLine::classify({QStringLiteral("frobnicate")}).namesOrCommand);
    EXPECT_FALSE(CommandLine::classify({QStringLiteral("550")}).namesOrCommand);
    EXPECT_TRUE(
        CommandLine::classify({QStringLiteral("550"), QStringLiteral("551"), QStringLiteral("552")}).commandLine);
    EXPECT_EQ(CommandLine::classify({QStringLiteral("--lang"), QStringLiteral("ar")}).language, QStringLiteral("ar"));
}

TEST(CommandLineTest, WindowOpensOnEntriesByIdTagOrReasonButNotOnAMistypedVerb)
{
    const auto canShow = [](const QStringList &arguments) {
        return CommandLine::windowCanShow(CommandLine::classify(arguments), Testing::catalog());
    };
    EXPECT_TRUE(canShow({QStringLiteral("gmail-5.7.26-unauthenticated")}));
    EXPECT_TRUE(canShow({QStringLiteral("TSS04")}));
    EXPECT_TRUE(canShow({QStringLiteral("mailboxfull"), QStringLiteral("550")}));
    EXPECT_TRUE(canShow({QStringLiteral("559")})) << "a code in form gets the page of the nearest codes";
    EXPECT_FALSE(canShow({QStringLiteral("shwo"), QStringLiteral("550")}));
}

TEST(CommandLineTest, ListInEveryFormat)
{
    const Result text = run({QStringLiteral("list")});
    EXPECT_EQ(text.status, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("\n550     5xx   Mailbox Unavailable\n")))
        << text.out.left(400).toStdString();
    EXPECT_EQ(text.out.count(u'\n'), Testing::catalog().size());

    const Result markdown = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("markdown")});
    EXPECT_TRUE(markdown.out.startsWith(QStringLiteral("| Code | Class | Name |")));

    const QJsonArray entries = json(run({QStringLiteral("list"), QStringLiteral("--format=json")})).array();
    ASSERT_EQ(entries.size(), Testing::catalog().size());
    const QJsonObject first = entries.first().toObject();
    for (const char *field : {"code", "kind", "class", "className", "name", "description", "whenYouSeeIt", "howToFix",
                              "examples", "references", "related"})
        EXPECT_TRUE(first.contains(QString::fromUtf8(field))) << field;
}

TEST(CommandLineTest, ShowInEveryFormat)
{
    const Result text = run({QStringLiteral("show"), QStringLiteral("550")});
    EXPECT_EQ(text.status, 0);
    const QStringList lines = text.out.split(u'\n');
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("550 ")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Description")));
    EXPECT_TRUE(lines.contains(QStringLiteral("How to fix")));

    const Result markdown =
        run({QStringLiteral("show"), QStringLiteral("550"), QStringLiteral("-f"), QStringLiteral("markdown")});
    EXPECT_TRUE(markdown.out.startsWith(QStringLiteral("# 550 ")));
    EXPECT_TRUE(markdown.out.contains(QStringLiteral("\n## Description\n")));

    const QJsonObject entry =
        json(run({QStringLiteral("show"), QStringLiteral("550"), QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    EXPECT_EQ(entry.value(u"code").toString(), QStringLiteral("550"));
    EXPECT_EQ(entry.value(u"kind").toString(), QStringLiteral("reply"));
    EXPECT_EQ(entry.value(u"class").toString(), QStringLiteral("5xx"));
    EXPECT_EQ(entry.value(u"className").toString(), QStringLiteral("Permanent Negative"));
    EXPECT_GE(entry.value(u"examples").toArray().size(), 2);
    EXPECT_FALSE(entry.value(u"references").toArray().isEmpty());
}

TEST(CommandLineTest, CompareInEveryFormat)
{
    const Result text = run({QStringLiteral("compare"), QStringLiteral("354"), QStringLiteral("551")});
    EXPECT_EQ(text.status, 0);
    const QStringList lines = text.out.split(u'\n');
    EXPECT_TRUE(lines.contains(QStringLiteral("Key differences")));
    EXPECT_TRUE(lines.contains(QStringLiteral("When to use each")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("is a 3xx Positive Intermediate reply, while 551")));

    const Result markdown = run(
        {QStringLiteral("compare"), QStringLiteral("354"), QStringLiteral("551"), QStringLiteral("--format=markdown")});
    EXPECT_TRUE(markdown.out.contains(QStringLiteral("## Key differences")));
    EXPECT_TRUE(markdown.out.contains(QStringLiteral("\n1. ")));

    const QJsonObject comparison = json(run({QStringLiteral("compare"), QStringLiteral("354"), QStringLiteral("551"),
                                             QStringLiteral("--format=json")}))
                                       .object();
    EXPECT_EQ(comparison.value(u"left").toObject().value(u"code").toString(), QStringLiteral("354"));
    EXPECT_EQ(comparison.value(u"right").toObject().value(u"code").toString(), QStringLiteral("551"));
    EXPECT_TRUE(comparison.value(u"summary").toString().contains(QStringLiteral("while")));
    EXPECT_GE(comparison.value(u"keyDifferences").toArray().size(), 2);
    EXPECT_EQ(comparison.value(u"whenToUseEach").toArray().size(), 2);
}

TEST(CommandLineTest, HelpAndVersion)
{
    const Result help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.status, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("compare CODE CODE")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("--format")));
    EXPECT_EQ(run({QStringLiteral("--version")}).status, 0);
}

TEST(CommandLineTest, ErrorsAreOneLineWithExitStatusTwo)
{
    expectUsageError({QStringLiteral("show"), QStringLiteral("559")}, QStringLiteral("nearest codes: 556, 555"));
    expectUsageError({QStringLiteral("show")}, QStringLiteral("show needs a code"));
    expectUsageError({QStringLiteral("compare"), QStringLiteral("354")}, QStringLiteral("compare needs two codes"));
    expectUsageError({QStringLiteral("compare"), QStringLiteral("354"), QStringLiteral("999")},
                     QStringLiteral("unknown code \"999\""));
    expectUsageError({QStringLiteral("frobnicate")}, QStringLiteral("unknown command \"frobnicate\""));
    expectUsageError({QStringLiteral("show"), QStringLiteral("550"), QStringLiteral("--format"), QStringLiteral("xml")},
                     QStringLiteral("unknown format \"xml\""));
    expectUsageError({QStringLiteral("list"), QStringLiteral("--bogus")}, QStringLiteral("bogus"));
    expectUsageError({}, QStringLiteral("missing command"));
    expectUsageError({QStringLiteral("show"), QString(100000, u'5')}, QStringLiteral("nearest codes"));
    expectUsageError({QStringLiteral("show"), QStringLiteral("550"), QStringLiteral("551")},
                     QStringLiteral("show takes one code"));
    expectUsageError({QStringLiteral("compare"), QStringLiteral("550"), QStringLiteral("551"), QStringLiteral("552")},
                     QStringLiteral("too many codes"));
    expectUsageError({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("bogus")},
                     QStringLiteral("unknown kind"));
    expectUsageError({QStringLiteral("list"), QStringLiteral("--class"), QStringLiteral("6xx")},
                     QStringLiteral("unknown class"));
    expectUsageError({QStringLiteral("show"), QStringLiteral("550"), QStringLiteral("--format=jsonl")},
                     QStringLiteral("jsonl"));
}

TEST(CommandLineTest, RealProgramPrintsAndFailsLikeTheLibrary)
{
    QProcess process;
    process.start(QStringLiteral(SMTPCODES_BINARY),
                  {QStringLiteral("show"), QStringLiteral("550"), QStringLiteral("--format=json")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_EQ(QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(u"code").toString(),
              QStringLiteral("550"));

    process.start(QStringLiteral(SMTPCODES_BINARY), {QStringLiteral("show"), QStringLiteral("559")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(error.startsWith(QStringLiteral("smtp-codes: unknown code \"559\""))) << error.toStdString();
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
}

class CommandLineLanguageTest : public ::testing::TestWithParam<QString>
{
protected:
    void TearDown() override { Core::Languages::install(QStringLiteral("en")); }
};

TEST_P(CommandLineLanguageTest, PrintsLocalizedHeadingsAndSentences)
{
    const Result english = run({QStringLiteral("compare"), QStringLiteral("354"), QStringLiteral("551")});
    const Result translated = run({QStringLiteral("compare"), QStringLiteral("354"), QStringLiteral("551"),
                                   QStringLiteral("--lang"), GetParam()});
    EXPECT_EQ(translated.status, 0) << translated.err.toStdString();
    const QStringList lines = translated.out.split(u'\n');
    // "Description" is also French: only headings that differ in every language are checked.
    for (const char *heading : {"How to fix", "Key differences", "When to use each"})
        EXPECT_FALSE(lines.contains(QString::fromUtf8(heading))) << heading;
    EXPECT_TRUE(lines.contains(Core::Headings::text(Core::Heading::KeyDifferences)));
    EXPECT_NE(lines.at(1), english.out.split(u'\n').at(1)) << "the summary sentence is translated";
    const QJsonObject json =
        QJsonDocument::fromJson(run({QStringLiteral("show"), QStringLiteral("550"), QStringLiteral("--format=json"),
                                     QStringLiteral("--lang=") + GetParam()})
                                    .out.toUtf8())
            .object();
    EXPECT_NE(json.value(u"className").toString(), QStringLiteral("Permanent Negative"));
}

INSTANTIATE_TEST_SUITE_P(Languages, CommandLineLanguageTest, ::testing::ValuesIn([] {
                             std::vector<QString> codes;
                             for (const QString &code : Core::Languages::codes()) {
                                 if (code != u"en")
                                     codes.push_back(code);
                             }
                             return codes;
                         }()),
                         [](const ::testing::TestParamInfo<QString> &info) { return info.param.toStdString(); });

TEST(CommandLineTest, UnknownLanguageListsTheAvailableOnes)
{
    expectUsageError({QStringLiteral("compare"), QStringLiteral("354"), QStringLiteral("551"), QStringLiteral("--lang"),
                      QStringLiteral("xx")},
                     QStringLiteral("unknown language \"xx\"; available: en, es, de"));
}

TEST(CommandLineTest, ExplainRefusesHostileInputWithAClearMessage)
{
    QTemporaryDir directory;
    const QString garbage = directory.filePath(QStringLiteral("garbage.bin"));
    {
        QFile file(garbage);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((i * 2654435761u) >> 13);
        for (int i = 0; i < 50; ++i)
            file.write(block);
    }
    QProcess process;
    process.start(QStringLiteral(SMTPCODES_BINARY), {QStringLiteral("explain"), garbage});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(error.contains(QStringLiteral("binary data"))) << error.toStdString();
    EXPECT_EQ(error.count(u'\n'), 1);

    // A folder is read file by file; the one that cannot be analyzed is named.
    process.start(QStringLiteral(SMTPCODES_BINARY), {QStringLiteral("explain"), directory.path()});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError()).startsWith(QStringLiteral("smtp-codes: ") + garbage));
    QTemporaryDir emptyFolder;
    process.start(QStringLiteral(SMTPCODES_BINARY), {QStringLiteral("explain"), emptyFolder.path()});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError()).contains(u"no message")) << "an empty folder says so";

    process.start(QStringLiteral(SMTPCODES_BINARY),
                  {QStringLiteral("explain"), directory.filePath(QStringLiteral("missing.eml"))});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 1);

    // Standard input works too, and text without replies is no error.
    process.start(QStringLiteral(SMTPCODES_BINARY),
                  {QStringLiteral("explain"), QStringLiteral("-"), QStringLiteral("--format=json")});
    process.write("host mx.example.com said: 550 5.1.1 User unknown\n");
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0);
    const QJsonArray findings =
        QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(u"findings").toArray();
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().toObject().value(u"enhanced").toString(), QStringLiteral("5.1.1"));

    // Empty input is one line and status 1.
    process.start(QStringLiteral(SMTPCODES_BINARY), {QStringLiteral("explain")});
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 1);
    const QString empty = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(empty.count(u'\n'), 1) << empty.toStdString();
    EXPECT_TRUE(empty.contains(u"empty")) << empty.toStdString();
}

TEST(CommandLineTest, HugeAndStrangeArgumentsAreUsageErrors)
{
    expectUsageError({QString(100000, u'x')}, QStringLiteral("unknown command"));
    expectUsageError({QStringLiteral("compare"), QString(100000, u'5'), QStringLiteral("550")},
                     QStringLiteral("nearest codes"));
    expectUsageError({QStringLiteral("--lang"), QString(100000, u'a'), QStringLiteral("list")},
                     QStringLiteral("unknown language"));
    expectUsageError({QStringLiteral("show"), QStringLiteral("📧")}, QStringLiteral("unknown"));
    expectUsageError({QStringLiteral("list"), QStringLiteral("--format")}, QStringLiteral("format"));
}

TEST(CommandLineTest, ShowReadsWhatPeopleCopyFromBounces)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("550 5.7.26")}, QStringList{QStringLiteral("550"), QStringLiteral("5.7.26")},
          QStringList{QStringLiteral("550-5.7.26")}}) {
        const Result result = run(QStringList{QStringLiteral("show")} + arguments);
        EXPECT_EQ(result.status, 0) << result.err.toStdString();
        EXPECT_TRUE(result.out.startsWith(QStringLiteral("550 with 5.7.26\n"))) << result.out.left(200).toStdString();
        EXPECT_TRUE(result.out.contains(QStringLiteral("What they mean together")));
    }
    const QJsonObject lookup =
        json(run({QStringLiteral("show"), QStringLiteral("550 5.7.26"), QStringLiteral("--format=json")})).object();
    EXPECT_EQ(lookup.value(u"entries").toArray().size(), 2);
    EXPECT_EQ(run({QStringLiteral("show"), QStringLiteral("#5.1.1")}).out.split(u'\n').first(),
              QStringLiteral("X.1.1 ") + Testing::catalog().find(u"X.1.1")->englishText(Core::Field::Name));
    const QJsonObject yahoo =
        json(run({QStringLiteral("show"), QStringLiteral("TSS04"), QStringLiteral("--format=json")})).object();
    EXPECT_EQ(yahoo.value(u"kind").toString(), QStringLiteral("provider"));
    EXPECT_TRUE(yahoo.value(u"provider").toString().startsWith(u"Yahoo"));
    const QJsonObject microsoft =
        json(run({QStringLiteral("show"), QStringLiteral("5.7.708"), QStringLiteral("--format=json")})).object();
    EXPECT_EQ(microsoft.value(u"providerId").toString(), QStringLiteral("microsoft365"));
    EXPECT_EQ(microsoft.value(u"enhanced").toString(), QStringLiteral("5.7.708"));
    const QJsonObject reason =
        json(run({QStringLiteral("show"), QStringLiteral("mailboxfull"), QStringLiteral("--format=json")})).object();
    EXPECT_EQ(reason.value(u"kind").toString(), QStringLiteral("reason"));
    EXPECT_EQ(reason.value(u"verdict").toString(), QStringLiteral("retry"));
}

TEST(CommandLineTest, ListAndSearchTakeTheFilters)
{
    const Result providers = run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("provider")});
    EXPECT_EQ(providers.status, 0);
    EXPECT_GE(providers.out.count(u'\n'), 400);
    const Result fourxx = run({QStringLiteral("list"), QStringLiteral("--kind=basic"), QStringLiteral("--class=4xx")});
    for (const QString &line : fourxx.out.split(u'\n', Qt::SkipEmptyParts))
        EXPECT_TRUE(line.startsWith(u'4')) << line.toStdString();
    const Result search = run({QStringLiteral("search"), QStringLiteral("user"), QStringLiteral("unknown")});
    EXPECT_EQ(search.status, 0);
    EXPECT_TRUE(search.out.startsWith(QStringLiteral("X.1.1"))) << search.out.left(200).toStdString();
    const QJsonArray found =
        json(run({QStringLiteral("search"), QStringLiteral("tss04"), QStringLiteral("--format=json")})).array();
    ASSERT_FALSE(found.isEmpty());
    EXPECT_TRUE(found.first().toObject().value(u"provider").toString().startsWith(u"Yahoo"));
    expectUsageError({QStringLiteral("search")}, QStringLiteral("search needs"));
    const Result languages = run({QStringLiteral("languages")});
    EXPECT_EQ(languages.out.count(u'\n'), Core::Languages::all().size());
    EXPECT_TRUE(languages.out.contains(QStringLiteral("العربية")));
}

TEST(CommandLineTest, RightToLeftTextHasNoBidiControlsForTerminals)
{
    const Result arabic =
        run({QStringLiteral("show"), QStringLiteral("550"), QStringLiteral("--lang"), QStringLiteral("ar")});
    Core::Languages::install(QStringLiteral("en"));
    EXPECT_EQ(arabic.status, 0);
    for (QChar control : {QChar(0x2066), QChar(0x2067), QChar(0x2068), QChar(0x2069), QChar(0x200F)})
        EXPECT_FALSE(arabic.out.contains(control)) << int(control.unicode());
    // So "smtp-codes show 550 --lang ar | grep '^550'" finds the title line.
    EXPECT_TRUE(arabic.out.startsWith(QStringLiteral("550 ")));
}

TEST(CommandLineTest, ExplainReadsFilesFoldersAndMailboxes)
{
    QTemporaryDir directory;
    const QString bounces = Testing::dataPath(QStringLiteral("bounces/written"));
    // An mbox of two bounces, as a mail client saves them.
    const QString mbox = directory.filePath(QStringLiteral("bounces.mbox"));
    {
        QFile out(mbox);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        for (const char *name : {"gmail-address-not-found.eml", "m365-mailbox-full.eml"}) {
            QFile in(bounces + u'/' + QString::fromLatin1(name));
            ASSERT_TRUE(in.open(QIODevice::ReadOnly));
            out.write("From MAILER-DAEMON Tue Nov 24 01:02:03 2026\n");
            out.write(in.readAll().replace("\r\n", "\n"));
            out.write("\n");
        }
    }
    QProcess process;
    process.start(QStringLiteral(SMTPCODES_BINARY),
                  {QStringLiteral("explain"), mbox, QStringLiteral("--format=jsonl")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    EXPECT_EQ(first.value(u"source").toString(), mbox + QStringLiteral("#1"));
    EXPECT_EQ(first.value(u"recipients").toArray().first().toObject().value(u"reason").toString(),
              QStringLiteral("userunknown"));
    EXPECT_EQ(QJsonDocument::fromJson(lines.at(1)).object().value(u"source").toString(), mbox + QStringLiteral("#2"));

    // A folder: every message in it, with a summary at the end of the text.
    process.start(QStringLiteral(SMTPCODES_BINARY), {QStringLiteral("explain"), bounces});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Summary of ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Addresses to remove from your lists")));
    const QJsonObject recipient =
        QJsonDocument::fromJson([&] {
            process.start(QStringLiteral(SMTPCODES_BINARY),
                          {QStringLiteral("explain"), bounces + QStringLiteral("/m365-mailbox-full.eml"),
                           QStringLiteral("--format=json")});
            process.waitForFinished(60000);
            return process.readAllStandardOutput();
        }())
            .object()
            .value(u"recipients")
            .toArray()
            .first()
            .toObject();
    for (const char *field :
         {"recipient", "originalRecipient", "action", "reply", "enhanced", "command", "remoteMta", "diagnostic",
          "reason", "hardBounce", "verdict", "advice", "evidence", "provider", "line"})
        EXPECT_TRUE(recipient.contains(QString::fromUtf8(field))) << field;
    EXPECT_EQ(recipient.value(u"verdict").toString(), QStringLiteral("retry"));
}

TEST(CommandLineTest, TheWindowWithoutADisplaySaysSoInOneLine)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SMTPCODES_BINARY), {QStringLiteral("--analyze"), QStringLiteral("/nonexistent.eml")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(error.count(u'\n'), 1) << error.toStdString();
    EXPECT_TRUE(error.contains(u"display")) << error.toStdString();
}

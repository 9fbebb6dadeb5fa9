// Measures what a user waits for: loading the catalog, a keystroke's search, building and showing a comparison,
// switching the language, and analyzing large logs. Run through scripts/bench, which adds start-up time and
// memory against the baseline window and prints the table of targets.
#include <core/analysis.h>
#include <core/analyzer.h>
#include <core/catalog.h>
#include <core/catalogtranslation.h>
#include <core/codelistmodel.h>
#include <core/comparison.h>
#include <core/languages.h>
#include <widgets/comparisonview.h>
#include <widgets/detailpanel.h>
#include <widgets/mainwindow.h>
#include <widgets/textview.h>

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace SmtpCodes;

namespace {

QList<Core::Catalog::Source> embeddedSources()
{
    QList<Core::Catalog::Source> sources;
    for (const QString &path : Core::Catalog::embeddedFiles()) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        sources.append({path, file.readAll()});
    }
    return sources;
}

/// The real catalog plus copies of its enhanced codes under new codes (X.100.0 onwards) until it holds 100 times
/// as many entries.
QList<Core::Catalog::Source> syntheticSources()
{
    QList<Core::Catalog::Source> sources = embeddedSources();
    qsizetype real = 0;
    QJsonArray enhanced;
    for (const Core::Catalog::Source &source : std::as_const(sources)) {
        const QJsonArray entries = QJsonDocument::fromJson(source.json).object().value(u"entries").toArray();
        real += entries.size();
        if (source.name.endsWith(u"/enhanced.json"))
            enhanced = entries;
    }
    QJsonArray copies;
    for (int copy = 0; copies.size() + real < 100 * real; ++copy) {
        int detail = 0;
        for (const QJsonValue &value : std::as_const(enhanced)) {
            QJsonObject entry = value.toObject();
            entry.insert(QStringLiteral("code"),
                         QStringLiteral("X.%1.%2").arg(100 + copy / 10).arg((copy % 10) * 100 + detail++));
            entry.remove(QStringLiteral("related"));
            copies.append(entry);
        }
    }
    const QJsonObject synthetic{{QStringLiteral("formatVersion"), 2}, {QStringLiteral("entries"), copies}};
    sources.append({QStringLiteral("synthetic.json"), QJsonDocument(synthetic).toJson(QJsonDocument::Compact)});
    return sources;
}

const Core::Catalog &realCatalog()
{
    static const Core::Catalog catalog = *Core::Catalog::loadEmbedded(nullptr);
    return catalog;
}

const Core::Catalog &largeCatalog()
{
    static const Core::Catalog catalog = [] {
        QString error;
        std::optional<Core::Catalog> loaded = Core::Catalog::fromSources(syntheticSources(), &error);
        if (!loaded)
            qFatal("the synthetic catalog does not load: %s", qPrintable(error));
        return *std::move(loaded);
    }();
    return catalog;
}

const Core::Catalog &catalogFor(const benchmark::State &state)
{
    return state.range(0) == 100 ? largeCatalog() : realCatalog();
}

/// A mail log of about @p megabytes: Postfix deliveries, deferrals and bounces, an Exim line, noise.
QByteArray mailLog(int megabytes)
{
    const QByteArray lines[] = {
        "Nov 24 01:02:03 mail postfix/smtp[2210]: 4ABC550DEF: to=<carol@example.com>, "
        "relay=mx.example.com[192.0.2.25]:25, "
        "delay=0.55, delays=0.1/0/0.25/0.2, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.25] said: 550 5.1.1 "
        "<carol@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO "
        "command))\n",
        "Nov 24 01:02:04 mail postfix/smtp[2211]: 5D0E2F3A41: to=<dave@example.net>, "
        "relay=mx1.example.net[203.0.113.9]:25, "
        "delay=2.1, delays=0.1/0/1.2/0.8, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7F1C22E0)\n",
        "Nov 24 01:02:05 mail postfix/smtpd[2201]: connect from client.example.org[198.51.100.20]\n",
        "Nov 24 01:02:05 mail postfix/qmgr[1200]: 4ABC550DEF: from=<ann@example.org>, size=5500, nrcpt=1 (queue "
        "active)\n",
        "2026-11-24 01:02:04 1rABCd-000123-4E ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.com "
        "[192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 451 4.7.1 Greylisted\n",
        "Nov 24 01:02:06 mail postfix/smtpd[2201]: disconnect from client.example.org[198.51.100.20] ehlo=1 mail=1 "
        "rcpt=1 data=1 quit=1 commands=5\n",
    };
    QByteArray log;
    log.reserve(megabytes * 1024 * 1024 + 1024);
    for (int i = 0; log.size() < megabytes * 1024 * 1024 - 400; ++i)
        log += lines[i % std::size(lines)];
    return log;
}

void BM_CatalogLoad(benchmark::State &state)
{
    const QList<Core::Catalog::Source> sources = state.range(0) == 100 ? syntheticSources() : embeddedSources();
    for (auto _ : state) {
        auto catalog = Core::Catalog::fromSources(sources, nullptr);
        benchmark::DoNotOptimize(catalog);
    }
    state.counters["entries"] = double(Core::Catalog::fromSources(sources, nullptr)->size());
}
BENCHMARK(BM_CatalogLoad)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_CatalogLoadEmbedded(benchmark::State &state)
{
    for (auto _ : state) {
        auto catalog = Core::Catalog::loadEmbedded(nullptr);
        benchmark::DoNotOptimize(catalog);
    }
}
BENCHMARK(BM_CatalogLoadEmbedded)->Unit(benchmark::kMillisecond);

/// Every prefix of a few realistic queries, typed one keystroke at a time into the list's model.
void BM_SearchKeystroke(benchmark::State &state)
{
    const QStringList queries{
        QStringLiteral("550"),    QStringLiteral("mailbox full"), QStringLiteral("relay access denied"),
        QStringLiteral("5.7.26"), QStringLiteral("550 5.1.1"),    QStringLiteral("authentication")};
    QStringList prefixes;
    for (const QString &query : queries) {
        for (qsizetype length = 1; length <= query.size(); ++length)
            prefixes.append(query.left(length));
    }
    Core::CodeListModel model(catalogFor(state));
    // As in the window, the index is built once the window is shown, before the first keystroke.
    model.prepareSearch();
    Core::SearchQuery query;
    for (auto _ : state) {
        for (const QString &prefix : std::as_const(prefixes)) {
            query.text = prefix;
            model.setQuery(query);
            benchmark::DoNotOptimize(model.rowCount());
        }
    }
    state.counters["keystroke"] = benchmark::Counter(
        double(prefixes.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_SearchKeystroke)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

/// Building the search index, done once after the window is shown.
void BM_SearchIndex(benchmark::State &state)
{
    for (auto _ : state) {
        const Core::Search search(catalogFor(state));
        search.prepare();
    }
}
BENCHMARK(BM_SearchIndex)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_ComparisonBuild(benchmark::State &state)
{
    const Core::Catalog &catalog = realCatalog();
    const Core::CodeEntry &a = *catalog.find(u"354");
    const Core::CodeEntry &b = *catalog.find(u"551");
    for (auto _ : state) {
        const Core::Document document = Core::Comparison(catalog, a, b, QStringLiteral("en")).document();
        benchmark::DoNotOptimize(document.blocks.size());
    }
}
BENCHMARK(BM_ComparisonBuild)->Unit(benchmark::kMicrosecond);

void BM_RenderDetailPanel(benchmark::State &state)
{
    Widgets::DetailPanel panel(realCatalog());
    panel.resize(740, 680);
    panel.QWidget::show();
    const Core::Catalog &catalog = realCatalog();
    const QList<Core::Place> places{Core::Place::ofEntry(catalog.indexOf(u"550")),
                                    Core::Place::ofEntry(catalog.indexOf(u"X.7.26")),
                                    Core::Place::ofEntry(catalog.indexOf(u"354"))};
    int i = 0;
    for (auto _ : state) {
        panel.show(places.at(i++ % places.size()));
        benchmark::DoNotOptimize(panel.view()->document()->documentLayout()->documentSize());
    }
}
BENCHMARK(BM_RenderDetailPanel)->Unit(benchmark::kMillisecond);

void BM_RenderComparisonView(benchmark::State &state)
{
    QAction swap;
    Widgets::ComparisonView view(realCatalog(), &swap);
    view.resize(740, 680);
    view.QWidget::show();
    const Core::Catalog &catalog = realCatalog();
    int i = 0;
    for (auto _ : state) {
        if (i++ % 2)
            view.show(catalog.indexOf(u"354"), catalog.indexOf(u"551"));
        else
            view.show(catalog.indexOf(u"550"), catalog.indexOf(u"X.1.1"));
        benchmark::DoNotOptimize(view.view()->document()->documentLayout()->documentSize());
    }
}
BENCHMARK(BM_RenderComparisonView)->Unit(benchmark::kMillisecond);

/// One switch of the interface language with the window open on a comparison, retranslation included.
void BM_LanguageSwitch(benchmark::State &state)
{
    Widgets::MainWindow window(realCatalog());
    window.show();
    window.compare(QStringLiteral("354"), QStringLiteral("551"));
    const QStringList languages{QStringLiteral("de"), QStringLiteral("ar"), QStringLiteral("ja"), QStringLiteral("en")};
    int i = 0;
    const auto *model = window.findChild<Core::CodeListModel *>();
    for (auto _ : state) {
        window.setLanguage(languages.at(i++ % languages.size()), false);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // The new language's search index is built on another core; a user does not switch again before it is.
        state.PauseTiming();
        model->prepareSearch();
        state.ResumeTiming();
    }
    window.setLanguage(QStringLiteral("en"), false);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}
BENCHMARK(BM_LanguageSwitch)->Unit(benchmark::kMillisecond);

/// The first switch into a language in a fresh window: its catalog text is read then, and the window retranslated.
void BM_LanguageSwitchFirst(benchmark::State &state)
{
    const QStringList languages{QStringLiteral("ja"), QStringLiteral("ar"), QStringLiteral("de")};
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        {
            const Core::Catalog catalog = *Core::Catalog::loadEmbedded(nullptr);
            Widgets::MainWindow window(catalog);
            window.show();
            window.compare(QStringLiteral("354"), QStringLiteral("551"));
            QCoreApplication::processEvents();
            state.ResumeTiming();
            window.setLanguage(languages.at(i++ % languages.size()), false);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            state.PauseTiming();
            window.setLanguage(QStringLiteral("en"), false);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        }
        state.ResumeTiming();
    }
}
BENCHMARK(BM_LanguageSwitchFirst)->Unit(benchmark::kMillisecond)->Iterations(12);

/// Reading one language's catalog text (the largest part of a first switch).
void BM_CatalogTextLoad(benchmark::State &state)
{
    QFile file(QStringLiteral(":/catalog/l10n/ja.json"));
    file.open(QIODevice::ReadOnly);
    const QByteArray json = file.readAll();
    for (auto _ : state) {
        QString problem;
        const Core::CatalogTranslation translation =
            Core::CatalogTranslation::fromJson(json, QStringLiteral("ja"), &problem);
        benchmark::DoNotOptimize(translation.texts().size());
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_CatalogTextLoad)->Unit(benchmark::kMillisecond);

void BM_Analyzer(benchmark::State &state)
{
    const QByteArray log = mailLog(int(state.range(0)));
    const Core::Analyzer analyzer(realCatalog());
    qsizetype findings = 0;
    for (auto _ : state) {
        const Core::Analysis analysis = analyzer.analyze(log);
        findings = analysis.findings.size();
        benchmark::DoNotOptimize(findings);
    }
    state.SetBytesProcessed(state.iterations() * log.size());
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_Analyzer)->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

#include "analysisbatch.h"

#include "analyzer.h"
#include "mailsource.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace SmtpCodes::Core {

namespace {

struct Shared
{
    std::mutex mutex;
    std::condition_variable work;  ///< a message is queued, or reading is done
    std::condition_variable ready; ///< a result is done, or a slot is free
    std::deque<std::pair<qsizetype, SourceMessage>> queue;
    std::map<qsizetype, std::pair<Analysis, QByteArray>> done;
    qsizetype inFlight = 0;
    bool finished = false;
};

Analysis analyzeOne(const Analyzer &analyzer, const SourceMessage &message)
{
    Analysis analysis;
    if (!message.problem.isEmpty()) {
        analysis.problem = Analysis::Problem::Unreadable;
        analysis.message = message.problem;
    } else {
        analysis = analyzer.analyze(message.bytes);
    }
    analysis.source = message.source;
    return analysis;
}

} // namespace

qsizetype AnalysisBatch::run(const Catalog &catalog, const QStringList &paths, const Output &output,
                             const std::atomic_bool *cancel, int threads, const Render &render)
{
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    const qsizetype limit = 4 * threads;
    Shared shared;
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([&shared, &catalog, &render] {
            const Analyzer analyzer(catalog);
            for (;;) {
                std::unique_lock lock(shared.mutex);
                shared.work.wait(lock, [&] { return !shared.queue.empty() || shared.finished; });
                if (shared.queue.empty())
                    return;
                auto [number, message] = std::move(shared.queue.front());
                shared.queue.pop_front();
                lock.unlock();
                Analysis analysis = analyzeOne(analyzer, message);
                QByteArray rendered = render ? render(analyzer, analysis) : QByteArray();
                lock.lock();
                shared.done.emplace(number, std::pair{std::move(analysis), std::move(rendered)});
                shared.ready.notify_all();
            }
        });
    }

    qsizetype read = 0;
    qsizetype next = 0; // the next result to hand out
    auto drain = [&](std::unique_lock<std::mutex> &lock) {
        while (!shared.done.empty() && shared.done.begin()->first == next) {
            auto [analysis, rendered] = std::move(shared.done.begin()->second);
            shared.done.erase(shared.done.begin());
            --shared.inFlight;
            ++next;
            lock.unlock();
            output(analysis, rendered);
            lock.lock();
        }
    };
    MailSource::read(
        paths,
        [&](SourceMessage message) {
            std::unique_lock lock(shared.mutex);
            shared.ready.wait(lock, [&] {
                drain(lock);
                return shared.inFlight < limit;
            });
            if (cancel && cancel->load())
                return false;
            shared.queue.emplace_back(read++, std::move(message));
            ++shared.inFlight;
            shared.work.notify_one();
            return true;
        },
        Analyzer::MaxInputBytes);
    {
        std::unique_lock lock(shared.mutex);
        shared.finished = true;
        shared.work.notify_all();
        shared.ready.wait(lock, [&] {
            drain(lock);
            return shared.inFlight == 0 || (cancel && cancel->load() && shared.queue.empty());
        });
        shared.queue.clear();
    }
    for (std::thread &worker : workers)
        worker.join();
    return read;
}

} // namespace SmtpCodes::Core

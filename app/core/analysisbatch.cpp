#include "analysisbatch.h"

#include "analyzer.h"
#include "mailmessage.h"
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
    std::condition_variable ready; ///< a result the reader waits for is done
    std::deque<std::pair<qsizetype, SourceMessage>> queue;
    std::map<qsizetype, std::pair<Analysis, QByteArray>> done;
    qsizetype inFlight = 0;      ///< messages queued or being analyzed, and results not yet handed out
    qsizetype bytesInFlight = 0; ///< the bytes of the queued messages and those being analyzed
    int idle = 0;                ///< workers waiting for a message
    bool readerWaiting = false;  ///< the reading thread waits for a result or a free slot
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
    // Enough messages in flight that the threads seldom wait for each other (every wake-up costs a system call),
    // few enough bytes that a folder of large messages stays in bounded memory.
    const qsizetype limit = 32 * threads;
    constexpr qsizetype byteLimit = 64 * 1024 * 1024;
    Shared shared;
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([&shared, &catalog, &render] {
            const Analyzer analyzer(catalog);
            std::unique_lock lock(shared.mutex);
            for (;;) {
                ++shared.idle;
                shared.work.wait(lock, [&] { return !shared.queue.empty() || shared.finished; });
                --shared.idle;
                if (shared.queue.empty())
                    return;
                auto [number, message] = std::move(shared.queue.front());
                shared.queue.pop_front();
                lock.unlock();
                const qsizetype size = message.bytes.size();
                Analysis analysis = analyzeOne(analyzer, message);
                message = {};
                QByteArray rendered = render ? render(analyzer, analysis) : QByteArray();
                lock.lock();
                shared.bytesInFlight -= size;
                shared.done.emplace(number, std::pair{std::move(analysis), std::move(rendered)});
                if (shared.readerWaiting)
                    shared.ready.notify_one();
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
    auto wait = [&](std::unique_lock<std::mutex> &lock, auto done) {
        shared.readerWaiting = true;
        shared.ready.wait(lock, [&] {
            drain(lock);
            return done();
        });
        shared.readerWaiting = false;
    };
    MailSource::read(
        paths,
        [&](SourceMessage message) {
            if (read == 1)
                MailMessage::keepCharsetsLoaded(); // a batch, not a single message
            std::unique_lock lock(shared.mutex);
            drain(lock);
            wait(lock,
                 [&] { return shared.inFlight < limit && (shared.bytesInFlight < byteLimit || !shared.inFlight); });
            if (cancel && cancel->load())
                return false;
            shared.bytesInFlight += message.bytes.size();
            shared.queue.emplace_back(read++, std::move(message));
            ++shared.inFlight;
            if (shared.idle > 0)
                shared.work.notify_one();
            return true;
        },
        Analyzer::MaxInputBytes);
    {
        std::unique_lock lock(shared.mutex);
        shared.finished = true;
        shared.work.notify_all();
        wait(lock, [&] { return shared.inFlight == 0 || (cancel && cancel->load() && shared.queue.empty()); });
        shared.queue.clear();
    }
    for (std::thread &worker : workers)
        worker.join();
    return read;
}

} // namespace SmtpCodes::Core

// Parsing on one thread, building on another: the parser turns journal text into entries
// (about half the time of a full load); the builder resolves and checks them in file
// order on the calling thread. Entries travel in batches; the parser's own entry object
// is swapped with a spare one, so nothing is copied or allocated per entry.
#include "model/journal_pipeline.hpp"

#include "model/build_reserve.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

namespace dues {
namespace {

// What a batch holds, in the order the parser made it.
enum class Tag : std::uint8_t { entry, unparsed, error, warning, file, failure };

struct Batch {
  std::vector<syntax::Entry> entries; // [0, used) filled; the rest are spares
  std::size_t used = 0;
  std::vector<Tag> order;
  std::vector<std::string> ids;
  std::vector<Error> errors;
  std::vector<std::pair<std::size_t, std::size_t>> files; // index, headers
  std::exception_ptr failure;
  bool last = false;

  void reset() {
    used = 0;
    order.clear();
    ids.clear();
    errors.clear();
    files.clear();
    failure = nullptr;
    last = false;
  }
};

constexpr std::size_t k_batch = 512;    // entries per batch
constexpr std::size_t k_in_flight = 8;  // batches, so memory stays small

// Thrown on the parsing thread when the building thread has stopped listening.
struct Stopped {};

class Channel {
public:
  // An empty batch to fill; waits while every batch is in flight.
  std::unique_ptr<Batch> spare() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || !m_free.empty() || m_made < k_in_flight; });
    if (m_stopped) {
      throw Stopped{};
    }
    if (m_free.empty()) {
      ++m_made;
      return std::make_unique<Batch>();
    }
    std::unique_ptr<Batch> batch = std::move(m_free.back());
    m_free.pop_back();
    return batch;
  }
  void send(std::unique_ptr<Batch> batch) {
    const std::lock_guard lock(m_mutex);
    m_full.push_back(std::move(batch));
    m_changed.notify_all();
  }
  std::unique_ptr<Batch> receive() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_full.empty(); });
    std::unique_ptr<Batch> batch = std::move(m_full.front());
    m_full.pop_front();
    return batch;
  }
  void recycle(std::unique_ptr<Batch> batch) {
    batch->reset();
    const std::lock_guard lock(m_mutex);
    m_free.push_back(std::move(batch));
    m_changed.notify_all();
  }
  void stop() {
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
  }

private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::deque<std::unique_ptr<Batch>> m_full;
  std::vector<std::unique_ptr<Batch>> m_free;
  std::size_t m_made = 0;
  bool m_stopped = false;
};

// The parser's sink on the parsing thread: records everything into batches.
class Recorder : public syntax::EntrySink {
public:
  Recorder(Channel& channel, const Diagnostics& diags) : m_channel(channel), m_diags(diags) {}

  void entry(const syntax::Entry& entry) override {
    syntax::Entry copy = entry;
    keep(copy);
  }
  void keep(syntax::Entry& entry) override {
    Batch& into = batch();
    if (into.used == into.entries.size()) {
      into.entries.emplace_back();
    }
    std::swap(into.entries[into.used++], entry);
    into.order.push_back(Tag::entry);
    send_when_full();
  }
  void unparsed(std::string_view id) override {
    Batch& into = batch();
    into.ids.emplace_back(id);
    into.order.push_back(Tag::unparsed);
    send_when_full();
  }
  void file(std::size_t index, std::size_t headers) {
    Batch& into = batch();
    into.files.emplace_back(index, headers);
    into.order.push_back(Tag::file);
  }
  void fail(std::exception_ptr failure) {
    Batch& into = batch();
    into.failure = std::move(failure);
    into.order.push_back(Tag::failure);
  }
  void finish() {
    batch().last = true;
    m_channel.send(std::move(m_batch));
  }

private:
  // The batch being filled, with the diagnostics made since the last call moved in first.
  Batch& batch() {
    if (!m_batch) {
      m_batch = m_channel.spare();
    }
    for (; m_errors < m_diags.errors().size(); ++m_errors) {
      m_batch->errors.push_back(m_diags.errors()[m_errors]);
      m_batch->order.push_back(Tag::error);
    }
    for (; m_warnings < m_diags.warnings().size(); ++m_warnings) {
      m_batch->errors.push_back(m_diags.warnings()[m_warnings]);
      m_batch->order.push_back(Tag::warning);
    }
    return *m_batch;
  }
  void send_when_full() {
    if (m_batch->order.size() >= k_batch) {
      m_channel.send(std::move(m_batch));
    }
  }

  Channel& m_channel;
  const Diagnostics& m_diags;
  std::unique_ptr<Batch> m_batch;
  std::size_t m_errors = 0;
  std::size_t m_warnings = 0;
};

void produce(const std::vector<std::string>& paths, const JournalFileReader& read,
             Channel& channel) {
  Diagnostics diags; // the parser's; the recorder passes each on in turn
  Recorder recorder(channel, diags);
  try {
    try {
      for (std::size_t i = 0; i < paths.size(); ++i) {
        read(i, [&](std::string_view text) {
          recorder.file(i, count_entry_headers(text));
          syntax::parse_journal(text, paths[i], static_cast<std::uint32_t>(i), recorder, diags,
                                {});
        });
      }
    } catch (const Stopped&) {
      throw;
    } catch (...) {
      recorder.fail(std::current_exception());
    }
    recorder.finish();
  } catch (const Stopped&) { // the builder gave up (an exception of its own)
  }
}

} // namespace

void parse_journals_in_parallel(const std::vector<std::string>& paths,
                                const JournalFileReader& read, syntax::EntrySink& sink,
                                Diagnostics& diags,
                                const std::function<void(std::size_t, std::size_t)>& starting) {
  Channel channel;
  std::thread parser([&] { produce(paths, read, channel); });
  struct Join {
    Channel& channel;
    std::thread& thread;
    ~Join() {
      channel.stop();
      thread.join();
    }
  } join{channel, parser};
  for (bool last = false; !last;) {
    std::unique_ptr<Batch> batch = channel.receive();
    std::size_t entry = 0;
    std::size_t id = 0;
    std::size_t error = 0;
    std::size_t file = 0;
    for (const Tag tag : batch->order) {
      switch (tag) {
      case Tag::entry:
        sink.entry(batch->entries[entry++]);
        break;
      case Tag::unparsed:
        sink.unparsed(batch->ids[id++]);
        break;
      case Tag::error:
        diags.add(std::move(batch->errors[error++]));
        break;
      case Tag::warning:
        diags.warn(std::move(batch->errors[error++]));
        break;
      case Tag::file: {
        const auto [index, headers] = batch->files[file++];
        starting(index, headers);
        break;
      }
      case Tag::failure:
        std::rethrow_exception(batch->failure);
      }
    }
    last = batch->last;
    channel.recycle(std::move(batch));
  }
}

} // namespace dues

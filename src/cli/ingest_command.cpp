// marsad ingest: documents → pipeline (all cores) → one writer thread → SQLite.
//
//   reader (this thread) ──docs──▶ workers: Pipeline + record building ──records──▶ writer
//
// The writer commits a batch every --batch documents (500) or kBatchSeconds, whichever
// comes first. A document is in the database exactly when its batch committed; a run killed
// at any moment is completed by running the same command again (stored ids are skipped
// before the pipeline runs).
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/commands.h"
#include "core/utf8.h"
#include "entities/linker.h"
#include "ingest/reader.h"
#include "pipeline/knowledge_data.h"
#include "pipeline/pipeline.h"
#include "search/fts_index.h"
#include "search/indexed_writing.h"
#include "store/writer.h"
#include "text/analyzer.h"

namespace marsad::cli {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kBatchSeconds = 2.0;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of the calling thread: what a stage costs, whatever else the machine is running.
double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// A bounded queue between threads; close() ends it.
template <class T>
class Channel {
 public:
  explicit Channel(size_t capacity) : capacity_(capacity) {}
  void push(T item) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    lock.unlock();
    ready_.notify_one();
  }
  // Waits up to `timeout` for an item; nullopt on timeout or when closed and empty.
  std::optional<T> pop(std::chrono::milliseconds timeout = std::chrono::hours(24)) {
    std::unique_lock lock(mutex_);
    if (!ready_.wait_for(lock, timeout, [&] { return !items_.empty() || closed_; })) return std::nullopt;
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    lock.unlock();
    room_.notify_one();
    return item;
  }
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    ready_.notify_all();
  }
  bool finished() {
    std::lock_guard lock(mutex_);
    return closed_ && items_.empty();
  }

 private:
  size_t capacity_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<T> items_;
  bool closed_ = false;
};

// Bytes of the named inputs (files, folders recursively): the denominator of the ETA.
uint64_t input_bytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& p : paths) {
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

struct Counters {
  std::atomic<size_t> read{0}, skipped{0}, failures{0};
  std::atomic<uint64_t> bytes_read{0};
  std::atomic<double> pipeline_seconds{0}, record_seconds{0};
};

void add(std::atomic<double>& a, double v) {
  double old = a.load();
  while (!a.compare_exchange_weak(old, old + v)) {
  }
}

class Progress {
 public:
  Progress(uint64_t total_bytes) : total_(total_bytes), start_(Clock::now()), tty_(isatty(STDERR_FILENO)) {}
  void show(size_t documents, uint64_t bytes, bool final = false) {
    if (!tty_) return;
    if (!final && seconds_since(last_) < 0.2) return;
    last_ = Clock::now();
    double s = std::max(1e-3, seconds_since(start_));
    double mbs = bytes / s / 1e6;
    std::string eta = "--";
    if (total_ && bytes && bytes < total_) {
      int left = static_cast<int>((total_ - bytes) / (bytes / s));
      eta = std::to_string(left / 60) + "m" + (left % 60 < 10 ? "0" : "") + std::to_string(left % 60) + "s";
    }
    double share = total_ ? std::min(1.0, double(bytes) / total_) : 0;
    int filled = static_cast<int>(share * 30);
    std::fprintf(stderr, "\r[%s%s] %zu documents  %.1f MB/s  ETA %s   ", std::string(filled, '#').c_str(),
                 std::string(30 - filled, '.').c_str(), documents, mbs, eta.c_str());
    if (final) std::fputc('\n', stderr);
  }

 private:
  uint64_t total_;
  Clock::time_point start_, last_{};
  bool tty_;
};

}  // namespace

int ingest(const IngestOptions& options) {
  auto started = Clock::now();
  std::shared_ptr<const Knowledge> knowledge;
  std::optional<store::Database> db;
  std::unordered_set<std::string> stored;
  try {
    knowledge = Knowledge::load();
    db.emplace(options.db);
    if (search::open_for_writing(*db, knowledge->data().lexicon))
      std::cerr << "marsad: " << options.db << ": the search index was built by another text analysis; "
                << "the stored documents were indexed again\n";
    // Checkpoint the WAL every ~40 MB rather than 4 MB: fewer copies while ingesting.
    db->exec("PRAGMA wal_autocheckpoint=10000");
  } catch (const std::exception& e) {
    std::cerr << "marsad: " << e.what() << "\n";
    return 2;
  }
  search::FullTextIndex index(*db);
  store::Writer writer(*db, &index);
  try {
    writer.load_knowledge();
  } catch (const std::exception& e) {
    std::cerr << "marsad: loading data/ into " << options.db << ": " << e.what() << "\n";
    return 2;
  }
  if (!options.reprocess) stored = writer.stored_ids();

  Counters counters;
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  Channel<Document> documents(threads * 4);
  Channel<store::Record> records(threads * 8);
  std::mutex error_mutex;
  auto report = [&](const std::string& message) {
    std::lock_guard lock(error_mutex);
    std::cerr << (isatty(STDERR_FILENO) ? "\r" : "") << "marsad: " << message << "\n";
  };

  auto worker = [&] {
    Pipeline pipeline(knowledge);
    TextAnalyzer titles(knowledge->data().lexicon);
    while (auto doc = documents.pop()) {
      try {
        double t0 = thread_cpu_seconds();
        Analyzed analyzed;
        Extraction x = pipeline.extract(*doc, analyzed);
        double t1 = thread_cpu_seconds();
        store::Record r = search::indexed_record(std::move(x), analyzed, titles);
        r.extraction.document = std::move(*doc);  // analyzed pointed at *doc: done with it
        add(counters.pipeline_seconds, t1 - t0);
        add(counters.record_seconds, thread_cpu_seconds() - t1);
        records.push(std::move(r));
      } catch (const std::exception& e) {
        ++counters.failures;
        report(doc->origin + ": " + e.what());
      }
    }
  };

  size_t added = 0, replaced = 0, duplicates = 0, events = 0, relations = 0;
  uint64_t bytes_written = 0;
  double writer_seconds = 0, unify_seconds = 0;
  bool write_failed = false;
  Progress progress(input_bytes(options.inputs));
  auto write_all = [&] {
    CrossDocumentNames names;
    auto batch_started = Clock::now();
    size_t in_batch = 0;
    auto commit = [&] {
      if (!writer.in_transaction()) return;
      double t = thread_cpu_seconds();
      writer.commit();
      writer_seconds += thread_cpu_seconds() - t;
      in_batch = 0;
    };
    for (;;) {
      auto r = records.pop(std::chrono::milliseconds(200));
      if (!r) {
        if (in_batch && seconds_since(batch_started) > kBatchSeconds) commit();
        progress.show(added + replaced, bytes_written);
        if (records.finished()) break;
        continue;
      }
      if (write_failed) continue;  // drain the workers
      try {
        double u = thread_cpu_seconds();
        names.unify(r->extraction);  // the pipeline's cross-document step: pipeline time
        double t = thread_cpu_seconds();
        unify_seconds += t - u;
        if (!writer.in_transaction()) {
          writer.begin();
          batch_started = Clock::now();
        }
        switch (writer.write(*r, options.reprocess)) {
          case store::Writer::Outcome::kAdded: ++added; break;
          case store::Writer::Outcome::kReplaced: ++replaced; break;
          case store::Writer::Outcome::kSkipped: ++duplicates; break;
        }
        events += r->extraction.events.size();
        relations += r->extraction.relations.size();
        bytes_written += r->extraction.document.text.size();
        ++in_batch;
        writer_seconds += thread_cpu_seconds() - t;
        if (in_batch >= std::max<size_t>(1, options.batch) || seconds_since(batch_started) > kBatchSeconds) commit();
        progress.show(added + replaced, bytes_written);
      } catch (const std::exception& e) {
        // The database refused a write (disk full, locked): stop writing, keep what committed.
        report(std::string("writing ") + options.db + ": " + e.what());
        write_failed = true;
      }
    }
    try {
      commit();
    } catch (const std::exception& e) {
      report(std::string("writing ") + options.db + ": " + e.what());
      write_failed = true;
    }
  };

  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  std::thread writer_thread(write_all);

  ingest::ReadOptions read;
  read.date = options.date;
  read.on_warning = [&](const InputError& w) { report(std::string("warning: ") + w.what()); };
  auto summary = ingest::read_inputs(
      options.inputs, read,
      [&](Document&& doc) {
        ++counters.read;
        if (stored.count(doc.id)) {
          ++counters.skipped;
          return;
        }
        if (!options.reprocess) stored.insert(doc.id);  // a duplicate later in this run is skipped too
        counters.bytes_read += doc.text.size();
        documents.push(std::move(doc));
      },
      [&](const InputError& e) { report(e.what()); });
  documents.close();
  for (auto& t : pool) t.join();
  records.close();
  writer_thread.join();
  progress.show(added + replaced, bytes_written, true);

  size_t failures = summary.failures + counters.failures;
  double total = seconds_since(started);
  std::printf("ingested %zu documents into %s (%zu new, %zu replaced, %zu already stored), %zu failures; "
              "%zu events, %zu relations; %lld actors in the database; %.1f s\n",
              added + replaced, options.db.c_str(), added, replaced, counters.skipped.load() + duplicates, failures,
              events, relations, static_cast<long long>(db->scalar("SELECT count(DISTINCT actor) FROM document_actors")),
              total);
  if (options.timings) {
    double pipeline = counters.pipeline_seconds.load() + unify_seconds;
    double store = counters.record_seconds.load() + writer_seconds;
    std::printf("timings (thread CPU): pipeline %.2f s (workers %.2f + cross-document names %.2f), store %.2f s = "
                "records %.2f s (workers) + writer %.2f s; store/pipeline %.1f%%\n",
                pipeline, counters.pipeline_seconds.load(), unify_seconds, store, counters.record_seconds.load(),
                writer_seconds, 100.0 * store / std::max(1e-9, pipeline));
  }
  if (write_failed) return 2;
  return failures ? 1 : 0;
}

}  // namespace marsad::cli

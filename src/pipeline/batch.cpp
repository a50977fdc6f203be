#include "pipeline/batch.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "entities/linker.h"

namespace marsad {

void run_pipeline(std::shared_ptr<const Knowledge> knowledge,
                  const std::function<void(const std::function<void(Document&&)>&)>& read, const BatchOptions& options,
                  const std::function<void(Extraction&&)>& on_result) {
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  CrossDocumentNames names;
  auto deliver = [&](std::optional<Extraction>&& x) {
    if (!x) return;  // failed: reported already
    if (options.unify_names) names.unify(*x);
    on_result(std::move(*x));
  };
  std::mutex failure_mutex;
  auto extract = [&](Pipeline& pipeline, const Document& doc) -> std::optional<Extraction> {
    try {
      return pipeline.extract(doc);
    } catch (const std::exception& e) {
      std::lock_guard lock(failure_mutex);
      if (options.on_failure) options.on_failure(doc, e.what());
      return std::nullopt;
    }
  };

  if (threads == 1) {  // no threads to start: extract as documents arrive
    Pipeline pipeline(knowledge, options.sources);
    read([&](Document&& doc) { deliver(extract(pipeline, doc)); });
    return;
  }

  std::mutex mutex;
  std::condition_variable work_ready, room_ready;
  std::deque<std::pair<size_t, Document>> queue;  // bounded: reading waits for the workers
  const size_t max_queued = threads * 4;
  bool done_reading = false;
  std::map<size_t, std::optional<Extraction>> finished;  // waiting for an earlier document
  size_t next_out = 0;
  std::mutex out_mutex;

  auto worker = [&] {
    Pipeline pipeline(knowledge, options.sources);
    for (;;) {
      std::pair<size_t, Document> item;
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [&] { return !queue.empty() || done_reading; });
        if (queue.empty()) return;
        item = std::move(queue.front());
        queue.pop_front();
      }
      room_ready.notify_one();
      std::optional<Extraction> x = extract(pipeline, item.second);
      std::lock_guard out(out_mutex);
      finished.emplace(item.first, std::move(x));
      for (auto it = finished.begin(); it != finished.end() && it->first == next_out; it = finished.begin()) {
        deliver(std::move(it->second));
        finished.erase(it);
        ++next_out;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  size_t sequence = 0;
  read([&](Document&& doc) {
    std::unique_lock lock(mutex);
    room_ready.wait(lock, [&] { return queue.size() < max_queued; });
    queue.emplace_back(sequence++, std::move(doc));
    lock.unlock();
    work_ready.notify_one();
  });
  {
    std::lock_guard lock(mutex);
    done_reading = true;
  }
  work_ready.notify_all();
  for (std::thread& t : pool) t.join();
}

}  // namespace marsad

#include "server/read_connections.h"

#include <algorithm>
#include <thread>

namespace marsad::server {

ReadConnection::ReadConnection(const std::string& path, std::shared_ptr<const Lexicon> lexicon)
    : db(path, false, true), reader(db), searcher(db, std::move(lexicon)), data_version(db.prepare("PRAGMA data_version")) {
  stale();
}

bool ReadConnection::stale() {
  int64_t now = data_version.step() ? data_version.int64(0) : 0;
  data_version.reset();
  bool changed = now != version;
  version = now;
  return changed;
}

ReadConnections::ReadConnections(std::string path, std::shared_ptr<const Lexicon> lexicon, size_t cap)
    : path_(std::move(path)),
      lexicon_(std::move(lexicon)),
      cap_(cap ? cap : std::max<size_t>(4, 2 * std::thread::hardware_concurrency())) {}

ReadConnections::Lease ReadConnections::borrow() {
  std::unique_ptr<ReadConnection> c;
  {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [&] { return !idle_.empty() || open_ < cap_; });
    if (!idle_.empty()) {
      c = std::move(idle_.back());
      idle_.pop_back();
    } else {
      ++open_;  // a new one, opened below without the lock
    }
  }
  try {
    if (c && c->stale()) c.reset();
    if (!c) c = std::make_unique<ReadConnection>(path_, lexicon_);
  } catch (...) {
    std::lock_guard lock(mutex_);
    --open_;
    returned_.notify_one();
    throw;
  }
  return Lease(*this, std::move(c));
}

void ReadConnections::give_back(std::unique_ptr<ReadConnection> c) {
  {
    std::lock_guard lock(mutex_);
    if (c) idle_.push_back(std::move(c));
    else --open_;
  }
  returned_.notify_one();
}

}  // namespace marsad::server

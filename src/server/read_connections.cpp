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
    if (waiting_.empty() && !idle_.empty()) {
      c = std::move(idle_.back());
      idle_.pop_back();
    } else if (waiting_.empty() && open_ < cap_) {
      ++open_;  // a new one, opened below without the lock
    } else {
      Waiter me;
      waiting_.push_back(&me);
      me.handed.wait(lock, [&] { return me.ready; });
      c = std::move(me.connection);
    }
  }
  try {
    if (c && c->stale()) c.reset();
    if (!c) c = std::make_unique<ReadConnection>(path_, lexicon_);
  } catch (...) {
    give_back(nullptr);  // the slot goes on to the next request
    throw;
  }
  return Lease(*this, std::move(c));
}

void ReadConnections::give_back(std::unique_ptr<ReadConnection> c) {
  std::lock_guard lock(mutex_);
  if (!waiting_.empty()) {
    Waiter* next = waiting_.front();
    waiting_.pop_front();
    next->connection = std::move(c);
    next->ready = true;
    next->handed.notify_one();
    return;
  }
  if (c) idle_.push_back(std::move(c));
  else --open_;
}

}  // namespace marsad::server

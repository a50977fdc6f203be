// Read-only SQLite connections for the request threads. A connection (and the Searcher's
// prepared statements on it) must not be used by two threads at once, so each request
// borrows a whole ReadConnection for its duration and gives it back; there are as many as
// requests ran at once, up to a cap (more would only queue for the CPU while each holding
// its own page cache); beyond it a request waits its turn for a connection. WAL lets them all
// read while a writer commits. A connection that sees another connection's commit (PRAGMA
// data_version) is replaced by a fresh one, so the Searcher's corpus statistics follow the
// ingests.
//
//   ReadConnections pool("marsad.db", lexicon);
//   auto lease = pool.borrow();
//   lease->searcher.search("لافروف");
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "search/search.h"
#include "store/reader.h"
#include "store/sqlite.h"
#include "text/lexicon.h"

namespace marsad::server {

struct ReadConnection {
  ReadConnection(const std::string& path, std::shared_ptr<const Lexicon> lexicon);
  bool stale();  // another connection committed since this one was opened

  store::Database db;
  store::Reader reader;
  search::Searcher searcher;
  store::Statement data_version;
  int64_t version = 0;
};

class ReadConnections {
 public:
  // `cap`: connections open at most (0: twice the hardware threads, at least 4).
  ReadConnections(std::string path, std::shared_ptr<const Lexicon> lexicon, size_t cap = 0);

  class Lease {
   public:
    Lease(ReadConnections& pool, std::unique_ptr<ReadConnection> c) : pool_(pool), c_(std::move(c)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_.give_back(std::move(c_)); }
    ReadConnection* operator->() { return c_.get(); }
    ReadConnection& operator*() { return *c_; }

   private:
    ReadConnections& pool_;
    std::unique_ptr<ReadConnection> c_;
  };

  Lease borrow();

 private:
  void give_back(std::unique_ptr<ReadConnection> c);

  std::string path_;
  std::shared_ptr<const Lexicon> lexicon_;
  size_t cap_;
  std::mutex mutex_;
  size_t open_ = 0;  // idle and lent
  std::vector<std::unique_ptr<ReadConnection>> idle_;
  // Requests waiting for a connection, oldest first. A connection given back goes straight to
  // the oldest: under load no request loses the race for one again and again (a busy
  // server's p99 is made of such losers).
  struct Waiter {
    std::condition_variable handed;
    bool ready = false;
    std::unique_ptr<ReadConnection> connection;  // null when handed a slot to open one
  };
  std::deque<Waiter*> waiting_;
};

}  // namespace marsad::server

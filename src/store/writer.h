// Writing the knowledge base. One Writer, on one thread, owns the database while ingesting:
// pipeline workers build Records in parallel, the writer copies them in batched transactions.
//
//   store::Database db("marsad.db");
//   store::migrate(db);
//   store::Writer writer(db, &index);           // index: the full-text index (search stage)
//   writer.load_knowledge();                     // data/actors, aliases, roles, cameo
//   writer.begin();
//   writer.write(record, /*reprocess=*/false);
//   writer.commit();                             // a batch is durable (and visible) here
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "store/record.h"
#include "store/sqlite.h"

namespace marsad::store {

// The full-text index, written in the writer's transactions. The search stage implements it
// (it owns the Arabic tokenizer); the store only calls it.
class TextIndex {
 public:
  virtual ~TextIndex() = default;
  virtual void add(Database& db, int64_t num, const Record& record) = 0;
  virtual void remove(Database& db, int64_t num) = 0;
};

class Writer {
 public:
  Writer(Database& db, TextIndex* index);
  ~Writer();

  // Loads data/actors/*.tsv, data/aliases/*.tsv, data/actors/relations.tsv, data/roles.tsv and
  // data/cameo/codes.tsv into their tables, replacing the previous load, when the files differ
  // from what the database holds (a checksum in meta). Returns true when it (re)loaded.
  bool load_knowledge(const std::string& data_dir = "");

  // The ids already stored: a re-run skips them before running the pipeline.
  std::unordered_set<std::string> stored_ids() const;

  enum class Outcome { kAdded, kReplaced, kSkipped };
  // Inside begin()/commit(). An id already stored is skipped, or with `reprocess` its facts
  // are replaced (deleted and written again in the same transaction).
  Outcome write(const Record& record, bool reprocess);

  void begin();
  void commit();
  // Undoes the open transaction and forgets the actors it wrote, so a later write stores them.
  void rollback();
  bool in_transaction() const { return in_tx_; }

 private:
  struct Statements;
  void remove_document(int64_t num);
  Database& db_;
  TextIndex* index_;
  std::unique_ptr<Statements> s_;
  bool in_tx_ = false;
  std::unordered_set<std::string> known_actors_;  // ids this writer has put in actors
  std::vector<std::string> actors_in_tx_;         // … of them, those of the open transaction
};

// The match key of a name as stored in aliases.key (normalize.h's key, words joined by spaces).
std::string name_key(std::string_view name);

}  // namespace marsad::store

// A thin C++ face on SQLite: one connection, prepared statements with typed binds and
// columns, transactions that roll back unless committed. Errors throw StoreError with
// SQLite's message.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace marsad::store {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, std::string_view sql);
  Statement(Statement&& o) noexcept : stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Binds are 1-based like SQLite's; each returns *this so they chain.
  Statement& bind(int i, int64_t v);
  Statement& bind(int i, int v) { return bind(i, int64_t{v}); }
  Statement& bind(int i, uint32_t v) { return bind(i, int64_t{v}); }
  Statement& bind(int i, double v);
  Statement& bind(int i, std::string_view v);  // copied by SQLite (SQLITE_TRANSIENT)
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind_blob(int i, const void* data, size_t size);
  Statement& bind_null(int i);
  // Empty string → NULL: optional text columns stay NULL rather than ''.
  Statement& bind_text_or_null(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }
  template <class T>
  Statement& bind(int i, const std::optional<T>& v) { return v ? bind(i, *v) : bind_null(i); }

  // True while there is a row; false when done. Throws on error.
  bool step();
  // Runs to completion (INSERT, UPDATE…) and resets for the next use.
  void run();
  void reset();

  int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string text(int col) const;
  std::string_view blob(int col) const;
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  // Opens (creating when asked) the file and sets the pragmas marsad relies on: WAL, foreign
  // keys off (facts are deleted with their document explicitly), a busy timeout so a reader
  // and the writer can share the file.
  explicit Database(const std::string& path, bool create = true, bool read_only = false);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql) const { return Statement(db_, sql); }
  // The single value of a one-row query (0 when it returns nothing).
  int64_t scalar(std::string_view sql) const;
  int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed without commit().
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool open_ = true;
};

}  // namespace marsad::store

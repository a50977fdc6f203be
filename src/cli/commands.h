// The subcommands of `marsad`. main.cpp parses the command line (CLI11 lives there alone:
// it is slow to compile) and calls one of these with plain options.
#pragma once

#include <string>
#include <vector>

namespace marsad::cli {

struct AnalyzeOptions {
  std::vector<std::string> inputs;  // files, folders, JSON Lines, "-" for standard input
  bool json = false;
  std::string date;                 // --date YYYY-MM-DD for inputs without metadata
};
// Returns the process exit status: 0, or 1 if any input failed.
int analyze(const AnalyzeOptions& options);

}  // namespace marsad::cli

#include <cstdint>

namespace marsad::cli {

// marsad train-ner: trains the named-entity tagger from BIO files (ANERcorp format).
struct TrainNerOptions {
  std::vector<std::string> train;  // files, or folders of .txt files
  std::string dev;                 // optional: score this file after every epoch
  double hold_out = 0;             // or: score the last PERCENT of the training sentences
  std::string out;                 // the model file to write
  std::string knowledge;           // light prefixes and gazetteers; default data/ner
  int epochs = 10;
  uint64_t seed = 42;
  double prune = 0.01;
  int stacking_folds = 5;          // first passes tagging the training data for the second; ≤ 1: one pass
};
int train_ner(const TrainNerOptions& options);

// marsad eval-ner: scores a model on a BIO file, CoNLL entity-level.
struct EvalNerOptions {
  std::string test;
  std::string model;   // default data/models/ner.model
  std::string output;  // optional: write the predicted tags here (token gold predicted)
};
int eval_ner(const EvalNerOptions& options);

}  // namespace marsad::cli

namespace marsad::cli {

// marsad extract: the whole pipeline (entities, links, relations, events), one line per
// document; --json prints the format of shared/eval/score.py.
struct ExtractOptions {
  std::vector<std::string> inputs;  // files, folders, JSON Lines, "-" for standard input
  bool json = false;
  std::string date;                 // --date YYYY-MM-DD for inputs without metadata
  unsigned threads = 0;             // 0: all cores
  std::string names = "all";        // all | gazetteer | tagger | none (the ablation)
};
int extract(const ExtractOptions& options);

// marsad eval: scores predictions against gold files (the matching of score.py).
struct EvalOptions {
  std::string gold;                 // folder of <doc>.gold.json
  std::string pred;                 // JSON Lines of `marsad extract --json`; empty: run extract on inputs
  std::vector<std::string> inputs;  // documents to extract when no --pred is given
  std::string date;
  bool json = false;
  unsigned threads = 0;
  std::string names = "all";
};
int eval(const EvalOptions& options);

}  // namespace marsad::cli

#include <functional>

namespace marsad {
struct Extraction;  // core/extraction.h (not included: ner_commands.cpp sees the tagger's EntityType)
}

namespace marsad::cli {

// What `marsad extract` and `marsad eval` share: load the knowledge, read the inputs and run
// the pipeline on all cores, handing on each extraction in input order.
struct RunSettings {
  std::vector<std::string> inputs;
  std::string date;
  unsigned threads = 0;
  std::string names = "all";  // all | gazetteer | tagger | none
};
// Returns the exit status: 0, 1 if an input failed, 2 if the knowledge or options are bad.
int run_extraction(const RunSettings& settings, const std::function<void(Extraction&&)>& on_result);

}  // namespace marsad::cli

namespace marsad::cli {

// The knowledge base (store, search, exports). Every command takes --db (default marsad.db).

// marsad ingest: runs the pipeline over the inputs and stores documents, text layer and facts.
struct IngestOptions {
  std::vector<std::string> inputs;
  std::string db = "marsad.db";
  std::string date;        // --date for inputs without metadata
  bool reprocess = false;  // replace the facts of documents already stored
  unsigned threads = 0;    // pipeline workers; 0: all cores
  bool timings = false;    // print where the time went (pipeline vs store)
  size_t batch = 500;      // documents per transaction (also committed every 2 s)
};
int ingest(const IngestOptions& options);  // 0; 1 if an input failed; 2 if the database failed

struct SearchOptions {
  std::string query;
  std::string queries;     // a file of queries, one per line (with --json: one output line each)
  std::string db = "marsad.db";
  size_t limit = 10;
  std::string actor, place, source, from, to;
  bool json = false;
};
int search(const SearchOptions& options);

struct ActorOptions {
  std::string actor;  // id or name
  std::string db = "marsad.db";
  bool json = false;
};
int actor(const ActorOptions& options);

struct EventsOptions {
  std::string db = "marsad.db";
  std::string actor, type, place, from, to, doc;
  size_t limit = 100;
  bool json = false;
};
int events(const EventsOptions& options);

struct TimelineOptions {
  std::string actor;
  std::string db = "marsad.db";
  bool json = false;
};
int timeline(const TimelineOptions& options);

struct StatsOptions {
  std::string db = "marsad.db";
  bool json = false;
  bool check = false;  // also verify the database: PRAGMA integrity_check and the full-text index
};
int stats(const StatsOptions& options);

struct ExportOptions {
  std::string format;  // acled | plover | gdelt | jsonl | graphml | geojson | conll
  std::string db = "marsad.db";
  std::string out;     // default: standard output
};
int export_data(const ExportOptions& options);

}  // namespace marsad::cli

namespace marsad::cli {

// marsad serve: the HTTP API (README: "marsad serve") and the web UI bundle.
struct ServeOptions {
  std::string db = "marsad.db";
  int port = 8080;
  std::string bind = "127.0.0.1";
  std::string token;       // empty: $MARSAD_TOKEN; none at all: POST is refused
  std::string static_dir;  // empty: <repo>/web/dist
  size_t threads = 0;      // 0: the server's default
};
int serve(const ServeOptions& options);

}  // namespace marsad::cli

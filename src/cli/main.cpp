// marsad — an Arabic news observatory. The command table: every subcommand and its flags.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"marsad: reads Arabic news and turns it into a knowledge base of actors, events and relations"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "marsad 0.1.0");
  int status = 0;

  marsad::cli::AnalyzeOptions analyze;
  auto* a = app.add_subcommand("analyze", "Repair, normalize and tokenize documents (the text layer)");
  a->add_option("inputs", analyze.inputs, "Files, folders, JSON Lines (.jsonl) or - for standard input")->required();
  a->add_flag("--json", analyze.json, "One JSON line per document instead of a readable summary");
  a->add_option("--date", analyze.date, "Publication date (YYYY-MM-DD) of inputs without metadata");
  a->callback([&] { status = marsad::cli::analyze(analyze); });

  marsad::cli::TrainNerOptions train_ner;
  auto* tn = app.add_subcommand("train-ner", "Train the named-entity tagger from BIO files (ANERcorp format)");
  tn->add_option("--train", train_ner.train, "BIO training file or folder of .txt files (repeatable)")->required();
  tn->add_option("--dev", train_ner.dev, "BIO file scored after every epoch (never the test set)");
  tn->add_option("--hold-out", train_ner.hold_out, "Score the last PERCENT of the training sentences instead of training on them");
  tn->add_option("--out", train_ner.out, "Model file to write")->required();
  tn->add_option("--knowledge", train_ner.knowledge, "Folder with light_prefixes.txt and gazetteers/ (default data/ner)");
  tn->add_option("--epochs", train_ner.epochs, "Passes over the training data")->capture_default_str();
  tn->add_option("--seed", train_ner.seed, "Seed of the sentence shuffling")->capture_default_str();
  tn->add_option("--prune", train_ner.prune, "Drop averaged weights at most this large")->capture_default_str();
  tn->add_option("--stacking-folds", train_ner.stacking_folds, "Cross-validated first passes for the second pass; 1: one pass")->capture_default_str();
  tn->callback([&] { status = marsad::cli::train_ner(train_ner); });

  marsad::cli::EvalNerOptions eval_ner;
  auto* en = app.add_subcommand("eval-ner", "Score the named-entity tagger on a BIO file (CoNLL entity-level)");
  en->add_option("--test", eval_ner.test, "BIO file with gold tags")->required();
  en->add_option("--model", eval_ner.model, "Model file (default data/models/ner.model)");
  en->add_option("--output", eval_ner.output, "Write token, gold and predicted tag per line here");
  en->callback([&] { status = marsad::cli::eval_ner(eval_ner); });

  marsad::cli::ExtractOptions extract;
  auto* ex = app.add_subcommand("extract", "Extract entities, links, relations and events (one line per document)");
  ex->add_option("inputs", extract.inputs, "Files, folders, JSON Lines (.jsonl) or - for standard input")->required();
  ex->add_flag("--json", extract.json, "One JSON line per document (the format of shared/eval/score.py)");
  ex->add_option("--date", extract.date, "Publication date (YYYY-MM-DD) of inputs without metadata");
  ex->add_option("--threads", extract.threads, "Worker threads (0: all cores)")->capture_default_str();
  ex->add_option("--names", extract.names, "Name finders: all, gazetteer, tagger or none (ablation)")->capture_default_str();
  ex->callback([&] { status = marsad::cli::extract(extract); });

  marsad::cli::EvalOptions eval;
  auto* ev = app.add_subcommand("eval", "Score extractions against gold files: mentions, linking, events, dates, relations");
  ev->add_option("--gold", eval.gold, "Folder of <doc>.gold.json files")->required();
  ev->add_option("--pred", eval.pred, "JSON Lines printed by `marsad extract --json` (else: extract the inputs)");
  ev->add_option("inputs", eval.inputs, "Documents to extract when no --pred is given");
  ev->add_option("--date", eval.date, "Publication date (YYYY-MM-DD) of inputs without metadata");
  ev->add_flag("--json", eval.json, "Print the scores as JSON");
  ev->add_option("--threads", eval.threads, "Worker threads (0: all cores)")->capture_default_str();
  ev->add_option("--names", eval.names, "Name finders: all, gazetteer, tagger or none (ablation)")->capture_default_str();
  ev->callback([&] { status = marsad::cli::eval(eval); });

  marsad::cli::IngestOptions ingest;
  auto* ig = app.add_subcommand("ingest", "Run the pipeline over documents and store them in the knowledge base");
  ig->add_option("inputs", ingest.inputs, "Files, folders, JSON Lines (.jsonl) or - for standard input")->required();
  ig->add_option("--db", ingest.db, "SQLite database file")->capture_default_str();
  ig->add_option("--date", ingest.date, "Publication date (YYYY-MM-DD) of inputs without metadata");
  ig->add_flag("--reprocess", ingest.reprocess, "Replace the facts of documents already stored");
  ig->add_option("--threads", ingest.threads, "Pipeline worker threads (0: all cores)")->capture_default_str();
  ig->add_flag("--timings", ingest.timings, "Print the time of the pipeline and of the store");
  ig->add_option("--batch", ingest.batch, "Documents per transaction")->capture_default_str();
  ig->callback([&] { status = marsad::cli::ingest(ingest); });

  marsad::cli::SearchOptions search;
  auto* se = app.add_subcommand("search", "Arabic full-text search (BM25, snippets in the original text)");
  se->add_option("query", search.query, "The query");
  se->add_option("--queries", search.queries, "File of queries, one per line");
  se->add_option("--db", search.db, "SQLite database file")->capture_default_str();
  se->add_option("--limit", search.limit, "Results per query")->capture_default_str();
  se->add_option("--actor", search.actor, "Only documents referring to this actor (id or name)");
  se->add_option("--place", search.place, "Only documents mentioning this place or with an event there");
  se->add_option("--source", search.source, "Only documents of this source");
  se->add_option("--from", search.from, "Published on or after (YYYY-MM-DD)");
  se->add_option("--to", search.to, "Published on or before (YYYY-MM-DD)");
  se->add_flag("--json", search.json, "JSON output");
  se->callback([&] { status = marsad::cli::search(search); });

  marsad::cli::ActorOptions actor;
  auto* ac = app.add_subcommand("actor", "Profile of an actor: names, roles, relations, events, first/last seen");
  ac->add_option("actor", actor.actor, "Actor id or name")->required();
  ac->add_option("--db", actor.db, "SQLite database file")->capture_default_str();
  ac->add_flag("--json", actor.json, "JSON output");
  ac->callback([&] { status = marsad::cli::actor(actor); });

  marsad::cli::EventsOptions events;
  auto* evs = app.add_subcommand("events", "List stored events with filters");
  evs->add_option("--db", events.db, "SQLite database file")->capture_default_str();
  evs->add_option("--actor", events.actor, "Source or target (id or name)");
  evs->add_option("--type", events.type, "CAMEO code prefix, PLOVER type or ACLED type");
  evs->add_option("--place", events.place, "Location (id or name)");
  evs->add_option("--from", events.from, "On or after (YYYY-MM-DD)");
  evs->add_option("--to", events.to, "On or before (YYYY-MM-DD)");
  evs->add_option("--doc", events.doc, "Only this document");
  evs->add_option("--limit", events.limit, "At most this many events")->capture_default_str();
  evs->add_flag("--json", events.json, "JSON output");
  evs->callback([&] { status = marsad::cli::events(events); });

  marsad::cli::TimelineOptions timeline;
  auto* tl = app.add_subcommand("timeline", "The events of an actor in date order");
  tl->add_option("actor", timeline.actor, "Actor id or name")->required();
  tl->add_option("--db", timeline.db, "SQLite database file")->capture_default_str();
  tl->add_flag("--json", timeline.json, "JSON output");
  tl->callback([&] { status = marsad::cli::timeline(timeline); });

  marsad::cli::StatsOptions stats;
  auto* st = app.add_subcommand("stats", "Counts of the knowledge base");
  st->add_option("--db", stats.db, "SQLite database file")->capture_default_str();
  st->add_flag("--json", stats.json, "JSON output");
  st->add_flag("--check", stats.check, "Verify the database and its full-text index (exit 1 if damaged)");
  st->callback([&] { status = marsad::cli::stats(stats); });

  marsad::cli::ExportOptions export_options;
  auto* xp = app.add_subcommand("export", "Export the knowledge base");
  xp->add_option("--format", export_options.format, "acled, plover, gdelt, jsonl, graphml, geojson or conll")
      ->required()->check(CLI::IsMember({"acled", "plover", "gdelt", "jsonl", "graphml", "geojson", "conll"}));
  xp->add_option("--db", export_options.db, "SQLite database file")->capture_default_str();
  xp->add_option("--out", export_options.out, "Output file (default: standard output)");
  xp->callback([&] { status = marsad::cli::export_data(export_options); });

  marsad::cli::ServeOptions serve;
  auto* sv = app.add_subcommand("serve", "HTTP API and web UI over the knowledge base");
  sv->add_option("--db", serve.db, "SQLite database file")->capture_default_str();
  sv->add_option("--port", serve.port, "TCP port (0: any free port)")->capture_default_str();
  sv->add_option("--bind", serve.bind, "Address to listen on (loopback by default)")->capture_default_str();
  sv->add_option("--token", serve.token, "Token that allows POST /api/documents (else $MARSAD_TOKEN; none: POST refused)");
  sv->add_option("--static", serve.static_dir, "Folder of the built web UI (default: web/dist of the repository)");
  sv->add_option("--threads", serve.threads, "Connections served at once (default 32)");
  sv->callback([&] { status = marsad::cli::serve(serve); });

  // More subcommands are added here, one block each.

  CLI11_PARSE(app, argc, argv);
  return status;
}

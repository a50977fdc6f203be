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
  tn->callback([&] { status = marsad::cli::train_ner(train_ner); });

  marsad::cli::EvalNerOptions eval_ner;
  auto* en = app.add_subcommand("eval-ner", "Score the named-entity tagger on a BIO file (CoNLL entity-level)");
  en->add_option("--test", eval_ner.test, "BIO file with gold tags")->required();
  en->add_option("--model", eval_ner.model, "Model file (default data/models/ner.model)");
  en->add_option("--output", eval_ner.output, "Write token, gold and predicted tag per line here");
  en->callback([&] { status = marsad::cli::eval_ner(eval_ner); });

  // More subcommands are added here, one block each.

  CLI11_PARSE(app, argc, argv);
  return status;
}

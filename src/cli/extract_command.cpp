// marsad extract: Document → Extraction for every input, printed in input order.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "core/utf8.h"
#include "ingest/reader.h"
#include "pipeline/batch.h"
#include "pipeline/extraction_json.h"

namespace marsad::cli {
namespace {

void print_readable(const Extraction& x) {
  std::u32string text = utf8::decode(x.document.text);
  size_t names = 0;
  for (const Mention& m : x.mentions) names += m.source != Mention::Source::kRole;
  std::printf("%s: %zu mentions, %zu actors, %zu relations, %zu events\n", x.document.id.c_str(), names,
              x.actors.size(), x.relations.size(), x.events.size());
  for (const Mention& m : x.mentions) {
    std::string surface = utf8::encode(std::u32string_view(text).substr(m.span.start, m.span.size()));
    std::printf("  %6u-%-6u %-4s %-30s %s%s%s\n", m.span.start, m.span.end, std::string(entity_type_name(m.type)).c_str(),
                surface.c_str(), m.actor.c_str(), m.metonymy ? " (for " : "",
                m.metonymy ? (m.acting_as + ")").c_str() : (m.source == Mention::Source::kRole ? " (title)" : ""));
  }
  for (const Relation& r : x.relations)
    std::printf("  %s %s %s\n", r.subject.c_str(), r.predicate.c_str(), r.object.c_str());
}

}  // namespace

int run_extraction(const RunSettings& settings, const std::function<void(Extraction&&)>& on_result) {
  BatchOptions batch;
  batch.threads = settings.threads;
  if (settings.names == "all") batch.sources = NameSources::kGazetteerAndTagger;
  else if (settings.names == "gazetteer") batch.sources = NameSources::kGazetteerOnly;
  else if (settings.names == "tagger") batch.sources = NameSources::kTaggerOnly;
  else if (settings.names == "none") batch.sources = NameSources::kNone;
  else {
    std::cerr << "marsad: --names must be all, gazetteer, tagger or none\n";
    return 2;
  }
  std::shared_ptr<const Knowledge> knowledge;
  try {
    knowledge = Knowledge::load();
  } catch (const std::exception& e) {
    std::cerr << "marsad: " << e.what() << "\n";
    return 2;
  }
  size_t failed = 0;
  batch.on_failure = [&](const Document& doc, const std::string& reason) {
    ++failed;
    std::cerr << "marsad: error: " << (doc.origin.empty() ? doc.id : doc.origin) << ": " << reason << "\n";
  };
  ingest::ReadOptions read;
  read.date = settings.date;
  read.on_warning = [](const InputError& w) { std::cerr << "marsad: warning: " << w.what() << "\n"; };
  ingest::ReadSummary summary;
  run_pipeline(
      knowledge,
      [&](const std::function<void(Document&&)>& emit) {
        summary = ingest::read_inputs(settings.inputs, read, emit,
                                      [](const InputError& e) { std::cerr << "marsad: error: " << e.what() << "\n"; });
      },
      batch, on_result);
  std::cout.flush();
  return summary.failures || failed ? 1 : 0;
}


int extract(const ExtractOptions& options) {
  RunSettings run{options.inputs, options.date, options.threads, options.names};
  return run_extraction(run, [&](Extraction&& x) {
    if (options.json) {
      std::cout << extraction_to_json(x).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      print_readable(x);
    }
  });
}

}  // namespace marsad::cli

// The whole extraction: Document → Extraction (text → entities → events). The shared,
// read-only knowledge (lexicon, gazetteer, tagger, event lexicons) is loaded once into a
// Knowledge; each thread makes its own Pipeline over it (word memos are per thread).
//
//   auto knowledge = Knowledge::load();          // data/
//   Pipeline pipeline(knowledge);                // one per thread
//   Extraction x = pipeline.extract(document);
#pragma once

#include <memory>
#include <string>

#include "core/document.h"
#include "core/extraction.h"
#include "text/analyzed.h"

namespace marsad {

struct KnowledgeData;

// Which name finders the entity stage uses (the ablation of the README: gazetteer + tagger
// beats the gazetteer alone beats nothing).
enum class NameSources : uint8_t { kGazetteerAndTagger, kGazetteerOnly, kTaggerOnly, kNone };

class Knowledge {
 public:
  // Loads everything under `data_dir` (default data_dir()). Throws std::runtime_error naming
  // a missing or malformed file.
  static std::shared_ptr<const Knowledge> load(const std::string& data_dir = "");
  ~Knowledge();
  const KnowledgeData& data() const { return *data_; }
  explicit Knowledge(std::unique_ptr<KnowledgeData> data);

 private:
  std::unique_ptr<KnowledgeData> data_;
};

class Pipeline {
 public:
  explicit Pipeline(std::shared_ptr<const Knowledge> knowledge, NameSources sources = NameSources::kGazetteerAndTagger);
  ~Pipeline();

  Extraction extract(const Document& document);
  // The same, keeping the text layer's analysis (tokens, sentences, repairs) for callers
  // that store or show it.
  Extraction extract(const Document& document, Analyzed& analyzed);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace marsad

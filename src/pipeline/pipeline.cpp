// Text → entities (gazetteer + tagger, combined and linked) → events.
#include "pipeline/pipeline.h"

#include <iostream>

#include "entities/mention_finder.h"
#include "entities/model_names.h"
#include "events/clause_words.h"
#include "pipeline/knowledge_data.h"
#include "text/analyzer.h"

namespace marsad {

Knowledge::Knowledge(std::unique_ptr<KnowledgeData> data) : data_(std::move(data)) {}
Knowledge::~Knowledge() = default;

std::shared_ptr<const Knowledge> Knowledge::load(const std::string& data_dir) {
  auto data = std::make_unique<KnowledgeData>();
  data->lexicon = Lexicon::load(data_dir.empty() ? "" : data_dir + "/lexicon");
  data->gazetteer = Gazetteer::load(data->lexicon, data_dir);
  data->cues = Cues::load(*data->gazetteer, data_dir);
  try {
    data->tagger = load_shared_tagger(data_dir.empty() ? "" : data_dir + "/models/ner.model", data->lexicon);
  } catch (const std::exception& e) {
    // A model from another version of the tagger: names come from the gazetteer alone.
    std::cerr << "marsad: warning: no tagger (" << e.what() << "): known names only\n";
  }
  data->events = EventExtractor::load_knowledge(data_dir);
  ClauseWords::get();  // loaded on first use otherwise: a bad file would fail inside a worker
  return std::make_shared<Knowledge>(std::move(data));
}

struct Pipeline::State {
  State(std::shared_ptr<const Knowledge> k, NameSources s)
      : knowledge(std::move(k)),
        sources(s),
        text(knowledge->data().lexicon),
        finder(*knowledge->data().gazetteer, *knowledge->data().lexicon, *knowledge->data().cues),
        linker(*knowledge->data().gazetteer, *knowledge->data().cues, finder, *knowledge->data().lexicon),
        events(knowledge->data().events) {}
  std::shared_ptr<const Knowledge> knowledge;
  NameSources sources;
  TextAnalyzer text;
  MentionFinder finder;
  Linker linker;
  EventExtractor events;
};

Pipeline::Pipeline(std::shared_ptr<const Knowledge> knowledge, NameSources sources)
    : state_(std::make_unique<State>(std::move(knowledge), sources)) {}
Pipeline::~Pipeline() = default;

Extraction Pipeline::extract(const Document& document) {
  Analyzed analyzed;
  return extract(document, analyzed);
}

Extraction Pipeline::extract(const Document& document, Analyzed& analyzed) {
  Extraction x;
  x.document = document;
  analyzed = state_->text.analyze(document);  // points at the caller's document, which outlives x
  if (!document.date.empty()) x.publication_date = {document.date, false, "metadata"};
  EventText words = state_->events.read(analyzed, x);  // the date first: titles need the day

  const KnowledgeData& k = state_->knowledge->data();
  NameSources sources = state_->sources;
  bool use_gazetteer = sources == NameSources::kGazetteerAndTagger || sources == NameSources::kGazetteerOnly;
  bool use_tagger = (sources == NameSources::kGazetteerAndTagger || sources == NameSources::kTaggerOnly) && k.tagger;
  std::vector<Candidate> known, unknown;
  if (use_gazetteer) known = state_->finder.gazetteer_names(analyzed);
  if (use_tagger) unknown = state_->finder.tagger_names(analyzed, find_model_names(*k.tagger, analyzed));
  state_->linker.link(analyzed, state_->finder.combine(analyzed, std::move(known), unknown), x);

  state_->events.extract(words, x);
  return x;
}

}  // namespace marsad

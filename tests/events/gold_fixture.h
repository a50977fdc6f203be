// Runs the event stage on a gold-annotated article with the GOLD mentions as its input, so
// the stage is measured alone (the entity stage's errors left out). Used by the tests and by
// bench/events_gold_run (which writes score.py's JSON Lines).
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/data_dir.h"
#include "core/extraction.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "events/event_extractor.h"
#ifdef MARSAD_TEST_DATA
#include "pipeline/pipeline.h"
#endif
#include "text/analyzer.h"

namespace marsad::events_testing {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline EntityType entity_type(const std::string& t) {
  if (t == "PER") return EntityType::kPer;
  if (t == "ORG") return EntityType::kOrg;
  if (t == "LOC") return EntityType::kLoc;
  return EntityType::kMisc;
}

// The gazetteer's actors (data/actors/*.tsv) by id: country and governorate for located_in.
inline const std::map<std::string, Actor>& gazetteer() {
  static const std::map<std::string, Actor> actors = [] {
    std::map<std::string, Actor> out;
    for (const char* file : {"actors/places.tsv", "actors/organizations.tsv", "actors/people.tsv"}) {
      for_each_tsv_row(data_path(file), 3, [&](const std::vector<std::string_view>& f) {
        Actor a;
        a.id = std::string(f[0]);
        a.type = entity_type(std::string(f[1]));
        a.kind = std::string(f[2]);
        if (f.size() > 3) a.name_ar = std::string(f[3]);
        if (f.size() > 4) a.name_en = std::string(f[4]);
        if (f.size() > 6) a.country = std::string(f[6]);
        if (f.size() > 9) a.governorate = std::string(f[9]);
        out.emplace(a.id, std::move(a));
      }, /*header=*/true);
    }
    return out;
  }();
  return actors;
}

struct GoldRun {
  nlohmann::json gold;
  Document document;
  Extraction extraction;
};

// The stage's shared state, loaded once.
struct Stage {
  std::shared_ptr<const Lexicon> lexicon = Lexicon::load();
  std::shared_ptr<const EventKnowledge> knowledge = EventExtractor::load_knowledge();
  static Stage& get() {
    static Stage stage;
    return stage;
  }
};

// `gold_path`: <doc>.gold.json; `text_path`: its text; `date`: metadata date or "".
inline GoldRun run_on_gold(const std::string& gold_path, const std::string& text_path, const std::string& date) {
  GoldRun run;
  run.gold = nlohmann::json::parse(read_text(gold_path));
  run.document.id = run.gold.value("doc", "");
  run.document.text = read_text(text_path);
  run.document.date = date;
  Extraction& x = run.extraction;
  x.document = run.document;
  for (const auto& e : run.gold["entities"]) {
    Actor a;
    auto known = gazetteer().find(e.value("id", ""));
    if (known != gazetteer().end()) a = known->second;
    a.id = e.value("id", "");
    a.type = entity_type(e.value("type", ""));
    if (e.contains("kind") && e["kind"].is_string()) a.kind = e["kind"];
    x.actors.push_back(std::move(a));
  }
  for (const auto& m : run.gold["mentions"]) {
    Mention mention;
    mention.span = {m["start"].get<uint32_t>(), m["end"].get<uint32_t>()};
    mention.type = entity_type(m.value("type", ""));
    if (m.contains("entity") && m["entity"].is_string()) mention.actor = m["entity"];
    mention.metonymy = m.value("metonymy", false);
    // As the linker does: a capital standing for its state acts as the country (واشنطن →
    // united_states); the gold gives only the city.
    auto place = gazetteer().find(mention.actor);
    if (mention.metonymy && place != gazetteer().end() && place->second.kind == "city" && !place->second.country.empty()) {
      mention.acting_as = place->second.country;
      bool listed = std::any_of(x.actors.begin(), x.actors.end(), [&](const Actor& a) { return a.id == mention.acting_as; });
      auto country = gazetteer().find(mention.acting_as);
      if (!listed && country != gazetteer().end()) x.actors.push_back(country->second);
    }
    x.mentions.push_back(std::move(mention));
  }
  Stage& stage = Stage::get();
  TextAnalyzer analyzer(stage.lexicon);
  Analyzed analyzed = analyzer.analyze(run.document);
  EventExtractor extractor(stage.knowledge);
  extractor.extract(analyzed, x);
  return run;
}

#ifdef MARSAD_TEST_DATA  // tests only (the benchmarks include this file too)
// run_on_gold on a seed article (tests/data/gold/seeds), run once per test program.
inline const GoldRun& seed_on_gold(const std::string& doc) {
  static std::map<std::string, GoldRun> runs;
  auto it = runs.find(doc);
  if (it == runs.end())
    it = runs.emplace(doc, run_on_gold(std::string(MARSAD_TEST_DATA) + "/gold/seeds/" + doc + ".gold.json",
                                       data_path("corpus/seeds/" + doc + ".txt"), ""))
             .first;
  return it->second;
}
#endif

inline std::string substring(const std::string& text, Span span) {
  auto u = utf8::decode(text);
  return utf8::encode(std::u32string_view(u).substr(span.start, span.size()));
}

// The first event of `run` whose trigger text starts with `trigger` and whose evidence
// contains `context`, or nullptr.
inline const Event* find_event(const GoldRun& run, const std::string& trigger, const std::string& context) {
  for (const auto& e : run.extraction.events)
    if (substring(run.document.text, e.trigger).starts_with(trigger) &&
        substring(run.document.text, e.evidence).find(context) != std::string::npos)
      return &e;
  return nullptr;
}

#ifdef MARSAD_TEST_DATA
// The whole pipeline on a short phrase (the dev articles may be quoted only in short phrases),
// with one pipeline per test program.
struct PhraseRun {
  Document doc;
  Extraction x;
  // The first event whose trigger text starts with `trigger`, or nullptr.
  const Event* event(const std::string& trigger) const {
    for (const auto& e : x.events)
      if (substring(doc.text, e.trigger).starts_with(trigger)) return &e;
    return nullptr;
  }
};
inline PhraseRun run_phrase(const std::string& text, const std::string& date = "2015-08-01") {
  static Pipeline pipeline(Knowledge::load());
  PhraseRun run;
  run.doc.text = text;
  run.doc.date = date;
  run.x = pipeline.extract(run.doc);
  return run;
}

// The phrase tells no event on `word`.
inline void expect_no_event(const std::string& phrase, const std::string& word) {
  EXPECT_EQ(run_phrase(phrase).event(word), nullptr) << phrase;
}

// The phrase tells an event on `word` with this source and target ("" for none).
inline void expect_actors(const std::string& phrase, const std::string& word, const std::string& source,
                          const std::string& target) {
  const auto run = run_phrase(phrase);
  const Event* e = run.event(word);
  ASSERT_NE(e, nullptr) << phrase;
  EXPECT_EQ(e->source, source) << phrase;
  EXPECT_EQ(e->target, target) << phrase;
}

// The phrase tells an event on `word` of CAMEO `code`: a root (two digits) or a whole code.
inline void expect_event(const std::string& phrase, const std::string& word, const std::string& code) {
  const auto run = run_phrase(phrase);
  const Event* e = run.event(word);
  ASSERT_NE(e, nullptr) << phrase;
  EXPECT_EQ(code.size() == 2 ? e->cameo.substr(0, 2) : e->cameo, code) << phrase;
}
#endif

inline nlohmann::json null_if_empty(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

// score.py's record for one document.
inline nlohmann::json prediction_json(const GoldRun& run) {
  const Extraction& x = run.extraction;
  nlohmann::json out;
  out["doc"] = run.document.id;
  out["publication_date"] = null_if_empty(x.publication_date.date);
  out["publication_evidence"] = x.publication_date.evidence;
  out["entities"] = nlohmann::json::array();
  for (const auto& a : x.actors) out["entities"].push_back({{"id", a.id}, {"name_en", a.name_en}});
  out["mentions"] = nlohmann::json::array();
  out["relations"] = nlohmann::json::array();
  for (const auto& r : x.relations)
    out["relations"].push_back({{"subject", r.subject}, {"predicate", r.predicate}, {"object", r.object},
                                {"start", r.evidence.start}, {"end", r.evidence.end}});
  out["events"] = nlohmann::json::array();
  for (const auto& e : x.events)
    out["events"].push_back({{"start", e.evidence.start}, {"end", e.evidence.end},
                             {"trigger", substring(run.document.text, e.trigger)}, {"cameo", e.cameo},
                             {"source", null_if_empty(e.source)}, {"target", null_if_empty(e.target)},
                             {"location", null_if_empty(e.location)}, {"date", null_if_empty(e.date)},
                             {"date_expression", null_if_empty(e.date_expression)},
                             {"modality", std::string(modality_name(e.modality))},
                             {"attributed_to", null_if_empty(e.attributed_to)}});
  return out;
}

}  // namespace marsad::events_testing

// The entity stage without the tagger, over the repository's data/: gazetteer names, cues
// and linking, loaded once for all tests (loading keys ~7,000 aliases).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/extraction.h"
#include "core/utf8.h"
#include "entities/cues.h"
#include "entities/gazetteer.h"
#include "entities/linker.h"
#include "entities/mention_finder.h"
#include "text/analyzer.h"
#include "text/lexicon.h"

namespace marsad::testing {

struct EntityStage {
  std::shared_ptr<const Lexicon> lexicon = Lexicon::load();
  std::shared_ptr<const Gazetteer> gazetteer = Gazetteer::load(lexicon);
  std::shared_ptr<const Cues> cues = Cues::load(*gazetteer);
  MentionFinder finder{*gazetteer, *lexicon, *cues};
  Linker linker{*gazetteer, *cues, finder, *lexicon};

  static EntityStage& get() {
    static EntityStage stage;
    return stage;
  }

  // Text → Extraction with gazetteer names only.
  Extraction extract(const std::string& text, const std::string& date = "") {
    Extraction x;
    x.document.text = text;
    x.document.date = date;
    x.publication_date.date = date;
    TextAnalyzer analyzer(lexicon);
    Analyzed a = analyzer.analyze(x.document);
    linker.link(a, finder.combine(a, finder.gazetteer_names(a), {}), x);
    return x;
  }
};

inline std::string surface(const Extraction& x, const Mention& m) {
  return utf8::encode(utf8::decode(x.document.text).substr(m.span.start, m.span.size()));
}

// The mention whose surface is `text` (the first one), or nullptr.
inline const Mention* find_mention(const Extraction& x, const std::string& text) {
  for (const Mention& m : x.mentions)
    if (surface(x, m) == text) return &m;
  return nullptr;
}

inline bool has_relation(const Extraction& x, const std::string& subject, const std::string& predicate,
                         const std::string& object = "") {
  for (const Relation& r : x.relations)
    if (r.subject == subject && r.predicate == predicate && (object.empty() || r.object == object)) return true;
  return false;
}

}  // namespace marsad::testing

// The whole pipeline on one phrase of news text, for tests of what the entity stage finds.
#pragma once

#include <memory>
#include <string>

#include "core/utf8.h"
#include "pipeline/pipeline.h"

namespace marsad::testing {

inline Extraction extract_phrase(const std::string& text, const std::string& date = "2015-08-01") {
  static Pipeline pipeline(Knowledge::load());
  Document doc;
  doc.text = text;
  doc.date = date;
  return pipeline.extract(doc);
}

inline bool has_actor(const Extraction& x, const std::string& actor) {
  for (const Mention& m : x.mentions)
    if (m.actor == actor) return true;
  return false;
}

// The mention whose surface is `surface`, or nullptr.
inline const Mention* mention_of(const Extraction& x, const std::string& surface) {
  std::u32string text = utf8::decode(x.document.text);
  for (const Mention& m : x.mentions)
    if (utf8::encode(text.substr(m.span.start, m.span.size())) == surface) return &m;
  return nullptr;
}

}  // namespace marsad::testing

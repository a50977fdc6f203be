// Linking: each name found by the MentionFinder becomes a Mention with an actor id — a
// gazetteer actor, or a new document-local id for a name the gazetteer does not know — and
// the document's actors, holds_role relations (roles.h) and the static relations the text
// evidences (data/actors/relations.tsv) are added to the Extraction.
//
// How an alias with several senses is resolved, in order:
//   1. a cue word before it (data/entities/cues.tsv): ريف/محافظة → the governorate,
//      مدينة → the city;
//   2. one sense per discourse: an actor the document names unambiguously elsewhere;
//   3. for a city that shares its name with its governorate (حلب، إدلب), the document's habit:
//      the governorate when the document cues only the governorate (ريف إدلب … في إدلب);
//   4. the alias's first sense (a full name before a variant or a short form).
// An alias the data marks "ambiguous" (المرصد، القاعدة، نبل) is kept only with a cue: the
// tagger reads a name there, the document names the actor in full, or a place word precedes.
//
// A capital standing for its government (موسكو → russia) stays a mention of the city, with
// metonymy set and acting_as the country, unless a locative word or ب makes it a place.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/extraction.h"
#include "entities/cues.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "text/analyzed.h"

namespace marsad {

class Linker {
 public:
  Linker(const Gazetteer& gazetteer, const Cues& cues, const MentionFinder& finder, const Lexicon& lexicon);

  // Fills x.mentions, x.actors and x.relations from the candidates (in text order).
  // x.publication_date.date, when set, dates titles and relations.
  void link(const Analyzed& a, const std::vector<Candidate>& candidates, Extraction& x) const;

  // The cue word just before token `i` of its sentence (kNone at a sentence start).
  CueKind cue_before(const Analyzed& a, uint32_t i) const;

 private:
  // A body named after its ruler or seat (`ruled_body` heads of cues.tsv: نظام الأسد، قوات بشار،
  // حكومة بغداد): the name inside, when it is the rest of the body's name, or nullopt. The gold
  // annotates both; events read the body.
  std::optional<Mention> name_inside(const Analyzed& a, const Candidate& c, const Mention& body) const;

  const Gazetteer& gazetteer_;
  const Cues& cues_;
  const MentionFinder& finder_;
  const Lexicon& lexicon_;
};

// Cross-document coreference of names the gazetteer does not know: within one run, the same
// person written سيرغي/سيرجي, or named by surname alone after a document gave the full name,
// gets one id. Documents are unified in the order they are given (the run's output order),
// so the result does not depend on threads.
class CrossDocumentNames {
 public:
  void unify(Extraction& x);

 private:
  std::unordered_map<std::string, std::string> by_loose_name_;  // loose key of a full name → id
  std::unordered_map<std::string, std::string> by_surname_;     // surname key → id ("" when several)
};

// A looser key for transliterated names: vowel letters dropped, the letters that render one
// foreign sound merged (غ/ج/ق/ك for g, ث/ص/س for s, …). سيرغي لافروف ≈ سيرجي لافروف.
std::u32string loose_name_key(std::u32string_view key);

}  // namespace marsad

// Finds the names of a document: the gazetteer's known names by an exact phrase match over
// match keys (clitic-aware on the first word: بجبهة النصرة، والنصرة، للنظام، لتركيا), the
// statistical tagger's names for what the gazetteer does not know, and one rule to combine
// them:
//
//   The gazetteer wins every overlap, with two exceptions: when the tagger reads a longer
//   person name around a gazetteer surname or given name (ماهر الأسد around الأسد, which the
//   gazetteer knows only as Bashar's short name) or around a known name that it makes someone
//   else's (عبدالله بن عبدالعزيز الربيعة; متعب بن عبدالله بن عبدالعزيز), the tagger's longer
//   span stands and the alias is dropped; and when it reads an organisation opening with an institution head
//   (data/entities/cues.tsv: جامعة كاليفورنيا، نادي باريس) around place names only. Tagger names that overlap nothing the gazetteer found are kept
//   when they look like names (not a frequent word, not a nationality adjective).
//
// Spans never include clitics: the conjunction and preposition of the first word are left
// out, the article stays (والنصرة → النصرة), and ل+ال contracted (للنظام) starts at the
// article's lam (لنظام), as the gold does.
#pragma once

#include <cstdint>
#include <vector>

#include "core/extraction.h"
#include "entities/cues.h"
#include "entities/gazetteer.h"
#include "entities/model_names.h"
#include "text/analyzed.h"

namespace marsad {

class Lexicon;

// A name found in the text, before linking.
struct Candidate {
  uint32_t first_token = 0, end_token = 0;  // Analyzed::tokens
  Span span;                                // original text, clitics excluded
  uint32_t stripped = 0;                    // key letters of the first token left out (clitics)
  uint32_t phrase = PhraseMatcher::kNone;   // the gazetteer phrase; kNone: a tagger name
  EntityType type = EntityType::kMisc;      // the tagger's type (gazetteer names: set by the linker)
  bool tagger_agrees = false;               // the tagger also read a name here (a cue for ambiguous aliases)
};

class MentionFinder {
 public:
  MentionFinder(const Gazetteer& gazetteer, const Lexicon& lexicon, const Cues& cues);

  // Greedy longest match, left to right, within sentences.
  std::vector<Candidate> gazetteer_names(const Analyzed& a) const;
  // Tagger names as candidates (spans without clitics), filtered for name-likeness.
  std::vector<Candidate> tagger_names(const Analyzed& a, const std::vector<ModelName>& names) const;
  // The combination rule above. Both inputs in text order; the result is in text order.
  std::vector<Candidate> combine(const Analyzed& a, std::vector<Candidate> gazetteer, const std::vector<Candidate>& tagger) const;

  // The longest phrase of `matcher` (names or titles) starting at token `i` (clitics of token
  // i allowed): returns the phrase or kNone, with the end token and the key letters stripped
  // from token i.
  uint32_t longest_phrase_at(const PhraseMatcher& matcher, const Analyzed& a, uint32_t i, uint32_t sentence_end,
                             uint32_t& end, uint32_t& stripped, std::u32string* reading = nullptr) const;

  // The original offset where token t's text starts after `letters` key letters.
  static uint32_t skip_letters(const Analyzed& a, const Token& t, uint32_t letters);
  // How many key letters of t are proclitics before the name (conjunction, preposition),
  // and whether the last of them is ل+ال contracted (its ل then belongs to the name).
  uint32_t clitic_letters(const Analyzed& a, const Token& t) const;

 private:
  // Heads and epithets the gold leaves out of a name's span (محافظة إدلب → إدلب,
  // حزب الله اللبناني → حزب الله) when what remains names the same actor.
  void trim(const Analyzed& a, Candidate& c, std::u32string first_key) const;
  // The gazetteer phrase made of exactly `first` and the keys of tokens [from, to), or kNone.
  uint32_t phrase_of(const Analyzed& a, std::u32string_view first, uint32_t from, uint32_t to) const;
  bool same_actor(uint32_t phrase, uint32_t other, bool complete_name) const;
  // Whether a word is the adjective of a known place, written without the article (سعودي، قطري).
  bool nationality_adjective(std::u32string_view word) const;
  // Whether every actor `phrase` may name is one `other` may name.
  bool names_no_other(uint32_t phrase, uint32_t other) const;
  // The tagger's longer person name `m` makes the known person `inner` inside it someone else.
  bool someone_else(const Analyzed& a, const Candidate& m, const Candidate& inner) const;
  bool read_as_someone_else(const Analyzed& a, Candidate& c) const;
  // A person's name after a head and an honorific is the name of a site or a body named after
  // the person (مطار الملك عبدالعزيز، جامعة الملك عبدالعزيز): the candidate grows back over both
  // and becomes a LOC or an ORG the gazetteer does not know.
  void name_eponyms(const Analyzed& a, std::vector<Candidate>& found) const;
  // Whether a candidate reads as a person: a tagger person, a known person's name, or a tagger
  // name opening with an honorific (الملك فهد).
  bool reads_as_person(const Analyzed& a, const Candidate& c) const;
  // A tagger organisation opening with an institution head (جامعة، معهد) around places only.
  bool institution_around_places(const Analyzed& a, const Candidate& m, const std::vector<Candidate>& gazetteer,
                                 const std::vector<size_t>& overlapping) const;

  const Gazetteer& gazetteer_;
  const Lexicon& lexicon_;
  const Cues& cues_;
};

}  // namespace marsad

// One document as the event stage reads it: the text layer's tokens with their readings
// (word_forms.h), the sentences, and the entity mentions placed on tokens. Every module of
// the stage (triggers, arguments, modality, dates, relations) matches words through this.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/extraction.h"
#include "events/word_forms.h"
#include "text/analyzed.h"

namespace marsad {

// A lexicon phrase: word keys, where an empty key is a gap of 0-4 words ('*' in the files).
using Phrase = std::vector<std::u32string>;
// Parses "حمل * المسؤولية" into {حمل, "", مسؤولية}.
Phrase parse_phrase(std::string_view utf8);

struct MentionOnTokens {
  int index = -1;            // into Extraction::mentions; -1 for a demonym (demonyms.h)
  uint32_t first = 0, end = 0;  // tokens
  std::string actor;         // the actor it names (acting_as for a metonymy)
  EntityType type = EntityType::kMisc;
  std::u32string prefix;     // key of the clitics before the name in its word: ل in لتركيا
  bool acts = true;          // an ORG or PER, a country, or a place standing for its rulers
  bool described = false;    // the owner in an apposition describing the name before (ذراع تنظيم القاعدة)
};

class Demonyms;

class EventText {
 public:
  // `demonyms`: when given, nationality adjectives after an agent head (طائرات حربية روسية)
  // and people nouns (الروس) become actor spans too (index -1: no Extraction mention).
  EventText(const Analyzed& analyzed, const Extraction& x, const Demonyms* demonyms = nullptr);
  // The words alone, before the entity stage has run (the publication date is read from them);
  // place_mentions adds the mentions later.
  explicit EventText(const Analyzed& analyzed);
  void place_mentions(const Extraction& x, const Demonyms* demonyms = nullptr);

  const Analyzed& analyzed() const { return a_; }
  uint32_t token_count() const { return static_cast<uint32_t>(a_.tokens.size()); }
  const std::vector<WordReading>& readings(uint32_t token) const { return readings_[token]; }
  std::u32string_view key(uint32_t token) const { return a_.key(a_.tokens[token]); }
  bool is_word(uint32_t token) const;
  bool is_number(uint32_t token) const;
  // Whether a reading of `token` carries the article (الاجتماع، للمعارضة).
  bool definite(uint32_t token) const;
  // Punctuation that ends a clause: ، ؛ : . ! ? ؟ brackets, quotes and dashes.
  bool is_clause_break(uint32_t token) const { return clause_break_[token]; }
  bool is_sentence_end(uint32_t token) const;
  uint32_t sentence_of(uint32_t token) const { return sentence_of_[token]; }
  const Sentence& sentence(uint32_t index) const { return a_.sentences[index]; }

  // Whether a reading of `token` is `word` with clitics that `c` allows. Returns the clitic
  // bits of the first (least stripped) such reading, or -1.
  int match_word(uint32_t token, std::u32string_view word, WordClass c = WordClass::kAny) const;
  // Matches `phrase` (from its word `from_word` on) starting at `token` within [token, limit);
  // returns one past its last token, or 0 when it does not match. Gaps do not cross a clause
  // break. `c` applies to the phrase's first word.
  uint32_t match_phrase(uint32_t token, const Phrase& phrase, uint32_t limit, WordClass c = WordClass::kAny,
                        size_t from_word = 0) const;

  // Mentions in text order, with the tokens they cover.
  const std::vector<MentionOnTokens>& mentions() const { return mentions_; }
  // The mention that covers `token`, or -1 (an index into mentions()).
  int mention_at(uint32_t token) const { return mention_at_[token]; }

  // Original-text span of tokens [first, end).
  Span span(uint32_t first, uint32_t end) const;
  std::string text(Span original) const;

 private:
  void add_demonyms(const Demonyms& demonyms);
  void mark_described();
  int branch_before(uint32_t token, bool definite_head) const;
  // A government head before a state's name (نظام دمشق، حكومة تركيا): the state's mention
  // becomes its government's, from the head on. Whether it did.
  bool governs_state(const Demonyms& demonyms, uint32_t token);
  // A head noun, a word of leading and a state (تحالف تقوده الولايات المتحدة، التحالف بقيادة
  // السعودية): the state's mention becomes the body it leads, from the head on. Whether it did.
  bool leads_body(const Demonyms& demonyms, uint32_t token);
  // A homeland noun with a possessive pronoun at `token` (وانتقد هورموزلو … حكومات بلاده): the
  // actor it names, the state of the pronoun's referent, or its government or army after a
  // head noun at `head` (حكومات، جيش; `head` == `token` when there is none). Empty when the
  // referent has no state. `nisbas`: the nationality spans added so far (الرئيس التونسي).
  std::string homeland_actor(const Demonyms& demonyms, uint32_t token, uint32_t head,
                             const std::vector<MentionOnTokens>& nisbas) const;
  // Whether mention `m` is a state right after a civil agent head (رئيس جمهورية أستونيا، وزير
  // داخلية لاتفيا): a pronoun of either gender may refer to the head's holder, whose state it is.
  bool titled_state(const Demonyms& demonyms, const MentionOnTokens& m) const;
  // Whether mention `m` names a site (an air base, an embassy: data/actors kind "site").
  bool site(const MentionOnTokens& m) const;
  // For a definite anaphoric head (التنظيم) at `token`: the earlier mention it names, or -1;
  // `prefix` gets its clitics as for a name.
  // `words` gets how many words the head takes (2 for قوات الأمن).
  int antecedent(const Demonyms& demonyms, uint32_t token, std::u32string& prefix, uint32_t& words) const;
  // Whether a reading of `token` is one `accept` takes; `prefix` gets the clitic letters before
  // its stem (the article left out, as in a name mention's prefix).
  template <typename Accept>
  bool stem_where(uint32_t token, Accept accept, std::u32string& prefix) const;

  const Analyzed& a_;
  std::vector<std::vector<WordReading>> readings_;
  std::vector<uint32_t> sentence_of_;
  std::vector<bool> clause_break_;
  std::vector<MentionOnTokens> mentions_;
  std::vector<int> mention_at_;
  std::unordered_map<std::string, std::string> kinds_;      // actor id → kind
  std::unordered_map<std::string, std::string> countries_;  // actor id → its state's actor id
};

}  // namespace marsad

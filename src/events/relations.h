// Relations between actors, from three sources, all inside one sentence:
//  - surface patterns (data/events/relation_patterns.tsv): X برئاسة Y, X المدعوم من Y, …;
//  - titles before a person's name (وزير الخارجية الروسي سيرغي لافروف → holds_role, and
//    leads when the title heads a body named in it: رئيس الائتلاف هادي البحرة);
//  - known facts (data/actors/relations.tsv) when the text names both sides close together
//    (known_relations.h), and the place hierarchy (place_relations.h);
//  - events: a use of force (18x-20x) between two actors gives fights.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/extraction.h"
#include "events/dates.h"
#include "events/demonyms.h"
#include "core/hash.h"
#include "events/event_text.h"

namespace marsad {

struct PatternElement {
  enum class Kind : uint8_t { kSlot, kWords, kGap, kPunct } kind = Kind::kWords;
  char slot = 0;                 // 'X', 'Y', 'Z', 'W'
  EntityType type = EntityType::kMisc;  // kMisc: any type
  bool any_type = true;
  std::u32string glued;          // a one-letter preposition glued to the slot's word (ل Y)
  bool adjective = false;        // Y:ADJ: a nationality adjective standing for its country
  std::vector<std::string> kinds;  // X:ORG=government,military: the actor's kind is one of these
  bool kinds_excluded = false;     // X!person: the actor's kind is none of these
  std::vector<Phrase> words;     // alternatives
  bool optional = false;
  bool bare = false;             // (…)= : the words without the article
  bool crosses_names = false;    // …* : a gap that may hold names (لدى قازاخستان)
};

struct RelationPattern {
  std::vector<PatternElement> elements;
  std::string predicate;
  char subject = 'X', object = 'Y';
  // "Y و Z" after the object: Z too (المدعوم من روسيا وإيران); not for places (X في حلب وإدلب
  // names two places X is not in at once).
  bool object_list = true;
};

struct KnownRelation {
  std::string subject, predicate, object;
  std::optional<Date> from, to;
};

class RelationKnowledge {
 public:
  void load(const std::string& patterns_tsv, const std::string& known_tsv, const std::string& role_heads_tsv);
  const std::vector<RelationPattern>& patterns() const { return patterns_; }
  // The patterns that may start at `token`, in pattern order: those whose first word is one
  // of its readings, those that open with an adjective, a gap or an optional element, and,
  // where a mention starts at `token`, those that open with a name (and, when a word must
  // follow the name, only if it does: X برئاسة Y after a name followed by برئاسة).
  void patterns_at(const EventText& text, uint32_t token, uint32_t limit, bool mention_starts,
                   std::vector<uint32_t>& out) const;
  const std::vector<KnownRelation>& known_between(const std::string& a) const;
  bool is_role_head(const EventText& text, uint32_t token) const;
  bool is_leader_head(const EventText& text, uint32_t token) const;
  bool is_role_word(std::u32string_view stem) const;  // a title head as written, no clitic stripped
  // The heads of a body named after its leader (نظام، حكومة: designations.h).
  const std::vector<std::u32string>& designation_heads() const { return designation_heads_; }
  // A word that marks a title as held no more (السابق، الأسبق).
  bool is_former_word(const EventText& text, uint32_t token) const;
  // A unit inside a place or a body (شرطة، بلدية، جامعة): in مدير شرطة منطقة جازان it is the unit
  // that is led, not the region.
  bool is_unit_word(const EventText& text, uint32_t token) const;
  // The country a nationality adjective at `token` stands for (السورية → syria), or nullptr.
  const std::string* nisba_country(const EventText& text, uint32_t token) const;

 private:
  std::vector<RelationPattern> patterns_;
  // Pattern indices by a word they require: the first word, or for X …, the word after the name.
  using WordIndex = std::unordered_map<std::u32string, std::vector<uint32_t>, U32Hash, std::equal_to<>>;
  WordIndex by_first_word_, by_word_after_name_;
  // Patterns not starting with a required word, in pattern order: those that open with a
  // name followed by no required word (X … ، X Y:ADJ) are tried only where a mention starts,
  // the rest (adjectives, gaps) everywhere.
  std::vector<uint32_t> name_first_, unindexed_;
  std::unordered_map<std::string, std::vector<KnownRelation>> known_by_subject_;
  std::vector<std::u32string> role_heads_, leader_heads_, designation_heads_, former_words_, unit_words_;
  Demonyms demonyms_;  // data/events/demonyms.tsv, next to the patterns
};

void find_relations(const EventText& text, const RelationKnowledge& knowledge, const Extraction& x,
                    const std::optional<Date>& publication, std::vector<Relation>& out);

}  // namespace marsad

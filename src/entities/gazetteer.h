// The gazetteer: the canonical actors of data/actors, the surface forms that name them
// (data/aliases), the titles that identify their holders (data/roles.tsv) and the static
// relations between them (data/actors/relations.tsv), with the phrase matchers that find
// names and titles in analyzed text.
//
// Surfaces are keyed by the text stage itself (TextAnalyzer on each alias), so an alias and
// the text it should match are tokenized, repaired and folded the same way:
// الأممالمتحدة, أستانة/استانه, «دي ميستورا» all meet their tokens.
//
// Read-only once loaded: one instance serves every thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/extraction.h"
#include "entities/phrase_matcher.h"

namespace marsad {

class Lexicon;

// How an alias names its actor (data/actors/actors_README.md, "Aliases").
enum class AliasKind : uint8_t { kName, kVariant, kShort, kAcronym, kOldName, kTypo, kMetonymy };

// One actor a surface may name.
struct AliasSense {
  uint32_t actor = 0;  // index into Gazetteer::actors()
  AliasKind kind = AliasKind::kName;
  bool ambiguous = false;  // the row's notes say "ambiguous": link it only with a cue
  std::vector<uint32_t> theatres;  // notes "theatre=yemen": the sense of a story there (theatre.h)
};

// One row of data/roles.tsv: a title, who held it and when.
struct Role {
  std::string title_ar;
  std::string title_en;  // "Foreign Minister of Russia": the object of holds_role
  uint32_t holder = 0;   // actor index
  std::string valid_from, valid_to;  // YYYY[-MM[-DD]], empty = open
  std::vector<uint32_t> theatres;    // notes "theatre=yemen": the holder in a story there (theatre.h)
  bool held_on(std::string_view date) const;  // an empty date: any period
};

struct StaticRelation {
  uint32_t subject = 0, object = 0;  // actor indices
  std::string predicate;
  std::string valid_from, valid_to;
};

// The other spelling of a name whose words open with a prefix written apart or joined
// (عبد ربه منصور هادي / عبدربه منصور هادي، أبو بكر البغدادي / أبوبكر البغدادي): every such
// prefix joined to the word after it, or else every joined one split off. Words and prefixes are
// match keys (data/entities/name_prefixes.tsv); empty when the name has none.
std::vector<std::u32string> other_spelling(const std::vector<std::u32string>& words,
                                           const std::vector<std::u32string>& prefixes);

class Gazetteer {
 public:
  static constexpr uint32_t kNoActor = UINT32_MAX;

  // Reads data_dir/{actors,aliases}/*.tsv, roles.tsv and actors/relations.tsv (data_dir():
  // the default). Throws std::runtime_error naming a missing or malformed file.
  static std::shared_ptr<const Gazetteer> load(std::shared_ptr<const Lexicon> lexicon, const std::string& data_dir = "");

  const std::vector<Actor>& actors() const { return actors_; }
  const Actor& actor(uint32_t index) const { return actors_[index]; }
  uint32_t find(std::string_view id) const;  // kNoActor when unknown
  // The country actor an actor belongs to (data/actors column country), or kNoActor.
  uint32_t country_of(uint32_t actor) const { return countries_[actor]; }
  // The government a person leads or led (a `leads` row of actors/relations.tsv whose object
  // is of kind government: bashar_al_assad → syrian_government), or kNoActor.
  uint32_t government_led_by(uint32_t person) const;
  // The bodies a static relation of kin (actors/relations.tsv part_of, member_of,
  // formerly_known_as, allied_with; either way, any date) ties to `actor`: جبهة النصرة → القاعدة.
  const std::vector<uint32_t>& related(uint32_t actor) const;

  // Names: phrase index → the actors the phrase may name, best first ('name' rows first).
  const PhraseMatcher& names() const { return names_; }
  const std::vector<AliasSense>& senses(uint32_t phrase) const { return senses_[phrase]; }
  // The words of an actor's canonical Arabic name, keyed.
  const std::vector<std::u32string>& name_keys(uint32_t actor) const { return name_keys_[actor]; }

  // Titles: phrase index → the rows of roles.tsv with that title.
  const PhraseMatcher& titles() const { return titles_; }
  const std::vector<uint32_t>& title_roles(uint32_t phrase) const { return title_roles_[phrase]; }
  const Role& role(uint32_t index) const { return roles_[index]; }

  const std::vector<StaticRelation>& relations() const { return relations_; }

  // The words of a surface as the text stage keys them.
  std::vector<std::u32string> phrase_keys(std::string_view surface) const;

  Gazetteer();
  ~Gazetteer();

 private:
  void load_actors(const std::string& path);
  void load_name_prefixes(const std::string& path);
  void load_aliases(const std::string& path);
  void add_alias(const std::vector<std::u32string>& words, AliasSense sense);
  void load_roles(const std::string& path);
  // The theatres a row's notes name; an unknown country is an error naming the file.
  std::vector<uint32_t> theatres_in(const std::string& path, std::string_view notes) const;
  void load_relations(const std::string& path);

  struct Keyer;
  std::unique_ptr<Keyer> keyer_;
  std::vector<std::u32string> name_prefixes_;  // عبد، أبو: written apart from the next word or joined to it
  std::vector<Actor> actors_;
  std::vector<std::vector<std::u32string>> name_keys_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<uint32_t> countries_;  // actor index → its country's actor index
  PhraseMatcher names_;
  std::vector<std::vector<AliasSense>> senses_;
  PhraseMatcher titles_;
  std::vector<std::vector<uint32_t>> title_roles_;
  std::vector<Role> roles_;
  std::vector<StaticRelation> relations_;
  std::unordered_map<uint32_t, uint32_t> governments_led_;  // person → government (the first row)
  std::unordered_map<uint32_t, std::vector<uint32_t>> related_;
};

}  // namespace marsad

#include "entities/gazetteer.h"

#include <algorithm>
#include <stdexcept>

#include "core/data_dir.h"
#include "core/document.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "entities/theatre.h"
#include "text/analyzer.h"

namespace marsad {
namespace {

EntityType parse_entity_type(std::string_view s) {
  if (s == "PER") return EntityType::kPer;
  if (s == "ORG") return EntityType::kOrg;
  if (s == "LOC") return EntityType::kLoc;
  return EntityType::kMisc;
}

bool parse_alias_kind(std::string_view s, AliasKind& kind) {
  static const std::pair<std::string_view, AliasKind> kKinds[] = {
      {"name", AliasKind::kName},       {"variant", AliasKind::kVariant}, {"short", AliasKind::kShort},
      {"acronym", AliasKind::kAcronym}, {"old_name", AliasKind::kOldName}, {"typo", AliasKind::kTypo},
      {"metonymy", AliasKind::kMetonymy}};
  for (auto [name, k] : kKinds)
    if (s == name) return kind = k, true;
  return false;
}

std::optional<double> parse_coordinate(std::string_view s) {
  if (s.empty()) return std::nullopt;
  try {
    return std::stod(std::string(s));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Dates of the data files are YYYY, YYYY-MM or YYYY-MM-DD. A date lies in a period when no
// bound excludes it, comparing on the bound's own precision (2015-08-09 is within "2015").
bool on_or_after(std::string_view date, std::string_view bound) {
  return bound.empty() || date.substr(0, bound.size()) >= bound;
}
bool before(std::string_view date, std::string_view bound) {
  return bound.empty() || date.substr(0, bound.size()) < bound;
}

}  // namespace

std::vector<std::u32string> other_spelling(const std::vector<std::u32string>& words,
                                           const std::vector<std::u32string>& prefixes) {
  auto prefix = [&](const std::u32string& w) { return std::find(prefixes.begin(), prefixes.end(), w) != prefixes.end(); };
  std::vector<std::u32string> joined;
  for (size_t i = 0; i < words.size(); ++i) {
    if (prefix(words[i]) && i + 1 < words.size()) {
      joined.push_back(words[i] + words[i + 1]);
      ++i;
    } else {
      joined.push_back(words[i]);
    }
  }
  if (joined.size() != words.size()) return joined;
  std::vector<std::u32string> split;
  constexpr size_t kShortestRest = 3;  // عبدالله → عبد الله; not ابوه
  for (const std::u32string& w : words) {
    auto p = std::find_if(prefixes.begin(), prefixes.end(), [&](const std::u32string& x) {
      return w.size() >= x.size() + kShortestRest && w.compare(0, x.size(), x) == 0;
    });
    if (p == prefixes.end()) {
      split.push_back(w);
    } else {
      split.push_back(*p);
      split.push_back(w.substr(p->size()));
    }
  }
  if (split.size() != words.size()) return split;
  return {};
}


bool Role::held_on(std::string_view date) const {
  return date.empty() || (on_or_after(date, valid_from) && before(date, valid_to));
}

// Keys surfaces with the text stage, so aliases are tokenized and folded like the text.
struct Gazetteer::Keyer {
  explicit Keyer(std::shared_ptr<const Lexicon> lexicon) : analyzer(std::move(lexicon)) {}
  std::vector<std::u32string> keys(std::string_view surface) {
    Document doc;
    doc.text = std::string(surface);
    Analyzed a = analyzer.analyze(doc);
    std::vector<std::u32string> words;
    for (const Token& t : a.tokens) words.emplace_back(a.key(t));
    return words;
  }
  TextAnalyzer analyzer;
};

Gazetteer::Gazetteer() = default;
Gazetteer::~Gazetteer() = default;

std::shared_ptr<const Gazetteer> Gazetteer::load(std::shared_ptr<const Lexicon> lexicon, const std::string& data_dir) {
  std::string dir = data_dir.empty() ? marsad::data_dir() : data_dir;
  auto g = std::make_shared<Gazetteer>();
  g->keyer_ = std::make_unique<Keyer>(std::move(lexicon));
  for (const char* file : {"places", "organizations", "people"}) g->load_actors(dir + "/actors/" + file + ".tsv");
  for (const Actor& a : g->actors_) g->countries_.push_back(a.country.empty() ? kNoActor : g->find(a.country));
  g->load_name_prefixes(dir + "/entities/name_prefixes.tsv");
  for (const char* file : {"places", "organizations", "people"}) g->load_aliases(dir + "/aliases/" + file + ".tsv");
  g->load_roles(dir + "/roles.tsv");
  g->load_relations(dir + "/actors/relations.tsv");
  return g;
}

uint32_t Gazetteer::find(std::string_view id) const {
  auto it = ids_.find(std::string(id));
  return it == ids_.end() ? kNoActor : it->second;
}

std::vector<std::u32string> Gazetteer::phrase_keys(std::string_view surface) const { return keyer_->keys(surface); }

void Gazetteer::load_actors(const std::string& path) {
  for_each_tsv_row(path, 10, [&](const std::vector<std::string_view>& f) {
    Actor a;
    a.id = f[0];
    a.type = parse_entity_type(f[1]);
    a.kind = f[2];
    a.name_ar = f[3];
    a.name_en = f[4];
    a.wikidata = f[5];
    a.country = f[6];
    a.lat = parse_coordinate(f[7]);
    a.lon = parse_coordinate(f[8]);
    a.governorate = f[9];
    if (ids_.count(a.id)) throw std::runtime_error(path + ": actor id defined twice: " + a.id);
    ids_.emplace(a.id, uint32_t(actors_.size()));
    name_keys_.push_back(keyer_->keys(a.name_ar));
    actors_.push_back(std::move(a));
  }, true);
}

void Gazetteer::load_name_prefixes(const std::string& path) {
  for_each_tsv_row(path, 1, [&](const std::vector<std::string_view>& f) {
    std::vector<std::u32string> words = keyer_->keys(f[0]);
    if (words.size() != 1) throw std::runtime_error(path + ": a name prefix is one word: " + std::string(f[0]));
    name_prefixes_.push_back(words[0]);
  }, true);
}

void Gazetteer::load_aliases(const std::string& path) {
  for_each_tsv_row(path, 3, [&](const std::vector<std::string_view>& f) {
    uint32_t actor = find(f[1]);
    if (actor == kNoActor) throw std::runtime_error(path + ": alias of an unknown actor: " + std::string(f[1]));
    AliasSense sense{actor, AliasKind::kName, false};
    if (!parse_alias_kind(f[2], sense.kind)) throw std::runtime_error(path + ": unknown alias kind: " + std::string(f[2]));
    sense.ambiguous = f.size() > 3 && f[3].find("ambiguous") != std::string_view::npos;
    if (f.size() > 3) sense.theatres = theatres_in(path, f[3]);
    std::vector<std::u32string> words = keyer_->keys(f[0]);
    if (words.empty()) return;
    add_alias(words, sense);
    if (auto other = other_spelling(words, name_prefixes_); !other.empty()) add_alias(other, sense);
  }, true);
}

void Gazetteer::add_alias(const std::vector<std::u32string>& words, AliasSense sense) {
  uint32_t phrase = names_.add(words);
  if (phrase >= senses_.size()) senses_.resize(phrase + 1);
  auto& list = senses_[phrase];
  for (const AliasSense& s : list)
    if (s.actor == sense.actor && s.kind == sense.kind) return;  // a spelling that keys the same
  // Best first: a full name before a variant, a short form or a metonymy.
  auto at = std::find_if(list.begin(), list.end(), [&](const AliasSense& s) { return s.kind > sense.kind; });
  list.insert(at, sense);
}

std::vector<uint32_t> Gazetteer::theatres_in(const std::string& path, std::string_view notes) const {
  try {
    return parse_theatres(*this, notes);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
}

void Gazetteer::load_roles(const std::string& path) {
  for_each_tsv_row(path, 3, [&](const std::vector<std::string_view>& f) {
    Role r;
    r.title_ar = f[0];
    r.title_en = f[1];
    r.holder = find(f[2]);
    if (r.holder == kNoActor) throw std::runtime_error(path + ": role of an unknown actor: " + std::string(f[2]));
    if (f.size() > 4) r.valid_from = f[4];
    if (f.size() > 5) r.valid_to = f[5];
    if (f.size() > 6) r.theatres = theatres_in(path, f[6]);
    std::vector<std::u32string> words = keyer_->keys(f[0]);
    if (words.empty()) return;
    uint32_t phrase = titles_.add(words);
    if (phrase >= title_roles_.size()) title_roles_.resize(phrase + 1);
    title_roles_[phrase].push_back(uint32_t(roles_.size()));
    roles_.push_back(std::move(r));
  }, true);
}

void Gazetteer::load_relations(const std::string& path) {
  for_each_tsv_row(path, 3, [&](const std::vector<std::string_view>& f) {
    StaticRelation r;
    r.subject = find(f[0]);
    r.predicate = f[1];
    r.object = find(f[2]);
    if (r.subject == kNoActor || r.object == kNoActor)
      throw std::runtime_error(path + ": relation of an unknown actor: " + std::string(f[0]) + " " + std::string(f[2]));
    if (f.size() > 3) r.valid_from = f[3];
    if (f.size() > 4) r.valid_to = f[4];
    if (r.predicate == "leads" && actors_[r.object].kind == "government") governments_led_.emplace(r.subject, r.object);
    // Kin among bodies: a branch, a member body, a former name, an ally. Not a leader: كيري
    // would then cue every bare الخارجية.
    if (r.predicate == "part_of" || r.predicate == "member_of" || r.predicate == "formerly_known_as" ||
        r.predicate == "allied_with") {
      related_[r.subject].push_back(r.object);
      related_[r.object].push_back(r.subject);
    }
    relations_.push_back(std::move(r));
  }, true);
}

const std::vector<uint32_t>& Gazetteer::related(uint32_t actor) const {
  static const std::vector<uint32_t> kNone;
  auto it = related_.find(actor);
  return it == related_.end() ? kNone : it->second;
}

uint32_t Gazetteer::government_led_by(uint32_t person) const {
  auto it = governments_led_.find(person);
  return it == governments_led_.end() ? kNoActor : it->second;
}

}  // namespace marsad

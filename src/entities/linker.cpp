#include "entities/linker.h"

#include <algorithm>
#include <unordered_set>

#include "core/data_dir.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "entities/roles.h"
#include "entities/theatre.h"
#include "text/lexicon.h"

namespace marsad {
namespace {

bool is_governorate(const Actor& a) { return a.kind == "governorate"; }
bool is_settlement(const Actor& a) { return a.kind == "city" || a.kind == "town"; }

std::string key_string(const Analyzed& a, const Candidate& c, uint32_t first_stripped) {
  std::u32string name;
  for (uint32_t i = c.first_token; i < c.end_token; ++i) {
    if (!name.empty()) name.push_back(U' ');
    name.append(a.key(a.tokens[i]).substr(i == c.first_token ? first_stripped : 0));
  }
  return utf8::encode(name);
}

// The first word of a candidate as a name: its key without the clitics, ل+ال contracted
// read as the article again (للمعارضة → المعارضة).
std::u32string first_word(const Analyzed& a, const Candidate& c) {
  std::u32string_view key = a.key(a.tokens[c.first_token]);
  std::u32string word(key.substr(c.stripped));
  if (c.stripped > 0 && key[c.stripped - 1] == U'ل' && !word.empty() && word[0] == U'ل') word.insert(word.begin(), U'ا');
  return word;
}

bool starts_with_article(std::u32string_view key) { return key.size() > 2 && key.substr(0, 2) == U"ال"; }

std::u32string_view last_word(std::u32string_view name) {
  size_t space = name.rfind(U' ');
  return space == std::u32string_view::npos ? name : name.substr(space + 1);
}

// The text stage drops a line that is a truncated copy of the next one (a heading repeated
// by the scraper); the gold annotates both. A mention in the copied part of the next line is
// repeated at the same place in the dropped line.
void copy_into_duplicated_lines(const Analyzed& a, Extraction& x) {
  std::vector<Mention> copies;
  for (const Repair& r : a.repairs) {
    if (r.kind != RepairKind::kDuplicatedLine || r.original.size() < 8) continue;
    std::u32string_view original(a.original);
    std::u32string_view dropped = original.substr(r.original.start, r.original.size());
    size_t trimmed = dropped.find_last_not_of(U" \n\r\t");
    if (trimmed == std::u32string_view::npos) continue;
    dropped = dropped.substr(0, trimmed + 1);
    size_t copy = original.find(dropped, r.original.end);
    if (copy == std::u32string_view::npos) continue;
    uint32_t shift = uint32_t(copy - r.original.start);
    for (const Mention& m : x.mentions)
      if (m.span.start >= copy && m.span.end <= copy + dropped.size()) {
        Mention c = m;
        c.span = {m.span.start - shift, m.span.end - shift};
        copies.push_back(c);
      }
  }
  if (copies.empty()) return;
  x.mentions.insert(x.mentions.end(), copies.begin(), copies.end());
  std::stable_sort(x.mentions.begin(), x.mentions.end(),
                   [](const Mention& p, const Mention& q) { return p.span.start < q.span.start; });
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Linker

Linker::Linker(const Gazetteer& gazetteer, const Cues& cues, const MentionFinder& finder, const Lexicon& lexicon)
    : gazetteer_(gazetteer), cues_(cues), finder_(finder), lexicon_(lexicon) {}

CueKind Linker::cue_before(const Analyzed& a, uint32_t i) const {
  if (i == 0) return CueKind::kNone;
  for (const Sentence& s : a.sentences)
    if (s.first_token <= i && i < s.end_token && i == s.first_token) return CueKind::kNone;
  const Token& t = a.tokens[i - 1];
  if (t.kind != TokenKind::kWord) return CueKind::kNone;
  std::u32string_view key = a.key(t);
  CueKind cue = cues_.find(key);
  if (cue == CueKind::kNone) cue = cues_.find(key.substr(finder_.clitic_letters(a, t)));
  // The segmenter may keep a short word whole: بريف، وريف.
  if (cue == CueKind::kNone && key.size() > 3 && (key[0] == U'و' || key[0] == U'ب' || key[0] == U'ف' || key[0] == U'ل'))
    cue = cues_.find(key.substr(1));
  // Weapon and lineage words speak only to the mention finder: مقاتلات تركية stays an adjective.
  return cue == CueKind::kWeaponHead || cue == CueKind::kLineage ? CueKind::kNone : cue;
}

std::optional<Mention> Linker::name_inside(const Analyzed& a, const Candidate& c, const Mention& body) const {
  if (body.type != EntityType::kOrg || body.source != Mention::Source::kGazetteer || c.end_token - c.first_token < 2)
    return std::nullopt;
  const Token& head = a.tokens[c.first_token];
  std::u32string_view key = a.key(head);
  if (!cues_.is_ruled_body(key) && !cues_.is_ruled_body(key.substr(finder_.clitic_letters(a, head)))) return std::nullopt;
  uint32_t first = c.first_token + 1, end = 0, stripped = 0;
  uint32_t phrase = finder_.longest_phrase_at(gazetteer_.names(), a, first, c.end_token, end, stripped);
  if (phrase == PhraseMatcher::kNone || end != c.end_token) return std::nullopt;
  for (const AliasSense& s : gazetteer_.senses(phrase)) {
    const Actor& actor = gazetteer_.actors()[s.actor];
    if (s.kind == AliasKind::kMetonymy || actor.id == body.actor ||
        (actor.type != EntityType::kPer && actor.type != EntityType::kLoc))
      continue;
    Mention name;
    name.span = {MentionFinder::skip_letters(a, a.tokens[first], stripped), a.tokens[end - 1].span.end};
    name.type = actor.type;
    name.actor = actor.id;
    name.source = Mention::Source::kGazetteer;
    return name;
  }
  return std::nullopt;
}

void Linker::link(const Analyzed& a, const std::vector<Candidate>& candidates, Extraction& x) const {
  const auto& actors = gazetteer_.actors();
  // Pass 1: the actors the document names unambiguously (a full, single-sense name).
  std::unordered_set<uint32_t> named;
  std::vector<CueKind> cues(candidates.size());
  // Per city actor: how often the document cues it as the governorate and as the city.
  std::unordered_map<uint32_t, int> governorate_cued, city_cued;
  StoryTheatre theatre(a);
  std::vector<size_t> split_by_theatre;  // candidates of a full name with a sense per war
  for (size_t k = 0; k < candidates.size(); ++k) {
    const Candidate& c = candidates[k];
    cues[k] = cue_before(a, c.first_token);
    if (c.phrase == PhraseMatcher::kNone) continue;
    const auto& senses = gazetteer_.senses(c.phrase);
    uint32_t only = Gazetteer::kNoActor;
    int count = 0;
    bool firm = true;
    for (const AliasSense& s : senses) {
      if (s.kind == AliasKind::kMetonymy) continue;
      if (s.actor != only) only = s.actor, ++count;
      firm &= !s.ambiguous && s.kind != AliasKind::kShort;
    }
    if (count == 1 && firm) {
      named.insert(only);
      if (uint32_t country = gazetteer_.country_of(only); country != Gazetteer::kNoActor) theatre.count(c.first_token, country);
    } else if (count > 1 && firm) {
      split_by_theatre.push_back(k);
    }
    for (const AliasSense& s : senses) {
      if (!is_settlement(actors[s.actor])) continue;
      if (cues[k] == CueKind::kGovernorateHead) ++governorate_cued[s.actor];
      if (cues[k] == CueKind::kCityHead) ++city_cued[s.actor];
    }
  }
  // A full name with one sense per war (التحالف الدولي: the US-led coalition in Syria and Iraq,
  // the Saudi-led one in Yemen) names its actor firmly where the story's theatre decides it.
  for (size_t k : split_by_theatre) {
    std::vector<const std::vector<uint32_t>*> theatres;
    std::vector<uint32_t> theatre_actors;
    for (const AliasSense& s : gazetteer_.senses(candidates[k].phrase)) {
      if (s.kind == AliasKind::kMetonymy) continue;
      if (s.theatres.empty()) {  // a sense for every story: nothing to decide
        theatres.clear();
        break;
      }
      theatres.push_back(&s.theatres);
      theatre_actors.push_back(s.actor);
    }
    if (theatres.empty()) continue;
    if (auto chosen = theatre.favoured(candidates[k].first_token, theatres)) named.insert(theatre_actors[*chosen]);
  }

  std::vector<uint32_t> used;  // actor indices, in order of first use
  std::unordered_set<uint32_t> used_set;
  auto use = [&](uint32_t actor) {
    if (used_set.insert(actor).second) used.push_back(actor);
  };
  std::vector<uint32_t> first_tokens;
  std::vector<Actor> new_actors;
  std::unordered_set<std::string> new_ids;

  // Unknown names: a person named by surname after the full name gets the full name's id.
  std::unordered_map<std::u32string, std::string> surname_ids;

  for (size_t k = 0; k < candidates.size(); ++k) {
    const Candidate& c = candidates[k];
    Mention m;
    m.span = c.span;
    if (c.phrase != PhraseMatcher::kNone) {
      const auto& senses = gazetteer_.senses(c.phrase);
      const AliasSense* chosen = nullptr;
      const AliasSense* metonymy = nullptr;
      auto pick = [&](auto&& accept) {
        if (chosen) return;
        for (const AliasSense& s : senses)
          if (s.kind != AliasKind::kMetonymy && accept(s)) return void(chosen = &s);
      };
      if (cues[k] == CueKind::kGovernorateHead) pick([&](const AliasSense& s) { return is_governorate(actors[s.actor]); });
      if (cues[k] == CueKind::kCityHead) pick([&](const AliasSense& s) { return is_settlement(actors[s.actor]); });
      // A name with a sense per war (قوات التحالف): the sense of the story's theatre.
      std::vector<const std::vector<uint32_t>*> theatres;
      std::vector<const AliasSense*> theatre_senses;
      for (const AliasSense& s : senses)
        if (!s.theatres.empty() && s.kind != AliasKind::kMetonymy) theatres.push_back(&s.theatres), theatre_senses.push_back(&s);
      // The story names the chosen sense's country: a cue for an ambiguous name (وزارة الداخلية),
      // though not for a one-word designation, which is also a common noun (التحالف: any alliance).
      bool theatre_cued = false;
      if (!theatres.empty())
        if (auto k = theatre.favoured(c.first_token, theatres)) {
          pick([&](const AliasSense& s) { return &s == theatre_senses[*k]; });
          theatre_cued = chosen == theatre_senses[*k];
        }
      pick([&](const AliasSense& s) { return named.count(s.actor) > 0; });
      // A city sharing its name with a governorate: the document's habit.
      bool has_governorate = std::any_of(senses.begin(), senses.end(), [&](const AliasSense& s) {
        return s.kind != AliasKind::kMetonymy && is_governorate(actors[s.actor]);
      });
      if (has_governorate && cues[k] != CueKind::kGovernorateHead && cues[k] != CueKind::kCityHead) {
        for (const AliasSense& s : senses) {
          if (!is_settlement(actors[s.actor])) continue;
          if (governorate_cued[s.actor] > 0 && city_cued[s.actor] == 0)
            pick([&](const AliasSense& g) { return is_governorate(actors[g.actor]); });
          break;
        }
      }
      pick([](const AliasSense&) { return true; });
      if (!chosen) {  // only metonymy rows (a capital whose city row is missing): the country
        chosen = &senses.front();
      }
      for (const AliasSense& s : senses)
        if (s.kind == AliasKind::kMetonymy && s.actor != chosen->actor) metonymy = &s;
      const std::u32string word = first_word(a, c);
      const bool one_word = c.end_token - c.first_token == 1;
      const bool designation = one_word && cues_.find(word) == CueKind::kDesignation;
      // An ambiguous alias needs a cue.
      if (chosen->ambiguous) {
        // An armed group whose kin the story names firmly: القاعدة beside جبهة النصرة, its branch
        // (part_of), is the organisation, not a base. Only armed groups: a ministry's kin (its
        // government) would make every adjective الخارجية the foreign ministry.
        const auto& kin = gazetteer_.related(chosen->actor);
        const bool kin_named = actors[chosen->actor].kind == "armed_group" &&
                               std::any_of(kin.begin(), kin.end(), [&](uint32_t r) { return named.count(r) > 0; });
        bool cued = c.tagger_agrees || named.count(chosen->actor) || kin_named || (theatre_cued && !designation) ||
                    (actors[chosen->actor].type == EntityType::kLoc && cues[k] != CueKind::kNone);
        if (!cued) continue;
      }
      const Actor& actor = actors[chosen->actor];
      // سورية، تركية، السعودية after a noun are adjectives (مصادر سورية، مدينة جدة السعودية).
      if (actor.type == EntityType::kLoc && one_word && word.size() > 3 && word.substr(word.size() - 2) == U"يه" &&
          c.stripped == 0 && c.first_token > 0) {
        const Token& prev = a.tokens[c.first_token - 1];
        bool after_place = k > 0 && candidates[k - 1].end_token == c.first_token;
        bool after_noun = prev.kind == TokenKind::kWord && cues[k] == CueKind::kNone &&
                          !lexicon_.is_particle(a.key(prev)) && starts_with_article(a.key(prev)) == starts_with_article(word);
        if (after_place || after_noun) continue;
      }
      // المرصد، المعارضة: a noun designating the actor, not its name.
      if (designation) m.source = Mention::Source::kRole;
      else m.source = Mention::Source::kGazetteer;
      m.type = actor.type;
      m.actor = actor.id;
      if (metonymy) {
        // بدمشق، في دمشق, مدينة دمشق: the place. Otherwise the government.
        std::u32string_view clitics = a.key(a.tokens[c.first_token]).substr(0, c.stripped);
        bool place = cues[k] == CueKind::kLocative || cues[k] == CueKind::kCityHead ||
                     cues[k] == CueKind::kPlaceHead || clitics.find(U'ب') != std::u32string_view::npos;
        if (!place) {
          m.metonymy = true;
          m.acting_as = actors[metonymy->actor].id;
          use(metonymy->actor);
        }
      }
      use(chosen->actor);
    } else {
      // A name the gazetteer does not know.
      std::string name_key = key_string(a, c, c.stripped);
      std::u32string name32 = utf8::decode(name_key);
      m.type = c.type;
      m.source = Mention::Source::kModel;
      m.score = 0.7f;
      std::string id;
      if (c.type == EntityType::kPer && c.end_token - c.first_token == 1) {
        // A surname: the full name the document gave, a known person's or a new one.
        for (uint32_t used_actor : used) {
          const Actor& known = actors[used_actor];
          const auto& words = gazetteer_.name_keys(used_actor);
          if (known.type == EntityType::kPer && words.size() > 1 && words.back() == name32) id = known.id;
        }
        auto it = surname_ids.find(name32);
        if (id.empty() && it != surname_ids.end()) id = it->second;
      }
      if (id.empty()) {
        id = "new:" + name_key;
        if (new_ids.insert(id).second) {
          Actor n;
          n.id = id;
          n.type = c.type;
          n.kind = c.type == EntityType::kPer ? "person" : c.type == EntityType::kLoc ? "place" : "organization";
          n.name_ar = utf8::encode(std::u32string_view(a.original).substr(c.span.start, c.span.size()));
          new_actors.push_back(std::move(n));
        }
        if (c.type == EntityType::kPer && c.end_token - c.first_token > 1) surname_ids.emplace(last_word(name32), id);
      }
      m.actor = id;
    }
    std::optional<Mention> inside = name_inside(a, c, m);
    x.mentions.push_back(std::move(m));
    first_tokens.push_back(c.first_token);
    if (inside) {
      use(gazetteer_.find(inside->actor));
      x.mentions.push_back(std::move(*inside));
      first_tokens.push_back(c.first_token + 1);
    }
  }

  RoleFinder(gazetteer_, cues_, finder_).find(a, first_tokens, theatre, x, use);
  copy_into_duplicated_lines(a, x);

  for (uint32_t u : used) x.actors.push_back(actors[u]);
  for (Actor& n : new_actors) x.actors.push_back(std::move(n));
}

// ---------------------------------------------------------------------------------------
// Cross-document names

std::u32string loose_name_key(std::u32string_view key) {
  std::u32string out;
  for (char32_t c : key) {
    switch (c) {
      case U'ا': case U'و': case U'ي': case U'ه': case U'ء': continue;
      case U'غ': case U'ق': case U'ك': c = U'ج'; break;
      case U'ث': case U'ص': c = U'س'; break;
      case U'ذ': case U'ظ': case U'ض': c = U'ز'; break;
      case U'ط': c = U'ت'; break;
      case U'ح': c = U'ه'; break;
      default: break;
    }
    out.push_back(c);
  }
  return out;
}

void CrossDocumentNames::unify(Extraction& x) {
  constexpr std::string_view kNew = "new:";
  std::unordered_map<std::string, std::string> renamed;
  for (Actor& actor : x.actors) {
    if (actor.type != EntityType::kPer || actor.id.rfind(kNew, 0) != 0) continue;
    std::u32string name = utf8::decode(std::string_view(actor.id).substr(kNew.size()));
    std::string loose = utf8::encode(loose_name_key(name));
    bool full = name.find(U' ') != std::u32string::npos;
    std::string id;
    if (full) {
      auto [it, inserted] = by_loose_name_.emplace(loose, actor.id);
      id = it->second;
      std::string surname = utf8::encode(loose_name_key(last_word(name)));
      auto [s, fresh] = by_surname_.emplace(surname, id);
      if (!fresh && s->second != id) s->second.clear();  // two people share the surname
    } else {
      auto it = by_surname_.find(loose);
      if (it != by_surname_.end() && !it->second.empty()) id = it->second;
    }
    if (!id.empty() && id != actor.id) renamed.emplace(actor.id, id);
  }
  if (renamed.empty()) return;
  auto rename = [&](std::string& id) {
    auto it = renamed.find(id);
    if (it != renamed.end()) id = it->second;
  };
  for (Actor& actor : x.actors) rename(actor.id);
  for (Mention& m : x.mentions) rename(m.actor);
  for (Relation& r : x.relations) rename(r.subject), rename(r.object);
  for (Event& e : x.events) rename(e.source), rename(e.target), rename(e.attributed_to);
  // Two local names may now share one id: keep the first actor row.
  std::unordered_set<std::string> seen;
  std::erase_if(x.actors, [&](const Actor& actor) { return !seen.insert(actor.id).second; });
}

}  // namespace marsad

#include "events/relations.h"

#include <algorithm>
#include <set>

#include "core/tsv.h"
#include "events/designations.h"
#include "events/known_relations.h"
#include "events/place_relations.h"
#include "events/trigger_lexicon.h"

namespace marsad {
namespace {

constexpr uint32_t kGapWords = 4;        // … in a pattern
constexpr uint32_t kTitleWords = 7;      // a title before a name: at most 7 words

std::optional<EntityType> type_named(std::string_view t) {
  if (t == "PER") return EntityType::kPer;
  if (t == "ORG") return EntityType::kOrg;
  if (t == "LOC") return EntityType::kLoc;
  return std::nullopt;
}

// Splits a pattern on spaces, keeping (…) groups whole.
std::vector<std::string_view> pattern_tokens(std::string_view p) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < p.size()) {
    if (p[i] == ' ') { ++i; continue; }
    size_t j = i;
    if (p[i] == '(' && p.find(')', i) != std::string_view::npos && p.find(')', i) > i + 2) {
      j = p.find(')', i) + 1;
      if (j < p.size() && (p[j] == '?' || p[j] == '=')) ++j;
    } else {
      while (j < p.size() && p[j] != ' ') ++j;
    }
    out.push_back(p.substr(i, j - i));
    i = j;
  }
  return out;
}

// Parses one pattern; returns false for the shapes this reader does not take (ROLE, Y:ADJ,
// X[…] designations, slots inside alternatives).
bool parse_pattern(std::string_view text, RelationPattern& out) {
  std::u32string pending_glue;
  for (auto tok : pattern_tokens(text)) {
    PatternElement e;
    if (tok == "…" || tok == "…*") {
      e.kind = PatternElement::Kind::kGap;
      e.crosses_names = tok == "…*";
      out.elements.push_back(e);
      continue;
    }
    if (tok == "،" || tok == "(" || tok == ")") { e.kind = PatternElement::Kind::kPunct; e.optional = true; out.elements.push_back(e); continue; }
    if (tok.find("ROLE") != std::string_view::npos || tok.find('[') != std::string_view::npos) return false;
    if (tok[0] == 'X' || tok[0] == 'Y' || tok[0] == 'Z' || tok[0] == 'W') {
      e.kind = PatternElement::Kind::kSlot;
      e.slot = tok[0];
      std::string_view rest = tok.substr(1);
      // Kinds after = (allowed) or ! (excluded): X:ORG=government,military, X!person.
      if (size_t k = rest.find_first_of("=!"); k != std::string_view::npos) {
        e.kinds_excluded = rest[k] == '!';
        for (auto kind : split(rest.substr(k + 1), ',')) e.kinds.emplace_back(kind);
        rest = rest.substr(0, k);
      }
      if (rest.size() > 1 && rest[0] == ':') {
        if (rest.substr(1) == "ADJ") {
          e.adjective = true;
        } else {
          auto t = type_named(rest.substr(1));
          if (!t) return false;
          e.type = *t;
          e.any_type = false;
        }
      } else if (!rest.empty()) {
        return false;
      }
      e.glued = pending_glue;
      pending_glue.clear();
      out.elements.push_back(e);
      continue;
    }
    bool bare = tok.back() == '=';
    if (bare) tok.remove_suffix(1);
    bool optional = tok.back() == '?';
    if (optional) tok.remove_suffix(1);
    if (tok.front() == '(' && tok.back() == ')') tok = tok.substr(1, tok.size() - 2);
    e.kind = PatternElement::Kind::kWords;
    e.optional = optional;
    e.bare = bare;
    for (auto alt : split(tok, '|')) {
      if (alt.find('X') != std::string_view::npos || alt.find('Y') != std::string_view::npos) return false;
      Phrase p = parse_phrase(alt);
      // A one-letter preposition (ل Y, ب Y) is glued to the next word.
      if (p.size() == 1 && p[0].size() == 1) {
        pending_glue = p[0];
        continue;
      }
      if (!p.empty() && p.back().size() == 1) p.pop_back();  // الأمين العام ل X
      if (!p.empty()) e.words.push_back(std::move(p));
    }
    if (!e.words.empty()) out.elements.push_back(std::move(e));
  }
  return std::count_if(out.elements.begin(), out.elements.end(), [](const PatternElement& e) {
           return e.kind == PatternElement::Kind::kSlot;
         }) >= 2;
}

constexpr int kAdjective = -2;  // a slot filled by a nationality adjective, not a mention

struct Binding {
  int mention[4] = {-1, -1, -1, -1};  // X Y Z W
  std::string adjective[4];           // the adjective's country, for kAdjective
  const RelationKnowledge* knowledge = nullptr;
  const std::unordered_map<std::string, const Actor*>* actors = nullptr;
  static int index(char slot) { return slot == 'X' ? 0 : slot == 'Y' ? 1 : slot == 'Z' ? 2 : 3; }
  const std::string& actor(const EventText& text, int slot) const {
    return mention[slot] == kAdjective ? adjective[slot] : text.mentions()[mention[slot]].actor;
  }
};

bool kind_allowed(const PatternElement& e, const Binding& b, const std::string& actor) {
  if (e.kinds.empty()) return true;
  std::string kind;
  if (auto it = b.actors->find(actor); it != b.actors->end()) kind = it->second->kind;
  bool listed = std::find(e.kinds.begin(), e.kinds.end(), kind) != e.kinds.end();
  return listed != e.kinds_excluded;
}

// Quotation marks around a name («داعش»، "حزب الله") are no part of a pattern.
bool is_quote(const EventText& text, uint32_t token) {
  if (text.is_word(token)) return false;
  std::u32string_view k = text.key(token);
  return k == U"«" || k == U"»" || k == U"\"" || k == U"“" || k == U"”" || k == U"„" || k == U"'";
}

uint32_t skip_quotes(const EventText& text, uint32_t i, uint32_t limit) {
  while (i < limit && is_quote(text, i)) ++i;
  return i;
}

// Backtracking matcher: element k at token i. Returns the end token or 0.
uint32_t match_elements(const EventText& text, const RelationPattern& p, size_t k, uint32_t i, uint32_t limit, Binding& b) {
  if (k == p.elements.size()) return i;
  const PatternElement& e = p.elements[k];
  if (e.kind != PatternElement::Kind::kPunct) i = skip_quotes(text, i, limit);
  switch (e.kind) {
    case PatternElement::Kind::kPunct: {
      if (i < limit && text.is_clause_break(i))
        if (uint32_t r = match_elements(text, p, k + 1, i + 1, limit, b)) return r;
      return match_elements(text, p, k + 1, i, limit, b);
    }
    case PatternElement::Kind::kGap: {
      for (uint32_t skip = 0; skip <= kGapWords && i + skip <= limit; ++skip) {
        if (skip > 0) {
          uint32_t t = i + skip - 1;
          if ((text.mention_at(t) >= 0 && !e.crosses_names) || text.is_clause_break(t)) break;
        }
        if (uint32_t r = match_elements(text, p, k + 1, i + skip, limit, b)) return r;
      }
      return 0;
    }
    case PatternElement::Kind::kSlot: {
      if (i >= limit) return 0;
      if (e.adjective) {
        const std::string* country = b.knowledge->nisba_country(text, i);
        if (!country) return 0;
        int slot = Binding::index(e.slot);
        int saved = b.mention[slot];
        b.mention[slot] = kAdjective;
        b.adjective[slot] = *country;
        if (uint32_t r = match_elements(text, p, k + 1, i + 1, limit, b)) return r;
        b.mention[slot] = saved;
        return 0;
      }
      // A glued letter written apart: و «جبهة النصرة».
      bool apart = !e.glued.empty() && i + 1 < limit && text.is_word(i) && text.key(i) == e.glued;
      if (apart) i = skip_quotes(text, i + 1, limit);
      int m = text.mention_at(i);
      if (m < 0 || text.mentions()[m].first != i) return 0;
      const auto& mention = text.mentions()[m];
      if (!e.any_type && mention.type != e.type) return 0;
      if (!e.glued.empty() && !apart && mention.prefix.find(e.glued) == std::u32string::npos) return 0;
      if (!kind_allowed(e, b, mention.actor)) return 0;
      // Before a nationality adjective, a name: الجبهة السورية is no anaphor of جبهة النصرة.
      if (k + 1 < p.elements.size() && p.elements[k + 1].adjective && mention.index < 0) return 0;
      int& slot = b.mention[Binding::index(e.slot)];
      int saved = slot;
      slot = m;
      if (uint32_t r = match_elements(text, p, k + 1, mention.end, limit, b)) return r;
      slot = saved;
      return 0;
    }
    case PatternElement::Kind::kWords: {
      for (const auto& alt : e.words) {
        // (…)= : the first word exactly as written, no article and no و (ومضايا وجنوبي دمشق
        // lists two places).
        if (e.bare && (i >= limit || text.key(i) != alt[0])) continue;
        if (uint32_t end = text.match_phrase(i, alt, limit))
          if (uint32_t r = match_elements(text, p, k + 1, end, limit, b)) return r;
      }
      if (e.optional) return match_elements(text, p, k + 1, i, limit, b);
      return 0;
    }
  }
  return 0;
}

// The mentions listed after mention `m` with و: "روسيا وإيران"، «داعش» و «جبهة النصرة».
std::vector<int> listed_after(const EventText& text, int m, uint32_t limit) {
  constexpr size_t kListMembers = 4;
  std::vector<int> out;
  const auto& mentions = text.mentions();
  while (out.size() < kListMembers) {
    uint32_t t = skip_quotes(text, mentions[m].end, limit);
    bool apart = t < limit && text.is_word(t) && text.key(t) == U"و";
    if (apart) t = skip_quotes(text, t + 1, limit);
    int next = t < limit ? text.mention_at(t) : -1;
    if (next < 0 || mentions[next].first != t || mentions[next].type != mentions[m].type) break;
    if (!apart && mentions[next].prefix.find(U'و') == std::u32string::npos) break;
    out.push_back(next);
    m = next;
  }
  return out;
}

// A person's title, once: a shorter form of a title already found (للمبعوث الدولي after
// المبعوث الدولي الى سوريا) is the same role.
void add_role(std::vector<Relation>& out, const std::string& person, const std::string& role, Span evidence);

void add_relation(std::vector<Relation>& out, std::string subject, std::string predicate, std::string object, Span evidence) {
  if (subject.empty() || object.empty() || subject == object) return;
  for (const auto& r : out)
    if (r.subject == subject && r.predicate == predicate && r.object == object) return;
  out.push_back({std::move(subject), std::move(predicate), std::move(object), evidence});
}

void add_role(std::vector<Relation>& out, const std::string& person, const std::string& role, Span evidence) {
  for (auto& r : out) {
    if (r.subject != person || r.predicate != "holds_role") continue;
    if (r.object.find(role) != std::string::npos) return;
    if (role.find(r.object) != std::string::npos && !r.object.empty() && static_cast<unsigned char>(r.object[0]) >= 0x80) {
      r.object = role;  // the longer form names it better
      r.evidence = evidence;
      return;
    }
  }
  add_relation(out, person, "holds_role", role, evidence);
}

}  // namespace

void RelationKnowledge::load(const std::string& patterns_tsv, const std::string& known_tsv, const std::string& heads_tsv) {
  for_each_tsv_row(patterns_tsv, 3, [&](const std::vector<std::string_view>& f) {
    RelationPattern p;
    p.predicate = std::string(f[1]);
    if (p.predicate == "holds_role" || p.predicate == "reported_claim") return;
    p.object_list = p.predicate != "located_in" && p.predicate != "capital_of";
    auto dir = f[2];
    if (dir.size() >= 3 && dir[1] == '>') { p.subject = dir[0]; p.object = dir[2]; }
    else if (dir.size() >= 4 && dir.substr(1, 2) == "<>") { p.subject = dir[0]; p.object = dir[3]; }
    else return;
    // X[(نظام|حكومة) … Y:PER]: the designation heads (designations.h).
    if (f[0].starts_with("X[(") && f[0].find(')') != std::string_view::npos) {
      std::string_view group = f[0].substr(3, f[0].find(')') - 3);
      for (auto word : split(group, '|'))
        if (auto w = lexicon_words(word); w.size() == 1) designation_heads_.push_back(w[0]);
      return;
    }
    if (parse_pattern(f[0], p)) patterns_.push_back(std::move(p));
  }, /*header=*/true);
  // Index by a required word: the pattern loop runs at every word of every text.
  auto requires_word = [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kWords && !e.optional &&
           std::all_of(e.words.begin(), e.words.end(), [](const Phrase& w) { return !w.empty() && !w[0].empty(); });
  };
  auto index = [](WordIndex& by_word, const PatternElement& e, uint32_t k) {
    for (const Phrase& w : e.words) {
      auto& list = by_word[w[0]];
      if (list.empty() || list.back() != k) list.push_back(k);
    }
  };
  for (uint32_t k = 0; k < patterns_.size(); ++k) {
    const auto& elements = patterns_[k].elements;
    const PatternElement& e = elements.front();
    if (requires_word(e)) index(by_first_word_, e, k);
    else if (e.kind != PatternElement::Kind::kSlot || e.adjective) unindexed_.push_back(k);
    else if (elements.size() > 1 && requires_word(elements[1])) index(by_word_after_name_, elements[1], k);
    else name_first_.push_back(k);
  }
  for_each_tsv_row(known_tsv, 3, [&](const std::vector<std::string_view>& f) {
    KnownRelation k{std::string(f[0]), std::string(f[1]), std::string(f[2]), {}, {}};
    if (f.size() > 3) k.from = parse_iso(f[3]);
    if (f.size() > 4) k.to = parse_iso(f[4]);
    known_by_subject_[k.subject].push_back(std::move(k));
  }, /*header=*/true);
  for_each_tsv_row(heads_tsv, 2, [&](const std::vector<std::string_view>& f) {
    auto words = lexicon_words(f[0]);
    if (words.empty()) return;
    role_heads_.push_back(words[0]);
    if (f[1] == "yes") leader_heads_.push_back(words[0]);
  }, /*header=*/true);
  std::string dir = patterns_tsv.substr(0, patterns_tsv.find_last_of('/') + 1);
  demonyms_.load(dir + "demonyms.tsv");
  // Titles held no more (السابق، الأسبق) give no "leads".
  for_each_tsv_row(dir + "former_titles.tsv", 1, [&](const std::vector<std::string_view>& f) {
    if (auto w = lexicon_words(f[0]); w.size() == 1) former_words_.push_back(w[0]);
  }, /*header=*/true);
  for_each_tsv_row(dir + "led_units.tsv", 1, [&](const std::vector<std::string_view>& f) {
    if (auto w = lexicon_words(f[0]); w.size() == 1) unit_words_.push_back(w[0]);
  }, /*header=*/true);
}

const std::string* RelationKnowledge::nisba_country(const EventText& text, uint32_t token) const {
  // A name (سورية is also the country's name) or a word after و (وتركيا) is no adjective of
  // the noun before it.
  if (!text.is_word(token) || (text.mention_at(token) >= 0 && text.mentions()[text.mention_at(token)].index >= 0)) return nullptr;
  for (const auto& r : text.readings(token)) {
    if (r.clitics & ~kArticle) continue;
    if (const Demonyms::State* state = demonyms_.nisba(r.stem)) return &state->country;
  }
  return nullptr;
}

void RelationKnowledge::patterns_at(const EventText& text, uint32_t token, uint32_t limit, bool mention_starts,
                                    std::vector<uint32_t>& out) const {
  out = unindexed_;
  auto add_by_readings = [&](const WordIndex& by_word, uint32_t at) {
    for (const auto& r : text.readings(at)) {
      auto it = by_word.find(std::u32string_view(r.stem));
      if (it != by_word.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    }
  };
  size_t listed = out.size();
  if (mention_starts) {
    out.insert(out.end(), name_first_.begin(), name_first_.end());
    // The word after the name, as match_elements will look for it: past any quotes.
    uint32_t after = skip_quotes(text, text.mentions()[text.mention_at(token)].end, limit);
    if (after < limit) add_by_readings(by_word_after_name_, after);
  }
  add_by_readings(by_first_word_, token);
  // In pattern order, each once: the order the patterns are written in is the order they are tried.
  if (out.size() == listed) return;  // unindexed_ alone is sorted already
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

const std::vector<KnownRelation>& RelationKnowledge::known_between(const std::string& a) const {
  static const std::vector<KnownRelation> kNone;
  auto it = known_by_subject_.find(a);
  return it == known_by_subject_.end() ? kNone : it->second;
}

bool RelationKnowledge::is_role_head(const EventText& text, uint32_t token) const {
  return std::any_of(role_heads_.begin(), role_heads_.end(), [&](const std::u32string& h) { return text.match_word(token, h) >= 0; });
}

bool RelationKnowledge::is_role_word(std::u32string_view stem) const {
  return std::find(role_heads_.begin(), role_heads_.end(), stem) != role_heads_.end();
}

bool RelationKnowledge::is_former_word(const EventText& text, uint32_t token) const {
  return std::any_of(former_words_.begin(), former_words_.end(), [&](const std::u32string& w) { return text.match_word(token, w) >= 0; });
}

bool RelationKnowledge::is_unit_word(const EventText& text, uint32_t token) const {
  return std::any_of(unit_words_.begin(), unit_words_.end(), [&](const std::u32string& w) { return text.match_word(token, w) >= 0; });
}

bool RelationKnowledge::is_leader_head(const EventText& text, uint32_t token) const {
  return std::any_of(leader_heads_.begin(), leader_heads_.end(), [&](const std::u32string& h) { return text.match_word(token, h) >= 0; });
}

void find_relations(const EventText& text, const RelationKnowledge& knowledge, const Extraction& x,
                    const std::optional<Date>& publication, std::vector<Relation>& out) {
  const auto& mentions = text.mentions();
  std::unordered_map<std::string, const Actor*> actors;
  for (const auto& a : x.actors) actors.emplace(a.id, &a);
  // 1. Surface patterns, at every mention start (every pattern holds a slot; most start with one).
  std::vector<uint32_t> candidates;
  for (uint32_t s = 0; s < text.analyzed().sentences.size(); ++s) {
    const Sentence& sentence = text.sentence(s);
    for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
      const bool mention_starts = text.mention_at(i) >= 0 && mentions[text.mention_at(i)].first == i;
      if (!text.is_word(i) && !mention_starts) continue;
      knowledge.patterns_at(text, i, sentence.end_token, mention_starts, candidates);
      for (uint32_t pi : candidates) {
        const RelationPattern& p = knowledge.patterns()[pi];
        Binding b;
        b.knowledge = &knowledge;
        b.actors = &actors;
        uint32_t end = match_elements(text, p, 0, i, sentence.end_token, b);
        if (!end) continue;
        int subj = Binding::index(p.subject), obj = Binding::index(p.object);
        if (b.mention[subj] == -1 || b.mention[obj] == -1) continue;
        const std::string& object = b.actor(text, obj);
        // For part_of and located_in the adjective names the actor's own country; another one (النظام العراقي linked to
        // the Syrian government) says the name was linked wrongly.
        if (b.mention[obj] == kAdjective && b.mention[subj] >= 0 && (p.predicate == "part_of" || p.predicate == "located_in")) {
          auto it = actors.find(mentions[b.mention[subj]].actor);
          if (it != actors.end() && !it->second->country.empty() && it->second->country != object &&
              it->second->kind != "country")
            continue;
        }
        add_relation(out, b.actor(text, subj), p.predicate, object, text.span(i, end));
        // Y بفرعيها X و Z: the second member too.
        if (b.mention[2] >= 0 && p.subject == 'X') add_relation(out, mentions[b.mention[2]].actor, p.predicate, object, text.span(i, end));
        // The object heads a list: المدعوم من روسيا وإيران.
        if (p.object_list && b.mention[obj] >= 0 && b.mention[subj] != b.mention[obj] &&
            (b.mention[subj] < 0 || mentions[b.mention[subj]].first < mentions[b.mention[obj]].first))
          for (int next : listed_after(text, b.mention[obj], sentence.end_token))
            add_relation(out, b.actor(text, subj), p.predicate, mentions[next].actor, text.span(i, mentions[next].end));
      }
    }
  }

  // 2. Titles before a person's name. A bare title the entity stage resolved to its holder
  // (الرئيس المصري → the president on that day) is still a title here: الرئيس المصري الأسبق
  // محمد مرسي.
  auto title_mention = [&](int other) {
    return other >= 0 && mentions[other].index >= 0 && x.mentions[mentions[other].index].source == Mention::Source::kRole;
  };
  // The name that starts at `token` inside a title mention (الأمم المتحدة in الأمين العام للأمم
  // المتحدة): the title hides it from `mentions`, so look it up among the entity stage's own.
  auto name_in_title = [&](uint32_t token) -> const Mention* {
    Span word = text.span(token, token + 1);
    for (const Mention& n : x.mentions)
      if (n.source != Mention::Source::kRole && !n.actor.empty() && word.contains(n.span.start)) return &n;
    return nullptr;
  };
  for (const auto& m : mentions) {
    if (m.type != EntityType::kPer || title_mention(&m - mentions.data())) continue;
    const Sentence& sentence = text.sentence(text.sentence_of(m.first));
    uint32_t head = m.first;
    for (uint32_t k = m.first; k > sentence.first_token && m.first - k < kTitleWords; --k) {
      uint32_t t = k - 1;
      if (is_quote(text, t)) continue;  // الأمين العام لـ"حزب الله" حسن نصرالله
      if (text.is_clause_break(t) || (!text.is_word(t))) break;
      int other = text.mention_at(t);
      if (other >= 0 && mentions[other].type == EntityType::kPer && !title_mention(other)) break;
      if (knowledge.is_role_head(text, t)) head = t;
    }
    uint32_t title_end = m.first;
    Span evidence = text.span(head, m.end);
    if (head == m.first) {
      // The title in apposition after the name: ديفيد كاميرون، رئيس الوزراء البريطاني.
      uint32_t t = m.end;
      if (t < sentence.end_token && text.is_clause_break(t) && text.key(t) != U".") ++t;
      if (t >= sentence.end_token || !text.is_word(t) || (text.mention_at(t) >= 0 && !title_mention(text.mention_at(t))) ||
          !knowledge.is_role_head(text, t))
        continue;
      // برنار كازنوف وسفير فرنسا: a title after و is another person's.
      const auto& after = text.readings(t);
      if (!after.empty() && !(after.front().clitics & kConjunction) && !knowledge.is_role_word(after.front().stem) &&
          std::any_of(after.begin(), after.end(), [](const WordReading& r) { return r.clitics & kConjunction; }) &&
          text.analyzed().original[text.span(t, t + 1).start] == U'و')
        continue;
      head = t;
      title_end = t + 1;
      while (title_end < sentence.end_token && title_end - head < kTitleWords && !text.is_clause_break(title_end)) {
        int other = text.mention_at(title_end);
        if (other >= 0 && mentions[other].type == EntityType::kPer && !title_mention(other)) break;
        if (other >= 0) {  // رئيس المكتب السياسي لجماعة جيش الإسلام: the body it heads ends the title
          title_end = mentions[other].end;
          break;
        }
        ++title_end;
      }
      evidence = text.span(m.first, title_end);
    }
    Span role = text.span(head, title_end);
    // و/ف before the head is not part of the title (والرئيس → الرئيس), unless the word is a
    // title as written (وزير).
    const auto& readings = text.readings(head);
    bool conjunction = std::any_of(readings.begin(), readings.end(), [](const WordReading& r) { return r.clitics & kConjunction; });
    if (conjunction && !readings.empty() && !(readings.front().clitics & kConjunction) &&
        !knowledge.is_role_word(readings.front().stem)) {
      auto surface = text.analyzed().original.substr(role.start, 1);
      if (surface == U"و" || surface == U"ف") role.start += 1;
    }
    // A preposition glued to the head is no part of the title: للمبعوث الدولي → المبعوث الدولي,
    // بالقاضي الشرعي → القاضي الشرعي.
    std::string title = text.text(role);
    bool preposition = std::any_of(readings.begin(), readings.end(), [](const WordReading& r) { return r.clitics & kPreposition; });
    if (preposition && !readings.empty() && !(readings.front().clitics & kPreposition) &&
        !knowledge.is_role_word(readings.front().stem)) {
      if (title.starts_with("لل")) title = "ال" + title.substr(std::string("لل").size());
      else if (title.starts_with("بال") || title.starts_with("لا")) title = title.substr(std::string("ب").size());
    }
    add_role(out, m.actor, title, evidence);
    bool former = false;
    for (uint32_t t = head; t < title_end && !former; ++t) former = knowledge.is_former_word(text, t);
    // رئيس الإئتلاف، الأمين العام لحزب الله: the body right after the head is the one led
    // (not رئيس المكتب السياسي لجماعة جيش الإسلام, nor النظام in مدير جهاز الأمن القومي للنظام).
    if (knowledge.is_leader_head(text, head) && !former)
      for (uint32_t t = head + 1; t < title_end && t <= head + 3; ++t) {
        if (is_quote(text, t)) continue;
        if (text.key(t) == U"في" || text.key(t) == U"من") break;  // القائد العسكري في جبهة النصرة: a member
        int o = text.mention_at(t);
        if (o < 0 && knowledge.is_unit_word(text, t)) break;  // مدير شرطة منطقة جازان: the police
        if (title_mention(o)) {
          // A bare title the entity stage resolved (أمير دولة قطر) covers the name it holds.
          const Mention* led = name_in_title(t);
          if (led && led->type != EntityType::kPer) {
            add_relation(out, m.actor, "leads", led->actor, evidence);
            break;
          }
          continue;
        }
        if (o >= 0 && mentions[o].type != EntityType::kPer && mentions[o].first == t) {
          add_relation(out, m.actor, "leads", mentions[o].actor, evidence);
          break;
        }
        if (o >= 0) break;
      }
  }

  // 3. Known facts named close together, and the place hierarchy.
  find_known_relations(knowledge, x, text.analyzed().sentences, publication, out);
  find_designations(text, knowledge, x, out);
  find_place_relations(text, x, out);
  drop_other_countries(x, out);
  prefer_capital(out);
}

}  // namespace marsad

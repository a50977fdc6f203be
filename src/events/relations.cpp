#include "events/relations.h"

#include <algorithm>
#include <set>

#include "core/tsv.h"
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
      if (j < p.size() && p[j] == '?') ++j;
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
    if (tok == "…") { e.kind = PatternElement::Kind::kGap; out.elements.push_back(e); continue; }
    if (tok == "،" || tok == "(" || tok == ")") { e.kind = PatternElement::Kind::kPunct; e.optional = true; out.elements.push_back(e); continue; }
    if (tok.find("ROLE") != std::string_view::npos || tok.find("ADJ") != std::string_view::npos ||
        tok.find('[') != std::string_view::npos)
      return false;
    if (tok[0] == 'X' || tok[0] == 'Y' || tok[0] == 'Z' || tok[0] == 'W') {
      e.kind = PatternElement::Kind::kSlot;
      e.slot = tok[0];
      if (tok.size() > 2 && tok[1] == ':') {
        auto t = type_named(tok.substr(2));
        if (!t) return false;
        e.type = *t;
        e.any_type = false;
      }
      e.glued = pending_glue;
      pending_glue.clear();
      out.elements.push_back(e);
      continue;
    }
    bool optional = tok.back() == '?';
    if (optional) tok.remove_suffix(1);
    if (tok.front() == '(' && tok.back() == ')') tok = tok.substr(1, tok.size() - 2);
    e.kind = PatternElement::Kind::kWords;
    e.optional = optional;
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

struct Binding {
  int mention[4] = {-1, -1, -1, -1};  // X Y Z W
  static int index(char slot) { return slot == 'X' ? 0 : slot == 'Y' ? 1 : slot == 'Z' ? 2 : 3; }
};

// Backtracking matcher: element k at token i. Returns the end token or 0.
uint32_t match_elements(const EventText& text, const RelationPattern& p, size_t k, uint32_t i, uint32_t limit, Binding& b) {
  if (k == p.elements.size()) return i;
  const PatternElement& e = p.elements[k];
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
          if (text.mention_at(t) >= 0 || text.is_clause_break(t)) break;
        }
        if (uint32_t r = match_elements(text, p, k + 1, i + skip, limit, b)) return r;
      }
      return 0;
    }
    case PatternElement::Kind::kSlot: {
      if (i >= limit) return 0;
      int m = text.mention_at(i);
      if (m < 0 || text.mentions()[m].first != i) return 0;
      const auto& mention = text.mentions()[m];
      if (!e.any_type && mention.type != e.type) return 0;
      if (!e.glued.empty() && mention.prefix.find(e.glued) == std::u32string::npos) return 0;
      int& slot = b.mention[Binding::index(e.slot)];
      int saved = slot;
      slot = m;
      if (uint32_t r = match_elements(text, p, k + 1, mention.end, limit, b)) return r;
      slot = saved;
      return 0;
    }
    case PatternElement::Kind::kWords: {
      for (const auto& alt : e.words)
        if (uint32_t end = text.match_phrase(i, alt, limit))
          if (uint32_t r = match_elements(text, p, k + 1, end, limit, b)) return r;
      if (e.optional) return match_elements(text, p, k + 1, i, limit, b);
      return 0;
    }
  }
  return 0;
}

void add_relation(std::vector<Relation>& out, std::string subject, std::string predicate, std::string object, Span evidence) {
  if (subject.empty() || object.empty() || subject == object) return;
  for (const auto& r : out)
    if (r.subject == subject && r.predicate == predicate && r.object == object) return;
  out.push_back({std::move(subject), std::move(predicate), std::move(object), evidence});
}

bool valid_at(const KnownRelation& k, const std::optional<Date>& when) {
  if (!when) return true;
  auto key = [](const Date& d) { return d.year * 10000 + d.month * 100 + d.day; };
  if (k.from && key(*k.from) > key(*when) + (when->day ? 0 : 99)) return false;
  if (k.to && key(*k.to) + (k.to->day ? 0 : 99) < key(*when)) return false;
  return true;
}

}  // namespace

void RelationKnowledge::load(const std::string& patterns_tsv, const std::string& known_tsv, const std::string& heads_tsv) {
  for_each_tsv_row(patterns_tsv, 3, [&](const std::vector<std::string_view>& f) {
    RelationPattern p;
    p.predicate = std::string(f[1]);
    if (p.predicate == "holds_role" || p.predicate == "reported_claim") return;
    auto dir = f[2];
    if (dir.size() >= 3 && dir[1] == '>') { p.subject = dir[0]; p.object = dir[2]; }
    else if (dir.size() >= 4 && dir.substr(1, 2) == "<>") { p.subject = dir[0]; p.object = dir[3]; }
    else return;
    if (parse_pattern(f[0], p)) patterns_.push_back(std::move(p));
  }, /*header=*/true);
  // Index by first word: the pattern loop runs at every word of every text.
  for (uint32_t k = 0; k < patterns_.size(); ++k) {
    const PatternElement& e = patterns_[k].elements.front();
    bool indexed = e.kind == PatternElement::Kind::kWords && !e.optional &&
                   std::all_of(e.words.begin(), e.words.end(), [](const Phrase& w) { return !w.empty() && !w[0].empty(); });
    if (!indexed) {
      unindexed_.push_back(k);
      continue;
    }
    for (const Phrase& w : e.words) {
      auto& list = by_first_word_[w[0]];
      if (list.empty() || list.back() != k) list.push_back(k);
    }
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
}

void RelationKnowledge::patterns_at(const EventText& text, uint32_t token, std::vector<uint32_t>& out) const {
  out = unindexed_;
  for (const auto& r : text.readings(token)) {
    auto it = by_first_word_.find(r.stem);
    if (it != by_first_word_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
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
      knowledge.patterns_at(text, i, candidates);
      for (uint32_t pi : candidates) {
        const RelationPattern& p = knowledge.patterns()[pi];
        if (p.elements.front().kind == PatternElement::Kind::kSlot && !mention_starts) continue;
        Binding b;
        uint32_t end = match_elements(text, p, 0, i, sentence.end_token, b);
        if (!end) continue;
        int subj = b.mention[Binding::index(p.subject)], obj = b.mention[Binding::index(p.object)];
        if (subj < 0 || obj < 0) continue;
        add_relation(out, mentions[subj].actor, p.predicate, mentions[obj].actor, text.span(i, end));
        // Y بفرعيها X و Z: the second member too.
        int z = b.mention[2];
        if (z >= 0 && p.subject == 'X') add_relation(out, mentions[z].actor, p.predicate, mentions[obj].actor, text.span(i, end));
      }
    }
  }

  // 2. Titles before a person's name.
  for (const auto& m : mentions) {
    if (m.type != EntityType::kPer) continue;
    const Sentence& sentence = text.sentence(text.sentence_of(m.first));
    uint32_t head = m.first;
    for (uint32_t k = m.first; k > sentence.first_token && m.first - k < kTitleWords; --k) {
      uint32_t t = k - 1;
      if (text.is_clause_break(t) || (!text.is_word(t))) break;
      int other = text.mention_at(t);
      if (other >= 0 && mentions[other].type == EntityType::kPer) break;
      if (knowledge.is_role_head(text, t)) head = t;
    }
    uint32_t title_end = m.first;
    Span evidence = text.span(head, m.end);
    if (head == m.first) {
      // The title in apposition after the name: ديفيد كاميرون، رئيس الوزراء البريطاني.
      uint32_t t = m.end;
      if (t < sentence.end_token && text.is_clause_break(t) && text.key(t) != U".") ++t;
      if (t >= sentence.end_token || !text.is_word(t) || text.mention_at(t) >= 0 || !knowledge.is_role_head(text, t)) continue;
      head = t;
      title_end = t + 1;
      while (title_end < sentence.end_token && title_end - head < kTitleWords && !text.is_clause_break(title_end)) {
        int other = text.mention_at(title_end);
        if (other >= 0 && mentions[other].type == EntityType::kPer) break;
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
    add_relation(out, m.actor, "holds_role", text.text(role), evidence);
    if (knowledge.is_leader_head(text, head))
      for (uint32_t t = head; t < title_end; ++t) {
        int o = text.mention_at(t);
        if (o >= 0 && mentions[o].type != EntityType::kPer && mentions[o].first == t)
          add_relation(out, m.actor, "leads", mentions[o].actor, evidence);
      }
  }

  // 3. Known facts and the place hierarchy, when one sentence names both sides. Nested
  // mentions count here (الأسد inside نظام الأسد), so read Extraction::mentions.
  std::vector<std::vector<const Mention*>> by_sentence(text.analyzed().sentences.size());
  for (const auto& m : x.mentions) {
    if (m.actor.empty()) continue;
    auto it = std::lower_bound(text.analyzed().sentences.begin(), text.analyzed().sentences.end(), m.span.start,
                               [](const Sentence& s, uint32_t pos) { return s.span.end <= pos; });
    if (it != text.analyzed().sentences.end()) by_sentence[it - text.analyzed().sentences.begin()].push_back(&m);
  }
  for (size_t s = 0; s < by_sentence.size(); ++s) {
    const auto& ms = by_sentence[s];
    for (const Mention* a : ms) {
      for (const Mention* b : ms) {
        if (a == b || a->actor == b->actor) continue;
        Span evidence{std::min(a->span.start, b->span.start), std::max(a->span.end, b->span.end)};
        for (const auto& k : knowledge.known_between(a->actor))
          if (k.object == b->actor && valid_at(k, publication)) add_relation(out, k.subject, k.predicate, k.object, evidence);
        // A place and the governorate or country it lies in, named close together
        // (بلدة كفرنبل بريف إدلب، مدينة سروج التركية is left to the adjective).
        auto ia = actors.find(a->actor);
        if (ia == actors.end() || a->type != EntityType::kLoc || b->type != EntityType::kLoc || a->metonymy) continue;
        if (b->span.start < a->span.end || b->span.start - a->span.end > 40) continue;
        const Actor& place = *ia->second;
        if (place.governorate == b->actor && place.kind != "governorate") add_relation(out, a->actor, "located_in", b->actor, evidence);
        else if (place.country == b->actor && place.kind != "country" && place.governorate.empty())
          add_relation(out, a->actor, "located_in", b->actor, evidence);
        else if (place.country == b->actor && place.kind == "governorate")
          add_relation(out, a->actor, "located_in", b->actor, evidence);
      }
    }
  }
}

}  // namespace marsad

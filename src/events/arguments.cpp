#include "events/arguments.h"

#include <algorithm>

namespace marsad {
namespace {

constexpr uint32_t kClauseReach = 14;   // words on each side of the trigger
constexpr uint32_t kAfterVerb = 3;      // VSO: the subject follows within 3 words
constexpr uint32_t kObjectReach = 6;
constexpr uint32_t kTopicReach = 25;    // SVO: the topic may stand a few clauses before the verb
constexpr uint32_t kPrepositionReach = 3;  // على مواقع لتنظيم داعش: the noun after the preposition

bool has_letter(std::u32string_view prefix, char32_t c) { return prefix.find(c) != std::u32string_view::npos; }

// A bare mention: no preposition glued to it (و and ف are conjunctions, not prepositions).
bool bare(const MentionOnTokens& m) {
  return !has_letter(m.prefix, U'ب') && !has_letter(m.prefix, U'ل') && !has_letter(m.prefix, U'ك');
}

// Whether a free-standing preposition word stands right before the mention.
bool after_preposition_word(const EventText& text, const MentionOnTokens& m, uint32_t floor) {
  static const std::u32string kPrepositions[] = {U"في", U"على", U"علي", U"من", U"الي", U"الى", U"عن", U"مع", U"ضد", U"بين", U"لدي", U"لدى", U"قرب", U"نحو", U"حول", U"عند"};
  if (m.first == 0 || m.first <= floor) return false;
  auto k = text.key(m.first - 1);
  return std::any_of(std::begin(kPrepositions), std::end(kPrepositions), [&](const std::u32string& p) { return k == p; });
}

int first_mention_in(const EventText& text, uint32_t from, uint32_t to, int skip) {
  for (uint32_t i = from; i < to; ++i) {
    int m = text.mention_at(i);
    if (m >= 0 && m != skip && text.mentions()[m].first == i) return m;
  }
  return -1;
}

bool is_preposition_word(const EventText& text, uint32_t token) {
  static const std::u32string kPrepositions[] = {U"في", U"على", U"علي", U"من", U"الي", U"الى", U"عن", U"مع", U"ضد", U"بين", U"لدي", U"لدى", U"قرب", U"نحو", U"حول", U"عند"};
  auto k = text.key(token);
  return std::any_of(std::begin(kPrepositions), std::end(kPrepositions), [&](const std::u32string& p) { return k == p; });
}

bool is_comma(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  return k == U"،" || k == U",";
}

// Verb first (VSO): the subject follows the verb within a few words. A title before the name
// (وقال رئيس الوفد، أحمد طعمة) and a partitive (كبدت وحدات من الجيش السوري) are crossed; a
// preposition (هجوما على جماعة أحرار الشام), other punctuation or reported speech (أن) is not.
int subject_after(const EventText& text, uint32_t end, int skip) {
  const auto& mentions = text.mentions();
  const Sentence& s = text.sentence(text.sentence_of(end > 0 ? end - 1 : 0));
  uint32_t words = 0;
  bool partitive = false;
  for (uint32_t i = end; i < s.end_token && words <= kAfterVerb; ++i) {
    int m = text.mention_at(i);
    if (m >= 0) {
      if (m == skip || mentions[m].first != i) return -1;
      const auto& mention = mentions[m];
      if (bare(mention) && can_act(mention) && (partitive || !after_preposition_word(text, mention, end))) return m;
      return -1;
    }
    if (!text.is_word(i)) {
      if (text.is_number(i)) return -1;
      if (text.is_clause_break(i) && !is_comma(text, i)) return -1;
      continue;
    }
    if (is_preposition_word(text, i)) {
      if (words == 1 && text.key(i) == U"من") {  // وحدات من الجيش
        partitive = true;
        continue;
      }
      return -1;
    }
    auto k = text.key(i);
    if (k == U"ان" || k == U"أن" || k == U"انه" || k == U"انها" || k == U"بان") return -1;
    ++words;
  }
  return -1;
}

}  // namespace

// A city, town or region named as a place is where the event happened, not who acted: it
// fills source or target only as a metonymy (موسكو for Russia) or when it is a country.
bool can_act(const MentionOnTokens& m) { return m.type != EntityType::kLoc || m.acts; }

namespace {

constexpr uint32_t kBetweenReach = 8;   // tokens from the trigger to بين (اشتباكات دارت، فجر السبت، بين)
constexpr uint32_t kTitleReach = 5;     // بين وزير الخارجية الروسي سيرغي لافروف: a title before X
constexpr uint32_t kPairReach = 8;      // tokens from X to Y

// The two actors of "بين X و Y" standing within kBetweenReach tokens after `end` in its
// sentence, or {-1, -1}.
std::pair<int, int> between_pair(const EventText& text, uint32_t end) {
  const auto& mentions = text.mentions();
  const uint32_t limit = text.sentence(text.sentence_of(end > 0 ? end - 1 : 0)).end_token;
  for (uint32_t i = end; i < limit && i < end + kBetweenReach; ++i) {
    if (text.mention_at(i) >= 0) return {-1, -1};  // an argument before بين: another construction
    if (text.key(i) != U"بين") continue;
    int x = -1;
    for (uint32_t j = i + 1; j < limit && j <= i + kTitleReach && !text.is_clause_break(j); ++j)
      if ((x = text.mention_at(j)) >= 0) break;
    if (x < 0 || !can_act(mentions[x])) return {-1, -1};
    bool joined = false;  // a و on a word between X and Y, or on Y itself
    for (uint32_t j = mentions[x].end; j < limit && j < mentions[x].end + kPairReach; ++j) {
      auto k = text.key(j);
      int y = text.mention_at(j);
      bool waw = !k.empty() && k[0] == U'و';
      if (y >= 0 && y != x && mentions[y].first == j) {
        if ((joined || waw || mentions[y].prefix.find(U'و') != std::u32string::npos) && can_act(mentions[y])) return {x, y};
        return {-1, -1};
      }
      joined = joined || waw;
    }
    return {-1, -1};
  }
  return {-1, -1};
}

}  // namespace

Clause clause_around(const EventText& text, uint32_t first, uint32_t end) {
  const Sentence& s = text.sentence(text.sentence_of(first));
  Clause c{first, end};
  while (c.first > s.first_token && first - c.first < kClauseReach && !text.is_clause_break(c.first - 1)) --c.first;
  while (c.end < s.end_token && c.end - end < kClauseReach && !text.is_clause_break(c.end)) ++c.end;
  return c;
}

int fill_slot(const EventText& text, const ArgumentSlot& slot, WordClass word_class, uint32_t first, uint32_t end,
              Clause clause, int skip) {
  const auto& mentions = text.mentions();
  switch (slot.kind) {
    case ArgumentSlot::Kind::kSubject: {
      if (int m = subject_after(text, end, skip); m >= 0) return m;
      // Topic first (SVO): the nearest bare mention before the trigger in its clause, else in
      // the clauses before it in the sentence (وكان “جيش الفتح” المؤلف من …، اعلن).
      const Sentence& s = text.sentence(text.sentence_of(first));
      uint32_t floor = first > s.first_token + kTopicReach ? first - kTopicReach : s.first_token;
      for (uint32_t i = first; i > floor; --i) {
        int m = text.mention_at(i - 1);
        if (m < 0 || m == skip || !can_act(mentions[m])) continue;
        if (bare(mentions[m]) && !after_preposition_word(text, mentions[m], floor)) return m;
      }
      return -1;
    }
    case ArgumentSlot::Kind::kObject: {
      uint32_t to = std::min(clause.end, end + kObjectReach);
      for (uint32_t i = end; i < to; ++i) {
        int m = text.mention_at(i);
        if (m < 0 || m == skip || mentions[m].first != i || !can_act(mentions[m])) continue;
        if (bare(mentions[m]) && !after_preposition_word(text, mentions[m], end)) return m;
      }
      return -1;
    }
    case ArgumentSlot::Kind::kGenitive: {
      // The noun in construct: right after the masdar (قصف النظام), or after one modifier
      // (الغارات الروسية على …, هجوم جديد لـ is a preposition slot).
      for (uint32_t i = end; i < std::min(clause.end, end + 2); ++i) {
        int m = text.mention_at(i);
        if (m >= 0 && m != skip && mentions[m].first == i && bare(mentions[m]) && can_act(mentions[m])) return m;
      }
      // الهجوم الكاسح لجبهة النصرة: the genitive through ل.
      for (uint32_t i = end; i < std::min(clause.end, end + 3); ++i) {
        if (is_preposition_word(text, i)) break;  // على أهداف لتنظيم داعش: the target's
        int m = text.mention_at(i);
        if (m >= 0 && m != skip && mentions[m].first == i && has_letter(mentions[m].prefix, U'ل') && can_act(mentions[m])) return m;
      }
      return -1;
    }
    case ArgumentSlot::Kind::kPreposition: {
      const std::u32string& p = slot.preposition;
      if (p.size() == 1) {  // ب ل ك: glued to the noun
        uint32_t to = std::min(clause.end, end + kObjectReach);
        for (uint32_t i = end; i < to; ++i) {
          int m = text.mention_at(i);
          if (m >= 0 && m != skip && mentions[m].first == i && has_letter(mentions[m].prefix, p[0]) && can_act(mentions[m])) return m;
          // لقوات النظام: the preposition is on the first word of the mention or on a head
          // noun before it (على مواقع لـ) — accept the clitic on a word just before.
        }
        return -1;
      }
      uint32_t to = std::min(clause.end, end + kObjectReach + 2);
      for (uint32_t i = end; i < to; ++i) {
        if (text.match_word(i, p) < 0) continue;
        int m = first_mention_in(text, i + 1, std::min(clause.end, i + 1 + kPrepositionReach), skip);
        if (m >= 0 && can_act(text.mentions()[m])) return m;
      }
      return -1;
    }
  }
  (void)word_class;
  return -1;
}

Arguments find_arguments(const EventText& text, const TriggerRow& row, uint32_t first, uint32_t end, Clause clause,
                         int source) {
  Arguments a;
  a.source = source;
  if (source < 0)
    for (const auto& slot : row.frame.source)
      if ((a.source = fill_slot(text, slot, row.word_class, first, end, clause, -1)) >= 0) break;
  for (const auto& slot : row.frame.target)
    if ((a.target = fill_slot(text, slot, row.word_class, first, end, clause, a.source)) >= 0) break;
  // No slot filled the target: the next actor after the trigger in its clause (غارات
  // التحالف التي تستهدف تنظيم داعش), when the frame has a target at all.
  if (a.target < 0 && !row.frame.target.empty())
    for (uint32_t i = end; i < clause.end; ++i) {
      int m = text.mention_at(i);
      if (m >= 0 && m != a.source && text.mentions()[m].first == i && can_act(text.mentions()[m])) {
        a.target = m;
        break;
      }
    }
  // بين X و Y after the trigger names both sides, in that order (الاتصال الذي جرى بين لافروف
  // ونظيره الأمريكي جون كيري، اشتباكات بين المعارضة وقوات الأسد).
  if (auto [x, y] = between_pair(text, end); x >= 0) {
      a.source = x;
      a.target = y;
    }
  // The place: a LOC after في/ب (or in) in the clause that is no other argument.
  for (uint32_t i = clause.first; i < clause.end; ++i) {
    int m = text.mention_at(i);
    if (m < 0 || m == a.source || m == a.target || text.mentions()[m].first != i) continue;
    const auto& mention = text.mentions()[m];
    if (mention.type != EntityType::kLoc) continue;
    bool in = has_letter(mention.prefix, U'ب') ||
              (i > 0 && (text.key(i - 1) == U"في" || text.key(i - 1) == U"قرب" || text.match_word(i - 1, U"ريف") >= 0 ||
                         text.match_word(i - 1, U"مدينه") >= 0 || text.match_word(i - 1, U"محافظه") >= 0 ||
                         text.match_word(i - 1, U"بلده") >= 0 || text.match_word(i - 1, U"قريه") >= 0));
    if (in) {
      a.location = m;
      if (i >= end) break;
    }
  }
  // A LOC source or target stands for its state only when it is a metonymy; a plain place is
  // the location (قصف حلب: the city is the target, and also where it happened).
  return a;
}

}  // namespace marsad

#include "events/referents.h"

#include "events/clause_syntax.h"
#include "events/clause_words.h"

namespace marsad::clause {

// The person and number of a possessive pronoun on `token` (see possessed()): 'f' for ها
// (a feminine singular, or a plural of things and groups), 'm' for ه, 'p' for هم/هما, 0 none.
char pronoun_of(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  if (k.ends_with(U"هما") || k.ends_with(U"هم")) return 'p';
  if (k.ends_with(U"ها")) return 'f';
  if (k.ends_with(U"ه")) return 'm';
  return 0;
}

namespace {

// A place name of masculine gender (clause_words.tsv `masculine_place`: العراق، لبنان).
bool masculine_place(const EventText& text, const MentionOnTokens& m) {
  for (const auto& r : text.readings(m.first))
    if (ClauseWords::get().is(ClauseWord::kMasculinePlace, r.stem)) return true;
  return false;
}

}  // namespace

// Whether a mention can be referred to by a pronoun of `person`. Arabic agrees by form: a
// country (save a masculine one: العراق، لبنان take ه), a name headed by a feminine noun (جبهة،
// هيئة، المعارضة، الحكومة) or a plural (الولايات، القوات) takes ها; a person or a name headed by a
// masculine noun (جيش، لواء، حزب) takes ه. هم/هما go with any group. A bare name with no head
// (داعش) agrees either way.
bool agrees(const EventText& text, const MentionOnTokens& m, char person) {
  if (person == 'p') return true;
  if (m.type == EntityType::kLoc) return person == (masculine_place(text, m) ? 'm' : 'f');
  if (m.type == EntityType::kPer) return person == 'm';
  for (const auto& r : text.readings(m.first)) {
    const auto& w = r.stem;
    if (w.ends_with(U"ه") || w.ends_with(U"ة") || w.ends_with(U"ات")) return person == 'f';
  }
  return true;
}

constexpr uint32_t kPronounReach = 40;  // tokens back to the referent of a possessive pronoun

// The referent of the possessive pronoun on the noun at `token` (سيطرتها، انضمامها، مشاركتها):
// the nearest earlier actor in its sentence or the one before that agrees with it, or -1.
int pronoun_referent(const EventText& text, uint32_t token, int skip) {
  const char person = pronoun_of(text, token);
  if (!person) return -1;
  const uint32_t s = text.sentence_of(token);
  for (uint32_t i = token; i > 0 && token - i < kPronounReach; --i) {
    if (text.sentence_of(i - 1) + 1 < s) break;
    int m = text.mention_at(i - 1);
    if (m < 0 || m == skip) continue;
    const auto& mention = text.mentions()[m];
    if (mention.first != i - 1 || !can_act(mention)) continue;
    if (!agrees(text, mention, person)) continue;
    // عزمهما after "واشنطن وأنقرة": the pair, which the first names as the event's source.
    if (person == 'p' && mention.prefix.find(U'و') != std::u32string::npos && m > 0 &&
        text.mentions()[m - 1].end + 1 >= mention.first && can_act(text.mentions()[m - 1]))
      return m - 1;
    // هيئة تحرير الشام بقيادة النصرة، لتسهيل سيطرتها: the leader named after بقيادة describes
    // the body before it, which the pronoun, agreeing, points back to.
    if (m > 0 && mention.first >= 1 && leading_word(text, mention.first - 1)) {
      const auto& led = text.mentions()[m - 1];
      if (led.end + 1 == mention.first && m - 1 != skip && can_act(led) && agrees(text, led, person)) return m - 1;
    }
    return m;
  }
  return -1;
}

int passive_patient(const EventText& text, uint32_t token, int skip) {
  const uint32_t auxiliary = token - 1;  // passive_masdar(): تم/جرى stands before the noun
  if (auxiliary > 0 && is_relative(text, auxiliary - 1)) {
    int m = auxiliary > 1 ? text.mention_at(auxiliary - 2) : -1;
    return m >= 0 && m != skip && text.mentions()[m].end == auxiliary - 1 && can_act(text.mentions()[m]) ? m : -1;
  }
  int m = pronoun_referent(text, token, skip);
  if (m >= 0 && pronoun_of(text, token) == 'p' &&
      (text.mentions()[m].type == EntityType::kLoc || text.mentions()[m].type == EntityType::kPer))
    return -1;
  return m;
}

int dual_partner(const EventText& text, uint32_t token, int referent) {
  const auto& mentions = text.mentions();
  if (referent < 0 || static_cast<size_t>(referent) + 1 >= mentions.size() || !text.key(token).ends_with(U"هما")) return -1;
  const auto& first = mentions[referent];
  const auto& second = mentions[referent + 1];
  if (second.first >= token || second.prefix.find(U'و') == std::u32string::npos || first.end + 1 < second.first ||
      !can_act(second))
    return -1;
  return referent + 1;
}

int topic_referent(const EventText& text, uint32_t token, int skip) {
  const char person = pronoun_of(text, token);
  const uint32_t s = text.sentence_of(token);
  if (!person) return -1;
  auto topic = [&](uint32_t i) {
    int m = text.mention_at(i);
    if (m < 0 || m == skip) return -1;
    const auto& mention = text.mentions()[m];
    if (mention.first != i || !can_act(mention) || !agrees(text, mention, person) || !bare(mention) ||
        after_preposition_word(text, mention, 0) || in_prepositional_phrase(text, mention, 0))
      return -1;
    return m;
  };
  const uint32_t start = text.sentence(s).first_token;
  for (uint32_t i = token; i > start; --i)
    if (int m = topic(i - 1); m >= 0) return m;
  if (s == 0) return -1;
  for (uint32_t i = text.sentence(s - 1).first_token; i < start; ++i)
    if (int m = topic(i); m >= 0) return m;
  return -1;
}

PairKind pair_kind(const EventText& text, uint32_t token) {
  if (!text.is_word(token) || text.mention_at(token) >= 0) return PairKind::kNone;
  const auto& words = ClauseWords::get();
  for (const auto& r : text.readings(token)) {
    if (!(r.clitics & kArticle) || (r.clitics & kPreposition)) continue;
    if (words.is(ClauseWord::kPair, r.stem)) return PairKind::kGroups;
    if (words.is(ClauseWord::kPairState, r.stem)) return PairKind::kStates;
  }
  return PairKind::kNone;
}

bool pair_word(const EventText& text, uint32_t token) {
  // Bare, as a subject or object is (بالتنظيمين, ضد الحركتين: a prepositional phrase).
  if (token > 0 && is_preposition_word(text, token - 1)) return false;
  return pair_kind(text, token) != PairKind::kNone;
}

std::pair<int, int> pair_referent(const EventText& text, uint32_t token, int skip) {
  const auto& mentions = text.mentions();
  const uint32_t s = text.sentence_of(token);
  const PairKind kind = pair_kind(text, token);
  auto fits = [&](const MentionOnTokens& m) {
    switch (kind) {
      case PairKind::kGroups: return m.type == EntityType::kOrg;
      case PairKind::kStates: return m.type == EntityType::kLoc && m.acts && !m.described;
      case PairKind::kNone: return false;
    }
    return false;
  };
  const std::string* skipped = skip >= 0 ? &mentions[skip].actor : nullptr;
  int later = -1;
  for (uint32_t i = token; i > 0 && token - i < kPronounReach; --i) {
    if (text.sentence_of(i - 1) + 1 < s) break;
    int m = text.mention_at(i - 1);
    if (m < 0 || mentions[m].first != i - 1 || !fits(mentions[m])) continue;
    if (skipped && mentions[m].actor == *skipped) continue;
    if (later < 0) later = m;
    else if (mentions[m].actor != mentions[later].actor) return {m, later};
  }
  return {-1, -1};
}

namespace {

// A word of the people of a body joined by و (وعناصر، ومقاتلي) before that body's name, or
// the head noun of a group standing outside its name (وتنظيم داعش).
bool conjoined_agent_head(const EventText& text, uint32_t token) {
  const auto& words = ClauseWords::get();
  for (const auto& r : text.readings(token))
    if ((r.clitics & kConjunction) && (words.is(ClauseWord::kAgentHead, r.stem) || words.is(ClauseWord::kGroupHead, r.stem)))
      return true;
  return false;
}

constexpr uint32_t kTitleGap = 5;  // words and commas of a title before a person (والرئيس المخلوع، علي)

// A person joined by و with his title set off before him (ميليشيات الحوثي والرئيس المخلوع، علي
// عبدالله صالح): the gap [from, to) is و + a definite title, its definite adjectives and commas.
bool titled_conjunct_gap(const EventText& text, uint32_t from, uint32_t to) {
  if (to <= from + 1 || to - from > kTitleGap || !text.is_word(from) || text.key(from)[0] != U'و') return false;
  for (uint32_t i = from; i < to; ++i) {
    if (is_comma(text, i)) continue;
    if (!text.is_word(i) || text.mention_at(i) >= 0 || !text.definite(i) || is_preposition_word(text, i)) return false;
  }
  return true;
}

// Whether mention `m` is joined by و to the mention before it (روسيا وتركيا، قوات الأمن
// وعناصر الشبيحة، ميليشيات الحوثي والرئيس المخلوع، علي عبدالله صالح).
bool joined_to_before(const EventText& text, int m) {
  const auto& mentions = text.mentions();
  const auto& cur = mentions[m];
  const auto& before = mentions[m - 1];
  if (!can_act(before) || !bare(before) || before.end > cur.first) return false;
  if (cur.type == EntityType::kPer && titled_conjunct_gap(text, before.end, cur.first)) return true;
  // (جبهة ثوار سوريا) و(حركة حزم): names set off by brackets are joined across them.
  uint32_t between = 0;
  for (uint32_t i = before.end; i < cur.first; ++i) between += !bracket(text, i);
  if (between > 2) return false;
  bool waw = cur.prefix.find(U'و') != std::u32string::npos;
  for (uint32_t i = before.end; i < cur.first; ++i) {
    auto k = text.key(i);
    if (bracket(text, i)) continue;
    if (k == U"و") waw = true;
    // قوات الأمن وعناصر الشبيحة: the members of the second body, joined by و, act with the
    // first (before a person, والرئيس أوباما, the word is a title).
    else if (i + 1 == cur.first && cur.type == EntityType::kOrg && conjoined_agent_head(text, i)) waw = true;
    else if (!quote_mark(text, i)) return false;
  }
  return waw;
}

}  // namespace

// Analysts code the first of coordinated names as the source of a joint deed.
int first_conjunct(const EventText& text, int m) {
  while (m > 0 && joined_to_before(text, m)) --m;
  return m;
}

std::vector<int> later_conjuncts(const EventText& text, int m) {
  std::vector<int> joined;
  const int count = static_cast<int>(text.mentions().size());
  for (int n = m + 1; n < count && joined_to_before(text, n) && can_act(text.mentions()[n]); ++n) joined.push_back(n);
  return joined;
}

// A name inside the description of an earlier one (“غرفة عمليات حلب” التي تضم … ولواء صقور
// الجبل بدورها بيانا، “جيش الفتح” المؤلف من “جبهة النصرة” … اعلن): the described name, the one
// before the relative pronoun or participle, is the topic. Returns `found` when there is none.
int described_head(const EventText& text, uint32_t at, uint32_t floor, int skip, int found) {
  const auto& words = ClauseWords::get();
  for (uint32_t r = at; r > floor + 1; --r) {
    uint32_t i = r - 1;
    if (text.is_clause_break(i) && !quote_mark(text, i) && !is_comma(text, i)) break;
    if (is_complementizer(text, i)) break;
    bool describes = is_relative(text, i);
    for (const auto& reading : text.readings(i)) describes = describes || words.is(ClauseWord::kDescribes, reading.stem);
    if (!describes) continue;
    uint32_t h = i;
    while (h > floor && quote_mark(text, h - 1)) --h;
    if (h == floor) break;
    int m = text.mention_at(h - 1);
    if (m >= 0 && m != skip && m != found && can_act(text.mentions()[m]) && bare(text.mentions()[m])) return m;
    break;
  }
  return found;
}

constexpr uint32_t kConstructReach = 5;  // words from the head to the body (وزراء خارجية الدول الأعضاء بالاتحاد)

namespace {

bool agent_head(const EventText& text, uint32_t token) {
  const auto& words = ClauseWords::get();
  if (!text.is_word(token) || text.mention_at(token) >= 0) return false;
  for (const auto& r : text.readings(token))
    if (words.is(ClauseWord::kAgentHead, r.stem)) return true;
  return false;
}

bool member_word(const EventText& text, uint32_t token) {
  for (const auto& r : text.readings(token))
    if (ClauseWords::get().is(ClauseWord::kMember, r.stem)) return true;
  return false;
}

// A person named right after the body (رئيس الإئتلاف هادي البحرة، الأمين العام لحزب الله حسن
// نصرالله): the title is his, so he is the agent.
int titled_person(const EventText& text, int body, uint32_t limit) {
  uint32_t after = text.mentions()[body].end;
  while (after < limit && quote_mark(text, after)) ++after;  // لـ"حزب الله" حسن نصرالله
  if (after < limit && is_comma(text, after)) ++after;
  int m = after < limit ? text.mention_at(after) : -1;
  if (m < 0 || text.mentions()[m].first != after || text.mentions()[m].type != EntityType::kPer || !bare(text.mentions()[m]))
    return -1;
  return m;
}

}  // namespace

int title_holder(const EventText& text, int m, uint32_t limit) {
  const auto& mention = text.mentions()[m];
  if (mention.type == EntityType::kPer || mention.first == 0 || !agent_head(text, mention.first - 1)) return m;
  int person = titled_person(text, m, limit);
  return person >= 0 ? person : m;
}

bool head_before_object(const EventText& text, uint32_t at) {
  if (!agent_head(text, at) || !text.definite(at) || at + 1 >= text.token_count()) return false;
  int m = text.mention_at(at + 1);
  if (m < 0) return false;
  const auto& mention = text.mentions()[m];
  return mention.first == at + 1 && bare(mention) && mention.type != EntityType::kPer && !text.definite(at + 1);
}

int agent_phrase(const EventText& text, uint32_t at, uint32_t limit, int skip) {
  if (at >= limit || !agent_head(text, at)) return -1;
  const auto& mentions = text.mentions();
  for (uint32_t j = at + 1; j < limit && j <= at + kConstructReach; ++j) {
    int m = text.mention_at(j);
    if (m >= 0) {
      const auto& mention = mentions[m];
      if (mention.first != j || m == skip || !can_act(mention)) return -1;
      // The body is the genitive (بيان الحكومة), after ل (المكتب الإعلامي لـ), or after ب/في
      // when a word of membership governs it (الدول الأعضاء بالاتحاد).
      bool owner = bare(mention) || has_letter(mention.prefix, U'ل') ||
                   (has_letter(mention.prefix, U'ب') && j > at && member_word(text, j - 1));
      if (!owner) return -1;
      if (j == at + 1 && head_before_object(text, at)) return -1;
      if (int person = titled_person(text, m, limit); person >= 0 && person != skip) return person;
      return m;
    }
    if (quote_mark(text, j)) continue;
    if (!text.is_word(j) || text.is_clause_break(j) || is_complementizer(text, j) || is_relative(text, j)) return -1;
    if (text.key(j) == U"لـ" || text.key(j) == U"ل") continue;
    if (is_preposition_word(text, j)) {
      if (text.key(j) == U"في" && member_word(text, j - 1)) continue;  // الدول الأعضاء في الاتحاد
      return -1;
    }
  }
  return -1;
}

}  // namespace marsad::clause

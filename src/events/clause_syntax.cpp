#include "events/clause_syntax.h"

#include <algorithm>

#include "events/clause_words.h"
#include "text/chars.h"

namespace marsad {

// A city, town or region named as a place is where the event happened, not who acted: it
// fills source or target only as a metonymy (موسكو for Russia) or when it is a country.
bool can_act(const MentionOnTokens& m) { return !m.described && (m.type != EntityType::kLoc || m.acts); }

namespace clause {

// Quotation marks set off a name or a quoted phrase inside a clause (ضد مواقع «داعش»، استأنفت
// “استهداف مناطق”), they do not end it.
bool quote_mark(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  return !k.empty() && std::all_of(k.begin(), k.end(), chars::is_quote_mark);
}

bool bracket(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  return k == U"(" || k == U")";
}

bool ends_clause(const EventText& text, uint32_t token) {
  return text.is_clause_break(token) && !quote_mark(text, token);
}

bool has_letter(std::u32string_view prefix, char32_t c) { return prefix.find(c) != std::u32string_view::npos; }

// A bare mention: no preposition glued to it (و and ف are conjunctions, not prepositions).
bool bare(const MentionOnTokens& m) {
  return !has_letter(m.prefix, U'ب') && !has_letter(m.prefix, U'ل') && !has_letter(m.prefix, U'ك');
}

// Whether a free-standing preposition word stands right before the mention.
bool after_preposition_word(const EventText& text, const MentionOnTokens& m, uint32_t floor) {
  if (m.first == 0 || m.first <= floor) return false;
  uint32_t before = m.first - 1;
  if (quote_mark(text, before) && before > floor) --before;  // المؤلف من “جبهة النصرة”: set off by quotation marks
  return is_preposition_word(text, before);
}

bool in_prepositional_phrase(const EventText& text, const MentionOnTokens& m, uint32_t floor) {
  if (!m.prefix.empty() || m.first <= floor + 1) return false;  // لقوات النظام: a phrase of its own
  uint32_t noun = m.first - 1;
  if (quote_mark(text, noun)) --noun;  // ضد مواقع «داعش»: the name set off by quotation marks
  if (noun <= floor) return false;
  if (!text.is_word(noun) || text.mention_at(noun) >= 0 || is_preposition_word(text, noun)) return false;
  // ضمن البرنامج الاميركي: a word that heads an adverbial phrase as a preposition does.
  if (ClauseWords::get().is(ClauseWord::kPreposition, text.key(noun - 1)) || ClauseWords::get().is(ClauseWord::kWithin, text.key(noun - 1)))
    return true;
  for (const auto& r : text.readings(noun))
    if ((r.clitics & kPreposition) && !(r.clitics & kEnclitic)) return true;
  return false;
}

int first_mention_in(const EventText& text, uint32_t from, uint32_t to, int skip) {
  for (uint32_t i = from; i < to; ++i) {
    int m = text.mention_at(i);
    if (m >= 0 && m != skip && text.mentions()[m].first == i) return m;
  }
  return -1;
}

// وفي العراق، قتل …: a preposition after the conjunction و or ف is still a preposition, and
// the name after it is a place told, not the subject. A word inside a name is none (وعلي
// مملوك: "and Ali").
bool is_preposition_word(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  const auto& words = ClauseWords::get();
  if (words.is(ClauseWord::kPreposition, k)) return true;
  return k.size() > 2 && (k[0] == U'و' || k[0] == U'ف') && text.mention_at(token) < 0 &&
         words.is(ClauseWord::kPreposition, k.substr(1));
}

bool carries_preposition(const EventText& text, uint32_t i, char32_t letter) {
  auto key = text.key(i);
  if (key.size() == 1 && key[0] == letter) return true;
  for (const auto& r : text.readings(i)) {
    if (!(r.clitics & kPreposition)) continue;
    size_t at = (r.clitics & kConjunction) && key.size() > 1 ? 1 : 0;
    if (at < key.size() && key[at] == letter) return true;
  }
  return false;
}

bool is_relative(const EventText& text, uint32_t token) { return ClauseWords::get().is(ClauseWord::kRelative, text.key(token)); }

bool is_complementizer(const EventText& text, uint32_t token) {
  return ClauseWords::get().is(ClauseWord::kOpensClause, text.key(token));
}

bool opens_own_clause(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  const auto& words = ClauseWords::get();
  bool opens = words.is(ClauseWord::kNewClause, k) || (k.size() > 3 && k[0] == U'و' && words.is(ClauseWord::kNewClause, k.substr(1)));
  // من حيث تنفيذ الهجمات: "as regards", no clause.
  return opens && !(token > 0 && text.key(token - 1) == U"من");
}

namespace {
// The closing mark of an aside opened by `open` (a dash closes with a dash), or 0.
char32_t aside_closer(std::u32string_view open) {
  if (open == U"-" || open == U"–" || open == U"—") return open[0];
  if (open == U"(") return U')';
  return 0;
}
}  // namespace

bool verb_reported_in(const EventText& text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i)
    if (ClauseWords::get().is(ClauseWord::kEndsSubject, text.key(i))) return true;
  return false;
}

bool joined_verb(const EventText& text, uint32_t token) {
  if (conjoined(text, token)) return true;
  if (token == 0) return false;
  for (const auto& r : text.readings(token - 1))
    if ((r.clitics & kConjunction) && ClauseWords::get().is(ClauseWord::kNegation, r.stem)) return true;
  return false;
}

uint32_t words_outside_asides(const EventText& text, uint32_t from, uint32_t to) {
  uint32_t words = 0;
  for (uint32_t i = from; i < to; ++i) {
    if (char32_t closer = aside_closer(text.key(i))) {
      uint32_t j = i + 1;
      while (j < to && text.key(j) != std::u32string_view(&closer, 1)) ++j;
      if (j < to) {
        i = j;
        continue;
      }
    }
    ++words;
  }
  return words;
}

uint32_t aside_opening(const EventText& text, uint32_t close, uint32_t floor) {
  std::u32string_view dash = text.key(close);
  if (dash != U"-" && dash != U"–" && dash != U"—") return close;
  // A dash between words and numbers joins them; an aside holds words on both sides.
  auto word_at = [&](uint32_t i) { return text.is_word(i) && !text.is_number(i); };
  if (close + 1 >= text.token_count() || !word_at(close + 1) || close < floor + 3 || !word_at(close - 1)) return close;
  for (uint32_t j = close - 2; j > floor; --j)
    if (text.key(j) == dash) return word_at(j - 1) && word_at(j + 1) ? j : close;
  return close;
}

bool opens_own_clause_in(const EventText& text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i)
    // قبل أن يتوجه: أن before an imperfect makes a verbal noun, no clause of its own.
    if (opens_own_clause(text, i) || (is_complementizer(text, i) && !(i + 1 < to && imperfect_form(text, i + 1)))) return true;
  return false;
}

// من قبل، من جانب: the noun after names the agent.
bool agent_marker(const EventText& text, uint32_t token, uint32_t end) {
  if (min_phrase(text, token, end, ClauseWord::kAgentAfterMin)) return true;
  // على يد، على أيدي: "at the hands of" names the agent as من قبل does.
  return token + 1 < end && ClauseWords::get().is(ClauseWord::kOnto, text.key(token)) &&
         ClauseWords::get().is(ClauseWord::kHands, text.key(token + 1));
}

bool min_phrase(const EventText& text, uint32_t token, uint32_t end, ClauseWord kind) {
  if (text.key(token) != U"من" || token + 1 >= end) return false;
  const auto& markers = ClauseWords::get().words(kind);
  return std::any_of(markers.begin(), markers.end(), [&](const std::u32string& w) { return text.match_word(token + 1, w) >= 0; });
}

bool leading_word(const EventText& text, uint32_t token) {
  if (token == 0 || !text.is_word(token) || text.mention_at(token) >= 0) return false;
  for (const auto& r : text.readings(token))
    if ((r.clitics & kPreposition) && text.key(token)[0] == U'ب' && ClauseWords::get().is(ClauseWord::kLeading, r.stem))
      return true;
  return false;
}

bool circumstantial(const EventText& text, uint32_t token, bool feminine) {
  // Right after a comma a feminine one (its ة read as ه) starts no predicate (…، متوعدة بتكثيف الحملة).
  const bool after_comma = feminine && token > 0 && is_comma(text, token - 1);
  for (const auto& r : text.readings(token)) {
    const auto& w = r.stem;
    if (w.size() >= 4 && w[0] == U'م' && (w.back() == U'ا' || w.ends_with(U"ين") || (after_comma && w.back() == U'ه')))
      return true;
  }
  return false;
}

// A verb with a plural ending (يطالبون، هاجموا) carries its subject: a verb before its subject
// stays singular in standard Arabic, so the noun after it is its object.
bool plural_verb(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  return k.size() >= 5 && (k.ends_with(U"ون") || k.ends_with(U"وا"));
}

bool imperfect_form(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  return k.size() >= 4 && (k[0] == U'ي' || k[0] == U'ت' || k[0] == U'ن');
}

// Whether the word carries the conjunction و/ف: a verb so joined opens a clause of its own,
// whose subject is the earlier one's, not the noun just before it (التقى لافروف كيري وبحث).
bool conjoined(const EventText& text, uint32_t token) {
  for (const auto& r : text.readings(token))
    if (r.clitics & kConjunction) return true;
  return false;
}

// "طائرة حربية تابعة لقوات النظام استهدفت": the owner after تابعة لـ stands for the subject it
// owns.
bool owner_of_subject(const EventText& text, const MentionOnTokens& m) {
  if (m.first == 0 || !has_letter(m.prefix, U'ل') || !can_act(m)) return false;
  for (const auto& r : text.readings(m.first - 1))
    if (ClauseWords::get().is(ClauseWord::kOwner, r.stem)) return true;
  return false;
}

// A noun with a possessive pronoun of the third person (دعوته، سيطرتها، عزمهما): ته/تها/تهم…
// on a word that has a reading without it.
bool possessed(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  bool ending = k.ends_with(U"ته") || k.ends_with(U"تها") || k.ends_with(U"تهم") || k.ends_with(U"تهما") ||
                k.ends_with(U"ها") || k.ends_with(U"هم") || k.ends_with(U"هما");
  if (!ending || k.size() < 5) return false;
  for (const auto& r : text.readings(token))
    if (r.clitics & kEnclitic) return true;
  return false;
}

// A verbal noun with ل of purpose glued to it (لتسليم، للانقضاض، لمحاربة).
bool purpose_lam(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  if (k.empty() || k[0] != U'ل') return false;
  for (const auto& r : text.readings(token))
    if (r.clitics & kPreposition) return true;
  return false;
}

bool passive_masdar(const EventText& text, uint32_t token) {
  if (token == 0 || !text.is_word(token - 1)) return false;
  const auto& words = ClauseWords::get();
  auto verb = text.key(token - 1);
  if (words.is(ClauseWord::kPassive, verb)) return true;
  return words.is(ClauseWord::kPassiveOrDoing, verb) && (text.definite(token) || possessed(text, token));
}

bool accusative_noun(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  // A final alif after a pronoun (مواقعها) or of a plural verb (هاجموا) is no tanwin.
  if (k.size() < 4 || k.back() != U'ا' || possessed(text, token) || plural_verb(text, token) || text.definite(token))
    return false;
  // بيانا may also read ب + يانا: one reading without a preposition is enough, as the tanwin
  // alif is never written on a noun a preposition governs.
  for (const auto& r : text.readings(token))
    if (!(r.clitics & kPreposition)) return true;
  return false;
}

bool after_prepositional_masdar(const EventText& text, uint32_t token) {
  if (token == 0 || !text.is_word(token - 1) || text.mention_at(token - 1) >= 0 || is_preposition_word(text, token - 1) ||
      text.definite(token - 1))
    return false;
  auto k = text.key(token - 1);
  if (k.empty() || (k[0] != U'ب' && k[0] != U'ل')) return false;
  bool glued = false;
  for (const auto& r : text.readings(token - 1)) {
    if (r.clitics & kEnclitic) return false;  // لديها، بها: a preposition with its pronoun
    glued = glued || ((r.clitics & kPreposition) && r.stem.size() >= 3);  // بعد is no ب + عد
  }
  return glued;
}

bool is_comma(const EventText& text, uint32_t token) {
  auto k = text.key(token);
  return k.size() == 1 && chars::is_comma(k[0]);
}

int titled_person(const EventText& text, int m) {
  const auto& mention = text.mentions()[m];
  if (mention.index >= 0 || mention.end >= text.token_count()) return m;
  int person = text.mention_at(mention.end);
  if (person < 0 || text.mentions()[person].type != EntityType::kPer || text.mentions()[person].first != mention.end ||
      text.sentence_of(mention.end) != text.sentence_of(mention.first))
    return m;
  return person;
}

}  // namespace clause
}  // namespace marsad

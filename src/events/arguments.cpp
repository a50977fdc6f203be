#include "events/arguments.h"

#include <algorithm>
#include <optional>

#include "core/tsv.h"
#include "events/clause_words.h"
#include "events/referents.h"

namespace marsad {

using namespace clause;  // the clause syntax and referents this file reads

namespace {

constexpr uint32_t kClauseReach = 14;   // words on each side of the trigger
constexpr uint32_t kAfterVerb = 3;      // VSO: the subject follows within 3 words
constexpr uint32_t kObjectReach = 6;
constexpr uint32_t kTopicReach = 25;    // SVO: the topic may stand a few clauses before the verb
constexpr uint32_t kDescriptionReach = 10;  // from a name back to the head its description names
constexpr uint32_t kPrepositionReach = 3;  // على مواقع لتنظيم داعش: the noun after the preposition

// A word with ل right after a trigger noun that is no name and no agent noun (الحملة العسكرية
// لمواجهة داعش; not تصريحات لمسؤولين إسرائيليين, whose nationality makes it the people who
// spoke): a phrase of purpose, whose names are its own.
bool purpose_after_noun(const EventText& text, uint32_t token, WordClass word_class) {
  if (word_class == WordClass::kVerb || !carries_preposition(text, token, U'ل')) return false;
  if (token + 1 < text.token_count())
    if (int m = text.mention_at(token + 1); m >= 0 && text.mentions()[m].index < 0 && text.mentions()[m].first == token + 1)
      return false;
  for (const auto& r : text.readings(token))
    if (ClauseWords::get().is(ClauseWord::kAgentHead, r.stem)) return false;
  return true;
}

constexpr uint32_t kBackingReach = 2;  // بدعم عسكري من: the word of backing and one adjective

// Whether the preposition at `token` (after the trigger ending at `end`) follows a word of
// backing with ب (بدعم من، بدعم عسكري من روسيا): its noun backs the deed and is no side of it.
bool backs_deed(const EventText& text, uint32_t token, uint32_t end) {
  for (uint32_t i = token; i > end && token - i < kBackingReach; --i)
    if (carries_preposition(text, i - 1, U'ب'))
      for (const auto& r : text.readings(i - 1))
        if ((r.clitics & kPreposition) && ClauseWords::get().is(ClauseWord::kBacking, r.stem)) return true;
  return false;
}

// SVO with the subject right before the verb (إن لواء الأقصى بايع داعش، أن تركيا تدعم
// المعارضة، وكان التنظيم سيطر): that noun, not the object after the verb, is the subject.
int subject_just_before(const EventText& text, uint32_t first, int skip) {
  if (first == 0 || conjoined(text, first)) return -1;
  int m = text.mention_at(first - 1);
  if (m < 0 || m == skip) return -1;
  const auto& mention = text.mentions()[m];
  if (mention.end != first || text.sentence_of(mention.first) != text.sentence_of(first)) return -1;
  if (owner_of_subject(text, mention)) return m;
  if (!bare(mention) || !can_act(mention) || after_preposition_word(text, mention, 0)) return -1;
  int head = first_conjunct(text, m);
  // ضد مواقع «داعش» والقرار الحكومي التركي بالسماح: a name inside a prepositional phrase is no
  // first subject; the subject is joined to the clause's earlier one.
  if (head != m && (after_preposition_word(text, text.mentions()[head], 0) || in_prepositional_phrase(text, text.mentions()[head], 0)))
    return m;
  return head == skip ? m : head;
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
      if (bare(mention) && can_act(mention) && (partitive || !after_preposition_word(text, mention, end)))
        return title_holder(text, m, s.end_token);  // قال رئيس الإئتلاف هادي البحرة: the person
      return -1;
    }
    if (!text.is_word(i)) {
      if (text.is_number(i)) return -1;
      if (text.is_clause_break(i) && !is_comma(text, i) && !quote_mark(text, i)) return -1;
      continue;
    }
    if (is_preposition_word(text, i)) {
      if (words == 1 && text.key(i) == U"من" && !agent_marker(text, i, s.end_token)) {  // وحدات من الجيش (not طلب تعاونا من قبل السلطات)
        partitive = true;
        continue;
      }
      return -1;
    }
    if (ClauseWords::get().is(ClauseWord::kEndsSubject, text.key(i))) return -1;
    // The subject is an agent noun in construct with the body it stands for (اجتمع وزراء
    // خارجية الدول الأعضاء بالاتحاد الأوروبي).
    if (words == 0) {
      if (int m = agent_phrase(text, i, s.end_token, skip); m >= 0) return m;
      if (head_before_object(text, i)) return -1;  // اتهمت السلطات تنظيم الدولة: السلطات is the subject
    }
    ++words;
  }
  return -1;
}

// A partitive topic at the head of its clause (أن وحدات من الجيش السوري نفذت، عدد من
// عناصر التنظيم): the group named after من is the agent.
bool partitive_topic(const EventText& text, const MentionOnTokens& m, uint32_t floor) {
  if (m.first < floor + 2 || text.key(m.first - 1) != U"من") return false;
  uint32_t head = m.first - 2;
  if (!text.is_word(head) || text.mention_at(head) >= 0 || is_preposition_word(text, head)) return false;
  if (head == text.sentence(text.sentence_of(head)).first_token || text.is_clause_break(head - 1)) return true;
  return ClauseWords::get().is(ClauseWord::kBeforeTopic, text.key(head - 1));
}

// Topic first (SVO): the nearest bare mention before `first` in its clause, else in the
// clauses before it in the sentence (وكان “جيش الفتح” المؤلف من …، اعلن).
int topic_before(const EventText& text, uint32_t first, int skip, const ArgumentLexicon* lexicon = nullptr) {
  const auto& mentions = text.mentions();
  const Sentence& s = text.sentence(text.sentence_of(first));
  uint32_t floor = first > s.first_token + kTopicReach ? first - kTopicReach : s.first_token;
  // A relative clause with no subject after its verb (للتنظيم الذي يتلقى ضربات): the noun
  // before الذي/التي is its subject, whatever preposition it carries.
  if (first >= s.first_token + 2 && is_relative(text, first - 1))
    if (int m = text.mention_at(first - 2); m >= 0 && m != skip && can_act(mentions[m])) return m;
  for (uint32_t i = first; i > floor; --i) {
    // التنظيم -كما جاء في بيان الوزارة- كان يجند: an aside set off by dashes stands outside the
    // clause; its words open no clause and name no topic.
    if (uint32_t open = aside_opening(text, i - 1, floor); open != i - 1) {
      i = open + 1;
      continue;
    }
    // أن/إن opens a clause of its own: what stands before it belongs to the clause that
    // reports (قال المرصد ومقره بريطانيا إن الغارات قصفت). أنه/أنها points back past it.
    // ان يتصل: أن right before an imperfect verb makes it a verbal noun, whose agent is the
    // subject of the clause it completes (ما اضطر رئيس الإئتلاف هادي البحرة ان يتصل).
    // بعد أن اشتبكت: أن after a word of time opens a clause of time, whose subject is the
    // clause's it modifies (حركة حزم التي … انهارت بعد أن اشتبكت).
    if (is_complementizer(text, i - 1) && !(i == first && imperfect_form(text, first)) &&
        !(i == first && i >= floor + 2 && ClauseWords::get().is(ClauseWord::kTemporal, text.key(i - 2))))
      return -1;
    // بينما نفذت الشرطة، حيث يدرس: a clause with a subject of its own (or the one before it).
    if (opens_own_clause(text, i - 1)) return -1;
    // فالتنظيمان اتفقا: a dual noun for two groups told before; the earlier is the source.
    if (pair_word(text, i - 1))
      if (int x = pair_referent(text, i - 1, skip).first; x >= 0) return x;
    int m = text.mention_at(i - 1);
    if (m < 0 || m == skip || !can_act(mentions[m])) continue;
    // بيد المعارضة، على مواقع داعش: the genitive of a noun inside a prepositional phrase.
    if (in_prepositional_phrase(text, mentions[m], floor)) continue;
    // في العراق وسوريا: a name joined to one after a preposition shares its phrase.
    // من قوة هيئة تحرير الشام وداعش: so does one joined to a name inside a prepositional phrase.
    if (int head = first_conjunct(text, m);
        head != m && (after_preposition_word(text, mentions[head], floor) || in_prepositional_phrase(text, mentions[head], floor)))
      continue;
    // محاربة داعش: the genitive of a patient noun undergoes that deed; it is no topic.
    if (lexicon && mentions[m].first > floor && mentions[m].prefix.empty() && lexicon->patient_genitive(text, mentions[m].first - 1))
      continue;
    if ((bare(mentions[m]) && (!after_preposition_word(text, mentions[m], floor) || partitive_topic(text, mentions[m], floor))) ||
        owner_of_subject(text, mentions[m])) {
      // A description opens a few words before the name found, however far the verb is: its
      // reach is counted from that name too (القاعدة بفرعيها «داعش» و«جبهة النصرة» التي … تقوم).
      const uint32_t at = mentions[m].first;
      const uint32_t head_floor = at > s.first_token + kDescriptionReach ? at - kDescriptionReach : s.first_token;
      return first_conjunct(text, described_head(text, at, std::min(floor, head_floor), skip, m));
    }
  }
  return -1;
}

// "each of" after a verb in its clause (شارك في بطولته كل من بول رود ومايكل دوجلاس، والذي شارك
// فيه كل من ساندرا بولوك ومايكل كيتون): the first of the names after it is the subject, whatever
// stands between; not after a preposition (فرضته على كل من …), whose genitive it is.
int each_of_subject(const EventText& text, uint32_t end, Clause clause) {
  const auto& words = ClauseWords::get();
  for (uint32_t i = end; i + 2 < clause.end; ++i) {
    if (!words.is(ClauseWord::kEach, text.key(i)) || !words.is(ClauseWord::kPartitive, text.key(i + 1))) continue;
    if (i > 0 && is_preposition_word(text, i - 1)) return -1;
    int m = text.mention_at(i + 2);
    if (m < 0 || text.mentions()[m].first != i + 2 || !bare(text.mentions()[m]) || !can_act(text.mentions()[m])) return -1;
    return m;
  }
  return -1;
}

// A deed of coercion or force (CAMEO roots 17-20): what one side does to another, so a side
// that stands "in the face of" it is its target (not so a speech or a meeting: هنأ أمام الحضور).
bool hostile(std::string_view cameo) { return cameo.size() >= 2 && cameo.substr(0, 2) >= "17" && cameo.substr(0, 2) <= "20"; }

// X أمام <deed>: the names right before "in the face of" faced the deed; they are its target
// (هزيمة (جبهة ثوار سوريا) و(حركة حزم) امام الهجوم الكاسح لجبهة النصرة). The first of them, whose
// conjuncts are targets too.
int faced_by(const EventText& text, uint32_t first, int skip) {
  if (first == 0 || !ClauseWords::get().is(ClauseWord::kFacing, text.key(first - 1))) return -1;
  const uint32_t floor = text.sentence(text.sentence_of(first)).first_token;
  uint32_t i = first - 1;
  while (i > floor && (bracket(text, i - 1) || quote_mark(text, i - 1))) --i;
  int m = i > floor ? text.mention_at(i - 1) : -1;
  if (m < 0 || m == skip || text.mentions()[m].end != i || !bare(text.mentions()[m]) || !can_act(text.mentions()[m])) return -1;
  return first_conjunct(text, m);
}

// <deed> … مصدره X: "its source" after a deed noun names the one who did it (تعرض حي الوعر لقصف
// عنيف بقذائف الدبابات مصدره قوات الأسد): the name right after it, within kOriginReach words of
// the trigger in its clause.
constexpr uint32_t kOriginReach = 6;
int origin_named(const EventText& text, uint32_t end, Clause clause) {
  const auto& words = ClauseWords::get();
  for (uint32_t i = end; i + 1 < clause.end && clause::words_outside_asides(text, end, i) < kOriginReach; ++i) {
    if (!words.is(ClauseWord::kOrigin, text.key(i))) continue;
    int m = text.mention_at(i + 1);
    if (m < 0 || text.mentions()[m].first != i + 1 || !can_act(text.mentions()[m])) return -1;
    return m;
  }
  return -1;
}

// وضعت واشنطن قوات الدفاع الوطني على لائحة الارهاب: a list noun after "on" that a verb of
// placing governs. The name right before على is put on the list, its target; the verb's
// subject, after it (VSO) or before it (واشنطن كانت قد وضعت), puts it there. False when the
// words around the noun are no such phrase; `agent` is -1 when the clause names none.
bool placed_on(const EventText& text, uint32_t first, Clause clause, int& agent, int& placed) {
  const auto& words = ClauseWords::get();
  if (first < clause.first + 2 || !words.is(ClauseWord::kOnto, text.key(first - 1))) return false;
  int m = text.mention_at(first - 2);
  if (m < 0 || text.mentions()[m].end != first - 1 || !bare(text.mentions()[m]) || !can_act(text.mentions()[m])) return false;
  uint32_t object = text.mentions()[m].first;
  // VSO: the subject stands between the verb and the object.
  int subject = object > clause.first ? text.mention_at(object - 1) : -1;
  uint32_t verb = subject >= 0 ? text.mentions()[subject].first : object;
  if (verb <= clause.first) return false;
  const auto& readings = text.readings(verb - 1);
  if (!words.is(ClauseWord::kPlacing, text.key(verb - 1)) &&
      std::none_of(readings.begin(), readings.end(), [&](const WordReading& r) { return words.is(ClauseWord::kPlacing, r.stem); }))
    return false;
  placed = m;
  agent = subject;
  // SVO: the nearest name before the verb in its clause (ان واشنطن كانت قد وضعت).
  for (uint32_t i = verb - 1; agent < 0 && i > clause.first; --i)
    if (int n = text.mention_at(i - 1); n >= 0 && n != m && bare(text.mentions()[n]) && can_act(text.mentions()[n]))
      agent = n;
  return true;
}

}  // namespace

namespace {

constexpr uint32_t kBetweenReach = 8;   // tokens from the trigger to بين (اشتباكات دارت، فجر السبت، بين)
constexpr uint32_t kTitleReach = 5;     // بين وزير الخارجية الروسي سيرغي لافروف: a title before X
constexpr uint32_t kPairReach = 14;     // tokens from X to Y, across X's description

// Whether a word with ل follows the genitive after `end` (استهداف الأسد لـ"مواقع"، دعم
// المملكة للاقتصاد الأردني): the ل phrase names the patient.
bool lam_after_genitive(const EventText& text, uint32_t end, Clause clause) {
  int m = end < clause.end ? text.mention_at(end) : -1;
  if (m < 0) return false;
  uint32_t after = text.mentions()[m].end;
  for (uint32_t i = after; i < clause.end && i < after + 2; ++i) {
    if (!text.is_word(i)) continue;
    for (const auto& r : text.readings(i))
      if (r.clitics & kLam || (r.clitics & kPreposition && text.key(i)[0] == U'ل')) return true;
    return text.key(i) == U"لـ" || text.key(i) == U"ل";
  }
  return false;
}

// Whether an indefinite noun stands right after the genitive at `end` (استهداف قوات الأسد قرية
// المكرمية، دعم تركيا فصائل): a masdar with its agent in the genitive and its object after it.
// An adjective of a name is definite (محاربة الجماعات الكردية), and a time word is no object.
bool object_after_genitive(const EventText& text, uint32_t end, Clause clause) {
  int m = end < clause.end ? text.mention_at(end) : -1;
  if (m < 0 || text.mentions()[m].first != end || !bare(text.mentions()[m])) return false;
  uint32_t after = text.mentions()[m].end;
  if (after >= clause.end || !text.is_word(after) || text.mention_at(after) >= 0 || text.definite(after)) return false;
  const auto& words = ClauseWords::get();
  auto k = text.key(after);
  if (words.is(ClauseWord::kPreposition, k) || words.is(ClauseWord::kRelative, k) || words.is(ClauseWord::kOpensClause, k) ||
      words.is(ClauseWord::kAdverb, k))
    return false;
  for (const auto& r : text.readings(after))
    if (r.clitics & (kPreposition | kConjunction) || words.is(ClauseWord::kAdverb, r.stem)) return false;
  return true;
}

bool between_word(const EventText& text, uint32_t token) { return text.key(token) == U"بين"; }

// The first actor of "بين X" within kBetweenReach tokens after `end`, or -1.
int between_first(const EventText& text, uint32_t end) {
  const uint32_t limit = text.sentence(text.sentence_of(end > 0 ? end - 1 : 0)).end_token;
  for (uint32_t i = end; i < limit && i < end + kBetweenReach; ++i) {
    if (text.mention_at(i) >= 0) return -1;  // an argument before بين: another construction
    if (!between_word(text, i)) continue;
    int x = -1;
    for (uint32_t j = i + 1; j < limit && j <= i + kTitleReach && !text.is_clause_break(j); ++j)
      if ((x = text.mention_at(j)) >= 0) break;
    return x >= 0 && can_act(text.mentions()[x]) ? titled_person(text, x) : -1;
  }
  return -1;
}

constexpr uint32_t kSideReach = 30;  // tokens from X to the من طرف closing its side (X, its allies, their support)

// The other side of "بين X … من طرف، وY … من طرف آخر" (SOHR's clashes): the first actor of the
// و phrase after the من طرف that closes X's side, or -1 when no such marker follows X. "من طرف
// X" (by X) names no side.
int side_after_marker(const EventText& text, uint32_t from, uint32_t limit) {
  const auto& mentions = text.mentions();
  for (uint32_t i = from; i + 2 < limit && i < from + kSideReach; ++i) {
    if (!min_phrase(text, i, limit, ClauseWord::kSide)) continue;
    uint32_t next = i + 2;
    while (next < limit && !text.is_word(next)) ++next;
    if (next >= limit || text.key(next)[0] != U'و') return -1;
    for (uint32_t j = next; j < limit && j < next + kPairReach; ++j) {
      int y = text.mention_at(j);
      if (y >= 0 && mentions[y].first == j && can_act(mentions[y])) return titled_person(text, y);
    }
    return -1;
  }
  return -1;
}

// "بين البلدين، بين التنظيمين" within kBetweenReach tokens after `end`: the two actors the dual
// noun names, or {-1, -1}.
std::pair<int, int> between_dual(const EventText& text, uint32_t end, uint32_t limit) {
  for (uint32_t i = end; i + 1 < limit && i < end + kBetweenReach; ++i) {
    if (text.mention_at(i) >= 0) break;
    if (between_word(text, i)) return pair_kind(text, i + 1) != PairKind::kNone ? pair_referent(text, i + 1, -1) : std::pair{-1, -1};
  }
  return {-1, -1};
}

// Two persons named right after the pair of bodies they lead, in the same order (بين قائدي
// داعش والنصرة أبي بكر البغدادي وأبي محمد الجولاني): the persons are the two sides. {x, y}
// otherwise.
std::pair<int, int> respective_persons(const EventText& text, int x, int y) {
  const auto& mentions = text.mentions();
  auto person_at = [&](uint32_t token) {
    int m = token < text.token_count() ? text.mention_at(token) : -1;
    return m >= 0 && mentions[m].first == token && mentions[m].type == EntityType::kPer ? m : -1;
  };
  if (mentions[x].type == EntityType::kPer || mentions[y].type == EntityType::kPer) return {x, y};
  int first = person_at(mentions[y].end);
  if (first < 0 || !bare(mentions[first])) return {x, y};
  int second = person_at(mentions[first].end);
  if (second < 0 || !has_letter(mentions[second].prefix, U'و')) return {x, y};
  return {first, second};
}

// The two actors of "بين X و Y" standing within kBetweenReach tokens after `end` in its
// sentence, or {-1, -1}.
std::pair<int, int> between_pair(const EventText& text, uint32_t end) {
  const auto& mentions = text.mentions();
  const uint32_t limit = text.sentence(text.sentence_of(end > 0 ? end - 1 : 0)).end_token;
  if (auto dual = between_dual(text, end, limit); dual.first >= 0) return dual;
  int x = between_first(text, end);
  if (x < 0) return {-1, -1};
  if (int y = side_after_marker(text, mentions[x].end, limit); y >= 0 && y != x) return {x, y};
  bool joined = false;  // a و on a word between X and Y, or on Y itself
  for (uint32_t j = mentions[x].end; j < limit && j < mentions[x].end + kPairReach; ++j) {
    auto k = text.key(j);
    int y = text.mention_at(j);
    bool waw = !k.empty() && k[0] == U'و';
    if (y >= 0 && y != x && mentions[y].first == j) {
      if ((joined || waw || mentions[y].prefix.find(U'و') != std::u32string::npos) && can_act(mentions[y]))
        return respective_persons(text, x, titled_person(text, y));
      // A name inside X's own description (بين الوفد الروسي برئاسة الممثل الخاص لسورية، ألكساندر
      // لافرينتيف، ووفد الحكومة السورية) is crossed: Y is the one joined by و.
      if (!bare(mentions[y]) || mentions[y].type == EntityType::kPer || !can_act(mentions[y])) {
        j = mentions[y].end - 1;
        continue;
      }
      return {-1, -1};
    }
    joined = joined || waw;
  }
  return {-1, -1};
}

constexpr uint32_t kGatherReach = 12;  // tokens from the meeting noun to the verb (اجتماع في مدينة جدة السعودية قبل عدة أيام، ضم)

// Whether a reading of `token` is a verb of bringing together (ضم، جمع، يجمع), with no pronoun.
bool gathering_verb(const EventText& text, uint32_t token) {
  for (const auto& r : text.readings(token))
    if (!(r.clitics & kEnclitic) && ClauseWords::get().is(ClauseWord::kGathers, r.stem)) return true;
  return false;
}

// A free-standing word of company (clause_words companion: مع).
bool companion_word(const EventText& text, uint32_t token) {
  return ClauseWords::get().is(ClauseWord::kCompanion, text.key(token));
}

// Whether the word at `token` joins a second name to a first: مع, or a word with ب or و
// (بمسؤولين سعوديين، وبمسؤولين، ووزير).
bool joins_other_side(const EventText& text, uint32_t token) {
  if (companion_word(text, token)) return true;
  for (const auto& r : text.readings(token))
    if ((r.clitics & (kPreposition | kConjunction)) && (text.key(token)[0] == U'ب' || text.key(token)[0] == U'و')) return true;
  return false;
}

// The person holding the title that the body `m` ends (مدير جهاز الأمن القومي للنظام السوري
// اللواء علي مملوك): a person named before the next clause break; else `m` itself.
int holder_in_segment(const EventText& text, int m, uint32_t limit) {
  for (uint32_t j = text.mentions()[m].end; j < limit && !text.is_clause_break(j); ++j)
    if (int p = text.mention_at(j); p >= 0 && text.mentions()[p].first == j && text.mentions()[p].type == EntityType::kPer &&
                                    bare(text.mentions()[p]))
      return p;
  return m;
}

// A meeting noun followed by a verb of bringing together (اجتماع في مدينة جدة … ضم مدير جهاز
// الأمن القومي … علي مملوك، بمسؤولين سعوديين; لقاء جمع X بـ Y): the first name after the verb met
// the one joined to it by ب, مع or و. {-1, -1} when the words are no such phrase.
std::pair<int, int> gathered_pair(const EventText& text, uint32_t end) {
  const auto& mentions = text.mentions();
  const uint32_t limit = text.sentence(text.sentence_of(end > 0 ? end - 1 : 0)).end_token;
  for (uint32_t i = end; i + 1 < limit && i < end + kGatherReach; ++i) {
    if (is_complementizer(text, i)) break;
    if (int m = text.mention_at(i); m >= 0) {
      if (can_act(mentions[m])) break;  // a name before the verb: another construction
      i = mentions[m].end - 1;          // في مدينة جدة: where it was held
      continue;
    }
    if (!gathering_verb(text, i)) continue;
    int x = -1;
    for (uint32_t j = i + 1; j < limit && j <= i + kTitleReach && !text.is_clause_break(j); ++j)
      if ((x = text.mention_at(j)) >= 0) break;
    if (x < 0 || !bare(mentions[x]) || !can_act(mentions[x])) return {-1, -1};
    x = holder_in_segment(text, x, limit);
    // The other side: the first word after X (past a comma) carries ب or و, or is مع; its name
    // may follow a head noun (بمسؤولين سعوديين).
    uint32_t j = mentions[x].end;
    while (j < limit && (is_comma(text, j) || quote_mark(text, j))) ++j;
    if (j >= limit || !text.is_word(j) || !joins_other_side(text, j)) return {-1, -1};
    if (companion_word(text, j)) ++j;
    int y = first_mention_in(text, j, std::min(limit, j + kPrepositionReach), x);
    return y >= 0 && can_act(mentions[y]) ? std::pair{x, holder_in_segment(text, y, limit)} : std::pair{-1, -1};
  }
  return {-1, -1};
}

// A preposition carrying a pronoun (عليها، معه، منهم).
bool preposition_with_pronoun(const EventText& text, uint32_t token) {
  const auto& words = ClauseWords::get();
  for (const auto& r : text.readings(token))
    if (words.is(ClauseWord::kPreposition, r.stem)) return true;
  return false;
}

// The clause with its quoted parts: arguments are looked up across quotation marks, while
// the evidence and the date stay with the clause.
Clause across_quotes(const EventText& text, Clause c, uint32_t first, uint32_t end) {
  const Sentence& s = text.sentence(text.sentence_of(first));
  while (c.first > s.first_token && first - c.first < kClauseReach && !ends_clause(text, c.first - 1)) --c.first;
  while (c.end < s.end_token && c.end - end < kClauseReach && !ends_clause(text, c.end)) ++c.end;
  return c;
}

constexpr uint32_t kAgentReach = 10;  // tokens from the trigger to من قبل

// The actor after "من قبل" or "من جانب" within kAgentReach tokens after `end` in the clause, or
// after a word of leading (بقيادة، بإشراف، برعاية) that follows no name: after a name it tells
// who leads that name (هيئة تحرير الشام بقيادة النصرة), after the deed who led the deed
// (المحادثات التي ستجري غدا بقيادة روسيا).
// A word of leading may stand past the commas of a description of the deed (تشكيل غرفة عمليات
// موحدة، لجميع فصائل المعارضة التي توصف بالمعتدلة، بإشراف الولايات المتحدة).
int agent_after(const EventText& text, uint32_t end, Clause clause) {
  const uint32_t to = std::min(clause.end, end + kAgentReach);
  const uint32_t sentence_end = text.sentence(text.sentence_of(end > 0 ? end - 1 : 0)).end_token;
  const uint32_t reach = std::min(sentence_end, end + kAgentReach);
  for (uint32_t i = end; i < reach; ++i) {
    if (is_complementizer(text, i) || (text.is_clause_break(i) && !is_comma(text, i) && !quote_mark(text, i))) break;
    uint32_t at = 0;
    if (i + 1 < to && agent_marker(text, i, to)) at = i + 2;
    else if (leading_word(text, i) && text.mention_at(i - 1) < 0 && !quote_mark(text, i - 1)) at = i + 1;
    else continue;
    int m = first_mention_in(text, at, std::min(sentence_end, at + kPrepositionReach), -1);
    if (m >= 0 && can_act(text.mentions()[m])) return m;
  }
  return -1;
}

constexpr uint32_t kUndergoReach = 7;  // tokens from the verb to the noun (تعرض بلدة الزبداني في ريف دمشق لهجوم)

// The subject of a verb of undergoing standing just before the noun at `first`, or -1.
// nullopt when there is no such verb; -1 when its subject is no actor (تعرض بلدة الزبداني).
std::optional<int> undergoer_before(const EventText& text, const ArgumentLexicon& lexicon, uint32_t first, Clause clause) {
  for (uint32_t v = first; v > clause.first && first - v < kUndergoReach; --v) {
    if (!lexicon.undergoes(text, v - 1)) continue;
    // VSO: the subject stands between the verb and the noun (تتلقى فصائل الجيش الحر أوامر);
    // nothing after the noun is the verb's subject (يتلقى الدعم من إيران).
    // A place there (تعرض بلدة الزبداني لهجوم) is the subject: no actor underwent it.
    for (uint32_t i = v; i < first; ++i)
      if (int m = text.mention_at(i); m >= 0 && bare(text.mentions()[m])) return can_act(text.mentions()[m]) ? m : -1;
    if (int m = subject_just_before(text, v - 1, -1); m >= 0) return m;
    return topic_before(text, v - 1, -1);
  }
  return std::nullopt;
}

// Whether a reading of `token` is كان or a sister of it.
bool copula(const EventText& text, uint32_t token) {
  for (const auto& r : text.readings(token))
    if (!(r.clitics & kEnclitic) && ClauseWords::get().is(ClauseWord::kCopula, r.stem)) return true;
  return false;
}

// The subject of a copula whose predicate is the word at `first` (حيث أصبحت قوات المعارضة
// محاصرة، المدينة باتت محاصرة), or -1 when it is no actor; nullopt when no copula governs it.
std::optional<int> copula_subject(const EventText& text, uint32_t first, Clause clause) {
  if (first <= clause.first) return std::nullopt;
  // The copula first, its subject between it and the predicate.
  if (int m = text.mention_at(first - 1); m >= 0 && text.mentions()[m].end == first) {
    const auto& mention = text.mentions()[m];
    if (!bare(mention) || mention.first <= clause.first || !copula(text, mention.first - 1)) return std::nullopt;
    return can_act(mention) ? m : -1;
  }
  if (!copula(text, first - 1)) return std::nullopt;
  if (int m = subject_just_before(text, first - 1, -1); m >= 0) return m;
  return topic_before(text, first - 1, -1);
}

constexpr uint32_t kHandoverReach = 16;  // tokens from the withdrawal to وتسليم, across the places left

// A withdrawal followed by a handing over joined by و in its sentence (بانسحاب داعش من القلمون
// الشرقي وريف حماة الشرقي وريف درعا، وتسليم هذه المناطق إلى هيئة تحرير الشام): the side the ground
// went to, or -1.
int handed_to(const EventText& text, const ArgumentLexicon& lexicon, uint32_t end, int skip) {
  const uint32_t limit = text.sentence(text.sentence_of(end > 0 ? end - 1 : 0)).end_token;
  for (uint32_t i = end; i < limit && i < end + kHandoverReach; ++i) {
    if (is_complementizer(text, i) || is_relative(text, i)) return -1;
    if (!conjoined(text, i) || !lexicon.hands_over(text, i)) continue;
    const Clause rest = clause_around(text, i, i + 1);
    for (const auto& slot : lexicon.handover_slots())
      if (int m = fill_slot(text, slot, WordClass::kNoun, i, i + 1, rest, skip); m >= 0) return m;
    return -1;
  }
  return -1;
}

// The other side of a symmetric deed whose source is one of two (فالتنظيمان اتفقا): the other
// group of a pair word standing before the trigger in its sentence; -1 when there is none.
int other_side(const EventText& text, int source, uint32_t first) {
  const auto& mentions = text.mentions();
  const Sentence& s = text.sentence(text.sentence_of(first));
  const uint32_t floor = first > s.first_token + kTopicReach ? first - kTopicReach : s.first_token;
  for (uint32_t i = first; i > floor; --i) {
    if (!pair_word(text, i - 1)) continue;
    auto [x, y] = pair_referent(text, i - 1, -1);
    return x >= 0 && mentions[x].actor == mentions[source].actor ? y : -1;
  }
  return -1;
}

constexpr uint32_t kClaimReach = 3;  // words from the deed to the verb that claims it (تفجيرين مماثلين تبناهما)

// A verb of doing or claiming right after a noun, with a pronoun for it (تفجيرين تبناهما
// «داعش»، هجوم نفذه التنظيم): the verb's subject, the deed's agent; or -1.
int claimed_by(const EventText& text, const ArgumentLexicon& lexicon, uint32_t end, Clause clause) {
  for (uint32_t i = end; i < clause.end && i < end + kClaimReach; ++i) {
    if (!text.is_word(i) || text.mention_at(i) >= 0 || is_preposition_word(text, i)) return -1;
    if (lexicon.claims(text, i)) return subject_after(text, i + 1, -1);
  }
  return -1;
}

constexpr uint32_t kAppositionReach = 8;  // tokens from the noun to وهي (بيان مشترك للدول الضامنة لمسار أستانا، وهي)

// A common noun after the trigger, named by an appositive list (بيان مشترك للدول الضامنة
// لمسار أستانا، وهي روسيا وإيران وتركيا): the first name of the list, or -1.
int apposed_noun(const EventText& text, uint32_t end) {
  const uint32_t limit = text.sentence(text.sentence_of(end > 0 ? end - 1 : 0)).end_token;
  for (uint32_t i = end; i + 2 < limit && i < end + kAppositionReach; ++i) {
    if (int m = text.mention_at(i); m >= 0) {
      // A name as the trigger's own genitive (بيان روسيا، بيان مشترك لروسيا): no common noun. One
      // further on completes that noun (للدول الضامنة لمسار أستانا).
      if (can_act(text.mentions()[m]) && i <= end + 1) return -1;
      continue;
    }
    if (is_comma(text, i)) {
      if (!ClauseWords::get().is(ClauseWord::kApposition, text.key(i + 1))) return -1;
      int x = text.mention_at(i + 2);
      return x >= 0 && text.mentions()[x].first == i + 2 && can_act(text.mentions()[x]) ? x : -1;
    }
    if (!text.is_word(i) || is_preposition_word(text, i) || is_complementizer(text, i) || is_relative(text, i)) return -1;
  }
  return -1;
}

// حرق التنظيم المتطرف للطيار الأردني حيا، بالسماح للطائرات الأميركية: a phrase trigger holds
// words of its own; a name after ل among them is the patient. -1 when there is none.
int lam_inside(const EventText& text, uint32_t first, uint32_t end, int skip) {
  for (uint32_t i = first + 1; i < end; ++i)
    if (int m = text.mention_at(i); m >= 0 && m != skip && text.mentions()[m].first == i &&
                                    has_letter(text.mentions()[m].prefix, U'ل') && can_act(text.mentions()[m]))
      return m;
  return -1;
}

constexpr uint32_t kIssueReach = 8;  // tokens from the trigger to the issue noun (مستعدة للتوسط في التوصل لاتفاق)

// The country whose question an event of commitment is about (ملتزمة بالحل السياسي للأزمة في
// سوريا): a place right after an issue noun and its preposition in the clause, or -1.
int concerned_country(const EventText& text, const ArgumentLexicon& lexicon, uint32_t end, Clause clause, int skip) {
  const auto& prepositions = lexicon.issue_prepositions();
  for (uint32_t i = end; i + 2 < clause.end && i < end + kIssueReach; ++i) {
    if (is_complementizer(text, i)) return -1;  // أن opens a clause of its own
    if (!lexicon.issue(text, i) ||
        std::none_of(prepositions.begin(), prepositions.end(), [&](const std::u32string& p) { return text.key(i + 1) == p; }))
      continue;
    int m = text.mention_at(i + 2);
    if (m >= 0 && m != skip && text.mentions()[m].first == i + 2 && text.mentions()[m].prefix.empty() &&
        text.mentions()[m].type == EntityType::kLoc && can_act(text.mentions()[m]))
      return m;
  }
  return -1;
}

// The actors named with target `a.target` after the trigger ending at `end`: the names joined
// to it by و, and the other of the two groups a dual object stands for (اتهمت السلطات التركية
// التنظيمين: داعش and the PKK told before). None is the source.
std::vector<int> joint_targets(const EventText& text, const Arguments& a, uint32_t end, Clause clause) {
  const auto& mentions = text.mentions();
  std::vector<int> joint;
  // تعتزم كوريا الجنوبية واليابان والصين عقد جولة: a target joined to the source is one of the
  // agents; the names after it act with them.
  if (a.source >= 0 && first_conjunct(text, a.target) == first_conjunct(text, a.source)) return joint;
  auto add = [&](int m) {
    if (m < 0 || m == a.target || mentions[m].actor == mentions[a.target].actor) return;
    if (a.source >= 0 && mentions[m].actor == mentions[a.source].actor) return;
    if (std::none_of(joint.begin(), joint.end(), [&](int j) { return mentions[j].actor == mentions[m].actor; }))
      joint.push_back(m);
  };
  // A nationality or an anaphoric noun after و (ضد مواقع «داعش» والقرار الحكومي التركي) is too
  // often a new description rather than another name of the list.
  for (int m : later_conjuncts(text, a.target))
    if (mentions[m].index >= 0) add(m);
  for (uint32_t i = end; i < std::min(clause.end, end + kObjectReach); ++i)
    if (pair_word(text, i)) {
      if (auto [x, y] = pair_referent(text, i, a.source); x == a.target) add(y);
      break;
    }
  return joint;
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
              Clause clause, int skip, const ArgumentLexicon* lexicon) {
  const auto& mentions = text.mentions();
  switch (slot.kind) {
    case ArgumentSlot::Kind::kSubject: {
      if (int m = subject_just_before(text, first, skip); m >= 0) return m;
      if (!plural_verb(text, first) && !(end < clause.end && text.mention_at(end) < 0 && purpose_after_noun(text, end, word_class)))
        if (int m = subject_after(text, end, skip); m >= 0) return m;
      return topic_before(text, first, skip, lexicon);
    }
    case ArgumentSlot::Kind::kObject: {
      uint32_t to = std::min(clause.end, end + kObjectReach);
      for (uint32_t i = end; i < to; ++i) {
        // The object stands before the verb's prepositional phrases: what follows في شمال
        // سوريا is a place or a circumstance, not the object.
        if (is_preposition_word(text, i)) break;
        // … جبهة النصرة التي تصنفها واشنطن …: a relative clause tells about the noun before it.
        if (is_relative(text, i)) break;
        if (is_complementizer(text, i)) break;  // أكد أن تركيا …: the clause after أن is no object
        // اتهمت السلطات التركية التنظيمين: the two groups told before; the earlier one is coded.
        if (pair_word(text, i))
          if (int x = pair_referent(text, i, skip).first; x >= 0) return x;
        int m = text.mention_at(i);
        if (m < 0 || m == skip || mentions[m].first != i || !can_act(mentions[m])) continue;
        if (bare(mentions[m]) && !after_preposition_word(text, mentions[m], end)) {
          int holder = title_holder(text, m, clause.end);  // متهما قائد النصرة الجولاني: the person
          return holder == skip ? m : holder;
        }
        // قصفت مواقع لجبهة النصرة: the owner of the object noun, through ل, is what was hit.
        if (i > end && has_letter(mentions[m].prefix, U'ل') && text.is_word(i - 1) && text.mention_at(i - 1) < 0) return m;
      }
      return -1;
    }
    case ArgumentSlot::Kind::kGenitive: {
      // The noun in construct: right after the masdar (قصف النظام), or after one modifier
      // (الغارات الروسية على …, هجوم جديد لـ is a preposition slot).
      for (uint32_t i = end; i < std::min(clause.end, end + 2); ++i) {
        if (is_preposition_word(text, i)) break;  // اشتباكات مع قوات الأسد: no construct
        if (is_complementizer(text, i)) break;    // بادعاء أن المملكة: a clause of its own
        int m = text.mention_at(i);
        // الحملة العسكرية لمواجهة داعش: a masdar of purpose after ل is no modifier; the name after
        // it is its own genitive.
        if (m < 0 && purpose_after_noun(text, i, word_class)) break;
        if (m >= 0 && m != skip && mentions[m].first == i && bare(mentions[m]) && can_act(mentions[m])) return m;
      }
      // الهجوم الكاسح لجبهة النصرة: the genitive through ل.
      for (uint32_t i = end; i < std::min(clause.end, end + 3); ++i) {
        if (is_preposition_word(text, i) || is_complementizer(text, i)) break;  // على أهداف لتنظيم داعش: the target's
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
      // The other side of a meeting or a clash (ناقش امس الاستعدادات … مع نظيره) may stand at
      // the end of its clause.
      uint32_t to = p == U"مع" || p == U"بين" ? clause.end : std::min(clause.end, end + kObjectReach + 2);
      for (uint32_t i = end; i < to; ++i) {
        if (text.match_word(i, p) < 0 || backs_deed(text, i, end)) continue;
        int m = first_mention_in(text, i + 1, std::min(clause.end, i + 1 + kPrepositionReach), skip);
        // مع وزراء خارجية الدول الأعضاء بالاتحاد، عن المكتب الإعلامي لـ"فيلق الشام": the body.
        if (int body = agent_phrase(text, i + 1, clause.end, skip); body >= 0) m = body;
        // في + a place is where it happened (تفجير المسجد في دولة الكويت), not who suffered it.
        if (m >= 0 && can_act(text.mentions()[m]) && !(p == U"في" && text.mentions()[m].type == EntityType::kLoc)) return m;
      }
      return -1;
    }
  }
  (void)word_class;
  return -1;
}

namespace {

// The row's frame refined by the words around the trigger: an accusative participle has no
// subject, a patient-genitive noun has its genitive as target, a noun with a possessive pronoun
// has no genitive left. Returns whether the noun is a patient-genitive one.
bool refine_frame(const EventText& text, const TriggerRow& row, uint32_t first, uint32_t end, Clause clause,
                  const ArgumentLexicon* lexicon, std::vector<ArgumentSlot>& sources, std::vector<ArgumentSlot>& targets) {
  // An accusative participle (متهما قائد النصرة، مطالبين حزب الله) tells how the subject of its
  // main clause acted: the noun after it is its object, never its subject. A feminine one counts
  // only for a deed: a speech participle left with no subject names no speaker at all (…،
  // مشددة على أنه after وكررت ميركل), while the name before it is mostly the speaker.
  if (row.word_class == WordClass::kVerb && circumstantial(text, first, !row.frame.quote))
    std::erase_if(sources, [](const ArgumentSlot& slot) {
      return slot.kind == ArgumentSlot::Kind::kSubject || slot.kind == ArgumentSlot::Kind::kGenitive;
    });
  // تم اعتقال خالد، جرى إيقافهم: a passive names its patient in the genitive (or the pronoun,
  // read in find_arguments) and its agent, if at all, after من قبل; not before it, where the
  // topic is the patient again (الصحافي الذي تم استهدافه).
  // الموقوف هادي قطيم الشيباني، الموقوفين يزيد بن محمد: a noun for the detained names them, the
  // patients, in its apposition, as a passive does.
  if (passive_masdar(text, first) || (lexicon && row.word_class != WordClass::kVerb && lexicon->names_undergoer(text, first))) {
    using Kind = ArgumentSlot::Kind;
    auto agent_slot = [](const ArgumentSlot& slot) { return slot.kind == Kind::kSubject || slot.kind == Kind::kGenitive; };
    std::erase_if(sources, agent_slot);
    std::erase_if(targets, agent_slot);
    targets.insert(targets.begin(), ArgumentSlot{Kind::kGenitive, {}});
    return false;
  }
  // A patient noun with its patient after ل (دعم المملكة للاقتصاد، استهداف الأسد لـ…) has its
  // agent in the genitive, as any masdar.
  const bool patient = lexicon && row.word_class != WordClass::kVerb && lexicon->patient_genitive(text, first) &&
                       fill_slot(text, ArgumentSlot{ArgumentSlot::Kind::kPreposition, U"ل"}, row.word_class, first, end, clause, -1) < 0 &&
                       !lam_after_genitive(text, end, clause) && !object_after_genitive(text, end, clause);
  if (row.word_class != WordClass::kVerb && end == first + 1 && possessed(text, first)) {
    // دعوته الإسرائيليين، انسحابها منه: the pronoun is the noun's genitive, so the noun after it
    // is its object, as after a verb (the pronoun's referent is left to the sentence's agent).
    auto genitive = [](const ArgumentSlot& slot) { return slot.kind == ArgumentSlot::Kind::kGenitive; };
    std::erase_if(sources, genitive);
    std::erase_if(targets, genitive);
    if (!patient) targets.insert(targets.begin(), ArgumentSlot{ArgumentSlot::Kind::kObject, {}});
  } else if (patient) {
    // محاربة الجماعات الكردية: the genitive is the target; the agent comes from elsewhere.
    auto genitive = [](const ArgumentSlot& slot) { return slot.kind == ArgumentSlot::Kind::kGenitive; };
    std::erase_if(sources, genitive);
    std::erase_if(targets, genitive);
    targets.insert(targets.begin(), ArgumentSlot{ArgumentSlot::Kind::kGenitive, {}});
  }
  return patient;
}

}  // namespace

Arguments find_arguments(const EventText& text, const TriggerRow& row, uint32_t first, uint32_t end, Clause clause,
                         int source, const ArgumentLexicon* lexicon) {
  // وتم ضرب حيدر خان: after تم the word is a verbal noun, even where a verb row matched it.
  const bool passive = passive_masdar(text, first);
  if (passive && row.word_class == WordClass::kVerb) {
    TriggerRow as_noun = row;
    as_noun.word_class = WordClass::kNoun;
    return find_arguments(text, as_noun, first, end, clause, source, lexicon);
  }
  const Clause own = clause;
  clause = across_quotes(text, clause, first, end);
  std::vector<ArgumentSlot> sources = row.frame.source, targets = row.frame.target;
  const bool patient = refine_frame(text, row, first, end, clause, lexicon, sources, targets);
  Arguments a;
  a.source = source;
  // الغارات الجوية التركية: the trigger noun heads a nationality span (demonyms.h), which is its
  // agent; so does a span that starts inside a phrase trigger (قصف الطائرات التركية).
  for (uint32_t i = first; i < end && source < 0 && a.source < 0 && row.word_class != WordClass::kVerb; ++i)
    if (int head = text.mention_at(i);
        head >= 0 && (text.mentions()[head].index < 0 || i > first) && text.mentions()[head].first == i &&
        (i == first || bare(text.mentions()[head])))
      a.source = head;
  // أكدت المعارضة السورية مشاركتها: a verb phrase with a gap holds its own subject after the
  // verb (VSO).
  if (a.source < 0 && row.word_class == WordClass::kVerb && end > first + 2)
    if (int m = subject_after(text, first + 1, -1); m >= 0 && text.mentions()[m].end <= end) a.source = m;
  if (a.source < 0)
    for (const auto& slot : sources)
      if ((a.source = fill_slot(text, slot, row.word_class, first, end, clause, -1, lexicon)) >= 0) break;
  const int each = a.source < 0 && row.word_class == WordClass::kVerb ? each_of_subject(text, end, clause) : -1;
  if (each >= 0) a.source = each;
  for (const auto& slot : targets)
    if ((a.target = fill_slot(text, slot, row.word_class, first, end, clause, a.source)) >= 0) break;
  // The prepositions of the event's CAMEO root (الغارات … ضد مواقع «داعش»).
  if (a.target < 0 && lexicon && !targets.empty())
    for (const auto& slot : lexicon->root_targets(row.cameo))
      if ((a.target = fill_slot(text, slot, row.word_class, first, end, clause, a.source)) >= 0) break;
  int framed_target = a.target;  // a target the frame names, whose conjuncts are targets too
  // خطاب الأمين العام لـ"حزب الله" حسن نصرالله: an agent noun in the genitive of a deed stands for
  // the person or body in its construct. Not for a symmetric deed, whose genitive is as often the
  // other side (للقاء الرئيس التركي), nor a patient noun.
  if (a.source < 0 && source < 0 && !patient && !row.frame.symmetric && row.word_class != WordClass::kVerb &&
      std::any_of(sources.begin(), sources.end(), [](const ArgumentSlot& s) { return s.kind == ArgumentSlot::Kind::kGenitive; }))
    a.source = agent_phrase(text, end, clause.end, a.target);
  if (a.source < 0 && source < 0 && lexicon && row.word_class != WordClass::kVerb)
    for (const auto& slot : lexicon->root_sources(row.cameo))
      if ((a.source = fill_slot(text, slot, row.word_class, first, end, clause, a.target)) >= 0) break;
  // A noun with a possessive pronoun (سيطرتها، انضمامها إلى، مشاركتها): the pronoun names the
  // agent and refers to the actor told last that agrees.
  if (row.word_class != WordClass::kVerb && end == first + 1 && source < 0 && possessed(text, first)) {
    // The patient of a patient noun (لمساعدتهم، استهدافهم) is left open: such a noun is as often
    // the topic of a general remark as a deed.
    // يتم استهدافها، تم إيقافهم: the pronoun of a passive is its patient.
    if (passive && a.target < 0) a.target = passive_patient(text, first, a.source);
    else if (!patient && a.source < 0) {
      a.source = pronoun_referent(text, first, a.target);
      // وأعلنت واشنطن وأنقرة عزمهما: a dual names the pair, and the one named second is the other
      // side of their joint deed.
      if (int partner = dual_partner(text, first, a.source); partner >= 0) a.target = partner;
    }
  }
  // A noun with a possessive pronoun inside a phrase trigger (كما تحسنت علاقتها مع موسكو، شنت
  // غاراتها): its owner did the deed, and, as the clause names no subject, is the topic told
  // before. A pronoun on a preposition (آخذا عليها) is the one the deed is aimed at.
  if (a.source < 0 && source < 0 && !passive)
    for (uint32_t i = first + 1; i < end && a.source < 0; ++i)
      if (text.mention_at(i) < 0 && possessed(text, i) && !preposition_with_pronoun(text, i))
        a.source = topic_referent(text, i, a.target);
  // The agent of a patient-genitive noun is the topic of its sentence (أولوية تركيا … تحولت إلى
  // محاربة الجماعات الكردية), and so is that of a masdar of purpose after ل (إن الجولاني يعد
  // لتسليم الزبداني): the subject of the verb it completes.
  // So is that of a noun completing such a masdar (استبقت وزارة الدفاع الروسية اللقاء بإطلاق تحذيرات).
  // So is that of a noun in the accusative (واصدرت “غرفة عمليات حلب” التي تضم … بدورها امس
  // بيانا): the object of the verb before it, which the subject did.
  if (a.source < 0 && source < 0 &&
      (patient || (row.word_class != WordClass::kVerb && (purpose_lam(text, first) || after_prepositional_masdar(text, first) ||
                                                          (end == first + 1 && accusative_noun(text, first))))))
    a.source = topic_before(text, first, a.target);
  if (a.target < 0 && !row.frame.target.empty() && row.word_class != WordClass::kVerb) a.target = lam_inside(text, first, end, a.source);
  // A symmetric deed of two named together (فالتنظيمان اتفقا، أجريا مفاوضات): the source is the
  // first, the other is the target.
  if (a.target < 0 && a.source >= 0 && row.frame.symmetric) a.target = other_side(text, a.source, first);
  if (a.target < 0 && !row.frame.target.empty() && row.word_class != WordClass::kVerb && hostile(row.cameo))
    if (int faced = faced_by(text, first, a.source); faced >= 0) a.target = framed_target = faced;
  // No slot filled the target: the next actor after the trigger in its clause (غارات
  // التحالف التي تستهدف تنظيم داعش), when the frame has a target at all.
  if (a.target < 0 && !row.frame.target.empty())
    for (uint32_t i = end; i < own.end; ++i) {
      // ودعوته الإسرائيليين: a verbal noun with its own pronoun, joined by و, starts a deed of
      // its own; the names after it are its arguments.
      if (i > end && conjoined(text, i) && possessed(text, i)) break;
      int m = text.mention_at(i);
      // وأعرب الرئيس الاميركي باراك أوباما: a nationality ending the source's own title is no target.
      if (m >= 0 && a.source >= 0 && m != a.source && titled_person(text, m) == a.source) continue;
      // A country named after the trigger is where it happened (في شمال سوريا), not its target.
      if (m >= 0 && m != a.source && text.mentions()[m].first == i && can_act(text.mentions()[m]) &&
          text.mentions()[m].type != EntityType::kLoc) {
        a.target = m;
        break;
      }
    }
  // للأزمة في سوريا: the country an intent to cooperate or commit concerns is its other side.
  if (a.target < 0 && lexicon && lexicon->concerns_country(row.cameo))
    a.target = concerned_country(text, *lexicon, end, own, a.source);
  // The object is a noun with a possessive pronoun (هاجموا مقرها، قصفت مواقعهم): its owner, the
  // actor the pronoun refers to, is the target.
  // So after a patient noun with its agent (اتهمت الجماعة جبهة النصرة بخطف زعيمها).
  const bool patient_noun = lexicon && a.source >= 0 && lexicon->patient_genitive(text, first);
  if (a.target < 0 && (row.word_class == WordClass::kVerb || patient_noun) && !row.frame.target.empty() && end < own.end &&
      text.mention_at(end) < 0 && possessed(text, end) && !purpose_lam(text, end))
    a.target = pronoun_referent(text, end, a.source);
  // من قبل X / من جانب X after a noun names its agent (تتعرض لضغوط … من قبل تركيا، الخروقات
  // الأخيرة من قبل النظام), and after a verb with no subject (a passive, or لقصف read as a
  // verb); after a verb with a subject it is the one asked (طلب تعاونا من قبل السلطات).
  if ((row.word_class != WordClass::kVerb || a.source < 0) && source < 0)
    if (int agent = agent_after(text, end, clause); agent >= 0) {
      if (a.target == agent) a.target = -1;
      a.source = agent;
    }
  // A verb that claims the deed after it (تفجيرين تبناهما «داعش»): its subject is the agent.
  if (lexicon && row.word_class != WordClass::kVerb && source < 0)
    if (int agent = claimed_by(text, *lexicon, end, clause); agent >= 0) {
      if (a.target == agent) a.target = -1;
      a.source = agent;
    }
  // A common noun in the genitive named by a list after it (للدول الضامنة …، وهي روسيا وإيران).
  if (a.source < 0 && source < 0 && row.word_class != WordClass::kVerb)
    if (int named = apposed_noun(text, end); named >= 0 && named != a.target) a.source = named;
  // A verb of undergoing before the noun (المعارضة تتعرض لضغوط، يتلقى ضربات، تتلقى فصائل الجيش
  // الحر أوامر التأهب من تركيا): its subject is the target, the noun after من the source.
  if (lexicon && row.word_class != WordClass::kVerb && source < 0)
    if (auto undergoer = undergoer_before(text, *lexicon, first, clause)) {
      int from = fill_slot(text, ArgumentSlot{ArgumentSlot::Kind::kPreposition, U"من"}, WordClass::kNoun, first, end, clause, *undergoer);
      if (from >= 0) {
        a.source = from;
        if (a.target == from) a.target = -1;
      } else if (a.source >= 0 && *undergoer >= 0 && text.mentions()[a.source].actor == text.mentions()[*undergoer].actor) {
        a.source = -1;  // the same group named twice (داعش … للتنظيم الذي يتلقى ضربات): it underwent the deed
      }
      if (*undergoer >= 0) a.target = framed_target = *undergoer;
    }
  // انسحاب X من …، وتسليم هذه المناطق إلى Y: the ground X left went to Y.
  if (a.target < 0 && lexicon && lexicon->against_opponent(row.cameo))
    a.target = framed_target = handed_to(text, *lexicon, end, a.source);
  // أصبحت قوات المعارضة محاصرة: the predicate of a copula is a passive participle, whose subject
  // underwent the deed; only من قبل names who did it.
  if (lexicon && row.word_class != WordClass::kVerb && source < 0 && lexicon->predicate_patient(text, first))
    if (auto subject = copula_subject(text, first, own); subject && *subject >= 0) {
      a.target = framed_target = *subject;
      a.source = agent_after(text, end, clause);
      if (a.source == a.target) a.source = -1;
    }
  // فقد/خسر/تكبد: the subject lost, so it is the target; the winner stands after أمام.
  if (lexicon && source < 0 && lexicon->loses(text, first) && a.source >= 0) {
    a.target = a.source;
    a.source = fill_slot(text, ArgumentSlot{ArgumentSlot::Kind::kPreposition, U"امام"}, row.word_class, first, end, clause, a.target);
  }
  // بين X و Y after the trigger names both sides, in that order (الاتصال الذي جرى بين لافروف
  // ونظيره الأمريكي جون كيري، اشتباكات بين المعارضة وقوات الأسد).
  const auto [x, y] = between_pair(text, end);
  if (x >= 0) {
    a.source = x;
    a.target = y;
  } else if (auto [met, with] = row.frame.symmetric && row.word_class != WordClass::kVerb ? gathered_pair(text, end)
                                                                                          : std::pair{-1, -1};
             met >= 0) {
    // اجتماع … ضم X بـ Y: the verb names both sides, as بين does.
    a.source = met;
    a.target = with;
  } else if (int side = between_first(text, end); side >= 0 && (a.source < 0 || a.target == side)) {
    // بين قوات النظام والمسلحين الموالين لها: the named side is the first, the other unnamed.
    a.source = side;
    if (a.target == side) a.target = -1;
  }
  // وضعت واشنطن قوات الدفاع الوطني على لائحة الارهاب: the listed name is the target.
  if (int agent = -1, placed = -1; source < 0 && row.word_class != WordClass::kVerb && placed_on(text, first, clause, agent, placed)) {
    a.source = agent;
    a.target = framed_target = placed;
  }
  // لقصف … مصدره قوات الأسد: the deed's named origin outweighs any other reading of its clause.
  if (source < 0)
    if (int origin = origin_named(text, end, own); origin >= 0) {
      if (a.target == origin) a.target = -1;
      a.source = origin;
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
  // The names after "each of" act together: none is the target of the others.
  if (each >= 0 && a.target >= 0 && first_conjunct(text, a.target) == each) a.target = -1;
  // The targets named with the one the frame names; the two sides of بين X و Y are one pair,
  // whoever is joined to Y.
  if (a.target >= 0 && a.target == framed_target && x < 0) a.joint_targets = joint_targets(text, a, end, own);
  // A LOC source or target stands for its state only when it is a metonymy; a plain place is
  // the location (قصف حلب: the city is the target, and also where it happened).
  return a;
}

}  // namespace marsad

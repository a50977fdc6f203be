// The event stage: triggers → events with arguments, modality, dates; relations; the
// publication date of an undated article. Each step lives in its own file; this one puts
// them in order, sentence by sentence, so that no event takes an actor, a place or a date
// from another sentence (except في اليوم نفسه, which names the previous event's day).
#include "events/event_extractor.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "core/data_dir.h"
#include "core/tsv.h"
#include "events/arguments.h"
#include "events/clause_syntax.h"
#include "events/demonyms.h"
#include "events/digest_openers.h"
#include "events/event_text.h"
#include "events/modality.h"
#include "events/publication_date.h"
#include "events/relations.h"
#include "events/statement_links.h"
#include "events/time_expressions.h"
#include "events/trigger_lexicon.h"
#include "events/trigger_matcher.h"

namespace marsad {

class EventKnowledge {
 public:
  TriggerLexicon triggers;
  CameoCodes codes;
  ModalityLexicon modality;
  TimeLexicon time;
  AnchorCalendar calendar;
  RelationKnowledge relations;
  Demonyms demonyms;
  ArgumentLexicon arguments;  // data/events/argument_frames.tsv
  std::unordered_set<std::string> reporter_kinds, reporter_ids;  // data/events/reporters.tsv
  std::vector<std::u32string> casualty_words;
  StatementLinks statement_links;  // data/events/statement_links.tsv
};

namespace {

constexpr uint32_t kSupportReach = 4;  // شن (الطيران الروسي) غارات: the noun within 4 words
constexpr uint32_t kForceCarry = 3;  // sentences: a force's agent stays implied that far

// The agent of a use of force, with its CAMEO root (a bombing, 18, is no air strike, 19) and
// sentence.
struct ForceTold {
  std::string source, root;
  uint32_t sentence = 0;
};

// The force a use of force with no agent of its own goes on with: the latest, of its root and
// within kForceCarry sentences; when that one is its target, the one before it, which struck
// back. nullptr when there is none.
const ForceTold* force_carried(const std::array<ForceTold, 2>& forces, std::string_view cameo, uint32_t sentence,
                               const std::string& target) {
  auto fits = [&](const ForceTold& f) {
    return !f.source.empty() && f.sentence + kForceCarry >= sentence && cameo.compare(0, 2, f.root) == 0;
  };
  if (!fits(forces[0])) return nullptr;
  if (forces[0].source != target) return &forces[0];
  return fits(forces[1]) && forces[1].source != target ? &forces[1] : nullptr;
}
constexpr uint32_t kInheritDate = 200;  // code points: about two lines of news text

bool violent(std::string_view cameo) {
  return cameo.starts_with("18") || cameo.starts_with("19") || cameo.starts_with("20");
}
// The date an event takes from its sentence's time expressions: the nearest one in its
// clause, else the nearest in the sentence.
constexpr long kVaguePenalty = 20;  // tokens
const TimeExpression* nearest_expression(const std::vector<TimeExpression>& expressions, Clause clause, uint32_t trigger) {
  const TimeExpression* best = nullptr;
  long best_distance = 0;
  for (const auto& e : expressions) {
    bool inside = e.first >= clause.first && e.end <= clause.end;
    long distance = e.first >= trigger ? static_cast<long>(e.first - trigger) : static_cast<long>(trigger - e.end) + 1;
    if (!inside) distance += 1000;
    // A time that fixes a date beats a vague one beside it ("أستانا سابقًا"، أمس).
    if (!e.date && !e.same_day_as_previous && !e.parts.day_after_event) distance += kVaguePenalty;
    if (!best || distance < best_distance) {
      best = &e;
      best_distance = distance;
    }
  }
  return best;
}

std::optional<int> fatalities_in(const EventText& text, const EventKnowledge& k, Clause clause) {
  for (uint32_t i = clause.first; i + 1 < clause.end; ++i) {
    if (!text.is_number(i)) continue;
    for (const auto& w : k.casualty_words)
      if (text.match_word(i + 1, w) >= 0) {
        auto key = text.key(i);
        int n = 0;
        for (char32_t c : key) {
          if (c < U'0' || c > U'9') return std::nullopt;
          n = n * 10 + static_cast<int>(c - U'0');
        }
        return n;
      }
  }
  return std::nullopt;
}

// A verb of undergoing just before a trigger noun (واجه انتقادات، يتلقى ضربات): its subject
// suffers the deed, so the agent told before is no agent of it.
constexpr uint32_t kUndergoneReach = 3;  // words from the verb to the noun (تواجه منذ أيام هجوما)
bool undergone(const EventText& text, const ArgumentLexicon& lexicon, uint32_t first, Clause clause) {
  for (uint32_t v = first; v > clause.first && first - v < kUndergoneReach; --v)
    if (lexicon.undergoes(text, v - 1)) return true;
  return false;
}

// Where an event's trigger stands in its sentence.
struct Placement {
  uint32_t first = 0, end = 0;  // trigger tokens (from the support verb, if any)
  Clause clause;
  bool verb = false;            // a verb or a support verb + noun
  bool speech = false;
  bool own_source = false;
  bool prepositional = false;   // the trigger word carries ب or ل (للتعاون، بقصف)
  const std::vector<std::u32string>* topic = nullptr;  // the frame's topic prepositions
  // A charge (root 11: اتهم بخطف) names a deed the accused did: its complement is coded too.
  bool charge = false;
  bool supported = false;       // a noun after a support verb (عقد مؤتمر، شن هجوما)
};

// The reasons a trigger match names no event an analyst can code, each read where the match
// stands (why_not_an_event).
struct NotAnEvent {
  // التي يسيطر عليها التنظيم، الذين يقاتلون: a relative clause's imperfect describes a state.
  bool state = false;
  // ملف وقف إطلاق النار، لجنة المصالحة، بوقف تقدمه: the noun names a topic or a body.
  bool topic = false;
  // A definite noun (اللقاء، الاتفاق، اجتماعه) naming an event already coded refers back to it.
  bool anaphoric = false;
  // هذه الهجمات، هذا الانسحاب: a definite noun after a demonstrative points back to an event.
  bool referred = false;
  // التيارات المحاربة: an adjective after a definite noun, not a verbal noun of its own.
  bool adjective = false;
  // القوات البرية اللازمة لهزيمة التنظيم: a ل-noun no verb governs names a purpose.
  bool purpose = false;
  // A noun with no actor, place, time or toll (الصراع، المعركة الأخيرة، الهجمات الإرهابية)
  // names the kind of event, not one an analyst can code.
  bool bare = false;
  // اليوم ليس هو يوم القتال، داعش ليس مجرد عصابة بل واجهة لدول تستهدف السعودية: in the clause of
  // the negated copula ليس a trigger word is part of what is said not to be, no deed.
  bool predicate = false;

  bool any() const { return state || topic || anaphoric || referred || adjective || purpose || bare || predicate; }
};

constexpr int kNoSpeech = -2;  // Told::speaker of an event that is no speech verb

// An event of the sentence being read, with what the rules over the whole sentence need.
struct Told {
  int speaker = kNoSpeech;  // a speech verb's subject mention, -1 without one
  bool reporting = false;   // a plain reporting verb
  bool toll = false;        // a killing told as a deed's toll
  bool continuing = false;  // goes on with a statement told (مشيرا after قال)
  NotAnEvent not_event;
  Placement placed;
  // The event's trigger and the actors named with its target (Arguments::joint_targets).
  Span trigger;
  std::vector<std::string> joint_targets;
};

// Several triggers of one clause often name one event (هجوم … أسفر عن مقتل، شن الطيران غارات
// … وقصف): of the events from `first` on with the same CAMEO root and overlapping clauses, keep
// the one with the most arguments (the earliest among equals). Two kinds of force joined by و
// (القصف والغارات، اغتيال واختطاف) are two events. So is a verb with a subject of its own after
// a conjunction that opens a new clause (خاض الجيش معارك … فيما هاجمت عناصر من المقاومة نقطة),
// and a use of force aimed at another named side than the one it would merge into.
void merge_same_root(const EventText& text, const std::vector<Told>& told, std::vector<Event>& events, size_t first) {
  // غارات جوية على مواقع لتنظيم داعش … وبدأت حملة قصف لمخيمات حزب العمال: a deed aimed at
  // another named side is another deed.
  auto other_target = [](const Event& k, const Event& e) {
    return violent(k.cameo) && !k.target.empty() && !e.target.empty() && k.target != e.target;
  };
  auto arguments = [](const Event& e) { return !e.source.empty() + !e.target.empty(); };
  auto listed = [&](const Event& k, const Event& e) {
    return k.cameo != e.cameo && violent(k.cameo) && violent(e.cameo) && e.trigger.start >= k.trigger.end &&
           e.trigger.start - k.trigger.end <= 1 &&
           text.text({e.trigger.start, e.trigger.start + 1}) == "و";
  };
  auto placed = [&](const Event& e) -> const Placement* {
    auto t = std::find_if(told.begin(), told.end(), [&](const Told& x) { return x.trigger == e.trigger; });
    return t == told.end() ? nullptr : &t->placed;
  };
  auto new_clause = [&](const Event& k, const Event& e) {
    const Placement* pk = placed(k);
    const Placement* pe = placed(e);
    if (!pk || !pe || !pe->verb || !pe->own_source || e.source.empty() || pk->end > pe->first) return false;
    for (uint32_t i = pk->end; i < pe->first; ++i)
      if (clause::opens_own_clause(text, i)) return true;
    return false;
  };
  std::vector<Event> kept;
  for (size_t i = first; i < events.size(); ++i) {
    Event& e = events[i];
    auto same = std::find_if(kept.begin(), kept.end(), [&](const Event& k) {
      return k.cameo.substr(0, 2) == e.cameo.substr(0, 2) && k.evidence.overlaps(e.evidence) && !listed(k, e) &&
             !new_clause(k, e) && !other_target(k, e);
    });
    if (same == kept.end()) kept.push_back(std::move(e));
    else if (arguments(e) > arguments(*same)) *same = std::move(e);
  }
  events.resize(first);
  for (auto& e : kept) events.push_back(std::move(e));
}

// The speaker of a speech verb of this sentence whose subject ends right before a statement
// link (في) and a statement noun at `first` (قال المتحدث في بيان، أكدت الحكومة في مؤتمر صحفي),
// or -1.
int speaker_before(const EventText& text, const StatementLinks& links, const std::vector<Told>& told,
                   const TriggerRow& row, uint32_t first) {
  if (row.word_class == WordClass::kVerb || !row.cameo.starts_with("01") || first < 2 || !links.links(text, first - 1))
    return -1;
  for (const Told& t : told)
    if (t.speaker >= 0 && text.mentions()[t.speaker].end == first - 1) return t.speaker;
  return -1;
}

// A verbal noun after the preposition that a trigger's frame names for its topic (موافق على
// التعاون، دعت تركيا إلى اجتماع، استعداد مسلحي داعش لمعركة الرقة) is what the trigger is
// about, not a deed of its own: within kTopicReach words of the trigger, in its clause. So is a
// support verb with its noun there (تدعو إلى تنفيذ العمليات الانتحارية).
constexpr uint32_t kTopicReach = 3;
bool topic_complement(const EventText& text, const Placement& v, const Placement& n) {
  if (!v.topic || v.topic->empty() || (n.verb && !n.supported) || n.first < v.end || n.first - v.end > kTopicReach) return false;
  if (n.first >= v.clause.end) return false;
  for (uint32_t i = v.end; i < n.first; ++i)
    if (text.is_clause_break(i)) return false;
  for (const auto& p : *v.topic) {
    if (p.size() == 1 ? clause::carries_preposition(text, n.first, p[0]) : (n.first > v.end && text.match_word(n.first - 1, p) >= 0))
      return true;
  }
  return false;
}

// A noun right after a verb of its clause is that verb's complement (مستعدة للتعاون، طالبت
// بوقف التصعيد، تجاهلت الطلب): the verb names the event, the noun its topic.
constexpr uint32_t kComplementReach = 3;
bool governed(const EventText& text, const std::vector<Told>& told, size_t j) {
  auto at = [&](size_t i) -> const Placement& { return told[i].placed; };
  const Placement& n = at(j);
  auto complement = [&](const Placement& c) {
    for (size_t i = 0; i < told.size(); ++i)
      if (&at(i) != &c && !at(i).speech && !at(i).charge && topic_complement(text, at(i), c)) return true;
    return false;
  };
  if (complement(n)) return true;
  // A noun joined by و to such a complement shares its role (موافق على التعاون والاعتراف).
  for (size_t k = 0; k < told.size(); ++k)
    if (k != j && at(k).end == n.first && !n.verb && clause::conjoined(text, n.first) && complement(at(k))) return true;
  // A verbal noun with ل or ب right after another trigger word is its complement (مستعدة
  // للتعاون، خيارات عدة للتعاون، والتعاون لطرد: طرد read as a verb is its masdar), even with an
  // agent of its own.
  if (n.prepositional)
    for (size_t i = 0; i < told.size(); ++i)
      if (i != j && !at(i).speech && at(i).end == n.first) return true;
  // Right after a plain verb, a support verb + noun (يدرس عقد مؤتمر، رفضت عقد اجتماع) or a
  // definite noun, even with an agent of its own (تجاهلت الطلب التركي، رفضت المبادرة الروسية), is
  // its object: the verb names the event, the noun what it is about.
  if (n.supported || (!n.verb && text.definite(n.first)))
    for (size_t i = 0; i < told.size(); ++i)
      if (i != j && at(i).verb && !at(i).supported && !at(i).speech && at(i).end == n.first) return true;
  if (n.verb || n.own_source) return false;
  for (size_t i = 0; i < told.size(); ++i) {
    const Placement& v = at(i);
    if (i == j || !v.verb || v.speech) continue;
    if (v.end <= n.first && n.first - v.end <= kComplementReach && n.first >= v.clause.first && n.first < v.clause.end) return true;
  }
  return false;
}

// Whether a time word stands at `token` (الماضي، اليوم): no noun an adjective could follow.
bool time_word_at(const EventText& text, const TimeLexicon& time, uint32_t token) {
  uint32_t end = 0;
  return time.match(text, token, text.sentence(text.sentence_of(token)).end_token, end) != nullptr;
}

// التيارات المحاربة: a definite word right after a definite noun that names no actor, no event
// and no time is its adjective (an active participle), not a verbal noun of its own.
bool adjective_after_noun(const EventText& text, const TimeLexicon& time, const std::vector<TriggerMatch>& matches,
                          const TriggerMatch& m, Clause clause) {
  if (!(m.clitics & kArticle) || (m.clitics & kPreposition) || m.end - m.first != 1 || m.first <= clause.first) return false;
  const uint32_t before = m.first - 1;
  if (!text.is_word(before) || text.mention_at(before) >= 0 || !text.definite(before)) return false;
  if (std::any_of(matches.begin(), matches.end(), [&](const TriggerMatch& t) { return t.end == m.first; })) return false;
  return !time_word_at(text, time, before);
}

// لهزيمة، لتسهيل، للقاء: a verbal noun with ل that no verb governs names a purpose or what a noun
// is for, not an event: right after a clause break (…، لتسهيل سيطرتها: the purpose of the deed
// told before it) or right after a definite noun with its definite adjective (القوات البرية
// اللازمة لهزيمة التنظيم، الحصيلة النهائية للقاء), which no verb stands between. A ل-noun after a
// verb (تعرضت لهزيمة، تستعد للانقضاض) or after a noun with its agent (إعداد المسلحين لهجمات) stays.
// `after_support`: a support verb stands a few words before (تعرض حي الوعر، منتصف الليل، لقصف).
constexpr uint32_t kPurposeSupportReach = 8;  // tokens, asides included
bool purpose_of_noun(const EventText& text, uint32_t first, uint32_t sentence_first, bool after_support) {
  if (first < sentence_first + 2) return false;
  const uint32_t before = first - 1;
  if (text.is_clause_break(before)) return !after_support && text.is_word(before - 1);
  auto plain_definite = [&](uint32_t i) { return text.is_word(i) && text.mention_at(i) < 0 && text.definite(i); };
  return plain_definite(before) && plain_definite(before - 1);
}

// Whether an ordinal stands at `token` (الغارة الثانية: a new one of a series).
bool ordinal_at(const EventText& text, const TimeLexicon& time, uint32_t token) {
  if (token >= text.token_count() || !text.is_word(token)) return false;
  uint32_t end = 0;
  const TimeWord* w = time.match(text, token, text.sentence(text.sentence_of(token)).end_token, end);
  // Feminine ordinals (الثانية) are loaded as glue words that keep their number.
  return w && (w->kind == TimeWord::Kind::kOrdinal || (w->kind == TimeWord::Kind::kGlue && w->value > 0));
}

// A line printed twice (a common scraping defect) tells its events once: an event with the
// same code, trigger and clause text as an earlier one is that event.
void drop_repeated_lines(const EventText& text, std::vector<Event>& events) {
  std::unordered_map<std::string, uint32_t> told_at;  // where each was first told
  size_t kept = 0;
  for (auto& e : events) {
    std::string key = e.cameo + '\t' + text.text(e.trigger) + '\t' + text.text(e.evidence);
    // The events of one trigger against several targets (split_joint_targets) stand at one place.
    if (auto [at, fresh] = told_at.emplace(std::move(key), e.evidence.start); !fresh && at->second != e.evidence.start) continue;
    if (&events[kept] != &e) events[kept] = std::move(e);
    ++kept;
  }
  events.resize(kept);
}

// `d` moved by `count` days, weeks or months (a month keeps its day when it exists).
Date shifted(const Date& d, int count, TimeWord::Unit unit) {
  switch (unit) {
    case TimeWord::Unit::kWeek: return add_days(d, 7L * count);
    case TimeWord::Unit::kMonth: return add_months(d, count);
    case TimeWord::Unit::kYear: return add_months(d, 12 * count);
    case TimeWord::Unit::kDay: return add_days(d, count);
    default: return d;  // hours and minutes: the same day
  }
}

// Whether the verb that matched `m` is imperfect: a person prefix (ي ت ن) that its lemma does
// not start with (تسيطر of سيطر, يتحدث of تحدث; تحدث itself is a perfect).
bool imperfect_verb(const EventText& text, const TriggerMatch& m, const TriggerRow& row) {
  const std::u32string lemma = lexicon_key(row.lemma);
  for (const auto& r : text.readings(m.first)) {
    if (r.clitics != m.clitics || r.stem.empty()) continue;
    char32_t c = r.stem[0];
    if (c == U'ي' || ((c == U'ت' || c == U'ن') && (lemma.empty() || lemma[0] != c))) return true;
  }
  return false;
}

// How an event's date was read from its sentence's time expressions.
struct EventDating {
  bool undatable = false;   // منذ سنوات، قبل بضعة أيام: a time the text leaves open
  // A background date does not become the story's day for what is told next: the start of a
  // campaign named by its calendar date (ويشن الجيش منذ 11 يوليو حملة …; a weekday after منذ,
  // منذ عصر الخميس, is the story's own time) or the earlier event of غداة.
  bool background = false;
};

// Sets e.date and e.date_expression from the time expression nearest to the trigger at
// `trigger` (its modality already read): a calendar date, a weekday, the day of the event told
// before (في اليوم نفسه، غداة، بعد يوم من).
EventDating date_event(const EventText& text, const std::vector<TimeExpression>& expressions, Clause clause,
                       uint32_t trigger, const std::optional<Date>& publication, const std::string& previous_date,
                       const std::string& date_before_sentence, Event& e) {
  EventDating out;
  const TimeExpression* t = nearest_expression(expressions, clause, trigger);
  // The event before بعد ساعتين من X is not dated by the count: it keeps the story's day.
  if (t && t->parts.from_event && trigger < t->end) t = nullptr;
  if (t) {
    // A week named without its day (زار إسرائيل الأسبوع الماضي) leaves the day open too.
    out.undatable = !t->date && (t->parts.vague || t->parts.counted || t->parts.unit == TimeWord::Unit::kWeek);
    out.background = (t->date && t->parts.direction < 0 && !t->parts.counted && t->parts.month) ||
                     ((t->parts.day_after_event || t->parts.from_event) && trigger >= t->first);
    e.date_expression = text.text(t->span);
    if (t->same_day_as_previous) e.date = previous_date;
    else if (t->parts.day_after_event) {
      // وتأتي هذه الهجمات غداة مقتل 23 شخصا: what follows غداة came the day before the
      // event told with it (dated earlier); without that date, nothing is known.
      if (auto told = parse_iso(date_before_sentence); told && told->full())
        e.date = trigger >= t->first ? format_iso(add_days(*told, -1)) : date_before_sentence;
    }
    else if (t->parts.from_event) {
      // وذلك بعد يوم من هجوم: the event after the expression lies the count before (بعد) or
      // after (قبل) the event told before it in the sentence.
      if (auto told = parse_iso(previous_date); told && told->full() && trigger >= t->end && t->parts.count > 0)
        e.date = format_iso(shifted(*told, -t->parts.direction * t->parts.count, t->parts.count_unit));
    }
    else if (t->date) {
      Date d = *t->date;
      // A bare weekday of an event still to come is the next such day (الاجتماع الخميس).
      if (publication && t->parts.weekday && !t->parts.has_day_offset && !t->parts.month &&
          (e.modality == Modality::kFuture || e.modality == Modality::kPlanned))
        d = add_days(d, 7);
      // A month named without its year for an event still to come (يهدف إلى عقد مؤتمر في ابريل)
      // is the next such month, not the last one.
      if (publication && t->parts.month && !t->parts.year && !t->parts.has_shift && t->parts.direction <= 0 &&
          (e.modality == Modality::kFuture || e.modality == Modality::kPlanned) &&
          (d.year < publication->year || (d.year == publication->year && d.month < publication->month)))
        d = add_months(d, 12);
      e.date = format_iso(d);
    }
  }
  return out;
}

// Ground is taken from someone: an event over ground (ArgumentLexicon::against_opponent) with a
// source and no target is aimed at the side its source last fought in the story (a use of
// force, root 19, with both sides named), as analysts code "وكان التنظيم سيطر على البلدة" after
// "اشتباكات بين تنظيم داعش وقوات الأسد".
void aim_at_opponents(const ArgumentLexicon& lexicon, std::vector<Event>& events) {
  std::unordered_map<std::string, std::string> opponent;
  for (auto& e : events) {
    if (e.target.empty() && !e.source.empty() && lexicon.against_opponent(e.cameo)) {
      if (auto it = opponent.find(e.source); it != opponent.end()) e.target = it->second;
      continue;
    }
    const bool fought = e.modality == Modality::kAsserted || e.modality == Modality::kReportedClaim;
    if (e.cameo.starts_with("19") && fought && !e.source.empty() && !e.target.empty() && e.source != e.target) {
      opponent[e.source] = e.target;
      opponent[e.target] = e.source;
    }
  }
}

// What every step reads: the knowledge, the document's text, its reporters and its date.
struct Reading {
  const EventKnowledge& k;
  const EventText& text;
  const std::unordered_set<std::string>& reporters;  // actors that tell deeds, not do them
  const std::optional<Date>& publication;
};

// An agent told before: its actor, sentence and one past its trigger's last token.
struct ToldAgent {
  std::string actor;
  uint32_t sentence = 0, end = 0;
};

// What the story has told so far that the events after it lean on.
struct Story {
  std::string previous_date;         // the day of the last dated event (a background one aside)
  uint32_t previous_dated_end = 0;   // the end of that event's evidence (code points)
  std::optional<Date> last_month;    // the month the last dated expression named
  std::optional<uint32_t> speech_sentence;  // the sentence of the last speech verb
  ToldAgent agent;       // the agent of the last event with one
  ToldAgent verb_agent;  // the same for the last verb with a subject
  std::array<ForceTold, 2> forces;  // the last two agents of force, the latest first
};

// One sentence's trigger matches with what they share.
struct SentenceScope {
  uint32_t index = 0;
  std::vector<TriggerMatch> matches;
  std::vector<TimeExpression> expressions;
  std::vector<CueHit> cues;
  std::string date_before;  // the story's day when the sentence began
  size_t first_event = 0;   // the sentence's first event in Extraction::events
};

// The time expressions of sentence `s`. في الثاني والعشرين منه: "of it" is the month named last
// (الشهر الماضي), not this one.
std::vector<TimeExpression> sentence_times(const Reading& r, uint32_t s, Story& story) {
  auto expressions = find_time_expressions(r.text, r.k.time, s, r.publication);
  for (auto& t : expressions) {
    if (t.parts.of_it && t.parts.day && story.last_month &&
        t.parts.day <= days_in_month(story.last_month->year, story.last_month->month))
      t.date = Date{story.last_month->year, story.last_month->month, t.parts.day};
    else if (t.date && t.date->month && !t.parts.of_it && !t.parts.has_day_offset)
      story.last_month = Date{t.date->year, t.date->month, 0};
  }
  return expressions;
}

// A support verb just before the noun of match `mi` (شنت جبهة فتح الشام هجوما): the last one
// within kSupportReach words, or nullptr.
const TriggerMatch* support_before(const Reading& r, const std::vector<TriggerMatch>& matches, size_t mi) {
  const TriggerMatch& m = matches[mi];
  const TriggerMatch* support = nullptr;
  for (size_t pj = 0; pj < mi; ++pj) {
    const TriggerMatch& p = matches[pj];
    if (r.k.triggers.rows()[p.row].frame.support_verb && p.end <= m.first &&
        clause::words_outside_asides(r.text, p.end, m.first) <= kSupportReach)
      support = &p;
  }
  return support;
}

// The arguments of match `m` by its frame; a support verb gives its subject.
Arguments arguments_of(const Reading& r, const TriggerRow& row, const TriggerMatch& m, const TriggerMatch* support,
                       Clause clause) {
  const EventText& text = r.text;
  Arguments args = find_arguments(text, row, m.first, m.end, clause, -1, &r.k.arguments);
  if (!support) return args;
  const TriggerRow& srow = r.k.triggers.rows()[support->row];
  for (const auto& slot : srow.frame.source) {
    int src = fill_slot(text, slot, srow.word_class, support->first, support->end, clause, args.target);
    if (src >= 0 && src != args.target) {
      // The noun's own frame chose its target beside another source (ضربات … لتنظيم
      // داعش took داعش as the agent): choose it again beside the support verb's subject.
      if (args.source != src) args.target = find_arguments(text, row, m.first, m.end, clause, src).target;
      args.source = src;
      break;
    }
  }
  // A verb of undergoing (تعرضت المعارضة لهزيمة) names the noun's target as its subject.
  if (args.target < 0)
    for (const auto& slot : srow.frame.target)
      if ((args.target = fill_slot(text, slot, srow.word_class, support->first, support->end, clause, args.source)) >= 0) break;
  return args;
}

// واتصل بالدول الست … ولم يتصل بالجانب التركي: a verb joined by و to a verb before it in its
// sentence, with no reported or new clause between, shares that verb's subject.
bool joins_verb_before(const Reading& r, const Story& story, uint32_t s, const TriggerRow& row, const TriggerMatch& m,
                       bool supported, bool subject_slot) {
  return row.word_class == WordClass::kVerb && !supported && subject_slot && !row.frame.quote &&
         !story.verb_agent.actor.empty() && story.verb_agent.sentence == s && clause::joined_verb(r.text, m.first) &&
         !clause::opens_own_clause_in(r.text, story.verb_agent.end, m.first) &&
         !clause::verb_reported_in(r.text, story.verb_agent.end, m.first);
}

// A name found between two joined verbs stands in the first verb's complement, not as the
// second's subject: the joined verb loses it (and the first verb's subject as its target).
void leave_to_first_verb(const EventText& text, const ToldAgent& verb_agent, const TriggerMatch& m, Arguments& args) {
  if (args.source < 0) return;
  const auto& source = text.mentions()[args.source];
  if (source.actor == verb_agent.actor || source.first < verb_agent.end || source.end > m.first) return;
  if (args.target >= 0 && text.mentions()[args.target].actor == verb_agent.actor) args.target = -1;
  args.source = -1;
}

constexpr uint32_t kPluralNameReach = 60;  // tokens back to the carried agent's last mention

// Whether the last mention of `actor` before `token` is a plural of people (الحوثيين، المسلحون),
// the only kind of name a masculine plural verb agrees with (ويطالبون after "من تقدم تنظيم
// داعش" has the residents as subject, not the group). True when no mention is found.
bool plural_name(const EventText& text, const std::string& actor, uint32_t token) {
  for (uint32_t i = token; i > 0 && token - i < kPluralNameReach; --i) {
    int m = text.mention_at(i - 1);
    if (m < 0 || text.mentions()[m].actor != actor || text.mentions()[m].first != i - 1) continue;
    for (uint32_t w = text.mentions()[m].first; w < text.mentions()[m].end; ++w) {
      auto k = text.key(w);
      if (k.ends_with(U"ون") || k.ends_with(U"ين")) return true;
    }
    return false;
  }
  return true;
}

// An agent an event takes from one told before, when its clause names none.
struct CarriedAgent {
  std::string actor;          // empty: none carried
  bool from_force = false;    // carried from the force before: it names no new one
  bool noun_carried = false;  // a noun with no actor of its own: it stays uncodable
};

// The agent an event whose clause names none carries from the story: a joined verb's first
// verb, the agent told just before, or the force told before; none when no rule below applies.
CarriedAgent carried_agent(const Reading& r, const Story& story, uint32_t s, const TriggerRow& row, const TriggerMatch& m,
                           const TriggerMatch* support, Clause clause, const Arguments& args, bool joined,
                           bool subject_slot) {
  const EventText& text = r.text;
  const bool verb = row.word_class == WordClass::kVerb;
  if (args.source >= 0) return {};
  // A passive (الذي جرى اختطافه، ثم تم الإفراج عنهم، وتم ضرب حيدر خان) leaves its agent unnamed on
  // purpose: the agent or force told before is most often another deed's (طالب الاتحاد الدولي
  // للصحفيين الحوثيين بالإفراج عن صالح سنحان الذي جرى اختطافه).
  if (clause::passive_masdar(text, m.first)) return {};
  if (joined) return {story.verb_agent.actor};
  // Any other verb with no subject in its clause continues the agent of the event told just
  // before, in this sentence or the previous one.
  if (!support && subject_slot && verb && !row.frame.quote && !story.agent.actor.empty() && story.agent.sentence + 1 >= s &&
      !(clause::plural_verb(text, m.first) && !plural_name(text, story.agent.actor, m.first)))
    return {story.agent.actor};
  // A verbal noun with no agent of its own (أعلنت واشنطن وأنقرة عزمهما …، استبقت الوزارة
  // اللقاء بإطلاق تحذيرات) is a deed of the agent told before it in its sentence: not across
  // a clause with a subject of its own or a reported one (لكن إصابة في عينه حالت …، اكد البيان
  // ان العمليات), unless the phrase starts with that clause's verb (حيث يرسل مقاتلين), and not
  // after a verb of undergoing (واجه انتقادات).
  if (!verb && !row.frame.quote && !story.agent.actor.empty() && story.agent.sentence == s &&
      (args.target < 0 || text.mentions()[args.target].actor != story.agent.actor) &&
      !undergone(text, r.k.arguments, m.first, clause) &&
      (imperfect_verb(text, m, row) || !clause::opens_own_clause_in(text, story.agent.end, m.first)))
    return {story.agent.actor, false, true};
  // A use of force told with no agent (الغارة الثانية، شن الطيران الحربي غارات، انفجرت سيارة)
  // is one more of the force told just before, whose agent the story leaves implied.
  // When the latest force is this one's target (… بعد هجوم شنته الجبهة. الغارات الجوية قصفت
  // مواقع للجبهة), the one before it struck back.
  if (!violent(row.cameo) || row.frame.quote || r.k.arguments.patient_genitive(text, m.first) ||
      (support && r.k.arguments.undergoes(text, support->first)))
    return {};
  const std::string target = args.target < 0 ? std::string() : text.mentions()[args.target].actor;
  if (const ForceTold* force = force_carried(story.forces, row.cameo, s, target)) return {force->source, true, !verb};
  return {};
}

// The event of match `m` with its arguments (the carried agent when it has none of its own).
Event event_of(const Reading& r, const TriggerRow& row, const TriggerMatch& m, Clause clause, const Arguments& args,
               const CarriedAgent& carried) {
  const EventText& text = r.text;
  Event e;
  e.evidence = text.span(clause.first, clause.end);
  e.trigger = text.span(m.first, m.end);
  e.cameo = row.cameo;
  const auto& mentions = text.mentions();
  if (args.source >= 0) e.source = mentions[args.source].actor;
  else e.source = carried.actor;
  if (args.target >= 0) e.target = mentions[args.target].actor;
  if (args.location >= 0) e.location = mentions[args.location].actor;
  if (e.source == e.target) e.target.clear();
  // A news agency or monitor near a deed is the one telling it (أفادت سانا أن وحدات …).
  if (!row.frame.quote && !row.cameo.starts_with("01")) {
    if (r.reporters.count(e.source)) e.source.clear();
    if (r.reporters.count(e.target)) e.target.clear();
  }
  return e;
}

// Dates event `e` from its sentence; an event told right after a dated one, with no time word
// of its own, happened then (… أمس. وقتل خمسة من أفراد الفرقة): within kInheritDate code points.
// Returns whether the date may carry on to the events told next.
bool date_told_event(const Reading& r, const SentenceScope& sc, const Story& story, Clause clause, uint32_t trigger,
                     Event& e) {
  const EventDating dating = date_event(r.text, sc.expressions, clause, trigger, r.publication, story.previous_date,
                                        sc.date_before, e);
  if (e.date.empty() && !dating.undatable && !story.previous_date.empty() &&
      e.evidence.start < story.previous_dated_end + kInheritDate)
    e.date = story.previous_date;
  return !dating.background;
}

// What the story keeps of event `e` for the events after it: its date, its agent, its force.
void remember(const EventText& text, uint32_t s, const TriggerRow& row, const TriggerMatch& m, const TriggerMatch* support,
              const Arguments& args, const CarriedAgent& carried, const Event& e, bool date_carries, Story& story) {
  if (!e.date.empty() && date_carries) {
    story.previous_date = e.date;
    story.previous_dated_end = e.evidence.end;
  }
  if (!e.source.empty()) {
    story.agent = {e.source, s, m.end};
    if (row.word_class == WordClass::kVerb && !support && !row.frame.quote) story.verb_agent = {e.source, s, m.end};
  }
  // A country as the agent of force is often where it happened (هجمات في بغداد): only an
  // armed party or a state's force named as such is carried on.
  if (!e.source.empty() && violent(e.cameo) && !carried.from_force && args.source >= 0 &&
      text.mentions()[args.source].type != EntityType::kLoc) {
    if (story.forces[0].source != e.source) story.forces[1] = std::move(story.forces[0]);
    story.forces[0] = {e.source, e.cameo.substr(0, 2), s};
  }
}

// Why the event `e` of match `mi` is no event to code (see NotAnEvent). `events`: those told so
// far (the ones before sc.first_event are the earlier sentences').
NotAnEvent why_not_an_event(const Reading& r, const SentenceScope& sc, size_t mi, const TriggerMatch* support,
                            Clause clause, const ModalityReading& mod, const CarriedAgent& carried,
                            const std::vector<Event>& events, const Event& e) {
  const EventText& text = r.text;
  const TriggerMatch& m = sc.matches[mi];
  const TriggerRow& row = r.k.triggers.rows()[m.row];
  const bool imperfect = row.word_class == WordClass::kVerb && imperfect_verb(text, m, row);
  NotAnEvent why;
  why.state = mod.state && row.word_class == WordClass::kVerb && !support && imperfect;
  // Talks and statements refer back by their CAMEO root (المحادثات after اجتماع; a carried
  // agent is no actor of its own); a use of force only by its code, since a strike told
  // again is often a new one (الغارة الثانية).
  const bool force = violent(e.cameo);
  bool told_before = std::any_of(events.begin(), events.begin() + sc.first_event, [&](const Event& earlier) {
    return force ? earlier.cameo == e.cameo : earlier.cameo.substr(0, 2) == e.cameo.substr(0, 2);
  });
  // A possessive pronoun makes a noun as definite as the article does (اجتماعه، هجماتها): with no
  // actor the text resolves, it too points back to an event of its kind already told. So does a
  // statement or meeting after a support word (بعد إصدار البيان): issuing it adds no new one; a
  // use of force after one (شن الغارات) is often a new strike.
  why.anaphoric = row.word_class == WordClass::kNoun && (!support || !force) && (m.clitics & (kArticle | kEnclitic)) && told_before &&
                  (e.source.empty() || (carried.noun_carried && !force)) && e.target.empty();
  // وبدأت المحادثات، منذ بدء المعارك: the start of talks or a battle the story has told, the noun
  // right after the verb as its subject or genitive, is that event again, whoever the clause
  // names beside it (باجتماعات ثنائية بين الوفد الروسي …). Not with an agent between (بدأ الجيش
  // الباكستاني القصف: a new shelling).
  const bool start = support && r.k.triggers.rows()[support->row].frame.phase && support->end == m.first;
  if (start && row.word_class == WordClass::kNoun && (m.clitics & kArticle) && told_before) why.anaphoric = true;
  // A phrase row whose first word is definite (الهجمات الإرهابية) is a noun phrase too.
  const bool definite = (m.clitics & kArticle) || std::any_of(text.readings(m.first).begin(), text.readings(m.first).end(),
                                                                [](const WordReading& w) { return w.stem.starts_with(U"ال"); });
  const bool nominal = row.word_class == WordClass::kNoun || (row.word_class == WordClass::kAny && definite);
  // A perfect's letters after a topic head (بوقف تقدمه) are its masdar; an imperfect is a clause.
  why.topic = mod.topic && !support && !imperfect;
  // هذه الغارة الثانية: an ordinal counts a new one. After a verb of comment (ويأتي القصف الحوثي
  // بعد، وتشكل الضربات التركية منعطفا) the noun is one told before when its root was, in any form
  // (الهجوم after الغارات).
  const bool commented = mod.commented && std::any_of(events.begin(), events.begin() + sc.first_event, [&](const Event& earlier) {
                           return earlier.cameo.compare(0, 2, e.cameo, 0, 2) == 0;
                         });
  why.referred = (mod.refers || commented) && !support && nominal && definite && !ordinal_at(text, r.k.time, m.end);
  why.adjective = row.word_class == WordClass::kNoun && !support && adjective_after_noun(text, r.k.time, sc.matches, m, clause);
  why.purpose = !support && !imperfect && clause::carries_preposition(text, m.first, U'ل') &&
                purpose_of_noun(text, m.first, text.sentence(sc.index).first_token,
                                std::any_of(sc.matches.begin(), sc.matches.begin() + mi, [&](const TriggerMatch& p) {
                                  return r.k.triggers.rows()[p.row].frame.support_verb && m.first - p.end <= kPurposeSupportReach;
                                }));
  why.predicate = mod.copula;
  why.bare = nominal && !support && (e.source.empty() || carried.noun_carried) && e.target.empty() && e.location.empty() &&
             e.date_expression.empty() && !e.fatalities;
  return why;
}

// Reads match `mi` of the sentence into an event of `events` and its entry in `told`, and
// keeps what the story needs of it.
void read_match(const Reading& r, const SentenceScope& sc, size_t mi, Story& story, std::vector<Told>& told,
                std::vector<Event>& events) {
  const EventText& text = r.text;
  const TriggerMatch& m = sc.matches[mi];
  const TriggerRow& row = r.k.triggers.rows()[m.row];
  const uint32_t s = sc.index;
  const TriggerMatch* support = support_before(r, sc.matches, mi);
  const Clause clause = clause_around(text, support ? support->first : m.first, m.end);
  Arguments args = arguments_of(r, row, m, support, clause);
  // وأكدت الحكومة التركية في بيان صادر عن مكتب رئيس الوزراء: a statement after a statement link
  // (في), right after the subject of a speech verb, is that subject speaking; the office it came
  // from is only its channel.
  if (int speaker = speaker_before(text, r.k.statement_links, told, row, m.first); speaker >= 0) args.source = speaker;
  const bool subject_slot = std::any_of(row.frame.source.begin(), row.frame.source.end(),
                                        [](const ArgumentSlot& a) { return a.kind == ArgumentSlot::Kind::kSubject; });
  const bool joined = joins_verb_before(r, story, s, row, m, support != nullptr, subject_slot);
  if (joined) leave_to_first_verb(text, story.verb_agent, m, args);
  const CarriedAgent carried = carried_agent(r, story, s, row, m, support, clause, args, joined, subject_slot);

  Event e = event_of(r, row, m, clause, args, carried);
  ModalityReading mod = read_modality(text, sc.cues, support ? support->first : m.first, m.end,
                                      support ? support->clitics : m.clitics);
  e.modality = mod.modality;
  e.attributed_to = mod.attributed_to;
  const bool date_carries = date_told_event(r, sc, story, clause, m.first, e);
  if (violent(e.cameo)) e.fatalities = fatalities_in(text, r.k, clause);
  remember(text, s, row, m, support, args, carried, e, date_carries, story);

  Told t;
  t.speaker = row.frame.quote ? args.source : kNoSpeech;
  t.reporting = row.frame.report;
  t.toll = row.frame.toll;
  // The active participle of a speech verb (مشيرا، معتبرا، موضحة) after a statement of
  // this sentence or the one before goes on with that statement: report it no further.
  t.continuing = row.frame.quote && row.word_class == WordClass::kVerb && text.key(m.first).find(U'م') <= 2 &&
                 m.end - m.first == 1 && story.speech_sentence && *story.speech_sentence + 1 >= s;
  if (row.frame.quote) story.speech_sentence = s;
  t.placed = {support ? support->first : m.first, m.end, clause,
              row.word_class == WordClass::kVerb || support != nullptr, row.frame.quote, args.source >= 0};
  t.placed.topic = &row.frame.topic;
  t.placed.charge = row.cameo.starts_with("11");
  t.placed.supported = support != nullptr;
  // ليعقد (ل + imperfect) is a purpose verb; لطرد (ل + the perfect's letters) is a masdar.
  t.placed.prepositional = !support && (m.clitics & kPreposition) &&
                           !(row.word_class == WordClass::kVerb && imperfect_verb(text, m, row));
  t.not_event = why_not_an_event(r, sc, mi, support, clause, mod, carried, events, e);
  t.trigger = e.trigger;
  for (int m : args.joint_targets)
    if (!r.reporters.count(text.mentions()[m].actor)) t.joint_targets.push_back(text.mentions()[m].actor);
  told.push_back(std::move(t));
  // A meeting an actor intends (يهدف إلى عقد مؤتمر، تعتزم زيارة) has not happened: CAMEO codes
  // the intention, "express intent to meet or negotiate" (036).
  if (e.modality == Modality::kPlanned && e.cameo.starts_with("04")) e.cameo = "036";
  events.push_back(std::move(e));
}

// A speech verb makes the events after it in its sentence the speaker's claims.
void attribute_to_speakers(const EventText& text, const std::vector<Told>& told, size_t first, std::vector<Event>& events) {
  for (size_t i = first; i < events.size(); ++i) {
    int speaker = told[i - first].speaker;
    if (speaker == kNoSpeech) continue;
    for (size_t j = i + 1; j < events.size(); ++j) {
      Event& later = events[j];
      if (later.modality == Modality::kAsserted) later.modality = Modality::kReportedClaim;
      if (later.attributed_to.empty() && speaker >= 0) later.attributed_to = text.mentions()[speaker].actor;
    }
  }
}

// Analysts code what was said, not the saying: a plain report whose content is an event
// of its sentence (قال المرصد إن طائرات حربية قصفت …) gives way to that event, and one by an
// unnamed speaker (وقال، وأضاف، مشيرا) continues a statement already told. Nor do they code a
// complement or a match that names no event.
std::vector<bool> not_coded(const EventText& text, const std::vector<Told>& told, size_t first,
                            const std::vector<Event>& events) {
  std::vector<bool> dropped(told.size());
  for (size_t i = 0; i < told.size(); ++i) {
    bool speech = told[i].speaker != kNoSpeech;
    bool unnamed_speech = speech && events[first + i].source.empty();
    bool framing = told[i].reporting && first + i + 1 < events.size();
    dropped[i] = unnamed_speech || framing || governed(text, told, i) || told[i].continuing || told[i].not_event.any();
  }
  return dropped;
}

// Whether event j of the sentence is the content of event i: a planned event in i's clause
// after it, i being no speech verb.
bool content_of(const std::vector<Told>& told, const std::vector<Event>& events, size_t first, size_t i, size_t j) {
  const Placement& p = told[i].placed;
  return !p.speech && p.end <= told[j].placed.first && told[j].placed.first < p.clause.end &&
         events[first + j].modality == Modality::kPlanned;
}

// تخطط لتحريك الفصائل التي انضوت في عمليتها، هدف إلى تشكيل تحالف لمحاربة داعش: a planned event
// after an intended one of its clause is that plan's purpose or detail, not a plan of its own.
// An intention whose first content is a use of force (أعلنت عن نيتها الاستمرار بقصف المدينة)
// is a threat of military force (138).
void settle_plans(const std::vector<Told>& told, size_t first, std::vector<Event>& events, std::vector<bool>& dropped) {
  for (size_t i = 0; i < told.size(); ++i) {
    Event& plan = events[first + i];
    if (dropped[i] || plan.cameo != "030") continue;
    for (size_t j = i + 1; j < told.size(); ++j)
      if (content_of(told, events, first, i, j)) {
        if (violent(events[first + j].cameo)) plan.cameo = "138";
        break;
      }
  }
  for (size_t j = 0; j < told.size(); ++j)
    for (size_t i = 0; i < j && !dropped[j]; ++i) {
      const Event& plan = events[first + i];
      dropped[j] = !dropped[i] && content_of(told, events, first, i, j) &&
                   (plan.modality == Modality::kPlanned || plan.cameo.starts_with("03") || plan.cameo == "138");
    }
}

// قتل خمسة في هجوم، أسفر القصف عن مقتل، هجوم استهدف: a killing or a targeting is the toll or
// aim of the violent event of its sentence, which the analyst codes. An attack noun after the
// toll in its clause (قتل خمسة في هجوم، استهدفت غارة مشفى) is that event even when it looked
// uncodable or governed, and takes the toll's date and place.
void credit_tolls(const std::vector<Told>& told, size_t first, std::vector<Event>& events, std::vector<bool>& dropped) {
  auto deed_of = [&](size_t i) -> long {
    long other = -1;
    for (size_t j = 0; j < told.size(); ++j) {
      if (j == i || told[j].toll || !violent(events[first + j].cameo)) continue;
      const Placement& p = told[j].placed;
      if (!p.verb && p.first >= told[i].placed.end && p.first < told[i].placed.clause.end) return j;
      if (!dropped[j] && other < 0) other = static_cast<long>(j);
    }
    return other;
  };
  for (size_t i = 0; i < told.size(); ++i) {
    Event& e = events[first + i];
    if (!told[i].toll || dropped[i] || !violent(e.cameo)) continue;
    long j = deed_of(i);
    if (j < 0) continue;
    Event& deed = events[first + j];
    if (dropped[j]) {
      dropped[j] = false;
      if (deed.date.empty()) { deed.date = e.date; deed.date_expression = e.date_expression; }
      if (deed.location.empty()) deed.location = e.location;
      if (!deed.fatalities) deed.fatalities = e.fatalities;
    }
    dropped[i] = true;
  }
}

// Removes the dropped events of the sentence starting at `first`.
void remove_dropped(const std::vector<bool>& dropped, size_t first, std::vector<Event>& events) {
  size_t kept = first;
  for (size_t i = first; i < events.size(); ++i) {
    if (!dropped[i - first]) {
      if (kept != i) events[kept] = std::move(events[i]);
      ++kept;
    }
  }
  events.resize(kept);
}

// محاربة الجماعات الكردية وتنظيم داعش: a deed against several named together is coded once
// per target, with the same trigger, source and clause.
void split_joint_targets(const std::vector<Told>& told, size_t first, std::vector<Event>& events) {
  for (size_t i = first; i < events.size(); ++i) {
    if (events[i].target.empty()) continue;
    auto t = std::find_if(told.begin(), told.end(), [&](const Told& x) { return x.trigger == events[i].trigger; });
    if (t == told.end() || t->joint_targets.empty()) continue;
    const Event e = events[i];
    std::vector<std::string> coded = {e.source, e.target};
    for (const std::string& other : t->joint_targets) {
      if (std::find(coded.begin(), coded.end(), other) != coded.end()) continue;  // two names of one actor
      coded.push_back(other);
      Event twin = e;
      twin.target = other;
      events.insert(events.begin() + static_cast<std::ptrdiff_t>(++i), std::move(twin));  // right after e
    }
  }
}

constexpr uint32_t kSceneReach = 4;  // words: وفي شمال شرق سوريا،

// Whether sentence `s` opens on a place set off by a comma (وفي العراق، …، ومن دمشق، …) or on
// a connective of a news digest (إلى ذلك، من جهة أخرى): the story moves to another scene, whose
// deeds are not those of the agents told before it.
bool opens_new_scene(const EventText& text, uint32_t s) {
  if (DigestOpeners::get().opens(text, s)) return true;
  const Sentence& sentence = text.sentence(s);
  const uint32_t first = sentence.first_token;
  if (first + 2 >= sentence.end_token || !clause::is_preposition_word(text, first)) return false;
  bool place = false;
  for (uint32_t i = first + 1; i < sentence.end_token && i <= first + kSceneReach; ++i) {
    if (text.is_clause_break(i)) return place;
    int m = text.mention_at(i);
    if (m >= 0) place = text.mentions()[m].type == EntityType::kLoc;
  }
  return false;
}

// The events of sentence `s`, appended to `events`.
void read_sentence(const Reading& r, uint32_t s, Story& story, std::vector<Event>& events) {
  SentenceScope sc;
  if (opens_new_scene(r.text, s)) {
    story.agent = {};
    story.verb_agent = {};
    story.forces = {};
  }
  sc.index = s;
  sc.matches = match_triggers(r.text, r.k.triggers, s);
  if (sc.matches.empty()) return;
  sc.expressions = sentence_times(r, s, story);
  sc.cues = find_cues(r.text, r.k.modality, s);
  sc.date_before = story.previous_date;
  sc.first_event = events.size();
  std::vector<Told> told;
  for (size_t mi = 0; mi < sc.matches.size(); ++mi)
    if (!r.k.triggers.rows()[sc.matches[mi].row].frame.support_verb)  // read with the noun it governs
      read_match(r, sc, mi, story, told, events);

  attribute_to_speakers(r.text, told, sc.first_event, events);
  std::vector<bool> dropped = not_coded(r.text, told, sc.first_event, events);
  settle_plans(told, sc.first_event, events, dropped);
  credit_tolls(told, sc.first_event, events, dropped);
  remove_dropped(dropped, sc.first_event, events);
  merge_same_root(r.text, told, events, sc.first_event);
  split_joint_targets(told, sc.first_event, events);
}

// Who fights whom, from the uses of force with both sides named: armed parties and states.
// A person acts for one (أردوغان), and a place named as a target (قصف سوريا) is where the
// force fell, not a side.
void add_fights(Extraction& x) {
  std::unordered_map<std::string, const Actor*> actor_of;
  for (const auto& a : x.actors) actor_of.emplace(a.id, &a);
  auto side = [&](const std::string& id, bool target) {
    auto it = actor_of.find(id);
    if (it == actor_of.end()) return true;  // a demonym: a state or its army
    const Actor& a = *it->second;
    if (a.type == EntityType::kPer) return false;
    if (a.type == EntityType::kLoc) return !target && a.kind == "country";
    return true;
  };
  for (const auto& e : x.events) {
    if (!violent(e.cameo) || e.source.empty() || e.target.empty() || e.source == e.target) continue;
    if (!side(e.source, false) || !side(e.target, true)) continue;
    // An intended use of force (لمحاربة داعش، بهدف قتال الهيئة) is no fight yet.
    if (e.modality == Modality::kNegated || e.modality == Modality::kHypothetical || e.modality == Modality::kPlanned ||
        e.modality == Modality::kFuture)
      continue;
    bool known = std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& rel) {
      return rel.predicate == "fights" && rel.subject == e.source && rel.object == e.target;
    });
    if (!known) x.relations.push_back({e.source, "fights", e.target, e.evidence});
  }
}

}  // namespace

std::shared_ptr<const EventKnowledge> EventExtractor::load_knowledge(const std::string& data_dir_arg) {
  const std::string dir = data_dir_arg.empty() ? data_dir() : data_dir_arg;
  auto k = std::make_shared<EventKnowledge>();
  k->triggers.load(dir + "/events/triggers.tsv");
  k->codes.load(dir + "/cameo/codes.tsv");
  k->modality.load(dir + "/events/modality.tsv");
  k->time.load(dir + "/time");
  k->calendar.load(dir + "/calendar/anchor_events.tsv");
  k->relations.load(dir + "/events/relation_patterns.tsv", dir + "/actors/relations.tsv", dir + "/events/role_heads.tsv");
  k->demonyms.load(dir + "/events/demonyms.tsv");
  k->demonyms.load_anaphors(dir + "/events/anaphors.tsv");
  k->arguments.load(dir + "/events/argument_frames.tsv");
  for_each_tsv_row(dir + "/events/reporters.tsv", 2, [&](const std::vector<std::string_view>& f) {
    (f[0] == "kind" ? k->reporter_kinds : k->reporter_ids).emplace(f[1]);
  }, /*header=*/true);
  for_each_tsv_row(dir + "/events/casualties.tsv", 1, [&](const std::vector<std::string_view>& f) {
    k->casualty_words.push_back(lexicon_key(f[0]));
  }, /*header=*/true);
  k->statement_links.load(dir + "/events/statement_links.tsv");
  return k;
}

EventExtractor::EventExtractor(std::shared_ptr<const EventKnowledge> knowledge) : knowledge_(std::move(knowledge)) {}
EventExtractor::~EventExtractor() = default;

const CameoCode* EventExtractor::describe(std::string_view cameo) const { return knowledge_->codes.find(cameo); }

EventText EventExtractor::read(const Analyzed& analyzed, Extraction& x) const {
  EventText text(analyzed);
  // The publication date: metadata, else read from the text.
  if (x.publication_date.date.empty() && !x.document.date.empty()) x.publication_date = {x.document.date, false, ""};
  if (x.publication_date.date.empty() && analyzed.document && !analyzed.document->date.empty())
    x.publication_date = {analyzed.document->date, false, ""};
  if (x.publication_date.date.empty()) {
    const uint32_t sentences = static_cast<uint32_t>(analyzed.sentences.size());
    std::vector<std::vector<TimeExpression>> undated(sentences);
    for (uint32_t s = 0; s < sentences; ++s) undated[s] = find_time_expressions(text, knowledge_->time, s, std::nullopt);
    x.publication_date = infer_publication_date(text, knowledge_->calendar, undated);
  }
  return text;
}

void EventExtractor::extract(const Analyzed& analyzed, Extraction& x) const {
  EventText text = read(analyzed, x);
  extract(text, x);
}

void EventExtractor::extract(EventText& text, Extraction& x) const {
  const EventKnowledge& k = *knowledge_;
  text.place_mentions(x, &k.demonyms);
  const uint32_t sentences = static_cast<uint32_t>(text.analyzed().sentences.size());
  std::unordered_set<std::string> reporters(k.reporter_ids);
  for (const auto& actor : x.actors)
    if (k.reporter_kinds.count(actor.kind)) reporters.insert(actor.id);

  std::optional<Date> publication = parse_iso(x.publication_date.date);
  if (publication && !publication->full()) publication.reset();

  const Reading r{k, text, reporters, publication};
  Story story;
  for (uint32_t s = 0; s < sentences; ++s) read_sentence(r, s, story, x.events);
  drop_repeated_lines(text, x.events);
  aim_at_opponents(k.arguments, x.events);

  // Relations: patterns, titles, known facts, and fights from uses of force.
  find_relations(text, k.relations, x, publication, x.relations);
  add_fights(x);

  // Every actor an event or relation names must be in Extraction::actors; the entity stage
  // put there every mentioned one, and events only use mentioned actors.
}

}  // namespace marsad

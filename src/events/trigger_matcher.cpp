#include "events/trigger_matcher.h"

#include <algorithm>

#include "events/clause_syntax.h"

namespace marsad {
namespace {

constexpr uint32_t kNeedsWindow = 15;   // needs=: within 15 words in the sentence
constexpr uint32_t kUnlessWindow = 2;   // unless=: within 2 words on either side
// unless_near=: within 6 words on either side. A sport word rarely stands farther from the verb it
// colours (وشارك نافاس في مباراة الفريق السبت أمام روما).
constexpr uint32_t kUnlessNearWindow = 6;

bool any_word_near(const EventText& text, const std::vector<std::u32string>& words, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i)
    for (const auto& w : words)
      if (text.match_word(i, w) >= 0) return true;
  return false;
}

// One of `words` within `window` words before [first, end) or after it, in sentence `s`.
bool any_word_around(const EventText& text, const std::vector<std::u32string>& words, const Sentence& s, uint32_t first,
                     uint32_t end, uint32_t window) {
  uint32_t from = first >= s.first_token + window ? first - window : s.first_token;
  uint32_t to = std::min(end + window, s.end_token);
  return any_word_near(text, words, from, first) || any_word_near(text, words, end, to);
}

bool conditions_hold(const EventText& text, const Frame& frame, const Sentence& s, uint32_t first, uint32_t end) {
  if (!frame.unless.empty() && any_word_around(text, frame.unless, s, first, end, kUnlessWindow)) return false;
  if (!frame.unless_near.empty() && any_word_around(text, frame.unless_near, s, first, end, kUnlessNearWindow)) return false;
  if (!frame.unless_before.empty()) {
    uint32_t from = first >= s.first_token + kUnlessWindow ? first - kUnlessWindow : s.first_token;
    if (any_word_near(text, frame.unless_before, from, first)) return false;
  }
  // needs= also counts the trigger's own words.
  if (!frame.needs.empty()) {
    uint32_t from = first >= s.first_token + kNeedsWindow ? first - kNeedsWindow : s.first_token;
    uint32_t to = std::min(end + kNeedsWindow, s.end_token);
    if (!any_word_near(text, frame.needs, from, to)) return false;
  }
  if (!frame.needs_after.empty() && !any_word_near(text, frame.needs_after, end, std::min(end + kNeedsWindow, s.end_token)))
    return false;
  return true;
}

// Of two matches of one length, the row with more conditions is the more specific reading.
// unless_near= only keeps a row out of another domain's prose (sport): it makes no reading more specific.
size_t condition_count(const Frame& f) {
  return f.needs.size() + f.unless.size() + f.unless_before.size() + f.needs_after.size();
}

// A perfect verb with a pronoun whose stem, with ت read as ة, is also a form (سيطرتها: سيطرت + ها
// or سيطرة + ها): after a free preposition (عن سيطرتها) or in construct with a verbal noun that a
// glued preposition governs (لتسهيل سيطرتها) no finite verb can stand, so the word is the noun
// with its possessive. Only for a verb that takes no direct object (سيطر على): the possessive of
// its verbal noun can only be the doer, while that of a transitive one is as often the object
// (عدم استضافته: he is the guest), which the verb's reading keeps.
bool takes_object(const Frame& frame) {
  return std::any_of(frame.target.begin(), frame.target.end(),
                     [](const ArgumentSlot& a) { return a.kind == ArgumentSlot::Kind::kObject; });
}

bool noun_in_verb_reading(const EventText& text, const TriggerLexicon& lexicon, const WordReading& reading,
                          uint32_t token) {
  if (!(reading.clitics & kEnclitic) || reading.stem.empty() || reading.stem.back() != U'ت') return false;
  std::u32string noun(reading.stem);
  noun.back() = U'ه';
  if (!lexicon.starting_with(noun) || token == 0) return false;
  return clause::is_preposition_word(text, token - 1) || clause::after_prepositional_masdar(text, token);
}

// مركز الملك سلمان للإغاثة، ميدان التحرير، تحالف دعم الشرعية: a word of a name of several words
// (an organisation or a place) is part of the name, not an event. Not a person's name: the
// entity stage at times draws a speech verb into one (عبد الله قائلا), and the verb is the event.
bool inside_longer_name(const EventText& text, const TriggerMatch& m) {
  int index = text.mention_at(m.first);
  if (index < 0) return false;
  const MentionOnTokens& name = text.mentions()[index];
  // index < 0: a demonym or a noun standing for an actor (الغارات التركية), no name.
  if (name.index < 0 || (name.type != EntityType::kOrg && name.type != EntityType::kLoc)) return false;
  return m.end <= name.end && name.end - name.first > m.end - m.first;
}

// The word as written has ئ (the match key has folded it to ي).
bool has_hamza_on_ya(const EventText& text, uint32_t token) {
  const Analyzed& a = text.analyzed();
  const Span& span = a.tokens[token].edited;
  std::u32string_view word(a.text.data() + span.start, span.end - span.start);
  return word.find(U'\u0626') != std::u32string_view::npos;
}

}  // namespace

std::vector<TriggerMatch> match_triggers(const EventText& text, const TriggerLexicon& lexicon, uint32_t sentence) {
  const Sentence& s = text.sentence(sentence);
  std::vector<TriggerMatch> found;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (!text.is_word(i)) continue;
    // The least stripped reading that starts a form decides what the word is (بحث is the
    // verb بحث, never ب + حث); every row sharing that reading competes.
    bool matched_reading = false;
    bool hamza_on_ya = has_hamza_on_ya(text, i);
    for (const auto& reading : text.readings(i)) {
      const auto* entries = lexicon.starting_with(reading.stem);
      if (!entries) continue;
      bool noun_only = noun_in_verb_reading(text, lexicon, reading, i);
      for (const auto& e : *entries) {
        const TriggerRow& row = lexicon.rows()[e.row];
        if (!accepts(row.word_class, reading.clitics)) continue;
        if (noun_only && row.word_class == WordClass::kVerb && !takes_object(row.frame)) continue;
        if (hamza_on_ya && !row.hamza_on_ya[e.form]) continue;
        const Phrase& form = row.forms[e.form];
        uint32_t end = form.size() == 1 ? i + 1 : text.match_phrase(i + 1, form, s.end_token, WordClass::kAny, 1);
        if (form.size() > 1 && end == 0) continue;
        if (form.size() > 1 && form.back().empty()) continue;
        matched_reading = true;
        if (!conditions_hold(text, row.frame, s, i, end)) continue;
        found.push_back({e.row, i, end, reading.clitics});
      }
      if (matched_reading) break;
    }
  }
  // Longest first; a row with conditions beats the fallback row of the same length.
  std::stable_sort(found.begin(), found.end(), [&](const TriggerMatch& a, const TriggerMatch& b) {
    if (a.end - a.first != b.end - b.first) return a.end - a.first > b.end - b.first;
    return condition_count(lexicon.rows()[a.row].frame) > condition_count(lexicon.rows()[b.row].frame);
  });
  std::vector<TriggerMatch> chosen;
  for (const auto& m : found) {
    bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const TriggerMatch& c) { return m.first < c.end && c.first < m.end; });
    if (!overlaps) chosen.push_back(m);
  }
  // A formula has taken its words; it is no event itself.
  std::erase_if(chosen, [&](const TriggerMatch& m) {
    return lexicon.rows()[m.row].frame.formula || inside_longer_name(text, m);
  });
  std::sort(chosen.begin(), chosen.end(), [](const TriggerMatch& a, const TriggerMatch& b) { return a.first < b.first; });
  return chosen;
}

}  // namespace marsad

#include "events/event_text.h"

#include <algorithm>
#include <unordered_map>

#include "core/hash.h"
#include "core/utf8.h"
#include "events/clause_syntax.h"
#include "events/clause_words.h"
#include "events/demonyms.h"
#include "events/referents.h"
#include "text/chars.h"
#include "text/normalize.h"

namespace marsad {
namespace {

// Readings are memoized per thread: a news article repeats its words, a corpus its vocabulary.
const std::vector<WordReading>& cached_readings(std::u32string_view key, bool ta_marbuta) {
  thread_local std::unordered_map<std::u32string, std::vector<WordReading>, U32Hash, std::equal_to<>> memo[2];
  auto& m = memo[ta_marbuta];
  if (m.size() > 200000) m.clear();
  auto it = m.find(key);
  if (it != m.end()) return it->second;
  return m.emplace(std::u32string(key), word_readings(key, ta_marbuta)).first->second;
}

bool breaks_clause(char32_t c) {
  switch (c) {
    case U'،': case U',': case U'؛': case U';': case U':': case U'.': case U'!': case U'?': case U'؟':
    case U'(': case U')': case U'[': case U']': case U'«': case U'»': case U'"': case U'“': case U'”':
    case U'–': case U'—': case U'-': case U'…':
      return true;
    default:
      return false;
  }
}

}  // namespace

Phrase parse_phrase(std::string_view utf8) {
  Phrase phrase;
  size_t i = 0;
  while (i < utf8.size()) {
    size_t j = utf8.find(' ', i);
    if (j == std::string_view::npos) j = utf8.size();
    auto word = utf8.substr(i, j - i);
    if (word == "*") phrase.emplace_back();
    else if (!word.empty()) {
      auto k = lexicon_key(word);
      if (!k.empty()) phrase.push_back(std::move(k));
    }
    i = j + 1;
  }
  return phrase;
}

EventText::EventText(const Analyzed& analyzed, const Extraction& x, const Demonyms* demonyms) : EventText(analyzed) {
  place_mentions(x, demonyms);
}

EventText::EventText(const Analyzed& analyzed) : a_(analyzed) {
  const size_t n = a_.tokens.size();
  readings_.resize(n);
  clause_break_.assign(n, false);
  sentence_of_.assign(n, 0);
  static const std::vector<WordReading> kNone;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = a_.tokens[i];
    if (t.kind == TokenKind::kWord) {
      auto surface = a_.surface(t);
      bool ta_marbuta = false;
      for (auto it = surface.rbegin(); it != surface.rend(); ++it) {
        if (*it >= 0x064B && *it <= 0x0652) continue;  // harakat
        ta_marbuta = *it == U'ة';
        break;
      }
      readings_[i] = cached_readings(a_.key(t), ta_marbuta);
    } else if (t.kind == TokenKind::kNumber) {
      readings_[i] = {{std::u32string(a_.key(t)), 0}};
    } else if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) {
      auto s = a_.surface(t);
      clause_break_[i] = std::any_of(s.begin(), s.end(), breaks_clause);
    }
  }
  for (uint32_t s = 0; s < a_.sentences.size(); ++s)
    for (uint32_t i = a_.sentences[s].first_token; i < a_.sentences[s].end_token && i < n; ++i) sentence_of_[i] = s;
}

void EventText::place_mentions(const Extraction& x, const Demonyms* demonyms) {
  const size_t n = a_.tokens.size();
  kinds_.clear();
  mentions_.clear();
  auto& kinds = kinds_;
  countries_.clear();
  for (const auto& actor : x.actors) {
    kinds.emplace(actor.id, actor.kind);
    if (!actor.country.empty()) countries_.emplace(actor.id, actor.country);
  }
  // Mentions on tokens: a mention covers the tokens its span overlaps.
  mention_at_.assign(n, -1);
  std::vector<int> order(x.mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(), [&](int l, int r) {
    const auto &a = x.mentions[l].span, &b = x.mentions[r].span;
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  for (int mi : order) {
    const Mention& m = x.mentions[mi];
    if (m.actor.empty()) continue;
    auto first = std::lower_bound(a_.tokens.begin(), a_.tokens.end(), m.span.start,
                                  [](const Token& t, uint32_t pos) { return t.span.end <= pos; });
    if (first == a_.tokens.end() || !first->span.overlaps(m.span)) continue;
    uint32_t f = static_cast<uint32_t>(first - a_.tokens.begin()), e = f;
    while (e < n && a_.tokens[e].span.overlaps(m.span)) ++e;
    if (mention_at_[f] >= 0) continue;  // nested in a longer mention (الأسد in نظام الأسد)
    MentionOnTokens on{mi, f, e, m.metonymy && !m.acting_as.empty() ? m.acting_as : m.actor, m.type, {}, true};
    if (m.type == EntityType::kLoc && !m.metonymy) {
      auto kind = kinds.find(m.actor);
      on.acts = kind != kinds.end() && kind->second == "country";
    }
    if (a_.tokens[f].span.start < m.span.start)
      on.prefix = marsad::key(std::u32string_view(a_.original).substr(a_.tokens[f].span.start, m.span.start - a_.tokens[f].span.start));
    int index = static_cast<int>(mentions_.size());
    mentions_.push_back(std::move(on));
    for (uint32_t i = f; i < e; ++i) mention_at_[i] = index;
  }
  mark_described();
  if (demonyms) add_demonyms(*demonyms);
}

// The token of a branch noun (data/events/clause_words.tsv `branch`) ending right before
// `token`: ذراع، فرع in construct (`definite_head` false), or الجناح، الذراع with one
// adjective before ل (true). -1 when there is none.
int EventText::branch_before(uint32_t token, bool definite_head) const {
  const auto& words = ClauseWords::get();
  auto branch = [&](uint32_t i) {
    if (!is_word(i) || mention_at_[i] >= 0) return false;
    for (const auto& r : readings_[i])
      if (!(r.clitics & (kConjunction | kPreposition)) && ((r.clitics & kArticle) != 0) == definite_head &&
          words.is(ClauseWord::kBranch, r.stem))
        return true;
    return false;
  };
  if (token == 0) return -1;
  if (branch(token - 1)) return static_cast<int>(token - 1);
  // الجناح العسكري لحركة حماس: one relational adjective between.
  if (definite_head && token >= 2 && is_word(token - 1) && mention_at_[token - 1] < 0 && definite(token - 1) &&
      branch(token - 2))
    return static_cast<int>(token - 2);
  return -1;
}

// A name in an apposition that describes the name before it (جبهة النصرة، ذراع تنظيم القاعدة في
// سوريا؛ كتائب القسام، الجناح العسكري لحركة حماس): the owner of the branch is told to say who the
// first name is, it takes no part in the clause's events, and no later pronoun or noun refers to it.
void EventText::mark_described() {
  auto quote = [&](uint32_t i) {
    auto k = key(i);
    return !k.empty() && std::all_of(k.begin(), k.end(), chars::is_quote_mark);
  };
  auto comma = [&](uint32_t i) { return key(i).size() == 1 && chars::is_comma(key(i)[0]); };
  for (auto& y : mentions_) {
    uint32_t i = y.first;
    while (i > 0 && quote(i - 1)) --i;
    const bool lam = y.prefix.find(U'ل') != std::u32string::npos;
    int b = branch_before(i, lam);
    if (b < 0) continue;
    uint32_t j = static_cast<uint32_t>(b);
    while (j > 0 && (quote(j - 1) || (!is_word(j - 1) && !clause_break_[j - 1]) || comma(j - 1))) --j;
    if (j == 0 || mention_at_[j - 1] < 0 || sentence_of_[j - 1] != sentence_of_[y.first]) continue;
    if (mentions_[mention_at_[j - 1]].end != j) continue;
    y.described = true;
  }
}

template <typename Accept>
bool EventText::stem_where(uint32_t token, Accept accept, std::u32string& prefix) const {
  if (!is_word(token)) return false;
  auto k = key(token);
  for (const auto& r : readings_[token]) {
    if (!accept(r)) continue;
    size_t at = k.find(r.stem);
    prefix = std::u32string(k.substr(0, at == std::u32string_view::npos ? 0 : at));
    if (prefix.ends_with(U"لل")) prefix.pop_back();  // للطائرات: ل + ال
    else if (prefix.ends_with(U"ال")) prefix.resize(prefix.size() - 2);
    return true;
  }
  return false;
}

constexpr uint32_t kTitleReach = 5;  // المبعوث الدولي الى سوريا ستيفان: title to name
constexpr uint32_t kRelativeReach = 8;
constexpr uint32_t kSecurityReach = 3;  // sentences from a two-word head (قوات الأمن) back to its government  // words from a relative pronoun to a noun in its clause

namespace {

// The name that the relative clause holding `token` describes (للنصرة، التي بدورها تسهل وصول
// الدعم للتنظيم): that name is the clause's subject, and a noun inside the clause that refers
// back names someone else. -1 when `token` stands in no relative clause after a name.
int described_by_clause(const EventText& text, uint32_t token) {
  for (uint32_t i = token; i > 0 && token - i < kRelativeReach; --i) {
    uint32_t j = i - 1;
    if (text.sentence_of(j) != text.sentence_of(token) || text.is_clause_break(j) || text.mention_at(j) >= 0) return -1;
    if (!ClauseWords::get().is(ClauseWord::kRelative, text.key(j))) continue;
    // A comma or a closing quotation mark may stand between the name and the pronoun.
    auto sets_off = [&](uint32_t k) {
      auto w = text.key(k);
      return w.size() == 1 && (chars::is_comma(w[0]) || chars::closes_quote(w[0]));
    };
    while (j > 0 && sets_off(j - 1) && text.sentence_of(j - 1) == text.sentence_of(token)) --j;
    return j > 0 ? text.mention_at(j - 1) : -1;
  }
  return -1;
}

}  // namespace

int EventText::antecedent(const Demonyms& demonyms, uint32_t token, std::u32string& prefix, uint32_t& words) const {
  const std::vector<std::string>* kinds = nullptr;
  std::u32string stem;
  auto anaphor = [&](const WordReading& r) {  // the article is required: تنظيم alone is any group
    if (!(r.clitics & kArticle) || !(kinds = demonyms.anaphor(r.stem))) return false;
    stem = r.stem;
    return true;
  };
  // قوات الأمن، الأجهزة الأمنية: a head of two words names no earlier mention by its first word
  // (قوات النظام is the army, not the security forces), only one of its kinds.
  const bool second_free = token + 1 < token_count() && sentence_of_[token + 1] == sentence_of_[token] &&
                           mention_at_[token + 1] < 0 && is_word(token + 1);
  auto two_words = [&](const WordReading& r) {
    if (!demonyms.two_word_head(r.stem)) return false;
    for (const auto& next : readings_[token + 1])
      if ((next.clitics & kArticle) && (kinds = demonyms.anaphor(r.stem, (r.clitics & kArticle) != 0, next.stem))) return true;
    return false;
  };
  words = 1;
  if (!stem_where(token, anaphor, prefix)) {
    if (!second_free || !stem_where(token, two_words, prefix)) return -1;
    // قوات الأمن الباكستانية، قوات الأمن الداخلي: a relational adjective after the head (-ي,
    // -ية) names the state or the branch, not the government told before.
    if (token + 2 < token_count() && sentence_of_[token + 2] == sentence_of_[token] && is_word(token + 2) && definite(token + 2)) {
      auto k = key(token + 2);
      if (k.ends_with(U'ي') || (k.size() > 1 && k.back() == U'ه' && k[k.size() - 2] == U'ي')) return -1;
    }

    words = 2;
  }
  const bool latter = std::find(kinds->begin(), kinds->end(), "*") != kinds->end();
  const bool titled = std::find(kinds->begin(), kinds->end(), "titled") != kinds->end();
  // الأخير/الأخيرة after a definite noun (الاجتماع الأخير، في الآونة الأخيرة) or a name is its
  // adjective; after an indefinite head (سيطرة الأخير), a verb or a preposition it names the
  // actor told last.
  if (latter && token > 0 && (!is_word(token - 1) || mention_at_[token - 1] >= 0 || definite(token - 1))) return -1;
  // The nearest earlier mention named with the same head (تنظيم داعش), else of a listed kind.
  int by_kind = -1;
  const int own_subject = described_by_clause(*this, token);
  for (size_t m = mentions_.size(); m-- > 0;) {
    const MentionOnTokens& earlier = mentions_[m];
    if (earlier.first >= token || earlier.index < 0 || earlier.described || static_cast<int>(m) == own_subject) continue;
    if (titled) {
      // المبعوث الدولي after "المبعوث الدولي الى سوريا ستيفان دي مستورا": the person the text
      // introduced with that title, within kTitleReach words before the name.
      if (earlier.type != EntityType::kPer) continue;
      for (uint32_t i = earlier.first; i > 0 && earlier.first - i < kTitleReach; --i)
        if (match_word(i - 1, stem) >= 0) return static_cast<int>(m);
      continue;
    }
    // The security forces act for a government named lately; a digest of short news items
    // moves from state to state.
    if (words == 2 && sentence_of_[earlier.first] + kSecurityReach < sentence_of_[token]) break;
    if (latter) {
      // The actor told last, in this sentence or the one before.
      if (sentence_of_[earlier.first] + 1 < sentence_of_[token]) return -1;
      if (earlier.acts) return static_cast<int>(m);
      continue;
    }
    if (match_word(earlier.first, stem) >= 0) return static_cast<int>(m);
    auto kind = kinds_.find(earlier.actor);
    if (by_kind < 0 && kind != kinds_.end() && std::find(kinds->begin(), kinds->end(), kind->second) != kinds->end())
      by_kind = static_cast<int>(m);
  }
  return by_kind;
}

bool EventText::governs_state(const Demonyms& demonyms, uint32_t token) {
  if (token + 1 >= token_count() || mention_at_[token + 1] < 0) return false;
  MentionOnTokens& state = mentions_[mention_at_[token + 1]];
  if (state.first != token + 1 || !state.prefix.empty() || !state.acts || sentence_of_[token] != sentence_of_[token + 1])
    return false;
  const std::string& government = demonyms.government_of(state.actor);
  if (government.empty()) return false;
  std::u32string prefix;
  if (!stem_where(token, [&](const WordReading& r) { return demonyms.head(r.stem) == Demonyms::kGovernment; }, prefix))
    return false;
  state.first = token;
  state.actor = government;
  state.type = EntityType::kOrg;
  state.prefix = std::move(prefix);
  return true;
}

bool EventText::leads_body(const Demonyms& demonyms, uint32_t token) {
  constexpr uint32_t kLeadReach = 3;  // التحالف الدولي الذي تقوده: a modifier and a relative between
  std::u32string head, prefix;
  auto is_head = [&](const WordReading& r) {
    if (!demonyms.led_head(r.stem)) return false;
    head = r.stem;
    return true;
  };
  if (demonyms.leading_words().empty() || !stem_where(token, is_head, prefix)) return false;
  const auto& leading = demonyms.leading_words();
  for (uint32_t j = token + 1; j < token_count() && j <= token + kLeadReach && sentence_of_[j] == sentence_of_[token]; ++j) {
    if (mention_at_[j] >= 0 || !is_word(j)) return false;
    if (std::none_of(leading.begin(), leading.end(), [&](const std::u32string& w) { return key(j) == w || match_word(j, w) >= 0; }))
      continue;
    if (j + 1 >= token_count() || mention_at_[j + 1] < 0) return false;
    MentionOnTokens& state = mentions_[mention_at_[j + 1]];
    const std::string& body = demonyms.led_body(head, state.actor);
    if (state.first != j + 1 || !state.prefix.empty() || body.empty()) return false;
    state.first = token;
    state.actor = body;
    state.type = EntityType::kOrg;
    state.prefix = std::move(prefix);
    return true;
  }
  return false;
}

constexpr uint32_t kHomelandReach = 40;  // tokens back to the referent of بلاده

// A state named after an agent head that no entity names (هنأ رئيس جمهورية أستونيا بذكرى
// استقلال بلاده): the pronoun refers to the head's holder, whose state this is, whatever its
// gender. The head stands right before the name or before جمهورية in it.
bool EventText::titled_state(const Demonyms& demonyms, const MentionOnTokens& m) const {
  auto kind = kinds_.find(m.actor);
  if (kind == kinds_.end() || kind->second != "country") return false;
  for (uint32_t h = m.first; h-- > 0 && h + 2 >= m.first;) {
    if (mention_at_[h] >= 0 || !is_word(h) || sentence_of_[h] != sentence_of_[m.first]) return false;
    for (const auto& r : readings_[h])
      if (demonyms.head(r.stem) == Demonyms::kCivil) return true;
  }
  return false;
}

std::string EventText::homeland_actor(const Demonyms& demonyms, uint32_t token, uint32_t head,
                                      const std::vector<MentionOnTokens>& nisbas) const {
  // بلادهم names the land of people the text seldom names (ويحولون بلادهم إلى دول فاشلة).
  const char person = clause::pronoun_of(*this, token);
  if (person != 'm' && person != 'f') return {};
  const uint32_t s = sentence_of_[token];
  // The nearest earlier actor of its sentence that agrees: قال وزير الخارجية التركي مولود جاويش
  // أوغلو إن بلاده. Not the sentence before: in a digest (هنأ الرئيس التونسي بذكرى استقلال
  // بلاده) the holder is often a title no entity names, and the state before is another's.
  int referent = -1;
  for (uint32_t i = head; i > 0 && head - i < kHomelandReach && sentence_of_[i - 1] == s; --i) {
    int m = mention_at_[i - 1];
    if (m < 0 || mentions_[m].first != i - 1 || !mentions_[m].acts) continue;
    if (!clause::agrees(*this, mentions_[m], person) && !titled_state(demonyms, mentions_[m])) continue;
    referent = m;
    break;
  }
  // A nisba told nearer (هنأ الرئيس التونسي بذكرى استقلال بلاده): its state is the holder's.
  const MentionOnTokens* nearest = referent >= 0 ? &mentions_[referent] : nullptr;
  if (!nisbas.empty() && nisbas.back().end <= head && head - nisbas.back().first < kHomelandReach &&
      sentence_of_[nisbas.back().first] == s && (!nearest || nisbas.back().first > nearest->first))
    nearest = &nisbas.back();
  if (!nearest) return {};
  const std::string& actor = nearest->actor;
  auto kind = kinds_.find(actor);
  std::string state;
  if (kind != kinds_.end() && kind->second == "country") state = actor;
  else if (auto c = countries_.find(actor); c != countries_.end()) state = c->second;
  if (state.empty() || head == token) return state;
  Demonyms::Head kind_of_head = Demonyms::kNoHead;
  for (const auto& r : readings_[head])
    if ((kind_of_head = demonyms.head(r.stem)) != Demonyms::kNoHead) break;
  const std::string& body = kind_of_head == Demonyms::kGovernment ? demonyms.government_of(state)
                            : kind_of_head == Demonyms::kMilitary  ? demonyms.army_of(state)
                                                                   : state;
  return body.empty() ? state : body;
}

void EventText::add_demonyms(const Demonyms& demonyms) {
  const uint32_t n = token_count();
  auto free = [&](uint32_t i) { return i < n && mention_at_[i] < 0; };
  auto person_at = [&](uint32_t i) {
    return i < n && mention_at_[i] >= 0 && mentions_[mention_at_[i]].type == EntityType::kPer;
  };
  std::vector<MentionOnTokens> added;
  bool renamed = false;  // a state's mention now names its government
  for (uint32_t i = 0; i < n; ++i) {
    if (!free(i)) continue;
    std::u32string prefix;
    uint32_t words = 1;
    if (int earlier = antecedent(demonyms, i, prefix, words); earlier >= 0) {
      added.push_back({-1, i, i + words, mentions_[earlier].actor, mentions_[earlier].type, prefix, true});
      i += words - 1;
      continue;
    }
    if (governs_state(demonyms, i) || leads_body(demonyms, i)) {
      renamed = true;
      continue;
    }
    bool glued_preposition = false;  // of the reading accepted: stem_where stops at the first
    if (stem_where(i, [&](const WordReading& r) {
          glued_preposition = r.clitics & kPreposition;
          return (r.clitics & kEnclitic) && demonyms.homeland(r.stem);
        }, prefix)) {
      // حكومات بلاده: a head right before takes the span, as with a nisba.
      std::u32string head_prefix;
      bool head_preposition = false;
      const bool headed = i > 0 && free(i - 1) && sentence_of_[i - 1] == sentence_of_[i] &&
                          stem_where(i - 1, [&](const WordReading& r) {
                            head_preposition = r.clitics & kPreposition;
                            return !(r.clitics & kEnclitic) && demonyms.head(r.stem) != Demonyms::kNoHead;
                          }, head_prefix);
      const uint32_t head = headed ? i - 1 : i;
      // في بلاده، لبلاده، إلى بلاده: a place or a beneficiary, not an actor that acts.
      const std::u32string& glued = headed ? head_prefix : prefix;
      if ((headed ? head_preposition : glued_preposition) || (head > 0 && clause::is_preposition_word(*this, head - 1))) continue;
      std::string actor = homeland_actor(demonyms, i, head, added);
      if (!actor.empty()) added.push_back({-1, head, i + 1, std::move(actor), EntityType::kOrg, glued, true});
      continue;
    }
    const Demonyms::State* state = nullptr;
    if (stem_where(i, [&](const WordReading& r) { return (state = demonyms.people(r.stem)) != nullptr; }, prefix)) {
      added.push_back({-1, i, i + 1, state->country, EntityType::kOrg, prefix, true});
      continue;
    }
    std::u32string unused;
    if (i == 0 || !stem_where(i, [&](const WordReading& r) { return (state = demonyms.nisba(r.stem)) != nullptr; }, unused))
      continue;
    // A title before a name (الرئيس السوري بشار الأسد) is the person's, not the state's.
    if (person_at(i + 1) || (i + 2 < n && is_clause_break(i + 1) && person_at(i + 2))) continue;
    // A site named with its state's nisba (قاعدة حميميم الروسية): the state holds it, so a deed
    // against the site is against the state.
    if (!free(i - 1) && mentions_[mention_at_[i - 1]].end == i && site(mentions_[mention_at_[i - 1]])) {
      added.push_back({-1, i, i + 1, state->country, EntityType::kOrg, {}, true});
      continue;
    }
    // The head: the word before, or the one before a modifier (الطيران الحربي السوري).
    for (uint32_t h = i; h-- > 0 && h + 2 >= i;) {
      if (!free(h) || sentence_of_[h] != sentence_of_[i]) break;
      Demonyms::Head kind = Demonyms::kNoHead;
      std::u32string head_prefix;
      if (!stem_where(h, [&](const WordReading& r) { return (kind = demonyms.head(r.stem)) != Demonyms::kNoHead; }, head_prefix))
        continue;
      const std::string& actor = kind == Demonyms::kMilitary && !state->army.empty()         ? state->army
                                 : kind == Demonyms::kGovernment && !state->government.empty() ? state->government
                                                                                                : state->country;
      added.push_back({-1, h, i + 1, actor, EntityType::kOrg, head_prefix, true});
      break;
    }
  }
  if (added.empty() && !renamed) return;
  for (auto& m : added) mentions_.push_back(std::move(m));
  std::stable_sort(mentions_.begin(), mentions_.end(),
                   [](const MentionOnTokens& a, const MentionOnTokens& b) { return a.first < b.first; });
  mention_at_.assign(n, -1);
  for (size_t m = 0; m < mentions_.size(); ++m)
    for (uint32_t i = mentions_[m].first; i < mentions_[m].end; ++i) mention_at_[i] = static_cast<int>(m);
}

bool EventText::site(const MentionOnTokens& m) const {
  auto kind = kinds_.find(m.actor);
  return m.index >= 0 && kind != kinds_.end() && kind->second == "site";
}

bool EventText::definite(uint32_t token) const {
  for (const auto& r : readings_[token])
    if ((r.clitics & kArticle) || r.stem.starts_with(U"ال")) return true;
  return false;
}

bool EventText::is_word(uint32_t token) const { return a_.tokens[token].kind == TokenKind::kWord; }
bool EventText::is_number(uint32_t token) const { return a_.tokens[token].kind == TokenKind::kNumber; }

bool EventText::is_sentence_end(uint32_t token) const {
  return token + 1 >= a_.tokens.size() || sentence_of_[token + 1] != sentence_of_[token];
}

int EventText::match_word(uint32_t token, std::u32string_view word, WordClass c) const {
  for (const auto& r : readings_[token])
    if (r.stem == word && accepts(c, r.clitics)) return r.clitics;
  return -1;
}

uint32_t EventText::match_phrase(uint32_t token, const Phrase& phrase, uint32_t limit, WordClass c,
                                 size_t from_word) const {
  // Backtracking over gaps; phrases are short and gaps rare.
  struct Step {
    static uint32_t run(const EventText& t, uint32_t i, const Phrase& p, size_t k, uint32_t limit, WordClass c) {
      if (k == p.size()) return i;
      if (p[k].empty()) {
        for (uint32_t skip = 0; skip <= 4 && i + skip <= limit; ++skip) {
          if (skip > 0 && t.is_clause_break(i + skip - 1)) break;
          if (uint32_t e = run(t, i + skip, p, k + 1, limit, WordClass::kAny)) return e;
        }
        return 0;
      }
      if (i >= limit || t.match_word(i, p[k], c) < 0) return 0;
      return run(t, i + 1, p, k + 1, limit, WordClass::kAny);
    }
  };
  if (from_word >= phrase.size()) return phrase.empty() ? 0 : token;
  return Step::run(*this, token, phrase, from_word, limit, c);
}

Span EventText::span(uint32_t first, uint32_t end) const {
  if (end <= first) return {};
  return {a_.tokens[first].span.start, a_.tokens[end - 1].span.end};
}

std::string EventText::text(Span original) const {
  return utf8::encode(std::u32string_view(a_.original).substr(original.start, original.size()));
}

}  // namespace marsad

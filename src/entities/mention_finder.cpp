#include "entities/mention_finder.h"

#include <algorithm>
#include <unordered_set>

#include "text/lexicon.h"
#include "text/normalize.h"

namespace marsad {
namespace {

// Corpus count (per 10M tokens, data/lexicon/words.tsv) above which a lone word the tagger
// calls a name is more likely the common word: منظمة 3604, فتح 3557, بدأوا 317; names the
// gazetteer does not know are rarer (هورموزلو 0, روبنسون 46, مملوك 67).
constexpr uint32_t kCommonWordCount = 300;
// A family name after a known person's name is rare as a word (الربيعة); an adjective after
// it is not (الراحل، الجديد).
constexpr uint32_t kRareWordCount = 50;

constexpr char32_t kWaw = U'و', kFa = U'ف', kBa = U'ب', kLam = U'ل', kKaf = U'ك', kAlef = U'ا';

// One way to read the first word of a name: the key with `stripped` clitic letters removed.
struct Reading {
  std::u32string_view key;
  uint32_t stripped = 0;
};

// The readings of a token's key that may start a name: as written, without the
// segmenter's conjunction and preposition, and without any plausible و/ف + ب/ل/ك prefix (the
// segmenter keeps unknown names whole: بلافروف). ل+ال contracted becomes the article again:
// للنظام → النظام. `buffer` holds those rebuilt keys.
int readings_of(std::u32string_view key, uint32_t segmented, bool contracted, Reading* out,
                std::u32string (&buffer)[4]) {
  int n = 0;
  int buffers = 0;
  auto add = [&](uint32_t strip, bool article) {
    if (strip >= key.size() || key.size() - strip < 2) return;
    for (int k = 0; k < n; ++k)
      if (out[k].stripped == strip) return;
    if (article) {
      std::u32string& b = buffer[buffers++];
      b.assign(1, kAlef);
      b.append(key.substr(strip));
      out[n++] = {b, strip};
    } else {
      out[n++] = {key.substr(strip), strip};
    }
  };
  add(0, false);
  if (segmented) add(segmented, contracted);
  // Plausible prefixes: (و|ف)? (ب|ل|ك|لل)?
  for (uint32_t c1 = 0; c1 <= 1; ++c1) {
    if (c1 && key[0] != kWaw && key[0] != kFa) continue;
    if (c1) add(1, false);
    if (key.size() <= c1 + 2) continue;
    char32_t c = key[c1];
    if (c == kLam && key[c1 + 1] == kLam && buffers < 4) add(c1 + 1, true);
    if (c == kBa || c == kLam || c == kKaf) add(c1 + 1, false);
  }
  return n;
}

// A nisba adjective standing alone (الروسي، السورية، الأمريكيين): a nationality, not a name.
bool looks_like_nisba(std::u32string_view key) {
  auto ends = [&](std::u32string_view s) { return key.size() > s.size() + 2 && key.substr(key.size() - s.size()) == s; };
  return key.substr(0, 2) == U"ال" && (ends(U"ي") || ends(U"يه") || ends(U"يين") || ends(U"يون") || ends(U"يات"));
}

}  // namespace

MentionFinder::MentionFinder(const Gazetteer& gazetteer, const Lexicon& lexicon, const Cues& cues)
    : gazetteer_(gazetteer), lexicon_(lexicon), cues_(cues) {}

uint32_t MentionFinder::phrase_of(const Analyzed& a, std::u32string_view first, uint32_t from, uint32_t to) const {
  const PhraseMatcher& names = gazetteer_.names();
  uint32_t node = names.step(PhraseMatcher::kRoot, first);
  for (uint32_t j = from; j < to && node != PhraseMatcher::kNone; ++j) node = names.step(node, a.key(a.tokens[j]));
  return node == PhraseMatcher::kNone ? PhraseMatcher::kNone : names.phrase(node);
}

bool MentionFinder::same_actor(uint32_t phrase, uint32_t other, bool complete_name) const {
  for (const AliasSense& o : gazetteer_.senses(other)) {
    if (complete_name && o.kind == AliasKind::kShort) continue;
    for (const AliasSense& p : gazetteer_.senses(phrase))
      if (p.actor == o.actor) return true;
  }
  return false;
}

// سعودي، سعودية، قطري، مصري: the adjective of a country or place the gazetteer knows (السعودية،
// قطر، تركيا), written without the article, as the tagger at times reads it for a name. Not
// حسيني, a family name: no place is حسين.
bool MentionFinder::nationality_adjective(std::u32string_view word) const {
  std::u32string w(word);
  std::u32string stem;
  if (w.size() > 4 && w.compare(w.size() - 2, 2, U"يه") == 0) stem = w.substr(0, w.size() - 2);
  else if (w.size() > 3 && w.back() == U'ي') stem = w.substr(0, w.size() - 1);
  else return false;
  std::u32string feminine = stem + U"يه";
  for (const std::u32string& place : {stem, stem + U"ا", U"ال" + stem, U"ال" + feminine}) {
    uint32_t node = gazetteer_.names().step(PhraseMatcher::kRoot, place);
    uint32_t phrase = node == PhraseMatcher::kNone ? PhraseMatcher::kNone : gazetteer_.names().phrase(node);
    if (phrase == PhraseMatcher::kNone) continue;
    for (const AliasSense& s : gazetteer_.senses(phrase))
      if (gazetteer_.actor(s.actor).type == EntityType::kLoc) return true;
  }
  return false;
}

bool MentionFinder::names_no_other(uint32_t phrase, uint32_t other) const {
  for (const AliasSense& p : gazetteer_.senses(phrase)) {
    const auto& senses = gazetteer_.senses(other);
    if (std::none_of(senses.begin(), senses.end(), [&](const AliasSense& o) { return o.actor == p.actor; })) return false;
  }
  return true;
}

void MentionFinder::trim(const Analyzed& a, Candidate& c, std::u32string first_key) const {
  // A head: محافظة إدلب, جماعة جيش الإسلام, فصائل الجيش الحر.
  // (Not محافظة: the gold spans محافظة حلب whole as often as not.)
  CueKind head = cues_.find(first_key);
  if (c.end_token - c.first_token >= 2 && head != CueKind::kGovernorateHead && cues_.is_head(first_key)) {
    std::u32string_view second = a.key(a.tokens[c.first_token + 1]);
    uint32_t rest = phrase_of(a, second, c.first_token + 2, c.end_token);
    if (rest != PhraseMatcher::kNone && same_actor(c.phrase, rest, true)) {
      c.first_token += 1;
      c.stripped = 0;
      c.phrase = rest;
      c.span.start = a.tokens[c.first_token].span.start;
      first_key = second;
    }
  }
  // Epithets and nationality adjectives after a complete name: حزب الله اللبناني. (Not
  // after places: مطار دمشق الدولي is a name.)
  bool organization = std::any_of(gazetteer_.senses(c.phrase).begin(), gazetteer_.senses(c.phrase).end(),
                                  [&](const AliasSense& s) { return gazetteer_.actor(s.actor).type == EntityType::kOrg; });
  while (organization && c.end_token - c.first_token >= 2) {
    std::u32string_view last = a.key(a.tokens[c.end_token - 1]);
    if (!looks_like_nisba(last) && cues_.find(last) != CueKind::kEpithet) break;
    uint32_t shorter = phrase_of(a, first_key, c.first_token + 1, c.end_token - 1);
    if (shorter == PhraseMatcher::kNone || !same_actor(c.phrase, shorter, true)) break;
    // طيران التحالف العربي keeps its adjective: without it the name is either coalition's.
    if (!names_no_other(shorter, c.phrase)) break;
    c.end_token -= 1;
    c.phrase = shorter;
    c.span.end = a.tokens[c.end_token - 1].span.end;
  }
}

uint32_t MentionFinder::skip_letters(const Analyzed& a, const Token& t, uint32_t letters) {
  uint32_t pos = t.span.start;
  for (uint32_t seen = 0; seen < letters && pos < t.span.end; ++pos)
    if (fold_for_key(a.original[pos]) != 0) ++seen;
  // Harakat and tatweel after the clitic belong to it (لـ‍تركيا).
  while (pos < t.span.end && fold_for_key(a.original[pos]) == 0) ++pos;
  return pos;
}

uint32_t MentionFinder::clitic_letters(const Analyzed& a, const Token& t) const {
  const auto& clitics = lexicon_.clitics();
  uint32_t off = 0;
  for (uint8_t k = 0; k < t.seg.proclitic_count; ++k) {
    const std::u32string& form = clitics[t.seg.proclitics[k]].form;
    if (form == U"ال") break;
    if (form == U"لل") return off + 1;
    off += uint32_t(form.size());
  }
  return off;
}

uint32_t MentionFinder::longest_phrase_at(const PhraseMatcher& names, const Analyzed& a, uint32_t i,
                                          uint32_t sentence_end, uint32_t& end, uint32_t& stripped,
                                          std::u32string* reading) const {
  const Token& t = a.tokens[i];
  if (t.key_length == 0) return PhraseMatcher::kNone;
  std::u32string_view key = a.key(t);
  thread_local std::u32string buffer[4];
  Reading readings[8];
  uint32_t segmented = 0;
  bool contracted = false;
  if (t.seg.proclitic_count) {
    segmented = clitic_letters(a, t);
    const auto& clitics = lexicon_.clitics();
    for (uint8_t k = 0; k < t.seg.proclitic_count; ++k) contracted |= clitics[t.seg.proclitics[k]].form == U"لل";
  }
  int n = readings_of(key, segmented, contracted, readings, buffer);
  uint32_t best = PhraseMatcher::kNone, best_end = 0, best_strip = 0;
  int best_reading = 0;
  for (int r = 0; r < n; ++r) {
    uint32_t node = names.step(PhraseMatcher::kRoot, readings[r].key);
    for (uint32_t j = i + 1; node != PhraseMatcher::kNone; ++j) {
      uint32_t phrase = names.phrase(node);
      if (phrase != PhraseMatcher::kNone && (j > best_end || (j == best_end && readings[r].stripped < best_strip))) {
        best = phrase, best_end = j, best_strip = readings[r].stripped, best_reading = r;
      }
      if (j >= sentence_end || a.tokens[j].key_length == 0) break;
      node = names.step(node, a.key(a.tokens[j]));
    }
  }
  end = best_end;
  stripped = best_strip;
  if (reading && best != PhraseMatcher::kNone) reading->assign(readings[best_reading].key);
  return best;
}

std::vector<Candidate> MentionFinder::gazetteer_names(const Analyzed& a) const {
  std::vector<Candidate> found;
  for (const Sentence& s : a.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token;) {
      uint32_t end = 0, stripped = 0;
      std::u32string reading;
      uint32_t phrase = a.tokens[i].kind == TokenKind::kWord || a.tokens[i].kind == TokenKind::kLatin
                            ? longest_phrase_at(gazetteer_.names(), a, i, s.end_token, end, stripped, &reading)
                            : PhraseMatcher::kNone;
      if (phrase == PhraseMatcher::kNone) {
        ++i;
        continue;
      }
      Candidate c;
      c.first_token = i;
      c.end_token = end;
      c.span = {skip_letters(a, a.tokens[i], stripped), a.tokens[end - 1].span.end};
      c.stripped = stripped;
      c.phrase = phrase;
      trim(a, c, reading);
      found.push_back(c);
      i = end;
    }
  }
  return found;
}

std::vector<Candidate> MentionFinder::tagger_names(const Analyzed& a, const std::vector<ModelName>& names) const {
  // The family names of the persons the tagger reads in full (بندر محمد عسيري): the same word
  // alone is that person, even when it is also a place's adjective (عسيري of عسير).
  std::unordered_set<std::u32string_view> family_names;
  for (const ModelName& n : names)
    if (n.type == ModelNameType::kPerson && n.end_token - n.first_token >= 2) family_names.insert(a.key(a.tokens[n.end_token - 1]));
  std::vector<Candidate> found;
  for (const ModelName& n : names) {
    if (n.type == ModelNameType::kMisc) continue;
    uint32_t first = n.first_token, end = n.end_token;
    while (first < end && a.tokens[first].kind != TokenKind::kWord) ++first;
    while (end > first && a.tokens[end - 1].kind != TokenKind::kWord) --end;
    if (first == end) continue;
    const Token& t = a.tokens[first];
    uint32_t stripped = clitic_letters(a, t);
    std::u32string_view head = a.key(t).substr(stripped);
    // A cue word is no name (ريف إدلب, محيط البلدتين): the tagger mistakes heads for names. A
    // title opens one (الملك فيصل), as an institution head does.
    CueKind head_cue = cues_.find(head);
    if (head_cue != CueKind::kNone && head_cue != CueKind::kInstitutionHead && head_cue != CueKind::kLineage &&
        head_cue != CueKind::kTitleHead)
      continue;
    // صاروخ غراد، صواريخ كورنيت، قذائف مورتر: the model of a weapon, which acts for nobody.
    if (first > 0 && a.tokens[first - 1].kind == TokenKind::kWord) {
      const Token& before = a.tokens[first - 1];
      if (cues_.find(a.key(before).substr(clitic_letters(a, before))) == CueKind::kWeaponHead) continue;
    }
    if (end - first == 1) {
      // One word: a name when it is rare as a word and is no nationality adjective.
      if (looks_like_nisba(head) || lexicon_.is_particle(head)) continue;
      if (!family_names.count(head) && nationality_adjective(head)) continue;  // حكم سعودي، مصادر أمنية سعودية
      if (lexicon_.count(head) >= kCommonWordCount) continue;  // منظمة، فتح، مشهد
    }
    Candidate c;
    c.first_token = first;
    c.end_token = end;
    c.span = {skip_letters(a, t, stripped), a.tokens[end - 1].span.end};
    c.stripped = stripped;
    c.type = n.type == ModelNameType::kPerson     ? EntityType::kPer
             : n.type == ModelNameType::kLocation ? EntityType::kLoc
                                                  : EntityType::kOrg;
    found.push_back(c);
  }
  return found;
}

// عبدالله بن عبدالعزيز الربيعة is not King Abdullah: a family name the king's name lacks
// follows. متعب بن عبدالله بن عبدالعزيز is his son: the name follows بن. بن عبدالعزيز or آل سعود
// after the name only lengthens it.
bool MentionFinder::someone_else(const Analyzed& a, const Candidate& m, const Candidate& inner) const {
  const auto& senses = gazetteer_.senses(inner.phrase);
  for (const AliasSense& s : senses)
    if (gazetteer_.actor(s.actor).type != EntityType::kPer) return false;
  auto lineage = [&](uint32_t i) { return cues_.find(a.key(a.tokens[i])) == CueKind::kLineage; };
  if (inner.first_token > m.first_token && lineage(inner.first_token - 1)) return true;
  if (inner.end_token >= m.end_token || lineage(inner.end_token)) return false;
  std::u32string_view next = a.key(a.tokens[inner.end_token]);
  for (const AliasSense& s : senses) {
    const auto& words = gazetteer_.name_keys(s.actor);
    if (std::find(words.begin(), words.end(), next) != words.end()) return false;
  }
  return true;
}

// The same without the tagger: a known person's name right after بن is dropped (the father,
// inside a name the gazetteer does not know); a known "X بن Y" followed by a rare definite word
// that none of its names has (الربيعة, not السعودي nor الراحل) becomes an unknown person's name
// with it.
// False when the candidate is to be dropped.
bool MentionFinder::read_as_someone_else(const Analyzed& a, Candidate& c) const {
  if (c.phrase == PhraseMatcher::kNone) return true;
  const auto& senses = gazetteer_.senses(c.phrase);
  for (const AliasSense& s : senses)
    if (gazetteer_.actor(s.actor).type != EntityType::kPer) return true;
  auto lineage = [&](uint32_t i) { return cues_.find(a.key(a.tokens[i])) == CueKind::kLineage; };
  if (c.first_token > 0 && c.stripped == 0 && lineage(c.first_token - 1)) return false;
  // Only a name with its lineage (X بن Y) goes on with a family name; after a surname a definite
  // word is as often the verb's object (وانتقد هورموزلو السياسات).
  bool has_lineage = false;
  for (uint32_t i = c.first_token + 1; i + 1 < c.end_token; ++i) has_lineage |= lineage(i);
  uint32_t next = c.end_token;
  if (!has_lineage || next >= a.tokens.size() || a.tokens[next].kind != TokenKind::kWord || clitic_letters(a, a.tokens[next]) > 0)
    return true;
  bool same_sentence = std::any_of(a.sentences.begin(), a.sentences.end(), [&](const Sentence& s) {
    return s.first_token <= c.first_token && next < s.end_token;
  });
  if (!same_sentence) return true;
  std::u32string_view key = a.key(a.tokens[next]);
  if (key.substr(0, 2) != U"ال" || looks_like_nisba(key) || lineage(next) || cues_.find(key) != CueKind::kNone ||
      lexicon_.count(key) >= kRareWordCount)
    return true;
  for (const AliasSense& s : senses) {
    const auto& words = gazetteer_.name_keys(s.actor);
    if (std::find(words.begin(), words.end(), key) != words.end()) return true;
  }
  c.phrase = PhraseMatcher::kNone;
  c.type = EntityType::kPer;
  c.end_token = next + 1;
  c.span.end = a.tokens[next].span.end;
  return true;
}

bool MentionFinder::institution_around_places(const Analyzed& a, const Candidate& m,
                                              const std::vector<Candidate>& gazetteer,
                                              const std::vector<size_t>& overlapping) const {
  if (m.type != EntityType::kOrg) return false;
  const Token& first = a.tokens[m.first_token];
  if (cues_.find(a.key(first).substr(clitic_letters(a, first))) != CueKind::kInstitutionHead) return false;
  for (size_t k : overlapping) {
    const Candidate& inner = gazetteer[k];
    if (inner.span.start <= m.span.start || inner.span.end > m.span.end) return false;
    for (const AliasSense& s : gazetteer_.senses(inner.phrase))
      if (gazetteer_.actor(s.actor).type != EntityType::kLoc) return false;
  }
  return true;
}

std::vector<Candidate> MentionFinder::combine(const Analyzed& a, std::vector<Candidate> gazetteer,
                                              const std::vector<Candidate>& tagger) const {
  std::vector<bool> dropped(gazetteer.size(), false);
  std::vector<Candidate> added;
  size_t g = 0;
  for (const Candidate& m : tagger) {
    while (g < gazetteer.size() && gazetteer[g].span.end <= m.span.start) ++g;
    std::vector<size_t> overlapping;
    for (size_t k = g; k < gazetteer.size() && gazetteer[k].span.start < m.span.end; ++k)
      if (gazetteer[k].span.overlaps(m.span)) overlapping.push_back(k);
    if (overlapping.empty()) {
      added.push_back(m);
      continue;
    }
    // The exception: a longer person name around a person's short alias, or around a known
    // person's name that it makes someone else's.
    bool longer_person = m.type == EntityType::kPer && overlapping.size() == 1;
    if (longer_person) {
      const Candidate& inner = gazetteer[overlapping[0]];
      const auto& senses = gazetteer_.senses(inner.phrase);
      // الحوثي (the movement) inside محمد علي الحوثي is a family name too.
      bool short_person = std::all_of(senses.begin(), senses.end(), [&](const AliasSense& s) {
        return s.kind == AliasKind::kShort && gazetteer_.actor(s.actor).type != EntityType::kLoc;
      });
      longer_person = m.span.start <= inner.span.start && inner.span.end <= m.span.end &&
                      m.end_token - m.first_token > inner.end_token - inner.first_token &&
                      (short_person || someone_else(a, m, inner));
    }
    // And a body the gazetteer does not know, named after a place: جامعة كاليفورنيا، نادي باريس.
    if (longer_person || institution_around_places(a, m, gazetteer, overlapping)) {
      for (size_t k : overlapping) dropped[k] = true;
      added.push_back(m);
      continue;
    }
    for (size_t k : overlapping) gazetteer[k].tagger_agrees = true;
  }
  for (size_t k = 0; k < gazetteer.size(); ++k) {
    if (dropped[k]) continue;
    const uint32_t end = gazetteer[k].span.end;
    dropped[k] = !read_as_someone_else(a, gazetteer[k]);
    if (dropped[k] || gazetteer[k].span.end == end) continue;
    // Lengthened by a family name: a tagger name on that word alone is inside it now.
    const Span longer = gazetteer[k].span;
    std::erase_if(added, [&](const Candidate& t) { return t.span.overlaps(longer); });
  }
  std::vector<Candidate> out;
  out.reserve(gazetteer.size() + added.size());
  for (size_t k = 0; k < gazetteer.size(); ++k)
    if (!dropped[k]) out.push_back(gazetteer[k]);
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) { return x.span.start < y.span.start; });
  name_eponyms(a, out);
  return out;
}

bool MentionFinder::reads_as_person(const Analyzed& a, const Candidate& c) const {
  if (c.phrase == PhraseMatcher::kNone) {
    const Token& first = a.tokens[c.first_token];
    return c.type == EntityType::kPer || cues_.is_honorific(a.key(first).substr(clitic_letters(a, first)));
  }
  const auto& senses = gazetteer_.senses(c.phrase);
  return std::all_of(senses.begin(), senses.end(), [&](const AliasSense& s) {
    return s.kind == AliasKind::kMetonymy || gazetteer_.actor(s.actor).type == EntityType::kPer;
  });
}

void MentionFinder::name_eponyms(const Analyzed& a, std::vector<Candidate>& found) const {
  auto word_key = [&](uint32_t t) {  // the key without its proclitics, or empty for no word
    const Token& token = a.tokens[t];
    return token.kind == TokenKind::kWord ? a.key(token).substr(clitic_letters(a, token)) : std::u32string_view();
  };
  auto sentence_start = [&](uint32_t t) {
    auto after = std::upper_bound(a.sentences.begin(), a.sentences.end(), t,
                                  [](uint32_t token, const Sentence& s) { return token < s.first_token; });
    return after == a.sentences.begin() ? 0u : (after - 1)->first_token;
  };
  std::vector<bool> grown(found.size(), false);
  for (size_t k = 0; k < found.size(); ++k) {
    Candidate& c = found[k];
    if (c.stripped != 0 || !reads_as_person(a, c)) continue;  // وعبدالعزيز: a new phrase
    const uint32_t start = sentence_start(c.first_token);
    uint32_t head = c.first_token;
    bool honorific = cues_.is_honorific(word_key(c.first_token));
    if (!honorific && head > start && cues_.is_honorific(word_key(head - 1))) {
      if (clitic_letters(a, a.tokens[head - 1]) != 0) continue;
      --head, honorific = true;
    }
    if (head == start || (!honorific && c.end_token - c.first_token < 2)) continue;
    --head;
    std::u32string_view key = word_key(head);
    bool site = cues_.is_eponym_site(key), body = !site && cues_.is_eponym_body(key);
    if (!site && !body) continue;
    uint32_t stripped = clitic_letters(a, a.tokens[head]);
    c.first_token = head;
    c.stripped = stripped;
    c.span.start = skip_letters(a, a.tokens[head], stripped);
    c.phrase = PhraseMatcher::kNone;
    c.type = site ? EntityType::kLoc : EntityType::kOrg;
    c.tagger_agrees = false;
    grown[k] = true;
  }
  // A name that reached back over the one before it (a tagger name of the head alone): the
  // longer of the two stays.
  std::vector<Candidate> kept;
  std::vector<bool> kept_grown;
  for (size_t k = 0; k < found.size(); ++k) {
    if (!kept.empty() && (grown[k] || kept_grown.back()) && kept.back().span.overlaps(found[k].span)) {
      if (found[k].span.size() > kept.back().span.size()) kept.back() = std::move(found[k]), kept_grown.back() = grown[k];
      continue;
    }
    kept.push_back(std::move(found[k]));
    kept_grown.push_back(grown[k]);
  }
  found = std::move(kept);
}

}  // namespace marsad

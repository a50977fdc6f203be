#include "events/trigger_lexicon.h"

#include <stdexcept>

#include "core/tsv.h"

namespace marsad {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find(sep, i);
    if (j == std::string_view::npos) j = s.size();
    auto part = s.substr(i, j - i);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.push_back(part);
    i = j + 1;
  }
  return out;
}

namespace {

WordClass word_class(std::string_view pos) {
  if (pos == "verb" || pos == "participle") return WordClass::kVerb;
  if (pos == "masdar" || pos == "noun") return WordClass::kNoun;
  return WordClass::kAny;
}

// "gen/من", "مع/بين(symmetric)" → slots.
std::vector<ArgumentSlot> parse_slots(std::string_view value, bool& symmetric) {
  constexpr std::string_view kSymmetric = "(symmetric)";
  if (auto at = value.find(kSymmetric); at != std::string_view::npos) {
    symmetric = true;
    value = value.substr(0, at);
  }
  std::vector<ArgumentSlot> slots;
  for (auto part : split(value, '/')) {
    ArgumentSlot slot;
    if (part == "subj") slot.kind = ArgumentSlot::Kind::kSubject;
    else if (part == "obj") slot.kind = ArgumentSlot::Kind::kObject;
    else if (part == "gen") slot.kind = ArgumentSlot::Kind::kGenitive;
    else {
      slot.kind = ArgumentSlot::Kind::kPreposition;
      slot.preposition = lexicon_key(part);  // على يد → one key with a space: first word only
      if (auto sp = slot.preposition.find(U' '); sp != std::u32string::npos) slot.preposition.resize(sp);
    }
    slots.push_back(std::move(slot));
  }
  return slots;
}

std::vector<std::u32string> parse_words(std::string_view value, char sep = ',') {
  std::vector<std::u32string> words;
  for (auto w : split(value, sep)) words.push_back(lexicon_key(w));
  return words;
}

// U+0626 ئ in UTF-8.
bool written_with_hamza_on_ya(std::string_view word) { return word.find("\xD8\xA6") != std::string_view::npos; }

Frame parse_frame(std::string_view text) {
  Frame f;
  for (auto item : split(text, ';')) {
    auto eq = item.find('=');
    if (item == "report") f.report = true;
    if (item == "toll") f.toll = true;
    if (item == "formula") f.formula = true;
    if (item == "phase") f.phase = true;
    if (eq == std::string_view::npos) continue;
    auto name = item.substr(0, eq), value = item.substr(eq + 1);
    if (name == "src") f.source = parse_slots(value, f.symmetric);
    else if (name == "tgt") f.target = parse_slots(value, f.symmetric);
    else if (name == "quote") f.quote = true;
    else if (name == "topic") f.topic = parse_words(value, '/');
    else if (name == "code") f.support_verb = value == "obj";
    else if (name == "needs") f.needs = parse_words(value);
    else if (name == "unless") f.unless = parse_words(value);
    else if (name == "unless_before") f.unless_before = parse_words(value);
    else if (name == "unless_near") f.unless_near = parse_words(value);
    else if (name == "needs_after") f.needs_after = parse_words(value);
    else if (name == "acled") f.acled = std::string(value);
  }
  return f;
}

}  // namespace

void TriggerLexicon::load(const std::string& path) {
  for_each_tsv_row(path, 5, [&](const std::vector<std::string_view>& f) {
    TriggerRow row;
    row.lemma = std::string(f[0]);
    row.word_class = word_class(f[2]);
    row.cameo = std::string(f[3]);
    row.frame = parse_frame(f[4]);
    for (auto form : split(f[1], '|')) {
      Phrase p = parse_phrase(form);
      if (p.empty() || p.front().empty()) continue;
      row.forms.push_back(std::move(p));
      row.hamza_on_ya.push_back(written_with_hamza_on_ya(form.substr(0, form.find(' '))));
    }
    uint32_t r = static_cast<uint32_t>(rows_.size());
    for (uint32_t k = 0; k < row.forms.size(); ++k) by_first_word_[row.forms[k].front()].push_back({r, k});
    rows_.push_back(std::move(row));
  }, /*header=*/true);
  if (rows_.empty()) throw std::runtime_error(path + ": no trigger rows");
}

const std::vector<TriggerLexicon::Entry>* TriggerLexicon::starting_with(std::u32string_view first) const {
  auto it = by_first_word_.find(first);
  return it == by_first_word_.end() ? nullptr : &it->second;
}

void CameoCodes::load(const std::string& path) {
  for_each_tsv_row(path, 2, [&](const std::vector<std::string_view>& f) {
    CameoCode c;
    c.code = std::string(f[0]);
    c.label = std::string(f[1]);
    if (f.size() > 2 && !f[2].empty()) c.goldstein = std::stod(std::string(f[2]));
    if (f.size() > 4) c.plover = std::string(f[4]);
    if (f.size() > 5) c.acled_type = std::string(f[5]);
    if (f.size() > 6) c.acled_subtype = std::string(f[6]);
    codes_.emplace(c.code, std::move(c));
  }, /*header=*/true);
}

const CameoCode* CameoCodes::find(std::string_view code) const {
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = codes_.find(std::string(code.substr(0, n)));
    if (it != codes_.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace marsad

#include "events/demonyms.h"

#include "core/tsv.h"
#include "events/trigger_lexicon.h"
#include "events/word_forms.h"

namespace marsad {

void Demonyms::load(const std::string& tsv) {
  for_each_tsv_row(tsv, 3, [&](const std::vector<std::string_view>& f) {
    for (auto form : split(f[1], '|')) {
      std::u32string key = lexicon_key(form);
      if (key.size() > 2 && key.starts_with(U"ال")) key = key.substr(2);  // matched without the article
      if (key.empty()) continue;
      if (f[0] == "head") heads_[key] = f[2] == "yes" ? kMilitary : f[2] == "government" ? kGovernment : kCivil;
      else if (f[0] == "nisba") {
        State state{std::string(f[2]), f.size() > 3 ? std::string(f[3]) : std::string(),
                    f.size() > 4 ? std::string(f[4]) : std::string()};
        if (!state.government.empty()) governments_.emplace(state.country, state.government);
        if (!state.army.empty()) armies_.emplace(state.country, state.army);
        nisba_[key] = std::move(state);
      } else if (f[0] == "homeland") homelands_[key] = true;
      else if (f[0] == "people") people_[key] = {std::string(f[2]), {}, {}};
      else if (f[0] == "led" && f.size() > 3) led_[key][std::string(f[2])] = std::string(f[3]);
      else if (f[0] == "leads") leading_words_.push_back(lexicon_key(form));  // بقيادة keeps its ب
    }
  }, /*header=*/true);
}

void Demonyms::load_anaphors(const std::string& tsv) {
  for_each_tsv_row(tsv, 2, [&](const std::vector<std::string_view>& f) {
    std::vector<std::string> kinds;
    for (auto k : split(f[1], ',')) kinds.emplace_back(k);
    for (auto form : split(f[0], '|')) {
      auto words = split(form, ' ');
      if (words.size() == 2) {
        std::u32string first = lexicon_key(words[0]), second = lexicon_key(words[1]);
        const bool definite = first.size() > 2 && first.starts_with(U"ال");
        if (definite) first = first.substr(2);
        if (second.size() > 2 && second.starts_with(U"ال"))
          two_word_anaphors_[first].push_back({definite, second.substr(2), kinds});
        continue;
      }
      std::u32string key = lexicon_key(form);
      if (key.size() > 2 && key.starts_with(U"ال")) anaphors_[key.substr(2)] = kinds;
    }
  }, /*header=*/true);
}

const std::vector<std::string>* Demonyms::anaphor(std::u32string_view key) const { return find(anaphors_, key); }

const std::vector<std::string>* Demonyms::anaphor(std::u32string_view first, bool definite, std::u32string_view second) const {
  const auto* heads = find(two_word_anaphors_, first);
  if (!heads) return nullptr;
  for (const auto& h : *heads)
    if (h.definite == definite && h.second == second) return &h.kinds;
  return nullptr;
}

Demonyms::Head Demonyms::head(std::u32string_view key) const {
  const Head* kind = find(heads_, key);
  return kind ? *kind : kNoHead;
}

const std::string& Demonyms::led_body(std::u32string_view key, const std::string& country) const {
  static const std::string none;
  const auto* bodies = find(led_, key);
  if (!bodies) return none;
  auto it = bodies->find(country);
  return it == bodies->end() ? none : it->second;
}

const std::string& Demonyms::army_of(const std::string& country) const {
  static const std::string kNone;
  auto it = armies_.find(country);
  return it == armies_.end() ? kNone : it->second;
}

const std::string& Demonyms::government_of(const std::string& country) const {
  static const std::string none;
  auto it = governments_.find(country);
  return it == governments_.end() ? none : it->second;
}

}  // namespace marsad

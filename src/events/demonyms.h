// Nationality adjectives and people nouns that stand for a state in event arguments
// (data/events/demonyms.tsv): طائرات حربية روسية → russia, الغارات الجوية التركية →
// turkish_army, التقت الروس → russia. The entity layer does not tag them (they are no names);
// EventText adds them as actor spans that only the event stage sees, with the anaphoric heads
// (التنظيم، الجبهة) that name an actor told before.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marsad {

class Demonyms {
 public:
  struct State {
    std::string country, army, government;
  };
  enum Head { kNoHead = 0, kCivil = 1, kMilitary = 2, kGovernment = 3 };
  void load(const std::string& tsv);
  // Lookups by match key with the article stripped; nullptr when the word is none.
  const State* nisba(std::u32string_view key) const { return find(nisba_, key); }
  const State* people(std::u32string_view key) const { return find(people_, key); }
  // An agent head (طائرات، الوفد، السلطات): which of the state's actors acts through it.
  Head head(std::u32string_view key) const;
  // The government of a state named as such (نظام دمشق → syria → syrian_government); empty
  // when the list names none.
  const std::string& government_of(const std::string& country) const;
  // A body a state leads (تحالف تقوده الولايات المتحدة → us_led_coalition): the body's actor for
  // the head noun `key` led by `country`, empty when the list names none.
  const std::string& led_body(std::u32string_view key, const std::string& country) const;
  bool led_head(std::u32string_view key) const { return find(led_, key) != nullptr; }
  // The army of a state (nisba rows with one: turkey → turkish_army); empty when none.
  const std::string& army_of(const std::string& country) const;
  // A noun for one's own country (`homeland` rows: بلاد in بلاده، بلادها): with a possessive
  // pronoun it names the state of the actor the pronoun refers to.
  bool homeland(std::u32string_view key) const { return find(homelands_, key) != nullptr; }
  // The words of leading (بقيادة، تقوده) that stand between such a head and its state, as keys.
  const std::vector<std::u32string>& leading_words() const { return leading_words_; }

  // Anaphoric heads (data/events/anaphors.tsv): التنظيم → the kinds it may refer to, or nullptr.
  void load_anaphors(const std::string& tsv);
  const std::vector<std::string>* anaphor(std::u32string_view key) const;
  // A two-word head (قوات الأمن، الأجهزة الأمنية): the kinds for a first word with stem `first`
  // (with the article or not, as `definite` tells) before a definite word with stem `second`.
  const std::vector<std::string>* anaphor(std::u32string_view first, bool definite, std::u32string_view second) const;
  bool two_word_head(std::u32string_view first) const { return find(two_word_anaphors_, first) != nullptr; }

 private:
  // Looked up by string_view without building a string: this runs on every word of a text.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
  };
  template <typename V>
  using Map = std::unordered_map<std::u32string, V, KeyHash, std::equal_to<>>;
  template <typename V>
  static const V* find(const Map<V>& m, std::u32string_view key) {
    auto it = m.find(key);
    return it == m.end() ? nullptr : &it->second;
  }
  Map<State> nisba_, people_;
  Map<Head> heads_;
  std::unordered_map<std::string, std::string> governments_;  // country → government
  std::unordered_map<std::string, std::string> armies_;       // country → army
  Map<bool> homelands_;
  Map<std::unordered_map<std::string, std::string>> led_;  // head noun → leading state → body
  std::vector<std::u32string> leading_words_;
  Map<std::vector<std::string>> anaphors_;  // key without ال
  struct TwoWordHead {
    bool definite = false;  // the first word carries the article
    std::u32string second;  // without ال
    std::vector<std::string> kinds;
  };
  Map<std::vector<TwoWordHead>> two_word_anaphors_;  // first word's key without ال
};

}  // namespace marsad

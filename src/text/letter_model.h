// How plausible a string of letters is as one word, known or not: a character 4-gram model
// (Witten-Bell interpolated) over the word types of data/lexicon/words.tsv, each type
// counted once so that rare words and transliterated names (الأوروغوياني، البتروكيماويات)
// shape it as much as the frequent ones. The glue splitter weighs an unknown run read as
// one word against the same letters read as several known words.
// Trained when first needed from the committed words.tsv (deterministic: no sampling, no
// seed), so it can never disagree with the lexicon; read-only afterwards, shared by threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

class LetterModel {
 public:
  // Trains on the keys of a words.tsv file.
  static std::unique_ptr<LetterModel> train(const std::string& words_tsv);
  // The model of data_path("lexicon/words.tsv"), trained once per process.
  static const LetterModel& shared();

  // Natural log of P(key as a word): its letters, then the end of the word.
  float log_prob(std::u32string_view key) const;
  // Natural log of P(next letter | the letters of the word before it); next == 0 is the end
  // of the word. Only the last kOrder - 1 letters of `before` matter; fewer: the word's start.
  float log_next(std::u32string_view before, char32_t next) const;
  static constexpr int kOrder = 4;  // a letter given the three before it

 private:
  LetterModel();
  void add(std::u32string_view key);
  float prob(uint32_t history, int length, uint32_t symbol) const;

  // Dense tables by order (a history of `length` letters, 0..kOrder-1), indexed by the
  // history written in base kSymbols (then the next letter): a few MB, trained in tens of ms.
  std::vector<uint32_t> ngrams_[kOrder];    // times a letter followed the history
  std::vector<uint32_t> totals_[kOrder];    // letters seen after the history
  std::vector<uint32_t> distinct_[kOrder];  // distinct letters seen after it
};

}  // namespace marsad

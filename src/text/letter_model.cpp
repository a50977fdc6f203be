#include "text/letter_model.h"

#include <cmath>

#include "core/data_dir.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "text/normalize.h"

namespace marsad {
namespace {

// Symbols: 0 is the edge of the word, 1..42 the Arabic letters ء..ي, 43 anything else.
constexpr uint32_t kEdge = 0;
constexpr uint32_t kOther = 43;
constexpr uint32_t kSymbols = 44;

uint32_t symbol(char32_t c) {
  if (c == 0) return kEdge;
  if (c >= U'\u0621' && c <= U'\u064A') return static_cast<uint32_t>(c - U'\u0620');
  return kOther;
}

constexpr uint32_t power(int n) { return n == 0 ? 1 : kSymbols * power(n - 1); }
// The last `length` symbols of a history of kOrder - 1 symbols (base kSymbols, newest last).
uint32_t last(uint32_t history, int length) { return history % power(length); }
uint32_t push(uint32_t history, uint32_t s) { return (history * kSymbols + s) % power(LetterModel::kOrder - 1); }

}  // namespace

LetterModel::LetterModel() {
  for (int length = 0; length < kOrder; ++length) {
    ngrams_[length].assign(power(length + 1), 0);
    totals_[length].assign(power(length), 0);
    distinct_[length].assign(power(length), 0);
  }
}

std::unique_ptr<LetterModel> LetterModel::train(const std::string& words_tsv) {
  auto model = std::unique_ptr<LetterModel>(new LetterModel());
  for_each_tsv_row(words_tsv, 1, [&](const std::vector<std::string_view>& f) { model->add(key(utf8::decode(f[0]))); });
  return model;
}

const LetterModel& LetterModel::shared() {
  static const std::unique_ptr<LetterModel> model = train(data_path("lexicon/words.tsv"));
  return *model;
}

void LetterModel::add(std::u32string_view word) {
  uint32_t history = 0;  // the start of the word: edges all the way back
  for (size_t i = 0; i <= word.size(); ++i) {
    uint32_t s = i < word.size() ? symbol(word[i]) : kEdge;
    for (int length = 0; length < kOrder; ++length) {
      uint32_t h = last(history, length);
      ++totals_[length][h];
      if (ngrams_[length][h * kSymbols + s]++ == 0) ++distinct_[length][h];
    }
    history = push(history, s);
  }
}

// Witten-Bell: a history that has been followed by many different letters leaves more room
// for letters it has not been followed by yet.
float LetterModel::prob(uint32_t history, int length, uint32_t s) const {
  float lower = length == 0 ? 1.0f / kSymbols : prob(history, length - 1, s);
  uint32_t h = last(history, length);
  float total = static_cast<float>(totals_[length][h]), distinct = static_cast<float>(distinct_[length][h]);
  if (total == 0) return lower;
  float seen = static_cast<float>(ngrams_[length][h * kSymbols + s]);
  return (seen + distinct * lower) / (total + distinct);
}

float LetterModel::log_prob(std::u32string_view word) const {
  float lp = 0;
  uint32_t history = 0;
  for (size_t i = 0; i <= word.size(); ++i) {
    uint32_t s = i < word.size() ? symbol(word[i]) : kEdge;
    lp += std::log(prob(history, kOrder - 1, s));
    history = push(history, s);
  }
  return lp;
}

float LetterModel::log_next(std::u32string_view before, char32_t next) const {
  uint32_t history = 0;
  size_t from = before.size() > kOrder - 1 ? before.size() - (kOrder - 1) : 0;
  for (size_t i = from; i < before.size(); ++i) history = push(history, symbol(before[i]));
  return std::log(prob(history, kOrder - 1, symbol(next)));
}

}  // namespace marsad

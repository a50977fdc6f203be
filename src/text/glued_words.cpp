#include "text/glued_words.h"

#include <cmath>

namespace marsad {
namespace {

constexpr size_t kMinGlued = 5;  // shorter runs are words or typos, not glue
constexpr size_t kMinPiece = 2;

// An unknown run is more often a name we have not seen (ميستورا، حميميم، القلمون) than two
// words glued, unless both pieces are common words: a short piece must be very common (في،
// من، عن) to be trusted. Counts are per 10M tokens (scripts/build_lexicon.py).
uint32_t min_piece_count(size_t letters) {
  if (letters <= 2) return 20000;
  if (letters == 3) return 300;
  if (letters == 4) return 100;
  return 50;
}
// A long piece that only hunspell knows (a rare inflection) still counts, weakly.
constexpr size_t kMinSpelledPiece = 5;
constexpr float kSpelledPieceScore = 1.0f;

bool is_word_final_only(char32_t c) { return c == U'ة' || c == U'ى'; }
bool is_conjunction(char32_t c) { return c == U'و' || c == U'ف'; }

}  // namespace

float GlueSplitter::piece_score(std::u32string_view skeleton, std::u32string_view key) const {
  if (key.size() < kMinPiece) return -1;
  // The article needs a stem: الم، الأ are not words (ألم and إلا are written with hamza).
  if (skeleton.size() == 3 && skeleton[0] == U'ا' && skeleton[1] == U'ل') return -1;
  uint32_t c = lexicon_.count(key);
  if (c >= min_piece_count(key.size())) return std::log1p(static_cast<float>(c));
  // روسيا|وتركيا: the second piece starts with a conjunction.
  if (is_conjunction(skeleton[0]) && key.size() > kMinPiece) {
    uint32_t rest = lexicon_.count(key.substr(1));
    if (rest >= min_piece_count(key.size() - 1)) return std::log1p(static_cast<float>(rest));
  }
  if (skeleton.size() >= kMinSpelledPiece && lexicon_.spelled(skeleton)) return kSpelledPieceScore;
  return -1;
}

bool GlueSplitter::is_word(std::u32string_view skeleton, std::u32string_view key) const {
  if (lexicon_.count(key) > 0 || lexicon_.spelled(skeleton)) return true;
  Segmentation seg = segmenter_.segment(skeleton, key);
  if (seg.stem_length == key.size()) return false;
  std::u32string_view stem = key.substr(seg.stem_start, seg.stem_length);
  return lexicon_.is_particle(stem) || lexicon_.count(stem) > 0;
}

GluePoints GlueSplitter::split(std::u32string_view skeleton, std::u32string_view key) const {
  GluePoints points;
  if (skeleton.size() > 255) return points;
  // ة and ى end a word wherever they stand: المغلقةوينتظر، كبرىفضائية.
  uint32_t start = 0;
  for (uint32_t i = kMinPiece - 1; i + kMinPiece < skeleton.size(); ++i) {
    if (is_word_final_only(skeleton[i]) && i + 1 - start >= kMinPiece) {
      points.add(i + 1);
      start = i + 1;
    }
  }
  if (points.count) {
    // Each piece may itself be glued (rare): split the last one again.
    uint32_t last = points.at[points.count - 1];
    GluePoints rest = split(skeleton.substr(last), key.substr(last));
    for (uint8_t k = 0; k < rest.count; ++k) points.add(last + rest.at[k]);
    return points;
  }

  if (skeleton.size() < kMinGlued || is_word(skeleton, key)) return points;
  float best = 0;
  uint32_t best_at = 0;
  for (uint32_t i = kMinPiece; i + kMinPiece <= skeleton.size(); ++i) {
    float left = piece_score(skeleton.substr(0, i), key.substr(0, i));
    if (left < 0) continue;
    if (lexicon_.is_bare_suffix(key.substr(i))) continue;
    float right = piece_score(skeleton.substr(i), key.substr(i));
    if (right < 0) continue;
    if (left + right > best) {
      best = left + right;
      best_at = i;
    }
  }
  if (best_at) points.add(best_at);
  return points;
}

}  // namespace marsad

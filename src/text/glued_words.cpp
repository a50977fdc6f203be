#include "text/glued_words.h"

#include <cmath>
#include <vector>

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

// The conjunction written apart (ألفت و حسنت) and glued to the word before it: ألفتو حسنت.
// Only after a common word, since names and a few words end in و (نحو، عضو، ماريو).
constexpr uint32_t kMinCountBeforeLoneWaw = 1000;
// A run may hold several glued words: فيالمحادثاتالسورية.
constexpr int kMaxPieces = 4;

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

  split_run(skeleton, key, points);
  return points;
}

void GlueSplitter::split_run(std::u32string_view skeleton, std::u32string_view key, GluePoints& points) const {
  if (skeleton.size() < kMinGlued || is_word(skeleton, key)) return;
  // Fewest pieces first (two words glued are far more common than three), then the most
  // frequent pieces: best[i] is the best way to cut the first i letters into words.
  struct Cut {
    int pieces = -1;  // -1: the prefix cannot be cut into words
    float score = 0;
    uint32_t from = 0;  // where its last piece starts
  };
  const uint32_t n = static_cast<uint32_t>(skeleton.size());
  std::vector<Cut> best(n + 1);
  best[0].pieces = 0;
  for (uint32_t end = kMinPiece; end <= n; ++end) {
    for (uint32_t start = 0; start + kMinPiece <= end; ++start) {
      const Cut& before = best[start];
      if (before.pieces < 0 || before.pieces >= kMaxPieces) continue;
      if (start > 0 && lexicon_.is_bare_suffix(key.substr(start, end - start))) continue;
      float s = piece_score(skeleton.substr(start, end - start), key.substr(start, end - start));
      if (s < 0) continue;
      Cut c{before.pieces + 1, before.score + s, start};
      Cut& b = best[end];
      if (b.pieces < 0 || c.pieces < b.pieces || (c.pieces == b.pieces && c.score > b.score)) b = c;
    }
  }
  if (best[n].pieces >= 2) {
    uint32_t at[kMaxPieces];
    int k = 0;
    for (uint32_t end = n; best[end].from > 0; end = best[end].from) at[k++] = best[end].from;
    while (k > 0) points.add(at[--k]);
    return;
  }
  const uint32_t last = n - 1;
  if (skeleton[last] == U'و' && lexicon_.count(key.substr(0, last)) >= kMinCountBeforeLoneWaw) points.add(last);
}

}  // namespace marsad

// Entity-level scoring as CoNLL's conlleval does it: an entity counts as found only when its
// type and both its boundaries match the gold entity exactly. Chunks are read the conlleval
// way: B-X starts one, and so does I-X after O or after another type.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "entities/tagger_tags.h"

namespace marsad {

struct EntityChunk {
  size_t start = 0;  // token index
  size_t end = 0;    // one past the last token
  EntityType type = EntityType::None;
  friend bool operator==(const EntityChunk&, const EntityChunk&) = default;
};

// The entities of one tag sequence.
std::vector<EntityChunk> chunks(const std::vector<Tag>& tags);

struct PrecisionRecall {
  size_t found = 0;    // entities the system proposed
  size_t gold = 0;     // entities in the gold standard
  size_t correct = 0;  // proposed and gold, same span and type

  double precision() const { return found ? 100.0 * correct / found : 0.0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct NerScore {
  std::array<PrecisionRecall, kEntityTypeCount> by_type;  // index: EntityType; None unused
  PrecisionRecall micro;                                  // all types together
  size_t tokens = 0;
  size_t tokens_correct = 0;  // tag accuracy, for the curious

  // Adds one sentence. Both sequences have the same length.
  void add(const std::vector<Tag>& gold, const std::vector<Tag>& predicted);
  // The conlleval-style table: one line per type, then the line `micro F1 <percent>`.
  std::string report() const;
};

}  // namespace marsad

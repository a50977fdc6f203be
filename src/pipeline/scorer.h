// The scores marsad is judged by: a port of shared/eval/score.py's matching, so `marsad eval`
// and the hook agree to the count.
//   mentions strict: same start, end and type (PER, ORG, LOC); lenient: overlap and same type;
//   gold mentions flagged "nominal" are optional (and predictions overlapping them ignored);
//   linking: among strict matches whose gold mention has an entity, the same actor (same id,
//   Wikidata id or folded English name);
//   events: overlapping evidence and the same CAMEO root; "full" also the same source and target;
//   dates: among matched events with a gold date, the same date;
//   relations: the same (subject, predicate, object) within a document.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace marsad::eval {

struct Counts {
  size_t tp = 0, pred = 0, gold = 0;
  double precision() const { return pred ? double(tp) / pred : 0; }
  double recall() const { return gold ? double(tp) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r ? 2 * p * r / (p + r) : 0;
  }
};

struct Scores {
  Counts strict;
  // Lenient: precision over predictions overlapping a gold mention, recall over gold
  // mentions overlapping a prediction (the two counts may differ with nested spans).
  size_t lenient_gold_hit = 0, lenient_pred_hit = 0;
  std::map<std::string, Counts> by_type;
  size_t link_n = 0, link_ok = 0;
  Counts events, events_full, relations;
  size_t date_n = 0, date_ok = 0;

  double lenient_precision() const { return strict.pred ? double(lenient_pred_hit) / strict.pred : 0; }
  double lenient_recall() const { return strict.gold ? double(lenient_gold_hit) / strict.gold : 0; }
  double lenient_f1() const {
    double p = lenient_precision(), r = lenient_recall();
    return p + r ? 2 * p * r / (p + r) : 0;
  }
  double linking_accuracy() const { return link_n ? double(link_ok) / link_n : 0; }
  double date_accuracy() const { return date_n ? double(date_ok) / date_n : 0; }
};

// Adds one document: `gold` a .gold.json object, `pred` the extraction's JSON (or null when
// the prediction has no such document).
void score_document(const nlohmann::json& gold, const nlohmann::json& pred, Scores& scores);

// Scores every <doc>.gold.json of `gold_dir` against `predictions` (doc id → JSON).
Scores score(const std::string& gold_dir, const std::map<std::string, nlohmann::json>& predictions);

// The report, in score.py's layout; or its --json object.
std::string format_scores(const Scores& s);
nlohmann::json scores_to_json(const Scores& s);

}  // namespace marsad::eval

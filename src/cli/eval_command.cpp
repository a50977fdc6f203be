// marsad eval: scores extractions against gold files, with the matching of score.py.
//   marsad eval --gold DIR --pred PRED.jsonl        scores a file `marsad extract --json` wrote
//   marsad eval --gold DIR FILE|DIR|- ...           extracts the inputs first
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "pipeline/scorer.h"
#include "pipeline/extraction_json.h"

namespace marsad::cli {

int eval(const EvalOptions& options) {
  std::map<std::string, nlohmann::json> predictions;
  if (!options.pred.empty()) {
    std::ifstream in(options.pred);
    if (!in) {
      std::cerr << "marsad: cannot open " << options.pred << "\n";
      return 2;
    }
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        nlohmann::json doc = nlohmann::json::parse(line);
        std::string id = doc.at("doc").get<std::string>();  // before the move: `=` evaluates its right side first
        predictions[id] = std::move(doc);
      } catch (const std::exception& e) {
        std::cerr << "marsad: " << options.pred << ":" << number << ": " << e.what() << "\n";
        return 2;
      }
    }
  } else if (!options.inputs.empty()) {
    RunSettings run{options.inputs, options.date, options.threads, options.names};
    int status = run_extraction(run, [&](Extraction&& x) { predictions[x.document.id] = extraction_to_json(x); });
    if (status == 2) return status;
  } else {
    std::cerr << "marsad: eval needs --pred FILE or inputs to extract\n";
    return 2;
  }
  try {
    eval::Scores scores = eval::score(options.gold, predictions);
    if (options.json) {
      std::cout << eval::scores_to_json(scores).dump(1) << "\n";
    } else {
      std::cout << eval::format_scores(scores);
    }
  } catch (const std::exception& e) {
    std::cerr << "marsad: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace marsad::cli

// Measurement run of the event stage alone: for every <doc>.gold.json in the given folders,
// takes the gold mentions as input, runs the text and event stages on the article text and
// prints score.py's JSON Lines.
//
//   events_gold_run tests/data/gold/seeds:data/corpus/seeds /work/shared/gold/dev > pred.jsonl
//   python3 /work/shared/eval/score.py <dir with both golds> pred.jsonl
//
// An argument is GOLD_DIR or GOLD_DIR:TEXT_DIR (texts next to the gold files by default); the
// publication date is read from <doc>.meta.json (date_extracted or date) when present.
#include <filesystem>
#include <iostream>

#include "../tests/events/gold_fixture.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  using namespace marsad::events_testing;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    std::string gold_dir = arg, text_dir = arg;
    if (auto colon = arg.find(':'); colon != std::string::npos) {
      gold_dir = arg.substr(0, colon);
      text_dir = arg.substr(colon + 1);
    }
    std::vector<fs::path> golds;
    for (const auto& entry : fs::directory_iterator(gold_dir))
      if (entry.path().string().ends_with(".gold.json")) golds.push_back(entry.path());
    std::sort(golds.begin(), golds.end());
    for (const auto& gold : golds) {
      std::string doc = gold.filename().string();
      doc.resize(doc.size() - std::string(".gold.json").size());
      std::string date;
      fs::path meta = fs::path(text_dir) / (doc + ".meta.json");
      if (fs::exists(meta)) {
        auto m = nlohmann::json::parse(read_text(meta.string()));
        for (const char* key : {"date_extracted", "date"})
          if (date.empty() && m.contains(key) && m[key].is_string()) date = m[key].get<std::string>().substr(0, 10);
      }
      auto run = run_on_gold(gold.string(), (fs::path(text_dir) / (doc + ".txt")).string(), date);
      std::cout << prediction_json(run).dump() << "\n";
    }
  }
}

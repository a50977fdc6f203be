// The fingerprint that decides whether the full-text index must be built again: stable for one
// analysis, different when the analysis segments words otherwise.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "core/data_dir.h"
#include "search/analysis_fingerprint.h"

namespace marsad::search {
namespace {

namespace fs = std::filesystem;

TEST(AnalysisFingerprint, IsStableForOneAnalysis) {
  auto lexicon = Lexicon::load();
  std::string a = analysis_fingerprint(lexicon);
  EXPECT_EQ(a.size(), 16u);
  EXPECT_EQ(analysis_fingerprint(lexicon), a);
  EXPECT_EQ(analysis_fingerprint(Lexicon::load()), a);
}

TEST(AnalysisFingerprint, ChangesWhenTheAnalysisSegmentsWordsOtherwise) {
  // Same data files on disk, but a lexicon without the conjunction و: وقال and ولم keep their
  // و, so the seeds give other stems and the fingerprint (through its probe) must change.
  fs::path root = fs::temp_directory_path() / ("marsad_fingerprint_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  for (const char* dir : {"lexicon", "hunspell", "aliases"})
    fs::copy(data_path(dir), root / dir, fs::copy_options::recursive);
  std::ifstream in(root / "lexicon/clitics.tsv");
  std::stringstream kept;
  for (std::string line; std::getline(in, line);)
    if (line.rfind("proclitic\tو\t", 0) != 0) kept << line << "\n";
  in.close();
  std::ofstream(root / "lexicon/clitics.tsv") << kept.str();

  std::string usual = analysis_fingerprint(Lexicon::load());
  std::string without_waw = analysis_fingerprint(Lexicon::load((root / "lexicon").string()));
  fs::remove_all(root);
  EXPECT_NE(usual, without_waw);
}

}  // namespace
}  // namespace marsad::search

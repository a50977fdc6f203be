#include "text/lexicon.h"

#include <hunspell/hunspell.hxx>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "core/data_dir.h"
#include "core/hash.h"
#include "core/utf8.h"
#include "text/normalize.h"
#include "text/spelled_forms.h"
#include "text/word_table.h"
#include "core/tsv.h"

namespace marsad {
namespace {

using KeyCounts = std::unordered_map<std::u32string, uint32_t, U32Hash, std::equal_to<>>;
using KeySet = std::unordered_set<std::u32string, U32Hash, std::equal_to<>>;

constexpr uint32_t kNameCount = 100;
constexpr size_t kSpelledMemo = 100000;
constexpr const char* kHunspellAff = "/usr/share/hunspell/ar.aff";
constexpr const char* kHunspellDic = "/usr/share/hunspell/ar.dic";

}  // namespace

struct Lexicon::Data {
  KeyCounts counts;
  KeySet particles;
  KeySet bare_suffixes;
  KeySet names;
  KeySet pronoun_hosts;
  std::vector<Clitic> clitics;
  std::unique_ptr<Hunspell> hunspell;
  std::mutex hunspell_mutex;
  SpelledForms spelled_forms;  // hunspell's verdicts on the lexicon's words, from data
};

Lexicon::Lexicon(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Lexicon::~Lexicon() = default;

std::shared_ptr<const Lexicon> Lexicon::load(const std::string& dir_arg) {
  const std::string dir = dir_arg.empty() ? data_path("lexicon") : dir_arg;
  auto data = std::make_unique<Data>();

  for_each_tsv_row(dir + "/words.tsv", 2, [&](const std::vector<std::string_view>& f) {
    data->counts.emplace(key(utf8::decode(f[0])), static_cast<uint32_t>(std::stoul(std::string(f[1]))));
  });
  data->counts.emplace(std::u32string(), 0);  // the empty stem is never a word (count 0)
  // Names of the actor gazetteer are words too, even when no corpus saw them (داعش،
  // ميستورا، حميميم): a floor count keeps them whole. Typos are not words.
  const std::string aliases = std::filesystem::path(dir).parent_path() / "aliases";
  if (std::filesystem::is_directory(aliases)) {
    for (const auto& file : std::filesystem::directory_iterator(aliases)) {
      if (file.path().extension() != ".tsv") continue;
      for_each_tsv_row(file.path().string(), 3, [&](const std::vector<std::string_view>& f) {
        if (f[2] == "typo") return;  // الولاياتالمتحدة is glue to repair, not a word
        std::u32string surface = utf8::decode(f[0]);
        for (size_t start = 0; start < surface.size();) {
          size_t end = std::min(surface.find(U' ', start), surface.size());
          std::u32string word = key(std::u32string_view(surface).substr(start, end - start));
          uint32_t& c = data->counts[word];
          c = std::max(c, kNameCount);
          data->names.insert(std::move(word));
          start = end + 1;
        }
      }, /*header=*/true);
    }
  }
  for_each_tsv_row(dir + "/particles.tsv", 1, [&](const std::vector<std::string_view>& f) {
    data->particles.insert(key(utf8::decode(f[0])));
    if (f.size() > 2 && f[2] == "+") data->pronoun_hosts.insert(key(utf8::decode(f[0])));
  });
  for_each_tsv_row(dir + "/suffixes.tsv", 1, [&](const std::vector<std::string_view>& f) {
    data->bare_suffixes.insert(key(utf8::decode(f[0])));
  });
  for_each_tsv_row(dir + "/clitics.tsv", 4, [&](const std::vector<std::string_view>& f) {
    Clitic c;
    c.proclitic = f[0] == "proclitic";
    c.form = utf8::decode(f[1]);
    c.slot = std::stoi(std::string(f[2]));
    c.bonus = std::stof(std::string(f[3]));
    if (f.size() > 4) c.stem_starts = utf8::decode(f[4]);
    c.no_enclitic = f.size() > 5 && f[5] == "no_enclitic";
    data->clitics.push_back(std::move(c));
  });
  if (data->clitics.size() > 250) throw std::runtime_error(dir + "/clitics.tsv: too many clitics");

  if (std::ifstream(kHunspellAff).good() && std::ifstream(kHunspellDic).good()) {
    data->hunspell = std::make_unique<Hunspell>(kHunspellAff, kHunspellDic);
    const std::string forms = std::filesystem::path(dir).parent_path() / "hunspell" / "spelled_forms.tsv";
    data->spelled_forms = SpelledForms::load(forms, kHunspellAff, kHunspellDic);
  } else {
    throw std::runtime_error(std::string("hunspell-ar is not installed (") + kHunspellDic + "): run scripts/setup");
  }
  return std::shared_ptr<const Lexicon>(new Lexicon(std::move(data)));
}

uint32_t Lexicon::count(std::u32string_view key) const {
  auto it = data_->counts.find(key);
  return it == data_->counts.end() ? 0 : it->second;
}

// hunspell's spell() costs microseconds and holds a lock all threads share, while a corpus asks
// about the same words again and again (the glue splitter about every piece of a run, the
// clitic segmenter and the tagger about every stem): each thread remembers the answers, up to
// kSpelledMemo words (about 10 MB), then starts afresh.
bool Lexicon::spelled(std::u32string_view skeleton) const {
  if (skeleton.empty()) return false;
  // Most words of a text are the lexicon's: data/hunspell/spelled_forms.tsv has their verdicts.
  if (std::optional<bool> listed = data_->spelled_forms.verdict(skeleton)) return *listed;
  struct Answer {
    bool known = false, spelled = false;
  };
  thread_local const Data* owner = nullptr;
  thread_local WordTable<Answer> memo;
  if (owner != data_.get() || memo.size() >= kSpelledMemo) {
    memo.clear();
    owner = data_.get();
  }
  Answer& a = memo.find_or_insert(skeleton).value;
  if (!a.known) {
    std::string word = utf8::encode(skeleton);
    std::lock_guard<std::mutex> lock(data_->hunspell_mutex);
    a = {true, data_->hunspell->spell(word)};
  }
  return a.spelled;
}

bool Lexicon::is_particle(std::u32string_view key) const { return data_->particles.contains(key); }
bool Lexicon::takes_pronoun(std::u32string_view key) const { return data_->pronoun_hosts.contains(key); }
bool Lexicon::is_name(std::u32string_view key) const { return data_->names.contains(key); }
bool Lexicon::is_bare_suffix(std::u32string_view key) const { return data_->bare_suffixes.contains(key); }
const std::vector<Clitic>& Lexicon::clitics() const { return data_->clitics; }
size_t Lexicon::size() const { return data_->counts.size(); }

}  // namespace marsad

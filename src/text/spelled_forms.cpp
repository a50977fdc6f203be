#include "text/spelled_forms.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/utf8.h"

namespace marsad {
namespace {

// Longer words are left to hunspell (no listed word comes near).
constexpr size_t kMaxLetters = 64;

// The key a spelling is listed under, or nothing if the file cannot hold it. The same rules
// as scripts/build_spelled_forms.py (change both together): Arabic letters only; أ إ آ stand
// for ا, ؤ for و, ئ for ي anywhere; ى (ي) and ة (ه) only at the end.
bool listed_key(std::u32string_view skeleton, uint8_t* key) {
  if (skeleton.empty() || skeleton.size() > kMaxLetters) return false;
  const size_t last = skeleton.size() - 1;
  for (size_t i = 0; i <= last; ++i) {
    char32_t c = skeleton[i];
    if (c < U'\u0621' || c > U'\u064A' || c == U'\u0640') return false;
    switch (c) {
      case U'أ': case U'إ': case U'آ': c = U'ا'; break;
      case U'ؤ': c = U'و'; break;
      case U'ئ': c = U'ي'; break;
      case U'ى': if (i != last) return false; c = U'ي'; break;
      case U'ة': if (i != last) return false; c = U'ه'; break;
      default: break;
    }
    key[i] = static_cast<uint8_t>(c - 0x0600);
  }
  return true;
}

// A word of the file as bytes (c − U+0600), or false if it holds another character.
bool to_letters(std::u32string_view word, std::vector<uint8_t>& out) {
  for (char32_t c : word) {
    if (c < U'\u0621' || c > U'\u064A') return false;
    out.push_back(static_cast<uint8_t>(c - 0x0600));
  }
  return true;
}

uint64_t hash_letters(const uint8_t* letters, size_t length) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (size_t i = 0; i < length; ++i) h = (h ^ letters[i]) * 0x100000001b3ull;
  return h ^ (h >> 29);
}

// FNV-1a of a file's bytes, as the script computes it.
std::optional<uint64_t> file_hash(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char b : bytes.view()) h = (h ^ b) * 0x100000001b3ull;
  return h;
}

// "# aff<TAB>size<TAB>hash": whether `path` is still the file the verdicts were made from.
bool same_file(std::string_view header, const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) return false;
  const size_t tab = header.find('\t');
  if (tab == std::string_view::npos) return false;
  const std::string_view size_and_hash = header.substr(tab + 1);
  const size_t tab2 = size_and_hash.find('\t');
  if (tab2 == std::string_view::npos || std::string(size_and_hash.substr(0, tab2)) != std::to_string(size)) return false;
  const std::optional<uint64_t> h = file_hash(path);
  char hex[17];
  return h && std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(*h)) == 16 &&
         size_and_hash.substr(tab2 + 1) == hex;
}

}  // namespace

SpelledForms SpelledForms::load(const std::string& path, const std::string& aff, const std::string& dic) {
  SpelledForms forms;
  std::ifstream in(path);
  if (!in) return forms;
  std::string line;
  int verified = 0;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    if (line[0] == '#') {
      const std::string_view l(line);
      if (l.starts_with("# aff\t")) {
        if (!same_file(l.substr(2), aff)) return {};
        ++verified;
      } else if (l.starts_with("# dic\t")) {
        if (!same_file(l.substr(2), dic)) return {};
        ++verified;
      }
      continue;
    }
    if (verified != 2) return {};  // no record of the files: trust nothing
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error(path + ":" + std::to_string(number) + ": expected key TAB spellings");
    const std::u32string key = utf8::decode(std::string_view(line).substr(0, tab));
    if (key.empty() || key.size() > kMaxLetters) continue;
    const size_t start = forms.letters_.size();
    Entry e{static_cast<uint32_t>(start), static_cast<uint8_t>(key.size()), 0};
    bool readable = to_letters(key, forms.letters_);
    std::string_view rest = std::string_view(line).substr(tab + 1);
    while (readable && !rest.empty()) {
      const size_t space = std::min(rest.find(' '), rest.size());
      const std::string_view word = rest.substr(0, space);
      if (!word.empty()) {
        const std::u32string spelling = word == "=" ? key : utf8::decode(word);
        readable = spelling.size() == key.size() && to_letters(spelling, forms.letters_) && e.spellings < 255;
        ++e.spellings;
      }
      rest.remove_prefix(std::min(space + 1, rest.size()));
    }
    if (!readable) {  // a line this reader cannot hold: those words go to hunspell
      forms.letters_.resize(start);
      continue;
    }
    forms.entries_.push_back(e);
  }
  forms.index();
  return forms;
}

void SpelledForms::index() {
  size_t capacity = 16;
  while (capacity < entries_.size() * 2) capacity *= 2;
  slots_.assign(capacity, 0);
  for (uint32_t n = 0; n < entries_.size(); ++n) {
    const Entry& e = entries_[n];
    size_t i = hash_letters(&letters_[e.offset], e.length) & (capacity - 1);
    while (slots_[i]) i = (i + 1) & (capacity - 1);
    slots_[i] = n + 1;
  }
}

const SpelledForms::Entry* SpelledForms::find(const uint8_t* key, size_t length) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash_letters(key, length) & mask;; i = (i + 1) & mask) {
    if (!slots_[i]) return nullptr;
    const Entry& e = entries_[slots_[i] - 1];
    if (e.length == length && std::memcmp(&letters_[e.offset], key, length) == 0) return &e;
  }
}

std::optional<bool> SpelledForms::verdict(std::u32string_view skeleton) const {
  if (entries_.empty()) return std::nullopt;
  uint8_t key[kMaxLetters];
  if (!listed_key(skeleton, key)) return std::nullopt;
  const Entry* e = find(key, skeleton.size());
  if (!e) return std::nullopt;
  // The skeleton's own letters (all in range: listed_key checked them).
  uint8_t word[kMaxLetters];
  for (size_t i = 0; i < skeleton.size(); ++i) word[i] = static_cast<uint8_t>(skeleton[i] - 0x0600);
  const uint8_t* spelling = &letters_[e->offset] + e->length;
  for (uint8_t k = 0; k < e->spellings; ++k, spelling += e->length)
    if (std::memcmp(spelling, word, e->length) == 0) return true;
  return false;
}

}  // namespace marsad

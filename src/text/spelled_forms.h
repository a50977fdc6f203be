// hunspell-ar's verdicts, answered from data: data/hunspell/spelled_forms.tsv lists, for each
// word of the lexicon (data/lexicon/words.tsv), which of its spellings hunspell accepts among
// all those its match key stands for (أ إ آ ا, ؤ و, ئ ي, and at the end ى ة). A word of
// unseen text is then usually answered by one hash look-up instead of a hunspell call
// (tens of µs: most of the cost of text never seen before). Made by
// scripts/build_spelled_forms.py from the very files hunspell loads; the file records their
// size and hash, and is ignored when the installed hunspell-ar differs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

class SpelledForms {
 public:
  // Reads `path`. Stays empty (answers nothing) when the file is missing or was made from
  // other `aff`/`dic` files than these. Throws std::runtime_error on a malformed line.
  static SpelledForms load(const std::string& path, const std::string& aff, const std::string& dic);

  // hunspell's verdict on `skeleton` (letters as written, no harakat), if the file has it.
  std::optional<bool> verdict(std::u32string_view skeleton) const;
  size_t size() const { return entries_.size(); }

 private:
  // The file's words are Arabic letters (U+0621–U+064A): one byte each, as c − U+0600. A key
  // and its spellings, all of its length, stand one after the other in `letters_`.
  struct Entry {
    uint32_t offset = 0;  // of the key in letters_; its spellings follow
    uint8_t length = 0;
    uint8_t spellings = 0;
  };
  const Entry* find(const uint8_t* key, size_t length) const;
  void index();

  std::vector<uint8_t> letters_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;  // open addressing by hash of the key: 0 empty, else 1 + entry
};

}  // namespace marsad

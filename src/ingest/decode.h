// Bytes → valid UTF-8. Detects the encoding: a BOM (UTF-8, UTF-16 LE/BE), UTF-16 without a
// BOM (by where its NUL bytes fall), valid UTF-8, or else ICU's charset detector restricted
// to the encodings Arabic news comes in (windows-1256, ISO-8859-6). Invalid bytes are
// replaced with U+FFFD and reported with their byte offsets in the input.
//
// The text is otherwise kept exactly (line endings too): only a leading BOM is dropped, so
// code point offsets computed later refer to what the author wrote.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::ingest {

struct DecodeIssue {
  size_t byte_offset;  // into the bytes given to decode(), BOM included
  std::string reason;  // "overlong encoding", "truncated sequence at end of input", …
};

struct Decoded {
  std::string text;      // valid UTF-8, without a BOM
  std::string encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "ISO-8859-6"
  std::vector<DecodeIssue> issues;  // the first kMaxIssues replacements, in input order
  size_t replaced = 0;              // all replacements with U+FFFD, listed or not

  // A file of broken bytes would otherwise list millions of issues: after this many we only count.
  static constexpr size_t kMaxIssues = 1000;
};

// Throws InputError (naming `origin`) for empty input (no bytes, or only a BOM and
// whitespace) and for binary data (NUL bytes that are not UTF-16, many control bytes).
Decoded decode(std::string_view bytes, const std::string& origin);

// Validates UTF-8 and replaces each ill-formed sequence (its maximal valid prefix, as the
// Unicode standard recommends, so "\xE2\x82" is one U+FFFD) with U+FFFD. No detection, no
// emptiness check: for text that is known to be UTF-8, such as a JSON Lines record.
Decoded repair_utf8(std::string_view bytes);

// True for text with nothing but white space (and stray U+FEFF) in it.
bool is_blank(std::string_view utf8);

// A one-line summary of the issues for a warning: "2 invalid byte sequences replaced with
// U+FFFD (first at byte 17: overlong encoding)".
std::string describe_issues(const Decoded& decoded);

}  // namespace marsad::ingest

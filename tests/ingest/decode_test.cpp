// Decoding real files: other encodings, broken bytes, no text at all.
#include <gtest/gtest.h>

#include "core/input_error.h"
#include "core/utf8.h"
#include "ingest/decode.h"
#include "ingest_files.h"

namespace marsad::ingest {
namespace {

using test::bytes_of;
using test::corpus;

Decoded decode_file(const std::string& relative) { return decode(bytes_of(corpus(relative)), relative); }

// The reason decode() gives for a file it refuses.
std::string refusal(const std::string& relative) {
  try {
    decode_file(relative);
  } catch (const InputError& e) {
    EXPECT_EQ(e.origin(), relative);
    return e.reason();
  }
  return "(decoded)";
}

struct Encoded {
  const char* file;
  const char* encoding;
};

class EncodingTest : public ::testing::TestWithParam<Encoded> {};

TEST_P(EncodingTest, GivesTheUtf8Original) {
  const Decoded decoded = decode_file(GetParam().file);
  EXPECT_EQ(decoded.encoding, GetParam().encoding);
  EXPECT_EQ(decoded.text, bytes_of(corpus("expected/paragraph.txt")));  // BOM dropped, newline kept
  EXPECT_EQ(decoded.replaced, 0u);
}

INSTANTIATE_TEST_SUITE_P(
    Encodings, EncodingTest,
    ::testing::Values(Encoded{"expected/paragraph.txt", "UTF-8"}, Encoded{"encodings/utf-8-bom.txt", "UTF-8"},
                      Encoded{"encodings/windows-1256.txt", "windows-1256"},
                      Encoded{"encodings/iso-8859-6.txt", "ISO-8859-6"},
                      Encoded{"encodings/utf-16le-bom.txt", "UTF-16LE"}, Encoded{"encodings/utf-16be-bom.txt", "UTF-16BE"},
                      Encoded{"encodings/utf-16le.txt", "UTF-16LE"}, Encoded{"encodings/utf-16be.txt", "UTF-16BE"}),
    [](const auto& info) {
      std::string name = std::filesystem::path(info.param.file).stem().string();
      for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return name;
    });

TEST(Decode, KeepsLineEndingsAsTheyAre) {
  const std::string bytes = bytes_of(corpus("encodings/utf-8-crlf.txt"));
  ASSERT_NE(bytes.find("\r\n"), std::string::npos);
  EXPECT_EQ(decode(bytes, "crlf").text, bytes);
}

TEST(Decode, ReplacesEachBrokenSequenceAndSaysWhere) {
  const std::string bytes = bytes_of(corpus("broken/invalid-utf-8.txt"));
  const Decoded decoded = decode(bytes, "invalid-utf-8.txt");
  EXPECT_EQ(decoded.encoding, "UTF-8");  // damaged UTF-8, not mistaken for windows-1256
  EXPECT_EQ(decoded.text, bytes_of(corpus("expected/invalid-utf-8.txt")));

  // One issue per replacement, each at the byte that starts the bad sequence.
  const std::vector<std::pair<unsigned char, std::string>> expected = {
      {0x80, "stray continuation byte"},
      {0xC0, "overlong encoding"},
      {0xAF, "stray continuation byte"},
      {0xED, "surrogate code point (U+D800..U+DFFF)"},
      {0xA0, "stray continuation byte"},
      {0x80, "stray continuation byte"},
      {0xD8, "truncated sequence"},
      {0xF5, "byte never used in UTF-8"},
  };
  ASSERT_EQ(decoded.issues.size(), expected.size());
  EXPECT_EQ(decoded.replaced, expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const DecodeIssue& issue = decoded.issues[i];
    ASSERT_LT(issue.byte_offset, bytes.size());
    EXPECT_EQ(static_cast<unsigned char>(bytes[issue.byte_offset]), expected[i].first) << "issue " << i;
    EXPECT_EQ(issue.reason, expected[i].second) << "issue " << i;
  }
  EXPECT_EQ(describe_issues(decoded), "8 invalid byte sequences replaced with U+FFFD (first at byte " +
                                          std::to_string(decoded.issues[0].byte_offset) + ": stray continuation byte)");
}

// A file whose writer was killed mid-character: the cut character is reported at its byte
// offset (the last byte of the file) and becomes U+FFFD; the text before it is intact.
TEST(Decode, ReportsASequenceCutAtTheEndOfTheFile) {
  const std::string bytes = bytes_of(corpus("broken/truncated-end.txt"));
  const Decoded decoded = decode(bytes, "truncated-end.txt");
  ASSERT_EQ(decoded.issues.size(), 1u);
  EXPECT_EQ(decoded.issues[0].byte_offset, bytes.size() - 1);
  EXPECT_EQ(decoded.issues[0].reason, "truncated sequence at end of input");
  EXPECT_EQ(decoded.text, bytes.substr(0, bytes.size() - 1) + "\uFFFD");
  EXPECT_TRUE(decoded.text.starts_with("انطلاق مباحثات أستانا"));
}

TEST(Decode, RefusesEmptyAndBinaryFiles) {
  EXPECT_EQ(refusal("broken/empty.txt"), "empty file");
  EXPECT_EQ(refusal("broken/blank.txt"), "empty file");  // a BOM and white space
  EXPECT_EQ(refusal("broken/image.png"), "binary data, not text");
  EXPECT_EQ(refusal("broken/image-named.txt"), "binary data, not text");
}

TEST(Decode, RepairUtf8LeavesGoodTextAlone) {
  const std::string good = bytes_of(corpus("expected/paragraph.txt"));
  const Decoded repaired = repair_utf8(good);
  EXPECT_EQ(repaired.text, good);
  EXPECT_EQ(repaired.replaced, 0u);
  EXPECT_EQ(describe_issues(repaired), "");
}

// A 50 MB article on one line (no newline to split at): generated, never committed.
TEST(Decode, DecodesFiftyMegabytesOnOneLine) {
  std::string paragraph = bytes_of(corpus("expected/paragraph.txt"));
  paragraph.back() = ' ';  // the newline becomes a space
  const size_t copies = 50'000'000 / paragraph.size() + 1;
  std::string bytes;
  bytes.reserve(copies * paragraph.size());
  for (size_t i = 0; i < copies; ++i) bytes += paragraph;

  const Decoded decoded = decode(bytes, "big.txt");
  EXPECT_EQ(decoded.encoding, "UTF-8");
  EXPECT_EQ(decoded.replaced, 0u);
  EXPECT_EQ(decoded.text.size(), bytes.size());
  EXPECT_EQ(utf8::length(decoded.text), copies * utf8::length(paragraph));
}

}  // namespace
}  // namespace marsad::ingest

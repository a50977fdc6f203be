// Reading documents from files, folders, JSON Lines, HTML and standard input.
#include <gtest/gtest.h>

#include <cstdio>
#include <regex>
#include <sstream>

#include "core/utf8.h"
#include "ingest/reader.h"
#include "ingest_files.h"

namespace marsad::ingest {
namespace {

using test::bytes_of;
using test::corpus;
using test::read_all;

std::vector<std::string> reasons(const std::vector<InputError>& errors) {
  std::vector<std::string> out;
  for (const InputError& e : errors) out.push_back(e.origin() + ": " + e.reason());
  return out;
}

TEST(ReadText, TakesIdFromTheNameAndMetadataFromTheSidecar) {
  const auto read = read_all({corpus("folder/01_first.txt")});
  ASSERT_EQ(read.documents.size(), 1u);
  const Document& doc = read.documents[0];
  EXPECT_EQ(doc.id, "01_first");  // the file name, not the "id" in the metadata
  EXPECT_EQ(doc.origin, corpus("folder/01_first.txt"));
  EXPECT_EQ(doc.title, "توحيد الفصائل");
  EXPECT_EQ(doc.date, "2017-02-12");  // from "date_extracted": "2017-02-12 10:00:00"
  EXPECT_EQ(doc.source, "seed");
  EXPECT_EQ(doc.url, "http://example.org/4");
  EXPECT_EQ(doc.author, "مراسل");
  EXPECT_EQ(doc.text, bytes_of(corpus("folder/01_first.txt")));
  EXPECT_TRUE(read.errors.empty());
}

TEST(ReadText, DecodesOtherEncodingsAndUsesTheDefaultDate) {
  const auto read = read_all({corpus("encodings/windows-1256.txt"), corpus("encodings/utf-16le.txt")}, "2016-11-01");
  ASSERT_EQ(read.documents.size(), 2u);
  for (const Document& doc : read.documents) {
    EXPECT_EQ(doc.text, bytes_of(corpus("expected/paragraph.txt"))) << doc.origin;
    EXPECT_EQ(doc.date, "2016-11-01");
  }
  EXPECT_EQ(read.documents[0].id, "windows-1256");
}

TEST(ReadText, RepairedBytesAreAWarningNotAFailure) {
  const auto read = read_all({corpus("broken/truncated-end.txt")});
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_TRUE(read.errors.empty());
  ASSERT_EQ(read.warnings.size(), 1u);
  const size_t last = bytes_of(corpus("broken/truncated-end.txt")).size() - 1;
  EXPECT_EQ(read.warnings[0].reason(), "1 invalid byte sequence replaced with U+FFFD (first at byte " +
                                           std::to_string(last) + ": truncated sequence at end of input)");
  EXPECT_EQ(read.summary.warnings, 1u);
}

TEST(ReadText, EveryBrokenFileIsNamedAndTheBatchGoesOn) {
  const auto read = read_all({corpus("broken/empty.txt"), corpus("nowhere/missing.txt"), corpus("broken/image.png"),
                              corpus("expected/paragraph.txt"), corpus("broken/blank.txt")});
  EXPECT_EQ(reasons(read.errors),
            (std::vector<std::string>{corpus("broken/empty.txt") + ": empty file",
                                      corpus("nowhere/missing.txt") + ": No such file or directory",
                                      corpus("broken/image.png") + ": binary data, not text",
                                      corpus("broken/blank.txt") + ": empty file"}));
  EXPECT_EQ(read.origins(), std::vector<std::string>{corpus("expected/paragraph.txt")});
  EXPECT_EQ(read.summary.documents, 1u);
  EXPECT_EQ(read.summary.failures, 4u);
}

TEST(ReadJsonl, ReadsGoodRecordsAndNamesTheLineOfEachBadOne) {
  const std::string path = corpus("jsonl/records.jsonl");
  const auto read = read_all({path}, "2017-01-01");
  ASSERT_EQ(read.errors.size(), 4u);
  EXPECT_EQ(read.errors[0].origin(), path + ":4");
  EXPECT_TRUE(read.errors[0].reason().starts_with("malformed JSON: parse error at line 1")) << read.errors[0].reason();
  EXPECT_NE(read.errors[0].reason().find("unexpected end of input"), std::string::npos);
  EXPECT_EQ(reasons({read.errors.begin() + 1, read.errors.end()}),
            (std::vector<std::string>{path + ":5: no \"text\" or \"content\" field", path + ":7: empty text",
                                      path + ":8: not a JSON object"}));
  ASSERT_EQ(read.documents.size(), 5u);
  EXPECT_EQ(read.origins(), (std::vector<std::string>{path + ":1", path + ":2", path + ":6", path + ":9", path + ":10"}));

  const Document& first = read.documents[0];
  EXPECT_EQ(first.id, "astana-1");
  EXPECT_EQ(first.title, "اجتماع أستانة");
  EXPECT_EQ(first.date, "2017-01-22");
  EXPECT_EQ(first.source, "seed");
  EXPECT_EQ(first.url, "http://example.org/1");
  EXPECT_EQ(first.author, "مراسل");
  EXPECT_TRUE(first.text.starts_with("قبل موعد اجتماع أستانة"));

  EXPECT_EQ(read.documents[1].id, "42");  // a number id
  EXPECT_EQ(read.documents[1].text, "بينما لا تزال المعارضة تعاني من انقساماتها.");  // from "content"
  EXPECT_EQ(read.documents[1].date, "2017-01-22");  // from "date_extracted"

  // No id: a hash of the text, the same on every run.
  EXPECT_TRUE(std::regex_match(read.documents[2].id, std::regex("[0-9a-f]{16}"))) << read.documents[2].id;
  EXPECT_EQ(read_all({path}).documents[2].id, read.documents[2].id);

  // 2017-02-30 is no date: warned about, and the default date is used.
  EXPECT_EQ(read.documents[3].date, "2017-01-01");
  // A letter cut before the closing quote: repaired, the record kept.
  EXPECT_TRUE(read.documents[4].text.ends_with("الصراع.\uFFFD"));
  // Byte offsets count from the start of the record's line.
  std::istringstream lines(bytes_of(path));
  std::string line;
  for (int i = 0; i < 10; ++i) std::getline(lines, line);
  const size_t cut = line.find("\xD8\"}");
  ASSERT_NE(cut, std::string::npos);
  EXPECT_EQ(reasons(read.warnings),
            (std::vector<std::string>{path + ":9: \"date\" is not a date (YYYY-MM-DD): \"2017-02-30\"",
                                      path + ":10: 1 invalid byte sequence replaced with U+FFFD (first at byte " +
                                          std::to_string(cut) + ": truncated sequence)"}));
}

TEST(ReadHtml, TakesTheArticleAndLeavesTheBoilerplate) {
  const auto read = read_all({corpus("html/article.html")});
  ASSERT_EQ(read.documents.size(), 1u) << (read.errors.empty() ? "" : read.errors[0].what());
  const Document& doc = read.documents[0];
  EXPECT_EQ(doc.id, "article");
  EXPECT_EQ(doc.title, "اتفاق داعش والنصرة");  // og:title, white space collapsed
  EXPECT_EQ(doc.date, "2017-02-11");           // article:published_time
  EXPECT_EQ(doc.text, bytes_of(corpus("expected/html-article.txt")));
  for (const char* boilerplate : {"الرئيسية", "أهم الأخبار", "اقرأ أيضا", "بحث", "الحقوق", "ليس نصا", "ads()", "عنوان داخل"}) {
    EXPECT_EQ(doc.text.find(boilerplate), std::string::npos) << boilerplate;
  }
}

TEST(ReadHtml, WithoutAnArticleTagTakesTheDensestParagraphs) {
  const auto read = read_all({corpus("html/no-article-tag.htm")}, "2017-03-01");
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_EQ(read.documents[0].text, bytes_of(corpus("expected/html-article.txt")));
  EXPECT_EQ(read.documents[0].date, "2017-03-01");  // the page has no date
}

TEST(ReadFolder, WalksNestedFoldersInSortedOrderAndSkipsWhatIsNotADocument) {
  const std::string folder = corpus("folder");
  const auto read = read_all({folder});
  EXPECT_EQ(read.origins(), (std::vector<std::string>{
                                folder + "/01_first.txt",
                                folder + "/02_nested/b.jsonl:1",
                                folder + "/02_nested/b.jsonl:2",
                                folder + "/02_nested/deeper/d.txt",
                                folder + "/02_nested/page.html",
                                folder + "/03_last.TXT",
                            }));
  EXPECT_EQ(reasons(read.errors), std::vector<std::string>{folder + "/02_nested/broken.txt: empty file"});
  EXPECT_EQ(read.documents[0].title, "توحيد الفصائل");  // its .meta.json was used, not read as a document
  EXPECT_EQ(read.documents[1].id, "b0");
  EXPECT_EQ(read.documents[4].title, "صفحة");
}

TEST(ReadOptions, ABadDefaultDateIsReportedAndNotUsed) {
  const auto read = read_all({corpus("expected/paragraph.txt")}, "22/01/2017");
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_EQ(read.documents[0].date, "");
  EXPECT_EQ(reasons(read.errors), std::vector<std::string>{"--date: not a date (YYYY-MM-DD): \"22/01/2017\""});
}

// Standard input is redirected from a corpus file, as a shell would do it.
TEST(ReadStdin, PlainTextIsOneDocument) {
  ASSERT_NE(std::freopen(corpus("encodings/windows-1256.txt").c_str(), "rb", stdin), nullptr);
  const auto read = read_all({"-"});
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_EQ(read.documents[0].id, "stdin");
  EXPECT_EQ(read.documents[0].origin, "-");
  EXPECT_EQ(read.documents[0].text, bytes_of(corpus("expected/paragraph.txt")));
}

TEST(ReadStdin, JsonLinesAreRecords) {
  ASSERT_NE(std::freopen(corpus("folder/02_nested/b.jsonl").c_str(), "rb", stdin), nullptr);
  const auto read = read_all({"-"});
  EXPECT_EQ(read.origins(), (std::vector<std::string>{"-:1", "-:2"}));
  EXPECT_TRUE(read.errors.empty());
}

// A 50 MB text on one line, generated here (never committed): read whole, in one piece.
TEST(ReadText, ReadsFiftyMegabytesOnOneLine) {
  test::TempDir dir("marsad-ingest-big");
  std::string paragraph = bytes_of(corpus("expected/paragraph.txt"));
  paragraph.back() = ' ';
  const size_t copies = 50'000'000 / paragraph.size() + 1;
  const std::string path = (dir.path / "big.txt").string();
  {
    std::ofstream out(path, std::ios::binary);
    for (size_t i = 0; i < copies; ++i) out << paragraph;
  }
  const auto read = read_all({path});
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_EQ(read.documents[0].id, "big");
  EXPECT_EQ(utf8::length(read.documents[0].text), copies * utf8::length(paragraph));
  EXPECT_TRUE(read.errors.empty());
  EXPECT_TRUE(read.warnings.empty());
}

}  // namespace
}  // namespace marsad::ingest

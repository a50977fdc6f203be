// marsad analyze: the text layer on its own, one line per document.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/utf8.h"
#include "ingest/reader.h"
#include "text/analyzer.h"

namespace marsad::cli {
namespace {

using nlohmann::json;

std::string u8(std::u32string_view s) { return utf8::encode(s); }

json clitic_list(const Analyzed& a, const Token& t, const std::vector<Clitic>& clitics, bool pro) {
  json list = json::array();
  if (pro) {
    for (uint8_t i = 0; i < t.seg.proclitic_count; ++i) list.push_back(u8(clitics[t.seg.proclitics[i]].form));
  } else if (t.seg.enclitic_count) {
    list.push_back(u8(clitics[t.seg.enclitic].form));
  }
  return list;
}

json to_json(const Analyzed& a, const std::vector<Clitic>& clitics) {
  json repairs = json::array();
  for (const Repair& r : a.repairs)
    repairs.push_back({{"start", r.original.start}, {"end", r.original.end}, {"kind", repair_kind_name(r.kind)},
                       {"before", u8(r.before)}, {"after", u8(r.after)}});
  json sentences = json::array();
  for (const Sentence& s : a.sentences) sentences.push_back({{"start", s.span.start}, {"end", s.span.end}});
  json tokens = json::array();
  for (const Token& t : a.tokens) {
    json tok = {{"start", t.span.start}, {"end", t.span.end}, {"surface", u8(a.surface(t))}, {"norm", u8(a.key(t))}};
    if (t.kind == TokenKind::kWord) {
      tok["proclitics"] = clitic_list(a, t, clitics, true);
      tok["stem"] = u8(a.stem_surface(t));
      tok["enclitics"] = clitic_list(a, t, clitics, false);
    } else {
      tok["kind"] = token_kind_name(t.kind);
    }
    tokens.push_back(std::move(tok));
  }
  return {{"doc", a.document->id}, {"text", u8(a.text)}, {"repairs", std::move(repairs)},
          {"sentences", std::move(sentences)}, {"tokens", std::move(tokens)}};
}

void print_summary(const Analyzed& a) {
  size_t words = 0, segmented = 0;
  for (const Token& t : a.tokens) {
    if (t.kind != TokenKind::kWord) continue;
    ++words;
    segmented += t.seg.proclitic_count || t.seg.enclitic_count;
  }
  std::printf("%s: %zu characters, %zu sentences, %zu tokens (%zu words, %zu with clitics), %zu repairs\n",
              a.document->id.c_str(), a.original.size(), a.sentences.size(), a.tokens.size(), words, segmented,
              a.repairs.size());
  for (const Repair& r : a.repairs)
    std::printf("  %-26s %6u-%-6u %s → %s\n", std::string(repair_kind_name(r.kind)).c_str(), r.original.start,
                r.original.end, u8(r.before).c_str(), u8(r.after).c_str());
}

}  // namespace

int analyze(const AnalyzeOptions& options) {
  std::shared_ptr<const Lexicon> lexicon;
  try {
    lexicon = Lexicon::load();
  } catch (const std::exception& e) {
    std::cerr << "marsad: " << e.what() << "\n";
    return 2;
  }
  TextAnalyzer analyzer(lexicon);
  ingest::ReadOptions read;
  read.date = options.date;
  read.on_warning = [](const InputError& w) { std::cerr << "marsad: warning: " << w.what() << "\n"; };
  auto summary = ingest::read_inputs(
      options.inputs, read,
      [&](Document&& doc) {
        Analyzed a = analyzer.analyze(doc);
        if (options.json) {
          std::cout << to_json(a, lexicon->clitics()).dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
        } else {
          print_summary(a);
        }
      },
      [](const InputError& e) { std::cerr << "marsad: error: " << e.what() << "\n"; });
  std::cout.flush();
  return summary.failures ? 1 : 0;
}

}  // namespace marsad::cli

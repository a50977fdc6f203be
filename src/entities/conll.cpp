#include "entities/conll.h"

#include <fstream>
#include <istream>
#include <ostream>

#include "core/input_error.h"
#include "core/utf8.h"

namespace marsad {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

Tag parse_tag(std::string_view name, ConllReadStats& stats) {
  if (name == "O") return kOutside;
  if (name.size() > 2 && (name[0] == 'B' || name[0] == 'I') && name[1] == '-') {
    std::string_view type_part = name.substr(2);
    while (!type_part.empty() && type_part.front() == '-') type_part.remove_prefix(1);  // AQMAR's "I--ORG"
    EntityType type;
    if (parse_type(type_part, type)) return name[0] == 'B' ? begin_tag(type) : inside_tag(type);
  }
  ++stats.unknown_tags;
  return kOutside;
}

// I-X after O or after another type starts an entity (conlleval's reading); say so with B-X
// so that training sees one spelling for one thing.
void repair_starts(std::vector<Tag>& tags, ConllReadStats& stats) {
  Tag previous = kOutside;
  for (Tag& t : tags) {
    if (is_inside(t) && tag_type(previous) != tag_type(t)) {
      t = begin_tag(tag_type(t));
      ++stats.repaired_tags;
    }
    previous = t;
  }
}

}  // namespace

bool ends_sentence(std::u32string_view token) {
  return token == U"." || token == U"!" || token == U"?" || token == U"\u061F";
}

std::vector<LabeledSentence> read_conll(std::istream& in, ConllReadStats* stats_out) {
  ConllReadStats stats;
  std::vector<LabeledSentence> sentences;
  LabeledSentence current;
  auto finish = [&] {
    if (current.tokens.empty()) return;
    repair_starts(current.tags, stats);
    sentences.push_back(std::move(current));
    current = {};
  };
  std::string line;
  while (std::getline(in, line)) {
    std::string_view text = trim(line);
    if (text.empty()) {
      finish();
      continue;
    }
    size_t space = text.find_last_of(" \t");
    if (space == std::string_view::npos) continue;  // a token without a tag: not BIO data
    std::string_view token = trim(text.substr(0, space));
    if (token.empty()) continue;
    current.tokens.push_back(utf8::decode(token));
    current.tags.push_back(parse_tag(text.substr(space + 1), stats));
    ++stats.tokens;
    if (ends_sentence(current.tokens.back())) finish();
  }
  finish();
  if (stats_out) *stats_out = stats;
  return sentences;
}

std::vector<LabeledSentence> read_conll(const std::string& path, ConllReadStats* stats) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot open");
  return read_conll(in, stats);
}

void write_conll(std::ostream& out, const std::vector<LabeledSentence>& sentences) {
  for (const LabeledSentence& s : sentences) {
    for (size_t i = 0; i < s.tokens.size(); ++i) out << utf8::encode(s.tokens[i]) << ' ' << tag_name(s.tags[i]) << '\n';
    out << '\n';
  }
}

}  // namespace marsad

#include "search/search.h"

#include <algorithm>
#include <climits>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.h"
#include "search/fts_index.h"
#include "search/terms.h"
#include "store/text_layer.h"
#include "text/analyzer.h"
#include "text/normalize.h"

namespace marsad::search {
namespace {

// Words more common than this (per 10M tokens of data/lexicon/words.tsv: في 792k، من، ان…)
// are left out of a query of several words: they cost the most to score and say the least.
// Arabic has no stop list in FTS5, PostgreSQL or Snowball; corpus counts are ours.
constexpr uint32_t kCommonCount = 100000;
// A long query keeps its rarest words (lexicon counts): a 15-word headline costs more than
// its common words add.
constexpr size_t kMaxWords = 10;
// The candidates BM25 scores are the documents holding one of the kCandidateWords rarest
// words whose document frequency is under kCandidateShare (tried among the kCandidateTries
// rarest): scoring every document that shares one common word costs milliseconds.
constexpr size_t kCandidateWords = 2;
constexpr size_t kCandidateTries = 5;
constexpr double kCandidateShare = 0.05;
// BM25 column weights: a word of the title says much more about the article than one of the
// body (measured on the known-item task of scripts/search_eval.py: weight 4 → MRR 0.95, 40 → 0.97).
constexpr const char* kRank = "bm25(doc_search, 40.0, 1.0)";
constexpr size_t kSnippetTokens = 24;  // words in a snippet
constexpr size_t kLeadTokens = 5;      // words before the first hit

std::string quoted(const std::string& term) {
  std::string out = "\"";
  for (char c : term) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

struct Searcher::State {
  State(store::Database& d, std::shared_ptr<const Lexicon> lex)
      : db(d), lexicon(lex ? std::move(lex) : Lexicon::load()), analyzer(lexicon) {
    register_fts(db, lexicon);
    df = db.prepare("SELECT doc FROM doc_search_vocab WHERE term=?");
    documents = db.scalar("SELECT count(*) FROM documents");
    layer = db.prepare(
        "SELECT d.id, d.title, d.source, d.date, d.text, l.tokens FROM documents d "
        "LEFT JOIN text_layers l ON l.doc = d.num WHERE d.num=?");
  }
  store::Database& db;
  std::shared_ptr<const Lexicon> lexicon;
  TextAnalyzer analyzer;
  store::Statement layer, df;
  int64_t documents = 0;

  // FTS5 counts a term's documents by reading its whole posting list: counted once per term
  // for the life of this connection's view of the index (a connection that sees a newer
  // commit is replaced, see server/read_connections.h).
  std::unordered_map<std::string, int64_t> frequencies;
  int64_t document_frequency(const std::string& term) {
    auto [it, inserted] = frequencies.try_emplace(term, 0);
    if (!inserted) return it->second;
    df.bind(1, term);
    it->second = df.step() ? df.int64(0) : 0;
    df.reset();
    return it->second;
  }

  // Row numbers and scores of the best `limit` documents matching `expression`. The statement
  // of each combination of filters is prepared once.
  std::unordered_map<std::string, store::Statement> ranking;
  std::vector<std::pair<int64_t, double>> rank(const std::string& sql, const std::string& expression, size_t limit,
                                               const std::vector<std::string>& filters) {
    auto it = ranking.find(sql);
    if (it == ranking.end()) it = ranking.emplace(sql, db.prepare(sql)).first;
    store::Statement& q = it->second;
    q.bind(1, expression).bind(2, static_cast<int64_t>(limit));
    for (size_t i = 0; i < filters.size(); ++i) q.bind(static_cast<int>(i + 3), filters[i]);
    std::vector<std::pair<int64_t, double>> ranked;
    while (q.step()) ranked.emplace_back(q.int64(0), q.real(1));  // a failing step resets it
    q.reset();
    return ranked;
  }

  void fill(int64_t num, const std::vector<QueryWord>& words, SearchResult& result);
};

// The document's metadata and snippet. Hits are found again in the stored tokens (the key of
// each token's original text, and its stem inside it) rather than asked of FTS5: a second
// MATCH per result cost more than the ranking.
void Searcher::State::fill(int64_t num, const std::vector<QueryWord>& words, SearchResult& result) {
  layer.bind(1, num);
  if (!layer.step()) {
    layer.reset();
    return;
  }
  result.doc = layer.text(0);
  result.title = layer.text(1);
  result.source = layer.text(2);
  result.date = layer.text(3);
  std::u32string text = utf8::decode(layer.text(4));
  std::vector<store::TokenRow> tokens = store::unpack_tokens(layer.blob(5));
  layer.reset();

  std::unordered_set<std::u32string> stems, exacts;
  for (const auto& w : words) {
    if (!w.stem.empty()) stems.insert(utf8::decode(w.stem));
    if (!w.exact.empty()) exacts.insert(utf8::decode(std::string_view(w.exact).substr(1)));  // without '='
  }
  std::vector<Span> positions;  // indexed tokens
  std::vector<uint32_t> hit;    // their indices that match a query word
  for (const auto& t : tokens) {
    if (!store::is_indexed(static_cast<TokenKind>(t.kind))) continue;
    if (t.span.end > text.size()) break;
    std::u32string k = key(std::u32string_view(text).substr(t.span.start, t.span.size()));
    std::u32string_view stem = k;
    if (t.stem_length && t.stem_offset + t.stem_length <= k.size()) stem = stem.substr(t.stem_offset, t.stem_length);
    if (exacts.count(k) || stems.count(std::u32string(stem))) hit.push_back(static_cast<uint32_t>(positions.size()));
    positions.push_back(t.span);
  }
  if (positions.empty()) return;

  // The window of kSnippetTokens words holding the most hits.
  size_t best = 0, best_count = 0;
  for (size_t i = 0, j = 0; i < hit.size(); ++i) {
    while (j < hit.size() && hit[j] < hit[i] + kSnippetTokens) ++j;
    if (j - i > best_count) best_count = j - i, best = i;
  }
  size_t first = hit.empty() ? 0 : (hit[best] > kLeadTokens ? hit[best] - kLeadTokens : 0);
  size_t last = std::min(positions.size(), first + kSnippetTokens) - 1;
  uint32_t start = first == 0 ? 0 : positions[first].start;
  uint32_t end = last + 1 == positions.size() ? static_cast<uint32_t>(text.size()) : positions[last].end;
  std::u32string snippet = text.substr(start, end - start);
  // A snippet is one run of text: no line breaks at its edges, none inside.
  uint32_t lead = 0;
  while (lead < snippet.size() && (snippet[lead] == U'\n' || snippet[lead] == U' ')) ++lead;
  snippet.erase(0, lead);
  start += lead;
  while (!snippet.empty() && (snippet.back() == U'\n' || snippet.back() == U' ')) snippet.pop_back();
  for (char32_t& c : snippet)
    if (c == U'\n' || c == U'\r') c = U' ';
  result.snippet = (first > 0 ? "… " : "") + utf8::encode(snippet) + (end < text.size() ? " …" : "");
  result.snippet_start = start;
  uint32_t shift = first > 0 ? 2 : 0;  // "… "
  for (uint32_t p : hit)
    if (p >= first && p <= last && positions[p].start >= start)
      result.highlights.push_back({positions[p].start - start + shift, positions[p].end - start + shift});
}

Searcher::Searcher(store::Database& db, std::shared_ptr<const Lexicon> lexicon)
    : state_(std::make_unique<State>(db, std::move(lexicon))) {}
Searcher::~Searcher() = default;

SearchResults Searcher::search(const std::string& query, const SearchOptions& options) {
  SearchResults out;
  out.query = query;
  Document doc;
  doc.text = query;
  Analyzed analyzed = state_->analyzer.analyze(doc);
  std::vector<QueryWord> words = query_words(analyzed);

  // Each distinct word once, rarest first (corpus count of its stem).
  struct Weighted {
    QueryWord word;
    uint32_t count;
  };
  std::vector<Weighted> kept;
  std::unordered_set<std::string> seen;
  for (auto& w : words) {
    if (!seen.insert(w.stem + "\t" + w.exact).second) continue;
    std::u32string stem = w.stem.empty() ? utf8::decode(std::string_view(w.exact).substr(1)) : utf8::decode(w.stem);
    // Numbers (years above all) are common in news though no lexicon counts them.
    bool number = !stem.empty() && stem[0] >= U'0' && stem[0] <= U'9';
    uint32_t count = state_->lexicon->is_particle(stem) ? UINT32_MAX
                     : number                           ? kCommonCount
                                                        : state_->lexicon->count(stem);
    kept.push_back({std::move(w), count});
  }
  if (kept.empty()) return out;
  std::stable_sort(kept.begin(), kept.end(), [](const Weighted& a, const Weighted& b) { return a.count < b.count; });
  size_t keep = kept.size();
  while (keep > 2 && kept[keep - 1].count > kCommonCount) --keep;
  keep = std::min(keep, kMaxWords);
  kept.resize(keep);

  auto group = [](const QueryWord& w) {
    if (w.exact.empty() || w.stem.empty()) return quoted(w.finder());
    return quoted(w.stem) + " OR " + quoted(w.exact);
  };
  std::string expression;
  std::vector<QueryWord> searched;
  for (const auto& k : kept) {
    expression += (expression.empty() ? "" : " OR ") + group(k.word);
    if (!k.word.stem.empty()) out.terms.push_back(k.word.stem);
    if (!k.word.exact.empty()) out.terms.push_back(k.word.exact);
    searched.push_back(k.word);
  }
  // The candidates: up to kCandidateWords words, rarest first, that are rare in THIS index too
  // (السعودية is rare in the lexicon's sources and in half of a Saudi news corpus). The
  // document frequency is asked only of the few words tried: FTS5 counts it by reading the
  // word's posting list.
  std::vector<std::string> candidates;
  std::vector<std::pair<int64_t, std::string>> common;  // tried and too common: df, stem
  int64_t limit = static_cast<int64_t>(kCandidateShare * state_->documents) + 1;
  for (size_t i = 0; i < kept.size() && candidates.size() < kCandidateWords && i < kCandidateTries; ++i) {
    const std::string& term = kept[i].word.finder();
    int64_t df = state_->document_frequency(term);
    if (df == 0) continue;
    if (df <= limit) candidates.push_back(term);
    else common.emplace_back(df, term);
  }
  if (candidates.empty()) {
    std::sort(common.begin(), common.end());
    for (size_t i = 0; i < common.size() && i < 2; ++i) candidates.push_back(common[i].second);
  }
  // Stems alone (finders): a document with the exact form has the stem too.
  std::string any;
  for (const auto& c : candidates) any += (any.empty() ? "" : " OR ") + quoted(c);
  if (!candidates.empty() && candidates.size() < kept.size()) expression = "(" + any + ") AND (" + expression + ")";

  std::string sql = std::string("SELECT rowid, -") + kRank + " FROM doc_search WHERE doc_search MATCH ?1";
  std::vector<std::string> filters;
  std::string where;
  auto add_filter = [&](const std::string& value, const std::string& condition) {
    if (value.empty()) return;
    filters.push_back(value);
    std::string n = "?" + std::to_string(filters.size() + 2);
    std::string c = condition;
    for (size_t p; (p = c.find("$")) != std::string::npos;) c.replace(p, 1, n);
    where += (where.empty() ? "" : " AND ") + c;
  };
  add_filter(options.actor, "num IN (SELECT doc FROM document_actors WHERE actor=$)");
  add_filter(options.place,
             "num IN (SELECT doc FROM document_actors WHERE actor=$ UNION SELECT doc FROM events WHERE location=$)");
  add_filter(options.source, "source=$");
  add_filter(options.from, "date>=$");
  add_filter(options.to, "date<=$");
  if (!where.empty()) sql += " AND rowid IN (SELECT num FROM documents WHERE " + where + ")";
  sql += std::string(" ORDER BY ") + kRank + " LIMIT ?2";

  // Title hits first. With a title word weighing 40 body words, a document whose title has a
  // candidate word outranks every document whose body alone has it: when there are enough of
  // them, BM25 need not score the thousands of bodies that mention الملك or اليمن.
  std::vector<std::pair<int64_t, double>> ranked;
  if (!any.empty())
    ranked = state_->rank(sql, "title : (" + any + ") AND (" + expression + ")", options.limit, filters);
  if (ranked.size() < options.limit) ranked = state_->rank(sql, expression, options.limit, filters);

  for (auto [num, score] : ranked) {
    SearchResult r;
    r.score = score;
    state_->fill(num, searched, r);
    out.results.push_back(std::move(r));
  }
  return out;
}

}  // namespace marsad::search

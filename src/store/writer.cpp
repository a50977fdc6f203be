#include "store/writer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

#include "core/data_dir.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "text/normalize.h"

namespace marsad::store {
namespace fs = std::filesystem;

std::string name_key(std::string_view name) {
  std::u32string k = key(utf8::decode(name));
  std::u32string out;
  for (char32_t c : k) {
    bool space = c == U' ' || c == U'\t' || c == U'\u00A0';
    if (space && (out.empty() || out.back() == U' ')) continue;
    out.push_back(space ? U' ' : c);
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  return utf8::encode(out);
}

namespace {

std::string field(const std::vector<std::string_view>& row, size_t i) { return i < row.size() ? std::string(row[i]) : ""; }

// Checksum of the knowledge files: reload only when data/ changed.
std::string checksum(const std::vector<fs::path>& files) {
  uint64_t h = 1469598103934665603ull;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    for (unsigned char c : f.filename().string() + buffer.str()) h = (h ^ c) * 1099511628211ull;
  }
  return std::to_string(h);
}

std::vector<fs::path> tsv_files(const fs::path& dir, const std::string& skip = "") {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".tsv" && e.path().filename() != skip) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

const char* mention_source_name(Mention::Source s) {
  switch (s) {
    case Mention::Source::kGazetteer: return "gazetteer";
    case Mention::Source::kModel: return "model";
    case Mention::Source::kRole: return "role";
  }
  return "";
}

// "0311" → "03": the CAMEO root is the first two digits.
std::string cameo_root(const std::string& code) { return code.substr(0, 2); }

}  // namespace

struct Writer::Statements {
  explicit Statements(Database& db)
      : find(db.prepare("SELECT num FROM documents WHERE id=?")),
        document(db.prepare("INSERT INTO documents(id, origin, title, source, url, author, date, date_inferred, "
                            "date_evidence, text, length, words) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")),
        layer(db.prepare("INSERT INTO text_layers(doc, sentences, tokens) VALUES(?,?,?)")),
        repair(db.prepare("INSERT INTO repairs(doc, start, end, kind, before, after) VALUES(?,?,?,?,?,?)")),
        actor(db.prepare("INSERT OR IGNORE INTO actors(id, type, kind, name_ar, name_en, wikidata, country, lat, lon, "
                         "governorate, origin) VALUES(?,?,?,?,?,?,?,?,?,?,'text')")),
        doc_actor(db.prepare("INSERT INTO document_actors(doc, actor, mentions) VALUES(?,?,?)")),
        mention(db.prepare("INSERT INTO mentions(doc, start, end, type, actor, metonymy, acting_as, score, source) "
                           "VALUES(?,?,?,?,?,?,?,?,?)")),
        event(db.prepare("INSERT INTO events(doc, start, end, trigger_start, trigger_end, cameo, root, source, target, "
                         "location, date, date_expression, modality, attributed_to, fatalities, score) "
                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
        relation(db.prepare("INSERT INTO relations(doc, start, end, subject, predicate, object) VALUES(?,?,?,?,?,?)")) {}
  Statement find, document, layer, repair, actor, doc_actor, mention, event, relation;
};

Writer::Writer(Database& db, TextIndex* index) : db_(db), index_(index), s_(std::make_unique<Statements>(db)) {}
Writer::~Writer() { rollback(); }

void Writer::begin() {
  db_.exec("BEGIN IMMEDIATE");
  in_tx_ = true;
}

void Writer::commit() {
  db_.exec("COMMIT");
  in_tx_ = false;
  actors_in_tx_.clear();
}

void Writer::rollback() {
  if (in_tx_) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
  in_tx_ = false;
  for (const std::string& id : actors_in_tx_) known_actors_.erase(id);
  actors_in_tx_.clear();
}

bool Writer::load_knowledge(const std::string& data_dir) {
  fs::path root = data_dir.empty() ? fs::path(marsad::data_dir()) : fs::path(data_dir);
  auto actor_files = tsv_files(root / "actors", "relations.tsv");
  auto alias_files = tsv_files(root / "aliases");
  std::vector<fs::path> all = actor_files;
  all.insert(all.end(), alias_files.begin(), alias_files.end());
  for (const char* f : {"actors/relations.tsv", "roles.tsv", "cameo/codes.tsv"})
    if (fs::exists(root / f)) all.push_back(root / f);
  std::string sum = checksum(all);
  {
    auto q = db_.prepare("SELECT value FROM meta WHERE key='knowledge_checksum'");
    if (q.step() && q.text(0) == sum) return false;
  }

  Transaction tx(db_);
  db_.exec("DELETE FROM actors WHERE origin='data'; DELETE FROM aliases; DELETE FROM known_relations; "
           "DELETE FROM roles; DELETE FROM cameo_codes;");
  // A found actor ("new:…") never collides with a data id, but a data id can replace a row
  // an older gazetteer did not have: REPLACE.
  auto actor = db_.prepare("INSERT OR REPLACE INTO actors(id, type, kind, name_ar, name_en, wikidata, country, lat, "
                           "lon, governorate, notes, origin) VALUES(?,?,?,?,?,?,?,?,?,?,?,'data')");
  for (const auto& f : actor_files)
    for_each_tsv_row(f.string(), 4, [&](const std::vector<std::string_view>& r) {
      actor.bind(1, r[0]).bind(2, r[1]).bind_text_or_null(3, r[2]).bind(4, r[3]);
      actor.bind_text_or_null(5, field(r, 4)).bind_text_or_null(6, field(r, 5)).bind_text_or_null(7, field(r, 6));
      for (int i : {7, 8}) {
        std::string v = field(r, i);
        if (v.empty()) actor.bind_null(i + 1);
        else actor.bind(i + 1, std::stod(v));
      }
      actor.bind_text_or_null(10, field(r, 9)).bind_text_or_null(11, field(r, 10)).run();
    }, true);
  auto alias = db_.prepare("INSERT INTO aliases(surface, key, actor, kind, notes) VALUES(?,?,?,?,?)");
  for (const auto& f : alias_files)
    for_each_tsv_row(f.string(), 2, [&](const std::vector<std::string_view>& r) {
      alias.bind(1, r[0]).bind(2, name_key(r[0])).bind(3, r[1]).bind_text_or_null(4, field(r, 2));
      alias.bind_text_or_null(5, field(r, 3)).run();
    }, true);
  if (fs::exists(root / "actors/relations.tsv")) {
    auto rel = db_.prepare("INSERT INTO known_relations(subject, predicate, object, valid_from, valid_to, notes) "
                           "VALUES(?,?,?,?,?,?)");
    for_each_tsv_row((root / "actors/relations.tsv").string(), 3, [&](const std::vector<std::string_view>& r) {
      rel.bind(1, r[0]).bind(2, r[1]).bind(3, r[2]).bind_text_or_null(4, field(r, 3));
      rel.bind_text_or_null(5, field(r, 4)).bind_text_or_null(6, field(r, 5)).run();
    }, true);
  }
  if (fs::exists(root / "roles.tsv")) {
    auto role = db_.prepare("INSERT INTO roles(role_ar, role_en, holder, country, valid_from, valid_to) VALUES(?,?,?,?,?,?)");
    for_each_tsv_row((root / "roles.tsv").string(), 3, [&](const std::vector<std::string_view>& r) {
      role.bind(1, r[0]).bind_text_or_null(2, field(r, 1)).bind_text_or_null(3, field(r, 2));
      role.bind_text_or_null(4, field(r, 3)).bind_text_or_null(5, field(r, 4)).bind_text_or_null(6, field(r, 5)).run();
    }, true);
  }
  if (fs::exists(root / "cameo/codes.tsv")) {
    auto code = db_.prepare("INSERT OR REPLACE INTO cameo_codes(code, label, goldstein, quad_class, plover_event, "
                            "acled_type, acled_subtype) VALUES(?,?,?,?,?,?,?)");
    for_each_tsv_row((root / "cameo/codes.tsv").string(), 2, [&](const std::vector<std::string_view>& r) {
      std::string g = field(r, 2), q = field(r, 3);
      code.bind(1, r[0]).bind(2, r[1]);
      if (g.empty()) code.bind_null(3); else code.bind(3, std::stod(g));
      if (q.empty()) code.bind_null(4); else code.bind(4, std::stoi(q));
      code.bind_text_or_null(5, field(r, 4)).bind_text_or_null(6, field(r, 5)).bind_text_or_null(7, field(r, 6)).run();
    }, true);
  }
  auto meta = db_.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('knowledge_checksum', ?)");
  meta.bind(1, sum).run();
  tx.commit();
  return true;
}

std::unordered_set<std::string> Writer::stored_ids() const {
  std::unordered_set<std::string> ids;
  auto q = db_.prepare("SELECT id FROM documents");
  while (q.step()) ids.insert(q.text(0));
  return ids;
}

void Writer::remove_document(int64_t num) {
  if (index_) index_->remove(db_, num);  // reads the old text: before the row goes
  for (const char* table : {"text_layers", "repairs", "document_actors", "mentions", "events", "relations"}) {
    auto del = db_.prepare(std::string("DELETE FROM ") + table + " WHERE doc=?");
    del.bind(1, num).run();
  }
  auto del = db_.prepare("DELETE FROM documents WHERE num=?");
  del.bind(1, num).run();
}

Writer::Outcome Writer::write(const Record& r, bool reprocess) {
  const Extraction& x = r.extraction;
  const Document& d = x.document;
  Outcome outcome = Outcome::kAdded;
  s_->find.bind(1, d.id);
  if (s_->find.step()) {
    int64_t old = s_->find.int64(0);
    s_->find.reset();
    if (!reprocess) return Outcome::kSkipped;
    remove_document(old);
    outcome = Outcome::kReplaced;
  } else {
    s_->find.reset();
  }

  const std::string& date = x.publication_date.date.empty() ? d.date : x.publication_date.date;
  s_->document.bind(1, d.id).bind_text_or_null(2, d.origin).bind(3, d.title).bind_text_or_null(4, d.source);
  s_->document.bind_text_or_null(5, d.url).bind_text_or_null(6, d.author).bind_text_or_null(7, date);
  s_->document.bind(8, int64_t{x.publication_date.inferred}).bind_text_or_null(9, x.publication_date.evidence);
  s_->document.bind(10, d.text).bind(11, r.length).bind(12, r.words).run();
  int64_t num = db_.last_insert_rowid();

  s_->layer.bind(1, num).bind_blob(2, r.sentences.data(), r.sentences.size());
  s_->layer.bind_blob(3, r.tokens.data(), r.tokens.size()).run();
  for (const Repair& rep : r.repairs)
    s_->repair.bind(1, num).bind(2, rep.original.start).bind(3, rep.original.end).bind(4, repair_kind_name(rep.kind))
        .bind(5, utf8::encode(rep.before)).bind(6, utf8::encode(rep.after)).run();

  // The document's actors: those of the extraction and those its mentions link to, each
  // linked once with its number of mentions (a name mentioned ten times is one row), written
  // in key order.
  std::vector<std::string_view> in_document, mentioned;
  for (const Actor& a : x.actors) {
    in_document.push_back(a.id);
    if (!known_actors_.insert(a.id).second) continue;  // already in actors
    actors_in_tx_.push_back(a.id);
    s_->actor.bind(1, a.id).bind(2, entity_type_name(a.type)).bind_text_or_null(3, a.kind).bind_text_or_null(4, a.name_ar);
    s_->actor.bind_text_or_null(5, a.name_en).bind_text_or_null(6, a.wikidata).bind_text_or_null(7, a.country);
    s_->actor.bind(8, a.lat).bind(9, a.lon).bind_text_or_null(10, a.governorate).run();
  }
  for (const Mention& m : x.mentions) {
    s_->mention.bind(1, num).bind(2, m.span.start).bind(3, m.span.end).bind(4, entity_type_name(m.type));
    s_->mention.bind_text_or_null(5, m.actor).bind(6, int64_t{m.metonymy}).bind_text_or_null(7, m.acting_as);
    s_->mention.bind(8, double{m.score}).bind(9, mention_source_name(m.source)).run();
    if (!m.actor.empty()) mentioned.push_back(m.actor);
  }
  std::sort(mentioned.begin(), mentioned.end());
  in_document.insert(in_document.end(), mentioned.begin(), mentioned.end());
  std::sort(in_document.begin(), in_document.end());
  in_document.erase(std::unique(in_document.begin(), in_document.end()), in_document.end());
  for (std::string_view id : in_document) {
    auto [first, last] = std::equal_range(mentioned.begin(), mentioned.end(), id);
    s_->doc_actor.bind(1, num).bind(2, id).bind(3, int64_t(last - first)).run();
  }
  for (const Event& e : x.events) {
    s_->event.bind(1, num).bind(2, e.evidence.start).bind(3, e.evidence.end).bind(4, e.trigger.start).bind(5, e.trigger.end);
    s_->event.bind(6, e.cameo).bind(7, cameo_root(e.cameo)).bind_text_or_null(8, e.source).bind_text_or_null(9, e.target);
    s_->event.bind_text_or_null(10, e.location).bind_text_or_null(11, e.date).bind_text_or_null(12, e.date_expression);
    s_->event.bind(13, modality_name(e.modality)).bind_text_or_null(14, e.attributed_to).bind(15, e.fatalities);
    s_->event.bind(16, double{e.score}).run();
  }
  for (const Relation& rel : x.relations)
    s_->relation.bind(1, num).bind(2, rel.evidence.start).bind(3, rel.evidence.end).bind(4, rel.subject)
        .bind(5, rel.predicate).bind(6, rel.object).run();

  if (index_) index_->add(db_, num, r);
  return outcome;
}

}  // namespace marsad::store

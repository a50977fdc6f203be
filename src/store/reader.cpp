#include "store/reader.h"

#include <set>

#include "core/utf8.h"
#include "store/schema.h"
#include "store/text_layer.h"
#include "store/writer.h"

namespace marsad::store {
namespace {

// The columns of an event row joined with its CAMEO labels and its document.
constexpr const char* kEventColumns =
    "SELECT e.num, d.id, d.date, e.start, e.end, e.trigger_start, e.trigger_end, e.cameo, c.label, c.plover_event, "
    "c.acled_type, c.acled_subtype, c.goldstein, c.quad_class, e.source, e.target, e.location, e.date, "
    "e.date_expression, e.modality, e.attributed_to, e.fatalities, e.score, "
    "substr(d.text, e.start + 1, e.end - e.start) "
    "FROM events e JOIN documents d ON d.num = e.doc LEFT JOIN cameo_codes c ON c.code = e.cameo ";

EventRow event_row(const Statement& q) {
  EventRow e;
  e.num = q.int64(0);
  e.doc = q.text(1);
  e.doc_date = q.text(2);
  e.evidence = {uint32_t(q.int64(3)), uint32_t(q.int64(4))};
  e.trigger = {uint32_t(q.int64(5)), uint32_t(q.int64(6))};
  e.cameo = q.text(7);
  e.label = q.text(8);
  e.plover = q.text(9);
  e.acled_type = q.text(10);
  e.acled_subtype = q.text(11);
  e.goldstein = q.real(12);
  e.quad_class = static_cast<int>(q.int64(13));
  e.source = q.text(14);
  e.target = q.text(15);
  e.location = q.text(16);
  e.date = q.text(17);
  e.date_expression = q.text(18);
  e.modality = q.text(19);
  e.attributed_to = q.text(20);
  if (!q.is_null(21)) e.fatalities = static_cast<int>(q.int64(21));
  e.score = q.real(22);
  e.evidence_text = q.text(23);
  return e;
}

constexpr const char* kActorColumns =
    "SELECT id, type, kind, name_ar, name_en, wikidata, country, governorate, lat, lon, origin FROM actors ";

ActorRow actor_row(const Statement& q) {
  ActorRow a{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7), {}, {}, q.text(10)};
  if (!q.is_null(8)) a.lat = q.real(8);
  if (!q.is_null(9)) a.lon = q.real(9);
  return a;
}

// The event's date when it has one, else its document's: what date filters compare.
constexpr const char* kEventDate = "coalesce(e.date, d.date)";

}  // namespace

std::optional<DocumentView> Reader::document(const std::string& id) const {
  auto q = db_.prepare(
      "SELECT num, id, title, source, url, date, origin, author, text, date_inferred, date_evidence FROM documents "
      "WHERE id=?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  DocumentView v;
  v.summary = {q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
  v.origin = q.text(6);
  v.author = q.text(7);
  v.text = q.text(8);
  v.date_inferred = q.int64(9) != 0;
  v.date_evidence = q.text(10);
  int64_t num = v.summary.num;

  auto layer = db_.prepare("SELECT sentences, tokens FROM text_layers WHERE doc=?");
  layer.bind(1, num);
  if (layer.step()) {
    v.sentences = unpack_sentences(layer.blob(0));
    v.tokens = unpack_tokens(layer.blob(1));
  }
  auto rep = db_.prepare("SELECT start, end, kind, before, after FROM repairs WHERE doc=? ORDER BY start");
  rep.bind(1, num);
  while (rep.step()) v.repairs.push_back({{uint32_t(rep.int64(0)), uint32_t(rep.int64(1))}, rep.text(2), rep.text(3), rep.text(4)});
  auto men = db_.prepare(
      "SELECT start, end, type, actor, metonymy, acting_as, score, source FROM mentions WHERE doc=? ORDER BY start");
  men.bind(1, num);
  while (men.step())
    v.mentions.push_back({{uint32_t(men.int64(0)), uint32_t(men.int64(1))}, men.text(2), men.text(3), men.int64(4) != 0,
                          men.text(5), men.real(6), men.text(7)});
  auto ev = db_.prepare(std::string(kEventColumns) + "WHERE e.doc=? ORDER BY e.start");
  ev.bind(1, num);
  while (ev.step()) v.events.push_back(event_row(ev));
  auto rel = db_.prepare("SELECT start, end, subject, predicate, object FROM relations WHERE doc=? ORDER BY start");
  rel.bind(1, num);
  while (rel.step())
    v.relations.push_back({id, {uint32_t(rel.int64(0)), uint32_t(rel.int64(1))}, rel.text(2), rel.text(3), rel.text(4), "", ""});
  auto act = db_.prepare(std::string(kActorColumns) + "WHERE id IN (SELECT actor FROM document_actors WHERE doc=?)");
  act.bind(1, num);
  while (act.step()) v.actors.push_back(actor_row(act));
  return v;
}

std::vector<DocumentSummary> Reader::documents(size_t limit, size_t offset) const {
  std::vector<DocumentSummary> out;
  auto q = db_.prepare("SELECT num, id, title, source, url, date FROM documents ORDER BY num LIMIT ? OFFSET ?");
  q.bind(1, int64_t(limit)).bind(2, int64_t(offset));
  while (q.step()) out.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
  return out;
}

std::optional<ActorRow> Reader::find_actor(const std::string& id_or_name) const {
  auto by_id = db_.prepare(std::string(kActorColumns) + "WHERE id=?");
  by_id.bind(1, id_or_name);
  if (by_id.step()) return actor_row(by_id);
  auto by_name = db_.prepare(std::string(kActorColumns) +
                             "WHERE name_en=?1 COLLATE NOCASE OR id=(SELECT actor FROM aliases WHERE key=?2 "
                             "ORDER BY kind='name' DESC LIMIT 1) LIMIT 1");
  by_name.bind(1, id_or_name).bind(2, name_key(id_or_name));
  if (by_name.step()) return actor_row(by_name);
  // A name found in documents but not in the gazetteer: "new:<key>".
  auto found = db_.prepare(std::string(kActorColumns) + "WHERE id=?");
  found.bind(1, "new:" + name_key(id_or_name));
  if (found.step()) return actor_row(found);
  return std::nullopt;
}

std::vector<ActorRow> Reader::actors(const std::vector<std::string>& ids) const {
  std::vector<ActorRow> out;
  auto q = db_.prepare(std::string(kActorColumns) + "WHERE id=?");
  for (const auto& id : ids) {
    q.bind(1, id);
    if (q.step()) out.push_back(actor_row(q));
    q.reset();
  }
  return out;
}

std::optional<ActorProfile> Reader::actor_profile(const std::string& id) const {
  auto actor = find_actor(id);
  if (!actor) return std::nullopt;
  ActorProfile p;
  p.actor = *actor;
  const std::string& aid = p.actor.id;
  auto al = db_.prepare("SELECT DISTINCT surface FROM aliases WHERE actor=? ORDER BY kind='name' DESC, surface");
  al.bind(1, aid);
  while (al.step()) p.aliases.push_back(al.text(0));
  auto ro = db_.prepare("SELECT role_ar, role_en, country, valid_from, valid_to FROM roles WHERE holder=? ORDER BY valid_from");
  ro.bind(1, aid);
  while (ro.step()) p.roles.push_back({ro.text(0), ro.text(1), ro.text(2), ro.text(3), ro.text(4)});
  auto kr = db_.prepare("SELECT subject, predicate, object, valid_from, valid_to FROM known_relations WHERE subject=?1 OR object=?1");
  kr.bind(1, aid);
  while (kr.step()) p.relations.push_back({"", {}, kr.text(0), kr.text(1), kr.text(2), kr.text(3), kr.text(4)});
  auto dr = db_.prepare(
      "SELECT d.id, r.start, r.end, r.subject, r.predicate, r.object FROM relations r JOIN documents d ON d.num = r.doc "
      "WHERE r.subject=?1 OR r.object=?1 ORDER BY d.date, d.num LIMIT 500");
  dr.bind(1, aid);
  while (dr.step())
    p.relations.push_back({dr.text(0), {uint32_t(dr.int64(1)), uint32_t(dr.int64(2))}, dr.text(3), dr.text(4), dr.text(5), "", ""});
  auto docs = db_.prepare(
      "SELECT count(*), min(d.date), max(d.date) FROM document_actors a JOIN documents d ON d.num = a.doc WHERE a.actor=?");
  docs.bind(1, aid);
  if (docs.step()) p.documents = docs.int64(0), p.first_seen = docs.text(1), p.last_seen = docs.text(2);
  auto men = db_.prepare("SELECT coalesce(sum(mentions), 0) FROM document_actors WHERE actor=?");
  men.bind(1, aid);
  if (men.step()) p.mentions = men.int64(0);
  auto ev = db_.prepare("SELECT root, source=?1, count(*) FROM events WHERE source=?1 OR target=?1 GROUP BY 1, 2");
  ev.bind(1, aid);
  while (ev.step()) (ev.int64(1) ? p.events_as_source : p.events_as_target)[ev.text(0)] += ev.int64(2);
  return p;
}

std::vector<EventRow> Reader::events(const EventFilter& f) const {
  std::string sql = kEventColumns;
  std::vector<std::string> values;
  std::string where;
  auto add = [&](const std::string& value, std::string condition, int uses = 1) {
    if (value.empty()) return;
    for (size_t p; (p = condition.find('$')) != std::string::npos;) condition.replace(p, 1, "?" + std::to_string(values.size() + 1));
    values.push_back(value);
    where += (where.empty() ? "WHERE " : " AND ") + condition;
  };
  add(f.actor, "(e.source=$ OR e.target=$)");
  if (!f.type.empty()) {
    // A CAMEO prefix (digits), else a PLOVER or ACLED type (case-insensitive).
    bool digits = f.type.find_first_not_of("0123456789") == std::string::npos;
    add(digits ? f.type + "%" : f.type,
        digits ? "e.cameo LIKE $" : "(c.plover_event=$ COLLATE NOCASE OR c.plover_event LIKE $ || '/%' OR c.acled_type=$ COLLATE NOCASE OR c.acled_subtype=$ COLLATE NOCASE)");
  }
  add(f.place, "e.location=$");
  add(f.from, std::string(kEventDate) + ">=$");
  add(f.to, std::string(kEventDate) + "<=$");
  add(f.doc, "d.id=$");
  add(f.modality, "e.modality=$");
  sql += where + " ORDER BY " + kEventDate + ", e.num LIMIT ? OFFSET ?";
  auto q = db_.prepare(sql);
  for (size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
  q.bind(static_cast<int>(values.size() + 1), int64_t(f.limit)).bind(static_cast<int>(values.size() + 2), int64_t(f.offset));
  std::vector<EventRow> out;
  while (q.step()) out.push_back(event_row(q));
  return out;
}

std::vector<EventRow> Reader::located_events(const EventFilter& f) const {
  std::vector<EventRow> all = events(f), out;
  std::set<std::string> places;
  for (const auto& e : all) places.insert(e.location);
  std::set<std::string> located;
  auto q = db_.prepare("SELECT 1 FROM actors WHERE id=? AND lat IS NOT NULL AND lon IS NOT NULL");
  for (const auto& p : places) {
    if (p.empty()) continue;
    q.bind(1, p);
    if (q.step()) located.insert(p);
    q.reset();
  }
  for (auto& e : all)
    if (located.count(e.location)) out.push_back(std::move(e));
  return out;
}

Graph Reader::graph(const std::string& id, int depth, size_t max_nodes) const {
  Graph g;
  auto centre = find_actor(id);
  if (!centre) return g;
  std::map<std::string, int> depth_of{{centre->id, 0}};
  std::vector<std::string> frontier{centre->id};
  std::set<std::tuple<std::string, std::string, std::string>> seen_edges;
  auto known = db_.prepare("SELECT subject, predicate, object FROM known_relations WHERE subject=?1 OR object=?1");
  auto read = db_.prepare("SELECT subject, predicate, object, count(DISTINCT doc) FROM relations WHERE subject=?1 OR object=?1 GROUP BY 1,2,3");
  auto ev = db_.prepare(
      "SELECT source, target, root, count(*) FROM events WHERE (source=?1 OR target=?1) AND source IS NOT NULL AND "
      "target IS NOT NULL GROUP BY 1,2,3");
  for (int d = 1; d <= std::clamp(depth, 1, 2); ++d) {
    std::vector<std::string> next;
    auto visit = [&](const std::string& s, const std::string& o, const std::string& label, size_t count, bool is_known) {
      if (!seen_edges.insert({s, o, label}).second) return;
      for (const auto& n : {s, o})
        if (!depth_of.count(n)) {
          if (depth_of.size() >= max_nodes) return;
          depth_of[n] = d;
          next.push_back(n);
        }
      g.edges.push_back({s, o, label, count, is_known});
    };
    for (const auto& a : frontier) {
      known.bind(1, a);
      while (known.step()) visit(known.text(0), known.text(2), known.text(1), 0, true);
      known.reset();
      read.bind(1, a);
      while (read.step()) visit(read.text(0), read.text(2), read.text(1), read.int64(3), false);
      read.reset();
      ev.bind(1, a);
      while (ev.step()) visit(ev.text(0), ev.text(1), "event:" + ev.text(2), ev.int64(3), false);
      ev.reset();
    }
    frontier = std::move(next);
  }
  auto weight = db_.prepare("SELECT count(*) FROM document_actors WHERE actor=?");
  for (const auto& [node, d] : depth_of) {
    auto rows = actors({node});
    GraphNode n;
    if (rows.empty()) {  // a relation end the actor table lacks (a role title): shown by its text
      n.actor.id = node;
      n.actor.type = "MISC";
    } else {
      n.actor = rows[0];
    }
    n.depth = d;
    weight.bind(1, node);
    if (weight.step()) n.weight = weight.int64(0);
    weight.reset();
    g.nodes.push_back(std::move(n));
  }
  // Edges may name nodes past max_nodes: keep only edges between kept nodes.
  std::erase_if(g.edges, [&](const GraphEdge& e) { return !depth_of.count(e.source) || !depth_of.count(e.target); });
  return g;
}

std::vector<TimelineEntry> Reader::timeline(const std::string& id, size_t limit) const {
  std::vector<TimelineEntry> out;
  auto q = db_.prepare(std::string(kEventColumns) + "WHERE e.source=?1 OR e.target=?1 OR e.location=?1 ORDER BY " +
                       kEventDate + ", e.num LIMIT ?2");
  q.bind(1, id).bind(2, int64_t(limit));
  while (q.step()) {
    EventRow e = event_row(q);
    std::string date = e.date.empty() ? e.doc_date : e.date;
    out.push_back({date, std::move(e)});
  }
  return out;
}

Stats Reader::stats() const {
  Stats s;
  s.documents = db_.scalar("SELECT count(*) FROM documents");
  s.words = db_.scalar("SELECT coalesce(sum(words), 0) FROM documents");
  s.mentions = db_.scalar("SELECT count(*) FROM mentions");
  s.linked_mentions = db_.scalar("SELECT count(*) FROM mentions WHERE actor IS NOT NULL");
  s.actors = db_.scalar("SELECT count(DISTINCT actor) FROM document_actors");
  s.known_actors = db_.scalar("SELECT count(*) FROM actors");
  s.events = db_.scalar("SELECT count(*) FROM events");
  s.relations = db_.scalar("SELECT count(*) FROM relations");
  s.repairs = db_.scalar("SELECT count(*) FROM repairs");
  s.sources = db_.scalar("SELECT count(DISTINCT source) FROM documents");
  s.schema_version = static_cast<int>(db_.scalar("PRAGMA user_version"));
  auto dates = db_.prepare("SELECT min(date), max(date) FROM documents");
  if (dates.step()) s.first_date = dates.text(0), s.last_date = dates.text(1);
  auto roots = db_.prepare("SELECT root, count(*) FROM events GROUP BY root");
  while (roots.step()) s.events_by_root[roots.text(0)] = roots.int64(1);
  return s;
}

void Reader::for_each_event(const std::function<void(const EventRow&)>& row) const {
  auto q = db_.prepare(std::string(kEventColumns) + "ORDER BY e.doc, e.start");
  while (q.step()) row(event_row(q));
}

void Reader::for_each_relation(const std::function<void(const RelationRow&)>& row) const {
  auto q = db_.prepare(
      "SELECT d.id, r.start, r.end, r.subject, r.predicate, r.object FROM relations r JOIN documents d ON d.num = r.doc "
      "ORDER BY r.doc, r.start");
  while (q.step()) row({q.text(0), {uint32_t(q.int64(1)), uint32_t(q.int64(2))}, q.text(3), q.text(4), q.text(5), "", ""});
}

}  // namespace marsad::store

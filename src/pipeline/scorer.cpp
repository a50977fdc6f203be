#include "pipeline/scorer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace marsad::eval {
namespace {

using nlohmann::json;

// score.py's fold(): lower case, keep [a-z0-9] only.
std::string fold(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    char l = char(std::tolower(c));
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) out.push_back(l);
  }
  return out;
}

std::string str(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || j[key].is_null()) return "";
  return j[key].is_string() ? j[key].get<std::string>() : j[key].dump();
}
bool has(const json& j, const char* key) { return j.is_object() && j.contains(key) && !j[key].is_null(); }
long num(const json& j, const char* key) { return has(j, key) ? j[key].get<long>() : 0; }
const json& list(const json& j, const char* key) {
  static const json empty = json::array();
  return j.is_object() && j.contains(key) && j[key].is_array() ? j[key] : empty;
}
bool overlap(long a0, long a1, long b0, long b1) { return a0 < b1 && b0 < a1; }

// Whether a predicted actor id and a gold one name the same actor (score.py's Actors.same).
class Actors {
 public:
  Actors(const json& gold, const json& pred) {
    for (const json& e : list(gold, "entities")) gold_[str(e, "id")] = e;
    for (const json& e : list(pred, "entities")) pred_[str(e, "id")] = e;
  }
  bool same(const json& p, const json& g) const {
    bool pnull = p.is_null(), gnull = g.is_null();
    if (pnull || gnull) return pnull && gnull;
    std::string pid = p.is_string() ? p.get<std::string>() : p.dump();
    std::string gid = g.is_string() ? g.get<std::string>() : g.dump();
    if (!g.is_string() || !gold_.count(gid)) return fold(pid) == fold(gid);
    if (pid == gid) return true;
    const json& ge = gold_.at(gid);
    auto it = pred_.find(pid);
    json pe = it == pred_.end() ? json::object() : it->second;
    if (!str(ge, "wikidata").empty() && str(ge, "wikidata") == str(pe, "wikidata")) return true;
    if (!str(ge, "name_en").empty() && fold(str(ge, "name_en")) == fold(str(pe, "name_en"))) return true;
    return fold(pid) == fold(gid);
  }

 private:
  std::map<std::string, json> gold_, pred_;
};

const std::set<std::string> kGoldTypes = {"PER", "ORG", "LOC"};

json get(const json& j, const char* key) { return j.is_object() && j.contains(key) ? j[key] : json(nullptr); }

}  // namespace

void score_document(const json& gold, const json& pred, Scores& s) {
  Actors actors(gold, pred);
  std::vector<json> optional, gm, pm;
  for (const json& m : list(gold, "mentions")) (m.value("nominal", false) ? optional : gm).push_back(m);
  for (const json& m : list(pred, "mentions")) {
    if (!kGoldTypes.count(str(m, "type"))) continue;
    bool on_optional = std::any_of(optional.begin(), optional.end(), [&](const json& o) {
      return overlap(num(m, "start"), num(m, "end"), num(o, "start"), num(o, "end"));
    });
    if (!on_optional) pm.push_back(m);
  }
  s.strict.gold += gm.size();
  s.strict.pred += pm.size();
  std::map<std::tuple<long, long, std::string>, const json*> exact;
  for (const json& m : pm) exact[{num(m, "start"), num(m, "end"), str(m, "type")}] = &m;  // the last wins, as in a dict
  for (const json& m : gm) {
    Counts& t = s.by_type[str(m, "type")];
    ++t.gold;
    auto hit = exact.find({num(m, "start"), num(m, "end"), str(m, "type")});
    if (hit != exact.end()) {
      ++s.strict.tp;
      ++t.tp;
      if (has(m, "entity") && !(m["entity"].is_string() && m["entity"].get<std::string>().empty())) {
        ++s.link_n;
        s.link_ok += actors.same(get(*hit->second, "entity"), m["entity"]);
      }
    }
    if (std::any_of(pm.begin(), pm.end(), [&](const json& p) {
          return str(p, "type") == str(m, "type") && overlap(num(p, "start"), num(p, "end"), num(m, "start"), num(m, "end"));
        }))
      ++s.lenient_gold_hit;
  }
  for (const json& p : pm) {
    if (std::any_of(gm.begin(), gm.end(), [&](const json& m) {
          return str(p, "type") == str(m, "type") && overlap(num(p, "start"), num(p, "end"), num(m, "start"), num(m, "end"));
        }))
      ++s.lenient_pred_hit;
    ++s.by_type[str(p, "type")].pred;
  }

  const json& ge = list(gold, "events");
  const json& pe = list(pred, "events");
  s.events.gold += ge.size();
  s.events.pred += pe.size();
  s.events_full.gold += ge.size();
  s.events_full.pred += pe.size();
  std::vector<bool> used(pe.size(), false);
  for (const json& g : ge) {
    std::string root = str(g, "cameo").substr(0, 2);
    for (size_t i = 0; i < pe.size(); ++i) {
      const json& p = pe[i];
      if (used[i] || str(p, "cameo").substr(0, 2) != root) continue;
      if (!overlap(num(p, "start"), num(p, "end"), num(g, "start"), num(g, "end"))) continue;
      used[i] = true;
      ++s.events.tp;
      if (actors.same(get(p, "source"), get(g, "source")) && actors.same(get(p, "target"), get(g, "target")))
        ++s.events_full.tp;
      if (has(g, "date") && !str(g, "date").empty()) {
        ++s.date_n;
        s.date_ok += str(p, "date") == str(g, "date") && has(p, "date");
      }
      break;
    }
  }

  using Triple = std::tuple<std::string, std::string, std::string>;
  auto triples = [](const json& doc) {
    std::set<Triple> out;
    for (const json& r : list(doc, "relations")) {
      const json& o = get(r, "object");
      out.insert({str(r, "subject"), str(r, "predicate"), o.is_string() ? o.get<std::string>() : o.dump()});
    }
    return out;
  };
  std::set<Triple> gr = triples(gold), pr = triples(pred);
  s.relations.gold += gr.size();
  s.relations.pred += pr.size();
  for (const auto& [gs, gp, go] : gr)
    s.relations.tp += std::any_of(pr.begin(), pr.end(), [&](const Triple& p) {
      return std::get<1>(p) == gp && actors.same(json(std::get<0>(p)), json(gs)) && actors.same(json(std::get<2>(p)), json(go));
    });
}

Scores score(const std::string& gold_dir, const std::map<std::string, json>& predictions) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(gold_dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 10 && name.substr(name.size() - 10) == ".gold.json") files.push_back(entry.path());
  }
  if (files.empty()) throw std::runtime_error(gold_dir + ": no .gold.json files");
  std::sort(files.begin(), files.end());
  Scores s;
  for (const fs::path& f : files) {
    std::ifstream in(f);
    json gold = json::parse(in);
    auto it = predictions.find(str(gold, "doc"));
    score_document(gold, it == predictions.end() ? json::object() : it->second, s);
  }
  return s;
}

namespace {

double r4(double x) { return std::round(x * 10000) / 10000; }

std::string line(const char* name, double p, double r, double f, size_t tp, size_t gold, size_t pred) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "%-18s P %.3f  R %.3f  F1 %.3f  (%zu of %zu gold, %zu predicted)\n", name, r4(p), r4(r),
                r4(f), tp, gold, pred);
  return buf;
}

}  // namespace

std::string format_scores(const Scores& s) {
  std::string out;
  out += line("mentions_strict", s.strict.precision(), s.strict.recall(), s.strict.f1(), s.strict.tp, s.strict.gold,
              s.strict.pred);
  out += line("mentions_lenient", s.lenient_precision(), s.lenient_recall(), s.lenient_f1(), s.lenient_gold_hit,
              s.strict.gold, s.strict.pred);
  for (const auto& [type, c] : s.by_type) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "  %-16s P %.3f  R %.3f  F1 %.3f\n", type.c_str(), r4(c.precision()), r4(c.recall()),
                  r4(c.f1()));
    out += buf;
  }
  char buf[200];
  std::snprintf(buf, sizeof buf, "%-18s %.3f\n", "linking_accuracy", r4(s.linking_accuracy()));
  out += buf;
  out += line("events", s.events.precision(), s.events.recall(), s.events.f1(), s.events.tp, s.events.gold, s.events.pred);
  out += line("events_full", s.events_full.precision(), s.events_full.recall(), s.events_full.f1(), s.events_full.tp,
              s.events_full.gold, s.events_full.pred);
  std::snprintf(buf, sizeof buf, "%-18s %.3f\n", "date_accuracy", r4(s.date_accuracy()));
  out += buf;
  out += line("relations", s.relations.precision(), s.relations.recall(), s.relations.f1(), s.relations.tp,
              s.relations.gold, s.relations.pred);
  return out;
}

json scores_to_json(const Scores& s) {
  auto prf = [](const Counts& c) {
    return json{{"p", r4(c.precision())}, {"r", r4(c.recall())}, {"f1", r4(c.f1())},
                {"tp", c.tp},             {"pred", c.pred},       {"gold", c.gold}};
  };
  json by_type = json::object();
  for (const auto& [type, c] : s.by_type) by_type[type] = prf(c);
  return {{"mentions_strict", prf(s.strict)},
          {"mentions_lenient",
           {{"p", r4(s.lenient_precision())}, {"r", r4(s.lenient_recall())}, {"f1", r4(s.lenient_f1())},
            {"tp", s.lenient_gold_hit}, {"pred", s.strict.pred}, {"gold", s.strict.gold}}},
          {"mentions_by_type", by_type},
          {"linking_accuracy", r4(s.linking_accuracy())},
          {"events", prf(s.events)},
          {"events_full", prf(s.events_full)},
          {"date_accuracy", r4(s.date_accuracy())},
          {"relations", prf(s.relations)}};
}

}  // namespace marsad::eval

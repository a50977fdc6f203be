#include "events/place_relations.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/utf8.h"
#include "events/event_text.h"

namespace marsad {
namespace {

constexpr uint32_t kNextToGap = 40;       // code points between a place and its container
constexpr double kSiteRadiusKm = 10;      // a site this close to a city's centre is in it
constexpr double kNamedSiteRadiusKm = 30; // … or this close when named after it (مطار دمشق الدولي)

double distance_km(const Actor& a, const Actor& b) {
  constexpr double kDegree = 111.2;  // km per degree of latitude
  double dlat = (*a.lat - *b.lat) * kDegree;
  double dlon = (*a.lon - *b.lon) * kDegree * std::cos((*a.lat + *b.lat) / 2 * M_PI / 180);
  return std::sqrt(dlat * dlat + dlon * dlon);
}

bool has_coordinates(const Actor& a) { return a.lat && a.lon; }

void add(std::vector<Relation>& out, const std::string& s, const std::string& o, Span evidence) {
  bool seen = std::any_of(out.begin(), out.end(), [&](const Relation& r) {
    return r.subject == s && r.predicate == "located_in" && r.object == o;
  });
  if (!seen && s != o) out.push_back({s, "located_in", o, evidence});
}

// The container a place names in the gazetteer, when `container` is it.
bool contains(const Actor& place, const Actor& container) {
  if (place.kind == "country") return false;
  if (place.governorate == container.id) return place.kind != "governorate";
  if (place.country != container.id) return false;
  return place.governorate.empty() || place.kind == "governorate";
}


// Whether only a list joint lies between two places: و, a comma, a place word (وقرى).
bool list_joint(const Analyzed& a, uint32_t from, uint32_t to) {
  std::u32string_view between = std::u32string_view(a.original).substr(from, to - from);
  size_t words = 0;
  bool joined = false;
  for (size_t i = 0; i < between.size(); ++i) {
    char32_t c = between[i];
    if (c == U'،' || c == U',') joined = true;
    if (c == U'و' && (i == 0 || between[i - 1] == U' ')) joined = true;
    if (c != U' ' && (i == 0 || between[i - 1] == U' ')) ++words;
  }
  return joined && words <= 2;
}

}  // namespace

void find_place_relations(const EventText& text, const Extraction& x, std::vector<Relation>& out) {
  std::unordered_map<std::string, const Actor*> actors;
  for (const auto& a : x.actors) actors.emplace(a.id, &a);
  std::vector<const Mention*> places;
  for (const auto& m : x.mentions)
    if (m.type == EntityType::kLoc && !m.actor.empty() && !m.metonymy && actors.count(m.actor)) places.push_back(&m);
  std::stable_sort(places.begin(), places.end(), [](const Mention* a, const Mention* b) { return a->span.start < b->span.start; });
  const Analyzed& analyzed = text.analyzed();
  const auto& sentences = analyzed.sentences;
  auto sentence_of = [&](const Mention& m) {
    return std::lower_bound(sentences.begin(), sentences.end(), m.span.start,
                            [](const Sentence& s, uint32_t pos) { return s.span.end <= pos; }) - sentences.begin();
  };

  for (size_t i = 0; i < places.size(); ++i) {
    const Mention& a = *places[i];
    const Actor& place = *actors[a.actor];
    // The container named after the place, past the other members of its list: مدينة تلبيسة
    // وقرى الحولة وأم شرشوح والهلالية في ريف حمص.
    uint32_t last_end = a.span.end;
    for (size_t j = i + 1; j < places.size(); ++j) {
      const Mention& b = *places[j];
      if (b.span.start < last_end) continue;  // a name inside the place's name
      if (b.span.start - last_end > kNextToGap) break;
      const Actor& other = *actors[b.actor];
      if (contains(place, other)) {
        add(out, a.actor, b.actor, {a.span.start, b.span.end});
        break;
      }
      if (other.kind == "governorate" || other.kind == "country" || !list_joint(analyzed, last_end, b.span.start)) break;
      last_end = b.span.end;
    }
    // A site and the city or town it stands in: named in one sentence, or inside the site's name.
    if (place.kind != "site" || !has_coordinates(place)) continue;
    std::u32string_view surface = std::u32string_view(analyzed.original).substr(a.span.start, a.span.size());
    for (const Actor& city : x.actors) {
      if ((city.kind != "city" && city.kind != "town") || !has_coordinates(city)) continue;
      std::u32string name = utf8::decode(city.name_ar);
      bool in_name = !name.empty() && surface.find(name) != std::u32string_view::npos;
      if (distance_km(place, city) > (in_name ? kNamedSiteRadiusKm : kSiteRadiusKm)) continue;
      const Mention* near = nullptr;
      for (const Mention* b : places)
        if (b->actor == city.id && sentence_of(*b) == sentence_of(a)) near = b;
      if (in_name) add(out, a.actor, city.id, a.span);
      else if (near) add(out, a.actor, city.id, {std::min(a.span.start, near->span.start), std::max(a.span.end, near->span.end)});
    }
  }
}

void prefer_capital(std::vector<Relation>& out) {
  std::erase_if(out, [&](const Relation& r) {
    return r.predicate == "located_in" && std::any_of(out.begin(), out.end(), [&](const Relation& c) {
             return c.predicate == "capital_of" && c.subject == r.subject && c.object == r.object;
           });
  });
}

void drop_other_countries(const Extraction& x, std::vector<Relation>& out) {
  std::unordered_map<std::string, const Actor*> actors;
  for (const auto& a : x.actors) actors.emplace(a.id, &a);
  std::erase_if(out, [&](const Relation& r) {
    if (r.predicate != "located_in") return false;
    auto s = actors.find(r.subject), o = actors.find(r.object);
    // Places only: an organisation's seat may lie abroad (المرصد ومقره بريطانيا).
    if (s == actors.end() || o == actors.end() || o->second->kind != "country" || s->second->type != EntityType::kLoc)
      return false;
    return !s->second->country.empty() && s->second->country != r.subject && s->second->country != r.object;
  });
}

}  // namespace marsad

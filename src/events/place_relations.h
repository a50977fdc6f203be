// located_in from the place gazetteer (data/actors/places.tsv), where the text names a place
// and what it lies in:
//  - a place and its governorate or country named next to each other (كفرنبل بريف إدلب،
//    محافظة حلب … سوريا), with no other place between them: the gold relates a place to the
//    nearest container named, not to every one (مشفى أورينت في بلدة كفرنبل بريف إدلب gives the
//    hospital in Kafranbel, Kafranbel in Idlib);
//  - a site (airport, base, district, hospital) and the city or town it stands in, by the
//    coordinates, named in one sentence or inside the site's own name (مطار دمشق الدولي،
//    وفي مدينة حمص، تعرض حي الوعر).
#pragma once

#include <vector>

#include "core/extraction.h"

namespace marsad {

class EventText;

void find_place_relations(const EventText& text, const Extraction& x, std::vector<Relation>& out);

// Drops "place X located_in country C" when the gazetteer puts X in another country: قاعدة حميميم
// الروسية is a Russian base in Syria, not a place in Russia.
void drop_other_countries(const Extraction& x, std::vector<Relation>& out);

// A capital is in its country, but the text says more: capital_of replaces located_in
// (أستانة عاصمة كازاخستان).
void prefer_capital(std::vector<Relation>& out);

}  // namespace marsad

#include "entities/cues.h"

#include <stdexcept>

#include "core/data_dir.h"
#include "core/tsv.h"
#include "entities/gazetteer.h"

namespace marsad {

std::shared_ptr<const Cues> Cues::load(const Gazetteer& gazetteer, const std::string& data_dir) {
  static const std::pair<std::string_view, CueKind> kKinds[] = {
      {"governorate_head", CueKind::kGovernorateHead}, {"city_head", CueKind::kCityHead},
      {"place_head", CueKind::kPlaceHead},             {"locative", CueKind::kLocative},
      {"head", CueKind::kHead},                        {"epithet", CueKind::kEpithet},
      {"designation", CueKind::kDesignation},         {"weapon_head", CueKind::kWeaponHead},
      {"institution_head", CueKind::kInstitutionHead}, {"lineage", CueKind::kLineage},
      {"group_noun", CueKind::kGroupNoun},         {"title_head", CueKind::kTitleHead}};
  std::string path = (data_dir.empty() ? marsad::data_dir() : data_dir) + "/entities/cues.tsv";
  auto cues = std::make_shared<Cues>();
  for_each_tsv_row(path, 2, [&](const std::vector<std::string_view>& f) {
    const std::pair<std::string_view, decltype(cues->former_)*> lists[] = {
        {"former_title", &cues->former_}, {"dependent_title", &cues->dependent_}, {"ruled_body", &cues->ruled_body_},
        {"leader_body", &cues->leader_body_}, {"leader_title", &cues->leader_title_},
        {"eponym_site", &cues->eponym_site_}, {"eponym_body", &cues->eponym_body_}, {"honorific", &cues->honorific_}};
    for (auto [name, list] : lists) {
      if (f[0] != name) continue;
      for (const std::u32string& word : gazetteer.phrase_keys(f[1])) list->insert(word);
      return;
    }
    CueKind kind = CueKind::kNone;
    for (auto [name, k] : kKinds)
      if (f[0] == name) kind = k;
    if (kind == CueKind::kNone) throw std::runtime_error(path + ": unknown cue kind " + std::string(f[0]));
    for (const std::u32string& word : gazetteer.phrase_keys(f[1])) cues->words_.emplace(word, kind);
  });
  return cues;
}

bool Cues::is_eponym_site(std::u32string_view key) const {
  CueKind k = find(key);
  return k == CueKind::kPlaceHead || k == CueKind::kCityHead || eponym_site_.find(key) != eponym_site_.end();
}

bool Cues::is_eponym_body(std::u32string_view key) const {
  return find(key) == CueKind::kInstitutionHead || eponym_body_.find(key) != eponym_body_.end();
}

CueKind Cues::find(std::u32string_view key) const {
  auto it = words_.find(key);
  return it == words_.end() ? CueKind::kNone : it->second;
}

}  // namespace marsad

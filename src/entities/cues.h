// The cue words of data/entities/cues.tsv, by match key: words around a name that tell what
// it is (ريف إدلب is the governorate, في دمشق the city), heads and epithets the span leaves
// out (محافظة، الإرهابي), and bare nouns that only designate an actor (المرصد).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace marsad {

class Gazetteer;

enum class CueKind : uint8_t {
  kNone,
  kGovernorateHead,  // ريف، محافظة
  kCityHead,         // مدينة
  kPlaceHead,        // بلدة، قرية، حي
  kLocative,         // في، من، قرب، شمال
  kHead,             // جماعة، فصائل، قوات: a head before a name
  kEpithet,          // المحظور، الإرهابي: an epithet after a name
  kDesignation,      // المرصد، النظام: a noun designating an actor, not a name
  kWeaponHead,       // صاروخ، قذائف، منظومة: the unknown name after it is a weapon's model
  kInstitutionHead,  // جامعة، معهد، نادي: starts the name of a body, even around a place name
  kLineage,          // بن، ابن، آل: links the parts of one person's name
  kGroupNoun,        // مليشيا، ميليشيات: a kind of group, which the tagger takes for a name
  kTitleHead,        // الملك: a title the name is given with (الملك سلمان), left out of a longer name
};

class Cues {
 public:
  static std::shared_ptr<const Cues> load(const Gazetteer& gazetteer, const std::string& data_dir = "");
  CueKind find(std::u32string_view key) const;
  // Lists kept apart from the kinds above, which all speak of the name itself. About titles
  // (roles.h): السابق، الأسبق after one (held no more), نائب، مساعد، نجل before one (someone else's).
  bool is_former(std::u32string_view key) const { return former_.find(key) != former_.end(); }
  bool is_dependent(std::u32string_view key) const { return dependent_.find(key) != dependent_.end(); }
  // نظام، قوات، حكومة: a body named after its ruler or seat (نظام الأسد، حكومة بغداد).
  bool is_ruled_body(std::u32string_view key) const { return ruled_body_.find(key) != ruled_body_.end(); }
  // حكومة، نظام، إدارة: a government named after its leader, title and all (إدارة الرئيس أوباما).
  bool is_leader_body(std::u32string_view key) const { return leader_body_.find(key) != leader_body_.end(); }
  // الرئيس، رئيس، الملك: the first word of a leader's title between such a head and the name.
  bool is_leader_title(std::u32string_view key) const { return leader_title_.find(key) != leader_title_.end(); }
  // Heads of a site or a body named after a person (مطار الملك عبدالعزيز، جامعة الملك عبدالعزيز),
  // and the honorifics between the head and the name (الملك، الأمير، الشيخ).
  bool is_eponym_site(std::u32string_view key) const;
  bool is_eponym_body(std::u32string_view key) const;
  bool is_honorific(std::u32string_view key) const { return honorific_.find(key) != honorific_.end(); }
  // Heads of any kind: the span of a name leaves them out when the rest is a name.
  bool is_head(std::u32string_view key) const {
    CueKind k = find(key);
    return k == CueKind::kHead || k == CueKind::kGovernorateHead || k == CueKind::kCityHead || k == CueKind::kPlaceHead ||
           k == CueKind::kTitleHead;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
  };
  std::unordered_map<std::u32string, CueKind, Hash, std::equal_to<>> words_;
  std::unordered_set<std::u32string, Hash, std::equal_to<>> former_, dependent_, ruled_body_, leader_body_, leader_title_,
      eponym_site_, eponym_body_, honorific_;
};

}  // namespace marsad

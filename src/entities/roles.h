// Titles and roles: "وزير الخارجية الروسي سيرغي لافروف" yields holds_role(sergey_lavrov,
// "Foreign Minister of Russia"); a title with no name after it ("وزير الخارجية الروسي قال")
// stands for the person who held it on the publication date (data/roles.tsv) and becomes a
// Mention of source kRole — an argument the event stage can use. Role mentions are not
// names: the JSON output leaves them out of "mentions" (the gold annotates names only).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "core/extraction.h"
#include "entities/cues.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "entities/theatre.h"

namespace marsad {

class RoleFinder {
 public:
  RoleFinder(const Gazetteer& gazetteer, const Cues& cues, const MentionFinder& finder)
      : gazetteer_(gazetteer), cues_(cues), finder_(finder) {}

  // `first_tokens[k]`: the first token of x.mentions[k] (mentions in text order). Adds
  // holds_role relations, role mentions and calls `use_actor` for every actor it refers to.
  // A bare title several people held on the day (المبعوث الأممي) names the one whose theatre
  // the story names.
  void find(const Analyzed& a, const std::vector<uint32_t>& first_tokens, const StoryTheatre& theatre,
            Extraction& x, const std::function<void(uint32_t actor)>& use_actor) const;

 private:
  // Whether the title from `first` to `end` names its holder on the day: not after نائب or
  // نجل (someone else's), nor before السابق (held no more).
  bool names_holder(const Analyzed& a, const Sentence& s, uint32_t first, uint32_t end) const;

  // A government named after its leader (حكومة الرئيس الحالي رجب طيب إردوغان، إدارة أوباما):
  // when a leader_body head of cues.tsv stands right before the name at `first`, or before a
  // title opening with a leader_title word, and the person leads a government, a role mention
  // of that government from the head to the end of the name.
  std::optional<Mention> led_government(const Analyzed& a, const Sentence& s, uint32_t first, const Mention& person,
                                        const Extraction& x) const;

  // Among the holders of a title on the day, the one whose theatre the story names; nullptr
  // when a holder has no theatre or the story names none of theirs.
  const Role* by_theatre(const std::vector<const Role*>& held_then, uint32_t token, const StoryTheatre& theatre) const;

  const Gazetteer& gazetteer_;
  const Cues& cues_;
  const MentionFinder& finder_;
};

}  // namespace marsad

#include "entities/model_names.h"

#include "entities/tagger.h"
#include "text/analyzed.h"

namespace marsad {

std::shared_ptr<const NerTagger> load_shared_tagger(const std::string& path, std::shared_ptr<const Lexicon> lexicon) {
  return NerTagger::load(path, std::move(lexicon));
}

std::vector<ModelName> find_model_names(const NerTagger& tagger, const Analyzed& a) {
  std::vector<std::vector<std::u32string_view>> sentences;
  DocumentSegmentations segmented;
  sentences.reserve(a.sentences.size());
  segmented.reserve(a.sentences.size());
  for (const Sentence& s : a.sentences) {
    auto& words = sentences.emplace_back();
    auto& segments = segmented.emplace_back();
    words.reserve(s.end_token - s.first_token);
    segments.reserve(s.end_token - s.first_token);
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = a.tokens[i];
      words.push_back(a.surface(t));
      // Only words have a segmentation (text/analyzed.h); an empty key matches no token.
      segments.push_back({t.kind == TokenKind::kWord ? a.key(t) : std::u32string_view(), t.seg});
    }
  }
  std::vector<std::vector<Tag>> tags = tagger.tag_document(sentences, &segmented);
  std::vector<ModelName> names;
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    uint32_t first = a.sentences[s].first_token;
    const std::vector<Tag>& t = tags[s];
    for (size_t i = 0; i < t.size();) {
      if (t[i] == kOutside) {
        ++i;
        continue;
      }
      EntityType type = tag_type(t[i]);
      size_t j = i + 1;
      while (j < t.size() && is_inside(t[j]) && tag_type(t[j]) == type) ++j;
      ModelNameType kind = type == EntityType::Person         ? ModelNameType::kPerson
                           : type == EntityType::Location     ? ModelNameType::kLocation
                           : type == EntityType::Organization ? ModelNameType::kOrganization
                                                              : ModelNameType::kMisc;
      names.push_back({uint32_t(first + i), uint32_t(first + j), kind});
      i = j;
    }
  }
  return names;
}

}  // namespace marsad

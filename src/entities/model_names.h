// The statistical tagger's names over an analyzed document, as token ranges.
//
// A separate unit because the tagger's label set (tagger_tags.h) and the extraction
// vocabulary (core/extraction.h) both name an `EntityType`: this header includes neither, and
// only model_names.cpp sees the tagger.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace marsad {

class NerTagger;
class Lexicon;
struct Analyzed;

enum class ModelNameType : uint8_t { kPerson, kLocation, kOrganization, kMisc };

struct ModelName {
  uint32_t first_token = 0;  // index into Analyzed::tokens
  uint32_t end_token = 0;    // one past the last
  ModelNameType type = ModelNameType::kMisc;
};

// NerTagger::load(path, lexicon), shared: the one tagger every thread reads. Pass the
// pipeline's lexicon: else the tagger loads its own (hunspell-ar a second time, ~0.4 s).
std::shared_ptr<const NerTagger> load_shared_tagger(const std::string& path = "",
                                                    std::shared_ptr<const Lexicon> lexicon = nullptr);

// Tags every sentence of the document together (NerTagger::tag_document, with the text
// layer's clitic segmentation of every word) and returns the B-/I- runs, in text order.
std::vector<ModelName> find_model_names(const NerTagger& tagger, const Analyzed& analyzed);

}  // namespace marsad

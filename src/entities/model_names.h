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
struct Analyzed;

enum class ModelNameType : uint8_t { kPerson, kLocation, kOrganization, kMisc };

struct ModelName {
  uint32_t first_token = 0;  // index into Analyzed::tokens
  uint32_t end_token = 0;    // one past the last
  ModelNameType type = ModelNameType::kMisc;
};

// NerTagger::load(path), shared: the one tagger every thread reads.
std::shared_ptr<const NerTagger> load_shared_tagger(const std::string& path = "");

// Tags every sentence of the document together (NerTagger::tag_document) and returns the
// B-/I- runs, in text order.
std::vector<ModelName> find_model_names(const NerTagger& tagger, const Analyzed& analyzed);

}  // namespace marsad

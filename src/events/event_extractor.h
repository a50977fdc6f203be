// The event and relation stage: reads the text layer's analysis and the entity mentions of
// one document and fills Extraction::events, Extraction::relations and
// Extraction::publication_date (when metadata gave none). Knowledge comes from data/cameo,
// data/events, data/time and data/calendar (see data/events/README.md).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/extraction.h"
#include "events/event_text.h"
#include "text/analyzed.h"

namespace marsad {

class EventKnowledge;
struct CameoCode;

class EventExtractor {
 public:
  // Loads the event knowledge from `data_dir` (default data_dir()).
  static std::shared_ptr<const EventKnowledge> load_knowledge(const std::string& data_dir = "");

  explicit EventExtractor(std::shared_ptr<const EventKnowledge> knowledge);
  ~EventExtractor();

  // `x.mentions` and `x.actors` are filled by the entity stage before this is called.
  void extract(const Analyzed& analyzed, Extraction& x) const;

  // The same in two steps, for a pipeline whose entity stage needs the publication date (a bare
  // title stands for its holder on that day): `read` takes the words and fills an empty
  // x.publication_date; after the entity stage, `extract` places the mentions and reads events.
  EventText read(const Analyzed& analyzed, Extraction& x) const;
  void extract(EventText& text, Extraction& x) const;

  // The code table row of a CAMEO code (label, Goldstein, PLOVER, ACLED type and sub-type;
  // data/cameo/codes.tsv), falling back to its root; nullptr for an unknown code.
  const CameoCode* describe(std::string_view cameo) const;

 private:
  std::shared_ptr<const EventKnowledge> knowledge_;
};

}  // namespace marsad

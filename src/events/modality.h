// How sure the text is of an event (data/events/modality.tsv): negated (لم، لن، نفى),
// future (سـ، من المقرر), planned (يعتزم، يخطط), hypothetical (إذا، قد، ربما) or a reported
// claim (حسب X، نقلت X عن Y، أفاد X), with who holds the claim.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/extraction.h"
#include "events/event_text.h"

namespace marsad {

struct ModalityCue {
  Phrase words;                 // without the holder slots
  Modality modality = Modality::kAsserted;
  enum class Scope : uint8_t { kPrefix, kWord, kClause, kAttribution } scope = Scope::kWord;
  bool holder_after = false;    // "حسب X": the holder follows the cue
  bool holder_second = false;   // "نقلت X عن Y": the holder is the second slot
  char32_t proclitic = 0;       // يقضي ب: the word after the cue carries this preposition
                                // (يقضي بانسحاب stipulates; قضى معظمهم في is "died")
  bool state = false;           // a relative pronoun (التي، الذين): an imperfect verb right after
                                // it describes a standing state (التي يسيطر عليها), not an event
  bool topic = false;           // a head noun (ملف، موضوع، لجنة): the verbal noun right after it
                                // names a topic or a body (ملف وقف إطلاق النار، لجنة المصالحة)
  bool comment = false;         // a verb of comment (يأتي، تشكل، يعد): the definite verbal noun
                                // right after it, its subject, is an event told before when one
                                // of its root was (ويأتي القصف الحوثي بعد)
  bool refer = false;           // a demonstrative (هذه، ذلك): the definite verbal noun right after
                                // it points back to an event already told (هذه الهجمات)
  bool copula = false;          // the negated copula ليس: a trigger in its clause is part of a
                                // predicate (ليست مجرد عملية واحدة), no deed told
  bool compared = false;        // a topic head of comparison (أكثر، أقل): only an indefinite
                                // verbal noun after it is what is compared (أقل قمعا); a definite
                                // one is the superlative's genitive (أكثر العقوبات فعالية), a deed;
                                // nor after على (على الأقل قتلوا: "at least", a guard row)
};

class ModalityLexicon {
 public:
  void load(const std::string& modality_tsv);
  const std::vector<ModalityCue>& cues() const { return cues_; }
  // Cues whose first word is `key`.
  const std::vector<uint32_t>* starting_with(const std::u32string& key) const;

 private:
  std::vector<ModalityCue> cues_;
  std::unordered_map<std::u32string, std::vector<uint32_t>> by_first_;
};

// A cue found in a sentence: tokens [first, end).
struct CueHit {
  const ModalityCue* cue;
  uint32_t first, end;
};
std::vector<CueHit> find_cues(const EventText& text, const ModalityLexicon& lexicon, uint32_t sentence);

struct ModalityReading {
  Modality modality = Modality::kAsserted;
  std::string attributed_to;  // an actor id, a phrase, or empty
  bool state = false;         // right after a relative pronoun: an imperfect verb there tells a
                              // state, no event (the caller knows the verb's tense)
  bool topic = false;         // right after a topic or body head: a verbal noun there is no event
  bool refers = false;        // right after a demonstrative (the caller checks the noun is definite)
  bool commented = false;     // right after a verb of comment (the caller checks the noun and the story)
  bool copula = false;        // in the clause of ليس: part of a predicate, no deed
};

// The modality of the event whose trigger is tokens [first, end) (clitics: the trigger's
// first word's CliticBits), looking at its sentence.
ModalityReading read_modality(const EventText& text, const std::vector<CueHit>& cues, uint32_t first, uint32_t end,
                              uint8_t clitics);

}  // namespace marsad

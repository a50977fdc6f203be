// The trigger lexicon (data/events/triggers.tsv) and the CAMEO code table
// (data/cameo/codes.tsv). The file's top comment is the matching contract; this is its reader.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/hash.h"
#include "events/event_text.h"

namespace marsad {

// Where an argument stands relative to its trigger (triggers.tsv FRAME).
struct ArgumentSlot {
  enum class Kind : uint8_t { kSubject, kObject, kGenitive, kPreposition } kind = Kind::kSubject;
  std::u32string preposition;  // match key, for kPreposition (على، مع، ل)
};

struct Frame {
  std::vector<ArgumentSlot> source, target;  // alternatives, first preferred
  bool symmetric = false;   // اشتبك مع: both sides act
  bool quote = false;       // a speech verb: its أن clause is the speaker's claim
  bool report = false;      // a plain reporting verb (قال، أضاف): coded only when what it
                            // reports is no event of its own sentence
  bool support_verb = false;  // code=obj: شن هجوما takes the code of هجوم
  bool toll = false;        // a killing told as the toll of a deed (قتل، مقتل): gives way to a
                            // violent event of its sentence (قتل خمسة في هجوم: the هجوم)
  bool phase = false;       // a support verb of an event's start (بدأت المحادثات، بدأت المعارك): a
                            // definite noun after it already told in the story is that event
  bool formula = false;     // a set formula of news prose (طلب عدم نشر اسمه): it names no event;
                            // its match only keeps the trigger words in it from being read
  // topic=PREP: the preposition (a word, or the proclitic ب/ل) that introduces what the
  // trigger is about (دعا إلى، وافق على، مستعد ل): a verbal noun there is its complement.
  std::vector<std::u32string> topic;
  std::vector<std::u32string> needs, unless;
  std::vector<std::u32string> unless_before;  // none of these in the 2 words before (مناطق سيطرتها)
  std::vector<std::u32string> unless_near;    // none of these in the 6 words on either side: words of
                                              // one domain only (مباراة، اللاعب) mark a sport sense
  std::vector<std::u32string> needs_after;    // one of these in the 15 words after (رأى أن: an opinion
                                              // only with its clause; نرى داعش is seeing)
  std::string acled;        // Type:Subtype override, or empty
};

struct TriggerRow {
  std::string lemma;
  std::vector<Phrase> forms;
  // Per form: its first word is written with ئ. The match key folds ئ to ي, but writers drop a
  // hamza far more often than they add one, so a text word with ئ is not a form written with a
  // plain ي: بائع (seller) is not بايع (pledged allegiance).
  std::vector<bool> hamza_on_ya;
  WordClass word_class = WordClass::kAny;
  std::string cameo;
  Frame frame;
};

struct CameoCode {
  std::string code, label, plover, acled_type, acled_subtype;
  double goldstein = 0;
};

class TriggerLexicon {
 public:
  void load(const std::string& triggers_tsv);
  const std::vector<TriggerRow>& rows() const { return rows_; }
  // (row, form) pairs whose form starts with the word key `first`.
  struct Entry { uint32_t row, form; };
  const std::vector<Entry>* starting_with(std::u32string_view first) const;

 private:
  std::vector<TriggerRow> rows_;
  std::unordered_map<std::u32string, std::vector<Entry>, U32Hash, std::equal_to<>> by_first_word_;
};

class CameoCodes {
 public:
  void load(const std::string& codes_tsv);
  const CameoCode* find(std::string_view code) const;  // the code, else its root row

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

// Splits on a separator character.
std::vector<std::string_view> split(std::string_view s, char sep);

}  // namespace marsad

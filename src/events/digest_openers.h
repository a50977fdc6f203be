// The connectives that open a new item of a news digest (data/events/digest_openers.tsv).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "events/event_text.h"

namespace marsad {

class DigestOpeners {
 public:
  static const DigestOpeners& get();  // data/events/digest_openers.tsv, loaded once
  void load(const std::string& path);
  // Whether sentence `s` opens on one of the connectives (إلى ذلك، يعتزم محامون …).
  bool opens(const EventText& text, uint32_t s) const;

 private:
  std::vector<Phrase> phrases_;
};

}  // namespace marsad

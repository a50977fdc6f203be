// Repairs what real news text gets wrong, recording each repair with its original span and
// keeping the map back to the original:
//   missing space after punctuation   انقساماتها.التي → انقساماتها. التي  (not 3.5, أ.ف.ب, URLs)
//   glued words                       الولاياتالمتحدة → الولايات المتحدة, عن70 → عن 70
//   headings glued to the text        حاجي.خلف الأبواب المغلقةوينتظر → … المغلقة\nوينتظر
//   bullets glued to the line before  السابقة- انتهت → السابقة\n- انتهت
//   a duplicated line                 a truncated copy of the next line is dropped
//   presentation forms                ﻻ → لا
#pragma once

#include <string_view>
#include <vector>

#include "core/offset_map.h"
#include "text/analyzed.h"
#include "text/glued_words.h"

namespace marsad {

struct Repaired {
  std::u32string text;
  OffsetMap map;  // text → original
  std::vector<Repair> repairs;
};

// Where a run of Arabic letters splits into words; the analyzer answers from its memo.
class GlueFinder {
 public:
  virtual ~GlueFinder() = default;
  // `run`: Arabic letters and marks as written, starting at `start` in the original. The
  // points are indices into `run`.
  virtual GluePoints find(uint32_t start, std::u32string_view run) = 0;
};

Repaired repair(std::u32string_view original, GlueFinder& glue);

}  // namespace marsad

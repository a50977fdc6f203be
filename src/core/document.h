// A document as it enters the pipeline: the original text and what we know about it.
#pragma once

#include <string>

namespace marsad {

struct Document {
  std::string id;      // file name without extension, a JSON Lines record's id, or a content hash
  std::string origin;  // where it came from, for error messages: "dir/a.txt", "feed.jsonl:17", "-"
  std::string title;
  std::string source;  // publisher
  std::string url;
  std::string author;
  std::string date;    // publication date from metadata, YYYY-MM-DD, or empty
  std::string text;    // the original text, valid UTF-8; every offset refers to its code points
};

}  // namespace marsad

// Where marsad finds its linguistic knowledge and models (the repo's data/ folder).
#pragma once

#include <string>

namespace marsad {

// $MARSAD_DATA if set, else the data/ folder of the source tree the binary was built from.
std::string data_dir();
// data_dir() + "/" + relative, e.g. data_path("lexicon/words.tsv").
std::string data_path(const std::string& relative);

}  // namespace marsad

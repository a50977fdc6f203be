#include "core/data_dir.h"

#include <cstdlib>

namespace marsad {

std::string data_dir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env && *env) return env;
  return MARSAD_DATA_DIR;
}

std::string data_path(const std::string& relative) { return data_dir() + "/" + relative; }

}  // namespace marsad

// Conversions between UTF-8 bytes and code points. Input to these is already validated
// (ingest/decode.h does the validation and repair of broken bytes).
#pragma once

#include <string>
#include <string_view>

namespace marsad::utf8 {

std::u32string decode(std::string_view bytes);
std::string encode(std::u32string_view text);
void append(std::string& out, char32_t c);
// Number of code points in valid UTF-8.
size_t length(std::string_view bytes);

}  // namespace marsad::utf8

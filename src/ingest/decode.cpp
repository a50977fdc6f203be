#include "ingest/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "core/input_error.h"
#include "core/utf8.h"

namespace marsad::ingest {
namespace {

using namespace std::string_view_literals;

constexpr std::string_view kBomUtf8 = "\xEF\xBB\xBF";
constexpr std::string_view kBomUtf16LE = "\xFF\xFE";
constexpr std::string_view kBomUtf16BE = "\xFE\xFF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Binary and UTF-16 sniffing look at the start only, as git and grep do.
constexpr size_t kSniffBytes = 8192;
// ICU's detector gains nothing from more than a few pages of text.
constexpr size_t kDetectBytes = 65536;

void note(Decoded& out, size_t byte_offset, const char* reason) {
  if (out.issues.size() < Decoded::kMaxIssues) out.issues.push_back({byte_offset, reason});
  ++out.replaced;
}

// ---- UTF-8 ----------------------------------------------------------------------------------

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

struct Sequence {
  size_t length;       // bytes consumed: the whole character, or the ill-formed part to replace
  const char* error;   // nullptr when well-formed
};

// The UTF-8 sequence at p (avail > 0 bytes left). An ill-formed sequence is cut after its
// longest valid prefix ("maximal subpart"), so the bytes after it are looked at afresh.
Sequence next_sequence(const unsigned char* p, size_t avail) {
  const unsigned char lead = p[0];
  if (lead < 0x80) return {1, nullptr};
  if (lead < 0xC0) return {1, "stray continuation byte"};
  if (lead < 0xC2) return {1, "overlong encoding"};  // C0, C1 could only encode ASCII
  if (lead > 0xF4) return {1, "byte never used in UTF-8"};
  const size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;

  // The second byte's range is where overlongs, surrogates and code points past U+10FFFF show.
  unsigned char low = 0x80, high = 0xBF;
  const char* out_of_range = nullptr;
  switch (lead) {
    case 0xE0: low = 0xA0, out_of_range = "overlong encoding"; break;
    case 0xED: high = 0x9F, out_of_range = "surrogate code point (U+D800..U+DFFF)"; break;
    case 0xF0: low = 0x90, out_of_range = "overlong encoding"; break;
    case 0xF4: high = 0x8F, out_of_range = "code point above U+10FFFF"; break;
  }
  for (size_t k = 1; k < length; ++k) {
    if (k == avail) return {k, "truncated sequence at end of input"};
    if (!is_continuation(p[k])) return {k, "truncated sequence"};
    if (k == 1 && (p[1] < low || p[1] > high)) return {1, out_of_range};
  }
  return {length, nullptr};
}

struct Utf8Counts {
  size_t multibyte = 0;  // well-formed non-ASCII characters
  size_t invalid = 0;
};

// Appends the repaired bytes to out.text; issue offsets are shifted by `base`.
Utf8Counts repair_into(std::string_view bytes, size_t base, Decoded& out) {
  Utf8Counts counts;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  out.text.reserve(out.text.size() + n);
  size_t run = 0;  // start of the well-formed bytes not yet copied
  for (size_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const Sequence s = next_sequence(p + i, n - i);
    if (s.error) {
      out.text.append(bytes.substr(run, i - run)).append(kReplacement);
      note(out, base + i, s.error);
      ++counts.invalid;
      run = i + s.length;
    } else {
      ++counts.multibyte;
    }
    i += s.length;
  }
  out.text.append(bytes.substr(run));
  return counts;
}

// ---- other encodings, through ICU ----------------------------------------------------------

struct ConversionContext {
  const char* source_start;
  size_t base;  // bytes before source_start (a BOM)
  Decoded* out;
};

// ICU calls this for bytes that do not decode: we note where they were and write U+FFFD
// (ICU's own substitute would be U+001A for single-byte charsets).
void note_and_substitute(const void* context, UConverterToUnicodeArgs* args,
                         const char* bad, int32_t length, UConverterCallbackReason reason,
                         UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to replace
  const auto* c = static_cast<const ConversionContext*>(context);
  const size_t offset = static_cast<size_t>(args->source - c->source_start) - static_cast<size_t>(length);
  note(*c->out, c->base + offset, reason == UCNV_UNASSIGNED ? "byte not assigned in this encoding"
                                                            : "invalid byte sequence for this encoding");
  static const UChar replacement = 0xFFFD;
  *error = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, error);
}

void append_utf16(std::u16string_view units, std::string& out) {
  out.reserve(out.size() + units.size() * 2);
  for (size_t i = 0; i < units.size(); ++i) {
    char32_t c = units[i];
    if (U16_IS_LEAD(c) && i + 1 < units.size() && U16_IS_TRAIL(units[i + 1])) {
      c = U16_GET_SUPPLEMENTARY(c, units[i + 1]);
      ++i;
    } else if (U16_IS_SURROGATE(c)) {
      c = 0xFFFD;  // ICU reports unpaired surrogates itself; this is a safety net
    }
    utf8::append(out, c);
  }
}

// Converts `bytes` (the input after `base` bytes of BOM) from `charset` to UTF-8.
Decoded convert(std::string_view bytes, size_t base, const char* charset, const std::string& origin) {
  Decoded out;
  out.encoding = charset;
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &error), ucnv_close);
  if (U_FAILURE(error)) throw InputError(origin, std::string("cannot decode ") + charset + ": " + u_errorName(error));

  ConversionContext context{bytes.data(), base, &out};
  ucnv_setToUCallBack(converter.get(), note_and_substitute, &context, nullptr, nullptr, &error);

  // Every charset we convert from takes at least one byte per UTF-16 unit.
  std::u16string units(bytes.size() + 1, u'\0');
  UChar* target = units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(converter.get(), &target, target + units.size(), &source, bytes.data() + bytes.size(),
                 nullptr, true, &error);
  if (U_FAILURE(error)) throw InputError(origin, std::string("cannot decode ") + charset + ": " + u_errorName(error));
  units.resize(static_cast<size_t>(target - units.data()));
  append_utf16(units, out.text);
  return out;
}

// ---- sniffing -------------------------------------------------------------------------------

// UTF-16 without a BOM shows itself by its NUL bytes: every ASCII character (spaces, digits,
// punctuation — plenty of them even in Arabic text) has a zero high byte, which falls on odd
// offsets in little-endian and even offsets in big-endian. Binary data has NULs on both.
const char* utf16_by_nul_pattern(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSniffBytes);
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < sample.size(); ++i) {
    if (sample[i] == '\0') ++(i % 2 ? odd : even);
  }
  const size_t units = sample.size() / 2;
  if (odd * 20 >= units && odd > 0 && even * 10 <= odd) return "UTF-16LE";
  if (even * 20 >= units && even > 0 && odd * 10 <= even) return "UTF-16BE";
  return nullptr;
}

bool looks_binary(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSniffBytes);
  if (sample.find('\0') != std::string_view::npos) return true;
  const size_t control = std::count_if(sample.begin(), sample.end(), [](char ch) {
    const auto b = static_cast<unsigned char>(ch);
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B) || b == 0x7F;
  });
  return control * 10 > sample.size();  // more than 10%: no text looks like that
}

// A text that is not UTF-8. Arabic news from before UTF-8 comes in windows-1256 (most of it)
// or ISO-8859-6; ICU's detector tells them apart by letter statistics. If it names neither
// (a short or mostly Latin text), windows-1256 is still the best bet: it maps every byte and
// keeps the French letters of Latin-1 at their places.
const char* detect_arabic_charset(std::string_view bytes) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&error), ucsdet_close);
  const std::string_view sample = bytes.substr(0, kDetectBytes);
  ucsdet_enableInputFilter(detector.get(), true);  // skip <tags>: their ASCII says nothing
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &error);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &error);
  for (int32_t i = 0; U_SUCCESS(error) && i < found; ++i) {
    const char* name = ucsdet_getName(matches[i], &error);
    if (U_SUCCESS(error) && name == "ISO-8859-6"sv) return "ISO-8859-6";
    if (U_SUCCESS(error) && name == "windows-1256"sv) return "windows-1256";
  }
  return "windows-1256";
}

Decoded decode_without_checks(std::string_view bytes, const std::string& origin) {
  if (bytes.starts_with(kBomUtf16LE)) return convert(bytes.substr(2), 2, "UTF-16LE", origin);
  if (bytes.starts_with(kBomUtf16BE)) return convert(bytes.substr(2), 2, "UTF-16BE", origin);
  const bool bom = bytes.starts_with(kBomUtf8);
  const std::string_view body = bom ? bytes.substr(kBomUtf8.size()) : bytes;
  if (!bom) {
    if (const char* utf16 = utf16_by_nul_pattern(body)) return convert(body, 0, utf16, origin);
  }
  if (looks_binary(body)) throw InputError(origin, "binary data, not text");

  Decoded out;
  out.encoding = "UTF-8";
  const Utf8Counts counts = repair_into(body, bom ? kBomUtf8.size() : 0, out);
  // A few broken sequences among many good ones are damaged UTF-8; mostly broken is another
  // charset (in windows-1256 nearly every Arabic letter is an invalid UTF-8 sequence).
  if (bom || counts.invalid == 0 || counts.multibyte >= counts.invalid) return out;
  return convert(body, 0, detect_arabic_charset(body), origin);
}

}  // namespace

Decoded repair_utf8(std::string_view bytes) {
  Decoded out;
  out.encoding = "UTF-8";
  repair_into(bytes, 0, out);
  return out;
}

bool is_blank(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    UChar32 c;
    int32_t k = 0;
    const auto window = static_cast<int32_t>(std::min<size_t>(4, text.size() - i));
    U8_NEXT(text.data() + i, k, window, c);
    if (!u_isUWhiteSpace(c) && c != 0xFEFF) return false;
    i += static_cast<size_t>(k);
  }
  return true;
}

Decoded decode(std::string_view bytes, const std::string& origin) {
  if (bytes.empty()) throw InputError(origin, "empty file");
  Decoded out = decode_without_checks(bytes, origin);
  if (is_blank(out.text)) throw InputError(origin, "empty file");
  return out;
}

std::string describe_issues(const Decoded& decoded) {
  if (decoded.replaced == 0) return "";
  std::string s = std::to_string(decoded.replaced) + " invalid byte sequence" + (decoded.replaced > 1 ? "s" : "") +
                  " replaced with U+FFFD";
  if (!decoded.issues.empty()) {
    const DecodeIssue& first = decoded.issues.front();
    s += " (first at byte " + std::to_string(first.byte_offset) + ": " + first.reason + ")";
  }
  return s;
}

}  // namespace marsad::ingest

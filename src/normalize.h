// normalize: the caller's bytes -> folded UTF-8 with an offset map back.
#ifndef REHOPE_SRC_NORMALIZE_H_
#define REHOPE_SRC_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rehope::internal {

struct NormalizedText {
  // Valid UTF-8, NFC, with news punctuation folded to ASCII: curly quotes and
  // apostrophes -> ' and ", NBSP and other spaces -> ' ', U+2010/U+2011 and
  // U+2212 -> '-', en/em dashes -> '-', soft hyphen and zero-width chars
  // removed, full-width digits and letters -> ASCII, ligatures expanded,
  // HTML character references decoded (when decode_entities). Line breaks are
  // kept as '\n' (CR LF and CR become '\n') because segmentation needs them.
  std::string text;

  // origin[i] is the byte offset in the original input of the character that
  // produced normalized byte i; origin[text.size()] == original size. A span
  // [s, e) of `text` maps to [origin[s], origin[e]) in the original.
  std::vector<std::uint32_t> origin;

  bool repaired_invalid_utf8 = false;  // some bytes became U+FFFD
  bool had_nul = false;                // NUL bytes were dropped

  std::size_t to_original(std::size_t normalized_offset) const {
    return origin[normalized_offset];
  }
};

struct NormalizeOptions {
  bool decode_entities = true;  // &amp; &nbsp; &#8217; &#x2019; ...
};

// Never fails: invalid UTF-8 becomes U+FFFD. Linear in the input size; an
// ASCII fast path copies runs of plain ASCII.
NormalizedText normalize(std::string_view input, const NormalizeOptions& options = {});

}  // namespace rehope::internal

#endif  // REHOPE_SRC_NORMALIZE_H_

// normalize: the caller's bytes -> folded UTF-8 with an offset map back.
#ifndef REHOPE_SRC_NORMALIZE_H_
#define REHOPE_SRC_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rehope::internal {

// Normalized byte offset -> input byte offset, stored as pieces. Most text is
// copied unchanged, where the offset grows by one per byte; a rewritten
// character maps all its output bytes to where it started. A copy of the map
// per byte (4 bytes per input byte) cost more than normalizing itself.
class OffsetMap {
 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // The input offset of normalized byte i (i < size()).
  std::uint32_t operator[](std::size_t i) const;
  std::uint32_t back() const { return (*this)[size_ - 1]; }

  // Appends `count` bytes mapping to origin, origin + 1, ...
  void append_run(std::uint32_t origin, std::size_t count);
  // Appends `count` bytes that all map to origin.
  void append_same(std::uint32_t origin, std::size_t count);
  // Drops every byte from `size` on.
  void truncate(std::size_t size);
  // The same pieces: the same map, built the same way.
  friend bool operator==(const OffsetMap&, const OffsetMap&) = default;

 private:
  struct Piece {
    std::uint32_t at;      // first normalized byte of the piece
    std::uint32_t origin;  // its input offset
    bool step;             // offsets grow with the byte (a copied run)
    friend bool operator==(const Piece&, const Piece&) = default;
  };
  std::vector<Piece> pieces_;
  std::size_t size_ = 0;
};

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
  OffsetMap origin;

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

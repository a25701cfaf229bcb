// normalize: decode UTF-8 strictly, fold news punctuation, keep an exact
// offset map. The text is processed one character at a time (never through
// utf8proc_map on the whole document) so that every output byte knows which
// input character produced it.
#include "normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace rehope::internal {
namespace {

constexpr char32_t kReplacementChar = 0xFFFD;

// Bytes the ASCII fast path must stop at: everything >= 0x80, plus the ASCII
// bytes that need work ('&' only when entities are decoded).
constexpr std::array<bool, 256> MakeStopTable(bool stop_at_ampersand) {
  std::array<bool, 256> table{};
  for (int b = 0x80; b < 256; ++b) table[static_cast<std::size_t>(b)] = true;
  table['\0'] = true;
  table['\r'] = true;
  table['\t'] = true;
  table['&'] = stop_at_ampersand;
  return table;
}
constexpr std::array<bool, 256> kStopWithEntities = MakeStopTable(true);
constexpr std::array<bool, 256> kStopWithoutEntities = MakeStopTable(false);

// One decoded input character: its code point and where it came from.
struct DecodedChar {
  char32_t code_point = 0;
  std::size_t length = 0;  // input bytes consumed
  bool invalid = false;    // a maximal invalid subsequence, now U+FFFD
};

// Strict UTF-8 decoding of the character at `pos` (which is >= 0x80). On
// error, consumes the maximal subpart of an ill-formed sequence (Unicode
// 15, 3.9 "U+FFFD Substitution of Maximal Subparts"), so that overlong
// forms, surrogates, truncated sequences and stray continuation bytes each
// become one U+FFFD per maximal invalid subsequence.
DecodedChar DecodeUtf8(std::string_view input, std::size_t pos) {
  const auto byte_at = [&](std::size_t i) {
    return static_cast<unsigned char>(input[i]);
  };
  const unsigned char lead = byte_at(pos);
  std::size_t needed = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  char32_t code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 1;
    code_point = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    needed = 2;
    code_point = lead & 0x0Fu;
    if (lead == 0xE0) second_min = 0xA0;  // overlong
    if (lead == 0xED) second_max = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    needed = 3;
    code_point = lead & 0x07u;
    if (lead == 0xF0) second_min = 0x90;  // overlong
    if (lead == 0xF4) second_max = 0x8F;  // > U+10FFFF
  } else {
    // Continuation byte, C0/C1 (always overlong) or F5..FF.
    return {kReplacementChar, 1, true};
  }
  std::size_t consumed = 1;
  for (std::size_t k = 0; k < needed; ++k) {
    const std::size_t i = pos + consumed;
    if (i >= input.size()) return {kReplacementChar, consumed, true};
    const unsigned char b = byte_at(i);
    const unsigned char lo = k == 0 ? second_min : 0x80;
    const unsigned char hi = k == 0 ? second_max : 0xBF;
    if (b < lo || b > hi) return {kReplacementChar, consumed, true};
    code_point = (code_point << 6) | (b & 0x3Fu);
    ++consumed;
  }
  return {code_point, consumed, false};
}

// Windows-1252 meaning of 0x80..0x9F. HTML maps numeric references in this
// range to these characters, and scraped text often carries them raw as C1
// controls (U+0092 for an apostrophe). 0 = unassigned, left alone.
constexpr std::array<char16_t, 32> kCp1252C1 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The character references news HTML actually uses. Matching is exact and
// case-sensitive, as in HTML; unknown names are left as they are.
constexpr NamedEntity kNamedEntities[] = {
    {"amp", '&'},        {"AMP", '&'},        {"lt", '<'},         {"LT", '<'},
    {"gt", '>'},         {"GT", '>'},         {"quot", '"'},       {"QUOT", '"'},
    {"apos", '\''},      {"nbsp", 0x00A0},    {"ensp", 0x2002},    {"emsp", 0x2003},
    {"thinsp", 0x2009},  {"zwnj", 0x200C},    {"zwj", 0x200D},     {"lrm", 0x200E},
    {"rlm", 0x200F},     {"shy", 0x00AD},     {"lsquo", 0x2018},   {"rsquo", 0x2019},
    {"sbquo", 0x201A},   {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},
    {"laquo", 0x00AB},   {"raquo", 0x00BB},   {"lsaquo", 0x2039},  {"rsaquo", 0x203A},
    {"prime", 0x2032},   {"Prime", 0x2033},   {"ndash", 0x2013},   {"mdash", 0x2014},
    {"hyphen", 0x2010},  {"dash", 0x2010},    {"minus", 0x2212},   {"hellip", 0x2026},
    {"bull", 0x2022},    {"middot", 0x00B7},  {"copy", 0x00A9},    {"reg", 0x00AE},
    {"trade", 0x2122},   {"deg", 0x00B0},     {"sect", 0x00A7},    {"para", 0x00B6},
    {"dagger", 0x2020},  {"Dagger", 0x2021},  {"cent", 0x00A2},    {"pound", 0x00A3},
    {"euro", 0x20AC},    {"yen", 0x00A5},     {"frac12", 0x00BD},  {"frac14", 0x00BC},
    {"frac34", 0x00BE},  {"times", 0x00D7},   {"divide", 0x00F7},  {"iexcl", 0x00A1},
    {"iquest", 0x00BF},  {"aacute", 0x00E1},  {"Aacute", 0x00C1},  {"agrave", 0x00E0},
    {"acirc", 0x00E2},   {"auml", 0x00E4},    {"atilde", 0x00E3},  {"aring", 0x00E5},
    {"ccedil", 0x00E7},  {"Ccedil", 0x00C7},  {"eacute", 0x00E9},  {"Eacute", 0x00C9},
    {"egrave", 0x00E8},  {"ecirc", 0x00EA},   {"euml", 0x00EB},    {"iacute", 0x00ED},
    {"Iacute", 0x00CD},  {"igrave", 0x00EC},  {"icirc", 0x00EE},   {"iuml", 0x00EF},
    {"ntilde", 0x00F1},  {"Ntilde", 0x00D1},  {"oacute", 0x00F3},  {"Oacute", 0x00D3},
    {"ograve", 0x00F2},  {"ocirc", 0x00F4},   {"ouml", 0x00F6},    {"Ouml", 0x00D6},
    {"otilde", 0x00F5},  {"oslash", 0x00F8},  {"uacute", 0x00FA},  {"Uacute", 0x00DA},
    {"ugrave", 0x00F9},  {"ucirc", 0x00FB},   {"uuml", 0x00FC},    {"Uuml", 0x00DC},
    {"szlig", 0x00DF},   {"yacute", 0x00FD},
};

constexpr std::size_t kMaxEntityNameLength = 8;  // longest name above + slack

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Decodes the character reference at input[pos] == '&'. Returns length 0 when
// it is not a valid, known reference (the '&' is then copied as is). A
// terminating ';' is required: "AT&T" and "&copy2020" stay text.
DecodedChar DecodeEntity(std::string_view input, std::size_t pos) {
  const std::size_t begin = pos + 1;
  if (begin >= input.size()) return {};
  if (input[begin] == '#') {
    std::size_t i = begin + 1;
    const bool hex = i < input.size() && (input[i] == 'x' || input[i] == 'X');
    if (hex) ++i;
    const std::size_t digits_begin = i;
    std::uint32_t value = 0;
    while (i < input.size() && i - digits_begin < 8) {
      const char c = input[i];
      std::uint32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<std::uint32_t>(c - '0');
      } else if (hex && c >= 'a' && c <= 'f') {
        digit = static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (hex && c >= 'A' && c <= 'F') {
        digit = static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        break;
      }
      value = value * (hex ? 16u : 10u) + digit;
      ++i;
    }
    if (i == digits_begin || i >= input.size() || input[i] != ';') return {};
    // NUL, surrogates and out-of-range values are not characters: left as is.
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {};
    char32_t code_point = value;
    if (value >= 0x80 && value <= 0x9F && kCp1252C1[value - 0x80] != 0) {
      code_point = kCp1252C1[value - 0x80];
    }
    return {code_point, i + 1 - pos, false};
  }
  std::size_t i = begin;
  while (i < input.size() && i - begin <= kMaxEntityNameLength && IsAsciiAlnum(input[i])) ++i;
  if (i == begin || i >= input.size() || input[i] != ';') return {};
  const std::string_view name = input.substr(begin, i - begin);
  for (const NamedEntity& entity : kNamedEntities) {
    if (entity.name == name) return {entity.code_point, i + 1 - pos, false};
  }
  return {};
}

// What a single code point folds to, before the NFKC-style step.
enum class FoldKind { kKeep, kRemove, kAscii, kNewlines };
struct Fold {
  FoldKind kind = FoldKind::kKeep;
  std::string_view ascii;  // for kAscii / kNewlines
};

Fold ExplicitFold(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
    case 0x02BC: case 0x00B4: case 0xFF07:
      return {FoldKind::kAscii, "'"};
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036:
    case 0x00AB: case 0x00BB: case 0xFF02:
      return {FoldKind::kAscii, "\""};
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x0085:
      return {FoldKind::kAscii, " "};
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return {FoldKind::kAscii, "-"};
    case 0x2026:
      return {FoldKind::kAscii, "..."};
    case 0x2028:
      return {FoldKind::kNewlines, "\n"};
    case 0x2029:
      return {FoldKind::kNewlines, "\n\n"};  // a paragraph separator: blank line
    // Invisible: soft hyphen, zero-width space/joiners, word joiner, BOM,
    // direction marks and embeddings, invisible operators.
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064: case 0xFEFF:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069: case 0x180E:
      return {FoldKind::kRemove, {}};
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return {FoldKind::kAscii, " "};
  return {};
}

void AppendUtf8(std::string& out, char32_t code_point) {
  std::array<utf8proc_uint8_t, 4> buffer{};
  const utf8proc_ssize_t n =
      utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), buffer.data());
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

// Compatibility decompositions that would change a number's digits are not
// applied: "3½" must not become "31⁄2", nor "10²" become "102", nor "①" "1".
bool KeepsCompatibilityForm(char32_t code_point) {
  switch (utf8proc_get_property(static_cast<utf8proc_int32_t>(code_point))->decomp_type) {
    case UTF8PROC_DECOMP_TYPE_SUPER:
    case UTF8PROC_DECOMP_TYPE_SUB:
    case UTF8PROC_DECOMP_TYPE_FRACTION:
    case UTF8PROC_DECOMP_TYPE_CIRCLE:
    case UTF8PROC_DECOMP_TYPE_SQUARE:
      return true;
    default:
      return false;
  }
}

bool IsCombiningMark(char32_t code_point) {
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(code_point))->combining_class != 0;
}

// Code points are at most 18 after any single-character decomposition
// (U+FDFA); 32 leaves room for the base + mark compositions below.
constexpr utf8proc_ssize_t kScratchSize = 32;

class Normalizer {
 public:
  Normalizer(std::string_view input, const NormalizeOptions& options)
      : input_(input),
        stop_(options.decode_entities ? kStopWithEntities : kStopWithoutEntities),
        decode_entities_(options.decode_entities) {
    out_.text.reserve(input.size());
  }

  NormalizedText Run() {
    std::size_t pos = 0;
    const std::size_t size = input_.size();
    while (pos < size) {
      const std::size_t run_end = AsciiRunEnd(pos);
      if (run_end > pos) {
        CopyAsciiRun(pos, run_end);
        pos = run_end;
        continue;
      }
      const auto byte = static_cast<unsigned char>(input_[pos]);
      switch (byte) {
        case '\0':
          out_.had_nul = true;
          ++pos;
          continue;
        case '\t':
          EmitAscii(' ', pos);
          ++pos;
          continue;
        case '\r':
          EmitAscii('\n', pos);
          pos += (pos + 1 < size && input_[pos + 1] == '\n') ? std::size_t{2} : std::size_t{1};
          continue;
        case '&': {
          const DecodedChar entity = decode_entities_ ? DecodeEntity(input_, pos) : DecodedChar{};
          if (entity.length == 0) {
            EmitAscii('&', pos);
            ++pos;
          } else {
            EmitCodePoint(entity.code_point, pos);
            pos += entity.length;
          }
          continue;
        }
        default:
          break;
      }
      const DecodedChar decoded = DecodeUtf8(input_, pos);
      if (decoded.invalid) out_.repaired_invalid_utf8 = true;
      EmitCodePoint(decoded.code_point, pos);
      pos += decoded.length;
    }
    out_.origin.append_run(static_cast<std::uint32_t>(size), 1);
    return std::move(out_);
  }

 private:
  std::size_t AsciiRunEnd(std::size_t pos) const {
    const std::size_t size = input_.size();
    const auto* bytes = reinterpret_cast<const unsigned char*>(input_.data());
    // Eight bytes at a time while none of them is a stop byte.
    const std::uint64_t ampersand = decode_entities_ ? Broadcast('&') : 0;
    while (pos + 8 <= size) {
      std::uint64_t word;
      std::memcpy(&word, bytes + pos, 8);
      if ((word & Broadcast(0x80)) != 0 || HasZeroByte(word) ||
          HasZeroByte(word ^ Broadcast('\t')) || HasZeroByte(word ^ Broadcast('\r')) ||
          (ampersand != 0 && HasZeroByte(word ^ ampersand))) {
        break;
      }
      pos += 8;
    }
    while (pos < size && !stop_[bytes[pos]]) ++pos;
    return pos;
  }

  static constexpr std::uint64_t Broadcast(unsigned char byte) {
    return 0x0101010101010101ULL * byte;
  }
  // Exact for "some byte is zero" (not for which one).
  static constexpr bool HasZeroByte(std::uint64_t word) {
    return ((word - Broadcast(0x01)) & ~word & Broadcast(0x80)) != 0;
  }

  void CopyAsciiRun(std::size_t begin, std::size_t end) {
    out_.text.append(input_.data() + begin, end - begin);
    out_.origin.append_run(static_cast<std::uint32_t>(begin), end - begin);
    last_char_start_ = out_.text.size() - 1;
    last_code_point_ = static_cast<unsigned char>(input_[end - 1]);
  }

  void EmitAscii(char c, std::size_t origin) {
    last_char_start_ = out_.text.size();
    last_code_point_ = static_cast<unsigned char>(c);
    out_.text.push_back(c);
    out_.origin.append_run(static_cast<std::uint32_t>(origin), 1);
  }

  void EmitBytes(std::string_view bytes, std::size_t origin) {
    out_.text.append(bytes);
    out_.origin.append_same(static_cast<std::uint32_t>(origin), bytes.size());
  }

  // Folds one code point (from UTF-8, an entity, or U+FFFD) and appends the
  // result; every output byte maps to `origin`.
  void EmitCodePoint(char32_t code_point, std::size_t origin) {
    if (code_point < 0x80) {
      // Entities can decode to ASCII controls; fold them as raw bytes would be.
      if (code_point == '\t') code_point = ' ';
      if (code_point == '\r') code_point = '\n';
      EmitAscii(static_cast<char>(code_point), origin);
      return;
    }
    if (code_point >= 0x80 && code_point <= 0x9F && kCp1252C1[code_point - 0x80] != 0) {
      code_point = kCp1252C1[code_point - 0x80];
    }
    const Fold fold = ExplicitFold(code_point);
    switch (fold.kind) {
      case FoldKind::kRemove:
        return;
      case FoldKind::kAscii:
      case FoldKind::kNewlines:
        last_char_start_ = out_.text.size();
        last_code_point_ = static_cast<unsigned char>(fold.ascii.back());
        EmitBytes(fold.ascii, origin);
        return;
      case FoldKind::kKeep:
        break;
    }
    std::array<utf8proc_int32_t, kScratchSize> buffer{};
    utf8proc_ssize_t count = Decompose(code_point, buffer.data());
    if (count <= 0) {
      AppendCodePoint(code_point, origin);
      return;
    }
    if (count == 1 && IsCombiningMark(static_cast<char32_t>(buffer[0])) &&
        TryComposeWithPrevious(static_cast<char32_t>(buffer[0]))) {
      return;
    }
    count = utf8proc_normalize_utf32(buffer.data(), count, UTF8PROC_COMPOSE);
    for (utf8proc_ssize_t k = 0; k < count; ++k) {
      const auto folded = static_cast<char32_t>(buffer[static_cast<std::size_t>(k)]);
      // A compatibility form can decompose into something folded above
      // (U+FE4D -> U+005F is fine, U+2024 ... -> '.'), so fold once more.
      const Fold again = folded >= 0x80 ? ExplicitFold(folded) : Fold{};
      if (again.kind == FoldKind::kRemove) continue;
      if (again.kind != FoldKind::kKeep) {
        last_char_start_ = out_.text.size();
        last_code_point_ = static_cast<unsigned char>(again.ascii.back());
        EmitBytes(again.ascii, origin);
        continue;
      }
      AppendCodePoint(folded, origin);
    }
  }

  // NFKD of one code point (NFD for the forms KeepsCompatibilityForm keeps).
  static utf8proc_ssize_t Decompose(char32_t code_point, utf8proc_int32_t* buffer) {
    int boundclass = 0;
    const auto options = static_cast<utf8proc_option_t>(
        UTF8PROC_DECOMPOSE | (KeepsCompatibilityForm(code_point) ? 0 : UTF8PROC_COMPAT));
    const utf8proc_ssize_t count = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(code_point), buffer, kScratchSize, options, &boundclass);
    return count > kScratchSize ? -1 : count;
  }

  void AppendCodePoint(char32_t code_point, std::size_t origin) {
    last_char_start_ = out_.text.size();
    last_code_point_ = code_point;
    const std::size_t before = out_.text.size();
    AppendUtf8(out_.text, code_point);
    out_.origin.append_same(static_cast<std::uint32_t>(origin), out_.text.size() - before);
  }

  // "e" + U+0301 -> "é" when the pair has a precomposed form; the composed
  // character then maps to where its base started. Anything harder (several
  // marks needing reordering) is left decomposed.
  bool TryComposeWithPrevious(char32_t mark) {
    if (out_.text.empty() || last_code_point_ == 0) return false;
    std::array<utf8proc_int32_t, kScratchSize> buffer{};
    const utf8proc_ssize_t base_count = Decompose(last_code_point_, buffer.data());
    if (base_count <= 0 || base_count + 1 > kScratchSize) return false;
    buffer[static_cast<std::size_t>(base_count)] = static_cast<utf8proc_int32_t>(mark);
    const utf8proc_ssize_t composed_count =
        utf8proc_normalize_utf32(buffer.data(), base_count + 1, UTF8PROC_COMPOSE);
    if (composed_count != 1) return false;
    const std::uint32_t base_origin = out_.origin[last_char_start_];
    out_.text.resize(last_char_start_);
    out_.origin.truncate(last_char_start_);
    AppendCodePoint(static_cast<char32_t>(buffer[0]), base_origin);
    return true;
  }

  std::string_view input_;
  const std::array<bool, 256>& stop_;
  bool decode_entities_;
  NormalizedText out_;
  // The last character written, for composing a following combining mark.
  std::size_t last_char_start_ = 0;
  char32_t last_code_point_ = 0;
};

}  // namespace

std::uint32_t OffsetMap::operator[](std::size_t i) const {
  const auto piece = std::upper_bound(pieces_.begin(), pieces_.end(), i,
                                      [](std::size_t at, const Piece& p) { return at < p.at; });
  const Piece& p = *(piece - 1);  // pieces_[0].at == 0 <= i
  return p.step ? p.origin + static_cast<std::uint32_t>(i - p.at) : p.origin;
}

void OffsetMap::append_run(std::uint32_t origin, std::size_t count) {
  if (count == 0) return;
  // Continues the last piece when it is a run that reaches exactly here.
  if (pieces_.empty() || !pieces_.back().step ||
      pieces_.back().origin + (size_ - pieces_.back().at) != origin) {
    pieces_.push_back({static_cast<std::uint32_t>(size_), origin, true});
  }
  size_ += count;
}

void OffsetMap::append_same(std::uint32_t origin, std::size_t count) {
  if (count <= 1) {
    append_run(origin, count);
    return;
  }
  pieces_.push_back({static_cast<std::uint32_t>(size_), origin, false});
  size_ += count;
}

void OffsetMap::truncate(std::size_t size) {
  while (!pieces_.empty() && pieces_.back().at >= size) pieces_.pop_back();
  size_ = std::min(size_, size);
}

NormalizedText normalize(std::string_view input, const NormalizeOptions& options) {
  return Normalizer(input, options).Run();
}

}  // namespace rehope::internal

// Shared helpers of the libFuzzer targets: invariant checks that abort.
//
// The targets check properties, not just "does not crash": spans inside the
// input, offset maps that are monotonic and complete, valid UTF-8 out,
// non-negative counts, JSON that parses back, and determinism.
#ifndef REHOPE_FUZZ_FUZZ_COMMON_H_
#define REHOPE_FUZZ_FUZZ_COMMON_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "rehope/rehope.h"

// Unlike assert(), active in every build type (the fuzz preset uses
// RelWithDebInfo, which defines NDEBUG).
#define FUZZ_CHECK(cond)                                                         \
  do {                                                                           \
    if (!(cond)) {                                                               \
      std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, \
                   #cond);                                                       \
      std::abort();                                                              \
    }                                                                            \
  } while (false)

namespace rehope::fuzz {

inline std::string_view as_view(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Strict UTF-8: no overlongs, no surrogates, nothing above U+10FFFF, no
// truncated sequences.
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  const auto at = [&s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const auto cont = [&](std::size_t k) { return k < s.size() && (at(k) & 0xC0) == 0x80; };
  while (i < s.size()) {
    const unsigned char b = at(i);
    if (b < 0x80) {
      ++i;
    } else if (b >= 0xC2 && b <= 0xDF) {
      if (!cont(i + 1)) return false;
      i += 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (!cont(i + 1) || !cont(i + 2)) return false;
      if (b == 0xE0 && at(i + 1) < 0xA0) return false;   // overlong
      if (b == 0xED && at(i + 1) >= 0xA0) return false;  // surrogate
      i += 3;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return false;
      if (b == 0xF0 && at(i + 1) < 0x90) return false;   // overlong
      if (b == 0xF4 && at(i + 1) >= 0x90) return false;  // > U+10FFFF
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

inline void check_span(const Span& s, std::size_t input_size) {
  FUZZ_CHECK(s.start <= s.end);
  FUZZ_CHECK(s.end <= input_size);
}

inline void check_count(const Count& c, const Summary& s) {
  if (c.value) FUZZ_CHECK(*c.value >= 0);
  const bool needs_value = c.status == CountStatus::kStated ||
                           c.status == CountStatus::kDerived ||
                           c.status == CountStatus::kStatedZero;
  if (needs_value) FUZZ_CHECK(c.value.has_value());
  if (c.status == CountStatus::kStatedZero) FUZZ_CHECK(*c.value == 0);
  for (int id : c.claims) {
    FUZZ_CHECK(id >= 0 && static_cast<std::size_t>(id) < s.claims.size());
  }
}

// Every invariant of a Summary of `input` (the bytes passed to analyze).
inline void check_summary(const Summary& s, std::string_view input) {
  for (std::size_t i = 0; i < s.claims.size(); ++i) {
    const Claim& c = s.claims[i];
    FUZZ_CHECK(c.id == static_cast<int>(i));
    check_span(c.evidence, input.size());
    check_span(c.sentence, input.size());
    FUZZ_CHECK(c.evidence_text ==
               input.substr(c.evidence.start, c.evidence.end - c.evidence.start));
    if (c.value) FUZZ_CHECK(*c.value >= 0);
  }
  check_count(s.counts.buyers_arrested, s);
  check_count(s.counts.sellers_arrested, s);
  check_count(s.counts.victims_identified, s);
  check_count(s.counts.traffickers_arrested, s);
  check_count(s.counts.total_arrested, s);
  for (int id : s.approach_claims) {
    FUZZ_CHECK(id >= 0 && static_cast<std::size_t>(id) < s.claims.size());
  }
  for (int id : s.sellers_flag_claims) {
    FUZZ_CHECK(id >= 0 && static_cast<std::size_t>(id) < s.claims.size());
  }
  for (const Span& sp : s.services_evidence) check_span(sp, input.size());

  // The JSON parses back, one line and pretty-printed alike.
  const std::string line = to_json(s);
  FUZZ_CHECK(line.find('\n') == std::string::npos);
  const auto parsed = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!parsed.is_discarded());
  FUZZ_CHECK(parsed.is_object());
  const auto pretty = nlohmann::json::parse(to_json(s, 2), nullptr, false);
  FUZZ_CHECK(!pretty.is_discarded());
  FUZZ_CHECK(pretty == parsed);
}

}  // namespace rehope::fuzz

#endif  // REHOPE_FUZZ_FUZZ_COMMON_H_

// quantities: every number expression in a sentence, counts and not-counts.
#ifndef REHOPE_SRC_QUANTITIES_H_
#define REHOPE_SRC_QUANTITIES_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rehope/rehope.h"

namespace rehope::internal {

enum class QuantityKind {
  kCount,     // a count of things: exact (value) or bounded (low/high)
  kVague,     // "dozens of", "several", "a handful": no value, low bound
  kFraction,  // "half of the 60", "40% of those arrested", "a third of"
  kNotCount,  // a number that is not a count: see NotCountReason
};

enum class NotCountReason {
  kNone,
  kYear,      // "2024", "in 2019"
  kDate,      // "Jan. 9", "1/9/2024", "the 28th", "March 14"
  kTime,      // "4 p.m.", "10:30"
  kAge,       // "a 17-year-old", "ages 19 to 71", "aged 34", "(34)", "34, of"
  kMoney,     // "$150", "150 dollars", "$2.4 million"
  kPhone,     // "1-888-373-7888", "555-0142", "text 233733"
  kOrdinal,   // "12th", "third annual", "first"
  kDuration,  // "four-day", "16 years", "18 months", "two hours"
  kSize,      // "24-bed", "5-foot", "10 miles", "3 pounds"
  kStatute,   // "Section 609.324", "RCW 9A.88.110", "PC 647(b)"
  kAddress,   // "1200 Main St."
  kNumberSign,// "No. 5"
  kScore,     // "6-1" votes and scores
  kPercentNoBase,  // reserved; percentages are kFraction
  kOther,     // decimals, codes, anything else not a count
};

struct Quantity {
  std::size_t begin = 0;  // byte offsets into the text passed to find()
  std::size_t end = 0;    // the whole expression, qualifier included
  QuantityKind kind = QuantityKind::kCount;
  NotCountReason reason = NotCountReason::kNone;

  std::optional<std::int64_t> value;  // exact or nominal value ("more than
                                      // 100" -> 100; "half of 60" -> 30)
  std::int64_t low = 0;
  std::int64_t high = std::numeric_limits<std::int64_t>::max();
  Qualifier qualifier = Qualifier::kNone;

  // "a"/"an"/"one" before a person noun ("a woman was also arrested"); the
  // span then covers the article through the noun.
  bool from_article = false;
  // Preceded by "all" ("all eight were treated as victims", "all 58 suspects").
  bool all = false;

  // kFraction: the share (0.5, 0.4) and, when the base is in the same
  // expression ("half of the 60"), its value and span.
  double fraction = 0.0;
  std::optional<std::int64_t> base;
  std::size_t base_begin = 0, base_end = 0;

  bool is_count() const { return kind != QuantityKind::kNotCount; }
};

struct QuantityConfig {
  // RE2 alternation (no anchors, no capture groups) of the person nouns that
  // make "a"/"an"/"one" a count of 1: built from lexicon/person_noun.txt.
  std::string person_noun_regex;
};

// Built once per Extractor (regexes and the ICU spellout parser compiled
// once); find() is const and thread-safe.
class QuantityFinder {
 public:
  explicit QuantityFinder(const QuantityConfig& config);
  ~QuantityFinder();
  QuantityFinder(QuantityFinder&&) noexcept;
  QuantityFinder& operator=(QuantityFinder&&) noexcept;

  // All quantities in text[begin, end), sorted by begin, non-overlapping.
  // `text` is normalized text (ASCII punctuation, see normalize.h).
  std::vector<Quantity> find(std::string_view text, std::size_t begin,
                             std::size_t end) const;
  std::vector<Quantity> find(std::string_view text) const {
    return find(text, 0, text.size());
  }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses a spelled-out English cardinal ("Forty-one", "one hundred twelve",
// "a hundred and five", "twenty two"), case-insensitive. nullopt if the
// whole string is not one.
std::optional<std::int64_t> parse_spelled_number(std::string_view words);

}  // namespace rehope::internal

#endif  // REHOPE_SRC_QUANTITIES_H_

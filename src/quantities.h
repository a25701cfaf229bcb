// quantities: every number expression in a sentence, counts and not-counts.
//
// What find() reports, and the decisions behind it (the binder relies on them):
//
// Spans. [begin, end) covers the whole expression: the hedge ("more than
//   100"), "all" ("all 58"), "between" ("between 10 and 12"), "of" after a
//   vague or fractional word ("dozens of", "a third of"), the base of a
//   fraction ("half of the 60"), the unit of a not-count ("25 years",
//   "$2.4 million", "4 p.m.", "Section 609.324", "1200 Main St."). The noun a
//   count counts is NOT in the span (the binder looks right after `end`),
//   except for article counts, see below. A hedge before a not-count is
//   dropped: "around 4 p.m." is the time "4 p.m." with qualifier kNone.
// Order. Sorted by begin and never overlapping. The one nesting is the age
//   inside an article count: "a 16-year-old girl" is ONE kCount (value 1,
//   from_article, span "a 16-year-old girl") whose `age`/`age_begin`/
//   `age_end` carry the age 16 and the span "16-year-old". Without a person
//   noun ("a 17-year-old was cited") the number is a kNotCount kAge.
// Article counts. "a"/"an"/"one"/"another" + up to 3 modifiers (hyphenated
//   compounds like "17-year-old", capitalized words like "Dayton", ordinals,
//   a fixed list of adjectives such as "alleged", "other") + a singular
//   person noun = 1, from_article, span through the noun. Not before a plural
//   ("one women"), a possessive ("a woman's") or a compound head ("a child
//   sex sting", "a victim advocate"), and not when the person is the object
//   of the offence or a role ("soliciting a prostitute", "sex with a minor",
//   "posed as a 15-year-old girl"). "one" that is not followed by a person
//   noun is the plain count 1 ("one of the suspects"); "no one" is nothing
//   (the binder handles the zero).
// Bounds. low/high are the bounds the words guarantee:
//   none          low = high = value
//   kMoreThan     low = value + 1      "more than", "over", "just over",
//                                      "upwards of", "in excess of"
//   kAtLeast      low = value          "at least", "no fewer than",
//                                      "N or more", "N-plus", "N+"
//   kNearly       high = value - 1     "nearly", "almost", "close to",
//                                      "just under" (all read as "below")
//   kAbout        no bounds (0..max)   "about", "roughly", "approximately",
//                                      "around", "some", "an estimated", "or so"
//   kUpTo         high = value         "up to", "as many as", "no more than",
//                                      "N or fewer"
//   kFewerThan    high = value - 1     "fewer than", "less than"
//   kRange        low..high, value = low   "between 10 and 12", "10 to 12",
//                                      "10-12", "two or three"
// Vague counts (kVague): no value, low bound only: "several" 3, "a few" 2,
//   "a handful (of)" 3, "a number of" 2, "multiple" 2, "numerous" 3,
//   "dozens (of)" 24, "scores of" 40, "hundreds (of)" 200, "thousands (of)"
//   2000; "several dozen" 36, "a few hundred" 200 (low times the scale).
//   "many", "most", "all", "none" are left to the binder.
// Fractions (kFraction): `fraction` is the share; `qualifier` keeps the hedge
//   when there is one ("roughly half of the 60" -> kAbout) and is kFraction
//   otherwise; kind always says it is a fraction. With a base in the
//   expression ("of the 60") base/base_begin/base_end are set and value =
//   round(fraction * base); low/high follow the qualifier around that value.
//   Percentages are fractions when "of" follows ("40% of those arrested") or
//   a verb of a share ("70 percent were local", also "a third were cited");
//   otherwise ("a 40% increase") kNotCount/kPercentNoBase. "one in five" is
//   the fraction 0.2.
// Not counts (kNotCount) carry a reason; see NotCountReason. Beyond the
//   obvious: TV stations ("Local 12", "NBC 5", "WSB 2") are kOther; ZIP
//   codes after a state code and "Highway 41", "I-75", "Suite 200" are
//   kAddress; "12 1/2 years" is one duration; ages after a name or person
//   ("Smith, 34, of", "a woman, 34,", "Doe (34)") and age lists ("ages 22,
//   31 and 40") are kAge; "voted 6-1" and any "N-M" with M <= N are kScore;
//   "2023-24" is kYear; "555-0142" and "1-800-RUNAWAY" are kPhone. Numbers
//   written in digits that touch letters or other digits in ways no rule
//   knows ("COVID-19", "9A", "24/7", "2.4") are kOther. Values above
//   kMaxCountValue (10^12), however long the digit string, are kOther.
// A 4-digit number 1900-2099 without a comma is a year unless a person noun
//   follows and no preposition precedes ("1950 people", but "in 2019 men").
// "N to M" after "from" is not a range ("rose from 40 to 70" is a change);
//   the two numbers are reported separately.
//
// Implementation: a hand-written linear token scanner (the rules are about
// token adjacency: glued hyphens, suffixes, neighbours), a small hand-written
// spelled-number parser over the fixed English number words (tested; no ICU
// formatter, so find() shares no mutable state), and RE2 for the person-noun
// alternation from the lexicon.
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
  kPercentNoBase,  // "a 40% increase": a percentage with no "of" after it
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
  // An article count whose modifiers hold an age ("a 16-year-old girl"):
  // the age and the span of the age compound ("16-year-old"), nested inside
  // [begin, end). This is the only nesting find() produces.
  std::optional<std::int64_t> age;
  std::size_t age_begin = 0, age_end = 0;
  // Preceded by "all" ("all eight were treated as victims", "all 58 suspects").
  bool all = false;

  // kFraction: the share (0.5, 0.4) and, when the base is in the same
  // expression ("half of the 60"), its value and span.
  double fraction = 0.0;
  std::optional<std::int64_t> base;
  std::size_t base_begin = 0, base_end = 0;

  bool is_count() const { return kind != QuantityKind::kNotCount; }
};

// Values above this are not counts (kOther); digit strings are parsed with
// saturation, so any length is safe.
inline constexpr std::int64_t kMaxCountValue = 1'000'000'000'000;

struct QuantityConfig {
  // RE2 alternation (no anchors, no capture groups) of the person nouns that
  // make "a"/"an"/"one" a count of 1: built from lexicon/person_noun.txt.
  std::string person_noun_regex;
};

// Built once per Extractor (the person-noun regex compiled once); find() is
// const and thread-safe, linear in the length of the range.
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
// "a hundred and five", "twenty two"), case-insensitive, words separated by
// spaces or hyphens, surrounding spaces ignored. nullopt if the whole string
// is not one cardinal ("twenty twenty", "one hundred and", "dozen" are not).
// Goes up to trillions; "zero" is 0.
std::optional<std::int64_t> parse_spelled_number(std::string_view words);

}  // namespace rehope::internal

#endif  // REHOPE_SRC_QUANTITIES_H_

// claims: binds count expressions to categories, sentence by sentence.
#ifndef REHOPE_SRC_CLAIMS_H_
#define REHOPE_SRC_CLAIMS_H_

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "patterns.h"
#include "quantities.h"
#include "segment.h"

namespace rehope::internal {

// A figure found in the text, before aggregation. Offsets are into the
// normalized text; the extractor maps them back to the caller's bytes.
struct BoundClaim {
  Category category = Category::kTotalArrested;
  std::optional<std::int64_t> value;  // nullopt: unspecified
  Qualifier qualifier = Qualifier::kNone;
  bool approximate = false;
  std::size_t evidence_begin = 0, evidence_end = 0;
  std::size_t segment = 0;  // index into the segments
  std::string rule;         // pattern id (or binder rule) that decided it
  bool negated = false;     // a stated zero
  bool background = false;
  bool headline = false;
  bool additive = false;   // "another 15", "six others", a named arrestee
  bool named = false;      // one named arrestee of a list
  bool rest = false;       // "the rest were charged with ...": total minus the other parts
  bool share_of_total = false;  // "most of them", "the rest": part of a figure said elsewhere
  bool vague = false;           // "dozens of", "a handful of": a count with no number
  bool subsumed = false;   // part of a figure already counted ("including")
  bool minor = false;      // a minor among the people counted
  bool further_charge = false;  // "was also charged": counted in its category, not the total
  bool running_total = false;   // "bringing the total to 25": the latest total, all told
  bool whole_group = false;     // "each man was charged", "all three were": everyone of a group
  bool state_only = false;      // victims by their state ("was being trafficked"), not found
  bool from_report = false;     // "..., the report said": a figure of a published report
  bool list_row = false;        // on a bulleted row: rows of one list count different people
  bool loose = false;  // the category is a case the people are tied to ("in connection with a
                       // sex trafficking ring"), not their charge
  std::string group;   // "men", "women", "girls", "boys", "minors", "adults", or empty (generic)
  std::size_t attribution_begin = 0, attribution_end = 0;  // empty if none
};

// What the article is about, from cues outside the claims.
struct ArticleCues {
  bool sting = false;        // "sting", "undercover operation", "task force"
  bool sex = false;          // commercial sex or trafficking
  bool other_crime = false;  // drugs, DUI, theft: another kind of operation
  bool not_sting = false;    // trial, sentencing, council, hotline
  bool not_sting_in_lead = false;  // ... said in the headline or lead
  bool other_crime_in_lead = false;  // another kind of crime named at the top
  bool sex_in_lead = false;          // commercial sex or trafficking named at the top
  // An opinion piece, column, letter, profile or feature: a section label at
  // the top of the page ("OPINION | GUEST COLUMN", "Sunday Profile").
  bool commentary = false;
  bool commentary_peg = false;       // ... whose headline names an operation or a figure
  bool several_operations = false;   // "three operations", "dozens of stings"
  std::size_t lead_end = 0;        // last segment of the lead
  int article_year = 0;   // from a dateline or byline date near the top; 0 if none
  int article_month = 0;  // 1-12 with article_year
  bool minors = false;       // minors among victims or arrested
  bool minor_arrested = false;  // "One of the women cited was 17"
  struct Span {
    std::size_t segment, begin, end;  // normalized offsets
  };
  std::vector<Span> services;  // services offered, outside background
};

struct Findings {
  std::vector<BoundClaim> claims;
  ArticleCues cues;
};

class Binder {
 public:
  Binder(const PatternSet& patterns, const QuantityFinder& quantities);
  ~Binder();
  Binder(Binder&&) noexcept;
  Binder& operator=(Binder&&) noexcept;

  // Thread-safe; `segments` index the normalized `text`. Segments with
  // anchored=false hold no anchor pattern: they are not matched again.
  // `cue_patterns`, when given, are the indices of the cue patterns that
  // match somewhere in `text` (from the extractor's document gate), which
  // saves the binder its own document-wide cue scan.
  Findings bind(std::string_view text, const std::vector<Segment>& segments,
                const std::vector<std::size_t>* cue_patterns = nullptr) const;

  // bind() for several documents at once, one Findings each, the same as
  // bind() gives it alone; faster, because each automaton runs over all of
  // them in turn (one automaton at a time stays in the CPU caches).
  struct BindInput {
    std::string_view text;
    const std::vector<Segment>* segments = nullptr;
    const std::vector<std::size_t>* cue_patterns = nullptr;
  };
  std::vector<Findings> bind(std::span<const BindInput> documents) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rehope::internal

#endif  // REHOPE_SRC_CLAIMS_H_

// rehope: structured summaries of news coverage of trafficking stings.
//
// ---------------------------------------------------------------------------
// 1. What it does
//
// Headlines about trafficking stings announce arrest numbers. rehope reads the
// article and says who was arrested: people buying sex, people selling sex
// (who are very often trafficking victims themselves), traffickers, and how
// many victims were identified. Every figure points at the sentence and the
// byte span it came from.
//
//   rehope::Extractor extractor = rehope::Extractor::with_default_patterns();
//   rehope::Summary s = extractor.analyze(
//       "Officials said 161 individuals were arrested for attempting to buy "
//       "sex, while 50 were taken into custody for trying to sell services.");
//   assert(s.counts.buyers_arrested.value == 161);
//   assert(s.counts.sellers_arrested.value == 50);
//   assert(s.counts.total_arrested.value == 211);       // derived: 161 + 50
//   assert(s.flags.sellers_arrested);                   // the flag ...
//   assert(s.approach == rehope::Approach::kCriminalizing);
//   assert(!s.approach_claims.empty());                 // ... and its evidence
//   std::string json = rehope::to_json(s);              // schema rehope.summary/1
//
// ---------------------------------------------------------------------------
// 2. Building an Extractor
//
// An Extractor compiles its pattern sets once. Build it once and share it:
// it is immutable after construction, safe for concurrent use by any number
// of threads, and movable (not copyable).
//
//   with_default_patterns()  the pattern sets embedded at build time; these
//                            are tested with the library and always load.
//   from_directory(dir)      pattern sets from a directory laid out like
//                            data/patterns/ (see docs/pattern-format.md).
//                            Errors come back as values with file, line,
//                            pattern id and RE2's message; nothing is printed.
//
// ---------------------------------------------------------------------------
// 3. Analyzing
//
// analyze() never throws on article text: invalid UTF-8 is repaired (and a
// warning added), an over-long document is analyzed up to the limit in
// Options::max_document_bytes (and a warning added), and empty input gives an
// empty summary. Offsets in the summary are byte offsets into the text that
// was passed in (for HTML input: into the HTML).
//
// ---------------------------------------------------------------------------
// 4. Reading a Summary
//
// counts: the five figures of the article's main operation, each with a
// status: kStated (said in the text), kDerived (plain arithmetic on stated
// figures), kUnspecified (happened, no number), kStatedZero (the text says
// none), kNotMentioned. claims: every figure found, including background
// figures (other or earlier operations, statewide statistics) that are kept
// for the reader but never counted. See docs/summary-schema.md.

#ifndef REHOPE_REHOPE_H_
#define REHOPE_REHOPE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rehope/export.h"

namespace rehope {

// Library version, "MAJOR.MINOR.PATCH".
REHOPE_API std::string_view version();

// The summary schema identifier written into every JSON summary.
inline constexpr std::string_view kSchema = "rehope.summary/1";

// ---------------------------------------------------------------------------
// Options

struct Options {
  // Documents longer than this (in bytes) are analyzed up to the limit, cut
  // at a character boundary, and the summary carries a warning.
  //   default: 16 MiB
  std::size_t max_document_bytes = std::size_t{16} << 20;

  // Memory budget of each compiled regex, passed to RE2::Options::max_mem. A
  // pattern that needs more fails to load (with its file, line and id).
  //   default: 8 MiB
  std::int64_t regex_max_mem = std::int64_t{8} << 20;
};

// ---------------------------------------------------------------------------
// Input

enum class InputFormat {
  kText,  // plain text (HTML character references are still decoded)
  kHtml,  // HTML: text extracted, <title>/<h1> kept as headline
  kAuto,  // HTML if the text starts with a tag or doctype, text otherwise
};

struct Document {
  std::string_view text;
  std::string_view id;     // copied into Summary::id
  std::string_view title;  // optional headline given outside the text
  InputFormat format = InputFormat::kAuto;
};

// ---------------------------------------------------------------------------
// The summary

// The categories counted. Names in JSON: buyers_arrested, sellers_arrested,
// victims_identified, traffickers_arrested, total_arrested.
enum class Category {
  kBuyersArrested,
  kSellersArrested,
  kVictimsIdentified,
  kTraffickersArrested,
  kTotalArrested,
  kOtherArrested,  // arrests for other charges (drugs, "prostitution-related")
};
REHOPE_API std::string_view category_name(Category c);

enum class CountStatus {
  kNotMentioned,  // the article says nothing about it        -> null
  kStated,        // a number said in the text                -> integer
  kDerived,       // arithmetic on stated numbers             -> integer
  kUnspecified,   // it happened, with no number given        -> "unspecified"
  kStatedZero,    // the text says none happened              -> 0
};
REHOPE_API std::string_view status_name(CountStatus s);

// How a figure was hedged in the text.
enum class Qualifier {
  kNone,
  kMoreThan,    // "more than", "over"
  kAtLeast,     // "at least"
  kNearly,      // "nearly", "almost"
  kAbout,       // "about", "roughly", "approximately", "some"
  kUpTo,        // "up to"
  kFewerThan,   // "fewer than", "less than"
  kRange,       // "between 10 and 12", "10 to 12"
  kFraction,    // a fraction or percentage of a base ("half of the 60")
};
REHOPE_API std::string_view qualifier_name(Qualifier q);  // "more_than", ...

enum class Approach {
  kCriminalizing,   // people selling sex were arrested
  kVictimCentered,  // sellers not arrested, or offered services with no arrest
  kUnclear,         // a sting, but the article does not say
  kNotApplicable,   // not a commercial-sex enforcement operation
};
REHOPE_API std::string_view approach_name(Approach a);

struct Span {
  std::size_t start = 0;  // byte offset into the caller's input
  std::size_t end = 0;    // one past the last byte
  bool operator==(const Span&) const = default;
};

struct Claim {
  int id = 0;                        // index into Summary::claims
  Category category = Category::kTotalArrested;
  std::optional<std::int64_t> value;  // absent: unspecified
  Qualifier qualifier = Qualifier::kNone;
  bool approximate = false;
  Span evidence;               // the words that carry the figure
  std::string evidence_text;   // the caller's bytes at `evidence`
  Span sentence;               // the sentence holding it
  std::string rule;            // id of the pattern that triggered it
  bool negated = false;        // "no one was charged with trafficking"
  bool background = false;     // other/earlier operation, cumulative figure
  bool headline = false;       // found in the headline
  std::string attribution;     // "police said", "according to ..." or empty
};

struct Count {
  CountStatus status = CountStatus::kNotMentioned;
  std::optional<std::int64_t> value;  // set for kStated, kDerived, kStatedZero
  bool approximate = false;
  Qualifier qualifier = Qualifier::kNone;
  std::vector<int> claims;  // ids of the claims it rests on
};

struct Counts {
  Count buyers_arrested;
  Count sellers_arrested;
  Count victims_identified;
  Count traffickers_arrested;
  Count total_arrested;
  const Count& get(Category c) const;
  Count& get(Category c);
};

struct Flags {
  bool sellers_arrested = false;      // people selling sex arrested/charged/cited
  bool minors_arrested = false;       // a minor among those arrested
  bool minors = false;                // minors among victims or those arrested
  bool services_offered = false;      // victims or sellers offered services
  bool traffickers_arrested = false;  // a trafficker arrested or charged
};

struct Summary {
  std::string id;
  bool is_sting = false;
  Approach approach = Approach::kNotApplicable;
  std::string approach_reason;      // one sentence a person can read
  std::vector<int> approach_claims; // claims the verdict rests on
  Counts counts;
  Flags flags;
  std::vector<int> sellers_flag_claims;   // evidence for flags.sellers_arrested
  std::vector<Span> services_evidence;    // where services were offered
  std::vector<Claim> claims;
  std::vector<std::string> warnings;      // repaired UTF-8, truncation, ...
};

// The summary as JSON (schema rehope.summary/1, docs/summary-schema.md).
// indent < 0 writes one line; indent >= 0 pretty-prints.
REHOPE_API std::string to_json(const Summary& summary, int indent = -1);

// ---------------------------------------------------------------------------
// Pattern errors, as values.

struct PatternError {
  std::string file;        // relative to the pattern directory
  int line = 0;            // 1-based; 0 when the error is not tied to a line
  std::string pattern_id;  // empty when not tied to a pattern
  std::string message;     // RE2's error and its argument, or the reason
  // "file:line: pattern 'id': message"
  REHOPE_API std::string to_string() const;
};

// ---------------------------------------------------------------------------
// The Extractor

class Extractor;

struct LoadResult {
  std::unique_ptr<Extractor> extractor;  // null when errors is not empty
  std::vector<PatternError> errors;
  bool ok() const { return extractor != nullptr; }
};

class REHOPE_API Extractor {
 public:
  // The embedded default pattern sets. They are tested with the library; if
  // they ever failed to load this would throw std::logic_error.
  static Extractor with_default_patterns(const Options& options = {});

  // Pattern sets from a directory laid out like data/patterns/.
  static LoadResult from_directory(const std::string& directory,
                                   const Options& options = {});

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;
  ~Extractor();

  // Analyzes one article. Never throws on bad text; thread-safe.
  Summary analyze(std::string_view text) const;
  Summary analyze(const Document& document) const;

  // Analyzes many articles: summaries[i] is what analyze(documents[i])
  // returns, byte for byte. Faster on many short articles (a news feed, a
  // JSON Lines file): the documents go through each stage together, in
  // groups of up to kBatchDocuments or kBatchBytes, so each stage's regex
  // automata stay in the CPU caches. Never throws on bad text; thread-safe.
  std::vector<Summary> analyze(std::span<const Document> documents) const;
  static constexpr std::size_t kBatchDocuments = 256;
  static constexpr std::size_t kBatchBytes = std::size_t{4} << 20;

  const Options& options() const;

  class Impl;

 private:
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Loads the pattern sets of `directory` (the embedded ones when empty), then
// runs every pattern's examples. Returns every failure: load errors, and
// examples that did not match as they say. Empty means all is well.
REHOPE_API std::vector<PatternError> check_patterns(
    const std::string& directory = {}, const Options& options = {});

// Text of an HTML document as rehope sees it: the headline (<title>/<h1>),
// then paragraphs separated by blank lines; script, style, nav, footer and
// similar page furniture dropped. Exposed for tools that show the text.
REHOPE_API std::string html_to_text(std::string_view html);

}  // namespace rehope

#endif  // REHOPE_REHOPE_H_

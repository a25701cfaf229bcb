// patterns: the pattern sets of data/patterns/, loaded, expanded, compiled.
//
// Format (docs/pattern-format.md, format version 1): TOML files, one per
// category. pieces.toml holds named regex pieces; lexicon/*.txt word lists
// become pieces named after the file (person_noun.txt -> PERSON_NOUN). A
// pattern's regex refers to pieces as {NAME}; they are expanded at load time,
// recursively, with cycles and unknown names reported as load errors.
#ifndef REHOPE_SRC_PATTERNS_H_
#define REHOPE_SRC_PATTERNS_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rehope/rehope.h"

#include <re2/re2.h>
#include <re2/set.h>

namespace rehope::internal {

// What a match means to the binder (claims.cc).
enum class TriggerKind {
  kArrest,         // an arrest predicate: "were arrested", "booked", "arrests"
  kAct,            // a charge or act that gives a category: "soliciting"
  kNoun,           // a person noun that gives a category: "johns", "pimps"
  kVictim,         // a victim predicate: "identified", "rescued", "treated as victims"
  kServices,       // services offered: "connected with advocates"
  kBackground,     // other or earlier operations, cumulative statistics
  kForeground,     // cancels a background cue it contains: "unlike past operations"
  kNegation,       // "no one", "none of", "were not": stated zero
  kPartitive,      // "most of them", "the rest": an unspecified share of an antecedent
  kAll,            // "all of them", "they all": the whole antecedent
  kAdditive,       // "another", "also", "more", "others": adds to earlier counts
  kTotal,          // "a total of", "in all", "of the": a total, not a category
  kInclusion,      // "including", "among them": sub-counts of the preceding count
  kModal,          // "will be", "could face": not an event that happened
  kAttribution,    // "police said", "according to ..."
  kStingContext,   // "sting", "undercover operation": an enforcement operation
  kSexContext,     // "prostitution", "sex trafficking": commercial sex
  kOtherCrime,     // "fentanyl", "DUI": an operation about something else
  kNotSting,       // "convicted", "sentenced", "city council": not an operation
  kMinor,          // "juvenile", "minor", "16-year-old": a minor
  kNamedPerson,    // "Jane Doe, 34, of Millbrook": one named arrestee
};
std::string_view trigger_kind_name(TriggerKind kind);

struct Pattern {
  std::string id;
  std::string file;  // relative to the pattern directory
  int line = 0;      // line of the [[pattern]] header
  TriggerKind kind = TriggerKind::kAct;
  Category category = Category::kOtherArrested;  // kAct, kNoun, kVictim
  int priority = 0;  // among acts in one scope, the higher wins
  bool bounded = true;       // \\b added at both ends
  bool sex_context = false;  // a cue that the article is about commercial sex
  // Whether a match puts the article on topic at the document gate
  // (is_topic); "customers" or bare "victims" name people in any story.
  bool topic = true;
  // A victim predicate that says people's state ("were being trafficked"),
  // not that police found anyone: no report of an operation by itself.
  bool state = false;
  std::string regex;     // as written
  std::string expanded;  // pieces expanded, as compiled
  std::vector<std::string> must_match;
  std::vector<std::string> must_not_match;
  std::shared_ptr<const RE2> re;
};

struct PatternFile {
  std::string path;  // relative, e.g. "en/buyers.toml"
  std::string content;
};

class PatternSet {
 public:
  ~PatternSet();
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;

  const std::vector<Pattern>& patterns() const { return patterns_; }
  // Every pattern, one RE2::Set: which patterns can match in a text.
  const RE2::Set& prefilter() const { return *set_; }
  // The document gate: anchors, topic patterns (is_topic) and article cues in
  // one RE2::Set, scanned once over the whole document; gate_patterns()[i] is
  // the pattern of Set index i.
  const RE2::Set& gate_prefilter() const { return *gate_set_; }
  const std::vector<std::size_t>& gate_patterns() const { return gate_index_; }
  // One regex, the alternation of every anchor and services pattern with ^
  // and $ dropped (so it matches wherever any of them could match inside a
  // sentence): where it cannot match, no sentence is worth splitting and
  // binding.
  const RE2& anchor_locator() const { return *locator_; }
  // The article cues (services, sting, sex, other_crime, not_sting), scanned
  // once over the whole document; cue_patterns()[i] is the pattern of Set
  // index i.
  const RE2::Set& cue_prefilter() const { return *cue_set_; }
  const std::vector<std::size_t>& cue_patterns() const { return cue_index_; }
  // The expanded text of a piece or lexicon ("PERSON_NOUN"), or empty.
  std::string piece(const std::string& name) const;

  friend struct PatternLoader;

 private:
  PatternSet();
  std::vector<Pattern> patterns_;
  std::map<std::string, std::string> pieces_;  // expanded
  std::unique_ptr<RE2::Set> set_;
  std::unique_ptr<RE2::Set> cue_set_;
  std::vector<std::size_t> cue_index_;
  std::unique_ptr<RE2::Set> gate_set_;
  std::vector<std::size_t> gate_index_;
  std::unique_ptr<RE2> locator_;
};

// Kinds whose presence makes a segment worth binding.
bool is_anchor_kind(TriggerKind kind);
// Kinds that describe the whole article.
bool is_cue_kind(TriggerKind kind);
// Patterns that show an article is about commercial sex or trafficking: sex
// cues, and acts, nouns and victim predicates of the buyers, sellers,
// traffickers and victims categories. The extractor analyzes a document
// further only if one matches, or if a sting cue does with no cue of another
// crime or of a story that is not an operation (docs/decisions.md).
bool is_topic(const Pattern& pattern);
// The regex with every ^ and $ outside a character class removed: it
// matches wherever the original could match in some substring.
std::string without_text_anchors(std::string_view regex);

struct PatternSetOrErrors {
  std::unique_ptr<PatternSet> set;
  std::vector<PatternError> errors;
};

// Loads files (as read from a directory or embedded). Every error is
// collected, with file, line, pattern id and RE2's message.
PatternSetOrErrors load_patterns(const std::vector<PatternFile>& files, std::int64_t max_mem);

// Reads every *.toml and lexicon/*.txt below `directory` (sorted).
std::vector<PatternFile> read_pattern_directory(const std::string& directory,
                                                std::vector<PatternError>& errors);
std::vector<PatternFile> embedded_patterns();

// Runs every pattern's examples; returns the failures.
std::vector<PatternError> check_examples(const PatternSet& set);

}  // namespace rehope::internal

#endif  // REHOPE_SRC_PATTERNS_H_

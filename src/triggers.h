// triggers: where the patterns match in one sentence.
#ifndef REHOPE_SRC_TRIGGERS_H_
#define REHOPE_SRC_TRIGGERS_H_

#include <span>
#include <string_view>
#include <vector>

#include "patterns.h"
#include "segment.h"

namespace rehope::internal {

struct Trigger {
  std::size_t begin = 0;  // byte offsets into the text passed to find_triggers
  std::size_t end = 0;
  const Pattern* pattern = nullptr;
  TriggerKind kind() const { return pattern->kind; }
  Category category() const { return pattern->category; }
};

// All matches in text[begin, end), sorted by begin; nothing when no anchor
// pattern (arrest, victim, act, noun, named person) matches there. The set's
// prefilter decides which patterns run at all. A phrase trigger (act, noun, context,
// background ...) that lies inside a longer phrase trigger is dropped, so
// "soliciting prostitution" is a buyers act and not also a sellers act, and
// "unlike past operations" cancels the background cue inside it.
// A "sentence" with more triggers than this is not prose (a keyword dump, a
// table flattened into one line): it is skipped, which keeps the binder's
// per-sentence work bounded and the whole pipeline linear.
inline constexpr std::size_t kMaxTriggersPerSegment = 400;

std::vector<Trigger> find_triggers(const PatternSet& set, std::string_view text, std::size_t begin,
                                   std::size_t end);

// find_triggers for every segment with anchored=true (nothing for the
// others), computed for the whole document at once; the result for each
// segment is the same as find_triggers'.
std::vector<std::vector<Trigger>> find_all_triggers(const PatternSet& set, std::string_view text,
                                                    const std::vector<Segment>& segments);

// One document's normalized text and its segments.
struct SegmentedText {
  std::string_view text;
  const std::vector<Segment>* segments = nullptr;
};

// find_all_triggers for several documents at once (one result per document,
// each the same as find_all_triggers' for it): each automaton runs over the
// sentences of all of them in turn, so its states stay in cache.
std::vector<std::vector<std::vector<Trigger>>> find_all_triggers(
    const PatternSet& set, std::span<const SegmentedText> documents);

// Whether an anchor or services pattern can match somewhere in `text`,
// taken as a whole text as find_triggers takes a sentence: one early-exit
// DFA scan of the set's anchor locator (the alternation of all of them with
// ^ and $ dropped, so it matches wherever any of them does). A sentence for
// which this is false gets nothing from find_triggers, and neither does any
// sentence inside a run of text for which it is false.
bool may_hold_anchor(const PatternSet& set, std::string_view text);

}  // namespace rehope::internal

#endif  // REHOPE_SRC_TRIGGERS_H_

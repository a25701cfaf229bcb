#include "triggers.h"

#include <algorithm>

#include <re2/re2.h>
#include <re2/set.h>

namespace rehope::internal {

namespace {

// Kinds that name a phrase of the text and compete for it; predicates,
// negation, attribution and the like mark words that phrases may contain.
bool competes_for_span(TriggerKind kind) {
  switch (kind) {
    case TriggerKind::kAct:
    case TriggerKind::kNoun:
    case TriggerKind::kVictim:
    case TriggerKind::kServices:
    case TriggerKind::kBackground:
    case TriggerKind::kForeground:
    case TriggerKind::kStingContext:
    case TriggerKind::kSexContext:
    case TriggerKind::kOtherCrime:
    case TriggerKind::kNotSting:
      return true;
    default:
      return false;
  }
}

}  // namespace

namespace {

// Longest first among phrase kinds, then drop those inside a longer one.
std::vector<Trigger> keep_longest(std::vector<Trigger>& found) {
  std::sort(found.begin(), found.end(), [](const Trigger& a, const Trigger& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<Trigger> kept;
  kept.reserve(found.size());
  for (const auto& t : found) {
    if (competes_for_span(t.kind())) {
      const bool inside_longer = std::any_of(found.begin(), found.end(), [&](const Trigger& o) {
        return &o != &t && competes_for_span(o.kind()) && o.begin <= t.begin && o.end >= t.end &&
               (o.end - o.begin) > (t.end - t.begin);
      });
      if (inside_longer) continue;
    }
    kept.push_back(t);
  }
  return kept;
}

// The patterns the set reports in one sentence, sorted; empty when none of
// them is an anchor (most sentences of a news article: they cost no more).
std::vector<int> anchored_hits(const PatternSet& set, std::string_view sentence) {
  std::vector<int> hits;
  if (!set.prefilter().Match(sentence, &hits)) return {};
  const bool anchored = std::any_of(hits.begin(), hits.end(), [&](int index) {
    return is_anchor_kind(set.patterns()[static_cast<std::size_t>(index)].kind);
  });
  if (!anchored) return {};
  std::sort(hits.begin(), hits.end());
  return hits;
}

// Appends the matches of one pattern in text[begin, end); false when the
// sentence holds more triggers than any sentence does.
bool add_matches(const Pattern& pattern, std::string_view text, std::size_t begin, std::size_t end,
                 std::vector<Trigger>& found) {
  const std::string_view sentence = text.substr(begin, end - begin);
  std::size_t pos = 0;
  re2::StringPiece match;
  while (pos <= sentence.size() &&
         pattern.re->Match(sentence, pos, sentence.size(), RE2::UNANCHORED, &match, 1)) {
    const auto s = static_cast<std::size_t>(match.data() - sentence.data());
    const std::size_t e = s + match.size();
    found.push_back(Trigger{begin + s, begin + e, &pattern});
    if (found.size() > kMaxTriggersPerSegment) return false;  // not a sentence
    pos = e > s ? e : s + 1;
  }
  return true;
}

}  // namespace

std::vector<Trigger> find_triggers(const PatternSet& set, std::string_view text, std::size_t begin,
                                   std::size_t end) {
  std::vector<Trigger> found;
  for (int index : anchored_hits(set, text.substr(begin, end - begin))) {
    const Pattern& pattern = set.patterns()[static_cast<std::size_t>(index)];
    if (!add_matches(pattern, text, begin, end, found)) return {};
  }
  return keep_longest(found);
}

std::vector<std::vector<Trigger>> find_all_triggers(const PatternSet& set, std::string_view text,
                                                    const std::vector<Segment>& segments) {
  const SegmentedText one{text, &segments};
  return std::move(find_all_triggers(set, std::span<const SegmentedText>(&one, 1)).front());
}

std::vector<std::vector<std::vector<Trigger>>> find_all_triggers(
    const PatternSet& set, std::span<const SegmentedText> documents) {
  // The same work as find_triggers on each anchored segment, in an order
  // kind to the CPU caches: first the Set over every sentence of every
  // document, then each pattern over the sentences it was reported in.
  // Interleaving a dozen regex automata per sentence (or per document)
  // evicts their states from cache at every turn.
  struct Where {
    std::size_t document, segment;
  };
  std::vector<std::vector<Where>> by_pattern(set.patterns().size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& segments = *documents[d].segments;
    for (std::size_t i = 0; i < segments.size(); ++i) {
      if (!segments[i].anchored) continue;
      const std::string_view sentence =
          documents[d].text.substr(segments[i].begin, segments[i].end - segments[i].begin);
      for (int index : anchored_hits(set, sentence)) {
        by_pattern[static_cast<std::size_t>(index)].push_back(Where{d, i});
      }
    }
  }
  std::vector<std::vector<std::vector<Trigger>>> found(documents.size());
  std::vector<std::vector<bool>> overflow(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    found[d].resize(documents[d].segments->size());
    overflow[d].assign(documents[d].segments->size(), false);
  }
  for (std::size_t p = 0; p < by_pattern.size(); ++p) {
    for (const Where& w : by_pattern[p]) {
      if (overflow[w.document][w.segment]) continue;
      const Segment& segment = (*documents[w.document].segments)[w.segment];
      overflow[w.document][w.segment] =
          !add_matches(set.patterns()[p], documents[w.document].text, segment.begin, segment.end,
                       found[w.document][w.segment]);
    }
  }
  for (std::size_t d = 0; d < documents.size(); ++d) {
    for (std::size_t i = 0; i < found[d].size(); ++i) {
      found[d][i] = overflow[d][i] ? std::vector<Trigger>{} : keep_longest(found[d][i]);
    }
  }
  return found;
}

bool may_hold_anchor(const PatternSet& set, std::string_view text) {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), set.anchor_locator());
}

}  // namespace rehope::internal

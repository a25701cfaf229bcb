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

std::vector<Trigger> find_triggers(const PatternSet& set, std::string_view text, std::size_t begin,
                                   std::size_t end) {
  std::vector<Trigger> found;
  const std::string_view sentence = text.substr(begin, end - begin);
  std::vector<int> hits;
  if (!set.prefilter().Match(sentence, &hits)) return found;
  // Most sentences of a news article hold no anchor: they cost no more.
  const bool anchored = std::any_of(hits.begin(), hits.end(), [&](int index) {
    return is_anchor_kind(set.patterns()[static_cast<std::size_t>(index)].kind);
  });
  if (!anchored) return found;
  std::sort(hits.begin(), hits.end());
  for (int index : hits) {
    const Pattern& pattern = set.patterns()[static_cast<std::size_t>(index)];
    std::size_t pos = 0;
    re2::StringPiece match;
    while (pos <= sentence.size() &&
           pattern.re->Match(sentence, pos, sentence.size(), RE2::UNANCHORED, &match, 1)) {
      const auto s = static_cast<std::size_t>(match.data() - sentence.data());
      const std::size_t e = s + match.size();
      found.push_back(Trigger{begin + s, begin + e, &pattern});
      if (found.size() > kMaxTriggersPerSegment) return {};  // not a sentence
      pos = e > s ? e : s + 1;
    }
  }
  // Longest first among phrase kinds, then drop those inside a longer one.
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

std::vector<HotSpan> locate_anchors(const PatternSet& set, std::string_view text) {
  std::vector<HotSpan> hot;
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  std::size_t pos = 0;
  while (pos < text.size() &&
         set.anchor_locator().Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    const auto b = static_cast<std::size_t>(match.data() - text.data());
    const std::size_t e = b + match.size();
    hot.push_back({b, std::max(e, b + 1)});
    pos = e > b ? e : b + 1;
  }
  return hot;
}

}  // namespace rehope::internal

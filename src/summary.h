// summary: claims -> the operation's counts, flags and verdict.
#ifndef REHOPE_SRC_SUMMARY_H_
#define REHOPE_SRC_SUMMARY_H_

#include "claims.h"
#include "rehope/rehope.h"

namespace rehope::internal {

// Fills summary.counts, flags, is_sting, approach (and their evidence) from
// summary.claims, whose ids index `bound` one to one.
//
// Rules (docs/summary-schema.md has them in prose):
// - background claims never count; headline claims count only where the
//   body says nothing about that category ("the fuller body figure wins");
// - within a sentence, distinct counts of one category add up (sub-counts);
//   across sentences, the same figure said again is one figure, a figure
//   marked additive ("another 15", "six others", a named arrestee) adds, and
//   otherwise the first figure of the body stands;
// - total: a stated total, reconciled with the sum of its parts (an
//   approximate total gives way to an exact breakdown that fits it);
// - a count with no number is unspecified; a stated zero is 0 only when no
//   positive figure exists for the category;
// - not a sting (no enforcement claim, or cues of another kind of operation
//   or of a trial, policy piece or statistics, or an opinion piece, profile
//   or feature not pegged to one operation): every count not_mentioned.
void aggregate(const Findings& findings, Summary& summary);

}  // namespace rehope::internal

#endif  // REHOPE_SRC_SUMMARY_H_

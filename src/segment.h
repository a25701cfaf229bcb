// segment: sentences and line segments of normalized text, with ICU.
#ifndef REHOPE_SRC_SEGMENT_H_
#define REHOPE_SRC_SEGMENT_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace rehope::internal {

struct Segment {
  std::size_t begin = 0;  // byte offsets into the normalized text
  std::size_t end = 0;    // trailing whitespace excluded
  int paragraph = 0;      // index of the paragraph (blank-line separated)
  bool headline = false;  // the first short line of the document, unpunctuated
  bool line = false;      // a line that ended without sentence punctuation
                          // (headline, dateline, byline, page debris)
  bool anchored = true;   // passed the hot test (always true without one), and
                          // not another story's headline under "MOST READ"
  bool unbroken = false;  // part of more than kMaxSentenceBytes with no
                          // sentence break (then anchored is false)
};

// Whether a piece of the normalized text (a run of prose, a line, a
// sentence) is worth sentence splitting and matching: the extractor's test
// is "an anchor pattern can match in it" (triggers.h, may_hold_anchor).
using HotTest = std::function<bool(std::string_view piece)>;

// No segment is longer than this: a longer sentence (text with no sentence
// punctuation, a table dump) is cut at whitespace, or at a character boundary
// when there is no whitespace in the last half of the window, so that later
// stages never see an unbounded "sentence".
inline constexpr std::size_t kMaxSegmentBytes = std::size_t{64} << 10;

// More than this with no sentence break is not a sentence (text with no
// sentence punctuation, a keyword dump; the longest sentence in our test
// articles is under 500 bytes): its segments get unbroken=true and
// anchored=false, so no pattern is matched in them as in a sentence. Binding
// a "sentence" of many kilobytes gives nothing a reader could check, and
// matching every pattern over it cost more per byte than prose.
inline constexpr std::size_t kMaxSentenceBytes = std::size_t{8} << 10;

// How text is cut, in order:
//  1. Lines. Blank lines separate paragraphs (Segment::paragraph counts them
//     from 0). A short line (< 200 bytes) that does not end with . ! ? or :
//     (optionally followed by a closing quote or bracket) is a segment of its
//     own with line=true: headlines, datelines, bylines, "Share this story:
//     Facebook | Twitter". The exception is a hard-wrapped line whose
//     sentence obviously goes on: it ends with ',' ';' '(' a hyphenated word
//     or a lowercase function word ("and", "the", "by"...), or the next line
//     starts with a lowercase letter.
//  2. The first line of the document that is not debris (menus of
//     '|'-separated items, "top of page", "Updated ...", lines without
//     letters) gets headline=true if it is such an own-line segment.
//  3. The other lines of a paragraph are joined and split into sentences by
//     ICU, with abbreviation suppression (ICU's English list, and every ICU
//     break re-checked against our own: titles and ranks, months, states,
//     "U.S.", "a.m."/"p.m.", single initials). A
//     sentence may span wrapped lines, but never continues past a long
//     (paragraph-sized) line, an unpunctuated line, or "a.m."/"p.m." at a
//     line end followed by a capital.
// Offsets exclude leading and trailing whitespace. Texts are limited to
// 2 GiB (ICU's offsets are 32-bit).
//
// Splits text into segments. Built once per Extractor (the ICU rules and the
// abbreviation suppressions are compiled once); split() is const and safe to
// call from many threads: each thread gets its own clone of the iterator.
// A bulleted line of a list: "* Prostitution: 3 subjects", "- Jane Doe, 26",
// "• ...". Bulleted lines are segments of their own, and the binder reads
// them as items of the list above them.
bool starts_with_bullet(std::string_view line);

class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  std::vector<Segment> split(std::string_view text) const;
  // The same cut, but a run of prose lines that fails the hot test is not
  // sentence-split: it becomes one segment with anchored=false (still cut at
  // kMaxSegmentBytes); the sentences of a lead run that fails it, and own
  // lines that fail it, get anchored=false too. The lead (everything up to the second sentence that
  // is not an own-line segment) is always split, so its segments are those
  // of split().
  std::vector<Segment> split(std::string_view text, const HotTest& is_hot) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rehope::internal

#endif  // REHOPE_SRC_SEGMENT_H_

// segment: sentences and line segments of normalized text, with ICU.
#ifndef REHOPE_SRC_SEGMENT_H_
#define REHOPE_SRC_SEGMENT_H_

#include <cstddef>
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
};

// Splits text into segments. Built once per Extractor (the ICU rules and the
// abbreviation suppressions are compiled once); split() is const and safe to
// call from many threads: each thread gets its own clone of the iterator.
class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  std::vector<Segment> split(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rehope::internal

#endif  // REHOPE_SRC_SEGMENT_H_

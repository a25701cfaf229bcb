// Segmenter::split(): segments lie inside the text, in order, not overlapping.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"
#include "normalize.h"
#include "segment.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rehope::internal::Segmenter segmenter;
  const auto norm = rehope::internal::normalize(rehope::fuzz::as_view(data, size));
  const std::string_view text = norm.text;
  const auto segments = segmenter.split(text);
  std::size_t previous_end = 0;
  int previous_paragraph = 0;
  for (const auto& s : segments) {
    FUZZ_CHECK(s.begin <= s.end);
    FUZZ_CHECK(s.end <= text.size());
    FUZZ_CHECK(s.begin >= previous_end);
    FUZZ_CHECK(s.paragraph >= previous_paragraph);
    previous_end = s.end;
    previous_paragraph = s.paragraph;
  }
  const auto again = segmenter.split(text);
  FUZZ_CHECK(again.size() == segments.size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    FUZZ_CHECK(again[i].begin == segments[i].begin && again[i].end == segments[i].end);
  }
  return 0;
}

#include "segment.h"
namespace rehope::internal {
struct Segmenter::Impl {};
Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
std::vector<Segment> Segmenter::split(std::string_view text) const {
  std::vector<Segment> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' || text[i] == '\n') {
      if (i + 1 > start) out.push_back({start, i + 1, 0, false, false});
      start = i + 1;
    }
  }
  if (start < text.size()) out.push_back({start, text.size(), 0, false, false});
  return out;
}
}  // namespace rehope::internal

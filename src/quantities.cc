#include "quantities.h"
namespace rehope::internal {
struct QuantityFinder::Impl {};
QuantityFinder::QuantityFinder(const QuantityConfig&) : impl_(std::make_unique<Impl>()) {}
QuantityFinder::~QuantityFinder() = default;
QuantityFinder::QuantityFinder(QuantityFinder&&) noexcept = default;
QuantityFinder& QuantityFinder::operator=(QuantityFinder&&) noexcept = default;
std::vector<Quantity> QuantityFinder::find(std::string_view text, std::size_t begin,
                                           std::size_t end) const {
  std::vector<Quantity> out;
  std::size_t i = begin;
  while (i < end) {
    if (text[i] >= '0' && text[i] <= '9') {
      std::size_t j = i;
      std::int64_t v = 0;
      while (j < end && text[j] >= '0' && text[j] <= '9') v = v * 10 + (text[j++] - '0');
      Quantity q; q.begin = i; q.end = j; q.value = v; q.low = v; q.high = v;
      out.push_back(q);
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}
std::optional<std::int64_t> parse_spelled_number(std::string_view) { return std::nullopt; }
}  // namespace rehope::internal

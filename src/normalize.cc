#include "normalize.h"
namespace rehope::internal {
NormalizedText normalize(std::string_view input, const NormalizeOptions&) {
  NormalizedText out;
  out.text.assign(input);
  out.origin.resize(input.size() + 1);
  for (std::size_t i = 0; i <= input.size(); ++i) out.origin[i] = static_cast<std::uint32_t>(i);
  return out;
}
}  // namespace rehope::internal

// normalize(): the offset map is complete and monotonic, the text valid UTF-8.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"
#include "normalize.h"

namespace {

void check(std::string_view input, bool entities) {
  rehope::internal::NormalizeOptions options;
  options.decode_entities = entities;
  const rehope::internal::NormalizedText n = rehope::internal::normalize(input, options);
  FUZZ_CHECK(n.origin.size() == n.text.size() + 1);
  FUZZ_CHECK(n.origin.back() == input.size());
  for (std::size_t i = 0; i + 1 < n.origin.size(); ++i) {
    FUZZ_CHECK(n.origin[i] <= n.origin[i + 1]);
    FUZZ_CHECK(n.origin[i] < input.size());
  }
  FUZZ_CHECK(rehope::fuzz::valid_utf8(n.text));
  if (!n.had_nul) {
    // NUL bytes are dropped; without any the output has none either.
    FUZZ_CHECK(n.text.find('\0') == std::string::npos);
  }
  FUZZ_CHECK(n.text.find('\r') == std::string::npos);  // CR and CR LF become '\n'
  // Deterministic.
  const rehope::internal::NormalizedText again = rehope::internal::normalize(input, options);
  FUZZ_CHECK(again.text == n.text);
  FUZZ_CHECK(again.origin == n.origin);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = rehope::fuzz::as_view(data, size);
  check(input, true);
  check(input, false);
  return 0;
}

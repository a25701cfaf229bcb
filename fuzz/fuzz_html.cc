// extract_html_text(): the offset map is complete and points into the HTML;
// html_to_text() gives valid UTF-8.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"
#include "html.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html = rehope::fuzz::as_view(data, size);
  const auto extracted = rehope::internal::extract_html_text(html);
  FUZZ_CHECK(extracted.origin.size() == extracted.text.size() + 1);
  FUZZ_CHECK(extracted.origin.back() == html.size());
  for (std::uint32_t at : extracted.origin) FUZZ_CHECK(at <= html.size());
  (void)rehope::internal::looks_like_html(html);
  const std::string text = rehope::html_to_text(html);
  FUZZ_CHECK(rehope::fuzz::valid_utf8(text));
  FUZZ_CHECK(rehope::html_to_text(html) == text);
  return 0;
}

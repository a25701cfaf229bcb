// Extractor::analyze() end to end, as text, as HTML and auto-detected, with
// the default limit and with a tiny max_document_bytes (truncation path).
// Every span lies inside the input, counts are non-negative, to_json parses
// back, and analyzing twice gives the same JSON.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"

namespace {

const rehope::Extractor& extractor() {
  static const rehope::Extractor e = rehope::Extractor::with_default_patterns();
  return e;
}

const rehope::Extractor& small_extractor() {
  static const rehope::Extractor e = [] {
    rehope::Options o;
    o.max_document_bytes = 96;
    return rehope::Extractor::with_default_patterns(o);
  }();
  return e;
}

void run(const rehope::Extractor& ex, const rehope::Document& doc) {
  const rehope::Summary s = ex.analyze(doc);
  rehope::fuzz::check_summary(s, doc.text);
  FUZZ_CHECK(s.id == doc.id);
  const rehope::Summary again = ex.analyze(doc);
  FUZZ_CHECK(rehope::to_json(again) == rehope::to_json(s));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    rehope::fuzz::check_summary(extractor().analyze(std::string_view()), {});
    return 0;
  }
  // First byte: format and whether the text's first line is given as title.
  const std::uint8_t mode = data[0];
  std::string_view text = rehope::fuzz::as_view(data + 1, size - 1);
  rehope::Document doc;
  doc.id = "fuzz";
  std::string_view title;
  if (mode & 4) {
    const std::size_t nl = text.find('\n');
    if (nl != std::string_view::npos) {
      title = text.substr(0, nl);
      text = text.substr(nl + 1);
    }
  }
  doc.text = text;
  doc.title = title;
  constexpr rehope::InputFormat kFormats[] = {rehope::InputFormat::kText,
                                              rehope::InputFormat::kHtml,
                                              rehope::InputFormat::kAuto};
  doc.format = kFormats[(mode & 3) % 3];
  run(extractor(), doc);
  if (mode & 8) run(small_extractor(), doc);
  // Text and HTML are always both tried.
  doc.format = doc.format == rehope::InputFormat::kHtml ? rehope::InputFormat::kText
                                                        : rehope::InputFormat::kHtml;
  run(extractor(), doc);
  return 0;
}

// QuantityFinder::find(): spans inside the range, sorted and disjoint; counts
// non-negative; the article-count age nested inside its expression.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "fuzz_common.h"
#include "normalize.h"
#include "patterns.h"
#include "quantities.h"

namespace {

const rehope::internal::QuantityFinder& finder() {
  static const auto* f = [] {
    auto loaded = rehope::internal::load_patterns(rehope::internal::embedded_patterns(),
                                                  rehope::Options{}.regex_max_mem);
    FUZZ_CHECK(loaded.set != nullptr);
    return new rehope::internal::QuantityFinder(
        rehope::internal::QuantityConfig{loaded.set->piece("PERSON_NOUN")});
  }();
  return *f;
}

void check(std::string_view text, std::size_t begin, std::size_t end) {
  const auto found = finder().find(text, begin, end);
  std::size_t previous_end = begin;
  for (const auto& q : found) {
    FUZZ_CHECK(q.begin < q.end);
    FUZZ_CHECK(q.begin >= previous_end);
    FUZZ_CHECK(q.end <= end);
    previous_end = q.end;
    if (q.is_count()) {
      if (q.value) FUZZ_CHECK(*q.value >= 0);
      FUZZ_CHECK(q.low >= 0);
      if (q.value) FUZZ_CHECK(*q.value <= rehope::internal::kMaxCountValue);
    }
    if (q.age) {
      FUZZ_CHECK(q.from_article);
      FUZZ_CHECK(q.begin <= q.age_begin && q.age_begin < q.age_end && q.age_end <= q.end);
    }
    if (q.base) {
      FUZZ_CHECK(q.kind == rehope::internal::QuantityKind::kFraction);
      FUZZ_CHECK(q.begin <= q.base_begin && q.base_begin < q.base_end && q.base_end <= q.end);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto norm = rehope::internal::normalize(rehope::fuzz::as_view(data, size));
  const std::string_view text = norm.text;
  check(text, 0, text.size());
  // A sub-range, as the binder asks for one sentence at a time: cut at
  // character boundaries picked from the first bytes of the input.
  if (size >= 2 && !text.empty()) {
    std::size_t b = data[0] % (text.size() + 1);
    std::size_t e = b + data[1] % (text.size() - b + 1);
    const auto boundary = [&text](std::size_t k) {
      while (k < text.size() && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) ++k;
      return k;
    };
    b = boundary(b);
    e = boundary(e < b ? b : e);
    check(text, b, e);
  }
  return 0;
}

// When memory runs out for one document of a group analyzed in one call, the
// others keep their summaries and that one gets an "analysis failed" warning
// (docs/security.md). Memory running out is simulated by this test binary's
// own operator new, which refuses allocations above a limit while the test
// wants it to; the sanitizers bring their own allocator, so there it skips.
#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rehope/rehope.h"
#include "sanitizers.h"

#define REHOPE_OWN_ALLOCATOR (!REHOPE_SANITIZED)

namespace {
// Allocations larger than this many bytes fail; 0: none fails.
std::atomic<std::size_t> g_refuse_over{0};
}  // namespace

#if REHOPE_OWN_ALLOCATOR
void* operator new(std::size_t size) {
  const std::size_t limit = g_refuse_over.load(std::memory_order_relaxed);
  if (limit != 0 && size > limit) throw std::bad_alloc();
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
#endif

namespace rehope {
namespace {

using ::testing::HasSubstr;

TEST(OutOfMemory, OneDocumentOfAGroupFailsAndTheOthersDoNot) {
  if (!REHOPE_OWN_ALLOCATOR) GTEST_SKIP() << "the sanitizer's allocator is in use";
  const Extractor extractor = Extractor::with_default_patterns();
  const std::string first =
      "Deputies arrested 12 men for soliciting prostitution during a two-day sting, the "
      "sheriff's office said.";
  const std::string last =
      "Police said 4 women were arrested on prostitution charges and two trafficking victims "
      "were identified.";
  std::string big;
  while (big.size() < (std::size_t{3} << 20)) big += first + "\n\n";
  const std::vector<Document> documents = {
      Document{first, "first", {}, InputFormat::kText},
      Document{big, "big", {}, InputFormat::kText},
      Document{last, "last", {}, InputFormat::kText},
  };
  const std::string expected_first = to_json(extractor.analyze(documents[0]));
  const std::string expected_last = to_json(extractor.analyze(documents[2]));

  // Nothing the small documents need is near 1 MiB; the big one's
  // normalized copy is 3 MiB.
  g_refuse_over = std::size_t{1} << 20;
  const std::vector<Summary> got = extractor.analyze(documents);
  const Summary big_alone = extractor.analyze(documents[1]);
  g_refuse_over = 0;

  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(to_json(got[0]), expected_first);
  EXPECT_EQ(to_json(got[2]), expected_last);
  EXPECT_EQ(got[1].id, "big");
  ASSERT_FALSE(got[1].warnings.empty());
  EXPECT_THAT(got[1].warnings.front(), HasSubstr("analysis failed"));
  EXPECT_TRUE(got[1].claims.empty());
  EXPECT_EQ(to_json(got[1]), to_json(big_alone));
  // And with memory back, the big one is analyzed as usual.
  EXPECT_EQ(extractor.analyze(documents[1]).counts.buyers_arrested.value, 12);
}

}  // namespace
}  // namespace rehope

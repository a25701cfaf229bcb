// The example of README.md and of the opening of rehope.h, kept compiling and
// run by CTest (test "example_quickstart").
#include <cstdlib>
#include <iostream>

#include <rehope/rehope.h>

#define CHECK(cond)                                              \
  do {                                                           \
    if (!(cond)) {                                               \
      std::cerr << "quickstart: check failed: " #cond "\n";      \
      return EXIT_FAILURE;                                       \
    }                                                            \
  } while (0)

int main() {
  const auto extractor = rehope::Extractor::with_default_patterns();  // build once, share
  const rehope::Summary s = extractor.analyze(
      "Officials said 161 individuals were arrested for attempting to buy sex, while 50 were "
      "taken into custody for trying to sell services.");
  CHECK(s.counts.buyers_arrested.value == 161);
  CHECK(s.counts.sellers_arrested.value == 50);
  CHECK(s.counts.total_arrested.value == 211);  // derived: 161 + 50
  CHECK(s.flags.sellers_arrested);
  CHECK(s.approach == rehope::Approach::kCriminalizing);
  CHECK(!s.approach_claims.empty());
  for (int id : s.counts.sellers_arrested.claims) {
    const rehope::Claim& c = s.claims[static_cast<std::size_t>(id)];
    std::cout << c.evidence_text << "  [" << c.evidence.start << ", " << c.evidence.end
              << ")  rule " << c.rule << "\n";
  }
  std::cout << rehope::to_json(s).substr(0, 60) << "...\n";
  return EXIT_SUCCESS;
}

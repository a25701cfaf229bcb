// Calls the public API on a string and prints the figures, one per line.
#include <iostream>

#include <rehope/rehope.h>

int main() {
  const rehope::Extractor extractor = rehope::Extractor::with_default_patterns();
  const rehope::Summary summary = extractor.analyze(
      "Officials said 161 individuals were arrested for attempting to buy sex, while 50 were "
      "taken into custody for trying to sell services.");
  const auto& counts = summary.counts;
  std::cout << "buyers_arrested=" << counts.buyers_arrested.value.value_or(-1) << "\n"
            << "sellers_arrested=" << counts.sellers_arrested.value.value_or(-1) << "\n"
            << "total_arrested=" << counts.total_arrested.value.value_or(-1) << "\n"
            << "approach=" << rehope::approach_name(summary.approach) << "\n";
  return summary.flags.sellers_arrested ? 0 : 1;
}

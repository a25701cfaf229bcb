#include <iostream>
#include "rehope/rehope.h"
int main() {
  auto ex = rehope::Extractor::with_default_patterns();
  std::string text((std::istreambuf_iterator<char>(std::cin)), {});
  std::cout << rehope::to_json(ex.analyze(text), 2) << "\n";
}

// The default pattern files, embedded at build time (cmake/EmbedPatterns.cmake).
#ifndef REHOPE_SRC_EMBEDDED_PATTERNS_H_
#define REHOPE_SRC_EMBEDDED_PATTERNS_H_

#include <span>
#include <string_view>

namespace rehope::internal {

struct EmbeddedFile {
  std::string_view path;  // relative to data/patterns, e.g. "en/buyers.toml"
  std::string_view content;
};

std::span<const EmbeddedFile> embedded_pattern_files();

}  // namespace rehope::internal

#endif  // REHOPE_SRC_EMBEDDED_PATTERNS_H_

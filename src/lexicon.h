// lexicon: word lists as word lists ("canonical|variant|variant" per line).
#ifndef REHOPE_SRC_LEXICON_H_
#define REHOPE_SRC_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

namespace rehope::internal {

struct LexiconEntry {
  std::string canonical;
  std::vector<std::string> forms;  // canonical first, then the variants
  int line = 0;
};

// One entry per non-blank line; '#' starts a comment. Forms are literal
// words or phrases (regex metacharacters are escaped by lexicon_regex).
std::vector<LexiconEntry> parse_lexicon(std::string_view text);

// "(?:form1|form2|...)" with every form escaped, longest first, spaces
// matching any run of whitespace.
std::string lexicon_regex(const std::vector<LexiconEntry>& entries);

}  // namespace rehope::internal

#endif  // REHOPE_SRC_LEXICON_H_

#include "lexicon.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

namespace rehope::internal {
namespace {

TEST(Lexicon, ParsesLinesCommentsAndVariants) {
  const auto entries = parse_lexicon("# people\nman|men\n\n  woman | women  # comment\n");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].canonical, "man");
  EXPECT_EQ(entries[0].forms, (std::vector<std::string>{"man", "men"}));
  EXPECT_EQ(entries[1].forms, (std::vector<std::string>{"woman", "women"}));
  EXPECT_EQ(entries[1].line, 4);
}

TEST(Lexicon, RegexPrefersLongestAndEscapes) {
  const auto entries = parse_lexicon("sex|sex workers\nu.s.\n");
  const RE2 re("^" + lexicon_regex(entries) + "$");
  std::string whole;
  EXPECT_TRUE(RE2::FullMatch("sex workers", re));
  EXPECT_TRUE(RE2::FullMatch("sex   workers", re));  // any whitespace run
  EXPECT_TRUE(RE2::FullMatch("u.s.", re));
  EXPECT_FALSE(RE2::FullMatch("uxsx", re));  // dots are literal
}

}  // namespace
}  // namespace rehope::internal

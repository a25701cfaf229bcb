// The pattern sets are data with their own tests: every example of every
// pattern runs here, one test per pattern, and a pattern without an example
// that must match fails. Loader errors carry file, line, id and a reason.
#include "patterns.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rehope/rehope.h"
#include "triggers.h"

namespace rehope::internal {
namespace {

using ::testing::HasSubstr;

const PatternSet& default_set() {
  static const auto* set = [] {
    auto loaded = load_patterns(embedded_patterns(), std::int64_t{8} << 20);
    EXPECT_TRUE(loaded.errors.empty()) << loaded.errors.front().to_string();
    return loaded.set.release();
  }();
  return *set;
}

std::vector<std::string> pattern_ids() {
  std::vector<std::string> ids;
  for (const auto& p : default_set().patterns()) ids.push_back(p.id);
  return ids;
}

class PatternExamples : public ::testing::TestWithParam<std::string> {};

TEST_P(PatternExamples, MatchAndNoMatch) {
  const Pattern* pattern = nullptr;
  for (const auto& p : default_set().patterns()) {
    if (p.id == GetParam()) pattern = &p;
  }
  ASSERT_NE(pattern, nullptr);
  EXPECT_FALSE(pattern->must_match.empty())
      << pattern->file << ":" << pattern->line << ": pattern has no example that must match";
  for (const auto& example : pattern->must_match) {
    EXPECT_TRUE(RE2::PartialMatch(example, *pattern->re))
        << pattern->file << ":" << pattern->line << ": should match: " << example;
  }
  for (const auto& example : pattern->must_not_match) {
    EXPECT_FALSE(RE2::PartialMatch(example, *pattern->re))
        << pattern->file << ":" << pattern->line << ": should not match: " << example;
  }
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name;
  for (char c : info.param) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Embedded, PatternExamples, ::testing::ValuesIn(pattern_ids()),
                         test_name);

TEST(Patterns, EmbeddedEqualsDirectory) {
  std::vector<PatternError> errors;
  const auto files = read_pattern_directory(REHOPE_PATTERN_DIR, errors);
  ASSERT_TRUE(errors.empty());
  auto embedded = embedded_patterns();
  ASSERT_EQ(files.size(), embedded.size()) << "CMakeLists.txt REHOPE_PATTERN_FILES is stale";
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto it = std::find_if(embedded.begin(), embedded.end(),
                                 [&](const PatternFile& f) { return f.path == files[i].path; });
    ASSERT_NE(it, embedded.end()) << files[i].path << " is not embedded";
    EXPECT_EQ(it->content, files[i].content) << files[i].path;
  }
}

TEST(Patterns, CheckPatternsReportsNothingForDefaults) {
  const auto failures = check_patterns();
  for (const auto& f : failures) ADD_FAILURE() << f.to_string();
}

TEST(Patterns, LexiconsBecomePieces) {
  EXPECT_THAT(default_set().piece("PERSON_NOUN"), HasSubstr("women"));
  EXPECT_THAT(default_set().piece("ARREST_VERB"), HasSubstr("arrested"));
}

// Longer phrases win: "soliciting prostitution" is a buyer act only.
TEST(Triggers, LongerPhraseWins) {
  const std::string text = "Deputies arrested 23 men on charges of soliciting prostitution.";
  const auto triggers = find_triggers(default_set(), text, 0, text.size());
  int buyers = 0, sellers = 0;
  for (const auto& t : triggers) {
    if (t.kind() != TriggerKind::kAct) continue;
    if (t.category() == Category::kBuyersArrested) ++buyers;
    if (t.category() == Category::kSellersArrested) ++sellers;
  }
  EXPECT_EQ(buyers, 1);
  EXPECT_EQ(sellers, 0);
}

// --- loader errors -----------------------------------------------------

std::vector<PatternError> load_errors(const std::string& toml) {
  std::vector<PatternFile> files = embedded_patterns();
  files.push_back({"en/extra.toml", toml});
  return load_patterns(files, std::int64_t{8} << 20).errors;
}

TEST(PatternLoader, BrokenRegexHasFileLineIdAndRe2Message) {
  const auto errors = load_errors(
      "format = 1\n\n[[pattern]]\nid = \"x/broken\"\nkind = \"act\"\nregex = '''(unclosed'''\n"
      "match = [\"x\"]\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, "en/extra.toml");
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_EQ(errors[0].pattern_id, "x/broken");
  EXPECT_THAT(errors[0].message, HasSubstr("missing )"));
  EXPECT_THAT(errors[0].to_string(), HasSubstr("en/extra.toml:3: pattern 'x/broken'"));
}

TEST(PatternLoader, UnknownPiece) {
  const auto errors = load_errors(
      "format = 1\n[[pattern]]\nid = \"x/unknown\"\nkind = \"act\"\nregex = '''{NO_SUCH}'''\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_THAT(errors[0].message, HasSubstr("unknown piece {NO_SUCH}"));
}

TEST(PatternLoader, PieceCycle) {
  const auto errors = load_errors("format = 1\n[pieces]\nCYC_A = '''x{CYC_B}'''\nCYC_B = '''{CYC_A}'''\n");
  ASSERT_FALSE(errors.empty());
  EXPECT_THAT(errors[0].message, HasSubstr("cycle"));
  EXPECT_GT(errors[0].line, 0);
}

TEST(PatternLoader, TomlSyntaxErrorHasLine) {
  const auto errors = load_errors("format = 1\n\n[[pattern]\nid = 1\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_THAT(errors[0].message, HasSubstr("TOML"));
}

TEST(PatternLoader, MissingFormatVersion) {
  const auto errors = load_errors("[[pattern]]\nid = \"a\"\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0].message, HasSubstr("format = 1"));
}

TEST(PatternLoader, DuplicateIdAndUnknownKind) {
  const auto errors = load_errors(
      "format = 1\n[[pattern]]\nid = \"buyers/soliciting\"\nkind = \"act\"\nregex = 'x'\n"
      "[[pattern]]\nid = \"x/kind\"\nkind = \"verb\"\nregex = 'x'\n");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_THAT(errors[0].message, HasSubstr("duplicate pattern id"));
  EXPECT_EQ(errors[1].line, 6);
  EXPECT_THAT(errors[1].message, HasSubstr("unknown kind 'verb'"));
}

TEST(PatternLoader, RegexOverMemoryBudget) {
  std::vector<PatternFile> files = embedded_patterns();
  files.push_back({"en/extra.toml",
                   "format = 1\n[[pattern]]\nid = \"x/huge\"\nkind = \"act\"\n"
                   "regex = '''((((a{100}){100}){100}){100})'''\n"});
  const auto errors = load_patterns(files, std::int64_t{1} << 20).errors;
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors.back().pattern_id, "x/huge");
}

TEST(PatternLoader, FromDirectoryReportsRelativePath) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "rehope_patterns_test_dir";
  fs::remove_all(dir);
  fs::create_directories(dir / "en");
  std::ofstream(dir / "en" / "bad.toml") << "format = 1\n[[pattern]]\nid = \"b\"\nkind = \"act\"\nregex = '''a)'''\n";
  auto result = Extractor::from_directory(dir.string());
  EXPECT_FALSE(result.ok());
  ASSERT_FALSE(result.errors.empty());
  EXPECT_EQ(result.errors[0].file, "en/bad.toml");
  EXPECT_EQ(result.errors[0].line, 2);
  fs::remove_all(dir);
}

TEST(PatternLoader, DirectoryCopyOfDefaultsLoads) {
  auto result = Extractor::from_directory(REHOPE_PATTERN_DIR);
  ASSERT_TRUE(result.ok()) << result.errors.front().to_string();
  const auto s = result.extractor->analyze("Deputies arrested 23 men on charges of soliciting prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 23);
}

}  // namespace
}  // namespace rehope::internal

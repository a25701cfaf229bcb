// Triggers and the anchor test. The test decides which parts of a document
// are sentence-split and matched at all, so it must never hide a sentence in
// which an anchor matches: checked here over every article and case of the
// corpus, sentence by sentence and for the binder's findings. And the
// batched find_all_triggers must give what find_triggers gives.
#include "triggers.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "claims.h"
#include "normalize.h"
#include "patterns.h"
#include "quantities.h"
#include "segment.h"

namespace rehope::internal {
namespace {

namespace fs = std::filesystem;

struct Pipeline {
  std::unique_ptr<PatternSet> patterns;
  std::unique_ptr<QuantityFinder> quantities;
  std::unique_ptr<Binder> binder;
  Segmenter segmenter;
};

const Pipeline& pipeline() {
  static const Pipeline* p = [] {
    auto* made = new Pipeline();
    auto loaded = load_patterns(embedded_patterns(), std::int64_t{8} << 20);
    if (!loaded.set) std::abort();
    made->patterns = std::move(loaded.set);
    made->quantities = std::make_unique<QuantityFinder>(
        QuantityConfig{made->patterns->piece("PERSON_NOUN")});
    made->binder = std::make_unique<Binder>(*made->patterns, *made->quantities);
    return made;
  }();
  return *p;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every text of the project's corpus and the specification's articles.
std::vector<std::pair<std::string, std::string>> corpus_texts() {
  std::vector<std::pair<std::string, std::string>> texts;
  const fs::path corpus = fs::path(REHOPE_TESTDATA_DIR) / "corpus";
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (entry.path().extension() == ".txt") {
      texts.emplace_back(entry.path().filename().string(), read_file(entry.path()));
    }
  }
  std::ifstream cases(corpus / "cases.jsonl");
  std::string line;
  while (std::getline(cases, line)) {
    if (line.find('{') == std::string::npos) continue;
    const auto record = nlohmann::json::parse(line);
    texts.emplace_back(record.at("id").get<std::string>(), record.at("text").get<std::string>());
  }
  return texts;
}

TEST(MayHoldAnchor, TrueWhereAnAnchorMatchesAndFalseInPlainProse) {
  const auto& p = pipeline();
  EXPECT_TRUE(may_hold_anchor(*p.patterns, "Deputies arrested 12 men for soliciting prostitution."));
  EXPECT_TRUE(may_hold_anchor(*p.patterns, "Four women were connected with advocates."));
  EXPECT_TRUE(may_hold_anchor(*p.patterns, "prostitution"));  // a pattern written with ^
  EXPECT_FALSE(may_hold_anchor(*p.patterns, "The council met on Tuesday."));
  EXPECT_FALSE(may_hold_anchor(*p.patterns, "The Tigers won 3-1 on Friday night."));
  EXPECT_FALSE(may_hold_anchor(*p.patterns, ""));
}

// The property the gated segmentation rests on, on real prose: a sentence in
// which find_triggers finds anything passes the test, and so does the
// paragraph around it.
TEST(MayHoldAnchor, NoSentenceWithTriggersIsMissed) {
  const auto& p = pipeline();
  std::size_t sentences_with_triggers = 0;
  for (const auto& [name, raw] : corpus_texts()) {
    const NormalizedText norm = normalize(raw);
    for (const Segment& s : p.segmenter.split(norm.text)) {
      if (find_triggers(*p.patterns, norm.text, s.begin, s.end).empty()) continue;
      ++sentences_with_triggers;
      const std::string_view sentence = std::string_view(norm.text).substr(s.begin, s.end - s.begin);
      EXPECT_TRUE(may_hold_anchor(*p.patterns, sentence)) << name << ": " << sentence;
      std::size_t para_begin = norm.text.rfind("\n\n", s.begin);
      para_begin = para_begin == std::string::npos ? 0 : para_begin + 2;
      const std::size_t para_end = std::min(norm.text.find("\n\n", s.end), norm.text.size());
      EXPECT_TRUE(may_hold_anchor(
          *p.patterns, std::string_view(norm.text).substr(para_begin, para_end - para_begin)))
          << name << ": " << sentence;
    }
  }
  EXPECT_GT(sentences_with_triggers, 500u);
}

// And for the whole binder: full and gated segmentation give the same claims
// (same sentences, figures, evidence) and the same article cues.
TEST(MayHoldAnchor, GatedSegmentationBindsLikeFullSegmentation) {
  const auto& p = pipeline();
  std::size_t claims = 0;
  for (const auto& [name, raw] : corpus_texts()) {
    SCOPED_TRACE(name);
    const NormalizedText norm = normalize(raw);
    const auto full_segments = p.segmenter.split(norm.text);
    const auto gated_segments = p.segmenter.split(
        norm.text, [&](std::string_view piece) { return may_hold_anchor(*p.patterns, piece); });
    const Findings full = p.binder->bind(norm.text, full_segments);
    const Findings gated = p.binder->bind(norm.text, gated_segments);
    ASSERT_EQ(full.claims.size(), gated.claims.size());
    claims += full.claims.size();
    for (std::size_t i = 0; i < full.claims.size(); ++i) {
      const BoundClaim& a = full.claims[i];
      const BoundClaim& b = gated.claims[i];
      EXPECT_EQ(a.category, b.category);
      EXPECT_EQ(a.value, b.value);
      EXPECT_EQ(a.evidence_begin, b.evidence_begin);
      EXPECT_EQ(a.evidence_end, b.evidence_end);
      EXPECT_EQ(a.rule, b.rule);
      EXPECT_EQ(a.background, b.background);
      EXPECT_EQ(full_segments[a.segment].begin, gated_segments[b.segment].begin);
      EXPECT_EQ(full_segments[a.segment].end, gated_segments[b.segment].end);
    }
    EXPECT_EQ(full.cues.sting, gated.cues.sting);
    EXPECT_EQ(full.cues.sex, gated.cues.sex);
    EXPECT_EQ(full.cues.other_crime, gated.cues.other_crime);
    EXPECT_EQ(full.cues.not_sting, gated.cues.not_sting);
    EXPECT_EQ(full.cues.not_sting_in_lead, gated.cues.not_sting_in_lead);
    EXPECT_EQ(full.cues.minors, gated.cues.minors);
    ASSERT_EQ(full.cues.services.size(), gated.cues.services.size());
    for (std::size_t i = 0; i < full.cues.services.size(); ++i) {
      EXPECT_EQ(full.cues.services[i].begin, gated.cues.services[i].begin);
    }
  }
  EXPECT_GT(claims, 1000u);
}

TEST(FindAllTriggers, SameAsOneSentenceAtATime) {
  const auto& p = pipeline();
  std::size_t triggers = 0;
  for (const auto& [name, raw] : corpus_texts()) {
    const NormalizedText norm = normalize(raw);
    const auto segments = p.segmenter.split(norm.text);
    const auto all = find_all_triggers(*p.patterns, norm.text, segments);
    ASSERT_EQ(all.size(), segments.size());
    for (std::size_t i = 0; i < segments.size(); ++i) {
      // Other stories' headlines ("MOST READ" lists) are never matched.
      if (!segments[i].anchored) {
        EXPECT_TRUE(all[i].empty()) << name;
        continue;
      }
      const auto one = find_triggers(*p.patterns, norm.text, segments[i].begin, segments[i].end);
      ASSERT_EQ(one.size(), all[i].size()) << name;
      for (std::size_t k = 0; k < one.size(); ++k) {
        EXPECT_EQ(one[k].begin, all[i][k].begin);
        EXPECT_EQ(one[k].end, all[i][k].end);
        EXPECT_EQ(one[k].pattern, all[i][k].pattern);
      }
      triggers += one.size();
    }
  }
  EXPECT_GT(triggers, 2000u);
}

TEST(WithoutTextAnchors, DropsOnlyAnchorsOutsideClasses) {
  EXPECT_EQ(without_text_anchors("^prostitution$"), "prostitution");
  EXPECT_EQ(without_text_anchors("(?:^|;\\s*)prostitution\\b"), "(?:|;\\s*)prostitution\\b");
  EXPECT_EQ(without_text_anchors("[^a-z]\\^\\$"), "[^a-z]\\^\\$");
  EXPECT_EQ(without_text_anchors("[]^$]x"), "[]^$]x");
  EXPECT_EQ(without_text_anchors("[^]^]x"), "[^]^]x");
  EXPECT_EQ(without_text_anchors("[[:alpha:]^]$"), "[[:alpha:]^]");
}

}  // namespace
}  // namespace rehope::internal

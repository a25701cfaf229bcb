// Triggers and the anchor locator. The locator decides which parts of a
// document are sentence-split and matched at all, so it must never hide a
// sentence in which an anchor matches: checked here over every article and
// case of the corpus, sentence by sentence and for the binder's findings.
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

bool overlaps(const std::vector<HotSpan>& hot, std::size_t begin, std::size_t end) {
  for (const HotSpan& h : hot) {
    if (h.begin < end && h.end > begin) return true;
  }
  return false;
}

TEST(LocateAnchors, FindsEveryAnchorMatchAndNothingInPlainProse) {
  const auto& p = pipeline();
  const std::string text =
      "The council met on Tuesday. Deputies arrested 12 men for soliciting prostitution. "
      "Rain is expected.";
  const auto hot = locate_anchors(*p.patterns, text);
  ASSERT_FALSE(hot.empty());
  const std::size_t arrested = text.find("arrested");
  EXPECT_TRUE(overlaps(hot, arrested, arrested + 8));
  EXPECT_FALSE(overlaps(hot, 0, text.find("Deputies")));
  EXPECT_FALSE(overlaps(hot, text.find("Rain"), text.size()));
  EXPECT_TRUE(locate_anchors(*p.patterns, "The Tigers won 3-1 on Friday night.").empty());
  EXPECT_TRUE(locate_anchors(*p.patterns, "").empty());
}

TEST(LocateAnchors, SpansAreSortedAndDisjoint) {
  const auto& p = pipeline();
  const std::string text =
      "Police arrested 9 johns and 3 women were charged with prostitution; 2 victims were "
      "identified and connected with advocates.";
  const auto hot = locate_anchors(*p.patterns, text);
  ASSERT_GE(hot.size(), 3u);
  for (std::size_t i = 1; i < hot.size(); ++i) EXPECT_LE(hot[i - 1].end, hot[i].begin);
}

// The property the gated segmentation rests on, on real prose: a sentence in
// which find_triggers finds anything overlaps a located span.
TEST(LocateAnchors, NoSentenceWithTriggersIsMissed) {
  const auto& p = pipeline();
  std::size_t sentences_with_triggers = 0;
  for (const auto& [name, raw] : corpus_texts()) {
    const NormalizedText norm = normalize(raw);
    const auto hot = locate_anchors(*p.patterns, norm.text);
    for (const Segment& s : p.segmenter.split(norm.text)) {
      if (find_triggers(*p.patterns, norm.text, s.begin, s.end).empty()) continue;
      ++sentences_with_triggers;
      EXPECT_TRUE(overlaps(hot, s.begin, s.end))
          << name << ": " << norm.text.substr(s.begin, s.end - s.begin);
    }
  }
  EXPECT_GT(sentences_with_triggers, 500u);
}

// And for the whole binder: full and gated segmentation give the same claims
// (same sentences, figures, evidence) and the same article cues.
TEST(LocateAnchors, GatedSegmentationBindsLikeFullSegmentation) {
  const auto& p = pipeline();
  std::size_t claims = 0;
  for (const auto& [name, raw] : corpus_texts()) {
    SCOPED_TRACE(name);
    const NormalizedText norm = normalize(raw);
    const auto full_segments = p.segmenter.split(norm.text);
    const auto gated_segments = p.segmenter.split(norm.text, locate_anchors(*p.patterns, norm.text));
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

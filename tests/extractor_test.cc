// The public API as a caller sees it: figures, evidence spans that point at
// the caller's own bytes, errors as values, and what happens on bad input.
#include <fstream>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "rehope/rehope.h"

namespace rehope {
namespace {

using ::testing::HasSubstr;

const Extractor& extractor() {
  static const auto* e = new Extractor(Extractor::with_default_patterns());
  return *e;
}

std::string_view at(std::string_view text, Span s) { return text.substr(s.start, s.end - s.start); }

TEST(Extractor, HeaderExampleHolds) {
  const Summary s = extractor().analyze(
      "Officials said 161 individuals were arrested for attempting to buy sex, while 50 were "
      "taken into custody for trying to sell services.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 161);
  EXPECT_EQ(s.counts.sellers_arrested.value, 50);
  EXPECT_EQ(s.counts.total_arrested.value, 211);
  EXPECT_EQ(s.counts.total_arrested.status, CountStatus::kDerived);
  EXPECT_TRUE(s.flags.sellers_arrested);
  EXPECT_EQ(s.approach, Approach::kCriminalizing);
  EXPECT_FALSE(s.approach_claims.empty());
}

TEST(Extractor, EvidencePointsAtCallerBytesThroughFolding) {
  // Curly quotes, a non-breaking hyphen and an NBSP change byte lengths in
  // normalization; spans must still point into this exact string.
  const std::string text =
      "\xE2\x80\x9CWe will not stop,\xE2\x80\x9D the sheriff said.\xC2\xA0"
      "Thirty\xE2\x80\x91two men were arrested for \xE2\x80\x9Csoliciting\xE2\x80\x9D an "
      "undercover deputy.";
  const Summary s = extractor().analyze(text);
  ASSERT_EQ(s.counts.buyers_arrested.value, 32);
  ASSERT_FALSE(s.counts.buyers_arrested.claims.empty());
  const Claim& c = s.claims[static_cast<std::size_t>(s.counts.buyers_arrested.claims[0])];
  EXPECT_EQ(c.evidence_text, at(text, c.evidence));
  EXPECT_EQ(at(text, c.evidence).substr(0, 12), "Thirty\xE2\x80\x91two");
  EXPECT_EQ(at(text, c.sentence).substr(0, 6), "Thirty");
  EXPECT_EQ(at(text, c.sentence).back(), '.');
}

TEST(Extractor, HtmlSpansPointIntoTheHtml) {
  const std::string html =
      "<html><head><title>Sting nets 12</title><script>var n = '99 arrested for "
      "prostitution';</script></head><body><nav>Home | News</nav><p>Police arrested 12 men "
      "for soliciting prostitution &amp; one woman for prostitution.</p></body></html>";
  const Summary s = extractor().analyze(Document{html, "h1", {}, InputFormat::kHtml});
  EXPECT_EQ(s.counts.buyers_arrested.value, 12);
  EXPECT_EQ(s.counts.sellers_arrested.value, 1);
  for (const auto& c : s.claims) {
    ASSERT_LE(c.evidence.end, html.size());
    EXPECT_EQ(c.evidence_text, at(html, c.evidence));
    EXPECT_EQ(at(html, c.evidence).find("99"), std::string_view::npos);
  }
}

TEST(Extractor, InvalidUtf8IsRepairedWithAWarning) {
  const std::string text = "Police arrested 12 men for soliciting\xFF\xFE prostitution.";
  const Summary s = extractor().analyze(text);
  EXPECT_THAT(s.warnings, ::testing::Contains(HasSubstr("invalid UTF-8")));
  EXPECT_EQ(s.counts.buyers_arrested.value, 12);
  EXPECT_TRUE(nlohmann::json::accept(to_json(s)));
}

TEST(Extractor, EmptyAndOverLongDocuments) {
  const Summary empty = extractor().analyze("");
  EXPECT_FALSE(empty.is_sting);
  EXPECT_EQ(empty.approach, Approach::kNotApplicable);
  EXPECT_TRUE(empty.claims.empty());

  Options small;
  small.max_document_bytes = 40;
  const Extractor limited = Extractor::with_default_patterns(small);
  const Summary cut = limited.analyze(
      "Police arrested 12 men for soliciting. Then 40 women were charged with prostitution.");
  EXPECT_THAT(cut.warnings, ::testing::Contains(HasSubstr("truncated")));
  EXPECT_EQ(cut.counts.sellers_arrested.status, CountStatus::kNotMentioned);
}

// Each services phrase is cited once, however many passes saw it.
TEST(Extractor, ServicesEvidenceHasNoDuplicates) {
  const Summary s = extractor().analyze(
      "Deputies arrested 21 men on charges of soliciting prostitution. Detectives also "
      "identified three possible victims of human trafficking, including a 19-year-old woman, "
      "the sheriff said. All three were referred to the Marlow County Family Crisis Center for "
      "services.");
  ASSERT_TRUE(s.flags.services_offered);
  ASSERT_FALSE(s.services_evidence.empty());
  for (std::size_t i = 0; i < s.services_evidence.size(); ++i) {
    for (std::size_t j = i + 1; j < s.services_evidence.size(); ++j) {
      EXPECT_FALSE(s.services_evidence[i] == s.services_evidence[j]) << i << " " << j;
    }
  }
}

TEST(Extractor, JsonFollowsTheSchema) {
  const Summary s = extractor().analyze(
      Document{"Deputies arrested 23 men on charges of soliciting prostitution, the sheriff's "
               "office said.",
               "case-7", {}, InputFormat::kText});
  const auto j = nlohmann::json::parse(to_json(s, 2));
  EXPECT_EQ(j["schema"], "rehope.summary/1");
  EXPECT_EQ(j["id"], "case-7");
  EXPECT_EQ(j["counts"]["buyers_arrested"]["value"], 23);
  EXPECT_EQ(j["counts"]["buyers_arrested"]["status"], "stated");
  EXPECT_EQ(j["counts"]["sellers_arrested"]["value"], nullptr);
  EXPECT_EQ(j["counts"]["sellers_arrested"]["status"], "not_mentioned");
  ASSERT_FALSE(j["claims"].empty());
  EXPECT_EQ(j["claims"][0]["rule"], "buyers/soliciting");
  EXPECT_THAT(j["claims"][0]["attribution"].get<std::string>(), HasSubstr("sheriff's office said"));
  EXPECT_EQ(j["approach"], "unclear");
}

TEST(Extractor, JsonEscapesAndRepairsWhatItWrites) {
  // Ids come from file names and evidence text is the caller's own bytes:
  // quotes, control characters and invalid UTF-8 must still give valid JSON.
  Summary s;
  s.id = "dir/\"odd\"\tname\xFF.txt";
  Claim c;
  c.evidence_text = "12 men\n\x01 \xC3\x28 caf\xC3\xA9";
  c.attribution = "police said";
  s.claims.push_back(c);
  s.warnings.push_back("back\\slash");
  for (int indent : {-1, 0, 2}) {
    const auto j = nlohmann::json::parse(to_json(s, indent));
    EXPECT_EQ(j["id"], "dir/\"odd\"\tname\uFFFD.txt");
    EXPECT_EQ(j["claims"][0]["evidence"]["text"], "12 men\n\x01 \uFFFD( caf\u00E9");
    EXPECT_EQ(j["claims"][0]["attribution"], "police said");
    EXPECT_EQ(j["claims"][0]["qualifier"], nullptr);
    EXPECT_EQ(j["warnings"][0], "back\\slash");
  }
  EXPECT_EQ(to_json(s).find('\n'), std::string::npos);  // one line
  EXPECT_NE(to_json(s, 2).find("\n  \"schema\""), std::string::npos);
}

TEST(Extractor, MovableAndSharedAcrossThreads) {
  Extractor moved = Extractor::with_default_patterns();
  Extractor target = std::move(moved);
  const std::string text = "Police said 12 prostitutes were arrested.";
  const std::string expected = to_json(target.analyze(text));
  std::vector<std::thread> threads;
  std::vector<std::string> results(4);
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] { results[i] = to_json(target.analyze(text)); });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(Extractor, BackgroundFiguresAreKeptButNotCounted) {
  const Summary s = extractor().analyze(
      "This year, 64 people were arrested during the sting. Last year's operation led to 212 "
      "arrests.");
  EXPECT_EQ(s.counts.total_arrested.value, 64);
  const bool has_background = std::any_of(s.claims.begin(), s.claims.end(), [](const Claim& c) {
    return c.background && c.value == 212;
  });
  EXPECT_TRUE(has_background);
}

TEST(Extractor, StatedZeroIsNotNull) {
  const Summary s = extractor().analyze(
      "Forty men were arrested on solicitation charges. No one was charged with human "
      "trafficking.");
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 0);
  EXPECT_FALSE(s.flags.traffickers_arrested);
}

TEST(Extractor, VersionAndNames) {
  EXPECT_FALSE(version().empty());
  EXPECT_EQ(category_name(Category::kSellersArrested), "sellers_arrested");
  EXPECT_EQ(status_name(CountStatus::kStatedZero), "stated_zero");
  EXPECT_EQ(qualifier_name(Qualifier::kMoreThan), "more_than");
  EXPECT_EQ(approach_name(Approach::kVictimCentered), "victim_centered");
}

}  // namespace
}  // namespace rehope

namespace rehope {
namespace {

// The article `make run` shows must come out as annotated beside it.
TEST(Extractor, ArticlesOffTopicAreNotAnalyzedFurther) {
  // Arrests, but no word of commercial sex, trafficking or a sting.
  const Summary drugs = extractor().analyze(
      "Police arrest 12 on drug charges\n\nDeputies arrested 12 people on drug charges Tuesday "
      "after serving search warrants at four homes, the sheriff said.");
  EXPECT_FALSE(drugs.is_sting);
  EXPECT_EQ(drugs.approach, Approach::kNotApplicable);
  EXPECT_TRUE(drugs.claims.empty());
  EXPECT_THAT(drugs.approach_reason, HasSubstr("does not mention commercial sex"));
  EXPECT_EQ(drugs.counts.total_arrested.status, CountStatus::kNotMentioned);

  // "Customers" and "John" name people in any story: a storm story with an
  // arrest in it is not about commercial sex.
  const Summary storm = extractor().analyze(
      "Storm leaves 3,000 customers without power\n\nAbout 3,000 customers lost power "
      "Tuesday, the utility said. John Marsh, 41, was arrested after a crash on Route 9.");
  EXPECT_EQ(storm.approach, Approach::kNotApplicable);
  EXPECT_TRUE(storm.claims.empty());
  EXPECT_THAT(storm.approach_reason, HasSubstr("does not mention commercial sex"));
  // In a sting story the same word is bound to buyers.
  const Summary sting = extractor().analyze(
      "Deputies arrested 14 customers during a prostitution sting at a massage parlor, "
      "the sheriff's office said.");
  EXPECT_EQ(sting.counts.buyers_arrested.value, 14);

  // A sting word is enough for a brief to be read as an operation.
  const Summary brief =
      extractor().analyze("Nearly 50 people were arrested in the operation, police said.");
  EXPECT_TRUE(brief.is_sting);
  EXPECT_EQ(brief.counts.total_arrested.value, 50);
  EXPECT_FALSE(brief.claims.empty());
}

TEST(Extractor, BundledExampleMatchesItsAnnotation) {
  std::ifstream in(std::string(REHOPE_SOURCE_DIR) + "/examples/article.txt", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  ASSERT_FALSE(text.empty());
  const Summary s = extractor().analyze(text);
  EXPECT_EQ(s.counts.buyers_arrested.value, 21);
  EXPECT_EQ(s.counts.sellers_arrested.value, 5);
  EXPECT_EQ(s.counts.victims_identified.value, 3);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 27);
  EXPECT_TRUE(s.flags.sellers_arrested);
  EXPECT_TRUE(s.flags.services_offered);
  EXPECT_EQ(s.approach, Approach::kCriminalizing);
  // Last year's 19 arrests are kept, marked background, and not counted.
  EXPECT_TRUE(std::any_of(s.claims.begin(), s.claims.end(),
                          [](const Claim& c) { return c.value == 19 && c.background; }));
}

}  // namespace
}  // namespace rehope

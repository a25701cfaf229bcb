#include "segment.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace rehope::internal {
namespace {

// One Segmenter for the whole suite: building it compiles ICU rules.
const Segmenter& TheSegmenter() {
  static const Segmenter* segmenter = new Segmenter();
  return *segmenter;
}

// Words without sentence punctuation, `size` bytes long.
std::string OneRun(std::size_t size) {
  std::string run = "Deputies ";
  while (run.size() < size) run += "arrested men in a sting and deputies ";
  run.resize(size);
  while (!run.empty() && run.back() == ' ') run.pop_back();
  return run;
}

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Segment& s : TheSegmenter().split(text)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

using Strings = std::vector<std::string>;

// A sentence with the abbreviation inside must stay one segment.
class AbbreviationTest : public ::testing::TestWithParam<const char*> {};

TEST_P(AbbreviationTest, NoBreakAfterAbbreviation) {
  const std::string sentence = GetParam();
  const std::string text = "Deputies made the arrests overnight. " + sentence + " It ended.";
  EXPECT_EQ(Texts(text), (Strings{"Deputies made the arrests overnight.", sentence, "It ended."}));
}

INSTANTIATE_TEST_SUITE_P(
    NewsAbbreviations, AbbreviationTest,
    ::testing::Values(
        "Sgt. Maria Lopez said the men were booked into jail.",
        "Lt. Dana Brooks led the operation.",
        "Det. Sam Ortiz posed as a buyer online.",
        "Capt. Lee Park confirmed the figures.",
        "Cpl. Ann Wu and Ofc. Tim Reyes made contact with the suspects.",
        "Insp. Noel Grant said more charges were possible.",
        "On Jan. 9, deputies arrested 14 men.",
        "The sting ran from Feb. 2 to Mar. 4 in two counties.",
        "Arrests were made on Apr. 30 and Aug. 1 at a motel.",
        "The operation began Sept. 12 and ended Sep. 14 in Salem.",
        "Officers returned Oct. 3, Nov. 5 and Dec. 7 with warrants.",
        "The U.S. Attorney's Office said 11 men face federal charges.",
        "The motel on St. Charles Street was the site of the sting.",
        "Mr. Smith, Mrs. Jones and Ms. Green spoke at the briefing.",
        "Dr. Ada Nash treated two of the victims.",
        "Suspect No. 4 was released on bail.",
        "Acme Co. and Widget Inc. and Mega Corp. owned the buildings.",
        "Gov. Ruth Hale and Sen. Joe Bell and Rep. Ann Ray praised the work.",
        "Deputy Dist. Atty. Kim Vale filed the charges.",
        "The Police Dept. said the Sheriff's Dept. helped.",
        "The raid at 500 Main Ave. in the city drew a crowd.",
        "Officers on Sunset Blvd. and Canyon Rd. stopped two cars.",
        "A motel near Mt. Hood and another in Ft. Myers were used.",
        "The ads were answered at 4 p.m. Friday and again at 9 a.m. Saturday.",
        "Police in Portland, Ore. said 12 people were arrested.",
        "Police in Fresno, Calif. and Tampa, Fla. ran similar stings.",
        "Agencies from Boston, Mass. and Seattle, Wash. joined the effort.",
        "A man from Erie, Pa. was among those arrested.",
        "The suspect, John F. Smith, was charged with promoting prostitution.",
        "The case went to the D.A. on Friday for review.",
        "He was charged under R.S. 14:82 with soliciting.",
        "The L.A. vice unit and a U.S.A. team took part."));

// ASCII runs reach ICU widened to UTF-16, others as UTF-8: the same breaks,
// at the same byte offsets.
TEST(SegmentTest, AsciiAndNonAsciiRunsBreakAlike) {
  EXPECT_EQ(Texts("Deputies arrested 12 men.\nThe women were offered help. Two were minors."),
            (Strings{"Deputies arrested 12 men.", "The women were offered help.",
                     "Two were minors."}));
  EXPECT_EQ(Texts("Deputies arrested 12 men in Peñasco.\nThe women were offered help. Two were "
                  "minors."),
            (Strings{"Deputies arrested 12 men in Peñasco.", "The women were offered help.",
                     "Two were minors."}));
}

// A sentence that ends with an acronym, a word ending in a capital, or a
// word ICU lists as an abbreviation when capitalized ("Act") still ends.
TEST(SegmentTest, AcronymAtSentenceEndBreaks) {
  EXPECT_EQ(Texts("The case was referred to the FBI. Police said 12 women were cited."),
            (Strings{"The case was referred to the FBI.", "Police said 12 women were cited."}));
  EXPECT_EQ(Texts("He was charged under the Act. Two others were released."),
            (Strings{"He was charged under the Act.", "Two others were released."}));
  EXPECT_EQ(Texts("It was first reported by WBNX. A 30-year-old man was charged."),
            (Strings{"It was first reported by WBNX.", "A 30-year-old man was charged."}));
}

TEST(SegmentTest, EmptyAndBlankText) {
  EXPECT_TRUE(TheSegmenter().split("").empty());
  EXPECT_TRUE(TheSegmenter().split(" \n\n \t\n").empty());
}

TEST(SegmentTest, SimpleSentences) {
  EXPECT_EQ(Texts("Police arrested 12 men. Four women were offered services! Was it a sting? "
                  "Yes."),
            (Strings{"Police arrested 12 men.", "Four women were offered services!",
                     "Was it a sting?", "Yes."}));
}

TEST(SegmentTest, OtherStoriesUnderAListHeadingAreNeverMatched) {
  const std::string text =
      "Deputies arrest 14 men in sting\n\nDeputies arrested 14 men, the sheriff said.\n\n"
      "MOST READ\n1. 2 teens charged in mall shooting\n2. 4 women arrested in spa raids\n\n"
      "Trending Now\n- 3 hurt in crash\n";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  std::vector<std::string> unmatched;
  for (const Segment& s : segments) {
    if (!s.anchored) unmatched.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  EXPECT_EQ(unmatched, (Strings{"1. 2 teens charged in mall shooting",
                                "2. 4 women arrested in spa raids", "- 3 hurt in crash"}));
}

TEST(SegmentTest, OffsetsExcludeSurroundingWhitespace) {
  const std::string text = "   Police arrested 12 men.    Four were charged.   ";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].begin, 3u);
  EXPECT_EQ(text.substr(segments[0].begin, segments[0].end - segments[0].begin),
            "Police arrested 12 men.");
  EXPECT_EQ(text.substr(segments[1].begin, segments[1].end - segments[1].begin),
            "Four were charged.");
}

TEST(SegmentTest, HeadlineDatelineBylineAreOwnSegments) {
  const std::string text =
      "Deputies arrest 14 men in weekend prostitution sting\n"
      "By Jane Roe, Staff Writer\n"
      "SALEM, Ore. -\n"
      "Deputies arrested 14 men over the weekend. The sheriff said more arrests are likely.\n";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(Texts(text),
            (Strings{"Deputies arrest 14 men in weekend prostitution sting",
                     "By Jane Roe, Staff Writer", "SALEM, Ore. -",
                     "Deputies arrested 14 men over the weekend.",
                     "The sheriff said more arrests are likely."}));
  EXPECT_TRUE(segments[0].headline);
  EXPECT_TRUE(segments[0].line);
  EXPECT_FALSE(segments[1].headline);
  EXPECT_TRUE(segments[1].line);
  EXPECT_TRUE(segments[2].line);
  EXPECT_FALSE(segments[3].line);
  EXPECT_FALSE(segments[3].headline);
  for (const Segment& s : segments) EXPECT_EQ(s.paragraph, 0);
}

TEST(SegmentTest, HeadlineNeverGluedToFirstSentence) {
  const std::string text = "Sting nets 9 arrests\nPolice arrested nine men on Friday.";
  EXPECT_EQ(Texts(text), (Strings{"Sting nets 9 arrests", "Police arrested nine men on Friday."}));
}

TEST(SegmentTest, DebrisLinesAreOwnSegmentsAndSkippedForHeadline) {
  const std::string text =
      "HOME | NEWS | LOCAL | SPORTS\n"
      "top of page\n"
      "Police bust massage parlor ring\n"
      "\n"
      "Officers arrested six people.\n"
      "Share this story: Facebook | Twitter\n"
      "Other officers searched two homes.\n";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(Texts(text),
            (Strings{"HOME | NEWS | LOCAL | SPORTS", "top of page",
                     "Police bust massage parlor ring", "Officers arrested six people.",
                     "Share this story: Facebook | Twitter",
                     "Other officers searched two homes."}));
  EXPECT_FALSE(segments[0].headline);
  EXPECT_FALSE(segments[1].headline);
  EXPECT_TRUE(segments[2].headline);
  EXPECT_TRUE(segments[4].line);
  EXPECT_FALSE(segments[4].headline);
}

TEST(SegmentTest, APapersNameInCapitalsIsNotTheHeadline) {
  const std::string text =
      "ASHBRIDGE EVENING POST\n\nNine arrested in kerb-crawling crackdown\n\nBody text.";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_FALSE(segments[0].headline);
  EXPECT_TRUE(segments[1].headline);
  // A headline in capitals is still one.
  const std::string caps = "STING NETS 14 ARRESTS\n\nBody text.";
  EXPECT_TRUE(TheSegmenter().split(caps)[0].headline);
  const std::string caps_words = "POLICE ARREST DOZENS IN STING\n\nBody text.";
  EXPECT_TRUE(TheSegmenter().split(caps_words)[0].headline);
}

TEST(SegmentTest, NoHeadlineWhenFirstLineIsPunctuated) {
  const std::string text = "Police arrested 12 men on Friday.\nShort line\n";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_FALSE(segments[0].headline);
  EXPECT_FALSE(segments[1].headline);  // only the first line may be the headline
  EXPECT_TRUE(segments[1].line);
}

TEST(SegmentTest, OnlyOneHeadline) {
  const std::string text = "First headline\n\nSecond short line\n\nBody.";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_TRUE(segments[0].headline);
  EXPECT_FALSE(segments[1].headline);
  EXPECT_TRUE(segments[1].line);
}

TEST(SegmentTest, ParagraphsCountBlankLineRuns) {
  const std::string text =
      "\n\nHeadline here\n\n\n\nFirst paragraph. Two sentences.\n\nSecond paragraph.\n"
      "Still second.\n \n\t\nThird.";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(Texts(text), (Strings{"Headline here", "First paragraph.", "Two sentences.",
                                  "Second paragraph.", "Still second.", "Third."}));
  const std::vector<int> expected = {0, 1, 1, 2, 2, 3};
  for (std::size_t i = 0; i < segments.size(); ++i) EXPECT_EQ(segments[i].paragraph, expected[i]);
}

TEST(SegmentTest, SentenceSpansWrappedLines) {
  const std::string text =
      "Deputies arrested 14 men during a three-day operation that targeted people\n"
      "trying to buy sex, the sheriff's office said. Four women were offered\n"
      "services and were not arrested.\n";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].begin, 0u);
  EXPECT_EQ(text.substr(segments[0].begin, segments[0].end - segments[0].begin),
            "Deputies arrested 14 men during a three-day operation that targeted people\n"
            "trying to buy sex, the sheriff's office said.");
  EXPECT_EQ(text.substr(segments[1].begin, segments[1].end - segments[1].begin),
            "Four women were offered\nservices and were not arrested.");
  EXPECT_FALSE(segments[0].line);
}

TEST(SegmentTest, WrapEndingInFunctionWordOrCommaGlues) {
  EXPECT_EQ(Texts("The men were arrested by\nMultnomah County deputies on Friday."),
            (Strings{"The men were arrested by\nMultnomah County deputies on Friday."}));
  EXPECT_EQ(Texts("Among those arrested,\nPolice said, were two teachers."),
            (Strings{"Among those arrested,\nPolice said, were two teachers."}));
  EXPECT_EQ(Texts("a three-\nday sting in Salem."), (Strings{"a three-\nday sting in Salem."}));
}

TEST(SegmentTest, AbbreviationAtLineEndDoesNotBreakWrappedSentence) {
  EXPECT_EQ(Texts("The arrests were announced by Sgt.\nMaria Lopez on Friday."),
            (Strings{"The arrests were announced by Sgt.\nMaria Lopez on Friday."}));
}

TEST(SegmentTest, TimeOfDayBeforeNewlineBreaks) {
  EXPECT_EQ(Texts("The operation ended at 4 p.m.\nPolice said 12 men were arrested."),
            (Strings{"The operation ended at 4 p.m.", "Police said 12 men were arrested."}));
  // In running text "p.m." followed by a capital is most often mid-sentence.
  EXPECT_EQ(Texts("The operation ended at 4 p.m. Friday in Salem."),
            (Strings{"The operation ended at 4 p.m. Friday in Salem."}));
}

TEST(SegmentTest, LongUnpunctuatedLineEndsItsSentence) {
  std::string long_line = "Police said the operation";
  while (long_line.size() < 250) long_line += " continued across the county";
  const std::string text = long_line + "\nOfficers arrested 12 men.";
  EXPECT_EQ(Texts(text), (Strings{long_line, "Officers arrested 12 men."}));
  EXPECT_FALSE(TheSegmenter().split(text)[0].line);
}

TEST(SegmentTest, LongLineEndingWithAbbreviationEndsItsSentence) {
  std::string long_line = "Officers from several agencies";
  while (long_line.size() < 250) long_line += " worked the case";
  long_line += " in Portland, Ore.";
  const std::string text = long_line + "\nThe sheriff said 12 were arrested.";
  EXPECT_EQ(Texts(text), (Strings{long_line, "The sheriff said 12 were arrested."}));
}

TEST(SegmentTest, QuotedSentences) {
  EXPECT_EQ(Texts("\"We arrested 12 buyers,\" the sheriff said. \"None were victims.\" "
                  "The case continues."),
            (Strings{"\"We arrested 12 buyers,\" the sheriff said.", "\"None were victims.\"",
                     "The case continues."}));
}

TEST(SegmentTest, LineEndingInClosingQuoteIsPunctuated) {
  const std::string text = "He said: \"It was a success.\"\nShort unpunctuated line";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_FALSE(segments[0].line);
  EXPECT_TRUE(segments[1].line);
}

TEST(SegmentTest, ColonEndedLineJoinsNext) {
  EXPECT_EQ(Texts("Arrested were:\nJohn Doe, 34, and Richard Roe, 51."),
            (Strings{"Arrested were:\nJohn Doe, 34, and Richard Roe, 51."}));
}

TEST(SegmentTest, CrLfLinesAreHandled) {
  EXPECT_EQ(Texts("Headline\r\n\r\nBody one. Body two.\r\n"),
            (Strings{"Headline", "Body one.", "Body two."}));
}

TEST(SegmentTest, Utf8Text) {
  EXPECT_EQ(Texts("Jos\u00E9 Pe\u00F1a was arrested. Zo\u00EB was not."),
            (Strings{"Jos\u00E9 Pe\u00F1a was arrested.", "Zo\u00EB was not."}));
}

TEST(SegmentTest, HugeSentenceIsCutAtWhitespace) {
  std::string text;
  while (text.size() < 3 * kMaxSegmentBytes) text += "word ";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_GE(segments.size(), 3u);
  std::size_t covered = 0;
  for (const Segment& s : segments) {
    EXPECT_LE(s.end - s.begin, kMaxSegmentBytes);
    EXPECT_NE(text[s.begin], ' ');
    EXPECT_NE(text[s.end - 1], ' ');
    EXPECT_EQ(text.substr(s.begin, 4), "word");
    covered += s.end - s.begin;
  }
  EXPECT_GT(covered, text.size() - 2 * segments.size());
}

TEST(SegmentTest, HugeTokenWithoutWhitespaceIsCutAtCharacterBoundary) {
  std::string text;
  while (text.size() < 2 * kMaxSegmentBytes + 7) text += "\u00E9";  // 2-byte characters
  text = "x" + text;  // make the raw cut land inside a character
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_GE(segments.size(), 3u);
  for (const Segment& s : segments) {
    EXPECT_LE(s.end - s.begin, kMaxSegmentBytes);
    EXPECT_NE(static_cast<unsigned char>(text[s.begin]) & 0xC0, 0x80);
  }
  EXPECT_EQ(segments.back().end, text.size());
}

TEST(SegmentTest, HundredMegabytesWithoutPunctuation) {
  std::string text;
  text.reserve(100u << 20);
  const std::string_view words = "police said the operation continued overnight and ";
  while (text.size() < (100u << 20)) text += words;
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_FALSE(segments.empty());
  EXPECT_LE(segments.size(), text.size() / (kMaxSegmentBytes / 2) + 1);
  for (const Segment& s : segments) ASSERT_LE(s.end - s.begin, kMaxSegmentBytes);
}

TEST(SegmentTest, RunPastTheSentenceLimitIsNotASentence) {
  // More than kMaxSentenceBytes with no sentence break: its segments are
  // marked unbroken and not anchored, so no pattern is matched in them.
  const std::string blob = OneRun(kMaxSentenceBytes + 100);
  const std::string text =
      "Police arrested nine men. " + blob + ". Police said more arrests may follow.";
  const std::vector<Segment> segments = TheSegmenter().split(text);
  ASSERT_EQ(segments.size(), 3u) << testing::PrintToString(Texts(text));
  EXPECT_FALSE(segments[0].unbroken);
  EXPECT_TRUE(segments[0].anchored);
  EXPECT_TRUE(segments[1].unbroken);
  EXPECT_FALSE(segments[1].anchored);
  EXPECT_GT(segments[1].end - segments[1].begin, kMaxSentenceBytes);
  EXPECT_FALSE(segments[2].unbroken);
  EXPECT_TRUE(segments[2].anchored);
  // Just under the limit it is a (very long) sentence like any other.
  const std::string shorter = OneRun(kMaxSentenceBytes - 100) + ".";
  const std::vector<Segment> one = TheSegmenter().split(shorter);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_FALSE(one[0].unbroken);
  EXPECT_TRUE(one[0].anchored);
  // Every piece of a run cut at kMaxSegmentBytes is unbroken, the last too.
  const std::vector<Segment> pieces = TheSegmenter().split(OneRun(2 * kMaxSegmentBytes + 10));
  ASSERT_GE(pieces.size(), 3u);
  for (const Segment& s : pieces) {
    EXPECT_TRUE(s.unbroken);
    EXPECT_FALSE(s.anchored);
  }
}

TEST(SegmentTest, ConcurrentSplitsAgree) {
  const std::string text =
      "Sting nets 9 arrests\n\nSgt. Maria Lopez said nine men were arrested. On Jan. 9, "
      "deputies returned.\nThe U.S. Attorney's Office said charges are pending.";
  const std::vector<std::string> expected = Texts(text);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        if (Texts(text) != expected) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(SegmentTest, MovedSegmenterWorks) {
  Segmenter a;
  Segmenter b(std::move(a));
  EXPECT_EQ(b.split("One. Two.").size(), 2u);
  Segmenter c;
  c = std::move(b);
  EXPECT_EQ(c.split("One. Two.").size(), 2u);
}

// Hot spans: only runs of prose that hold one are split into sentences.
struct Cut {
  std::string text;
  bool anchored;
  bool operator==(const Cut&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Cut& c) {
  return os << "{\"" << c.text << "\", " << (c.anchored ? "anchored" : "cold") << "}";
}

// Hot: the piece contains one of the words.
std::vector<Cut> Cuts(std::string_view text, const std::vector<std::string_view>& hot_words) {
  const HotTest hot = [&](std::string_view piece) {
    for (std::string_view w : hot_words) {
      if (piece.find(w) != std::string_view::npos) return true;
    }
    return false;
  };
  std::vector<Cut> out;
  for (const Segment& s : TheSegmenter().split(text, hot)) {
    out.push_back({std::string(text.substr(s.begin, s.end - s.begin)), s.anchored});
  }
  return out;
}

constexpr std::string_view kGatedArticle =
    "Sting nets 12\n\n"
    "Lead one. Lead two.\n\n"
    "Cold one. Cold two.\n\n"
    "Deputies arrested 12 men. Nothing here.\n\n"
    "Weather line\n";

TEST(SegmentTest, RunsWithoutHotSpansStayWhole) {
  EXPECT_EQ(Cuts(kGatedArticle, {"arrested"}),
            (std::vector<Cut>{{"Sting nets 12", false},
                              {"Lead one.", false},
                              {"Lead two.", false},
                              {"Cold one. Cold two.", false},
                              {"Deputies arrested 12 men.", true},
                              {"Nothing here.", true},  // a hot run is tested once
                              {"Weather line", false}}));
}

TEST(SegmentTest, TheLeadIsAlwaysSplitAndOwnLinesAreMarked) {
  EXPECT_EQ(Cuts(kGatedArticle, {"nets", "Cold two"}),
            (std::vector<Cut>{{"Sting nets 12", true},
                              {"Lead one.", false},
                              {"Lead two.", false},
                              {"Cold one.", true},
                              {"Cold two.", true},
                              {"Deputies arrested 12 men. Nothing here.", false},
                              {"Weather line", false}}));
}

TEST(SegmentTest, ALongColdRunIsNotUnbroken) {
  // A cold run is one segment without asking ICU: its length says nothing
  // about its sentence breaks, so it is never marked unbroken.
  std::string cold;
  while (cold.size() < kMaxSentenceBytes + 100) cold += "The council met. It adjourned. ";
  const std::string text = "Lead one. Lead two.\n\n" + cold + "\n\nDeputies arrested 12 men.";
  const HotTest hot = [](std::string_view piece) {
    return piece.find("arrested") != std::string_view::npos;
  };
  const std::vector<Segment> segments = TheSegmenter().split(text, hot);
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_GT(segments[2].end - segments[2].begin, kMaxSentenceBytes);
  EXPECT_FALSE(segments[2].anchored);
  EXPECT_FALSE(segments[2].unbroken);
  EXPECT_TRUE(segments[3].anchored);
}

TEST(SegmentTest, WithoutSpansEverythingIsSplitAndAnchored) {
  const auto all = TheSegmenter().split(kGatedArticle);
  const auto gated = TheSegmenter().split(kGatedArticle, [](std::string_view) { return true; });
  ASSERT_EQ(all.size(), gated.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_TRUE(all[i].anchored);
    EXPECT_TRUE(gated[i].anchored);
    EXPECT_EQ(all[i].begin, gated[i].begin);
    EXPECT_EQ(all[i].end, gated[i].end);
  }
}

}  // namespace
}  // namespace rehope::internal

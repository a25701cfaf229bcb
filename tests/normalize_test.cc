#include "normalize.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace rehope::internal {
namespace {

// The original bytes behind the first occurrence of `needle` in the
// normalized text.
std::string OriginalOf(const NormalizedText& n, std::string_view input, std::string_view needle) {
  const std::size_t at = n.text.find(needle);
  if (at == std::string::npos) return "<not found: " + std::string(needle) + ">";
  const std::size_t begin = n.to_original(at);
  const std::size_t end = n.to_original(at + needle.size());
  return std::string(input.substr(begin, end - begin));
}

// Invariants every result must satisfy, whatever the input.
void ExpectWellFormed(const NormalizedText& n, std::string_view input) {
  ASSERT_EQ(n.origin.size(), n.text.size() + 1);
  EXPECT_EQ(n.origin.back(), input.size());
  for (std::size_t i = 0; i + 1 < n.origin.size(); ++i) {
    ASSERT_LT(n.origin[i], input.size()) << "byte " << i;
  }
  // Output is valid UTF-8.
  std::size_t i = 0;
  while (i < n.text.size()) {
    const auto lead = static_cast<unsigned char>(n.text[i]);
    std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    ASSERT_GE(lead < 0x80 || lead >= 0xC2, true);
    ASSERT_LE(i + len, n.text.size());
    // All bytes of one character map to the same original offset.
    for (std::size_t k = 1; k < len; ++k) {
      ASSERT_EQ(static_cast<unsigned char>(n.text[i + k]) & 0xC0, 0x80);
      ASSERT_EQ(n.origin[i + k], n.origin[i]);
    }
    i += len;
  }
}

NormalizedText Norm(std::string_view input, bool entities = true) {
  NormalizeOptions options;
  options.decode_entities = entities;
  NormalizedText n = normalize(input, options);
  ExpectWellFormed(n, input);
  return n;
}

TEST(NormalizeTest, EmptyInput) {
  const NormalizedText n = Norm("");
  EXPECT_EQ(n.text, "");
  ASSERT_EQ(n.origin.size(), 1u);
  EXPECT_EQ(n.origin[0], 0u);
  EXPECT_FALSE(n.repaired_invalid_utf8);
  EXPECT_FALSE(n.had_nul);
}

TEST(NormalizeTest, PlainAsciiIsUnchangedWithIdentityMap) {
  const std::string input = "Deputies arrested 14 men in a three-day sting, the sheriff said.\n";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, input);
  for (std::size_t i = 0; i <= input.size(); ++i) EXPECT_EQ(n.origin[i], i);
}

TEST(NormalizeTest, CurlySingleQuotesAndApostrophes) {
  const std::string input = "The sheriff\u2019s office said \u2018no comment\u2019 and \u201Ayes\u201B.";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "The sheriff's office said 'no comment' and 'yes'.");
  EXPECT_EQ(OriginalOf(n, input, "sheriff's"), "sheriff\u2019s");
  EXPECT_EQ(OriginalOf(n, input, "'no comment'"), "\u2018no comment\u2019");
}

TEST(NormalizeTest, PrimesFoldToQuotes) {
  const std::string input = "A 5\u20326\u2033 suspect";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "A 5'6\" suspect");
  EXPECT_EQ(OriginalOf(n, input, "5'6\""), "5\u20326\u2033");
}

TEST(NormalizeTest, CurlyDoubleQuotes) {
  const std::string input = "\u201CWe arrested 12 buyers,\u201D she said. \u201EOk\u201D";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "\"We arrested 12 buyers,\" she said. \"Ok\"");
  EXPECT_EQ(OriginalOf(n, input, "\"We arrested 12 buyers,\""),
            "\u201CWe arrested 12 buyers,\u201D");
  EXPECT_EQ(OriginalOf(n, input, "Ok"), "Ok");
}

TEST(NormalizeTest, SpacesFoldToAsciiSpace) {
  const std::string input =
      "12\u00A0men|a\u2000b\u2003c\u2009d\u200Ae\u202Ff\u205Fg\u3000h";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "12 men|a b c d e f g h");
  EXPECT_EQ(OriginalOf(n, input, "12 men"), "12\u00A0men");
  EXPECT_EQ(OriginalOf(n, input, "g h"), "g\u3000h");
}

TEST(NormalizeTest, HyphensAndMinusFoldToHyphenMinus) {
  const std::string input = "a three\u2011day sting, \u2010 x \u2012 y \u2212 5";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "a three-day sting, - x - y - 5");
  EXPECT_EQ(OriginalOf(n, input, "three-day"), "three\u2011day");
  EXPECT_EQ(OriginalOf(n, input, "- 5"), "\u2212 5");
}

TEST(NormalizeTest, DashesFoldToHyphenMinus) {
  const std::string input = "SALEM, Ore. \u2014 Police said 10\u201312 men \u2015 maybe.";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "SALEM, Ore. - Police said 10-12 men - maybe.");
  EXPECT_EQ(OriginalOf(n, input, "10-12"), "10\u201312");
  EXPECT_EQ(OriginalOf(n, input, "Ore. - Police"), "Ore. \u2014 Police");
}

TEST(NormalizeTest, SoftHyphenAndZeroWidthCharactersRemoved) {
  const std::string input = "\uFEFFtraf\u00ADficking zero\u200Bwidth a\u200Cb\u200Dc\u2060d";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "trafficking zerowidth abcd");
  // The removed characters fall inside the span, so the original span is whole.
  EXPECT_EQ(OriginalOf(n, input, "trafficking"), "traf\u00ADficking");
  EXPECT_EQ(OriginalOf(n, input, "zerowidth"), "zero\u200Bwidth");
  // The BOM is dropped: the first normalized byte maps past it.
  EXPECT_EQ(n.origin[0], 3u);
}

TEST(NormalizeTest, FullWidthDigitsAndLettersBecomeAscii) {
  const std::string input = "\uFF11\uFF12 arrests in \uFF33\uFF41\uFF4C\uFF45\uFF4D";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "12 arrests in Salem");
  EXPECT_EQ(OriginalOf(n, input, "12"), "\uFF11\uFF12");
  EXPECT_EQ(OriginalOf(n, input, "2"), "\uFF12");
  EXPECT_EQ(OriginalOf(n, input, "Salem"), "\uFF33\uFF41\uFF4C\uFF45\uFF4D");
}

TEST(NormalizeTest, LigaturesExpand) {
  const std::string input = "the \uFB01rst o\uFB03cer \uFB02ed";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "the first officer fled");
  EXPECT_EQ(OriginalOf(n, input, "first"), "\uFB01rst");
  // Both bytes of "fi" come from the one ligature character.
  const std::size_t at = n.text.find("first");
  EXPECT_EQ(n.origin[at], n.origin[at + 1]);
  EXPECT_EQ(OriginalOf(n, input, "officer"), "o\uFB03cer");
  // A span that starts inside an expansion maps to the whole character.
  EXPECT_EQ(OriginalOf(n, input, "irst"), "\uFB01rst");
}

TEST(NormalizeTest, EllipsisExpands) {
  const std::string input = "and then\u2026 nothing";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "and then... nothing");
  EXPECT_EQ(OriginalOf(n, input, "then..."), "then\u2026");
}

TEST(NormalizeTest, NumberChangingCompatibilityFormsAreKept) {
  // NFKC would make "3½" into "31⁄2" and "10²" into "102": both kept.
  const std::string input = "3\u00BD hours, 10\u00B2 feet, \u2460";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, input);
}

TEST(NormalizeTest, AccentedLettersStayComposed) {
  const std::string input = "Jos\u00E9 Pe\u00F1a";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, input);
}

TEST(NormalizeTest, CombiningSequenceIsComposed) {
  const std::string input = "Jose\u0301 said";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "Jos\u00E9 said");
  EXPECT_EQ(OriginalOf(n, input, "Jos\u00E9"), "Jose\u0301");
  EXPECT_EQ(OriginalOf(n, input, "\u00E9"), "e\u0301");
}

TEST(NormalizeTest, UncomposableMarkIsLeft) {
  const std::string input = "q\u0301 x";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, input);
}

TEST(NormalizeTest, NewlinesKeptAndCrLfFolded) {
  const std::string input = "Headline\r\n\r\nBody one.\rBody two.\nEnd";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "Headline\n\nBody one.\nBody two.\nEnd");
  EXPECT_EQ(OriginalOf(n, input, "Headline\n"), "Headline\r\n");
  EXPECT_EQ(OriginalOf(n, input, "one.\nBody"), "one.\rBody");
}

TEST(NormalizeTest, LineAndParagraphSeparators) {
  const std::string input = "a\u2028b\u2029c";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "a\nb\n\nc");
}

TEST(NormalizeTest, TabsBecomeSpaces) {
  const std::string input = "Name\tAge\t";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "Name Age ");
  EXPECT_EQ(n.origin[4], 4u);
}

TEST(NormalizeTest, NulBytesDropped) {
  const std::string input("ab\0cd\0", 6);
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "abcd");
  EXPECT_TRUE(n.had_nul);
  EXPECT_FALSE(n.repaired_invalid_utf8);
  EXPECT_EQ(n.origin[2], 3u);
  EXPECT_EQ(n.origin[4], 6u);
}

TEST(NormalizeTest, WindowsC1ControlsReadAsCp1252) {
  const std::string input = "don\u0092t \u0093x\u0094";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "don't \"x\"");
}

// --- invalid UTF-8 ----------------------------------------------------------

struct InvalidCase {
  const char* name;
  std::string input;
  std::string expected;
};

class InvalidUtf8Test : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(InvalidUtf8Test, RepairedPerMaximalSubpart) {
  const InvalidCase& c = GetParam();
  const NormalizedText n = Norm(c.input);
  EXPECT_EQ(n.text, c.expected);
  EXPECT_TRUE(n.repaired_invalid_utf8);
}

const std::string kFffd = "\uFFFD";

INSTANTIATE_TEST_SUITE_P(
    AllKinds, InvalidUtf8Test,
    ::testing::Values(
        InvalidCase{"LoneContinuation", "a\x80z", "a" + kFffd + "z"},
        InvalidCase{"TwoContinuations", "a\x80\xBFz", "a" + kFffd + kFffd + "z"},
        InvalidCase{"OverlongTwoByte", "a\xC0\xAFz", "a" + kFffd + kFffd + "z"},
        InvalidCase{"OverlongC1", "\xC1\xBF", kFffd + kFffd},
        InvalidCase{"OverlongThreeByte", "\xE0\x80\xAF", kFffd + kFffd + kFffd},
        InvalidCase{"OverlongFourByte", "\xF0\x80\x80\xAF", kFffd + kFffd + kFffd + kFffd},
        InvalidCase{"Surrogate", "a\xED\xA0\x80z", "a" + kFffd + kFffd + kFffd + "z"},
        InvalidCase{"LowSurrogate", "\xED\xBF\xBF", kFffd + kFffd + kFffd},
        InvalidCase{"AboveMaxCodePoint", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd},
        InvalidCase{"F5Lead", "\xF5\x80", kFffd + kFffd},
        InvalidCase{"FFByte", "x\xFFy", "x" + kFffd + "y"},
        InvalidCase{"TruncatedTwoByteAtEnd", "ab\xC3", "ab" + kFffd},
        InvalidCase{"TruncatedThreeByteAtEnd", "ab\xE2\x80", "ab" + kFffd},
        InvalidCase{"TruncatedFourByteAtEnd", "ab\xF0\x9F\x98", "ab" + kFffd},
        InvalidCase{"TruncatedThenAscii", "\xE2\x80z", kFffd + "z"},
        InvalidCase{"TruncatedThenValid", "\xE2\x80\xC3\xA9", kFffd + "\u00E9"},
        InvalidCase{"TruncatedFourThenAscii", "\xF0\x9F\x98 ok", kFffd + " ok"},
        InvalidCase{"LeadThenLead", "\xC3\xC3\xA9", kFffd + "\u00E9"}),
    [](const ::testing::TestParamInfo<InvalidCase>& param_info) { return param_info.param.name; });

TEST(NormalizeTest, ReplacementCharMapsToItsInvalidBytes) {
  const std::string input = "ok \xE2\x80 then";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(OriginalOf(n, input, kFffd), "\xE2\x80");
  EXPECT_EQ(OriginalOf(n, input, " then"), " then");
}

TEST(NormalizeTest, ValidFourByteCharacterKept) {
  const std::string input = "ok \U0001F600 fine";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, input);
  EXPECT_FALSE(n.repaired_invalid_utf8);
}

TEST(NormalizeTest, LiteralReplacementCharIsNotARepair) {
  const NormalizedText n = Norm("a\uFFFDb");
  EXPECT_FALSE(n.repaired_invalid_utf8);
}

// --- character references ---------------------------------------------------

TEST(NormalizeTest, NamedEntitiesDecoded) {
  const std::string input =
      "Smith &amp; Wesson &lt;b&gt; &quot;q&quot; &apos;a&apos; x&nbsp;y &copy;";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "Smith & Wesson <b> \"q\" 'a' x y \u00A9");
  EXPECT_EQ(OriginalOf(n, input, "Smith & Wesson"), "Smith &amp; Wesson");
  EXPECT_EQ(OriginalOf(n, input, "&"), "&amp;");
  EXPECT_EQ(OriginalOf(n, input, "x y"), "x&nbsp;y");
}

TEST(NormalizeTest, DecodedEntitiesAreFolded) {
  const std::string input =
      "sheriff&rsquo;s &lsquo;x&rsquo; &ldquo;y&rdquo; 10&ndash;12 a&mdash;b wait&hellip; "
      "traf&shy;ficking";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "sheriff's 'x' \"y\" 10-12 a-b wait... trafficking");
  EXPECT_EQ(OriginalOf(n, input, "sheriff's"), "sheriff&rsquo;s");
  EXPECT_EQ(OriginalOf(n, input, "10-12"), "10&ndash;12");
  EXPECT_EQ(OriginalOf(n, input, "wait..."), "wait&hellip;");
  EXPECT_EQ(OriginalOf(n, input, "trafficking"), "traf&shy;ficking");
}

TEST(NormalizeTest, NumericEntitiesDecodedAndFolded) {
  const std::string input = "sheriff&#8217;s &#x2019;&#X201c;&#169;&#65;&#x41;";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "sheriff's '\"\u00A9AA");
  EXPECT_EQ(OriginalOf(n, input, "'s"), "&#8217;s");
  EXPECT_EQ(OriginalOf(n, input, "\""), "&#X201c;");
}

TEST(NormalizeTest, NumericEntityInWindowsRangeReadAsCp1252) {
  const NormalizedText n = Norm("don&#146;t");
  EXPECT_EQ(n.text, "don't");
}

TEST(NormalizeTest, InvalidOrUnknownEntitiesLeftAsIs) {
  const std::string input =
      "AT&T &unknown; &amp &#; &#x; &#xZZ; &#0; &#xD800; &#x110000; &#99999999999; & end &";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, input);
  for (std::size_t i = 0; i <= input.size(); ++i) EXPECT_EQ(n.origin[i], i);
}

TEST(NormalizeTest, EntitiesNotDecodedWhenDisabled) {
  const std::string input = "a &amp; b&#8217;s \u2019";
  const NormalizedText n = Norm(input, /*entities=*/false);
  EXPECT_EQ(n.text, "a &amp; b&#8217;s '");
}

TEST(NormalizeTest, EntityAtEndOfInput) {
  const std::string input = "x &amp;";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text, "x &");
  EXPECT_EQ(n.origin[2], 2u);
  EXPECT_EQ(n.origin[3], input.size());
}

TEST(NormalizeTest, MixedSpanMapsBackExactly) {
  const std::string input =
      "POLICE\u00A0SAY \u201C14 men\u201D were arrested \u2014 the sheriff\u2019s office&#8217;s "
      "tally\u2026\r\nNext";
  const NormalizedText n = Norm(input);
  EXPECT_EQ(n.text,
            "POLICE SAY \"14 men\" were arrested - the sheriff's office's tally...\nNext");
  EXPECT_EQ(OriginalOf(n, input, "\"14 men\" were arrested - the sheriff's"),
            "\u201C14 men\u201D were arrested \u2014 the sheriff\u2019s");
  EXPECT_EQ(OriginalOf(n, input, "office's tally..."), "office&#8217;s tally\u2026");
  EXPECT_EQ(OriginalOf(n, input, "Next"), "Next");
}

TEST(NormalizeTest, OriginIsNonDecreasing) {
  const std::string input = "a\u00ADb &amp; \xE2\x80 \uFB01 \r\n e\u0301 \uFF11 \u2026 &#8217;";
  const NormalizedText n = Norm(input);
  for (std::size_t i = 1; i < n.origin.size(); ++i) EXPECT_LE(n.origin[i - 1], n.origin[i]);
}

TEST(NormalizeTest, TwentyMegabytesOfMixedText) {
  std::string chunk =
      "Deputies arrested 14 men in a three\u2011day sting \u2014 the sheriff\u2019s office "
      "said &amp; \u201Cmore\u201D were charged.\r\n";
  std::string input;
  input.reserve(20u << 20);
  while (input.size() < (20u << 20)) input += chunk;
  input += "\xE2\x80";  // truncated at the very end
  const NormalizedText n = normalize(input);
  ASSERT_EQ(n.origin.size(), n.text.size() + 1);
  EXPECT_EQ(n.origin.back(), input.size());
  EXPECT_TRUE(n.repaired_invalid_utf8);
  const std::string_view expected_chunk =
      "Deputies arrested 14 men in a three-day sting - the sheriff's office said & \"more\" "
      "were charged.\n";
  EXPECT_EQ(std::string_view(n.text).substr(0, expected_chunk.size()), expected_chunk);
  // The last full chunk maps back to the last full chunk of the input.
  const std::size_t last = n.text.rfind("Deputies");
  EXPECT_EQ(n.to_original(last), input.rfind("Deputies"));
}

TEST(NormalizeTest, TwentyMegabytesOfAscii) {
  std::string input(20u << 20, 'x');
  for (std::size_t i = 0; i < input.size(); i += 61) input[i] = ' ';
  const NormalizedText n = normalize(input);
  EXPECT_EQ(n.text, input);
  EXPECT_EQ(n.origin[12345678], 12345678u);
  EXPECT_EQ(n.origin.back(), input.size());
}


TEST(OffsetMapTest, RunsMergeAndRewrittenCharactersShareTheirOrigin) {
  OffsetMap map;
  map.append_run(0, 5);   // "Hello" copied
  map.append_run(5, 3);   // continues the run: one piece
  map.append_same(9, 3);  // a character at 9 rewritten to three bytes
  map.append_run(12, 2);
  ASSERT_EQ(map.size(), 13u);
  for (std::uint32_t i = 0; i < 8; ++i) EXPECT_EQ(map[i], i);
  EXPECT_EQ(map[8], 9u);
  EXPECT_EQ(map[9], 9u);
  EXPECT_EQ(map[10], 9u);
  EXPECT_EQ(map[11], 12u);
  EXPECT_EQ(map.back(), 13u);
  map.truncate(9);  // drop into the rewritten character
  ASSERT_EQ(map.size(), 9u);
  EXPECT_EQ(map[8], 9u);
  map.append_run(40, 1);
  EXPECT_EQ(map[9], 40u);
}

TEST(NormalizeTest, StopBytesAtEveryPositionOfAnEightByteWord) {
  // The fast path tests eight bytes at a time; a byte that needs work must
  // be found wherever it falls in the word.
  using namespace std::string_view_literals;
  for (const std::string_view stop : {"\t"sv, "\r"sv, "&amp;"sv, "\xE2\x80\x99"sv, "\0"sv}) {
    for (std::size_t at = 0; at < 17; ++at) {
      std::string input(at, 'a');
      input.append(stop);
      input.append(20, 'b');
      const NormalizedText n = Norm(input);
      EXPECT_EQ(n.text.substr(0, at), std::string(at, 'a')) << at;
      EXPECT_EQ(n.text.substr(n.text.size() - 20), std::string(20, 'b')) << at;
      EXPECT_LT(n.text.size(), input.size() + 1) << at;
      EXPECT_EQ(n.origin[n.text.size() - 20], input.size() - 20) << at;
    }
  }
}

}  // namespace
}  // namespace rehope::internal

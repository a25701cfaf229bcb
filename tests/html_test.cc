#include "html.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace rehope::internal {
namespace {

void ExpectWellFormed(const HtmlText& t, std::string_view html) {
  ASSERT_EQ(t.origin.size(), t.text.size() + 1);
  EXPECT_EQ(t.origin.back(), html.size());
  for (std::size_t i = 0; i < t.text.size(); ++i) {
    ASSERT_LT(t.origin[i], html.size()) << "byte " << i;
    // Every non-separator byte is the very byte of the HTML it maps to.
    const char c = t.text[i];
    if (c != ' ' && c != '\n') {
      ASSERT_EQ(c, html[t.origin[i]]) << "byte " << i << " of " << t.text;
    }
  }
}

HtmlText Extract(std::string_view html) {
  HtmlText t = extract_html_text(html);
  ExpectWellFormed(t, html);
  return t;
}

// Offset in the HTML of the first occurrence of `needle` in the text.
std::size_t OriginOf(const HtmlText& t, std::string_view needle) {
  const std::size_t at = t.text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return at == std::string::npos ? 0 : t.origin[at];
}

TEST(HtmlTest, EmptyInput) {
  const HtmlText t = Extract("");
  EXPECT_EQ(t.text, "");
  ASSERT_EQ(t.origin.size(), 1u);
  EXPECT_EQ(t.origin[0], 0u);
}

TEST(HtmlTest, TitleIsHeadlineThenParagraphs) {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Deputies arrest 14 in sting</title></head>"
      "<body><p>Deputies arrested 14 men.</p><p>The sheriff said more arrests are likely.</p>"
      "</body></html>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text,
            "Deputies arrest 14 in sting\n\nDeputies arrested 14 men.\n\n"
            "The sheriff said more arrests are likely.");
  EXPECT_EQ(OriginOf(t, "Deputies arrest 14"), html.find("Deputies arrest 14"));
  EXPECT_EQ(OriginOf(t, "The sheriff"), html.find("The sheriff"));
}

TEST(HtmlTest, FirstH1IsHeadlineWhenNoTitle) {
  const std::string html =
      "<body><div class=crumbs>Local</div><h1>Sting nets 9 arrests</h1><p>Body text.</p>"
      "<h1>Second heading</h1></body>";
  const HtmlText t = Extract(html);
  // The h1 moves to the front, and is not repeated in the body.
  EXPECT_EQ(t.text, "Sting nets 9 arrests\n\nLocal\n\nBody text.\n\nSecond heading");
  EXPECT_EQ(OriginOf(t, "Sting"), html.find("Sting"));
}

TEST(HtmlTest, TitleWinsOverH1AndH1StaysInBody) {
  const std::string html =
      "<html><head><title>Page title</title></head><body><h1>Article heading</h1>"
      "<p>Text.</p></body></html>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "Page title\n\nArticle heading\n\nText.");
}

TEST(HtmlTest, EmptyTitleFallsBackToH1) {
  const HtmlText t = Extract("<title>  </title><h1>Real headline</h1><p>x</p>");
  EXPECT_EQ(t.text, "Real headline\n\nx");
}

TEST(HtmlTest, SvgTitleIsNotTheHeadline) {
  const HtmlText t = Extract("<body><svg><title>icon</title></svg><h1>News</h1><p>x</p></body>");
  EXPECT_EQ(t.text, "News\n\nx");
}

TEST(HtmlTest, InlineTextFlowsAndWhitespaceCollapses) {
  const std::string html = "<p>Police   <b>arrested</b>\n\t 12 <a href='#'>men</a>on Friday.</p>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "Police arrested 12 menon Friday.");
  // A collapsed run maps to its first whitespace byte.
  const std::size_t space = t.text.find(' ');
  EXPECT_EQ(t.origin[space], html.find("   "));
  const std::size_t second_space = t.text.find(" 12");
  EXPECT_EQ(t.origin[second_space], html.find("\n\t"));
}

TEST(HtmlTest, ParagraphSeparatorMapsToEndOfPreviousText) {
  const std::string html = "<p>One.</p>\n<p>Two.</p>";
  const HtmlText t = Extract(html);
  ASSERT_EQ(t.text, "One.\n\nTwo.");
  EXPECT_EQ(t.origin[4], html.find("</p>"));
  EXPECT_EQ(t.origin[5], html.find("</p>"));
  // So a span ending at a paragraph's end maps to just past its last byte.
  EXPECT_EQ(html.substr(t.origin[0], t.origin[4] - t.origin[0]), "One.");
}

TEST(HtmlTest, BlockElementsSeparated) {
  const HtmlText t = Extract(
      "<article><section><div>A</div><div>B<div>C</div>D</div></section>"
      "<ul><li>E</li><li>F</li></ul><blockquote>G</blockquote>"
      "<table><tr><td>H</td><td>I</td></tr></table><h2>J</h2></article>");
  EXPECT_EQ(t.text, "A\n\nB\n\nC\n\nD\n\nE\n\nF\n\nG\n\nH\n\nI\n\nJ");
}

TEST(HtmlTest, BrIsALineBreakAndTwoAreAParagraph) {
  const HtmlText t = Extract("<p>SALEM, Ore.<br>By Jane Roe<br><br>Police said.<br/> <br>End</p>");
  EXPECT_EQ(t.text, "SALEM, Ore.\nBy Jane Roe\n\nPolice said.\n\nEnd");
}

TEST(HtmlTest, FurnitureDropped) {
  const std::string html =
      "<html><head><title>T</title><style>p{color:red}</style>"
      "<script>var story = 'Police arrested 99 people in a sting.';</script></head><body>"
      "<header>Site name</header><nav>Home | News</nav>"
      "<p>Kept one.</p>"
      "<script>document.write('Deputies arrested 500 buyers.');</script>"
      "<noscript>Enable JavaScript</noscript><aside>Related stories</aside>"
      "<form>Search <input><button>Go</button><select><option>A</option></select></form>"
      "<iframe>frame text</iframe><svg><text>chart</text></svg>"
      "<template><p>templated</p></template>"
      "<p>Kept two.</p><footer>Copyright</footer></body></html>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "T\n\nKept one.\n\nKept two.");
  EXPECT_EQ(t.text.find("arrested"), std::string::npos);
}

TEST(HtmlTest, HiddenAndRoleFurnitureDropped) {
  const HtmlText t = Extract(
      "<p>Shown.</p><div hidden>Hidden</div><div style='display: none'>None</div>"
      "<div aria-hidden=\"true\">Aria</div><div role=navigation>Menu</div><p>Also shown.</p>");
  EXPECT_EQ(t.text, "Shown.\n\nAlso shown.");
}

TEST(HtmlTest, EntitiesStayRawAndMapToAmpersand) {
  const std::string html = "<p>Smith &amp; Wesson &#8217; &nbsp;x</p>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "Smith &amp; Wesson &#8217; &nbsp;x");
  EXPECT_EQ(OriginOf(t, "&amp;"), html.find("&amp;"));
  EXPECT_EQ(OriginOf(t, "&#8217;"), html.find("&#8217;"));
}

TEST(HtmlTest, EntityInTitleStaysRaw) {
  const std::string html = "<title>Cops &amp; buyers</title><p>x</p>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "Cops &amp; buyers\n\nx");
  EXPECT_EQ(OriginOf(t, "&amp;"), html.find("&amp;"));
}

TEST(HtmlTest, UnclosedTagsAreRepaired) {
  const HtmlText t = Extract("<html><body><p>First para<p>Second <b>bold<p>Third<div>Fourth");
  EXPECT_EQ(t.text, "First para\n\nSecond bold\n\nThird\n\nFourth");
}

TEST(HtmlTest, IgnoredTagsInsideTextAreNotEmitted) {
  // "</span>" with no open span is ignored by the parser; its bytes must not
  // leak into the text.
  const std::string html = "<p>Police</span> said</i> 12<!-- note --> men.</p>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "Police said 12 men.");
}

TEST(HtmlTest, LiteralLessThanIsText) {
  const HtmlText t = Extract("<p>a < b and 3<4</p>");
  EXPECT_EQ(t.text, "a < b and 3<4");
}

TEST(HtmlTest, CommentsDropped) {
  const HtmlText t = Extract("<p>a<!-- hidden comment -->b</p>");
  EXPECT_EQ(t.text, "ab");
}

TEST(HtmlTest, Utf8TextPassesThrough) {
  const std::string html = "<p>The sheriff\u2019s office \u2014 Jos\u00E9</p>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "The sheriff\u2019s office \u2014 Jos\u00E9");
  EXPECT_EQ(OriginOf(t, "Jos"), html.find("Jos"));
}

TEST(HtmlTest, NoLeadingOrTrailingSeparators) {
  const HtmlText t = Extract("  <div>\n <p>  only  </p>\n</div>\n  ");
  EXPECT_EQ(t.text, "only");
}

TEST(HtmlTest, PlainTextIsWrappedInBody) {
  const HtmlText t = Extract("Just some text, no markup.");
  EXPECT_EQ(t.text, "Just some text, no markup.");
}

TEST(HtmlTest, NestedHundredThousandDivs) {
  constexpr int kDepth = 100000;
  std::string html = "<html><head><title>Deep</title></head><body>";
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "Innermost text.";
  for (int i = 0; i < kDepth; ++i) html += "</div>";
  html += "<p>After.</p></body></html>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "Deep\n\nInnermost text.\n\nAfter.");
  EXPECT_EQ(OriginOf(t, "Innermost"), html.find("Innermost"));
  EXPECT_EQ(OriginOf(t, "After"), html.find("After"));
}

TEST(HtmlTest, NestedHundredThousandUnclosedMixedTags) {
  std::string html = "<body>";
  for (int i = 0; i < 100000; ++i) html += (i % 3 == 0) ? "<span>" : (i % 3 == 1) ? "<b>" : "<div>";
  html += "deep";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "deep");
}

TEST(HtmlTest, DeepNestingInsideScriptDoesNotCount) {
  std::string html = "<script>";
  for (int i = 0; i < 1000; ++i) html += "<div>";
  html += "</script><div><p>Visible.</p></div>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text, "Visible.");
}

TEST(HtmlTest, LargeDocument) {
  std::string html = "<html><head><title>Big</title></head><body>";
  while (html.size() < (8u << 20)) {
    html += "<p>Deputies arrested <b>14</b> men &amp; women in a sting, the sheriff said.</p>\n";
  }
  html += "</body></html>";
  const HtmlText t = Extract(html);
  EXPECT_EQ(t.text.substr(0, 5), "Big\n\n");
  EXPECT_NE(t.text.find("Deputies arrested 14 men &amp; women"), std::string::npos);
}

TEST(HtmlTest, LooksLikeHtml) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html>"));
  EXPECT_TRUE(looks_like_html("<!doctype html>"));
  EXPECT_TRUE(looks_like_html("  \n<html lang=en>"));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF<HTML>"));
  EXPECT_TRUE(looks_like_html("<head>"));
  EXPECT_TRUE(looks_like_html("<body class=x>"));
  EXPECT_TRUE(looks_like_html("<p>Text</p>"));
  EXPECT_TRUE(looks_like_html("<div>"));
  EXPECT_TRUE(looks_like_html("<article>"));
  EXPECT_TRUE(looks_like_html("<h1>Headline</h1>"));
  EXPECT_TRUE(looks_like_html("<!-- saved page -->"));
  EXPECT_FALSE(looks_like_html(""));
  EXPECT_FALSE(looks_like_html("Police arrested 12 <men>"));
  EXPECT_FALSE(looks_like_html("<person> said"));
  EXPECT_FALSE(looks_like_html("<pre-trial hearing>"));
  EXPECT_FALSE(looks_like_html("<3 you"));
  EXPECT_FALSE(looks_like_html("   "));
}

TEST(HtmlTest, ExtractedTextIsDeterministic) {
  const std::string html = "<title>A</title><p>B <i>c</i></p>";
  EXPECT_EQ(extract_html_text(html).text, extract_html_text(html).text);
}

}  // namespace
}  // namespace rehope::internal

// html: text of an HTML page, with offsets back into the HTML.
#ifndef REHOPE_SRC_HTML_H_
#define REHOPE_SRC_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rehope::internal {

struct HtmlText {
  // The headline (<title>, else the first <h1>) on the first line, then the
  // text of block elements, paragraphs separated by a blank line. script,
  // style, noscript, nav, footer, header, aside, form, iframe, svg dropped.
  // Character references are NOT decoded here: normalize() does it, so that
  // its offset map stays exact.
  std::string text;
  // origin[i]: byte offset in the HTML of text byte i; origin[text.size()]
  // == html.size(). Inserted separators map to the position they stand for.
  std::vector<std::uint32_t> origin;
};

// Uses gumbo; never fails (gumbo repairs any markup). Depth-safe: the tree
// is walked iteratively, so deeply nested markup cannot overflow the stack,
// and tags nested deeper than 512 levels are ignored (their text is kept)
// because gumbo's tree building is quadratic in nesting depth. <br> is a
// line break ("\n"), two in a row a blank line. Elements with the `hidden`
// attribute, aria-hidden="true", display:none, or a navigation/banner/
// contentinfo/complementary/search role are dropped like <nav>.
HtmlText extract_html_text(std::string_view html);

// True when the text looks like HTML: starts (after whitespace/BOM) with
// "<!doctype", "<html", "<head", "<body", "<p", "<div", "<article" or "<h1"
// (also "<!--" and a few other common block tags: section, main, h2-h6,
// title, meta, span, table, ul, ol, br, header, nav). A tag name must end
// there: "<pre-trial hearing>" and "<person>" are text. Case-insensitive.
bool looks_like_html(std::string_view text);

}  // namespace rehope::internal

#endif  // REHOPE_SRC_HTML_H_

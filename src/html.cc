#include "html.h"
namespace rehope::internal {
HtmlText extract_html_text(std::string_view html) {
  HtmlText out;
  out.text.assign(html);
  out.origin.resize(html.size() + 1);
  for (std::size_t i = 0; i <= html.size(); ++i) out.origin[i] = static_cast<std::uint32_t>(i);
  return out;
}
bool looks_like_html(std::string_view text) { return !text.empty() && text[0] == '<'; }
}  // namespace rehope::internal

// html: page text with an offset map into the HTML, via gumbo.
//
// Three things keep this safe on hostile markup:
//  - gumbo's tree construction costs O(depth) per tag (scope checks walk the
//    stack of open elements), so 100,000 nested <div>s take minutes. Before
//    parsing, tags nested deeper than kMaxNesting are blanked out with spaces
//    (same length, so every offset stays exact); their text is kept.
//  - gumbo_destroy_output() frees the tree recursively. gumbo allocates
//    through GumboAllocations instead, which frees every block without
//    walking the tree, so it is never called.
//  - the tree is walked with an explicit stack, never recursively.
#include "html.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rehope::internal {
namespace {

// Real pages nest a few dozen levels; this is far beyond that and still keeps
// gumbo's per-tag scope checks cheap.
constexpr std::size_t kMaxNesting = 512;

// ---------------------------------------------------------------------------
// Allocator for gumbo that can release everything without walking the tree:
// each block carries a link in a list of live blocks, so freeing one is O(1)
// and the destructor frees whatever gumbo's output still holds. (A bump arena
// with a no-op free was tried: gumbo frees so many temporaries per token that
// it used four times the memory.)

class GumboAllocations {
 public:
  GumboAllocations() = default;
  GumboAllocations(const GumboAllocations&) = delete;
  GumboAllocations& operator=(const GumboAllocations&) = delete;
  ~GumboAllocations() {
    while (head_.next != &head_) Unlink(head_.next);
  }

  static void* Allocate(void* userdata, std::size_t size) {
    auto* self = static_cast<GumboAllocations*>(userdata);
    void* raw = std::malloc(kHeaderSize + size);
    if (raw == nullptr) throw std::bad_alloc();
    auto* link = static_cast<Link*>(raw);
    link->prev = &self->head_;
    link->next = self->head_.next;
    self->head_.next->prev = link;
    self->head_.next = link;
    return static_cast<std::byte*>(raw) + kHeaderSize;
  }

  static void Deallocate(void* /*userdata*/, void* ptr) {
    if (ptr == nullptr) return;
    Unlink(reinterpret_cast<Link*>(static_cast<std::byte*>(ptr) - kHeaderSize));
  }

 private:
  struct Link {
    Link* prev;
    Link* next;
  };
  // Keeps the payload aligned as malloc's own result is.
  static constexpr std::size_t kHeaderSize =
      (sizeof(Link) + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) *
      alignof(std::max_align_t);

  static void Unlink(Link* link) {
    link->prev->next = link->next;
    link->next->prev = link->prev;
    std::free(link);
  }

  Link head_{&head_, &head_};
};

// ---------------------------------------------------------------------------
// Depth cap, applied to the raw markup before gumbo sees it.

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && EqualsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

// A tag name lowercased into `buffer`; names longer than the buffer (none of
// the names tested below) come back empty.
using TagNameBuffer = std::array<char, 10>;
std::string_view LowerTagName(std::string_view name, TagNameBuffer& buffer) {
  if (name.size() > buffer.size()) return {};
  for (std::size_t i = 0; i < name.size(); ++i) buffer[i] = AsciiLower(name[i]);
  return {buffer.data(), name.size()};
}

// Elements that never nest: void elements and those whose end tag is
// optional (a new <p> or <li> closes the previous one). `name` is lowercase.
bool DoesNotNest(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "p", "li", "br", "td", "tr", "th", "dt", "dd", "img", "hr", "wbr", "col", "meta",
      "link", "area", "base", "embed", "input", "param", "source", "track", "option",
      "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc", "colgroup", "caption",
      "image", "keygen", "basefont", "bgsound", "frame", "isindex", "menuitem"};
  for (std::string_view known : kNames) {
    if (name == known) return true;
  }
  return false;
}

// `name` is lowercase.
bool IsRawTextElement(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" ||
         name == "xmp" || name == "iframe" || name == "noembed" || name == "noframes";
}

// Index of the '>' that closes the tag starting at `lt`, honouring quoted
// attribute values; npos when the tag never closes.
std::size_t TagEnd(std::string_view html, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

// Returns a copy of `html` with start tags beyond kMaxNesting (and their end
// tags) replaced by spaces, or nothing when the markup is never that deep.
// The scan is a rough tokenizer, not a parser: it only has to bound depth.
std::optional<std::string> FlattenDeepNesting(std::string_view html) {
  std::optional<std::string> flattened;
  std::size_t depth = 0;
  std::size_t blanked_open = 0;
  const auto blank = [&](std::size_t begin, std::size_t end) {
    if (!flattened) flattened.emplace(html);
    std::fill(flattened->begin() + static_cast<std::ptrdiff_t>(begin),
              flattened->begin() + static_cast<std::ptrdiff_t>(end), ' ');
  };
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t close = html.find("-->", i + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    const bool is_end = i + 1 < html.size() && html[i + 1] == '/';
    const std::size_t name_begin = i + (is_end ? 2 : 1);
    if (name_begin >= html.size() || !IsAsciiAlpha(html[name_begin])) {
      ++i;
      continue;
    }
    std::size_t name_end = name_begin;
    while (name_end < html.size() && !IsHtmlSpace(html[name_end]) && html[name_end] != '>' &&
           html[name_end] != '/') {
      ++name_end;
    }
    TagNameBuffer name_buffer{};
    const std::string_view name =
        LowerTagName(html.substr(name_begin, name_end - name_begin), name_buffer);
    const std::size_t gt = TagEnd(html, i);
    if (gt == std::string_view::npos) break;
    const bool self_closing = html[gt - 1] == '/';
    if (is_end) {
      if (!DoesNotNest(name)) {
        if (blanked_open > 0) {
          blank(i, gt + 1);
          --blanked_open;
        } else if (depth > 0) {
          --depth;
        }
      }
      i = gt + 1;
      continue;
    }
    if (IsRawTextElement(name) && !self_closing) {
      // Skip the raw text: "<div>" inside a script is not a tag.
      std::size_t close = gt + 1;
      while ((close = html.find("</", close)) != std::string_view::npos &&
             !StartsWithIgnoreCase(html.substr(close + 2), name)) {
        close += 2;
      }
      i = close == std::string_view::npos ? html.size() : close;
      continue;
    }
    if (!self_closing && !DoesNotNest(name)) {
      if (depth >= kMaxNesting) {
        blank(i, gt + 1);
        ++blanked_open;
      } else {
        ++depth;
      }
    }
    i = gt + 1;
  }
  return flattened;
}

// ---------------------------------------------------------------------------
// Element classes.

bool IsDropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_MATH: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_MENU:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_MAP:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: case GUMBO_TAG_DIV: case GUMBO_TAG_P:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_OL:
    case GUMBO_TAG_UL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DIR: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_MARQUEE:
      return true;
    default:
      return false;
  }
}

bool HasAttribute(const GumboElement& element, const char* name) {
  return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

std::string_view AttributeValue(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  return attribute == nullptr ? std::string_view{} : std::string_view(attribute->value);
}

// Page furniture marked up by role, and content hidden from readers.
bool IsHiddenOrFurniture(const GumboElement& element) {
  if (element.attributes.length == 0) return false;
  if (HasAttribute(element, "hidden")) return true;
  if (AttributeValue(element, "aria-hidden") == "true") return true;
  const std::string_view role = AttributeValue(element, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "search" || role == "menu" || role == "menubar") {
    return true;
  }
  std::string style;
  for (char c : AttributeValue(element, "style")) {
    if (!IsHtmlSpace(c)) style.push_back(AsciiLower(c));
  }
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool IsHtmlElement(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag &&
         node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

bool IsTextLike(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

const GumboVector* ChildrenOf(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  return nullptr;
}

const GumboNode* ChildAt(const GumboVector* children, std::size_t i) {
  return static_cast<const GumboNode*>(children->data[i]);
}

// ---------------------------------------------------------------------------
// Output with separators and whitespace collapsing.

class TextWriter {
 public:
  enum Break { kNone = 0, kSpace = 1, kLine = 2, kParagraph = 3 };

  TextWriter(std::string_view html, HtmlText& out) : html_(html), out_(out) {}

  // Appends the raw bytes of a text node: whitespace runs collapse to one
  // space, and stray markup inside the node's source span is skipped.
  void AppendText(const GumboNode* node) {
    const GumboStringPiece& piece = node->v.text.original_text;
    if (piece.data == nullptr || piece.length == 0) return;
    if (piece.data < html_.data() || piece.data + piece.length > html_.data() + html_.size()) {
      return;
    }
    const auto base = static_cast<std::size_t>(piece.data - html_.data());
    const std::string_view source(piece.data, piece.length);
    for (std::size_t i = 0; i < source.size(); ++i) {
      const char c = source[i];
      if (c == '<' && i + 1 < source.size() &&
          (IsAsciiAlpha(source[i + 1]) || source[i + 1] == '/' || source[i + 1] == '!' ||
           source[i + 1] == '?')) {
        // gumbo folds ignored tags and comments into the surrounding text
        // node's source span ("a</span>b" is one node "ab"); a literal '<'
        // followed by a letter cannot be text, so this is markup to skip.
        const bool comment = source.substr(i, 4) == "<!--";
        const std::size_t close = comment ? source.find("-->", i + 4) : source.find('>', i + 1);
        if (close == std::string_view::npos) break;
        i = close + (comment ? 2 : 0);
        continue;
      }
      if (IsHtmlSpace(c)) {
        RequestBreak(kSpace, base + i);
        continue;
      }
      FlushPending();
      out_.text.push_back(c);
      out_.origin.push_back(static_cast<std::uint32_t>(base + i));
      end_of_last_text_ = base + i + 1;
    }
  }

  // Asks for a separator before the next text. Separators never start the
  // output, and the strongest one requested wins. A space maps to the first
  // whitespace byte it replaces; line and paragraph breaks map to the end of
  // the text they follow.
  void RequestBreak(Break level, std::size_t whitespace_origin = 0) {
    level = std::min(level, max_break_);
    if (out_.text.empty() || level <= pending_) return;
    pending_origin_ = level == kSpace ? whitespace_origin : end_of_last_text_;
    pending_ = level;
  }

  // <br>: a line break, and two in a row a paragraph break.
  void LineBreak() {
    if (out_.text.empty()) return;
    RequestBreak(pending_ >= kLine ? kParagraph : kLine);
  }

  // Caps the separators (the headline is one line).
  void set_max_break(Break level) { max_break_ = level; }

 private:
  void FlushPending() {
    static constexpr std::array<std::string_view, 4> kSeparators = {"", " ", "\n", "\n\n"};
    const std::string_view separator = kSeparators[static_cast<std::size_t>(pending_)];
    out_.text.append(separator);
    out_.origin.insert(out_.origin.end(), separator.size(),
                       static_cast<std::uint32_t>(pending_origin_));
    pending_ = kNone;
  }

  std::string_view html_;
  HtmlText& out_;
  Break pending_ = kNone;
  Break max_break_ = kParagraph;
  std::size_t pending_origin_ = 0;
  std::size_t end_of_last_text_ = 0;
};

// First HTML element with `tag` in document order (iterative search).
const GumboNode* FindFirst(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (IsHtmlElement(node, tag)) return node;
    const GumboVector* children = ChildrenOf(node);
    if (children == nullptr) continue;
    for (std::size_t i = children->length; i > 0; --i) stack.push_back(ChildAt(children, i - 1));
  }
  return nullptr;
}

// Writes the text under `root`, depth first with an explicit stack.
// `skip` (may be null) is left out, as are dropped and hidden elements when
// `drop_furniture` is set.
void WriteSubtree(const GumboNode* root, const GumboNode* skip, bool drop_furniture,
                  TextWriter& writer) {
  struct Frame {
    const GumboNode* node;
    std::size_t next_child;
  };
  std::vector<Frame> stack;
  const auto enter = [&](const GumboNode* node) {
    if (node == skip) return;
    if (IsTextLike(node)) {
      writer.AppendText(node);
      return;
    }
    // Comments, and <template> content (never rendered; gumbo gives it its
    // own node type).
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& element = node->v.element;
      if (drop_furniture && (IsDropped(element.tag) || IsHiddenOrFurniture(element))) return;
      if (element.tag == GUMBO_TAG_BR) {
        writer.LineBreak();
        return;
      }
      if (IsBlock(element.tag)) writer.RequestBreak(TextWriter::kParagraph);
    }
    stack.push_back({node, 0});
  };
  enter(root);
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboVector* children = ChildrenOf(frame.node);
    if (children != nullptr && frame.next_child < children->length) {
      const GumboNode* child = ChildAt(children, frame.next_child++);
      enter(child);  // may grow the stack; `frame` is not used after this
      continue;
    }
    if (frame.node->type == GUMBO_NODE_ELEMENT && IsBlock(frame.node->v.element.tag)) {
      writer.RequestBreak(TextWriter::kParagraph);
    }
    stack.pop_back();
  }
}

bool HasVisibleText(const HtmlText& text, std::size_t from) { return text.text.size() > from; }

}  // namespace

HtmlText extract_html_text(std::string_view html) {
  HtmlText out;
  const std::optional<std::string> flattened = FlattenDeepNesting(html);
  const std::string_view parse_input = flattened ? std::string_view(*flattened) : html;

  GumboAllocations allocations;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboAllocations::Allocate;
  options.deallocator = &GumboAllocations::Deallocate;
  options.userdata = &allocations;
  options.max_errors = 0;  // recorded errors copy the open-element stack
  // Never destroyed with gumbo_destroy_output (recursive): `allocations` owns it.
  GumboOutput* output = gumbo_parse_with_options(&options, parse_input.data(), parse_input.size());
  // Offsets are computed against `html`; the flattened copy has equal length.
  const std::string_view source_for_offsets = parse_input;

  out.text.reserve(html.size() / 2);
  out.origin.reserve(html.size() / 2 + 1);
  TextWriter writer(source_for_offsets, out);

  // Headline: the <title>, else the first <h1>, on a line of its own.
  const GumboNode* headline_h1 = nullptr;
  if (const GumboNode* title = FindFirst(output->document, GUMBO_TAG_TITLE)) {
    writer.set_max_break(TextWriter::kSpace);
    WriteSubtree(title, nullptr, /*drop_furniture=*/false, writer);
  }
  if (!HasVisibleText(out, 0)) {
    headline_h1 = FindFirst(output->document, GUMBO_TAG_H1);
    if (headline_h1 != nullptr) {
      writer.set_max_break(TextWriter::kSpace);
      WriteSubtree(headline_h1, nullptr, /*drop_furniture=*/false, writer);
    }
  }
  writer.set_max_break(TextWriter::kParagraph);
  writer.RequestBreak(TextWriter::kParagraph);

  WriteSubtree(output->document, headline_h1, /*drop_furniture=*/true, writer);
  out.origin.push_back(static_cast<std::uint32_t>(html.size()));
  return out;
}

bool looks_like_html(std::string_view text) {
  std::size_t i = 0;
  while (true) {
    if (i < text.size() && IsHtmlSpace(text[i])) {
      ++i;
    } else if (text.substr(i, 3) == "\xEF\xBB\xBF") {
      i += 3;
    } else {
      break;
    }
  }
  const std::string_view rest = text.substr(i);
  if (StartsWithIgnoreCase(rest, "<!--")) return true;
  if (StartsWithIgnoreCase(rest, "<!doctype") && rest.size() > 9 && IsHtmlSpace(rest[9])) {
    return true;
  }
  static constexpr std::string_view kTags[] = {
      "html", "head", "body", "p", "div", "article", "section", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "title", "meta", "span", "table", "ul", "ol", "br", "header", "nav"};
  if (rest.empty() || rest[0] != '<') return false;
  for (std::string_view tag : kTags) {
    if (!StartsWithIgnoreCase(rest.substr(1), tag)) continue;
    const std::size_t after = 1 + tag.size();
    if (after == rest.size() || rest[after] == '>' || rest[after] == '/' ||
        IsHtmlSpace(rest[after])) {
      return true;
    }
  }
  return false;
}

}  // namespace rehope::internal

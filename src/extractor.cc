// The Extractor: the stages wired together, built once, shared by threads.
#include <algorithm>
#include <set>
#include <utility>
#include <stdexcept>

#include <fmt/format.h>

#include "claims.h"
#include "html.h"
#include "normalize.h"
#include "patterns.h"
#include "quantities.h"
#include "rehope/rehope.h"
#include "segment.h"
#include "summary.h"
#include "triggers.h"

namespace rehope {

using internal::Binder;
using internal::PatternSet;
using internal::QuantityConfig;
using internal::QuantityFinder;
using internal::Segmenter;

std::string_view version() { return REHOPE_VERSION_STRING; }

std::string PatternError::to_string() const {
  std::string out = file.empty() ? std::string("<patterns>") : file;
  if (line > 0) out += fmt::format(":{}", line);
  out += ": ";
  if (!pattern_id.empty()) out += fmt::format("pattern '{}': ", pattern_id);
  out += message;
  return out;
}

class Extractor::Impl {
 public:
  Impl(std::unique_ptr<PatternSet> set, const Options& o)
      : options(o),
        patterns(std::move(set)),
        quantities(QuantityConfig{patterns->piece("PERSON_NOUN")}),
        binder(*patterns, quantities) {}

  Summary analyze(const Document& document) const;

  Options options;
  std::unique_ptr<PatternSet> patterns;
  QuantityFinder quantities;
  Segmenter segmenter;
  Binder binder;
};

namespace {

// Cuts at a UTF-8 character boundary at or before `limit`.
std::size_t utf8_cut(std::string_view text, std::size_t limit) {
  if (limit >= text.size()) return text.size();
  std::size_t cut = limit;
  for (int back = 0; back < 4 && cut > 0; ++back) {
    const auto byte = static_cast<unsigned char>(text[cut]);
    if ((byte & 0xC0) != 0x80) break;
    --cut;
  }
  return cut;
}

constexpr const char* kOffTopicReason =
    "The article does not mention commercial sex or trafficking, nor a sting that could be about it.";

bool is_html(const Document& d) {
  if (d.format == InputFormat::kHtml) return true;
  if (d.format == InputFormat::kText) return false;
  return internal::looks_like_html(d.text);
}

}  // namespace

Summary Extractor::Impl::analyze(const Document& document) const {
  Summary summary;
  summary.id = std::string(document.id);
  std::string_view input = document.text;
  if (input.size() > options.max_document_bytes) {
    input = input.substr(0, utf8_cut(input, options.max_document_bytes));
    summary.warnings.push_back(
        fmt::format("document truncated to {} bytes (max_document_bytes)", input.size()));
  }

  // Stage 0: HTML to text, with a map back into the HTML.
  std::string html_text;
  std::vector<std::uint32_t> html_origin;
  std::string_view source = input;
  if (is_html(document)) {
    auto extracted = internal::extract_html_text(input);
    html_text = std::move(extracted.text);
    html_origin = std::move(extracted.origin);
    source = html_text;
  }
  // A title given outside the text is analyzed as the headline; its claims
  // point at offset 0 of the input since its bytes are not there.
  std::string with_title;
  std::size_t title_bytes = 0;
  if (!document.title.empty()) {
    with_title.reserve(document.title.size() + 2 + source.size());
    with_title.append(document.title);
    with_title.append("\n\n");
    title_bytes = with_title.size();
    with_title.append(source);
    source = with_title;
  }

  // Stage 1: normalize.
  const internal::NormalizedText norm = internal::normalize(source);
  if (norm.repaired_invalid_utf8) {
    summary.warnings.push_back("invalid UTF-8 was replaced with U+FFFD");
  }
  if (norm.had_nul) summary.warnings.push_back("NUL bytes were removed");
  auto to_input = [&](std::size_t normalized) -> std::size_t {
    std::size_t at = norm.origin[std::min(normalized, norm.origin.size() - 1)];
    if (title_bytes) at = at < title_bytes ? 0 : at - title_bytes;
    if (!html_origin.empty()) at = html_origin[std::min<std::size_t>(at, html_origin.size() - 1)];
    return std::min(at, input.size());
  };

  // The document gate, one Set scan before the cost of sentence breaking:
  // a document in which no anchor pattern matches anywhere holds no claim,
  // and one that cannot be about a commercial-sex operation is not what
  // rehope reports on (docs/decisions.md).
  std::vector<int> gate_hits;
  bool anchored = false, sex = false, sting = false, other_story = false;
  std::vector<std::size_t> cue_patterns;
  if (patterns->gate_prefilter().Match(norm.text, &gate_hits)) {
    for (int hit : gate_hits) {
      const std::size_t index = patterns->gate_patterns()[static_cast<std::size_t>(hit)];
      const internal::Pattern& p = patterns->patterns()[index];
      anchored = anchored || internal::is_anchor_kind(p.kind);
      sex = sex || internal::is_topic(p);
      sting = sting || p.kind == internal::TriggerKind::kStingContext;
      other_story = other_story || p.kind == internal::TriggerKind::kOtherCrime ||
                    p.kind == internal::TriggerKind::kNotSting;
      if (internal::is_cue_kind(p.kind)) cue_patterns.push_back(index);
    }
  }
  // Without a word of sex or trafficking, only a sting in a story about no
  // other crime can be a sting (summary.cc): the rest is settled here.
  const bool on_topic = sex || (sting && !other_story);
  if (!anchored || !on_topic) {
    internal::aggregate(internal::Findings{}, summary);
    if (anchored) summary.approach_reason = kOffTopicReason;
    return summary;
  }

  // Stage 2: segment, splitting into sentences only the runs of text where
  // an anchor can match, and marking the sentences where one can; stages 3-5
  // happen in the binder.
  const internal::HotTest may_hold_anchor = [this](std::string_view piece) {
    return internal::may_hold_anchor(*patterns, piece);
  };
  std::vector<internal::Segment> segments = segmenter.split(norm.text, may_hold_anchor);
  if (title_bytes) {
    for (auto& s : segments) s.headline = norm.origin[s.begin] < title_bytes;
  }
  std::size_t unbroken_bytes = 0;
  for (const auto& s : segments) {
    if (s.unbroken) unbroken_bytes += s.end - s.begin;
  }
  if (unbroken_bytes > 0) {
    summary.warnings.push_back(fmt::format(
        "{} bytes of text ran more than {} bytes without a sentence break and were not read as "
        "sentences",
        unbroken_bytes, internal::kMaxSentenceBytes));
  }
  const internal::Findings findings = binder.bind(norm.text, segments, &cue_patterns);

  summary.claims.reserve(findings.claims.size());
  for (std::size_t i = 0; i < findings.claims.size(); ++i) {
    const auto& b = findings.claims[i];
    Claim c;
    c.id = static_cast<int>(i);
    c.category = b.category;
    c.value = b.value;
    c.qualifier = b.qualifier;
    c.approximate = b.approximate;
    c.evidence = Span{to_input(b.evidence_begin), to_input(b.evidence_end)};
    if (c.evidence.end < c.evidence.start) c.evidence.end = c.evidence.start;
    c.evidence_text = std::string(input.substr(c.evidence.start, c.evidence.end - c.evidence.start));
    const auto& seg = segments[b.segment];
    c.sentence = Span{to_input(seg.begin), to_input(seg.end)};
    if (c.sentence.end < c.sentence.start) c.sentence.end = c.sentence.start;
    c.rule = b.rule;
    c.negated = b.negated;
    c.background = b.background;
    c.headline = b.headline;
    if (b.attribution_end > b.attribution_begin) {
      const std::size_t s = to_input(b.attribution_begin), e = to_input(b.attribution_end);
      if (e > s) c.attribution = std::string(input.substr(s, e - s));
    }
    summary.claims.push_back(std::move(c));
  }
  internal::aggregate(findings, summary);
  if (summary.flags.services_offered) {
    // A services phrase seen by both the sentence pass and the cue scan is
    // one piece of evidence (a set, not a search per phrase: a huge document
    // can hold many).
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (const auto& s : findings.cues.services) {
      if (seen.emplace(s.begin, s.end).second) {
        summary.services_evidence.push_back(Span{to_input(s.begin), to_input(s.end)});
      }
    }
  }
  return summary;
}

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Extractor Extractor::with_default_patterns(const Options& options) {
  auto loaded = internal::load_patterns(internal::embedded_patterns(), options.regex_max_mem);
  if (!loaded.set) {
    std::string message = "rehope: the embedded patterns failed to load:";
    for (const auto& e : loaded.errors) message += "\n  " + e.to_string();
    throw std::logic_error(message);
  }
  return Extractor(std::make_unique<Impl>(std::move(loaded.set), options));
}

LoadResult Extractor::from_directory(const std::string& directory, const Options& options) {
  LoadResult result;
  auto files = internal::read_pattern_directory(directory, result.errors);
  if (!result.errors.empty()) return result;
  auto loaded = internal::load_patterns(files, options.regex_max_mem);
  if (!loaded.set) {
    result.errors = std::move(loaded.errors);
    return result;
  }
  result.extractor.reset(new Extractor(std::make_unique<Impl>(std::move(loaded.set), options)));
  return result;
}

Summary Extractor::analyze(std::string_view text) const {
  return analyze(Document{text, {}, {}, InputFormat::kAuto});
}

Summary Extractor::analyze(const Document& document) const {
  try {
    return impl_->analyze(document);
  } catch (const std::exception& e) {
    // Nothing in the pipeline should throw on text; if memory runs out, say so.
    Summary s;
    s.id = std::string(document.id);
    s.warnings.push_back(fmt::format("analysis failed: {}", e.what()));
    return s;
  }
}

const Options& Extractor::options() const { return impl_->options; }

std::vector<PatternError> check_patterns(const std::string& directory, const Options& options) {
  std::vector<PatternError> errors;
  auto files = directory.empty() ? internal::embedded_patterns()
                                 : internal::read_pattern_directory(directory, errors);
  if (!errors.empty()) return errors;
  auto loaded = internal::load_patterns(files, options.regex_max_mem);
  if (!loaded.set) return loaded.errors;
  return internal::check_examples(*loaded.set);
}

std::string html_to_text(std::string_view html) {
  return internal::normalize(internal::extract_html_text(html).text).text;
}

}  // namespace rehope

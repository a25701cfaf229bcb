// The Extractor: the stages wired together, built once, shared by threads.
#include <algorithm>
#include <set>
#include <span>
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

  struct Work;
  // Analyzes documents[i] into out[i]; may throw (std::bad_alloc).
  void analyze(std::span<const Document> documents, Summary* out) const;
  void gate(const Document& document, Work& work) const;
  void segment(Work& work) const;
  void summarize(const internal::Findings& findings, Work& work) const;

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

// One document on its way through the pipeline: what the stages before the
// binder made of it.
struct Extractor::Impl::Work {
  Summary summary;
  std::string_view input;  // the caller's text, cut to max_document_bytes
  std::vector<std::uint32_t> html_origin;  // HTML text byte -> input byte
  std::size_t title_bytes = 0;  // bytes of the title put before the text
  internal::NormalizedText norm;
  std::vector<std::size_t> cue_patterns;
  bool settled = false;  // the gate decided: no sentence needs reading
  std::vector<internal::Segment> segments;

  // A byte offset of the normalized text as an offset into the input.
  std::size_t to_input(std::size_t normalized) const {
    std::size_t at = norm.origin[std::min(normalized, norm.origin.size() - 1)];
    if (title_bytes) at = at < title_bytes ? 0 : at - title_bytes;
    if (!html_origin.empty()) at = html_origin[std::min<std::size_t>(at, html_origin.size() - 1)];
    return std::min(at, input.size());
  }
};

void Extractor::Impl::gate(const Document& document, Work& work) const {
  Summary& summary = work.summary;
  summary.id = std::string(document.id);
  std::string_view input = document.text;
  if (input.size() > options.max_document_bytes) {
    input = input.substr(0, utf8_cut(input, options.max_document_bytes));
    summary.warnings.push_back(
        fmt::format("document truncated to {} bytes (max_document_bytes)", input.size()));
  }
  work.input = input;

  // Stage 0: HTML to text, with a map back into the HTML.
  std::string html_text;
  std::string_view source = input;
  if (is_html(document)) {
    auto extracted = internal::extract_html_text(input);
    html_text = std::move(extracted.text);
    work.html_origin = std::move(extracted.origin);
    source = html_text;
  }
  // A title given outside the text is analyzed as the headline; its claims
  // point at offset 0 of the input since its bytes are not there.
  std::string with_title;
  if (!document.title.empty()) {
    with_title.reserve(document.title.size() + 2 + source.size());
    with_title.append(document.title);
    with_title.append("\n\n");
    work.title_bytes = with_title.size();
    with_title.append(source);
    source = with_title;
  }

  // Stage 1: normalize.
  work.norm = internal::normalize(source);
  if (work.norm.repaired_invalid_utf8) {
    summary.warnings.push_back("invalid UTF-8 was replaced with U+FFFD");
  }
  if (work.norm.had_nul) summary.warnings.push_back("NUL bytes were removed");

  // The document gate, one Set scan before the cost of sentence breaking:
  // a document in which no anchor pattern matches anywhere holds no claim,
  // and one that cannot be about a commercial-sex operation is not what
  // rehope reports on (docs/decisions.md).
  std::vector<int> gate_hits;
  bool anchored = false, sex = false, sting = false, other_story = false;
  if (patterns->gate_prefilter().Match(work.norm.text, &gate_hits)) {
    for (int hit : gate_hits) {
      const std::size_t index = patterns->gate_patterns()[static_cast<std::size_t>(hit)];
      const internal::Pattern& p = patterns->patterns()[index];
      anchored = anchored || internal::is_anchor_kind(p.kind);
      sex = sex || internal::is_topic(p);
      sting = sting || p.kind == internal::TriggerKind::kStingContext;
      other_story = other_story || p.kind == internal::TriggerKind::kOtherCrime ||
                    p.kind == internal::TriggerKind::kNotSting;
      if (internal::is_cue_kind(p.kind)) work.cue_patterns.push_back(index);
    }
  }
  // Without a word of sex or trafficking, only a sting in a story about no
  // other crime can be a sting (summary.cc): the rest is settled here.
  const bool on_topic = sex || (sting && !other_story);
  if (!anchored || !on_topic) {
    internal::aggregate(internal::Findings{}, summary);
    if (anchored) summary.approach_reason = kOffTopicReason;
    work.settled = true;
  }
}

void Extractor::Impl::segment(Work& work) const {
  // Stage 2: segment, splitting into sentences only the runs of text where
  // an anchor can match, and marking the sentences where one can; stages 3-5
  // happen in the binder.
  const internal::HotTest may_hold_anchor = [this](std::string_view piece) {
    return internal::may_hold_anchor(*patterns, piece);
  };
  work.segments = segmenter.split(work.norm.text, may_hold_anchor);
  if (work.title_bytes) {
    for (auto& s : work.segments) s.headline = work.norm.origin[s.begin] < work.title_bytes;
  }
  std::size_t unbroken_bytes = 0;
  for (const auto& s : work.segments) {
    if (s.unbroken) unbroken_bytes += s.end - s.begin;
  }
  if (unbroken_bytes > 0) {
    work.summary.warnings.push_back(fmt::format(
        "{} bytes of text ran more than {} bytes without a sentence break and were not read as "
        "sentences",
        unbroken_bytes, internal::kMaxSentenceBytes));
  }
}

void Extractor::Impl::summarize(const internal::Findings& findings, Work& work) const {
  Summary& summary = work.summary;
  const std::string_view input = work.input;
  const auto& segments = work.segments;
  summary.claims.reserve(findings.claims.size());
  for (std::size_t i = 0; i < findings.claims.size(); ++i) {
    const auto& b = findings.claims[i];
    Claim c;
    c.id = static_cast<int>(i);
    c.category = b.category;
    c.value = b.value;
    c.qualifier = b.qualifier;
    c.approximate = b.approximate;
    c.evidence = Span{work.to_input(b.evidence_begin), work.to_input(b.evidence_end)};
    if (c.evidence.end < c.evidence.start) c.evidence.end = c.evidence.start;
    c.evidence_text = std::string(input.substr(c.evidence.start, c.evidence.end - c.evidence.start));
    const auto& seg = segments[b.segment];
    c.sentence = Span{work.to_input(seg.begin), work.to_input(seg.end)};
    if (c.sentence.end < c.sentence.start) c.sentence.end = c.sentence.start;
    c.rule = b.rule;
    c.negated = b.negated;
    c.background = b.background;
    c.headline = b.headline;
    if (b.attribution_end > b.attribution_begin) {
      const std::size_t s = work.to_input(b.attribution_begin), e = work.to_input(b.attribution_end);
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
        summary.services_evidence.push_back(Span{work.to_input(s.begin), work.to_input(s.end)});
      }
    }
  }
}

void Extractor::Impl::analyze(std::span<const Document> documents, Summary* out) const {
  // Stage by stage over all the documents rather than document by document:
  // each stage's automata (the gate's Set, the segmenter's, the trigger
  // patterns', the binder's) then stay in the CPU caches from one document
  // to the next instead of evicting one another at every document.
  std::vector<Work> work(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) gate(documents[d], work[d]);
  std::vector<std::size_t> open;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (work[d].settled) continue;
    segment(work[d]);
    open.push_back(d);
  }
  // The binder reads each document's text and segments where they are in
  // `work`, which is never resized from here on.
  std::vector<Binder::BindInput> inputs;
  inputs.reserve(open.size());
  for (std::size_t d : open) {
    inputs.push_back(Binder::BindInput{work[d].norm.text, &work[d].segments, &work[d].cue_patterns});
  }
  const std::vector<internal::Findings> findings = binder.bind(inputs);
  for (std::size_t k = 0; k < open.size(); ++k) summarize(findings[k], work[open[k]]);
  for (std::size_t d = 0; d < documents.size(); ++d) out[d] = std::move(work[d].summary);
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

namespace {

// The summary of a document whose analysis threw: nothing in the pipeline
// should throw on text; if memory runs out, say so.
Summary failed(const Document& document, const std::exception& e) {
  Summary s;
  s.id = std::string(document.id);
  s.warnings.push_back(fmt::format("analysis failed: {}", e.what()));
  return s;
}

}  // namespace

Summary Extractor::analyze(const Document& document) const {
  Summary summary;
  try {
    impl_->analyze(std::span<const Document>(&document, 1), &summary);
  } catch (const std::exception& e) {
    summary = failed(document, e);
  }
  return summary;
}

std::vector<Summary> Extractor::analyze(std::span<const Document> documents) const {
  std::vector<Summary> summaries(documents.size());
  // Documents go through the stages together in groups small enough to
  // bound their intermediate state (normalized text, offset maps, sentences,
  // triggers: a few times kBatchBytes at most, or one larger document
  // alone), and large enough that each stage's automata stay warm.
  std::size_t first = 0;
  while (first < documents.size()) {
    std::size_t last = first, bytes = 0;
    while (last < documents.size() && last - first < kBatchDocuments &&
           (last == first || bytes + documents[last].text.size() <= kBatchBytes)) {
      bytes += documents[last].text.size();
      ++last;
    }
    try {
      impl_->analyze(documents.subspan(first, last - first), summaries.data() + first);
    } catch (const std::exception&) {
      // One document's failure must not take the others' summaries with it.
      for (std::size_t d = first; d < last; ++d) summaries[d] = analyze(documents[d]);
    }
    first = last;
  }
  return summaries;
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

// The pattern-file loader: the input is the content of "en/x.toml", loaded
// together with the embedded pieces and word lists (so it can use {SEX},
// {PERSON_NOUN}, ...). Either a set or errors, never both; every error names
// a file and carries a message; a set that loads is then used to bind a
// fixed article, and its claims lie inside the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "claims.h"
#include "fuzz_common.h"
#include "normalize.h"
#include "patterns.h"
#include "quantities.h"
#include "segment.h"
#include "summary.h"

namespace {

constexpr std::string_view kArticle =
    "Sting nets 14 arrests\n\n"
    "Deputies arrested 12 men on charges of soliciting prostitution and two women "
    "for prostitution during a three-day undercover operation, the sheriff said. "
    "Three victims were identified and offered services. Nobody was charged with "
    "trafficking. Last year a similar sting led to 40 arrests.";

std::vector<rehope::internal::PatternFile> base_files() {
  std::vector<rehope::internal::PatternFile> out;
  for (auto& f : rehope::internal::embedded_patterns()) {
    if (f.path == "en/pieces.toml" || f.path.find("/lexicon/") != std::string::npos) {
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<rehope::internal::PatternFile> base = base_files();
  static const rehope::internal::Segmenter segmenter;
  static const rehope::internal::NormalizedText article =
      rehope::internal::normalize(kArticle);
  static const auto segments = segmenter.split(article.text);

  std::vector<rehope::internal::PatternFile> files = base;
  const std::string path = "en/x.toml";
  files.push_back({path, std::string(rehope::fuzz::as_view(data, size))});
  // A small budget keeps each iteration fast and exercises the limit.
  constexpr std::int64_t kMaxMem = std::int64_t{1} << 20;
  auto loaded = rehope::internal::load_patterns(files, kMaxMem);

  FUZZ_CHECK((loaded.set != nullptr) == loaded.errors.empty());
  for (const auto& e : loaded.errors) {
    FUZZ_CHECK(!e.message.empty());
    FUZZ_CHECK(e.line >= 0);
    FUZZ_CHECK(e.file.empty() || e.file == path || e.file == "en/pieces.toml" ||
               e.file.find("/lexicon/") != std::string::npos);
    FUZZ_CHECK(!e.to_string().empty());
  }
  if (!loaded.set) return 0;

  for (const auto& p : loaded.set->patterns()) {
    FUZZ_CHECK(p.re != nullptr && p.re->ok());
    FUZZ_CHECK(!p.id.empty());
    FUZZ_CHECK(p.line > 0);
  }
  (void)rehope::internal::check_examples(*loaded.set);

  // Analysis with user patterns: the claims stay inside the text.
  const rehope::internal::QuantityFinder quantities(
      rehope::internal::QuantityConfig{loaded.set->piece("PERSON_NOUN")});
  const rehope::internal::Binder binder(*loaded.set, quantities);
  const auto findings = binder.bind(article.text, segments);
  for (const auto& c : findings.claims) {
    FUZZ_CHECK(c.evidence_begin <= c.evidence_end);
    FUZZ_CHECK(c.evidence_end <= article.text.size());
    FUZZ_CHECK(c.segment < segments.size());
    if (c.value) FUZZ_CHECK(*c.value >= 0);
  }
  rehope::Summary summary;
  for (std::size_t i = 0; i < findings.claims.size(); ++i) {
    const auto& b = findings.claims[i];
    rehope::Claim claim;
    claim.id = static_cast<int>(i);
    claim.category = b.category;
    claim.value = b.value;
    claim.qualifier = b.qualifier;
    claim.approximate = b.approximate;
    claim.evidence = rehope::Span{b.evidence_begin, b.evidence_end};
    claim.rule = b.rule;
    claim.negated = b.negated;
    claim.background = b.background;
    claim.headline = b.headline;
    summary.claims.push_back(claim);
  }
  rehope::internal::aggregate(findings, summary);
  rehope::fuzz::check_count(summary.counts.buyers_arrested, summary);
  rehope::fuzz::check_count(summary.counts.sellers_arrested, summary);
  rehope::fuzz::check_count(summary.counts.victims_identified, summary);
  rehope::fuzz::check_count(summary.counts.traffickers_arrested, summary);
  rehope::fuzz::check_count(summary.counts.total_arrested, summary);
  return 0;
}

// rehope_bench: one benchmark per pipeline stage, the end-to-end analyze, and
// the floor (what the same bytes cost with nothing but one RE2::Set pass, and
// with nothing but ICU sentence breaking), all over the same generated corpus
// in the same run. After the run it prints a summary with analyze as a ratio
// of the floor (docs/performance.md explains the method).
//
//   build/release/bench/rehope_bench                       (8 MiB, seed 42)
//   build/release/bench/rehope_bench --corpus_bytes=32M --corpus_seed=7
//   build/release/bench/rehope_bench --corpus_file=corpus.jsonl
//   build/release/bench/rehope_bench --benchmark_filter=Floor
//
// Throughput convention: every benchmark reports bytes/s of the RAW corpus
// (SetBytesProcessed = raw bytes of the documents it went through), and
// documents/s (SetItemsProcessed). So 1/throughput is "seconds this stage
// costs per byte of input", and the stage times add up to roughly the
// analyze time. The bytes a stage itself reads (normalized text, segments,
// prefiltered segments) are shown as the counter stage_MiB.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <memory>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "claims.h"
#include "corpus.h"
#include "normalize.h"
#include "patterns.h"
#include "quantities.h"
#include "rehope/rehope.h"
#include "segment.h"
#include "summary.h"
#include "triggers.h"

namespace {

using namespace rehope;
using namespace rehope::internal;

std::size_t g_corpus_bytes = std::size_t{8} << 20;
std::uint64_t g_corpus_seed = 42;
std::string g_corpus_file;

// ---------------------------------------------------------------------------
// The corpus and every stage's precomputed input, built once.

struct Doc {
  std::string id;
  std::string text;
  bool sting = false;  // the generator wrote sting coverage
};

// The generator's JSON Lines ({"id":..,"text":..}), read with nlohmann::json.
std::vector<Doc> read_jsonl(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Doc> docs;
  std::string line;
  while (std::getline(in, line)) {
    const auto record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) continue;
    Doc d;
    d.text = record["text"].get<std::string>();
    if (record.contains("id") && record["id"].is_string()) d.id = record["id"].get<std::string>();
    if (!d.text.empty()) docs.push_back(std::move(d));
  }
  return docs;
}

struct Corpus {
  std::vector<Doc> docs;
  std::vector<Document> documents;  // the same, as the library takes them
  std::size_t bytes = 0;
  std::size_t sting_docs = 0;

  // The stages, wired like Extractor::Impl.
  std::unique_ptr<PatternSet> patterns;
  std::unique_ptr<QuantityFinder> quantities;
  std::unique_ptr<Segmenter> segmenter;
  std::unique_ptr<Binder> binder;
  std::unique_ptr<Extractor> extractor;

  // Precomputed stage inputs.
  std::vector<NormalizedText> normalized;
  std::vector<std::vector<Segment>> segments;
  struct Hit {
    std::size_t doc, begin, end;
  };
  std::vector<Hit> prefiltered;  // segments the RE2::Set lets through
  std::vector<Hit> gated;        // ... that also hold an arrest, victim, noun or
                                 // named-person trigger (where the binder calls find)
  std::vector<Findings> findings;
  std::vector<Summary> claim_summaries;  // claims filled, ready to aggregate
  std::size_t normalized_bytes = 0, segment_bytes = 0, prefiltered_bytes = 0, gated_bytes = 0;
  std::size_t segment_count = 0, quantity_count = 0, claim_count = 0, judged_sting = 0;
};

Corpus build_corpus() {
  Corpus c;
  if (!g_corpus_file.empty()) {
    c.docs = read_jsonl(g_corpus_file);
  } else {
    rehope_bench::Generator gen(g_corpus_seed);
    std::size_t bytes = 0;
    while (bytes < g_corpus_bytes) {
      rehope_bench::Article a = gen.next();
      bytes += a.text.size();
      c.docs.push_back(Doc{std::move(a.id), std::move(a.text), a.topic == rehope_bench::Topic::kSting});
    }
  }
  for (const auto& d : c.docs) {
    c.bytes += d.text.size();
    c.sting_docs += d.sting ? 1 : 0;
    c.documents.push_back(Document{d.text, d.id, {}, InputFormat::kAuto});
  }

  auto loaded = load_patterns(embedded_patterns(), Options{}.regex_max_mem);
  if (!loaded.set) throw std::runtime_error("embedded patterns failed to load");
  c.patterns = std::move(loaded.set);
  c.quantities = std::make_unique<QuantityFinder>(QuantityConfig{c.patterns->piece("PERSON_NOUN")});
  c.segmenter = std::make_unique<Segmenter>();
  c.binder = std::make_unique<Binder>(*c.patterns, *c.quantities);
  c.extractor = std::make_unique<Extractor>(Extractor::with_default_patterns());

  std::vector<int> hits;
  for (std::size_t i = 0; i < c.docs.size(); ++i) {
    c.normalized.push_back(normalize(c.docs[i].text));
    const NormalizedText& norm = c.normalized.back();
    c.normalized_bytes += norm.text.size();
    c.segments.push_back(c.segmenter->split(norm.text));
    for (const Segment& s : c.segments.back()) {
      ++c.segment_count;
      c.segment_bytes += s.end - s.begin;
      hits.clear();
      const std::string_view seg(norm.text.data() + s.begin, s.end - s.begin);
      if (c.patterns->prefilter().Match(seg, &hits)) {
        c.prefiltered.push_back({i, s.begin, s.end});
        c.prefiltered_bytes += s.end - s.begin;
        c.quantity_count += c.quantities->find(norm.text, s.begin, s.end).size();
        bool gate = false;
        for (const Trigger& t : find_triggers(*c.patterns, norm.text, s.begin, s.end)) {
          const TriggerKind k = t.kind();
          gate = gate || k == TriggerKind::kArrest || k == TriggerKind::kVictim ||
                 k == TriggerKind::kNoun || k == TriggerKind::kNamedPerson;
        }
        if (gate) {
          c.gated.push_back({i, s.begin, s.end});
          c.gated_bytes += s.end - s.begin;
        }
      }
    }
    c.findings.push_back(c.binder->bind(norm.text, c.segments.back()));
    const Findings& f = c.findings.back();
    c.claim_count += f.claims.size();
    // Claims as the extractor would fill them (offsets left normalized).
    Summary s;
    s.id = c.docs[i].id;
    for (std::size_t k = 0; k < f.claims.size(); ++k) {
      const BoundClaim& b = f.claims[k];
      Claim cl;
      cl.id = static_cast<int>(k);
      cl.category = b.category;
      cl.value = b.value;
      cl.qualifier = b.qualifier;
      cl.approximate = b.approximate;
      cl.evidence = Span{b.evidence_begin, std::max(b.evidence_begin, b.evidence_end)};
      cl.evidence_text = norm.text.substr(cl.evidence.start, cl.evidence.end - cl.evidence.start);
      const Segment& seg = c.segments.back()[b.segment];
      cl.sentence = Span{seg.begin, seg.end};
      cl.rule = b.rule;
      cl.negated = b.negated;
      cl.background = b.background;
      cl.headline = b.headline;
      s.claims.push_back(std::move(cl));
    }
    c.claim_summaries.push_back(std::move(s));
    c.judged_sting += c.extractor->analyze(c.docs[i].text).is_sting ? 1 : 0;
  }
  return c;
}

const Corpus& corpus() {
  static const Corpus c = build_corpus();
  return c;
}

constexpr double kMiB = 1024.0 * 1024.0;

void finish(benchmark::State& state, std::size_t stage_bytes) {
  const Corpus& c = corpus();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(c.bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(c.docs.size()));
  state.counters["stage_MiB"] = static_cast<double>(stage_bytes) / kMiB;
}

// ---------------------------------------------------------------------------
// The floor.

// One RE2::Set pass of the prefilter's patterns over each whole raw document.
void BM_Floor_RE2Set(benchmark::State& state) {
  const Corpus& c = corpus();
  const RE2::Set& set = c.patterns->prefilter();
  std::vector<int> hits;
  for (auto _ : state) {
    for (const Doc& d : c.docs) {
      hits.clear();
      benchmark::DoNotOptimize(set.Match(d.text, &hits));
    }
  }
  finish(state, c.bytes);
}

// ICU sentence breaking alone: a sentence BreakIterator over UTF-8 UText,
// every boundary of every raw document.
void BM_Floor_ICUSentences(benchmark::State& state) {
  const Corpus& c = corpus();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU sentence iterator unavailable");
    return;
  }
  UText ut = UTEXT_INITIALIZER;
  std::int64_t boundaries = 0;
  for (auto _ : state) {
    for (const Doc& d : c.docs) {
      status = U_ZERO_ERROR;
      utext_openUTF8(&ut, d.text.data(), static_cast<std::int64_t>(d.text.size()), &status);
      it->setText(&ut, status);
      for (std::int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) ++boundaries;
    }
  }
  utext_close(&ut);
  benchmark::DoNotOptimize(boundaries);
  finish(state, c.bytes);
}

// ---------------------------------------------------------------------------
// The stages.

void BM_Normalize(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const Doc& d : c.docs) benchmark::DoNotOptimize(normalize(d.text));
  }
  finish(state, c.bytes);
}

void BM_Segment(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const NormalizedText& n : c.normalized) benchmark::DoNotOptimize(c.segmenter->split(n.text));
  }
  finish(state, c.normalized_bytes);
}

// One RE2::Set Match per segment, as find_triggers does.
void BM_Prefilter(benchmark::State& state) {
  const Corpus& c = corpus();
  const RE2::Set& set = c.patterns->prefilter();
  std::vector<int> hits;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.docs.size(); ++i) {
      const std::string& text = c.normalized[i].text;
      for (const Segment& s : c.segments[i]) {
        hits.clear();
        benchmark::DoNotOptimize(
            set.Match(std::string_view(text.data() + s.begin, s.end - s.begin), &hits));
      }
    }
  }
  finish(state, c.segment_bytes);
}

// QuantityFinder::find over the segments the prefilter lets through.
void BM_Quantities(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const auto& h : c.prefiltered) {
      benchmark::DoNotOptimize(c.quantities->find(c.normalized[h.doc].text, h.begin, h.end));
    }
  }
  finish(state, c.prefiltered_bytes);
}

// find over the segments where the binder actually calls it (the prefilter
// passed and an arrest, victim, noun or named-person trigger is present).
void BM_QuantitiesBound(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const auto& h : c.gated) {
      benchmark::DoNotOptimize(c.quantities->find(c.normalized[h.doc].text, h.begin, h.end));
    }
  }
  finish(state, c.gated_bytes);
}

// Binder::bind over whole documents: prefilter, triggers, quantities and
// binding (everything between segmentation and aggregation).
void BM_Claims(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.docs.size(); ++i) {
      benchmark::DoNotOptimize(c.binder->bind(c.normalized[i].text, c.segments[i]));
    }
  }
  finish(state, c.segment_bytes);
}

// aggregate() + to_json(), from claims already filled in (includes copying
// the prepared Summary, which the extractor builds anyway).
void BM_SummaryJson(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.docs.size(); ++i) {
      Summary s = c.claim_summaries[i];
      aggregate(c.findings[i], s);
      benchmark::DoNotOptimize(to_json(s));
    }
  }
  finish(state, c.bytes);
}

// The corpus as the CLI hands it to the library: calls of
// Extractor::kBatchDocuments documents (the library takes each call's
// documents through each stage together). `use` gets each call's summaries.
template <typename Use>
void analyze_in_calls(const Corpus& c, Use&& use) {
  constexpr std::size_t kCall = Extractor::kBatchDocuments;
  const std::span<const Document> all(c.documents);
  for (std::size_t first = 0; first < all.size(); first += kCall) {
    use(c.extractor->analyze(all.subspan(first, std::min(kCall, all.size() - first))));
  }
}

// The whole library call over the corpus, as the CLI makes it.
void BM_Analyze(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    analyze_in_calls(c, [](std::vector<Summary> s) { benchmark::DoNotOptimize(s); });
  }
  finish(state, c.bytes);
}

// One library call per document (a program that analyzes articles as they
// come, one at a time).
void BM_AnalyzeOneByOne(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const Document& d : c.documents) benchmark::DoNotOptimize(c.extractor->analyze(d));
  }
  finish(state, c.bytes);
}

// analyze + to_json: what the CLI's workers do (minus I/O).
void BM_AnalyzeJson(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    analyze_in_calls(c, [](const std::vector<Summary>& summaries) {
      for (const Summary& s : summaries) benchmark::DoNotOptimize(to_json(s));
    });
  }
  finish(state, c.bytes);
}

BENCHMARK(BM_Floor_RE2Set)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Floor_ICUSentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Prefilter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Quantities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QuantitiesBound)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SummaryJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzeOneByOne)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzeJson)->Unit(benchmark::kMillisecond);

// ---------------------------------------------------------------------------
// The summary after the run.

class CollectingReporter : public benchmark::ConsoleReporter {
 public:
  // Colour only on a terminal (the table often goes into a file or a doc).
  CollectingReporter() : ConsoleReporter(isatty(1) ? OO_Defaults : OO_Tabular) {}
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs) {
      if (r.error_occurred) continue;
      const bool median = r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
      if (r.run_type != Run::RT_Iteration && !median) continue;
      std::string name = r.run_name.function_name;
      auto bps = r.counters.find("bytes_per_second");
      auto ips = r.counters.find("items_per_second");
      if (bps == r.counters.end()) continue;
      Result& out = results_[name];
      if (median || !out.median) {
        out.bytes_per_second = bps->second.value;
        out.items_per_second = ips == r.counters.end() ? 0.0 : ips->second.value;
        out.median = median;
      }
      if (!median) {
        out.best_bytes_per_second = std::max(out.best_bytes_per_second, bps->second.value);
        ++out.repetitions;
      }
    }
  }

  struct Result {
    double bytes_per_second = 0, items_per_second = 0;  // the median when repeated
    bool median = false;
    // The fastest repetition: other load on a shared machine only ever slows
    // a run down, and it slows cache-hungry code (analyze) more than the
    // floor, so the best of several interleaved repetitions is the closest
    // to what an unshared machine does.
    double best_bytes_per_second = 0;
    int repetitions = 0;
  };
  const std::map<std::string, Result>& results() const { return results_; }

 private:
  std::map<std::string, Result> results_;
};

void print_summary(const CollectingReporter& reporter) {
  const Corpus& c = corpus();
  const auto& r = reporter.results();
  auto mibs = [&](const char* name) -> double {
    auto it = r.find(name);
    return it == r.end() ? 0.0 : it->second.bytes_per_second / kMiB;
  };
  auto docs = [&](const char* name) -> double {
    auto it = r.find(name);
    return it == r.end() ? 0.0 : it->second.items_per_second;
  };
  std::printf("\n== rehope stage summary ==\n");
  std::printf("corpus: %.1f MiB raw, %zu documents (%zu sting by the generator, %zu judged sting "
              "by analyze), %s\n",
              static_cast<double>(c.bytes) / kMiB, c.docs.size(), c.sting_docs, c.judged_sting,
              g_corpus_file.empty()
                  ? ("generated, seed " + std::to_string(g_corpus_seed)).c_str()
                  : g_corpus_file.c_str());
  const double seg_bytes = c.segment_bytes ? static_cast<double>(c.segment_bytes) : 1.0;
  std::printf("segments: %zu; %.1f%% of segment bytes pass the prefilter, %.1f%% reach "
              "QuantityFinder::find in the binder; quantities in prefiltered segments: %zu, "
              "claims: %zu\n",
              c.segment_count, 100.0 * static_cast<double>(c.prefiltered_bytes) / seg_bytes,
              100.0 * static_cast<double>(c.gated_bytes) / seg_bytes, c.quantity_count,
              c.claim_count);
  const double analyze = mibs("BM_Analyze");
  std::printf("\n%-24s %12s %12s %18s\n", "benchmark", "MiB/s (raw)", "docs/s", "share of analyze");
  for (const char* name : {"BM_Floor_RE2Set", "BM_Floor_ICUSentences", "BM_Normalize", "BM_Segment",
                           "BM_Prefilter", "BM_Quantities", "BM_QuantitiesBound", "BM_Claims", "BM_SummaryJson",
                           "BM_Analyze", "BM_AnalyzeOneByOne", "BM_AnalyzeJson"}) {
    const double v = mibs(name);
    if (v <= 0) continue;
    // Share: this stage's seconds per corpus over analyze's.
    std::printf("%-24s %12.2f %12.0f %17.1f%%\n", name, v, docs(name),
                analyze > 0 ? 100.0 * analyze / v : 0.0);
  }
  const double re2 = mibs("BM_Floor_RE2Set");
  const double icu = mibs("BM_Floor_ICUSentences");
  auto verdict = [](double ratio) {
    return ratio >= 0.5 ? "meets the goal" : ratio >= 1.0 / 3 ? "meets the target" : "BELOW target";
  };
  if (analyze > 0 && re2 > 0) {
    const double ratio = analyze / re2;
    const auto& a = r.at("BM_Analyze");
    const auto& f = r.at("BM_Floor_RE2Set");
    std::printf("\nanalyze / RE2::Set floor      = %.3f  (target >= 0.333, goal 0.5): %s%s\n", ratio,
                verdict(ratio), a.median ? " [medians]" : "");
    if (a.repetitions > 1 && f.repetitions > 1) {
      const double best = a.best_bytes_per_second / f.best_bytes_per_second;
      std::printf("analyze / RE2::Set floor      = %.3f  [fastest of %d and %d repetitions]: %s\n",
                  best, a.repetitions, f.repetitions, verdict(best));
    }
  }
  const double one_by_one = mibs("BM_AnalyzeOneByOne");
  if (one_by_one > 0 && re2 > 0) {
    std::printf("analyze one document per call / RE2::Set floor = %.3f\n", one_by_one / re2);
  }
  const double seg_set = mibs("BM_Prefilter");
  if (analyze > 0 && seg_set > 0) {
    std::printf("analyze / per-segment Set pass = %.3f  (the same RE2::Set, one Match per segment "
                "as the pipeline runs it)\n",
                analyze / seg_set);
  }
  if (analyze > 0 && icu > 0) {
    std::printf("analyze / ICU sentence floor  = %.3f\n", analyze / icu);
  }
  if (analyze > 0 && re2 > 0 && icu > 0) {
    const double both = 1.0 / (1.0 / re2 + 1.0 / icu);
    std::printf("analyze / (RE2::Set + ICU)    = %.3f  (both floors back to back: %.2f MiB/s)\n",
                analyze / both, both);
  }
  std::printf("(shares are stage time / analyze time per corpus byte; claims includes prefilter "
              "and quantities, so shares overlap)\n");
}

}  // namespace

int main(int argc, char** argv) {
  // Our flags first; the rest goes to Google Benchmark.
  std::vector<char*> rest;
  rest.push_back(argv[0]);
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value_of = [&](std::string_view flag) -> std::optional<std::string_view> {
      if (arg.substr(0, flag.size()) == flag && arg.size() > flag.size() && arg[flag.size()] == '=') {
        return arg.substr(flag.size() + 1);
      }
      return std::nullopt;
    };
    if (auto v = value_of("--corpus_bytes")) {
      g_corpus_bytes = rehope_bench::parse_size(*v);
      if (g_corpus_bytes == 0) {
        std::fprintf(stderr, "rehope_bench: bad --corpus_bytes\n");
        return 2;
      }
    } else if (auto s = value_of("--corpus_seed")) {
      g_corpus_seed = std::strtoull(std::string(*s).c_str(), nullptr, 10);
    } else if (auto f = value_of("--corpus_file")) {
      g_corpus_file = std::string(*f);
    } else {
      rest.push_back(argv[i]);
    }
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  if (benchmark::ReportUnrecognizedArguments(rest_argc, rest.data())) return 2;
  std::fprintf(stderr, "rehope_bench: building the corpus and stage inputs...\n");
  (void)corpus();
  CollectingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  print_summary(reporter);
  benchmark::Shutdown();
  return 0;
}

// One Extractor shared by 8 threads (issue 7): every result equals the
// single-threaded one. Run under TSan by `make tsan-test` (label "threads").
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <span>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "rehope/rehope.h"
#include "sanitizers.h"

namespace rehope {
namespace {

namespace fs = std::filesystem;

constexpr int kRounds = REHOPE_SANITIZED ? 1 : 3;

constexpr int kThreads = 8;

struct Doc {
  std::string id;
  std::string text;
  std::string title;
  InputFormat format = InputFormat::kAuto;
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// ~200 varied documents: the corpus cases and articles, and variants of
// them as HTML, with a separate title, with bad bytes, cut short, and empty.
std::vector<Doc> Documents() {
  std::vector<Doc> docs;
  std::ifstream cases(fs::path(REHOPE_TESTDATA_DIR) / "corpus" / "cases.jsonl");
  std::string line;
  while (std::getline(cases, line) && docs.size() < 150) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    const std::string id = j.value("id", std::string("case"));
    const std::string text = j["text"].get<std::string>();
    switch (docs.size() % 5) {
      case 0: docs.push_back({id, text, {}, InputFormat::kText}); break;
      case 1:
        docs.push_back({id + "-html", "<html><head><title>Police news</title></head><body><p>" +
                                          text + "</p><script>var n = 99;</script></body></html>",
                        {}, InputFormat::kAuto});
        break;
      case 2: docs.push_back({id + "-title", text, "Sting nets dozens of arrests", InputFormat::kText}); break;
      case 3: docs.push_back({id + "-bad", text + "\n\n\xC0\xAF\xED\xA0\x80 \x00x", {}, InputFormat::kText}); break;
      default: docs.push_back({id + "-cut", text.substr(0, text.size() * 2 / 3), {}, InputFormat::kAuto}); break;
    }
  }
  std::vector<fs::path> articles;
  for (const auto& e : fs::directory_iterator(fs::path(REHOPE_TESTDATA_DIR) / "corpus" / "articles")) {
    if (e.path().extension() == ".txt" || e.path().extension() == ".html") articles.push_back(e.path());
  }
  std::sort(articles.begin(), articles.end());
  for (const auto& p : articles) {
    const std::string text = ReadFile(p);
    docs.push_back({p.filename().string(), text, {}, InputFormat::kAuto});
    docs.push_back({p.filename().string() + "-html", "<article><p>" + text + "</p></article>", {},
                    InputFormat::kHtml});
  }
  docs.push_back({"empty", "", {}, InputFormat::kAuto});
  docs.push_back({"spaces", std::string(1000, ' '), {}, InputFormat::kText});
  return docs;
}

std::string Analyze(const Extractor& e, const Doc& d) {
  return to_json(e.analyze(Document{d.text, d.id, d.title, d.format}));
}

TEST(ThreadsTest, SharedExtractorMatchesSingleThread) {
  const Extractor extractor = Extractor::with_default_patterns();
  const std::vector<Doc> docs = Documents();
  ASSERT_GE(docs.size(), 150u);

  std::vector<std::string> expected;
  expected.reserve(docs.size());
  for (const auto& d : docs) expected.push_back(Analyze(extractor, d));

  std::vector<std::vector<std::string>> got(kThreads, std::vector<std::string>(docs.size()));
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Start together, each at a different document, so that different
      // documents are in flight at once.
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();
      for (int round = 0; round < kRounds; ++round) {
        for (std::size_t k = 0; k < docs.size(); ++k) {
          const std::size_t i = (k + static_cast<std::size_t>(t) * 37) % docs.size();
          got[static_cast<std::size_t>(t)][i] = Analyze(extractor, docs[i]);
        }
      }
    });
  }
  for (auto& th : threads) th.join();

  for (int t = 0; t < kThreads; ++t) {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      ASSERT_EQ(got[static_cast<std::size_t>(t)][i], expected[i])
          << "thread " << t << ", document " << docs[i].id;
    }
  }
}

std::vector<Document> AsDocuments(const std::vector<Doc>& docs) {
  std::vector<Document> out;
  for (const auto& d : docs) out.push_back(Document{d.text, d.id, d.title, d.format});
  return out;
}

// Many documents per call (the CLI's way) give each document the summary one
// call for it alone gives, byte for byte: in one call over all of them (the
// library groups them by kBatchDocuments and kBatchBytes), in odd-sized
// slices, and from several threads at once.
TEST(ThreadsTest, ManyDocumentsPerCallMatchOneByOne) {
  const Extractor extractor = Extractor::with_default_patterns();
  // More documents than one group holds (the corpus twice over, and more).
  std::vector<Doc> docs = Documents();
  const std::size_t distinct = docs.size();
  for (std::size_t k = 0; docs.size() <= Extractor::kBatchDocuments + distinct / 2; ++k) {
    Doc copy = docs[k % distinct];
    copy.id += "#again";
    docs.push_back(std::move(copy));
  }
  std::vector<std::string> expected;
  for (const auto& d : docs) expected.push_back(Analyze(extractor, d));

  // From several threads at once, in slices of different sizes.
  const std::vector<Document> documents = AsDocuments(docs);
  std::vector<std::string> failures(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const std::size_t slice = 1 + static_cast<std::size_t>(t) * 37;  // 1, 38, 75, ...
      const std::span<const Document> span(documents);
      for (std::size_t first = 0; first < span.size(); first += slice) {
        const auto part = span.subspan(first, std::min(slice, span.size() - first));
        const std::vector<Summary> got = extractor.analyze(part);
        for (std::size_t k = 0; k < got.size(); ++k) {
          if (to_json(got[k]) != expected[first + k]) {
            failures[static_cast<std::size_t>(t)] = docs[first + k].id;
          }
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(failures[static_cast<std::size_t>(t)], "") << "thread " << t;
  }

  // All in one call, with a document longer than a group's byte budget in
  // the middle of the run (it makes a group of its own).
  std::string big;
  while (big.size() <= Extractor::kBatchBytes) big += docs[distinct / 3].text + "\n\n";
  const auto middle = static_cast<std::ptrdiff_t>(docs.size() / 2);
  docs.insert(docs.begin() + middle, Doc{"big", big, {}, InputFormat::kText});
  expected.insert(expected.begin() + middle, Analyze(extractor, docs[static_cast<std::size_t>(middle)]));
  const std::vector<Summary> all = extractor.analyze(AsDocuments(docs));
  ASSERT_EQ(all.size(), docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    ASSERT_EQ(to_json(all[i]), expected[i]) << "document " << docs[i].id;
  }
  EXPECT_TRUE(extractor.analyze(std::span<const Document>()).empty());
}

TEST(ThreadsTest, ExtractorsBuiltConcurrently) {
  // Building Extractors (embedded and from a directory) in parallel, each
  // then used at once, gives the same results as one built alone.
  const std::vector<Doc> docs = Documents();
  // The directory may hold newer patterns than the ones embedded at build
  // time, so each kind is compared with a reference of the same kind.
  const Extractor reference = Extractor::with_default_patterns();
  LoadResult dir_reference = Extractor::from_directory(REHOPE_PATTERN_DIR);
  ASSERT_TRUE(dir_reference.ok());
  std::vector<std::string> expected, expected_dir;
  for (std::size_t i = 0; i < docs.size(); i += 10) {
    expected.push_back(Analyze(reference, docs[i]));
    expected_dir.push_back(Analyze(*dir_reference.extractor, docs[i]));
  }

  std::vector<std::string> failures(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::string& failure = failures[static_cast<std::size_t>(t)];
      if (t % 2 == 0) {
        const Extractor e = Extractor::with_default_patterns();
        for (std::size_t i = 0, k = 0; i < docs.size(); i += 10, ++k) {
          if (Analyze(e, docs[i]) != expected[k]) failure = "embedded: " + docs[i].id;
        }
      } else {
        LoadResult r = Extractor::from_directory(REHOPE_PATTERN_DIR);
        if (!r.ok()) {
          failure = "from_directory failed";
          return;
        }
        for (std::size_t i = 0, k = 0; i < docs.size(); i += 10, ++k) {
          if (Analyze(*r.extractor, docs[i]) != expected_dir[k]) {
            failure = "directory: " + docs[i].id;
          }
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(failures[static_cast<std::size_t>(t)], "") << t;
  }
}

}  // namespace
}  // namespace rehope

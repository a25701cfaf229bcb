// The evaluation corpus as tests. The specification's cases and articles
// (ids c01-c52, a01-a04) must each come out exactly as annotated; the
// project's own corpus must keep its accuracy at or above the floor below,
// which is raised as the extractor improves (rehope eval prints the detail).
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "rehope/rehope.h"

namespace rehope {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

struct Case {
  std::string id;
  std::string text;
  json expect;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<Case> load_corpus() {
  std::vector<Case> cases;
  const fs::path dir = fs::path(REHOPE_TESTDATA_DIR) / "corpus";
  std::ifstream in(dir / "cases.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const json j = json::parse(line);
    cases.push_back({j.at("id").get<std::string>(), j.at("text").get<std::string>(), j.at("expect")});
  }
  // articles/: written alongside the extractor; heldout/ to heldout14/:
  // written later by someone who had not seen the code, first scored unseen
  // (docs/accuracy.md gives the unseen and the current figures). The newest
  // blind set (heldout15/) stays out, as the fresh estimate.
  std::vector<fs::path> articles;
  for (const char* sub :
       {"articles", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
        "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
        "heldout14"}) {
    for (const auto& e : fs::directory_iterator(dir / sub)) {
      if (e.path().extension() == ".txt") articles.push_back(e.path());
    }
  }
  std::sort(articles.begin(), articles.end());
  for (const auto& p : articles) {
    fs::path expect = p;
    expect.replace_extension(".expect.json");
    cases.push_back({p.stem().string(), read_file(p), json::parse(read_file(expect))});
  }
  return cases;
}

const std::vector<Case>& corpus() {
  static const auto* cases = new std::vector<Case>(load_corpus());
  return *cases;
}

const Extractor& extractor() {
  static const auto* e = new Extractor(Extractor::with_default_patterns());
  return *e;
}

json count_value(const Count& c) {
  switch (c.status) {
    case CountStatus::kStated:
    case CountStatus::kDerived: return *c.value;
    case CountStatus::kUnspecified: return "unspecified";
    case CountStatus::kStatedZero: return 0;
    case CountStatus::kNotMentioned: return nullptr;
  }
  return nullptr;
}

const char* const kCounts[] = {"buyers_arrested", "sellers_arrested", "victims_identified",
                               "traffickers_arrested", "total_arrested"};

json field(const Summary& s, const std::string& name) {
  if (name == "buyers_arrested") return count_value(s.counts.buyers_arrested);
  if (name == "sellers_arrested") return count_value(s.counts.sellers_arrested);
  if (name == "victims_identified") return count_value(s.counts.victims_identified);
  if (name == "traffickers_arrested") return count_value(s.counts.traffickers_arrested);
  if (name == "total_arrested") return count_value(s.counts.total_arrested);
  if (name == "sellers_flag") return s.flags.sellers_arrested;
  if (name == "is_sting") return s.is_sting;
  if (name == "approach") return std::string(approach_name(s.approach));
  if (name == "services_offered") return s.flags.services_offered;
  if (name == "minors_arrested") return s.flags.minors_arrested;
  return nullptr;
}

const char* const kScored[] = {"buyers_arrested", "sellers_arrested", "victims_identified",
                               "traffickers_arrested", "total_arrested", "sellers_flag",
                               "is_sting", "approach", "services_offered", "minors_arrested"};

bool accepted(const json& expect, const std::string& name, const json& got) {
  if (expect.at(name) == got) return true;
  if (expect.contains("alt") && expect["alt"].contains(name)) {
    for (const auto& alt : expect["alt"][name]) {
      if (alt == got) return true;
    }
  }
  return false;
}

bool is_spec_case(const std::string& id) {
  return (id.size() == 3 && id[0] == 'c') || id.rfind("a01", 0) == 0 || id.rfind("a02", 0) == 0 ||
         id.rfind("a03", 0) == 0 || id.rfind("a04", 0) == 0;
}

class SpecCase : public ::testing::TestWithParam<std::string> {};

TEST_P(SpecCase, MatchesAnnotation) {
  const auto& cases = corpus();
  const auto it = std::find_if(cases.begin(), cases.end(),
                               [&](const Case& c) { return c.id == GetParam(); });
  ASSERT_NE(it, cases.end());
  const Summary s = extractor().analyze(Document{it->text, it->id, {}, InputFormat::kText});
  for (const char* name : kScored) {
    if (!it->expect.contains(name)) continue;
    EXPECT_TRUE(accepted(it->expect, name, field(s, name)))
        << it->id << " " << name << ": expected " << it->expect[name] << ", got "
        << field(s, name) << "\n" << it->text;
  }
}

std::vector<std::string> spec_ids() {
  std::vector<std::string> ids;
  for (const auto& c : corpus()) {
    if (is_spec_case(c.id)) ids.push_back(c.id);
  }
  return ids;
}

std::string spec_test_name(const ::testing::TestParamInfo<std::string>& param_info) {
  return param_info.param.substr(0, 3);
}

INSTANTIATE_TEST_SUITE_P(Spec, SpecCase, ::testing::ValuesIn(spec_ids()), spec_test_name);

// The project's own corpus: mean exact accuracy over the five counts, and the
// sellers flag's F1, must not fall below what the extractor reached.
TEST(OwnCorpus, AccuracyFloor) {
  std::map<std::string, std::pair<int, int>> per_field;
  int tp = 0, fp = 0, fn = 0;
  std::ostringstream misses;
  for (const auto& c : corpus()) {
    if (is_spec_case(c.id)) continue;
    const Summary s = extractor().analyze(Document{c.text, c.id, {}, InputFormat::kText});
    for (const char* name : kCounts) {
      if (!c.expect.contains(name)) continue;
      auto& [right, seen] = per_field[name];
      ++seen;
      if (accepted(c.expect, name, field(s, name))) {
        ++right;
      } else {
        misses << c.id << " " << name << ": expected " << c.expect[name] << ", got "
               << field(s, name) << "\n";
      }
    }
    const bool want = c.expect.value("sellers_flag", false);
    const bool got = s.flags.sellers_arrested;
    tp += want && got;
    fp += got && !want;
    fn += want && !got;
  }
  double mean = 0;
  for (const auto& [name, rs] : per_field) mean += double(rs.first) / rs.second;
  mean /= double(per_field.size());
  const double precision = tp + fp ? double(tp) / (tp + fp) : 1.0;
  const double recall = tp + fn ? double(tp) / (tp + fn) : 1.0;
  const double f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0.0;
  std::cout << "own corpus: mean_exact=" << mean << " sellers_flag_f1=" << f1 << "\n";
  constexpr double kMeanExactFloor = 0.96;
  constexpr double kSellersF1Floor = 0.98;
  EXPECT_GE(mean, kMeanExactFloor) << misses.str();
  if (std::getenv("REHOPE_SHOW_MISSES")) std::cout << misses.str();
  EXPECT_GE(f1, kSellersF1Floor);
}

}  // namespace
}  // namespace rehope

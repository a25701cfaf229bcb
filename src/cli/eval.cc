#include "cli/eval.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/batch.h"
#include "rehope/rehope.h"

namespace rehope::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::array<const char*, 5> kCounts = {
    "buyers_arrested", "sellers_arrested", "victims_identified",
    "traffickers_arrested", "total_arrested"};
constexpr std::array<const char*, 6> kFields = {
    "buyers_arrested", "sellers_arrested", "victims_identified",
    "traffickers_arrested", "total_arrested", "sellers_flag"};
constexpr std::array<const char*, 4> kExtras = {"is_sting", "approach",
                                                "services_offered", "minors_arrested"};

struct Case {
  std::string id;
  std::string text;
  json expect;
};

// Python's `==` on JSON values: bools are integers, ints equal floats.
bool PyEqual(const json& a, const json& b) {
  auto numeric = [](const json& v) { return v.is_number() || v.is_boolean(); };
  if (numeric(a) && numeric(b)) {
    auto as_double = [](const json& v) {
      return v.is_boolean() ? (v.get<bool>() ? 1.0 : 0.0) : v.get<double>();
    };
    if (a.is_number_float() || b.is_number_float()) return as_double(a) == as_double(b);
    auto as_int = [](const json& v) -> long long {
      if (v.is_boolean()) return v.get<bool>() ? 1 : 0;
      if (v.is_number_unsigned()) return static_cast<long long>(v.get<unsigned long long>());
      return v.get<long long>();
    };
    return as_int(a) == as_int(b);
  }
  return a == b;
}

// Python's bool() of a JSON value.
bool Truthy(const json& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number()) return v.get<double>() != 0.0;
  if (v.is_string()) return !v.get<std::string>().empty();
  return !v.empty();
}

// Python's json.dumps (ensure_ascii, ", " and ": " separators).
std::string PyDumps(const json& v) {
  if (v.is_array()) {
    std::vector<std::string> items;
    for (const json& e : v) items.push_back(PyDumps(e));
    return fmt::format("[{}]", fmt::join(items, ", "));
  }
  if (v.is_object()) {
    std::vector<std::string> items;
    for (const auto& [k, e] : v.items()) {
      items.push_back(json(k).dump(-1, ' ', true) + ": " + PyDumps(e));
    }
    return fmt::format("{{{}}}", fmt::join(items, ", "));
  }
  return v.dump(-1, ' ', true, json::error_handler_t::replace);
}

// A summary count read as score-spec reads it.
json CountOf(const json& entry) {
  if (!entry.is_object()) {
    return entry.is_null() || entry.is_number_integer() || entry.is_string() ? entry
                                                                             : json();
  }
  std::string status = entry.value("status", "");
  if (status == "stated" || status == "derived") return entry.value("value", json());
  if (status == "unspecified") return "unspecified";
  if (status == "stated_zero") return 0;
  return nullptr;
}

json Get(const json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  return it == obj.end() ? json() : *it;
}

json FieldsOf(const json& summary) {
  json counts = Get(summary, "counts");
  json flags = Get(summary, "flags");
  if (counts.is_null()) counts = json::object();
  if (flags.is_null()) flags = json::object();
  json got = json::object();
  for (const char* k : kCounts) got[k] = CountOf(Get(counts, k));
  got["sellers_flag"] = Truthy(Get(flags, "sellers_arrested"));
  got["is_sting"] = Get(summary, "is_sting");
  got["approach"] = Get(summary, "approach");
  got["services_offered"] = Get(flags, "services_offered");
  got["minors_arrested"] = Get(flags, "minors_arrested");
  return got;
}

std::string IdText(const json& id) {
  return id.is_string() ? id.get<std::string>() : id.dump();
}

// Text read as Python's open() reads it: universal newlines.
std::string UniversalNewlines(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

bool LoadCases(const EvalOptions& o, std::vector<Case>& cases) {
  if (!o.cases.empty()) {
    std::ifstream in(o.cases, std::ios::binary);
    if (!in) {
      std::fputs(fmt::format("rehope: cannot read {}\n", o.cases).c_str(), stderr);
      return false;
    }
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      json c = json::parse(line, nullptr, false);
      if (c.is_discarded() || !c.is_object() || !c.contains("id") ||
          !c.contains("expect") || !c["expect"].is_object()) {
        std::fputs(fmt::format("rehope: {}:{}: not a case object with id and expect\n",
                               o.cases, n).c_str(),
                   stderr);
        return false;
      }
      std::string text;
      if (c.contains("text") && c["text"].is_string()) text = c["text"].get<std::string>();
      cases.push_back({IdText(c["id"]), std::move(text), c["expect"]});
    }
  }
  if (!o.articles.empty()) {
    std::error_code ec;
    if (!fs::is_directory(o.articles, ec)) {
      std::fputs(fmt::format("rehope: {} is not a directory\n", o.articles).c_str(), stderr);
      return false;
    }
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(o.articles, ec)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      if (name.size() < 4 || name.compare(name.size() - 4, 4, ".txt") != 0) continue;
      std::string stem = name.substr(0, name.size() - 4);
      fs::path exp_path = fs::path(o.articles) / (stem + ".expect.json");
      if (!fs::exists(exp_path, ec)) continue;
      std::string text;
      std::string exp_text;
      if (!ReadFile((fs::path(o.articles) / name).string(), text) ||
          !ReadFile(exp_path.string(), exp_text)) {
        std::fputs(fmt::format("rehope: cannot read {}\n", stem).c_str(), stderr);
        return false;
      }
      json expect = json::parse(exp_text, nullptr, false);
      if (expect.is_discarded() || !expect.is_object()) {
        std::fputs(fmt::format("rehope: {} is not a JSON object\n", exp_path.string()).c_str(),
                   stderr);
        return false;
      }
      cases.push_back({stem, UniversalNewlines(text), std::move(expect)});
    }
  }
  return true;
}

}  // namespace

int RunEval(const EvalOptions& o) {
  std::vector<Case> cases;
  if (!LoadCases(o, cases)) return kExitUsage;
  if (cases.empty()) {
    std::fputs("no cases found\n", stdout);
    return kExitUsage;
  }
  rehope::Options lib_options;
  lib_options.max_document_bytes = o.max_bytes;
  auto extractor = LoadExtractor(o.patterns_dir, lib_options);
  if (!extractor) return kExitUsage;

  // Analyze in parallel; each case's fields land in its own slot.
  std::vector<json> got(cases.size());
  std::vector<char> missing(cases.size(), 0);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < cases.size(); i = next++) {
      if (cases[i].text.size() > o.max_bytes) {
        missing[i] = 1;  // analyze would give a too_large error record
        got[i] = FieldsOf(json::object());
        continue;
      }
      rehope::Document doc{cases[i].text, cases[i].id, {}, rehope::InputFormat::kAuto};
      json summary = json::parse(rehope::to_json(extractor->analyze(doc)), nullptr, false);
      got[i] = FieldsOf(summary);
    }
  };
  unsigned jobs = std::min<unsigned>(ResolveJobs(o.jobs),
                                     static_cast<unsigned>(cases.size()));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();

  std::vector<std::string> keys(kFields.begin(), kFields.end());
  keys.insert(keys.end(), kExtras.begin(), kExtras.end());
  std::vector<int> right(keys.size(), 0);
  std::vector<int> seen(keys.size(), 0);
  int tp = 0;
  int fp = 0;
  int fn = 0;
  std::vector<std::string> bad;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const json& exp = cases[i].expect;
    const json& have = got[i];
    json alt = Get(exp, "alt");
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const std::string& key = keys[k];
      if (!exp.contains(key)) continue;
      ++seen[k];
      json h = Get(have, key.c_str());
      bool ok = PyEqual(h, exp[key]);
      json accepted = alt.is_object() ? Get(alt, key.c_str()) : json();
      if (!ok && accepted.is_array()) {
        ok = std::any_of(accepted.begin(), accepted.end(),
                         [&h](const json& a) { return PyEqual(h, a); });
      }
      if (ok) {
        ++right[k];
      } else {
        bad.push_back(fmt::format("  {} {}: expected {}, got {}", cases[i].id, key,
                                  PyDumps(exp[key]), PyDumps(h)));
      }
    }
    bool e = Truthy(Get(exp, "sellers_flag"));
    bool h = Truthy(Get(have, "sellers_flag"));
    tp += e && h;
    fp += h && !e;
    fn += e && !h;
  }

  std::string out;
  double exact_sum = 0;
  int scored = 0;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (seen[k] == 0) continue;
    double share = static_cast<double>(right[k]) / seen[k];
    out += fmt::format("{:<22} {:>4}/{:<4} {:.3f}\n", keys[k], right[k], seen[k], share);
    if (k < kCounts.size()) {
      exact_sum += share;
      ++scored;
    }
  }
  double prec = tp + fp > 0 ? static_cast<double>(tp) / (tp + fp) : 1.0;
  double rec = tp + fn > 0 ? static_cast<double>(tp) / (tp + fn) : 1.0;
  double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0.0;
  double exact = scored > 0 ? exact_sum / scored : 0.0;
  auto shown = static_cast<std::size_t>(std::max(0, o.show));
  for (std::size_t i = 0; i < bad.size() && i < shown; ++i) out += bad[i] + "\n";
  if (bad.size() > shown) {
    out += fmt::format("  ... {} more mismatches (--show N)\n", bad.size() - shown);
  }
  out += fmt::format("cases={} missing={} mean_exact={:.3f} sellers_flag_f1={:.3f}\n",
                     cases.size(), std::count(missing.begin(), missing.end(), 1), exact,
                     f1);
  std::fputs(out.c_str(), stdout);
  if (o.min_exact && exact < *o.min_exact) return kExitRecords;
  return kExitOk;
}

}  // namespace rehope::cli

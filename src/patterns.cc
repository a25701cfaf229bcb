#include "patterns.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <toml++/toml.h>

#include "embedded_patterns.h"
#include "lexicon.h"

namespace rehope::internal {

namespace {

constexpr std::int64_t kFormatVersion = 1;
// A regex or piece larger than this after expansion is refused at load time:
// pieces that double each other would otherwise grow to 2^N bytes.
constexpr std::size_t kMaxExpandedBytes = std::size_t{1} << 20;

struct KindName {
  std::string_view name;
  TriggerKind kind;
};
constexpr KindName kKinds[] = {
    {"arrest", TriggerKind::kArrest},           {"act", TriggerKind::kAct},
    {"noun", TriggerKind::kNoun},               {"victim", TriggerKind::kVictim},
    {"services", TriggerKind::kServices},       {"background", TriggerKind::kBackground},
    {"foreground", TriggerKind::kForeground},   {"negation", TriggerKind::kNegation},
    {"partitive", TriggerKind::kPartitive},     {"all", TriggerKind::kAll},     {"additive", TriggerKind::kAdditive},
    {"total", TriggerKind::kTotal},             {"inclusion", TriggerKind::kInclusion},
    {"modal", TriggerKind::kModal},             {"attribution", TriggerKind::kAttribution},
    {"sting", TriggerKind::kStingContext},      {"sex", TriggerKind::kSexContext},
    {"other_crime", TriggerKind::kOtherCrime},  {"not_sting", TriggerKind::kNotSting},
    {"minor", TriggerKind::kMinor},             {"named_person", TriggerKind::kNamedPerson},
};

struct CategoryName {
  std::string_view name;
  Category category;
};
constexpr CategoryName kCategories[] = {
    {"buyers", Category::kBuyersArrested},       {"sellers", Category::kSellersArrested},
    {"victims", Category::kVictimsIdentified},   {"traffickers", Category::kTraffickersArrested},
    {"total", Category::kTotalArrested},         {"other", Category::kOtherArrested},
};

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

std::string piece_name_for_lexicon(std::string_view path) {
  // "en/lexicon/person_noun.txt" -> "PERSON_NOUN"
  auto slash = path.rfind('/');
  std::string_view stem = path.substr(slash == std::string_view::npos ? 0 : slash + 1);
  stem = stem.substr(0, stem.rfind('.'));
  std::string name(stem);
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

bool is_piece_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Expands {NAME} references. RE2's own repetition braces ("{2,3}") never start
// with an upper-case letter, so they pass through untouched.
class PieceExpander {
 public:
  explicit PieceExpander(const std::map<std::string, std::string>& raw) : raw_(raw) {}

  // Returns false and sets `error` on an unknown name or a cycle.
  bool expand(std::string_view regex, std::string& out, std::string& error) {
    std::vector<std::string> stack;
    return expand_into(regex, out, error, stack);
  }

  bool expand_piece(const std::string& name, std::string& out, std::string& error) {
    std::vector<std::string> stack;
    return expand_name(name, out, error, stack);
  }

 private:
  bool expand_name(const std::string& name, std::string& out, std::string& error,
                   std::vector<std::string>& stack) {
    if (auto done = expanded_.find(name); done != expanded_.end()) {
      out += done->second;
      return true;
    }
    auto it = raw_.find(name);
    if (it == raw_.end()) {
      error = fmt::format("unknown piece {{{}}}", name);
      return false;
    }
    if (std::find(stack.begin(), stack.end(), name) != stack.end()) {
      std::string cycle;
      for (const auto& s : stack) cycle += s + " -> ";
      error = fmt::format("pieces refer to each other in a cycle: {}{}", cycle, name);
      return false;
    }
    stack.push_back(name);
    std::string body;
    if (!expand_into(it->second, body, error, stack)) return false;
    stack.pop_back();
    if (body.size() > kMaxExpandedBytes) {
      error = fmt::format("piece {} expands to more than {} bytes (too large)", name,
                          kMaxExpandedBytes);
      return false;
    }
    body = "(?:" + body + ")";
    expanded_[name] = body;
    out += body;
    return true;
  }

  bool expand_into(std::string_view regex, std::string& out, std::string& error,
                   std::vector<std::string>& stack) {
    for (std::size_t i = 0; i < regex.size(); ++i) {
      const char c = regex[i];
      if (c == '\\' && i + 1 < regex.size()) {
        out += c;
        out += regex[++i];
        continue;
      }
      if (c == '{' && i + 1 < regex.size() && regex[i + 1] >= 'A' && regex[i + 1] <= 'Z') {
        std::size_t j = i + 1;
        while (j < regex.size() && is_piece_char(regex[j])) ++j;
        if (j < regex.size() && regex[j] == '}') {
          if (!expand_name(std::string(regex.substr(i + 1, j - i - 1)), out, error, stack)) {
            return false;
          }
          if (out.size() > kMaxExpandedBytes) {
            error = fmt::format("expands to more than {} bytes (too large)", kMaxExpandedBytes);
            return false;
          }
          i = j;
          continue;
        }
      }
      out += c;
    }
    return true;
  }

  const std::map<std::string, std::string>& raw_;
  std::map<std::string, std::string> expanded_;
};

RE2::Options regex_options(std::int64_t max_mem) {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(max_mem);
  return o;
}

// Patterns are matched as whole words: \b is added at either end that starts
// or ends with a word character, so authors need not write it.
std::string bounded(const Pattern& p) {
  return p.bounded ? "\\b(?:" + p.expanded + ")\\b" : p.expanded;
}

std::vector<std::string> string_list(const toml::node* node) {
  std::vector<std::string> out;
  if (const auto* arr = node ? node->as_array() : nullptr) {
    for (const auto& item : *arr) {
      if (auto s = item.value<std::string>()) out.push_back(*s);
    }
  }
  return out;
}

}  // namespace

bool is_anchor_kind(TriggerKind kind) {
  return kind == TriggerKind::kArrest || kind == TriggerKind::kVictim ||
         kind == TriggerKind::kAct || kind == TriggerKind::kNoun ||
         kind == TriggerKind::kNamedPerson;
}

bool is_cue_kind(TriggerKind kind) {
  return kind == TriggerKind::kServices || kind == TriggerKind::kStingContext ||
         kind == TriggerKind::kSexContext || kind == TriggerKind::kOtherCrime ||
         kind == TriggerKind::kNotSting;
}

bool is_topic(const Pattern& pattern) {
  if (!pattern.topic) return false;
  if (pattern.kind == TriggerKind::kSexContext || pattern.sex_context) return true;
  if (pattern.kind != TriggerKind::kAct && pattern.kind != TriggerKind::kNoun &&
      pattern.kind != TriggerKind::kVictim) {
    return false;
  }
  return pattern.category == Category::kBuyersArrested ||
         pattern.category == Category::kSellersArrested ||
         pattern.category == Category::kTraffickersArrested ||
         pattern.category == Category::kVictimsIdentified;
}

std::string without_text_anchors(std::string_view regex) {
  std::string out;
  out.reserve(regex.size());
  bool in_class = false;
  for (std::size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\' && i + 1 < regex.size()) {
      out += c;
      out += regex[++i];
      continue;
    }
    if (in_class) {
      if (c == '[' && i + 1 < regex.size() && regex[i + 1] == ':') {
        // A POSIX class inside a bracket expression: "[[:alpha:]]".
        const std::size_t close = regex.find(":]", i + 2);
        if (close != std::string_view::npos) {
          out.append(regex.substr(i, close + 2 - i));
          i = close + 1;
          continue;
        }
      }
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      // A ']' first in the class (after an optional '^') is a literal.
      if (i + 1 < regex.size() && regex[i + 1] == '^') out += regex[++i];
      if (i + 1 < regex.size() && regex[i + 1] == ']') out += regex[++i];
      continue;
    }
    if (c == '^' || c == '$') continue;
    out += c;
  }
  return out;
}

std::string_view trigger_kind_name(TriggerKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.name;
  }
  return "unknown";
}

PatternSet::PatternSet() = default;
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

std::string PatternSet::piece(const std::string& name) const {
  auto it = pieces_.find(name);
  return it == pieces_.end() ? std::string() : it->second;
}

struct PatternLoader {
  static PatternSetOrErrors load(const std::vector<PatternFile>& files, std::int64_t max_mem) {
    PatternSetOrErrors result;
    std::unique_ptr<PatternSet> set(new PatternSet());
    std::map<std::string, std::string> raw_pieces;
    std::map<std::string, std::pair<std::string, int>> piece_origin;
    std::vector<toml::table> tables;
    std::vector<const PatternFile*> table_files;

    auto error = [&](const std::string& file, int line, const std::string& id,
                     const std::string& message) {
      result.errors.push_back(PatternError{file, line, id, message});
    };

    // Pass 1: parse every file, gather pieces and lexicons.
    for (const auto& f : files) {
      const bool is_lexicon = f.path.size() > 4 && f.path.ends_with(".txt");
      if (is_lexicon) {
        const auto entries = parse_lexicon(f.content);
        if (entries.empty()) {
          error(f.path, 0, "", "word list has no entries");
          continue;
        }
        raw_pieces[piece_name_for_lexicon(f.path)] = lexicon_regex(entries);
        piece_origin[piece_name_for_lexicon(f.path)] = {f.path, 1};
        continue;
      }
      if (!f.path.ends_with(".toml")) continue;
      toml::table table;
      try {
        table = toml::parse(f.content, f.path);
      } catch (const toml::parse_error& e) {
        error(f.path, static_cast<int>(e.source().begin.line), "",
              fmt::format("TOML: {}", e.description()));
        continue;
      }
      const auto version = table["format"].value<std::int64_t>();
      if (!version) {
        error(f.path, 1, "", "missing 'format = 1' (the pattern format version)");
        continue;
      }
      if (*version != kFormatVersion) {
        error(f.path, line_of(*table.get("format")), "",
              fmt::format("format {} is not supported (this rehope reads format {})", *version,
                          kFormatVersion));
        continue;
      }
      if (const auto* pieces = table["pieces"].as_table()) {
        for (const auto& [key, value] : *pieces) {
          const std::string name(key.str());
          auto text = value.value<std::string>();
          if (!text) {
            error(f.path, line_of(value), "", fmt::format("piece {} must be a string", name));
            continue;
          }
          if (name.empty() || !std::all_of(name.begin(), name.end(), is_piece_char) ||
              !(name[0] >= 'A' && name[0] <= 'Z')) {
            error(f.path, line_of(value), "",
                  fmt::format("piece name '{}' must be UPPER_CASE", name));
            continue;
          }
          if (piece_origin.count(name)) {
            error(f.path, line_of(value), "",
                  fmt::format("piece {} is already defined in {}:{}", name,
                              piece_origin[name].first, piece_origin[name].second));
            continue;
          }
          raw_pieces[name] = *text;
          piece_origin[name] = {f.path, line_of(value)};
        }
      }
      tables.push_back(std::move(table));
      table_files.push_back(&f);
    }

    PieceExpander expander(raw_pieces);
    for (const auto& [name, origin] : piece_origin) {
      std::string out, message;
      if (!expander.expand_piece(name, out, message)) {
        error(origin.first, origin.second, "", fmt::format("piece {}: {}", name, message));
        continue;
      }
      set->pieces_[name] = out;
    }

    // Pass 2: patterns.
    std::set<std::string> ids;
    for (std::size_t t = 0; t < tables.size(); ++t) {
      const auto& table = tables[t];
      const std::string& path = table_files[t]->path;
      const auto default_category = table["category"].value<std::string>();
      const auto* list = table["pattern"].as_array();
      if (!list) continue;
      for (const auto& node : *list) {
        const auto* p = node.as_table();
        const int line = line_of(node);
        if (!p) {
          error(path, line, "", "[[pattern]] must be a table");
          continue;
        }
        Pattern pattern;
        pattern.file = path;
        pattern.line = line;
        pattern.id = (*p)["id"].value_or(std::string());
        if (pattern.id.empty()) {
          error(path, line, "", "pattern has no id");
          continue;
        }
        if (!ids.insert(pattern.id).second) {
          error(path, line, pattern.id, "duplicate pattern id");
          continue;
        }
        const std::string kind = (*p)["kind"].value_or(std::string());
        const auto kind_it = std::find_if(std::begin(kKinds), std::end(kKinds),
                                          [&](const KindName& k) { return k.name == kind; });
        if (kind_it == std::end(kKinds)) {
          error(path, line, pattern.id, fmt::format("unknown kind '{}'", kind));
          continue;
        }
        pattern.kind = kind_it->kind;
        const std::string category =
            (*p)["category"].value_or(default_category.value_or(std::string("other")));
        const auto cat_it =
            std::find_if(std::begin(kCategories), std::end(kCategories),
                         [&](const CategoryName& c) { return c.name == category; });
        if (cat_it == std::end(kCategories)) {
          error(path, line, pattern.id, fmt::format("unknown category '{}'", category));
          continue;
        }
        pattern.category = cat_it->category;
        pattern.priority = static_cast<int>((*p)["priority"].value_or(std::int64_t{0}));
        pattern.bounded = (*p)["bounded"].value_or(true);
        pattern.sex_context = (*p)["sex_context"].value_or(false);
        pattern.topic = (*p)["topic"].value_or(true);
        pattern.state = (*p)["state"].value_or(false);
        pattern.regex = (*p)["regex"].value_or(std::string());
        if (pattern.regex.empty()) {
          error(path, line, pattern.id, "pattern has no regex");
          continue;
        }
        pattern.must_match = string_list((*p).get("match"));
        pattern.must_not_match = string_list((*p).get("no_match"));
        std::string message;
        if (!expander.expand(pattern.regex, pattern.expanded, message)) {
          error(path, line, pattern.id, message);
          continue;
        }
        auto re = std::make_shared<RE2>(bounded(pattern), regex_options(max_mem));
        if (!re->ok()) {
          error(path, line, pattern.id,
                fmt::format("regex does not compile: {} (at '{}')", re->error(),
                            re->error_arg()));
          continue;
        }
        pattern.re = std::move(re);
        set->patterns_.push_back(std::move(pattern));
      }
    }

    if (set->patterns_.empty() && result.errors.empty()) {
      error("", 0, "", "no patterns found");
    }
    if (!result.errors.empty()) return result;

    // The prefilter: one RE2::Set of every pattern, scanned once per sentence.
    set->set_ = std::make_unique<RE2::Set>(regex_options(max_mem * 8), RE2::UNANCHORED);
    for (const auto& pattern : set->patterns_) {
      std::string message;
      if (set->set_->Add(bounded(pattern), &message) < 0) {
        error(pattern.file, pattern.line, pattern.id, message);
      }
    }
    if (result.errors.empty() && !set->set_->Compile()) {
      error("", 0, "", "the pattern sets together exceed the regex memory budget");
    }
    set->cue_set_ = std::make_unique<RE2::Set>(regex_options(max_mem * 8), RE2::UNANCHORED);
    for (std::size_t i = 0; i < set->patterns_.size() && result.errors.empty(); ++i) {
      const Pattern& pattern = set->patterns_[i];
      std::string message;
      if (is_cue_kind(pattern.kind)) {
        set->cue_set_->Add(bounded(pattern), &message);
        set->cue_index_.push_back(i);
      }
    }
    // The document gate and the anchor locator (extractor.cc).
    set->gate_set_ = std::make_unique<RE2::Set>(regex_options(max_mem * 8), RE2::UNANCHORED);
    std::string locator;
    for (std::size_t i = 0; i < set->patterns_.size() && result.errors.empty(); ++i) {
      const Pattern& pattern = set->patterns_[i];
      std::string message;
      if (is_anchor_kind(pattern.kind) || is_topic(pattern) || is_cue_kind(pattern.kind)) {
        set->gate_set_->Add(bounded(pattern), &message);
        set->gate_index_.push_back(i);
      }
      if (is_anchor_kind(pattern.kind) || pattern.kind == TriggerKind::kServices) {
        if (!locator.empty()) locator += '|';
        locator += "(?:" + without_text_anchors(bounded(pattern)) + ")";
      }
    }
    if (result.errors.empty()) {
      set->locator_ = std::make_unique<RE2>(locator.empty() ? std::string("[^\\x00-\\x{10FFFF}]") : locator,
                                            regex_options(max_mem * 8));
    }
    if (result.errors.empty() &&
        (!set->cue_set_->Compile() ||
         !set->gate_set_->Compile() || !set->locator_->ok())) {
      error("", 0, "", "the pattern sets together exceed the regex memory budget");
    }
    if (result.errors.empty()) result.set = std::move(set);
    return result;
  }
};

PatternSetOrErrors load_patterns(const std::vector<PatternFile>& files, std::int64_t max_mem) {
  return PatternLoader::load(files, max_mem);
}

std::vector<PatternFile> read_pattern_directory(const std::string& directory,
                                                std::vector<PatternError>& errors) {
  namespace fs = std::filesystem;
  std::vector<PatternFile> files;
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    errors.push_back({directory, 0, "", "not a directory"});
    return files;
  }
  std::vector<fs::path> paths;
  for (auto it = fs::recursive_directory_iterator(directory, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const auto ext = it->path().extension();
    const bool lexicon = ext == ".txt" && it->path().parent_path().filename() == "lexicon";
    if (ext == ".toml" || lexicon) paths.push_back(it->path());
  }
  if (ec) errors.push_back({directory, 0, "", ec.message()});
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const std::string rel = fs::relative(p, directory, ec).generic_string();
    if (!in && !in.eof()) {
      errors.push_back({rel, 0, "", "cannot be read"});
      continue;
    }
    files.push_back({rel, content.str()});
  }
  return files;
}

std::vector<PatternFile> embedded_patterns() {
  std::vector<PatternFile> files;
  for (const auto& f : embedded_pattern_files()) {
    files.push_back({std::string(f.path), std::string(f.content)});
  }
  return files;
}

std::vector<PatternError> check_examples(const PatternSet& set) {
  std::vector<PatternError> failures;
  for (const auto& p : set.patterns()) {
    if (p.must_match.empty()) {
      failures.push_back({p.file, p.line, p.id, "pattern has no example that must match"});
    }
    for (const auto& example : p.must_match) {
      if (!RE2::PartialMatch(example, *p.re)) {
        failures.push_back(
            {p.file, p.line, p.id, fmt::format("example should match but does not: \"{}\"",
                                               example)});
      }
    }
    for (const auto& example : p.must_not_match) {
      if (RE2::PartialMatch(example, *p.re)) {
        failures.push_back({p.file, p.line, p.id,
                            fmt::format("example should not match but does: \"{}\"", example)});
      }
    }
  }
  return failures;
}

}  // namespace rehope::internal

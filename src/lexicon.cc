#include "lexicon.h"

#include <algorithm>

#include <re2/re2.h>

namespace rehope::internal {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::vector<LexiconEntry> parse_lexicon(std::string_view text) {
  std::vector<LexiconEntry> entries;
  int line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (const auto hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    line = trim(line);
    if (line.empty()) continue;
    LexiconEntry entry;
    entry.line = line_no;
    while (true) {
      const auto bar = line.find('|');
      const std::string_view form = trim(line.substr(0, bar));
      if (!form.empty()) entry.forms.emplace_back(form);
      if (bar == std::string_view::npos) break;
      line = line.substr(bar + 1);
    }
    if (entry.forms.empty()) continue;
    entry.canonical = entry.forms.front();
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::string lexicon_regex(const std::vector<LexiconEntry>& entries) {
  std::vector<std::string> forms;
  for (const auto& e : entries) {
    for (const auto& f : e.forms) forms.push_back(f);
  }
  // Longest first so that an alternation prefers "sex workers" to "sex".
  std::stable_sort(forms.begin(), forms.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  std::string out = "(?:";
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (i) out += '|';
    std::string quoted = RE2::QuoteMeta(forms[i]);
    // QuoteMeta escapes spaces as "\ "; let a space match any whitespace run.
    std::string spaced;
    for (std::size_t j = 0; j < quoted.size(); ++j) {
      if (quoted[j] == '\\' && j + 1 < quoted.size() && quoted[j + 1] == ' ') {
        spaced += "\\s+";
        ++j;
      } else {
        spaced += quoted[j];
      }
    }
    out += spaced;
  }
  out += ')';
  return out;
}

}  // namespace rehope::internal

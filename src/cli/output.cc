#include "cli/output.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rehope::cli {
namespace {

using nlohmann::ordered_json;

constexpr std::array<rehope::Category, 5> kCategories = {
    rehope::Category::kBuyersArrested, rehope::Category::kSellersArrested,
    rehope::Category::kVictimsIdentified, rehope::Category::kTraffickersArrested,
    rehope::Category::kTotalArrested};

std::string Dump(const ordered_json& j, int indent) {
  // Replace rather than throw: output must never stop on one odd byte.
  return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

std::string IdString(const ordered_json& id) {
  return id.is_string() ? id.get<std::string>() : Dump(id, -1);
}

std::string JsonRecord(const Article& a, const rehope::Summary* s, int indent) {
  ordered_json rec;
  rec["id"] = a.id;
  for (const auto& [key, value] : a.passthrough.items()) rec[key] = value;
  std::string out;
  if (s == nullptr) {
    rec["error"] = {{"code", a.error_code}, {"message", a.error_message}};
    out = Dump(rec, indent);
  } else if (indent < 0) {
    // One line: splice the library's JSON in as the last member rather than
    // parsing it back. Both parts are written by nlohmann::json, so the
    // result is valid JSON; only the closing brace of `rec` is replaced.
    out = Dump(rec, -1);
    out.pop_back();
    out += ",\"summary\":";
    out += rehope::to_json(*s);
    out += '}';
  } else {
    rec["summary"] = ordered_json::parse(rehope::to_json(*s));
    out = Dump(rec, indent);
  }
  out += '\n';
  return out;
}

std::string CsvRecord(const Article& a, const rehope::Summary* s) {
  std::string row = CsvField(IdString(a.id));
  for (rehope::Category c : kCategories) {
    std::string value;
    std::string status;
    if (s != nullptr) {
      const rehope::Count& count = s->counts.get(c);
      if (count.value) value = std::to_string(*count.value);
      status = rehope::status_name(count.status);
    }
    row += ',' + value + ',' + status;
  }
  if (s != nullptr) {
    row += s->flags.sellers_arrested ? ",true," : ",false,";
    row += rehope::approach_name(s->approach);
    row += s->is_sting ? ",true," : ",false,";
  } else {
    row += ",,,,";
    row += CsvField(a.error_code + ": " + a.error_message);
  }
  row += "\r\n";
  return row;
}

// --- text -----------------------------------------------------------------

struct Painter {
  bool color;
  std::string Bold(std::string_view s) const {
    return color ? fmt::format("\x1b[1m{}\x1b[0m", s) : std::string(s);
  }
  std::string Evidence(std::string_view s) const {
    return color ? fmt::format("\x1b[1;33m{}\x1b[0m", s) : fmt::format("»{}«", s);
  }
  std::string Dim(std::string_view s) const {
    return color ? fmt::format("\x1b[2m{}\x1b[0m", s) : std::string(s);
  }
};

void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the character references news HTML is full of, for display only
// (spans stay offsets into the raw HTML). Unknown ones are kept as written.
std::string DecodeEntities(std::string_view s) {
  static constexpr std::pair<std::string_view, std::uint32_t> kNamed[] = {
      {"amp", '&'},        {"lt", '<'},         {"gt", '>'},        {"quot", '"'},
      {"apos", '\''},      {"nbsp", ' '},       {"mdash", 0x2014},  {"ndash", 0x2013},
      {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"ldquo", 0x201C},  {"rdquo", 0x201D},
      {"hellip", 0x2026},  {"copy", 0xA9}};
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t semi = s[i] == '&' ? s.find(';', i + 1) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i++];
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    std::uint32_t cp = 0;
    if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      for (char c : name.substr(hex ? 2 : 1)) {
        int d = c >= '0' && c <= '9'             ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        if (d < 0 || cp > 0x10FFFF) {
          cp = 0;
          break;
        }
        cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
      }
      if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0;
    } else {
      for (const auto& [n, v] : kNamed) {
        if (n == name) cp = v;
      }
    }
    if (cp == 0) {
      out += s[i++];
      continue;
    }
    AppendUtf8(out, cp);
    i = semi + 1;
  }
  return out;
}

// A piece of the input as one readable line: whitespace runs collapsed, tags
// dropped and entities decoded for HTML, invalid UTF-8 repaired.
std::string Excerpt(std::string_view bytes, bool html) {
  std::string out;
  out.reserve(bytes.size());
  bool in_tag = false;
  bool space = false;
  for (char c : bytes) {
    if (html && c == '<') in_tag = true;
    if (in_tag) {
      if (c == '>') {
        in_tag = false;
        space = true;
      }
      continue;
    }
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (ws) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  if (html) out = DecodeEntities(out);
  RepairUtf8(out);
  return out;
}

std::string QualifiedValue(const std::optional<std::int64_t>& value,
                           rehope::Qualifier q) {
  if (!value) return "unspecified";
  std::string v = std::to_string(*value);
  if (q == rehope::Qualifier::kNone) return v;
  std::string name(rehope::qualifier_name(q));
  std::replace(name.begin(), name.end(), '_', ' ');
  if (q == rehope::Qualifier::kRange || q == rehope::Qualifier::kFraction) {
    return fmt::format("{} ({})", v, name);
  }
  return name + " " + v;
}

std::string CountCell(const rehope::Count& c) {
  switch (c.status) {
    case rehope::CountStatus::kNotMentioned: return "-";
    case rehope::CountStatus::kUnspecified: return "unspecified";
    case rehope::CountStatus::kStatedZero: return "0";
    case rehope::CountStatus::kStated:
    case rehope::CountStatus::kDerived: break;
  }
  std::string v = QualifiedValue(c.value, c.qualifier);
  if (c.approximate && c.qualifier == rehope::Qualifier::kNone) v += " (approx.)";
  return v;
}

std::string StatusWords(rehope::CountStatus s) {
  std::string name(rehope::status_name(s));
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

std::string TextRecord(const Article& a, const rehope::Summary* s,
                       const TextStyle& style) {
  Painter p{style.color};
  std::string out = p.Bold(fmt::format("# {}", IdString(a.id))) + "\n";
  if (s == nullptr) {
    out += fmt::format("error     {}: {}\n\n", a.error_code, a.error_message);
    return out;
  }
  out += fmt::format("verdict   {}{}\n", p.Bold(rehope::approach_name(s->approach)),
                     s->is_sting ? " (a sting operation)" : " (not a sting operation)");
  if (!s->approach_reason.empty()) out += fmt::format("reason    {}\n", s->approach_reason);

  out += "counts\n";
  for (rehope::Category c : kCategories) {
    const rehope::Count& count = s->counts.get(c);
    out += fmt::format("  {:<22}{:<16}{}\n", rehope::category_name(c), CountCell(count),
                       p.Dim(StatusWords(count.status)));
  }

  std::vector<std::string> flags;
  if (s->flags.sellers_arrested) flags.emplace_back("sellers_arrested");
  if (s->flags.minors_arrested) flags.emplace_back("minors_arrested");
  if (s->flags.minors) flags.emplace_back("minors");
  if (s->flags.services_offered) flags.emplace_back("services_offered");
  if (s->flags.traffickers_arrested) flags.emplace_back("traffickers_arrested");
  out += fmt::format("flags     {}\n", flags.empty() ? "none" : fmt::format("{}", fmt::join(flags, ", ")));

  const bool html = a.format == rehope::InputFormat::kHtml;
  const std::string_view text = a.text;
  auto clamp = [&text](std::size_t v) { return std::min(v, text.size()); };
  if (s->claims.empty()) {
    out += "claims    none\n";
  } else {
    out += "claims    (* = the verdict rests on it)\n";
  }
  for (const rehope::Claim& c : s->claims) {
    bool verdict = std::find(s->approach_claims.begin(), s->approach_claims.end(),
                             c.id) != s->approach_claims.end();
    std::vector<std::string> notes;
    if (!c.rule.empty()) notes.push_back("rule " + c.rule);
    if (c.negated) notes.emplace_back("negated");
    if (c.background) notes.emplace_back("background");
    if (c.headline) notes.emplace_back("headline");
    if (c.approximate) notes.emplace_back("approximate");
    if (!c.attribution.empty()) notes.push_back("\"" + Excerpt(c.attribution, false) + "\"");
    out += fmt::format("  [{}]{} {} {}{}\n", c.id, verdict ? "*" : " ",
                       rehope::category_name(c.category),
                       p.Bold(QualifiedValue(c.value, c.qualifier)),
                       notes.empty() ? std::string()
                                     : p.Dim(fmt::format("  ({})", fmt::join(notes, "; "))));
    // The sentence with its evidence marked; spans are byte offsets into the
    // text given to analyze().
    std::size_t ev_start = clamp(c.evidence.start);
    std::size_t ev_end = std::max(ev_start, clamp(c.evidence.end));
    std::size_t s_start = clamp(c.sentence.start);
    std::size_t s_end = std::max(s_start, clamp(c.sentence.end));
    if (s_end == s_start || ev_start < s_start || ev_end > s_end) {
      s_start = std::min(s_start, ev_start);
      s_end = std::max(s_end, ev_end);
    }
    std::string before = Excerpt(text.substr(s_start, ev_start - s_start), html);
    std::string evidence = Excerpt(text.substr(ev_start, ev_end - ev_start), html);
    std::string after = Excerpt(text.substr(ev_end, s_end - ev_end), html);
    std::string line;
    auto join = [&line](const std::string& piece, bool gap) {
      if (piece.empty()) return;
      if (gap && !line.empty()) line += ' ';
      line += piece;
    };
    // Keep the spaces that separated the pieces in the input.
    auto space_at = [&text](std::size_t i) {
      return i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' ||
                                 text[i] == '\r');
    };
    join(before, false);
    if (!evidence.empty()) {
      if (!line.empty() && ev_start > 0 && space_at(ev_start - 1)) line += ' ';
      line += p.Evidence(evidence);
    }
    join(after, ev_end < text.size() && space_at(ev_end));
    out += fmt::format("      {}\n", line);
  }
  if (!s->warnings.empty()) {
    out += "warnings\n";
    for (const std::string& w : s->warnings) out += fmt::format("  - {}\n", w);
  }
  out += '\n';
  return out;
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "jsonl") return Format::kJsonl;
  if (name == "json") return Format::kJson;
  if (name == "csv") return Format::kCsv;
  if (name == "text") return Format::kText;
  return std::nullopt;
}

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string FormatHeader(Format format) {
  if (format != Format::kCsv) return {};
  std::string h = "id";
  for (rehope::Category c : kCategories) {
    h += fmt::format(",{0},{0}_status", rehope::category_name(c));
  }
  h += ",sellers_flag,approach,is_sting,error\r\n";
  return h;
}

std::string FormatRecord(const Article& article, const rehope::Summary* summary,
                         Format format, const TextStyle& style) {
  switch (format) {
    case Format::kJsonl: return JsonRecord(article, summary, -1);
    case Format::kJson: return JsonRecord(article, summary, 2);
    case Format::kCsv: return CsvRecord(article, summary);
    case Format::kText: return TextRecord(article, summary, style);
  }
  return {};
}

// --- FdWriter ----------------------------------------------------------------

FdWriter::FdWriter(int fd) : fd_(fd) { buf_.reserve(1 << 16); }

FdWriter::~FdWriter() { Flush(); }

bool FdWriter::Write(std::string_view bytes) {
  if (broken_) return false;
  if (buf_.size() + bytes.size() > (1 << 16)) {
    if (!Flush()) return false;
    if (bytes.size() > (1 << 16)) return WriteAll(bytes);
  }
  buf_.append(bytes);
  return true;
}

bool FdWriter::Flush() {
  if (broken_) return false;
  bool ok = WriteAll(buf_);
  buf_.clear();
  return ok;
}

bool FdWriter::WriteAll(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      broken_ = true;
      error_ = errno == EPIPE ? 0 : errno;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace rehope::cli

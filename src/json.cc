// The summary as JSON, written through RapidJSON's streaming writer (never
// by hand: the library escapes and formats).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <utf8proc.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rehope/rehope.h"

namespace rehope {

std::string_view category_name(Category c) {
  switch (c) {
    case Category::kBuyersArrested: return "buyers_arrested";
    case Category::kSellersArrested: return "sellers_arrested";
    case Category::kVictimsIdentified: return "victims_identified";
    case Category::kTraffickersArrested: return "traffickers_arrested";
    case Category::kTotalArrested: return "total_arrested";
    case Category::kOtherArrested: return "other_arrested";
  }
  return "unknown";
}

std::string_view status_name(CountStatus s) {
  switch (s) {
    case CountStatus::kNotMentioned: return "not_mentioned";
    case CountStatus::kStated: return "stated";
    case CountStatus::kDerived: return "derived";
    case CountStatus::kUnspecified: return "unspecified";
    case CountStatus::kStatedZero: return "stated_zero";
  }
  return "unknown";
}

std::string_view qualifier_name(Qualifier q) {
  switch (q) {
    case Qualifier::kNone: return "none";
    case Qualifier::kMoreThan: return "more_than";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kNearly: return "nearly";
    case Qualifier::kAbout: return "about";
    case Qualifier::kUpTo: return "up_to";
    case Qualifier::kFewerThan: return "fewer_than";
    case Qualifier::kRange: return "range";
    case Qualifier::kFraction: return "fraction";
  }
  return "unknown";
}

std::string_view approach_name(Approach a) {
  switch (a) {
    case Approach::kCriminalizing: return "criminalizing";
    case Approach::kVictimCentered: return "victim_centered";
    case Approach::kUnclear: return "unclear";
    case Approach::kNotApplicable: return "not_applicable";
  }
  return "unknown";
}

const Count& Counts::get(Category c) const {
  switch (c) {
    case Category::kBuyersArrested: return buyers_arrested;
    case Category::kSellersArrested: return sellers_arrested;
    case Category::kVictimsIdentified: return victims_identified;
    case Category::kTraffickersArrested: return traffickers_arrested;
    case Category::kTotalArrested:
    case Category::kOtherArrested: break;
  }
  return total_arrested;
}

Count& Counts::get(Category c) {
  return const_cast<Count&>(static_cast<const Counts&>(*this).get(c));
}

namespace {

// Strings reach the writer as valid UTF-8: evidence text is the caller's own
// bytes and an id may be a file name, so either can hold invalid sequences.
// Those become U+FFFD here (the analyzed text was repaired the same way).
std::string_view as_valid_utf8(std::string_view s, std::string& scratch) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  const auto n = static_cast<utf8proc_ssize_t>(s.size());
  utf8proc_ssize_t i = 0;
  while (i < n && p[i] < 0x80) ++i;  // news text is mostly ASCII
  utf8proc_int32_t cp = 0;
  while (i < n) {
    const utf8proc_ssize_t len = utf8proc_iterate(p + i, n - i, &cp);
    if (len < 0) break;
    i += len;
  }
  if (i == n) return s;
  scratch.assign(s.data(), static_cast<std::size_t>(i));
  while (i < n) {
    const utf8proc_ssize_t len = utf8proc_iterate(p + i, n - i, &cp);
    if (len < 0) {
      scratch += "\xEF\xBF\xBD";
      ++i;
    } else {
      scratch.append(s.data() + i, static_cast<std::size_t>(len));
      i += len;
    }
  }
  return scratch;
}

// Writes the schema through RapidJSON's streaming writer: no tree is built,
// which made to_json a fifth of analyze's time with nlohmann::json.
template <typename Writer>
class SummaryWriter {
 public:
  explicit SummaryWriter(Writer& w) : w_(w) {}

  void write(const Summary& s) {
    w_.StartObject();
    key("schema");
    string(kSchema);
    key("id");
    string(s.id);
    key("is_sting");
    w_.Bool(s.is_sting);
    key("approach");
    string(approach_name(s.approach));
    key("approach_reason");
    string(s.approach_reason);
    key("approach_claims");
    ints(s.approach_claims);
    key("counts");
    w_.StartObject();
    count("buyers_arrested", s.counts.buyers_arrested);
    count("sellers_arrested", s.counts.sellers_arrested);
    count("victims_identified", s.counts.victims_identified);
    count("traffickers_arrested", s.counts.traffickers_arrested);
    count("total_arrested", s.counts.total_arrested);
    w_.EndObject();
    key("flags");
    w_.StartObject();
    key("sellers_arrested");
    w_.Bool(s.flags.sellers_arrested);
    key("minors_arrested");
    w_.Bool(s.flags.minors_arrested);
    key("minors");
    w_.Bool(s.flags.minors);
    key("services_offered");
    w_.Bool(s.flags.services_offered);
    key("traffickers_arrested");
    w_.Bool(s.flags.traffickers_arrested);
    w_.EndObject();
    key("evidence");
    w_.StartObject();
    key("sellers_arrested");
    ints(s.sellers_flag_claims);
    key("services_offered");
    w_.StartArray();
    for (const auto& span : s.services_evidence) this->span(span);
    w_.EndArray();
    w_.EndObject();
    key("claims");
    w_.StartArray();
    for (const auto& c : s.claims) claim(c);
    w_.EndArray();
    key("warnings");
    w_.StartArray();
    for (const auto& warning : s.warnings) string(warning);
    w_.EndArray();
    w_.EndObject();
  }

 private:
  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }

  void string(std::string_view v) {
    const std::string_view valid = as_valid_utf8(v, scratch_);
    w_.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  }

  void optional_string(std::string_view v) {
    if (v.empty()) {
      w_.Null();
    } else {
      string(v);
    }
  }

  void value(const std::optional<std::int64_t>& v) {
    if (v) {
      w_.Int64(*v);
    } else {
      w_.Null();
    }
  }

  void qualifier(Qualifier q) {
    if (q == Qualifier::kNone) {
      w_.Null();
    } else {
      string(qualifier_name(q));
    }
  }

  void ints(const std::vector<int>& v) {
    w_.StartArray();
    for (int i : v) w_.Int(i);
    w_.EndArray();
  }

  void span_members(const Span& s) {
    key("start");
    w_.Uint64(s.start);
    key("end");
    w_.Uint64(s.end);
  }

  void span(const Span& s) {
    w_.StartObject();
    span_members(s);
    w_.EndObject();
  }

  void count(std::string_view name, const Count& c) {
    key(name);
    w_.StartObject();
    key("value");
    value(c.value);
    key("status");
    string(status_name(c.status));
    key("approximate");
    w_.Bool(c.approximate);
    key("qualifier");
    qualifier(c.qualifier);
    key("claims");
    ints(c.claims);
    w_.EndObject();
  }

  void claim(const Claim& c) {
    w_.StartObject();
    key("id");
    w_.Int(c.id);
    key("category");
    string(category_name(c.category));
    key("value");
    value(c.value);
    key("qualifier");
    qualifier(c.qualifier);
    key("approximate");
    w_.Bool(c.approximate);
    key("evidence");
    w_.StartObject();
    span_members(c.evidence);
    key("text");
    string(c.evidence_text);
    w_.EndObject();
    key("sentence");
    span(c.sentence);
    key("rule");
    string(c.rule);
    key("negated");
    w_.Bool(c.negated);
    key("background");
    w_.Bool(c.background);
    key("headline");
    w_.Bool(c.headline);
    key("attribution");
    optional_string(c.attribution);
    w_.EndObject();
  }

  Writer& w_;
  std::string scratch_;
};

template <typename Writer>
std::string write_summary(const Summary& s, rapidjson::StringBuffer& buffer, Writer& writer) {
  SummaryWriter<Writer>(writer).write(s);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

std::string to_json(const Summary& s, int indent) {
  rapidjson::StringBuffer buffer(nullptr, 4096 + 512 * s.claims.size());
  if (indent < 0) {
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    return write_summary(s, buffer, writer);
  }
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', static_cast<unsigned>(indent));
  return write_summary(s, buffer, writer);
}

}  // namespace rehope

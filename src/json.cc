// The summary as JSON, written through nlohmann::json (never by hand).
#include <nlohmann/json.hpp>

#include <utility>

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

using nlohmann::ordered_json;

ordered_json qualifier_json(Qualifier q) {
  return q == Qualifier::kNone ? ordered_json(nullptr) : ordered_json(qualifier_name(q));
}

ordered_json count_json(const Count& c) {
  ordered_json j;
  j["value"] = c.value ? ordered_json(*c.value) : ordered_json(nullptr);
  j["status"] = status_name(c.status);
  j["approximate"] = c.approximate;
  j["qualifier"] = qualifier_json(c.qualifier);
  j["claims"] = c.claims;
  return j;
}

ordered_json span_json(const Span& s) { return {{"start", s.start}, {"end", s.end}}; }

ordered_json claim_json(const Claim& c) {
  ordered_json j;
  j["id"] = c.id;
  j["category"] = category_name(c.category);
  j["value"] = c.value ? ordered_json(*c.value) : ordered_json(nullptr);
  j["qualifier"] = qualifier_json(c.qualifier);
  j["approximate"] = c.approximate;
  ordered_json ev = span_json(c.evidence);
  ev["text"] = c.evidence_text;
  j["evidence"] = std::move(ev);
  j["sentence"] = span_json(c.sentence);
  j["rule"] = c.rule;
  j["negated"] = c.negated;
  j["background"] = c.background;
  j["headline"] = c.headline;
  j["attribution"] = c.attribution.empty() ? ordered_json(nullptr) : ordered_json(c.attribution);
  return j;
}

}  // namespace

std::string to_json(const Summary& s, int indent) {
  ordered_json j;
  j["schema"] = kSchema;
  j["id"] = s.id;
  j["is_sting"] = s.is_sting;
  j["approach"] = approach_name(s.approach);
  j["approach_reason"] = s.approach_reason;
  j["approach_claims"] = s.approach_claims;
  ordered_json counts;
  counts["buyers_arrested"] = count_json(s.counts.buyers_arrested);
  counts["sellers_arrested"] = count_json(s.counts.sellers_arrested);
  counts["victims_identified"] = count_json(s.counts.victims_identified);
  counts["traffickers_arrested"] = count_json(s.counts.traffickers_arrested);
  counts["total_arrested"] = count_json(s.counts.total_arrested);
  j["counts"] = std::move(counts);
  j["flags"] = {{"sellers_arrested", s.flags.sellers_arrested},
                {"minors_arrested", s.flags.minors_arrested},
                {"minors", s.flags.minors},
                {"services_offered", s.flags.services_offered},
                {"traffickers_arrested", s.flags.traffickers_arrested}};
  ordered_json services = ordered_json::array();
  for (const auto& span : s.services_evidence) services.push_back(span_json(span));
  ordered_json evidence;
  evidence["sellers_arrested"] = s.sellers_flag_claims;
  evidence["services_offered"] = std::move(services);
  j["evidence"] = std::move(evidence);
  ordered_json claims = ordered_json::array();
  claims.get_ref<ordered_json::array_t&>().reserve(s.claims.size());
  for (const auto& c : s.claims) claims.push_back(claim_json(c));
  j["claims"] = std::move(claims);
  j["warnings"] = s.warnings;
  // Invalid UTF-8 cannot reach here (normalize repairs it, evidence text is
  // cut at character boundaries), but replace rather than throw regardless.
  return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace rehope

#include "summary.h"

#include <algorithm>
#include <map>
#include <set>

namespace rehope::internal {

namespace {

constexpr Category kCounted[] = {Category::kBuyersArrested, Category::kSellersArrested,
                                 Category::kVictimsIdentified, Category::kTraffickersArrested};

// A figure of one category, built from the claims that count.
struct Tally {
  std::optional<std::int64_t> value;
  bool unspecified = false;
  bool zero = false;
  bool approximate = false;
  Qualifier qualifier = Qualifier::kNone;
  std::int64_t low = 0;  // for "more than 100": 101
  std::vector<int> claims;
  std::vector<int> absorbed;  // further charges of people this figure already counts
  bool any() const { return value || unspecified || zero; }
};

bool counts_for_operation(const BoundClaim& c) { return !c.background && !c.subsumed; }

// Two different groups that may hold the same people: girls or boys among
// minors, men or women among adults. (Adults and minors never overlap.)
bool groups_cross(const std::string& a, const std::string& b) {
  const auto pair = [&](const char* x, const char* y) {
    return (a == x && b == y) || (a == y && b == x);
  };
  return pair("minors", "girls") || pair("minors", "boys") || pair("adults", "men") ||
         pair("adults", "women");
}

// Whether an exact figure is one an approximate figure rounds: "nearly 40"
// covers 32 to 39, "more than 20" 21 to 30, "about 50" 40 to 60.
bool within_rounding(Qualifier q, std::int64_t rounded, std::int64_t exact) {
  const std::int64_t fifth = std::max<std::int64_t>(rounded / 5, 1);
  const std::int64_t half = std::max<std::int64_t>(rounded / 2, 1);
  switch (q) {
    case Qualifier::kMoreThan: return exact > rounded && exact <= rounded + half;
    case Qualifier::kAtLeast: return exact >= rounded && exact <= rounded + half;
    case Qualifier::kNearly:
    case Qualifier::kFewerThan: return exact < rounded && exact >= rounded - fifth;
    case Qualifier::kAbout: return exact >= rounded - fifth && exact <= rounded + fifth;
    default: return false;
  }
}

Tally tally(const std::vector<BoundClaim>& claims, Category category, bool headline) {
  Tally t;
  // Per sentence: sum of distinct figures.
  std::map<std::size_t, std::pair<std::int64_t, std::vector<int>>> per_sentence;
  std::map<std::size_t, bool> sentence_additive, sentence_approx;
  std::map<std::size_t, Qualifier> sentence_qualifier;
  std::int64_t additive_sum = 0;
  std::vector<int> additive_claims;
  bool additive_approx = false;
  std::vector<int> named_claims;  // one per named arrestee
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const BoundClaim& c = claims[i];
    if (c.category != category || !counts_for_operation(c) || c.headline != headline) continue;
    const int id = static_cast<int>(i);
    if (c.negated) {
      t.zero = true;
      t.claims.push_back(id);
      continue;
    }
    if (!c.value) {
      t.unspecified = true;
      t.claims.push_back(id);
      continue;
    }
    if (c.named) {
      named_claims.push_back(id);
      continue;
    }
    if (c.additive && !per_sentence.empty()) {
      additive_sum += *c.value;
      additive_claims.push_back(id);
      additive_approx = additive_approx || c.approximate;
      continue;
    }
    // "Two men were arrested on suspicion of pimping, and one of them was
    // also booked on a trafficking charge": the one is among the two.
    if (c.further_charge && per_sentence.count(c.segment) &&
        per_sentence[c.segment].first >= *c.value) {
      per_sentence[c.segment].second.push_back(id);
      t.absorbed.push_back(id);
      continue;
    }
    auto& [sum, ids] = per_sentence[c.segment];
    // Sub-counts of a category add up within a sentence; two totals in one
    // sentence are one total said twice (or a total and a base).
    sum = category == Category::kTotalArrested ? std::max(sum, *c.value) : sum + *c.value;
    ids.push_back(id);
    if (c.approximate) {
      sentence_approx[c.segment] = true;
      sentence_qualifier[c.segment] = c.qualifier;
    }
  }
  // Totals of different groups of people in one sentence are parts, not one
  // total said twice: "arrested two men and a woman" is three people.
  if (category == Category::kTotalArrested) {
    for (auto& [segment, entry] : per_sentence) {
      if (entry.second.size() < 2) continue;
      std::set<std::string> groups;
      std::int64_t sum = 0;
      for (int id : entry.second) {
        const BoundClaim& c = claims[static_cast<std::size_t>(id)];
        // "12 adults, 10 men and two women": men and women among the adults.
        const bool crosses = std::any_of(groups.begin(), groups.end(), [&](const std::string& g) {
          return groups_cross(g, c.group);
        });
        if (c.group.empty() || c.rest || c.share_of_total || crosses ||
            !groups.insert(c.group).second) {
          sum = -1;
          break;
        }
        sum += *c.value;
      }
      if (sum > entry.first) entry.first = sum;
    }
  }
  // Across sentences the first figure of the body stands (the lead reports
  // the operation; later, different figures are more often other periods or
  // places than corrections); restatements are one figure.
  std::optional<std::size_t> best;
  if (!per_sentence.empty()) best = per_sentence.begin()->first;
  // An approximate first figure is the rounded form of an exact one stated
  // later that lies in its range: "Nearly 40 arrested ... Of the 38
  // arrested", "More than 20 sex buyers ... Twenty-three men were arrested".
  if (best && sentence_approx[*best] && sentence_qualifier.count(*best)) {
    const std::int64_t rounded = per_sentence[*best].first;
    const Qualifier q = sentence_qualifier[*best];
    for (const auto& [segment, entry] : per_sentence) {
      if (segment <= *best || sentence_approx[segment]) continue;
      if (within_rounding(q, rounded, entry.first)) {
        best = segment;
        break;
      }
    }
  }
  // "An indictment charging nine people in connection with a sex trafficking
  // enterprise ... Seven defendants are charged with sex trafficking": a
  // figure whose category is only the case the people are tied to gives way
  // to a later figure of people charged with the category's own offence (not
  // a further charge of some of them, "three of those seven are also ...").
  if (best && category != Category::kTotalArrested) {
    const auto loose_only = [&](const std::vector<int>& ids) {
      return std::all_of(ids.begin(), ids.end(),
                         [&](int id) { return claims[static_cast<std::size_t>(id)].loose; });
    };
    if (loose_only(per_sentence[*best].second)) {
      for (const auto& sentence : per_sentence) {
        const auto& ids = sentence.second.second;
        if (sentence.first <= *best) continue;
        const bool charged = std::any_of(ids.begin(), ids.end(), [&](int id) {
          const BoundClaim& c = claims[static_cast<std::size_t>(id)];
          return !c.loose && !c.further_charge;
        });
        if (charged) {
          best = sentence.first;
          break;
        }
      }
    }
  }
  // Unless a later sentence restates every figure of it and adds more: "three
  // juveniles were recovered ... Investigators recovered three juveniles and
  // identified five adults as potential victims".
  if (best && category != Category::kTotalArrested) {
    const auto& first_ids = per_sentence[*best].second;
    for (const auto& sentence : per_sentence) {
      const std::size_t segment = sentence.first;
      const auto& ids = sentence.second.second;
      if (segment <= *best || sentence.second.first <= per_sentence[*best].first) continue;
      const bool restates = std::all_of(first_ids.begin(), first_ids.end(), [&](int a) {
        const BoundClaim& x = claims[static_cast<std::size_t>(a)];
        return std::any_of(ids.begin(), ids.end(), [&](int b) {
          const BoundClaim& y = claims[static_cast<std::size_t>(b)];
          return y.value == x.value && y.group == x.group;
        });
      });
      if (restates) {
        best = segment;
        break;
      }
    }
  }
  // Later sentences about another group of people add to it: "four women
  // were charged with prostitution ... The two girls were arrested on
  // prostitution charges". Only when every group so far is named.
  std::vector<std::size_t> also;
  if (best) {
    std::set<std::string> seen;
    bool generic = false;
    for (int id : per_sentence[*best].second) {
      const auto& g = claims[static_cast<std::size_t>(id)].group;
      if (g.empty()) generic = true;
      seen.insert(g);
    }
    // Rows of a bulleted list ("• Twelve men were charged with solicitation",
    // "• A 41-year-old man was charged with solicitation of a minor") are
    // different people, whatever their group.
    const auto rows = [&](const std::vector<int>& ids) {
      return std::all_of(ids.begin(), ids.end(),
                         [&](int id) { return claims[static_cast<std::size_t>(id)].list_row; });
    };
    const bool best_row = rows(per_sentence[*best].second);
    for (const auto& [segment, entry] : per_sentence) {
      const bool row = best_row && rows(entry.second);
      if (segment == *best || (generic && !row)) continue;
      bool fresh = true;
      for (int id : entry.second) {
        const auto& g = claims[static_cast<std::size_t>(id)].group;
        if (!row && (g.empty() || seen.count(g))) fresh = false;
        // "3 teens recovered ... Three teenage girls were recovered": girls
        // and boys may be the minors counted before, and the other way round;
        // men and women may be the adults. "Four minors ... 11 adult
        // victims" are different people.
        if (std::any_of(seen.begin(), seen.end(),
                        [&](const std::string& o) { return groups_cross(g, o); })) {
          fresh = false;
        }
      }
      if (!fresh) continue;
      for (int id : entry.second) seen.insert(claims[static_cast<std::size_t>(id)].group);
      also.push_back(segment);
    }
  }
  // "Deputies had announced 28 arrests on Tuesday, but three more people
  // were booked overnight" after "Thirty-one people were arrested": a
  // sentence whose own figure and its additions make up the figure that
  // stands tells how it came about, and adds no one.
  if (best && category == Category::kTotalArrested) {
    std::map<std::size_t, std::int64_t> added;
    for (int id : additive_claims) {
      const BoundClaim& c = claims[static_cast<std::size_t>(id)];
      added[c.segment] += *c.value;
    }
    for (const auto& [segment, sum] : added) {
      if (segment == *best || !per_sentence.count(segment) ||
          std::find(also.begin(), also.end(), segment) != also.end() ||
          per_sentence[segment].first + sum != per_sentence[*best].first) {
        continue;
      }
      for (auto it = additive_claims.begin(); it != additive_claims.end();) {
        if (claims[static_cast<std::size_t>(*it)].segment != segment) {
          ++it;
          continue;
        }
        additive_sum -= *claims[static_cast<std::size_t>(*it)].value;
        it = additive_claims.erase(it);
      }
    }
  }
  if (best || !additive_claims.empty() || !named_claims.empty()) {
    std::int64_t value = additive_sum;
    if (best) {
      value += per_sentence[*best].first;
      for (int id : per_sentence[*best].second) t.claims.push_back(id);
      for (std::size_t segment : also) {
        value += per_sentence[segment].first;
        for (int id : per_sentence[segment].second) t.claims.push_back(id);
      }
      t.approximate = sentence_approx[*best];
      t.qualifier = sentence_qualifier.count(*best) ? sentence_qualifier[*best] : Qualifier::kNone;
    }
    for (int id : additive_claims) t.claims.push_back(id);
    t.approximate = t.approximate || additive_approx;
    // A list of names after a figure names the people counted ("Seven men
    // were charged ... They are: ..."): it adds only the names beyond it.
    // A minor's name is withheld, so a figure that counts a minor ("She was
    // detained on a prostitution offense" of a 16-year-old) is not among the
    // names ("The following adults were arrested: ...") and adds to them.
    const auto named = static_cast<std::int64_t>(named_claims.size());
    std::int64_t minors = 0;
    if (!named_claims.empty()) {
      for (int id : t.claims) {
        const BoundClaim& c = claims[static_cast<std::size_t>(id)];
        if (c.minor && c.value && !c.negated && !c.named) minors += *c.value;
      }
      minors = std::min(minors, value);
    }
    value = std::max(value - minors, named) + minors;
    for (int id : named_claims) t.claims.push_back(id);
    t.value = value;
    t.low = value;
    if (t.qualifier == Qualifier::kMoreThan) t.low = value + 1;
  }
  // "three more men were arrested, bringing the total to 25": a running
  // total is the operation's figure all told, whatever came before or after;
  // so is one of a category ("bringing the total to 30 men accused of
  // soliciting").
  {
    std::optional<int> running;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const BoundClaim& c = claims[i];
      if (c.category != category || !counts_for_operation(c) || c.headline != headline ||
          !c.running_total || !c.value || c.negated) {
        continue;
      }
      if (!running || *c.value > *claims[static_cast<std::size_t>(*running)].value) {
        running = static_cast<int>(i);
      }
    }
    if (running) {
      const BoundClaim& c = claims[static_cast<std::size_t>(*running)];
      t.value = c.value;
      t.low = *c.value;
      t.approximate = c.approximate;
      t.qualifier = c.qualifier;
      t.claims = {*running};
    }
  }
  std::sort(t.claims.begin(), t.claims.end());
  return t;
}

Count to_count(const Tally& t, CountStatus numeric_status) {
  Count c;
  c.claims = t.claims;
  if (t.value && *t.value == 0) {
    // "18 arrests, and zero of them people selling sex": a figure of zero
    // is a stated zero, however it is worded.
    c.status = CountStatus::kStatedZero;
    c.value = 0;
  } else if (t.value) {
    c.status = numeric_status;
    c.value = t.value;
    c.approximate = t.approximate;
    c.qualifier = t.qualifier;
  } else if (t.unspecified) {
    c.status = CountStatus::kUnspecified;
  } else if (t.zero) {
    c.status = CountStatus::kStatedZero;
    c.value = 0;
  }
  return c;
}

// People in a figure charged with a further offence ("one of them was also
// charged with ..."), who are already among the people counted elsewhere;
// not those the figure itself absorbed.
std::int64_t further_people(const std::vector<BoundClaim>& claims, const Tally& t) {
  std::int64_t further = 0;
  for (int id : t.claims) {
    const BoundClaim& c = claims[static_cast<std::size_t>(id)];
    const bool absorbed = std::find(t.absorbed.begin(), t.absorbed.end(), id) != t.absorbed.end();
    if (c.further_charge && c.value && !absorbed) further += *c.value;
  }
  return further;
}

// A category's figure worked out from the total: derived, as approximate as
// the total, resting on its claims and the total's.
void derive_from_total(Count& c, const Count& total, std::int64_t value) {
  c.status = CountStatus::kDerived;
  c.value = value;
  c.approximate = total.approximate;
  c.claims.insert(c.claims.end(), total.claims.begin(), total.claims.end());
  std::sort(c.claims.begin(), c.claims.end());
  c.claims.erase(std::unique(c.claims.begin(), c.claims.end()), c.claims.end());
}

// Body figures win; the headline is used for a category the body leaves out,
// and its number for one the body gives none ("17 men charged in sting" over
// "Each was charged with solicitation"). Not for other arrests: a headline's
// "27 arrests, most on warrants" counts everyone.
Tally body_or_headline(const std::vector<BoundClaim>& claims, Category category) {
  Tally body = tally(claims, category, false);
  if (body.value) return body;
  if (body.unspecified && category == Category::kOtherArrested) return body;
  Tally head = tally(claims, category, true);
  if (head.value) return head;
  if (body.unspecified) return body;
  if (body.zero) return body;
  return head.any() ? head : body;
}

}  // namespace

void aggregate(const Findings& findings, Summary& summary) {
  const auto& claims = findings.claims;
  const ArticleCues& cues = findings.cues;

  // Is this an enforcement operation about commercial sex?
  bool enforcement = false;
  bool enforcement_in_lead = false;
  bool sex_claim = false;
  bool sex_zero = false;  // only "no one was charged with prostitution"
  bool sex_claim_in_lead = false;  // a figure of a category in the lead
  for (const auto& c : claims) {
    if (!counts_for_operation(c)) continue;
    enforcement = true;
    // "A woman who says she was being trafficked has sued the hotel": a
    // victim named by her state is no report of police finding anyone; nor
    // is a figure a published report gives ("..., the report said").
    if (c.segment <= cues.lead_end && c.value && !c.negated && !c.state_only && !c.from_report) {
      // One defendant in the lead of a court story ("A former pastor
      // charged in a December sting waived his preliminary hearing") is
      // that case, not a report of the operation.
      const bool one_person = *c.value == 1;
      if (!(one_person && cues.not_sting_in_lead)) enforcement_in_lead = true;
    }
    if (c.category != Category::kTotalArrested && c.category != Category::kOtherArrested) {
      if (c.segment <= cues.lead_end) sex_claim_in_lead = true;
      // In a drug story "would-be buyers" are buyers of drugs: there only a
      // charge, not a noun, makes a figure one about commercial sex.
      const bool noun_only = c.rule.ends_with("nouns");  // "buyers/nouns", "buyers/generic-nouns"
      if (noun_only && cues.other_crime) continue;
      (c.negated ? sex_zero : sex_claim) = true;
    }
  }
  // Words about sex or trafficking in a drug story ("no evidence the group
  // was involved in prostitution", "no one was charged with prostitution")
  // do not make it a sex sting; a claim does.
  const bool sex = sex_claim || ((cues.sex || sex_zero) && !cues.other_crime);
  // A trial, sentencing or policy story whose lead reports no arrest is not
  // about an operation, whatever figures it recalls further down.
  const bool other_story = cues.not_sting_in_lead && !enforcement_in_lead;
  // A drug sting with a side charge of pandering: when the top of the
  // article names another kind of crime and neither its words nor its
  // figures name commercial sex or trafficking, the article is about that
  // other crime.
  const bool other_crime_story =
      cues.other_crime_in_lead && !cues.sex_in_lead && !sex_claim_in_lead;
  // An opinion column, letter, profile or feature (filed so at the top of
  // the page) reports an operation only when its headline names one and it
  // does not set several operations side by side: "Sting headlines are
  // easy" over "Take three operations from the past year" argues a policy;
  // "The Route 40 sting arrested five women" reports that sting's figures.
  const bool commentary_story =
      cues.commentary && (!cues.commentary_peg || cues.several_operations);
  summary.is_sting = enforcement && !other_story && !other_crime_story && !commentary_story &&
                     (sex || (cues.sting && !cues.other_crime && !cues.not_sting));
  if (!summary.is_sting) {
    summary.approach = Approach::kNotApplicable;
    summary.approach_reason =
        enforcement && commentary_story
            ? "The article is an opinion piece, profile or feature, not a report of one "
              "operation."
        : enforcement ? "The arrests reported are not about commercial sex or trafficking."
                      : "The article reports no enforcement operation.";
    return;
  }

  Counts& counts = summary.counts;
  std::int64_t parts_sum = 0;
  std::int64_t further_sum = 0;  // people charged again, counted already
  bool parts_unspecified = false;
  bool extra_unspecified = false;  // an unspecified part that is not a share of the total
  std::vector<int> part_claims;
  for (Category category : kCounted) {
    Tally t = body_or_headline(claims, category);
    counts.get(category) = to_count(t, CountStatus::kStated);
    if (category == Category::kVictimsIdentified) continue;
    if (t.value) {
      parts_sum += *t.value;
      further_sum += further_people(claims, t);
      part_claims.insert(part_claims.end(), t.claims.begin(), t.claims.end());
    } else if (t.unspecified) {
      parts_unspecified = true;
      for (int id : t.claims) {
        const BoundClaim& c = claims[static_cast<std::size_t>(id)];
        if (!c.value && !c.negated && !c.share_of_total) extra_unspecified = true;
      }
    }
  }
  const Tally other = body_or_headline(claims, Category::kOtherArrested);
  if (other.value) {
    // "One man was also charged with possession of a firearm": a person
    // counted already under the operation's own charges.
    further_sum += further_people(claims, other);
    parts_sum += *other.value;
    part_claims.insert(part_claims.end(), other.claims.begin(), other.claims.end());
  }
  // "One man was also charged with promoting prostitution" adds no person,
  // unless nobody else was counted.
  if (parts_sum > further_sum) parts_sum -= further_sum;

  // A breakdown that is itself approximate ("more than 20 men", "roughly
  // half a dozen women") does not add up exactly: "about 30" stands.
  const bool approximate_parts = std::any_of(part_claims.begin(), part_claims.end(), [&](int id) {
    return claims[static_cast<std::size_t>(id)].approximate;
  });
  // The total: stated, reconciled with its parts.
  Tally stated = body_or_headline(claims, Category::kTotalArrested);
  Count& total = counts.total_arrested;
  if (stated.value && extra_unspecified && parts_sum >= *stated.value) {
    // "14 men were charged with solicitation; a handful of women were also
    // arrested": the figure counts the men only, the total is not known.
    // So too when the numbered parts already pass the figure ("more than a
    // dozen men ... a number of women cited ... the owner was charged"):
    // the figure left people out and the unnumbered part has no sum.
    total.status = CountStatus::kUnspecified;
    total.claims = stated.claims;
    total.claims.insert(total.claims.end(), part_claims.begin(), part_claims.end());
  } else if (stated.value) {
    total = to_count(stated, CountStatus::kStated);
    if (parts_sum > *stated.value) {
      total = Count{CountStatus::kDerived, parts_sum, false, Qualifier::kNone, part_claims};
    } else if (stated.approximate && parts_sum > 0 && !approximate_parts &&
               (parts_sum >= stated.low ||
                within_rounding(stated.qualifier, *stated.value, parts_sum))) {
      // "more than 80 arrests" with 61 buyers and 23 sellers: 84; "nearly
      // 90 arrests" with 61, 19 and six: 86.
      total = Count{CountStatus::kDerived, parts_sum, false, Qualifier::kNone, part_claims};
    }
  } else if (parts_sum > 0 && !parts_unspecified) {
    const bool single = part_claims.size() == 1;
    total = Count{single ? CountStatus::kStated : CountStatus::kDerived, parts_sum, false,
                  Qualifier::kNone, part_claims};
    // Sub-counts that were approximate make the sum approximate too.
    for (int id : part_claims) {
      if (claims[static_cast<std::size_t>(id)].approximate) total.approximate = true;
    }
  } else if (parts_sum > 0 || parts_unspecified || stated.unspecified) {
    total.status = CountStatus::kUnspecified;
    total.claims = stated.claims;
    total.claims.insert(total.claims.end(), part_claims.begin(), part_claims.end());
  }

  // "More than two dozen men were arrested ... The men were charged with
  // patronizing prostitution": one charge named for everyone counted.
  if (total.value && total.status == CountStatus::kStated) {
    std::optional<Category> only;
    int named = 0;
    for (Category category : kCounted) {
      if (category == Category::kVictimsIdentified) continue;
      const Count& c = counts.get(category);
      if (c.status == CountStatus::kNotMentioned || c.status == CountStatus::kStatedZero) continue;
      ++named;
      // "Each man was charged with solicitation ... All three were also
      // charged with solicitation": every group counted, one charge.
      const bool every_group = c.value && *c.value < *total.value &&
                               std::any_of(c.claims.begin(), c.claims.end(), [&](int id) {
                                 const BoundClaim& b = claims[static_cast<std::size_t>(id)];
                                 return b.whole_group && !b.value;
                               });
      if (c.status == CountStatus::kUnspecified || every_group) only = category;
    }
    if (named == 1 && only && !other.value) {
      Count& c = counts.get(*only);
      const bool whole_group = std::all_of(c.claims.begin(), c.claims.end(), [&](int id) {
        const BoundClaim& b = claims[static_cast<std::size_t>(id)];
        return b.whole_group || (!b.value && !b.negated && !b.share_of_total && !b.vague);
      });
      if (whole_group && !c.claims.empty()) {
        derive_from_total(c, total, *total.value);
        c.qualifier = total.qualifier;
      }
    }
  }

  // "Of the 47 people arrested, 12 were charged with prostitution and two
  // with pimping. The rest were charged with soliciting": 33.
  // Only plain arithmetic: an approximate part ("at least eight women")
  // leaves the rest without a number; an approximate total with exact parts
  // ("Roughly 40 people were arrested ... Five were women charged with
  // prostitution. The rest were men") gives an approximate rest, roughly 35.
  if (total.value &&
      (total.status == CountStatus::kStated || total.status == CountStatus::kDerived)) {
    std::optional<Category> rest_of;
    int unknown = 0;
    bool approximate_part = false;
    std::int64_t known = 0;
    for (Category category : kCounted) {
      if (category == Category::kVictimsIdentified) continue;
      const Count& c = counts.get(category);
      if (c.status == CountStatus::kUnspecified) {
        ++unknown;
        const bool rest = std::any_of(c.claims.begin(), c.claims.end(), [&](int id) {
          return claims[static_cast<std::size_t>(id)].rest;
        });
        if (rest) rest_of = category;
      } else if (c.value) {
        known += *c.value;
        if (c.approximate) approximate_part = true;
      }
    }
    if (other.value) known += *other.value;
    if (other.approximate) approximate_part = true;
    if (rest_of && unknown == 1 && !approximate_part && *total.value > known) {
      derive_from_total(counts.get(*rest_of), total, *total.value - known);
      counts.get(*rest_of).qualifier = total.qualifier;
    }
  }

  // Flags.
  Flags& flags = summary.flags;
  const Count& sellers = counts.sellers_arrested;
  flags.sellers_arrested = sellers.status == CountStatus::kStated ||
                           sellers.status == CountStatus::kDerived ||
                           sellers.status == CountStatus::kUnspecified;
  if (flags.sellers_arrested) summary.sellers_flag_claims = sellers.claims;
  const Count& traffickers = counts.traffickers_arrested;
  flags.traffickers_arrested = traffickers.status == CountStatus::kStated ||
                               traffickers.status == CountStatus::kDerived ||
                               traffickers.status == CountStatus::kUnspecified;
  flags.minors = cues.minors;
  flags.minors_arrested = cues.minor_arrested;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const BoundClaim& c = claims[i];
    if (c.minor && !c.background && !c.negated && c.category != Category::kVictimsIdentified) {
      flags.minors_arrested = true;
    }
  }
  flags.services_offered = !cues.services.empty();

  // The verdict, with its reasons.
  if (flags.sellers_arrested) {
    summary.approach = Approach::kCriminalizing;
    summary.approach_claims = sellers.claims;
    summary.approach_reason = "People selling sex were arrested, charged or cited.";
  } else if (sellers.status == CountStatus::kStatedZero) {
    summary.approach = Approach::kVictimCentered;
    summary.approach_claims = sellers.claims;
    summary.approach_reason = "The article states that people selling sex were not arrested.";
  } else if (flags.services_offered) {
    summary.approach = Approach::kVictimCentered;
    summary.approach_claims = counts.victims_identified.claims;
    summary.approach_reason =
        "Victims or people selling sex were offered services, and no seller arrest is reported.";
  } else {
    summary.approach = Approach::kUnclear;
    summary.approach_reason = "The article does not say what happened to people selling sex.";
  }
}

}  // namespace rehope::internal

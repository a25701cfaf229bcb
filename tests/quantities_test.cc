// Tests for the quantities unit: a table of number expressions in news-style
// sentences, the spelled-number parser, and edge cases.
#include "quantities.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "lexicon.h"

namespace rehope::internal {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const QuantityFinder& finder() {
  static const QuantityFinder* f = [] {
    const std::string lexicon =
        read_file(std::string(REHOPE_PATTERN_DIR) + "/en/lexicon/person_noun.txt");
    QuantityConfig config;
    config.person_noun_regex = lexicon_regex(parse_lexicon(lexicon));
    return new QuantityFinder(config);
  }();
  return *f;
}

std::string kind_name(QuantityKind k) {
  switch (k) {
    case QuantityKind::kCount: return "count";
    case QuantityKind::kVague: return "vague";
    case QuantityKind::kFraction: return "fraction";
    case QuantityKind::kNotCount: return "not_count";
  }
  return "?";
}

std::string describe(std::string_view text, const Quantity& q) {
  std::ostringstream os;
  os << "[" << text.substr(q.begin, q.end - q.begin) << "] " << kind_name(q.kind)
     << " reason=" << static_cast<int>(q.reason) << " value=";
  if (q.value) os << *q.value; else os << "none";
  os << " low=" << q.low << " high=" << (q.high == kMax ? std::string("max") : std::to_string(q.high))
     << " qual=" << static_cast<int>(q.qualifier) << (q.from_article ? " article" : "")
     << (q.all ? " all" : "");
  if (q.kind == QuantityKind::kFraction) {
    os << " fraction=" << q.fraction;
    if (q.base) os << " base=" << *q.base;
  }
  return os.str();
}

std::string describe_all(std::string_view text, const std::vector<Quantity>& qs) {
  std::string out;
  for (const Quantity& q : qs) out += "\n  " + describe(text, q);
  return out;
}

// One row: a sentence with the expected expression in {braces}.
enum class Expect { kCount, kVague, kFraction, kNotCount, kNothing };
struct Row {
  std::string marked;
  Expect expect = Expect::kCount;
  std::optional<std::int64_t> value;
  std::int64_t low = 0;
  std::int64_t high = kMax;
  Qualifier qualifier = Qualifier::kNone;
  NotCountReason reason = NotCountReason::kNone;
  bool from_article = false;
  bool all = false;
  double fraction = 0.0;
  std::optional<std::int64_t> base;
};

Row make(std::string s, Expect expect = Expect::kCount) {
  Row r;
  r.marked = std::move(s);
  r.expect = expect;
  return r;
}

Row count(std::string s, std::int64_t v) {
  Row r = make(std::move(s));
  r.value = v;
  r.low = v;
  r.high = v;
  return r;
}
Row hedged(std::string s, std::int64_t v, Qualifier q, std::int64_t low, std::int64_t high) {
  Row r = make(std::move(s));
  r.value = v;
  r.qualifier = q;
  r.low = low;
  r.high = high;
  return r;
}
Row range(std::string s, std::int64_t low, std::int64_t high) {
  Row r = make(std::move(s));
  r.value = low;
  r.qualifier = Qualifier::kRange;
  r.low = low;
  r.high = high;
  return r;
}
Row article(std::string s) {
  Row r = count(std::move(s), 1);
  r.from_article = true;
  return r;
}
Row all_of(std::string s, std::int64_t v) {
  Row r = count(std::move(s), v);
  r.all = true;
  return r;
}
Row vague(std::string s, std::int64_t low, Qualifier q = Qualifier::kNone) {
  Row r = make(std::move(s), Expect::kVague);
  r.low = low;
  r.qualifier = q;
  return r;
}
Row fraction(std::string s, double f, std::optional<std::int64_t> base,
             Qualifier q = Qualifier::kFraction) {
  Row r = make(std::move(s), Expect::kFraction);
  r.fraction = f;
  r.base = base;
  r.qualifier = q;
  return r;
}
Row not_count(std::string s, NotCountReason reason) {
  Row r = make(std::move(s), Expect::kNotCount);
  r.reason = reason;
  return r;
}
// No quantity may overlap the braces.
Row nothing(std::string s) { return make(std::move(s), Expect::kNothing); }

using Q = Qualifier;
using R = NotCountReason;

std::vector<Row> table() {
  return {
      // --- digits and separators -------------------------------------------
      count("Officials said {161} individuals were arrested for attempting to buy sex.", 161),
      count("Deputies arrested {1,204} people statewide during the operation.", 1204),
      count("The task force made {12,500} contacts with online advertisers.", 12500),
      count("In all, {37} men and one woman were booked into the county jail.", 37),
      count("Police said {50} were taken into custody for trying to sell services.", 50),
      count("{Eleven} suspects were charged with soliciting a minor, the sheriff said.", 11),
      count("The sting netted {38} arrests, police said.", 38),
      count("Authorities identified {6} victims, including two juveniles.", 6),
      count("Of the {52} people arrested, 40 were charged with solicitation.", 52),
      count("Of the 52 people arrested, {40} were charged with solicitation.", 40),
      count("A total of {58} suspects were arrested across the region.", 58),
      count("Detectives rescued {0} minors, the department said.", 0),
      count("The operation led to {1,000,000} page views of the decoy ad.", 1000000),
      // --- spelled numbers -------------------------------------------------
      count("{Forty-one} people were arrested in the two-day operation.", 41),
      count("Police said {forty one} men answered the decoy ads.", 41),
      count("Agents arrested {one hundred twelve} people over three states.", 112),
      count("Investigators said {a hundred and five} ads were reviewed.", 105),
      count("{Thirty-two} people face charges, the attorney general announced.", 32),
      count("Officers took {twenty-two} men into custody Friday.", 22),
      count("{One hundred twelve} people were arrested, officials said.", 112),
      count("Deputies arrested {FORTY-FIVE} men, the release said.", 45),
      count("Troopers said {two thousand three hundred} tips came in.", 2300),
      count("Agents arrested {seventeen} men accused of buying sex.", 17),
      count("The sheriff said {ninety-nine} people were booked.", 99),
      // --- dozens and couples -------------------------------------------------
      count("Police arrested {a dozen} men at a Motel 6 on Tuesday.", 12),
      count("Detectives said {two dozen} buyers responded to the ads.", 24),
      count("{Half a dozen} women were offered services, officials said.", 6),
      count("Officers arrested {a half-dozen} suspects.", 6),
      count("Agents detained {a couple of} men outside the hotel.", 2),
      count("Police said {a pair of} suspects fled on foot.", 2),
      count("{A couple dozen} people were cited for loitering.", 24),
      // --- articles + person nouns ------------------------------------------------
      article("Police said {a woman} was also arrested on a prostitution charge."),
      article("{A 17-year-old girl} was recovered during the operation."),
      article("Officers also arrested {an alleged pimp} at the scene."),
      article("{One woman} was charged with offering to commit prostitution."),
      article("Troopers said {a third man} was arrested later that night."),
      article("Deputies arrested {a Dayton man} who drove from out of state."),
      article("{An adult female} was cited and released."),
      article("The sheriff said {another suspect} remains at large."),
      article("{A 34-year-old Columbus woman} was charged with promoting prostitution."),
      article("Deputies said {a juvenile} was taken to a shelter."),
      article("Police also charged {a registered sex offender} in the sting."),
      article("{A suspected trafficker} was booked on $50,000 bond."),
      article("Police said {one other person} was cited."),
      article("{A teenager} was among those rescued, the FBI said."),
      nothing("Police conducted {a sting} at a Vista hotel last week."),
      nothing("The arrests followed {a child} sex trafficking investigation."),
      nothing("Volunteers from {a victim} advocacy group were present."),
      nothing("Officials opened {a women}'s shelter last year."),
      nothing("Police said {no one} was charged with trafficking."),
      nothing("He was charged with soliciting {a prostitute} near the motel."),
      nothing("He offered money for sex with {a child}, agents said."),
      not_count("An undercover officer posed as a {15-year-old} girl online.", R::kAge),
      not_count("The meeting was set for around {4 p.m.} Friday.", R::kTime),
      not_count("Over the past {5 years}, more than 1,000 were arrested.", R::kDuration),
      // --- vague counts --------------------------------------------------------
      vague("{Dozens of} johns were arrested in the weekend sting.", 24),
      vague("Police said {several} women were offered services.", 3),
      vague("{A handful of} suspects face trafficking charges.", 3),
      vague("{Scores of} people responded to the decoy ads.", 40),
      vague("{Hundreds of} tips came in after the broadcast.", 200),
      vague("{A number of} the women were referred to a shelter.", 2),
      vague("{Multiple} suspects were taken into custody, deputies said.", 2),
      vague("{Several dozen} buyers contacted the undercover officers.", 36),
      vague("{A few of} the men were from out of state.", 2),
      vague("Police arrested {dozens} during the week-long operation.", 24),
      vague("{Numerous} victims were identified, officials said.", 3),
      vague("{A few hundred} people attended the vigil.", 200),
      // --- qualifiers ---------------------------------------------------------
      hedged("{More than 100} people were arrested across the state.", 100, Q::kMoreThan, 101, kMax),
      hedged("Deputies arrested {over 40} men in the operation.", 40, Q::kMoreThan, 41, kMax),
      hedged("{At least 5} victims were identified, police said.", 5, Q::kAtLeast, 5, kMax),
      hedged("{Nearly 50} people were arrested, the sheriff said.", 50, Q::kNearly, 0, 49),
      hedged("Police said {almost 30} men responded to the ads.", 30, Q::kNearly, 0, 29),
      hedged("{About 60} people were contacted by detectives.", 60, Q::kAbout, 0, kMax),
      hedged("{Roughly 200} ads were reviewed by analysts.", 200, Q::kAbout, 0, kMax),
      hedged("{Approximately 75} suspects were booked.", 75, Q::kAbout, 0, kMax),
      hedged("Agents arrested {around 20} people, officials said.", 20, Q::kAbout, 0, kMax),
      hedged("The FBI said {some 300} people were arrested nationwide.", 300, Q::kAbout, 0, kMax),
      hedged("Each faces {up to 10} charges, prosecutors said.", 10, Q::kUpTo, 0, 10),
      hedged("{Fewer than 20} of the arrests were for trafficking.", 20, Q::kFewerThan, 0, 19),
      hedged("{Less than 10} women were adults.", 10, Q::kFewerThan, 0, 9),
      fraction("{Less than 10 percent of} the women were adults.", 0.1, std::nullopt,
               Q::kFewerThan),
      hedged("{Just over 150} people were arrested.", 150, Q::kMoreThan, 151, kMax),
      hedged("Police said {close to 40} men were arrested.", 40, Q::kNearly, 0, 39),
      hedged("{More than a dozen} people were arrested.", 12, Q::kMoreThan, 13, kMax),
      hedged("{Nearly two dozen} buyers were booked.", 24, Q::kNearly, 0, 23),
      hedged("{More than 1,300} people have been arrested since the program began.", 1300,
             Q::kMoreThan, 1301, kMax),
      hedged("{An estimated 250} people were contacted.", 250, Q::kAbout, 0, kMax),
      hedged("{As many as 30} victims may have been involved.", 30, Q::kUpTo, 0, 30),
      hedged("Police arrested {10 or more} men each night.", 10, Q::kAtLeast, 10, kMax),
      hedged("{A dozen or so} men were waiting in the lobby.", 12, Q::kAbout, 0, kMax),
      hedged("The sting resulted in {40-plus} arrests.", 40, Q::kAtLeast, 40, kMax),
      hedged("Officials counted {25+} arrests.", 25, Q::kAtLeast, 25, kMax),
      hedged("{At least one} victim was a minor.", 1, Q::kAtLeast, 1, kMax),
      hedged("Officers arrested {more than forty} people.", 40, Q::kMoreThan, 41, kMax),
      hedged("{In excess of 90} arrests were made.", 90, Q::kMoreThan, 91, kMax),
      // --- fractions and percentages ------------------------------------------
      fraction("{Half of the 60} people arrested were from out of state.", 0.5, 60),
      fraction("{Roughly half of the 60} people were charged with solicitation.", 0.5, 60, Q::kAbout),
      fraction("{A third of} those arrested were charged with prostitution.", 1.0 / 3, std::nullopt),
      fraction("Police said {40% of} those arrested were repeat offenders.", 0.4, std::nullopt),
      fraction("{40 percent of} the men arrested were married.", 0.4, std::nullopt),
      fraction("{Two-thirds of the 45} suspects lived in the county.", 2.0 / 3, 45),
      fraction("{One-third of} the victims were minors.", 1.0 / 3, std::nullopt),
      fraction("{A quarter of} the buyers were under 25.", 0.25, std::nullopt),
      fraction("{Half of} them were charged with prostitution.", 0.5, std::nullopt),
      fraction("{More than half of the 80} arrests were for solicitation.", 0.5, 80, Q::kMoreThan),
      fraction("{Three-quarters of} the women accepted services.", 0.75, std::nullopt),
      fraction("{About 25 percent of the 200} people contacted were minors.", 0.25, 200, Q::kAbout),
      fraction("{A third} were cited for loitering, the chief said.", 1.0 / 3, std::nullopt),
      fraction("{More than 70 percent} were local residents.", 0.7, std::nullopt, Q::kMoreThan),
      fraction("{One in five} victims was a minor, the report found.", 0.2, std::nullopt),
      fraction("Officials said {half the 40} women were victims.", 0.5, 40),
      // --- all ------------------------------------------------------------------
      all_of("{All eight} were treated as victims, police said.", 8),
      all_of("{All 58} suspects were booked into the jail.", 58),
      all_of("{All of the 12} women were offered services.", 12),
      all_of("{all three} men were charged.", 3),
      // --- ranges ---------------------------------------------------------------
      range("{Between 10 and 12} people were arrested, police said.", 10, 12),
      range("Police expect {10 to 12} arrests this weekend.", 10, 12),
      range("Officials said {10-12} men were contacted.", 10, 12),
      range("Police arrested {two or three} men each night.", 2, 3),
      range("{Between fifty and sixty} people attended.", 50, 60),
      // --- years ---------------------------------------------------------------
      not_count("The program began in {2019} with federal money.", R::kYear),
      not_count("Since {2016}, the unit has made more arrests.", R::kYear),
      not_count("In the {2023-24} fiscal year, arrests rose.", R::kYear),
      not_count("{2024} was a record year for the task force.", R::kYear),
      not_count("The law passed in the {1990s} was amended.", R::kYear),
      not_count("Between {2019 and 2023} the unit grew.", R::kYear),
      // --- dates ----------------------------------------------------------------
      not_count("The operation ran from {Jan. 9} through the weekend.", R::kDate),
      not_count("Arrests were made {January 9} at a hotel.", R::kDate),
      not_count("The sting took place on {1/9/2024} in Tampa.", R::kDate),
      not_count("Suspects will appear in court on the {28th}.", R::kDate),
      not_count("The sheriff announced the results {March 14, 2025} in Ocala.", R::kDate),
      not_count("Deputies began the operation {Nov. 3} in Polk County.", R::kDate),
      not_count("Officers worked the detail {Sept. 12-14} near the fairgrounds.", R::kDate),
      not_count("The event was held {14 March} in Leeds.", R::kDate),
      not_count("Deputies released a report dated {2024-03-14}.", R::kDate),
      // --- times ----------------------------------------------------------------
      not_count("The sting began at {4 p.m.} Friday.", R::kTime),
      not_count("Police arrived at {10:30 a.m.} on Saturday.", R::kTime),
      not_count("The first arrest came at {6:42 PM}.", R::kTime),
      not_count("Officers waited until {11pm} before moving in.", R::kTime),
      not_count("Officers checked in around {9 o'clock}.", R::kTime),
      // --- ages -----------------------------------------------------------------
      not_count("Police said a {17-year-old} was recovered.", R::kAge),
      not_count("Those arrested range in {ages 19 to 71}, officials said.", R::kAge),
      not_count("The suspect, {aged 34}, was held without bail.", R::kAge),
      not_count("A man, {age 45}, was charged with solicitation.", R::kAge),
      not_count("John Smith {(34)} was charged with pandering.", R::kAge),
      not_count("Mark Smith, {34}, of Dayton was charged.", R::kAge),
      not_count("The men range in {age from 18 to 67}.", R::kAge),
      not_count("The suspects were {between the ages of 18 and 67}.", R::kAge),
      not_count("Two {16-year-old} girls were recovered.", R::kAge),
      not_count("The girl was {15 years old} when she was trafficked.", R::kAge),
      not_count("The suspects were in their {20s} and 30s.", R::kAge),
      not_count("The suspects, {ages 21-45}, were booked.", R::kAge),
      not_count("The suspects were {ages 22, 31, 40 and 58}, records show.", R::kAge),
      not_count("One woman, {34}, of Dayton was charged.", R::kAge),
      not_count("One man was charged; another, {52}, was cited.", R::kAge),
      // --- money ----------------------------------------------------------------
      not_count("The undercover officer agreed to pay {$150} for sex.", R::kMoney),
      not_count("The ring made {$2.4 million} over five years.", R::kMoney),
      not_count("He was held on {$500,000} bail.", R::kMoney),
      not_count("The decoy asked for {150 dollars}.", R::kMoney),
      not_count("Bond was set at {$20K} for each suspect.", R::kMoney),
      // --- phones ---------------------------------------------------------------
      not_count("Call the hotline at {1-888-373-7888} for help.", R::kPhone),
      not_count("Tips can be left at {555-0142}.", R::kPhone),
      not_count("Call {(555) 123-4567} to report tips.", R::kPhone),
      not_count("Survivors can text {233733} for help.", R::kPhone),
      not_count("Survivors can text BeFree {(233733)} anytime.", R::kPhone),
      not_count("Witnesses should call {911} immediately.", R::kPhone),
      not_count("Runaways can call {1-800-RUNAWAY}.", R::kPhone),
      // --- ordinals -------------------------------------------------------------
      not_count("It was the department's {12th} sting this year.", R::kOrdinal),
      not_count("Officials held the {third} annual operation.", R::kOrdinal),
      not_count("This is the {first} time the unit partnered with the FBI.", R::kOrdinal),
      not_count("The {21st} arrest came late Sunday.", R::kOrdinal),
      not_count("Officers made a {second} sweep on Monday.", R::kOrdinal),
      not_count("The {twenty-first} annual report was released.", R::kOrdinal),
      // --- durations and sizes --------------------------------------------------
      not_count("During the {four-day} operation, police arrested 30 people.", R::kDuration),
      not_count("The {two-day} sting ended Sunday.", R::kDuration),
      not_count("He faces up to {16 years} in prison.", R::kDuration),
      not_count("She was sentenced to {18 months} in jail.", R::kDuration),
      not_count("The {week-long} operation involved 12 agencies.", R::kDuration),
      not_count("He faces {25 years} in prison if convicted.", R::kDuration),
      not_count("Detectives worked {10 hours} straight.", R::kDuration),
      not_count("The investigation lasted {three days}.", R::kDuration),
      not_count("Agencies held a {three-day} sweep.", R::kDuration),
      not_count("The county opened a {24-bed} shelter for survivors.", R::kSize),
      not_count("A {5-foot} fence surrounded the property.", R::kSize),
      not_count("Officers searched a {3,000 square feet} warehouse.", R::kSize),
      not_count("Detectives seized {3 pounds} of methamphetamine.", R::kSize),
      not_count("A {12-member} task force ran the operation.", R::kSize),
      not_count("He was sentenced to {12 1/2 years} in prison.", R::kDuration),
      not_count("The suspect is {6'2\"} and was last seen in Tampa.", R::kSize),
      not_count("The {several days} of surveillance paid off.", R::kDuration),
      // --- statutes -------------------------------------------------------------
      not_count("He was charged under {Section 609.324} of state law.", R::kStatute),
      not_count("The charge falls under {RCW 9A.88.110}.", R::kStatute),
      not_count("She was cited under Penal {Code 647(b)}.", R::kStatute),
      not_count("Prosecutors cited {ORS 167.007}.", R::kStatute),
      not_count("Federal law, {\xC2\xA7 2422}, bans enticement.", R::kStatute),
      not_count("Charges were filed under {18 U.S.C. 1591}.", R::kStatute),
      not_count("Lawmakers passed {House Bill 1234} last year.", R::kStatute),
      not_count("The offense is defined in {647(b)} of the code.", R::kStatute),
      not_count("Mail tips to 1200 Courthouse Square, Ridgeway, FL {32990}.", R::kAddress),
      not_count("The office is at {1200 Courthouse Square}, Ridgeway.", R::kAddress),
      // --- addresses and number signs -------------------------------------------
      not_count("Arrests were made at a motel at {1200 Main St.} in Dayton.", R::kAddress),
      not_count("Police responded to the {4500 block} of Elm Road.", R::kAddress),
      not_count("The spa on {Highway 41} was shut down.", R::kAddress),
      not_count("Men were arrested at the Jade Lotus spa, {4410 Route 30}, police said.", R::kAddress),
      not_count("Suspects were arrested along {I-75} near Tampa.", R::kAddress),
      not_count("The massage parlor in {Suite 200} was closed.", R::kAddress),
      not_count("He was ranked {No. 5} on the most-wanted list.", R::kNumberSign),
      not_count("The suspect was listed as {#3} on the warrant.", R::kNumberSign),
      not_count("A motel at {3400 W. Broad Street} was searched.", R::kAddress),
      // --- scores, votes, codes, decimals ----------------------------------------
      not_count("The council voted {6-1} to approve the ordinance.", R::kScore),
      not_count("The measure passed on a {3-2} vote.", R::kScore),
      not_count("Ads increased by {2.4} times over the year.", R::kOther),
      not_count("Officials reported a {40%} increase in calls.", R::kPercentNoBase),
      not_count("The office was closed during {COVID-19} restrictions.", R::kOther),
      not_count("The hotline is staffed {24/7} by volunteers.", R::kOther),
      not_count("WLWT reported it on {Local 12} news.", R::kOther),
      not_count("The tip reached {NBC 5} on Monday.", R::kOther),
      not_count("A {12-count} indictment was unsealed.", R::kOther),
      not_count("Investigators logged {123456789012345678901234567890} records.", R::kOther),
      // --- mixed sentences: the counts survive their neighbours ------------------
      count("On Jan. 9, deputies arrested {14} men at a Tampa hotel.", 14),
      count("The four-day operation ended with {30} arrests, police said.", 30),
      count("John Smith, 34, and {two} other men were charged.", 2),
      count("Since 2019, the unit has arrested {212} people.", 212),
      count("In 2024 {1950} people were contacted.", 1950),
      count("Police said the {18} suspects, ages 19 to 71, were booked.", 18),
      count("Officers arrested {12} people; a 17-year-old was also recovered.", 12),
      count("The sting, which ran from 4 p.m. to midnight, led to {9} arrests.", 9),
      count("Deputies booked {7} suspects on $1,000 bond each.", 7),
      count("{Nine} people were arrested during the weeklong sting.", 9),
      count("The FBI arrested {5} people in Operation Cross Country.", 5),
      count("Police said {one} of the suspects was a juvenile.", 1),
      count("Police said there were {3} victims.", 3),
      count("STING ENDS WITH {14} ARRESTS", 14),
      not_count("{WSB 2} reported the arrests.", R::kOther),
      count("Out of 60 people, {15} were arrested.", 15),
      count("Arrests rose from 40 to {70}, the sheriff said.", 70),
  };
}

// Expression text between the braces, and the sentence without them.
struct Marked {
  std::string text;
  std::size_t begin = 0, end = 0;
};
Marked unmark(const std::string& marked) {
  Marked m;
  for (char c : marked) {
    if (c == '{') m.begin = m.text.size();
    else if (c == '}') m.end = m.text.size();
    else m.text += c;
  }
  return m;
}

TEST(QuantityTable, HasEnoughRows) { EXPECT_GE(table().size(), 150u); }

TEST(QuantityTable, EveryRow) {
  for (const Row& row : table()) {
    const Marked m = unmark(row.marked);
    ASSERT_LT(m.begin, m.end) << row.marked;
    const std::vector<Quantity> found = finder().find(m.text);
    SCOPED_TRACE(row.marked + describe_all(m.text, found));
    if (row.expect == Expect::kNothing) {
      for (const Quantity& q : found) {
        EXPECT_FALSE(q.begin < m.end && m.begin < q.end) << "unexpected quantity";
      }
      continue;
    }
    const Quantity* hit = nullptr;
    for (const Quantity& q : found) {
      if (q.begin == m.begin && q.end == m.end) hit = &q;
    }
    if (hit == nullptr) {
      ADD_FAILURE() << "no quantity with the marked span";
      continue;
    }
    const Quantity& q = *hit;
    switch (row.expect) {
      case Expect::kCount:
        EXPECT_EQ(q.kind, QuantityKind::kCount);
        EXPECT_EQ(q.value, row.value);
        EXPECT_EQ(q.low, row.low);
        EXPECT_EQ(q.high, row.high);
        EXPECT_EQ(q.qualifier, row.qualifier);
        EXPECT_EQ(q.from_article, row.from_article);
        EXPECT_EQ(q.all, row.all);
        break;
      case Expect::kVague:
        EXPECT_EQ(q.kind, QuantityKind::kVague);
        EXPECT_FALSE(q.value.has_value());
        EXPECT_EQ(q.low, row.low);
        EXPECT_EQ(q.high, kMax);
        EXPECT_EQ(q.qualifier, row.qualifier);
        break;
      case Expect::kFraction:
        EXPECT_EQ(q.kind, QuantityKind::kFraction);
        EXPECT_NEAR(q.fraction, row.fraction, 1e-9);
        EXPECT_EQ(q.base, row.base);
        EXPECT_EQ(q.qualifier, row.qualifier);
        if (row.base) {
          ASSERT_TRUE(q.value.has_value());
          EXPECT_EQ(*q.value, std::llround(row.fraction * static_cast<double>(*row.base)));
          EXPECT_EQ(m.text.substr(q.base_begin, q.base_end - q.base_begin),
                    std::to_string(*row.base));
        } else {
          EXPECT_FALSE(q.value.has_value());
        }
        break;
      case Expect::kNotCount:
        EXPECT_EQ(q.kind, QuantityKind::kNotCount);
        EXPECT_EQ(q.reason, row.reason);
        EXPECT_FALSE(q.is_count());
        break;
      case Expect::kNothing:
        break;
    }
  }
}

// Every result of every row is sorted and non-overlapping, spans in range.
TEST(QuantityTable, SortedAndDisjoint) {
  for (const Row& row : table()) {
    const Marked m = unmark(row.marked);
    const std::vector<Quantity> found = finder().find(m.text);
    for (std::size_t i = 0; i < found.size(); ++i) {
      EXPECT_LT(found[i].begin, found[i].end) << row.marked;
      EXPECT_LE(found[i].end, m.text.size()) << row.marked;
      if (i > 0) {
        EXPECT_LE(found[i - 1].end, found[i].begin) << row.marked;
      }
    }
  }
}

TEST(Quantities, ArticleCountCarriesTheAge) {
  const std::string text = "Police said a 16-year-old girl was recovered.";
  const std::vector<Quantity> found = finder().find(text);
  ASSERT_EQ(found.size(), 1u) << describe_all(text, found);
  const Quantity& q = found[0];
  EXPECT_EQ(text.substr(q.begin, q.end - q.begin), "a 16-year-old girl");
  EXPECT_TRUE(q.from_article);
  EXPECT_EQ(q.value, 1);
  ASSERT_TRUE(q.age.has_value());
  EXPECT_EQ(*q.age, 16);
  EXPECT_EQ(text.substr(q.age_begin, q.age_end - q.age_begin), "16-year-old");
}

TEST(Quantities, FractionBaseSpan) {
  const std::string text = "Roughly half of the 60 people were charged.";
  const std::vector<Quantity> found = finder().find(text);
  ASSERT_EQ(found.size(), 1u) << describe_all(text, found);
  EXPECT_EQ(text.substr(found[0].base_begin, found[0].base_end - found[0].base_begin), "60");
  EXPECT_EQ(found[0].value, 30);
}

TEST(Quantities, SeveralInOneSentence) {
  const std::string text =
      "Deputies arrested 37 men and one woman between Jan. 9 and Jan. 11, and "
      "identified 6 victims, ages 15 to 19.";
  const std::vector<Quantity> found = finder().find(text);
  std::vector<std::string> spans;
  for (const Quantity& q : found) spans.push_back(text.substr(q.begin, q.end - q.begin));
  EXPECT_EQ(spans, (std::vector<std::string>{"37", "one woman", "Jan. 9", "Jan. 11", "6",
                                             "ages 15 to 19"}))
      << describe_all(text, found);
}

TEST(Quantities, DefiniteNounCoordinatedWithAnArticleCount) {
  const std::string text =
      "Police arrested the owner and a manager. The owner was charged. Her husband and a son "
      "fled.";
  const std::vector<Quantity> found = finder().find(text);
  std::vector<std::string> spans;
  for (const Quantity& q : found) spans.push_back(text.substr(q.begin, q.end - q.begin));
  // Family words are person nouns: "Her husband and a son" is coordinated
  // like "the owner and a manager".
  EXPECT_EQ(spans, (std::vector<std::string>{"the owner", "a manager", "Her husband", "a son"}))
      << describe_all(text, found);
}

TEST(Quantities, HisOrHerAfterACountedPersonIsOneMore) {
  const std::string text =
      "A 52-year-old Orrin Township woman and her 56-year-old husband were charged. The owner "
      "and her husband fled.";
  const std::vector<Quantity> found = finder().find(text);
  std::vector<std::string> spans;
  for (const Quantity& q : found) {
    if (q.is_count()) spans.push_back(text.substr(q.begin, q.end - q.begin));
  }
  EXPECT_EQ(spans, (std::vector<std::string>{"A 52-year-old Orrin Township woman",
                                             "her 56-year-old husband"}))
      << describe_all(text, found);
}

TEST(Quantities, EmptyAndDegenerateRanges) {
  EXPECT_TRUE(finder().find("").empty());
  EXPECT_TRUE(finder().find("no numbers here at all").empty());
  const std::string text = "Police arrested 12 men.";
  EXPECT_TRUE(finder().find(text, 5, 5).empty());
  EXPECT_TRUE(finder().find(text, 10, 3).empty());
  EXPECT_TRUE(finder().find(text, 0, 1000).size() == 1);  // end is clamped
}

TEST(Quantities, SubRangeKeepsAbsoluteOffsets) {
  const std::string text = "In 2019, 10 men. Then 25 women were arrested.";
  const std::size_t second = text.find("Then");
  const std::vector<Quantity> found = finder().find(text, second, text.size());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, text.find("25"));
  EXPECT_EQ(found[0].value, 25);
  // A range that cuts a number: only what is inside is read.
  const std::vector<Quantity> cut = finder().find(text, text.find("25") + 1, text.size());
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0].value, 5);
}

TEST(Quantities, HugeDigitStringsDoNotOverflow) {
  const std::string digits(1'000'000, '9');
  const std::string text = "Police counted " + digits + " people.";
  const std::vector<Quantity> found = finder().find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, QuantityKind::kNotCount);
  EXPECT_EQ(found[0].reason, NotCountReason::kOther);
  EXPECT_EQ(found[0].end - found[0].begin, digits.size());

  const std::vector<Quantity> edge = finder().find("They counted 1,000,000,000,000 ads.");
  ASSERT_EQ(edge.size(), 1u);
  EXPECT_EQ(edge[0].kind, QuantityKind::kCount);
  EXPECT_EQ(edge[0].value, 1'000'000'000'000);
  const std::vector<Quantity> above = finder().find("They counted 1,000,000,000,001 ads.");
  ASSERT_EQ(above.size(), 1u);
  EXPECT_EQ(above[0].kind, QuantityKind::kNotCount);
}

TEST(Quantities, LongInputIsLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Police arrested 12 men and a woman on Jan. 9 at 4 p.m. ";
  const std::vector<Quantity> found = finder().find(text);
  EXPECT_EQ(found.size(), 80000u);
  std::string dashes(200000, '-');
  EXPECT_TRUE(finder().find(dashes).empty());
  std::string hyphens;
  for (int i = 0; i < 50000; ++i) hyphens += "1-";
  EXPECT_FALSE(finder().find(hyphens).empty());
}

TEST(Quantities, NoPersonNounConfigMeansNoArticleCounts) {
  const QuantityFinder bare(QuantityConfig{});
  const std::vector<Quantity> found = bare.find("A woman and 3 men were arrested.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 3);
}

TEST(Quantities, ThreadSafe) {
  const std::string text = "More than 100 people, including a 17-year-old girl, were arrested.";
  const std::vector<Quantity> expected = finder().find(text);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      int good = 1;
      for (int i = 0; i < 200; ++i) {
        const std::vector<Quantity> got = finder().find(text);
        good &= got.size() == expected.size() && got[0].begin == expected[0].begin;
      }
      ok[t] = good;
    });
  }
  for (auto& th : threads) th.join();
  for (int v : ok) EXPECT_EQ(v, 1);
}

TEST(Quantities, MovedFinderStillWorks) {
  QuantityConfig config;
  config.person_noun_regex = "(?:man|men)";
  QuantityFinder a(config);
  QuantityFinder b(std::move(a));
  const std::vector<Quantity> found = b.find("A man was arrested.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].from_article);
}

TEST(ParseSpelledNumber, Accepts) {
  EXPECT_EQ(parse_spelled_number("one"), 1);
  EXPECT_EQ(parse_spelled_number("Forty-one"), 41);
  EXPECT_EQ(parse_spelled_number("forty one"), 41);
  EXPECT_EQ(parse_spelled_number("one hundred twelve"), 112);
  EXPECT_EQ(parse_spelled_number("a hundred and five"), 105);
  EXPECT_EQ(parse_spelled_number("Thirty-two"), 32);
  EXPECT_EQ(parse_spelled_number("twenty-two"), 22);
  EXPECT_EQ(parse_spelled_number("eleven"), 11);
  EXPECT_EQ(parse_spelled_number("One hundred twelve"), 112);
  EXPECT_EQ(parse_spelled_number("  zero "), 0);
  EXPECT_EQ(parse_spelled_number("nineteen hundred"), 1900);
  EXPECT_EQ(parse_spelled_number("two thousand three hundred and forty-five"), 2345);
  EXPECT_EQ(parse_spelled_number("a thousand"), 1000);
  EXPECT_EQ(parse_spelled_number("one million two hundred thousand"), 1'200'000);
  EXPECT_EQ(parse_spelled_number("nine hundred ninety-nine trillion"), 999'000'000'000'000);
  EXPECT_EQ(parse_spelled_number("TWENTY"), 20);
  EXPECT_EQ(parse_spelled_number("twenty  one"), 21);
}

TEST(ParseSpelledNumber, Rejects) {
  EXPECT_EQ(parse_spelled_number(""), std::nullopt);
  EXPECT_EQ(parse_spelled_number("   "), std::nullopt);
  EXPECT_EQ(parse_spelled_number("a"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("dozen"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("twenty twenty"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("one two"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("one hundred and"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("and five"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("twenty hundred"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("thousand million"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("-five"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("five-"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("five men"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("12"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("zero one"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("first"), std::nullopt);
  EXPECT_EQ(parse_spelled_number("eleven five"), std::nullopt);
}

}  // namespace
}  // namespace rehope::internal

// corpus.h: a deterministic generator of news-like articles for benchmarks.
//
// Used in-process by the stage benchmarks (bench/stage_bench.cc) and by the
// rehope_gen_corpus tool (bench/gen_corpus.cc), so both see the same text for
// the same seed. All text comes from the templates below; nothing is copied
// from real articles.
//
// The mix follows what a news archive looks like: most articles have nothing
// to extract (sports, weather, council meetings, community news, other
// crime), and about 15% cover a commercial-sex or trafficking sting in many
// phrasings (buyers, sellers, traffickers, victims; spelled and digit
// numbers; background figures; stated zeros). Pages carry debris (navigation,
// "Advertisement", share bars, related links, copyright lines), and a share
// of the sites use non-ASCII punctuation: curly quotes and apostrophes, em
// and en dashes, NBSP, ellipses.
//
// Determinism: one splitmix64 stream seeded by the caller, no std::
// distributions (their output differs between standard libraries), so a
// seed gives the same bytes on every platform and compiler.
#ifndef REHOPE_BENCH_CORPUS_H_
#define REHOPE_BENCH_CORPUS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rehope_bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi] (tiny modulo bias is irrelevant here).
  int uniform(int lo, int hi) {
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<int>(next() % span);
  }
  // True with probability percent/100.
  bool percent(int p) { return uniform(0, 99) < p; }
  template <typename C>
  const auto& pick(const C& c) {
    return c[static_cast<std::size_t>(uniform(0, static_cast<int>(std::size(c)) - 1))];
  }

 private:
  std::uint64_t state_;
};

enum class Topic { kSting, kOtherCrime, kSports, kWeather, kCouncil, kCommunity };

struct Article {
  std::string id;
  std::string text;
  Topic topic = Topic::kSports;
};

namespace detail {

using Pool = std::vector<std::string_view>;

inline constexpr std::array<std::string_view, 20> kOnes = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
inline constexpr std::array<std::string_view, 10> kTens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

inline void spell_below_1000(std::string& out, int n, bool hyphen) {
  if (n >= 100) {
    out += kOnes[static_cast<std::size_t>(n / 100)];
    out += " hundred";
    n %= 100;
    if (n == 0) return;
    out += ' ';
  }
  if (n < 20) {
    out += kOnes[static_cast<std::size_t>(n)];
    return;
  }
  out += kTens[static_cast<std::size_t>(n / 10)];
  if (n % 10) {
    out += hyphen ? '-' : ' ';
    out += kOnes[static_cast<std::size_t>(n % 10)];
  }
}

inline std::string spell(int n, bool hyphen = true) {
  std::string out;
  if (n >= 1000) {
    spell_below_1000(out, n / 1000, hyphen);
    out += " thousand";
    n %= 1000;
    if (n == 0) return out;
    out += ' ';
  }
  spell_below_1000(out, n, hyphen);
  return out;
}

inline std::string with_commas(long long n) {
  std::string digits = std::to_string(n);
  std::string out;
  const std::size_t lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (i % 3) == lead % 3 && digits.size() > 3) out += ',';
    out += digits[i];
  }
  return out;
}

// ---------------------------------------------------------------------------
// Word lists (invented places, people and organisations).

inline const Pool kCities = {"Millbrook",  "Eastbrook",  "Pell Ridge",   "Harlow",    "Cedar Falls",
                             "Granton",    "West Arden", "Lakemont",     "Fairhaven", "Dunmore",
                             "Riverton",   "Oak Hollow", "Port Sterling", "Brenton",  "Marlow Springs",
                             "Kessler",    "New Avalon", "Stillwater Bend", "Corwin", "Ashby"};
inline const Pool kCounties = {"Harlan",  "Bexley", "Marion",  "Dunlap",  "Crawford", "Sutter",
                               "Langley", "Tolland", "Ransom", "Pickett", "Oneida",   "Wexford"};
inline const Pool kStates = {"Alabama", "Ohio",     "Texas",  "Georgia",   "Oregon",
                             "Florida", "Kentucky", "Nevada", "Minnesota", "Virginia"};
inline const Pool kStreets = {"Main Street",      "Oak Avenue",      "Highway 31",  "Route 9",
                              "Fulton Road",      "Market Street",   "Elm Drive",   "Riverside Parkway",
                              "Commerce Boulevard", "Old Mill Road", "Center Street", "Lakeview Drive"};
inline const Pool kFirst = {"James",  "Maria", "Robert",  "Linda",  "Michael", "Tanya", "David",
                            "Karen",  "Luis",  "Angela",  "Thomas", "Denise",  "Kevin", "Rosa",
                            "Brian",  "Nicole", "Samuel", "Alicia", "Derek",   "Helen"};
inline const Pool kLast = {"Easley",  "Moreno",  "Whitfield", "Okafor",   "Brandt",  "Castillo",
                           "Hughes",  "Lindqvist", "Parrish", "Ng",       "Delgado", "Foster",
                           "Kowalski", "Abernathy", "Reyes",  "Thornton", "Baptiste", "Holloway"};
inline const Pool kTitles = {"Chief", "Sheriff", "Lt.", "Sgt.", "Capt.", "Detective", "Maj."};
inline const Pool kStations = {"WKRB", "KTVN", "WDRM", "KSLO", "WBNX", "KQHT", "WLMA"};
inline const Pool kTeams = {"Hornets", "Wildcats", "Mustangs", "Falcons", "Rangers",
                            "Titans",  "Bulldogs", "Pirates",  "Eagles",  "Cougars"};
inline const Pool kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                               "Friday", "Saturday", "Sunday"};
inline const Pool kMonths = {"Jan.", "Feb.", "March", "April", "May",  "June",
                             "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};
inline const Pool kOrgs = {"Safe Harbor Alliance", "the Bridgeway Center", "Hope Crossing",
                           "the Open Door Network", "Restore Coalition", "New Dawn Services"};
inline const Pool kAgencies = {"police department", "sheriff's office", "police",
                               "county sheriff's office", "state police", "drug task force"};
inline const Pool kRivers = {"Black Fork", "Sable", "Cumber", "Little Elk", "Tamsin"};
inline const Pool kSchools = {"Central", "North Ridge", "St. Brendan", "Valley View", "Lincoln"};

// ---------------------------------------------------------------------------
// Sentence templates. Keys in braces are expanded by Writer::expand:
//   {n} small count (digits or spelled)   {Cn} the same, sentence-initial
//   {N} larger count (digits)             {n1} 1-9 (spelled mostly)
//   {Cn1} 1-9 sentence-initial            {age} {age2} {minor} ages
//   {d} {d1} like {n} {n1}, always digits (records, shooting lines)
//   {city} {county} {state} {street} {person} {last} {officer} {agency}
//   {station} {team} {team2} {school} {org} {river} {day} {month} {date}
//   {year} {time} {money} {pct} {score} {temp} {inches} {hwy} {phone}
//   {oq} {cq} open/close quote   {ap} apostrophe   {dash} dash   {sp} space
//   {ell} ellipsis   {h} a related headline

inline const Pool kStingHead = {
    "{n} arrested in {city} undercover prostitution sting",
    "{Cn} charged after {county} County human trafficking operation",
    "Sting nets {n} would-be sex buyers in {city}",
    "Police: {n} men arrested for soliciting during hotel operation",
    "{county} County operation leads to {n} arrests, {n1} victims identified",
    "{N} people arrested in statewide trafficking crackdown",
    "Undercover operation targets demand for commercial sex in {city}",
    "{Cn} men face charges in online prostitution sting {dash} {sp}police",
    "Human trafficking sting{dash}{n} arrests, {n1} women offered help",
};

inline const Pool kStingLead = {
    "{Cn} people were arrested during an undercover prostitution operation at {n1} hotels along "
    "Interstate {hwy} this week, {city} police said {day}.",
    "Detectives with the {county} County {agency} arrested {n} men on charges of soliciting "
    "prostitution during a {n1}-day operation that ended {day}.",
    "A {n1}-day human trafficking operation in {county} County ended with {N} arrests, the "
    "{agency} announced {day}.",
    "Officials said {N} individuals were arrested for attempting to buy sex, while {n} were taken "
    "into custody for trying to sell services.",
    "An undercover sting aimed at people who buy sex led to {n} arrests in {city}, police said.",
    "{Cn} suspects were taken into custody {day} after a month-long investigation into sex "
    "trafficking in {city}, according to the {agency}.",
};

inline const Pool kStingCount = {
    "According to {officer}, {n} men were arrested for soliciting prostitution after they "
    "answered decoy advertisements placed online by detectives.",
    "{Cn} women were arrested and charged with offering to commit prostitution, the chief said.",
    "Investigators identified {n} victims of human trafficking, including a {minor}-year-old "
    "girl, and connected them with advocates from {org}.",
    "Police said {n} people were arrested for attempting to buy sex, while {n} were detained for "
    "trying to sell sexual services.",
    "{Cn} suspected traffickers were charged with human trafficking and promoting prostitution.",
    "Of the {N} people arrested, {n} were charged with solicitation and {n} with promoting "
    "prostitution.",
    "A total of {N} arrests were made, including {n} for soliciting a prostitute and {n1} for "
    "trafficking.",
    "No one was charged with trafficking, and no juveniles were found during the operation.",
    "Detectives rescued {n} victims, {n1} of them minors, from a residence on {street}.",
    "{Cn} women were cited for prostitution and offered services through a diversion program "
    "run by {org}.",
    "Another {n} people were arrested on unrelated drug and weapons charges.",
    "{Cn1} of them were charged with soliciting a minor for sex.",
    "Among those arrested were {n} men accused of trying to pay undercover officers for sex.",
    "Deputies booked {n} johns into the {county} County Jail on charges of patronizing a "
    "prostitute.",
    "{Cn1} alleged pimps were also arrested {dash} each charged with promoting prostitution and "
    "money laundering.",
    "The operation also led to the arrest of {n1} people accused of trafficking, and {n} adult "
    "victims were offered housing and counseling.",
    "In all, {N} people were taken into custody, spokesperson {person} said.",
    "More than {N} men responded to the ads, and {n} of them were arrested when they arrived at "
    "the hotel with cash.",
    "Authorities said {n} people were arrested for solicitation, {n1} for human trafficking and "
    "{n} for drug offenses.",
    "Those arrested ranged in age from {age} to {age2}.",
    "{Cn} of those arrested were from outside {county} County.",
    "Last year{ap}s operation, in {month}, resulted in {N} arrests.",
    "Since {year}, the task force has made more than {N} arrests and identified {N} victims "
    "statewide.",
    "The women were treated as victims rather than suspects and were not arrested, {officer} "
    "said.",
    "{Cn} adults and {n1} juveniles were recovered during the sweep, according to the FBI.",
    "{person}, {age}, of {city}, was charged with human trafficking and held without bond.",
    "Roughly half of the {N} people arrested were charged with felonies.",
    "Nearly {N} buyers have been arrested in {county} County since the unit was formed in "
    "{year}.",
    "At least {n} people were charged with sex trafficking of a minor.",
    "Dozens of men were arrested, but the {agency} did not release an exact number.",
    "Between {n1} and {n} women were offered shelter, advocates said.",
    "None of the {n} women contacted by detectives was arrested.",
};

inline const Pool kStingContext = {
    "Detectives posted decoy advertisements on websites known for commercial sex and arranged "
    "meetings at hotels in the area.",
    "{oq}Every buyer we arrest is one less person fueling the demand for trafficking,{cq} "
    "{officer} said.",
    "The operation was conducted with help from the {state} Bureau of Investigation and the "
    "{state} Attorney General{ap}s Office.",
    "Advocates from {org} were on site to offer shelter, medical care and counseling to anyone "
    "who wanted it.",
    "Anyone with information about human trafficking is asked to call the National Human "
    "Trafficking Hotline at 1-888-373-7888.",
    "Those charged with solicitation face up to {n1} years in prison and fines of up to {money}.",
    "Each of the men was released on a {money} bond.",
    "Bond information for the women was not available {day}.",
    "Investigators said many of the people selling sex had been recruited online and were "
    "controlled by someone else.",
    "{oq}We are not going to arrest our way out of this,{cq} {officer} said. {oq}The goal is to "
    "reach the victims.{cq}",
    "The undercover operation ran from {time} {day} to 2{sp}a.m. {day}.",
    "Officers from {n1} agencies, including the {county} County Drug Task Force, assisted.",
    "Names of those arrested were posted on the department{ap}s website {day}{ell}",
};

inline const Pool kCrimeHead = {
    "{n} arrested in {county} County drug sweep",
    "Police seek suspect in {street} convenience store robbery",
    "DUI checkpoint leads to {n} arrests in {city}",
    "{city} man charged in {street} shooting",
    "Catalytic converter thefts rise in {county} County",
};
inline const Pool kCrime = {
    "Deputies arrested {n} people on drug charges after serving search warrants at {n1} homes, "
    "the sheriff said.",
    "Officers seized {n} grams of fentanyl, {n1} firearms and about {money} in cash.",
    "A {age}-year-old man was charged with armed robbery and aggravated assault.",
    "{person}, {age}, of {city}, was booked into the {county} County Jail on a {money} bond.",
    "The DUI checkpoint on {street} resulted in {n} arrests for driving under the influence and "
    "{n} citations.",
    "Police said the suspect fled on foot and was found about {n1} blocks away.",
    "The investigation is ongoing, and more arrests are possible, according to {officer}.",
    "Anyone with information is asked to call Crime Stoppers at {phone}.",
    "He was sentenced to {n} years in prison on {day}.",
    "{Cn} vehicles were broken into overnight in the {street} area, police said.",
    "{oq}These are not victimless crimes,{cq} {officer} said.",
    "The clerk, who was not hurt, told officers the man demanded cash and left in a gray sedan.",
    "Thefts of catalytic converters rose {pct} in {year}, according to the {agency}.",
    "A second suspect, {person}, {age}, remains at large.",
};

inline const Pool kSportsHead = {
    "{team} rally past {team2} {score}",
    "{school} wins again behind {last}{ap}s {n} points",
    "Playoff preview{dash}{team} and {team2} meet for the title",
    "{city} native {person} signs with {state} State",
};
inline const Pool kSports = {
    "{person} scored {n} points and grabbed {n1} rebounds as the {team} beat the {team2} {score} "
    "on {day} night.",
    "The {team} trailed by {n} at halftime before a {d}-{d1} run in the third quarter put them "
    "ahead for good.",
    "{last} finished {d1}-for-{d} from the field and added {n1} assists.",
    "{oq}We just kept battling,{cq} coach {person} said. {oq}The kids never quit.{cq}",
    "Attendance was {N} at Harmon Field.",
    "The {team} ({d}-{d1}) host the {team2} at {time} {day}.",
    "The win was the {d1}th straight for {school}, which has not lost since {month}.",
    "{last}, a senior, has committed to play at {state} State next fall.",
    "Kickoff is set for 7{sp}p.m. at Harmon Field.",
    "The {team2} outrebounded the {team} {n} to {n}, but turned the ball over {n} times.",
    "{Cn} players reached double figures for {school}.",
    "Tickets are {money} for adults and $5 for students.",
    "The {team} are {d1}-0 at home this season and have won {d1} of their last {d} games.",
};

inline const Pool kWeatherHead = {
    "Storms could bring {inches} inches of rain to {county} County",
    "Heat advisory issued for {city} as temperatures reach {temp}",
    "First freeze of the season expected {day} night",
    "Forecast{dash}a dry, sunny weekend ahead",
};
inline const Pool kWeather = {
    "The National Weather Service issued a flood watch for {county} County until {time} {day}.",
    "Highs will reach the upper {temp}s on {day}, with lows near {temp}.",
    "Between {inches} and {inches} inches of rain fell across the area overnight, according to "
    "preliminary reports.",
    "Winds could gust to {n} mph along the lake shore.",
    "{Cn} customers were without power at the peak of the storm, the utility reported.",
    "Forecasters expect a {pct} chance of showers by {day} afternoon.",
    "Drivers should allow extra time on Interstate {hwy}, where standing water was reported near "
    "exit {n}.",
    "The {river} River is expected to crest at {n} feet on {day}, about {n1} feet above flood "
    "stage.",
    "Temperatures will drop into the {temp}s behind the front, with wind chills in the teens.",
    "{oq}Bring pets inside and cover sensitive plants,{cq} meteorologist {person} said.",
    "The record high for the date, {temp} degrees, was set in {year}.",
};

inline const Pool kCouncilHead = {
    "{city} council approves {money} budget for fiscal {year}",
    "School board delays vote on new bus routes",
    "{county} County commissioners weigh new landfill fee",
    "Residents pack hearing on {street} rezoning",
};
inline const Pool kCouncil = {
    "The {city} City Council voted {score} on {day} to approve a {money} contract for road repairs "
    "on {street}.",
    "Council member {person} said the plan would add {n} parking spaces downtown.",
    "The proposal drew {n} public comments, most of them in favor.",
    "Under the ordinance, property owners would pay {money} a year for {n1} years.",
    "{oq}We owe it to taxpayers to get this right,{cq} Mayor {person} said.",
    "A second reading is scheduled for {date}.",
    "The board also approved hiring {n} teachers and {n1} counselors for next school year.",
    "Section 14.{n} of the city code would be amended to allow food trucks on {street}.",
    "{Cn} residents attended the meeting, which lasted nearly {n1} hours.",
    "The budget includes a {pct} raise for city employees and {n1} new police officers.",
    "Commissioner {person} cast the lone vote against the measure.",
    "The vote followed {n1} months of study by a {n}-member citizen committee.",
};

inline const Pool kCommunityHead = {
    "New grocery store to open on {street} this spring",
    "{city} library marks {n} years with open house",
    "Volunteers plant {N} trees along {river} River trail",
    "Fall festival returns to downtown {city}",
};
inline const Pool kCommunity = {
    "The {n}-store chain plans to hire about {N} workers before the opening in {month}.",
    "The building, vacant since {year}, was purchased for {money}.",
    "{person}, who has owned the bakery for {n} years, said sales rose {pct} last year.",
    "The festival drew an estimated {N} visitors over {n1} days.",
    "Volunteers planted {N} trees along the {river} River trail on {day}.",
    "{oq}It{ap}s been a labor of love,{cq} said {person}, who organized the event.",
    "Admission is free, and parking is available at {street} and {street}.",
    "The library now lends {N} books a month, up from {N} a decade ago.",
    "Children under {n1} must be accompanied by an adult.",
    "Proceeds will benefit {org} and the {city} Food Pantry.",
    "The ribbon cutting is set for {time} {day}.",
};

inline const Pool kGeneric = {
    "The {agency} did not immediately respond to a request for comment {day}.",
    "This story will be updated as more information becomes available.",
    "{city}, a town of about {N} people, sits roughly {n} miles south of the state capital.",
    "The announcement came during a news conference at {city} City Hall on {day}.",
    "Officials said more details would be released later in the week.",
    "Information from the {county} County Clerk{ap}s Office was used in this report.",
    "{person} contributed to this report.",
    "The department has about {N} sworn officers and a budget of {money}.",
    "Residents can sign up for emergency alerts on the county{ap}s website.",
    "{oq}We heard about it from neighbors first,{cq} said {person}, who has lived on {street} for "
    "{n} years.",
    "The story was first reported by {station}.",
    "The {city} Chamber of Commerce said it had not been told about the plans.",
    "A public meeting on the issue is planned for {date} at the community center.",
    "The agency posted a statement on social media late {day}, but did not answer questions.",
    "Local leaders said they expect the issue to come up again before the end of the year.",
    "{person}, a spokesperson for the county, said staff were reviewing the report.",
    "The area has grown by about {pct} since {year}, according to census estimates.",
    "Traffic on {street} was backed up for nearly an hour, drivers said.",
    "Editor{ap}s note: An earlier version of this story misstated the date of the meeting.",
    "Weather permitting, crews will return {day} morning.",
};

inline const Pool kDebrisTop = {
    "Skip to content",
    "{station} NEWS | Weather | Traffic | Sports | Watch Live",
    "Advertisement",
    "Menu  Search  Sign In",
    "LIVE: {station} News at {time}",
};
inline const Pool kDebrisMid = {
    "Advertisement",
    "Story continues below advertisement",
    "RELATED: {h}",
    "Share on Facebook | Share on X | Email This Link",
    "Photo: {city} Police Department",
    "Click here to sign up for our newsletter",
};

}  // namespace detail

// Generates articles one by one; the same seed gives the same sequence.
class Generator {
 public:
  explicit Generator(std::uint64_t seed, int sting_percent = 15)
      : rng_(seed), sting_percent_(sting_percent) {}

  Article next() {
    Article a;
    a.id = "gen-" + pad(++count_);
    a.topic = pick_topic();
    begin_article();
    write_article(a.topic, a.text);
    return a;
  }

  // The articles of the corpus as one document, appended until `bytes`.
  // With `punctuated` false there is no sentence punctuation at all ('.',
  // '!', '?', ';', ':' and line breaks become spaces): one endless
  // "sentence" of news words, for checking that the per-byte cost stays
  // linear. With it true the articles are kept as written, separated by
  // blank lines: the same text with its punctuation, to compare against.
  void one_document(std::string& out, std::size_t bytes, bool punctuated) {
    std::string article;
    while (out.size() < bytes) {
      article.clear();
      begin_article();
      write_article(pick_topic(), article);
      if (punctuated) {
        out.append(article, 0, std::min(article.size(), bytes - out.size()));
        if (out.size() < bytes) out.append(std::min<std::size_t>(2, bytes - out.size()), '\n');
        continue;
      }
      for (char c : article) {
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\r') {
          c = ' ';
        }
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
        if (out.size() >= bytes) break;
      }
      if (!out.empty() && out.back() != ' ' && out.size() < bytes) out += ' ';
    }
    // Never end inside a UTF-8 sequence.
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80) != 0) {
      const auto b = static_cast<unsigned char>(out.back());
      out.pop_back();
      if ((b & 0xC0) == 0xC0) break;  // dropped a lead byte: the sequence is gone
    }
  }

 private:
  // Per-article choices: a site uses one punctuation style throughout.
  struct Style {
    bool curly = false;     // curly quotes and apostrophes
    int dash = 0;           // 0 " - ", 1 " — ", 2 "—", 3 " -- ", 4 " – "
    bool nbsp = false;      // NBSP in "4 p.m.", after titles
    bool debris = false;    // page furniture around the article
    bool ellipsis = false;  // "…" instead of "..."
  };

  static std::string pad(std::uint64_t n) {
    std::string s = std::to_string(n);
    if (s.size() < 7) s.insert(0, 7 - s.size(), '0');
    return s;
  }

  Topic pick_topic() {
    const int r = rng_.uniform(0, 99);
    if (r < sting_percent_) return Topic::kSting;
    // The rest split roughly evenly, other crime a little more often.
    const int rest = rng_.uniform(0, 99);
    if (rest < 24) return Topic::kOtherCrime;
    if (rest < 44) return Topic::kSports;
    if (rest < 62) return Topic::kWeather;
    if (rest < 81) return Topic::kCouncil;
    return Topic::kCommunity;
  }

  void begin_article() {
    used_.clear();
    style_.curly = rng_.percent(45);
    style_.dash = rng_.uniform(0, 4);
    style_.nbsp = rng_.percent(30);
    style_.debris = rng_.percent(55);
    style_.ellipsis = rng_.percent(50);
    city_ = rng_.pick(detail::kCities);
    county_ = rng_.pick(detail::kCounties);
    station_ = rng_.pick(detail::kStations);
    officer_ = std::string(rng_.pick(detail::kTitles)) + (style_.nbsp ? "\u00A0" : " ") +
               std::string(rng_.pick(detail::kFirst)) + " " + std::string(rng_.pick(detail::kLast));
  }

  void write_article(Topic topic, std::string& out) {
    using namespace detail;
    const Pool* head = &kSportsHead;
    const Pool* body = &kSports;
    switch (topic) {
      case Topic::kSting: head = &kStingHead; body = &kStingContext; break;
      case Topic::kOtherCrime: head = &kCrimeHead; body = &kCrime; break;
      case Topic::kSports: head = &kSportsHead; body = &kSports; break;
      case Topic::kWeather: head = &kWeatherHead; body = &kWeather; break;
      case Topic::kCouncil: head = &kCouncilHead; body = &kCouncil; break;
      case Topic::kCommunity: head = &kCommunityHead; body = &kCommunity; break;
    }
    std::string headline;
    expand(headline, rng_.pick(*head));
    if (!headline.empty() && headline[0] >= 'a' && headline[0] <= 'z') {
      headline[0] = static_cast<char>(headline[0] - 'a' + 'A');
    }

    if (style_.debris) {
      for (int i = rng_.uniform(1, 3); i > 0; --i) line(out, rng_.pick(kDebrisTop));
      out += '\n';
    }
    out += headline;
    out += "\n\n";
    if (rng_.percent(60)) {
      line(out, "By {person}, {station} Staff");
      line(out, "Published: {date}, {year} at {time} | Updated: {date}, {year} at {time}");
      out += '\n';
    }

    const int target_words = rng_.uniform(300, 900);
    int words = 0;
    // Dateline and lead.
    std::string para;
    std::string city_upper = city_;
    for (char& c : city_upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    para += city_upper;
    if (rng_.percent(50)) para += " (" + station_ + ")";
    expand(para, "{dash}");
    if (topic == Topic::kSting) {
      expand(para, rng_.pick(kStingLead));
    } else {
      expand(para, rng_.pick(*body));
    }
    words += count_words(para);
    out += para;
    out += "\n\n";

    int count_sentences = 0;
    const int max_count_sentences = rng_.uniform(3, 8);
    bool mid_debris_done = false;
    while (words < target_words) {
      para.clear();
      const int sentences = rng_.uniform(1, 4);
      for (int s = 0; s < sentences; ++s) {
        if (s) para += ' ';
        std::string_view tpl;
        if (topic == Topic::kSting) {
          const int r = rng_.uniform(0, 99);
          if (r < 45 && count_sentences < max_count_sentences) {
            tpl = fresh(kStingCount);
            ++count_sentences;
          } else if (r < 80) {
            tpl = fresh(kStingContext);
          } else {
            tpl = fresh(r < 90 ? kGeneric : kCrime);
          }
        } else {
          tpl = rng_.percent(80) ? fresh(*body) : fresh(kGeneric);
        }
        expand(para, tpl);
      }
      words += count_words(para);
      out += para;
      out += "\n\n";
      if (style_.debris && !mid_debris_done && words > target_words / 2) {
        mid_debris_done = true;
        std::string related;
        expand(related, rng_.pick(*head));
        h_ = related;
        line(out, rng_.pick(kDebrisMid));
        out += '\n';
      }
    }

    if (style_.debris) {
      line(out, "Copyright {year} {station}. All rights reserved.");
      out += '\n';
      if (rng_.percent(70)) {
        line(out, "Related Stories");
        for (int i = rng_.uniform(2, 4); i > 0; --i) {
          std::string related = "- ";
          expand(related, rng_.pick(rng_.percent(50) ? kCrimeHead : kCommunityHead));
          line(out, related);
        }
      }
    }
  }

  // A template not used yet in this article, if a few draws find one.
  std::string_view fresh(const detail::Pool& pool) {
    std::string_view tpl;
    for (int attempt = 0; attempt < 4; ++attempt) {
      tpl = rng_.pick(pool);
      bool seen = false;
      for (const char* u : used_) seen = seen || u == tpl.data();
      if (!seen) break;
    }
    used_.push_back(tpl.data());
    return tpl;
  }

  void line(std::string& out, std::string_view tpl) {
    expand(out, tpl);
    out += '\n';
  }

  static int count_words(std::string_view s) {
    int words = 0;
    bool in_word = false;
    for (char c : s) {
      const bool space = c == ' ' || c == '\n';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    return words;
  }

  // A count: digits or spelled, the way news copy mixes them.
  void count(std::string& out, int lo, int hi, bool initial) {
    const int n = rng_.uniform(lo, hi);
    const bool spelled = initial ? rng_.percent(75) : (n < 10 ? rng_.percent(80) : rng_.percent(25));
    if (!spelled) {
      out += detail::with_commas(n);
      return;
    }
    std::string w = detail::spell(n, rng_.percent(85));
    if (initial && !w.empty()) w[0] = static_cast<char>(w[0] - 'a' + 'A');
    out += w;
  }

  void expand(std::string& out, std::string_view tpl) {
    using namespace detail;
    std::size_t i = 0;
    while (i < tpl.size()) {
      const std::size_t open = tpl.find('{', i);
      if (open == std::string_view::npos) {
        out.append(tpl.substr(i));
        return;
      }
      out.append(tpl.substr(i, open - i));
      const std::size_t close = tpl.find('}', open);
      const std::string_view key = tpl.substr(open + 1, close - open - 1);
      i = close + 1;
      if (key == "n") count(out, 2, 60, false);
      else if (key == "Cn") count(out, 2, 60, true);
      else if (key == "N") count(out, 12, 400, false);
      else if (key == "n1") count(out, 1, 9, false);
      else if (key == "d") out += std::to_string(rng_.uniform(2, 60));
      else if (key == "d1") out += std::to_string(rng_.uniform(1, 9));
      else if (key == "Cn1") count(out, 2, 9, true);
      else if (key == "age") out += std::to_string(rng_.uniform(19, 45));
      else if (key == "age2") out += std::to_string(rng_.uniform(46, 71));
      else if (key == "minor") out += std::to_string(rng_.uniform(14, 17));
      else if (key == "city") out += city_;
      else if (key == "county") out += county_;
      else if (key == "state") out += rng_.pick(kStates);
      else if (key == "street") out += rng_.pick(kStreets);
      else if (key == "person") {
        out += rng_.pick(kFirst);
        out += ' ';
        out += rng_.pick(kLast);
      } else if (key == "last") out += rng_.pick(kLast);
      else if (key == "officer") out += officer_;
      else if (key == "agency") out += rng_.pick(kAgencies);
      else if (key == "station") out += station_;
      else if (key == "team") out += rng_.pick(kTeams);
      else if (key == "team2") out += rng_.pick(kTeams);
      else if (key == "school") out += rng_.pick(kSchools);
      else if (key == "org") out += rng_.pick(kOrgs);
      else if (key == "river") out += rng_.pick(kRivers);
      else if (key == "day") out += rng_.pick(kWeekdays);
      else if (key == "month") out += rng_.pick(kMonths);
      else if (key == "date") {
        out += rng_.pick(kMonths);
        out += style_.nbsp ? "\u00A0" : " ";
        out += std::to_string(rng_.uniform(1, 28));
      } else if (key == "year") out += std::to_string(rng_.uniform(2015, 2025));
      else if (key == "time") {
        out += std::to_string(rng_.uniform(1, 11));
        if (rng_.percent(30)) out += ":" + std::to_string(rng_.uniform(10, 59));
        out += style_.nbsp ? "\u00A0" : " ";
        out += rng_.percent(50) ? "p.m." : "a.m.";
      } else if (key == "money") {
        if (rng_.percent(30)) {
          out += "$" + std::to_string(rng_.uniform(1, 9)) + "." + std::to_string(rng_.uniform(1, 9)) +
                 " million";
        } else {
          out += "$" + with_commas(rng_.uniform(5, 900) * 50);
        }
      } else if (key == "pct") {
        out += std::to_string(rng_.uniform(2, 80));
        out += rng_.percent(50) ? "%" : " percent";
      } else if (key == "score") {
        out += std::to_string(rng_.uniform(40, 99));
        out += style_.dash == 4 ? "\u2013" : "-";
        out += std::to_string(rng_.uniform(30, 90));
      } else if (key == "temp") out += std::to_string(rng_.uniform(20, 99));
      else if (key == "inches") {
        out += std::to_string(rng_.uniform(1, 4)) + "." + std::to_string(rng_.uniform(0, 9));
      } else if (key == "hwy") out += std::to_string(rng_.pick(std::array<int, 6>{20, 35, 59, 65, 75, 94}));
      else if (key == "phone") out += "555-0" + std::to_string(rng_.uniform(100, 199));
      else if (key == "h") out += h_;
      else if (key == "oq") out += style_.curly ? "\u201C" : "\"";
      else if (key == "cq") out += style_.curly ? "\u201D" : "\"";
      else if (key == "ap") out += style_.curly ? "\u2019" : "'";
      else if (key == "sp") out += style_.nbsp ? "\u00A0" : " ";
      else if (key == "ell") out += style_.ellipsis ? "\u2026" : "...";
      else if (key == "dash") {
        static constexpr std::array<std::string_view, 5> kDashes = {" - ", " \u2014 ", "\u2014", " -- ",
                                                                    " \u2013 "};
        out += kDashes[static_cast<std::size_t>(style_.dash)];
      } else {
        out += '{';
        out += key;
        out += '}';
      }
    }
  }

  Rng rng_;
  int sting_percent_;
  std::uint64_t count_ = 0;
  Style style_;
  std::string city_, county_, station_, officer_, h_;
  std::vector<const char*> used_;  // templates used in the current article
};

// JSON string escaping for the JSON Lines output.
inline void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

// {"id":"...","text":"..."} without the newline.
inline std::string jsonl_record(std::string_view id, std::string_view text) {
  std::string out;
  out.reserve(text.size() + id.size() + 32);
  out += "{\"id\":";
  append_json_string(out, id);
  out += ",\"text\":";
  append_json_string(out, text);
  out += '}';
  return out;
}

// Sizes like 10M, 1G, 512K (powers of 1024), or plain bytes. 0 on error.
inline std::size_t parse_size(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t mult = 1;
  const char last = s.back();
  if (last == 'K' || last == 'k') mult = std::size_t{1} << 10;
  if (last == 'M' || last == 'm') mult = std::size_t{1} << 20;
  if (last == 'G' || last == 'g') mult = std::size_t{1} << 30;
  if (mult != 1) s.remove_suffix(1);
  if (s.empty()) return 0;
  std::size_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  return n * mult;
}

}  // namespace rehope_bench

#endif  // REHOPE_BENCH_CORPUS_H_

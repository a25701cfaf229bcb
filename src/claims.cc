// The binder. For each sentence that the prefilter lets through, it finds the
// count expressions and the triggers, then decides for each count:
//   - whether it counts people (a person noun or no noun follows; not
//     "60 officers", "nine agencies");
//   - its predicate: the nearest arrest or victim predicate in its own
//     scope (backward to the previous count, forward to the next one, both
//     within the clause), else the one of the count it is coordinated with;
//   - its category: a category noun at its head ("johns", "pimps"), else the
//     highest-priority act in its forward scope ("for soliciting"), else the
//     category of the next count when the two are coordinated ("37 men and
//     one woman for solicitation"), else an act just before it in a list
//     ("solicitation, 25;"); an arrest count with none is a total.
// Then the structures around counts: totals ("a total of", "Of the 52"),
// inclusion ("including 39 buyers"), partitives ("11 of whom", "Nine of
// them", "most of them for solicitation", "All of them were charged"),
// fractions ("half of the 60"), negation (stated zero), and acts with an
// arrest predicate but no number (unspecified).
#include "claims.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cctype>
#include <cstring>
#include <utility>

#include <re2/re2.h>
#include <re2/set.h>

#include "segment.h"
#include "triggers.h"

namespace rehope::internal {

namespace {

bool is_arrest_category(Category c) {
  return c == Category::kBuyersArrested || c == Category::kSellersArrested ||
         c == Category::kTraffickersArrested || c == Category::kOtherArrested;
}

// The categories of people arrested for commercial sex: buyers, sellers,
// traffickers (not other arrests).
bool is_person_category(Category c) {
  return is_arrest_category(c) && c != Category::kOtherArrested;
}

bool is_category_act(const Trigger& t) {
  return t.kind() == TriggerKind::kAct || t.kind() == TriggerKind::kNoun;
}

// Where `re`, a regex anchored with ^, matches at the start of `text`, as
// one DFA scan. The binder's head regexes end with the part they look for,
// so the end of the whole match is all it needs; asking RE2 for a capture
// instead runs its BitState engine, which clears a bitmap of text size times
// program size at every call (the person nouns make a large program).
bool match_prefix(const RE2& re, std::string_view text, re2::StringPiece* match) {
  return re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::ANCHOR_START,
                  match, 1);
}

// RE2::PartialMatch with one capture, tested first without it: a DFA scan,
// where asking for the capture in every sentence of a document that holds
// the phrase runs a submatch engine over each.
bool partial_capture(std::string_view text, const RE2& re, re2::StringPiece* capture) {
  const re2::StringPiece input(text.data(), text.size());
  return RE2::PartialMatch(input, re) && RE2::PartialMatch(input, re, capture);
}

// The last word of a phrase, whatever whitespace comes before it.
// Whether `before` ends with a number ("Six ", "12 "): digits or a spelled
// number up to twenty, the tens, "dozen".
bool ends_with_number_word(std::string_view before) {
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
  std::size_t start = before.size();
  while (start > 0 && std::isalnum(static_cast<unsigned char>(before[start - 1]))) --start;
  const std::string_view word = before.substr(start);
  if (word.empty()) return false;
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  std::string low(word);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kWords[] = {
      "two",     "three",    "four",     "five",    "six",       "seven",    "eight",
      "nine",    "ten",      "eleven",   "twelve",  "thirteen",  "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen", "twenty",  "thirty",   "forty",
      "fifty",   "sixty",    "seventy",  "eighty",  "ninety",    "dozen"};
  return std::find(std::begin(kWords), std::end(kWords), low) != std::end(kWords);
}

std::string_view last_word(std::string_view phrase) {
  std::size_t b = phrase.size();
  while (b > 0 && !std::isspace(static_cast<unsigned char>(phrase[b - 1]))) --b;
  return phrase.substr(b);
}

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// How many bytes from pos to the end of the word after it.
std::size_t next_word_reach(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t e = pos;
  while (e < end && std::isspace(static_cast<unsigned char>(text[e]))) ++e;
  while (e < end && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  return e - pos;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The words between two coordinated counts: "and", ",", ", and", "or";
// also after a hometown, "a 26-year-old man from Brampton and a 23-year-old
// woman from Oshawa were arrested".
bool coordination_gap(std::string_view gap) {
  auto plain = [](std::string_view g) {
    return g == "and" || g == "," || g == ", and" || g == "or" || g == ", or";
  };
  if (plain(gap)) return true;
  // "Two men, aged 41 and 52, and two women": an age between them.
  static const RE2 age_between(
      "^,\\s*(?:aged?\\s+|ages\\s+)?\\d{1,2}(?:\\s*(?:and|to|-)\\s*\\d{1,2})?"
      "(?:\\s+years\\s+old)?,(?:\\s*(?:and|or))?$");
  if (RE2::FullMatch(gap, age_between)) return true;
  for (std::string_view prep : {"from ", "of "}) {
    if (!gap.starts_with(prep)) continue;
    std::string_view rest = gap.substr(prep.size());
    int words = 0;
    while (!rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z' && words < 3) {
      std::size_t k = 0;
      while (k < rest.size() && rest[k] != ' ' && rest[k] != ',') ++k;
      rest = rest.substr(k);
      while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
      ++words;
    }
    if (words == 0) return false;
    // "from Brampton and", "of Dayton, and"
    return rest == "and" || rest == ", and" || rest == "or";
  }
  return false;
}

// The statute column of a table row: "796.07", "F.S. 796.05", "§ 12-34",
// "PC 647(b)" with parentheses removed. Every word holds a digit or is a
// short code of letters and dots.
bool statute_column(std::string_view sep) {
  bool digit = false;
  std::size_t i = 0;
  while (i < sep.size()) {
    while (i < sep.size() && (sep[i] == ' ' || sep[i] == '\t')) ++i;
    const std::size_t b = i;
    while (i < sep.size() && sep[i] != ' ' && sep[i] != '\t') ++i;
    const std::string_view word = sep.substr(b, i - b);
    if (word.empty()) break;
    const bool has_digit =
        std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool code = word.size() <= 5 && std::all_of(word.begin(), word.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || c == '.';
    });
    const bool statute = has_digit && std::all_of(word.begin(), word.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' || (c >= 'a' && c <= 'z');
    });
    if (word == "\xC2\xA7") continue;  // §
    if (!statute && !code) return false;
    digit = digit || has_digit;
  }
  return digit;
}

// The label of an item of a police blotter or news roundup: a paragraph that
// opens with a short run of capitals and a dash ("PROSTITUTION STING - Vice
// detectives arrested ...", "DUI CHECKPOINT - Officers stopped ..."). No comma
// (a name "DOE, JANE - 34" is a row of a list), at least three capitals.
bool roundup_label(std::string_view paragraph) {
  std::size_t capitals = 0;
  for (std::size_t k = 0; k < paragraph.size() && k <= 48; ++k) {
    const char ch = paragraph[k];
    if (ch == ' ' && paragraph.substr(k).starts_with(" - ")) {
      // An editor's note continues the story it is in ("UPDATE - Police
      // said Monday that two more men were arrested").
      const std::string_view label = paragraph.substr(0, k);
      for (std::string_view note : {"UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION",
                                    "EDITOR'S NOTE", "EDITOR\u2019S NOTE", "EDITORS NOTE"}) {
        if (label == note) return false;
      }
      const std::string_view rest = paragraph.substr(k + 3);
      const std::size_t first = rest.find_first_not_of("- ");
      return capitals >= 3 && first != std::string_view::npos &&
             (std::isupper(static_cast<unsigned char>(rest[first])) != 0 ||
              std::isdigit(static_cast<unsigned char>(rest[first])) != 0 || rest[first] == '"');
    }
    if (std::isupper(static_cast<unsigned char>(ch)) != 0) {
      ++capitals;
    } else if (!(std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == ' ' || ch == '&' ||
                 ch == '/' || ch == '\'' || ch == '.')) {
      return false;
    }
  }
  return false;
}

// The cells of a table row: split at '|' when the row has one, else at runs
// of two or more spaces or at tabs. Empty cells at the ends are dropped.
struct Cell {
  std::size_t begin, end;  // offsets into the text
};
std::vector<Cell> table_cells(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Cell> cells;
  const std::string_view row = text.substr(begin, end - begin);
  const bool pipes = row.find('|') != std::string_view::npos;
  std::size_t k = 0;
  while (k < row.size()) {
    std::size_t stop = k;
    if (pipes) {
      stop = row.find('|', k);
      if (stop == std::string_view::npos) stop = row.size();
    } else {
      while (stop < row.size() && row[stop] != '\t' &&
             !(row[stop] == ' ' && stop + 1 < row.size() && row[stop + 1] == ' ')) {
        ++stop;
      }
    }
    std::size_t a = k, b = stop;
    while (a < b && (row[a] == ' ' || row[a] == '\t')) ++a;
    while (b > a && (row[b - 1] == ' ' || row[b - 1] == '\t')) --b;
    if (a < b || pipes) cells.push_back({begin + a, begin + b});
    k = stop + 1;
    if (!pipes) {
      while (k < row.size() && (row[k] == ' ' || row[k] == '\t')) ++k;
    }
  }
  while (!cells.empty() && cells.front().begin == cells.front().end) cells.erase(cells.begin());
  while (!cells.empty() && cells.back().begin == cells.back().end) cells.pop_back();
  return cells;
}

// What a column of a results table counts, from its heading: "Sex buyers
// arrested", "Patronizing", "Prostitution", "Promoting", "Traffickers",
// "Victims identified", "Total". Other columns (County, Agency, Officers)
// count no one of the operation.
std::optional<Category> column_category(std::string_view heading) {
  const std::string h = lower(heading);
  const auto has = [&](const char* word) { return h.find(word) != std::string::npos; };
  if (has("officer") || has("agenc") || has("charges") || has("vehicle") || has("seiz")) {
    return std::nullopt;
  }
  if (has("victim") || has("rescued") || has("recovered")) return Category::kVictimsIdentified;
  if (has("traffick") || has("promot") || has("pimp") || has("pander") || has("compel")) {
    return Category::kTraffickersArrested;
  }
  if (has("buyer") || has("john") || has("patroniz") || has("solicit") || has("purchas")) {
    return Category::kBuyersArrested;
  }
  if (has("seller") || has("prostitut") || has("sex worker") || has("loiter")) {
    return Category::kSellersArrested;
  }
  if (has("total") || has("arrest")) return Category::kTotalArrested;
  return std::nullopt;
}

bool all_digits(std::string_view cell) {
  // At least one digit: a cell of commas alone is no number ("Total | , | 8").
  return !cell.empty() && cell.size() <= 6 &&
         std::isdigit(static_cast<unsigned char>(cell.front())) != 0 &&
         std::all_of(cell.begin(), cell.end(), [](char ch) {
           return std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == ',';
         });
}

// Which people a stretch of text names: those who may be found selling sex
// or be victims (women, girls, people, ...) and others (men, clients, the
// driver, ...).
void people_named(std::string_view subject, bool& found_people, bool& others) {
  while (!subject.empty()) {
    std::size_t k = 0;
    while (k < subject.size() && !std::isalpha(static_cast<unsigned char>(subject[k]))) ++k;
    std::size_t e = k;
    while (e < subject.size() &&
           (std::isalpha(static_cast<unsigned char>(subject[e])) || subject[e] == '-')) {
      ++e;
    }
    const std::string word = lower(subject.substr(k, e - k));
    subject.remove_prefix(e);
    if (word.empty()) break;
    for (const char* w : {"women", "woman", "girl", "girls", "female", "females", "adults",
                          "people", "individuals", "persons", "juveniles", "minors", "teens",
                          "teenagers", "workers", "escorts", "victims"}) {
      if (word == w) found_people = true;
    }
    for (const char* w : {"men", "man", "male", "males", "he", "him", "clients", "customers",
                          "buyers", "johns", "driver", "suspect", "suspects", "owner"}) {
      if (word == w) others = true;
    }
  }
}

// The headline and the lead's sentences; not the menus, tables of contents
// and bylines between them.
bool in_lead(const std::vector<Segment>& segments, std::size_t index, const ArticleCues& cues) {
  return index <= cues.lead_end && (segments[index].headline || !segments[index].line);
}

// The count is a subject and a verb follows: "The other 12 face felony
// charges", "19 were booked".
bool verb_follows(std::string_view after) {
  std::size_t b = 0;
  while (b < after.size() && after[b] == ' ') ++b;
  std::size_t e = b;
  while (e < after.size() && std::isalpha(static_cast<unsigned char>(after[e]))) ++e;
  const std::string word = lower(after.substr(b, e - b));
  for (const char* verb : {"face", "faces", "faced", "were", "was", "are", "is", "will", "have",
                           "has", "had", "remain", "remained"}) {
    if (word == verb) return true;
  }
  return false;
}

// The last word before `pos` (lower case), skipping spaces.
// Where the word word_before() reads begins: for looking one word further
// back ("all" before "but") without searching the text for the word, which
// may be written in capitals and found nowhere near.
std::size_t word_before_begin(std::string_view text, std::size_t floor, std::size_t pos) {
  std::size_t e = pos;
  while (e > floor && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  std::size_t b = e;
  while (b > floor && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.')) --b;
  return b;
}

std::string word_before(std::string_view text, std::size_t floor, std::size_t pos) {
  std::size_t e = pos;
  while (e > floor && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  const std::size_t b = word_before_begin(text, floor, e);
  return lower(text.substr(b, e - b));
}

// Who a person noun names, coarsely: figures of different groups said in
// different sentences ("four women ... The two girls") are different people.
std::string person_group(const std::string& noun_phrase) {
  static const std::pair<const char*, const char*> kGroups[] = {
      {"women", "women"}, {"woman", "women"}, {"female", "women"},
      {"men", "men"},     {"man", "men"},     {"male", "men"},
      {"girl", "girls"},  {"boy", "boys"},
      {"juvenile", "minors"}, {"minor", "minors"}, {"teen", "minors"}, {"child", "minors"}};
  // The last word decides: "17-year-old girl", "sex workers".
  const std::string_view phrase = trim_view(noun_phrase);
  const std::string last(last_word(phrase));
  for (const auto& [word, group] : kGroups) {
    if (last.rfind(word, 0) == 0) return group;
  }
  // "adults", "11 adult victims": grown-ups, who cannot be the minors
  // counted elsewhere (but may be the men or women).
  for (std::string_view rest = phrase; !rest.empty();) {
    const std::size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    if (word == "adult" || word == "adults") return "adults";
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return {};
}

// Whether a short line at the top of a page files the article under
// opinion, a column, a letter, a profile or a feature: "OPINION | GUEST
// COLUMN", "Columnist | The Marlowe Courier-Dispatch | Published ...", "The
// Millbrook Gazette | Sunday Profile", "LIVING | PROFILES", "OPINION: Stop
// counting arrests ...". The line's items are split at "|", ">", " - " and a
// first ":"; a label is an item of a line of two items at most, or the first
// of three (a menu of sections lists more, and news first). With a label
// before a colon, `title_from` is where the headline after it starts (0 if
// none).
bool commentary_label(std::string_view line, std::size_t& title_from) {
  static constexpr std::string_view kLabels[] = {
      "opinion",          "opinions",         "commentary",       "editorial",
      "editorials",       "op-ed",            "oped",             "column",
      "columns",          "columnist",        "columnists",       "guest column",
      "guest columnist",  "guest commentary", "guest opinion",    "guest essay",
      "letter",           "letters",          "letters to the editor",
      "letter to the editor",                 "viewpoint",        "viewpoints",
      "perspective",      "perspectives",     "my view",          "your view",
      "other views",      "essay",            "profile",          "profiles",
      "feature",          "features"};
  struct Item {
    std::size_t begin, end;
  };
  std::vector<Item> items;
  title_from = 0;
  std::size_t colon = std::string_view::npos;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    std::size_t skip = 0;
    if (i == line.size()) {
      skip = 1;
    } else if (line[i] == '|' || line[i] == '>') {
      skip = 1;
    } else if (line[i] == ':' && colon == std::string_view::npos && items.empty()) {
      colon = i;
      skip = 1;
    } else if (line[i] == '-' && i > 0 && line[i - 1] == ' ') {
      std::size_t k = i;
      while (k < line.size() && line[k] == '-') ++k;
      if (k < line.size() && line[k] == ' ') skip = k - i;
    }
    if (skip == 0) continue;
    items.push_back({start, i});
    start = i + skip;
    i = start - 1;
  }
  auto is_label = [&](const Item& item) {
    std::string word = lower(trim_view(line.substr(item.begin, item.end - item.begin)));
    for (std::string_view day : {"sunday ", "saturday ", "weekend "}) {
      if (word.starts_with(day)) word.erase(0, day.size());
    }
    return std::find(std::begin(kLabels), std::end(kLabels), word) != std::end(kLabels);
  };
  if (items.empty()) return false;
  // "OPINION: Stop counting arrests and start counting ...": the headline
  // after the label's colon.
  if (colon != std::string_view::npos && is_label(items.front())) {
    std::size_t from = colon + 1;
    while (from < line.size() && line[from] == ' ') ++from;
    title_from = from < line.size() ? from : 0;
    return true;
  }
  if (items.size() > 3) return false;
  if (items.size() == 3) return is_label(items.front());
  return std::any_of(items.begin(), items.end(), is_label);
}

// A count with its place in the sentence.
struct Slot {
  Quantity q;
  std::size_t head_end = 0;  // end of the noun phrase (count + noun)
  std::size_t clause_begin = 0, clause_end = 0;
  std::optional<Category> noun_category;
  const Trigger* noun = nullptr;
  bool arrest_noun = false;      // "47 arrests"
  bool person = false;           // a person noun follows
  bool partitive_of = false;     // "11 of whom", "Nine of them"
  bool remainder = false;        // "the other five": the rest of a counted group
  bool named = false;            // a named arrestee, counted as one
  bool list_row = false;         // a row of a list by charge (own line)
  bool total_marker = false;     // "a total of 74", "Of the 52"
  bool of_the = false;           // the total marker is "of the": a base, not a total of acts
  bool included = false;         // after "including"
  bool negated = false;          // "none of the 12 women"
  bool additive = false;         // "another 15", "eight more"
  bool minor = false;
  bool background = false;  // its clause, or the figure it depends on, is background
  bool further_charge = false;  // "was also charged with": a person counted already
  bool also_victims = false;    // "The four women arrested for X were also identified as victims"
  bool state_only = false;      // the predicate is a state: "was being trafficked"
  // "18 people on charges of prostitution and solicitation": the other charge
  const Trigger* mixed_with = nullptr;
  bool running_total = false;   // "bringing the total to 25"
  bool loose = false;           // "in connection with a trafficking ring": a tie, not a charge
  std::string group;            // "men", "women", "girls", "boys", "minors", "adults" or empty
  // Decisions.
  enum class Predicate { kNone, kArrest, kVictim } predicate = Predicate::kNone;
  std::optional<Category> category;
  const Trigger* category_trigger = nullptr;
  std::string rule;
  bool dropped = false;
};

}  // namespace

// Which of the binder's rare phrases ("posing as", "how many", "makes it an
// offence", ...) occur anywhere in a document: one Set scan per document
// instead of one regex search per sentence or per count. The Set holds each
// regex loosened (no ^, $ or \\b), so it matches wherever the regex could
// match in any part of the text: a phrase it does not report cannot match.
struct RarePhrases {
  enum Phrase {
    kMinorOfGroup,
    kLawStatement,
    kThatOperation,
    kMinorAmong,
    kAgeSuperlative,
    kRunningTotal,
    kPersona,
    kModalBefore,
    kConditional,
    kOneAsVictim,
    kHowMany,
    kTwoAsVictims,
    kReportSaid,
    kBareMonth,
    kOfThose,
    kSeveralOperations,
    kWideOperation,
    kWideScope,
    kSupersededFrom,
    kCount
  };
  std::array<bool, kCount> present{};
  bool may_hold(Phrase phrase) const { return present[phrase]; }
};

namespace {

// Whether the character at `at` of a regex is escaped (an odd number of
// backslashes before it).
bool escaped(std::string_view regex, std::size_t at) {
  std::size_t backslashes = 0;
  while (backslashes < at && regex[at - 1 - backslashes] == '\\') ++backslashes;
  return backslashes % 2 != 0;
}

}  // namespace

// `regex` with ^, $ and \b dropped: it matches wherever `regex` matches, in
// a text cut anywhere.
std::string loosened(std::string_view regex) {
  std::string out = without_text_anchors(regex);
  for (std::size_t at = out.find("\\b"); at != std::string::npos; at = out.find("\\b", at)) {
    if (!escaped(out, at)) {
      out.erase(at, 2);
    } else {
      at += 2;
    }
  }
  // A counted repetition with an upper bound ("[^.;]{0,100}") multiplies the
  // states of a DFA that must follow every start at once; a text with no
  // sentence punctuation made the Set build and throw away states for every
  // byte (1,600 instructions a byte). Unbounded ("[^.;]{0,}") matches more,
  // which a test of what may occur allows.
  for (std::size_t at = out.find('{'); at != std::string::npos; at = out.find('{', at + 1)) {
    if (escaped(out, at)) continue;
    std::size_t i = at + 1;
    while (i < out.size() && std::isdigit(static_cast<unsigned char>(out[i]))) ++i;
    if (i == at + 1 || i >= out.size() || out[i] != ',') continue;
    const std::size_t comma = i++;
    while (i < out.size() && std::isdigit(static_cast<unsigned char>(out[i]))) ++i;
    if (i == comma + 1 || i >= out.size() || out[i] != '}') continue;
    out.erase(comma + 1, i - comma - 1);  // "{0,100}" -> "{0,}"
  }
  return out;
}

struct Binder::Impl {
  const PatternSet& patterns;
  const QuantityFinder& quantities;
  std::unique_ptr<RE2> person_head;      // PERSON_NOUN at the start
  std::unique_ptr<RE2> non_person_head;  // up to two words then NON_PERSON_NOUN
  std::unique_ptr<RE2> partitive_after;  // "of whom", "of them"
  std::unique_ptr<RE2> clause_break;     // "; ", ": ", " while ", " but "
  std::unique_ptr<RE2> inheritance_blocker;  // "who", "after", "said" ...
  std::unique_ptr<RE2> relative_pronoun;     // "who", "that", "which"
  std::unique_ptr<RE2> conditional;          // "if", "whether"
  std::unique_ptr<RE2> names_charge;         // "charged with", "accused of"
  std::unique_ptr<RE2> full_date;            // "March 17, 2026", "Feb. 27, 2026"
  std::unique_ptr<RE2> year_mention;         // "2024"
  std::unique_ptr<RE2> made_in;              // "a policy adopted in", "founded in"
  std::unique_ptr<RE2> month_before;         // "March " before a year
  std::unique_ptr<RE2> bare_month;           // "in June" with no day or year
  std::unique_ptr<RE2> of_those;             // "Three of those women" opening a sentence
  std::unique_ptr<RE2> minor_among;          // "One of the women cited was 17"
  std::unique_ptr<RE2> minor_of_group;       // "One of the three, a 17-year-old female,"
  std::unique_ptr<RE2> one_as_victim;        // "identified the juvenile as a possible victim"
  std::unique_ptr<RE2> report_said;          // "the report said", "according to the report"
  std::unique_ptr<RE2> two_as_victims;       // "both are considered possible victims"
  std::unique_ptr<RE2> age_superlative;      // "the youngest was" before an age
  std::unique_ptr<RE2> that_operation;       // "during that operation"
  std::unique_ptr<RE2> running_total;        // "bringing the total to" before a count
  std::unique_ptr<RE2> persona;              // "what he believed to be", "posing as"
  std::unique_ptr<RE2> modal_before;         // "you can", "we could" right before a verb
  std::unique_ptr<RE2> how_many;             // "asked how many"
  std::unique_ptr<RE2> several_operations;   // "three operations", "dozens of stings"
  std::unique_ptr<RE2> wide_operation;       // "as part of a statewide operation"
  std::unique_ptr<RE2> wide_scope;           // "Statewide, ...", "across the state", "in 30 counties"
  std::unique_ptr<RE2> superseded_from;      // "raised the number ... from" before a count
  std::unique_ptr<RE2::Set> rare_set;        // the RarePhrases, loosened, in one Set
  std::unique_ptr<RE2> law_statement;        // "makes it an offence to pay for sex"
  std::unique_ptr<RE2> against_women;        // "(no charges were laid) against the women"
  std::unique_ptr<RE2> answer_none;          // "the answer was direct: none"
  std::unique_ptr<RE2> negated_tail;         // "(none of them) were (yet) (arrested)": aux, adverbs
  std::unique_ptr<RE2> auxiliary;            // "was", "has", "were" in a negated subject's gap

  Impl(const PatternSet& p, const QuantityFinder& q) : patterns(p), quantities(q) {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    const std::string person = p.piece("PERSON_NOUN");
    const std::string non_person = p.piece("NON_PERSON_NOUN");
    person_head = std::make_unique<RE2>(
        "^\\s*(?:(?:\\w[\\w'-]*\\s+){0,2}?)(" + (person.empty() ? std::string("people") : person) +
            ")\\b",
        o);
    non_person_head = std::make_unique<RE2>(
        // "20 local, state and federal agencies": coordinated modifiers.
        "^\\s*(?:(?:[\\w'-]+,\\s+){1,3}[\\w'-]+,?\\s+(?:and|or)\\s+)?"
        // "two of the properties": a share of things, not of people.
        "(?:of\\s+(?:the|those|these|its|their)\\s+)?"
        "(?:[A-Z][\\w'-]*\\s+|[\\w'-]+-[\\w'-]+\\s+)?(?:[\\w'-]+\\s+)?(" +
            (non_person.empty() ? std::string("officers") : non_person) + ")\\b",
        o);
    partitive_after = std::make_unique<RE2>("^\\s*(of\\s+(?:whom|them|those|these|the\\s+[a-z]+))\\b", o);
    clause_break = std::make_unique<RE2>(
        "(;|:\\s|\\s--?\\s|,?\\s+(?:while|whereas|but|however)\\s+)", o);
    conditional = std::make_unique<RE2>("(?:^|\\s)if\\s|whether", o);
    names_charge = std::make_unique<RE2>("charged\\s+with|charges\\s+of|accused\\s+of", o);
    RE2::Options exact = o;
    exact.set_case_sensitive(true);  // "May 5, 2026", not "may"
    full_date = std::make_unique<RE2>(
        "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?"
        "\\s+)?((?:19|20)\\d\\d)\\b",
        exact);
    // The year a thing was made ("a policy adopted in 2023", "the unit,
    // founded in 2019"), not when the sentence's events happened.
    made_in = std::make_unique<RE2>(
        "\\b(?:adopted|passed|enacted|signed|introduced|created|founded|established|formed|"
        "launched|opened|approved|hired|elected|appointed|built|begun|started)\\s+(?:in|during)\\s+"
        "(?:(?:early|late|mid-?)\\s*)?$",
        o);
    report_said = std::make_unique<RE2>(
        "\\b(?:(?:the|a|an|its|their)\\s+(?:[\\w-]+\\s+)?(?:report|study|survey)\\s+"
        "(?:said|says|found|finds|shows|showed|noted|notes)|according\\s+to\\s+(?:the|a|an|its)\\s+"
        "(?:[\\w-]+\\s+){0,2}(?:report|study|survey))\\b",
        o);
    minor_among = std::make_unique<RE2>(
        "(\\b(?:one|two|three|four|five|\\d+))\\s+of\\s+(?:the|those)\\s+(?:[\\w-]+\\s+){0,2}"
        "(?:arrested|cited|charged|detained|booked)\\s+(?:was|were|is|are)\\s+(?:only\\s+)?"
        "(?:(?:1[0-7]|[1-9])\\b(?:-year-olds?)?|an?\\s+(?:1[0-7]|[1-9])-year-old|"
        "(?:a\\s+)?(?:juveniles?|minors?))",
        o);
    minor_of_group = std::make_unique<RE2>(
        "(\\b(?:one|two|three|four|five|\\d+))\\s+of\\s+(?:the|those|them|these)"
        "(?:\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+))?(?:\\s+[\\w-]+)?,\\s+"
        "(?:(?:including|among\\s+them)\\s+)?(?:an?\\s+)?(?:(?:1[0-7]|[1-9])-year-old|juvenile|minor)\\b",
        o);
    {
      // One person: a definite noun, a pronoun, or an indefinite noun with a
      // relative clause ("an adult female who was determined to be a
      // potential victim"); two: "both", "both girls", "both of them".
      const std::string noun =
          "(?:juvenile|girl|boy|woman|teen|teenager|minor|female|male|man|person|individual)";
      const std::string one = "(?:(?:the|that|this)\\s+(?:[\\w-]+\\s+)?" + noun +
                              "|an?\\s+(?:[\\w-]+\\s+)?" + noun +
                              "\\s+(?:who|that)|her|him|she|he)";
      const std::string two =
          "(?:both(?:\\s+of\\s+(?:them|the\\s+[\\w-]+)|\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?"
          "(?:girls|boys|women|men|teens|teenagers|juveniles|minors|females|people|individuals))?"
          // "The women, ages 19 and 22,": two ages, two people.
          "|(?:the|these|those)\\s+(?:[\\w-]+\\s+)?(?:girls|women|teens|teenagers|juveniles|minors|"
          "females|victims),\\s+(?:ages|aged)\\s+\\d{1,2}\\s+and\\s+\\d{1,2},)";
      const std::string verb =
          "(?:identified|determined|deemed|considered|treated|classified|recognized|confirmed|"
          "identifying|treating)";
      // "consider her a victim", "are considered possible victims": no "as".
      const std::string consider = "(?:consider(?:s|ed)?|deem(?:s|ed)?)";
      const std::string kind =
          "(?:(?:possible|potential|suspected|likely|probable)\\s+)?"
          "(?:(?:human|sex|child\\s+sex)\\s+)?(?:trafficking\\s+)?";
      const std::string as = "(?:as|to\\s+be)\\s+";
      const std::string a_victim = "an?\\s+" + kind + "victim\\b";
      const std::string victims = kind + "victims\\b";
      // "was later identified by detectives as a victim".
      const std::string adverb = "(?:(?:also|later|subsequently|then)\\s+)?";
      const std::string by = "(?:by\\s+(?:[\\w-]+\\s+){1,3})?";
      const auto build = [&](const std::string& who, const std::string& is, const std::string& what,
                             const std::string& more) {
        return std::make_unique<RE2>("(\\b" + verb + "\\s+" + who + "\\s+" + as + what + "|\\b" +
                                         consider + "\\s+" + who + "\\s+" + what + "|\\b" + who +
                                         "\\s+" + is + "\\s+" + adverb + "(?:" + verb + "\\s+" +
                                         by + as + "|" + consider + "\\s+)" + what + more + ")",
                                     o);
      };
      // "The juvenile was taken into custody ..., and was later identified by
      // detectives as a victim": a singular verb whose subject is elided
      // after "and" is one person.
      const std::string is_one = "(?:was|has\\s+been|had\\s+been|is)";
      one_as_victim =
          build(one, is_one, a_victim,
                "|\\band\\s+" + is_one + "\\s+" + adverb + "(?:" + verb + "\\s+" + by + as + "|" +
                    consider + "\\s+)" + a_victim);
      two_as_victims = build(two, "(?:were|have\\s+been|had\\s+been|are)", victims, "");
    }
    month_before = std::make_unique<RE2>(
        "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?$",
        exact);
    bare_month = std::make_unique<RE2>(
        "\\b(?i:in|during)\\s+(?i:early\\s+|late\\s+|mid-)?(January|February|March|April|May|"
        "June|July|August|September|October|November|December)\\b(,?\\s+\\d)?",
        exact);
    // A year as a time ("in 2024", "March 2024", "a 2024 sting"), not as
    // the name of a thing ("the Attorney General's 2023 directive").
    year_mention = std::make_unique<RE2>(
        "(?:\\b(?i:in|during|of|from|by)\\s+(?i:an?\\s+|the\\s+)?(?i:early\\s+|late\\s+|mid-)?"
        "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?)"
        "((?:19|20)\\d\\d)\\b"
        "|\\b((?:19|20)\\d\\d)\\s+(?:[\\w'-]+\\s+){0,3}(?i:operation|sting|sweep|raid|crackdown|"
        "investigation|arrest|bust|detail)s?\\b",
        exact);
    age_superlative = std::make_unique<RE2>(
        "\\b(?:youngest|oldest)(?:\\s+(?:of\\s+(?:them|those|these|the\\s+[\\w-]+)|one|victim|"
        "suspect|man|woman|person|girl|boy|arrestee|defendant))?\\s+(?:was|is|being|were|are)\\s*$",
        o);
    running_total = std::make_unique<RE2>(
        "\\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|"
        "increas(?:e|es|ed|ing)|tak(?:e|es|ing)|took|put(?:s|ting)?)\\s+the\\s+(?:operation'?s?\\s+|"
        "overall\\s+|final\\s+)?(?:total|number|tally|count)(?:\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,3}?"
        "(?:arrests|arrested|people|suspects|men|charged))?\\s+to\\s*$",
        o);
    // A decoy's persona: "communicated with what he believed to be a child",
    // "detectives posing as a 15-year-old girl", "believed they were
    // arranging to pay a 15-year-old girl".
    persona = std::make_unique<RE2>(
        "\\b(?:believ(?:e|es|ed|ing)|thought|think(?:s|ing)?|pos(?:e|es|ed|ing)|"
        "pretend(?:s|ed|ing)?|claim(?:s|ed|ing)?|portray(?:s|ed|ing)?|impersonat(?:e|es|ed|ing))"
        "\\s+(?:(?:he|she|they|it)\\s+)?(?:was|were|is|are|to\\s+be|as|would\\s+be)\\s+"
        "(?:(?:(?:arranging|agreeing|planning|going|about|trying)\\s+to\\s+)?(?:pay|meet|hire|"
        "buy\\s+sex\\s+from|have\\s+sex\\s+with)\\s+)?(?:online\\s+)?$",
        o);
    modal_before = std::make_unique<RE2>(
        "\\b(?:can|cannot|can't|could|would|might|may|must|should|will|'ll)\\s+"
        "(?:not\\s+|still\\s+|also\\s+|only\\s+|just\\s+|always\\s+)?$",
        o);
    that_operation = std::make_unique<RE2>(
        "\\b((?:that|the\\s+same)\\s+(?:[\\w-]+\\s+)?(?:operation|sting|sweep|raid|crackdown|"
        "investigation|detail|roundup))\\b",
        o);
    of_those = std::make_unique<RE2>(
        "^[\"'\\s]*((?:[\\w-]+\\s+of|of|among)\\s+(?:those|these|them)\\b)", o);
    law_statement = std::make_unique<RE2>(
        "\\bmak(?:e|es|ing)\\s+it\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:offen[cs]e|crime|felony|"
        "misdemeanou?r|illegal|unlawful)\\b|\\b(?:it\\s+is|it's)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?"
        "(?:offen[cs]e|crime|felony|misdemeanou?r|illegal|unlawful)\\s+to\\b",
        o);
    against_women = std::make_unique<RE2>(
        "\\bagainst\\s+(?:(?:the|these|those|both|either|any)\\s+(?:of\\s+the\\s+)?)?"
        "(?:[\\w-]+\\s+)?(?:women|woman|girls?|sex\\s+workers?|escorts?|victims?)\\b",
        o);
    // What may stand between a negation and the arrest verb it negates: an
    // auxiliary ending the subject ("none of the women were"), then adverbs.
    negated_tail = std::make_unique<RE2>(
        "(?:^|\\b(?:was|were|is|are|has|have|had|will|would|did|been|be))"
        "(?:\\s+(?:not|yet|been|be|being|ever|formally|immediately|officially|also|since|"
        "subsequently|initially|currently|else|ultimately|actually))*\\s*$",
        o);
    auxiliary = std::make_unique<RE2>("\\b(?:was|were|is|are|has|have|had|will|would|did)\\b", o);
    how_many = std::make_unique<RE2>("\\b(how\\s+many)\\b", o);
    several_operations = std::make_unique<RE2>(
        "(\\b(?:(?:two|three|four|five|six|several|multiple|a\\s+few)\\s+(?:[\\w'-]+\\s+){0,2}?|"
        "(?:dozens|scores|hundreds)\\s+of\\s+)(?:operations|stings|sweeps|raids|busts|crackdowns)"
        ")\\b",
        o);
    // An operation wider than one place: "a coordinated statewide operation",
    // "as part of a statewide human trafficking sweep".
    wide_operation = std::make_unique<RE2>(
        "\\b(?:statewide|nationwide|state-wide|nation-wide|multi-?state|multi-?county|regional)\\s+"
        "(?:[\\w'-]+\\s+){0,3}?(?:operation|sweep|sting|crackdown|effort|initiative|enforcement|"
        "campaign|blitz|roundup)s?\\b",
        o);
    // A figure of the whole wider operation: "Statewide, the operation led to
    // 238 arrests", "Seven people across the state", "officers in 30 counties
    // arrested 212 people".
    wide_scope = std::make_unique<RE2>(
        "(?:^[\\s\"']*(?:statewide|nationwide|state-wide|nation-wide)\\s*,|\\bacross\\s+the\\s+"
        "(?:state|country|nation|province)\\b|\\b(?:in|across)\\s+(?:all\\s+)?(?:\\d+|two|three|four|"
        "five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+|several|multiple|dozens\\s+of)\\s+"
        "(?:other\\s+)?(?:counties|states|provinces|jurisdictions)\\b)",
        o);
    // "raised the number of people identified as possible victims from two to
    // three": the figure after "from" is the one replaced.
    superseded_from = std::make_unique<RE2>(
        "\\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|"
        "lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|adjust(?:s|ed|ing)?|correct(?:s|ed|ing)?|"
        "chang(?:e|es|ed|ing)|rose|risen|grew|grown|climbed|jumped|went|fell|dropped)\\b"
        "[^.;]{0,100}\\bfrom\\s+$",
        o);
    answer_none = std::make_unique<RE2>(
        "(?:[:,]|\\s-|\\b(?:was|were|is|are|said|says|answered|replied))\\s+[\"']?"
        "((?:none|zero|nobody|not\\s+(?:a\\s+single\\s+)?one)\\b)",
        o);
    relative_pronoun = std::make_unique<RE2>("\\b(?:who|whom|whose|that|which)\\b", o);
    inheritance_blocker = std::make_unique<RE2>(
        "(?:;|\\b(?:who|whom|which|that|after|before|when|because|said|told|says|by|where|while|whereas|but)\\b)", o);
    // Phrases most documents never hold, tested once per document (see
    // RarePhrases) so that each sentence or count does not pay for them.
    rare_set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    const RE2* rare[] = {minor_of_group.get(), law_statement.get(),   that_operation.get(),
                         minor_among.get(),    age_superlative.get(), running_total.get(),
                         persona.get(),        modal_before.get(),    conditional.get(),
                         one_as_victim.get(),  how_many.get(),        two_as_victims.get(),
                         report_said.get(),    bare_month.get(),      of_those.get(),
                         several_operations.get(), wide_operation.get(), wide_scope.get(),
                         superseded_from.get()};
    static_assert(std::size(rare) == RarePhrases::kCount);
    for (const RE2* re : rare) {
      if (rare_set->Add(loosened(re->pattern()), nullptr) < 0) rare_set.reset();
      if (!rare_set) break;
    }
    if (rare_set && !rare_set->Compile()) rare_set.reset();
  }

  // Which rare phrases occur anywhere in `text` (all, when unsure).
  RarePhrases rare_phrases(std::string_view text) const {
    RarePhrases found;
    std::vector<int> hits;
    if (!rare_set) {
      found.present.fill(true);
      return found;
    }
    rare_set->Match(re2::StringPiece(text.data(), text.size()), &hits);
    for (int hit : hits) found.present[static_cast<std::size_t>(hit)] = true;
    return found;
  }

  Findings bind(std::string_view text, const std::vector<Segment>& segments,
                const std::vector<std::size_t>* cue_patterns, const RarePhrases& rare,
                std::vector<std::vector<Trigger>> all_triggers) const;
  void article_date(std::string_view text, ArticleCues& cues) const;
  std::optional<std::string> one_person_before(std::string_view text,
                                               const std::vector<Segment>& segments,
                                               std::size_t index, const Findings& out,
                                               const RarePhrases& rare) const;
  std::optional<Quantity> unbound_count_before(std::string_view text,
                                               const std::vector<Segment>& segments,
                                               std::size_t index, const Findings& out,
                                               std::string_view noun) const;
  bool earlier_year(int year, const ArticleCues& cues, int month = 0) const;
  bool names_background(std::string_view sentence) const;
  void commentary(std::string_view text, const std::vector<Segment>& segments,
                  const RarePhrases& rare, Findings& out) const;
  void roundup(std::string_view text, const std::vector<Segment>& segments,
               const std::vector<bool>& sex_segment, Findings& out) const;
  void local_share(std::string_view text, const std::vector<Segment>& segments,
                   const RarePhrases& rare, Findings& out) const;
  void table_totals(std::string_view text, const std::vector<Segment>& segments,
                    Findings& out) const;
  void scan_cues(std::string_view text, const std::vector<Segment>& segments,
                 const std::vector<bool>& bound, const std::vector<std::size_t>* cue_patterns,
                 ArticleCues& cues) const;
  void bind_sentence(std::string_view text, const std::vector<Segment>& segments, std::size_t index,
                     Findings& out, std::vector<const Trigger*>& previous_acts,
                     std::optional<std::int64_t>& antecedent_total, std::string& antecedent_group,
                     const Pattern*& list_header, const Pattern* charge_below,
                     std::vector<Trigger>& triggers, const RarePhrases& rare) const;
};

Binder::Binder(const PatternSet& patterns, const QuantityFinder& quantities)
    : impl_(std::make_unique<Impl>(patterns, quantities)) {}
Binder::~Binder() = default;
Binder::Binder(Binder&&) noexcept = default;
Binder& Binder::operator=(Binder&&) noexcept = default;

Findings Binder::bind(std::string_view text, const std::vector<Segment>& segments,
                      const std::vector<std::size_t>* cue_patterns) const {
  const BindInput one{text, &segments, cue_patterns};
  return std::move(bind(std::span<const BindInput>(&one, 1)).front());
}

std::vector<Findings> Binder::bind(std::span<const BindInput> documents) const {
  // The document-wide scans first, each over all documents in turn, so that
  // one automaton at a time is in the CPU caches; then each document alone.
  std::vector<RarePhrases> rare;
  rare.reserve(documents.size());
  for (const BindInput& d : documents) rare.push_back(impl_->rare_phrases(d.text));
  std::vector<SegmentedText> segmented;
  segmented.reserve(documents.size());
  for (const BindInput& d : documents) segmented.push_back(SegmentedText{d.text, d.segments});
  std::vector<std::vector<std::vector<Trigger>>> triggers =
      find_all_triggers(impl_->patterns, segmented);
  std::vector<Findings> out;
  out.reserve(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    out.push_back(impl_->bind(documents[d].text, *documents[d].segments, documents[d].cue_patterns,
                              rare[d], std::move(triggers[d])));
  }
  return out;
}

Findings Binder::Impl::bind(std::string_view text, const std::vector<Segment>& segments,
                            const std::vector<std::size_t>* cue_patterns, const RarePhrases& rare,
                            std::vector<std::vector<Trigger>> all_triggers) const {
  Findings out;
  // The lead: the headline and the first two sentences of the body.
  out.cues.lead_end = 0;
  int sentences = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    out.cues.lead_end = i;
    if (segments[i].line) continue;
    // "This story is published under a Creative Commons license. Republish
    // it free.": a nonprofit newsroom's republishing notice above the
    // headline is page furniture, not the lead.
    const std::string sentence =
        lower(text.substr(segments[i].begin, std::min<std::size_t>(segments[i].end - segments[i].begin, 200)));
    if (sentence.find("creative commons") != std::string::npos ||
        sentence.rfind("republish", 0) == 0) {
      continue;
    }
    if (++sentences == 2) break;
  }
  article_date(text, out.cues);
  std::vector<const Trigger*> previous_acts;
  std::optional<std::int64_t> antecedent_total;
  std::string antecedent_group;  // the one group of people the sentence before counted
  std::vector<Trigger> previous_store;
  // The act of a list header ("Charged with prostitution were:") for the
  // named arrestees listed under it.
  const Pattern* list_header = nullptr;
  std::vector<bool> bound(segments.size(), false);
  // A question states no figure: "If you believe three of them are victims,
  // why are all eight sitting in a jail cell?"
  for (std::size_t i = 0; i < segments.size(); ++i) {
    std::string_view sentence = text.substr(segments[i].begin, segments[i].end - segments[i].begin);
    while (!sentence.empty() && (sentence.back() == '"' || sentence.back() == '\'' ||
                                 sentence.back() == ')')) {
      sentence.remove_suffix(1);
    }
    if (!sentence.empty() && sentence.back() == '?') all_triggers[i].clear();
  }
  // A name on a line of its own with its charges in bullets below it
  // ("Brandon T. Keel, 34, Port Ardis" / "- Solicitation of Another to Commit
  // Prostitution"): the first charge of a category is the person's.
  std::vector<const Pattern*> charge_below(segments.size(), nullptr);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& here = all_triggers[i];
    const auto names = std::count_if(here.begin(), here.end(), [](const Trigger& t) {
      return t.kind() == TriggerKind::kNamedPerson;
    });
    const bool has_charge = std::any_of(here.begin(), here.end(), [](const Trigger& t) {
      return t.kind() == TriggerKind::kAct && is_arrest_category(t.category());
    });
    if (!segments[i].line || names != 1 || has_charge) continue;
    for (std::size_t j = i + 1; j < segments.size() && !charge_below[i]; ++j) {
      const std::string_view line =
          trim_view(text.substr(segments[j].begin, segments[j].end - segments[j].begin));
      const auto& below = all_triggers[j];
      const bool named_below = std::any_of(below.begin(), below.end(), [](const Trigger& t) {
        return t.kind() == TriggerKind::kNamedPerson;
      });
      if (!starts_with_bullet(line) || named_below) break;
      for (const auto& t : below) {
        if (t.kind() == TriggerKind::kAct && is_person_category(t.category())) {
          charge_below[i] = t.pattern;
          break;
        }
      }
    }
  }
  // Segments that name commercial sex or trafficking (for the items of a
  // police blotter).
  std::vector<bool> sex_segment(segments.size(), false);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    sex_segment[i] = std::any_of(all_triggers[i].begin(), all_triggers[i].end(), [](const Trigger& t) {
      if (t.kind() == TriggerKind::kSexContext) return true;
      return (t.kind() == TriggerKind::kAct || t.kind() == TriggerKind::kNoun) &&
             t.pattern->topic && is_person_category(t.category());
    });
  }
  bool arrests_counted = false;  // people counted as arrested so far
  bool seller_footnote = false;  // a "*..." footnote says someone was selling sex
  for (std::size_t i = 0; i < segments.size(); ++i) {
    // "Officers also arrested three females for loitering ... One of the
    // three, a 17-year-old female, was transported to the Juvenile Assessment
    // Center": a minor among people counted as arrested, whatever the
    // sentence's own words.
    if (arrests_counted && !out.cues.minor_arrested &&
        rare.may_hold(RarePhrases::kMinorOfGroup) &&
        RE2::PartialMatch(text.substr(segments[i].begin, segments[i].end - segments[i].begin),
                          *minor_of_group)) {
      // "The remaining seven were women charged with prostitution. Five of
      // them, including a 17-year-old girl, were identified ... as possible
      // trafficking victims": a minor among a share of them is among the
      // people arrested when the sentence before counted arrests, not
      // people found.
      const std::string sentence =
          lower(text.substr(segments[i].begin, segments[i].end - segments[i].begin));
      bool among_arrested = true;
      if (sentence.find(", including ") != std::string::npos ||
          sentence.find(", among them ") != std::string::npos) {
        among_arrested = false;
        for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment + 1 >= i; ++c) {
          if (c->segment + 1 != i || c->background) continue;
          if (c->category == Category::kVictimsIdentified) {
            among_arrested = false;
            break;
          }
          if (c->value && *c->value > 0 && !c->negated) among_arrested = true;
        }
      }
      if (among_arrested) {
        out.cues.minor_arrested = true;
        out.cues.minors = true;
      }
    }
    // A footnote ("*Female who advertised sex for money online ...") that
    // describes someone as selling sex.
    {
      const std::string_view first = text.substr(segments[i].begin, 2);
      const auto& here = all_triggers[i];
      const bool footnote = first.size() == 2 && first[0] == '*' &&
                            std::isalpha(static_cast<unsigned char>(first[1])) != 0;
      if (footnote && std::any_of(here.begin(), here.end(), [](const Trigger& t) {
            return t.kind() == TriggerKind::kAct && t.category() == Category::kSellersArrested;
          })) {
        seller_footnote = true;
      }
    }
    std::vector<Trigger> store = std::move(all_triggers[i]);
    const std::size_t claims_before = out.claims.size();
    bind_sentence(text, segments, i, out, previous_acts, antecedent_total, antecedent_group,
                  list_header, charge_below[i], store, rare);
    bound[i] = !store.empty();
    // Acts of this sentence are the antecedent acts of the next one, unless
    // all it counted was background ("four arrests for trafficking since
    // 2020. We posted bond for 11 of the people arrested last weekend").
    bool background_only = false;
    for (std::size_t c = claims_before; c < out.claims.size(); ++c) {
      if (!out.claims[c].background) {
        background_only = false;
        break;
      }
      background_only = true;
    }
    for (std::size_t c = claims_before; c < out.claims.size(); ++c) {
      const BoundClaim& claim = out.claims[c];
      if (!claim.background && claim.value && *claim.value > 0 &&
          is_person_category(claim.category)) {
        arrests_counted = true;
      }
    }
    previous_store = std::move(store);
    previous_acts.clear();
    if (background_only) continue;
    // "Section 53A ... makes it an offence to pay for sex": a statement of
    // the law names no one's charge.
    if (rare.may_hold(RarePhrases::kLawStatement) &&
        RE2::PartialMatch(text.substr(segments[i].begin, segments[i].end - segments[i].begin),
                          *law_statement)) {
      continue;
    }
    // "Two of the individuals arrested were also identified as victims"
    // after a list of named arrestees: "of the individuals" is the whole
    // list, not the person on its last row, so a row's charge is no
    // antecedent act.
    const bool named_row =
        segments[i].line &&
        std::any_of(previous_store.begin(), previous_store.end(),
                    [](const Trigger& t) { return t.kind() == TriggerKind::kNamedPerson; });
    if (named_row) continue;
    for (const auto& t : previous_store) {
      if (is_category_act(t) && is_person_category(t.category())) {
        // "No one was charged with human trafficking. One of the men
        // arrested is a coach": a charge no one faced is no one's charge.
        const bool negated = std::any_of(
            out.claims.begin() + static_cast<std::ptrdiff_t>(claims_before), out.claims.end(),
            [&](const BoundClaim& c) {
              return c.negated && c.evidence_begin <= t.begin && t.end <= c.evidence_end;
            });
        if (!negated) previous_acts.push_back(&t);
      }
    }
  }
  // "• 1 - Possession of Methamphetamine*" over "*Female who advertised sex
  // for money online and showed up to meet our undercover detective ...
  // booked on the drug charge": a row of another charge marked for a
  // footnote that describes the person as selling sex counts a person selling
  // sex arrested, whatever the charge.
  if (seller_footnote) {
    for (BoundClaim& c : out.claims) {
      if (c.category != Category::kOtherArrested || !c.value || c.negated || c.background) continue;
      const Segment& row = segments[c.segment];
      const std::string_view line = trim_view(text.substr(row.begin, row.end - row.begin));
      if (!row.line || !line.ends_with('*') || line.starts_with('*')) continue;
      c.category = Category::kSellersArrested;
      c.rule = "binder/footnote-seller";
    }
  }
  // "A 29-year-old man was arrested later that day ... He was charged with
  // trafficking in persons": one person counted alone in a sentence, then a
  // charge said of "he" or "she" in the next, is that person's charge; a
  // further person, as a named arrestee is.
  if (std::is_sorted(out.claims.begin(), out.claims.end(),
                     [](const BoundClaim& a, const BoundClaim& b) { return a.segment < b.segment; })) {
    std::vector<bool> drop(out.claims.size(), false);
    for (std::size_t k = 0; k < out.claims.size(); ++k) {
      BoundClaim& one = out.claims[k];
      if (one.category != Category::kTotalArrested || one.value != 1 || one.background ||
          one.headline || one.negated || one.segment + 1 >= segments.size()) {
        continue;
      }
      // Someone new ("A 29-year-old man"), not one of a group ("one of the men").
      const std::string who = lower(text.substr(one.evidence_begin, 3));
      if (!who.starts_with("a ") && !who.starts_with("an ")) continue;
      const std::size_t next = one.segment + 1;
      // Claims come in segment order: each sentence's are one run.
      auto by_segment = [](const BoundClaim& c, std::size_t segment) { return c.segment < segment; };
      const auto own = std::lower_bound(out.claims.begin(), out.claims.end(), one.segment, by_segment);
      const auto own_end = std::lower_bound(own, out.claims.end(), next, by_segment);
      if (own_end - own != 1) continue;
      const std::string opening = lower(trim_view(text.substr(
          segments[next].begin, std::min<std::size_t>(4, segments[next].end - segments[next].begin))));
      if (!opening.starts_with("he ") && !opening.starts_with("she ")) continue;
      std::optional<std::size_t> charge;
      bool other = false;
      const auto next_end = std::lower_bound(own_end, out.claims.end(), next + 1, by_segment);
      const auto first_next = static_cast<std::size_t>(own_end - out.claims.begin());
      const auto last_next = static_cast<std::size_t>(next_end - out.claims.begin());
      for (std::size_t u = first_next; u < last_next; ++u) {
        const BoundClaim& c = out.claims[u];
        const bool one_or_none = !c.value || *c.value == 1;
        if (is_person_category(c.category) && one_or_none && !c.negated && !c.background &&
            !charge) {
          charge = u;
        } else if (c.category != Category::kTotalArrested || !one_or_none || c.negated) {
          other = true;
        }
      }
      if (!charge || other) continue;
      one.category = out.claims[*charge].category;
      one.rule = out.claims[*charge].rule;
      one.additive = true;
      for (std::size_t u = first_next; u < last_next; ++u) drop[u] = true;
    }
    std::size_t kept = 0;
    for (std::size_t k = 0; k < out.claims.size(); ++k) {
      if (drop[k]) continue;
      if (kept != k) out.claims[kept] = std::move(out.claims[k]);
      ++kept;
    }
    out.claims.resize(kept);
  }
  // "Twenty-nine ... were accused of trying to buy sex. Another 12 face
  // prostitution-related charges. Six others were charged with promoting
  // prostitution": beside a figure of buyers and one of traffickers, the
  // group charged with prostitution-related offences is the people selling.
  {
    // Which sentences count buyers and which traffickers, once: one pass,
    // then each such claim looks at its own and the adjacent sentences.
    std::vector<bool> buyers_in(segments.size() + 1, false), traffickers_in(segments.size() + 1, false);
    for (const auto& o : out.claims) {
      if (o.background || o.negated || o.segment >= segments.size()) continue;
      if (o.category == Category::kBuyersArrested && o.value) buyers_in[o.segment] = true;
      if (o.category == Category::kTraffickersArrested) traffickers_in[o.segment] = true;
    }
    const auto near = [](const std::vector<bool>& in, std::size_t segment) {
      return in[segment] || (segment > 0 && in[segment - 1]) || in[segment + 1];
    };
    for (auto& c : out.claims) {
      if (c.rule != "context/prostitution-related" || c.category != Category::kOtherArrested ||
          c.background || c.negated || !c.value || c.segment >= segments.size()) {
        continue;
      }
      if (near(buyers_in, c.segment) && near(traffickers_in, c.segment)) {
        c.category = Category::kSellersArrested;
      }
    }
  }
  table_totals(text, segments, out);
  if (!out.claims.empty()) {
    roundup(text, segments, sex_segment, out);
    local_share(text, segments, rare, out);
  }
  if (!out.claims.empty()) {
    scan_cues(text, segments, bound, cue_patterns, out.cues);
    commentary(text, segments, rare, out);
  }
  return out;
}

// A police blotter or news roundup: items, each a paragraph opening with a
// label in capitals and a dash ("PROSTITUTION STING - ...", "DUI CHECKPOINT -
// ..."), about unrelated incidents. When some items name commercial sex or
// trafficking and others do not, the others are other stories: their figures
// ("Two other drivers were cited") are background. An item runs to the next
// label; text before the first label (headline, byline) is no item.
void Binder::Impl::roundup(std::string_view text, const std::vector<Segment>& segments,
                           const std::vector<bool>& sex_segment, Findings& out) const {
  std::vector<int> item(segments.size(), -1);
  std::vector<bool> item_sex;
  int last_paragraph = -1;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Segment& seg = segments[i];
    if (seg.paragraph != last_paragraph) {
      last_paragraph = seg.paragraph;
      if (!seg.line && roundup_label(text.substr(seg.begin, std::min<std::size_t>(
                                                                64, seg.end - seg.begin)))) {
        item_sex.push_back(false);
      }
    }
    if (item_sex.empty()) continue;
    item[i] = static_cast<int>(item_sex.size()) - 1;
    if (sex_segment[i]) item_sex.back() = true;
  }
  const auto sex_items = std::count(item_sex.begin(), item_sex.end(), true);
  if (item_sex.size() < 2 || sex_items == 0 ||
      sex_items == static_cast<std::ptrdiff_t>(item_sex.size())) {
    return;
  }
  for (BoundClaim& c : out.claims) {
    const int k = item[c.segment];
    if (k >= 0 && !item_sex[static_cast<std::size_t>(k)]) c.background = true;
  }
}

// A county's or city's share of a statewide operation: "Nine people were
// arrested in Marlow County ... as part of a statewide operation ...
// Statewide, the operation led to 238 arrests". When the lead counts people
// in a sentence that names a statewide (nationwide, multi-county) operation,
// and a sentence about the whole of it ("Statewide, ...", "across the state",
// "in 30 counties") holds a larger figure, the article's operation is the
// local share: the wider figures are background.
void Binder::Impl::local_share(std::string_view text, const std::vector<Segment>& segments,
                               const RarePhrases& rare, Findings& out) const {
  if (!rare.may_hold(RarePhrases::kWideOperation) || !rare.may_hold(RarePhrases::kWideScope)) {
    return;
  }
  const auto sentence = [&](std::size_t i) {
    return text.substr(segments[i].begin, segments[i].end - segments[i].begin);
  };
  std::vector<char> wide(segments.size(), -1);  // -1 unknown, 0 no, 1 yes
  const auto is_wide = [&](std::size_t i) {
    if (wide[i] < 0) wide[i] = RE2::PartialMatch(sentence(i), *wide_scope) ? 1 : 0;
    return wide[i] == 1;
  };
  std::optional<std::int64_t> local;
  for (const BoundClaim& c : out.claims) {
    if (c.segment > out.cues.lead_end) break;
    // A total of the place ("Fourteen people were arrested in Marlow
    // County"), or a figure a local agency gave ("Merritt police arrested
    // nine men"); not a part of the whole ("As part of a statewide
    // operation, 45 men were arrested for soliciting ... In all, officers in
    // 12 counties arrested 130 people").
    if (c.category != Category::kTotalArrested) {
      const std::string lead = lower(sentence(c.segment));
      const bool local_agency =
          lead.find("police") != std::string::npos || lead.find("sheriff") != std::string::npos ||
          lead.find("deputies") != std::string::npos || lead.find("county") != std::string::npos ||
          lead.find("city") != std::string::npos;
      if (!local_agency) continue;
    }
    if (c.background || c.negated || !c.value || *c.value <= 0 ||
        c.category == Category::kVictimsIdentified || is_wide(c.segment) ||
        !RE2::PartialMatch(sentence(c.segment), *wide_operation)) {
      continue;
    }
    local = *c.value;
    break;
  }
  if (!local) return;
  const bool larger = std::any_of(out.claims.begin(), out.claims.end(), [&](const BoundClaim& c) {
    return !c.background && c.value && *c.value > *local && is_wide(c.segment);
  });
  if (!larger) return;
  for (BoundClaim& c : out.claims) {
    if (is_wide(c.segment)) c.background = true;
  }
}

// A results table with a totals row: a heading row whose columns name what
// they count ("County | Patronizing | Prostitution | Promoting | Total",
// "Agency  Officers  Buyers  Sellers  Traffickers  Victims"), rows by place or
// agency, and a row "TOTAL | 30 | 6 | 2 | 38". The totals row gives each
// column's figure for the operation; the rows above it are parts of those
// figures and count nothing of their own. Columns that count no one of the
// operation (Officers, Agency) are skipped; a heading needs two columns of
// categories, so that a list by charge ("Charge  Persons") is read as before.
void Binder::Impl::table_totals(std::string_view text, const std::vector<Segment>& segments,
                                Findings& out) const {
  if (segments.empty()) return;
  if (text.find("otal") == std::string_view::npos && text.find("OTAL") == std::string_view::npos) {
    return;  // no "Total", "TOTAL" or "total" anywhere: a memchr-speed look
  }
  // Most documents have no line opening with "total": find that first,
  // without allocating, and only then list the lines.
  bool any_total = false;
  for (std::size_t at = 0; at < text.size() && !any_total;) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::size_t first = at;
    while (first < end && (text[first] == ' ' || text[first] == '\t' || text[first] == '|')) {
      ++first;
    }
    if (end - first >= 5) {
      bool same = true;  // c | 0x20 lowers an ASCII letter and no other byte into one
      for (std::size_t k = 0; k < 5 && same; ++k) same = (text[first + k] | 0x20) == "total"[k];
      any_total = same;
    }
    at = end + 1;
  }
  if (!any_total) return;
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(at, end);
    at = end + 1;
  }
  const auto separator = [&](std::size_t l) {
    const std::string_view row = text.substr(lines[l].first, lines[l].second - lines[l].first);
    return row.find_first_not_of("-=+|_ \t") == std::string_view::npos && !row.empty();
  };
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const std::vector<Cell> totals = table_cells(text, lines[l].first, lines[l].second);
    if (totals.size() < 3) continue;
    const std::string first_cell = lower(text.substr(totals[0].begin, totals[0].end - totals[0].begin));
    if (first_cell != "total" && first_cell != "totals" && first_cell != "total:") continue;
    const bool numbers = std::all_of(totals.begin() + 1, totals.end(), [&](const Cell& c) {
      return all_digits(text.substr(c.begin, c.end - c.begin));
    });
    if (!numbers) continue;
    // The heading: the nearest line above with as many cells, none a number.
    std::optional<std::size_t> heading;
    for (std::size_t up = l; up-- > 0 && l - up <= 16;) {
      if (lines[up].first == lines[up].second) break;  // a blank line ends the table
      if (separator(up)) continue;
      const std::vector<Cell> cells = table_cells(text, lines[up].first, lines[up].second);
      if (cells.size() != totals.size()) break;
      const bool words = std::none_of(cells.begin() + 1, cells.end(), [&](const Cell& c) {
        return all_digits(text.substr(c.begin, c.end - c.begin));
      });
      if (words) {
        heading = up;
        break;
      }
    }
    if (!heading) continue;
    const std::vector<Cell> heads = table_cells(text, lines[*heading].first, lines[*heading].second);
    std::vector<std::optional<Category>> kinds;
    int categories = 0;
    for (std::size_t k = 1; k < heads.size(); ++k) {
      kinds.push_back(column_category(text.substr(heads[k].begin, heads[k].end - heads[k].begin)));
      if (kinds.back() && *kinds.back() != Category::kTotalArrested) ++categories;
    }
    if (categories < 2) continue;
    // The segment that holds the totals row.
    const auto after = std::upper_bound(
        segments.begin() + 1, segments.end(), lines[l].first,
        [](std::size_t at, const Segment& seg) { return at < seg.begin; });
    const auto index = static_cast<std::size_t>(after - segments.begin()) - 1;
    for (std::size_t k = 1; k < totals.size(); ++k) {
      if (!kinds[k - 1]) continue;
      std::string digits;
      for (char ch : text.substr(totals[k].begin, totals[k].end - totals[k].begin)) {
        if (ch != ',') digits.push_back(ch);
      }
      std::int64_t value = 0;
      const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
      if (error != std::errc() || end != digits.data() + digits.size()) continue;
      BoundClaim c;
      c.category = *kinds[k - 1];
      c.value = value;
      c.evidence_begin = totals[k].begin;
      c.evidence_end = totals[k].end;
      c.segment = index;
      c.rule = "binder/table-total";
      c.headline = segments[index].headline;
      out.claims.push_back(c);
    }
  }
  std::stable_sort(out.claims.begin(), out.claims.end(),
                   [](const BoundClaim& a, const BoundClaim& b) { return a.segment < b.segment; });
}

// An opinion column, a letter, a profile or a feature, as the page files it
// at the top: whether its headline names an operation ("The Route 40 sting
// arrested five women", "Another sting, another row of mug shots") or a
// figure of one, and whether the piece speaks of several operations ("Take
// three operations from the past year").
void Binder::Impl::commentary(std::string_view text, const std::vector<Segment>& segments,
                              const RarePhrases& rare, Findings& out) const {
  constexpr std::size_t kTop = 1024;  // where page labels, headlines and bylines are
  std::optional<std::size_t> label;
  std::size_t title_begin = 0, title_end = 0;
  for (std::size_t i = 0; i < segments.size() && segments[i].begin < kTop; ++i) {
    if (!segments[i].line || segments[i].end - segments[i].begin > 160) continue;
    const std::string_view line =
        text.substr(segments[i].begin, segments[i].end - segments[i].begin);
    std::size_t title_from = 0;
    if (!commentary_label(line, title_from)) continue;
    label = i;
    if (title_from != 0) {
      title_begin = segments[i].begin + title_from;
      title_end = segments[i].end;
    }
    break;
  }
  if (!label) return;
  out.cues.commentary = true;
  if (title_end == 0) {
    // The headline line, unless it is the label ("OPINION" above a headline
    // set as a sentence); else the first paragraph that is not the label's.
    std::optional<std::size_t> first;
    for (std::size_t i = 0; i < segments.size() && segments[i].begin < kTop; ++i) {
      if (segments[i].headline && i != *label) {
        first = i;
        break;
      }
    }
    if (!first) {
      for (std::size_t i = 0; i < segments.size() && segments[i].begin < kTop; ++i) {
        if (segments[i].paragraph != segments[*label].paragraph) {
          first = i;
          break;
        }
      }
    }
    if (!first) return;
    title_begin = segments[*first].begin;
    title_end = segments[*first].end;
    if (!segments[*first].headline) {
      for (std::size_t i = *first + 1;
           i < segments.size() && segments[i].paragraph == segments[*first].paragraph; ++i) {
        title_end = segments[i].end;
      }
    }
  }
  const std::string_view title = text.substr(title_begin, title_end - title_begin);
  // A plural ("Stings make headlines. They don't make anyone safer.") names
  // the practice, not one operation the piece is pegged to.
  for (const Pattern& p : patterns.patterns()) {
    if (p.kind != TriggerKind::kStingContext || out.cues.commentary_peg) continue;
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < title.size() && p.re->Match(title, pos, title.size(), RE2::UNANCHORED, &m, 1)) {
      const std::string word = lower(std::string_view(m.data(), m.size()));
      static const char* const kPractice[] = {"stings", "raids", "operations", "sweeps",
                                              "busts",  "crackdowns", "decoy operations"};
      if (std::find(std::begin(kPractice), std::end(kPractice), word) == std::end(kPractice)) {
        out.cues.commentary_peg = true;
        break;
      }
      pos = static_cast<std::size_t>(m.data() - title.data()) + std::max<std::size_t>(m.size(), 1);
    }
  }
  for (const BoundClaim& c : out.claims) {
    if (c.evidence_begin >= title_begin && c.evidence_begin < title_end && c.value &&
        !c.negated && !c.background) {
      out.cues.commentary_peg = true;
    }
  }
  // Not a running count: "the fourth such sting since 2021", "12 stings so
  // far this year" is a statistic, not operations set side by side.
  if (!rare.may_hold(RarePhrases::kSeveralOperations)) return;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  while (RE2::FindAndConsume(&input, *several_operations, &m)) {
    const auto end = static_cast<std::size_t>(m.data() - text.data()) + m.size();
    std::size_t stop = text.find_first_of(".;\n", end);
    if (stop == std::string_view::npos) stop = text.size();
    const std::string rest = lower(text.substr(end, stop - end));
    if (rest.find("since ") != std::string::npos || rest.find("so far") != std::string::npos) {
      continue;
    }
    out.cues.several_operations = true;
    break;
  }
}

// The article's date: the latest date with a year ("March 17, 2026",
// "February 2026") in the first kilobyte, where datelines, bylines and
// "Updated ..." lines are.
// 1-12 for a month's first three letters ("Mar"), 0 for anything else.
int month_number(std::string_view abbreviation) {
  static constexpr std::string_view kMonths = "JanFebMarAprMayJunJulAugSepOctNovDec";
  if (abbreviation.size() != 3) return 0;
  const std::size_t at = kMonths.find(abbreviation);
  return at == std::string_view::npos || at % 3 != 0 ? 0 : static_cast<int>(at / 3) + 1;
}

void Binder::Impl::article_date(std::string_view text, ArticleCues& cues) const {
  const std::string_view top = text.substr(0, std::min<std::size_t>(text.size(), 1024));
  re2::StringPiece input(top.data(), top.size());
  re2::StringPiece month, year;
  while (RE2::FindAndConsume(&input, *full_date, &month, &year)) {
    const int y = std::stoi(std::string(year.data(), year.size()));
    const int m = month_number({month.data(), month.size()});
    if (y > cues.article_year || (y == cues.article_year && m > cues.article_month)) {
      cues.article_year = y;
      cues.article_month = m;
    }
  }
}

// The sentence before `index` brought in exactly one person ("detectives
// encountered a 17-year-old girl") and counted no arrest: that person's group
// ("" when the noun names none), or nothing. Run only for a sentence that
// opens with "he", "she" or "the juvenile" and charges someone unnumbered.
// The one count of the sentence before, when that sentence bound no figure
// ("Police said about a dozen of the women told investigators they were
// turning over their earnings", "There were nine of them."): the group a
// "those women" or an "each" after it points back to. With a noun, the
// count's head must name it within a few words.
std::optional<Quantity> Binder::Impl::unbound_count_before(std::string_view text,
                                                           const std::vector<Segment>& segments,
                                                           std::size_t index, const Findings& out,
                                                           std::string_view noun) const {
  if (index == 0) return std::nullopt;
  const Segment& prev = segments[index - 1];
  if (prev.headline || prev.line || prev.end - prev.begin > 400) return std::nullopt;
  for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment + 1 >= index; ++c) {
    if (c->segment == index - 1 && !c->background && c->value) return std::nullopt;
  }
  std::optional<Quantity> found;
  for (const auto& q : quantities.find(text, prev.begin, prev.end)) {
    if (!q.is_count() || !q.value) continue;
    if (found) return std::nullopt;
    found = q;
  }
  if (!found || *found->value < 2) return std::nullopt;
  if (!noun.empty()) {
    const std::string head =
        " " + lower(text.substr(found->end, std::min<std::size_t>(32, prev.end - found->end))) + " ";
    const std::string word = " " + std::string(noun);
    const std::size_t at = head.find(word);
    if (at == std::string::npos) return std::nullopt;
    const char next = head[at + word.size()];
    if (std::isalpha(static_cast<unsigned char>(next))) return std::nullopt;
  }
  return found;
}

std::optional<std::string> Binder::Impl::one_person_before(std::string_view text,
                                                           const std::vector<Segment>& segments,
                                                           std::size_t index, const Findings& out,
                                                           const RarePhrases& rare) const {
  if (index == 0) return std::nullopt;
  const Segment& prev = segments[index - 1];
  if (prev.headline) return std::nullopt;
  for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment + 1 >= index; ++c) {
    if (c->segment == index - 1 && c->category != Category::kVictimsIdentified) return std::nullopt;
  }
  std::optional<std::string> group;
  int people = 0;
  for (const auto& q : quantities.find(text, prev.begin, prev.end)) {
    if (!q.is_count()) continue;
    const std::size_t from = q.begin >= prev.begin + 48 ? q.begin - 48 : prev.begin;
    if (rare.may_hold(RarePhrases::kPersona) &&
        RE2::PartialMatch(text.substr(from, q.begin - from), *persona)) {
      continue;  // "posing as a 15-year-old girl"
    }
    re2::StringPiece head;
    const std::string_view after = text.substr(q.end, prev.end - q.end);
    if (!q.from_article && !match_prefix(*person_head, after, &head)) continue;
    if (++people > 1 || !q.value || *q.value != 1) return std::nullopt;
    group = person_group(lower(q.from_article ? text.substr(q.begin, q.end - q.begin)
                                              : std::string_view(head.data(), head.size())));
  }
  return people == 1 ? group : std::nullopt;
}

// A year that names an earlier period than the article's: before last year,
// or last year when the article is from April on (a January story about a
// December sting is about this operation).
bool Binder::Impl::earlier_year(int year, const ArticleCues& cues, int month) const {
  if (cues.article_year == 0) return false;
  // With both months known ("in March 2024" in a March 2025 story): half a
  // year or more before the article is another period.
  if (month != 0 && cues.article_month != 0) {
    return (cues.article_year * 12 + cues.article_month) - (year * 12 + month) >= 6;
  }
  return year < cues.article_year - 1 || (year == cues.article_year - 1 && cues.article_month >= 4);
}

// Whether a background pattern matches in `sentence` ("last year", "since
// 2019", "statewide").
bool Binder::Impl::names_background(std::string_view sentence) const {
  return std::any_of(patterns.patterns().begin(), patterns.patterns().end(), [&](const Pattern& p) {
    return p.kind == TriggerKind::kBackground && RE2::PartialMatch(sentence, *p.re);
  });
}

// Cues in the sentences the binder skipped (no anchor): one Set scan of the
// whole document, then only the cue patterns it reports, and only for
// articles that hold claims at all.
void Binder::Impl::scan_cues(std::string_view text, const std::vector<Segment>& segments,
                             const std::vector<bool>& bound,
                             const std::vector<std::size_t>* cue_patterns,
                             ArticleCues& cues) const {
  std::vector<std::size_t> scanned;
  if (cue_patterns == nullptr) {
    std::vector<int> hits;
    if (!patterns.cue_prefilter().Match(text, &hits)) return;
    for (int hit : hits) scanned.push_back(patterns.cue_patterns()[static_cast<std::size_t>(hit)]);
    cue_patterns = &scanned;
  }
  std::vector<std::size_t> begins;
  begins.reserve(segments.size());
  for (const auto& s : segments) begins.push_back(s.begin);
  auto segment_of = [&](std::size_t pos) -> std::optional<std::size_t> {
    auto it = std::upper_bound(begins.begin(), begins.end(), pos);
    if (it == begins.begin()) return std::nullopt;
    const auto index = static_cast<std::size_t>(it - begins.begin()) - 1;
    if (pos >= segments[index].end) return std::nullopt;
    return index;
  };
  auto background_segment = [&](std::size_t index) {
    return names_background(
        text.substr(segments[index].begin, segments[index].end - segments[index].begin));
  };
  // A flag already set cannot change; services are the exception, as each
  // one is evidence.
  bool past_lead = false;
  auto settled = [&](TriggerKind kind) {
    switch (kind) {
      case TriggerKind::kStingContext: return cues.sting;
      // The top of the article is scanned first; past it only the flag is
      // still wanted.
      case TriggerKind::kSexContext: return cues.sex && (cues.sex_in_lead || past_lead);
      case TriggerKind::kOtherCrime: return cues.other_crime && (cues.other_crime_in_lead || past_lead);
      case TriggerKind::kNotSting: return cues.not_sting && cues.not_sting_in_lead;
      default: return false;
    }
  };
  // Only the stretches of consecutive segments that were not bound are
  // scanned, each up to its last segment's end: in a sting story most of the
  // text is bound, and a cue that reaches into a bound sentence is that
  // sentence's.
  struct Stretch {
    std::size_t begin, end;
  };
  std::vector<Stretch> stretches;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (bound[i]) continue;
    if (i > 0 && !bound[i - 1] && !stretches.empty()) {
      stretches.back().end = segments[i].end;
    } else {
      stretches.push_back({segments[i].begin, segments[i].end});
    }
  }
  const re2::StringPiece input(text.data(), text.size());
  for (std::size_t pattern_index : *cue_patterns) {
    const Pattern& p = patterns.patterns()[pattern_index];
    past_lead = false;
    for (std::size_t k = 0; k < stretches.size() && !settled(p.kind); ++k) {
      const Stretch stretch = stretches[k];
      re2::StringPiece match;
      std::size_t pos = stretch.begin;
      while (pos < stretch.end &&
             p.re->Match(input, pos, stretch.end, RE2::UNANCHORED, &match, 1)) {
        const auto b = static_cast<std::size_t>(match.data() - text.data());
        const std::size_t e = b + match.size();
        pos = e > b ? e : b + 1;
        const auto index = segment_of(b);
        if (!index || bound[*index]) continue;  // bound segments had their cues already
        past_lead = *index > cues.lead_end;
        switch (p.kind) {
          case TriggerKind::kStingContext: cues.sting = true; break;
          case TriggerKind::kSexContext:
            cues.sex = true;
            if (*index <= cues.lead_end) cues.sex_in_lead = true;
            break;
          case TriggerKind::kOtherCrime:
            cues.other_crime = true;
            if (*index <= cues.lead_end) cues.other_crime_in_lead = true;
            break;
          case TriggerKind::kNotSting:
            cues.not_sting = true;
            if (in_lead(segments, *index, cues)) cues.not_sting_in_lead = true;
            break;
          case TriggerKind::kServices:
            if (!background_segment(*index)) cues.services.push_back({*index, b, e});
            break;
          default: break;
        }
        if (settled(p.kind)) break;
      }
    }
  }
  std::sort(cues.services.begin(), cues.services.end(),
            [](const ArticleCues::Span& a, const ArticleCues::Span& b) { return a.begin < b.begin; });
}

void Binder::Impl::bind_sentence(std::string_view text, const std::vector<Segment>& segments,
                                 std::size_t index, Findings& out,
                                 std::vector<const Trigger*>& previous_acts,
                                 std::optional<std::int64_t>& antecedent_total,
                                 std::string& antecedent_group, const Pattern*& list_header,
                                 const Pattern* charge_below, std::vector<Trigger>& triggers,
                                 const RarePhrases& rare) const {
  const Segment& seg = segments[index];
  // Who "them" may be: the group the sentence before counted, if only one.
  const std::string previous_group = std::exchange(antecedent_group, std::string());
  {
    const std::string_view whole = trim_view(text.substr(seg.begin, seg.end - seg.begin));
    const bool named = std::any_of(triggers.begin(), triggers.end(), [](const Trigger& t) {
      return t.kind() == TriggerKind::kNamedPerson;
    });
    // A charge heading over a list of names, with or without a colon:
    // "SOLICITATION OF PROSTITUTION - F.S. 796.07" on a line of its own. It
    // holds only while the lines after it name people.
    // A bulleted line is an item of the list, never its heading: an entry
    // whose name the named-person pattern missed ("Howard \"Buddy\" Trask, 70,
    // of Salado - Solicitation") must not head the entries after it.
    const bool item = starts_with_bullet(whole);
    const bool heading = seg.line && !named && !item &&
                         std::none_of(triggers.begin(), triggers.end(), [](const Trigger& t) {
                           return t.kind() == TriggerKind::kArrest;
                         });
    const bool header = !whole.empty() && (whole.back() == ':' || heading);
    if (header) {
      list_header = nullptr;
      for (const auto& t : triggers) {
        if (t.kind() == TriggerKind::kAct && is_arrest_category(t.category())) {
          if (!list_header || t.pattern->priority > list_header->priority) list_header = t.pattern;
        }
      }
    } else if (!named) {
      list_header = nullptr;
    }
  }
  // "Three additional men, identified through phone records, were booked":
  // identified by a means of investigation is how suspects are found, not a
  // victim finding.
  // "17 men charged after deputies pose as escorts online": a category noun
  // naming the decoys' persona names no one counted.
  if (rare.may_hold(RarePhrases::kPersona)) {
    std::erase_if(triggers, [&](const Trigger& t) {
      if (t.kind() != TriggerKind::kNoun) return false;
      const std::size_t from = t.begin >= seg.begin + 48 ? t.begin - 48 : seg.begin;
      return RE2::PartialMatch(text.substr(from, t.begin - from), *persona);
    });
  }
  // "Six others were charged with promoting prostitution": "others" after a
  // number is that count's noun, not a share of an antecedent.
  std::erase_if(triggers, [&](const Trigger& t) {
    if (t.kind() != TriggerKind::kPartitive || t.end - t.begin < 7) return false;
    if (lower(text.substr(t.begin, 7)) != "others ") return false;
    return ends_with_number_word(text.substr(seg.begin, t.begin - seg.begin));
  });
  std::erase_if(triggers, [&](const Trigger& t) {
    if (t.kind() != TriggerKind::kVictim || t.end - t.begin < 8) return false;
    if (lower(text.substr(t.begin, 6)) != "identi") return false;
    const std::string next = lower(text.substr(t.end, std::min<std::size_t>(9, seg.end - t.end)));
    if (next.starts_with(" through ") || next.starts_with(" via ") ||
        next.starts_with(" using ")) {
      return true;
    }
    // "a 29-year-old woman who asked to be identified only by her middle
    // name", "asked not to be identified": how a source is named in print.
    const std::string after = lower(text.substr(t.end, std::min<std::size_t>(40, seg.end - t.end)));
    const std::size_t from = t.begin >= seg.begin + 11 ? t.begin - 11 : seg.begin;
    const std::string before = lower(text.substr(from, t.begin - from));
    return after.starts_with(" only by ") || after.starts_with(" only as ") ||
           before.ends_with("not to be ") ||
           (before.ends_with("to be ") &&
            (after.starts_with(" by her ") || after.starts_with(" by his ") ||
             after.starts_with(" by their ")) &&
            after.find(" name") != std::string::npos);
  });
  if (triggers.empty()) {
    antecedent_total.reset();
    return;
  }

  auto has_kind = [&](TriggerKind k) {
    return std::any_of(triggers.begin(), triggers.end(),
                       [&](const Trigger& t) { return t.kind() == k; });
  };
  auto first_of_kind = [&](TriggerKind k, std::size_t b, std::size_t e) -> const Trigger* {
    for (const auto& t : triggers) {
      if (t.kind() == k && t.begin >= b && t.end <= e) return &t;
    }
    return nullptr;
  };

  // Background cues apply to their clause ("the 15th sting since 2018; 10 men
  // were arrested" is about this sting); clauses are computed below.
  const bool background_anywhere = has_kind(TriggerKind::kBackground);
  const bool modal = has_kind(TriggerKind::kModal);
  const Trigger* attribution = first_of_kind(TriggerKind::kAttribution, seg.begin, seg.end);

  // Article cues.
  ArticleCues& cues = out.cues;
  for (const auto& t : triggers) {
    switch (t.kind()) {
      case TriggerKind::kStingContext: cues.sting = true; break;
      case TriggerKind::kSexContext:
        cues.sex = true;
        if (index <= cues.lead_end) cues.sex_in_lead = true;
        break;
      case TriggerKind::kOtherCrime:
        cues.other_crime = true;
        if (index <= cues.lead_end) cues.other_crime_in_lead = true;
        break;
      case TriggerKind::kNotSting:
        cues.not_sting = true;
        if (in_lead(segments, index, cues)) cues.not_sting_in_lead = true;
        break;
      case TriggerKind::kAct:
      case TriggerKind::kNoun:
        if ((t.category() != Category::kOtherArrested || t.pattern->sex_context) &&
            !background_anywhere) {
          cues.sex = true;
          if (index <= cues.lead_end) cues.sex_in_lead = true;
        }
        break;
      case TriggerKind::kServices:
        if (!background_anywhere) cues.services.push_back({index, t.begin, t.end});
        break;
      default: break;
    }
  }

  // Clauses.
  std::vector<std::size_t> breaks{seg.begin};
  {
    std::string_view rest = text.substr(seg.begin, seg.end - seg.begin);
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < rest.size() &&
           clause_break->Match(rest, pos, rest.size(), RE2::UNANCHORED, &m, 1)) {
      const auto s = static_cast<std::size_t>(m.data() - rest.data());
      pos = s + std::max<std::size_t>(m.size(), 1);
      // "Another 24 people, all but one of them women, were arrested": "all
      // but" is an exception, not a clause of its own.
      if (trim_view({m.data(), m.size()}) == "but" &&
          word_before(text, seg.begin, seg.begin + s) == "all") {
        continue;
      }
      breaks.push_back(seg.begin + s + m.size());
    }
    breaks.push_back(seg.end);
  }
  auto clause_of = [&](std::size_t pos) {
    std::size_t b = seg.begin, e = seg.end;
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
      if (pos >= breaks[i] && pos < breaks[i + 1]) {
        b = breaks[i];
        e = breaks[i + 1];
      }
    }
    return std::pair{b, e};
  };
  // Years of an earlier period than the article's date ("arrested during a
  // 2024 undercover operation" in a 2026 story) make their clause background.
  std::vector<std::size_t> earlier_years;
  if (out.cues.article_year != 0) {
    const std::string_view sentence = text.substr(seg.begin, seg.end - seg.begin);
    re2::StringPiece input(sentence.data(), sentence.size());
    re2::StringPiece as_time, as_modifier;
    while (RE2::FindAndConsume(&input, *year_mention, &as_time, &as_modifier)) {
      const re2::StringPiece year = as_time.empty() ? as_modifier : as_time;
      const auto at = static_cast<std::size_t>(year.data() - sentence.data());
      const std::size_t from = at >= 48 ? at - 48 : 0;
      if (RE2::PartialMatch(sentence.substr(from, at - from), *made_in)) continue;
      re2::StringPiece month_name;
      RE2::PartialMatch(sentence.substr(from, at - from), *month_before, &month_name);
      if (earlier_year(std::stoi(std::string(year.data(), year.size())), out.cues,
                       month_number({month_name.data(), month_name.size()}))) {
        earlier_years.push_back(seg.begin + static_cast<std::size_t>(year.data() - sentence.data()));
      }
    }
    // A month with no day or year ("A sweep in June led to 27 arrests" in a
    // November story): three months or more before the article's month is
    // an earlier operation; the story's own is days or weeks old.
    input = re2::StringPiece(sentence.data(), sentence.size());
    re2::StringPiece month, dated;
    while (out.cues.article_month != 0 && rare.may_hold(RarePhrases::kBareMonth) &&
           RE2::FindAndConsume(&input, *bare_month, &month, &dated)) {
      if (!dated.empty()) continue;
      const int m = month_number({month.data(), 3});
      const int back = (out.cues.article_month - m + 12) % 12;
      if (m != 0 && back >= 3) {
        earlier_years.push_back(seg.begin +
                                static_cast<std::size_t>(month.data() - sentence.data()));
      }
    }
  }
  // "that operation", "the same sting": the one the sentence before spoke
  // of; background when that sentence was about another operation ("a year
  // after a sting during last year's tournament").
  std::vector<std::size_t> back_references;
  if (index > 0) {
    const std::string_view sentence = text.substr(seg.begin, seg.end - seg.begin);
    re2::StringPiece input(sentence.data(), sentence.size());
    re2::StringPiece m;
    while (rare.may_hold(RarePhrases::kThatOperation) &&
           RE2::FindAndConsume(&input, *that_operation, &m)) {
      back_references.push_back(seg.begin + static_cast<std::size_t>(m.data() - sentence.data()));
    }
    if (!back_references.empty()) {
      const Segment& prev = segments[index - 1];
      if (!names_background(text.substr(prev.begin, prev.end - prev.begin))) {
        back_references.clear();
      }
    }
    // "In 2022, a similar operation ended with 41 arrests, 26 of them women
    // charged with prostitution. Three of those women were later identified
    // as trafficking victims": a part of the people the sentence before
    // counted, when all its counts were of another operation.
    if (rare.may_hold(RarePhrases::kOfThose) && partial_capture(sentence, *of_those, &m)) {
      bool previous = false, all_background = true;
      for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment + 1 >= index; ++c) {
        if (c->segment != index - 1) continue;
        previous = true;
        all_background = all_background && c->background;
      }
      if (previous && all_background) {
        back_references.push_back(seg.begin + static_cast<std::size_t>(m.data() - sentence.data()));
      }
    }
  }
  auto background_at = [&](std::size_t pos) {
    if (!background_anywhere && earlier_years.empty() && back_references.empty()) return false;
    const auto be_range = clause_of(pos);
    const std::size_t b = be_range.first, e = be_range.second;
    // "announced results of its own operation: 22 arrests, including ...":
    // figures after a colon are the results of the operation before it.
    {
      std::size_t k = b;
      while (k > seg.begin && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
      if (k > seg.begin + 1 && text[k - 1] == ':') {
        const auto before = clause_of(k - 2);
        if (before.second <= b && first_of_kind(TriggerKind::kBackground, before.first, before.second)) {
          return true;
        }
      }
    }
    if (std::any_of(back_references.begin(), back_references.end(),
                    [&](std::size_t r) { return r >= b && r < e; })) {
      return true;
    }
    if (std::any_of(earlier_years.begin(), earlier_years.end(),
                    [&](std::size_t y) { return y >= b && y < e; })) {
      return true;
    }
    return first_of_kind(TriggerKind::kBackground, b, e) != nullptr;
  };

  const bool has_arrest = has_kind(TriggerKind::kArrest);
  const bool has_victim_pred = has_kind(TriggerKind::kVictim);
  // "One of the women cited was 17": a minor among the people arrested.
  if (has_arrest) {
    const std::string_view sentence = text.substr(seg.begin, seg.end - seg.begin);
    re2::StringPiece m;
    if (rare.may_hold(RarePhrases::kMinorAmong) && partial_capture(sentence, *minor_among, &m) &&
        !background_at(seg.begin + static_cast<std::size_t>(m.data() - sentence.data()))) {
      out.cues.minor_arrested = true;
      out.cues.minors = true;
    }
  }
  const bool has_noun = has_kind(TriggerKind::kNoun);
  const bool has_named = has_kind(TriggerKind::kNamedPerson);
  // A short line with a charge may be a row of a charge list
  // ("Prostitution (F.S. 796.07): 3 subjects").
  const bool charge_row = (seg.line || seg.end - seg.begin < 80) && has_kind(TriggerKind::kAct);
  if (!has_arrest && !has_victim_pred && !has_noun && !has_named && !charge_row) {
    antecedent_total.reset();
    return;
  }

  // Counts.
  std::vector<Slot> slots;
  const Quantity* previous_quantity = nullptr;
  std::size_t previous_age_end = 0;  // end of the last count read as an age
  const auto found_quantities = quantities.find(text, seg.begin, seg.end);
  // Same bound as for triggers: a line of hundreds of figures is a table or
  // noise, not a sentence the binder can read.
  if (found_quantities.size() > 200) {
    antecedent_total.reset();
    return;
  }
  // A breakdown between dashes: "Thirteen people - nine men, three women and
  // a girl - were arrested". The dashes do not end the clause; the counts
  // between them are parts of the count before.
  std::vector<std::pair<std::size_t, std::size_t>> dash_breakdowns;
  for (std::size_t k = 1; k + 2 < breaks.size(); ++k) {
    const std::size_t open = breaks[k], close_next = breaks[k + 1];
    if (open < 2 || text.substr(open - 2, 2) != "- " || close_next < open + 2 ||
        text.substr(close_next - 2, 2) != "- ") {
      continue;
    }
    std::size_t close = close_next - 2;  // at the closing dash
    while (close > open && text[close - 1] == '-') --close;
    while (close > open && text[close - 1] == ' ') --close;
    if (close <= open || close - open > 80) continue;
    const bool starts_with_count = std::any_of(
        found_quantities.begin(), found_quantities.end(), [&](const Quantity& q) {
          return q.is_count() && q.begin >= open && q.begin <= open + 1;
        });
    const bool has_predicate = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
      return (t.kind() == TriggerKind::kArrest || t.kind() == TriggerKind::kVictim ||
              is_category_act(t)) &&
             t.begin >= open && t.begin < close;
    });
    // The count before it ends right at the opening dash.
    const bool after_count = std::any_of(
        found_quantities.begin(), found_quantities.end(), [&](const Quantity& q) {
          return q.is_count() && q.end < open && open - q.end <= 24 && q.end >= breaks[k - 1];
        });
    if (!starts_with_count || has_predicate || !after_count) continue;
    dash_breakdowns.emplace_back(open, close);
    breaks.erase(breaks.begin() + static_cast<std::ptrdiff_t>(k),
                 breaks.begin() + static_cast<std::ptrdiff_t>(k + 2));
    --k;
  }
  for (const auto& q : found_quantities) {
    const Quantity* before_q = previous_quantity;
    previous_quantity = &q;
    if (!q.is_count()) continue;
    // "Jan. 28 and 29", "March 3-5": the second day of a date.
    if (before_q && before_q->kind == QuantityKind::kNotCount &&
        before_q->reason == NotCountReason::kDate && q.begin >= before_q->end &&
        q.begin - before_q->end <= 5) {
      const std::string_view gap = trim_view(text.substr(before_q->end, q.begin - before_q->end));
      if (gap == "and" || gap == "-" || gap == "to" || gap == "or" || gap == "through") continue;
    }
    Slot s;
    s.q = q;
    const std::string before = word_before(text, seg.begin, q.begin);
    static const char* const kNotCountBefore[] = {
        "youngest", "oldest", "aged", "age", "ages", "under", "no.", "number", "page", "section",
        "route", "highway", "interstate", "u.s.", "us", "hwy", "hwy.", "rt.", "sr", "i", "room", "suite", "exit", "channel", "district",
        "precinct", "ward", "unit", "operation", "level", "class", "grade", "chapter"};
    if (std::find(std::begin(kNotCountBefore), std::end(kNotCountBefore), before) !=
        std::end(kNotCountBefore)) {
      continue;
    }
    // "Another 24 people, all but one of them women, were arrested": the
    // figure after "all but" is the exception within a group counted
    // already, not people of its own.
    if (before == "but" && q.begin >= seg.begin + 8 &&
        word_before(text, seg.begin, word_before_begin(text, seg.begin, q.begin)) == "all") {
      continue;
    }
    // "raised the number ... identified as possible victims from two to
    // three": the figure replaced by the one after "to" counts no one now.
    // "up from the 24 arrests the department announced Friday": the figure
    // the new one replaced.
    if (before == "from" && q.begin >= seg.begin + 8) {
      const std::string prior = word_before(text, seg.begin, word_before_begin(text, seg.begin, q.begin));
      if (prior == "up" || prior == "down") continue;
    }
    if (before == "from" && rare.may_hold(RarePhrases::kSupersededFrom)) {
      const std::string_view next = text.substr(q.end, std::min<std::size_t>(4, seg.end - q.end));
      const std::size_t from = q.begin >= seg.begin + 140 ? q.begin - 140 : seg.begin;
      if (next == " to " && RE2::PartialMatch(text.substr(from, q.begin - from), *superseded_from)) {
        continue;
      }
    }
    // "the youngest was 14", "the oldest of them is 71": an age.
    {
      const std::size_t from = q.begin >= seg.begin + 48 ? q.begin - 48 : seg.begin;
      if (rare.may_hold(RarePhrases::kAgeSuperlative) &&
          RE2::PartialMatch(text.substr(from, q.begin - from), *age_superlative)) {
        continue;
      }
    }
    const std::string_view after = text.substr(q.end, seg.end - q.end);
    // Ages after a name or a noun: "Raymond Kessel, 58, of Dorrance", "Girls,
    // 16 and 17, charged with prostitution".
    if (q.value && *q.value < 110 && !q.from_article) {
      const bool after_comma = q.begin >= seg.begin + 2 && text.substr(q.begin - 2, 2) == ", ";
      const bool then_comma = !after.empty() && after[0] == ',';
      const bool then_and_number = after.size() > 6 && after.substr(0, 5) == " and " &&
                                   std::isdigit(static_cast<unsigned char>(after[5]));
      const bool continues_age = previous_age_end && q.begin >= previous_age_end &&
                                 trim_view(text.substr(previous_age_end, q.begin - previous_age_end)) == "and";
      if ((after_comma && (then_comma || then_and_number)) || continues_age) {
        previous_age_end = q.end;
        continue;
      }
    }
    re2::StringPiece head;  // up to two words, then the person noun
    if (match_prefix(*person_head, after, &head) || q.from_article) {
      s.person = true;
      s.head_end = q.from_article && head.empty()
                       ? q.end
                       : static_cast<std::size_t>(head.data() - text.data()) + head.size();
      if (q.from_article) s.head_end = std::max(s.head_end, q.end);
      // The noun's last word decides the group, so the head's does too.
      s.group = person_group(lower(q.from_article ? text.substr(q.begin, q.end - q.begin)
                                                  : std::string_view(head.data(), head.size())));
    } else if (!verb_follows(after) && RE2::PartialMatch(after, *non_person_head)) {
      continue;  // "60 officers", "two Eastbrook motels"; not "12 face felony charges"
    } else {
      s.head_end = q.end;
    }
    if (q.from_article) s.head_end = q.end;
    // A category noun at the head: "39 would-be buyers", "12 prostitutes".
    for (const auto& t : triggers) {
      if (t.kind() != TriggerKind::kNoun || t.begin < q.end) continue;
      const std::string_view gap = text.substr(q.end, t.begin - q.end);
      const auto words = std::count(gap.begin(), gap.end(), ' ');
      if (t.begin - q.end <= 40 && words <= 3 && gap.find(',') == std::string_view::npos) {
        s.noun_category = t.category();
        s.noun = &t;
        s.head_end = std::max(s.head_end, t.end);
        s.person = true;
        break;
      }
    }
    if (q.from_article && q.begin < q.end) {
      for (const auto& t : triggers) {
        if (t.kind() == TriggerKind::kNoun && t.begin >= q.begin && t.end <= q.end + 1) {
          s.noun_category = t.category();
          s.noun = &t;
        }
      }
    }
    // "47 arrests", "18 arrests for solicitation".
    for (const auto& t : triggers) {
      if (t.kind() == TriggerKind::kArrest && t.begin >= q.end && t.begin <= q.end + 2) {
        s.arrest_noun = true;
        s.head_end = std::max(s.head_end, t.end);
      }
    }
    if (before == "not" || before == "no") s.negated = true;  // "Not one person was arrested"
    // "The other five believed they were arranging to pay for sex with girls
    // ... Those five men face felony charges": "those" (or "these") with the
    // figure of "the other N" or "the remaining N" of the sentence before,
    // which bound nothing there, is that rest of the group.
    bool rest_before = false;
    // One sentence may stand between ("The \"girls\" were detectives.").
    if ((before == "those" || before == "these") && q.value && index > 0) {
      bool bound_since = false;
      for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment + 2 >= index; ++c) {
        if (c->segment < index && c->value == q.value) bound_since = true;
      }
      for (std::size_t k = index; k-- > 0 && k + 2 >= index && !bound_since && !rest_before;) {
        const Segment& prev = segments[k];
        if (prev.line || prev.end - prev.begin > 400) break;
        for (const auto& pq : quantities.find(text, prev.begin, prev.end)) {
          if (!pq.is_count() || pq.value != q.value) continue;
          const std::string w = word_before(text, prev.begin, pq.begin);
          if (w == "other" || w == "remaining") rest_before = true;
        }
      }
    }
    // "three more men were arrested, bringing the total to 25": the latest
    // figure for the whole operation.
    if (before == "to") {
      const std::size_t from = q.begin >= seg.begin + 80 ? q.begin - 80 : seg.begin;
      if (rare.may_hold(RarePhrases::kRunningTotal) &&
          RE2::PartialMatch(text.substr(from, q.begin - from), *running_total)) {
        s.running_total = true;
        s.total_marker = true;
      }
    }
    // "the other five potential victims": the rest of a group already
    // counted, never more people.
    bool remainder = false;
    if (before == "other" && q.begin >= seg.begin + 6) {
      const std::size_t other_begin = word_before_begin(text, seg.begin, q.begin);
      remainder = other_begin != std::string_view::npos && other_begin >= seg.begin &&
                  word_before(text, seg.begin, other_begin) == "the";
    }
    re2::StringPiece pm;
    if (match_prefix(*partitive_after, after, &pm)) {
      s.partitive_of = true;
      s.head_end = static_cast<std::size_t>(pm.data() - text.data()) + pm.size();
    }
    for (const auto& t : triggers) {
      if (t.end <= q.begin && q.begin - t.end <= 2) {
        // "Of those, 126 people were accused of trying to buy sex": "of
        // those" set off by a comma is a share of the figure before, not a
        // stated total ("Of the 52 people arrested").
        const bool of_those_comma =
            t.pattern->id == "arrest/of-the" &&
            text.substr(t.end, q.begin - t.end).find(',') != std::string_view::npos;
        if (t.kind() == TriggerKind::kTotal && !of_those_comma) {
          s.total_marker = true;
          s.of_the = t.pattern->id == "arrest/of-the";
        }
        if (t.kind() == TriggerKind::kNegation) s.negated = true;
        if (t.kind() == TriggerKind::kAdditive) s.additive = true;
      }
      // "eight more", "six others"; not "the two also charged with luring",
      // people counted before and charged again.
      if (t.kind() == TriggerKind::kAdditive && t.begin >= q.end && t.begin <= q.end + 1 &&
          lower(text.substr(t.begin, t.end - t.begin)) != "also") {
        s.additive = true;
      }
      if (remainder || rest_before) {
        s.additive = false;
        s.remainder = true;
      }
      if (t.kind() == TriggerKind::kMinor && t.begin >= q.begin && t.end <= s.head_end) {
        s.minor = true;
      }
    }
    // "None of the four was arrested": the figure is the base of a negated
    // partitive, a group counted before, not a count of its own.
    {
      const std::size_t from = q.begin >= seg.begin + 24 ? q.begin - 24 : seg.begin;
      const std::string lead = lower(trim_view(text.substr(from, q.begin - from)));
      bool base_of_none = false;
      for (const char* w : {"none of the", "none of those", "none of these", "neither of the",
                            "neither of those", "not one of the", "not one of those"}) {
        const std::string_view sw(w);
        if (lead.ends_with(sw) &&
            (lead.size() == sw.size() || !std::isalpha(static_cast<unsigned char>(
                                             lead[lead.size() - sw.size() - 1])))) {
          base_of_none = true;
        }
      }
      if (base_of_none) continue;
    }
    const auto cbce_range = clause_of(q.begin);
    const std::size_t cb = cbce_range.first, ce = cbce_range.second;
    s.clause_begin = cb;
    s.clause_end = ce;
    slots.push_back(std::move(s));
  }
  // A count inside an act ("soliciting a prostitute") or inside a relative
  // clause of the count before it ("Six men who believed they were meeting a
  // 15-year-old were charged") is not a count of its own.
  {
    std::vector<Slot> kept;
    for (auto& s : slots) {
      // ... or one that starts inside it: "Solicitation of a Juvenile Prostitute".
      const bool inside_act = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
        return is_category_act(t) && t.begin < s.q.begin && t.end > s.q.begin;
      });
      if (inside_act) continue;
      // The persona of a decoy is nobody counted: "what he believed to be a
      // child", "officers posing as a 14-year-old girl".
      {
        const std::size_t from = s.q.begin >= seg.begin + 48 ? s.q.begin - 48 : seg.begin;
        if (rare.may_hold(RarePhrases::kPersona) &&
            RE2::PartialMatch(text.substr(from, s.q.begin - from), *persona)) {
          continue;
        }
      }
      // "promoting prostitution of a minor", "purchasing sex from a minor":
      // the person the offence is about, right after the act.
      if (s.q.from_article) {
        const bool object_of_act = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
          if (!is_category_act(t) || t.end > s.q.begin || s.q.begin - t.end > 12) return false;
          const std::string gap = lower(trim_view(text.substr(t.end, s.q.begin - t.end)));
          return gap == "of" || gap == "from" || gap == "with" || gap == "involving";
        });
        if (object_of_act) continue;
        // "involuntary sexual servitude of a minor": a child named as the
        // object of an offence, not a person arrested ("the arrest of a
        // juvenile" still counts).
        const std::string noun = lower(text.substr(s.q.begin, s.q.end - s.q.begin));
        const bool child = noun.ends_with("minor") || noun.ends_with("child") ||
                           noun.ends_with("juvenile") || noun.ends_with("girl") ||
                           noun.ends_with("boy") || noun.ends_with("teen") ||
                           noun.ends_with("teenager");
        if (child && word_before(text, seg.begin, s.q.begin) == "of") {
          const std::size_t of_at = word_before_begin(text, seg.begin, s.q.begin);
          const std::string owner = word_before(text, seg.begin, of_at);
          if (owner != "arrest" && owner != "arrests" && owner != "detention" &&
              owner != "booking") {
            continue;
          }
        }
      }
      // A child the offence was against: "accused of soliciting one of the
      // teens", "unlawful transaction with a minor", "nine men, two of them
      // with one of the teens". Not "along with two juveniles", who were
      // arrested too.
      if (s.minor) {
        const std::string prep = word_before(text, seg.begin, s.q.begin);
        const bool after_act = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
          return is_category_act(t) && t.end <= s.q.begin && s.q.begin - t.end <= 1;
        });
        bool object = after_act || prep == "from" || prep == "involving" || prep == "against";
        if (prep == "with") {
          const std::size_t with_at = word_before_begin(text, seg.begin, s.q.begin);
          const std::string before_with = word_before(text, seg.begin, with_at);
          const bool comma = with_at > seg.begin && text[with_at - 1] == ' ' &&
                             with_at > seg.begin + 1 && text[with_at - 2] == ',';
          object = before_with != "along" && before_with != "together" && !comma;
        }
        if (object) continue;
      }
      if (!kept.empty()) {
        const Slot& prev = kept.back();
        const std::size_t from = prev.head_end, to = s.q.begin;
        if (to > from) {
          const std::string_view gap = text.substr(from, to - from);
          const bool predicate_in_gap =
              std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                return (t.kind() == TriggerKind::kArrest || t.kind() == TriggerKind::kVictim) &&
                       t.begin >= from && t.end <= to;
              });
          const std::string_view tail = trim_view(gap);
          const bool coordinated = tail.ends_with(" and") || tail.ends_with(",");
          if (!predicate_in_gap && !coordinated && RE2::PartialMatch(gap, *relative_pronoun)) {
            continue;
          }
        }
      }
      kept.push_back(std::move(s));
    }
    slots = std::move(kept);
  }
  // "Eleven adults ... were detained ... Investigators identified four of
  // them as possible trafficking victims": a share of "them" (or "whom")
  // with no noun of its own is of the group its antecedent named, the count
  // before it in the sentence or else the one group the sentence before
  // counted.
  for (std::size_t i = 0; i < slots.size(); ++i) {
    Slot& s = slots[i];
    if (!s.partitive_of || !s.group.empty()) continue;
    s.group = i > 0 ? (slots[i - 1].person ? slots[i - 1].group : std::string()) : previous_group;
  }
  // Inclusion: "including 39 would-be buyers and three suspected traffickers".
  for (std::size_t i = 0; i < slots.size(); ++i) {
    for (const auto& [open, close] : dash_breakdowns) {
      if (i > 0 && slots[i].q.begin >= open && slots[i].q.begin < close) slots[i].included = true;
    }
    const std::size_t floor = i ? slots[i - 1].head_end : slots[i].clause_begin;
    for (const auto& t : triggers) {
      if (t.kind() == TriggerKind::kInclusion && t.begin >= floor && t.end <= slots[i].q.begin) {
        slots[i].included = true;
      }
    }
    if (i && slots[i - 1].included) {
      const std::string_view gap =
          trim_view(text.substr(slots[i - 1].head_end, slots[i].q.begin - slots[i - 1].head_end));
      if (gap == "and" || gap == "," || gap == ", and" || gap == "or") slots[i].included = true;
    }
  }
  // A breakdown after a colon: "four potential victims: three women and a
  // 15-year-old girl". The counts after the colon are parts of a count of
  // people named by a category noun when they add up to it exactly.
  for (std::size_t i = 1; i < slots.size(); ++i) {
    const Slot& whole = slots[i - 1];
    if (slots[i].included || !whole.noun_category || !whole.q.value || whole.included) continue;
    if (slots[i].q.begin <= whole.head_end || slots[i].q.begin - whole.head_end > 48) continue;
    if (text.substr(whole.head_end, slots[i].q.begin - whole.head_end).find(':') ==
        std::string_view::npos) {
      continue;
    }
    std::int64_t sum = 0;
    std::size_t j = i;
    for (; j < slots.size() && slots[j].q.value; ++j) {
      if (j > i) {
        const std::string_view gap =
            trim_view(text.substr(slots[j - 1].head_end, slots[j].q.begin - slots[j - 1].head_end));
        // "three women in their 20s and a 15-year-old girl"
        const bool joined = gap == "," || gap == "and" || gap.ends_with(", and") ||
                            (gap.size() <= 30 && (gap.ends_with(" and") || gap.ends_with(",")));
        if (!joined) break;
      }
      sum += *slots[j].q.value;
    }
    if (j - i < 2 || sum != *whole.q.value) continue;
    for (std::size_t k = i; k < j; ++k) slots[k].included = true;
  }

  auto scope_fwd = [&](std::size_t i) {
    const Slot& s = slots[i];
    std::size_t e = s.clause_end;
    std::size_t next = i + 1;
    // "22 of the 37 people arrested were women charged with prostitution":
    // the sub-count's scope runs past its base.
    while (next < slots.size() && slots[next].total_marker && slots[next].of_the &&
           slots[next].q.begin >= s.q.end && slots[next].q.begin - s.q.end <= 12) {
      ++next;
    }
    const std::size_t first_next = next;
    // Where the scope starts, where cues may cut it, and its least end.
    std::size_t begin = std::max(s.head_end, s.q.end);
    std::size_t cut_from = s.head_end;
    std::size_t least_end = s.head_end;
    // "Four women, including a 17-year-old girl, were arrested for ...": the
    // predicate and charge after an appositive inclusion are the count's own.
    if (next == i + 1 && next < slots.size() && slots[next].included && !s.included &&
        slots[next].q.begin >= s.head_end) {
      const std::string gap =
          lower(trim_view(text.substr(s.head_end, slots[next].q.begin - s.head_end)));
      // "Four others - two men and two women - were charged".
      const bool dash = gap.ends_with("-") && gap.size() <= 16 &&
                        std::count(gap.begin(), gap.end(), ' ') <= 2;
      if (gap == ", including" || gap == ", among them" || dash) {
        std::size_t past = next;
        while (past < slots.size() && slots[past].included) ++past;
        // The comma (or dash) that closes the appositive ("two 17-year-olds,").
        const char closer = dash ? '-' : ',';
        const std::size_t head_end = slots[past - 1].head_end;
        std::size_t after = head_end;
        while (after < s.clause_end && after < head_end + 24 && text[after] != closer) ++after;
        while (dash && after + 1 < s.clause_end && text[after + 1] == '-') ++after;
        if (after < s.clause_end && text[after] == closer) {
          next = past;
          begin = after + 1;
          cut_from = after;
          least_end = after + 1;
        }
      }
    }
    // "nine - all of them in Ohio - were charged with prostitution": a
    // parenthesis between dashes right after the count is passed over, also
    // after the base of a partitive ("Two of the nine - women aged 19 and 24
    // - were identified as victims").
    if (next == first_next && e == s.clause_end && s.head_end >= s.q.end) {
      std::size_t k = s.head_end;
      while (k < e && text[k] == ' ') ++k;
      if (k < e && text[k] == '-' && k + 1 < e) {
        std::size_t open = k;
        while (open < e && text[open] == '-') ++open;
        const std::size_t limit = std::min<std::size_t>(seg.end, open + 60);
        const std::string_view inside = text.substr(open, limit - open);
        const std::size_t close = inside.find(" -");
        if (close != std::string_view::npos && close > 0) {
          std::size_t after = open + close + 1;
          while (after < seg.end && text[after] == '-') ++after;
          const auto clause = clause_of(after + 1 < seg.end ? after + 1 : after);
          while (next < slots.size() && slots[next].q.begin < after) ++next;
          begin = after;
          cut_from = after;
          least_end = after;
          e = clause.second;
        }
      }
    }
    if (next < slots.size()) e = std::min(e, slots[next].q.begin);
    for (const auto& t : triggers) {
      if ((t.kind() == TriggerKind::kPartitive || t.kind() == TriggerKind::kAll ||
           t.kind() == TriggerKind::kNegation) &&
          t.begin >= cut_from && t.begin < e) {
        e = t.begin;  // "100 people were arrested, most of them for solicitation"
      }
    }
    return std::pair{begin, std::max(e, least_end)};
  };
  auto scope_bwd = [&](std::size_t i) {
    const Slot& s = slots[i];
    std::size_t b = s.clause_begin;
    if (i > 0) b = std::max(b, slots[i - 1].head_end);
    return std::pair{std::min(b, s.q.begin), s.q.begin};
  };

  // Predicates.
  for (std::size_t i = 0; i < slots.size(); ++i) {
    Slot& s = slots[i];
    if (s.arrest_noun || s.running_total) {
      s.predicate = Slot::Predicate::kArrest;
      continue;
    }
    auto [fb, fe] = scope_fwd(i);
    auto [bb, be] = scope_bwd(i);
    const Trigger* best = nullptr;
    std::size_t best_distance = SIZE_MAX;
    // "Two people have been charged and five women referred for support": a
    // later count with a services verb of its own right after it is not the
    // object of the arrest verb before it.
    bool own_services_verb = false;
    if (i > 0) {
      const std::size_t head = std::max(s.head_end, s.q.end);
      const std::string next = lower(last_word(trim_view(text.substr(
          head, std::min<std::size_t>(seg.end - head, next_word_reach(text, head, seg.end))))));
      // Not "connected" or "provided": "three men connected to the massage
      // parlor", "women provided by the escort service".
      own_services_verb = next == "referred" || next == "supported" || next == "offered";
    }
    for (const auto& t : triggers) {
      if (t.kind() != TriggerKind::kArrest && t.kind() != TriggerKind::kVictim) continue;
      if (own_services_verb && t.end <= s.q.begin) continue;
      // "You can arrest a man in a car tonight": a modal verb before an
      // active arrest verb makes the arrest a possibility, not an event
      // ("Up to 20 people could face charges" still reports a figure).
      {
        const bool short_verb = t.end - t.begin <= 6;  // no copy for the usual long ones
        const std::string verb = short_verb ? lower(text.substr(t.begin, t.end - t.begin)) : "";
        const bool active = verb == "arrest" || verb == "charge" || verb == "cite" ||
                            verb == "detain" || verb == "jail" || verb == "book";
        const std::size_t from = t.begin >= seg.begin + 24 ? t.begin - 24 : seg.begin;
        if (active && rare.may_hold(RarePhrases::kModalBefore) &&
            RE2::PartialMatch(text.substr(from, t.begin - from), *modal_before)) {
          continue;
        }
      }
      std::size_t distance = SIZE_MAX;
      if (t.begin >= fb && t.end <= fe) {
        distance = t.begin - fb;
        // A passive right after the count binds tightest: "4 juveniles were
        // recovered and 19 adults were arrested".
        static const char* const kCopulas[] = {"were", "was", "are", "is", "have been",
                                               "has been", "had been", "been", "were later",
                                               "were also", "was also", "were all"};
        const std::string gap = lower(trim_view(text.substr(fb, t.begin - fb)));
        if (std::find(std::begin(kCopulas), std::end(kCopulas), gap) != std::end(kCopulas)) {
          distance = 0;
        }
      }
      // "11 of them live outside the county": a partitive has its own verb.
      if (!s.partitive_of && t.begin >= bb && t.end <= be &&
          !RE2::PartialMatch(text.substr(t.end, be - t.end), *inheritance_blocker)) {
        distance = be - t.end;  // not across "after", "who", "said" ...
      }
      // A victim predicate that is a "treated as victims" phrase binds strongly.
      if (distance != SIZE_MAX && (distance < best_distance ||
                                   (distance == best_distance && t.kind() == TriggerKind::kArrest))) {
        best = &t;
        best_distance = distance;
      }
    }
    // "identified four of the six women charged as possible trafficking
    // victims": the verb before and the "as victims" after frame the count;
    // the participle "charged" between only describes the women.
    if (best && best->kind() == TriggerKind::kArrest && best->begin >= fb) {
      const Trigger* before = nullptr;
      const Trigger* as_victims = nullptr;
      for (const auto& t : triggers) {
        if (t.kind() != TriggerKind::kVictim) continue;
        if (t.end <= s.q.begin && t.begin >= bb) before = &t;
        if (t.begin > best->end && t.end <= fe && t.pattern->priority > 0) as_victims = &t;
      }
      if (before && as_victims) best = as_victims;
    }
    // "The four women arrested for prostitution were also identified as
    // potential trafficking victims": the participle arrests them, and the
    // main verb, right after it, makes the same people victims.
    if (best && best->kind() == TriggerKind::kArrest && best->begin >= fb) {
      for (const auto& t : triggers) {
        if (t.kind() != TriggerKind::kVictim || t.begin <= best->end || t.end > fe) continue;
        const std::string phrase = lower(text.substr(t.begin, t.end - t.begin));
        if (phrase.find("victim") == std::string::npos &&
            phrase.find("survivor") == std::string::npos &&
            phrase.find("trafficked") == std::string::npos) {
          continue;
        }
        // The main verb: "were (also) identified as ...", "are victims".
        const std::string lead = lower(text.substr(t.begin, std::min<std::size_t>(10, t.end - t.begin)));
        const std::string between = lower(trim_view(text.substr(best->end, t.begin - best->end)));
        const std::string words = " " + between + " ";
        const bool copula = lead.rfind("were ", 0) == 0 || lead.rfind("are ", 0) == 0 ||
                            words.find(" were ") != std::string::npos ||
                            words.find(" are ") != std::string::npos;
        if (copula && between.find_first_of(",;") == std::string::npos &&
            between.find(" and ") == std::string::npos && between.size() <= 48) {
          s.also_victims = true;
        }
        break;
      }
    }
    if (best) {
      s.predicate = best->kind() == TriggerKind::kArrest ? Slot::Predicate::kArrest
                                                          : Slot::Predicate::kVictim;
      s.state_only = best->pattern->state;
      // "One man was also charged with promoting prostitution": a further
      // charge against someone already counted, not a further person.
      const std::string verb = lower(text.substr(best->begin, std::min<std::size_t>(4, best->end - best->begin)));
      if (verb == "char" || verb == "face" || verb == "accu" || verb == "book") {
        for (const auto& t : triggers) {
          if (t.kind() != TriggerKind::kAdditive || t.end > best->begin || best->begin - t.end > 6) continue;
          const std::string word = lower(text.substr(t.begin, t.end - t.begin));
          if (word == "also" || word == "additionally") s.further_charge = true;
        }
      }
    }
  }
  // Coordinated counts inherit the predicate of the count before them:
  // "arrested 37 men and one woman for solicitation, two men for pimping".
  for (std::size_t i = 1; i < slots.size(); ++i) {
    Slot& s = slots[i];
    if (s.predicate != Slot::Predicate::kNone) continue;
    if (slots[i - 1].predicate == Slot::Predicate::kNone) continue;
    auto [bb, be] = scope_bwd(i);
    const std::string_view gap = text.substr(bb, be - bb);
    if (RE2::PartialMatch(gap, *inheritance_blocker)) continue;
    // "identified four of them as possible victims; all 11 were offered
    // shelter": a semicolon ends the clause the predicate belongs to (the
    // backward scope starts after it, so the blocker above cannot see it).
    {
      const std::size_t from = std::min(slots[i - 1].head_end, s.q.begin);
      if (text.substr(from, s.q.begin - from).find(';') != std::string_view::npos) continue;
    }
    // "Four charged, seven women found in ...": a count with a verb of its
    // own right after it is not the object or subject of the one before.
    {
      const std::size_t head = std::max(s.head_end, s.q.end);
      const std::string_view next = last_word(trim_view(text.substr(
          head, std::min<std::size_t>(seg.end - head, next_word_reach(text, head, seg.end)))));
      // "Two people have been charged and five women referred for
      // support": referred, supported, offered are the services' verbs of
      // people found, not arrests (not "connected to the parlor").
      static const char* const kOwnVerb[] = {
          "found", "located", "rescued", "recovered", "freed",    "safeguarded", "identified",
          "held",  "seen",    "met",     "taken",     "removed",  "referred",    "supported",
          "offered"};
      if (std::find(std::begin(kOwnVerb), std::end(kOwnVerb), lower(next)) != std::end(kOwnVerb)) {
        continue;
      }
    }
    s.predicate = slots[i - 1].predicate;
  }
  // ... and the count after them when only a conjunction stands between:
  // "seven adults and two juveniles were recovered".
  for (std::size_t n = slots.size(); n-- > 1;) {
    Slot& s = slots[n - 1];
    if (s.predicate != Slot::Predicate::kNone || slots[n].predicate == Slot::Predicate::kNone) {
      continue;
    }
    const std::size_t from = std::max(s.head_end, s.q.end);
    if (slots[n].q.begin < from) continue;
    const std::string_view gap = trim_view(text.substr(from, slots[n].q.begin - from));
    // Not into "contacted 20 women, and 6 were identified as victims": a
    // bare number after a counted noun is a share of it, with its own verb.
    const bool bare_after_noun = !slots[n].person && s.person;
    if (bare_after_noun) continue;
    if (coordination_gap(gap)) s.predicate = slots[n].predicate;
  }
  // "One of the five, a 24-year-old woman, was taken into custody": an
  // appositive after a partitive's base describes the part, whose predicate
  // is the appositive's.
  for (std::size_t i = 0; i + 2 < slots.size(); ++i) {
    Slot& part = slots[i];
    const Slot& base = slots[i + 1];
    const Slot& one = slots[i + 2];
    if (!part.partitive_of || part.predicate != Slot::Predicate::kNone || !base.total_marker ||
        !base.of_the || base.q.begin < part.q.end || base.q.begin - part.q.end > 12 ||
        !one.q.from_article || !one.q.value || *one.q.value != 1 ||
        one.predicate == Slot::Predicate::kNone || one.q.begin < base.q.end) {
      continue;
    }
    const std::string gap = lower(trim_view(text.substr(base.q.end, one.q.begin - base.q.end)));
    if (gap == "," || gap == "-" || gap == "--") {
      part.predicate = one.predicate;
      part.further_charge = one.further_charge;  // "One of the five, ..., is also charged"
    }
  }
  // "One of them, a 29-year-old Castor woman, was additionally charged with
  // possession": the same with "of them", which is no slot of its own; the
  // appositive names the part, so its further charge is the part's.
  for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
    Slot& part = slots[i];
    const Slot& one = slots[i + 1];
    if (!part.partitive_of || !part.q.value || *part.q.value != 1 || !one.q.from_article ||
        !one.q.value || *one.q.value != 1 || one.predicate == Slot::Predicate::kNone ||
        one.q.begin < part.head_end) {
      continue;
    }
    const std::string gap = lower(trim_view(text.substr(part.head_end, one.q.begin - part.head_end)));
    if (gap == "," || gap == "-" || gap == "--") {
      part.predicate = one.predicate;
      part.further_charge = part.further_charge || one.further_charge;
    }
  }
  // "Both were charged with prostitution, and one had an outstanding
  // warrant": a bare count in a clause joined to one about the whole group
  // ("all", "both", "each") is some of that group, charged once more.
  for (auto& s : slots) {
    if (s.predicate != Slot::Predicate::kArrest || s.person || s.noun || s.additive ||
        s.partitive_of) {
      continue;
    }
    for (const auto& t : triggers) {
      if (t.kind() != TriggerKind::kAll || t.end > s.q.begin || t.begin < seg.begin) continue;
      const std::string gap = lower(text.substr(t.end, s.q.begin - t.end));
      if (gap.find(", and ") != std::string::npos || gap.find("; ") != std::string::npos) {
        s.further_charge = true;
      }
    }
  }
  // A conditional is not an event: "if two of the people you arrested were
  // possible victims".
  for (auto& s : slots) {
    if (rare.may_hold(RarePhrases::kConditional) &&
        RE2::PartialMatch(text.substr(s.clause_begin, s.q.begin - s.clause_begin), *conditional)) {
      s.predicate = Slot::Predicate::kNone;
    }
  }
  // "N of them were arrested": the predicate may come after the partitive.
  for (std::size_t i = 0; i < slots.size(); ++i) {
    Slot& s = slots[i];
    if (s.predicate != Slot::Predicate::kNone || !s.person) continue;
    if (s.noun_category == Category::kVictimsIdentified) s.predicate = Slot::Predicate::kVictim;
  }
  // "the identification of 16 victims, including 5 minors": a part of a
  // count of victims is victims, whatever arrest word the sentence holds.
  for (std::size_t i = 1; i < slots.size(); ++i) {
    Slot& s = slots[i];
    const Slot& whole = slots[i - 1];
    if (!s.included || whole.included || s.noun_category) continue;
    if (whole.predicate != Slot::Predicate::kNone &&
        whole.noun_category == Category::kVictimsIdentified) {
      s.predicate = Slot::Predicate::kVictim;
    }
  }

  // Background: a clause's own cue, or the figure a dependent count hangs on
  // ("led to 47 arrests - 30 of them women charged with prostitution").
  for (std::size_t i = 0; i < slots.size(); ++i) {
    slots[i].background = background_at(slots[i].q.begin);
    if (i > 0 && slots[i - 1].background &&
        (slots[i].partitive_of || slots[i].included)) {
      slots[i].background = true;
    }
  }

  // Categories.
  auto best_act = [&](std::size_t b, std::size_t e) -> const Trigger* {
    const Trigger* best = nullptr;
    for (const auto& t : triggers) {
      if (t.kind() != TriggerKind::kAct || t.begin < b || t.end > e) continue;
      if (!best || t.pattern->priority > best->pattern->priority) best = &t;
    }
    return best;
  };
  // "outcomes for buyers and sellers", "johns and prostitutes": two
  // categories named together speak of both groups, and label no count.
  auto mixed_pair = [&](const Trigger& t) {
    for (const auto& o : triggers) {
      if (o.kind() != TriggerKind::kNoun || o.category() == t.category() || &o == &t) continue;
      const Trigger& first = o.begin < t.begin ? o : t;
      const Trigger& second = o.begin < t.begin ? t : o;
      if (second.begin < first.end || second.begin - first.end > 8) continue;
      const std::string gap = lower(trim_view(text.substr(first.end, second.begin - first.end)));
      if (gap == "and" || gap == "or" || gap == "," || gap == ", and" || gap == "and the" ||
          gap == "and their" || gap == "nor") {
        return true;
      }
    }
    return false;
  };
  for (std::size_t n = slots.size(); n-- > 0;) {
    Slot& s = slots[n];
    auto [fb, fe] = scope_fwd(n);
    // What an operation was after ("an operation targeting sex buyers", "an
    // investigation into the purchase of sexual services") is not a charge.
    const std::size_t scope_begin = fb;  // a structured binding cannot be captured (C++20)
    auto targeted = [&](const Trigger& t, std::size_t reach) {
      const std::size_t from = t.begin >= scope_begin + reach ? t.begin - reach : scope_begin;
      const std::string before = lower(text.substr(from, t.begin - from));
      for (const char* w : {"targeting", "targeted", "aimed at", "focused on", "focusing on",
                            "directed at", "going after", "investigation into",
                            "investigations into", "probe into", "crackdown on"}) {
        const std::size_t at = before.rfind(w);
        if (at == std::string::npos) continue;
        // "... targeting hotels, were charged with soliciting": a charge
        // after the target phrase is the count's own.
        if (RE2::PartialMatch(before.substr(at), *names_charge)) continue;
        return true;
      }
      return false;
    };
    // The charge follows its count closely ("were arrested on charges of");
    // a word at the far end of a long clause is something else. A relative
    // clause on the count puts its own verb first: "A 24-year-old man who
    // investigators say drove one of the girls to the hotel and collected
    // her earnings was charged with trafficking of a minor".
    std::size_t reach = 100;
    {
      const std::string after =
          lower(trim_view(text.substr(s.head_end, std::min<std::size_t>(8, seg.end - s.head_end))));
      if (after.starts_with("who ")) reach = 180;
    }
    const Trigger* act = nullptr;
    for (const auto& t : triggers) {
      if (t.kind() != TriggerKind::kAct || t.begin < fb || t.end > fe || t.begin > fb + reach)
        continue;
      if (targeted(t, 60)) continue;
      if (!act || t.pattern->priority > act->pattern->priority) act = &t;
    }
    // A row of a list by charge, count first ("9 - Solicitation of
    // Prostitution"): the dash is the row's separator, not a clause break.
    const std::string_view row_lead = text.substr(seg.begin, s.q.begin - seg.begin);
    const bool row_start = std::none_of(row_lead.begin(), row_lead.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) != 0;
    });
    if (!act && row_start && (seg.line || seg.end - seg.begin < 80)) {
      for (const auto& t : triggers) {
        if (t.kind() != TriggerKind::kAct || t.begin < fb || t.begin > fb + 4) continue;
        if (!act || t.pattern->priority > act->pattern->priority) act = &t;
      }
    }
    if (s.noun_category && (!act || act->pattern->priority < 2)) {
      s.category = s.noun_category;
      s.category_trigger = s.noun;
      continue;
    }
    if (act) {
      s.category = act->category();
      s.category_trigger = act;
      // "charging nine people in connection with a sex trafficking
      // enterprise", "Nine Defendants Arrested on Federal Indictment Alleging
      // Sex Trafficking Ring": the case they are tied to, not each one's
      // charge.
      {
        const std::size_t from = act->begin >= fb + 40 ? act->begin - 40 : fb;
        const std::string before = lower(text.substr(from, act->begin - from));
        // Only a tie to trafficking: "arrested 20 men in connection with
        // soliciting prostitution" says what the 20 did.
        if (act->category() == Category::kTraffickersArrested) {
          for (const char* w :
               {"in connection with", "connected to", "connected with", "linked to", "tied to"}) {
            if (before.find(w) != std::string::npos) s.loose = true;
          }
        }
        std::size_t e = act->end;
        while (e < seg.end && text[e] == ' ') ++e;
        std::size_t w = e;
        while (w < seg.end && std::isalpha(static_cast<unsigned char>(text[w]))) ++w;
        const std::string next = lower(text.substr(e, w - e));
        for (const char* noun : {"ring", "rings", "enterprise", "network", "organization",
                                 "organisation", "syndicate", "scheme", "gang"}) {
          if (next == noun) s.loose = true;
        }
      }
      // "Police arrested 18 people on charges of prostitution and
      // solicitation": two categories' charges joined under one count say
      // how many in all, not how many of each.
      if (!s.noun_category && is_person_category(act->category())) {
        for (const auto& t : triggers) {
          if (t.kind() != TriggerKind::kAct || t.begin < fb || t.end > fe ||
              t.category() == act->category() || !is_person_category(t.category())) {
            continue;
          }
          const Trigger& first = t.begin < act->begin ? t : *act;
          const Trigger& second = t.begin < act->begin ? *act : t;
          if (second.begin < first.end) continue;
          std::string gap = lower(trim_view(text.substr(first.end, second.begin - first.end)));
          // "individuals seeking to purchase sex or accused of trafficking
          // others": a second charge verb after the conjunction.
          for (const char* verb : {" accused of", " charged with", " suspected of", " arrested for"}) {
            if (gap.ends_with(verb) && gap.size() > std::strlen(verb)) {
              gap = gap.substr(0, gap.size() - std::strlen(verb));
              break;
            }
          }
          if (gap == "and" || gap == "or" || gap == ", and" || gap == "and/or" || gap == ",") {
            s.mixed_with = &t;
            break;
          }
        }
      }
      // A row of a list by charge, count first: "9 - Solicitation of
      // Prostitution", "2: Prostitution".
      const std::size_t from = std::max(s.head_end, s.q.end);
      if (s.predicate == Slot::Predicate::kNone && (seg.line || seg.end - seg.begin < 80) &&
          act->begin >= from) {
        const std::string_view sep = trim_view(text.substr(from, act->begin - from));
        if (row_start && sep.size() <= 3 &&
            std::all_of(sep.begin(), sep.end(), [](char c) { return c == '-' || c == ':' || c == ' '; })) {
          s.predicate = Slot::Predicate::kArrest;
          s.list_row = seg.line;
        }
      }
      continue;
    }
    // "the 22 people arrested were all buyers"; not "an operation targeting
    // sex buyers and traffickers", which says whom it was after.
    for (const auto& t : triggers) {
      if (t.kind() == TriggerKind::kNoun && t.begin >= fb && t.end <= fe &&
          t.category() != Category::kVictimsIdentified && !targeted(t, 40) && !mixed_pair(t)) {
        s.category = t.category();
        s.category_trigger = &t;
        break;
      }
    }
    if (s.category) continue;
    // Coordinated with the next count: "37 men and one woman for solicitation";
    // not "64 arrests, 15 potential victims".
    if (n + 1 < slots.size() && slots[n + 1].category && !slots[n + 1].partitive_of &&
        !(s.arrest_noun && *slots[n + 1].category == Category::kVictimsIdentified)) {
      const std::string_view gap = trim_view(text.substr(fb, fe - fb));
      if (gap.empty() || coordination_gap(gap)) {
        s.category = slots[n + 1].category;
        s.category_trigger = slots[n + 1].category_trigger;
        continue;
      }
    }
    // A list item with its charge first: "solicitation, 25; prostitution, 7".
    // The charge may stand before a colon: "Prostitution (F.S. 796.07): 3".
    const std::size_t bb = n > 0 ? slots[n - 1].head_end : seg.begin;
    const std::size_t be = s.q.begin;
    const std::string_view tail = trim_view(text.substr(fb, fe - fb));
    if (const Trigger* back = best_act(bb, be);
        back && (tail.empty() || tail[0] == ';' || tail[0] == '.' || tail[0] == ',')) {
      // "Solicitation of Prostitution (F.S. 796.07): 12 subjects"
      std::string between;
      int depth = 0;
      for (char c : text.substr(back->end, be - back->end)) {
        if (c == '(') ++depth;
        if (depth == 0) between += c;
        if (c == ')' && depth > 0) --depth;
      }
      // Dotted leaders and dashes of a table row: "Solicitation ...... 31".
      const bool leader_only = std::all_of(between.begin(), between.end(), [](char c) {
        return c == '.' || c == ' ' || c == ':' || c == '-' || c == '\t' || c == ',';
      });
      // A separator must stand between: "solicitation, 25", "Prostitution: 3";
      // not "for trafficking two teens".
      const std::string_view sep = trim_view(between);
      const char act_last = text[back->end - 1];
      const bool act_ends_list = act_last == ',' || act_last == ':';
      // "Traveling to meet a minor for sexual conduct (Sec. 14-311) ...... 2":
      // words after the charge, then a dotted leader to the figure.
      const bool leader_tail = seg.line && sep.size() >= 3 && sep.ends_with("...");
      // A table row, charge and count in columns: "Solicitation of
      // Prostitution (State Jail Felony)      26".
      // A statute column may stand between them: "Solicitation of
      // Prostitution      796.07(2)(f)      19".
      const bool column_gap = seg.line && (sep.empty() || statute_column(sep)) &&
                              (between.find("  ") != std::string::npos ||
                               between.find('\t') != std::string::npos);
      if ((act_ends_list && sep.empty()) || column_gap ||
          (!sep.empty() && (sep.size() <= 2 || leader_only || leader_tail))) {
        s.category = back->category();
        s.category_trigger = back;
        s.list_row = seg.line;
        const bool short_line = seg.line || seg.end - seg.begin < 80;
        if (s.predicate == Slot::Predicate::kNone && (has_arrest || short_line)) {
          s.predicate = Slot::Predicate::kArrest;
        }
        continue;
      }
    }
    // "Nine of them were arrested": the act of the sentence before.
    // Not when the sentence names a charge we do not know ("Two of them were
    // also charged with child endangerment").
    // Nor when the share is of women and the sentence before counted only
    // men, or the other way round ("the two men charged with pimping ...
    // represents one of the women"): the act was another group's.
    const bool other_sex = (s.group == "women" && previous_group == "men") ||
                           (s.group == "men" && previous_group == "women");
    if (s.partitive_of && n == 0 && !previous_acts.empty() && !other_sex &&
        s.predicate != Slot::Predicate::kVictim &&
        !RE2::PartialMatch(text.substr(fb, fe - fb), *names_charge)) {
      s.category = previous_acts.front()->category();
      s.category_trigger = previous_acts.front();
    }
  }

  // "126 people were accused of trying to buy sex, 23 were arrested on
  // prostitution-related charges and the remaining 12 were charged with
  // trafficking": beside a count of buyers in the same sentence, the
  // prostitution-related charges are the sellers'.
  if (std::any_of(slots.begin(), slots.end(), [](const Slot& s) {
        return !s.dropped && s.category == Category::kBuyersArrested && s.q.value && *s.q.value > 0;
      })) {
    for (auto& s : slots) {
      if (!s.dropped && s.category == Category::kOtherArrested && s.category_trigger &&
          s.category_trigger->pattern->id == "context/prostitution-related") {
        s.category = Category::kSellersArrested;
      }
    }
  }

  // "Ten of them were men who arranged through online ads to meet undercover
  // deputies, Greaves said; they were charged with patronizing a
  // prostitute": "they" opening the clause after a semicolon is the last
  // count before it, when that count had no predicate of its own and the
  // clause counts no one else.
  if (!slots.empty()) {
    Slot& s = slots.back();
    const std::size_t from = s.clause_end;
    if (s.predicate == Slot::Predicate::kNone && s.q.value && *s.q.value > 0 && !s.negated &&
        (s.person || s.partitive_of) && from > seg.begin && from < seg.end &&
        text[from - 1] == ';') {
      const std::size_t to = clause_of(from).second;
      const std::string opening =
          lower(trim_view(text.substr(from, std::min<std::size_t>(8, to - from))));
      const Trigger* arrest = first_of_kind(TriggerKind::kArrest, from, to);
      const Trigger* act = arrest ? best_act(arrest->end, to) : nullptr;
      bool mixed = false;
      for (const auto& t : triggers) {
        if (act && is_category_act(t) && t.begin >= from && t.end <= to &&
            t.category() != act->category()) {
          mixed = true;
        }
      }
      if (opening.starts_with("they ") && act && !mixed &&
          is_person_category(act->category()) &&
          act->category() != Category::kVictimsIdentified) {
        s.predicate = Slot::Predicate::kArrest;
        s.category = act->category();
        s.category_trigger = act;
      }
    }
  }

  // Emit.
  // "Hotline staff identified 318 potential victims ..., the report said":
  // figures a published report gives.
  const bool from_report =
      rare.may_hold(RarePhrases::kReportSaid) &&
      RE2::PartialMatch(text.substr(seg.begin, seg.end - seg.begin), *report_said);
  // "• Twelve men were charged with solicitation of prostitution." under
  // "Eighteen (18) people were arrested during the operation:".
  const std::string_view row_start =
      text.substr(seg.begin, std::min<std::size_t>(3, seg.end - seg.begin));
  const bool bullet_row =
      seg.line && (row_start == "\xE2\x80\xA2" ||
                   (row_start.size() > 1 && (row_start[0] == '*' || row_start[0] == '-') &&
                    row_start[1] == ' '));
  auto emit = [&](const Slot& s, Category category, std::optional<std::int64_t> value,
                  const std::string& rule) {
    BoundClaim c;
    c.category = category;
    c.value = value;
    c.qualifier = s.q.qualifier;
    c.approximate = s.q.qualifier != Qualifier::kNone || s.q.kind == QuantityKind::kFraction;
    c.evidence_begin = s.q.begin;
    c.evidence_end = s.head_end;
    if (s.category_trigger && s.category_trigger->begin >= seg.begin &&
        s.category_trigger->end <= seg.end) {  // not an antecedent's act
      c.evidence_begin = std::min(c.evidence_begin, s.category_trigger->begin);
      c.evidence_end = std::max(c.evidence_end, s.category_trigger->end);
    }
    c.segment = index;
    c.rule = rule;
    c.negated = s.negated;
    if (s.negated) c.value = 0;
    c.background = s.background || background_at(s.q.begin);
    c.headline = seg.headline;
    c.additive = s.additive;
    c.vague = s.q.kind == QuantityKind::kVague;
    c.named = s.named;
    // "The other two are adult women who were among those charged with
    // prostitution": people of a group counted already (not "were among the
    // 30 people arrested", a part of a total said here).
    {
      const std::size_t from = std::max(s.head_end, s.q.end);
      const std::string tail =
          lower(text.substr(from, std::min<std::size_t>(48, seg.end > from ? seg.end - from : 0)));
      const std::size_t among = tail.find(" among th");
      c.subsumed = among != std::string::npos &&
                   (tail.substr(0, among).ends_with(" were") || tail.substr(0, among).ends_with(" are") ||
                    tail.substr(0, among).ends_with(" was") || tail.substr(0, among).ends_with(" is")) &&
                   tail.compare(among, 13, " among those ") == 0;
    }
    c.minor = s.minor;
    c.further_charge = s.further_charge;
    c.list_row = bullet_row;
    c.running_total = s.running_total;
    c.whole_group = s.q.all;  // "all three were charged with ..."
    c.state_only = s.state_only;
    c.from_report = from_report;
    c.group = s.group;
    c.loose = s.loose;
    if (attribution) {
      c.attribution_begin = attribution->begin;
      c.attribution_end = attribution->end;
    }
    out.claims.push_back(c);
    return out.claims.size() - 1;
  };

  // "The remaining two, a 45-year-old man and his 22-year-old nephew, were
  // charged": single people set off by a comma or dash right after a bare
  // count (no noun of its own) describe the people it counts; no more.
  std::vector<bool> describes_previous(slots.size(), false);
  for (std::size_t i = 1; i < slots.size(); ++i) {
    const Slot& s = slots[i];
    if (!s.q.value || *s.q.value != 1 || !s.q.from_article) continue;
    const Slot& p = slots[i - 1];
    if (describes_previous[i - 1]) {
      const std::string gap = lower(trim_view(text.substr(p.head_end, s.q.begin - p.head_end)));
      if (p.head_end <= s.q.begin && (gap == "and" || gap == "," || gap == ", and")) {
        describes_previous[i] = true;
      }
      continue;
    }
    if (!p.q.value || *p.q.value < 2 || p.q.end > s.q.begin) continue;
    // "recovered two juveniles during the operation: the 17-year-old and a
    // 16-year-old girl": single people listed after a colon, with no
    // predicate or charge of their own, are the people the count before it
    // counts.
    const std::string_view after = text.substr(p.q.end, s.q.begin - p.q.end);
    const std::size_t colon = after.find(": ");
    if (colon != std::string_view::npos && after.size() - colon <= 48 &&
        after.find_first_of(";.", colon) == std::string_view::npos) {
      const std::size_t from = p.q.end + colon;
      // Not "arrested 12 people: a 34-year-old man charged with pimping, ...".
      const bool own_predicate =
          std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
            return (t.kind() == TriggerKind::kArrest || t.kind() == TriggerKind::kVictim ||
                    is_category_act(t)) &&
                   t.begin >= from && t.begin < seg.end;
          });
      if (!own_predicate) describes_previous[i] = true;
      continue;
    }
    if (p.head_end > p.q.end) continue;
    const std::string gap = lower(trim_view(text.substr(p.q.end, s.q.begin - p.q.end)));
    if (gap == "," || gap == "-" || gap == "--") describes_previous[i] = true;
  }

  // Whether one of the last three sentences said the people selling sex were
  // not arrested ("None of the three was arrested", "the women were not
  // charged with prostitution").
  auto seller_zero_before = [&](std::size_t here) {
    for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment + 3 >= here; ++c) {
      if (c->segment < here && c->category == Category::kSellersArrested && c->negated &&
          !c->background) {
        return true;
      }
    }
    return false;
  };
  std::vector<std::size_t> bound_acts;  // begins of act triggers used by counts
  std::optional<std::int64_t> sentence_total;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    Slot& s = slots[i];
    if (describes_previous[i]) continue;
    if (s.predicate == Slot::Predicate::kNone) {
      // An "of them" count with an antecedent act but no predicate is not a claim.
      continue;
    }
    if (s.category_trigger) bound_acts.push_back(s.category_trigger->begin);
    const bool vague = s.q.kind == QuantityKind::kVague;
    std::optional<std::int64_t> value = vague ? std::nullopt : s.q.value;
    const std::string rule = s.category_trigger ? s.category_trigger->pattern->id
                                                : std::string("binder/arrest-count");
    if (s.predicate == Slot::Predicate::kVictim) {
      if (s.total_marker && s.of_the) continue;  // "Seven of those 16": 16 is the base
      if (s.category && *s.category != Category::kVictimsIdentified &&
          *s.category != Category::kOtherArrested && s.noun_category) {
        continue;  // "rescued" near "johns": leave it
      }
      // "identified three other men who had arranged to pay for sex": people
      // identified by a buyer's act are suspects, not victims. (Not a
      // trafficker's act: "a victim of human trafficking" names one.)
      if (s.category && *s.category == Category::kBuyersArrested && s.category_trigger &&
          s.category_trigger->kind() == TriggerKind::kAct) {
        continue;
      }
      auto id = emit(s, Category::kVictimsIdentified, value,
                     s.category_trigger ? rule : std::string("victims/identified"));
      // "identified four victims, including a 16-year-old girl": part of
      // four; so are "34 people ..., nine of them minors" and "the other
      // five potential victims".
      if ((s.included || s.partitive_of) && i > 0 &&
          (slots[i - 1].predicate == Slot::Predicate::kVictim ||
           slots[i - 1].noun_category == Category::kVictimsIdentified)) {
        out.claims[id].subsumed = true;
      }
      if (s.remainder) out.claims[id].subsumed = true;
      // "two victims - one of them a 16-year-old girl": the girl is the one.
      if (i > 0 && slots[i - 1].partitive_of && slots[i - 1].predicate == Slot::Predicate::kVictim &&
          s.q.begin >= slots[i - 1].head_end && s.q.begin - slots[i - 1].head_end <= 2) {
        out.claims[id].subsumed = true;
      }
      // "located four women, and all four were identified as victims"; not
      // "arrested five women on prostitution charges ... all five are
      // victims", where the five arrested are also the victims.
      if (s.q.all && std::any_of(slots.begin(), slots.begin() + static_cast<std::ptrdiff_t>(i),
                                 [&](const Slot& o) {
                                   return o.q.value == s.q.value &&
                                          o.predicate != Slot::Predicate::kArrest;
                                 })) {
        out.claims[id].subsumed = true;
      }
      if (s.minor) cues.minors = true;
      continue;
    }
    // Arrest counts.
    // "The women were not charged with prostitution ... One of the five, a
    // 24-year-old woman, was taken into custody on an outstanding warrant",
    // "None of the three was arrested ... A fourth woman ... was arrested for
    // being unlawfully at large": a share of the people found selling sex
    // ("one of the five", "one of them"), or one more of them ("a fourth
    // woman", "another woman"), arrested on a charge of no category of its
    // own, a few sentences after the article said the people selling sex
    // were not arrested, is a person selling sex arrested, whatever the
    // charge.
    if (s.predicate == Slot::Predicate::kArrest && value && *value > 0 && !s.negated &&
        !s.total_marker && !s.background && !s.named &&
        (!s.category || *s.category == Category::kOtherArrested) && seller_zero_before(index)) {
      const std::string phrase =
          lower(text.substr(s.q.begin, std::max(s.head_end, s.q.end) - s.q.begin));
      bool one_more = false;
      if (s.group == "women" || s.group == "girls") {
        for (const char* w : {"another ", " second ", " third ", " fourth ", " fifth ", " sixth ",
                              " seventh ", " eighth ", " additional ", " more "}) {
          if ((" " + phrase + " ").find(w) != std::string::npos) one_more = true;
        }
      }
      // "Two of the suspects ... charged with arranging travel": a share of
      // the suspects or the men is not a share of the people selling sex.
      bool other_base = false;
      for (const char* w : {" suspects", " men ", " men,", " males", " defendants", " people",
                            " persons", " individuals", " accused"}) {
        if ((" " + phrase + " ").find(w) != std::string::npos) other_base = true;
      }
      if ((s.partitive_of && !other_base) || one_more) {
        emit(s, Category::kSellersArrested, value, "binder/seller-other-charge");
        continue;
      }
    }
    // Not the base of a partitive: "four of the five women charged with
    // prostitution were trafficking victims" names four victims.
    const bool base_of_partitive =
        s.total_marker && s.of_the && i > 0 && slots[i - 1].q.end + 12 >= s.q.begin;
    if (s.also_victims && value && !base_of_partitive) {
      Slot victims = s;
      victims.category_trigger = nullptr;
      emit(victims, Category::kVictimsIdentified, value, "binder/arrested-and-victims");
    }
    if (s.q.kind == QuantityKind::kFraction) {
      if (s.q.base) {
        Slot base = s;
        base.q.begin = s.q.base_begin;
        base.q.end = s.q.base_end;
        base.q.value = s.q.base;
        base.q.qualifier = Qualifier::kNone;
        base.q.kind = QuantityKind::kCount;
        base.category_trigger = nullptr;
        emit(base, Category::kTotalArrested, s.q.base, "binder/fraction-base");
        sentence_total = s.q.base;
      } else if (!antecedent_total) {
        Slot base = s;
        base.category_trigger = nullptr;
        emit(base, Category::kTotalArrested, std::nullopt, "binder/fraction-of-unknown");
      }
      // "Sixty-four people were arrested. Roughly a quarter of those arrested
      // were women charged with prostitution": a share of the antecedent.
      std::optional<std::int64_t> share = s.q.base ? s.q.value : std::nullopt;
      if (!s.q.base && antecedent_total && s.q.fraction > 0) {
        share = static_cast<std::int64_t>(static_cast<double>(*antecedent_total) * s.q.fraction + 0.5);
      }
      if (s.category && *s.category != Category::kTotalArrested) {
        emit(s, *s.category, share, rule);
      }
      continue;
    }
    // "29 people, 11 of whom": the partitive hangs right on this count.
    const bool parent_of_partitive = i + 1 < slots.size() && slots[i + 1].partitive_of &&
                                     slots[i + 1].clause_begin == s.clause_begin &&
                                     slots[i + 1].q.begin <= s.head_end + 3;
    // "Four women, including a 17-year-old girl, were arrested for ...": one
    // charge for both, so the first is the category's count, not a total.
    const bool shares_charge = i + 1 < slots.size() && slots[i + 1].included && !s.included &&
                               s.category_trigger != nullptr && !s.noun_category &&
                               slots[i + 1].category_trigger == s.category_trigger;
    // "47 individuals for attempting to purchase sex, including five who ...":
    // the charge before the inclusion is the count's own.
    const bool own_charge = s.category_trigger != nullptr && i + 1 < slots.size() &&
                            s.category_trigger->begin >= s.q.end &&
                            s.category_trigger->end <= slots[i + 1].q.begin;
    const bool parent_of_inclusion = i + 1 < slots.size() && slots[i + 1].included &&
                                     !s.included && !shares_charge && !own_charge;
    if (!s.category || s.total_marker || parent_of_partitive ||
        (parent_of_inclusion && slots[i + 1].category && s.category == slots[i + 1].category &&
         !s.noun_category)) {
      const bool sub_count_follows = std::any_of(
          slots.begin() + static_cast<std::ptrdiff_t>(i + 1), slots.end(),
          [](const Slot& o) { return o.predicate == Slot::Predicate::kArrest; });
      const bool base_of_previous = s.of_the && i > 0 && slots[i - 1].q.end + 12 >= s.q.begin;
      // "That brings the total to 30 men accused of soliciting and four
      // women accused of prostitution": a running total of the category its
      // own charge names.
      if (s.running_total && s.category && *s.category != Category::kOtherArrested &&
          *s.category != Category::kVictimsIdentified && s.category_trigger &&
          s.category_trigger->kind() == TriggerKind::kAct &&
          s.category_trigger->begin >= s.head_end && s.category_trigger->begin - s.head_end <= 16) {
        emit(s, *s.category, value, rule);
        continue;
      }
      if (s.category && s.total_marker && !base_of_previous && !parent_of_inclusion &&
          !parent_of_partitive && !sub_count_follows && *s.category != Category::kOtherArrested) {
        // "a total of 41 men for soliciting": both a total and a category.
        emit(s, *s.category, value, rule);
      }
      emit(s, Category::kTotalArrested, value, s.total_marker ? "arrest/total" : "binder/total");
      if (value) sentence_total = value;
      if (s.minor) cues.minors = true;
      continue;
    }
    if (s.mixed_with && s.predicate == Slot::Predicate::kArrest) {
      emit(s, Category::kTotalArrested, value, "binder/mixed-charges");
      emit(s, *s.category, std::nullopt, rule);
      Slot other = s;
      other.category_trigger = s.mixed_with;
      emit(other, s.mixed_with->category(), std::nullopt, s.mixed_with->pattern->id);
      if (value) sentence_total = value;
      continue;
    }
    auto id = emit(s, *s.category, value, rule);
    // Rows of a list by charge add up, row after row, even when two rows
    // fall in one category ("Human trafficking ... 1", "Deriving support ...
    // 1").
    if (s.list_row && *s.category != Category::kTotalArrested) out.claims[id].additive = true;
    // "Nineteen of the men were charged with soliciting ... The other 12 face
    // charges of ...": among arrests, the other part of the total.
    if (s.remainder) out.claims[id].additive = true;
    if (s.included && i > 0 && slots[i - 1].category == s.category &&
        !slots[i - 1].total_marker) {
      out.claims[id].subsumed = true;
    }
    if (s.minor) {
      cues.minors = true;
    }
  }

  // Named arrestees: "Jane Doe, 34, of Millbrook, prostitution".
  for (std::size_t i = 0; i < triggers.size(); ++i) {
    const Trigger& t = triggers[i];
    if (t.kind() != TriggerKind::kNamedPerson || background_at(t.begin)) continue;
    if (!has_arrest && !seg.line && !list_header) continue;  // "Jane Doe, 34, pleaded guilty"
    // Up to the next name, unless that name is coordinated with this one
    // ("Marcus Hale, 33, and Tyrell Banks, 29, were arrested on ...
    // charges"): coordinated names share the charge after the last of them.
    std::size_t end = seg.end;
    std::size_t from = t.end;
    for (std::size_t j = i + 1; j < triggers.size(); ++j) {
      if (triggers[j].kind() != TriggerKind::kNamedPerson) continue;
      const std::string gap = lower(trim_view(text.substr(from, triggers[j].begin - from)));
      const bool coordinated = gap == "and" || gap == ", and" || gap == "," || gap == "or";
      if (coordinated && !best_act(from, triggers[j].begin)) {
        from = triggers[j].end;
        continue;
      }
      end = triggers[j].begin;
      break;
    }
    const Trigger* act = best_act(t.end, std::max(end, from));
    Slot s;
    s.q.begin = t.begin;
    s.q.end = t.end;
    s.head_end = t.end;
    s.q.value = 1;
    s.additive = true;
    s.named = true;
    if (list_header) {
      // Listed under "Charged with solicitation were:"; a second charge on
      // the line does not make the person count twice.
      emit(s, list_header->category, 1, list_header->id);
      continue;
    }
    if (!act && charge_below) {
      emit(s, charge_below->category, 1, "arrest/named-arrestee");
      continue;
    }
    if (!act) continue;
    bound_acts.push_back(act->begin);
    s.category_trigger = act;
    emit(s, act->category(), 1, "arrest/named-arrestee");
  }

  // Partitives without a number: "most of them for solicitation", "All of
  // them were charged with soliciting a prostitute".
  for (const auto& t : triggers) {
    if (t.kind() != TriggerKind::kPartitive && t.kind() != TriggerKind::kAll) continue;
    std::size_t end = clause_of(t.begin).second;
    for (const auto& s : slots) {
      if (s.q.begin > t.end && s.q.begin < end) end = s.q.begin;
    }
    const Trigger* act = best_act(t.end, end);
    if (!act) {
      for (const auto& n : triggers) {
        if (n.kind() == TriggerKind::kNoun && n.begin >= t.end && n.end <= end &&
            n.category() != Category::kVictimsIdentified) {
          act = &n;
          break;
        }
      }
    }
    if (!act || act->category() == Category::kVictimsIdentified) continue;
    if (std::find(bound_acts.begin(), bound_acts.end(), act->begin) != bound_acts.end()) continue;
    const bool arrest_near = has_arrest || !slots.empty() || antecedent_total.has_value();
    if (!arrest_near || modal) continue;
    bound_acts.push_back(act->begin);
    Slot s;
    s.q.begin = t.begin;
    s.q.end = t.end;
    s.head_end = t.end;
    s.category_trigger = act;
    std::optional<std::int64_t> value;
    if (t.kind() == TriggerKind::kAll) {
      value = sentence_total ? sentence_total : antecedent_total;
      // "Two women were also arrested; both were charged with prostitution":
      // "both" is two, whatever total came before.
      if (lower(text.substr(t.begin, std::min<std::size_t>(4, t.end - t.begin))) == "both") value = 2;
      // "The men who answered those ads ... There were nine of them. Each was
      // charged with soliciting prostitution": the count of a sentence that
      // only says how many there were.
      if (!value && index > 0) {
        const Segment& prev = segments[index - 1];
        const std::string opening =
            lower(text.substr(prev.begin, std::min<std::size_t>(11, prev.end - prev.begin)));
        if (opening.starts_with("there were ") || opening.starts_with("there are ")) {
          if (const auto q = unbound_count_before(text, segments, index, out, "")) value = q->value;
        }
      }
      // "Each man was charged with solicitation" with no figure at hand: the
      // charge of everyone in a group counted elsewhere.
      if (!value) {
        const std::size_t id = emit(s, act->category(), std::nullopt, t.pattern->id);
        out.claims[id].whole_group = true;
        emit(s, Category::kTotalArrested, std::nullopt, t.pattern->id);
        continue;
      }
    }
    const std::size_t id = emit(s, act->category(), value, t.pattern->id);
    out.claims[id].share_of_total = true;
    out.claims[id].whole_group = t.kind() == TriggerKind::kAll;
    // "The rest were charged with soliciting": what the total leaves over.
    const std::string opening = lower(text.substr(t.begin, std::min<std::size_t>(16, t.end - t.begin)));
    // Not "Most of the rest were men": a share of the rest has no number.
    const std::size_t look = std::min<std::size_t>(t.begin - seg.begin, 4);
    const bool share_of_rest = lower(text.substr(t.begin - look, look)) == " of ";
    if (!value && !share_of_rest &&
        (opening.rfind("the rest", 0) == 0 || opening.rfind("the remain", 0) == 0 ||
         opening.rfind("the others", 0) == 0)) {
      out.claims[id].rest = true;
    }
    // "most of those arrested": arrests happened, number unknown.
    if (!sentence_total && !antecedent_total) {
      emit(s, Category::kTotalArrested, std::nullopt, t.pattern->id);
    }
  }

  // "Police said about a dozen of the women told investigators they were
  // turning over their earnings to someone else. Those women were referred
  // ... as potential trafficking victims": "those" or "these" and a plural
  // person noun opening a sentence that counts no one are the people the
  // sentence before counted and bound nothing to.
  auto those_count = [&]() -> std::optional<Quantity> {
    if (!slots.empty() || index == 0) return std::nullopt;
    const std::string opening =
        lower(text.substr(seg.begin, std::min<std::size_t>(40, seg.end - seg.begin)));
    if (!opening.starts_with("those ") && !opening.starts_with("these ")) return std::nullopt;
    std::size_t e = 6;
    while (e < opening.size() && std::isalpha(static_cast<unsigned char>(opening[e]))) ++e;
    const std::string noun = opening.substr(6, e - 6);
    re2::StringPiece head;
    if (noun.size() < 3 || (noun.back() != 's' && noun != "women" && noun != "men" &&
                                noun != "people" && noun != "children")) {
      return std::nullopt;
    }
    if (!match_prefix(*person_head, std::string_view(opening).substr(6), &head) ||
        head.data() != opening.data() + 6 || head.size() != noun.size()) {
      return std::nullopt;
    }
    return unbound_count_before(text, segments, index, out, noun);
  };

  // Acts with an arrest predicate and no number: unspecified, or zero when
  // negated ("No one was charged with human trafficking").
  bool pronoun_counted = false;
  // Whether the sentence before counted exactly one person, or the last one
  // that counted anyone did so a sentence earlier, with only a sentence of
  // no figure between ("One of the people taken into custody is a
  // 16-year-old female. Because of her age, her name is not being released.
  // She was detained on a prostitution offense").
  bool one_before = antecedent_total && *antecedent_total == 1;
  if (!antecedent_total && index > 0) {
    std::optional<std::size_t> previous;
    bool one = false;
    for (auto c = out.claims.rbegin(); c != out.claims.rend(); ++c) {
      if (c->segment >= index) continue;
      if (previous && c->segment != *previous) break;
      previous = c->segment;
      // A further charge of the one person ("charged with conducting a
      // business involving sexual servitude, deceptive recruiting ...")
      // gives a numberless claim beside the 1: still one person.
      if (!c->value && !c->background && !c->negated) {
        previous = c->segment;
        continue;
      }
      if (c->background || c->negated || !c->value || *c->value != 1) {
        one = false;
        break;
      }
      if (c->category == Category::kTotalArrested) one = true;
    }
    one_before = one && previous &&
                 (*previous + 1 == index || (*previous + 2 == index && !segments[index - 1].line));
  }
  for (const auto& t : triggers) {
    if (!is_category_act(t) || t.category() == Category::kVictimsIdentified ||
        t.category() == Category::kTotalArrested) {
      continue;
    }
    if (std::find(bound_acts.begin(), bound_acts.end(), t.begin) != bound_acts.end()) continue;
    bool inside_slot = false;
    for (const auto& s : slots) {
      if (s.predicate == Slot::Predicate::kNone) continue;
      auto idx = static_cast<std::size_t>(&s - slots.data());
      auto [fb, fe] = scope_fwd(idx);
      if ((t.begin >= fb && t.end <= fe) || (t.begin >= s.q.begin && t.end <= s.head_end)) {
        inside_slot = true;
      }
    }
    if (inside_slot) continue;
    const auto cbce_range = clause_of(t.begin);
    const std::size_t cb = cbce_range.first, ce = cbce_range.second;
    const Trigger* negation = first_of_kind(TriggerKind::kNegation, cb, ce);
    const Trigger* arrest = first_of_kind(TriggerKind::kArrest, cb, ce);
    if (!arrest) continue;
    // "If an operation charges 17 buyers and zero traffickers": a
    // conditional is not an event.
    if (rare.may_hold(RarePhrases::kConditional) &&
        RE2::PartialMatch(text.substr(cb, std::min(arrest->begin, t.begin) - cb), *conditional)) {
      continue;
    }
    // "a major blow against human trafficking", "an operation targeting
    // prostitution": what the operation is aimed at, not a charge.
    {
      static const char* const kAimedAt[] = {"against", "combat",   "combating", "combatting",
                                             "fight",   "fighting", "targeting", "targeted",
                                             "targets", "tackle",   "tackling"};
      const std::string aim = word_before(text, seg.begin, t.begin);
      if (std::find(std::begin(kAimedAt), std::end(kAimedAt), aim) != std::end(kAimedAt)) {
        continue;
      }
    }
    // A numberless claim needs an event: "were arrested", not "the department
    // arrests only buyers" or "arresting people who sell sex".
    {
      const std::string word = lower(text.substr(arrest->begin, arrest->end - arrest->begin));
      const bool negated_here = negation && negation->begin < arrest->begin;
      if (!negated_here &&
          (word == "arrests" || word == "arresting" || word == "arrest" || word == "jail")) {
        continue;
      }
    }
    // The act must be the predicate's own: "charged with soliciting", "johns
    // were arrested"; not a word elsewhere in a long clause.
    {
      const std::size_t gap = t.begin >= arrest->end ? t.begin - arrest->end
                              : arrest->begin >= t.end ? arrest->begin - t.end
                                                       : 0;
      const std::size_t reach = t.kind() == TriggerKind::kNoun ? 30 : 60;
      if (gap > reach) continue;
    }
    // "No one was charged", not "the men charged ... were not named".
    if (negation && negation->begin > arrest->begin) negation = nullptr;
    if (modal && !negation) continue;
    if (t.category() == Category::kOtherArrested && !negation) continue;
    Slot s;
    s.q.begin = negation ? negation->begin : std::min(arrest->begin, t.begin);
    s.q.end = std::max(arrest->end, t.end);
    s.head_end = s.q.end;
    s.negated = negation != nullptr;
    s.category_trigger = &t;
    if (t.category() == Category::kOtherArrested) continue;
    // "A 47-year-old man ... was arrested at the scene. He has been charged
    // with living on the earnings of prostitution": "he" or "she" opening the
    // sentence after one that counted exactly one person is that person.
    // Counts of this sentence that bind nothing ("where a caseworker met with
    // her") do not stand in the way.
    // So is "the juvenile", "the woman" (a definite singular person) opening
    // it; and either one after a sentence that brought in exactly one person
    // without counting an arrest: "detectives encountered a 17-year-old girl
    // who was advertising ... The juvenile was taken into custody and charged
    // with prostitution".
    std::optional<std::int64_t> one;
    bool one_minor = false;
    const bool counts_bound = std::any_of(slots.begin(), slots.end(), [](const Slot& o) {
      return o.predicate != Slot::Predicate::kNone;
    });
    if (!negation && !counts_bound && !pronoun_counted) {
      const std::string opening =
          lower(trim_view(text.substr(seg.begin, std::min<std::size_t>(24, seg.end - seg.begin))));
      bool subject = opening.starts_with("he ") || opening.starts_with("she ");
      std::string subject_group;
      if (opening.starts_with("the ")) {
        std::size_t e = 4;
        while (e < opening.size() && std::isalpha(static_cast<unsigned char>(opening[e]))) ++e;
        const std::string noun = opening.substr(4, e - 4);
        for (const char* w : {"juvenile", "girl", "boy", "teen", "teenager", "minor", "woman",
                              "man", "female", "male", "suspect", "defendant"}) {
          if (noun == w && e < opening.size() && opening[e] == ' ') subject = true;
        }
        if (subject) subject_group = person_group(noun);
      }
      if (subject && one_before) {
        one = 1;
        s.group = subject_group;
        s.minor = s.group == "minors" || s.group == "girls" || s.group == "boys";
        if (s.minor) cues.minors = true;
      } else if (subject && slots.empty()) {
        if (const auto before = one_person_before(text, segments, index, out, rare)) {
          const std::string& g = *before;
          if (subject_group.empty() || g.empty() || g == subject_group ||
              (subject_group == "minors" && (g == "girls" || g == "boys")) ||
              (g == "minors" && (subject_group == "girls" || subject_group == "boys"))) {
            one = 1;
            s.group = subject_group.empty() ? g : subject_group;
            s.minor = s.group == "minors" || s.group == "girls" || s.group == "boys";
            if (s.minor) cues.minors = true;
          }
        }
      }
      // "The 13th man, a 27-year-old from Halverton, is charged with
      // trafficking in persons": one person of a group counted before.
      if (!one && !subject && opening.starts_with("the ")) {
        std::size_t e = 4;
        while (e < opening.size() && std::isalnum(static_cast<unsigned char>(opening[e]))) ++e;
        const std::string ordinal = opening.substr(4, e - 4);
        std::size_t f = e + 1;
        while (f < opening.size() && std::isalpha(static_cast<unsigned char>(opening[f]))) ++f;
        const std::string noun = e < opening.size() && opening[e] == ' ' ? opening.substr(e + 1, f - e - 1) : "";
        const bool numbered = ordinal.size() >= 3 && std::isdigit(static_cast<unsigned char>(ordinal[0])) &&
                              (ordinal.ends_with("st") || ordinal.ends_with("nd") ||
                               ordinal.ends_with("rd") || ordinal.ends_with("th"));
        bool ordinal_word = false;
        for (const char* w : {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                              "ninth", "tenth", "eleventh", "twelfth", "last", "final"}) {
          if (ordinal == w) ordinal_word = true;
        }
        bool person = false;
        for (const char* w : {"man", "woman", "suspect", "defendant", "person", "individual"}) {
          if (noun == w) person = true;
        }
        if ((numbered || ordinal_word) && person && f < opening.size() &&
            (opening[f] == ' ' || opening[f] == ',')) {
          one = 1;
          s.group = person_group(noun);
        }
      }
      if (!one && !subject) {
        if (const auto q = those_count()) {
          one = q->value;
          s.q.qualifier = q->qualifier;
        }
      }
      pronoun_counted = one.has_value();  // a second charge of the same person adds no one
      // "One of the people taken into custody is a 16-year-old female. She
      // was detained on a prostitution offense": the minor counted before.
      if (one) {
        std::optional<std::size_t> previous;
        for (auto c = out.claims.rbegin(); c != out.claims.rend(); ++c) {
          if (c->segment >= index) continue;
          if (previous && c->segment != *previous) break;
          previous = c->segment;
          if (c->minor) one_minor = true;
        }
      }
    }
    const std::size_t pronoun_claim = emit(s, t.category(), one, t.pattern->id);
    if (one_minor) out.claims[pronoun_claim].minor = true;
    if (!negation) emit(s, Category::kTotalArrested, one, t.pattern->id);
    bound_acts.push_back(t.begin);
  }
  // "none of them were arrested" with no act: the people found were not
  // arrested; in sting coverage those are the people selling sex.
  if (const Trigger* negation = first_of_kind(TriggerKind::kNegation, seg.begin, seg.end)) {
    const std::size_t ce = clause_of(negation->begin).second;
    const Trigger* arrest = first_of_kind(TriggerKind::kArrest, negation->begin, ce);
    // The act of the negated predicate, not one of an earlier count in the
    // clause ("arrested 21 men accused of buying sex, and none of the women
    // they met were arrested").
    const Trigger* act = nullptr;
    // "None of the victims has been charged with any crime": victims are the
    // people found, like "the women", not a charge.
    for (const auto& t : triggers) {
      if (is_category_act(t) && t.begin >= negation->begin && t.end <= ce &&
          !(t.kind() == TriggerKind::kNoun && t.category() == Category::kVictimsIdentified)) {
        act = &t;
      }
    }
    const bool counted = arrest && std::any_of(slots.begin(), slots.end(), [&](const Slot& s) {
      return s.q.begin >= negation->begin && s.q.begin < arrest->end;
    });
    // "No criminal charges were filed" says nothing about who was found.
    const std::string said = lower(text.substr(negation->begin, negation->end - negation->begin));
    // Unless it says against whom: "No charges were laid against the women".
    // "The women were interviewed by advocates ... and released without
    // charges": said of people, not of charges.
    const bool released = said.find("released without") != std::string::npos;
    const bool about_charges =
        !released &&
        (said.find("charges") != std::string::npos || said.find("arrests") != std::string::npos ||
         said.find("citations") != std::string::npos) &&
        !RE2::PartialMatch(text.substr(negation->end, ce - negation->end), *against_women);
    // "no clients have been charged", "no men were arrested": not the people
    // selling sex.
    bool about_others = false;
    for (const char* w : {"men", "clients", "customers", "patrons", "purchasers", "buyers", "johns",
                          "traffickers", "pimps"}) {
      if (said.ends_with(std::string(" ") + w)) about_others = true;
    }
    // Released without charges: a stated zero for sellers only when the
    // people released are those found selling sex or possible victims
    // ("Eleven adults found during the operation", "The women"), not "Two
    // men" or "the driver".
    if (released) {
      const std::size_t nb = clause_of(negation->begin).first;
      bool found_people = false, others = false;
      people_named(text.substr(nb, negation->begin - nb), found_people, others);
      about_others = about_others || others || !found_people;
    }
    // "The nine men who answered the ads but never showed up ... none of
    // them have been charged yet": "them" are the men the sentence names.
    if (!released && (said == "none" || said == "neither") &&
        (text.substr(negation->end, 9) == " of them " || text.substr(negation->end, 10) == " of those ")) {
      bool found_people = false, others = false;
      people_named(text.substr(seg.begin, negation->begin - seg.begin), found_people, others);
      about_others = about_others || (others && !found_people);
    }
    // The negated verb is the arrest ("none of the women were arrested"),
    // not another one whose object mentions an arrest ("has not released the
    // names of those arrested", "were not yet available because booking ...").
    const auto negates_arrest = [&] {
      if (arrest->begin < negation->end) return true;  // "did not arrest", "not charged"
      const std::string_view gap = text.substr(negation->end, arrest->begin - negation->end);
      if (RE2::PartialMatch(gap, *negated_tail)) return true;
      const bool auxiliary_negation = said.ends_with("not") || said.ends_with("n't");
      return !auxiliary_negation && !RE2::PartialMatch(gap, *auxiliary);  // "none arrested"
    };
    if (arrest && !act && !counted && !about_charges && !about_others && negates_arrest()) {
      Slot s;
      s.q.begin = negation->begin;
      s.q.end = arrest->end;
      s.head_end = arrest->end;
      s.negated = true;
      emit(s, Category::kSellersArrested, 0, "binder/none-arrested");
    }
  }
  // "No victims were identified", "no one was identified as a trafficking
  // victim": a stated zero for victims.
  bool victims_counted = false;  // this sentence's claims are the last ones
  for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment == index; ++c) {
    if (c->category == Category::kVictimsIdentified) victims_counted = true;
  }
  if (!victims_counted && !modal) {
    for (const auto& t : triggers) {
      const bool victim_word = t.kind() == TriggerKind::kVictim ||
                               (t.kind() == TriggerKind::kNoun &&
                                t.category() == Category::kVictimsIdentified);
      if (!victim_word || background_at(t.begin)) continue;
      const auto [cb, ce] = clause_of(t.begin);
      // The negation nearest before the victim word, or the one that holds
      // it: "None of the women said they were forced, and no trafficking
      // victims were identified".
      const Trigger* negation = nullptr;
      for (const auto& n : triggers) {
        if (n.kind() == TriggerKind::kNegation && n.begin >= cb && n.begin < t.begin &&
            (!negation || n.begin > negation->begin)) {
          negation = &n;
        }
      }
      if (negation == nullptr || (negation->end < t.begin && t.begin - negation->end > 40)) {
        continue;
      }
      const bool counted = std::any_of(slots.begin(), slots.end(), [&](const Slot& sl) {
        return sl.q.begin >= negation->begin && sl.q.begin < t.end;
      });
      const std::string said = lower(text.substr(negation->begin, negation->end - negation->begin));
      if (counted || said.find("arrest") != std::string::npos ||
          said.find("charge") != std::string::npos) {
        continue;
      }
      // "None of the victims has been charged": the victims are the subject
      // of a negated arrest, which says nothing against their number.
      if (const Trigger* arrest_after = first_of_kind(TriggerKind::kArrest, t.end, ce)) {
        // Only auxiliaries between: "has been", "were ever".
        std::string_view gap = trim_view(text.substr(t.end, arrest_after->begin - t.end));
        bool auxiliaries = !gap.empty();
        while (!gap.empty() && auxiliaries) {
          const std::size_t space = gap.find(' ');
          const std::string word = lower(gap.substr(0, space));
          gap = space == std::string_view::npos ? std::string_view() : trim_view(gap.substr(space));
          auxiliaries = false;
          for (const char* w : {"was", "were", "is", "are", "has", "have", "had", "been", "be",
                                "being", "ever", "yet", "since", "later", "also"}) {
            if (word == w) auxiliaries = true;
          }
        }
        if (auxiliaries) continue;
      }
      Slot s;
      s.q.begin = negation->begin;
      s.q.end = t.end;
      s.head_end = t.end;
      s.negated = true;
      emit(s, Category::kVictimsIdentified, 0, "binder/no-victims");
      break;
    }
  }

  // "Those women were referred ... as potential trafficking victims".
  if (has_victim_pred && !modal) {
    bool counted = false;
    for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment == index; ++c) {
      if (c->category == Category::kVictimsIdentified) counted = true;
    }
    const Trigger* victim = first_of_kind(TriggerKind::kVictim, seg.begin, seg.end);
    if (!counted && victim && !background_at(victim->begin)) {
      if (const auto q = those_count()) {
        Slot s;
        s.q.begin = seg.begin;
        s.q.end = victim->end;
        s.q.qualifier = q->qualifier;
        s.head_end = victim->end;
        emit(s, Category::kVictimsIdentified, q->value, "binder/those-victims");
      }
    }
  }

  // "Detectives have identified the juvenile as a possible victim of human
  // trafficking": one person, named by a definite noun or a pronoun, made a
  // victim with no figure; "both girls", "both of them" are two.
  {
    bool counted = false;
    for (auto c = out.claims.rbegin(); c != out.claims.rend() && c->segment == index; ++c) {
      if (c->category == Category::kVictimsIdentified) counted = true;
    }
    const std::string_view sentence = text.substr(seg.begin, seg.end - seg.begin);
    re2::StringPiece m;
    std::int64_t value = 1;
    bool found = !counted && !modal && rare.may_hold(RarePhrases::kOneAsVictim) &&
                 partial_capture(sentence, *one_as_victim, &m);
    if (!counted && !modal && !found && rare.may_hold(RarePhrases::kTwoAsVictims)) {
      found = partial_capture(sentence, *two_as_victims, &m);
      value = 2;
    }
    if (found) {
      Slot s;
      s.q.begin = static_cast<std::size_t>(m.data() - text.data());
      s.q.end = s.q.begin + m.size();
      s.head_end = s.q.end;
      if (!background_at(s.q.begin))
        emit(s, Category::kVictimsIdentified, value, "binder/one-as-victim");
    }
  }

  // "When we asked how many trafficking victims the operation identified,
  // the spokesperson's answer was direct: none": a question about a
  // category answered with none is a stated zero.
  {
    const std::string_view sentence = text.substr(seg.begin, seg.end - seg.begin);
    re2::StringPiece asked, none;
    if (!modal && rare.may_hold(RarePhrases::kHowMany) &&
        RE2::PartialMatch(sentence, *how_many, &asked)) {
      const std::size_t asked_end =
          static_cast<std::size_t>(asked.data() - text.data()) + asked.size();
      const std::string_view rest = text.substr(asked_end, seg.end - asked_end);
      if (RE2::PartialMatch(rest, *answer_none, &none)) {
        const std::size_t none_begin = static_cast<std::size_t>(none.data() - text.data());
        const Trigger* about = nullptr;
        for (const auto& t : triggers) {
          const bool person_word =
              t.kind() == TriggerKind::kNoun || t.kind() == TriggerKind::kVictim;
          if (person_word && t.begin >= asked_end && t.begin <= asked_end + 40 &&
              t.end <= none_begin && t.category() != Category::kOtherArrested &&
              t.category() != Category::kTotalArrested) {
            about = &t;
            break;
          }
        }
        const bool counted =
            about && std::any_of(out.claims.rbegin(), out.claims.rend(), [&](const BoundClaim& c) {
              return c.segment == index && c.category == about->category();
            });
        if (about && !counted && !background_at(about->begin)) {
          Slot s;
          s.q.begin = static_cast<std::size_t>(asked.data() - text.data());
          s.q.end = none_begin + none.size();
          s.head_end = s.q.end;
          s.negated = true;
          emit(s, about->category(), 0, "binder/answered-none");
        }
      }
    }
  }

  if (sentence_total) {
    antecedent_total = sentence_total;
  } else {
    antecedent_total.reset();
  }
  // The one group of people this sentence counted, for a "them" after it.
  {
    bool one_group = false;
    for (const auto& s : slots) {
      if (!s.person) continue;
      if (s.group.empty() || (one_group && s.group != antecedent_group)) {
        one_group = false;
        antecedent_group.clear();
        break;
      }
      one_group = true;
      antecedent_group = s.group;
    }
  }
}

}  // namespace rehope::internal

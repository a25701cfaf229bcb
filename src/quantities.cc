// quantities: a linear token scanner for number expressions. See the header
// for what is reported and why.
#include "quantities.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <span>
#include <utility>

#include <re2/re2.h>

namespace rehope::internal {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
// Digit strings saturate here while being read: above kMaxCountValue anyway.
constexpr std::int64_t kSaturated = kMaxCountValue * 1000;

// ---------------------------------------------------------------------------
// Small string helpers (ASCII only: the text is normalized).

constexpr char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// ---------------------------------------------------------------------------
// Number words.

enum class WordKind { kZero, kUnit, kTeen, kTens, kHundred, kScale };
struct NumberWord {
  std::string_view word;
  std::int64_t value;
  WordKind kind;
};
constexpr std::array<NumberWord, 33> kNumberWords = {{
    {"zero", 0, WordKind::kZero},
    {"one", 1, WordKind::kUnit},
    {"two", 2, WordKind::kUnit},
    {"three", 3, WordKind::kUnit},
    {"four", 4, WordKind::kUnit},
    {"five", 5, WordKind::kUnit},
    {"six", 6, WordKind::kUnit},
    {"seven", 7, WordKind::kUnit},
    {"eight", 8, WordKind::kUnit},
    {"nine", 9, WordKind::kUnit},
    {"ten", 10, WordKind::kTeen},
    {"eleven", 11, WordKind::kTeen},
    {"twelve", 12, WordKind::kTeen},
    {"thirteen", 13, WordKind::kTeen},
    {"fourteen", 14, WordKind::kTeen},
    {"fifteen", 15, WordKind::kTeen},
    {"sixteen", 16, WordKind::kTeen},
    {"seventeen", 17, WordKind::kTeen},
    {"eighteen", 18, WordKind::kTeen},
    {"nineteen", 19, WordKind::kTeen},
    {"twenty", 20, WordKind::kTens},
    {"thirty", 30, WordKind::kTens},
    {"forty", 40, WordKind::kTens},
    {"fifty", 50, WordKind::kTens},
    {"sixty", 60, WordKind::kTens},
    {"seventy", 70, WordKind::kTens},
    {"eighty", 80, WordKind::kTens},
    {"ninety", 90, WordKind::kTens},
    {"hundred", 100, WordKind::kHundred},
    {"thousand", 1000, WordKind::kScale},
    {"million", 1'000'000, WordKind::kScale},
    {"billion", 1'000'000'000, WordKind::kScale},
    {"trillion", 1'000'000'000'000, WordKind::kScale},
}};

// ---------------------------------------------------------------------------
// Word lists. Each list owns one bit of WordInfo::lists (see the vocabulary
// below), so `in(i, kTimeUnits)` is a bit test rather than a scan of the list.

template <std::size_t N>
struct WordList {
  int bit;  // distinct per list (checked when the vocabulary is built)
  std::array<std::string_view, N> words;
};

constexpr WordList<25> kOrdinalWords = {
    0, {"first",     "second",      "third",      "fourth",     "fifth",
        "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
        "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "thirtieth", "fortieth",    "fiftieth",   "hundredth",  "last"}};

constexpr WordList<22> kTimeUnits = {
    1, {"year",  "years",  "month",   "months",   "week",   "weeks",   "day",    "days",
        "hour",  "hours",  "minute",  "minutes",  "second", "seconds", "decade", "decades",
        "night", "nights", "weekend", "weekends", "yr",     "yrs"}};

constexpr WordList<40> kSizeUnits = {
    2, {"foot",    "feet",  "ft",    "inch",     "inches",    "mile",       "miles",   "mph",
        "acre",    "acres", "pound", "pounds",   "lb",        "lbs",        "ounce",   "ounces",
        "oz",      "gram",  "grams", "kilogram", "kilograms", "kg",         "ton",     "tons",
        "yard",    "yards", "meter", "meters",   "kilometer", "kilometers", "km",      "gallon",
        "gallons", "bed",   "beds",  "story",    "stories",   "square",     "bedroom", "bedrooms"}};

// Second word of an "N-word" compound that makes it a size, not a count.
constexpr WordList<14> kCompoundSizes = {
    3,
    {"person", "member", "man", "woman", "officer", "agency", "page", "room", "unit", "car",
     "vehicle", "caliber", "point", "percent"}};

constexpr WordList<13> kMonths = {
    4,
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "sept"}};
constexpr WordList<10> kMonthAbbrevs = {
    5, {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov"}};
constexpr WordList<1> kDecAbbrev = {6, {"dec"}};

constexpr WordList<20> kStatutePrefixes = {
    7, {"section", "sections", "sec",   "subsection", "rcw",      "ors",      "pc",
        "code",    "chapter",  "title", "statute",    "statutes", "article",  "ilcs",
        "usc",     "bill",     "hb",    "sb",         "ab",       "ordinance"}};

constexpr WordList<18> kAddressPrefixes = {
    8,
    {"highway", "hwy", "interstate", "route", "rt", "suite", "ste", "room", "rm", "apt",
     "apartment", "building", "bldg", "box", "exit", "lot", "sr", "cr"}};

constexpr WordList<28> kStreetSuffixes = {
    9, {"st",        "street", "ave",     "avenue", "rd",    "road",  "blvd",
        "boulevard", "dr",     "drive",   "ln",     "lane",  "way",   "hwy",
        "highway",   "pkwy",   "parkway", "ct",     "court", "pl",    "place",
        "pike",      "trail",  "circle",  "square", "sq",    "plaza", "terrace"}};

constexpr WordList<12> kDirections = {
    10, {"n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw"}};

constexpr WordList<10> kStationPrefixes = {
    11, {"channel", "news", "local", "fox", "nbc", "abc", "cbs", "cw", "pbs", "wgn"}};

constexpr WordList<12> kScoreWords = {12,
                                      {"vote", "votes", "decision", "ruling", "margin", "win",
                                       "victory", "loss", "defeat", "score", "record", "tally"}};

// Words before a 4-digit number that make it a year even before a noun.
constexpr WordList<14> kYearPrepositions = {
    13,
    {"in", "since", "of", "the", "from", "by", "until", "through", "during", "before", "after",
     "to", "and", "year"}};

// Adjectives that may sit between an article and a person noun.
constexpr WordList<44> kArticleModifiers = {
    14,
    {"alleged", "suspected",    "accused",    "other",    "additional", "young",        "younger",
     "older",   "local",        "adult",      "teenage",  "former",     "possible",     "potential",
     "single",  "lone",         "married",    "pregnant", "homeless",   "unidentified", "unnamed",
     "known",   "convicted",    "registered", "foreign",  "elderly",    "underage",     "sex",
     "human",   "undocumented", "male",       "female",   "juvenile",   "teen",         "would-be",
     "new",     "previous",     "fellow",     "unknown",  "purported",  "reputed",      "wanted",
     "sixth",   "seventh"}};

// Words after a person noun that make it a modifier of another noun.
constexpr WordList<36> kCompoundHeads = {
    15, {"sex",           "trafficking",  "advocate",   "advocates",    "services",    "service",
         "school",        "prostitution", "abuse",      "exploitation", "pornography", "protective",
         "welfare",       "support",      "rights",     "group",        "agency",      "program",
         "programs",      "center",       "centre",     "court",        "sting",       "operation",
         "investigation", "unit",         "shelter",    "care",         "predator",    "predators",
         "advocacy",      "outreach",     "assistance", "hotline",      "rescue",      "ring"}};

constexpr WordList<10> kNoOneWords = {
    16, {"no", "any", "every", "each", "some", "someone", "anyone", "everyone", "noone", "none"}};

// Words before "a"/"an" that make the person an object, not a count.
constexpr WordList<20> kObjectVerbs = {
    17, {"soliciting",  "solicit",    "solicited", "solicits",      "patronizing",
         "patronize",   "patronized", "hiring",    "hire",          "hired",
         "procuring",   "enticing",   "entice",    "enticed",       "exploiting",
         "trafficking", "as",         "posing",    "impersonating", "purchasing"}};

// Words after a percentage or a bare fraction that make it a share of people
// ("70 percent were local", "a third were cited"), not a rate.
constexpr WordList<16> kShareVerbs = {
    18,
    {"were", "was", "are", "is", "had", "have", "will", "would", "received", "accepted", "said",
     "came", "lived", "did", "faced", "face"}};

// Every other word the scanner compares a token with: the literals of
// is(i, "...") below and the words of the qualifier, vague and denominator
// tables. A literal missing here is a compile error (see Word).
constexpr auto kOtherWords = std::to_array<std::string_view>(
    {// Qualifier phrases.
     "just", "over", "more", "than", "upwards", "of", "in", "excess", "greater", "at", "least",
     "no", "fewer", "less", "a", "minimum", "nearly", "almost", "close", "to", "under", "about",
     "roughly", "approximately", "around", "some", "an", "estimated", "up", "as", "many", "approx",
     // Vague counts.
     "dozens", "scores", "hundreds", "thousands", "several", "handful", "number", "few", "multiple",
     "numerous", "slew",
     // Fraction denominators.
     "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
     "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths", "seventh", "sevenths",
     // Everything else.
     "c", "i", "s", "tv", "u", "us", "usc", "age", "aged", "ages", "all", "am", "and", "another",
     "assembly", "b", "between", "bill", "block", "bn", "bucks", "call", "called", "calling",
     "cent", "cents", "children", "clock", "couple", "daylong", "dial", "dialed", "dollar",
     "dollars", "dozen", "favor", "feet", "foot", "from", "hotline", "house", "k", "long", "m",
     "men", "miles", "monthlong", "nd", "nos", "o", "old", "one", "or", "other", "p", "pair", "pct",
     "people", "per", "percent", "plus", "pm", "police", "range", "ranged", "ranges", "ranging",
     "rd", "senate", "sex", "so", "square", "st", "text", "texting", "th", "the", "these", "those",
     "through", "vote", "voted", "weeklong", "with", "women", "year", "yearlong", "years", "his",
     "her"});

// ---------------------------------------------------------------------------
// Vocabulary. Nearly every token of prose ("the", "police", "said") starts
// no quantity, yet the scanner asks of each token whether it is one of a few
// hundred fixed words. So each word token is looked up once, in tokenize(),
// in a table built at compile time from the lists above: the token gets the
// id of its lower-cased spelling (Word), and `is(i, "of")`, `in(i, list)` and
// the number-word lookup become integer compares and bit tests.

template <std::size_t... N>
constexpr auto concat(const std::array<std::string_view, N>&... lists) {
  std::array<std::string_view, (N + ...)> out{};
  std::size_t k = 0;
  ((std::copy(lists.begin(), lists.end(), out.begin() + static_cast<std::ptrdiff_t>(k)), k += N),
   ...);
  return out;
}

constexpr auto kAllWords = concat(
    [] {
      std::array<std::string_view, kNumberWords.size()> words{};
      for (std::size_t k = 0; k < words.size(); ++k) words[k] = kNumberWords[k].word;
      return words;
    }(),
    kOrdinalWords.words, kTimeUnits.words, kSizeUnits.words, kCompoundSizes.words, kMonths.words,
    kMonthAbbrevs.words, kDecAbbrev.words, kStatutePrefixes.words, kAddressPrefixes.words,
    kStreetSuffixes.words, kDirections.words, kStationPrefixes.words, kScoreWords.words,
    kYearPrepositions.words, kArticleModifiers.words, kCompoundHeads.words, kNoOneWords.words,
    kObjectVerbs.words, kShareVerbs.words, kOtherWords);

// kAllWords sorted, without duplicates; all lower case.
constexpr std::size_t kVocabSize = [] {
  auto words = kAllWords;
  std::sort(words.begin(), words.end());
  return static_cast<std::size_t>(std::unique(words.begin(), words.end()) - words.begin());
}();
constexpr std::array<std::string_view, kVocabSize> kVocab = [] {
  auto words = kAllWords;
  std::sort(words.begin(), words.end());
  std::unique(words.begin(), words.end());
  std::array<std::string_view, kVocabSize> out{};
  std::copy_n(words.begin(), kVocabSize, out.begin());
  return out;
}();
static_assert(kVocabSize < 0xFFFF);
static_assert(std::all_of(kVocab.begin(), kVocab.end(), [](std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c == lower(c); });
}));

constexpr std::size_t kLongestWord = [] {
  std::size_t longest = 0;
  for (std::string_view w : kVocab) longest = std::max(longest, w.size());
  return longest;
}();

// Id of a word (any case) in kVocab: index + 1, or 0 if it is not there.
using WordId = std::uint16_t;
constexpr WordId vocab_id(std::string_view w) {
  std::size_t lo = 0, hi = kVocabSize;
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    const std::string_view v = kVocab[mid];
    int cmp = 0;
    for (std::size_t k = 0; k < std::min(w.size(), v.size()) && cmp == 0; ++k) {
      const char c = lower(w[k]);
      if (c != v[k]) cmp = c < v[k] ? -1 : 1;
    }
    if (cmp == 0 && w.size() != v.size()) cmp = w.size() < v.size() ? -1 : 1;
    if (cmp == 0) return static_cast<WordId>(mid + 1);
    if (cmp < 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return 0;
}

// Run-time lookup: an open-addressing hash table over kVocab, also built at
// compile time (so there is no static initialisation to race on).
constexpr std::uint32_t hash_step(std::uint32_t h, char c) {  // FNV-1a
  return (h ^ static_cast<unsigned char>(c)) * 16777619u;
}
constexpr std::uint32_t kHashSeed = 2166136261u;
constexpr std::size_t kHashSlots = 2048;  // a power of two, over 4x kVocabSize
static_assert(kHashSlots >= 4 * kVocabSize);
constexpr std::array<WordId, kHashSlots> kVocabHash = [] {
  std::array<WordId, kHashSlots> slots{};
  for (std::size_t k = 0; k < kVocabSize; ++k) {
    std::uint32_t h = kHashSeed;
    for (char c : kVocab[k]) h = hash_step(h, c);
    std::size_t slot = h & (kHashSlots - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (kHashSlots - 1);
    slots[slot] = static_cast<WordId>(k + 1);
  }
  return slots;
}();

// A word of the vocabulary, or none (a token that is not a word, or a word
// the scanner never looks for). Literals convert at compile time, so
// `is(i, "of")` compares two integers.
class Word {
 public:
  constexpr Word() = default;
  template <std::size_t N>
  consteval Word(const char (&literal)[N])  // NOLINT: implicit on purpose
      : id_(vocab_id(std::string_view(literal, N - 1))) {
    // Not a constant expression, so a compile error, for a word missing from
    // the vocabulary ("" is the empty Word, which the tables use as padding).
    if (id_ == 0 && N > 1) throw "word missing from kOtherWords";
  }
  // The word spelled w (any case); empty if it is not in the vocabulary.
  static Word lookup(std::string_view w) {
    if (w.empty() || w.size() > kLongestWord) return Word();
    std::array<char, kLongestWord> buf{};
    std::uint32_t h = kHashSeed;
    for (std::size_t k = 0; k < w.size(); ++k) {
      buf[k] = lower(w[k]);
      h = hash_step(h, buf[k]);
    }
    const std::string_view key(buf.data(), w.size());
    for (std::size_t slot = h & (kHashSlots - 1);; slot = (slot + 1) & (kHashSlots - 1)) {
      const WordId id = kVocabHash[slot];
      if (id == 0) return Word();
      if (kVocab[id - 1] == key) return Word(id);
    }
  }
  constexpr bool empty() const { return id_ == 0; }
  constexpr WordId id() const { return id_; }
  friend constexpr bool operator==(Word, Word) = default;

 private:
  constexpr explicit Word(WordId id) : id_(id) {}
  WordId id_ = 0;
};

// What the scanner needs to know about each word of the vocabulary.
struct WordInfo {
  std::uint32_t lists = 0;                  // bit WordList::bit for each list holding it
  const NumberWord* number_word = nullptr;  // entry of kNumberWords, if any
};
constexpr std::array<WordInfo, kVocabSize + 1> kWordInfo = [] {  // by id; [0] is no word
  std::array<WordInfo, kVocabSize + 1> info{};
  std::uint32_t seen = 0;
  auto add = [&](int bit, std::span<const std::string_view> words) {
    const std::uint32_t mask = std::uint32_t{1} << bit;
    if ((seen & mask) != 0) throw "two word lists share a bit";
    seen |= mask;
    for (std::string_view w : words) info[vocab_id(w)].lists |= mask;
  };
  add(kOrdinalWords.bit, kOrdinalWords.words);
  add(kTimeUnits.bit, kTimeUnits.words);
  add(kSizeUnits.bit, kSizeUnits.words);
  add(kCompoundSizes.bit, kCompoundSizes.words);
  add(kMonths.bit, kMonths.words);
  add(kMonthAbbrevs.bit, kMonthAbbrevs.words);
  add(kDecAbbrev.bit, kDecAbbrev.words);
  add(kStatutePrefixes.bit, kStatutePrefixes.words);
  add(kAddressPrefixes.bit, kAddressPrefixes.words);
  add(kStreetSuffixes.bit, kStreetSuffixes.words);
  add(kDirections.bit, kDirections.words);
  add(kStationPrefixes.bit, kStationPrefixes.words);
  add(kScoreWords.bit, kScoreWords.words);
  add(kYearPrepositions.bit, kYearPrepositions.words);
  add(kArticleModifiers.bit, kArticleModifiers.words);
  add(kCompoundHeads.bit, kCompoundHeads.words);
  add(kNoOneWords.bit, kNoOneWords.words);
  add(kObjectVerbs.bit, kObjectVerbs.words);
  add(kShareVerbs.bit, kShareVerbs.words);
  for (const NumberWord& nw : kNumberWords) info[vocab_id(nw.word)].number_word = &nw;
  return info;
}();

// The empty Word (every non-word token) is in no list and no number word.
static_assert(kWordInfo[0].lists == 0 && kWordInfo[0].number_word == nullptr);

const WordInfo& info(Word w) { return kWordInfo[w.id()]; }
template <std::size_t N>
bool in_list(Word w, const WordList<N>& list) {
  return (info(w).lists & (std::uint32_t{1} << list.bit)) != 0;
}

// ---------------------------------------------------------------------------
// Spelled numbers.

// Reads a cardinal one word at a time, refusing words that cannot continue
// it ("twenty twenty", "one two"), so a scanner can stop at the first word
// that does not belong.
class SpelledParser {
 public:
  bool feed(Word w) {
    if (last_ == Last::kStart && (w == "a" || w == "an")) {
      last_ = Last::kA;
      return true;
    }
    if (w == "and") {
      if (last_ != Last::kHundred && last_ != Last::kScale) return false;
      last_ = Last::kAnd;
      return true;
    }
    const NumberWord* nw = info(w).number_word;
    if (nw == nullptr) return false;
    switch (nw->kind) {
      case WordKind::kZero:
        if (last_ != Last::kStart) return false;
        last_ = Last::kZero;
        return true;
      case WordKind::kUnit:
        if (last_ != Last::kStart && last_ != Last::kTens && last_ != Last::kHundred &&
            last_ != Last::kScale && last_ != Last::kAnd) {
          return false;
        }
        group_ += nw->value;
        last_ = Last::kUnit;
        return true;
      case WordKind::kTeen:
      case WordKind::kTens:
        if (last_ != Last::kStart && last_ != Last::kHundred && last_ != Last::kScale &&
            last_ != Last::kAnd) {
          return false;
        }
        group_ += nw->value;
        last_ = nw->kind == WordKind::kTeen ? Last::kTeen : Last::kTens;
        return true;
      case WordKind::kHundred:
        if (last_ == Last::kA) {
          group_ = 1;
        } else if ((last_ != Last::kUnit && last_ != Last::kTeen) || group_ % 100 == 0) {
          return false;  // "twenty hundred", "one hundred hundred"
        }
        group_ = (group_ % 100) * 100;
        last_ = Last::kHundred;
        return true;
      case WordKind::kScale:
        if (last_ == Last::kA) {
          group_ = 1;
        } else if (last_ != Last::kUnit && last_ != Last::kTeen && last_ != Last::kTens &&
                   last_ != Last::kHundred) {
          return false;
        }
        if (nw->value >= last_scale_) return false;  // "thousand million"
        total_ += group_ * nw->value;
        group_ = 0;
        last_scale_ = nw->value;
        last_ = Last::kScale;
        return true;
    }
    return false;
  }
  bool complete() const {
    return last_ != Last::kStart && last_ != Last::kA && last_ != Last::kAnd;
  }
  std::int64_t value() const { return total_ + group_; }

 private:
  enum class Last { kStart, kA, kAnd, kZero, kUnit, kTeen, kTens, kHundred, kScale };
  Last last_ = Last::kStart;
  std::int64_t total_ = 0;
  std::int64_t group_ = 0;
  std::int64_t last_scale_ = kMax;
};

// ---------------------------------------------------------------------------
// Phrase tables.

struct QualifierPhrase {
  std::array<Word, 3> words;  // empty words pad
  Qualifier qualifier;
};
// Longer phrases first where one is a prefix of another ("just over").
constexpr std::array<QualifierPhrase, 27> kQualifierPhrases = {{
    {{"just", "over", ""}, Qualifier::kMoreThan},    {{"more", "than", ""}, Qualifier::kMoreThan},
    {{"upwards", "of", ""}, Qualifier::kMoreThan},   {{"in", "excess", "of"}, Qualifier::kMoreThan},
    {{"greater", "than", ""}, Qualifier::kMoreThan}, {{"over", "", ""}, Qualifier::kMoreThan},
    {{"at", "least", ""}, Qualifier::kAtLeast},      {{"no", "fewer", "than"}, Qualifier::kAtLeast},
    {{"no", "less", "than"}, Qualifier::kAtLeast},   {{"a", "minimum", "of"}, Qualifier::kAtLeast},
    {{"nearly", "", ""}, Qualifier::kNearly},        {{"almost", "", ""}, Qualifier::kNearly},
    {{"close", "to", ""}, Qualifier::kNearly},       {{"just", "under", ""}, Qualifier::kNearly},
    {{"about", "", ""}, Qualifier::kAbout},          {{"roughly", "", ""}, Qualifier::kAbout},
    {{"approximately", "", ""}, Qualifier::kAbout},  {{"around", "", ""}, Qualifier::kAbout},
    {{"some", "", ""}, Qualifier::kAbout},           {{"an", "estimated", ""}, Qualifier::kAbout},
    {{"estimated", "", ""}, Qualifier::kAbout},      {{"up", "to", ""}, Qualifier::kUpTo},
    {{"as", "many", "as"}, Qualifier::kUpTo},        {{"no", "more", "than"}, Qualifier::kUpTo},
    {{"fewer", "than", ""}, Qualifier::kFewerThan},  {{"less", "than", ""}, Qualifier::kFewerThan},
    {{"approx", "", ""}, Qualifier::kAbout},
}};

struct VagueWord {
  Word first, second;  // second may be empty
  bool needs_of;       // "scores" only as "scores of"
  std::int64_t low;
  bool takes_scale;  // "several dozen", "a few hundred"
};
constexpr std::array<VagueWord, 11> kVagueWords = {{
    {"dozens", "", false, 24, false},
    {"scores", "", true, 40, false},
    {"hundreds", "", false, 200, false},
    {"thousands", "", false, 2000, false},
    {"several", "", false, 3, true},
    {"a", "handful", false, 3, false},
    {"a", "number", true, 2, false},
    {"a", "few", false, 2, true},
    {"multiple", "", false, 2, false},
    {"numerous", "", false, 3, false},
    {"a", "slew", true, 3, false},
}};

struct Denominator {
  Word singular, plural;
  int value;
};
constexpr std::array<Denominator, 9> kDenominators = {{
    {"half", "halves", 2},
    {"third", "thirds", 3},
    {"quarter", "quarters", 4},
    {"fourth", "fourths", 4},
    {"fifth", "fifths", 5},
    {"sixth", "sixths", 6},
    {"eighth", "eighths", 8},
    {"tenth", "tenths", 10},
    {"seventh", "sevenths", 7},
}};

// The words that can begin a match at a token (see the fast exit in
// Scan::match_at): the first word of every rule there. Prose is mostly other
// words, and match_at returns at once for them.
constexpr std::array<bool, kVocabSize + 1> kMayStart = [] {  // by Word id
  std::array<bool, kVocabSize + 1> may{};
  // prefixed_code, date_expression ("Jan."), "week-long", "first"/"last".
  const std::uint32_t lists =
      std::uint32_t{1} << kStatutePrefixes.bit | std::uint32_t{1} << kAddressPrefixes.bit |
      std::uint32_t{1} << kMonths.bit | std::uint32_t{1} << kMonthAbbrevs.bit |
      std::uint32_t{1} << kDecAbbrev.bit | std::uint32_t{1} << kTimeUnits.bit |
      std::uint32_t{1} << kOrdinalWords.bit;
  for (std::size_t id = 1; id <= kVocabSize; ++id) {
    // Number words: atom_at, word_fraction_at ("two-thirds"), "twenty-first".
    may[id] = (kWordInfo[id].lists & lists) != 0 || kWordInfo[id].number_word != nullptr;
  }
  for (const QualifierPhrase& p : kQualifierPhrases) may[p.words[0].id()] = true;
  for (const VagueWord& v : kVagueWords) may[v.first.id()] = true;
  // age_expression, "No. 5", "weeklong", "all", "between", "half" (fractions,
  // "half a dozen"), "a"/"an" (atom_at, fractions) and article counts
  // ("the"/"his"/"her" coordinated with one).
  for (Word w : std::to_array<Word>({"between", "age", "ages", "aged", "no", "weeklong",
                                     "monthlong", "daylong", "yearlong", "all", "half", "a", "an",
                                     "one", "another", "the", "his", "her"})) {
    may[w.id()] = true;
  }
  return may;
}();

// ---------------------------------------------------------------------------
// Tokens.

enum class Tok : std::uint8_t { kWord, kNumber, kPunct, kOther };

struct Token {
  std::size_t begin = 0, end = 0;
  Tok type = Tok::kPunct;
  bool glued = false;  // touches the previous token: no space between
  Word word;           // kWord only: the vocabulary word, if it is one
  // kNumber only.
  bool commas = false;         // "1,204"
  bool decimal = false;        // "2.4"
  std::size_t int_digits = 0;  // digits before any decimal point
  std::int64_t value = 0;      // integer part, saturated at kSaturated
};

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> toks;
  // About one token per 5 bytes of prose; a guess, not a bound.
  toks.reserve((end - begin) / 4 + 1);
  bool space_before = true;
  std::size_t i = begin;
  while (i < end) {
    const char c = text[i];
    if (is_space(c)) {
      space_before = true;
      ++i;
      continue;
    }
    // Filled in place: building it on the stack and copying it in was a
    // measurable share of find().
    const bool glued = !space_before && !toks.empty();
    Token& t = toks.emplace_back();
    t.begin = i;
    t.glued = glued;
    space_before = false;
    if (is_digit(c)) {
      t.type = Tok::kNumber;
      std::size_t j = i;
      auto take_digits = [&](std::size_t from) {
        std::size_t k = from;
        while (k < end && is_digit(text[k])) {
          t.value = t.value >= kSaturated ? kSaturated : t.value * 10 + (text[k] - '0');
          ++t.int_digits;
          ++k;
        }
        return k;
      };
      j = take_digits(j);
      // Thousands groups: ",ddd" not followed by another digit, after 1-3 digits.
      if (t.int_digits <= 3) {
        while (j + 3 < end && text[j] == ',' && is_digit(text[j + 1]) && is_digit(text[j + 2]) &&
               is_digit(text[j + 3]) && (j + 4 >= end || !is_digit(text[j + 4]))) {
          t.commas = true;
          j = take_digits(j + 1);
        }
      }
      if (j + 1 < end && text[j] == '.' && is_digit(text[j + 1])) {
        t.decimal = true;
        ++j;
        while (j < end && is_digit(text[j])) ++j;
      }
      t.end = j;
    } else if (is_alpha(c)) {
      t.type = Tok::kWord;
      std::size_t j = i;
      while (j < end && is_alpha(text[j])) ++j;
      t.end = j;
      t.word = Word::lookup(text.substr(i, j - i));
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      t.type = Tok::kOther;
      std::size_t j = i;
      while (j < end && static_cast<unsigned char>(text[j]) >= 0x80) ++j;
      t.end = j;
    } else {
      t.type = Tok::kPunct;
      t.end = i + 1;
    }
    i = t.end;
  }
  return toks;
}

// A number as read from one or more tokens.
struct Atom {
  std::size_t first = 0, next = 0;  // token range [first, next)
  std::int64_t value = 0;
  bool digits = false;    // written with digits
  bool decimal = false;   // "2.4" with no scale word after
  bool overflow = false;  // above kMaxCountValue
  bool commas = false;
  std::size_t int_digits = 0;
};

std::int64_t qualifier_low(Qualifier q, std::int64_t v) {
  switch (q) {
    case Qualifier::kMoreThan:
      return v < kMax ? v + 1 : v;
    case Qualifier::kAtLeast:
      return v;
    case Qualifier::kNone:
    case Qualifier::kFraction:
      return v;
    default:
      return 0;
  }
}
std::int64_t qualifier_high(Qualifier q, std::int64_t v) {
  switch (q) {
    case Qualifier::kNone:
    case Qualifier::kFraction:
    case Qualifier::kUpTo:
      return v;
    case Qualifier::kNearly:
    case Qualifier::kFewerThan:
      return v > 0 ? v - 1 : 0;
    default:
      return kMax;
  }
}

void set_value(Quantity& q, std::int64_t v, Qualifier qualifier) {
  q.value = v;
  q.qualifier = qualifier;
  q.low = qualifier_low(qualifier, v);
  q.high = qualifier_high(qualifier, v);
}

struct Match {
  Quantity q;
  std::size_t next = 0;  // first token after the match
};

// One scan of one range. Holds no state beyond the call: find() is const.
class Scan {
 public:
  Scan(std::string_view text, std::size_t begin, std::size_t end, const RE2* person_noun)
      : text_(text), end_(end), person_noun_(person_noun), toks_(tokenize(text, begin, end)) {}

  std::vector<Quantity> run() {
    std::vector<Quantity> out;
    std::size_t i = 0;
    while (i < toks_.size()) {
      std::optional<Match> m = match_at(i);
      if (m && m->next > i) {
        out.push_back(m->q);
        i = m->next;
        floor_ = i;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  // -- token predicates ------------------------------------------------------
  std::size_t n() const { return toks_.size(); }
  std::string_view str(std::size_t i) const {
    return text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin);
  }
  bool word(std::size_t i) const { return i < n() && toks_[i].type == Tok::kWord; }
  bool number(std::size_t i) const { return i < n() && toks_[i].type == Tok::kNumber; }
  // Only word tokens carry a vocabulary word, so these imply word(i).
  Word vocab(std::size_t i) const { return i < n() ? toks_[i].word : Word(); }
  bool is(std::size_t i, Word w) const { return !w.empty() && vocab(i) == w; }
  bool punct(std::size_t i, char c) const {
    return i < n() && toks_[i].type == Tok::kPunct && text_[toks_[i].begin] == c;
  }
  bool glued(std::size_t i) const { return i < n() && toks_[i].glued; }
  bool capitalized(std::size_t i) const {
    return word(i) && text_[toks_[i].begin] >= 'A' && text_[toks_[i].begin] <= 'Z';
  }
  bool alnum(std::size_t i) const { return word(i) || number(i); }
  template <std::size_t N>
  bool in(std::size_t i, const WordList<N>& list) const {
    return in_list(vocab(i), list);
  }
  const NumberWord* number_word(std::size_t i) const { return info(vocab(i)).number_word; }
  // A word that may be followed by a glued "." (abbreviations): returns the
  // index after the optional period.
  std::size_t skip_period(std::size_t i) const { return punct(i, '.') && glued(i) ? i + 1 : i; }

  // Glued run of alphanumerics and inner punctuation starting at i ("9A.88.110",
  // "647(b)", "17-year-old"); returns the first token after it.
  std::size_t chunk_end(std::size_t i) const {
    std::size_t j = i + 1;
    int open = 0;
    while (j < n() && glued(j)) {
      if (alnum(j)) {
        ++j;
      } else if ((punct(j, '.') || punct(j, '-') || punct(j, '/') || punct(j, ':')) &&
                 glued(j + 1) && alnum(j + 1)) {
        j += 2;
      } else if (punct(j, '(') && glued(j + 1) && alnum(j + 1)) {
        ++open;
        j += 2;
      } else if (punct(j, ')') && open > 0) {
        --open;
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  // Matches qualifier words at i; returns the token after them.
  std::optional<std::pair<Qualifier, std::size_t>> qualifier_at(std::size_t i) const {
    for (const QualifierPhrase& p : kQualifierPhrases) {
      std::size_t j = i;
      bool ok = true;
      for (Word w : p.words) {
        if (w.empty()) break;
        if (!is(j, w)) {
          ok = false;
          break;
        }
        ++j;
      }
      if (ok) return std::make_pair(p.qualifier, skip_period(j));
    }
    return std::nullopt;
  }

  // Person noun starting at token i: returns the token after it.
  std::optional<std::size_t> person_noun_at(std::size_t i) const {
    if (person_noun_ == nullptr || !word(i)) return std::nullopt;
    re2::StringPiece m;
    if (!person_noun_->Match(text_, toks_[i].begin, end_, RE2::ANCHOR_START, &m, 1)) {
      return std::nullopt;
    }
    const std::size_t match_end = static_cast<std::size_t>(m.data() - text_.data()) + m.size();
    std::size_t j = i;
    while (j < n() && toks_[j].end <= match_end) ++j;
    return j;
  }
  // The noun ending before `next` is plural.
  bool plural_noun(std::size_t next) const {
    if (is(next - 1, "men") || is(next - 1, "women") || is(next - 1, "people") ||
        is(next - 1, "children") || is(next - 1, "police")) {
      return true;
    }
    std::string_view last = str(next - 1);
    return !last.empty() && lower(last.back()) == 's';
  }

  // -- atoms -------------------------------------------------------------------
  static bool scale_word(Word w, std::int64_t* scale) {
    if (w == "thousand")
      *scale = 1000;
    else if (w == "million")
      *scale = 1'000'000;
    else if (w == "billion")
      *scale = 1'000'000'000;
    else if (w == "trillion")
      *scale = 1'000'000'000'000;
    else
      return false;
    return true;
  }

  // A cardinal at i: digits (with a scale word or "dozen" after) or number
  // words ("Forty-one", "a hundred and five", "two dozen", "half a dozen").
  std::optional<Atom> atom_at(std::size_t i) const {
    Atom a;
    a.first = i;
    if (number(i)) {
      const Token& t = toks_[i];
      a.digits = true;
      a.commas = t.commas;
      a.int_digits = t.int_digits;
      a.value = t.value;
      a.next = i + 1;
      a.decimal = t.decimal;
      std::int64_t scale = 1;
      if (word(i + 1) && !glued(i + 1) && scale_word(vocab(i + 1), &scale) && t.int_digits <= 12) {
        const std::string copy(str(i).substr(0, 32));
        std::string no_commas;
        for (char c : copy) {
          if (c != ',') no_commas += c;
        }
        const double d = std::strtod(no_commas.c_str(), nullptr) * static_cast<double>(scale);
        a.value = d >= static_cast<double>(kSaturated) ? kSaturated : std::llround(d);
        a.decimal = false;
        a.next = i + 2;
      } else if (is(i + 1, "dozen") && !t.decimal) {
        a.value = t.value >= kSaturated / 12 ? kSaturated : t.value * 12;
        a.next = i + 2;
      }
      a.overflow = a.value > kMaxCountValue || t.int_digits > 13;
      return a;
    }
    if (!word(i)) return std::nullopt;
    // "half a dozen", "half-dozen", "a half-dozen", "a half dozen".
    {
      std::size_t j = i;
      if (is(j, "a")) ++j;
      if (is(j, "half")) {
        std::size_t k = j + 1;
        if (punct(k, '-') && glued(k) && glued(k + 1))
          ++k;
        else if (is(k, "a"))
          ++k;
        if (is(k, "dozen")) {
          a.value = 6;
          a.next = k + 1;
          return a;
        }
      }
    }
    // "a couple dozen", "a couple of dozen".
    if (is(i, "a") && is(i + 1, "couple")) {
      std::size_t k = is(i + 2, "of") ? i + 3 : i + 2;
      if (is(k, "dozen")) {
        a.value = 24;
        a.next = k + 1;
        return a;
      }
      if (is(i + 2, "of")) {
        a.value = 2;
        a.next = i + 3;
        return a;
      }
      return std::nullopt;
    }
    if (is(i, "a") && is(i + 1, "pair") && is(i + 2, "of")) {
      a.value = 2;
      a.next = i + 3;
      return a;
    }
    SpelledParser parser;
    std::size_t j = i;
    std::size_t good_next = i;
    std::int64_t good_value = 0;
    while (word(j)) {
      if (!parser.feed(vocab(j))) break;
      ++j;
      if (parser.complete()) {
        good_next = j;
        good_value = parser.value();
      }
      // Number words may be joined by a glued hyphen ("Forty-one").
      if (punct(j, '-') && glued(j) && glued(j + 1) && word(j + 1) &&
          number_word(j + 1) != nullptr && parser.complete()) {
        ++j;
      }
    }
    if (good_next == i) {
      if (is(i, "a") && is(i + 1, "dozen")) {
        a.value = 12;
        a.next = i + 2;
        return a;
      }
      return std::nullopt;
    }
    a.value = good_value;
    a.next = good_next;
    if (is(a.next, "dozen")) {
      a.value *= 12;
      ++a.next;
    }
    a.overflow = a.value > kMaxCountValue;
    return a;
  }

  // -- classification ------------------------------------------------------
  Match not_count(std::size_t first, std::size_t next, NotCountReason reason,
                  std::optional<std::int64_t> value = std::nullopt) const {
    Match m;
    m.q.begin = toks_[first].begin;
    m.q.end = toks_[next - 1].end;
    m.q.kind = QuantityKind::kNotCount;
    m.q.reason = reason;
    m.q.value = value;
    if (value) {
      m.q.low = *value;
      m.q.high = *value;
    }
    m.next = next;
    return m;
  }

  bool month_at(std::size_t i) const {
    if (!capitalized(i)) return false;
    return in(i, kMonths) || in(i, kMonthAbbrevs) || in(i, kDecAbbrev);
  }
  bool year_like(const Atom& a) const {
    return a.digits && !a.commas && !a.decimal && a.int_digits == 4 && a.value >= 1900 &&
           a.value <= 2099 && a.next == a.first + 1;
  }

  // After the number ends at `j` (glued suffixes already handled): units that
  // make it a not-count. Returns the match or nullopt.
  std::optional<Match> unit_after(std::size_t first, std::size_t j, std::int64_t value) const {
    // Times: "4 p.m.", "10 a.m.", "6 PM", "9 o'clock".
    if ((is(j, "a") || is(j, "p")) && punct(j + 1, '.') && glued(j + 1) && is(j + 2, "m") &&
        glued(j + 2)) {
      return not_count(first, skip_period(j + 3), NotCountReason::kTime, value);
    }
    if (is(j, "am") || is(j, "pm")) return not_count(first, j + 1, NotCountReason::kTime, value);
    if (is(j, "o") && punct(j + 1, '\'') && is(j + 2, "clock")) {
      return not_count(first, j + 3, NotCountReason::kTime, value);
    }
    // Ages: "17 years old", "34 years of age".
    if ((is(j, "year") || is(j, "years")) &&
        (is(j + 1, "old") || (is(j + 1, "of") && is(j + 2, "age")))) {
      return not_count(first, is(j + 1, "old") ? j + 2 : j + 3, NotCountReason::kAge, value);
    }
    if ((is(j, "year") || is(j, "years")) && punct(j + 1, '-') && glued(j + 1) &&
        is(j + 2, "old")) {
      return not_count(first, j + 3, NotCountReason::kAge, value);
    }
    if (in(j, kTimeUnits)) return not_count(first, j + 1, NotCountReason::kDuration, value);
    if (in(j, kSizeUnits)) {
      std::size_t k = j + 1;
      if (is(j, "square") && (is(k, "feet") || is(k, "foot") || is(k, "miles"))) ++k;
      return not_count(first, k, NotCountReason::kSize, value);
    }
    if (is(j, "dollars") || is(j, "dollar") || is(j, "cents") || is(j, "bucks")) {
      return not_count(first, j + 1, NotCountReason::kMoney, value);
    }
    if (is(j, "block")) return not_count(first, j + 1, NotCountReason::kAddress, value);
    // "9 January", "14 March 2025".
    if (month_at(j) && value >= 1 && value <= 31) {
      std::size_t k = skip_period(j + 1);
      if (number(k) && toks_[k].int_digits == 4 && !toks_[k].commas) ++k;
      return not_count(first, k, NotCountReason::kDate, value);
    }
    // "18 U.S.C. 1591".
    if ((is(j, "U") && punct(j + 1, '.') && is(j + 2, "S") && punct(j + 3, '.') &&
         is(j + 4, "C")) ||
        is(j, "USC")) {
      std::size_t k = is(j, "USC") ? j + 1 : skip_period(j + 5);
      if (section_sign_at(k)) ++k;
      if (number(k)) k = chunk_end(k);
      return not_count(first, k, NotCountReason::kStatute, value);
    }
    // Street addresses: "1200 Main St.", "3400 W. Broad Street".
    {
      std::size_t k = j;
      if (in(k, kDirections) && capitalized(k)) k = skip_period(k + 1);
      std::size_t names = 0;
      while (names < 3 && capitalized(k) && !in(k, kStreetSuffixes)) {
        ++k;
        ++names;
      }
      if (names > 0 && capitalized(k) && in(k, kStreetSuffixes)) {
        return not_count(first, skip_period(k + 1), NotCountReason::kAddress, value);
      }
    }
    // A house number on a numbered road: "the Jade Lotus spa, 4410 Route 30".
    if (capitalized(j) && (is(j, "route") || is(j, "highway") || is(j, "hwy") || is(j, "rt") ||
                           is(j, "interstate"))) {
      const std::size_t k = skip_period(j + 1);
      if (number(k)) return not_count(first, chunk_end(k), NotCountReason::kAddress, value);
    }
    return std::nullopt;
  }
  bool section_sign_at(std::size_t i) const {
    return i < n() && toks_[i].type == Tok::kOther && str(i) == "\xC2\xA7";
  }

  // Percent after a value at j: "40%", "40 percent", "40 per cent".
  std::optional<std::size_t> percent_after(std::size_t j) const {
    if (punct(j, '%')) return j + 1;
    if (is(j, "percent") || is(j, "pct")) return skip_period(j + 1);
    if (is(j, "per") && is(j + 1, "cent")) return j + 2;
    return std::nullopt;
  }

  // "of [the|those|these] [N]" after a fraction ending at j. Fills the base.
  // `bare_the`: "half the 40" (no "of").
  Match fraction_tail(std::size_t first, std::size_t j, double fraction, Qualifier hedge,
                      bool bare_the = false) const {
    Match m;
    m.q.kind = QuantityKind::kFraction;
    m.q.fraction = fraction;
    m.q.qualifier = hedge == Qualifier::kNone ? Qualifier::kFraction : hedge;
    m.q.low = 0;
    m.q.high = kMax;
    m.q.begin = toks_[first].begin;
    std::size_t last = j;  // exclusive end of the expression so far
    const bool the = bare_the && (is(j, "the") || is(j, "those") || is(j, "these"));
    if (is(j, "of") || the) {
      last = the ? j : j + 1;
      std::size_t k = the ? j : j + 1;
      if (is(k, "the") || is(k, "those") || is(k, "these")) ++k;
      std::optional<Atom> base = atom_at(k);
      if (base && !base->overflow && !base->decimal && !year_like(*base) &&
          !percent_after(base->next) &&
          !(glued(base->next) && !punct(base->next, ',') && !punct(base->next, '.'))) {
        // The base must be a plain count: not "of the 16 years".
        const bool unit = unit_after(base->first, base->next, base->value).has_value();
        if (!unit) {
          m.q.base = base->value;
          m.q.base_begin = toks_[base->first].begin;
          m.q.base_end = toks_[base->next - 1].end;
          last = base->next;
          const std::int64_t v = std::llround(fraction * static_cast<double>(base->value));
          set_value(m.q, v, m.q.qualifier);
        }
      }
    }
    m.q.end = toks_[last - 1].end;
    m.next = last;
    return m;
  }

  // Fractions spelled with words at i: "half", "a third of", "one-third of",
  // "two-thirds of", "three quarters of".
  std::optional<Match> word_fraction_at(std::size_t i, std::size_t first, Qualifier hedge) const {
    if (is(i, "half")) {
      // Not "half-hour", "half an hour", "half a dozen" (an atom).
      if ((punct(i + 1, '-') && glued(i + 1)) || is(i + 1, "a") || is(i + 1, "an") ||
          in(i + 1, kTimeUnits)) {
        return std::nullopt;
      }
      return fraction_tail(first, i + 1, 0.5, hedge, /*bare_the=*/true);
    }
    std::int64_t numerator = 0;
    std::size_t j = i;
    if (is(i, "a") || is(i, "an")) {
      numerator = 1;
      j = i + 1;
    } else if (word(i)) {
      const NumberWord* nw = number_word(i);
      if (nw == nullptr || nw->kind != WordKind::kUnit) return std::nullopt;
      numerator = nw->value;
      j = i + 1;
    } else if (number(i) && !toks_[i].commas && !toks_[i].decimal && toks_[i].value < 10) {
      numerator = toks_[i].value;
      j = i + 1;
    } else {
      return std::nullopt;
    }
    const bool hyphen = punct(j, '-') && glued(j) && glued(j + 1);
    if (hyphen) ++j;
    if (!word(j)) return std::nullopt;
    for (const Denominator& d : kDenominators) {
      const bool singular = is(j, d.singular);
      const bool plural = is(j, d.plural);
      if (!singular && !plural) continue;
      if (singular != (numerator == 1)) return std::nullopt;
      // "a third man" is an article count; "a third of" a fraction.
      if (!is(j + 1, "of") && !(hyphen && numerator == 1) && !plural && !in(j + 1, kShareVerbs)) {
        return std::nullopt;
      }
      if (d.value <= numerator) return std::nullopt;
      return fraction_tail(first, j + 1,
                           static_cast<double>(numerator) / static_cast<double>(d.value), hedge);
    }
    return std::nullopt;
  }

  // Vague counts at i: "dozens of", "several", "a handful of".
  std::optional<Match> vague_at(std::size_t i, std::size_t first, Qualifier hedge) const {
    for (const VagueWord& v : kVagueWords) {
      std::size_t j = i;
      if (!is(j, v.first)) continue;
      ++j;
      if (!v.second.empty()) {
        if (!is(j, v.second)) continue;
        ++j;
      }
      std::int64_t low = v.low;
      if (v.takes_scale) {
        std::int64_t scale = 0;
        if (is(j, "dozen")) {
          low *= 12;
          ++j;
        } else if (word(j) && (is(j, "hundred") || is(j, "thousand"))) {
          scale_word(vocab(j), &scale);
          if (is(j, "hundred")) scale = 100;
          low *= scale;
          ++j;
        }
      }
      const bool of = is(j, "of");
      if (v.needs_of && !of) continue;
      if (!of && in(j, kTimeUnits)) return not_count(i, j + 1, NotCountReason::kDuration);
      if (of) ++j;
      Match m;
      m.q.kind = QuantityKind::kVague;
      m.q.low = low;
      m.q.high = kMax;
      m.q.qualifier = hedge;
      m.q.begin = toks_[first].begin;
      m.q.end = toks_[j - 1].end;
      m.next = j;
      return m;
    }
    return std::nullopt;
  }

  // "a 52-year-old woman and her 56-year-old husband": "his"/"her" right
  // after "and" and a person counted by "a"/"an"/"one" (within a dozen
  // tokens, no punctuation but hyphens between) is one more person.
  bool after_counted_person(std::size_t i) const {
    if (!(is(i, "his") || is(i, "her")) || i < 3 || !is(i - 1, "and")) return false;
    std::size_t k = i - 2;
    for (int steps = 0; steps < 12; ++steps) {
      if (is(k, "a") || is(k, "an") || is(k, "one")) {
        const std::optional<std::size_t> noun_end = person_noun_at_end(k + 1, i - 1);
        return noun_end.has_value();
      }
      if (!(alnum(k) || punct(k, '-'))) return false;
      if (is(k, "the") || is(k, "his") || is(k, "her") || is(k, "and")) return false;
      if (k == 0) return false;
      --k;
    }
    return false;
  }
  // Whether a person noun ends exactly at token `end` (exclusive), starting
  // somewhere in [from, end).
  std::optional<std::size_t> person_noun_at_end(std::size_t from, std::size_t end) const {
    for (std::size_t j = from; j < end; ++j) {
      if (std::optional<std::size_t> noun = person_noun_at(j); noun && *noun == end) return j;
    }
    return std::nullopt;
  }

  // "a"/"an"/"one"/"another" + modifiers + person noun; also "the"/"his"/
  // "her" + a singular person noun coordinated with such a count right after
  // it ("arresting the owner and a manager" is two people).
  std::optional<Match> article_at(std::size_t i) const {
    const bool definite = is(i, "the") || is(i, "his") || is(i, "her");
    if (!(definite || is(i, "a") || is(i, "an") || is(i, "one") || is(i, "another"))) {
      return std::nullopt;
    }
    if (is(i, "one") && i > 0 && in(i - 1, kNoOneWords)) return std::nullopt;
    // The person is the object of the offence or a role, not someone counted:
    // "soliciting a prostitute", "sex with a minor", "posed as a 15-year-old".
    if (i > 0 && (in(i - 1, kObjectVerbs) || (is(i - 1, "with") && i > 1 && is(i - 2, "sex")))) {
      return std::nullopt;
    }
    Match m;
    std::size_t j = i + 1;
    for (int modifiers = 0; modifiers <= 3; ++modifiers) {
      if (std::optional<std::size_t> noun = person_noun_at(j)) {
        std::size_t next = *noun;
        // "a juvenile female": take the last of two nouns in a row.
        if (std::optional<std::size_t> second = person_noun_at(next);
            second && !plural_noun(*second)) {
          next = *second;
        }
        if (plural_noun(next)) return std::nullopt;
        if ((punct(next, '\'') && glued(next)) || (punct(next, '-') && glued(next)) ||
            in(next, kCompoundHeads)) {
          return std::nullopt;
        }
        if (definite && !(is(next, "and") && (is(next + 1, "a") || is(next + 1, "an") ||
                                              is(next + 1, "one") || is(next + 1, "another"))) &&
            !after_counted_person(i)) {
          return std::nullopt;
        }
        m.q.kind = QuantityKind::kCount;
        set_value(m.q, 1, Qualifier::kNone);
        m.q.from_article = true;
        m.q.begin = toks_[i].begin;
        m.q.end = toks_[next - 1].end;
        m.next = next;
        return m;
      }
      if (modifiers == 3) break;
      // A modifier: a hyphenated compound, a listed adjective, an ordinal,
      // or a capitalized word ("a Dayton man").
      if (alnum(j) && punct(j + 1, '-') && glued(j + 1)) {
        const std::size_t next = chunk_end(j);
        if (number(j) && (is(j + 2, "year") || is(j + 2, "years")) && is(j + 4, "old")) {
          m.q.age = toks_[j].value;
          m.q.age_begin = toks_[j].begin;
          m.q.age_end = toks_[next - 1].end;
        }
        j = next;
        continue;
      }
      if (word(j) &&
          (in(j, kArticleModifiers) || in(j, kOrdinalWords) || (capitalized(j) && !month_at(j)))) {
        ++j;
        continue;
      }
      break;
    }
    return std::nullopt;
  }

  // Hyphenated continuations of a number at the token after the atom:
  // "17-year-old", "four-day", "555-0142", "10-12", "2023-24", "6-1".
  std::optional<Match> hyphen_after(const Atom& a, std::size_t start, bool all) const {
    const std::size_t j = a.next;
    if (!(punct(j, '-') && glued(j) && glued(j + 1))) return std::nullopt;
    if (number(j + 1) && a.digits && !a.commas && !a.decimal && a.next == a.first + 1) {
      // Groups of digits joined by hyphens.
      std::vector<std::size_t> groups = {a.first};
      std::size_t k = a.next;
      while (punct(k, '-') && glued(k) && number(k + 1) && glued(k + 1) && !toks_[k + 1].commas &&
             !toks_[k + 1].decimal) {
        groups.push_back(k + 1);
        k += 2;
      }
      // "1-3.3": the group after the hyphen is a decimal, so the loop took
      // none; there is no second group to read.
      if (groups.size() < 2) return std::nullopt;
      auto digits = [&](std::size_t g) { return toks_[groups[g]].int_digits; };
      auto value = [&](std::size_t g) { return toks_[groups[g]].value; };
      if (punct(k, '-') && glued(k) && word(k + 1) && glued(k + 1)) {
        return not_count(a.first, k + 2, NotCountReason::kPhone);  // "1-800-RUNAWAY"
      }
      if (groups.size() >= 3) {
        if (groups.size() == 3 && digits(0) == 4) {
          return not_count(a.first, k, NotCountReason::kDate);
        }
        return not_count(a.first, k, NotCountReason::kPhone);
      }
      if (digits(0) == 3 && digits(1) == 4) return not_count(a.first, k, NotCountReason::kPhone);
      if (year_like(a) && (digits(1) == 2 || (digits(1) == 4 && value(1) >= 1900))) {
        return not_count(a.first, k, NotCountReason::kYear, a.value);
      }
      const bool score_context =
          (a.first > 0 && (is(a.first - 1, "voted") || is(a.first - 1, "vote"))) ||
          in(k, kScoreWords) || (is(k, "in") && is(k + 1, "favor"));
      if (score_context || value(1) <= value(0)) {
        return not_count(a.first, k, NotCountReason::kScore);
      }
      // A range; the unit after it decides whether it counts.
      if (std::optional<Match> unit = unit_after(a.first, k, a.value)) return unit;
      Match m;
      m.q.kind = QuantityKind::kCount;
      m.q.value = a.value;
      m.q.qualifier = Qualifier::kRange;
      m.q.low = a.value;
      m.q.high = value(1);
      m.q.all = all;
      m.q.begin = toks_[start].begin;
      m.q.end = toks_[k - 1].end;
      m.next = k;
      return m;
    }
    if (!word(j + 1)) return std::nullopt;
    // Compound adjectives: "17-year-old", "four-day", "24-bed", "40-plus".
    const std::size_t end = chunk_end(a.next - 1);
    const Word w = vocab(j + 1);
    if (!a.digits && in_list(w, kOrdinalWords)) {
      return not_count(a.first, j + 2, NotCountReason::kOrdinal);  // "twenty-first"
    }
    if ((w == "year" || w == "years") && is(j + 3, "old")) {
      return not_count(a.first, end, NotCountReason::kAge, a.value);
    }
    if (in_list(w, kTimeUnits) || w == "long") {
      return not_count(a.first, end, NotCountReason::kDuration, a.value);
    }
    if (w == "plus") {
      Match m;
      m.q.kind = QuantityKind::kCount;
      set_value(m.q, a.value, Qualifier::kAtLeast);
      m.q.all = all;
      m.q.begin = toks_[start].begin;
      m.q.end = toks_[j + 1].end;
      m.next = j + 2;
      return m;
    }
    if (in_list(w, kSizeUnits) || in_list(w, kCompoundSizes)) {
      return not_count(a.first, end, NotCountReason::kSize, a.value);
    }
    if (a.digits || info(w).number_word == nullptr) {
      return not_count(a.first, end, NotCountReason::kOther, a.value);
    }
    return std::nullopt;
  }

  // Glued suffixes on a digit token: "12th", "1990s", "4pm", "10:30", "1/9",
  // "40%", "40+", "647(b)", "9A".
  std::optional<Match> glued_after_digits(const Atom& a, std::size_t start) const {
    const std::size_t j = a.first + 1;
    if (a.next != j || !glued(j)) return std::nullopt;
    const std::int64_t v = a.value;
    if (word(j)) {
      const Word w = vocab(j);
      if (w == "st" || w == "nd" || w == "rd" || w == "th") {
        // "the 28th" standing alone, "the 28th of March": a date.
        const bool date = a.first > 0 && is(a.first - 1, "the") &&
                          (!word(j + 1) || (is(j + 1, "of") && month_at(j + 2)));
        return not_count(a.first, j + 1, date ? NotCountReason::kDate : NotCountReason::kOrdinal,
                         v);
      }
      if (w == "s") {
        if (v >= 1800 && v <= 2099) return not_count(a.first, j + 1, NotCountReason::kYear, v);
        if (v >= 10 && v <= 90 && v % 10 == 0) {
          return not_count(a.first, j + 1, NotCountReason::kAge, v);
        }
      }
      if (w == "am" || w == "pm") {
        return not_count(a.first, j + 1, NotCountReason::kTime, v);
      }
      return not_count(a.first, chunk_end(a.first), NotCountReason::kOther);
    }
    if (punct(j, ':') && number(j + 1) && glued(j + 1)) {
      const bool time = v <= 24 && toks_[j + 1].int_digits == 2 && !toks_[j + 1].decimal;
      std::size_t k = j + 2;
      if (time) {
        if (std::optional<Match> t = unit_after(a.first, k, v);
            t && t->q.reason == NotCountReason::kTime) {
          return t;
        }
        return not_count(a.first, k, NotCountReason::kTime, v);
      }
      return not_count(a.first, chunk_end(a.first), NotCountReason::kOther);
    }
    if (punct(j, '/') && number(j + 1) && glued(j + 1)) {
      const std::int64_t second = toks_[j + 1].value;
      std::size_t k = j + 2;
      if (is(k, "of") && v < second) {
        return fraction_tail(start, k, static_cast<double>(v) / static_cast<double>(second),
                             Qualifier::kNone);
      }
      if (v >= 1 && v <= 12 && second >= 1 && second <= 31) {
        if (punct(k, '/') && glued(k) && number(k + 1) && glued(k + 1)) k += 2;
        return not_count(a.first, k, NotCountReason::kDate);
      }
      return not_count(a.first, chunk_end(a.first), NotCountReason::kOther);
    }
    if (punct(j, '(') && glued(j + 1) && alnum(j + 1)) {
      return not_count(a.first, chunk_end(a.first), NotCountReason::kStatute);
    }
    return std::nullopt;
  }

  // Left context of a digit atom that makes it a not-count.
  std::optional<Match> left_context(const Atom& a) const {
    const std::size_t i = a.first;
    if (i == 0) return std::nullopt;
    const std::size_t p = i - 1;
    // Glued to letters on the left: "COVID-19", "I-75", "H1".
    if (glued(i) &&
        (alnum(p) || ((punct(p, '-') || punct(p, '.')) && glued(p) && p > 0 && alnum(p - 1)))) {
      const bool road = punct(p, '-') && p > 0 && (is(p - 1, "I") || is(p - 1, "US"));
      // Take in the letters on the left ("COVID-19") unless already reported.
      std::size_t from = i;
      while (from > floor_ && glued(from) &&
             (alnum(from - 1) || ((punct(from - 1, '-') || punct(from - 1, '.')) &&
                                  from - 1 > floor_ && glued(from - 1) && alnum(from - 2)))) {
        from -= alnum(from - 1) ? std::size_t{1} : std::size_t{2};
      }
      return not_count(from, chunk_end(i),
                       road ? NotCountReason::kAddress : NotCountReason::kOther);
    }
    if (punct(p, '#') && glued(i)) return not_count(p, chunk_end(i), NotCountReason::kNumberSign);
    if (punct(p, '.') && p > 0 && (is(p - 1, "no") || is(p - 1, "nos")) && glued(p)) {
      return not_count(i, a.next, NotCountReason::kNumberSign, a.value);
    }
    // Station names: "Local 12", "NBC 5", "WSB-TV 2", "KPRC 2".
    if (word(p) && !glued(i)) {
      const std::string_view w = str(p);
      bool call_letters = w.size() >= 3 && w.size() <= 4 && (w[0] == 'K' || w[0] == 'W');
      for (char c : w) call_letters = call_letters && c >= 'A' && c <= 'Z';
      // In an all-caps headline ("STING ENDS WITH 14 ARRESTS") "WITH" is a word.
      if (call_letters && word(a.next)) {
        bool caps = true;
        for (char c : str(a.next)) caps = caps && c >= 'A' && c <= 'Z';
        call_letters = !caps;
      }
      if ((capitalized(p) && in(p, kStationPrefixes)) || call_letters ||
          (is(p, "TV") && p > 0 && punct(p - 1, '-'))) {
        return not_count(p >= floor_ ? p : i, a.next, NotCountReason::kOther, a.value);
      }
    }
    // Phone numbers announced by a verb: "text 233733", "text BeFree (233733)",
    // "call 911".
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
      const std::size_t k = i - back;
      if (is(k, "text") || is(k, "texting") || is(k, "call") || is(k, "calling") || is(k, "dial") ||
          is(k, "called") || is(k, "dialed") || is(k, "hotline")) {
        if (a.int_digits >= 5 || a.value == 911) {
          std::size_t end = a.next;
          if (punct(end, ')') && punct(p, '(')) ++end;
          return not_count(punct(p, '(') ? p : i, end, NotCountReason::kPhone);
        }
      }
    }
    // Ages after names: "John Smith, 34, of Dayton", "Jane Doe (34)".
    if (a.digits && !a.commas && !a.decimal && a.value <= 120 && a.next == i + 1) {
      // Also after a person: "a woman, 34, of Dayton", "another, 52, was cited".
      // Tested last: the person-noun regex is the costly part.
      auto after_person = [&] {
        return p > 0 && (capitalized(p - 1) || is(p - 1, "another") || is(p - 1, "other") ||
                         person_noun_at(p - 1) == p);
      };
      if (punct(p, ',') &&
          (punct(a.next, ',') || punct(a.next, ';') || punct(a.next, ')') ||
           (punct(a.next, '.') && a.next + 1 >= n())) &&
          after_person()) {
        return not_count(i, a.next, NotCountReason::kAge, a.value);
      }
      if (punct(p, '(') && punct(a.next, ')') && p > 0 && capitalized(p - 1)) {
        return not_count(p, a.next + 1, NotCountReason::kAge, a.value);
      }
    }
    // ZIP codes after a state code: "Ridgeway, FL 32990".
    if (a.int_digits == 5 && !a.commas && a.next == i + 1 && word(p) && str(p).size() == 2 &&
        capitalized(p) && text_[toks_[p].begin + 1] >= 'A' && text_[toks_[p].begin + 1] <= 'Z') {
      return not_count(i, chunk_end(i), NotCountReason::kAddress, a.value);
    }
    // Money: "$150", "$2.4 million", "$20K".
    if (punct(p, '$') || (p < n() && toks_[p].type == Tok::kOther &&
                          (str(p) == "\xC2\xA3" || str(p) == "\xE2\x82\xAC"))) {
      std::size_t end = a.next;
      if (end == i + 1 && word(end) && glued(end) &&
          (is(end, "k") || is(end, "m") || is(end, "b") || is(end, "bn"))) {
        ++end;
      }
      return not_count(p, end, NotCountReason::kMoney, a.value);
    }
    return std::nullopt;
  }

  // The whole number expression starting at the atom at `at`, with a
  // qualifier (or "all", "between") starting at `start`.
  std::optional<Match> number_expression(std::size_t start, std::size_t at, Qualifier qualifier,
                                         bool all, bool between) const {
    std::optional<Atom> atom = atom_at(at);
    if (!atom) return std::nullopt;
    const Atom& a = *atom;
    // "no one" is the binder's zero; "one another" is not a count.
    if (!a.digits && a.next == a.first + 1 && is(a.first, "one") &&
        ((a.first > 0 && in(a.first - 1, kNoOneWords)) || is(a.next, "another"))) {
      return std::nullopt;
    }
    // Not-counts start at the number: a hedge before them is dropped
    // ("around 4 p.m." is the time "4 p.m.").
    if (a.overflow) {
      return not_count(a.first, a.digits ? chunk_end(a.first) : a.next, NotCountReason::kOther);
    }
    if (a.digits) {
      if (std::optional<Match> m = left_context(a)) return m;
      if (std::optional<Match> m = glued_after_digits(a, start)) {
        if (m->q.kind == QuantityKind::kFraction)
          m->q.qualifier = qualifier == Qualifier::kNone ? Qualifier::kFraction : qualifier;
        return m;
      }
      if (punct(a.next, '+') && glued(a.next)) {
        Match m;
        set_value(m.q, a.value, Qualifier::kAtLeast);
        m.q.all = all;
        m.q.begin = toks_[start].begin;
        m.q.end = toks_[a.next].end;
        m.next = a.next + 1;
        return m;
      }
    }
    if (std::optional<Match> m = hyphen_after(a, start, all)) return m;
    if (std::optional<std::size_t> pct = percent_after(a.next)) {
      const double share =
          a.digits && a.decimal
              ? std::strtod(std::string(str(a.first).substr(0, 32)).c_str(), nullptr) / 100.0
              : static_cast<double>(a.value) / 100.0;
      if (is(*pct, "of")) return fraction_tail(start, *pct, share, qualifier);
      if (in(*pct, kShareVerbs)) return fraction_tail(start, *pct, share, qualifier);
      return not_count(a.first, *pct, NotCountReason::kPercentNoBase, a.value);
    }
    if (a.digits && a.decimal) return not_count(a.first, a.next, NotCountReason::kOther);
    // Mixed numbers: "12 1/2 years" is a duration or size, never a count.
    if (a.digits && a.next == a.first + 1 && number(a.next) && !glued(a.next) &&
        punct(a.next + 1, '/') && glued(a.next + 1) && number(a.next + 2) && glued(a.next + 2) &&
        toks_[a.next].value < toks_[a.next + 2].value && toks_[a.next + 2].value <= 8) {
      const std::size_t k = a.next + 3;
      if (std::optional<Match> unit = unit_after(a.first, k, a.value)) return *unit;
      return not_count(a.first, k, NotCountReason::kOther, a.value);
    }
    // Feet and inches: 6'2".
    if (a.digits && punct(a.next, '\'') && glued(a.next) && number(a.next + 1) &&
        glued(a.next + 1)) {
      std::size_t k = a.next + 2;
      if (punct(k, '"') && glued(k)) ++k;
      return not_count(a.first, k, NotCountReason::kSize, a.value);
    }
    // "one in five": a fraction.
    if (is(a.next, "in") && !glued(a.next)) {
      if (std::optional<Atom> b = atom_at(a.next + 1); b && b->value > a.value && b->value <= 100 &&
                                                       a.value > 0 && !year_like(*b) &&
                                                       !unit_after(b->first, b->next, b->value)) {
        return fraction_tail(start, b->next,
                             static_cast<double>(a.value) / static_cast<double>(b->value),
                             qualifier);
      }
    }
    // Ranges: "10 to 12", "between 10 and 12", "two or three".
    std::optional<Atom> second;
    const bool after_from = a.first > 0 && is(a.first - 1, "from") && !between;
    if (!after_from && (is(a.next, "to") || is(a.next, "through") || is(a.next, "or") ||
                        (between && is(a.next, "and")))) {
      if (std::optional<Atom> b = atom_at(a.next + 1); b && b->value > a.value && !b->overflow &&
                                                       !(b->digits && b->decimal) &&
                                                       b->digits == a.digits) {
        second = b;
      }
    }
    const std::size_t after = second ? second->next : a.next;
    const Atom& last_atom = second ? *second : a;
    if (year_like(a) && (!second || year_like(*second))) {
      const bool before_person = person_noun_at(after).has_value() && !second &&
                                 !(a.first > 0 && in(a.first - 1, kYearPrepositions));
      if (!before_person) return not_count(a.first, after, NotCountReason::kYear, a.value);
    }
    if (std::optional<Match> unit = unit_after(a.first, after, a.value)) return *unit;
    if (second && last_atom.digits) {
      if (std::optional<Match> m = glued_after_digits(last_atom, last_atom.first)) {
        if (m->q.kind == QuantityKind::kNotCount) {
          m->q.begin = toks_[a.first].begin;
          return m;
        }
      }
    }
    Match m;
    m.q.kind = QuantityKind::kCount;
    m.q.all = all;
    m.q.begin = toks_[start].begin;
    if (second) {
      m.q.value = a.value;
      m.q.qualifier = Qualifier::kRange;
      m.q.low = a.value;
      m.q.high = second->value;
      m.next = second->next;
    } else {
      Qualifier q = qualifier;
      std::size_t next = a.next;
      // Postfix hedges: "10 or more", "a dozen or so", "five or fewer".
      if (q == Qualifier::kNone && is(next, "or")) {
        if (is(next + 1, "more"))
          q = Qualifier::kAtLeast;
        else if (is(next + 1, "so"))
          q = Qualifier::kAbout;
        else if (is(next + 1, "fewer") || is(next + 1, "less"))
          q = Qualifier::kUpTo;
        if (q != Qualifier::kNone) next += 2;
      }
      set_value(m.q, a.value, q);
      m.next = next;
    }
    m.q.end = toks_[m.next - 1].end;
    return m;
  }

  // Ages introduced by a word: "ages 19 to 71", "aged 34", "age 45",
  // "between the ages of 18 and 67", "range in age from 18 to 67".
  std::optional<Match> age_expression(std::size_t i) const {
    std::size_t start = i;
    std::size_t j = i;
    if (is(i, "between") && is(i + 1, "the") && is(i + 2, "ages")) j = i + 2;
    if (!(is(j, "age") || is(j, "ages") || is(j, "aged"))) return std::nullopt;
    ++j;
    for (int skip = 0;
         skip < 3 && (is(j, "of") || is(j, "from") || is(j, "between") || is(j, "ranging") ||
                      is(j, "range") || is(j, "ranged") || is(j, "ranges"));
         ++skip) {
      ++j;
    }
    std::optional<Atom> a = atom_at(j);
    if (!a || a->overflow) return std::nullopt;
    std::size_t next = a->next;
    std::int64_t high = a->value;
    if (punct(next, '-') && glued(next) && number(next + 1) && glued(next + 1)) {
      high = toks_[next + 1].value;
      next += 2;
    } else if (is(next, "to") || is(next, "and") || is(next, "through") || is(next, "or")) {
      if (std::optional<Atom> b = atom_at(next + 1)) {
        high = b->value;
        next = b->next;
      }
    }
    std::int64_t low = a->value;
    if (high == a->value) {
      // A list: "ages 22, 31, 40 and 58".
      std::size_t k = next;
      while ((punct(k, ',') || is(k, "and")) && number(k + (is(k + 1, "and") ? 2 : 1))) {
        const std::size_t num = k + (is(k + 1, "and") ? 2 : 1);
        if (toks_[num].int_digits > 3 || toks_[num].commas || toks_[num].decimal ||
            (glued(num + 1) && (word(num + 1) || punct(num + 1, '-')))) {
          break;
        }
        low = std::min(low, toks_[num].value);
        high = std::max(high, toks_[num].value);
        next = num + 1;
        k = next;
      }
    }
    Match m = not_count(start, next, NotCountReason::kAge, a->value);
    m.q.low = low;
    m.q.high = high;
    return m;
  }

  std::optional<Match> date_expression(std::size_t i) const {
    if (!month_at(i)) return std::nullopt;
    std::size_t j = skip_period(i + 1);
    if (!number(j) || toks_[j].int_digits > 2 || toks_[j].value < 1 || toks_[j].value > 31 ||
        toks_[j].commas || toks_[j].decimal) {
      return std::nullopt;
    }
    std::size_t k = j + 1;
    if (word(k) && glued(k) && (is(k, "st") || is(k, "nd") || is(k, "rd") || is(k, "th"))) ++k;
    if (punct(k, '-') && glued(k) && number(k + 1) && glued(k + 1)) k += 2;  // "Jan. 9-11"
    if (punct(k, ',') && number(k + 1) && toks_[k + 1].int_digits == 4 && !toks_[k + 1].commas) {
      k += 2;
    }
    return not_count(i, k, NotCountReason::kDate, toks_[j].value);
  }

  std::optional<Match> prefixed_code(std::size_t i) const {
    const bool section_sign = section_sign_at(i);
    if (!section_sign && !in(i, kStatutePrefixes) && !in(i, kAddressPrefixes)) {
      return std::nullopt;
    }
    std::size_t j = section_sign ? i + 1 : skip_period(i + 1);
    if (section_sign_at(j)) ++j;
    while (section_sign_at(j)) ++j;
    if (!number(j)) return std::nullopt;
    const bool statute = section_sign || in(i, kStatutePrefixes);
    // "House Bill 1234", "Senate Bill 5".
    if (is(i, "bill") && i > floor_ &&
        (is(i - 1, "house") || is(i - 1, "senate") || is(i - 1, "assembly"))) {
      return not_count(i - 1, chunk_end(j), NotCountReason::kStatute, toks_[j].value);
    }
    // "Title 18" is a statute only when written as such; lower-case prose words
    // ("a code 3 call") still are not counts.
    return not_count(i, chunk_end(j), statute ? NotCountReason::kStatute : NotCountReason::kAddress,
                     toks_[j].value);
  }

  std::optional<Match> match_at(std::size_t i) const {
    // Fast exit, exact: every rule below needs token i to be a number, "(", a
    // section sign or a word of kMayStart (a hedge, "all" or "between" at i
    // is itself a word of kMayStart), so any other token starts nothing.
    // A new rule must add the words it can start with to kMayStart.
    if (word(i) ? !kMayStart[toks_[i].word.id()]
                : !(number(i) || punct(i, '(') || section_sign_at(i))) {
      return std::nullopt;
    }
    // "the"/"his"/"her" start only a person coordinated with a count right
    // after it ("the owner and a manager", article_at): most "the" of prose
    // start nothing, and are the commonest word.
    if (is(i, "the") || is(i, "his") || is(i, "her")) {
      bool coordinated = false;
      for (std::size_t k = i + 2; k < i + 16 && k + 1 < n() && !coordinated; ++k) {
        coordinated = is(k, "and") && (is(k + 1, "a") || is(k + 1, "an") || is(k + 1, "one") ||
                                       is(k + 1, "another"));
      }
      if (!coordinated && !after_counted_person(i)) return std::nullopt;
    }
    if (std::optional<Match> m = prefixed_code(i)) return m;
    if (std::optional<Match> m = date_expression(i)) return m;
    if (std::optional<Match> m = age_expression(i)) return m;
    if (punct(i, '(') && number(i + 1) && toks_[i + 1].int_digits == 3 && punct(i + 2, ')') &&
        number(i + 3) && punct(i + 4, '-') && number(i + 5) && glued(i + 5)) {
      return not_count(i, i + 6, NotCountReason::kPhone);
    }
    if (is(i, "No") && punct(i + 1, '.') && glued(i + 1) && number(i + 2)) {
      return not_count(i, i + 3, NotCountReason::kNumberSign, toks_[i + 2].value);
    }
    // "week-long", "weeklong": durations with no digits.
    if (word(i)) {
      if (punct(i + 1, '-') && glued(i + 1) && is(i + 2, "long") && glued(i + 2) &&
          in(i, kTimeUnits)) {
        return not_count(i, i + 3, NotCountReason::kDuration);
      }
      if (is(i, "weeklong") || is(i, "monthlong") || is(i, "daylong") || is(i, "yearlong")) {
        return not_count(i, i + 1, NotCountReason::kDuration);
      }
    }
    // Hedges: "more than 100", "roughly half of the 60", "nearly a dozen".
    Qualifier qualifier = Qualifier::kNone;
    std::size_t j = i;
    if (std::optional<std::pair<Qualifier, std::size_t>> q = qualifier_at(i)) {
      qualifier = q->first;
      j = q->second;
    }
    bool all = false;
    std::size_t at = j;
    if (is(at, "all") && qualifier == Qualifier::kNone) {
      std::size_t k = at + 1;
      if (is(k, "of")) ++k;
      if (is(k, "the") || is(k, "those") || is(k, "these")) ++k;
      if (number(k) || (word(k) && number_word(k) != nullptr)) {
        all = true;
        at = k;
      }
    }
    bool between = false;
    if (is(at, "between") && qualifier == Qualifier::kNone && !all) {
      between = true;
      ++at;
    }
    const bool hedged = at > i;
    if (std::optional<Match> m = vague_at(at, i, qualifier); m && (!all && !between)) return m;
    if (!between && !all) {
      if (std::optional<Match> m = word_fraction_at(at, i, qualifier)) return m;
    }
    if (!hedged) {
      if (std::optional<Match> m = article_at(at)) return m;
    }
    if (std::optional<Match> m = number_expression(i, at, qualifier, all, between)) {
      if (between && m->q.qualifier != Qualifier::kRange && m->q.begin == toks_[i].begin) {
        // "between" with no "and" range: the number alone.
        std::optional<Match> plain = number_expression(at, at, Qualifier::kNone, false, false);
        return plain;
      }
      return m;
    }
    if (!hedged && word(i) && in(i, kOrdinalWords) && !is(i, "last")) {
      return not_count(i, i + 1, NotCountReason::kOrdinal);
    }
    if (!hedged && word(i) && glued(i + 1) && punct(i + 1, '-') && glued(i + 2) &&
        number_word(i) != nullptr && word(i + 2)) {
      // "twenty-first"
      if (in(i + 2, kOrdinalWords)) return not_count(i, i + 3, NotCountReason::kOrdinal);
    }
    return std::nullopt;
  }

  std::string_view text_;
  std::size_t end_;
  const RE2* person_noun_;
  std::vector<Token> toks_;
  std::size_t floor_ = 0;  // first token not yet inside a reported quantity
};

}  // namespace

struct QuantityFinder::Impl {
  std::unique_ptr<RE2> person_noun;  // null when the config has none
};

QuantityFinder::QuantityFinder(const QuantityConfig& config) : impl_(std::make_unique<Impl>()) {
  if (!config.person_noun_regex.empty()) {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>("(?:" + config.person_noun_regex + ")\\b", options);
    if (re->ok()) impl_->person_noun = std::move(re);
  }
}
QuantityFinder::~QuantityFinder() = default;
QuantityFinder::QuantityFinder(QuantityFinder&&) noexcept = default;
QuantityFinder& QuantityFinder::operator=(QuantityFinder&&) noexcept = default;

std::vector<Quantity> QuantityFinder::find(std::string_view text, std::size_t begin,
                                           std::size_t end) const {
  end = std::min(end, text.size());
  if (begin >= end) return {};
  Scan scan(text, begin, end, impl_->person_noun.get());
  return scan.run();
}

std::optional<std::int64_t> parse_spelled_number(std::string_view words) {
  SpelledParser parser;
  std::size_t i = 0;
  bool any = false;
  while (i < words.size()) {
    if (is_space(words[i])) {
      ++i;
      continue;
    }
    if (words[i] == '-') {
      // A hyphen joins two words; it may not lead or trail.
      if (!any || i + 1 >= words.size() || !is_alpha(words[i + 1])) return std::nullopt;
      ++i;
      continue;
    }
    if (!is_alpha(words[i])) return std::nullopt;
    std::size_t j = i;
    while (j < words.size() && is_alpha(words[j])) ++j;
    if (!parser.feed(Word::lookup(words.substr(i, j - i)))) return std::nullopt;
    any = true;
    i = j;
  }
  if (!parser.complete()) return std::nullopt;
  return parser.value();
}

}  // namespace rehope::internal

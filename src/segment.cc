// segment: lines first (headlines, datelines, bylines, page debris stand
// alone), then ICU sentence breaking over the prose between them.
#include "segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace rehope::internal {
namespace {

// Unpunctuated lines shorter than this are headlines, datelines, bylines or
// debris; longer ones are prose (hard-wrapped text never gets this long, so a
// long line is a whole paragraph and its end is a sentence end).
constexpr std::size_t kShortLineBytes = 200;

// Idle iterator clones kept for reuse; more threads than this just clone.
constexpr std::size_t kMaxPooledIterators = 16;

// Abbreviations after which a period does not end a sentence, on top of
// ICU's own English list. Case-sensitive, as ICU matches them.
constexpr std::string_view kAbbreviations[] = {
    // Ranks and titles.
    "Sgt.", "Lt.", "Det.", "Capt.", "Cpl.", "Ofc.", "Insp.", "Cmdr.", "Col.", "Gen.", "Maj.",
    "Pvt.", "Supt.", "Dep.", "Atty.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Prof.", "Mr.",
    "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.",
    // Months.
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    // Places and organisations.
    "U.S.", "U.K.", "U.N.", "D.C.", "St.", "Ave.", "Blvd.", "Rd.", "Mt.", "Ft.", "Hwy.", "Rte.",
    "Ste.", "No.", "Nos.", "Co.", "Inc.", "Corp.", "Ltd.", "Dist.", "Dept.", "Bros.", "vs.",
    "v.",
    // Times: "at 4 p.m. Friday". A time at the end of a line does break (see
    // EndsWithTimeOfDay).
    "a.m.", "p.m.", "A.M.", "P.M.",
    // States, AP style.
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
    "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.",
    "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.",
    "Wyo."};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return IsLower(c) || IsUpper(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }

// "D.A.", "L.A.", "U.S.A.": letters each followed by a period, two or more.
bool IsInitials(std::string_view token) {
  if (token.size() < 4 || token.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < token.size(); i += 2) {
    if (!IsLetter(token[i]) || token[i + 1] != '.') return false;
  }
  return true;
}

struct Span {
  std::size_t begin;
  std::size_t end;
};

Span Trim(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  return {begin, end};
}

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLower(c);
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// ". ! ? :" at the end, possibly followed by closing quotes or brackets.
bool EndsWithSentencePunctuation(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && (line[end - 1] == '"' || line[end - 1] == '\'' || line[end - 1] == ')' ||
                     line[end - 1] == ']')) {
    --end;
  }
  if (end == 0) return false;
  const char last = line[end - 1];
  return last == '.' || last == '!' || last == '?' || last == ':';
}

bool EndsWithTimeOfDay(std::string_view line) {
  const std::string tail = Lowercase(line.substr(line.size() >= 4 ? line.size() - 4 : 0));
  return tail == "a.m." || tail == "p.m.";
}

std::string_view LastWord(std::string_view line) {
  std::size_t end = line.size();
  std::size_t begin = end;
  while (begin > 0 && IsLetter(line[begin - 1])) --begin;
  return line.substr(begin, end - begin);
}

// Words a wrapped line can end with but a headline or byline does not.
bool IsContinuationWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "a",      "an",    "the",    "and",   "or",    "but",   "nor",    "of",     "to",
      "in",     "on",    "at",     "by",    "for",   "with",  "from",   "into",   "that",
      "which",  "who",   "whom",   "whose", "as",    "than",  "were",   "was",    "is",
      "are",    "be",    "been",   "had",   "has",   "have",  "their",  "his",    "her",
      "its",    "our",   "this",   "these", "those", "after", "before", "during", "while",
      "since",  "about", "over",   "under", "more",  "including", "also", "not", "said",
      "says",   "told",  "when",   "where", "if",    "because", "than", "out",  "up"};
  if (word.empty() || word.size() > 9) return false;
  const std::string lower = Lowercase(word);
  // Only lowercase words: "Police Arrest Man in Salem With" is unlikely, but a
  // capitalised last word is a name or a headline word.
  if (lower != word) return false;
  for (std::string_view known : kWords) {
    if (lower == known) return true;
  }
  return false;
}

// Navigation menus ("HOME | NEWS | SPORTS"): '|'-separated short items.
bool IsMenu(std::string_view line) {
  if (line.find('|') == std::string_view::npos) return false;
  std::size_t items = 0;
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t bar = line.find('|', start);
    if (bar == std::string_view::npos) bar = line.size();
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = start; i < bar; ++i) {
      const bool space = IsSpace(line[i]);
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    if (words > 3) return false;
    if (words > 0) ++items;
    start = bar + 1;
  }
  return items >= 2;
}

// Page furniture that is never the headline and never continues a sentence.
bool IsDebris(std::string_view line) {
  if (std::none_of(line.begin(), line.end(), IsLetter)) return true;  // "***", "12:05"
  if (IsMenu(line)) return true;
  const std::string lower = Lowercase(line);
  static constexpr std::string_view kPrefixes[] = {
      "top of page", "back to top", "skip to", "share this", "share on", "advertisement",
      "subscribe", "sign up", "sign in", "log in", "click here", "read more", "related:",
      "related stories", "related articles", "follow us", "copyright", "(c) ", "updated ",
      "updated:", "posted ", "posted:", "published ", "published:", "last updated",
      "e-mail this", "email this", "print this", "comments"};
  for (std::string_view prefix : kPrefixes) {
    if (StartsWith(lower, prefix)) return true;
  }
  static constexpr std::string_view kWholeLines[] = {"home", "menu", "search", "close", "print",
                                                     "email", "share", "next", "previous"};
  for (std::string_view whole : kWholeLines) {
    if (lower == whole) return true;
  }
  return false;
}

// The heading of a page's list of other stories ("MOST READ", "Trending
// Now", "RELATED"): the short lines under it are those stories' headlines.
bool IsOtherStoriesHeading(std::string_view line) {
  if (line.size() > 32) return false;  // every heading below is shorter
  std::string lower = Lowercase(line);
  while (!lower.empty() && (lower.back() == ':' || IsSpace(lower.back()))) lower.pop_back();
  static constexpr std::string_view kHeadings[] = {"most read",
                                                   "most popular",
                                                   "most viewed",
                                                   "most shared",
                                                   "trending",
                                                   "trending now",
                                                   "trending stories",
                                                   "related",
                                                   "related stories",
                                                   "related articles",
                                                   "related coverage",
                                                   "more stories",
                                                   "top stories",
                                                   "more news",
                                                   "you may also like",
                                                   "recommended",
                                                   "recommended for you",
                                                   "latest news",
                                                   "popular"};
  return std::find(std::begin(kHeadings), std::end(kHeadings), lower) != std::end(kHeadings);
}

// A newspaper's name set in capitals above the headline ("ASHBRIDGE EVENING
// POST", "THE SANDOVAL BEACH TRIBUNE"): a short line with no lower-case
// letter or digit whose last word names a paper. It is not the headline.
bool IsMasthead(std::string_view line) {
  if (std::any_of(line.begin(), line.end(), [](char c) { return IsLower(c) || IsDigit(c); })) {
    return false;
  }
  if (std::count(line.begin(), line.end(), ' ') > 5) return false;
  static constexpr std::string_view kPaperWords[] = {
      "post",     "times",     "tribune",  "gazette",   "herald",   "news",     "journal",
      "observer", "chronicle", "courier",  "telegraph", "dispatch", "ledger",   "sentinel",
      "examiner", "enquirer",  "register", "bulletin",  "record",   "express",  "mirror",
      "echo",     "standard",  "press",    "democrat",  "citizen",  "advocate", "reporter"};
  const std::string last = Lowercase(LastWord(line));
  return std::find(std::begin(kPaperWords), std::end(kPaperWords), last) != std::end(kPaperWords);
}

// Whether line `current` is a wrapped line whose sentence goes on in `next`.

bool GluesForward(std::string_view current, std::string_view next) {
  if (IsDebris(next)) return false;
  // List items stand alone: every row is its own segment, and so is the
  // line introducing them ("The charges are as follows:").
  if (starts_with_bullet(next)) return false;
  const char last = current.back();
  if (last == ',' || last == ';' || last == '(') return true;
  // "three-" + "day": a word hyphenated at the wrap (a dateline's " -" is not).
  if (last == '-' && current.size() >= 2 && IsLetter(current[current.size() - 2])) return true;
  if (IsContinuationWord(LastWord(current))) return true;
  return IsLower(next.front());
}

// ICU's sentence rules break after every ". " before a capital; whether the
// period ends an abbreviation is decided here, on the whole token before the
// break: a listed abbreviation, a single capital initial ("John F. Smith"),
// or initials with inner periods ("D.A.", "L.A."). ICU's own filtered
// iterator was not used: it matched its list as a suffix of the text, so
// "the FBI." (ending in "I.") or "the Act." never ended a sentence, and it
// cost a fifth of sentence breaking.
bool IsAbbreviationBreak(std::string_view run, std::size_t boundary) {
  static const std::unordered_set<std::string_view> kAbbreviationSet(
      std::begin(kAbbreviations), std::end(kAbbreviations));
  std::size_t end = boundary;
  while (end > 0 && IsSpace(run[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && !IsSpace(run[begin - 1])) --begin;
  while (begin < end && (run[begin] == '(' || run[begin] == '"' || run[begin] == '\'')) ++begin;
  const std::string_view token = run.substr(begin, end - begin);
  if (token.size() == 2 && IsUpper(token[0]) && token[1] == '.') return true;
  if (IsInitials(token)) return true;
  return kAbbreviationSet.count(token) > 0;
}

struct Line {
  std::size_t begin;  // trimmed
  std::size_t end;
};

// ASCII prose with no sentence terminator but at its end: ICU finds no break
// inside it (UAX #29 breaks only after . ! ? and their non-ASCII kin, and at
// line separators, which the run has as spaces), so it is not worth ICU's
// time. Most paragraphs of news copy are one sentence.
bool IsOneSentence(std::string_view run) {
  std::size_t end = run.size();
  while (end > 0 && (run[end - 1] == '"' || run[end - 1] == '\'' || run[end - 1] == ')' ||
                     run[end - 1] == ']' || run[end - 1] == ' ')) {
    --end;
  }
  while (end > 0 && (run[end - 1] == '.' || run[end - 1] == '!' || run[end - 1] == '?')) --end;
  for (std::size_t i = 0; i < run.size(); ++i) {
    const auto c = static_cast<unsigned char>(run[i]);
    if (c >= 0x80) return false;
    if (i < end && (c == '.' || c == '!' || c == '?')) return false;
  }
  return true;
}

// Checked-out iterator clone, returned to the pool when done.
class IteratorPool {
 public:
  explicit IteratorPool(std::unique_ptr<icu::BreakIterator> prototype)
      : prototype_(std::move(prototype)) {}

  std::unique_ptr<icu::BreakIterator> Acquire() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<icu::BreakIterator> iterator = std::move(idle_.back());
      idle_.pop_back();
      return iterator;
    }
    return std::unique_ptr<icu::BreakIterator>(prototype_->clone());
  }

  void Release(std::unique_ptr<icu::BreakIterator> iterator) {
    if (iterator == nullptr) return;
    std::lock_guard<std::mutex> lock(mutex_);
    if (idle_.size() < kMaxPooledIterators) idle_.push_back(std::move(iterator));
  }

 private:
  std::mutex mutex_;
  std::unique_ptr<icu::BreakIterator> prototype_;
  std::vector<std::unique_ptr<icu::BreakIterator>> idle_;
};

std::unique_ptr<icu::BreakIterator> BuildSentenceIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || base == nullptr) {
    throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
  }
  return base;
}

// Splits one document; holds the state of a single split() call.
class DocumentSplitter {
 public:
  DocumentSplitter(std::string_view text, icu::BreakIterator& sentences,
                   const HotTest* is_hot)
      : text_(text), sentences_(sentences), is_hot_(is_hot) {}

  std::vector<Segment> Run() {
    std::vector<Line> paragraph_lines;
    bool blank_line_seen = false;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      std::size_t newline = text_.find('\n', pos);
      if (newline == std::string_view::npos) newline = text_.size();
      const Span trimmed = Trim(text_, pos, newline);
      pos = newline + 1;
      if (trimmed.begin == trimmed.end) {
        blank_line_seen = true;
        continue;
      }
      if (blank_line_seen && !paragraph_lines.empty()) {
        SplitParagraph(paragraph_lines);
        paragraph_lines.clear();
        ++paragraph_;
      }
      blank_line_seen = false;
      paragraph_lines.push_back({trimmed.begin, trimmed.end});
    }
    if (!paragraph_lines.empty()) SplitParagraph(paragraph_lines);
    return std::move(segments_);
  }

 private:
  std::string_view LineText(const Line& line) const {
    return text_.substr(line.begin, line.end - line.begin);
  }

  void SplitParagraph(const std::vector<Line>& lines) {
    bool continues_previous = false;
    bool other_stories = false;  // under a "MOST READ" heading
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const std::string_view current = LineText(lines[k]);
      // Headlines of other stories are lines of their own that name no
      // count of this story: never matched.
      if (other_stories && current.size() < kShortLineBytes) {
        FlushRun();
        segments_.push_back({lines[k].begin, lines[k].end, paragraph_, false, true, false});
        continue;
      }
      other_stories = headline_decided_ && IsOtherStoriesHeading(current);
      const bool has_next = k + 1 < lines.size();
      const std::string_view next = has_next ? LineText(lines[k + 1]) : std::string_view{};
      const bool glues = has_next && GluesForward(current, next);
      const bool is_short = current.size() < kShortLineBytes;
      const bool punctuated = EndsWithSentencePunctuation(current);
      const bool bullet = starts_with_bullet(current);
      if (bullet) continues_previous = false;
      const bool own_line = !continues_previous && is_short && (!punctuated || bullet) && !glues;

      bool is_headline = false;
      if (!headline_decided_ && !IsDebris(current) && !(own_line && IsMasthead(current))) {
        headline_decided_ = true;
        is_headline = own_line;
      }
      if (own_line || bullet) {
        FlushRun();
        segments_.push_back({lines[k].begin, lines[k].end, paragraph_, is_headline, true,
                             Hot(lines[k].begin, lines[k].end)});
        continues_previous = false;
        continue;
      }
      if (!run_open_) {
        run_open_ = true;
        run_begin_ = lines[k].begin;
      }
      run_end_ = lines[k].end;
      continues_previous = glues;
      if (glues) continue;
      // The sentence ends at the end of this line when the line is a whole
      // paragraph (long), ends unpunctuated, or ends with a time of day before
      // a capital ("at 4 p.m.\nPolice said": the brief's newline rule).
      const bool time_then_capital = has_next && EndsWithTimeOfDay(current) && IsUpper(next[0]);
      const bool introduces_list = current.back() == ':' && has_next && starts_with_bullet(next);
      if (!is_short || !punctuated || time_then_capital || introduces_list) FlushRun();
    }
    FlushRun();
  }

  // Whether [begin, end) passes the hot test (always, without one).
  bool Hot(std::size_t begin, std::size_t end) const {
    return is_hot_ == nullptr || (*is_hot_)(text_.substr(begin, end - begin));
  }

  // Sentence-splits the open run of prose lines with ICU.
  void FlushRun() {
    if (!run_open_) return;
    run_open_ = false;
    // One test per run: the sentences of a hot run are all marked anchored
    // (the binder's Set scan tells those without an anchor cheaply enough).
    run_hot_ = Hot(run_begin_, run_end_);
    if (sentences_emitted_ >= 2 && !run_hot_) {
      // Nothing to bind here: one segment, not worth ICU's time (and not
      // split, so its length says nothing of its sentence breaks).
      EmitSentence(run_begin_, run_end_, /*split=*/false);
      run_hot_ = true;
      return;
    }
    std::string_view run = text_.substr(run_begin_, run_end_ - run_begin_);
    if (IsOneSentence(run)) {
      EmitSentence(run_begin_, run_end_);
      return;
    }
    // ICU always breaks at a line feed; joined lines get a space instead
    // (same length, so offsets are unchanged).
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    const bool ascii = std::all_of(run.begin(), run.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
      // ICU reads UTF-16 in one chunk, UTF-8 through a converting window
      // of 32 characters: widening ASCII first halves ICU's time. Offsets
      // are the same in both.
      wide_.resize(run.size());
      for (std::size_t i = 0; i < run.size(); ++i) {
        const char c = run[i];
        wide_[i] = static_cast<char16_t>(c == '\n' || c == '\r' ? ' ' : c);
      }
      utext_openUChars(&utext, wide_.data(), static_cast<int64_t>(wide_.size()), &status);
    } else {
      // Two memchr scans: find_first_of tests every byte against the set.
      if (run.find('\n') != std::string_view::npos || run.find('\r') != std::string_view::npos) {
        scratch_.assign(run);
        std::replace(scratch_.begin(), scratch_.end(), '\n', ' ');
        std::replace(scratch_.begin(), scratch_.end(), '\r', ' ');
        run = scratch_;
      }
      utext_openUTF8(&utext, run.data(), static_cast<int64_t>(run.size()), &status);
    }
    if (U_SUCCESS(status)) sentences_.setText(&utext, status);
    if (U_FAILURE(status)) {
      EmitSentence(run_begin_, run_end_, /*split=*/false);
    } else {
      std::size_t previous = 0;
      for (int32_t boundary = sentences_.next(); boundary != icu::BreakIterator::DONE;
           boundary = sentences_.next()) {
        const auto offset = static_cast<std::size_t>(boundary);
        if (offset < run.size() && IsAbbreviationBreak(run, offset)) continue;
        EmitSentence(run_begin_ + previous, run_begin_ + offset);
        previous = offset;
      }
      if (previous < run.size()) EmitSentence(run_begin_ + previous, run_end_);
    }
    // Detach the iterator from the UText before it goes away.
    sentences_.setText(icu::UnicodeString());
    utext_close(&utext);
  }

  // Emits [begin, end) trimmed, cut into pieces of at most kMaxSegmentBytes
  // at whitespace (or at a character boundary when there is none).
  // `split` says [begin, end) is one sentence as far as the splitter could
  // tell, so that its length is the length of a sentence.
  void EmitSentence(std::size_t begin, std::size_t end, bool split = true) {
    Span span = Trim(text_, begin, end);
    const bool unbroken = split && span.end - span.begin > kMaxSentenceBytes;
    while (span.end - span.begin > kMaxSegmentBytes) {
      std::size_t cut = span.begin + kMaxSegmentBytes;
      const std::size_t floor = span.begin + kMaxSegmentBytes / 2;
      std::size_t space = cut;
      while (space > floor && !IsSpace(text_[space])) --space;
      if (space > floor) {
        cut = space;
      } else {
        while (cut > span.begin + 1 && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) {
          --cut;
        }
      }
      const Span piece = Trim(text_, span.begin, cut);
      if (piece.begin < piece.end) segments_.push_back(Sentence(piece, unbroken));
      span = Trim(text_, cut, span.end);
    }
    if (span.begin < span.end) segments_.push_back(Sentence(span, unbroken));
  }

  Segment Sentence(Span span, bool unbroken) {
    ++sentences_emitted_;
    return {span.begin, span.end, paragraph_, false, false, run_hot_ && !unbroken, unbroken};
  }

  std::string_view text_;
  icu::BreakIterator& sentences_;
  const HotTest* is_hot_;  // null: split everything
  std::vector<Segment> segments_;
  std::size_t sentences_emitted_ = 0;  // segments that are not own lines
  bool run_hot_ = true;                // the run being emitted passed the hot test
  std::string scratch_;
  std::u16string wide_;  // an ASCII run, widened for ICU
  int paragraph_ = 0;
  bool headline_decided_ = false;
  bool run_open_ = false;
  std::size_t run_begin_ = 0;
  std::size_t run_end_ = 0;
};

}  // namespace

bool starts_with_bullet(std::string_view line) {
  if (line.empty()) return false;
  if (line.substr(0, 3) == "\xE2\x80\xA2") return true;  // U+2022 BULLET
  return (line[0] == '*' || line[0] == '-' || line[0] == '+') && line.size() > 1 && line[1] == ' ';
}

struct Segmenter::Impl {
  IteratorPool pool{BuildSentenceIterator()};
};

Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

std::vector<Segment> Segmenter::split(std::string_view text) const {
  std::unique_ptr<icu::BreakIterator> iterator = impl_->pool.Acquire();
  std::vector<Segment> segments = DocumentSplitter(text, *iterator, nullptr).Run();
  impl_->pool.Release(std::move(iterator));
  return segments;
}

std::vector<Segment> Segmenter::split(std::string_view text,
                                      const HotTest& is_hot) const {
  std::unique_ptr<icu::BreakIterator> iterator = impl_->pool.Acquire();
  std::vector<Segment> segments = DocumentSplitter(text, *iterator, &is_hot).Run();
  impl_->pool.Release(std::move(iterator));
  return segments;
}

}  // namespace rehope::internal

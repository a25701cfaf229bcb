#include "cli/input.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <limits>
#include <system_error>
#include <utility>

#include <fmt/format.h>
#include <simdjson.h>

namespace rehope::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

constexpr std::size_t kChunk = std::size_t{1} << 20;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), IsSpace);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string ErrnoMessage(int err) { return std::generic_category().message(err); }

// ---------------------------------------------------------------------------
// Byte sources: a file descriptor or a gzip stream.

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Bytes read, 0 at the end; -1 on error with `error` set.
  virtual long Read(char* buf, std::size_t n, std::string& error) = 0;
};

class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;

  long Read(char* buf, std::size_t n, std::string& error) override {
    for (;;) {
      ssize_t got = ::read(fd_, buf, n);
      if (got >= 0) return static_cast<long>(got);
      if (errno == EINTR) continue;
      error = ErrnoMessage(errno);
      return -1;
    }
  }

 private:
  int fd_;
  bool owned_;
};

class GzSource : public ByteSource {
 public:
  explicit GzSource(gzFile gz) : gz_(gz) {}
  ~GzSource() override { gzclose(gz_); }
  GzSource(const GzSource&) = delete;
  GzSource& operator=(const GzSource&) = delete;

  long Read(char* buf, std::size_t n, std::string& error) override {
    int got = gzread(gz_, buf, static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30)));
    int errnum = Z_OK;
    const char* msg = gzerror(gz_, &errnum);
    // A truncated stream ends with Z_BUF_ERROR rather than a plain EOF.
    if (got < 0 || (errnum != Z_OK && errnum != Z_STREAM_END)) {
      error = errnum == Z_ERRNO ? ErrnoMessage(errno) : std::string(msg);
      if (errnum == Z_BUF_ERROR) error = "gzip data ends unexpectedly";
      return -1;
    }
    return got;
  }

 private:
  gzFile gz_;
};

// ---------------------------------------------------------------------------
// Lines with a length cap: a line over the cap is skipped, not stored, so a
// huge line cannot exhaust memory.

class LineReader {
 public:
  enum class Result { kLine, kTooLong, kEof, kError };

  LineReader(std::unique_ptr<ByteSource> source, std::string prefix)
      : source_(std::move(source)), buf_(std::move(prefix)) {
    // A byte-order mark is not part of the first record.
    if (buf_.rfind("\xEF\xBB\xBF", 0) == 0) begin_ = 3;
  }

  // `length` is the full length of the line, also when it was too long.
  Result Next(std::string& line, std::size_t cap, std::size_t& length,
              std::string& error) {
    line.clear();
    length = 0;
    bool any = false;
    for (;;) {
      if (begin_ < buf_.size()) {
        any = true;
        const char* start = buf_.data() + begin_;
        std::size_t avail = buf_.size() - begin_;
        const void* nl = std::memchr(start, '\n', avail);
        std::size_t take = nl != nullptr
            ? static_cast<std::size_t>(static_cast<const char*>(nl) - start)
            : avail;
        if (length + take <= cap) line.append(start, take);
        length += take;
        begin_ += take;
        if (nl != nullptr) {
          ++begin_;
          break;
        }
      }
      if (eof_) break;
      buf_.resize(kChunk);
      begin_ = 0;
      long got = source_->Read(buf_.data(), kChunk, error);
      if (got < 0) {
        buf_.clear();
        eof_ = true;
        return Result::kError;
      }
      buf_.resize(static_cast<std::size_t>(got));
      if (got == 0) eof_ = true;
    }
    if (!any) return Result::kEof;
    if (length > cap) {
      line.clear();
      return Result::kTooLong;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return Result::kLine;
  }

 private:
  std::unique_ptr<ByteSource> source_;
  std::string buf_;
  std::size_t begin_ = 0;
  bool eof_ = false;
};

// Reads a whole source into `out`, keeping at most `limit` + 1 bytes (enough
// to know it is over) and draining the rest. Returns false on error.
bool ReadAll(ByteSource& source, std::size_t limit, std::string& out,
             std::size_t& total, std::string& error) {
  std::string chunk(kChunk, '\0');
  total = out.size();
  if (out.size() > limit) out.resize(limit + 1);
  for (;;) {
    long got = source.Read(chunk.data(), chunk.size(), error);
    if (got < 0) return false;
    if (got == 0) return true;
    auto n = static_cast<std::size_t>(got);
    total += n;
    if (out.size() <= limit) out.append(chunk.data(), std::min(n, limit + 1 - out.size()));
  }
}

std::string TooLargeMessage(std::size_t size, std::size_t limit) {
  return fmt::format("document is {} bytes, over the limit of {} bytes (--max-bytes)",
                     size, limit);
}

// ---------------------------------------------------------------------------
// simdjson DOM values to nlohmann values, for the passthrough fields.

ordered_json ToJson(simdjson::dom::element e) {
  using simdjson::dom::element_type;
  switch (e.type()) {
    case element_type::ARRAY: {
      ordered_json a = ordered_json::array();
      // Name the array: a range-for over the temporary simdjson_result would
      // iterate an object already destroyed.
      const simdjson::dom::array array = e.get_array().value_unsafe();
      for (simdjson::dom::element v : array) a.push_back(ToJson(v));
      return a;
    }
    case element_type::OBJECT: {
      ordered_json o = ordered_json::object();
      const simdjson::dom::object object = e.get_object().value_unsafe();
      for (auto field : object) {
        o[std::string(field.key)] = ToJson(field.value);
      }
      return o;
    }
    case element_type::INT64: return e.get_int64().value_unsafe();
    case element_type::UINT64: return e.get_uint64().value_unsafe();
    case element_type::DOUBLE: return e.get_double().value_unsafe();
    case element_type::STRING: return std::string(e.get_string().value_unsafe());
    case element_type::BOOL: return e.get_bool().value_unsafe();
    case element_type::NULL_VALUE: break;
  }
  return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------

bool RepairUtf8(std::string& s) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  auto byte = [&s](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  auto cont = [&](std::size_t i) { return i < s.size() && (byte(i) & 0xC0) == 0x80; };
  // Fast path: most input is valid.
  std::string out;
  bool repaired = false;
  std::size_t i = 0;
  std::size_t copied = 0;  // s[copied, i) is valid and not yet in `out`
  while (i < s.size()) {
    unsigned char b = byte(i);
    std::size_t n = 0;
    if (b < 0x80) {
      n = 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
      n = cont(i + 1) ? 2 : 0;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (cont(i + 1) && cont(i + 2)) {
        unsigned char b1 = byte(i + 1);
        bool overlong = b == 0xE0 && b1 < 0xA0;
        bool surrogate = b == 0xED && b1 >= 0xA0;
        n = overlong || surrogate ? 0 : 3;
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (cont(i + 1) && cont(i + 2) && cont(i + 3)) {
        unsigned char b1 = byte(i + 1);
        bool overlong = b == 0xF0 && b1 < 0x90;
        bool too_big = b == 0xF4 && b1 >= 0x90;
        n = overlong || too_big ? 0 : 4;
      }
    }
    if (n == 0) {
      if (!repaired) out.reserve(s.size() + 16);
      repaired = true;
      out.append(s, copied, i - copied);
      out.append(kReplacement);
      ++i;
      copied = i;
    } else {
      i += n;
    }
  }
  if (repaired) {
    out.append(s, copied, std::string::npos);
    s = std::move(out);
  }
  return repaired;
}

bool IsJsonLinesPath(std::string_view path) {
  std::string lower = Lower(path);
  return EndsWith(lower, ".jsonl") || EndsWith(lower, ".jsonl.gz");
}

// ---------------------------------------------------------------------------
// TaskParser

struct TaskParser::Impl {
  std::size_t max_bytes;
  simdjson::dom::parser parser;

  Article ParseLine(Task& task);
};

TaskParser::TaskParser(std::size_t max_bytes) : impl_(std::make_unique<Impl>()) {
  impl_->max_bytes = max_bytes;
}
TaskParser::~TaskParser() = default;

Article TaskParser::Parse(Task task) {
  if (task.kind == Task::Kind::kJsonLine) return impl_->ParseLine(task);
  Article a;
  a.id = std::move(task.id);
  a.passthrough = ordered_json::object();
  if (task.kind == Task::Kind::kError) {
    a.error_code = std::move(task.error_code);
    a.error_message = std::move(task.error_message);
  } else if (task.text.size() > impl_->max_bytes) {
    a.error_code = kTooLarge;
    a.error_message = TooLargeMessage(task.text.size(), impl_->max_bytes);
  } else {
    a.text = std::move(task.text);
    a.format = task.format;
  }
  return a;
}

Article TaskParser::Impl::ParseLine(Task& task) {
  Article a;
  a.id = task.id;  // "<source>:<line>" until the record names its own
  a.passthrough = ordered_json::object();
  auto fail = [&a](std::string_view code, std::string message) {
    a.error_code = code;
    a.error_message = std::move(message);
    a.text.clear();
    return std::move(a);
  };

  simdjson::dom::element doc;
  auto err = parser.parse(task.text).get(doc);
  if (err == simdjson::UTF8_ERROR) {
    // The library repairs invalid UTF-8 in text; do the same for the JSON
    // line (simdjson insists on valid UTF-8) and say so in the warnings.
    RepairUtf8(task.text);
    a.warnings.push_back(
        "input: invalid UTF-8 in the JSON line was replaced with U+FFFD");
    err = parser.parse(task.text).get(doc);
  }
  if (err) {
    return fail(kInvalidJson, fmt::format("line {}: not valid JSON: {}", task.line,
                                          simdjson::error_message(err)));
  }
  simdjson::dom::object obj;
  if (doc.get_object().get(obj)) {
    return fail(kInvalidRecord,
                fmt::format("line {}: a record must be a JSON object", task.line));
  }

  std::string_view text;
  std::string_view html;
  bool has_text = false;
  bool has_html = false;
  std::string bad_field;
  for (auto field : obj) {
    std::string_view key = field.key;
    simdjson::dom::element v = field.value;
    bool is_null = v.is_null();
    if (key == "id") {
      if (v.is_string() || v.is_number()) {
        a.id = ToJson(v);
      } else if (!is_null) {
        bad_field = "id";
      }
    } else if (key == "text" || key == "html") {
      bool& has = key == "text" ? has_text : has_html;
      std::string_view& out = key == "text" ? text : html;
      if (v.is_string()) {
        out = v.get_string().value_unsafe();
        has = true;
      } else if (!is_null) {
        bad_field = std::string(key);
      }
    } else if (key == "summary" || key == "error") {
      // Reserved for the output record.
    } else {
      if (key == "title") {
        if (v.is_string()) {
          a.title = std::string(v.get_string().value_unsafe());
        } else if (!is_null) {
          bad_field = "title";
        }
      }
      a.passthrough[std::string(key)] = ToJson(v);
    }
  }
  if (!bad_field.empty()) {
    return fail(kInvalidRecord,
                fmt::format("line {}: field '{}' has the wrong type (expected {})",
                            task.line, bad_field,
                            bad_field == "id" ? "a string or a number" : "a string"));
  }
  if (!has_text && !has_html) {
    return fail(kMissingText,
                fmt::format("line {}: the record has no \"text\" or \"html\" string",
                            task.line));
  }
  std::string_view body = has_text ? text : html;
  if (body.size() > max_bytes) {
    return fail(kTooLarge, fmt::format("line {}: {}", task.line,
                                       TooLargeMessage(body.size(), max_bytes)));
  }
  a.text = std::string(body);
  a.format = has_text ? rehope::InputFormat::kAuto : rehope::InputFormat::kHtml;
  return a;
}

// ---------------------------------------------------------------------------
// InputReader

struct InputReader::Impl {
  struct Entry {
    std::string path;
    bool from_directory = false;  // found by walking: skip unknown kinds
  };

  ReaderOptions options;
  std::deque<Entry> pending;

  // The JSON Lines source being read, if any.
  std::unique_ptr<LineReader> lines;
  std::string source;
  std::uint64_t line_no = 0;

  // Stdin, once sniffed.
  bool stdin_sniffed = false;
  bool stdin_jsonl = false;
  bool stdin_empty = false;
  std::string stdin_prefix;

  std::size_t LineCap() const {
    // A JSON string can take up to six bytes per byte of text (\u00XX).
    std::size_t m = options.max_bytes;
    if (m > (std::numeric_limits<std::size_t>::max() - kChunk) / 6) {
      return std::numeric_limits<std::size_t>::max();
    }
    return m * 6 + kChunk;
  }

  void SniffStdin() {
    if (stdin_sniffed) return;
    stdin_sniffed = true;
    FdSource in(0, false);
    std::string error;
    std::string chunk(kChunk, '\0');
    std::size_t scan = 0;
    for (;;) {
      while (scan < stdin_prefix.size() && IsSpace(stdin_prefix[scan])) ++scan;
      if (stdin_prefix.compare(scan, 3, "\xEF\xBB\xBF") == 0) {
        scan += 3;
        continue;
      }
      if (scan < stdin_prefix.size()) break;
      long got = in.Read(chunk.data(), chunk.size(), error);
      if (got <= 0) break;  // a read error shows up again when reading
      stdin_prefix.append(chunk.data(), static_cast<std::size_t>(got));
    }
    stdin_empty = scan >= stdin_prefix.size();
    stdin_jsonl = !stdin_empty && stdin_prefix[scan] == '{';
  }

  // Next task from the current JSON Lines source; false when it is done.
  bool NextLine(Task& task) {
    std::string error;
    for (;;) {
      Task t;
      std::size_t length = 0;
      auto r = lines->Next(t.text, LineCap(), length, error);
      if (r == LineReader::Result::kEof) {
        lines.reset();
        return false;
      }
      ++line_no;
      t.line = line_no;
      t.id = fmt::format("{}:{}", source, line_no);
      if (r == LineReader::Result::kError) {
        lines.reset();
        t.kind = Task::Kind::kError;
        t.error_code = kUnreadable;
        t.error_message = fmt::format("{}: read error at line {}: {}", source,
                                      line_no, error);
        task = std::move(t);
        return true;
      }
      if (r == LineReader::Result::kTooLong) {
        t.kind = Task::Kind::kError;
        t.error_code = kTooLarge;
        t.error_message = fmt::format(
            "line {}: the line is {} bytes, too long for a record under the "
            "limit of {} bytes (--max-bytes)",
            line_no, length, options.max_bytes);
        task = std::move(t);
        return true;
      }
      if (IsBlank(t.text)) continue;
      t.kind = Task::Kind::kJsonLine;
      task = std::move(t);
      return true;
    }
  }

  static Task Error(std::string id, std::string_view code, std::string message) {
    Task t;
    t.kind = Task::Kind::kError;
    t.id = std::move(id);
    t.error_code = code;
    t.error_message = std::move(message);
    return t;
  }

  // Pushes the readable files under `dir` (sorted) to the front of pending.
  // Returns an error task when the walk failed part-way.
  bool ExpandDirectory(const std::string& dir, Task& task) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      std::string name = p.filename().string();
      if (!name.empty() && name[0] == '.') {
        // Hidden files and directories (.git, editor backups) are not input.
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      std::string lower = Lower(name);
      if (EndsWith(lower, ".txt") || EndsWith(lower, ".html") ||
          EndsWith(lower, ".htm") || IsJsonLinesPath(lower)) {
        files.push_back(p.string());
      }
    }
    std::sort(files.begin(), files.end());
    for (auto f = files.rbegin(); f != files.rend(); ++f) {
      pending.push_front(Entry{*f, true});
    }
    if (ec) {
      task = Error(dir, kUnreadable, fmt::format("{}: {}", dir, ec.message()));
      return true;
    }
    return false;
  }

  Task ReadDocument(const std::string& path) {
    Task t;
    t.id = path;
    std::string lower = Lower(path);
    t.format = EndsWith(lower, ".html") || EndsWith(lower, ".htm")
                   ? rehope::InputFormat::kHtml
               : EndsWith(lower, ".txt") ? rehope::InputFormat::kText
                                         : rehope::InputFormat::kAuto;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error(path, kUnreadable, fmt::format("{}: {}", path, ErrnoMessage(errno)));
    FdSource src(fd, true);
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
      // Check the size before reading, so a huge file is never loaded.
      std::uintmax_t size = fs::file_size(path, ec);
      if (!ec && size > options.max_bytes) {
        return Error(path, kTooLarge, TooLargeMessage(static_cast<std::size_t>(size),
                                                      options.max_bytes));
      }
      if (!ec) t.text.reserve(static_cast<std::size_t>(size));
    }
    std::size_t total = 0;
    std::string error;
    if (!ReadAll(src, options.max_bytes, t.text, total, error)) {
      return Error(path, kUnreadable, fmt::format("{}: {}", path, error));
    }
    if (total > options.max_bytes) {
      return Error(path, kTooLarge, TooLargeMessage(total, options.max_bytes));
    }
    return t;
  }

  // Opens a JSON Lines file; returns an error task if it cannot be opened.
  bool OpenJsonLines(const std::string& path, Task& task) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      task = Error(path, kUnreadable, fmt::format("{}: {}", path, ErrnoMessage(errno)));
      return false;
    }
    std::unique_ptr<ByteSource> src;
    if (EndsWith(Lower(path), ".gz")) {
      gzFile gz = gzdopen(fd, "rb");
      if (gz == nullptr) {
        ::close(fd);
        task = Error(path, kUnreadable, fmt::format("{}: cannot open gzip stream", path));
        return false;
      }
      gzbuffer(gz, 1u << 17);
      src = std::make_unique<GzSource>(gz);
    } else {
      src = std::make_unique<FdSource>(fd, true);
    }
    lines = std::make_unique<LineReader>(std::move(src), std::string());
    source = path;
    line_no = 0;
    return true;
  }

  bool Next(Task& task) {
    for (;;) {
      if (lines && NextLine(task)) return true;
      if (pending.empty()) return false;
      Entry e = std::move(pending.front());
      pending.pop_front();
      if (e.path == "-") {
        SniffStdin();
        if (stdin_empty) continue;
        if (stdin_jsonl) {
          lines = std::make_unique<LineReader>(std::make_unique<FdSource>(0, false),
                                               std::move(stdin_prefix));
          source = kStdinName;
          line_no = 0;
          continue;
        }
        Task t;
        t.id = kStdinName;
        t.text = std::move(stdin_prefix);
        FdSource in(0, false);
        std::size_t total = 0;
        std::string error;
        if (!ReadAll(in, options.max_bytes, t.text, total, error)) {
          task = Error(t.id, kUnreadable, fmt::format("{}: {}", kStdinName, error));
        } else if (total > options.max_bytes) {
          task = Error(t.id, kTooLarge, TooLargeMessage(total, options.max_bytes));
        } else {
          task = std::move(t);
        }
        return true;
      }
      std::error_code ec;
      if (fs::is_directory(e.path, ec)) {
        if (ExpandDirectory(e.path, task)) return true;
        continue;
      }
      if (IsJsonLinesPath(e.path)) {
        if (!OpenJsonLines(e.path, task)) return true;
        continue;
      }
      task = ReadDocument(e.path);
      return true;
    }
  }
};

InputReader::InputReader(std::vector<std::string> paths, ReaderOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  if (paths.empty()) paths.emplace_back("-");
  for (auto& p : paths) impl_->pending.push_back(Impl::Entry{std::move(p), false});
}

InputReader::~InputReader() = default;

bool InputReader::SingleArticle() {
  if (impl_->pending.size() != 1) return false;
  const std::string& path = impl_->pending.front().path;
  if (path == "-") {
    impl_->SniffStdin();
    return !impl_->stdin_jsonl && !impl_->stdin_empty;
  }
  std::error_code ec;
  return !fs::is_directory(path, ec) && !IsJsonLinesPath(path);
}

bool InputReader::Next(Task& task) { return impl_->Next(task); }

}  // namespace rehope::cli

// Reading the inputs of `rehope analyze`: files, directories, HTML, JSON
// Lines (plain or gzip) and stdin, turned into a stream of Tasks in input
// order. The reader does only cheap work (reading bytes, splitting lines);
// parsing a JSON line is left to the workers (ParseTask) so it runs in
// parallel.

#ifndef REHOPE_CLI_INPUT_H_
#define REHOPE_CLI_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "rehope/rehope.h"

namespace rehope::cli {

// The id given to records read from stdin.
inline constexpr std::string_view kStdinName = "<stdin>";

// Error codes of error records (docs/cli.md lists them).
inline constexpr std::string_view kInvalidJson = "invalid_json";
inline constexpr std::string_view kMissingText = "missing_text";
inline constexpr std::string_view kInvalidRecord = "invalid_record";
inline constexpr std::string_view kTooLarge = "too_large";
inline constexpr std::string_view kUnreadable = "unreadable";

// One unit of input, as the reader hands it to a worker.
struct Task {
  enum class Kind {
    kDocument,   // `text` is a whole article (a file, or stdin text)
    kJsonLine,   // `text` is one raw JSON line, still to be parsed
    kError,      // nothing to analyze: error_code/error_message say why
  };
  Kind kind = Kind::kDocument;
  std::string id;          // documents and errors; for lines: the fallback id
  std::string text;        // article bytes or the raw JSON line
  rehope::InputFormat format = rehope::InputFormat::kAuto;
  std::uint64_t line = 0;  // 1-based line number of a JSON line
  std::string error_code;
  std::string error_message;
};

// An input record ready for analysis (or an error in its place). Owns the
// article text: the text format needs the original bytes for its spans.
struct Article {
  nlohmann::ordered_json id;           // string, or the record's number
  nlohmann::ordered_json passthrough;  // object: fields kept for the output
  std::string text;
  std::string title;
  rehope::InputFormat format = rehope::InputFormat::kAuto;
  std::vector<std::string> warnings;   // input-level notes for the summary
  std::string error_code;              // empty when there is an article
  std::string error_message;
  bool ok() const { return error_code.empty(); }
};

// Turns a Task into an Article: parses JSON lines (with simdjson), applies
// the size limit, and maps every problem to an error code. Never throws.
// Not thread-safe per instance: give each worker its own.
class TaskParser {
 public:
  explicit TaskParser(std::size_t max_bytes);
  ~TaskParser();
  TaskParser(const TaskParser&) = delete;
  TaskParser& operator=(const TaskParser&) = delete;

  Article Parse(Task task);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct ReaderOptions {
  std::size_t max_bytes = std::size_t{16} << 20;
};

// Produces the Tasks of a list of paths ("-" is stdin) in order. Files are
// read one at a time and JSON Lines line by line, so memory stays bounded
// whatever the input size.
class InputReader {
 public:
  InputReader(std::vector<std::string> paths, ReaderOptions options);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // True when the input is one article (one non-JSONL file, or plain text on
  // stdin). May read ahead on stdin to tell JSON Lines from text.
  bool SingleArticle();

  // The next task, in input order; false at the end.
  bool Next(Task& task);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Replaces invalid UTF-8 sequences with U+FFFD. Returns true if any were.
bool RepairUtf8(std::string& s);

// True for names ending in .jsonl or .jsonl.gz.
bool IsJsonLinesPath(std::string_view path);

}  // namespace rehope::cli

#endif  // REHOPE_CLI_INPUT_H_

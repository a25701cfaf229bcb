// Output of `rehope analyze`: one output record per input record, in one of
// four formats, and a buffered stdout writer that notices a closed pipe.

#ifndef REHOPE_CLI_OUTPUT_H_
#define REHOPE_CLI_OUTPUT_H_

#include <optional>
#include <string>
#include <string_view>

#include "cli/input.h"
#include "rehope/rehope.h"

namespace rehope::cli {

enum class Format {
  kJsonl,  // one JSON record per line
  kJson,   // each record pretty-printed (a stream of JSON values)
  kCsv,    // a header, then one RFC 4180 row per record
  kText,   // human-readable explanation
};

// "jsonl", "json", "csv", "text"; nullopt for anything else.
std::optional<Format> ParseFormat(std::string_view name);

struct TextStyle {
  bool color = false;  // ANSI bold/colour instead of »« marks
};

// The bytes written for one record (summary null means an error record),
// ending in a newline. Thread-safe: workers format in parallel.
std::string FormatRecord(const Article& article, const rehope::Summary* summary,
                         Format format, const TextStyle& style = {});

// Bytes written once before the first record ("" except for CSV).
std::string FormatHeader(Format format);

// One CSV field, quoted per RFC 4180 when it holds a comma, a quote, CR or
// LF (quotes doubled); returned as is otherwise.
std::string CsvField(std::string_view field);

// Buffered writes to a file descriptor. A closed reader (EPIPE) is reported
// by broken(), never by an exception or a message.
class FdWriter {
 public:
  explicit FdWriter(int fd);
  ~FdWriter();
  FdWriter(const FdWriter&) = delete;
  FdWriter& operator=(const FdWriter&) = delete;

  // False once the output is broken (then everything is dropped).
  bool Write(std::string_view bytes);
  bool Flush();
  bool broken() const { return broken_; }
  // The errno of the failure, 0 if none or EPIPE.
  int error() const { return error_; }

 private:
  bool WriteAll(std::string_view bytes);

  int fd_;
  std::string buf_;
  bool broken_ = false;
  int error_ = 0;
};

}  // namespace rehope::cli

#endif  // REHOPE_CLI_OUTPUT_H_

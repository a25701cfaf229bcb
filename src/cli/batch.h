// The commands behind the CLI: `analyze` (and `explain`) run a parallel,
// ordered, memory-bounded pipeline
//
//   reader thread ──► N workers (parse, analyze, format) ──► writer (in order)
//
// with at most `window` records (and about `byte_budget` bytes) in flight, so
// a 1 GB input is streamed, never loaded. One Extractor is shared by all
// workers (it is immutable and thread-safe).

#ifndef REHOPE_CLI_BATCH_H_
#define REHOPE_CLI_BATCH_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/output.h"
#include "rehope/rehope.h"

namespace rehope::cli {

// Exit codes of every command.
inline constexpr int kExitOk = 0;        // all records analyzed
inline constexpr int kExitRecords = 1;   // some records gave errors
inline constexpr int kExitUsage = 2;     // usage error, patterns failed to load

struct AnalyzeOptions {
  std::vector<std::string> paths;      // empty or "-": stdin
  std::optional<Format> format;        // unset: chosen from input and stdout
  unsigned jobs = 0;                   // 0: hardware threads
  std::string patterns_dir;            // empty: the embedded pattern sets
  std::size_t max_bytes = std::size_t{16} << 20;
  bool quiet = false;                  // no progress or closing note
  bool no_color = false;
};

// Runs `rehope analyze`; returns the exit code. Writes records to stdout and
// diagnostics to stderr. A closed stdout ends the process quietly.
int RunAnalyze(const AnalyzeOptions& options);

// Runs `rehope patterns check [DIR]`.
int RunPatternsCheck(const std::string& directory);

// The Extractor for `patterns_dir` (embedded patterns when empty). On failure
// prints each PatternError to stderr and returns null.
std::unique_ptr<rehope::Extractor> LoadExtractor(const std::string& patterns_dir,
                                                 const rehope::Options& options);

// Number of worker threads for a --jobs value (0: hardware threads).
unsigned ResolveJobs(unsigned jobs);

}  // namespace rehope::cli

#endif  // REHOPE_CLI_BATCH_H_

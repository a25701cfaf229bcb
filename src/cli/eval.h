// `rehope eval`: scores the analysis against a corpus of expected summaries,
// with exactly the semantics of /work/shared/tools/score-spec (the Python
// reference), but in process and in parallel.

#ifndef REHOPE_CLI_EVAL_H_
#define REHOPE_CLI_EVAL_H_

#include <cstddef>
#include <optional>
#include <string>

namespace rehope::cli {

struct EvalOptions {
  std::string cases;               // JSON Lines of {"id","text","expect"}
  std::string articles;            // directory of NAME.txt + NAME.expect.json
  std::optional<double> min_exact; // exit 1 when mean_exact is below it
  int show = 0;                    // mismatches to list
  unsigned jobs = 0;               // 0: hardware threads
  std::string patterns_dir;        // empty: embedded pattern sets
  std::size_t max_bytes = std::size_t{16} << 20;
};

// Prints the per-field table, the first `show` mismatches and the totals
// line to stdout; returns the exit code (2 when the corpus cannot be read).
int RunEval(const EvalOptions& options);

}  // namespace rehope::cli

#endif  // REHOPE_CLI_EVAL_H_

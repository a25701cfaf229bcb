// rehope: the command-line tool. Argument handling only; the commands live
// in src/cli/ (batch.h: analyze, explain, patterns check; eval.h: eval).
// The full reference is docs/cli.md.

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/batch.h"
#include "cli/eval.h"
#include "cli/output.h"
#include "rehope/rehope.h"

namespace {

using rehope::cli::kExitOk;
using rehope::cli::kExitUsage;

// One line on stderr for a usage error, and exit code 2.
int UsageError(const std::string& message) {
  std::fputs(fmt::format("rehope: {} (see rehope --help)\n", message).c_str(), stderr);
  return kExitUsage;
}

// Options shared by the commands that analyze articles.
void AddAnalysisOptions(CLI::App* cmd, rehope::cli::AnalyzeOptions& o,
                        std::uint64_t& max_bytes) {
  cmd->add_option("--patterns", o.patterns_dir,
                  "Load the pattern sets of DIR instead of the embedded ones")
      ->type_name("DIR");
  cmd->add_option("--max-bytes", max_bytes,
                  "Largest document analyzed; bigger ones give a too_large error "
                  "(suffixes K, M, G: powers of 1024)")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("16M");
  cmd->add_flag("--no-color", o.no_color, "No ANSI colour in text output");
}

}  // namespace

int main(int argc, char** argv) {
  // A closed stdout is seen as EPIPE by the writer, which ends quietly.
  std::signal(SIGPIPE, SIG_IGN);

  const std::string version = fmt::format("rehope {}", rehope::version());
  CLI::App app{"rehope: structured summaries of news coverage of trafficking stings",
               "rehope"};
  app.set_version_flag("--version", version);
  app.require_subcommand(1);
  app.fallthrough();

  // --- analyze / explain ---------------------------------------------------
  rehope::cli::AnalyzeOptions analyze;
  std::uint64_t analyze_max = std::uint64_t{16} << 20;
  std::string format_name;
  CLI::App* analyze_cmd = app.add_subcommand(
      "analyze", "Analyze articles: files, directories, HTML, JSON Lines (.jsonl, "
                 ".jsonl.gz), or stdin");
  analyze_cmd->set_version_flag("--version", version);
  analyze_cmd->add_option("PATH", analyze.paths,
                          "Inputs; none or '-' reads stdin (JSON Lines if it starts "
                          "with '{', else one plain-text article)");
  analyze_cmd->add_option("-f,--format", format_name,
                          "Output format: jsonl, json, csv, text (default: json for "
                          "one article on a terminal, else jsonl)")
      ->check(CLI::IsMember({"jsonl", "json", "csv", "text"}));
  analyze_cmd->add_option("-j,--jobs", analyze.jobs,
                          "Parallel workers (default: hardware threads)")
      ->check(CLI::Range(1u, 1024u));
  analyze_cmd->add_flag("-q,--quiet", analyze.quiet, "No progress or summary on stderr");
  AddAnalysisOptions(analyze_cmd, analyze, analyze_max);

  rehope::cli::AnalyzeOptions explain;
  std::uint64_t explain_max = std::uint64_t{16} << 20;
  std::string explain_path;
  CLI::App* explain_cmd = app.add_subcommand(
      "explain", "Show one article's verdict, counts and each claim with its sentence");
  explain_cmd->set_version_flag("--version", version);
  explain_cmd->add_option("FILE", explain_path, "The article ('-' reads stdin)")
      ->required();
  AddAnalysisOptions(explain_cmd, explain, explain_max);

  // --- patterns check ------------------------------------------------------
  CLI::App* patterns_cmd = app.add_subcommand("patterns", "Work with pattern sets");
  patterns_cmd->set_version_flag("--version", version);
  patterns_cmd->require_subcommand(1);
  std::string check_dir;
  CLI::App* check_cmd = patterns_cmd->add_subcommand(
      "check", "Load pattern sets and run every pattern's examples");
  check_cmd->set_version_flag("--version", version);
  check_cmd->add_option("DIR", check_dir,
                        "Pattern directory laid out like data/patterns/ (default: "
                        "the embedded pattern sets)");

  // --- eval ----------------------------------------------------------------
  rehope::cli::EvalOptions eval;
  std::uint64_t eval_max = std::uint64_t{16} << 20;
  CLI::App* eval_cmd = app.add_subcommand(
      "eval", "Score the analysis against a corpus of expected summaries");
  eval_cmd->set_version_flag("--version", version);
  eval_cmd->add_option("CASES", eval.cases,
                       "JSON Lines of {\"id\", \"text\", \"expect\": {...}}");
  eval_cmd->add_option("--articles", eval.articles,
                       "Directory of NAME.txt + NAME.expect.json")
      ->type_name("DIR");
  eval_cmd->add_option("--min-exact", eval.min_exact,
                       "Exit 1 when mean_exact is below X")
      ->type_name("X")
      ->check(CLI::Range(0.0, 1.0));
  eval_cmd->add_option("--show", eval.show, "List the first N mismatches")
      ->type_name("N")
      ->default_str("0");
  eval_cmd->add_option("-j,--jobs", eval.jobs, "Parallel workers (default: hardware threads)")
      ->check(CLI::Range(1u, 1024u));
  eval_cmd->add_option("--patterns", eval.patterns_dir,
                       "Load the pattern sets of DIR instead of the embedded ones")
      ->type_name("DIR");
  eval_cmd->add_option("--max-bytes", eval_max, "Largest document analyzed")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("16M");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return UsageError(e.what());
  }

  if (*analyze_cmd) {
    if (!format_name.empty()) analyze.format = rehope::cli::ParseFormat(format_name);
    analyze.max_bytes = static_cast<std::size_t>(analyze_max);
    return rehope::cli::RunAnalyze(analyze);
  }
  if (*explain_cmd) {
    explain.paths = {explain_path};
    explain.format = rehope::cli::Format::kText;
    explain.max_bytes = static_cast<std::size_t>(explain_max);
    explain.quiet = true;
    return rehope::cli::RunAnalyze(explain);
  }
  if (*check_cmd) return rehope::cli::RunPatternsCheck(check_dir);
  if (*eval_cmd) {
    if (eval.cases.empty() && eval.articles.empty()) {
      return UsageError("eval: give a CASES file, --articles DIR, or both");
    }
    eval.max_bytes = static_cast<std::size_t>(eval_max);
    return rehope::cli::RunEval(eval);
  }
  return kExitOk;
}

#include "cli/batch.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "cli/input.h"

namespace rehope::cli {
namespace {

using Clock = std::chrono::steady_clock;

// In-flight bytes allowed before the reader waits (one record always fits).
constexpr std::size_t kByteBudget = std::size_t{64} << 20;
// Records in flight per job. Enough that threads hand over work in runs, not
// one record at a time: each handover is a futex wake and a context switch,
// which cost a sixth of the CLI's time with a window of 4.
constexpr std::uint64_t kWindowPerJob = 2 * Extractor::kBatchDocuments;
// ... and at most this many in all, whatever --jobs says: results waiting for
// the writer are not counted in the byte budget.
constexpr std::uint64_t kMaxWindow = 4096;
// Records a worker takes from the queue at once and analyzes in one call
// (rehope::Extractor::analyze over many documents).
constexpr std::size_t kTakeAtOnce = Extractor::kBatchDocuments;
// Results ready in order before a worker wakes the writer, and how long the
// writer waits at most before looking anyway.
constexpr std::uint64_t kWriterRun = 16;
constexpr std::chrono::milliseconds kWriterPoll{20};

struct Result {
  std::string bytes;
  bool error = false;
};

std::string IdForSummary(const nlohmann::ordered_json& id) {
  return id.is_string() ? id.get<std::string>() : id.dump();
}

// Analyzes (or reports) tasks that arrived together; never throws. The
// articles go to the library in one call, which runs each stage over all of
// them in turn (faster than one call per article: the automata stay warm).
std::vector<Result> Process(std::vector<Task> tasks, TaskParser& parser,
                            const rehope::Extractor& extractor, Format format,
                            const TextStyle& style) {
  std::vector<Article> articles;
  articles.reserve(tasks.size());
  for (Task& task : tasks) articles.push_back(parser.Parse(std::move(task)));
  std::vector<std::string> ids;
  std::vector<rehope::Document> documents;
  std::vector<std::size_t> analyzed;  // index of the article of documents[k]
  ids.reserve(articles.size());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (!articles[i].ok()) continue;
    ids.push_back(IdForSummary(articles[i].id));
    documents.push_back(
        rehope::Document{articles[i].text, ids.back(), articles[i].title, articles[i].format});
    analyzed.push_back(i);
  }
  std::vector<rehope::Summary> summaries;
  try {
    summaries = extractor.analyze(documents);
  } catch (const std::exception&) {
    // analyze() promises not to throw on text; this is out of memory or a
    // bug, and one record's failure must not lose the others: each record
    // again on its own, and only the ones that fail alone are errors.
    summaries.assign(documents.size(), rehope::Summary{});
    for (std::size_t k = 0; k < documents.size(); ++k) {
      try {
        summaries[k] = extractor.analyze(documents[k]);
      } catch (const std::exception& e) {
        articles[analyzed[k]].error_code = "internal_error";
        articles[analyzed[k]].error_message = e.what();
      }
    }
  }
  std::vector<Result> results(articles.size());
  for (std::size_t k = 0; k < summaries.size(); ++k) {
    Article& a = articles[analyzed[k]];
    if (!a.ok()) continue;
    rehope::Summary& s = summaries[k];
    s.warnings.insert(s.warnings.end(), a.warnings.begin(), a.warnings.end());
    try {
      results[analyzed[k]] = {FormatRecord(a, &s, format, style), false};
      continue;
    } catch (const std::exception& e) {
      a.error_code = "internal_error";
      a.error_message = e.what();
    }
  }
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (!articles[i].ok()) results[i] = {FormatRecord(articles[i], nullptr, format, style), true};
  }
  return results;
}

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), start_(Clock::now()) {}

  void Update(std::uint64_t done) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(200)) {
      return;
    }
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    auto whole = static_cast<long>(secs);
    std::fputs(fmt::format("\r\x1b[Krehope: {} records, {:.0f}/s, {}:{:02}", done,
                           static_cast<double>(done) / secs, whole / 60, whole % 60)
                   .c_str(),
               stderr);
    shown_ = true;
  }

  void Finish() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
    shown_ = false;
  }

 private:
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_;
  Clock::time_point last_{};
};

// The shared state of one run. Sequence numbers give the output order.
class Pipeline {
 public:
  Pipeline(InputReader& reader, const rehope::Extractor& extractor, Format format,
           TextStyle style, std::size_t max_bytes, unsigned jobs)
      : reader_(reader),
        extractor_(extractor),
        format_(format),
        style_(style),
        max_bytes_(max_bytes),
        jobs_(jobs),
        window_(std::min<std::uint64_t>(kWindowPerJob * jobs, kMaxWindow)) {}

  // Runs to the end; returns false if stdout broke (then the process exits
  // from inside, see OnBroken).
  void Run(FdWriter& out, Progress& progress, bool flush_each) {
    std::thread reader([this] { ReadLoop(); });
    std::vector<std::thread> workers;
    workers.reserve(jobs_);
    for (unsigned i = 0; i < jobs_; ++i) workers.emplace_back([this] { WorkLoop(); });

    for (;;) {
      Result r;
      {
        std::unique_lock lock(mu_);
        // Workers wake the writer only once a run of results is ready (see
        // WorkLoop); the timeout bounds how long a lone result waits when
        // input trickles in.
        while (!(results_.count(written_) > 0 || (input_done_ && written_ == submitted_))) {
          results_cv_.wait_for(lock, kWriterPoll);
        }
        auto it = results_.find(written_);
        if (it == results_.end()) break;
        r = std::move(it->second);
        results_.erase(it);
      }
      if (r.error) ++errors_;
      bool ok = out.Write(r.bytes);
      if (ok && flush_each) ok = out.Flush();
      if (!ok) OnBroken(out);
      bool wake_reader = false;
      {
        std::lock_guard lock(mu_);
        in_flight_bytes_ -= sizes_[written_];
        sizes_.erase(written_);
        ++written_;
        // Wake the reader when half the window is free, not at every record.
        const std::uint64_t in_flight = submitted_ - written_;
        wake_reader = reader_waiting_ &&
                      (in_flight == 0 ||
                       (in_flight <= window_ / 2 && in_flight_bytes_ <= kByteBudget / 2));
      }
      if (wake_reader) space_cv_.notify_one();
      progress.Update(written_);
    }
    if (!out.Flush()) OnBroken(out);
    reader.join();
    for (auto& w : workers) w.join();
  }

  std::uint64_t records() const { return written_; }
  std::uint64_t errors() const { return errors_; }

 private:
  void ReadLoop() {
    Task task;
    while (reader_.Next(task)) {
      std::size_t size = task.text.size();
      std::unique_lock lock(mu_);
      reader_waiting_ = true;
      space_cv_.wait(lock, [&] {
        std::uint64_t in_flight = submitted_ - written_;
        return in_flight == 0 ||
               (in_flight < window_ && in_flight_bytes_ + size <= kByteBudget);
      });
      reader_waiting_ = false;
      sizes_[submitted_] = size;
      in_flight_bytes_ += size;
      tasks_.emplace_back(submitted_++, std::move(task));
      lock.unlock();
      tasks_cv_.notify_one();
      task = Task();
    }
    {
      std::lock_guard lock(mu_);
      input_done_ = true;
    }
    tasks_cv_.notify_all();
    results_cv_.notify_all();
  }

  void WorkLoop() {
    TaskParser parser(max_bytes_);
    for (;;) {
      std::uint64_t first = 0;
      std::vector<Task> tasks;
      {
        std::unique_lock lock(mu_);
        tasks_cv_.wait(lock, [this] { return !tasks_.empty() || input_done_; });
        if (tasks_.empty()) return;
        // A share of what is queued, so that the other workers get theirs;
        // consecutive records, so that their results come out in a run.
        const std::size_t take =
            std::clamp<std::size_t>(tasks_.size() / jobs_, 1, kTakeAtOnce);
        first = tasks_.front().first;
        for (std::size_t k = 0; k < take; ++k) {
          tasks.push_back(std::move(tasks_.front().second));
          tasks_.pop_front();
        }
      }
      std::vector<Result> results = Process(std::move(tasks), parser, extractor_, format_, style_);
      bool wake_writer;
      {
        std::lock_guard lock(mu_);
        for (std::size_t k = 0; k < results.size(); ++k) {
          results_.emplace(first + k, std::move(results[k]));
        }
        // Waking the writer for every record cost a context switch per
        // record (a tenth of the CLI's time on one job): wake it when a run
        // of results is ready to write, or at the end of the input. A run
        // that never fills (huge records filling the byte budget) is
        // written at the writer's next look.
        std::uint64_t ready = 0;
        while (ready < kWriterRun && results_.count(written_ + ready) > 0) ++ready;
        wake_writer = ready >= kWriterRun || (ready > 0 && input_done_);
      }
      if (wake_writer) results_cv_.notify_one();
    }
  }

  // The reader of stdout is gone (`| head`): end now, quietly. Threads may
  // be blocked reading stdin, so exit without unwinding them.
  [[noreturn]] void OnBroken(const FdWriter& out) {
    if (out.error() != 0) {
      std::fputs(fmt::format("rehope: cannot write output: {}\n",
                             std::strerror(out.error())).c_str(), stderr);
      std::fflush(stderr);
      std::_Exit(kExitRecords);
    }
    std::_Exit(errors_ > 0 ? kExitRecords : kExitOk);
  }

  InputReader& reader_;
  const rehope::Extractor& extractor_;
  const Format format_;
  const TextStyle style_;
  const std::size_t max_bytes_;
  const unsigned jobs_;
  const std::uint64_t window_;

  std::mutex mu_;
  std::condition_variable tasks_cv_;
  std::condition_variable results_cv_;
  std::condition_variable space_cv_;
  std::deque<std::pair<std::uint64_t, Task>> tasks_;
  std::unordered_map<std::uint64_t, Result> results_;
  std::unordered_map<std::uint64_t, std::size_t> sizes_;
  std::uint64_t submitted_ = 0;
  bool reader_waiting_ = false;  // the reader waits for space in the window
  std::uint64_t written_ = 0;
  std::size_t in_flight_bytes_ = 0;
  bool input_done_ = false;
  std::uint64_t errors_ = 0;  // writer thread only
};

}  // namespace

unsigned ResolveJobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

std::unique_ptr<rehope::Extractor> LoadExtractor(const std::string& patterns_dir,
                                                 const rehope::Options& options) {
  if (patterns_dir.empty()) {
    return std::make_unique<rehope::Extractor>(
        rehope::Extractor::with_default_patterns(options));
  }
  rehope::LoadResult loaded = rehope::Extractor::from_directory(patterns_dir, options);
  if (loaded.ok()) return std::move(loaded.extractor);
  for (const rehope::PatternError& e : loaded.errors) {
    std::fputs((e.to_string() + "\n").c_str(), stderr);
  }
  std::fputs(fmt::format("rehope: cannot load the patterns in {}{}\n", patterns_dir,
                         loaded.errors.empty() ? "" : " (errors above)").c_str(),
             stderr);
  return nullptr;
}

int RunAnalyze(const AnalyzeOptions& options) {
  rehope::Options lib_options;
  // The CLI turns longer documents into too_large errors, so the library
  // never needs to cut one.
  lib_options.max_document_bytes = options.max_bytes;
  std::unique_ptr<rehope::Extractor> extractor =
      LoadExtractor(options.patterns_dir, lib_options);
  if (!extractor) return kExitUsage;

  InputReader reader(options.paths, ReaderOptions{options.max_bytes});
  const bool stdout_tty = ::isatty(STDOUT_FILENO) == 1;
  const bool single = reader.SingleArticle();
  Format format = options.format.value_or(stdout_tty && single ? Format::kJson
                                                               : Format::kJsonl);
  TextStyle style;
  style.color = format == Format::kText && stdout_tty && !options.no_color &&
                std::getenv("NO_COLOR") == nullptr;
  Progress progress(!options.quiet && !single && ::isatty(STDERR_FILENO) == 1);

  FdWriter out(STDOUT_FILENO);
  Pipeline pipeline(reader, *extractor, format, style, options.max_bytes,
                    ResolveJobs(options.jobs));
  // Write the header only now: a broken pipe exits through the pipeline.
  if (!out.Write(FormatHeader(format)) || (stdout_tty && !out.Flush())) {
    return out.error() != 0 ? kExitRecords : kExitOk;
  }
  pipeline.Run(out, progress, stdout_tty);
  progress.Finish();
  if (pipeline.errors() > 0) {
    if (!options.quiet) {
      std::fputs(fmt::format("rehope: {} of {} records gave errors\n", pipeline.errors(),
                             pipeline.records()).c_str(),
                 stderr);
    }
    return kExitRecords;
  }
  return kExitOk;
}

int RunPatternsCheck(const std::string& directory) {
  std::vector<rehope::PatternError> errors = rehope::check_patterns(directory);
  std::string where = directory.empty() ? "the embedded pattern sets" : directory;
  for (const rehope::PatternError& e : errors) {
    std::fputs((e.to_string() + "\n").c_str(), stdout);
  }
  if (!errors.empty()) {
    std::fputs(fmt::format("{} problem{} in {}\n", errors.size(),
                           errors.size() == 1 ? "" : "s", where).c_str(),
               stdout);
    return kExitRecords;
  }
  std::fputs(fmt::format("OK: {} load and pass all their examples\n", where).c_str(),
             stdout);
  return kExitOk;
}

}  // namespace rehope::cli

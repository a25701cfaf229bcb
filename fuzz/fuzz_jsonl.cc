// The CLI's JSON Lines record parser (cli::TaskParser on one line), then the
// record's article through the Extractor. Also RepairUtf8 on the raw line.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/input.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rehope::Extractor extractor = rehope::Extractor::with_default_patterns();
  constexpr std::size_t kMaxBytes = 4096;
  static rehope::cli::TaskParser parser(kMaxBytes);  // libFuzzer runs one thread

  const std::string_view raw = rehope::fuzz::as_view(data, size);

  std::string repaired(raw);
  const bool changed = rehope::cli::RepairUtf8(repaired);
  FUZZ_CHECK(rehope::fuzz::valid_utf8(repaired));
  FUZZ_CHECK(changed == (repaired != raw));
  std::string twice = repaired;
  FUZZ_CHECK(!rehope::cli::RepairUtf8(twice));

  rehope::cli::Task task;
  task.kind = rehope::cli::Task::Kind::kJsonLine;
  task.id = "fuzz.jsonl:1";
  task.text = std::string(raw);
  task.line = 1;
  const rehope::cli::Article a = parser.Parse(std::move(task));
  // One result per record: an article or an error, never both, never neither.
  FUZZ_CHECK(a.ok() == a.error_message.empty());
  FUZZ_CHECK(a.passthrough.is_object());
  FUZZ_CHECK(a.id.is_string() || a.id.is_number());
  (void)a.passthrough.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  if (!a.ok()) {
    FUZZ_CHECK(a.text.empty());
    return 0;
  }
  FUZZ_CHECK(a.text.size() <= kMaxBytes);
  rehope::Document doc;
  doc.text = a.text;
  doc.title = a.title;
  doc.format = a.format;
  const rehope::Summary s = extractor.analyze(doc);
  rehope::fuzz::check_summary(s, doc.text);
  return 0;
}

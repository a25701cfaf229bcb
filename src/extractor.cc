#include <stdexcept>
#include "rehope/rehope.h"
namespace rehope {
std::string_view version() { return "0.1.0"; }
class Extractor::Impl { public: Options options; };
Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;
Extractor Extractor::with_default_patterns(const Options& o) {
  auto impl = std::make_unique<Impl>(); impl->options = o; return Extractor(std::move(impl));
}
LoadResult Extractor::from_directory(const std::string&, const Options&) { return {}; }
Summary Extractor::analyze(std::string_view text) const { return analyze(Document{text, {}, {}, InputFormat::kAuto}); }
Summary Extractor::analyze(const Document& d) const { Summary s; s.id = std::string(d.id); return s; }
const Options& Extractor::options() const { return impl_->options; }
std::vector<PatternError> check_patterns(const std::string&, const Options&) { return {}; }
std::string html_to_text(std::string_view html) { return std::string(html); }
std::string PatternError::to_string() const { return file + ":" + std::to_string(line) + ": " + message; }
}  // namespace rehope

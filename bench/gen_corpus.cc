// rehope_gen_corpus: writes a deterministic corpus of news-like articles.
//
//   rehope_gen_corpus --bytes 100M --seed 42 --out corpus.jsonl
//   rehope_gen_corpus --bytes 10M --dir articles/          (one .txt each)
//   rehope_gen_corpus --bytes 100M --unpunctuated --out flat.jsonl
//
// --bytes      stop once this much has been written (K/M/G = powers of 1024;
//              1M to 1G in practice). With --out, counts JSON Lines bytes;
//              with only --dir, counts article bytes.
// --count      stop after this many articles (whichever limit comes first)
// --seed       PRNG seed (default 1); same seed, same bytes
// --sting      percent of sting articles (default 15)
// --out        JSON Lines file, one {"id","text"} per line ("-": stdout)
// --dir        also (or only) write one <id>.txt per article into DIR
// --unpunctuated  one single record of --bytes text with no sentence
//              punctuation and no line breaks (the linearity check)
// --one-document  one single record of --bytes text: the same articles as
//              --unpunctuated with the same seed, punctuation kept (what the
//              unpunctuated document is compared with)
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>

#include "corpus.h"

namespace {

int usage(const char* message) {
  std::fprintf(
      stderr,
      "rehope_gen_corpus: %s\n"
      "usage: rehope_gen_corpus [--bytes SIZE] [--count N] [--seed S] [--sting PCT]\n"
      "                         [--out FILE.jsonl|-] [--dir DIR] [--unpunctuated|--one-document]\n",
      message);
  return 2;
}

bool write_all(std::FILE* f, std::string_view s) {
  return std::fwrite(s.data(), 1, s.size(), f) == s.size();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t bytes = std::size_t{1} << 20;
  std::size_t max_count = 0;
  std::uint64_t seed = 1;
  int sting = 15;
  std::string out_path, dir;
  bool unpunctuated = false, one_document = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--bytes") {
      const char* v = value();
      bytes = v ? rehope_bench::parse_size(v) : 0;
      if (bytes == 0) return usage("--bytes needs a size like 10M");
    } else if (arg == "--count") {
      const char* v = value();
      if (!v) return usage("--count needs a number");
      max_count = std::strtoull(v, nullptr, 10);
    } else if (arg == "--seed") {
      const char* v = value();
      if (!v) return usage("--seed needs a number");
      seed = std::strtoull(v, nullptr, 10);
    } else if (arg == "--sting") {
      const char* v = value();
      if (!v) return usage("--sting needs a percentage");
      sting = std::atoi(v);
      if (sting < 0 || sting > 100) return usage("--sting must be 0-100");
    } else if (arg == "--out") {
      const char* v = value();
      if (!v) return usage("--out needs a path");
      out_path = v;
    } else if (arg == "--dir") {
      const char* v = value();
      if (!v) return usage("--dir needs a path");
      dir = v;
    } else if (arg == "--unpunctuated") {
      unpunctuated = true;
    } else if (arg == "--one-document") {
      one_document = true;
    } else if (arg == "-h" || arg == "--help") {
      usage("writes news-like articles");
      return 0;
    } else {
      return usage(("unknown argument " + std::string(arg)).c_str());
    }
  }
  if (out_path.empty() && dir.empty()) out_path = "-";

  std::FILE* out = nullptr;
  if (!out_path.empty()) {
    out = out_path == "-" ? stdout : std::fopen(out_path.c_str(), "wb");
    if (!out) {
      std::fprintf(stderr, "rehope_gen_corpus: %s: %s\n", out_path.c_str(), std::strerror(errno));
      return 1;
    }
  }
  if (!dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
      std::fprintf(stderr, "rehope_gen_corpus: %s: %s\n", dir.c_str(), ec.message().c_str());
      return 1;
    }
  }

  rehope_bench::Generator gen(seed, sting);
  bool ok = true;
  if (unpunctuated && one_document)
    return usage("--unpunctuated and --one-document exclude each other");
  if (unpunctuated || one_document) {
    const std::string name = unpunctuated ? "unpunctuated" : "one-document";
    std::string text;
    text.reserve(bytes + 16);
    gen.one_document(text, bytes, one_document);
    if (out) ok = write_all(out, rehope_bench::jsonl_record(name, text) + "\n");
    if (!dir.empty()) {
      std::FILE* f = std::fopen((std::filesystem::path(dir) / (name + ".txt")).c_str(), "wb");
      ok = ok && f && write_all(f, text);
      if (f) std::fclose(f);
    }
  } else {
    std::size_t written = 0, articles = 0;
    std::string record;
    while (written < bytes && (max_count == 0 || articles < max_count)) {
      const rehope_bench::Article a = gen.next();
      ++articles;
      if (out) {
        record = rehope_bench::jsonl_record(a.id, a.text);
        record += '\n';
        ok = write_all(out, record);
        written += record.size();
      } else {
        written += a.text.size();
      }
      if (!dir.empty()) {
        std::FILE* f = std::fopen((std::filesystem::path(dir) / (a.id + ".txt")).c_str(), "wb");
        ok = ok && f && write_all(f, a.text);
        if (f) std::fclose(f);
      }
      if (!ok) break;
    }
  }
  if (out == stdout) {
    ok = (std::fflush(stdout) == 0) && ok;
  } else if (out) {
    ok = (std::fclose(out) == 0) && ok;
  }
  if (!ok) {
    std::fprintf(stderr, "rehope_gen_corpus: write failed: %s\n", std::strerror(errno));
    return 1;
  }
  return 0;
}

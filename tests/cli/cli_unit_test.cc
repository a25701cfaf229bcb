// Unit tests of the CLI's own pieces: CSV quoting, UTF-8 repair, JSON line
// parsing. The end-to-end tests are in cli_test.py.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "cli/input.h"
#include "cli/output.h"

namespace rehope::cli {
namespace {

TEST(CsvField, PlainFieldsAreNotQuoted) {
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("abc"), "abc");
  EXPECT_EQ(CsvField("a b;c\t'd'"), "a b;c\t'd'");
}

TEST(CsvField, QuotesCommaQuoteAndLineBreaks) {
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("\""), "\"\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(CsvField("\"a\",\"b\""), "\"\"\"a\"\",\"\"b\"\"\"");
}

TEST(CsvHeader, FifteenColumns) {
  std::string h = FormatHeader(Format::kCsv);
  EXPECT_EQ(h.rfind("id,buyers_arrested,buyers_arrested_status,", 0), 0u);
  const std::string tail = ",sellers_flag,approach,is_sting,error\r\n";
  EXPECT_EQ(h.substr(h.size() - tail.size()), tail);
  EXPECT_EQ(std::count(h.begin(), h.end(), ','), 14);
  EXPECT_EQ(FormatHeader(Format::kJsonl), "");
}

TEST(ParseFormat, KnownNames) {
  EXPECT_EQ(ParseFormat("jsonl"), Format::kJsonl);
  EXPECT_EQ(ParseFormat("json"), Format::kJson);
  EXPECT_EQ(ParseFormat("csv"), Format::kCsv);
  EXPECT_EQ(ParseFormat("text"), Format::kText);
  EXPECT_FALSE(ParseFormat("xml"));
}

TEST(RepairUtf8, KeepsValidText) {
  std::string s = "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x9A\xA8";
  std::string copy = s;
  EXPECT_FALSE(RepairUtf8(s));
  EXPECT_EQ(s, copy);
}

TEST(RepairUtf8, ReplacesEachInvalidByte) {
  std::string s = "a\xFF" "b\xC3" "c\xED\xA0\x80" "d\xC0\xAF" "e\xF4\x90\x80\x80";
  EXPECT_TRUE(RepairUtf8(s));
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(s, "a" + r + "b" + r + "c" + r + r + r + "d" + r + r + "e" + r + r + r + r);
}

Article ParseLine(const std::string& line, std::size_t max_bytes = 1 << 20) {
  TaskParser parser(max_bytes);
  Task t;
  t.kind = Task::Kind::kJsonLine;
  t.id = "src:7";
  t.line = 7;
  t.text = line;
  return parser.Parse(std::move(t));
}

TEST(TaskParser, KeepsPassthroughInOrder) {
  Article a = ParseLine(
      R"({"url":"u","id":"x","text":"hello","title":"T","n":[1,{"k":null}],"summary":1})");
  ASSERT_TRUE(a.ok()) << a.error_message;
  EXPECT_EQ(a.id, "x");
  EXPECT_EQ(a.text, "hello");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.format, rehope::InputFormat::kAuto);
  EXPECT_EQ(a.passthrough.dump(), R"({"url":"u","title":"T","n":[1,{"k":null}]})");
}

TEST(TaskParser, HtmlFieldAndNumericId) {
  Article a = ParseLine(R"({"id":42,"html":"<p>x</p>"})");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.id, 42);
  EXPECT_EQ(a.format, rehope::InputFormat::kHtml);
}

TEST(TaskParser, ErrorCodes) {
  EXPECT_EQ(ParseLine("{\"id\":").error_code, kInvalidJson);
  EXPECT_EQ(ParseLine("{} x").error_code, kInvalidJson);
  EXPECT_EQ(ParseLine("[1]").error_code, kInvalidRecord);
  EXPECT_EQ(ParseLine(R"({"id":"a"})").error_code, kMissingText);
  EXPECT_EQ(ParseLine(R"({"id":"a","text":null})").error_code, kMissingText);
  EXPECT_EQ(ParseLine(R"({"id":true,"text":"t"})").error_code, kInvalidRecord);
  EXPECT_EQ(ParseLine(R"({"text":["t"]})").error_code, kInvalidRecord);
  EXPECT_EQ(ParseLine(R"({"text":"t","title":{}})").error_code, kInvalidRecord);
  Article big = ParseLine(R"({"id":"b","text":"0123456789"})", 9);
  EXPECT_EQ(big.error_code, kTooLarge);
  EXPECT_EQ(big.id, "b");
  Article noid = ParseLine("nope");
  EXPECT_EQ(noid.id, "src:7");
  EXPECT_NE(noid.error_message.find("line 7"), std::string::npos);
}

TEST(TaskParser, RepairsInvalidUtf8InALine) {
  Article a = ParseLine("{\"id\":\"u\",\"text\":\"a\xFF" "b\"}");
  ASSERT_TRUE(a.ok()) << a.error_message;
  EXPECT_EQ(a.text, "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(a.warnings.size(), 1u);
}

TEST(TaskParser, DocumentOverTheLimit) {
  TaskParser parser(4);
  Task t;
  t.id = "f.txt";
  t.text = "12345";
  Article a = parser.Parse(std::move(t));
  EXPECT_EQ(a.error_code, kTooLarge);
  EXPECT_EQ(a.id, "f.txt");
}

}  // namespace
}  // namespace rehope::cli

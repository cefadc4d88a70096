// The toolkits every renderer shares: terminal, Markdown, CSV, numbers.

#include <doctest/doctest.h>

#include "render/csv.hpp"
#include "render/markdown.hpp"
#include "render/numbers.hpp"
#include "render/terminal.hpp"

using namespace plan::render;

TEST_CASE("table: text columns align by characters, not bytes") {
  TextTable t({false, true});
  t.add_row({"Zoë", "1"});
  t.add_row({"Bob", "100"});
  CHECK(t.render("  ") == "  Zoë    1\n  Bob  100\n");
}

TEST_CASE("table: csv fields quote commas, quotes and line breaks") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_record({"a", "b;c", "Zoë"}) == "a,b;c,Zoë\r\n");
}

TEST_CASE("table: markdown cells escape pipes and flatten lines") {
  CHECK(markdown_cell("a|b\nc") == "a\\|b c");
  CHECK(markdown_table({"x", "n"}, {{"a", "1"}}, {false, true}) ==
        "| x | n |\n| --- | ---: |\n| a | 1 |\n");
}

TEST_CASE("table: numbers and percentages") {
  CHECK(format_number(12000000) == "12,000,000");
  CHECK(format_number(1234.5) == "1,234.5");
  CHECK(format_number(0.126, 2) == "0.13");
  CHECK(format_number(-1500) == "-1,500");
  CHECK(format_number(999) == "999");
  CHECK(percent(std::nullopt) == "n/a");
  CHECK(percent(0.4286) == "43%");
  CHECK(percent(1.0) == "100%");
}

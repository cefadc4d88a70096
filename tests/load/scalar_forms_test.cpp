// The value forms of docs/format.md: ids, numbers, integers, dates and durations,
// first as functions, then as they are read from a whole plan.

#include <doctest/doctest.h>

#include "load/load_support.hpp"
#include "load/scalar_forms.hpp"
#include "load/yaml_tree.hpp"

using namespace plan::test;
using plan::load::is_valid_id;
using plan::load::parse_days;
using plan::load::parse_integer;
using plan::load::parse_minutes;
using plan::load::parse_number;

TEST_CASE("scalar forms: ids") {
  for (const std::string id : {"a", "9lives", "revenue", "a.b_c-d", "Q4-2027", "x_", "A"}) {
    CAPTURE(id);
    CHECK(is_valid_id(id));
  }
  for (const std::string id :
       {"", "-a", "_a", ".a", "a b", "a/b", "zoë", "a:b", "a,b", "#a", " a"}) {
    CAPTURE(id);
    CHECK_FALSE(is_valid_id(id));
  }
}

TEST_CASE("scalar forms: numbers") {
  CHECK(parse_number("0") == 0.0);
  CHECK(parse_number("12") == 12.0);
  CHECK(parse_number("-0.5") == -0.5);
  CHECK(parse_number("0.25") == 0.25);
  CHECK(parse_number("-12") == -12.0);
  CHECK(parse_number("12000000") == 12000000.0);
  for (const std::string text :
       {"",      "-",    "010",   "00",    "-01", "+5", "1e6", "1E6",  ".5",  "5.",
        "1.2.3", "0x10", "1_000", "1,000", " 1",  "1 ", "inf", ".inf", "nan", "--1"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_number(text));
  }
}

TEST_CASE("scalar forms: integers take no fraction and fit an int") {
  CHECK(parse_integer("1") == 1);
  CHECK(parse_integer("365") == 365);
  CHECK(parse_integer("0") == 0);  // the caller rejects what is not positive
  CHECK(parse_integer("-3") == -3);
  for (const std::string text :
       {"1.5", "1.0", "010", "+3", "3e1", "99999999999", "2147483648", ""}) {
    CAPTURE(text);
    CHECK_FALSE(parse_integer(text));
  }
  CHECK(parse_integer("2147483647") == 2147483647);
}

TEST_CASE("scalar forms: within takes weeks then days") {
  CHECK(parse_days("5d") == 5);
  CHECK(parse_days("2w") == 14);
  CHECK(parse_days("1w2d") == 9);
  CHECK(parse_days("0d") == 0);
  CHECK(parse_days("10d") == 10);
  for (const std::string text :
       {"",   "5",   "d",   "2d1w", "05d",  "1d1d",  "1w1w",   "5 d", "5D",  "5W",
        "1h", "90m", "-1d", "+1d",  "1.5d", "1w 2d", "1w2d3d", " 5d", "5d ", "999999999w"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_days(text));
  }
}

TEST_CASE("scalar forms: effort takes hours then minutes") {
  CHECK(parse_minutes("1h") == 60);
  CHECK(parse_minutes("90m") == 90);
  CHECK(parse_minutes("1h30m") == 90);
  CHECK(parse_minutes("0m") == 0);
  for (const std::string text :
       {"", "1", "h", "30m1h", "01h", "1h1h", "1 h", "1H", "1h30", "1d", "2w", "1h 30m", "-1h"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_minutes(text));
  }
}

TEST_CASE("scalar forms: the end of a scalar token") {
  using plan::load::scalar_token_end;
  CHECK(scalar_token_end("a: abc # note", 3, "abc") == 6);
  CHECK(scalar_token_end(R"(a: "x\"y" # n)", 3, "x\"y") == 9);
  CHECK(scalar_token_end("a: 'it''s'", 3, "it's") == 10);
  // Folded or multi-line scalars end where their first line does.
  CHECK(scalar_token_end("a: one\n  two\n", 3, "one two") == 6);
  CHECK(scalar_token_end("a: |\n  text\n", 3, "text\n") == 4);
  // An unterminated quote (never from the parser) stops at the line's end.
  CHECK(scalar_token_end("a: \"abc\nb: 1", 3, "abc") == 7);
}

// --- the same forms read from a plan -----------------------------------------

namespace {

/// The plan with `from` replaced by `to`, checked.
Checked with(std::string_view from, std::string_view to) {
  return check_yaml(replace_once(kValidPlan, from, to));
}

}  // namespace

TEST_CASE("value forms: numbers in a plan") {
  // Line 10 is `      target: 12000000` of the first goal; the value starts at column 15,
  // after a tag at the scalar itself.
  struct Bad {
    const char* text;
    const char* span;
  };
  for (const Bad bad :
       {Bad{"010", "10:15-10:18"}, Bad{"+5", "10:15-10:17"}, Bad{"1e6", "10:15-10:18"},
        Bad{".5", "10:15-10:17"}, Bad{"\"3\"", "10:15-10:18"}, Bad{"'3'", "10:15-10:18"},
        Bad{"!!int 3", "10:21-10:22"}, Bad{"!!float 3", "10:23-10:24"},
        Bad{"twelve", "10:15-10:21"}, Bad{"1_000", "10:15-10:20"}, Bad{"0x10", "10:15-10:19"},
        Bad{".inf", "10:15-10:19"}}) {
    const std::string text = bad.text;
    CAPTURE(text);
    const auto c = with("target: 12000000", std::string("target: ") + bad.text);
    const std::string_view span = bad.span;
    CHECK(loader_summary(c) == fmt::format("invalid-value@{}", span.substr(0, span.find('-'))));
    if (c.of("invalid-value").size() == 1) {
      CHECK(span_text(c, *c.of("invalid-value")[0]) == bad.span);
    }
  }
  for (const std::string good : {"-0.5", "0", "12", "12.25", "-3", "0.0"}) {
    CAPTURE(good);
    CHECK(all_findings(with("target: 12000000", std::string("target: ") + good)) == "");
  }
}

TEST_CASE("value forms: a quoted or tagged number is text, and the message says so") {
  const auto c = with("target: 12000000", "target: \"3\"");
  CHECK(only(c, "invalid-value").message ==
        "`target` must be a number; `3` is quoted or tagged, so it is text: remove the quotes");
  const auto plain = with("target: 12000000", "target: 1e6");
  CHECK(only(plain, "invalid-value").message ==
        "`target` must be a number; got `1e6`: write `1000000`");
}

TEST_CASE("value forms: a number where a list or mapping is given points at the key") {
  const auto c = with("target: 12000000", "target: [1, 2]");
  CHECK(span_text(c, only(c, "invalid-value")) == "10:7-10:13");
  const auto m = with("target: 12000000", "target: {a: 1}");
  CHECK(span_text(m, only(m, "invalid-value")) == "10:7-10:13");
}

TEST_CASE("value forms: integers (max_days) take no fraction and must be positive") {
  // Line 24 is `      max_days: 30`; the value starts at column 17.
  for (const std::string bad :
       {"1.5", "1.0", "0", "-3", "\"3\"", "010", "3e1", "99999999999", "30d"}) {
    CAPTURE(bad);
    const auto c = with("max_days: 30", std::string("max_days: ") + bad);
    CHECK(loader_summary(c) == "invalid-value@24:17");
  }
  for (const std::string good : {"1", "365", "2147483647"}) {
    CAPTURE(good);
    CHECK(all_findings(with("max_days: 30", std::string("max_days: ") + good)) == "");
  }
}

TEST_CASE("value forms: probability is a number from 0 to 1") {
  // Line 23 is `      probability: 0.05`; the value starts at column 20.
  for (const std::string bad : {"1.5", "-0.1", "2", "5%", "\"0.5\""}) {
    CAPTURE(bad);
    const auto c = with("probability: 0.05", std::string("probability: ") + bad);
    CHECK(loader_summary(c) == "invalid-value@23:20");
  }
  for (const std::string good : {"0", "0.0", "0.01", "-0"}) {
    CAPTURE(good);
    CHECK(all_findings(with("probability: 0.05", std::string("probability: ") + good)) == "");
  }
}

TEST_CASE("value forms: a deal's value is a number of at least 0") {
  // Line 74 is `    value: 750000`; the value starts at column 12.
  const auto c = with("value: 750000", "value: -1");
  CHECK(span_text(c, only(c, "invalid-value")) == "74:12-74:14");
  CHECK(all_findings(with("value: 750000", "value: 0")) == "");
}

TEST_CASE("value forms: dates") {
  // Line 78 is `    since: 2027-03-01` of the deal; the value starts at column 12.
  struct Bad {
    const char* text;
    const char* span;
  };
  for (const Bad bad :
       {Bad{"2027-02-30", "78:12-78:22"}, Bad{"2027-2-3", "78:12-78:20"},
        Bad{"12abc", "78:12-78:17"}, Bad{"2027-13-01", "78:12-78:22"},
        Bad{"2027-00-10", "78:12-78:22"}, Bad{"2027-04-31", "78:12-78:22"},
        Bad{"2027-02-29", "78:12-78:22"}, Bad{"27-03-01", "78:12-78:20"},
        Bad{"2027/03/01", "78:12-78:22"}, Bad{"20270301", "78:12-78:20"},
        Bad{"2027-03-01T10:00:00", "78:12-78:31"}, Bad{"\"2027-02-30\"", "78:12-78:24"},
        Bad{"'2027-3-1'", "78:12-78:22"}, Bad{"+2027-03-01", "78:12-78:23"},
        Bad{"2027-03-01 noon", "78:12-78:27"}, Bad{"\"\"", "78:12-78:14"}}) {
    const std::string text = bad.text;
    CAPTURE(text);
    const auto c = with("since: 2027-03-01", std::string("since: ") + bad.text);
    CHECK(loader_summary(c) == "invalid-date@78:12");
    if (c.of("invalid-date").size() == 1) {
      CHECK(span_text(c, *c.of("invalid-date")[0]) == bad.span);
    }
  }
  for (const std::string good : {"\"2027-03-01\"", "'2027-03-01'", "2027-03-01 # a comment",
                                 "!!str 2027-03-01", "2027-03-10"}) {
    CAPTURE(good);
    CHECK(all_findings(with("since: 2027-03-01", std::string("since: ") + good)) == "");
  }
}

TEST_CASE("value forms: a leap day is a date in a leap year only") {
  CHECK(with("since: 2027-03-01", "since: 2024-02-29").of("invalid-date").empty());
  CHECK(with("since: 2027-03-01", "since: 2100-02-29").of("invalid-date").size() == 1);
  CHECK(with("since: 2027-03-01", "since: 2000-02-29").of("invalid-date").empty());
}

TEST_CASE("value forms: invalid-date says whether the form or the calendar is wrong") {
  const auto calendar = with("since: 2027-03-01", "since: 2027-02-30");
  CHECK(only(calendar, "invalid-date").message == "`2027-02-30` is not a date on the calendar");
  const auto form = with("since: 2027-03-01", "since: 2027-2-3");
  CHECK(only(form, "invalid-date").message ==
        "`2027-2-3` is not a date; write dates as YYYY-MM-DD");
}

TEST_CASE("value forms: a list or mapping in a date field is invalid-value at the key") {
  const auto c = with("since: 2027-03-01", "since: [2027-03-01]");
  CHECK(c.of("invalid-date").empty());
  CHECK(span_text(c, only(c, "invalid-value")) == "78:5-78:10");
}

TEST_CASE("value forms: within durations") {
  // Line 67 is `      within: 5d`; the value starts at column 15.
  for (const std::string bad : {"2d1w", "05d", "1d1d", "5 d", "5D", "5", "d", "1h", "-1d", "1.5d",
                                "1w 2d", "\"\"", "[5d]"}) {
    CAPTURE(bad);
    const auto c = with("within: 5d", std::string("within: ") + bad);
    const bool list = std::string_view(bad).starts_with("[");
    CHECK(loader_summary(c) == (list ? "invalid-value@67:7" : "invalid-value@67:15"));
  }
  for (const std::string good : {"5d", "2w", "1w2d", "0d", "1w0d", "10d"}) {
    CAPTURE(good);
    CHECK(all_findings(with("within: 5d", std::string("within: ") + good)) == "");
  }
}

TEST_CASE("value forms: effort durations") {
  const auto effort = [](std::string_view value) {
    return with("      status: done\n",
                fmt::format("      effort: {}\n      status: done\n", value));
  };
  // The effort line is line 54; its value starts at column 15.
  for (const std::string bad :
       {"1d", "2w", "30m1h", "01h", "1h1h", "1 h", "1H", "1h30", "h", "1.5h"}) {
    CAPTURE(bad);
    CHECK(loader_summary(effort(bad)) == "invalid-value@54:15");
  }
  for (const std::string good : {"1h", "90m", "1h30m", "0m", "8h"}) {
    CAPTURE(good);
    CHECK(all_findings(effort(good)) == "");
  }
  CHECK(only(effort("1d"), "invalid-value").message ==
        "`effort` must be a duration such as 1h, 90m or 1h30m; got `1d`: it takes hours "
        "and minutes, like `1h30m`");
}

TEST_CASE("value forms: ids in a plan") {
  // Line 72 is `  - id: globex` of the deal; the value starts at column 9.
  for (const std::string bad : {"my deal", "-x", "_x", ".x", "zoë", "a/b", "\"a b\"", "\"\""}) {
    CAPTURE(bad);
    const auto c = with("id: globex", std::string("id: ") + bad);
    CHECK(loader_summary(c) == "invalid-value@72:9");
  }
  for (const std::string good : {"9lives", "a.b_c-d", "\"quoted-id\"", "Globex"}) {
    CAPTURE(good);
    CHECK(all_findings(with("id: globex", std::string("id: ") + good)) == "");
  }
  const auto list = with("id: globex", "id: [globex]");
  CHECK(span_text(list, only(list, "invalid-value")) == "72:5-72:7");
}

TEST_CASE("value forms: text is any scalar, kept as written") {
  for (const std::string text :
       {"12", "2027-01-01", "\"\"", "true", "'quoted'", "|\n      block"}) {
    CAPTURE(text);
    CHECK(all_findings(with("name: Globex Corp", std::string("name: ") + text)) == "");
  }
  const auto c = with("name: Globex Corp", "name: \"\"");
  REQUIRE(!c.result.plan.deals.items.empty());
  CHECK(c.result.plan.deals.items[0].name.known());
  CHECK(*c.result.plan.deals.items[0].name == "");
  const auto list = with("name: Globex Corp", "name: [a, b]");
  CHECK(span_text(list, only(list, "invalid-value")) == "73:5-73:9");
}

TEST_CASE("value forms: enumerations are exact") {
  // Line 54 is `      status: done`; the value starts at column 15.
  for (const std::string bad : {"Done", "finished", "\"\"", "DONE"}) {
    CAPTURE(bad);
    const auto c = with("status: done", std::string("status: ") + bad);
    CHECK(summary_of(c, std::array<std::string_view, 1>{"invalid-value"}) == "invalid-value@54:15");
  }
  CHECK(only(with("status: done", "status: Done"), "invalid-value").message ==
        "`status` must be one of todo, doing, done, blocked, dropped; got `Done`; did you mean "
        "`done`?");
}

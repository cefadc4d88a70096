// yaml-syntax in plain words: each common YAML mistake at the line that is
// wrong, saying what to do; and every message yaml-cpp gives on the YAML test
// suite's inputs put in plain words (none left as the parser's).

#include <algorithm>
#include <filesystem>

#include <yaml-cpp/exceptions.h>

#include <doctest/doctest.h>

#include "load/load_support.hpp"
#include "load/yaml_messages.hpp"

using namespace plan::test;
using plan::Finding;
using plan::Position;
using plan::load::plain_yaml_message;
using plan::load::yaml_messages;

namespace {

/// "line:col message" of the file's only finding, which must be yaml-syntax.
std::string syntax(const std::string& yaml) {
  const Checked c = check_yaml(yaml);
  const Finding& f = only(c, "yaml-syntax");
  const Position p = c.at(f);
  return fmt::format("{}:{} {}", p.line, p.column, f.message);
}

}  // namespace

// --- tabs ----------------------------------------------------------------------------

TEST_CASE("yaml messages: a tab used for indentation, at the tab") {
  CHECK(syntax("name: x\nstrategy:\n\tname: y\n") ==
        "3:1 YAML indents with spaces, not tabs; replace the tab with spaces");
  // After spaces, and where the parser notices it only at the `- `.
  CHECK(syntax("name: x\nstrategy:\n  goals:\n  \t- b\n") ==
        "4:3 YAML indents with spaces, not tabs; replace the tab with spaces");
  CHECK(syntax("name: x\nstrategy:\n  name: y\n\tgoals: z\n") ==
        "4:1 YAML indents with spaces, not tabs; replace the tab with spaces");
}

TEST_CASE("yaml messages: the quoted line shows the tab as an arrow, the caret under it") {
  const Run run = run_plan({"check", "--color", "never", "-"}, "name: x\nstrategy:\n\tname: y\n");
  CHECK(run.out.find("    3 | →name: y\n      | ^\n") != std::string::npos);
  const Run spaced = run_plan({"check", "--color", "never", "-"}, "name: x\ngoals:\n  \t- b\n");
  CHECK(spaced.out.find("    3 |   →- b\n      |   ^\n") != std::string::npos);
}

// --- text that needs quotes ----------------------------------------------------------

TEST_CASE("yaml messages: an unquoted `: ` inside a value") {
  CHECK(syntax("name: x\ntactics:\n  - id: a\n    title: Q1: publish the plan\n") ==
        "4:14 a `: ` inside a value ends a key in YAML; quote the text: "
        "`title: \"Q1: publish the plan\"`");
  // A comment stays out of the quotes; text with a double quote gets single ones.
  CHECK(syntax("title: Deals: 5 # c\n") ==
        "1:13 a `: ` inside a value ends a key in YAML; quote the text: `title: \"Deals: 5\"`");
  CHECK(syntax("title: it's \"big\": yes\n") ==
        "1:18 a `: ` inside a value ends a key in YAML; quote the text: "
        "`title: 'it''s \"big\": yes'`");
  // In a text that goes on over several lines.
  CHECK(syntax("name: this is a long\n  text that goes on\n  with: a colon\n") ==
        "3:7 a `: ` inside a value ends a key in YAML; put the whole text in quotes");
}

TEST_CASE("yaml messages: a value that starts with a character YAML reserves") {
  CHECK(syntax("name: x\nroles:\n  - id: ae\n    owner: @ae\n") ==
        "4:12 a value cannot start with `@` in YAML; quote the text: `owner: \"@ae\"`");
  CHECK(syntax("owner: `ae`\n") ==
        "1:8 a value cannot start with a backquote in YAML; quote the text: `owner: \"`ae`\"`");
  CHECK(syntax("probability: %60\n") ==
        "1:14 a value cannot start with `%` in YAML; quote the text: `probability: \"%60\"`");
  CHECK(syntax("note: & co\n") ==
        "1:7 `&` starts a YAML anchor (`&name`); to write it as text, quote the text: "
        "`note: \"& co\"`");
  CHECK(syntax("note: !a! x\n") ==
        "1:7 `!` starts a YAML tag; to write it as text, quote the text: `note: \"!a! x\"`");
  CHECK(syntax("note: * co\n") ==
        "1:7 `*` starts a YAML alias (`*name`); to write it as text, quote the text: "
        "`note: \"* co\"`");
  CHECK(syntax("note: *co\n") ==
        "1:7 `*co` refers to an anchor `&co` that is not defined above it; define it, or quote "
        "the text: `note: \"*co\"`");
  CHECK(syntax("note: | co\n") ==
        "1:7 `|` starts a block of text on the lines below it; to write it as text, quote the "
        "text: `note: \"| co\"`");
  CHECK(syntax("- [a, b]\n, c\n") ==
        "2:1 a value cannot start with `,` in YAML; quote the text: `\", c\"`");
}

TEST_CASE("yaml messages: text after a closing quote") {
  CHECK(syntax("title: \"Q1\" review\n") ==
        "1:13 text follows the closing quote; put the whole value in quotes: "
        "`title: '\"Q1\" review'`");
}

TEST_CASE("yaml messages: an escape that double quotes do not know") {
  CHECK(syntax("name: \"a\\q\"\n") ==
        "1:11 a backslash in double quotes starts an escape such as `\\n`, and this one is not "
        "an escape; write `\\\\` for a backslash, or use single quotes, which have no escapes");
}

// --- indentation ---------------------------------------------------------------------

TEST_CASE("yaml messages: a key indented wrong, at that line, with the indentation expected") {
  CHECK(syntax("strategy:\n  name: x\n   goals: y\n") ==
        "3:4 this line is indented 3 spaces; the keys above it are at 2");
  CHECK(syntax("strategy:\n  name: x\n goals: y\n") ==
        "3:2 this line is indented 1 space; the keys above it are at 2");
  CHECK(syntax("name: x\n  strategy: y\n") ==
        "2:3 this line is indented 2 spaces; the keys above it are at 0");
  // The keys of a list item are at the column after its `- `.
  CHECK(syntax("roles:\n  - id: a\n    name: b\n   extra: c\n") ==
        "4:4 this line is indented 3 spaces; the keys above it are at 4");
  CHECK(syntax("roles:\n  - id: a\n     name: b\n") ==
        "3:6 this line is indented 5 spaces; the keys above it are at 4");
  CHECK(syntax("roles:\n  - id: a\n  name: b\n") ==
        "3:3 this line is indented 2 spaces; the keys above it are at 4");
}

TEST_CASE("yaml messages: a list item indented wrong") {
  CHECK(syntax("roles:\n  - id: a\n    name: b\n   - id: c\n") ==
        "4:4 this list item is indented 3 spaces; the items above it are at 2");
  CHECK(syntax("roles:\n  - id: a\n - id: c\n") ==
        "3:2 this list item is indented 1 space; the items above it are at 2");
  CHECK(syntax("roles:\n- id: a\n  - id: b\n") ==
        "3:3 this list item is indented 2 spaces; the items above it are at 0");
  CHECK(syntax("name: x\n- a\n") ==
        "2:1 a list item cannot stand among the keys of a mapping; put the list under its key, "
        "indented (`goals:`, then `  - ...` on the lines below)");
}

TEST_CASE("yaml messages: a key without its `:`, at that line rather than the next") {
  CHECK(syntax("name: x\nstrategy\n  goals: y\n") ==
        "2:1 this line has no `:` after its key; write `strategy: value`, or `strategy:` with "
        "its entries below it");
  CHECK(syntax("name: x\nowner:ae\nas_of: 1\n") ==
        "2:1 a key's `:` needs a space after it; write `owner: ae`");
  CHECK(syntax("name: x\nowner ae\nas_of: 1\n") ==
        "2:1 this line has no `:` after its key; write it as `key: value`");
}

// --- the messages kept ---------------------------------------------------------------

TEST_CASE("yaml messages: an unclosed bracket, at the bracket") {
  CHECK(syntax("name: x\ngoals: [revenue\nprocess: y\n") ==
        "2:8 a list opened with `[` is not closed; add the `]` where it ends, or put the text "
        "in quotes if the `[` is part of it");
  CHECK(syntax("name: x\ngoals: {a: b\nprocess: y\n") ==
        "2:8 a mapping opened with `{` is not closed; add the `}` where it ends, or put the "
        "text in quotes if the `{` is part of it");
  // A tab inside the brackets is allowed: the bracket is still what to fix.
  CHECK(syntax("name: x\ngoals: [a,\n\tb\n").starts_with("2:8 a list opened with `[`"));
}

TEST_CASE("yaml messages: an unclosed quote and nesting too deep keep their words") {
  CHECK(syntax("name: x\nas_of: \"2027-01-01\n") ==
        "2:8 this quoted text has no closing quote; add one where the text ends");
  CHECK(syntax(std::string(600, '[')) ==
        "1:250 collections nest too deeply for a plan; a plan needs only a few levels");
}

// --- the table -----------------------------------------------------------------------

TEST_CASE("yaml messages: the table puts each parser message in plain words") {
  for (const auto& m : yaml_messages()) {
    CAPTURE(m.parser);
    CHECK(plain_yaml_message(m.parser) == m.plain);
    CHECK(m.plain.find("; ") != std::string_view::npos);  // what is wrong; what to do
    CHECK(m.plain.find("illegal") == std::string_view::npos);
    CHECK(m.plain.find("token") == std::string_view::npos);
    CHECK(m.plain.back() != '.');
  }
  CHECK(plain_yaml_message("unknown escape character: q") ==
        plain_yaml_message(YAML::ErrorMsg::INVALID_ESCAPE));
  CHECK(plain_yaml_message("bad YAML version: 1.1#") ==
        plain_yaml_message(YAML::ErrorMsg::YAML_VERSION));
  CHECK(plain_yaml_message("a message no parser gives").find("; ") != std::string_view::npos);
}

TEST_CASE("yaml messages: every yaml-syntax finding on the YAML test suite is in plain words") {
  const std::filesystem::path dir = source_path("tests/data/yaml-test-suite");
  REQUIRE(std::filesystem::is_directory(dir));
  std::vector<std::filesystem::path> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".yaml") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  int rejected = 0;
  for (const auto& input : inputs) {
    const Checked c = check_yaml(read_file(input.string()));
    for (const Finding* f : c.of("yaml-syntax")) {
      ++rejected;
      const std::string& message = f->message;
      const std::string file = input.filename().string();
      CAPTURE(file);
      CAPTURE(message);
      for (const auto& m : yaml_messages()) {
        CHECK(message.find(m.parser) == std::string::npos);
      }
      for (const char* raw : {"illegal", "token", "not found", "invalid YAML"}) {
        CHECK(message.find(raw) == std::string::npos);
      }
      CHECK(message.find("; ") != std::string::npos);  // what is wrong; what to do
    }
  }
  // The suite's inputs that yaml-cpp 0.7 rejects.
  CHECK(rejected == 76);
}

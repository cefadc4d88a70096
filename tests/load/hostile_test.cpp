// Hostile and unusual inputs: each must end, quickly, in findings (or a read
// error), never in a crash, an exception or a hang. A hang here hangs the suite.

#include <fstream>

#include <doctest/doctest.h>

#include "load/load_support.hpp"
#include "plan/load/load.hpp"
#include "plan/load/read_source.hpp"

using namespace plan::test;

namespace {

/// The file's only finding, with its rule and "line:col-line:col".
std::string only_finding(const Checked& c) {
  INFO("findings: " << all_findings(c));
  REQUIRE(c.result.findings.size() == 1);
  const plan::Finding& f = c.result.findings[0];
  CHECK(f.severity == plan::Severity::error);
  return fmt::format("{} {}", f.rule->name, span_text(c, f));
}

std::string repeat(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i)
    out += text;
  return out;
}

}  // namespace

// --- nesting ---------------------------------------------------------------------------

TEST_CASE("hostile: flow nesting past the parser's depth limit is yaml-syntax") {
  // yaml-cpp stops at 500 levels; the finding points at the innermost collection
  // it opened, not at the end of the file where its scanner had got to.
  const auto c = check_yaml(repeat("[", 600) + repeat("]", 600) + "\n");
  CHECK(only_finding(c) == "yaml-syntax 1:499-1:500");
  CHECK(c.result.findings[0].message ==
        "collections nest too deeply for a plan; a plan needs only a few levels");
  CHECK(c.result.structural_errors);
}

TEST_CASE("hostile: very deep nesting, in every style, is yaml-syntax") {
  CHECK(only_finding(check_yaml(repeat("[", 100000))).starts_with("yaml-syntax 1:"));
  CHECK(only_finding(check_yaml(repeat("{a: ", 20000) + "1" + repeat("}", 20000)))
            .starts_with("yaml-syntax 1:"));
  CHECK(only_finding(check_yaml(repeat("- ", 3000) + "x\n")).starts_with("yaml-syntax 1:"));
  std::string block = "a:\n";
  for (int i = 1; i < 800; ++i)
    block += std::string(static_cast<std::size_t>(i), ' ') + "b:\n";
  CHECK(only_finding(check_yaml(block)) == "yaml-syntax 499:499-499:500");
  // Inside an x- key it is still the file's only finding.
  const auto c = check_yaml(kValidPlan + "x-deep: " + repeat("[", 1000) + repeat("]", 1000) + "\n");
  CHECK(only_finding(c).starts_with("yaml-syntax 79:"));
}

TEST_CASE("hostile: near miss, nesting a few hundred levels deep inside x- is fine") {
  const auto c = check_yaml(kValidPlan + "x-deep: " + repeat("[", 300) + repeat("]", 300) + "\n");
  CHECK(all_findings(c) == "");
}

// --- aliases ---------------------------------------------------------------------------

TEST_CASE("hostile: an alias bomb is invalid-document at the alias that crosses 1,000,000 nodes") {
  // a has 11 nodes, b 111, c 1111, ...; the aliases add 110 + 1110 + 11110 +
  // 111110 = 123440 nodes up to e, then 111111 for each *e: the 8th goes over.
  std::string yaml = "a: &a [x,x,x,x,x,x,x,x,x,x]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    const char previous = static_cast<char>(level - 1);
    yaml += fmt::format("{0}: &{0} [", level);
    for (int i = 0; i < 10; ++i)
      yaml += fmt::format("{}*{}", i ? "," : "", previous);
    yaml += "]\n";
  }
  const auto c = check_yaml(yaml);
  CHECK(only_finding(c) == "invalid-document 6:29-6:31");
  CHECK(c.result.findings[0].message ==
        "aliases expand this document past 1000000 nodes; this alias goes over the limit");
}

TEST_CASE("hostile: the alias limit is exact: 999,999 added nodes pass, 1,001,000 do not") {
  // An anchored list of 1000 scalars is 1001 nodes.
  const std::string anchor = "x-list: &l [" + repeat("x,", 999) + "x]\n";
  const auto under = check_yaml(kValidPlan + anchor + "x-uses: [" + repeat("*l,", 998) + "*l]\n");
  CHECK(all_findings(under) == "");
  const auto over = check_yaml(kValidPlan + anchor + "x-uses: [" + repeat("*l,", 999) + "*l]\n");
  // The 1000th alias, on line 80 after `x-uses: [` and 999 `*l,`.
  CHECK(only_finding(over) == "invalid-document 80:3007-80:3009");
}

TEST_CASE("hostile: an anchor that contains itself is invalid-document at the alias") {
  const auto list = check_yaml("a: &a [*a]\n");
  CHECK(only_finding(list) == "invalid-document 1:8-1:10");
  CHECK(list.result.findings[0].message == "the anchor `a` contains itself through this alias");
  CHECK(only_finding(check_yaml("name: x\nx-a: &loop\n  b: {c: [1, *loop]}\n")) ==
        "invalid-document 3:14-3:19");
}

TEST_CASE("hostile: near miss, an alias to a finished anchor of the same name") {
  // The alias names the anchor defined before it, which is complete.
  const auto c = check_yaml(replace_once(kValidPlan, "people: [Ana Ruiz, Bo Chen]",
                                         "people: &p [Ana Ruiz, Bo Chen]\n    x-same: *p"));
  CHECK(all_findings(c) == "");
}

TEST_CASE("hostile: an undefined alias is yaml-syntax") {
  const auto c = check_yaml("name: x\nas_of: *nowhere\n");
  CHECK(only_finding(c) == "yaml-syntax 2:8-2:9");
  CHECK(c.result.findings[0].message ==
        "`*nowhere` refers to an anchor `&nowhere` that is not defined above it; define it, or "
        "quote the text: `as_of: \"*nowhere\"`");
}

TEST_CASE("aliases: a finding inside aliased content points at the alias, once per use") {
  std::string yaml = replace_once(kValidPlan, "{metric: dossiers completed, target: 3}", "*m");
  yaml = replace_once(yaml, "{metric: meetings scheduled, target: 3}", "*m");
  yaml = "x-measure: &m {metric: calls, target: many, unit: calls}\n" + yaml;
  const auto c = check_yaml(yaml);
  // Lines shift by one: the measures are on lines 62 and 71, `*m` at column 16.
  CHECK(all_findings(c) ==
        "invalid-value@62:16, unknown-key@62:16, invalid-value@71:16, unknown-key@71:16");
  CHECK(span_text(c, *c.of("invalid-value")[0]) == "62:16-62:18");
}

TEST_CASE("aliases: an anchor on a field read itself is reported there and at each alias") {
  std::string yaml = replace_once(kValidPlan, "{metric: dossiers completed, target: 3}",
                                  "&m {metric: calls, target: many}");
  yaml = replace_once(yaml, "{metric: meetings scheduled, target: 3}", "*m");
  const auto c = check_yaml(yaml);
  CHECK(all_findings(c) == "invalid-value@61:43, invalid-value@70:16");
}

TEST_CASE("aliases: a missing key inside an aliased mapping points at the alias") {
  std::string yaml = replace_once(kValidPlan, "{metric: meetings scheduled, target: 3}", "*m");
  yaml = "x-measure: &m {target: 3}\n" + yaml;
  const auto c = check_yaml(yaml);
  CHECK(all_findings(c) == "missing-field@71:16");
}

TEST_CASE("aliases: aliased scalars and lists read like written ones") {
  std::string yaml = replace_once(kValidPlan, "people: [Ana Ruiz, Bo Chen]", "people: *team");
  yaml = replace_once(yaml, "  end: 2030-12-31\n", "  end: &end 2030-12-31\n");
  yaml = replace_once(yaml, "      actual: 4100000\n      due: 2030-12-31\n",
                      "      actual: 4100000\n      due: *end\n");
  yaml = "x-team: &team [Ana Ruiz, Bo Chen]\n" + yaml;
  const auto c = check_yaml(yaml);
  CHECK(all_findings(c) == "");
  CHECK(c.result.plan.roles.items[1].people.size() == 2);
  // A nested problem inside the aliased list points at the alias.
  const auto bad = check_yaml(replace_once(yaml, "[Ana Ruiz, Bo Chen]", "[Ana Ruiz, [Bo Chen]]"));
  CHECK(loader_summary(bad) == "invalid-value@41:13");
}

TEST_CASE("aliases: an anchor or tag on the line before a value points at the value") {
  for (const std::string property : {"&t", "&t # why", "!!str", "&t !!str"}) {
    CAPTURE(property);
    const auto c = check_yaml(replace_once(kValidPlan, "      target: 12000000\n",
                                           "      target: " + property + "\n        many\n"));
    CHECK(all_findings(c) == "invalid-value@11:9");
    CHECK(span_text(c, only(c, "invalid-value")) == "11:9-11:13");
  }
}

// --- the document ----------------------------------------------------------------------

TEST_CASE("hostile: an empty file, blank or comments only, is invalid-document at 1:1") {
  for (const std::string yaml : {"", "\n", "   \n\n", "# just a comment\n", "---\n",
                                 "--- # c\n...\n", "%YAML 1.2\n---\n", "~\n", "null\n"}) {
    CAPTURE(yaml);
    const auto c = check_yaml(yaml);
    CHECK(only_finding(c) == "invalid-document 1:1-1:1");
    CHECK(c.result.findings[0].message ==
          "the file is empty; a plan is a mapping with name, strategy, process, roles and "
          "tactical_plan");
  }
}

TEST_CASE("hostile: a list or a scalar at the top is invalid-document where it starts") {
  const auto list = check_yaml("- name: x\n- name: y\n");
  CHECK(only_finding(list) == "invalid-document 1:1-1:2");
  CHECK(list.result.findings[0].message ==
        "the top of a plan must be a mapping of keys (name, strategy, ...), not a list");
  CHECK(only_finding(check_yaml("# plan\n\n[a, b]\n")) == "invalid-document 3:1-3:2");
  const auto scalar = check_yaml("just some text\n");
  CHECK(only_finding(scalar) == "invalid-document 1:1-1:15");
  CHECK(scalar.result.findings[0].message ==
        "the top of a plan must be a mapping of keys (name, strategy, ...), not a single value");
  CHECK(only_finding(check_yaml("--- \"quoted\"\n")) == "invalid-document 1:5-1:13");
}

TEST_CASE("hostile: two documents are invalid-document at the second") {
  const auto c = check_yaml(kValidPlan + "---\n" + kValidPlan);
  CHECK(only_finding(c) == "invalid-document 79:1-79:4");
  CHECK(c.result.findings[0].message ==
        "the file holds more than one YAML document; a plan is one document");
  CHECK(only_finding(check_yaml("name: x\n---\n")) == "invalid-document 2:1-2:4");
  CHECK(only_finding(check_yaml("name: x\n...\n---\nname: y\n")) == "invalid-document 3:1-3:4");
  // A syntax error in a later document is still the file's only finding.
  CHECK(only_finding(check_yaml("name: x\n---\n[\n")).starts_with("yaml-syntax"));
}

TEST_CASE("hostile: near miss, one document with explicit markers") {
  const auto c = check_yaml("%YAML 1.2\n---\n" + kValidPlan + "...\n");
  CHECK(all_findings(c) == "");
}

TEST_CASE("hostile: a `,` where no node can start is yaml-syntax, not an endless loop") {
  // yaml-cpp 0.7 leaves the token in place and starts one empty document
  // after another there.
  CHECK(only_finding(check_yaml(",")) == "yaml-syntax 1:1-1:2");
  CHECK(only_finding(check_yaml(",a\n")) == "yaml-syntax 1:1-1:2");
  CHECK(only_finding(check_yaml("- [a, b]\n, c\n")) == "yaml-syntax 2:1-2:2");
  CHECK(check_yaml(",").result.findings[0].message ==
        "a value cannot start with `,` in YAML; quote the text: `\",\"`");
}

// --- encodings and line breaks ---------------------------------------------------------

TEST_CASE("hostile: columns count characters, not bytes") {
  const auto people = check_yaml(
      replace_once(kValidPlan, "people: [Ana Ruiz, Bo Chen]", "people: [Zoë, Ana Ruiz, [Bob]]"));
  // `    people: [Zoë, Ana Ruiz, [Bob]]`: the inner list starts at character 29 (byte 30).
  CHECK(loader_summary(people) == "invalid-value@40:29");
  CHECK(span_text(people, only(people, "invalid-value")) == "40:29-40:30");

  const auto value =
      check_yaml(replace_once(kValidPlan, "{metric: workshops held, target: 1, actual: 1}",
                              "{metric: Zoë’s calls, target: Zoë, actual: 1}"));
  // `      measure: {metric: Zoë’s calls, target: Zoë, actual: 1}`: the target
  // starts at character 46 and is 3 characters (4 bytes) long.
  CHECK(span_text(value, only(value, "invalid-value")) == "53:46-53:49");

  const auto wide = check_yaml(
      replace_once(kValidPlan, "    name: Salesperson\n", "    name: 営業 🐋\n    nmae: x\n"));
  CHECK(all_findings(wide) == "unknown-key@40:5");
  const auto date =
      check_yaml(replace_once(kValidPlan, "    assignee: Bo Chen\n    since: 2027-03-01",
                              "    assignee: Bo Chen\n    since: 2027-03-01 🐋"));
  CHECK(span_text(date, only(date, "invalid-date")) == "78:12-78:24");
}

TEST_CASE("hostile: a UTF-8 byte order mark is skipped and shifts nothing") {
  const std::string bom = "\xEF\xBB\xBF";
  CHECK(all_findings(check_yaml(bom + kValidPlan)) == "");
  const std::string bad = replace_once(kValidPlan, "target: 12000000", "target: lots");
  const auto c = check_yaml(bom + bad);
  CHECK(all_findings(c) == "invalid-value@10:15");
  CHECK(span_text(c, only(c, "invalid-value")) == "10:15-10:19");
  const auto first = check_yaml(bom + "nmae: x\n");
  CHECK(span_text(first, only(first, "unknown-key")) == "1:1-1:5");
}

TEST_CASE("hostile: CRLF line endings read like LF, and no span includes the CR") {
  const auto crlf = [](std::string text) {
    std::string out;
    for (const char ch : text) {
      if (ch == '\n') out += '\r';
      out += ch;
    }
    return out;
  };
  CHECK(all_findings(check_yaml(crlf(kValidPlan))) == "");
  const auto c =
      check_yaml(crlf(replace_once(kValidPlan, "since: 2027-03-01", "since: 2027-02-30")));
  CHECK(span_text(c, only(c, "invalid-date")) == "78:12-78:22");
  const auto quoted = check_yaml(
      crlf(replace_once(kValidPlan, "name: Valid plan\n", "name: \"Valid\n  plan\"\nnmae: x\n")));
  CHECK(all_findings(quoted) == "unknown-key@3:1");
  REQUIRE(quoted.result.plan.name.known());
  CHECK(*quoted.result.plan.name == "Valid plan");
  const auto missing = check_yaml(crlf(replace_once(kValidPlan, "  end: 2030-12-31\n", "")));
  CHECK(all_findings(missing) == "missing-field@4:3");
}

TEST_CASE("hostile: lines ended by a lone CR are one invalid-document that says so") {
  const auto c = check_yaml("name: x\rstrategy: y\r");
  CHECK(only_finding(c) == "invalid-document 1:8-2:1");
  CHECK(c.result.findings[0].message ==
        "the file's lines end with a carriage return alone (old Mac OS line endings); save it "
        "with LF or CRLF line endings");
  // A CR inside a file with LF line breaks is not that case.
  CHECK(only_finding(check_yaml("name: x\r\nstrategy: [\n")).starts_with("yaml-syntax"));
}

TEST_CASE("hostile: UTF-16 without a byte order mark is recognised by its NUL bytes") {
  for (const std::string& text : {std::string("n\0a\0m\0e\0:\0", 10),     // little-endian
                                  std::string("\0n\0a\0m\0e\0:", 10)}) {  // big-endian
    const auto c = check_yaml(text);
    CHECK(only_finding(c) == "invalid-document 1:1-1:1");
    CHECK(c.result.findings[0].message ==
          "the file looks UTF-16 encoded (a NUL byte beside every letter); save it as UTF-8");
  }
}

TEST_CASE("hostile: text that is not UTF-8 is invalid-document at the first bad byte") {
  const auto latin1 = check_yaml("name: Zo\xEB\n");
  CHECK(only_finding(latin1) == "invalid-document 1:9-1:10");
  CHECK(latin1.result.findings[0].message == "the file is not valid UTF-8 text; save it as UTF-8");
  CHECK(only_finding(check_yaml("name: \xC0\xAF\n"))
            .starts_with("invalid-document 1:7"));  // overlong
  CHECK(only_finding(check_yaml("name: \xED\xA0\x80\n"))
            .starts_with("invalid-document 1:7"));  // surrogate
  CHECK(only_finding(check_yaml("name: \xE2\x82\n"))
            .starts_with("invalid-document 1:7"));  // cut short
  const auto utf16 = check_yaml(std::string("\xFF\xFEn\0a\0", 6));
  CHECK(only_finding(utf16) == "invalid-document 1:1-1:1");
  CHECK(utf16.result.findings[0].message == "the file is UTF-16 encoded; save it as UTF-8");
}

TEST_CASE("hostile: a NUL character is invalid-document") {
  const auto c = check_yaml(std::string("name: a\0b\n", 10));
  CHECK(only_finding(c) == "invalid-document 1:8-1:9");
  CHECK(c.result.findings[0].message == "the file holds a NUL character; a plan is text");
}

TEST_CASE("hostile: large inputs stay linear") {
  // Many keys in one mapping (duplicates found by hash past a few dozen keys).
  std::string many = kValidPlan;
  for (int i = 0; i < 20000; ++i)
    many += fmt::format("x-{}: {}\n", i, i);
  CHECK(all_findings(check_yaml(many)) == "");
  // A long scalar and a long list.
  CHECK(all_findings(check_yaml(replace_once(kValidPlan, "name: Valid plan",
                                             "name: " + std::string(1 << 20, 'a')))) == "");
  std::string people = "[";
  for (int i = 0; i < 20000; ++i)
    people += fmt::format("{}P{}", i ? ", " : "", i);
  people += "]";
  CHECK(loader_summary(check_yaml(replace_once(kValidPlan, "[Dana Whale]", people))) == "");
}

// --- reading files ---------------------------------------------------------------------

TEST_CASE("read_source: a directory is an error, not an exception") {
  const std::string dir = temp_dir();
  const plan::ReadResult r = plan::read_source(dir);
  CHECK_FALSE(r.source);
  REQUIRE(r.error);
  CHECK(r.error->path == dir);
  CHECK(r.error->message == "is a directory");
}

TEST_CASE("read_source: a missing file is an error, a file is read whole, BOM removed") {
  const std::string dir = temp_dir();
  const plan::ReadResult missing = plan::read_source(dir + "/nope.yaml");
  CHECK_FALSE(missing.source);
  REQUIRE(missing.error);
  CHECK(missing.error->message == "No such file or directory");

  const std::string path = dir + "/plan.yaml";
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBFname: x\r\n";
  }
  const plan::ReadResult read = plan::read_source(path);
  REQUIRE(read.source);
  CHECK_FALSE(read.error);
  CHECK(read.source->path() == path);
  CHECK(read.source->text() == "name: x\r\n");
  CHECK(read.source->line_count() == 2);
  CHECK(read.source->line_text(1) == "name: x");
}

TEST_CASE("plan check: a directory exits 2 and the other files are still checked") {
  const std::string dir = temp_dir();
  const std::string path = dir + "/plan.yaml";
  {
    std::ofstream out(path, std::ios::binary);
    out << kValidPlan;
  }
  const Run run = run_plan({"check", dir, path});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("is a directory") != std::string::npos);
  CHECK(run.out.find(path + ": ok") != std::string::npos);
}

TEST_CASE("plan check: hostile input through the binary exits 1, never crashes") {
  for (const std::string& yaml : {std::string(","), repeat("[", 5000), std::string("a: &a [*a]\n"),
                                  std::string("\xFF"), std::string("name: \"open\n")}) {
    const Run run = run_plan({"check", "-"}, yaml);
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("error:") != std::string::npos);
  }
}

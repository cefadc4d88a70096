// The rule table as the rest of the code relies on it: each finding names its
// entry, the entry knows its position, and the loader's rules are the ones
// without a check.

#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "plan/check/rule_table.hpp"
#include "plan/load/load.hpp"
#include "plan/model/rule.hpp"
#include "support/test_support.hpp"

namespace plan {
namespace {

TEST_CASE("rule table: rule_index is each entry's position") {
  const auto rules = rule_table();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CAPTURE(rules[i]->name);
    CHECK(rule_index(*rules[i]) == i);
  }
}

TEST_CASE("rule table: the loader's rules come first and are the ones without a check") {
  std::vector<std::string_view> loader;
  std::vector<std::string_view> judges;
  for (const Rule* rule : rule_table()) {
    if (!rule->check) loader.push_back(rule->name);
    if (rule->judges_document) judges.push_back(rule->name);
  }
  CHECK(loader == std::vector<std::string_view>{"yaml-syntax", "invalid-document", "unknown-key",
                                                "missing-field", "invalid-value", "invalid-date",
                                                "duplicate-key"});
  CHECK(judges == std::vector<std::string_view>{"yaml-syntax", "invalid-document"});
  for (std::size_t i = 0; i < loader.size(); ++i)
    CHECK(rule_table()[i]->name == loader[i]);
}

TEST_CASE("rule table: a finding names its entry in the table") {
  const test::Checked c = test::check_yaml("name: x\nnmae: y\n");
  REQUIRE_FALSE(c.result.findings.empty());
  for (const Finding& f : c.result.findings) {
    REQUIRE(f.rule != nullptr);
    CHECK(f.rule == find_rule(f.rule->name));
  }
  CHECK(c.result.document_ok);
  CHECK(c.of("unknown-key").size() == 1);
}

TEST_CASE("rule table: a file that is no plan document says so") {
  const test::Checked syntax = test::check_yaml("name: \"x\n");
  CHECK_FALSE(syntax.result.document_ok);
  REQUIRE(syntax.result.findings.size() == 1);
  CHECK(syntax.result.findings[0].rule == find_rule("yaml-syntax"));

  const test::Checked list = test::check_yaml("- a\n- b\n");
  CHECK_FALSE(list.result.document_ok);
  REQUIRE(list.result.findings.size() == 1);
  CHECK(list.result.findings[0].rule == find_rule("invalid-document"));
}

}  // namespace
}  // namespace plan

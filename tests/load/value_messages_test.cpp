// Values written the way people write them in a spreadsheet or an e-mail:
// one finding at the value, in words, with the form to write. First the
// suggestions as functions, then as a plan draws them (line, column, words).

#include <doctest/doctest.h>

#include "load/load_support.hpp"
#include "load/value_hints.hpp"

using namespace plan::test;
using plan::load::duration_fix;
using plan::load::DurationUnits;
using plan::load::number_fix;
using plan::load::NumberForm;
using plan::load::range_fix;

TEST_CASE("value hints: numbers as people write them") {
  CHECK(number_fix("60%", NumberForm::fraction) == "write it as a fraction: `0.6`");
  CHECK(number_fix("5%", NumberForm::fraction) == "write it as a fraction: `0.05`");
  CHECK(number_fix("12.5%", NumberForm::fraction) == "write it as a fraction: `0.125`");
  CHECK(number_fix("100%", NumberForm::fraction) == "write it as a fraction: `1`");
  CHECK(number_fix("150%", NumberForm::fraction) == "");  // no fraction to offer
  CHECK(number_fix("60%", NumberForm::any) == "write `60` without the `%`");
  CHECK(number_fix("$420,000", NumberForm::at_least_zero) == "write `420000`");
  CHECK(number_fix("190,000", NumberForm::at_least_zero) == "write `190000`");
  CHECK(number_fix("1,250,000.50", NumberForm::any) == "write `1250000.5`");
  CHECK(number_fix("€ 1 000 000", NumberForm::any) == "write `1000000`");
  CHECK(number_fix("1.25M", NumberForm::any) == "write `1250000`");
  CHECK(number_fix("300k", NumberForm::at_least_zero) == "write `300000`");
  CHECK(number_fix("2bn", NumberForm::any) == "write `2000000000`");
  CHECK(number_fix("1e6", NumberForm::any) == "write `1000000`");
  CHECK(number_fix("+5", NumberForm::any) == "write `5`");
  CHECK(number_fix(".5", NumberForm::fraction) == "write `0.5`");
  CHECK(number_fix("010", NumberForm::positive_whole) == "write `10`");
  CHECK(number_fix("-$5", NumberForm::at_least_zero) == "");  // still below 0
  // Not a number in any reading: no guess.
  for (const char* text : {"lots", "1,00", "12,34,567", "$", "1.2.3", "ten", "1e", "12 apples"}) {
    CAPTURE(text);
    CHECK(number_fix(text, NumberForm::any) == "");
  }
}

TEST_CASE("value hints: a percentage where a fraction belongs") {
  CHECK(range_fix("85", NumberForm::fraction) == "did you mean `0.85`?");
  CHECK(range_fix("2", NumberForm::fraction) == "did you mean `0.02`?");
  CHECK(range_fix("100", NumberForm::fraction) == "did you mean `1`?");
  CHECK(range_fix("1.5", NumberForm::fraction) == "");  // 1.5% or a slip: no guess
  CHECK(range_fix("250", NumberForm::fraction) == "");
  CHECK(range_fix("85", NumberForm::any) == "");
}

TEST_CASE("value hints: durations as people write them") {
  const auto days = DurationUnits::weeks_days;
  const auto hours = DurationUnits::hours_minutes;
  CHECK(duration_fix("6 weeks", days) == "write `6w`");
  CHECK(duration_fix("3 days", days) == "write `3d`");
  CHECK(duration_fix("1 week 2 days", days) == "write `1w2d`");
  CHECK(duration_fix("2d1w", days) == "write `1w2d`");
  CHECK(duration_fix("5D", days) == "write `5d`");
  CHECK(duration_fix("1.5w", days) == "");  // 10.5 days: no whole form
  CHECK(duration_fix("1 month", days) ==
        "a month has no fixed length; write weeks or days, like `4w` or `30d`");
  CHECK(duration_fix("2 hours", days) == "it takes weeks and days, like `1w2d`");
  CHECK(duration_fix("2 hours", hours) == "write `2h`");
  CHECK(duration_fix("1.5h", hours) == "write `1h30m`");
  CHECK(duration_fix("90 min", hours) == "write `90m`");
  CHECK(duration_fix("1 hr 30 mins", hours) == "write `1h30m`");
  CHECK(duration_fix("0.25 hours", hours) == "write `15m`");
  CHECK(duration_fix("2 days", hours) == "it takes hours and minutes, like `1h30m`");
  for (const char* text : {"soon", "", "h", "1 fortnight", "1.33h", "2 hours later"}) {
    CAPTURE(text);
    CHECK(duration_fix(text, hours) == "");
  }
}

TEST_CASE("value messages: a probability written as a percentage") {
  // Line 23 is the first stage's `probability: 0.05`; the value starts at column 20.
  const auto percent =
      check_yaml(replace_once(kValidPlan, "probability: 0.05", "probability: 60%"));
  const auto& f = only(percent, "invalid-value");
  CHECK(percent.at(f) == plan::Position{23, 20});
  CHECK(f.message ==
        "`probability` must be a number from 0 to 1; got `60%`: write it as a "
        "fraction: `0.6`");

  const auto whole = check_yaml(replace_once(kValidPlan, "probability: 0.05", "probability: 85"));
  const auto& g = only(whole, "invalid-value");
  CHECK(whole.at(g) == plan::Position{23, 20});
  CHECK(g.message == "`probability` must be a number from 0 to 1; got 85: did you mean `0.85`?");

  // The example obeys the rule it illustrates: a probability, not 12.
  const auto word = check_yaml(replace_once(kValidPlan, "probability: 0.05", "probability: low"));
  CHECK(only(word, "invalid-value").message ==
        "`probability` must be a number from 0 to 1, like 0.25; got `low`");
}

TEST_CASE("value messages: whole-number fields get whole-number examples") {
  // Line 24: `max_days: 30`, value at column 17.
  const auto c = check_yaml(replace_once(kValidPlan, "max_days: 30", "max_days: thirty"));
  const auto& f = only(c, "invalid-value");
  CHECK(c.at(f) == plan::Position{24, 17});
  CHECK(f.message == "`max_days` must be a positive whole number, like 30; got `thirty`");
  const auto fraction = check_yaml(replace_once(kValidPlan, "max_days: 30", "max_days: 30.5"));
  CHECK(only(fraction, "invalid-value").message ==
        "`max_days` must be a positive whole number, like 30; got 30.5");
}

TEST_CASE("value messages: money with a currency sign and thousands separators") {
  // Line 74: `    value: 750000`, value at column 12.
  const auto dollars = check_yaml(replace_once(kValidPlan, "value: 750000", "value: $420,000"));
  const auto& f = only(dollars, "invalid-value");
  CHECK(dollars.at(f) == plan::Position{74, 12});
  CHECK(f.message == "`value` must be a number of at least 0; got `$420,000`: write `420000`");

  const auto millions = check_yaml(replace_once(kValidPlan, "value: 750000", "value: 1.25M"));
  CHECK(only(millions, "invalid-value").message ==
        "`value` must be a number of at least 0; got `1.25M`: write `1250000`");
}

TEST_CASE("value messages: a thousands comma in a {...} mapping is one finding at the value") {
  // YAML splits `190,000` in a flow mapping into `190` and a key `000`: that
  // is one mistake, said at the value, and no unknown key `000`.
  const auto c = check_yaml(
      replace_once(kValidPlan, "  - id: globex\n    name: Globex Corp\n    value: 750000\n",
                   "  - {id: globex, name: Globex Corp, value: 190,000,\n"
                   "     stage: proof}\n  - id: other\n    name: Other\n"
                   "    value: 1\n"));
  CHECK(loader_summary(c) == "invalid-value@72:44");
  const auto& f = only(c, "invalid-value");
  CHECK(span_text(c, f) == "72:44-72:51");
  CHECK(f.message == "`value` must be a number of at least 0; got `190,000`: write `190000`");

  const auto big = check_yaml(replace_once(kValidPlan, "value: 750000", "value: {a: 1,250,000}"));
  CHECK(c.of("unknown-key").empty());
  CHECK(loader_summary(big) == "invalid-value@74:5");  // a mapping where a number belongs

  // A block scalar `190,000` is one text: the same message.
  const auto block = check_yaml(replace_once(kValidPlan, "value: 750000", "value: 190,000"));
  CHECK(only(block, "invalid-value").message ==
        "`value` must be a number of at least 0; got `190,000`: write `190000`");
}

TEST_CASE("value messages: durations in words get the accepted form") {
  // Line 67: `      within: 5d`, value at column 15.
  const auto weeks = check_yaml(replace_once(kValidPlan, "within: 5d", "within: 6 weeks"));
  const auto& f = only(weeks, "invalid-value");
  CHECK(weeks.at(f) == plan::Position{67, 15});
  CHECK(f.message ==
        "`within` must be a duration such as 5d, 2w or 1w2d; got `6 weeks`: write `6w`");

  const auto effort = check_yaml(replace_once(kValidPlan, "      within: 5d\n",
                                              "      within: 5d\n      effort: \"2 hours\"\n"));
  const auto& g = only(effort, "invalid-value");
  CHECK(effort.at(g) == plan::Position{68, 15});
  CHECK(g.message ==
        "`effort` must be a duration such as 1h, 90m or 1h30m; got `2 hours`: write `2h`");
}

TEST_CASE("value messages: a misspelt key that is a known synonym gets the key meant") {
  struct Case {
    const char* from;
    const char* to;
    const char* message;
  };
  const Case cases[] = {
      {"    people: [Dana Whale]", "    persons: [Dana Whale]",
       "unknown key `persons` in a role; did you mean `people`?"},
      {"    people: [Dana Whale]", "    members: [Dana Whale]",
       "unknown key `members` in a role; did you mean `people`?"},
      {"      due: 2027-03-31", "      deadline: 2027-03-31",
       "unknown key `deadline` in a tactic; did you mean `due`?"},
      {"      owner: ceo", "      owner_role: ceo",
       "unknown key `owner_role` in a tactic; did you mean `owner`?"},
      {"      after: dossiers", "      depends_on: dossiers",
       "unknown key `depends_on` in a tactic; did you mean `after`?"},
      {"    name: Globex Corp", "    title: Globex Corp",
       "unknown key `title` in a deal; did you mean `name`?"},
  };
  for (const Case& k : cases) {
    CAPTURE(k.to);
    const auto c = check_yaml(replace_once(kValidPlan, k.from, k.to));
    CHECK(only(c, "unknown-key").message == k.message);
  }
}

TEST_CASE("value messages: policy.rules suggests rule names and levels cut short") {
  const auto c =
      check_yaml(kValidPlan + "policy:\n  rules:\n    stalled: off\n    idle-role: warn\n");
  CHECK(loader_summary(c) == "unknown-key@81:5, invalid-value@82:16");
  CHECK(only(c, "unknown-key").message == "`stalled` is not a rule; did you mean `stalled-deal`?");
  CHECK(only(c, "invalid-value").message ==
        "a rule's level must be error, warning or off; got `warn`; did you mean `warning`?");
}

TEST_CASE("value messages: text that starts with `!` is a YAML tag: one finding at the tag") {
  // Line 57: `      title: Compile dossiers ...`; the value starts at column 14.
  const auto c = check_yaml(replace_once(kValidPlan, "title: Compile dossiers on selected whales",
                                         "title: !important compile dossiers"));
  CHECK(loader_summary(c) == "invalid-value@57:14");  // the title is present: no missing-field
  const auto& f = only(c, "invalid-value");
  CHECK(span_text(c, f) == "57:14-57:41");
  CHECK(f.message ==
        "`!important` starts with `!`, which YAML reads as a tag and drops from the "
        "text; quote the text: `title: \"!important compile dossiers\"`");

  // In a list, the item alone is quoted.
  const auto item =
      check_yaml(replace_once(kValidPlan, "people: [Dana Whale]", "people: [!boss Dana Whale]"));
  CHECK(only(item, "invalid-value").message ==
        "`!boss` starts with `!`, which YAML reads as a tag and drops from the text; quote the "
        "text: `\"!boss Dana Whale\"`");

  // YAML's own tags are read as before: `!!str 5` is text, not a number.
  const auto standard = check_yaml(replace_once(kValidPlan, "target: 10", "target: !!str 10"));
  CHECK(only(standard, "invalid-value").message ==
        "`target` must be a number; `10` is quoted or tagged, so it is text: remove the quotes");
}

// The rules the loader reports: their logic is the reading of the file
// (yaml_tree.cpp for the first two, reader.cpp and plan_format.cpp for the
// rest), so they have no check function of their own. They are declared here,
// in one place, and the rule table (src/check/rule_table.cpp) lists them first.

#include "load/load_rules.hpp"

namespace plan::load {

const Rule kYamlSyntax{
    .name = "yaml-syntax",
    .severity = Severity::error,
    .structural = true,
    .summary = "the file is not valid YAML (nesting too deep included)",
    .points_at =
        "the line that is wrong: the tab, the `: ` or character to quote, the first character "
        "of a line indented wrong, the quote or bracket left open",
    .description =
        "The file must be valid YAML before anything else can be read. A YAML mistake is "
        "the file's only finding, in plain words at the line that is wrong, with the fix: "
        "a tab used for indentation (at the tab, which the quoted line shows as `→`); a "
        "`: ` inside a value (`title: Q1: publish the plan` draws \"quote the text: `title: "
        "\"Q1: publish the plan\"`\"); a value that starts with a character YAML reserves "
        "(`@`, a backquote, `%`, `&`, `*`, `!`, `|`, `>`, `,`) or text after a closing "
        "quote: quote the text; a key or a list item indented wrong (\"this line is "
        "indented 3 spaces; the keys above it are at 2\"); a key without its `:` "
        "(`strategy` alone, `owner:ae`), at that line, not the next; a list item among "
        "keys; a quote left open; a `[` or `{` left open, at the bracket; an unknown escape "
        "in double quotes; a bad `%YAML` or `%TAG` line; nesting too deep for the loader. "
        "Any other message of the YAML parser is put in plain words too, where it gave up.",
    .rationale =
        "The strategy, the sales process and the tactics are only worth writing down if "
        "everyone can read them, people and tools alike. Until the file parses, no other "
        "rule can say anything about the plan, so this one comes first.",
    .example = R"yaml(roles:
  - id: salesperson
    name: "Salesperson
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: "Salesperson"   # close the quote
)yaml",
    .judges_document = true,
    .check = nullptr,
};

const Rule kInvalidDocument{
    .name = "invalid-document",
    .severity = Severity::error,
    .structural = true,
    .summary =
        "empty file, not a mapping at the top, more than one document, aliases that expand past "
        "1,000,000 nodes",
    .points_at = "1:1 or the position found",
    .description =
        "The file must hold exactly one YAML document whose top is a mapping of the plan's "
        "sections (`name`, `strategy`, `process`, `roles`, `tactical_plan`, ...). An empty "
        "file, a list or a single value at the top, a second document after `---`, text "
        "that is not UTF-8, or aliases that would expand past 1,000,000 nodes (or an "
        "anchor that contains itself) is reported once, at 1:1 or where the problem was "
        "found.",
    .rationale =
        "One file holds one plan: the strategy, the process that serves it and the tactics "
        "that carry it out, linked to each other. A file that is not one mapping cannot "
        "link them, and an alias bomb would stop every CI job that reads the plan.",
    .example = R"yaml(# a list at the top, not the plan's mapping
- id: salesperson
  name: Salesperson
)yaml",
    .fix = R"yaml(# the plan is a mapping: its sections are keys
roles:
  - id: salesperson
    name: Salesperson
)yaml",
    .judges_document = true,
    .check = nullptr,
};

const Rule kUnknownKey{
    .name = "unknown-key",
    .severity = Severity::error,
    .structural = true,
    .summary = "a key the format does not have",
    .points_at = "the key",
    .description =
        "Every key must be one the plan format has in that place (see docs/format.md or "
        "`plan schema`). A key that is not is reported with the nearest valid key (\"did "
        "you mean `target`?\"), the key meant by a word people use for it (`deadline` for "
        "`due`, `members` for `people`, `owner_role` for `owner`), or the list of keys "
        "allowed there. Keys that start with `x-` "
        "are ignored anywhere: use them for notes or for anchors to reuse. `<<` is an "
        "ordinary key here, so it is unknown too.",
    .rationale =
        "A misspelt key is silently lost information: a goal whose `targte` is never read "
        "has no target, so nobody can measure progress towards the strategy. Failing "
        "loudly on unknown keys keeps what the plan says and what the tools read the same.",
    .example = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      targte: 12000000
)yaml",
    .fix = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      target: 12000000   # `target`, spelt right
)yaml",
    .check = nullptr,
};

const Rule kMissingField{
    .name = "missing-field",
    .severity = Severity::error,
    .structural = true,
    .summary = "a required key is absent, or a required list is empty or too short",
    .points_at = "the mapping's first key; a list's key",
    .description =
        "A required key is absent or empty (`key:`, `~` and `null` count as absent), or a "
        "required list is empty or too short: the strategy needs at least one goal, the "
        "process at least two stages, and the plan at least one role and one tactic. A "
        "tactic needs `due` unless `after` and `within` give it. The finding points at the "
        "first key of the mapping that lacks the key, or at the list's key.",
    .rationale =
        "Each level of the plan has what makes it usable: a strategy has measurable goals "
        "and an end point, a process has ordered stages, a tactic has an owner and a due "
        "date. Without them the plan cannot be tracked or assigned, which is the reason to "
        "write it down at all.",
    .example = R"yaml(roles:
  - id: salesperson
    people: [Ana Ruiz, Bo Chen]
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: Salesperson   # every role has a name
    people: [Ana Ruiz, Bo Chen]
)yaml",
    .check = nullptr,
};

const Rule kInvalidValue{
    .name = "invalid-value",
    .severity = Severity::error,
    .structural = true,
    .summary =
        "wrong type, unknown enum value, number out of range, bad id or duration, `within` misuse",
    .points_at = "the value",
    .description =
        "A value has the wrong form for its key: text where a list or mapping is needed "
        "(or the other way round), an id with characters other than ASCII letters, digits, "
        "`-`, `_` and `.`, a number that is not plain (`010`, `1e6`, `\"3\"`, `750k`), a "
        "number out of range (a probability outside 0 to 1, a negative deal value, a "
        "`max_days` that is not a positive whole number), an unknown `status` or `repeat`, "
        "a malformed duration (`5d`, `2w`, `1w2d` for `within`; `1h`, `90m`, `1h30m` for "
        "`effort`), or `within` without `after` or together with `due`. A structural rule "
        "named in `policy.rules` or `ignore` is an invalid value too. A value written as "
        "people write it gets the form to write (`60%` as a probability: `0.6`; "
        "`$420,000`: `420000`; `6 weeks`: `6w`); text that starts with a tag of the "
        "writer's own (`!important call`) is one finding at the tag.",
    .rationale =
        "Numbers and dates in a plan are read by the reports: a deal value of `750k` "
        "cannot be summed into the weighted forecast, and a probability of 5 makes the "
        "sales process's odds meaningless. An invalid value is treated as unknown, never "
        "replaced by a guess, so it has to be fixed at the source.",
    .example = R"yaml(deals:
  - id: globex
    name: Globex Corp
    value: 750k
    stage: proof
)yaml",
    .fix = R"yaml(deals:
  - id: globex
    name: Globex Corp
    value: 750000   # a plain number
    stage: proof
)yaml",
    .check = nullptr,
};

const Rule kInvalidDate{
    .name = "invalid-date",
    .severity = Severity::error,
    .structural = true,
    .summary = "a date that is not YYYY-MM-DD or not on the calendar",
    .points_at = "the value",
    .description =
        "A date must be written `YYYY-MM-DD` and be on the calendar, quoted or not: "
        "`2027-2-3`, `03/15/2027` and `next week` are not dates, and neither is "
        "`2027-02-30`. The finding points at the value.",
    .rationale =
        "A strategy has end-point dates and every tactic is dated: that is what makes the "
        "plan trackable. A date that is not on the calendar cannot be compared with the "
        "windows, the prerequisites or the as-of date, so every rule that needs it stays "
        "silent.",
    .example = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2030-02-30
)yaml",
    .fix = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2030-02-28   # February has no 30th
)yaml",
    .check = nullptr,
};

const Rule kDuplicateKey{
    .name = "duplicate-key",
    .severity = Severity::error,
    .structural = true,
    .summary = "a key repeated in one mapping",
    .points_at = "the second key",
    .description =
        "A key appears twice in one mapping. The first one is read; each repeat is "
        "reported (with a note where the key was first given) and its value is ignored.",
    .rationale =
        "Two values for one key mean two opinions about the plan, and only one of them "
        "counts. A repeated `people` or `due` usually comes from a merge or a copy and "
        "paste; the one that is silently dropped may be the one the team agreed on.",
    .example = R"yaml(roles:
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz]
    people: [Bo Chen]
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz, Bo Chen]   # one key, both people
)yaml",
    .check = nullptr,
};

}  // namespace plan::load

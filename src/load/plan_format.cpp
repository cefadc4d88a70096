// The plan format (docs/format.md): which keys each mapping of a plan has, how each
// value is read into the model, and the rules between keys (a tactic's `due`,
// `after` and `within`; a policy's limits). Reading itself is reader.hpp's.

#include <algorithm>
#include <array>
#include <span>

#include <fmt/format.h>

#include "load/load_rules.hpp"
#include "load/reader.hpp"
#include "load/scalar_forms.hpp"
#include "plan/load/load.hpp"
#include "plan/model/rule.hpp"
#include "plan/support/suggest.hpp"

namespace plan {
namespace {

using load::describe;
using load::Entry;
using load::KeySpec;
using load::NodeKind;
using load::Reader;

/// The reader of a plan: the generic reader, and the rule catalogue that
/// `ignore` and policy.rules name.
class PlanReader : public Reader {
 public:
  PlanReader(const load::YamlTree& tree, std::vector<Finding>& out,
             std::span<const Rule* const> rules)
      : Reader(tree, out), rules_(rules) {}

  /// The rule named `name`, or nullptr after reporting `problem` ("`x` is not
  /// a rule; did you mean ...") at `at`.
  const Rule* rule_named(std::string_view name, Span at, const Rule& problem) {
    const auto it = std::find_if(rules_.begin(), rules_.end(),
                                 [&](const Rule* rule) { return rule->name == name; });
    if (it != rules_.end()) return *it;
    std::vector<std::string_view> names;
    for (const Rule* rule : rules_)
      names.push_back(rule->name);
    report(problem, at, fmt::format("`{}` is not a rule{}", name, did_you_mean(name, names)));
    return nullptr;
  }

 private:
  std::span<const Rule* const> rules_;
};

template <class T>
using Keys = KeySpec<PlanReader, T>;

template <class T>
void read_id(PlanReader& r, const Entry& e, T& item) {
  r.read_id(e, item.id);
}
template <class T>
void read_ignore(PlanReader& r, const Entry& e, T& item) {
  r.for_each_scalar(e, "a rule name", [&](std::string_view name, Span at) {
    const Rule* rule = r.rule_named(name, at, load::kInvalidValue);
    if (!rule) return;
    if (rule->structural) {
      r.report(load::kInvalidValue, at,
               fmt::format("`{}` is a structural rule and cannot be ignored", name));
      return;
    }
    item.ignore.emplace_back(name);
  });
}

const Keys<Goal> kGoalKeys[] = {
    {"id", true, read_id<Goal>},
    {"name", true, [](PlanReader& r, const Entry& e, Goal& g) { r.read_text(e, g.name); }},
    {"metric", false, [](PlanReader& r, const Entry& e, Goal& g) { r.read_text(e, g.metric); }},
    {"target", false, [](PlanReader& r, const Entry& e, Goal& g) { r.read_number(e, g.target); }},
    {"actual", false, [](PlanReader& r, const Entry& e, Goal& g) { r.read_number(e, g.actual); }},
    {"due", false, [](PlanReader& r, const Entry& e, Goal& g) { r.read_date(e, g.due); }},
    {"ignore", false, read_ignore<Goal>},
};

const Keys<Strategy> kStrategyKeys[] = {
    {"name", true, [](PlanReader& r, const Entry& e, Strategy& s) { r.read_text(e, s.name); }},
    {"description", false,
     [](PlanReader& r, const Entry& e, Strategy& s) { r.read_text(e, s.description); }},
    {"start", false, [](PlanReader& r, const Entry& e, Strategy& s) { r.read_date(e, s.start); }},
    {"end", true, [](PlanReader& r, const Entry& e, Strategy& s) { r.read_date(e, s.end); }},
    {"goals", true,
     [](PlanReader& r, const Entry& e, Strategy& s) {
       load::read_items(r, e, s.goals, kGoalKeys, "goal", 1);
     }},
};

const Keys<Stage> kStageKeys[] = {
    {"id", true, read_id<Stage>},
    {"name", true, [](PlanReader& r, const Entry& e, Stage& s) { r.read_text(e, s.name); }},
    {"exit", false, [](PlanReader& r, const Entry& e, Stage& s) { r.read_text(e, s.exit); }},
    {"probability", false,
     [](PlanReader& r, const Entry& e, Stage& s) {
       r.read_number_in(e, s.probability, 0, 1, "a number from 0 to 1");
     }},
    {"max_days", false,
     [](PlanReader& r, const Entry& e, Stage& s) { r.read_positive_int(e, s.max_days); }},
    {"ignore", false, read_ignore<Stage>},
};

const Keys<Process> kProcessKeys[] = {
    {"name", true, [](PlanReader& r, const Entry& e, Process& p) { r.read_text(e, p.name); }},
    {"stages", true,
     [](PlanReader& r, const Entry& e, Process& p) {
       load::read_items(r, e, p.stages, kStageKeys, "stage", 2);
     }},
};

const Keys<Role> kRoleKeys[] = {
    {"id", true, read_id<Role>},
    {"name", true, [](PlanReader& r, const Entry& e, Role& role) { r.read_text(e, role.name); }},
    {"people", false,
     [](PlanReader& r, const Entry& e, Role& role) {
       role.people_key = e.key_span;
       r.read_texts(e, role.people);
     }},
    {"quota", false,
     [](PlanReader& r, const Entry& e, Role& role) {
       r.read_number_in(e, role.quota, 0, std::nullopt, "a number of at least 0");
     }},
    {"capacity", false,
     [](PlanReader& r, const Entry& e, Role& role) {
       r.read_duration(e, role.capacity, load::parse_minutes, "30h, 90m or 1h30m (a week's hours)");
     }},
    {"ignore", false, read_ignore<Role>},
};

const Keys<Measure> kMeasureKeys[] = {
    {"metric", true, [](PlanReader& r, const Entry& e, Measure& m) { r.read_text(e, m.metric); }},
    {"target", false,
     [](PlanReader& r, const Entry& e, Measure& m) { r.read_number(e, m.target); }},
    {"actual", false,
     [](PlanReader& r, const Entry& e, Measure& m) { r.read_number(e, m.actual); }},
};

const Keys<Tactic> kTacticKeys[] = {
    {"id", true, read_id<Tactic>},
    {"title", true, [](PlanReader& r, const Entry& e, Tactic& t) { r.read_text(e, t.title); }},
    {"owner", true,
     [](PlanReader& r, const Entry& e, Tactic& t) { r.read_ref(e, t.owner, "a role id"); }},
    {"assignee", false,
     [](PlanReader& r, const Entry& e, Tactic& t) { r.read_text(e, t.assignee); }},
    {"start", false, [](PlanReader& r, const Entry& e, Tactic& t) { r.read_date(e, t.start); }},
    {"due", false, [](PlanReader& r, const Entry& e, Tactic& t) { r.read_date(e, t.due); }},
    {"after", false,
     [](PlanReader& r, const Entry& e, Tactic& t) { r.read_refs(e, t.after, "a tactic id"); }},
    {"within", false,
     [](PlanReader& r, const Entry& e, Tactic& t) {
       r.read_duration(e, t.within, load::parse_days, "5d, 2w or 1w2d");
     }},
    {"supports", false,
     [](PlanReader& r, const Entry& e, Tactic& t) { r.read_refs(e, t.supports, "a goal id"); }},
    {"stage", false,
     [](PlanReader& r, const Entry& e, Tactic& t) { r.read_ref(e, t.stage, "a stage id"); }},
    {"repeat", false,
     [](PlanReader& r, const Entry& e, Tactic& t) { r.read_enum(e, t.repeat, kRepeatTable); }},
    {"effort", false,
     [](PlanReader& r, const Entry& e, Tactic& t) {
       r.read_duration(e, t.effort, load::parse_minutes, "1h, 90m or 1h30m");
     }},
    {"measure", false,
     [](PlanReader& r, const Entry& e, Tactic& t) {
       // Written is present, valid or not (like any other key): no unmeasurable-tactic on top.
       t.measure.key = e.key_span;
       t.measure.present = true;
       load::read_section(r, e, kMeasureKeys, t.measure, "the measure", "metric, target, actual");
     }},
    {"status", false,
     [](PlanReader& r, const Entry& e, Tactic& t) { r.read_enum(e, t.status, kStatusTable); }},
    {"done_on", false, [](PlanReader& r, const Entry& e, Tactic& t) { r.read_date(e, t.done_on); }},
    {"notes", false, [](PlanReader& r, const Entry& e, Tactic& t) { r.read_text(e, t.notes); }},
    {"ignore", false, read_ignore<Tactic>},
};

/// The rules between a tactic's keys: `within` needs `after` and excludes `due`;
/// `due` is required unless `after` and `within` give it.
void finish_tactic(PlanReader& r, Tactic& t) {
  if (t.within.present) {
    std::string problem;
    if (!t.after.present) {
      problem =
          "`within` counts from the tactics in `after`, and this tactic has no `after`; add "
          "`after: [tactic-id]` or give `due` instead";
    } else if (t.due.present) {
      problem =
          "give either `due` or `within`, not both: `within` derives the due date from "
          "`after`";
    }
    if (!problem.empty()) {
      r.report(load::kInvalidValue, t.within.at, std::move(problem));
      t.within = Field<int>{};  // ignored from here on
    }
  }
  if (!t.due.present && !t.within.present) {
    const std::string what =
        t.id.known() ? fmt::format("tactic `{}`", *t.id) : std::string("this tactic");
    r.report(load::kMissingField, t.first_key,
             fmt::format("missing required key `due` in {}; give `due`, or `after` with `within`",
                         what));
  }
}

const Keys<TacticalPlan> kTacticalPlanKeys[] = {
    {"name", false, [](PlanReader& r, const Entry& e, TacticalPlan& p) { r.read_text(e, p.name); }},
    {"start", true,
     [](PlanReader& r, const Entry& e, TacticalPlan& p) { r.read_date(e, p.start); }},
    {"end", true, [](PlanReader& r, const Entry& e, TacticalPlan& p) { r.read_date(e, p.end); }},
    {"tactics", true,
     [](PlanReader& r, const Entry& e, TacticalPlan& p) {
       load::read_items(r, e, p.tactics, kTacticKeys, "tactic", 1, finish_tactic);
     }},
};

const Keys<Deal> kDealKeys[] = {
    {"id", true, read_id<Deal>},
    {"name", true, [](PlanReader& r, const Entry& e, Deal& d) { r.read_text(e, d.name); }},
    {"value", true,
     [](PlanReader& r, const Entry& e, Deal& d) {
       r.read_number_in(e, d.value, 0, std::nullopt, "a number of at least 0");
     }},
    {"stage", true,
     [](PlanReader& r, const Entry& e, Deal& d) { r.read_ref(e, d.stage, "a stage id"); }},
    {"owner", false,
     [](PlanReader& r, const Entry& e, Deal& d) { r.read_ref(e, d.owner, "a role id"); }},
    {"assignee", false, [](PlanReader& r, const Entry& e, Deal& d) { r.read_text(e, d.assignee); }},
    {"since", false, [](PlanReader& r, const Entry& e, Deal& d) { r.read_date(e, d.since); }},
    {"close", false, [](PlanReader& r, const Entry& e, Deal& d) { r.read_date(e, d.close); }},
    {"outcome", false,
     [](PlanReader& r, const Entry& e, Deal& d) { r.read_enum(e, d.outcome, kOutcomeTable); }},
    {"closed_on", false,
     [](PlanReader& r, const Entry& e, Deal& d) { r.read_date(e, d.closed_on); }},
    {"ignore", false, read_ignore<Deal>},
};

/// The rules between a deal's keys: `outcome` and `closed_on` come together.
void finish_deal(PlanReader& r, Deal& d) {
  if (d.outcome.present && !d.closed_on.present) {
    const std::string what =
        d.id.known() ? fmt::format("deal `{}`", *d.id) : std::string("this deal");
    r.report(load::kMissingField, d.first_key,
             fmt::format("missing required key `closed_on` in {}; a deal with an `outcome` says "
                         "when it closed",
                         what));
  }
  if (d.closed_on.present && !d.outcome.present) {
    r.report(load::kInvalidValue, d.closed_on.at,
             "`closed_on` is for a closed deal, and this one has no `outcome`; add `outcome: won` "
             "or `outcome: lost`, or remove `closed_on` while the deal is open");
    d.closed_on = Field<Date>{};  // ignored from here on
  }
}

const Keys<Limits> kLimitKeys[] = {
    {"min", false, [](PlanReader& r, const Entry& e, Limits& l) { r.read_positive_int(e, l.min); }},
    {"max", false, [](PlanReader& r, const Entry& e, Limits& l) { r.read_positive_int(e, l.max); }},
};

/// `min` and `max` over defaults; a `max` below the `min` restores both defaults.
void read_limits(PlanReader& r, const Entry& e, Limits& limits, std::string_view unit) {
  const int default_low = limits.low;
  const int default_high = limits.high;
  if (!load::read_section(r, e, kLimitKeys, limits, fmt::format("`{}`", e.key), "min and max")) {
    return;
  }
  if (limits.min.known()) limits.low = *limits.min;
  if (limits.max.known()) limits.high = *limits.max;
  if (limits.low > limits.high) {
    // Reported at `max`, or at the one limit written when the other is its default.
    if (limits.max.known()) {
      r.report(load::kInvalidValue, limits.max.at,
               fmt::format("`max` ({} {}) is below {} ({} {}); the defaults {} to {} {} apply",
                           *limits.max, unit, limits.min.known() ? "`min`" : "the default `min`",
                           limits.low, unit, default_low, default_high, unit));
    } else if (limits.min.known()) {
      r.report(load::kInvalidValue, limits.min.at,
               fmt::format("`min` ({} {}) is above the default `max` ({} {}); give `max` too, or "
                           "the defaults {} to {} {} apply",
                           *limits.min, unit, default_high, unit, default_low, default_high, unit));
    }
    limits.low = default_low;
    limits.high = default_high;
  }
}

/// policy.rules: a level for each rule that is not structural.
void read_rule_settings(PlanReader& r, const Entry& e, std::vector<RuleSetting>& out) {
  if (e.value.kind() != NodeKind::mapping) {
    r.invalid(e, fmt::format("`rules` must be a mapping of rule names to error, warning or off, "
                             "not {}",
                             describe(e.value)));
    return;
  }
  constexpr std::array<std::string_view, 3> kLevels = {"error", "warning", "off"};
  r.for_each_entry(e.value, [&](const Entry& setting) {
    const Rule* rule = r.rule_named(setting.key, setting.key_span, load::kUnknownKey);
    if (!rule) return;
    if (setting.value.is_null() || setting.value_reported) return;
    const std::string_view level = setting.value.is_scalar() ? r.text(setting.value) : "";
    const auto found = std::find(kLevels.begin(), kLevels.end(), level);
    if (found == kLevels.end()) {
      r.invalid(setting,
                fmt::format("a rule's level must be error, warning or off; got {}{}",
                            setting.value.is_scalar() ? fmt::format("`{}`", level)
                                                      : std::string(describe(setting.value)),
                            did_you_mean(level, kLevels)));
      return;
    }
    if (rule->structural) {
      r.invalid(setting,
                fmt::format("`{}` is a structural rule; its level cannot be changed", setting.key));
      return;
    }
    RuleSetting s{std::string(setting.key), std::nullopt, setting.value.span()};
    if (*found == "error") s.severity = Severity::error;
    if (*found == "warning") s.severity = Severity::warning;
    out.push_back(std::move(s));
  });
}

const Keys<Policy> kPolicyKeys[] = {
    {"strategy_years", false,
     [](PlanReader& r, const Entry& e, Policy& p) {
       read_limits(r, e, p.strategy_years, "years");
     }},
    {"tactical_months", false,
     [](PlanReader& r, const Entry& e, Policy& p) {
       read_limits(r, e, p.tactical_months, "months");
     }},
    {"rules", false,
     [](PlanReader& r, const Entry& e, Policy& p) { read_rule_settings(r, e, p.rules); }},
};

const Keys<Plan> kPlanKeys[] = {
    {"version", false,
     [](PlanReader& r, const Entry& e, Plan& p) {
       Reader::locate(e, p.version);
       const auto n = e.value.is_scalar() && e.value.node->plain
                          ? load::parse_number(r.text(e.value))
                          : std::nullopt;
       if (n != 1.0) {
         r.invalid(e, fmt::format("unsupported format version `{}`; this version of plan reads "
                                  "version 1",
                                  r.text(e.value)));
         return;
       }
       p.version.value = 1;
     }},
    {"name", true, [](PlanReader& r, const Entry& e, Plan& p) { r.read_text(e, p.name); }},
    {"as_of", false, [](PlanReader& r, const Entry& e, Plan& p) { r.read_date(e, p.as_of); }},
    {"strategy", true,
     [](PlanReader& r, const Entry& e, Plan& p) {
       p.strategy.present = load::read_section(r, e, kStrategyKeys, p.strategy, "the strategy",
                                               "name, end and goals");
     }},
    {"process", true,
     [](PlanReader& r, const Entry& e, Plan& p) {
       load::read_section(r, e, kProcessKeys, p.process, "the process", "name and stages");
     }},
    {"roles", true,
     [](PlanReader& r, const Entry& e, Plan& p) {
       load::read_items(r, e, p.roles, kRoleKeys, "role", 1);
     }},
    {"tactical_plan", true,
     [](PlanReader& r, const Entry& e, Plan& p) {
       load::read_section(r, e, kTacticalPlanKeys, p.tactical_plan, "the tactical plan",
                          "start, end and tactics");
     }},
    {"deals", false,
     [](PlanReader& r, const Entry& e, Plan& p) {
       load::read_items(r, e, p.deals, kDealKeys, "deal", 0, finish_deal);
     }},
    {"policy", false,
     [](PlanReader& r, const Entry& e, Plan& p) {
       load::read_section(r, e, kPolicyKeys, p.policy, "the policy",
                          "strategy_years, tactical_months or rules");
     }},
};

}  // namespace

LoadResult load_plan(const SourceFile& source, std::span<const Rule* const> rules) {
  LoadResult result;
  load::ParsedYaml parsed = load::parse_yaml(source.text());
  if (parsed.error) {
    result.findings.push_back(std::move(*parsed.error));
    result.document_ok = false;
    return result;
  }
  PlanReader reader(parsed.tree, result.findings, rules);
  const auto read = load::read_mapping(reader, reader.root(), kPlanKeys, result.plan, "the plan");
  reader.report_missing(read, Span{0, 0}, "the plan");
  return result;
}

}  // namespace plan

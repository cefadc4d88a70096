#include "load/key_synonyms.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace plan::load {
namespace {

struct Synonym {
  std::string_view word;
  std::string_view key;
};

// A word may stand for different keys in different mappings (`person` is a
// role's `people` and a tactic's `assignee`): the first row whose key the
// mapping has wins. Words are compared after lowering case and reading `-`
// and ` ` as `_`.
constexpr std::array kSynonyms = {
    // roles
    Synonym{"persons", "people"},
    Synonym{"members", "people"},
    Synonym{"person", "people"},
    Synonym{"staff", "people"},
    Synonym{"team", "people"},
    Synonym{"names", "people"},
    Synonym{"users", "people"},
    Synonym{"reps", "people"},
    Synonym{"employees", "people"},
    // dates
    Synonym{"deadline", "due"},
    Synonym{"due_date", "due"},
    Synonym{"duedate", "due"},
    Synonym{"due_by", "due"},
    Synonym{"by", "due"},
    Synonym{"end_date", "end"},
    Synonym{"end", "due"},
    Synonym{"finish", "end"},
    Synonym{"finish", "due"},
    Synonym{"until", "end"},
    Synonym{"until", "due"},
    Synonym{"start_date", "start"},
    Synonym{"begin", "start"},
    Synonym{"from", "start"},
    Synonym{"starts", "start"},
    Synonym{"completed", "done_on"},
    Synonym{"completed_on", "done_on"},
    Synonym{"completed_at", "done_on"},
    Synonym{"done", "done_on"},
    Synonym{"done_at", "done_on"},
    Synonym{"done_date", "done_on"},
    Synonym{"finished_on", "done_on"},
    Synonym{"today", "as_of"},
    Synonym{"asof", "as_of"},
    Synonym{"date", "as_of"},
    Synonym{"entered", "since"},
    Synonym{"entered_on", "since"},
    Synonym{"in_stage_since", "since"},
    // who
    Synonym{"owner_role", "owner"},
    Synonym{"role", "owner"},
    Synonym{"owned_by", "owner"},
    Synonym{"responsible", "owner"},
    Synonym{"accountable", "owner"},
    Synonym{"assigned_to", "assignee"},
    Synonym{"assigned", "assignee"},
    Synonym{"person", "assignee"},
    Synonym{"who", "assignee"},
    Synonym{"rep", "assignee"},
    // links
    Synonym{"depends_on", "after"},
    Synonym{"dependencies", "after"},
    Synonym{"depends", "after"},
    Synonym{"requires", "after"},
    Synonym{"prerequisites", "after"},
    Synonym{"needs", "after"},
    Synonym{"blocked_by", "after"},
    Synonym{"goal", "supports"},
    Synonym{"goals", "supports"},
    Synonym{"serves", "supports"},
    Synonym{"aligns_with", "supports"},
    Synonym{"phase", "stage"},
    Synonym{"step", "stage"},
    Synonym{"lead_time", "within"},
    Synonym{"duration", "within"},
    // what
    Synonym{"name", "title"},
    Synonym{"title", "name"},
    Synonym{"task", "title"},
    Synonym{"summary", "title"},
    Synonym{"metric", "measure"},
    Synonym{"kpi", "measure"},
    Synonym{"measurement", "measure"},
    Synonym{"state", "status"},
    Synonym{"hours", "effort"},
    Synonym{"estimate", "effort"},
    Synonym{"time", "effort"},
    Synonym{"recurrence", "repeat"},
    Synonym{"recurring", "repeat"},
    Synonym{"frequency", "repeat"},
    Synonym{"cadence", "repeat"},
    Synonym{"every", "repeat"},
    Synonym{"note", "notes"},
    Synonym{"comment", "notes"},
    Synonym{"comments", "notes"},
    Synonym{"exit_criteria", "exit"},
    Synonym{"criteria", "exit"},
    Synonym{"requirements", "exit"},
    Synonym{"probability_to_close", "probability"},
    Synonym{"likelihood", "probability"},
    Synonym{"chance", "probability"},
    Synonym{"win_probability", "probability"},
    Synonym{"prob", "probability"},
    Synonym{"max_age", "max_days"},
    Synonym{"days", "max_days"},
    Synonym{"sla", "max_days"},
    Synonym{"amount", "value"},
    Synonym{"deal_value", "value"},
    Synonym{"size", "value"},
    Synonym{"goal", "target"},
    Synonym{"current", "actual"},
    Synonym{"progress", "actual"},
    Synonym{"achieved", "actual"},
    Synonym{"actuals", "actual"},
    Synonym{"outcome", "status"},
    // lists and sections
    Synonym{"activities", "tactics"},
    Synonym{"tasks", "tactics"},
    Synonym{"actions", "tactics"},
    Synonym{"steps", "stages"},
    Synonym{"phases", "stages"},
    Synonym{"objectives", "goals"},
    Synonym{"targets", "goals"},
    Synonym{"team", "roles"},
    Synonym{"teams", "roles"},
    Synonym{"positions", "roles"},
    Synonym{"opportunities", "deals"},
    Synonym{"prospects", "deals"},
    Synonym{"pipeline", "deals"},
    Synonym{"sales_process", "process"},
    Synonym{"tactical", "tactical_plan"},
    Synonym{"tactics_plan", "tactical_plan"},
    Synonym{"plan", "tactical_plan"},
    Synonym{"suppress", "ignore"},
    Synonym{"disable", "ignore"},
    Synonym{"ignored", "ignore"},
};

std::string normalised(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == ' ') c = '_';
  }
  return out;
}

}  // namespace

std::optional<std::string_view> key_for_synonym(std::string_view word,
                                                std::span<const std::string_view> keys) {
  const std::string w = normalised(word);
  for (const Synonym& s : kSynonyms) {
    if (s.word != w) continue;
    if (std::find(keys.begin(), keys.end(), s.key) != keys.end()) return s.key;
  }
  return std::nullopt;
}

}  // namespace plan::load

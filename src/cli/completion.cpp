// `plan completion bash|zsh|fish`: a completion script for the shell, written
// from the command line's own tables (cli/usage.hpp): the commands, their
// options, every `a|b|c` value's choices, the rule names, and, read from the
// plan already on the command line, its role ids and people. The scripts ask
// `plan completion --roles-of FILE` for those, which loads the plan without
// checking it.

#include <algorithm>
#include <array>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/usage.hpp"
#include "plan/check/rule_table.hpp"
#include "plan/load/load.hpp"
#include "plan/model/rule.hpp"
#include "plan/support/suggest.hpp"

namespace plan::cli {
namespace {

struct CompletionCommand {
  std::string shell;
  std::string roles_of;
  std::string people_of;
  const CLI::App* root = nullptr;
};

constexpr std::array<std::string_view, 3> kShells = {"bash", "zsh", "fish"};

/// What a value is completed with.
enum class Values { nothing, words, files, folders, roles, people };

struct ValueCompletion {
  Values values = Values::nothing;
  std::vector<std::string> words;  ///< for Values::words
};

/// How an option's value completes: by the option's name where the name says
/// what it holds, else by the value it takes (`a|b|c`, RULE, FILE ...).
ValueCompletion value_completion(const OptionUsage& option) {
  const auto named = [&](std::string_view name) {
    return std::find(option.names.begin(), option.names.end(), name) != option.names.end();
  };
  if (named("--role")) return {Values::roles, {}};
  if (named("--person")) return {Values::people, {}};
  if (named("--status")) {
    std::vector<std::string> words(kStatusTable.begin(), kStatusTable.end());
    words.emplace_back("all");
    return {Values::words, words};
  }
  if (auto choices = value_choices(option.value); !choices.empty()) {
    return {Values::words, choices};
  }
  if (option.value == "RULE") {
    return {Values::words, std::vector<std::string>(rule_names().begin(), rule_names().end())};
  }
  if (option.value == "FILE" || option.value == "PATH") return {Values::files, {}};
  if (option.value == "DIR") return {Values::folders, {}};
  return {};
}

/// Text inside single quotes, for any of the three shells ('\'' closes,
/// quotes and reopens; fish takes \' inside quotes instead).
std::string single_quoted(std::string_view text, bool fish = false) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') {
      out += fish ? "\\'" : "'\\''";
    } else if (c == '\\' && fish) {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out + "'";
}

/// The case patterns of the options of a command that take a value.
std::vector<std::string> value_option_patterns(const CommandUsage& command) {
  std::vector<std::string> patterns;
  for (const OptionUsage& option : command.options) {
    if (option.value.empty() || !option.positional.empty()) continue;
    for (const std::string& name : option.names)
      patterns.push_back(fmt::format("\"{} {}\"", command.name, name));
  }
  return patterns;
}

/// The case arm that completes one value, in bash or zsh.
std::string value_arm(const std::vector<std::string>& patterns, const ValueCompletion& completion,
                      bool zsh) {
  std::string action;
  switch (completion.values) {
    case Values::nothing:
      return "";
    case Values::words:
      action = zsh ? fmt::format("compadd -- {}", fmt::join(completion.words, " "))
                   : fmt::format("_plan_words \"{}\"", fmt::join(completion.words, " "));
      break;
    case Values::files:
      action = zsh ? "_files" : "_plan_files -f";
      break;
    case Values::folders:
      action = zsh ? "_files -/" : "_plan_files -d";
      break;
    case Values::roles:
      action = "_plan_names roles";
      break;
    case Values::people:
      action = "_plan_names people";
      break;
  }
  return fmt::format("    {}) {} ;;\n", fmt::join(patterns, "|"), action);
}

/// The shared part of the bash and zsh scripts: which options take a value,
/// and how each value and positional completes.
std::string case_tables(const std::vector<CommandUsage>& usage, bool zsh) {
  std::vector<std::string> takes_value;
  std::string values;
  for (const CommandUsage& command : usage) {
    if (command.name.empty()) continue;
    const auto patterns = value_option_patterns(command);
    takes_value.insert(takes_value.end(), patterns.begin(), patterns.end());
    for (const OptionUsage& option : command.options) {
      std::vector<std::string> arm;
      if (!option.positional.empty()) {
        arm.push_back(fmt::format("\"{} \"", command.name));
      } else if (!option.value.empty()) {
        for (const std::string& name : option.names)
          arm.push_back(fmt::format("\"{} {}\"", command.name, name));
      } else {
        continue;
      }
      values += value_arm(arm, value_completion(option), zsh);
    }
  }
  return fmt::format(
      "# Whether option $2 of command $1 takes a value.\n"
      "_plan_takes_value() {{\n"
      "  case \"$1 $2\" in\n"
      "    {}) return 0 ;;\n"
      "  esac\n"
      "  return 1\n"
      "}}\n\n"
      "# Completes the value of option $2 of command $1 (\"\" for a positional).\n"
      "_plan_value() {{\n"
      "  case \"$1 $2\" in\n"
      "{}"
      "  esac\n"
      "}}\n",
      fmt::join(takes_value, "|"), values);
}

std::string option_words(const CommandUsage& command) {
  std::vector<std::string> words;
  for (const OptionUsage& option : command.options)
    words.insert(words.end(), option.names.begin(), option.names.end());
  return fmt::format("{}", fmt::join(words, " "));
}

std::string bash_script(const std::vector<CommandUsage>& usage) {
  std::vector<std::string> commands;
  std::string options;
  for (const CommandUsage& command : usage) {
    if (command.name.empty()) continue;
    commands.push_back(command.name);
    options += fmt::format("    {}) _plan_words \"{}\" ;;\n", command.name, option_words(command));
  }
  return fmt::format(
      R"sh(# bash completion for plan                                 -*- shell-script -*-
# Written by `plan completion bash` (plan {version}). Load it in this shell
# with `source <(plan completion bash)`; installed, it is
# share/bash-completion/completions/plan.

_plan_words() {{
  local IFS=$' \t\n'
  COMPREPLY=($(compgen -W "$1" -- "$cur"))
}}

_plan_files() {{
  compopt -o filenames 2>/dev/null
  local IFS=$'\n'
  COMPREPLY=($(compgen "$1" -- "$cur"))
}}

# Role ids ($1 = roles) or people ($1 = people) of the first plan file named
# after the command, as `plan completion` lists them.
_plan_names() {{
  local i word skip=0 plan="" name typed IFS=$'\n'
  for ((i = _plan_at + 1; i < COMP_CWORD; i++)); do
    word=${{COMP_WORDS[i]}}
    if ((skip)); then
      [[ $word == = ]] || skip=0
      continue
    fi
    case $word in
      -) ;;
      -*) _plan_takes_value "$_plan_command" "$word" && skip=1 ;;
      *)
        word=${{word/#\~/$HOME}}
        [[ -f $word ]] && plan=$word && break
        ;;
    esac
  done
  COMPREPLY=()
  [[ -n $plan ]] || return
  typed=${{cur//\\/}}
  typed=${{typed#[\"\']}}
  for name in $("${{COMP_WORDS[0]}}" completion "--$1-of" "$plan" 2>/dev/null); do
    [[ $name == "$typed"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
  done
}}

{tables}
# The options of command $1.
_plan_options() {{
  case $1 in
{options}  esac
}}

_plan() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} prev="" i
  ((COMP_CWORD > 0)) && prev=${{COMP_WORDS[COMP_CWORD - 1]}}
  # bash splits `--format=json` at the `=`.
  [[ $cur == = ]] && cur=""
  [[ $prev == = && COMP_CWORD -gt 1 ]] && prev=${{COMP_WORDS[COMP_CWORD - 2]}}
  local _plan_command="" _plan_at=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${{COMP_WORDS[i]}} in
      -*) ;;
      *) _plan_command=${{COMP_WORDS[i]}} _plan_at=$i && break ;;
    esac
  done
  COMPREPLY=()
  if [[ -z $_plan_command ]]; then
    if [[ $cur == -* ]]; then
      _plan_words "{root_options}"
    else
      _plan_words "{commands}"
    fi
  elif [[ $prev == -* ]] && _plan_takes_value "$_plan_command" "$prev"; then
    _plan_value "$_plan_command" "$prev"
  elif [[ $cur == -* ]]; then
    _plan_options "$_plan_command"
  else
    _plan_value "$_plan_command" ""
  fi
}}

complete -F _plan plan
)sh",
      fmt::arg("version", PLAN_VERSION), fmt::arg("tables", case_tables(usage, false)),
      fmt::arg("options", options), fmt::arg("root_options", option_words(usage.front())),
      fmt::arg("commands", fmt::join(commands, " ")));
}

/// `name:description` entries for zsh's _describe, one a line.
std::string zsh_described(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string out;
  for (const auto& [name, description] : items)
    out += fmt::format("      {}\n", single_quoted(fmt::format("{}:{}", name, description)));
  return out;
}

std::string zsh_script(const std::vector<CommandUsage>& usage) {
  std::vector<std::pair<std::string, std::string>> commands;
  std::string options;
  for (const CommandUsage& command : usage) {
    std::vector<std::pair<std::string, std::string>> described;
    for (const OptionUsage& option : command.options) {
      for (const std::string& name : option.names)
        described.emplace_back(name, option.description);
    }
    options += fmt::format("    {})\n      described=(\n{}      ) ;;\n",
                           command.name.empty() ? "''" : command.name, zsh_described(described));
    if (!command.name.empty()) commands.emplace_back(command.name, command.summary);
  }
  return fmt::format(
      R"sh(#compdef plan
# zsh completion for plan, written by `plan completion zsh` (plan {version}).
# Load it in this shell with `source <(plan completion zsh)` (after compinit);
# installed, it is share/zsh/vendor-completions/_plan.

# Role ids ($1 = roles) or people ($1 = people) of the first plan file named
# after the command, as `plan completion` lists them.
_plan_names() {{
  local i word skip=0 plan=""
  for ((i = _plan_at + 1; i < CURRENT; i++)); do
    word=${{words[i]}}
    if ((skip)); then
      skip=0
      continue
    fi
    case $word in
      -) ;;
      --*=*) ;;
      -*) _plan_takes_value "$_plan_command" "$word" && skip=1 ;;
      *)
        word=${{~word}}
        [[ -f $word ]] && plan=$word && break
        ;;
    esac
  done
  [[ -n $plan ]] || return 1
  local -a names
  names=("${{(@f)$(${{words[1]}} completion "--$1-of" "$plan" 2>/dev/null)}}")
  compadd -- "${{names[@]}}"
}}

{tables}
_plan() {{
  local cur=${{words[CURRENT]}} prev=${{words[CURRENT - 1]}} i
  local _plan_command="" _plan_at=0
  for ((i = 2; i < CURRENT; i++)); do
    case ${{words[i]}} in
      -*) ;;
      *) _plan_command=${{words[i]}} _plan_at=$i && break ;;
    esac
  done
  local -a described
  if [[ -z $_plan_command && $cur != -* ]]; then
    described=(
{commands}    )
    _describe command described
    return
  fi
  if [[ $cur == --*=* ]]; then
    local option=${{cur%%=*}}
    compset -P '*='
    _plan_value "$_plan_command" "$option"
  elif [[ $prev == -* ]] && _plan_takes_value "$_plan_command" "$prev"; then
    _plan_value "$_plan_command" "$prev"
  elif [[ $cur == -* ]]; then
    case $_plan_command in
{options}    esac
    _describe option described
  else
    _plan_value "$_plan_command" ""
  fi
}}

if [[ $funcstack[1] == _plan ]]; then
  _plan "$@"
else
  compdef _plan plan
fi
)sh",
      fmt::arg("version", PLAN_VERSION), fmt::arg("tables", case_tables(usage, true)),
      fmt::arg("commands", zsh_described(commands)), fmt::arg("options", options));
}

std::string fish_script(const std::vector<CommandUsage>& usage) {
  std::string lines;
  std::vector<std::string> takes_value;
  for (const CommandUsage& command : usage) {
    const std::string when = command.name.empty()
                                 ? "'not __plan_command'"
                                 : single_quoted("__plan_using " + command.name, true);
    if (!command.name.empty()) {
      lines += fmt::format("complete -c plan -n 'not __plan_command' -a {} -d {}\n", command.name,
                           single_quoted(command.summary, true));
    }
    for (const OptionUsage& option : command.options) {
      std::string line = "complete -c plan -n " + when;
      for (const std::string& name : option.names) {
        line += name.starts_with("--") ? " -l " + name.substr(2) : " -s " + name.substr(1);
        if (!option.value.empty()) takes_value.push_back(command.name + " " + name);
      }
      const ValueCompletion completion = value_completion(option);
      switch (completion.values) {
        case Values::nothing:
          line += option.value.empty() ? "" : " -x";
          break;
        case Values::words:
          line +=
              " -x -a " + single_quoted(fmt::format("{}", fmt::join(completion.words, " ")), true);
          break;
        case Values::files:
          line += option.positional.empty() ? " -r -F" : " -F";
          break;
        case Values::folders:
          line += " -x -a '(__fish_complete_directories)'";
          break;
        case Values::roles:
          line += " -x -a '(__plan_names roles)'";
          break;
        case Values::people:
          line += " -x -a '(__plan_names people)'";
          break;
      }
      lines += line + " -d " + single_quoted(option.description, true) + "\n";
    }
  }
  std::vector<std::string> quoted;
  quoted.reserve(takes_value.size());
  for (const std::string& pair : takes_value)
    quoted.push_back(single_quoted(pair, true));
  return fmt::format(
      R"sh(# fish completion for plan, written by `plan completion fish` (plan {version}).
# Load it in this shell with `plan completion fish | source`; installed, it is
# share/fish/vendor_completions.d/plan.fish.

# The command named on the command line (the first word that is no option).
function __plan_command
    for word in (commandline -opc)[2..-1]
        switch $word
            case '-*'
            case '*'
                echo $word
                return 0
        end
    end
    return 1
end

function __plan_using -a command
    set -l used (__plan_command)
    test "$used" = "$command"
end

function __plan_takes_value -a command option
    contains -- "$command $option" {takes_value}
end

# Role ids ($argv[1] = roles) or people (people) of the first plan file named
# after the command, as `plan completion` lists them.
function __plan_names -a kind
    set -l words (commandline -opc)
    set -l command (__plan_command)
    set -l seen 0
    set -l skip 0
    for word in $words[2..-1]
        if test $seen = 0
            test $word = $command; and set seen 1
            continue
        end
        if test $skip = 1
            set skip 0
            continue
        end
        switch $word
            case - '--*=*'
            case '-*'
                __plan_takes_value $command $word; and set skip 1
            case '*'
                if test -f $word
                    $words[1] completion --$kind-of $word 2>/dev/null
                    return
                end
        end
    end
end

complete -c plan -f
{lines})sh",
      fmt::arg("version", PLAN_VERSION), fmt::arg("takes_value", fmt::join(quoted, " ")),
      fmt::arg("lines", lines));
}

/// One name a line: the plan's role ids or its people, in the plan's order,
/// each once. The plan is loaded, not checked: completion must be quick, and
/// a plan with findings still has names.
int list_names(const std::string& path, bool people) {
  ReadResult read = read_source(path);
  if (!read.source) return kExitUsage;
  const LoadResult loaded = load_plan(*read.source, rule_table());
  std::vector<std::string> names;
  for (const Role& role : loaded.plan.roles.items) {
    if (!people) {
      if (role.id.known()) names.push_back(*role.id);
      continue;
    }
    for (const Text& person : role.people) {
      if (std::find(names.begin(), names.end(), person.value) == names.end())
        names.push_back(person.value);
    }
  }
  return write_stdout(names.empty() ? "" : fmt::format("{}\n", fmt::join(names, "\n")))
             ? kExitOk
             : kExitUsage;
}

int run_completion(const CompletionCommand& cmd) {
  if (!cmd.roles_of.empty()) return list_names(cmd.roles_of, false);
  if (!cmd.people_of.empty()) return list_names(cmd.people_of, true);
  if (std::find(kShells.begin(), kShells.end(), cmd.shell) == kShells.end()) {
    const std::vector<std::string_view> shells(kShells.begin(), kShells.end());
    print_error(cmd.shell.empty()
                    ? "name a shell: bash, zsh or fish"
                    : fmt::format("unknown shell `{}`: plan completes bash, zsh and fish{}",
                                  cmd.shell, did_you_mean(cmd.shell, shells)));
    return kExitUsage;
  }
  const std::vector<CommandUsage> usage = describe_usage(*cmd.root);
  if (cmd.shell == "bash") return write_stdout(bash_script(usage)) ? kExitOk : kExitUsage;
  if (cmd.shell == "zsh") return write_stdout(zsh_script(usage)) ? kExitOk : kExitUsage;
  return write_stdout(fish_script(usage)) ? kExitOk : kExitUsage;
}

}  // namespace

void setup_completion(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<CompletionCommand>();
  cmd->root = command.get_parent();
  command.add_option("shell", cmd->shell, "the shell to complete for")
      ->type_name(fmt::format("{}", fmt::join(kShells, "|")));
  // What the scripts complete `--role` and `--person` with.
  command
      .add_option("--roles-of", cmd->roles_of,
                  "instead, print the role ids of the plan FILE, one a line (what `--role` "
                  "completes with)")
      ->type_name("FILE");
  command
      .add_option("--people-of", cmd->people_of,
                  "instead, print the people of the plan FILE, one a line (what `--person` "
                  "completes with)")
      ->type_name("FILE");
  command.footer(
      "Load it into this shell with `source <(plan completion bash)`,\n"
      "`source <(plan completion zsh)` or `plan completion fish | source`.\n"
      "Installed by `cmake --install` where bash-completion, zsh and fish look for it.\n"
      "Exit status: 0 printed; 2 an unknown shell or a usage error.");
  command.callback([cmd, &exit_code] { exit_code = run_completion(*cmd); });
}

}  // namespace plan::cli

#!/usr/bin/env bash
# Fails when the man pages or the shell completions are out of step with the commands.
#
# Usage: check-docs.sh REPO_ROOT DUES_BINARY
#
# The commands and options are read from `dues --help` and `dues COMMAND --help` (which
# src/cli/app.cpp produces), the environment variables from --help and from getenv() calls
# in src/. Then, for every command and option:
#   - docs/man/dues.1.md names every command (as dues-COMMAND), global option and
#     environment variable; docs/man/dues-COMMAND.1.md exists, names every option of the
#     command in its SYNOPSIS and its OPTIONS sections, and its generated page
#     docs/man/dues-COMMAND.1 exists;
#   - completions/dues.bash, run in bash, offers every command and option;
#   - completions/_dues (zsh) has every option in the command's `(COMMAND)` branch and the
#     global options in its `global=(...)` list;
#   - completions/dues.fish has a `-l OPTION` (`-s X`) line for every option, with the
#     condition `-n '__dues_using COMMAND'` for command options (`-n '__dues_using'` for
#     the commands themselves);
#   - for commands with subcommands (dues customer add), each subcommand and its options
#     are in the command's man page (the SYNOPSIS paragraph that starts with
#     **dues COMMAND SUBCOMMAND** names each option, and the OPTIONS section describes
#     it), offered by bash after `dues COMMAND [SUBCOMMAND]`, in the zsh completion's
#     `(COMMAND)` branch (the subcommand, as 'SUBCOMMAND:description') and
#     `(COMMAND-SUBCOMMAND)` branch (its options), and on the fish lines with
#     `-n '__dues_using COMMAND'` (the subcommand) and `-n '__dues_using COMMAND
#     SUBCOMMAND'` (its options).
# Everything missing is printed, one line each; the exit status is 1 if anything is.
set -uo pipefail

root=${1:?usage: check-docs.sh REPO_ROOT DUES_BINARY}
dues=${2:?usage: check-docs.sh REPO_ROOT DUES_BINARY}
man=$root/docs/man
bash_completion=$root/completions/dues.bash
zsh_completion=$root/completions/_dues
fish_completion=$root/completions/dues.fish
problems=0

missing() {
  echo "check-docs: $*"
  problems=$((problems + 1))
}

# The options listed in the Options: section of a CLI11 help text, without -h/--help.
help_options() {
  awk '/^[A-Z][a-z]*:$/ { section = $1; next }
       section == "Options:" && /^  -/ { print $1 }' |
    tr ',' '\n' | sed 's/[=:].*//' | grep -v -x -e -h -e --help
}

# The subcommands listed in the Subcommands: section of a CLI11 help text.
help_commands() {
  awk '/^[A-Z][a-z]*:$/ { section = $1; next }
       section == "Subcommands:" && /^  [a-z]/ { print $1 }'
}

# True when the text on stdin mentions WORD as a whole word (an option, a name). Reads all
# of stdin (no -q), so that the writer of a pipe never dies of SIGPIPE under pipefail.
mentions() {
  grep -E -- "(^|[^-_A-Za-z0-9])$1([^-_A-Za-z0-9]|\$)" >/dev/null
}

# The pandoc source of a man page, with \-\- written back as --.
man_text() {
  sed 's/\\-/-/g' "$1"
}

# The lines of one section (# OPTIONS) of a man page source, with \-\- written as --.
man_section() {
  man_text "$1" | awk -v want="# $2" '$0 == want { on = 1; next } /^# / { on = 0 } on'
}

# The SYNOPSIS paragraph of a man page source that starts with **WORDS** (the words of
# `dues invoice new`, bold), with \-\- written as --.
man_synopsis() {
  man_section "$1" SYNOPSIS | awk -v want="**$2**" '
    index($0, want) == 1 { on = 1 } /^$/ { on = 0 } on'
}

# What the bash completion offers for a command line (the words as arguments).
bash_offers() {
  bash -c 'source "$1" || exit 1; shift
           COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
           _dues; printf "%s\n" "${COMPREPLY[@]}"' check-docs "$bash_completion" "$@"
}

# The lines of the zsh completion between `(COMMAND)` and `;;`.
zsh_branch() {
  awk -v want="($1)" '$1 == want { on = 1; next } on && /;;/ { exit } on { print }' \
    "$zsh_completion"
}

# The zsh completion's global option list.
zsh_globals() {
  awk '/^ *global=\(/ { on = 1; next } on && /^ *\)/ { exit } on { print }' "$zsh_completion"
}

# The fish `complete` flag for an option: -l name or -s X.
fish_flag() {
  case $1 in
    --*) echo "-l ${1#--}" ;;
    -?) echo "-s ${1#-}" ;;
  esac
}

top_help=$("$dues" --help) || {
  echo "check-docs: '$dues --help' failed"
  exit 1
}
commands=$(help_commands <<<"$top_help")
globals=$(help_options <<<"$top_help")
environment=$( (
  grep -o '(Env:[A-Z_]*)' <<<"$top_help" | sed 's/(Env:\(.*\))/\1/'
  grep -rhoE 'getenv\("[A-Z_]+"\)' "$root/src" | sed 's/getenv("\(.*\)")/\1/'
) | sort -u)
if [[ -z $commands || -z $globals ]]; then
  echo "check-docs: found no commands or no options in '$dues --help'"
  exit 1
fi

for file in "$man/dues.1.md" "$bash_completion" "$zsh_completion" "$fish_completion"; do
  [[ -f $file ]] || missing "${file#"$root"/} does not exist"
done

# The overview page: commands, global options, environment.
if [[ -f $man/dues.1.md ]]; then
  for command in $commands; do
    man_text "$man/dues.1.md" | mentions "dues-$command" ||
      missing "docs/man/dues.1.md: command '$command' (dues-$command) is missing"
  done
  for option in $globals --version; do
    man_text "$man/dues.1.md" | mentions "$option" ||
      missing "docs/man/dues.1.md: global option '$option' is missing"
  done
  for variable in $environment; do
    man_text "$man/dues.1.md" | mentions "$variable" ||
      missing "docs/man/dues.1.md: environment variable '$variable' is missing"
  done
fi

# Pandoc turns a bare -- into an en dash; an option written so reads wrong in the page.
for page in "$man"/*.1; do
  [[ -f $page ]] || continue
  if grep -q -E '\\\[(en|em)\][a-z]' "$page"; then
    missing "${page#"$root"/}: '--' became a dash; write options as **\\-\\-name** in the .md"
  fi
done

# Bash: real completions.
if [[ -f $bash_completion ]]; then
  offered=$(bash_offers dues '')
  for command in $commands; do
    mentions "$command" <<<"$offered" ||
      missing "completions/dues.bash: command '$command' is not offered after 'dues '"
  done
  offered=$(bash_offers dues -)
  for option in $globals --version --help; do
    mentions "$option" <<<"$offered" ||
      missing "completions/dues.bash: global option '$option' is not offered after 'dues -'"
  done
fi

# zsh and fish: global options.
if [[ -f $zsh_completion ]]; then
  for option in $globals --version --help; do
    zsh_globals | mentions "$option" ||
      missing "completions/_dues: global option '$option' is missing from global=(...)"
  done
fi
if [[ -f $fish_completion ]]; then
  for option in $globals --version --help; do
    grep -E '^complete -c dues ' "$fish_completion" | grep -v -- ' -n ' |
      mentions "$(fish_flag "$option")" ||
      missing "completions/dues.fish: global option '$option' ($(fish_flag "$option")) is missing"
  done
  for command in $commands; do
    grep -F -- "-n '__dues_using'" "$fish_completion" | mentions "-a $command" ||
      missing "completions/dues.fish: command '$command' (-a $command) is missing"
  done
fi

# Each command: its man page and its options everywhere.
for command in $commands; do
  options=$("$dues" "$command" --help | help_options)
  page=$man/dues-$command.1.md
  if [[ ! -f $page ]]; then
    missing "docs/man/dues-$command.1.md does not exist"
  else
    [[ -f ${page%.md} ]] ||
      missing "docs/man/dues-$command.1 does not exist (run tools/gen-man.sh)"
    for option in $options; do
      man_section "$page" SYNOPSIS | mentions "$option" ||
        missing "docs/man/dues-$command.1.md: option '$option' is missing from the SYNOPSIS"
      man_section "$page" OPTIONS | mentions "$option" ||
        missing "docs/man/dues-$command.1.md: option '$option' is missing from the OPTIONS"
    done
  fi
  if [[ -f $bash_completion ]]; then
    offered=$(bash_offers dues "$command" -)
    for option in $options $globals; do
      mentions "$option" <<<"$offered" ||
        missing "completions/dues.bash: '$option' is not offered after 'dues $command -'"
    done
  fi
  if [[ -f $zsh_completion ]]; then
    branch=$(zsh_branch "$command")
    [[ -n $branch ]] || missing "completions/_dues: command '$command' has no ($command) branch"
    grep -F -- "'$command:" "$zsh_completion" >/dev/null ||
      missing "completions/_dues: command '$command' is missing from the command list"
    for option in $options; do
      mentions "$option" <<<"$branch" ||
        missing "completions/_dues: option '$option' of '$command' is missing"
    done
  fi
  if [[ -f $fish_completion ]]; then
    for option in $options; do
      grep -F -- "-n '__dues_using $command'" "$fish_completion" |
        mentions "$(fish_flag "$option")" ||
        missing "completions/dues.fish: option '$option' of '$command' ($(fish_flag "$option")) is missing"
    done
  fi
done

# Commands with their own subcommands (dues customer add, ...): each subcommand and its
# options must be in the command's man page and in every completion.
for command in $commands; do
  subcommands=$("$dues" "$command" --help | help_commands)
  for subcommand in $subcommands; do
    options=$("$dues" "$command" "$subcommand" --help | help_options)
    page=$man/dues-$command.1.md
    if [[ -f $page ]]; then
      synopsis=$(man_synopsis "$page" "dues $command $subcommand")
      [[ -n $synopsis ]] ||
        missing "docs/man/dues-$command.1.md: no SYNOPSIS paragraph starts with **dues $command $subcommand**"
      for option in $options; do
        mentions "$option" <<<"$synopsis" ||
          missing "docs/man/dues-$command.1.md: '$option' of 'dues $command $subcommand' is missing from its SYNOPSIS"
        man_section "$page" OPTIONS | mentions "$option" ||
          missing "docs/man/dues-$command.1.md: '$option' of 'dues $command $subcommand' is missing from the OPTIONS"
      done
    fi
    if [[ -f $bash_completion ]]; then
      bash_offers dues "$command" '' | mentions "$subcommand" ||
        missing "completions/dues.bash: '$subcommand' is not offered after 'dues $command '"
      offered=$(bash_offers dues "$command" "$subcommand" -)
      for option in $options; do
        mentions "$option" <<<"$offered" ||
          missing "completions/dues.bash: '$option' is not offered after 'dues $command $subcommand -'"
      done
    fi
    if [[ -f $zsh_completion ]]; then
      zsh_branch "$command" | grep -F -- "'$subcommand:" >/dev/null ||
        missing "completions/_dues: subcommand '$subcommand' is missing from the ($command) branch"
      branch=$(zsh_branch "$command-$subcommand")
      [[ -n $branch ]] ||
        missing "completions/_dues: 'dues $command $subcommand' has no ($command-$subcommand) branch"
      for option in $options; do
        mentions "$option" <<<"$branch" ||
          missing "completions/_dues: option '$option' of 'dues $command $subcommand' is missing"
      done
    fi
    if [[ -f $fish_completion ]]; then
      grep -F -- "-n '__dues_using $command'" "$fish_completion" | mentions "-a $subcommand" ||
        missing "completions/dues.fish: subcommand '$subcommand' of '$command' (-a $subcommand) is missing"
      for option in $options; do
        grep -F -- "-n '__dues_using $command $subcommand'" "$fish_completion" |
          mentions "$(fish_flag "$option")" ||
          missing "completions/dues.fish: option '$option' of 'dues $command $subcommand' ($(fish_flag "$option")) is missing"
      done
    fi
  done
done

if ((problems > 0)); then
  echo "check-docs: $problems missing; see docs/man/ and completions/"
  exit 1
fi
echo "check-docs: $(wc -w <<<"$commands") commands and their options are in the man pages and the bash, zsh and fish completions"

# bash completion for dues                                    -*- shell-script -*-
#
# Install: copy to /usr/share/bash-completion/completions/dues (or
# ~/.local/share/bash-completion/completions/dues), or `source` it from ~/.bashrc.
# Needs plain bash only; the bash-completion package is not required.
#
# Keep in step with src/cli/app.cpp: tests/lint/check-docs.sh fails when a command or an
# option is missing here, and tests/cli/completions.t runs this file in bash.

_dues_commands="init check fmt aging"
_dues_global_options="-C --today --color --version --help"

# The options of one command (--help and the global options are added to every command).
_dues_command_options() {
  case $1 in
    init) echo "--currency --company" ;;
    check) ;;
    fmt) echo "--check" ;;
    aging) echo "--as-of --basis --buckets --detail --customer --currency --format" ;;
  esac
}

# True when the option takes a value in the next word.
_dues_takes_value() {
  case $1 in
    -C | --today | --color | --currency | --company | --as-of | --basis | --buckets | \
      --customer | --format) return 0 ;;
  esac
  return 1
}

# Prints the ledger folder the command line being completed names: -C DIR, else
# $DUES_LEDGER, else the nearest folder upwards from here that holds dues.toml.
_dues_ledger_dir() {
  local i dir=
  for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
    case ${COMP_WORDS[i]} in
      -C) dir=${COMP_WORDS[i + 1]} ;;
      -C?*) dir=${COMP_WORDS[i]#-C} ;;
    esac
  done
  dir=${dir:-${DUES_LEDGER:-}}
  if [[ -n $dir ]]; then
    [[ $dir == "~"* ]] && dir=$HOME${dir#"~"}
    [[ -f $dir/dues.toml ]] && printf '%s\n' "$dir"
    return
  fi
  dir=$PWD
  while [[ -n $dir ]]; do
    if [[ -f $dir/dues.toml ]]; then
      printf '%s\n' "$dir"
      return
    fi
    dir=${dir%/*}
  done
  [[ -f /dues.toml ]] && printf '/\n'
}

# Prints the customer ids of the ledger, one per line: the table names of customers.toml.
# When dues gets a listing command, this is the one place to change, e.g. to
#   dues ${ledger:+-C "$ledger"} customer list --format ids 2>/dev/null
_dues_customer_ids() {
  local ledger line
  local table='^[[:space:]]*\[[[:space:]]*["'"'"']?([^]["'"'"']+)["'"'"']?[[:space:]]*\]'
  ledger=$(_dues_ledger_dir) || return
  [[ -n $ledger && -r $ledger/customers.toml ]] || return
  while IFS= read -r line; do
    [[ $line =~ $table ]] && printf '%s\n' "${BASH_REMATCH[1]}"
  done <"$ledger/customers.toml"
  return 0
}

_dues() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=${COMP_WORDS[COMP_CWORD - 1]}
  COMPREPLY=()
  # --option=value: bash splits at '=' (COMP_WORDBREAKS).
  if [[ $cur == = ]]; then
    cur=
  fi
  if [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi

  # The command: the first word that is neither an option nor an option's value.
  local i word command=
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ ${COMP_WORDS[i + 1]:-} == = ]]; then
      ((i += 2))
      continue
    fi
    if _dues_takes_value "$word"; then
      ((i++))
    elif [[ $word != -* ]]; then
      command=$word
      break
    fi
  done

  case $prev in
    -C)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      return
      ;;
    --color)
      mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
      return
      ;;
    --basis)
      mapfile -t COMPREPLY < <(compgen -W "due invoice" -- "$cur")
      return
      ;;
    --format)
      mapfile -t COMPREPLY < <(compgen -W "table csv json" -- "$cur")
      return
      ;;
    --customer)
      mapfile -t COMPREPLY < <(compgen -W "$(_dues_customer_ids)" -- "$cur")
      return
      ;;
    --today | --as-of | --buckets | --currency | --company)
      return # free values: nothing sensible to offer
      ;;
  esac

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_dues_command_options "$command") $_dues_global_options" -- "$cur")
  elif [[ -z $command ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$_dues_commands" -- "$cur")
  elif [[ $command == init ]]; then
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
  fi
}

complete -F _dues dues

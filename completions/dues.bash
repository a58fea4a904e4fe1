# bash completion for dues                                    -*- shell-script -*-
#
# Install: copy to /usr/share/bash-completion/completions/dues (or
# ~/.local/share/bash-completion/completions/dues), or `source` it from ~/.bashrc.
# Needs plain bash only; the bash-completion package is not required.
#
# Keep in step with src/cli/app.cpp: tests/lint/check-docs.sh fails when a command, a
# subcommand or an option is missing here, and tests/cli/completions.t runs this file in
# bash.
#
# Commands and options are completed from the lists below, without running dues.
# Values that live in the ledger are read cheaply, with the dues found on PATH: customer
# ids with `dues customer list --format ids` (reads customers.toml only), invoice ids with
# `dues invoice list --format ids` (reads the ledger); terms, series and bank profile
# names from the [terms.NAME], [series.NAME] and [bank.NAME] tables of dues.toml, draft
# names from drafts/*.toml and profile names from bank/*.toml.

_dues_commands="init check fmt reconcile aging pay apply refund writeoff dispute statement customer invoice credit recur export collect report"
_dues_commands+=" send" # sending
_dues_commands+=" remind note promise" # collections
_dues_commands+=" merge-driver git seal log" # teamwork
_dues_commands+=" import" # import
_dues_commands+=" company" # conveniences
_dues_commands+=" security backup restore" # privacy

# Global options, before the command or after it. A trailing '=' marks an option that
# takes a value (it is not offered with the '=').
_dues_global_options="-C= --today= --color= --version --help"
_dues_global_options+=" --bom" # conveniences

# The subcommands of a command group.
_dues_subcommands() {
  case $1 in
    customer) echo "add list show set export-data forget" ;;
    invoice) echo "new issue void list show render" ;;
    report) echo "dso forecast risk tax payments collections" ;;
    git) echo "setup" ;; # teamwork
    import) echo "customers open-items" ;;
    company) echo "set show" ;; # conveniences
    security) echo "status rekey" ;; # privacy
  esac
}

# The options of a command ("aging") or of a subcommand ("invoice new"), '=' marking those
# that take a value. --help and the global options are added to every command.
_dues_command_options() {
  case $1 in
    init) echo "--currency= --company= --git --country=" ;;
    check) echo "--audit" ;;
    fmt) echo "--check" ;;
    reconcile) echo "--profile= --apply --dry-run --format= --date-tolerance= --profile-check= --rows= --unmask --input-format=" ;;
    collect) echo "--as-of= --due-by= --output= --pain= --dry-run" ;;
    aging) echo "--as-of= --basis= --buckets= --detail --customer= --currency= --format=" ;;
    pay) echo "--currency= --date= --method= --ref= --fee= --apply= --no-apply --dry-run --format=" ;;
    apply) echo "--all --apply= --currency= --date= --dry-run --format=" ;;
    refund) echo "--currency= --date= --method= --ref= --from= --dry-run --format=" ;;
    writeoff) echo "--amount= --reason= --date= --dry-run --format=" ;;
    dispute) echo "--reason= --resolve --date= --dry-run --format=" ;;
    statement) echo "--from= --to= --currency= --format= --output= --unmask" ;;
    credit) echo "--item= --full --reason= --date= --no-apply --dry-run --format=" ;;
    recur) echo "--as-of= --dry-run --over-limit" ;;
    send) echo "--unsent --as-of= --resend --dry-run --statement=" ;; # sending
    remind) echo "--as-of= --customer= --send --outbox= --dry-run --format=" ;; # collections
    note) echo "--date= --dry-run --format=" ;;
    promise) echo "--date= --amount= --text= --on= --dry-run --format=" ;;
    "git setup") echo "--chain" ;; # teamwork
    seal | merge-driver) ;;
    log) echo "--no-git" ;;
    "customer add")
      echo "--name= --alias= --email= --address= --country= --tax-id= --bank-account="
      echo "--currency= --terms= --credit-limit= --tag="
      ;;
    "customer list") echo "--tag= --format= --unmask" ;;
    "customer show") echo "--format= --unmask --reveal" ;;
    "customer export-data") echo "--format= -o --output= --reveal" ;; # privacy
    "customer forget") echo "--apply" ;;
    "security rekey") echo "--dry-run" ;; # privacy
    backup) echo "--verify" ;;
    restore) ;;
    "customer set") echo "--add --remove --unset --unmask" ;;
    "company set") echo "--unset" ;; # conveniences
    "company show") echo "--format=" ;;
    "invoice new")
      echo "--item= --date= --terms= --due= --discount= --currency= --ref= --po= --note="
      echo "--prices= --series= --number= --draft --name= --over-limit --dry-run"
      ;;
    "invoice issue") echo "--date= --number= --over-limit --dry-run" ;;
    "invoice void") echo "--reason= --date=" ;;
    "invoice list") echo "--status= --customer= --as-of= --format=" ;;
    "invoice show") echo "--as-of= --format=" ;;
    "invoice render") echo "--format= --output= --as-of=" ;;
    export) echo "--format= --from= --to= --output= --table=" ;;
    "report dso" | "report forecast" | "report payments")
      echo "--as-of= --customer= --currency= --format= --by= --periods=" ;;
    "report risk") echo "--as-of= --customer= --currency= --format= --warnings-only" ;;
    "report tax") echo "--as-of= --customer= --currency= --format= --period= --from= --to=" ;;
    "import customers") echo "--map= --delimiter= --input-format= --apply --dry-run" ;; # import
    "import open-items")
      echo "--map= --delimiter= --input-format= --apply --dry-run --date-format= --decimal-mark= --thousands="
      echo "--currency= --source="
      ;;
    "report collections") echo "--as-of= --customer= --currency= --format=" ;;
  esac
}

# The values of --format for a command.
_dues_formats() {
  case $1 in
    aging | "report "*) echo "table csv json html xlsx" ;;
    remind) echo "table csv json" ;; # collections
    reconcile) echo "table json" ;;
    statement) echo "table csv json html xlsx pdf" ;;
    "customer list") echo "table csv json ids" ;;
    "invoice list") echo "table csv json ids document-ids" ;;
    "invoice render") echo "text html pdf" ;;
    export) echo "beancount ledger hledger csv json sqlite" ;;
    *) echo "text json" ;; # pay, apply, refund, writeoff, dispute, customer show, invoice show
  esac
}

# True when OPTION of the command KEY takes a value in the next word.
_dues_takes_value() {
  local options=" $(_dues_command_options "$1") $_dues_global_options "
  options=${options//$'\n'/ }
  [[ $options == *" $2= "* ]]
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
    return 0
  fi
  dir=$PWD
  while [[ -n $dir ]]; do
    if [[ -f $dir/dues.toml ]]; then
      printf '%s\n' "$dir"
      return 0
    fi
    dir=${dir%/*}
  done
  [[ -f /dues.toml ]] && printf '/\n'
  return 0
}

# Prints the customer ids of the ledger, one per line (dues reads customers.toml only).
_dues_customer_ids() {
  local ledger
  ledger=$(_dues_ledger_dir)
  [[ -n $ledger ]] || return 0
  command dues -C "$ledger" customer list --format ids 2>/dev/null
  return 0
}

# Prints the ids of the ledger's invoices, one per line; with STATUS only those in that
# state (open, disputed, ...). Reads the whole ledger, and prints nothing when it has
# errors.
_dues_invoice_ids() {
  local ledger
  ledger=$(_dues_ledger_dir)
  [[ -n $ledger ]] || return 0
  command dues -C "$ledger" invoice list --format ids ${1:+--status "$1"} 2>/dev/null
  return 0
}

# Prints the ids of every invoice and credit note, one per line (show, render, void, send).
_dues_document_ids() {
  local ledger
  ledger=$(_dues_ledger_dir)
  [[ -n $ledger ]] || return 0
  command dues -C "$ledger" invoice list --format document-ids 2>/dev/null
  return 0
}

# Prints the names of the series of dues.toml that number documents of KIND (invoice,
# credit, ...): a [series.NAME] numbers the kind its `kind` key says, else the kind NAME.
_dues_series_of_kind() {
  local ledger line name='' kind=''
  ledger=$(_dues_ledger_dir)
  [[ -n $ledger && -r $ledger/dues.toml ]] || return 0
  local bare='^[[:space:]]*\[[[:space:]]*series\.([A-Za-z0-9_-]+)[[:space:]]*\]'
  local quoted='^[[:space:]]*\[[[:space:]]*series\."([^"]+)"[[:space:]]*\]'
  local table='^[[:space:]]*\['
  local kind_key='^[[:space:]]*kind[[:space:]]*=[[:space:]]*"([a-z]+)"'
  while IFS= read -r line; do
    if [[ $line =~ $table ]]; then
      [[ -n $name && ${kind:-$name} == "$1" ]] && printf '%s\n' "$name"
      name='' kind=''
      if [[ $line =~ $bare || $line =~ $quoted ]]; then
        name=${BASH_REMATCH[1]}
      fi
    elif [[ -n $name && $line =~ $kind_key ]]; then
      kind=${BASH_REMATCH[1]}
    fi
  done <"$ledger/dues.toml"
  [[ -n $name && ${kind:-$name} == "$1" ]] && printf '%s\n' "$name"
  return 0
}

# Prints the names of the [PREFIX.NAME] tables of the ledger's dues.toml (terms, series,
# bank), one per line.
_dues_settings_tables() {
  local ledger line
  ledger=$(_dues_ledger_dir)
  [[ -n $ledger && -r $ledger/dues.toml ]] || return 0
  local bare='^[[:space:]]*\[[[:space:]]*'"$1"'\.([A-Za-z0-9_-]+)[[:space:]]*\]'
  local quoted='^[[:space:]]*\[[[:space:]]*'"$1"'\."([^"]+)"[[:space:]]*\]'
  while IFS= read -r line; do
    if [[ $line =~ $bare || $line =~ $quoted ]]; then
      printf '%s\n' "${BASH_REMATCH[1]}"
    fi
  done <"$ledger/dues.toml"
  return 0
}

# Prints the names of the TOML files in the ledger's FOLDER (drafts, bank), one per line.
_dues_toml_stems() {
  local ledger file
  ledger=$(_dues_ledger_dir)
  [[ -n $ledger ]] || return 0
  for file in "$ledger/$1"/*.toml; do
    [[ -f $file ]] || continue
    file=${file##*/}
    printf '%s\n' "${file%.toml}"
  done
  return 0
}

# Prints the bank profile names: [bank.NAME] in dues.toml and bank/NAME.toml.
_dues_profile_names() {
  _dues_settings_tables bank
  _dues_toml_stems bank
}

# Completes CUR from a list of words, or with file (-f) or folder (-d) names.
_dues_reply() {
  case $1 in
    -f | -d)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen "$1" -- "$cur")
      ;;
    *) mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur") ;;
  esac
}

# Completes the value of OPTION of the command KEY.
_dues_option_value() {
  local key=$1 option=$2
  case $option in
    -C) _dues_reply -d ;;
    --output | --profile-check) _dues_reply -f ;;
    --color) _dues_reply "auto always never" ;;
    --basis) _dues_reply "due invoice" ;;
    --decimal-mark) _dues_reply ". ," ;; # import
    --delimiter) _dues_reply ", ; | tab" ;;
    --input-format)
      case $key in
        import*) _dues_reply "csv json" ;; # import
        *) _dues_reply "csv camt053 camt054 mt940" ;;
      esac
      ;;
    --pain) _dues_reply "02 08" ;;
    --country) [[ $key == init ]] && _dues_reply "AT AU BE CA CH CN DE DK ES FR GB IT JP KR LU NL NO PL PT SG US" ;; # conveniences
    --by) _dues_reply "week month quarter" ;;
    --method) _dues_reply "bank cash card alipay wechat cheque other" ;;
    --status) _dues_reply "open paid overdue partially-paid disputed written-off void draft" ;;
    --prices) _dues_reply "exclusive inclusive" ;;
    --format) _dues_reply "$(_dues_formats "$key")" ;;
    --customer) _dues_reply "$(_dues_customer_ids)" ;;
    --statement) _dues_reply "$(_dues_customer_ids)" ;; # send --statement CUSTOMER
    --terms) _dues_reply "$(_dues_settings_tables terms)" ;;
    --series) _dues_reply "$(_dues_series_of_kind invoice)" ;; # invoice new: invoice series
    --apply) _dues_reply "$(_dues_invoice_ids open)" ;; # pay, apply: an open invoice
    --profile)
      if [[ $cur == */* ]]; then
        _dues_reply -f # --profile path/to/profile.toml
      else
        _dues_reply "$(_dues_profile_names)"
      fi
      ;;
    *) ;; # dates, amounts, text: nothing sensible to offer
  esac
}

# Completes the positional argument number N (from 0) of the command KEY.
_dues_argument() {
  local key=$1 n=$2 field=${3:-}
  case "$key:$n" in
    init:0) _dues_reply -d ;;
    reconcile:0) _dues_reply -f ;;
    "import customers:0" | "import open-items:0") _dues_reply -f ;; # import
    pay:0 | refund:0 | statement:0 | apply:0 | "invoice new:0" | "customer show:0" | "customer set:0")
      _dues_reply "$(_dues_customer_ids)"
      ;;
    writeoff:0) _dues_reply "$(_dues_invoice_ids open)" ;;
    promise:0) _dues_reply "$(_dues_invoice_ids open)" ;; # collections
    note:0) _dues_reply "$(_dues_customer_ids) $(_dues_invoice_ids)" ;;
    dispute:0)
      if [[ " ${COMP_WORDS[*]} " == *" --resolve "* ]]; then
        _dues_reply "$(_dues_invoice_ids disputed)"
      else
        _dues_reply "$(_dues_invoice_ids open)"
      fi
      ;;
    credit:0) _dues_reply "$(_dues_invoice_ids)" ;;
    "invoice void:0" | "invoice show:0" | "invoice render:"* | send:* | log:0)
      _dues_reply "$(_dues_document_ids)" # invoices and credit notes
      ;;
    "invoice issue:0") _dues_reply "$(_dues_toml_stems drafts)" ;;
    "customer set:1")
      _dues_reply "name aliases emails address country tax-id bank-accounts currency terms credit-limit tags allocation notes dunning reminder-emails language"
      ;;
    "company set:0") _dues_reply "name address tax-id email phone currency iban bic bank country creditor-id logo account-number routing-number" ;; # conveniences
    "customer set:2")
      case $field in
        allocation) _dues_reply "oldest-due manual" ;;
        terms) _dues_reply "$(_dues_settings_tables terms)" ;;
      esac
      ;;
  esac
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

  # The command ("aging"), its subcommand ("invoice new": the key is both) and the
  # positional arguments so far: the words that are neither options nor their values.
  local i word command= subcommand= key=
  local -a arguments=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ ${COMP_WORDS[i + 1]:-} == = ]]; then
      ((i += 2))
    elif [[ $word == -* ]]; then
      _dues_takes_value "$key" "$word" && ((i++))
    elif [[ -z $command ]]; then
      command=$word key=$word
    elif [[ -z $subcommand && -n $(_dues_subcommands "$command") ]]; then
      subcommand=$word key="$command $word"
    else
      arguments+=("$word")
    fi
  done

  if _dues_takes_value "$key" "$prev"; then
    _dues_option_value "$key" "$prev"
  elif [[ $cur == -* ]]; then
    local options="$(_dues_command_options "$key") $_dues_global_options"
    _dues_reply "${options//=/}"
  elif [[ -z $command ]]; then
    _dues_reply "$_dues_commands"
  elif [[ -n $(_dues_subcommands "$command") && -z $subcommand ]]; then
    _dues_reply "$(_dues_subcommands "$command")"
  else
    _dues_argument "$key" "${#arguments[@]}" "${arguments[1]:-}"
  fi
}

complete -F _dues dues

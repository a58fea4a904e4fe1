#!/usr/bin/env bash
# Each folder of src/ includes only from the folders below it in the data flow
# (CONTRIBUTING.md): base <- syntax <- model <- query <- render <- cli; bank <- base only;
# query (and what is above it) may read bank; store (files other than text: SQLite) sits
# beside render, on query; mail <- base only, read by cli; crypt (age, HMAC) <- base
# only, read by query and above. Only the command-line
# declaration files (src/cli/app.cpp, app_receipts.cpp, app_invoicing.cpp, app_team.cpp, app_privacy.cpp and their
# app_declare.hpp) include CLI11, and only they include app_declare.hpp.
# Usage: check-layering.sh REPO_ROOT [DUES_BINARY]
set -euo pipefail
root=${1:?usage: check-layering.sh REPO_ROOT}
cd "$root"

allowed_for() {
  case $1 in
  base) echo "base" ;;
  bank) echo "base bank" ;;
  syntax) echo "base syntax" ;;
  model) echo "base syntax model" ;;
  query) echo "base syntax model bank crypt query" ;;
  render) echo "base syntax model bank crypt query render" ;;
  store) echo "base syntax model bank crypt query store" ;;
  mail) echo "base mail" ;;
  crypt) echo "base crypt" ;;
  cli) echo "base syntax model bank query render store mail crypt cli" ;;
  .) echo "base syntax model bank query render store mail crypt cli" ;; # main.cpp
  *) echo "" ;;
  esac
}

status=0
complain() {
  echo "$1" >&2
  status=1
}

while IFS= read -r file; do
  folder=$(dirname "${file#src/}")
  allowed=$(allowed_for "$folder")
  if [[ -z $allowed ]]; then
    complain "$file: src/$folder is not a known layer; add it to tests/lint/check-layering.sh"
    continue
  fi
  while IFS=: read -r line text; do
    if [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]*)\" ]]; then
      target=${BASH_REMATCH[1]}
      if [[ $target != */* ]]; then
        complain "$file:$line: include \"$target\" with its folder, as in \"$folder/$target\""
        continue
      fi
      layer=${target%%/*}
      if [[ " $allowed " != *" $layer "* ]]; then
        complain "$file:$line: $folder may not include $target (allowed: $allowed)"
      fi
    elif [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\<CLI/ && ! $file =~ ^src/cli/app(_declare\.hpp|\.cpp|_receipts\.cpp|_invoicing\.cpp|_team\.cpp|_privacy\.cpp)$ ]]; then
      complain "$file:$line: only src/cli/app.cpp (and its app_*.cpp, app_declare.hpp) includes CLI11"
    fi
    if [[ $text =~ cli/app_declare\.hpp && ! $file =~ ^src/cli/app(_receipts|_invoicing|_team|_privacy)?\.cpp$ ]]; then
      complain "$file:$line: only src/cli/app*.cpp (the command-line declarations) include cli/app_declare.hpp"
    fi
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include' "$file" || true)
done < <(find src -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) | sort)

exit $status

#!/usr/bin/env bash
# Money is exact: the tokens `float` and `double` never appear in src/ outside comments
# (and string literals, which are text for people).
# Usage: check-no-float.sh REPO_ROOT [DUES_BINARY]
set -euo pipefail
root=${1:?usage: check-no-float.sh REPO_ROOT}
cd "$root"

# Prints FILE:LINE: TEXT for each line whose code (comments, strings and character
# literals blanked out) holds one of the tokens.
scan() {
  awk '
    function blank(text) { gsub(/./, " ", text); return text }
    FNR == 1 { state = "code" }
    {
      line = $0; code = ""; i = 1; n = length(line)
      while (i <= n) {
        c = substr(line, i, 1)
        if (state == "block") {
          if (substr(line, i, 2) == "*/") { state = "code"; code = code "  "; i += 2 }
          else { code = code " "; i++ }
          continue
        }
        if (state == "raw") {
          at = index(substr(line, i), raw_end)
          if (at == 0) { i = n + 1; continue }
          i += at - 1 + length(raw_end); state = "code"; code = code "\"\""
          continue
        }
        if (substr(line, i, 2) == "//") break
        if (substr(line, i, 2) == "/*") { state = "block"; code = code "  "; i += 2; continue }
        before = substr(line, 1, i - 1)
        if (c == "R" && substr(line, i + 1, 1) == "\"" &&
            before !~ /[A-Za-z0-9_]$/ || (c == "R" && substr(line, i + 1, 1) == "\"" &&
            before ~ /(^|[^A-Za-z0-9_])(u8|u|U|L)$/)) {
          rest = substr(line, i + 2); open = index(rest, "(")
          raw_end = ")" substr(rest, 1, open - 1) "\""
          state = "raw"; i += 2 + open
          continue
        }
        if (c == "\"" || (c == "\047" && before !~ /[A-Za-z0-9_]$/)) {
          quote = c; i++
          while (i <= n) {
            d = substr(line, i, 1)
            if (d == "\\") { i += 2; continue }
            i++
            if (d == quote) break
          }
          code = code quote quote
          continue
        }
        code = code c; i++
      }
      if (code ~ /(^|[^A-Za-z0-9_])(float|double)([^A-Za-z0-9_]|$)/) {
        printf "%s:%d: %s\n", FILENAME, FNR, line
      }
    }
  ' "$@"
}

mapfile -t files < <(find src -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) | sort)
found=$(scan "${files[@]}")
if [[ -n $found ]]; then
  echo "$found" >&2
  echo "float and double are not allowed in src/: use Money or Decimal (CONTRIBUTING.md)" >&2
  exit 1
fi

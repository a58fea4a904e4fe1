The lint scripts that keep the man pages and the completions in step with the commands
must be able to fail. They run here on a copy of the repository's docs, completions and
sources, first as they are, then with things taken out.

  $ mkdir repo && cp -r "$ROOT/docs" "$ROOT/completions" "$ROOT/src" "$ROOT/tools" repo/
  $ bash "$ROOT/tests/lint/check-docs.sh" repo "$(command -v dues)"
  check-docs: 31 commands and their options are in the man pages and the bash, zsh and fish completions

An option missing from each completion, a man page without an option, a command missing
from the overview, an undocumented environment variable, a generated page missing, and an
option that pandoc turned into a dash:

  $ sed -i 's/ --detail / /' repo/completions/dues.bash
  $ sed -i "/'--basis=/d" repo/completions/_dues
  $ sed -i "/'__dues_using aging' -l format /d" repo/completions/dues.fish
  $ sed -i 's/\(\\-\\-\|--\)check/--verify/g' repo/docs/man/dues-fmt.1.md
  $ sed -i 's/\*\*dues-init\*\*(1)/init/g; s/DUES_LOCK_TIMEOUT/LOCK_TIMEOUT/' repo/docs/man/dues.1.md
  $ rm repo/docs/man/dues-check.1
  $ sed -i 's/\*\*\\-\\-buckets\*\* \*N\*,\*N\*,\.\.\./**--buckets** *N*,*N*,.../' repo/docs/man/dues-aging.1.md
  $ printf '%% X(1)\n\n# NAME\n\n**--buckets**\n' > buckets.md && pandoc -s -t man buckets.md -o repo/docs/man/x.1 2> /dev/null || printf '\\[en]buckets\n' > repo/docs/man/x.1
  $ bash "$ROOT/tests/lint/check-docs.sh" repo "$(command -v dues)"
  check-docs: docs/man/dues.1.md: command 'init' (dues-init) is missing
  check-docs: docs/man/dues.1.md: environment variable 'DUES_LOCK_TIMEOUT' is missing
  check-docs: docs/man/x.1: '--' became a dash; write options as **\-\-name** in the .md
  check-docs: docs/man/dues-check.1 does not exist (run tools/gen-man.sh)
  check-docs: docs/man/dues-fmt.1.md: option '--check' is missing from the SYNOPSIS
  check-docs: docs/man/dues-fmt.1.md: option '--check' is missing from the OPTIONS
  check-docs: completions/dues.bash: '--detail' is not offered after 'dues aging -'
  check-docs: completions/_dues: option '--basis' of 'aging' is missing
  check-docs: completions/dues.fish: option '--format' of 'aging' (-l format) is missing
  check-docs: 9 missing; see docs/man/ and completions/
  [1]

A subcommand, or an option of one, missing from each completion and from the man page
(its SYNOPSIS paragraph, or its OPTIONS section):

  $ rm -r repo/completions repo/docs && cp -r "$ROOT/completions" "$ROOT/docs" repo/
  $ sed -i 's/add list show set/add list show/' repo/completions/dues.bash
  $ sed -i "/'--output=\[write to FILE\]:output file/d" repo/completions/_dues
  $ sed -i '/-a void /d' repo/completions/dues.fish
  $ sed -i 's/^\(\*\*dues invoice show\*\* \*ID\*\) \[\*\*\\-\\-as-of\*\* \*DATE\*\]/\1/' repo/docs/man/dues-invoice.1.md
  $ sed -i '/^\*\*\\-\\-unset\*\*$/,+2d' repo/docs/man/dues-customer.1.md
  $ bash "$ROOT/tests/lint/check-docs.sh" repo "$(command -v dues)"
  check-docs: completions/_dues: option '--output' of 'statement' is missing
  check-docs: docs/man/dues-customer.1.md: '--unset' of 'dues customer set' is missing from the OPTIONS
  check-docs: completions/dues.bash: 'set' is not offered after 'dues customer '
  check-docs: completions/dues.fish: subcommand 'void' of 'invoice' (-a void) is missing
  check-docs: docs/man/dues-invoice.1.md: '--as-of' of 'dues invoice show' is missing from its SYNOPSIS
  check-docs: completions/_dues: option '--output' of 'dues invoice render' is missing
  check-docs: 6 missing; see docs/man/ and completions/
  [1]

A command missing from every completion:

  $ rm -r repo/completions repo/docs && cp -r "$ROOT/completions" "$ROOT/docs" repo/
  $ sed -i 's/init check fmt /init check /' repo/completions/dues.bash
  $ sed -i "/'fmt:/d; s/(fmt)/(format)/" repo/completions/_dues
  $ sed -i '/-a fmt /d' repo/completions/dues.fish
  $ bash "$ROOT/tests/lint/check-docs.sh" repo "$(command -v dues)"
  check-docs: completions/dues.bash: command 'fmt' is not offered after 'dues '
  check-docs: completions/dues.fish: command 'fmt' (-a fmt) is missing
  check-docs: completions/_dues: command 'fmt' has no (fmt) branch
  check-docs: completions/_dues: command 'fmt' is missing from the command list
  check-docs: completions/_dues: option '--check' of 'fmt' is missing
  check-docs: 5 missing; see docs/man/ and completions/
  [1]

A man page whose source changed without regenerating it (skipped where pandoc is
missing; tools/setup installs it):

  $ bash "$ROOT/tests/lint/check-man-fresh.sh" repo; echo "exit $?"
  check-man-fresh: 32 man pages match their sources
  exit 0
  $ printf '\nMore text.\n' >> repo/docs/man/dues-fmt.1.md
  $ bash "$ROOT/tests/lint/check-man-fresh.sh" repo > out 2>&1; echo "exit $?"
  exit 1
  $ grep -E -o '^\+More text|skipped' out
  +More text

README.md: its two commands (the first only builds, the second is what CI runs) and its
tour, whose every block must be in tests/cli/readme-tour.t as cram runs it:

  $ mkdir -p repo/tests/cli && cp -r "$ROOT/README.md" "$ROOT/.ci" repo/ && cp "$ROOT/tests/cli/readme-tour.t" repo/tests/cli/
  $ bash "$ROOT/tests/lint/check-readme.sh" repo
  check-readme: README.md's two commands are in shape, .ci/run runs the second, and the tour's 12 blocks are in tests/cli/readme-tour.t
  $ sed -i 's/^added customer globex$/added customer Globex/' repo/README.md
  $ bash "$ROOT/tests/lint/check-readme.sh" repo
  check-readme: README.md's tour block starting '$ dues customer add acme --name "ACME Corporation" --email ap@acme.example --terms net30' is not in tests/cli/readme-tour.t (after line 19) as written; run the tour there and copy its output
  [1]
  $ cp "$ROOT/README.md" repo/ && sed -i '/^\$ dues statement acme$/,/^```$/{/^Period:/d}' repo/README.md
  $ bash "$ROOT/tests/lint/check-readme.sh" repo | cut -c 1-60
  check-readme: README.md's tour block starting '$ dues statem
  $ cp "$ROOT/README.md" repo/ && sed -i 's/cmake --preset release && cmake --build --preset release/cmake --workflow --preset release/' repo/README.md
  $ bash "$ROOT/tests/lint/check-readme.sh" repo | cut -c 1-100
  check-readme: README.md's first command does not configure and build the release preset (and only th
  $ cp "$ROOT/README.md" repo/ && sed -i 's/--preset dev$/--preset dev --parallel 2/' repo/.ci/run
  $ bash "$ROOT/tests/lint/check-readme.sh" repo
  check-readme: .ci/run does not run README.md's test command: ./tools/setup && cmake --workflow --preset dev
  [1]

# fish completion for dues.
#
# Install: copy to ~/.config/fish/completions/dues.fish (or to
# /usr/share/fish/vendor_completions.d/dues.fish).
#
# Keep in step with src/cli/app.cpp: tests/lint/check-docs.sh fails when a command or an
# option is missing here (it reads the `__fish_seen_subcommand_from COMMAND` lines).

set -l commands init check fmt aging

# Prints the ledger folder of the command line being completed: -C DIR, else
# $DUES_LEDGER, else the nearest folder upwards from here that holds dues.toml.
function __dues_ledger_dir
    set -l words (commandline -opc)
    set -l dir
    for i in (seq 2 (count $words))
        switch $words[$i]
            case -C
                set -q words[(math $i + 1)]; and set dir $words[(math $i + 1)]
            case '-C?*'
                set dir (string sub --start 3 -- $words[$i])
        end
    end
    if test -z "$dir"; and set -q DUES_LEDGER
        set dir $DUES_LEDGER
    end
    if test -n "$dir"
        set dir (string replace -r '^~' -- $HOME $dir)
        test -f $dir/dues.toml; and echo $dir
        return 0
    end
    set dir $PWD
    while true
        if test -f $dir/dues.toml
            echo $dir
            return 0
        end
        test "$dir" = /; and return 0
        set dir (path dirname $dir)
    end
end

# Prints the customer ids of the ledger, one per line: the table names of customers.toml.
# When dues gets a listing command, this is the one place to change, e.g. to
#   dues -C (__dues_ledger_dir) customer list --format ids 2>/dev/null
function __dues_customer_ids
    set -l ledger (__dues_ledger_dir)
    test -n "$ledger"; and test -r $ledger/customers.toml; or return 0
    string replace -rf -- '^\s*\[\s*["\']?([^\]\["\']+)["\']?\s*\]\s*(#.*)?$' '$1' <$ledger/customers.toml
end

complete -c dues -f

# Global options: before the command, and after it too.
complete -c dues -s C -x -a '(__fish_complete_directories (commandline -ct))' -d 'Use the ledger in DIR'
complete -c dues -l today -x -d 'Pretend today is DATE (YYYY-MM-DD)'
complete -c dues -l color -x -a 'auto always never' -d 'Colour output'
complete -c dues -l version -d 'Print the version and the ledger format'
complete -c dues -s h -l help -d 'Print help and exit'

# Commands.
complete -c dues -n "not __fish_seen_subcommand_from $commands" -a init -d 'Start a new ledger with commented example settings'
complete -c dues -n "not __fish_seen_subcommand_from $commands" -a check -d 'Validate the whole ledger; exit 0 only when clean'
complete -c dues -n "not __fish_seen_subcommand_from $commands" -a fmt -d 'Rewrite journal files in canonical form'
complete -c dues -n "not __fish_seen_subcommand_from $commands" -a aging -d 'Open receivables by age, per customer and currency'

# dues init [--currency CODE] [--company NAME] [DIR]
complete -c dues -n '__fish_seen_subcommand_from init' -l currency -x -d 'The default currency (ISO 4217, default EUR)'
complete -c dues -n '__fish_seen_subcommand_from init' -l company -x -d 'The company name written to dues.toml'
complete -c dues -n '__fish_seen_subcommand_from init' -x -a '(__fish_complete_directories (commandline -ct))'

# dues fmt [--check]
complete -c dues -n '__fish_seen_subcommand_from fmt' -l check -d 'Change nothing; exit 1 when a file is not canonical'

# dues aging [--as-of DATE] [--basis due|invoice] [--buckets N,N,...] [--detail]
#            [--customer ID] [--currency CODE] [--format table|csv|json]
complete -c dues -n '__fish_seen_subcommand_from aging' -l as-of -x -d 'Report as of the end of DATE'
complete -c dues -n '__fish_seen_subcommand_from aging' -l basis -x -a 'due invoice' -d 'Age by due date or invoice date'
complete -c dues -n '__fish_seen_subcommand_from aging' -l buckets -x -d 'Bucket limits in days (N,N,...)'
complete -c dues -n '__fish_seen_subcommand_from aging' -l detail -d 'List every open item under its customer'
complete -c dues -n '__fish_seen_subcommand_from aging' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__fish_seen_subcommand_from aging' -l currency -x -d 'Only this currency'
complete -c dues -n '__fish_seen_subcommand_from aging' -l format -x -a 'table csv json' -d 'Output format'

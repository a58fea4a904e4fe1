# fish completion for dues.
#
# Install: copy to ~/.config/fish/completions/dues.fish (or to
# /usr/share/fish/vendor_completions.d/dues.fish).
#
# Keep in step with src/cli/app.cpp: tests/lint/check-docs.sh fails when a command, a
# subcommand or an option is missing here (it reads the `__dues_using COMMAND` and
# `__dues_using COMMAND SUBCOMMAND` lines).
#
# Values that live in the ledger are read cheaply, with the dues found on PATH: customer
# ids with `dues customer list --format ids` (reads customers.toml only), invoice ids with
# `dues invoice list --format ids` (reads the ledger); terms, series and bank profile
# names from the [terms.NAME], [series.NAME] and [bank.NAME] tables of dues.toml, draft
# names from drafts/*.toml and profile names from bank/*.toml.

# True when the option takes a value in the next word, for the command KEY ("reconcile",
# "invoice new"). Only --apply is both: a flag of reconcile, a value of pay and apply.
function __dues_takes_value --argument-names key option
    switch $option
        case --apply
            test "$key" != reconcile
        case -C --today --color --currency --company --profile --format --date-tolerance \
                --profile-check --rows --as-of --basis --buckets --customer --date --method \
                --ref --fee --amount --reason --from --to --item --name --alias --email \
                --address --country --tax-id --bank-account --terms --credit-limit --tag \
                --due --discount --po --note --prices --series --number --status --output \
                --by --input-format --due-by --pain --periods --period
            return 0
        case '*'
            return 1
    end
end

# Prints the command of the command line being completed ("aging", "invoice new"), then
# its positional arguments so far, one per line: the words that are neither options nor
# their values.
function __dues_parse
    set -l words (commandline -opc)
    set -e words[1]
    set -l key
    set -l arguments
    set -l skip 0
    for word in $words
        if test $skip = 1
            set skip 0
        else if string match -q -- '-*' $word
            if not string match -q -- '*=*' $word; and __dues_takes_value "$key" $word
                set skip 1
            end
        else if test -z "$key"
            set key $word
        else if contains -- $key customer invoice report company import
            set key "$key $word"
        else
            set -a arguments $word
        end
    end
    printf '%s\n' "$key" $arguments
end

# True when the command being completed is exactly the words given: `__dues_using` (no
# command yet), `__dues_using invoice` (no subcommand yet), `__dues_using invoice new`.
function __dues_using
    set -l parsed (__dues_parse)
    test "$parsed[1]" = "$argv"
end

# True when the positional argument being completed is number N (from 0); with FIELD,
# only when argument 1 (the field of `customer set`) is FIELD.
function __dues_argument --argument-names n field
    set -l parsed (__dues_parse)
    test (math (count $parsed) - 1) -eq $n; or return 1
    test -z "$field"; or test "$parsed[3]" = "$field"
end

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

# Prints the customer ids of the ledger, one per line (dues reads customers.toml only).
function __dues_customer_ids
    set -l ledger (__dues_ledger_dir)
    test -n "$ledger"; or return 0
    command dues -C $ledger customer list --format ids 2>/dev/null
    return 0
end

# Prints the invoice ids of the ledger, one per line; with STATUS only those in that
# state. Reads the whole ledger, and prints nothing when it has errors.
# Prints the ids of every invoice and credit note (show, render, void, send).
function __dues_document_ids
    set -l ledger (__dues_ledger_dir)
    test -n "$ledger"; or return 0
    command dues -C $ledger invoice list --format document-ids 2>/dev/null
end

# Prints the series of dues.toml that number documents of KIND: a [series.NAME] numbers
# the kind its `kind` key says, else the kind NAME.
function __dues_series_of_kind --argument-names wanted
    set -l ledger (__dues_ledger_dir)
    test -n "$ledger" -a -r "$ledger/dues.toml"; or return 0
    set -l name ''
    set -l kind ''
    for line in (cat $ledger/dues.toml) '[end]'
        if string match -qr '^\s*\[' -- $line
            if test -n "$name"
                test -n "$kind"; or set kind $name
                test "$kind" = "$wanted"; and echo $name
            end
            set name (string match -r --groups-only '^\s*\[\s*series\."?([A-Za-z0-9_-]+)"?\s*\]' -- $line)
            set kind ''
        else if test -n "$name"
            set -l found (string match -r --groups-only '^\s*kind\s*=\s*"([a-z]+)"' -- $line)
            test -n "$found"; and set kind $found
        end
    end
end

function __dues_invoice_ids --argument-names state
    set -l ledger (__dues_ledger_dir)
    test -n "$ledger"; or return 0
    if test -n "$state"
        command dues -C $ledger invoice list --format ids --status $state 2>/dev/null
    else
        command dues -C $ledger invoice list --format ids 2>/dev/null
    end
    return 0
end

# Prints the names of the [PREFIX.NAME] tables of the ledger's dues.toml, one per line.
function __dues_settings_tables --argument-names prefix
    set -l ledger (__dues_ledger_dir)
    test -n "$ledger"; and test -r $ledger/dues.toml; or return 0
    string replace -rf -- '^\s*\[\s*'$prefix'\.(?:([A-Za-z0-9_-]+)|"([^"]+)")\s*\]\s*(#.*)?$' '$1$2' <$ledger/dues.toml
end

# Prints the names of the TOML files in the ledger's FOLDER (drafts, bank).
function __dues_toml_stems --argument-names folder
    set -l ledger (__dues_ledger_dir)
    test -n "$ledger"; or return 0
    for file in $ledger/$folder/*.toml
        path change-extension '' (path basename $file)
    end
end

# Prints the bank profile names, or .toml files for a value that is a path.
function __dues_profiles
    if string match -q -- '*/*' (commandline -ct)
        __fish_complete_suffix .toml
        return
    end
    __dues_settings_tables bank
    __dues_toml_stems bank
end

# Prints the invoices `dues dispute` may name: open ones, or disputed ones with --resolve.
function __dues_dispute_ids
    if contains -- --resolve (commandline -opc)
        __dues_invoice_ids disputed
    else
        __dues_invoice_ids open
    end
end

complete -c dues -f

# Global options: before the command, and after it too.
complete -c dues -s C -x -a '(__fish_complete_directories (commandline -ct))' -d 'Use the ledger in DIR'
complete -c dues -l today -x -d 'Pretend today is DATE (YYYY-MM-DD)'
complete -c dues -l color -x -a 'auto always never' -d 'Colour output'
complete -c dues -l bom -d 'Write a UTF-8 byte order mark before CSV output'
complete -c dues -l version -d 'Print the version and the ledger format'
complete -c dues -s h -l help -d 'Print help and exit'

# Commands.
complete -c dues -n '__dues_using' -a init -d 'Start a new ledger with commented example settings'
complete -c dues -n '__dues_using' -a check -d 'Validate the whole ledger; exit 0 only when clean'
complete -c dues -n '__dues_using' -a fmt -d 'Rewrite journal files in canonical form'
complete -c dues -n '__dues_using' -a reconcile -d 'Match a bank export against open invoices'
complete -c dues -n '__dues_using' -a aging -d 'Open receivables by age, per customer and currency'
complete -c dues -n '__dues_using' -a collect -d 'Write a SEPA direct debit file (pain.008) for due invoices with a mandate'
complete -c dues -n '__dues_using' -a pay -d 'Record a payment and apply it to invoices'
complete -c dues -n '__dues_using' -a apply -d 'Apply unapplied credit to invoices'
complete -c dues -n '__dues_using' -a refund -d 'Pay unapplied credit back to a customer'
complete -c dues -n '__dues_using' -a writeoff -d 'Settle part or all of an invoice as a loss'
complete -c dues -n '__dues_using' -a dispute -d 'Flag an invoice as disputed, or --resolve'
complete -c dues -n '__dues_using' -a statement -d "A customer's statement of account"
complete -c dues -n '__dues_using' -a customer -d 'Add, list, show and change customers'
complete -c dues -n '__dues_using' -a invoice -d 'Issue, void, list, show and render invoices'
complete -c dues -n '__dues_using' -a credit -d 'Issue a credit note against an invoice'
complete -c dues -n '__dues_using' -a recur -d 'Issue the recurring invoices that are due'
complete -c dues -n '__dues_using' -a send -d 'Email documents to their customers and log each one sent'

# dues init [--currency CODE] [--company NAME] [DIR]
complete -c dues -n '__dues_using init' -l currency -x -d 'The default currency (ISO 4217, default EUR)'
complete -c dues -n '__dues_using init' -l company -x -d 'The company name written to dues.toml'
complete -c dues -n '__dues_using init' -l git -d 'Also run dues git setup (merge driver, pre-commit hook)'
complete -c dues -n '__dues_using init' -l country -x -a 'AT AU BE CA CH CN DE DK ES FR GB IT JP KR LU NL NO PL PT SG US' -d "Start from a country's tax rates, currency and language"
complete -c dues -n '__dues_using init; and __dues_argument 0' -x -a '(__fish_complete_directories (commandline -ct))'

# dues fmt [--check]
complete -c dues -n '__dues_using fmt' -l check -d 'Change nothing; exit 1 when a file is not canonical'

# dues reconcile FILE [--profile NAME] [--apply | --dry-run] [--format table|json]
#                [--date-tolerance N] [--unmask] [--input-format csv|camt053|camt054|mt940]
#                | --profile-check FILE [--rows N]
complete -c dues -n '__dues_using reconcile' -l profile -x -a '(__dues_profiles)' -d 'Bank profile: [bank.NAME], bank/NAME.toml or a .toml file'
complete -c dues -n '__dues_using reconcile' -l apply -d 'Record the confident matches as payments'
complete -c dues -n '__dues_using reconcile' -l dry-run -d 'Print the plan and record nothing (the default)'
complete -c dues -n '__dues_using reconcile' -l format -x -a 'table json' -d 'Output format'
complete -c dues -n '__dues_using reconcile' -l date-tolerance -x -d 'Days an invoice may be dated after the bank line'
complete -c dues -n '__dues_using reconcile' -l profile-check -r -F -d 'Show how the profile reads the first rows of FILE'
complete -c dues -n '__dues_using reconcile' -l rows -x -d 'Rows --profile-check shows (default 20)'
complete -c dues -n '__dues_using reconcile' -l unmask -d 'Show bank account numbers in full'
complete -c dues -n '__dues_using reconcile' -l input-format -x -a 'csv camt053 camt054 mt940' -d 'Format of the bank file (default: from its content)'
complete -c dues -n '__dues_using reconcile; and __dues_argument 0' -F

# dues collect [--as-of DATE] [--due-by DATE] [--output FILE] [--pain 02|08] [--dry-run]
complete -c dues -n '__dues_using collect' -l as-of -x -d 'Plan as of DATE (default: today)'
complete -c dues -n '__dues_using collect' -l due-by -x -d 'Collect items due on or before DATE'
complete -c dues -n '__dues_using collect' -l output -r -F -d 'The pain.008 file (default pain008-YYYYMMDD.xml)'
complete -c dues -n '__dues_using collect' -l pain -x -a '02 08' -d 'pain.008.001 version'
complete -c dues -n '__dues_using collect' -l dry-run -d 'Show the collections; write nothing'

# dues aging [--as-of DATE] [--basis due|invoice] [--buckets N,N,...] [--detail]
#            [--customer ID] [--currency CODE] [--format table|csv|json|html|xlsx]
complete -c dues -n '__dues_using aging' -l as-of -x -d 'Report as of the end of DATE'
complete -c dues -n '__dues_using aging' -l basis -x -a 'due invoice' -d 'Age by due date or invoice date'
complete -c dues -n '__dues_using aging' -l buckets -x -d 'Bucket limits in days (N,N,...)'
complete -c dues -n '__dues_using aging' -l detail -d 'List every open item under its customer'
complete -c dues -n '__dues_using aging' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using aging' -l currency -x -d 'Only this currency'
complete -c dues -n '__dues_using aging' -l format -x -a 'table csv json html xlsx' -d 'Output format'

# dues pay CUSTOMER AMOUNT [--currency CODE] [--date DATE] [--method METHOD] [--ref TEXT]
#          [--fee AMOUNT] [--apply ID[=AMOUNT]]... [--no-apply] [--dry-run] [--format text|json]
complete -c dues -n '__dues_using pay' -l currency -x -d 'Currency of the payment'
complete -c dues -n '__dues_using pay' -l date -x -d 'The day the money arrived'
complete -c dues -n '__dues_using pay' -l method -x -a 'bank cash card alipay wechat cheque other' -d 'How it was paid'
complete -c dues -n '__dues_using pay' -l ref -x -d "The payer's reference"
complete -c dues -n '__dues_using pay' -l fee -x -d 'Bank charges deducted on the way'
complete -c dues -n '__dues_using pay' -l apply -x -a '(__dues_invoice_ids open)' -d 'Apply to this invoice (ID or ID=AMOUNT)'
complete -c dues -n '__dues_using pay' -l no-apply -d 'Keep it all as unapplied credit'
complete -c dues -n '__dues_using pay' -l dry-run -d 'Show what would be recorded; write nothing'
complete -c dues -n '__dues_using pay' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using pay; and __dues_argument 0' -a '(__dues_customer_ids)'

# dues apply [CUSTOMER|PAYMENT|CREDIT-NOTE | --all] [--apply ID[=AMOUNT]]... [--currency CODE]
#            [--date DATE] [--dry-run] [--format text|json]
complete -c dues -n '__dues_using apply' -l all -d 'Every customer whose allocation is not manual'
complete -c dues -n '__dues_using apply' -l apply -x -a '(__dues_invoice_ids open)' -d 'Apply to this invoice (ID or ID=AMOUNT)'
complete -c dues -n '__dues_using apply' -l currency -x -d 'Only credit in this currency'
complete -c dues -n '__dues_using apply' -l date -x -d 'The day of the allocation'
complete -c dues -n '__dues_using apply' -l dry-run -d 'Show what would be recorded; write nothing'
complete -c dues -n '__dues_using apply' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using apply; and __dues_argument 0' -a '(__dues_customer_ids)'

# dues refund CUSTOMER AMOUNT [--currency CODE] [--date DATE] [--method METHOD] [--ref TEXT] [--from ID]
#             [--dry-run] [--format text|json]
complete -c dues -n '__dues_using refund' -l currency -x -d 'Currency of the refund'
complete -c dues -n '__dues_using refund' -l date -x -d 'The day of the refund'
complete -c dues -n '__dues_using refund' -l method -x -a 'bank cash card alipay wechat cheque other' -d 'How it was paid back'
complete -c dues -n '__dues_using refund' -l ref -x -d 'A reference for the refund'
complete -c dues -n '__dues_using refund' -l from -x -d 'The payment or credit note paid back'
complete -c dues -n '__dues_using refund' -l dry-run -d 'Show what would be recorded; write nothing'
complete -c dues -n '__dues_using refund' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using refund; and __dues_argument 0' -a '(__dues_customer_ids)'

# dues writeoff INVOICE --reason TEXT [--amount AMOUNT] [--date DATE] [--dry-run] [--format text|json]
complete -c dues -n '__dues_using writeoff' -l amount -x -d 'How much (default: everything open)'
complete -c dues -n '__dues_using writeoff' -l reason -x -d 'Why it is written off'
complete -c dues -n '__dues_using writeoff' -l date -x -d 'The day of the write-off'
complete -c dues -n '__dues_using writeoff' -l dry-run -d 'Show what would be recorded; write nothing'
complete -c dues -n '__dues_using writeoff' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using writeoff; and __dues_argument 0' -a '(__dues_invoice_ids open)'

# dues dispute INVOICE [--reason TEXT] [--resolve] [--date DATE] [--dry-run] [--format text|json]
complete -c dues -n '__dues_using dispute' -l reason -x -d 'What is disputed, or how it was resolved'
complete -c dues -n '__dues_using dispute' -l resolve -d 'The dispute is settled: end it'
complete -c dues -n '__dues_using dispute' -l date -x -d 'The day'
complete -c dues -n '__dues_using dispute' -l dry-run -d 'Show what would be recorded; write nothing'
complete -c dues -n '__dues_using dispute' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using dispute; and __dues_argument 0' -a '(__dues_dispute_ids)'

# dues statement CUSTOMER [--from DATE] [--to DATE] [--currency CODE] [--format table|csv|json|html|xlsx|pdf] [--output FILE] [--unmask]
complete -c dues -n '__dues_using statement' -l from -x -d 'First day'
complete -c dues -n '__dues_using statement' -l to -x -d 'Last day, and the aging date'
complete -c dues -n '__dues_using statement' -l currency -x -d 'Only this currency'
complete -c dues -n '__dues_using statement' -l format -x -a 'table csv json html xlsx pdf' -d 'Output format'
complete -c dues -n '__dues_using statement' -l output -r -F -d 'Write to FILE'
complete -c dues -n '__dues_using statement' -l unmask -d 'Show bank account numbers in full'
complete -c dues -n '__dues_using statement; and __dues_argument 0' -a '(__dues_customer_ids)'

# dues customer add|list|show|set
complete -c dues -n '__dues_using customer' -a add -d 'Add a customer to customers.toml'
complete -c dues -n '__dues_using customer' -a list -d 'List customers'
complete -c dues -n '__dues_using customer' -a show -d "A customer's details and open balance"
complete -c dues -n '__dues_using customer' -a set -d 'Change one field of a customer'

complete -c dues -n '__dues_using customer add' -l name -x -d "The customer's name"
complete -c dues -n '__dues_using customer add' -l alias -x -d 'A name the customer pays under (repeatable)'
complete -c dues -n '__dues_using customer add' -l email -x -d 'An email address (repeatable)'
complete -c dues -n '__dues_using customer add' -l address -x -d 'Postal address'
complete -c dues -n '__dues_using customer add' -l country -x -d 'ISO 3166 country code, such as DE or CN'
complete -c dues -n '__dues_using customer add' -l tax-id -x -d 'VAT number or tax id'
complete -c dues -n '__dues_using customer add' -l bank-account -x -d 'IBAN or account number (repeatable)'
complete -c dues -n '__dues_using customer add' -l currency -x -d "The customer's currency"
complete -c dues -n '__dues_using customer add' -l terms -x -a '(__dues_settings_tables terms)' -d 'Payment terms'
complete -c dues -n '__dues_using customer add' -l credit-limit -x -d 'Most the customer may owe'
complete -c dues -n '__dues_using customer add' -l tag -x -d 'A tag for grouping (repeatable)'

complete -c dues -n '__dues_using customer list' -l tag -x -d 'Only customers with this tag'
complete -c dues -n '__dues_using customer list' -l format -x -a 'table csv json ids' -d 'Output format'
complete -c dues -n '__dues_using customer list' -l unmask -d 'Show bank account numbers in full'

complete -c dues -n '__dues_using customer show' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using customer show' -l unmask -d 'Show bank account numbers in full'
complete -c dues -n '__dues_using customer show; and __dues_argument 0' -a '(__dues_customer_ids)'

complete -c dues -n '__dues_using customer set' -l add -d 'Add VALUE to a list field'
complete -c dues -n '__dues_using customer set' -l remove -d 'Remove VALUE from a list field'
complete -c dues -n '__dues_using customer set' -l unset -d 'Remove the field'
complete -c dues -n '__dues_using customer set' -l unmask -d 'Show bank account numbers in full'
complete -c dues -n '__dues_using customer set; and __dues_argument 0' -a '(__dues_customer_ids)'
complete -c dues -n '__dues_using customer set; and __dues_argument 1' -a 'name aliases emails address country tax-id bank-accounts currency terms credit-limit tags allocation notes dunning reminder-emails language'
complete -c dues -n '__dues_using customer set; and __dues_argument 2 allocation' -a 'oldest-due manual'
complete -c dues -n '__dues_using customer set; and __dues_argument 2 terms' -a '(__dues_settings_tables terms)'

# dues invoice new|issue|void|list|show|render
complete -c dues -n '__dues_using invoice' -a new -d 'Issue an invoice now, or write a draft'
complete -c dues -n '__dues_using invoice' -a issue -d 'Issue a draft (drafts/NAME.toml)'
complete -c dues -n '__dues_using invoice' -a void -d 'Cancel an invoice nothing was applied to'
complete -c dues -n '__dues_using invoice' -a list -d 'List invoices and their state'
complete -c dues -n '__dues_using invoice' -a show -d "An invoice's items, taxes, totals and payments"
complete -c dues -n '__dues_using invoice' -a render -d 'The invoice as sent: text, printable HTML or PDF'

complete -c dues -n '__dues_using invoice new' -l item -x -d 'An item DESC:QTY:PRICE[:TAX[:DISCOUNT]] (repeatable)'
complete -c dues -n '__dues_using invoice new' -l date -x -d 'Invoice date'
complete -c dues -n '__dues_using invoice new' -l terms -x -a '(__dues_settings_tables terms)' -d 'Payment terms'
complete -c dues -n '__dues_using invoice new' -l due -x -d "Due date instead of the terms' one"
complete -c dues -n '__dues_using invoice new' -l discount -x -d 'Invoice discount: 5% or an amount'
complete -c dues -n '__dues_using invoice new' -l currency -x -d 'Currency'
complete -c dues -n '__dues_using invoice new' -l ref -x -d 'Payment reference printed on the invoice'
complete -c dues -n '__dues_using invoice new' -l po -x -d "The customer's purchase order"
complete -c dues -n '__dues_using invoice new' -l note -x -d 'Free text printed on the invoice'
complete -c dues -n '__dues_using invoice new' -l prices -x -a 'exclusive inclusive' -d 'Item prices exclude or include tax'
complete -c dues -n '__dues_using invoice new' -l series -x -a '(__dues_series_of_kind invoice)' -d 'Numbering series'
complete -c dues -n '__dues_using invoice new' -l number -x -d 'The number, for an external series'
complete -c dues -n '__dues_using invoice new' -l draft -d 'Write drafts/NAME.toml instead of issuing'
complete -c dues -n '__dues_using invoice new' -l name -x -d "The draft's name"
complete -c dues -n '__dues_using invoice new' -l over-limit -d 'Issue even beyond the credit limit'
complete -c dues -n '__dues_using invoice new' -l dry-run -d 'Print what would be written; change nothing'
complete -c dues -n '__dues_using invoice new; and __dues_argument 0' -a '(__dues_customer_ids)'

complete -c dues -n '__dues_using invoice issue' -l date -x -d 'Invoice date'
complete -c dues -n '__dues_using invoice issue' -l number -x -d 'The number, for an external series'
complete -c dues -n '__dues_using invoice issue' -l over-limit -d 'Issue even beyond the credit limit'
complete -c dues -n '__dues_using invoice issue' -l dry-run -d 'Print what would be written; change nothing'
complete -c dues -n '__dues_using invoice issue; and __dues_argument 0' -a '(__dues_toml_stems drafts)'

complete -c dues -n '__dues_using invoice void' -l reason -x -d 'Why it is void'
complete -c dues -n '__dues_using invoice void' -l date -x -d 'Date of the void'
complete -c dues -n '__dues_using invoice void; and __dues_argument 0' -a '(__dues_document_ids)'

complete -c dues -n '__dues_using invoice list' -l status -x -a 'open paid overdue partially-paid disputed written-off void draft' -d 'Only invoices in this state'
complete -c dues -n '__dues_using invoice list' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using invoice list' -l as-of -x -d 'States as of the end of DATE'
complete -c dues -n '__dues_using invoice list' -l format -x -a 'table csv json ids document-ids' -d 'Output format'

complete -c dues -n '__dues_using invoice show' -l as-of -x -d 'State as of the end of DATE'
complete -c dues -n '__dues_using invoice show' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using invoice show; and __dues_argument 0' -a '(__dues_document_ids)'

complete -c dues -n '__dues_using invoice render' -l format -x -a 'text html pdf' -d 'Output format'
complete -c dues -n '__dues_using invoice render' -l output -r -F -d 'Write to FILE'
complete -c dues -n '__dues_using invoice render' -l as-of -x -d 'Instalments open as of DATE'
complete -c dues -n '__dues_using invoice render; and __dues_argument 0' -a '(__dues_document_ids)'

# dues credit INVOICE (--item ITEM... | --full) --reason TEXT [--date DATE] [--no-apply] [--dry-run]
complete -c dues -n '__dues_using credit' -l item -x -d 'What is credited: DESC:QTY:PRICE[:TAX[:DISCOUNT]]'
complete -c dues -n '__dues_using credit' -l full -d 'Credit the whole invoice'
complete -c dues -n '__dues_using credit' -l reason -x -d 'Why it is credited'
complete -c dues -n '__dues_using credit' -l date -x -d 'Credit note date'
complete -c dues -n '__dues_using credit' -l no-apply -d 'Keep it as unapplied credit'
complete -c dues -n '__dues_using credit' -l dry-run -d 'Print what would be written; change nothing'
complete -c dues -n '__dues_using credit' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using credit; and __dues_argument 0' -a '(__dues_invoice_ids)'

# dues recur [--as-of DATE] [--dry-run] [--over-limit]
complete -c dues -n '__dues_using recur' -l as-of -x -d 'Issue what is due by DATE'
complete -c dues -n '__dues_using recur' -l dry-run -d 'Print what would be issued; change nothing'
complete -c dues -n '__dues_using recur' -l over-limit -d 'Issue even beyond credit limits'

# dues export --format FORMAT [--from DATE] [--to DATE] [--output FILE] [--table NAME]
complete -c dues -n '__dues_using' -a export -d 'The receivables as double-entry books or tables'
complete -c dues -n '__dues_using export' -l format -x -a 'beancount ledger hledger csv json sqlite' -d 'What to write'
complete -c dues -n '__dues_using export' -l from -x -d 'Only movements on or after DATE'
complete -c dues -n '__dues_using export' -l to -x -d 'Only movements on or before DATE'
complete -c dues -n '__dues_using export' -l output -r -F -d 'Write to FILE instead of standard output'
complete -c dues -n '__dues_using export' -l table -x -a 'currencies customers documents items tax_lines payments allocations returns events open_items' -d 'csv: the table to write'
# dues report dso|forecast|risk|tax|payments|collections (reports for decisions)
complete -c dues -n '__dues_using' -a report -d 'Reports for decisions: dso, forecast, risk, tax, payments, collections'
complete -c dues -n '__dues_using report' -a dso -d 'Days sales outstanding, countback, CEI and days to pay'
complete -c dues -n '__dues_using report' -a forecast -d 'Expected receipts per period from the open items'
complete -c dues -n '__dues_using report' -a risk -d 'Credit use, overdue, payment habits, score and warnings'
complete -c dues -n '__dues_using report' -a tax -d 'Output tax per code and rate for a period'
complete -c dues -n '__dues_using report' -a payments -d 'Receipts per period, customer and method'
complete -c dues -n '__dues_using report dso' -l as-of -x -d 'Report as of the end of DATE'
complete -c dues -n '__dues_using report dso' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using report dso' -l currency -x -d 'Only this currency'
complete -c dues -n '__dues_using report dso' -l format -x -a 'table csv json html xlsx' -d 'Output format'
complete -c dues -n '__dues_using report dso' -l by -x -a 'month quarter' -d 'Period length'
complete -c dues -n '__dues_using report dso' -l periods -x -d 'How many periods'
complete -c dues -n '__dues_using report forecast' -l as-of -x -d 'Report as of the end of DATE'
complete -c dues -n '__dues_using report forecast' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using report forecast' -l currency -x -d 'Only this currency'
complete -c dues -n '__dues_using report forecast' -l format -x -a 'table csv json html xlsx' -d 'Output format'
complete -c dues -n '__dues_using report forecast' -l by -x -a 'week month' -d 'Period length'
complete -c dues -n '__dues_using report forecast' -l periods -x -d 'How many periods'
complete -c dues -n '__dues_using report risk' -l as-of -x -d 'Report as of the end of DATE'
complete -c dues -n '__dues_using report risk' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using report risk' -l currency -x -d 'Only this currency'
complete -c dues -n '__dues_using report risk' -l format -x -a 'table csv json html xlsx' -d 'Output format'
complete -c dues -n '__dues_using report risk' -l warnings-only -d 'Print only the warnings; exit 1 when there are any'
complete -c dues -n '__dues_using report tax' -l as-of -x -d 'Report as of the end of DATE'
complete -c dues -n '__dues_using report tax' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using report tax' -l currency -x -d 'Only this currency'
complete -c dues -n '__dues_using report tax' -l format -x -a 'table csv json html xlsx' -d 'Output format'
complete -c dues -n '__dues_using report tax' -l period -x -d 'A year, quarter or month: 2026, 2026-Q3, 2026-09'
complete -c dues -n '__dues_using report tax' -l from -x -d 'First day (with --to)'
complete -c dues -n '__dues_using report tax' -l to -x -d 'Last day (with --from)'
complete -c dues -n '__dues_using report payments' -l as-of -x -d 'Report as of the end of DATE'
complete -c dues -n '__dues_using report payments' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using report payments' -l currency -x -d 'Only this currency'
complete -c dues -n '__dues_using report payments' -l format -x -a 'table csv json html xlsx' -d 'Output format'
complete -c dues -n '__dues_using report payments' -l by -x -a 'week month quarter' -d 'Period length'
complete -c dues -n '__dues_using report payments' -l periods -x -d 'How many periods'
complete -c dues -n '__dues_using report' -a collections -d 'Work list: overdue customers, level, last contact, promises, next action'
complete -c dues -n '__dues_using report collections' -l as-of -x -d 'Report as of the end of DATE'
complete -c dues -n '__dues_using report collections' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using report collections' -l currency -x -d 'Only this currency'
complete -c dues -n '__dues_using report collections' -l format -x -a 'table csv json html xlsx' -d 'Output format'
# dues send ID... | --unsent [--as-of DATE] [--resend] [--dry-run] | --statement CUSTOMER [--as-of DATE]   (sending)
complete -c dues -n '__dues_using send' -l unsent -d 'Send every issued document not sent yet'
complete -c dues -n '__dues_using send' -l as-of -x -d 'With --unsent: documents issued by DATE; with --statement: its last day'
complete -c dues -n '__dues_using send' -l resend -d 'Send documents that were sent before, again'
complete -c dues -n '__dues_using send' -l dry-run -d 'Print the messages; send and record nothing'
complete -c dues -n '__dues_using send' -l statement -x -a '(__dues_customer_ids)' -d "Send CUSTOMER's statement of account as a PDF"
complete -c dues -n '__dues_using send' -x -a '(__dues_document_ids)'
# --- collections: remind, note, promise ---
complete -c dues -n '__dues_using' -a remind -d 'The dunning plan; send reminders'
complete -c dues -n '__dues_using' -a note -d 'Record a note about a customer or invoice'
complete -c dues -n '__dues_using' -a promise -d "Record a customer's promise to pay"

# dues remind [--as-of DATE] [--customer C] [--send [--outbox DIR] [--dry-run]] [--format F]
complete -c dues -n '__dues_using remind' -l as-of -x -d 'Plan for this day'
complete -c dues -n '__dues_using remind' -l customer -x -a '(__dues_customer_ids)' -d 'Only this customer'
complete -c dues -n '__dues_using remind' -l send -d 'Send a letter per customer; record what was sent'
complete -c dues -n '__dues_using remind' -l outbox -r -a '(__fish_complete_directories)' -d 'Write the messages to DIR'
complete -c dues -n '__dues_using remind' -l dry-run -d 'Show the letters; send nothing'
complete -c dues -n '__dues_using remind' -l format -x -a 'table csv json' -d 'Output format'

# dues note CUSTOMER|INV TEXT [--date DATE] [--dry-run] [--format text|json]
complete -c dues -n '__dues_using note' -l date -x -d 'The day'
complete -c dues -n '__dues_using note' -l dry-run -d 'Show what would be recorded; write nothing'
complete -c dues -n '__dues_using note' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using note; and __dues_argument 0' -a '(__dues_customer_ids; __dues_invoice_ids)'

# dues promise INV --date DATE [--amount A] [--text T] [--on DATE] [--dry-run] [--format F]
complete -c dues -n '__dues_using promise' -l date -x -d 'Paid by this day'
complete -c dues -n '__dues_using promise' -l amount -x -d 'How much (default: all open)'
complete -c dues -n '__dues_using promise' -l text -x -d 'What was said'
complete -c dues -n '__dues_using promise' -l on -x -d 'The day it was made'
complete -c dues -n '__dues_using promise' -l dry-run -d 'Show what would be recorded; write nothing'
complete -c dues -n '__dues_using promise' -l format -x -a 'text json' -d 'Output format'
complete -c dues -n '__dues_using promise; and __dues_argument 0' -a '(__dues_invoice_ids open)'

# teamwork: dues merge-driver, dues git setup, dues seal, dues log, dues check --audit
complete -c dues -n '__dues_using' -a merge-driver -d "Git's merge driver for journal files"
complete -c dues -n '__dues_using' -a git -d 'Work in a team through git: dues git setup'
complete -c dues -n '__dues_using' -a seal -d 'Record the hash chain of the journal (tamper evidence)'
complete -c dues -n '__dues_using' -a log -d 'The life of a document, with the commit of each entry'
complete -c dues -n '__dues_using git' -a setup -d 'Register the journal merge driver and a pre-commit hook'
complete -c dues -n '__dues_using git setup' -l chain -d 'Keep an existing pre-commit hook and run it first'
complete -c dues -n '__dues_using check' -l audit -d 'Also require a seal and report on it'
complete -c dues -n '__dues_using log' -l no-git -d 'Do not look up the commits'
complete -c dues -n '__dues_using log; and __dues_argument 0' -x -a '(__dues_invoice_ids)'
# dues import customers|open-items FILE (import)
complete -c dues -n '__dues_using' -a import -d 'Take over customers and open items from another system'
complete -c dues -n '__dues_using import' -a customers -d 'Add customers from a CSV file to customers.toml'
complete -c dues -n '__dues_using import' -a open-items -d 'Record open invoices and credit from a CSV file'
complete -c dues -n '__dues_using import customers' -r -F
complete -c dues -n '__dues_using import customers' -l map -x -d 'Read FIELD from the column named COLUMN (FIELD=COLUMN)'
complete -c dues -n '__dues_using import customers' -l delimiter -x -a "',' ';' '|' tab" -d 'The cell separator'
complete -c dues -n '__dues_using import customers' -l input-format -x -a 'csv json' -d 'csv or json (default: from the file name)'
complete -c dues -n '__dues_using import customers' -l apply -d 'Write what the plan shows'
complete -c dues -n '__dues_using import customers' -l dry-run -d 'Print the plan and write nothing (the default)'
complete -c dues -n '__dues_using import open-items' -r -F
complete -c dues -n '__dues_using import open-items' -l map -x -d 'Read FIELD from the column named COLUMN (FIELD=COLUMN)'
complete -c dues -n '__dues_using import open-items' -l delimiter -x -a "',' ';' '|' tab" -d 'The cell separator'
complete -c dues -n '__dues_using import open-items' -l input-format -x -a 'csv json' -d 'csv or json (default: from the file name)'
complete -c dues -n '__dues_using import open-items' -l apply -d 'Write what the plan shows'
complete -c dues -n '__dues_using import open-items' -l dry-run -d 'Print the plan and write nothing (the default)'
complete -c dues -n '__dues_using import open-items' -l date-format -x -d 'How dates are written (%d.%m.%Y)'
complete -c dues -n '__dues_using import open-items' -l decimal-mark -x -a '. ,' -d 'The decimal mark'
complete -c dues -n '__dues_using import open-items' -l thousands -x -d 'The thousands separator'
complete -c dues -n '__dues_using import open-items' -l currency -x -d 'Currency of rows without one'
complete -c dues -n '__dues_using import open-items' -l source -x -d 'Where the items come from, recorded on each'
# --- conveniences: dues company set KEY [VALUE] [--unset] | show [--format text|json] ---
complete -c dues -n '__dues_using' -a company -d 'Show and change [company] in dues.toml'
complete -c dues -n '__dues_using company' -a set -d 'Change one key of [company]'
complete -c dues -n '__dues_using company' -a show -d "The company's details as dues.toml holds them"
complete -c dues -n '__dues_using company set' -l unset -d 'Remove the key'
complete -c dues -n '__dues_using company set; and __dues_argument 0' -x -a 'name address tax-id email phone currency iban bic bank country creditor-id logo account-number routing-number'
complete -c dues -n '__dues_using company show' -l format -x -a 'text json' -d 'Output format'
# privacy: dues security status|rekey; dues customer show --reveal
complete -c dues -n '__dues_using' -a security -d 'Encrypted customer fields: status and rekey'
complete -c dues -n '__dues_using security' -a status -d 'Which customer fields are encrypted, for whom'
complete -c dues -n '__dues_using security' -a rekey -d 'Re-encrypt every listed field for the current recipients'
complete -c dues -n '__dues_using security rekey' -l dry-run -d 'Say what would be rewritten; write nothing'
complete -c dues -n '__dues_using customer show' -l reveal -d 'Decrypt encrypted fields with the age identity'
# privacy: customer export-data | forget
complete -c dues -n '__dues_using customer' -a export-data -d 'Everything held about a customer, as JSON or CSV (GDPR)'
complete -c dues -n '__dues_using customer' -a forget -d "Replace a customer's personal data by a pseudonym after retention"
complete -c dues -n '__dues_using customer export-data' -l format -x -a 'json csv' -d 'Output format'
complete -c dues -n '__dues_using customer export-data' -s o -l output -r -d 'Write to FILE instead of standard output'
complete -c dues -n '__dues_using customer export-data' -l reveal -d 'Decrypt encrypted fields with the age identity'
complete -c dues -n '__dues_using customer export-data; and __dues_argument 0' -a '(__dues_customer_ids)'
complete -c dues -n '__dues_using customer forget' -l apply -d 'Write the change (default: print the plan)'
complete -c dues -n '__dues_using customer forget; and __dues_argument 0' -a '(__dues_customer_ids)'
complete -c dues -n '__dues_using' -a backup -d 'Write the ledger to a tar + zstd archive with a sha256 manifest'
complete -c dues -n '__dues_using' -a restore -d 'Restore a backup into an empty folder, then check it'
complete -c dues -n '__dues_using backup' -l verify -d 'Check the archive against its manifest instead of writing it'

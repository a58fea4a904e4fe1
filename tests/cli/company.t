`dues company set KEY VALUE` edits [company] in dues.toml as `dues customer set` edits
customers.toml: only the value's bytes change, the result is checked as `dues check`
checks it, and it replaces the file atomically. `dues company show` prints [company].

  $ export DUES_TODAY=2026-03-15
  $ dues init sh --country CN --company "Example Co" >/dev/null
  $ cd sh
  $ cp dues.toml before.toml

  $ dues company set name "上海小店有限公司"
  company: name "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb0\x8f\xe5\xba\x97\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8" (esc)
  $ dues company set address $'上海市浦东新区世纪大道 100 号\n200120'
  company: address "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb8\x82\xe6\xb5\xa6\xe4\xb8\x9c\xe6\x96\xb0\xe5\x8c\xba\xe4\xb8\x96\xe7\xba\xaa\xe5\xa4\xa7\xe9\x81\x93 100 \xe5\x8f\xb7\\n200120" (esc)
  $ dues company set tax-id 91310000MA1FL8LQ47
  company: tax-id "91310000MA1FL8LQ47"
  $ dues company set bank "中国工商银行上海分行"
  company: bank "\xe4\xb8\xad\xe5\x9b\xbd\xe5\xb7\xa5\xe5\x95\x86\xe9\x93\xb6\xe8\xa1\x8c\xe4\xb8\x8a\xe6\xb5\xb7\xe5\x88\x86\xe8\xa1\x8c" (esc)

Only the changed lines differ; the comments stay, a new key goes below the table's last
key:

  $ diff before.toml dues.toml | sed "s/^/|/"
  |6c6
  |< name = "Example Co"
  |---
  |> name = "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb0\x8f\xe5\xba\x97\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8" (esc)
  |8a9,11
  |> address = "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb8\x82\xe6\xb5\xa6\xe4\xb8\x9c\xe6\x96\xb0\xe5\x8c\xba\xe4\xb8\x96\xe7\xba\xaa\xe5\xa4\xa7\xe9\x81\x93 100 \xe5\x8f\xb7\\n200120" (esc)
  |> tax-id = "91310000MA1FL8LQ47"
  |> bank = "\xe4\xb8\xad\xe5\x9b\xbd\xe5\xb7\xa5\xe5\x95\x86\xe9\x93\xb6\xe8\xa1\x8c\xe4\xb8\x8a\xe6\xb5\xb7\xe5\x88\x86\xe8\xa1\x8c" (esc)
  $ dues check
  ok: 0 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ dues company show
  name            \xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb0\x8f\xe5\xba\x97\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8 (esc)
  address         \xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb8\x82\xe6\xb5\xa6\xe4\xb8\x9c\xe6\x96\xb0\xe5\x8c\xba\xe4\xb8\x96\xe7\xba\xaa\xe5\xa4\xa7\xe9\x81\x93 100 \xe5\x8f\xb7 (esc)
                  200120
  tax-id          91310000MA1FL8LQ47
  currency        CNY
  bank            \xe4\xb8\xad\xe5\x9b\xbd\xe5\xb7\xa5\xe5\x95\x86\xe9\x93\xb6\xe8\xa1\x8c\xe4\xb8\x8a\xe6\xb5\xb7\xe5\x88\x86\xe8\xa1\x8c (esc)
  country         CN
  $ dues company show --format json | head -4
  {
    "name": "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb0\x8f\xe5\xba\x97\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8", (esc)
    "address": "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb8\x82\xe6\xb5\xa6\xe4\xb8\x9c\xe6\x96\xb0\xe5\x8c\xba\xe4\xb8\x96\xe7\xba\xaa\xe5\xa4\xa7\xe9\x81\x93 100 \xe5\x8f\xb7\\n200120", (esc)
    "tax-id": "91310000MA1FL8LQ47",

Codes are written in upper case; the company's tax id follows its country's rules, as a
customer's does; --unset removes a key:

  $ dues company set country cn
  company: country "CN"
  $ dues company set country jp
  dues: error: country: [company] tax-id: not a valid registration number of a qualified invoice issuer ('T' and 13 digits): '91310000MA1FL8LQ47'; nothing was changed
  [2]
  $ dues company set bank --unset
  company: bank unset
  $ grep -c '^bank' dues.toml
  0
  [1]

Bad values are usage errors naming the key, checked as `dues check` checks them, and
nothing is written:

  $ cp dues.toml good.toml
  $ dues company set tax-id 91310000MA1FL8LQ48
  dues: error: tax-id: [company] tax-id: not a valid unified social credit code (18 characters with a check character): '91310000MA1FL8LQ48'; nothing was changed
  [2]
  $ dues company set iban "DE89 3704 0044 0532 0130 01"
  dues: error: iban: not a valid IBAN (length or check digits); nothing was changed
  [2]
  $ dues company set email "billing at example"
  dues: error: email: not a valid email address; nothing was changed
  [2]
  $ dues company set currency EURO
  dues: error: currency: unknown currency 'EURO' in [company] (expected an ISO 4217 code); nothing was changed
  [2]
  $ dues company set currency --unset
  dues: error: the company needs a currency; 'currency' cannot be unset
  [2]
  $ dues company set creditor-id DE98ZZZ09999999998
  dues: error: creditor-id: not a valid SEPA creditor identifier (country, check digits, business code, national id; mod 97): 'DE98ZZZ09999999998'; nothing was changed
  [2]
  $ dues company set name $'two\nlines'
  dues: error: name: a line break cannot be written; only 'address' may span lines
  [2]
  $ dues company set curency EUR
  dues: error: unknown [company] key 'curency'; expected one of name, address, tax-id, email, phone, currency, iban, bic, bank, country, creditor-id, logo, account-number, routing-number
  [2]
  $ dues company set name
  dues: error: missing VALUE for 'name'
  [2]
  $ dues company set name x --unset
  dues: error: --unset takes no VALUE
  [2]
  $ dues company
  dues: error: dues company: expected set or show
  [2]
  $ cmp good.toml dues.toml

A currency change that would make a customer's credit limit invalid is refused:

  $ dues customer add acme --name ACME --credit-limit 100.50 >/dev/null
  $ dues company set currency jpy
  dues: error: currency: not a valid JPY credit limit: '100.5'; nothing was changed
  [2]
  $ dues company set currency usd
  company: currency "USD"

A ledger that does not check is not edited:

  $ echo 'garbage' >> journal/2026.dues
  $ cp dues.toml good.toml
  $ dues company set phone "+86 21 1234 5678" 2>&1 | tail -1
  dues: error: the ledger has 1 error; nothing was changed
  $ cmp good.toml dues.toml

Instalments used to be split by largest remainder, which rounds halves up: in a ledger
with `rounding = "half-even"`, 30% of 25605.15 gave an instalment of 7681.55 (want
7681.54) and 30% of 1.75 gave 0.53 and 1.22 (want 0.52 and 1.23). Every share now
follows the rounding setting, and the last share takes the remainder.

  $ dues --today 2026-03-01 init ledger > /dev/null
  $ cd ledger
  $ export DUES_TODAY=2026-03-01
  $ printf '[acme]\nname = "ACME"\n' >> customers.toml
  $ sed -i 's/^rounding = "half-up"/rounding = "half-even"/' dues.toml
  $ cat >> dues.toml <<'END'
  > 
  > [terms.split]
  > days = 60
  > instalments = [{ days = 0, share = "30%" }, { days = 60, share = "70%" }]
  > END
  $ dues invoice new acme --terms split --item "Work:1:25605.15:zero" > /dev/null
  $ dues invoice new acme --terms split --item "Tiny:1:1.75:zero" > /dev/null
  $ grep instalment journal/2026.dues
    instalment 2026-03-01 7681.54
    instalment 2026-04-30 17923.61
    instalment 2026-03-01 0.52
    instalment 2026-04-30 1.23

Half-up still rounds the half up; `down` cuts it; an invoice discount spread over the
lines follows the same rule:

  $ sed -i 's/^rounding = "half-even"/rounding = "down"/' dues.toml
  $ dues invoice new acme --terms split --item "Tiny:1:1.75:zero" --dry-run | grep instalment
    instalment 2026-03-01 0.52
    instalment 2026-04-30 1.23
  $ sed -i 's/^rounding = "down"/rounding = "half-up"/' dues.toml
  $ dues invoice new acme --terms split --item "Tiny:1:1.75:zero" --dry-run | grep instalment
    instalment 2026-03-01 0.53
    instalment 2026-04-30 1.22
  $ dues check
  ok: 1 customer, 2 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

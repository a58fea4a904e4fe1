# A small ledger for the invoicing cram tests (customer.t, invoice.t, credit.t, recur.t,
# render.t): `. "$TESTS/cli/invoicing_ledger.sh"` creates ./ledger and cds into it.
mkdir -p ledger/journal ledger/drafts
cd ledger || exit 1
cat > dues.toml <<'END'
# Settings of the invoicing test ledger.
format = 1

[company]
name = "Example GmbH"
address = """
Hauptstraße 1
10115 Berlin"""
tax-id = "DE123456789"
email = "billing@example.com"
currency = "EUR"
iban = "DE89 3704 0044 0532 0130 00"
bic = "COBADEFFXXX"

[defaults]
terms = "net30"
tax = "standard"

[series.invoice]
format = "INV-{year}-{seq:04}"

[series.credit]
format = "CN-{year}-{seq:04}"

[series.fapiao]
kind = "invoice"
external = true

[taxes.standard]
rate = "19%"
name = "VAT 19%"

[taxes.reduced]
rate = "7%"
name = "VAT 7%"

[taxes.zero]
rate = "0%"

[terms.net30]
days = 30

[terms.net14]
days = 14

[terms.eom30]
end-of-month = true
days = 30

[terms.skonto]
days = 30
cash-discount = "2%"
cash-discount-days = 10

[terms.thirds]
instalments = [
  { days = 0, share = "33.33%" },
  { days = 30, share = "33.33%" },
  { days = 60, share = "33.34%" },
]
END
cat > customers.toml <<'END'
# Our customers. Keep this comment.

[acme]   # the big one
name = "ACME Corp"
emails = ["ap@acme.example"]   # accounts payable
address = """
1 Main Street
Springfield"""
credit-limit = "5000.00"

# A Japanese customer billed in yen.
[bolt]
name = "ボルト株式会社"
currency = "JPY"
terms = "net14"
END
: > journal/2026.dues

# The ledger and the helpers of the dues send tests (send-*.t):
# `. "$TESTS/cli/send_ledger.sh"` creates ./ledger (three customers: German, Chinese and
# Japanese names, one without an email), cds into it and defines
#   start_server DIR [mail_server.py options]  a real SMTP server on 127.0.0.1 (aiosmtpd)
#   stop_server DIR
#   use_smtp DIR [KEY = VALUE lines on stdin]   [mail] for that server
#   show FILE.eml [--body] [--attachment-text]  the message decoded (Python's email package)
mkdir -p ledger/journal
cd ledger || exit 1
cat > dues.toml <<'END'
format = 1

[company]
name = "Kiefer & Ito Design GbR"
email = "hello@kiefer-ito.example"
currency = "EUR"
iban = "DE89 3704 0044 0532 0130 00"
bic = "COBADEFFXXX"

[defaults]
terms = "net14"

[series.invoice]
format = "INV-{year}-{seq:04}"

[series.credit]
format = "CN-{year}-{seq:04}"

[terms.net14]
days = 14
END
cat > customers.toml <<'END'
[acme]
name = "Müller & Söhne GmbH"
emails = ["buchhaltung@mueller.example", "chef@mueller.example"]
country = "DE"

[beijing]
name = "北京示例科技有限公司"
emails = ["caiwu@beijing.example"]
country = "CN"

[tokyo]
name = "東京サンプル株式会社"
country = "JP"
END
cat > journal/2026.dues <<'END'
2026-03-02 invoice INV-2026-0001 customer acme due 2026-03-16 total 1190.00 EUR
2026-03-03 invoice INV-2026-0002 customer beijing due 2026-03-17 total 500.00 EUR
2026-03-04 credit CN-2026-0001 customer acme total 119.00 EUR
2026-03-05 invoice INV-2026-0003 customer tokyo due 2026-03-19 total 300.00 EUR
END
export DUES_TODAY=2026-03-10

start_server() {
  local dir=$1
  shift
  mkdir -p "$dir"
  /usr/bin/python3 "$TESTS/cli/mail_server.py" "$dir" "$@" > "$dir/log" 2>&1 &
  echo $! > "$dir/pid"
  for _ in $(seq 200); do
    [[ -f $dir/port ]] && return 0
    sleep 0.05
  done
  echo "the SMTP server did not start:" >&2
  cat "$dir/log" >&2
  return 1
}

stop_server() {
  kill "$(cat "$1/pid")"
  wait "$(cat "$1/pid")" 2> /dev/null || true
}

use_smtp() {
  sed -i '/^\[mail\]/,$d' dues.toml
  {
    echo '[mail]'
    echo 'transport = "smtp"'
    echo 'from = "Kiefer & Ito <billing@kiefer-ito.example>"'
    echo 'host = "127.0.0.1"'
    echo "port = $(cat "$1/port")"
    echo 'timeout = 10'
    cat
  } >> dues.toml
}

show() {
  /usr/bin/python3 "$TESTS/cli/mail_show.py" "$@"
}

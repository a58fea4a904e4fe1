#include "base/file.hpp"
#include "cli/app.hpp"
#include "testutil.hpp"

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "dues-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return m_path; }
  std::string operator/(std::string_view name) const { return (m_path / name).string(); }

private:
  fs::path m_path;
};

// Sets (or clears) an environment variable for the life of the object.
class ScopedEnv {
public:
  ScopedEnv(const char* name, std::optional<std::string> value) : m_name(name) {
    if (const char* old = std::getenv(name)) {
      m_old = old;
    }
    set(value);
  }
  ~ScopedEnv() { set(m_old); }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
  void set(const std::optional<std::string>& value) {
    if (value) {
      ::setenv(m_name, value->c_str(), 1);
    } else {
      ::unsetenv(m_name);
    }
  }
  const char* m_name;
  std::optional<std::string> m_old;
};

// Runs in another working directory for the life of the object.
class ScopedCwd {
public:
  explicit ScopedCwd(const fs::path& dir) : m_old(fs::current_path()) { fs::current_path(dir); }
  ~ScopedCwd() {
    std::error_code ec;
    fs::current_path(m_old, ec);
  }
  ScopedCwd(const ScopedCwd&) = delete;
  ScopedCwd& operator=(const ScopedCwd&) = delete;

private:
  fs::path m_old;
};

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

// dues ARGS..., in-process, with no ledger or date from the environment.
Run run_dues(std::vector<std::string> args) {
  const ScopedEnv no_ledger("DUES_LEDGER", std::nullopt);
  const ScopedEnv no_today("DUES_TODAY", std::nullopt);
  // "dues" goes first in argv, not into args: GCC 12 at -O2 reports a "potential null
  // pointer dereference" in std::vector<std::string>::insert at begin() (release build).
  std::vector<const char*> argv{"dues"};
  for (const std::string& arg : args) {
    argv.push_back(arg.c_str());
  }
  argv.push_back(nullptr);
  std::ostringstream out;
  std::ostringstream err;
  Run result;
  result.code = dues::cli::run(static_cast<int>(argv.size() - 1), argv.data(), out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

std::string read(const std::string& path) {
  return dues::read_file(path, path);
}

void write(const std::string& path, std::string_view text) {
  dues::write_file_atomic(path, text, path);
}

void append(const std::string& path, std::string_view text) {
  dues::append_file_durable(path, text, path);
}

// A new ledger (dues init, 2026) with customer acme and the given journal lines.
std::string make_ledger(const TempDir& tmp, std::string_view journal = {}) {
  const std::string dir = tmp / "ledger";
  const Run init = run_dues({"--today", "2026-01-10", "init", dir});
  REQUIRE(init.code == 0);
  append(dir + "/customers.toml", "[acme]\nname = \"ACME\"\n");
  if (!journal.empty()) {
    append(dir + "/journal/2026.dues", journal);
  }
  return dir;
}

constexpr std::string_view k_usage_hint = "Run 'dues --help' or 'dues COMMAND --help' for usage.\n";

} // namespace

TEST_CASE("cli: --version and --help print to stdout and exit 0") {
  const Run version = run_dues({"--version"});
  CHECK(version.code == 0);
  CHECK(version.out.rfind("dues ", 0) == 0);
  CHECK(version.out.find(" (ledger format 1)\n") != std::string::npos);
  CHECK(version.err.empty());
  const Run help = run_dues({"--help"});
  CHECK(help.code == 0);
  CHECK(help.out.find("Subcommands:") != std::string::npos);
  CHECK(help.err.empty());
  const Run command_help = run_dues({"fmt", "--help"});
  CHECK(command_help.code == 0);
  CHECK(command_help.out.find("--check") != std::string::npos);
}

TEST_CASE("cli: command-line mistakes are usage errors (2) on stderr") {
  const Run none = run_dues({});
  CHECK(none.code == 2);
  CHECK(none.out.empty());
  CHECK(none.err.rfind("dues: accounts receivable in plain text\nUsage: dues [OPTIONS] "
                       "[SUBCOMMAND]\n",
                       0)
        == 0);
  const Run unknown = run_dues({"frobnicate"});
  CHECK(unknown.code == 2);
  CHECK(unknown.out.empty());
  CHECK(unknown.err
        == "dues: error: unknown command 'frobnicate'\n"
               + std::string(k_usage_hint));
  const Run bad_flag = run_dues({"fmt", "--bogus"});
  CHECK(bad_flag.code == 2);
  CHECK(bad_flag.err
        == "dues: error: unknown option '--bogus' for 'dues fmt'\n"
               + std::string(k_usage_hint));
  const Run bad_choice = run_dues({"--color", "sometimes", "check"});
  CHECK(bad_choice.code == 2);
  CHECK(bad_choice.err
        == "dues: error: --color: sometimes not in {auto,always,never}\n"
               + std::string(k_usage_hint));
  const Run missing = run_dues({"--today"});
  CHECK(missing.code == 2);
  CHECK(missing.err
        == "dues: error: --today: 1 required DATE missing\n" + std::string(k_usage_hint));
  // Mistakes found after parsing are usage errors too.
  const Run bad_date = run_dues({"--today", "2026-02-30", "check"});
  CHECK(bad_date.code == 2);
  CHECK(bad_date.out.empty());
  CHECK(bad_date.err == "dues: error: --today: not a valid date (YYYY-MM-DD): '2026-02-30'\n");
  const Run bad_format = run_dues({"aging", "--format", "xml"});
  CHECK(bad_format.code == 2);
  CHECK(bad_format.err == "dues: error: --format: expected one of table, csv, json, html, xlsx, not 'xml'\n");
}

TEST_CASE("cli: init creates a ledger once; a second init is a conflict (4)") {
  const TempDir tmp;
  const std::string dir = tmp / "books";
  const Run first = run_dues({"--today", "2026-01-10", "init", dir});
  CHECK(first.code == 0);
  CHECK(first.out.starts_with("created a ledger in " + dir
                              + ": dues.toml, customers.toml, journal/2026.dues\n"
                                "note: dues.toml's [dunning.interest] base-rates"));
  CHECK(first.err.empty());
  CHECK(fs::exists(dir + "/dues.toml"));
  CHECK(fs::exists(dir + "/customers.toml"));
  CHECK(fs::exists(dir + "/journal/2026.dues"));
  const std::string settings = read(dir + "/dues.toml");
  const Run second = run_dues({"--today", "2026-01-10", "init", dir});
  CHECK(second.code == 4);
  CHECK(second.out.empty());
  CHECK(second.err
        == "dues: error: " + dir
               + " already holds a ledger (dues.toml exists); nothing was changed\n");
  CHECK(read(dir + "/dues.toml") == settings);
  const Run currency = run_dues({"init", "--currency", "XYZ", tmp / "other"});
  CHECK(currency.code == 2);
  CHECK(currency.err
        == "dues: error: --currency: unknown currency 'XYZ' (expected an ISO 4217 code such as "
           "EUR)\n");
  CHECK_FALSE(fs::exists(tmp / "other"));
  // A new ledger is valid at once.
  const Run check = run_dues({"-C", dir, "check"});
  CHECK(check.code == 0);
  CHECK(
      check.out
      == "ok: 0 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file\n");
  CHECK(check.err.empty());
}

TEST_CASE("cli: check reports every error on stderr and exits 3") {
  const TempDir tmp;
  const std::string dir = make_ledger(
      tmp, "2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 100.00 EUR\n"
           "2026-02-01 payment PAY-2026-0001 customer acme amount 100.00 EUR\n"
           "  apply INV-2026-0001 100.00\n");
  const Run good = run_dues({"-C", dir, "check"});
  CHECK(good.code == 0);
  CHECK(good.out
        == "ok: 1 customer, 1 invoice, 0 credit notes, 1 payment, 0 refunds in 1 journal file\n");
  // Global options work after the command too.
  CHECK(run_dues({"check", "-C", dir}).code == 0);
  append(dir + "/journal/2026.dues",
         "2026-01-06 invoice INV-2026-0002 customer acme due 2026-02-30 total 1.00 EUR\n"
         "2026-01-07 invoice INV-2026-0003 customer nobody due 2026-02-04 total 1.00 EUR\n");
  const Run bad = run_dues({"-C", dir, "check"});
  CHECK(bad.code == 3);
  CHECK(bad.out.empty());
  CHECK(bad.err
        == "dues: error: journal/2026.dues:12:52: not a valid date (YYYY-MM-DD): '2026-02-30'\n"
           "dues: error: journal/2026.dues:13:43: unknown customer 'nobody' (not in "
           "customers.toml)\n"
           "dues: error: the ledger has 2 errors; nothing was changed\n");
}

TEST_CASE("cli: fmt --check exits 1 when a file is not canonical; fmt repairs it") {
  const TempDir tmp;
  const std::string dir = make_ledger(tmp);
  const std::string journal = dir + "/journal/2026.dues";
  CHECK(run_dues({"-C", dir, "fmt", "--check"}).code == 0);
  append(journal, "2026-01-05 invoice INV-2026-0001 total 100 EUR  due 2026-02-04 customer acme\n");
  const std::string before = read(journal);
  const Run check = run_dues({"-C", dir, "fmt", "--check"});
  CHECK(check.code == 1);
  CHECK(check.out == "would reformat journal/2026.dues\n");
  CHECK(check.err.empty());
  CHECK(read(journal) == before);
  const Run format = run_dues({"-C", dir, "fmt"});
  CHECK(format.code == 0);
  CHECK(format.out == "reformatted journal/2026.dues\n");
  const std::string after = read(journal);
  CHECK(after.find("2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 100.00 "
                   "EUR\n")
        != std::string::npos);
  CHECK(run_dues({"-C", dir, "fmt", "--check"}).code == 0);
  CHECK(run_dues({"-C", dir, "fmt", "--check"}).out.empty());
  // A journal that does not parse is left alone.
  append(journal, "2026-01-06 bill X\n");
  const Run broken = run_dues({"-C", dir, "fmt"});
  CHECK(broken.code == 3);
  CHECK(broken.out.empty());
  CHECK(broken.err
        == "dues: error: journal/2026.dues:10:12: unknown entry 'bill'; expected one of invoice, "
           "credit, payment, refund, void, writeoff, allocate, dispute, resolve, remind, note, promise, sent, collection, return, forgotten\n"
           "dues: error: cannot format a journal that does not parse (1 error); nothing was "
           "changed\n");
  CHECK(read(journal) == after + "2026-01-06 bill X\n");
}

TEST_CASE("cli: aging prints results on stdout only") {
  const TempDir tmp;
  const std::string dir = make_ledger(
      tmp, "2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 100.00 EUR\n");
  const Run csv = run_dues({"-C", dir, "--today", "2026-03-31", "aging", "--format", "csv"});
  CHECK(csv.code == 0);
  CHECK(csv.err.empty());
  CHECK(csv.out
        == "as_of,basis,currency,customer,name,not due,1-30,31-60,61-90,90+,credit,total\n"
           "2026-03-31,due,EUR,acme,ACME,0.00,0.00,100.00,0.00,0.00,0.00,100.00\n");
  const Run as_of = run_dues({"-C", dir, "aging", "--as-of", "2026-02-04", "--format", "csv"});
  CHECK(as_of.code == 0);
  CHECK(as_of.out.find("2026-02-04,due,EUR,acme,ACME,100.00,0.00") != std::string::npos);
  const Run table = run_dues({"-C", dir, "--today", "2026-03-31", "--color", "never", "aging"});
  CHECK(table.code == 0);
  CHECK(table.out.find("acme") != std::string::npos);
  CHECK(table.out.find("\x1b[") == std::string::npos);
  const Run customer = run_dues({"-C", dir, "aging", "--customer", "nobody"});
  CHECK(customer.code == 2);
  CHECK(customer.out.empty());
  CHECK(customer.err
        == "dues: error: --customer: unknown customer 'nobody' (not in customers.toml)\n");
  const Run date = run_dues({"-C", dir, "aging", "--as-of", "31.03.2026"});
  CHECK(date.code == 2);
  CHECK(date.err == "dues: error: --as-of: not a valid date (YYYY-MM-DD): '31.03.2026'\n");
  append(dir + "/journal/2026.dues", "2026-01-06 invoice X customer acme\n");
  const Run invalid = run_dues({"-C", dir, "aging"});
  CHECK(invalid.code == 3);
  CHECK(invalid.out.empty());
}

TEST_CASE("cli: no ledger (5), and a ledger newer than this binary (5)") {
  const TempDir tmp;
  const Run missing = run_dues({"-C", tmp.path().string(), "check"});
  CHECK(missing.code == 5);
  CHECK(missing.out.empty());
  CHECK(missing.err
        == "dues: error: no dues.toml in " + tmp.path().string() + " (run 'dues init "
               + tmp.path().string() + "' to start a ledger)\n");
  CHECK(run_dues({"-C", tmp.path().string(), "aging"}).code == 5);
  CHECK(run_dues({"-C", tmp.path().string(), "fmt"}).code == 5);
  {
    const ScopedCwd here(tmp.path());
    const Run nowhere = run_dues({"check"});
    CHECK(nowhere.code == 5);
    CHECK(nowhere.err
          == "dues: error: no dues.toml here or in any parent folder (use -C DIR, or 'dues "
             "init')\n");
  }
  const std::string dir = make_ledger(tmp);
  std::string settings = read(dir + "/dues.toml");
  settings.replace(settings.find("format = 1"), 10, "format = 2");
  write(dir + "/dues.toml", settings);
  const Run newer = run_dues({"-C", dir, "check"});
  CHECK(newer.code == 5);
  CHECK(newer.out.empty());
  CHECK(newer.err.find("dues.toml:3:10: this ledger uses format 2, but this dues reads format 1 at "
                       "most; upgrade dues\n")
        != std::string::npos);
}

TEST_CASE("cli: the ledger is found upwards from the working directory, or by DUES_LEDGER") {
  const TempDir tmp;
  const std::string dir = make_ledger(tmp);
  {
    const ScopedCwd inside(dir + "/journal");
    CHECK(run_dues({"check"}).code == 0);
  }
  // run_dues() clears DUES_LEDGER and DUES_TODAY, so call run() directly here.
  const ScopedEnv ledger("DUES_LEDGER", dir);
  const ScopedEnv today("DUES_TODAY", "2031-05-01");
  std::ostringstream out;
  std::ostringstream err;
  const char* argv[] = {"dues", "check", nullptr};
  CHECK(dues::cli::run(2, argv, out, err) == 0);
  CHECK(out.str().rfind("ok: 1 customer", 0) == 0);
  std::ostringstream init_out;
  const std::string other = tmp / "other";
  const char* init_argv[] = {"dues", "init", other.c_str(), nullptr};
  CHECK(dues::cli::run(3, init_argv, init_out, err) == 0);
  CHECK(fs::exists(other + "/journal/2031.dues")); // the year of DUES_TODAY
}

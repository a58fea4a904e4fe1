The lint scripts in tests/lint must be able to fail. Each runs here on a small tree
with known problems; the repository itself is checked by the lint.* tests.

  $ LINT=$TESTS/lint

Layering: includes against the arrows, folder-less includes, unknown layers, CLI11
outside app.cpp.

  $ mkdir -p layers/src/base layers/src/syntax layers/src/query layers/src/cli layers/src/extra
  $ printf '#include "syntax/journal.hpp"\n#include <vector>\n' > layers/src/base/money.cpp
  $ printf '#include "base/money.hpp"\n  #  include "cli/app.hpp"\n// #include "cli/app.hpp"\n' > layers/src/syntax/parser.cpp
  $ printf '#include "bank/csv.hpp"\n#include "model/ledger.hpp"\n#include "aging.hpp"\n' > layers/src/query/aging.cpp
  $ printf '#include <CLI/CLI.hpp>\n#include "bank/csv.hpp"\n' > layers/src/cli/cmd_pay.cpp
  $ printf '#include <CLI/CLI.hpp>\n' > layers/src/cli/app.cpp
  $ printf '#include "base/money.hpp"\n' > layers/src/extra/thing.cpp
  $ bash $LINT/check-layering.sh layers
  src/base/money.cpp:1: base may not include syntax/journal.hpp (allowed: base)
  src/cli/cmd_pay.cpp:1: only src/cli/app.cpp (and its app_*.cpp, app_declare.hpp) includes CLI11
  src/extra/thing.cpp: src/extra is not a known layer; add it to tests/lint/check-layering.sh
  src/query/aging.cpp:3: include "aging.hpp" with its folder, as in "query/aging.hpp"
  src/syntax/parser.cpp:2: syntax may not include cli/app.hpp (allowed: base syntax)
  [1]

No float or double outside comments and strings.

  $ mkdir -p floats/src/base
  $ cat > floats/src/base/rate.cpp <<'CPP'
  > // a float in a comment is fine
  > /* so is a double
  >    double here */ int a = 1;
  > const char* s = "float \" double";
  > const char* r = R"x(double )" float)x"; int b = 2;
  > const char* m = R"(
  > double inside a raw string
  > )";
  > int c = 1'000'000; char q = '\''; char d = '"';
  > bool e = std::is_floating_point_v<int>; int doubled = 2;
  > double bad = 1;
  > auto x = static_cast<float>(c); // float
  > long double y; /* comment */ int z;
  > int w = 0; /* double */ float v;
  > CPP
  $ bash $LINT/check-no-float.sh floats
  src/base/rate.cpp:11: double bad = 1;
  src/base/rate.cpp:12: auto x = static_cast<float>(c); // float
  src/base/rate.cpp:13: long double y; /* comment */ int z;
  src/base/rate.cpp:14: int w = 0; /* double */ float v;
  float and double are not allowed in src/: use Money or Decimal (CONTRIBUTING.md)
  [1]

File size: at most 600 lines.

  $ mkdir -p sizes/src/model
  $ seq 600 > sizes/src/model/fits.cpp
  $ seq 601 > sizes/src/model/long.cpp
  $ seq 900 > sizes/src/model/longer.hpp
  $ bash $LINT/check-file-size.sh sizes
  src/model/long.cpp: 601 lines (at most 600)
  src/model/longer.hpp: 900 lines (at most 600)
  [1]

And each passes on the repository.

  $ bash $LINT/check-layering.sh $ROOT && bash $LINT/check-no-float.sh $ROOT && bash $LINT/check-file-size.sh $ROOT

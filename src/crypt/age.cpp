#include "crypt/age.hpp"

#include "base/error.hpp"
#include "crypt/process.hpp"

#include <fmt/format.h>

namespace dues::crypt {
namespace {

std::string first_line(const std::string& text) {
  const auto end = text.find('\n');
  std::string line = text.substr(0, end);
  return line.empty() ? "no message" : line;
}

} // namespace

std::vector<std::string> age_encrypt(const std::vector<std::string>& clear,
                                     const std::vector<std::string>& recipients) {
  std::vector<std::string> argv{"age", "--encrypt"};
  for (const std::string& recipient : recipients) {
    argv.insert(argv.end(), {"--recipient", recipient});
  }
  std::vector<ProgramRun> runs;
  runs.reserve(clear.size());
  for (const std::string& value : clear) {
    runs.push_back({argv, value});
  }
  std::vector<ProgramResult> results = run_programs(runs, k_age_parallel);
  std::vector<std::string> sealed;
  sealed.reserve(results.size());
  for (ProgramResult& result : results) {
    if (!result.problem.empty()) {
      throw Error(ErrorKind::environment,
                  result.problem + " (install age: apt-get install age)");
    }
    if (result.status != 0 || result.output.empty()) {
      throw Error(ErrorKind::environment,
                  fmt::format("age could not encrypt: {}", first_line(result.errors)));
    }
    sealed.push_back(std::move(result.output));
  }
  return sealed;
}

std::vector<Decrypted> age_decrypt(const std::vector<std::string>& ciphertexts,
                                   const std::filesystem::path& identity) {
  const std::vector<std::string> argv{"age", "--decrypt", "--identity", identity.string()};
  std::vector<ProgramRun> runs;
  runs.reserve(ciphertexts.size());
  for (const std::string& ciphertext : ciphertexts) {
    runs.push_back({argv, ciphertext});
  }
  std::vector<ProgramResult> results = run_programs(runs, k_age_parallel);
  std::vector<Decrypted> values(results.size());
  for (std::size_t i = 0; i < results.size(); ++i) {
    ProgramResult& result = results[i];
    if (!result.problem.empty()) {
      throw Error(ErrorKind::environment,
                  result.problem + " (install age: apt-get install age)");
    }
    if (result.status == 0) {
      values[i].clear = std::move(result.output);
    } else {
      values[i].problem = first_line(result.errors);
    }
  }
  return values;
}

} // namespace dues::crypt

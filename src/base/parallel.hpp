#pragma once

// Two pieces of work at once, on this thread and one more (issue 16: restoring the
// snapshot, reading a bank file while the ledger loads).
#include <exception>
#include <system_error>
#include <thread>
#include <utility>

namespace dues {

// What each of two pieces of work threw (null when it returned).
struct BothFailures {
  std::exception_ptr first;
  std::exception_ptr second;
};

// Runs `first` on this thread while `second` runs on another (one after the other when
// `parallel` is false or no thread can be started), waits for both and returns what each
// threw: nothing escapes before both are done.
template <typename First, typename Second>
BothFailures run_both_caught(bool parallel, First&& first, Second&& second) {
  BothFailures failures;
  const auto guarded = [&] {
    try {
      second();
    } catch (...) {
      failures.second = std::current_exception();
    }
  };
  std::thread other;
  if (parallel) {
    try {
      other = std::thread(guarded);
    } catch (const std::system_error&) {
      parallel = false;
    }
  }
  try {
    first();
  } catch (...) {
    failures.first = std::current_exception();
  }
  if (parallel) {
    other.join();
  } else {
    guarded();
  }
  return failures;
}

// The same, rethrowing what `first` threw, else what `second` threw.
template <typename First, typename Second>
void run_both(bool parallel, First&& first, Second&& second) {
  const BothFailures failures =
      run_both_caught(parallel, std::forward<First>(first), std::forward<Second>(second));
  if (failures.first) {
    std::rethrow_exception(failures.first);
  }
  if (failures.second) {
    std::rethrow_exception(failures.second);
  }
}

} // namespace dues

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dues {

// The number of single-character insertions, deletions, substitutions and swaps of two
// neighbours that turn `a` into `b` (optimal string alignment distance), in bytes,
// ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a typo of it (at most
// one edit for short words, two from 6 characters, three from 12), else "". Ties go to
// the first candidate.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

// "; did you mean 'X'?" for the closest candidate (closest_match), else "": appended to
// an "unknown ..." message.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace dues

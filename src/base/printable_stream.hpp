#pragma once

#include <array>
#include <streambuf>
#include <string>

namespace dues {

// A stream buffer that passes text on to another with every control character made
// harmless, as printable(text, true) does: line breaks stay, TAB and CR become a
// space, other C0, DEL and C1 controls become U+FFFD. cli::run writes stderr through
// one, because error messages quote what files hold (a bank export's cells, a name)
// and nothing read from a file may drive the terminal. Text is passed on when the
// stream is flushed (std::unitbuf flushes after every <<) and when the buffer goes.
class PrintableBuffer : public std::streambuf {
public:
  explicit PrintableBuffer(std::streambuf* target);
  PrintableBuffer(const PrintableBuffer&) = delete;
  PrintableBuffer& operator=(const PrintableBuffer&) = delete;
  ~PrintableBuffer() override;

protected:
  int_type overflow(int_type ch) override;
  int sync() override;

private:
  // Filters the buffered text into the target and empties the buffer.
  void drain();
  void put(unsigned char byte);

  std::streambuf* m_target;
  std::array<char, 1024> m_buffer{};
  std::string m_filtered;
  bool m_held_c2 = false; // 0xC2 seen: the next byte decides whether it is a C1 control
};

} // namespace dues

#include "base/printable_stream.hpp"

#include <string_view>

namespace dues {
namespace {

constexpr std::string_view k_replacement = "\uFFFD";

} // namespace

PrintableBuffer::PrintableBuffer(std::streambuf* target) : m_target(target) {
  setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

PrintableBuffer::~PrintableBuffer() {
  drain();
  if (m_held_c2) {
    m_target->sputc(static_cast<char>(0xC2)); // a lead byte at the very end
  }
  m_target->pubsync();
}

void PrintableBuffer::put(unsigned char byte) {
  if (m_held_c2) {
    m_held_c2 = false;
    if (byte >= 0x80 && byte <= 0x9F) {
      m_filtered += k_replacement;
      return;
    }
    m_filtered += static_cast<char>(0xC2);
  }
  if (byte == 0xC2) {
    m_held_c2 = true;
  } else if (byte == '\t' || byte == '\r') {
    m_filtered += ' ';
  } else if ((byte < 0x20 && byte != '\n') || byte == 0x7F) {
    m_filtered += k_replacement;
  } else {
    m_filtered += static_cast<char>(byte);
  }
}

void PrintableBuffer::drain() {
  m_filtered.clear();
  for (const char* c = pbase(); c != pptr(); ++c) {
    put(static_cast<unsigned char>(*c));
  }
  setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
  m_target->sputn(m_filtered.data(), static_cast<std::streamsize>(m_filtered.size()));
}

PrintableBuffer::int_type PrintableBuffer::overflow(int_type ch) {
  drain();
  if (!traits_type::eq_int_type(ch, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(ch);
    pbump(1);
  }
  return traits_type::not_eof(ch);
}

int PrintableBuffer::sync() {
  drain();
  return m_target->pubsync();
}

} // namespace dues

// The sendmail and command transports: a program reads the message on stdin and says
// by its exit status whether it took it.
#include "mail/transport.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ; // NOLINT(readability-identifier-naming): POSIX

namespace dues::mail {
namespace {

struct Outcome {
  int status = -1;    // the exit status, or -1 when it did not exit normally
  std::string output; // what it wrote on stdout and stderr
  std::string error;  // why it could not be run
};

// Runs `argv` with `input` on its stdin and `extra_env` added to the environment,
// collecting its stdout and stderr together.
Outcome run_program(const std::vector<std::string>& argv, std::string_view input,
                    const std::vector<std::string>& extra_env) {
  Outcome outcome;
  int in_pipe[2];
  int out_pipe[2];
  if (pipe(in_pipe) != 0) {
    outcome.error = std::strerror(errno);
    return outcome;
  }
  if (pipe(out_pipe) != 0) {
    outcome.error = std::strerror(errno);
    close(in_pipe[0]);
    close(in_pipe[1]);
    return outcome;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 2);
  for (const int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1]}) {
    posix_spawn_file_actions_addclose(&actions, fd);
  }
  std::vector<char*> args;
  for (const std::string& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);
  std::vector<std::string> env_text;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    env_text.emplace_back(*entry);
  }
  env_text.insert(env_text.end(), extra_env.begin(), extra_env.end());
  std::vector<char*> env;
  for (std::string& entry : env_text) {
    env.push_back(entry.data());
  }
  env.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  close(in_pipe[0]);
  close(out_pipe[1]);
  if (spawned != 0) {
    close(in_pipe[1]);
    close(out_pipe[0]);
    outcome.error = fmt::format("cannot run '{}': {}", argv[0], std::strerror(spawned));
    return outcome;
  }
  // A program that exits without reading its input must not kill dues with SIGPIPE.
  struct sigaction ignore = {};
  struct sigaction old = {};
  ignore.sa_handler = SIG_IGN; // NOLINT(cppcoreguidelines-pro-type-union-access)
  sigaction(SIGPIPE, &ignore, &old);
  std::size_t written = 0;
  bool input_open = true;
  char buffer[4096];
  while (true) {
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {in_pipe[1], POLLOUT, 0}};
    const int ready = poll(fds, input_open ? 2 : 1, -1);
    if (ready < 0 && errno == EINTR) {
      continue;
    }
    if (input_open && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
      const ssize_t n = write(in_pipe[1], input.data() + written, input.size() - written);
      if (n > 0) {
        written += static_cast<std::size_t>(n);
      }
      if (n < 0 || written == input.size()) {
        close(in_pipe[1]);
        input_open = false;
      }
    }
    if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      const ssize_t n = read(out_pipe[0], buffer, sizeof buffer);
      if (n <= 0) {
        break;
      }
      outcome.output.append(buffer, static_cast<std::size_t>(n));
    }
  }
  if (input_open) {
    close(in_pipe[1]);
  }
  close(out_pipe[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  sigaction(SIGPIPE, &old, nullptr);
  if (WIFEXITED(status)) {
    outcome.status = WEXITSTATUS(status);
  } else {
    outcome.error = fmt::format("'{}' was killed by signal {}", argv[0], WTERMSIG(status));
  }
  return outcome;
}

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

SendResult result_of(const Outcome& outcome, std::string_view program) {
  if (!outcome.error.empty()) {
    return {false, outcome.error};
  }
  if (outcome.status != 0) {
    const std::string said = trimmed(outcome.output);
    return {false, said.empty() ? fmt::format("'{}' exited with status {}", program, outcome.status)
                                : fmt::format("'{}' exited with status {}: {}", program,
                                              outcome.status, said)};
  }
  return {true, trimmed(outcome.output)};
}

class SendmailTransport : public Transport {
public:
  explicit SendmailTransport(std::string program) : m_program(std::move(program)) {}
  std::string name() const override { return "sendmail"; }
  SendResult send(const Message& message) override {
    const std::string bytes = to_mime(message, true);
    return result_of(run_program({m_program, "-t", "-oi"}, bytes, {}), m_program);
  }

private:
  std::string m_program;
};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    out += out.empty() ? "" : ",";
    out += item;
  }
  return out;
}

class CommandTransport : public Transport {
public:
  explicit CommandTransport(std::string command) : m_command(std::move(command)) {}
  std::string name() const override { return "command"; }
  SendResult send(const Message& message) override {
    const std::string bytes = to_mime(message);
    const std::vector<std::string> env = {
        "DUES_DOCUMENT=" + message.document,
        "DUES_CUSTOMER=" + message.customer,
        "DUES_RECIPIENTS=" + joined(envelope_recipients(message)),
        "DUES_SUBJECT=" + message.subject,
        "DUES_MESSAGE_ID=<" + message.message_id + ">",
    };
    return result_of(run_program({"/bin/sh", "-c", m_command}, bytes, env), m_command);
  }

private:
  std::string m_command;
};

} // namespace

std::unique_ptr<Transport> sendmail_transport(const std::string& program) {
  return std::make_unique<SendmailTransport>(program);
}

std::unique_ptr<Transport> command_transport(const std::string& command) {
  return std::make_unique<CommandTransport>(command);
}

} // namespace dues::mail

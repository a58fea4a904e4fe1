// Several child processes at once, driven by one poll() loop: a batch of age calls
// costs about the time of the slowest few instead of the sum of all.
#include "crypt/process.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ; // NOLINT(readability-identifier-naming): POSIX

namespace dues::crypt {
namespace {

struct Child {
  std::size_t index = 0; // into runs
  pid_t pid = -1;
  int in = -1;  // our end of its stdin
  int out = -1; // our end of its stdout
  int err = -1; // our end of its stderr
  std::size_t written = 0;
};

void close_fd(int& fd) {
  if (fd >= 0) {
    close(fd);
    fd = -1;
  }
}

// Starts one program; on failure the result says why and the child is not started.
Child start(const ProgramRun& run, std::size_t index, ProgramResult& result) {
  Child child;
  child.index = index;
  int pipes[3][2] = {{-1, -1}, {-1, -1}, {-1, -1}};
  for (auto& p : pipes) {
    if (pipe2(p, O_CLOEXEC) != 0) {
      result.problem = fmt::format("cannot run '{}': {}", run.argv.at(0), std::strerror(errno));
      for (auto& q : pipes) {
        close_fd(q[0]);
        close_fd(q[1]);
      }
      return child;
    }
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0);
  posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1);
  posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2);
  std::vector<char*> args;
  for (const std::string& arg : run.argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);
  pid_t pid = -1;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close_fd(pipes[0][0]);
  close_fd(pipes[1][1]);
  close_fd(pipes[2][1]);
  if (spawned != 0) {
    result.problem = fmt::format("cannot run '{}': {}", run.argv[0], std::strerror(spawned));
    close_fd(pipes[0][1]);
    close_fd(pipes[1][0]);
    close_fd(pipes[2][0]);
    return child;
  }
  child.pid = pid;
  child.in = pipes[0][1];
  child.out = pipes[1][0];
  child.err = pipes[2][0];
  fcntl(child.in, F_SETFL, O_NONBLOCK);
  if (run.input.empty()) {
    close_fd(child.in);
  }
  return child;
}

// Moves what is ready between dues and the child; false once it has closed both outputs.
bool pump(Child& child, const ProgramRun& run, ProgramResult& result, const pollfd* fds) {
  if (child.in >= 0 && (fds[0].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
    const ssize_t n = write(child.in, run.input.data() + child.written,
                            run.input.size() - child.written);
    if (n > 0) {
      child.written += static_cast<std::size_t>(n);
    }
    if ((n < 0 && errno != EAGAIN && errno != EINTR) || child.written == run.input.size()) {
      close_fd(child.in);
    }
  }
  char buffer[8192];
  for (int k = 1; k <= 2; ++k) {
    int& fd = k == 1 ? child.out : child.err;
    if (fd >= 0 && (fds[k].revents & (POLLIN | POLLERR | POLLHUP)) != 0) {
      const ssize_t n = read(fd, buffer, sizeof buffer);
      if (n > 0) {
        (k == 1 ? result.output : result.errors).append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        close_fd(fd);
      }
    }
  }
  return child.out >= 0 || child.err >= 0;
}

void finish(Child& child, ProgramResult& result) {
  close_fd(child.in);
  int status = 0;
  while (waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

std::vector<ProgramResult> run_programs(const std::vector<ProgramRun>& runs, std::size_t parallel) {
  std::vector<ProgramResult> results(runs.size());
  // A program that exits without reading its input must not kill dues with SIGPIPE.
  struct sigaction ignore = {};
  struct sigaction old = {};
  ignore.sa_handler = SIG_IGN; // NOLINT(cppcoreguidelines-pro-type-union-access)
  sigaction(SIGPIPE, &ignore, &old);
  std::vector<Child> running;
  std::size_t next = 0;
  parallel = std::max<std::size_t>(parallel, 1);
  while (next < runs.size() || !running.empty()) {
    while (next < runs.size() && running.size() < parallel) {
      Child child = start(runs[next], next, results[next]);
      if (child.pid > 0) {
        running.push_back(child);
      }
      ++next;
    }
    if (running.empty()) {
      continue;
    }
    std::vector<pollfd> fds;
    for (const Child& child : running) {
      fds.push_back({child.in, POLLOUT, 0});
      fds.push_back({child.out, POLLIN, 0});
      fds.push_back({child.err, POLLIN, 0});
    }
    if (poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR) {
      break;
    }
    for (std::size_t c = 0; c < running.size();) {
      Child& child = running[c];
      if (pump(child, runs[child.index], results[child.index], &fds[c * 3])) {
        ++c;
        continue;
      }
      finish(child, results[child.index]);
      // Keep the poll entries in step with the children still running.
      fds.erase(fds.begin() + static_cast<std::ptrdiff_t>(c * 3),
                fds.begin() + static_cast<std::ptrdiff_t>(c * 3 + 3));
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(c));
    }
  }
  for (Child& child : running) { // only after poll failed
    finish(child, results[child.index]);
  }
  sigaction(SIGPIPE, &old, nullptr);
  return results;
}

} // namespace dues::crypt

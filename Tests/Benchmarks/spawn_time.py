#!/usr/bin/env python3
"""Process wall time of short commands: from posix_spawn to waitpid, in milliseconds.

    spawn_time.py RUNS COMMAND [ARGS...]

Runs the command RUNS times with its output sent to /dev/null and prints "median fastest" in
milliseconds. Timing in the process that starts the command counts only that command: a
timer read by starting `date` before and after it also counts the start of a `date` process
(about 1.2 ms on the benchmark machine; see docs/performance.md).
"""
import os
import statistics
import sys
import time


def main() -> None:
    runs = int(sys.argv[1])
    command = sys.argv[2:]
    path = command[0] if "/" in command[0] else next(
        os.path.join(folder, command[0])
        for folder in os.environ.get("PATH", "").split(os.pathsep)
        if os.access(os.path.join(folder, command[0]), os.X_OK)
    )
    devnull = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        pid = os.posix_spawn(path, command, os.environ, file_actions=actions)
        _, status = os.waitpid(pid, 0)
        times.append((time.perf_counter_ns() - start) / 1e6)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"error: '{' '.join(command)}' exited with {status}")
    print(f"{statistics.median(times):.2f} {min(times):.2f}")


if __name__ == "__main__":
    main()

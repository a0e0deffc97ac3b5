#!/usr/bin/env python3
"""`pmprb compare` of a folder of CSV worksheets against a folder of their workbook twins.

    workbook_ratio.py ROUNDS PMPRB CSV_FOLDER XLSX_FOLDER

Runs `PMPRB compare CSV_FOLDER` and `PMPRB compare XLSX_FOLDER` ROUNDS times each, alternating
(CSV, then workbooks, in every round), output to /dev/null. Wall time is taken from the start
of the process to its exit and CPU time (user + system) from the process's own resource usage,
both in the process that starts it, so no timer process counts. Prints, for each folder, the
median, fastest and slowest wall and CPU time in seconds, then the ratios of the medians
(workbooks / CSV), then the load average before the first and after the last round.
Fails if either command exits with anything but 0. See docs/performance.md, *Workbooks (.xlsx)*.
"""
import os
import statistics
import sys
import time


def timed(path: str, arguments: list[str], devnull: int) -> tuple[float, float]:
    """The wall and CPU seconds of one run."""
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    start = time.perf_counter()
    pid = os.posix_spawn(path, [path] + arguments, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"error: '{path} {' '.join(arguments)}' exited with {status}")
    return wall, usage.ru_utime + usage.ru_stime


def summary(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f} to {max(values):.3f})"


def main() -> None:
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    rounds, binary, csv_folder, xlsx_folder = int(sys.argv[1]), *sys.argv[2:]
    devnull = os.open(os.devnull, os.O_WRONLY)
    results: dict[str, tuple[list[float], list[float]]] = {"csv": ([], []), "xlsx": ([], [])}
    load_before = os.getloadavg()[0]
    for _ in range(rounds):
        for name, folder in (("csv", csv_folder), ("xlsx", xlsx_folder)):
            wall, cpu = timed(binary, ["compare", folder], devnull)
            results[name][0].append(wall)
            results[name][1].append(cpu)
    load_after = os.getloadavg()[0]
    for name, (walls, cpus) in results.items():
        print(f"{name}: wall {summary(walls)} s, CPU {summary(cpus)} s")
    csv_walls, csv_cpus = results["csv"]
    xlsx_walls, xlsx_cpus = results["xlsx"]
    wall_ratio = statistics.median(xlsx_walls) / statistics.median(csv_walls)
    cpu_ratio = statistics.median(xlsx_cpus) / statistics.median(csv_cpus)
    print(f"ratio (medians): wall {wall_ratio:.2f}, CPU {cpu_ratio:.2f}")
    print(f"load average: {load_before:.2f} before, {load_after:.2f} after")


if __name__ == "__main__":
    main()

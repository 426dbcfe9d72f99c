"""Turn the survey benchmark's ab outputs and row counts into the README's table.

Checks what the run must show: every submission answered with a redirect (302, counted
from gunicorn's access log as well as from ab), and exactly as many stored rows.
"""

import re
import statistics
import sys
from pathlib import Path


def read(path: Path) -> dict:
    text = path.read_text()

    def number(pattern):
        found = re.search(pattern, text, re.M)
        return float(found.group(1)) if found else 0.0

    return {
        "rate": number(r"Requests per second:\s+([\d.]+)"),
        "p50": number(r"^\s+50%\s+(\d+)"),
        "p99": number(r"^\s+99%\s+(\d+)"),
        "complete": int(number(r"Complete requests:\s+(\d+)")),
        "failed": int(number(r"Failed requests:\s+(\d+)")),
    }


def main(folder: str, connections: str, rounds: str) -> None:
    out = Path(folder)
    log = (out / "access.log").read_text().splitlines()
    rows = {name: int((out / f"rows-{name}").read_text()) for name in ("survey", "floor")}
    paths = {"survey": "POST /ankiety/bench-ankieta/ ", "floor": "POST /bench/floor-form/ "}
    results = {}
    for name in ("floor", "survey"):
        runs = [read(path) for path in sorted(out.glob(f"{name}-[0-9]*.txt"))]
        middle = sorted(runs, key=lambda run: run["rate"])[len(runs) // 2]
        posted = [line for line in log if paths[name] in line]
        redirected = sum(1 for line in posted if re.search(r'" 302 ', line))
        results[name] = middle | {
            "rate": statistics.median(run["rate"] for run in runs),
            "sent": sum(run["complete"] for run in runs),
            "failed": sum(run["failed"] for run in runs),
            "posted": len(posted),
            "redirected": redirected,
        }
    floor = results["floor"]["rate"]
    print(
        f"ab, {connections} concurrent clients, {rounds} rounds (medians), gunicorn 2 sync "
        "workers, PostgreSQL + Redis; CSRF checked; every answer a 302.\n"
    )
    print("| form | req/s | p50 ms | p99 ms | × floor | sent (all runs) | 302 in log | rows |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    labels = {
        "floor": "floor: validate 2 fields, insert 1 row",
        "survey": "survey of 20 questions (`/ankiety/bench-ankieta/`)",
    }
    for name, result in results.items():
        print(
            f"| {labels[name]} | {result['rate']:,.0f} | {result['p50']:.0f} | "
            f"{result['p99']:.0f} | {result['rate'] / floor:.2f} | {result['posted']:,} | "
            f"{result['redirected']:,} | {rows[name]:,} |"
        )
    answers = int((out / "rows-answers").read_text())
    print(
        f"\nAnswer rows stored: {answers:,} ({answers / max(rows['survey'], 1):.1f} per response)."
    )
    problems = []
    for name, result in results.items():
        if result["redirected"] != result["posted"]:
            problems.append(f"{name}: {result['posted'] - result['redirected']} answers not 302")
        if rows[name] != result["redirected"]:
            problems.append(f"{name}: {rows[name]} rows for {result['redirected']} submissions")
    survey = results["survey"]
    if survey["rate"] < 0.6 * floor:
        problems.append(f"survey at {survey['rate'] / floor:.2f}× the floor (target 0.6×)")
    if survey["p99"] >= 300:
        problems.append(f"survey p99 {survey['p99']:.0f} ms (target under 300 ms)")
    print("\n" + ("Targets met." if not problems else "MISSED: " + "; ".join(problems)))


if __name__ == "__main__":
    main(*sys.argv[1:])

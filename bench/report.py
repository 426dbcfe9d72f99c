"""Turn wrk's outputs in bench/results/ into the table for the README."""

import re
import statistics
import sys
from pathlib import Path

PAGES = [
    ("floor", "floor: bare view, same-size template, no queries"),
    ("list", "`/konsultacje/`"),
    ("list_filtered", "`/konsultacje/?status=trwajace&dzielnica=rakow&kategoria=transport`"),
    ("list_search", "`/konsultacje/?q=droga+park` (full-text search)"),
    ("detail", "`/konsultacje/bench-0001/` (4 schedule items, 2 materials)"),
]
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def milliseconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * UNITS[unit]


def read(path: Path) -> dict:
    text = path.read_text()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = milliseconds(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
    p99 = milliseconds(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: (.*)", text)
    return {
        "rate": rate,
        "p50": p50,
        "p99": p99,
        "errors": int(errors.group(1)) if errors else 0,
        "socket": socket.group(1) if socket else "",
    }


def median_run(out: Path, mode: str, name: str) -> dict:
    """The median of every run of the page (by req/s), with its latencies."""
    runs = sorted(
        (read(path) for path in out.glob(f"{mode}-{name}-*.txt")), key=lambda r: r["rate"]
    )
    middle = runs[len(runs) // 2]
    return middle | {
        "rate": statistics.median(run["rate"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
        "runs": len(runs),
    }


def main(folder: str, seconds: str, connections: str, count: str, rounds: str) -> None:
    out = Path(folder)
    print(
        f"wrk, {connections} connections, {seconds} s per page after a 3 s warm-up, "
        f"{rounds} rounds (medians; the floor twice a round); gunicorn 2 sync workers; "
        f"PostgreSQL + Redis; {count} consultations.\n"
    )
    for mode in ["cached", "uncached"]:
        label = (
            "page cache for anonymous visitors on (as deployed)"
            if mode == "cached"
            else "page cache off (CONSULTATION_PAGE_CACHE_SECONDS=0)"
        )
        floor = median_run(out, mode, "floor")["rate"]
        rss = int((out / f"{mode}-worker-rss-kb.txt").read_text().strip()) / 1024
        print(f"**{label}** – largest worker RSS after the run: {rss:.0f} MB\n")
        print("| page | bytes | req/s | p50 ms | p99 ms | × floor | errors |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, title in PAGES:
            row = median_run(out, mode, name)
            size = (out / f"{mode}-{name}.html").stat().st_size
            errors = row["errors"] or row["socket"] or 0
            print(
                f"| {title} | {size:,} | {row['rate']:,.0f} | {row['p50']:.1f} | "
                f"{row['p99']:.1f} | {row['rate'] / floor:.2f} | {errors} |"
            )
        print()


if __name__ == "__main__":
    main(*sys.argv[1:6])

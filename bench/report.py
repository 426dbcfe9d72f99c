"""Turn wrk's outputs in bench/results/ into the table for the README."""

import json
import re
import statistics
import sys
from pathlib import Path

PAGES = [
    ("floor", "floor: bare view, same-size template, no queries"),
    ("list", "`/konsultacje/`, anonymous"),
    ("detail", "`/konsultacje/bench-0001/`, anonymous"),
    ("list_signed_in", "`/konsultacje/`, signed-in resident"),
    ("detail_signed_in", "`/konsultacje/bench-0001/`, signed-in resident"),
    ("busy", "`/konsultacje/bench-0002/` (2,000 comments), anonymous"),
    ("busy_signed_in", "`/konsultacje/bench-0002/` (2,000 comments), signed-in resident"),
    ("busy_last_page", "`/konsultacje/bench-0002/?strona=75` (its last page), anonymous"),
    ("list_posting", "`/konsultacje/`, anonymous, a comment posted every second"),
    ("detail_posting", "`/konsultacje/bench-0001/`, anonymous, a comment on it every second"),
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


def main(folder, seconds, connections, count, rounds, modes="cached") -> None:
    out = Path(folder)
    print(
        f"wrk, {connections} connections, {seconds} s per page after a warm-up, "
        f"{rounds} rounds (medians; the floor twice a round); gunicorn 2 sync workers; "
        f"PostgreSQL + Redis; {count} consultations.\n"
    )
    for mode in modes.split():
        label = (
            "pages stored for everyone (as deployed)"
            if mode == "cached"
            else "page store off (CONSULTATION_PAGE_CACHE_SECONDS=0)"
        )
        floor = median_run(out, mode, "floor")["rate"]
        rss = int((out / f"{mode}-worker-rss-kb.txt").read_text().strip()) / 1024
        print(f"**{label}** – largest worker RSS after the run: {rss:.0f} MB\n")
        print("| page | bytes | req/s | p50 ms | p99 ms | × floor | errors |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, title in PAGES:
            if not list(out.glob(f"{mode}-{name}-*.txt")):
                continue
            row = median_run(out, mode, name)
            size = (out / f"{mode}-{name}.html").stat().st_size
            errors = row["errors"] or row["socket"] or 0
            print(
                f"| {title} | {size:,} | {row['rate']:,.0f} | {row['p50']:.1f} | "
                f"{row['p99']:.1f} | {row['rate'] / floor:.2f} | {errors} |"
            )
        drips = [json.loads(path.read_text()) for path in out.glob(f"{mode}-*-drip.json")]
        if drips:
            posted = sum(drip["posted"] for drip in drips)
            failed = sum(drip["failed"] for drip in drips)
            spent = sum(drip["seconds"] for drip in drips)
            print(
                f"\nWhile the pages marked „posted every second” were measured, one resident "
                f"posted {posted} comments in {spent:.0f} s ({failed} refused)."
            )
        print()
    storm = out / "storm.json"
    if storm.exists():
        result = json.loads(storm.read_text())
        print(
            f"**{result['clients']} residents posting at once** on {result['slug']}: "
            f"{result['comments_ok']} of {result['comments_sent']} comments and "
            f"{result['remarks_ok']} of {result['remarks_sent']} remarks accepted in "
            f"{result['seconds']} s (p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms per "
            f"post; other answers: {result['other_answers'] or 'none'}); stored: "
            f"{result.get('comments_stored', '?')} comments, {result.get('remarks_stored', '?')} "
            f"remarks; lost: {result.get('comments_lost', '?')}; remark numbers without gaps: "
            f"{result.get('remark_numbers_gapless', '?')}, the same the residents were shown: "
            f"{result.get('remark_numbers_match', '?')}."
        )


if __name__ == "__main__":
    main(*sys.argv[1:7])

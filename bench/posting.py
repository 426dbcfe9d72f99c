"""Residents writing while the benchmark runs, against the server bench/run.sh started.

    python -m bench.posting drip BASE SESSIONS SLUG SECONDS OUT
        one resident posts a comment every second on SLUG, for SECONDS (the pages are
        measured meanwhile); OUT gets a summary.
    python -m bench.posting storm BASE SESSIONS SLUG COMMENTS REMARKS OUT
        32 residents at once (a barrier), each posting COMMENTS comments and REMARKS remarks
        on SLUG; OUT gets what the server answered.
    python -m bench.posting check OUT
        (with Django) compares OUT with the database: comments stored = successful posts,
        remark numbers unique and without gaps.

The clients speak plain HTTP (http.client), log in by the session cookie bench.generate
wrote, read the CSRF token from the page, and never follow redirects: a successful post is
a 302 to the new comment („#k-…”) or to the remark's confirmation („/uwagi/N/przyjeta/”).
"""

import http.client
import json
import re
import statistics
import sys
import threading
import time
from urllib.parse import urlencode, urlsplit

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STORM_CLIENTS = 32
MARK = "Wpis z testu obciążenia"


class Resident:
    def __init__(self, base: str, session_key: str):
        parts = urlsplit(base)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        self.cookies = {"sessionid": session_key}

    def _send(self, method, path, body=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read().decode()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, response.getheader("Location", ""), content

    def token(self, path) -> str:
        status, _, content = self._send("GET", path)
        found = TOKEN.search(content)
        if status != 200 or found is None:
            raise RuntimeError(f"{path}: {status}, no form for a signed-in resident")
        return found.group(1)

    def post(self, path, data, token):
        started = time.perf_counter()
        status, location, _ = self._send(
            "POST", path, urlencode(data | {"csrfmiddlewaretoken": token}).encode()
        )
        return status, location, (time.perf_counter() - started) * 1000


def _sessions(path):
    with open(path) as lines:
        return [line.split()[1] for line in lines if line.strip()]


def drip(base, sessions, slug, seconds, out):
    resident = Resident(base, _sessions(sessions)[1])
    page = f"/konsultacje/{slug}/"
    token = resident.token(page)
    posted, failed, started = 0, 0, time.monotonic()
    while time.monotonic() - started < float(seconds):
        tick = time.monotonic()
        status, location, _ = resident.post(
            f"{page}komentarze/dodaj/",
            {"text": f"{MARK}: komentarz co sekundę nr {posted}."},
            token,
        )
        if status == 302 and "#k-" in location:
            posted += 1
        else:
            failed += 1
        time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))
    with open(out, "w") as summary:
        json.dump({"posted": posted, "failed": failed, "seconds": float(seconds)}, summary)


def storm(base, sessions, slug, comments, remarks, out):
    keys = _sessions(sessions)[2 : 2 + STORM_CLIENTS]
    page = f"/konsultacje/{slug}/"
    barrier = threading.Barrier(len(keys))
    results = []
    lock = threading.Lock()

    def resident_writes(number, key):
        resident = Resident(base, key)
        token = resident.token(page)
        barrier.wait()
        for index in range(int(comments)):
            text = f"{MARK}: komentarz {number}-{index}."
            answer = resident.post(f"{page}komentarze/dodaj/", {"text": text}, token)
            with lock:
                results.append(("comment", *answer))
        for index in range(int(remarks)):
            content = f"{MARK}: uwaga {number}-{index}."
            answer = resident.post(f"{page}uwagi/zglos/", {"content": content}, token)
            with lock:
                results.append(("remark", *answer))

    started = time.perf_counter()
    threads = [
        threading.Thread(target=resident_writes, args=(number, key))
        for number, key in enumerate(keys)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    comment_ok = [r for r in results if r[0] == "comment" and r[1] == 302 and "#k-" in r[2]]
    remark_ok = [r for r in results if r[0] == "remark" and r[1] == 302 and "/przyjeta/" in r[2]]
    numbers = sorted(int(re.search(r"/uwagi/(\d+)/przyjeta/", r[2]).group(1)) for r in remark_ok)
    latencies = sorted(r[3] for r in results)
    with open(out, "w") as summary:
        json.dump(
            {
                "slug": slug,
                "clients": len(keys),
                "comments_sent": sum(1 for r in results if r[0] == "comment"),
                "comments_ok": len(comment_ok),
                "remarks_sent": sum(1 for r in results if r[0] == "remark"),
                "remarks_ok": len(remark_ok),
                "remark_numbers": numbers,
                "other_answers": sorted({r[1] for r in results} - {302}),
                "seconds": round(elapsed, 2),
                "p50_ms": round(statistics.median(latencies), 1),
                "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 1),
            },
            summary,
        )


def check(out):
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from participation.models import Comment, Remark

    with open(out) as summary:
        storm_result = json.load(summary)
    stored_comments = Comment.objects.filter(
        consultation__slug=storm_result["slug"], text__startswith=f"{MARK}: komentarz "
    ).count()
    stored_numbers = sorted(
        Remark.objects.filter(consultation__slug=storm_result["slug"]).values_list(
            "number", flat=True
        )
    )
    storm_result |= {
        "comments_stored": stored_comments,
        "remarks_stored": len(stored_numbers),
        "comments_lost": storm_result["comments_ok"] - stored_comments,
        "remark_numbers_gapless": stored_numbers == list(range(1, len(stored_numbers) + 1)),
        "remark_numbers_match": stored_numbers == storm_result["remark_numbers"],
    }
    storm_result.pop("remark_numbers")
    with open(out, "w") as summary:
        json.dump(storm_result, summary)
    print(json.dumps(storm_result))
    ok = (
        storm_result["comments_lost"] == 0
        and storm_result["remarks_stored"] == storm_result["remarks_ok"]
        and storm_result["remark_numbers_gapless"]
        and storm_result["remark_numbers_match"]
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"drip": drip, "storm": storm, "check": check}[command](*arguments)

#!/usr/bin/env bash
# Load benchmark of the consultation pages (make bench), then of survey submissions
# (bench/run_surveys.sh).
#
# gunicorn (2 sync workers) on 127.0.0.1 with PostgreSQL (database portal_bench, filled by
# bench/generate.py with 2,000 consultations) and Redis (database 7); wrk at 32
# connections for a fixed time per page, in BENCH_ROUNDS rounds (the report takes the
# median). Each page is measured twice: with the page cache for anonymous visitors (as
# deployed) and with it off (every request renders from the database). The floor is
# measured first and last in every round. Results and the report go to bench/results/.
# Traffic goes to 127.0.0.1 only; every wrk run is bounded by its duration and a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_PAGE="${BENCH_SECONDS:-10}"
ROUNDS="${BENCH_ROUNDS:-3}"
CONNECTIONS=32
PORT="${BENCH_PORT:-8077}"
COUNT="${BENCH_CONSULTATIONS:-2000}"
OUT=bench/results
BASE="http://127.0.0.1:${PORT}"
mkdir -p "$OUT"
rm -f "$OUT"/*.txt

if ! command -v wrk >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/bench.log
  for _ in $(seq 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
fi

export DJANGO_SETTINGS_MODULE=bench.settings
export DEBUG=0 SECURE_SSL_REDIRECT=0 LOG_LEVEL=ERROR
export SECRET_KEY="bench-only-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')"
export ALLOWED_HOSTS=127.0.0.1 SITE_URL="$BASE"
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench
export REDIS_URL=redis://127.0.0.1:6379/7
export STATIC_ROOT="$PWD/$OUT/static" VAR_DIR="$PWD/$OUT/var"

echo "== database portal_bench with $COUNT consultations"
dropdb -h 127.0.0.1 -U postgres --if-exists portal_bench
createdb -h 127.0.0.1 -U postgres portal_bench
.venv/bin/python manage.py migrate --no-input -v0
.venv/bin/python -m bench.generate "$COUNT"
.venv/bin/python manage.py collectstatic --no-input -v0

declare -A PAGES=(
  [floor]="/bench/floor/"
  [list]="/konsultacje/"
  [list_filtered]="/konsultacje/?status=trwajace&dzielnica=rakow&kategoria=transport"
  [list_search]="/konsultacje/?q=droga+park"
  [detail]="/konsultacje/bench-0001/"
)
ORDER="floor list list_filtered list_search detail floor"

GUNICORN_PID=""
stop_gunicorn() {
  if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
    kill "$GUNICORN_PID"
    wait "$GUNICORN_PID" 2>/dev/null || true
  fi
  GUNICORN_PID=""
}
trap stop_gunicorn EXIT

for mode in cached uncached; do
  if [ "$mode" = cached ]; then cache_seconds=300; else cache_seconds=0; fi
  redis-cli -h 127.0.0.1 -p 6379 -n 7 flushdb >/dev/null
  echo "== gunicorn, 2 sync workers, page cache: $mode"
  CONSULTATION_PAGE_CACHE_SECONDS=$cache_seconds .venv/bin/gunicorn czestochowa_portal.wsgi \
    --workers 2 --bind "127.0.0.1:${PORT}" --log-level warning &
  GUNICORN_PID=$!
  for _ in $(seq 60); do
    curl -fs -o /dev/null "$BASE/bench/floor/" && break
    sleep 0.5
  done
  for round in $(seq "$ROUNDS"); do
    position=0
    for name in $ORDER; do
      position=$((position + 1))
      url="$BASE${PAGES[$name]}"
      status=$(curl -s -o "$OUT/$mode-$name.html" -w '%{http_code}' "$url")
      [ "$status" = 200 ] || { echo "$url answered $status"; exit 1; }
      timeout 30 wrk -t2 -c"$CONNECTIONS" -d3s --timeout 5s "$url" >/dev/null  # warm-up
      result="$OUT/$mode-$name-$round-$position.txt"
      timeout $((SECONDS_PER_PAGE + 30)) wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" \
        --timeout 5s --latency "$url" > "$result"
      echo "   round $round $name: $(grep 'Requests/sec' "$result")"
    done
  done
  rss=$(ps -o rss= --ppid "$GUNICORN_PID" | sort -n | tail -1)
  echo "$rss" > "$OUT/$mode-worker-rss-kb.txt"
  stop_gunicorn
done

.venv/bin/python bench/report.py "$OUT" "$SECONDS_PER_PAGE" "$CONNECTIONS" "$COUNT" "$ROUNDS" | tee "$OUT/report.md"

echo "== survey submissions"
bench/run_surveys.sh

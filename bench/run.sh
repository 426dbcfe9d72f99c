#!/usr/bin/env bash
# Load benchmark of the consultation pages with participation going on (make bench), then
# of survey submissions (bench/run_surveys.sh).
#
# gunicorn (2 sync workers) on 127.0.0.1 with PostgreSQL (a database of its own, filled by
# bench/generate.py: 2,000 consultations, a consultation with 2,000 comments, 40 signed-in
# residents) and Redis (a database number of its own); wrk at 32 connections for a fixed
# time per page, in BENCH_ROUNDS rounds (the report takes the median). Pages are measured
# as anonymous visitors and as a signed-in resident (wrk sends the session cookie), and
# anonymous pages again while one resident posts a comment every second on the measured
# consultation. Then 32 residents post comments and remarks at once, and the database is
# checked: nothing lost, remark numbers without gaps. The floor (a bare view rendering a
# page like the list, no queries) is measured first and last in every round. Results and
# the report go to bench/results/. Traffic goes to 127.0.0.1 only; every wrk run is bounded
# by its duration and a timeout.
#
#   BENCH_SECONDS (5), BENCH_WARMUP (2), BENCH_ROUNDS (2), BENCH_CONSULTATIONS (2000),
#   BENCH_DATABASE (portal_bench), BENCH_REDIS_DB (7), BENCH_PORT (8077),
#   BENCH_UNCACHED=1 also measures every page with the page store off.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_PAGE="${BENCH_SECONDS:-5}"
WARMUP="${BENCH_WARMUP:-2}"
ROUNDS="${BENCH_ROUNDS:-2}"
CONNECTIONS=32
PORT="${BENCH_PORT:-8077}"
COUNT="${BENCH_CONSULTATIONS:-2000}"
DATABASE="${BENCH_DATABASE:-portal_bench}"
REDIS_DB="${BENCH_REDIS_DB:-7}"
MODES="cached"
[ "${BENCH_UNCACHED:-0}" = 1 ] && MODES="cached uncached"
OUT=bench/results
BASE="http://127.0.0.1:${PORT}"
SESSIONS="$OUT/sessions.txt"
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/*.json "$OUT"/*.html

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
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DATABASE}"
export REDIS_URL="redis://127.0.0.1:6379/${REDIS_DB}"
export STATIC_ROOT="$PWD/$OUT/static" VAR_DIR="$PWD/$OUT/var"
# The posting clients write far more than a person may; the limits themselves are tested.
export COMMENTS_PER_WINDOW=100000 REMARKS_PER_WINDOW=100000

echo "== database $DATABASE with $COUNT consultations"
dropdb -h 127.0.0.1 -U postgres --if-exists "$DATABASE"
createdb -h 127.0.0.1 -U postgres "$DATABASE"
.venv/bin/python manage.py migrate --no-input -v0
.venv/bin/python -m bench.generate "$COUNT" "$SESSIONS"
.venv/bin/python manage.py collectstatic --no-input -v0
RESIDENT_COOKIE="Cookie: sessionid=$(sed -n 1p "$SESSIONS" | cut -d' ' -f2)"

declare -A PAGES=(
  [floor]="/bench/floor/"
  [list]="/konsultacje/"
  [detail]="/konsultacje/bench-0001/"
  [list_signed_in]="/konsultacje/"
  [detail_signed_in]="/konsultacje/bench-0001/"
  [busy]="/konsultacje/bench-0002/"
  [busy_signed_in]="/konsultacje/bench-0002/"
  [busy_last_page]="/konsultacje/bench-0002/?strona=75"
  [list_posting]="/konsultacje/"
  [detail_posting]="/konsultacje/bench-0001/"
)
ORDER="floor list detail list_signed_in detail_signed_in busy busy_signed_in busy_last_page"
ORDER="$ORDER list_posting detail_posting floor"

GUNICORN_PID=""
DRIP_PID=""
stop_all() {
  if [ -n "$DRIP_PID" ] && kill -0 "$DRIP_PID" 2>/dev/null; then kill "$DRIP_PID"; fi
  if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
    kill "$GUNICORN_PID"
    wait "$GUNICORN_PID" 2>/dev/null || true
  fi
  GUNICORN_PID=""
}
trap stop_all EXIT

for mode in $MODES; do
  if [ "$mode" = cached ]; then cache_seconds=300; else cache_seconds=0; fi
  redis-cli -h 127.0.0.1 -p 6379 -n "$REDIS_DB" flushdb >/dev/null
  echo "== gunicorn, 2 sync workers, page store: $mode"
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
      header=()
      case "$name" in *_signed_in) header=(-H "$RESIDENT_COOKIE") ;; esac
      status=$(curl -s "${header[@]}" -o "$OUT/$mode-$name.html" -w '%{http_code}' "$url")
      [ "$status" = 200 ] || { echo "$url answered $status"; exit 1; }
      if [ ${#header[@]} -gt 0 ] && ! grep -q "Wyloguj się" "$OUT/$mode-$name.html"; then
        echo "$url: the resident's session was not recognised"; exit 1
      fi
      case "$name" in *_posting)
        .venv/bin/python -m bench.posting drip "$BASE" "$SESSIONS" bench-0001 \
          "$((WARMUP + SECONDS_PER_PAGE + 1))" "$OUT/$mode-$name-$round-drip.json" &
        DRIP_PID=$! ;;
      esac
      timeout 30 wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s "${header[@]}" "$url" >/dev/null
      result="$OUT/$mode-$name-$round-$position.txt"
      timeout $((SECONDS_PER_PAGE + 30)) wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" \
        --timeout 5s --latency "${header[@]}" "$url" > "$result"
      if [ -n "$DRIP_PID" ]; then wait "$DRIP_PID"; DRIP_PID=""; fi
      echo "   round $round $name: $(grep 'Requests/sec' "$result")"
    done
  done
  if [ "$mode" = cached ]; then
    echo "== 32 residents post comments and remarks at once on bench-0003"
    .venv/bin/python -m bench.posting storm "$BASE" "$SESSIONS" bench-0003 3 2 "$OUT/storm.json"
    .venv/bin/python -m bench.posting check "$OUT/storm.json" || echo "   posts were lost"
  fi
  rss=$(ps -o rss= --ppid "$GUNICORN_PID" | sort -n | tail -1)
  echo "$rss" > "$OUT/$mode-worker-rss-kb.txt"
  stop_all
done

.venv/bin/python bench/report.py "$OUT" "$SECONDS_PER_PAGE" "$CONNECTIONS" "$COUNT" "$ROUNDS" "$MODES" \
  | tee "$OUT/report.md"

echo "== survey submissions"
bench/run_surveys.sh

#!/usr/bin/env bash
# Load benchmark of survey submissions (part of make bench; alone: bench/run_surveys.sh).
#
# A survey of 20 questions (bench/survey.py) is submitted by ab at 32 concurrent clients
# against gunicorn (2 sync workers) on PostgreSQL, with CSRF checked as in production: one
# cookie and token pair is fetched first and sent with every request. In the same run the
# floor — a bare view that validates a small form and inserts one row (bench/views.py,
# bench-only URLs) — takes the same load. ab sends an exact number of requests and waits
# for every answer, so after the run the stored responses can be compared with the
# successful submissions: none lost, none doubled. Traffic goes to 127.0.0.1 only; every
# ab run is bounded by its count and a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${BENCH_ROUNDS:-3}"
CONNECTIONS=32
SURVEY_REQUESTS="${BENCH_SURVEY_REQUESTS:-1500}"
FLOOR_REQUESTS="${BENCH_FLOOR_REQUESTS:-3000}"
PORT="${BENCH_PORT:-8078}"
DATABASE="${BENCH_SURVEY_DATABASE:-portal_bench_surveys}"
OUT=bench/results/surveys
BASE="http://127.0.0.1:${PORT}"
mkdir -p "$OUT"
rm -f "$OUT"/*

command -v ab >/dev/null || {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq apache2-utils >/dev/null
}
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not running (bench/run.sh starts it)"; exit 1; }
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "Redis is not running (bench/run.sh starts it)"; exit 1; }

export DJANGO_SETTINGS_MODULE=bench.settings
export DEBUG=0 SECURE_SSL_REDIRECT=0 LOG_LEVEL=ERROR
export SECRET_KEY="bench-only-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')"
export ALLOWED_HOSTS=127.0.0.1 SITE_URL="$BASE"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DATABASE}"
export REDIS_URL=redis://127.0.0.1:6379/7
export STATIC_ROOT="$PWD/bench/results/static" VAR_DIR="$PWD/bench/results/var"

echo "== database $DATABASE with a survey of 20 questions"
dropdb -h 127.0.0.1 -U postgres --if-exists "$DATABASE"
createdb -h 127.0.0.1 -U postgres "$DATABASE"
.venv/bin/python manage.py migrate --no-input -v0
.venv/bin/python -m bench.survey "$OUT/survey-body"
.venv/bin/python manage.py collectstatic --no-input -v0
redis-cli -h 127.0.0.1 -p 6379 -n 7 flushdb >/dev/null

psql_count() { psql -h 127.0.0.1 -U postgres -d "$DATABASE" -tAc "SELECT count(*) FROM $1"; }

GUNICORN_PID=""
stop_gunicorn() {
  if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
    kill "$GUNICORN_PID"
    wait "$GUNICORN_PID" 2>/dev/null || true
  fi
  GUNICORN_PID=""
}
trap stop_gunicorn EXIT

echo "== gunicorn, 2 sync workers"
.venv/bin/gunicorn czestochowa_portal.wsgi --workers 2 --bind "127.0.0.1:${PORT}" \
  --log-level warning --access-logfile "$OUT/access.log" &
GUNICORN_PID=$!
SURVEY_URL="$BASE/ankiety/bench-ankieta/"
FLOOR_URL="$BASE/bench/floor-form/"
for _ in $(seq 60); do curl -fs -o /dev/null "$SURVEY_URL" && break; sleep 0.5; done

# One CSRF pair for every request, as a browser that opened the page once would have.
curl -s -c "$OUT/cookies" -o "$OUT/survey-page.html" "$SURVEY_URL"
COOKIE=$(awk '$6 == "csrftoken" { print $7 }' "$OUT/cookies")
TOKEN=$(grep -o 'name="csrfmiddlewaretoken" value="[^"]*"' "$OUT/survey-page.html" | head -1 | cut -d'"' -f4)
[ -n "$COOKIE" ] && [ -n "$TOKEN" ] || { echo "no CSRF cookie or token"; exit 1; }
printf '%s&csrfmiddlewaretoken=%s' "$(cat "$OUT/survey-body")" "$TOKEN" > "$OUT/survey.post"
printf 'name=Anna+Kowalska&rating=4&csrfmiddlewaretoken=%s' "$TOKEN" > "$OUT/floor.post"

post() {  # post NAME URL BODY COUNT RESULT
  timeout 300 ab -q -n "$4" -c "$CONNECTIONS" -s 30 -T application/x-www-form-urlencoded \
    -C "csrftoken=$COOKIE" -p "$3" "$2" > "$5"
}
for name in survey floor; do
  url=$([ "$name" = survey ] && echo "$SURVEY_URL" || echo "$FLOOR_URL")
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "csrftoken=$COOKIE" \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @"$OUT/$name.post" "$url")
  [ "$status" = 302 ] || { echo "$name: a submission answered $status"; exit 1; }
  post "$name" "$url" "$OUT/$name.post" 200 "$OUT/warmup-$name.txt"  # warm-up
done
for round in $(seq "$ROUNDS"); do
  post floor "$FLOOR_URL" "$OUT/floor.post" "$FLOOR_REQUESTS" "$OUT/floor-$round.txt"
  post survey "$SURVEY_URL" "$OUT/survey.post" "$SURVEY_REQUESTS" "$OUT/survey-$round.txt"
  echo "   round $round: floor $(grep 'Requests per second' "$OUT/floor-$round.txt" | awk '{print $4}') req/s," \
    "survey $(grep 'Requests per second' "$OUT/survey-$round.txt" | awk '{print $4}') req/s"
done
stop_gunicorn

psql_count surveys_response > "$OUT/rows-survey"
psql_count bench_floorrow > "$OUT/rows-floor"
psql -h 127.0.0.1 -U postgres -d "$DATABASE" -tAc \
  "SELECT count(*) FROM surveys_answer" > "$OUT/rows-answers"
.venv/bin/python bench/report_surveys.py "$OUT" "$CONNECTIONS" "$ROUNDS" | tee "$OUT/report.md"

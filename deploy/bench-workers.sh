#!/usr/bin/env bash
# Throughput of N brink workers, each pinned to one core (taskset), into PostgreSQL, through a one-node JetStream queue.
# usage: deploy/bench-workers.sh ARTICLES_DIR "POSTGRES_ADMIN_CONNECTION" N [N...]   e.g. ... synthetic "Host=127.0.0.1;Username=brink" 1 2 4
# Each run: a fresh nats-server and database; the articles are published first, then the workers start and run until the
# queue is empty (--exit-when-idle); the time is from the workers' start to the last one's exit, model loading included
# once per worker (it runs in parallel), and also reported per worker as its own coding rate.
# Where the time goes, per run: the load average before and after; each worker's seconds fetching, coding, writing and
# acknowledging (its own clock, from its last line), its CPU seconds and the seconds its threads waited for a core
# (/proc schedstat: other processes on the machine); and what the database's sessions were doing, sampled twice a second
# from pg_stat_activity (idle: waiting for a worker; active: running or, with a wait event, waiting inside PostgreSQL).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
articles=$1; admin=$2; shift 2
cores=$(nproc)
ticks=$(getconf CLK_TCK)
libpq() { echo "$1" | sed 's/;/ /g; s/Host=/host=/; s/Username=/user=/; s/Port=/port=/; s/Password=/password=/'; }
# CPU seconds of a process (all its threads, dead ones included) and seconds its live threads waited for a core.
cpu_and_wait() {
  local stat; stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  local wait; wait=$(cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{w += $2} END {printf "%.1f", w / 1e9}')
  echo "$stat" | awk -v t="$ticks" -v w="$wait" '{sub(/.*\) /, ""); printf "cpu %.1f s, waited for a core %s s", ($12 + $13) / t, w}'
}
for n in "$@"; do
  dir=$(mktemp -d); port=$((20000 + RANDOM % 20000)); db="bench_$RANDOM"
  nats-server -js -p "$port" -sd "$dir" >"$dir/nats.log" 2>&1 & nats=$!
  sleep 1
  psql "$(libpq "$admin") dbname=postgres" -qc "CREATE DATABASE $db" >/dev/null
  ./brink ingest "$articles" --queue "nats://127.0.0.1:$port" >/dev/null
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  pids=()
  for i in $(seq 0 $((n - 1))); do
    taskset -c $((i % cores)) ./brink worker --queue "nats://127.0.0.1:$port" --db "$admin;Database=$db" --workers 1 --exit-when-idle >"$dir/w$i.log" 2>&1 & pids+=($!)
  done
  ( while :; do
      for i in "${!pids[@]}"; do s=$(cpu_and_wait "${pids[$i]}"); [ -n "$s" ] && echo "$s" >"$dir/cpu$i"; done
      psql "$(libpq "$admin") dbname=$db" -Atc "SELECT state || COALESCE(' ' || wait_event_type || ':' || wait_event, '') FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()" >>"$dir/pg" 2>/dev/null || true
      sleep 0.5
    done ) & sampler=$!
  wait "${pids[@]}" || true # a worker that failed is reported below
  end=$(date +%s.%N)
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  stored=$(./brink digest --db "$admin;Database=$db" >/dev/null; psql "$(libpq "$admin") dbname=$db" -Atc "SELECT COUNT(*) FROM articles")
  # The console wraps long lines: read each log as one line.
  for i in $(seq 0 $((n - 1))); do tr -s '\n' ' ' <"$dir/w$i.log" | grep -o 'worker done.*' >"$dir/done$i" || true; done
  rates=$(cat "$dir"/done* | grep -o '[0-9.]* articles/s' | tr '\n' ' ')
  echo "workers=$n articles=$stored seconds=$(echo "$end - $start" | bc) articles_per_s=$(echo "scale=1; $stored / ($end - $start)" | bc) per_worker_coding_rates: $rates"
  echo "  load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
  for i in $(seq 0 $((n - 1))); do
    if [ -s "$dir/done$i" ]; then echo "  worker $i: $(grep -o 'seconds fetching[^;]*acknowledging [0-9.]*' "$dir/done$i"); $(cat "$dir/cpu$i" 2>/dev/null)"
    else echo "  worker $i did not finish its run: $(tail -c 300 "$dir/w$i.log" | tr -s '\n' ' ')"; fi
  done
  echo "  database sessions (samples): $(sort "$dir/pg" | uniq -c | sort -rn | awk '{c = $1; $1 = ""; printf "%s%s %d", sep, substr($0, 2), c; sep = ", "}')"
  kill "$nats"; wait "$nats" 2>/dev/null || true; rm -rf "$dir"
done

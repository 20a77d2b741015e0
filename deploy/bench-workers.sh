#!/usr/bin/env bash
# Throughput of N brink workers, each pinned to one core (taskset), into PostgreSQL, through a one-node JetStream queue.
# usage: deploy/bench-workers.sh ARTICLES_DIR "POSTGRES_ADMIN_CONNECTION" N [N...]   e.g. ... synthetic "Host=127.0.0.1;Username=brink" 1 2 4
# Each run: a fresh nats-server and database; the articles are published first, then the workers start and run until the
# queue is empty (--exit-when-idle); the time is from the workers' start to the last one's exit, model loading included
# once per worker (it runs in parallel), and also reported per worker as its own coding rate.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
articles=$1; admin=$2; shift 2
cores=$(nproc)
for n in "$@"; do
  dir=$(mktemp -d); port=$((20000 + RANDOM % 20000)); db="bench_$RANDOM"
  nats-server -js -p "$port" -sd "$dir" >"$dir/nats.log" 2>&1 & nats=$!
  sleep 1
  psql "$(echo "$admin" | sed 's/;/ /g; s/Host=/host=/; s/Username=/user=/; s/Port=/port=/') dbname=postgres" -qc "CREATE DATABASE $db" >/dev/null
  ./brink ingest "$articles" --queue "nats://127.0.0.1:$port" >/dev/null
  start=$(date +%s.%N)
  pids=()
  for i in $(seq 0 $((n - 1))); do
    taskset -c $((i % cores)) ./brink worker --queue "nats://127.0.0.1:$port" --db "$admin;Database=$db" --workers 1 --exit-when-idle >"$dir/w$i.log" 2>&1 & pids+=($!)
  done
  wait "${pids[@]}"
  end=$(date +%s.%N)
  stored=$(./brink digest --db "$admin;Database=$db" >/dev/null; psql "$(echo "$admin" | sed 's/;/ /g; s/Host=/host=/; s/Username=/user=/; s/Port=/port=/') dbname=$db" -Atc "SELECT COUNT(*) FROM articles")
  rates=$(grep -h "worker done" "$dir"/w*.log | grep -o '[0-9.]* articles/s' | tr '\n' ' ')
  echo "workers=$n articles=$stored seconds=$(echo "$end - $start" | bc) articles_per_s=$(echo "scale=1; $stored / ($end - $start)" | bc) per_worker_coding_rates: $rates"
  kill "$nats"; wait "$nats" 2>/dev/null || true; rm -rf "$dir"
done

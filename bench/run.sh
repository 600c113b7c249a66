#!/usr/bin/env bash
# The Habeas performance bench: ./habeas bench [--quick | --startup]   (docs/performance.md explains it)
# --startup measures only the start-up (fat jar, then the extracted jar with Spring AOT and the JDK
# AOT cache), prints its lines and leaves docs/performance.md as it is.
#
# Builds what it needs, starts PostgreSQL if it is stopped, starts Habeas on its own database,
# runs the scenarios, prints one line per metric, "metric value unit baseline ratio", and writes
# docs/performance.md. Every baseline is measured in the same run, on the same machine.
# Expects JAVA_HOME (a JDK 25) and mvn, as the launcher sets them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

quick=0
startup_only=0
[ "${1:-}" = "--quick" ] && quick=1
[ "${1:-}" = "--startup" ] && startup_only=1

PGHOST="${BENCH_PG_HOST:-127.0.0.1}"; PGPORT="${BENCH_PG_PORT:-5432}"; PGUSER="${BENCH_PG_USER:-postgres}"
export PGHOST PGPORT PGUSER
DB="${BENCH_DB:-habeas_bench}"
PORT="${BENCH_PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
out="$here/target/bench"
work="$out/run"
results="$work/results.txt"      # metric value unit baseline ratio target
java="$JAVA_HOME/bin/java"

if [ "$quick" = 1 ]; then
  CLIENTS=16; INGEST_S=10; RATE_S=10; PAGE_S=3; USERS=50; WARM_S=10; THINK_S=5; PAGE_WARM_S=3
  LEDGER_LEAVES=20000; PROOF_SIZES="100000"; SWEEP_OPEN=100000; SAMPLES=300
  JMH_ARGS=(-wi 1 -w 1 -i 2 -r 1 -f 1)
else
  CLIENTS=16; INGEST_S=30; RATE_S=30; PAGE_S=15; USERS=50; WARM_S=60; THINK_S=30; PAGE_WARM_S=20
  LEDGER_LEAVES=200000; PROOF_SIZES="1000000 10000000"; SWEEP_OPEN=1000000; SAMPLES=2000
  JMH_ARGS=(-wi 3 -w 1 -i 5 -r 1 -f 1)
fi
RATE=500
THINK_MS=2000   # a signed-in user's pause between two pages: random, 1 to 3 s

say() { printf '== %s\n' "$*" >&2; }
kv() { sed -n "s/^$2=//p" "$1" | tail -1; }   # value of key in a key=value file

# ------------------------------------------------------------------ build
jar="$out/habeas.jar"
if [ ! -f "$jar" ] || [ ! -f "$out/classpath.txt" ] || \
   [ -n "$(find src bench/jmh pom.xml -newer "$jar" -print -quit)" ]; then
  say "building Habeas (with Spring AOT) and the bench (Maven profiles aot and jmh, into target/bench)"
  mvn -B -ntp -q -Paot,jmh -Dhabeas.build.dir="$out" package dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=runtime \
    -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true
fi
CP="$out/classes:$(cat "$out/classpath.txt")"

# ------------------------------------------------------------------ PostgreSQL
if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  say "PostgreSQL is not running at $PGHOST:$PGPORT: starting it"
  if command -v pg_ctlcluster >/dev/null; then
    for c in $(pg_lsclusters -h | awk '{print $1"/"$2}'); do pg_ctlcluster "${c%/*}" "${c#*/}" start || true; done
  else
    service postgresql start || true
  fi
  for _ in $(seq 50); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 0.2; done
  pg_isready -h "$PGHOST" -p "$PGPORT" >/dev/null || { echo "bench: cannot start PostgreSQL" >&2; exit 1; }
fi
fresh_db() { psql -q -d postgres -v ON_ERROR_STOP=1 -c "drop database if exists \"$1\" with (force)" -c "create database \"$1\"" >/dev/null; }
jdbc() { echo "jdbc:postgresql://$PGHOST:$PGPORT/$1"; }

rm -rf "$work"; mkdir -p "$work"
cut -d' ' -f1-3 /proc/loadavg > "$work/load-start.txt"
: > "$results"
# metric value unit baseline baseline_unit target  (the ratio is computed when printed)
record() { printf '%s %s %s %s %s\n' "$@" >> "$results"; }

app_pid=""
web_pid=""
stat_pid=""
cleanup() {
  for p in "$stat_pid" "$web_pid" "$app_pid"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

ms_now() { date +%s%3N; }
wait_ready() { # url seconds -> prints ms until the first 200
  local start; start=$(ms_now)
  local deadline=$((start + $2 * 1000))
  until curl -fs -o /dev/null "$1"; do
    [ "$(ms_now)" -gt "$deadline" ] && { echo timeout; return 1; }
    sleep 0.02
  done
  echo $(( $(ms_now) - start ))
}

# ------------------------------------------------------------------ start-up
say "start-up baseline: the JDK's own web server (jwebserver) to its first answer"
mkdir -p "$work/www"; echo ok > "$work/www/index.html"
wport=$((PORT + 1))
start=$(ms_now)
"$JAVA_HOME/bin/jwebserver" -b 127.0.0.1 -p "$wport" -d "$work/www" >/dev/null 2>&1 &
web_pid=$!
wait_ready "http://127.0.0.1:$wport/index.html" 30 >/dev/null
jws_ms=$(( $(ms_now) - start ))
kill "$web_pid"; wait "$web_pid" 2>/dev/null || true; web_pid=""

fresh_db "$DB"
app_env=(SPRING_DATASOURCE_URL="$(jdbc "$DB")" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD=
  PORT="$PORT" HABEAS_DEMO=true HABEAS_DEMO_RECORDS=0 HABEAS_BASE_URL="$BASE")
start_app() { # extra JVM options...; sets app_pid and started_ms (ms to the first answered request)
  local start; start=$(ms_now)
  (cd "$work" && exec env "${app_env[@]}" "$java" -Xmx512m "$@" -jar "$jar" >>"$work/app.log" 2>&1) &
  app_pid=$!
  wait_ready "$BASE/login" 120 >/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
  started_ms=$(( $(ms_now) - start ))
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

say "Habeas: first start (migrates an empty database, loads the demo users and places, no records)"
start_app; first_ms=$started_ms
# The demo users are loaded after the server answers: wait for them before stopping it.
for _ in $(seq 600); do grep -q 'Demo data: .* loaded' "$work/app.log" && break; sleep 0.2; done
stop_app
aot_ms=""; plain_ms=""
if [ "$quick" = 0 ]; then
  say "Habeas: start-up to the first request, plain jar (-Xmx512m)"
  start_app; plain_ms=$started_ms
  stop_app
fi
if [ "$quick" = 0 ] && [ "${BENCH_AOT:-1}" = 1 ]; then
  # A JDK AOT cache holds only classes of the built-in class loaders: the fat jar's nested jars
  # are loaded by Spring Boot's own loader, so the jar is extracted first (Spring Boot's
  # jarmode=tools), which gives a plain class path of jars.
  # The training run serves a short load (API writes and the pages) before it stops, so the cache
  # also holds the classes and method profiles (JEP 515) of the first requests, not only those of
  # the start: 0.5-1 s less to the first request than a cache trained on start-up alone.
  # Spring AOT (the jar is built with -Paot): the bean definitions generated at build time replace
  # the scanning and condition evaluation of each start; -Dspring.aot.enabled=true turns them on,
  # for the training run too, so that the cache holds the classes the AOT start really loads.
  say "Habeas: extracted jar, Spring AOT, training a JDK 25 AOT cache (JEP 483/514/515) under load, then start-up with both"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
  (cd "$work" && exec env "${app_env[@]}" "$java" -Xmx512m -XX:AOTCacheOutput="$work/habeas.aot" \
     -Dspring.aot.enabled=true -jar "$work/extracted/habeas.jar" >>"$work/aot-train.log" 2>&1) &
  app_pid=$!
  if wait_ready "$BASE/login" 120 >/dev/null; then
    ttoken=$("$java" -cp "$CP" org.habeas.bench.HttpLoad token "$BASE" officer)
    "$java" -cp "$CP" org.habeas.bench.HttpLoad ingest "$BASE" "$ttoken" 8 15 0 > "$work/aot-train-ingest.txt" || true
    "$java" -cp "$CP" org.habeas.bench.HttpLoad pages "$BASE" officer 10 3 > "$work/aot-train-pages.txt" || true
  fi
  kill -TERM "$app_pid" 2>/dev/null || true   # the JVM writes the cache as it exits
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  if [ -f "$work/habeas.aot" ]; then
    jar="$work/extracted/habeas.jar"
    start_app -XX:AOTCache="$work/habeas.aot" -Dspring.aot.enabled=true; aot_ms=$started_ms
    stop_app
  fi
fi
if [ "$startup_only" = 1 ]; then
  record startup "${aot_ms:-$plain_ms}" ms "$jws_ms" "<5000"
  [ -n "$aot_ms" ] && record startup_without_aot "$plain_ms" ms "$jws_ms" "<5000"
  say "start-up only (load average at the start: $(cat "$work/load-start.txt")); docs/performance.md not written"
  awk '{ r = ($4 + 0 > 0 && $2 + 0 > 0) ? sprintf("%.3f", $2 / $4) : "-"; print $1, $2, $3, $4, r }' "$results"
  exit 0
fi
say "Habeas: running for the load scenarios"
start_app ${aot_ms:+-XX:AOTCache="$work/habeas.aot" -Dspring.aot.enabled=true}
[ -z "$plain_ms" ] && plain_ms=$started_ms   # --quick: this start is the measured one
record startup "${aot_ms:-$plain_ms}" ms "$jws_ms" "<5000"
[ -n "$aot_ms" ] && record startup_without_aot "$plain_ms" ms "$jws_ms" "<5000"

heap_used_mb() { # live heap after a full GC
  "$JAVA_HOME/bin/jcmd" "$app_pid" GC.run >/dev/null 2>&1 || true
  "$JAVA_HOME/bin/jcmd" "$app_pid" GC.heap_info 2>/dev/null | sed -n 's/.*heap .*used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%d", $1/1024}'
}
idle_heap=$(heap_used_mb)

token=$("$java" -cp "$CP" org.habeas.bench.HttpLoad token "$BASE" officer)

# A server is judged warm: the JIT compiles the write path during the first minute of load (the
# compiler threads took as much CPU as the requests), so an unmeasured run comes first.
say "warm-up: ${WARM_S}s of ingest, not measured"
"$java" -cp "$CP" org.habeas.bench.HttpLoad ingest "$BASE" "$token" "$CLIENTS" "$WARM_S" 0 > "$work/warmup.txt"

# ------------------------------------------------------------------ ingest
say "pgbench baseline: $CLIENTS clients inserting rows of the custody_event shape for ${INGEST_S}s"
fresh_db "${DB}_pgbench"
psql -q -d "${DB}_pgbench" -c "create table bench_event (record_id varchar(36) not null, seq int not null,
  type varchar(40) not null, occurred_at timestamptz not null, recorded_at timestamptz not null,
  recorded_by varchar(64) not null, payload text not null, primary key (record_id, seq))"
pgbench -n -c "$CLIENTS" -j 2 -T "$INGEST_S" -f bench/event.sql "${DB}_pgbench" > "$work/pgbench.txt" 2>&1
pg_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.txt" | head -1)
pg_lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$work/pgbench.txt" | head -1)

# Heap while loaded: jstat samples (used = survivors + eden + old) every second.
"$JAVA_HOME/bin/jstat" -gc "$app_pid" 1000 > "$work/jstat.txt" 2>/dev/null &
stat_pid=$!

say "ingest over HTTP: $CLIENTS clients, closed loop, ${INGEST_S}s (custody events, 10 per record)"
"$java" -Dbench.records="$work/records.txt" -cp "$CP" org.habeas.bench.HttpLoad ingest "$BASE" "$token" "$CLIENTS" "$INGEST_S" 0 > "$work/ingest.txt"
cat "$work/ingest.txt" >&2
say "ingest over HTTP: open loop at $RATE events/s for ${RATE_S}s"
"$java" -cp "$CP" org.habeas.bench.HttpLoad ingest "$BASE" "$token" 50 "$RATE_S" "$RATE" > "$work/rate.txt"
cat "$work/rate.txt" >&2
loaded_heap=$(heap_used_mb)
kill "$stat_pid" 2>/dev/null || true; stat_pid=""
peak_heap=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=($3+$4+$6+$8)/1024; if (u>m) m=u} END {printf "%d", m}' "$work/jstat.txt")

ev_s=$(kv "$work/ingest.txt" events_per_s)
record ingest_events "$ev_s" events/s "$pg_tps" ">=30%"
record ingest_p99_closed "$(kv "$work/ingest.txt" p99_ms)" ms "$pg_lat" "-"
record ingest_p99_at_${RATE} "$(kv "$work/rate.txt" p99_ms)" ms "$pg_lat" "<50"
record ingest_p50_at_${RATE} "$(kv "$work/rate.txt" p50_ms)" ms "$pg_lat" "-"
record ingest_rate_achieved "$(kv "$work/rate.txt" events_per_s)" events/s "$RATE" "500"

# ------------------------------------------------------------------ pages
# The open loop offers more than the server keeps up with, so the statistics projection ends it with
# a backlog, drained in the background; the pages are measured once it is done, so they do not
# pay for the ingest scenario. How long the catch-up took is a line of its own.
say "waiting for the statistics read model to catch up with the ingest"
drain_start=$(ms_now); backlog=""
for _ in $(seq 300); do
  backlog=$(psql -Atq -d "$DB" -c "select count(*) from stat_pending" 2>/dev/null || echo "?")
  [ "$backlog" = 0 ] && break
  sleep 1
done
record projection_catch_up "$(awk -v ms=$(( $(ms_now) - drain_start )) 'BEGIN { printf "%.1f", ms / 1000 }')" s 0 "-"
[ "$backlog" = 0 ] || say "the projection still had $backlog records queued after 300 s"

# The pages' code (templates, the history folds) is compiled by the JIT only after some hundreds of
# views: without a warm-up the first phase measured compilation (35 board pages/s against 73 warm).
say "pages warm-up: ${PAGE_WARM_S}s each, not measured"
"$java" -cp "$CP" org.habeas.bench.HttpLoad pages "$BASE" officer "$USERS" "$PAGE_WARM_S" > "$work/pages-warmup.txt"

say "pages, saturated: $USERS users requesting back to back for ${PAGE_S}s each on the board and the record page"
"$java" -cp "$CP" org.habeas.bench.HttpLoad pages "$BASE" officer "$USERS" "$PAGE_S" > "$work/pages-saturated.txt"
cat "$work/pages-saturated.txt" >&2
say "pages: $USERS signed-in users, each pausing 1-3 s between pages, for ${THINK_S}s each"
"$java" -cp "$CP" org.habeas.bench.HttpLoad pages "$BASE" officer "$USERS" "$THINK_S" "$THINK_MS" > "$work/pages.txt"
cat "$work/pages.txt" >&2
record page_board_p95 "$(kv "$work/pages.txt" board_p95_ms)" ms "$(kv "$work/pages.txt" health_p95_ms)" "<100"
record page_record_p95 "$(kv "$work/pages.txt" record_p95_ms)" ms "$(kv "$work/pages.txt" health_p95_ms)" "<100"
record page_board_p95_saturated "$(kv "$work/pages-saturated.txt" board_p95_ms)" ms "$(kv "$work/pages-saturated.txt" health_p95_ms)" "-"
record page_record_p95_saturated "$(kv "$work/pages-saturated.txt" record_p95_ms)" ms "$(kv "$work/pages-saturated.txt" health_p95_ms)" "-"
record page_board_per_s_saturated "$(kv "$work/pages-saturated.txt" board_per_s)" pages/s "$(kv "$work/pages-saturated.txt" health_per_s)" "-"
record page_record_per_s_saturated "$(kv "$work/pages-saturated.txt" record_per_s)" pages/s "$(kv "$work/pages-saturated.txt" health_per_s)" "-"

record heap_under_load "$peak_heap" MB "$idle_heap" "<512"
record heap_live_after_load "$loaded_heap" MB "$idle_heap" "<512"
stop_app

# ------------------------------------------------------------------ safeguards sweep
say "alert sweep: $SWEEP_OPEN open records, 1 % due (due rows are the records the ingest made)"
env SPRING_DATASOURCE_URL="$(jdbc "$DB")" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD= \
  "$java" -cp "$CP" org.habeas.bench.SweepBench "$SWEEP_OPEN" 1 > "$work/sweep.txt" 2>"$work/sweep.err" || { tail -30 "$work/sweep.err" >&2; }
cat "$work/sweep.txt" >&2
record sweep_per_due_record "$(kv "$work/sweep.txt" per_due_ms)" ms "$(kv "$work/sweep.txt" tenth_per_due_ms)" "<=2x"
record sweep_total "$(kv "$work/sweep.txt" sweep_ms)" ms "$(kv "$work/sweep.txt" none_sweep_ms)" "-"

# ------------------------------------------------------------------ ledger
say "ledger integration: $LEDGER_LEAVES queued leaves, batch 256"
fresh_db "${DB}_ledger"
"$java" -cp "$CP" org.habeas.ledger.store.LedgerBench integrate "$(jdbc "${DB}_ledger")" "$LEDGER_LEAVES" 256 > "$work/ledger.txt"
cat "$work/ledger.txt" >&2
record ledger_integration "$(kv "$work/ledger.txt" leaves_per_s)" leaves/s "$(kv "$work/ledger.txt" baseline_per_s)" ">=20000"
if [ "$quick" = 0 ]; then
  say "ledger integration: the same with habeas.ledger.batch-size=1024 (a backlog drains in bigger batches)"
  fresh_db "${DB}_ledger"
  "$java" -cp "$CP" org.habeas.ledger.store.LedgerBench integrate "$(jdbc "${DB}_ledger")" "$LEDGER_LEAVES" 1024 > "$work/ledger-1024.txt"
  cat "$work/ledger-1024.txt" >&2
  record ledger_integration_batch1024 "$(kv "$work/ledger-1024.txt" leaves_per_s)" leaves/s "$(kv "$work/ledger-1024.txt" baseline_per_s)" ">=20000"
fi

for size in $PROOF_SIZES; do
  with_leaves=false
  [ "$size" -le 1000000 ] && with_leaves=true
  say "proofs at $size leaves (bulk-loaded by COPY; leaves too: $with_leaves)"
  fresh_db "${DB}_proofs"
  "$java" -cp "$CP" org.habeas.ledger.store.LedgerBench proofs "$(jdbc "${DB}_proofs")" "$size" "$SAMPLES" "$with_leaves" "$work/proofs.key" > "$work/proofs-$size.txt"
  cat "$work/proofs-$size.txt" >&2
  label=$(awk -v n="$size" 'BEGIN { if (n >= 1000000) printf "%dM", n/1000000; else printf "%dk", n/1000 }')
  base=$(kv "$work/proofs-$size.txt" tile_read_p99_ms)
  record "inclusion_p99_${label}" "$(kv "$work/proofs-$size.txt" inclusion_p99_ms)" ms "$base" "<2"
  record "consistency_p99_${label}" "$(kv "$work/proofs-$size.txt" consistency_p99_ms)" ms "$base" "-"
  if [ "$with_leaves" = true ]; then
    v=$(kv "$work/proofs-$size.txt" verify_s); scan=$(kv "$work/proofs-$size.txt" scan_s)
    per=$(awk -v v="$v" -v n="$size" 'BEGIN { printf "%.2f", v * 1000000 / n }')
    perscan=$(awk -v v="$scan" -v n="$size" 'BEGIN { printf "%.2f", v * 1000000 / n }')
    record verifier_per_1M_leaves "$per" s "$perscan" "-"
  fi
done
fresh_db "${DB}_proofs"  # give the disk back
psql -q -d postgres -c "drop database if exists \"${DB}_proofs\" with (force)" >/dev/null

# ------------------------------------------------------------------ JMH
say "JMH: the safeguards engine on a 40-event record"
"$java" -cp "$CP" org.openjdk.jmh.Main SafeguardsBenchmark "${JMH_ARGS[@]}" -rf csv -rff "$work/jmh.csv" > "$work/jmh.txt" 2>&1 || tail -20 "$work/jmh.txt" >&2
jmh() { awk -F, -v b="$1" 'index($1, b) { gsub(/"/, "", $5); printf "%.2f", $5 }' "$work/jmh.csv"; }
record evaluate_40_events_kz "$(jmh kazakhRecordOf40Events)" us "$(jmh baselineFoldOf40Events)" "<50"
record evaluate_40_events_ew "$(jmh englishRecordOf40Events)" us "$(jmh baselineFoldOf40Events)" "<50"

# ------------------------------------------------------------------ report
psql -q -d postgres -c "drop database if exists \"${DB}_ledger\" with (force)" -c "drop database if exists \"${DB}_pgbench\" with (force)" >/dev/null

summary="$work/summary.txt"
echo "metric value unit baseline ratio" > "$summary"
awk '{ r = ($4 + 0 > 0 && $2 + 0 > 0) ? sprintf("%.3f", $2 / $4) : "-"; print $1, $2, $3, $4, r }' "$results" >> "$summary"
cat "$summary"
bash bench/report.sh "$quick" "$results" "$work" > docs/performance.md
say "wrote docs/performance.md"

#!/usr/bin/env bash
# Writes docs/performance.md from one bench run: bench/report.sh QUICK RESULTS WORKDIR > docs/performance.md
# The hand-written part (what each metric means, what was tried) is bench/findings.md.
set -euo pipefail
quick="$1"; results="$2"; work="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
cores=$(nproc)
mem=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
pg=$(psql -Atq -d postgres -c "select version()" | cut -d, -f1)
jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)
load=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<EOF
# Performance

Measured by \`./habeas bench\` (scripts in \`bench/\`). Every number below sits beside a
**baseline measured in the same run on the same machine**, and the ratio is value / baseline: the
machine is shared and noisy, so an absolute time means little while a ratio within one run holds.
Targets are goals, not timed tests; nothing here runs in the test suite.

## Last run

- Date: $(date -u -r "$results" '+%Y-%m-%d %H:%M UTC') (end of the run)$( [ "$quick" = 1 ] && echo " — **\`--quick\` run: smaller sizes and shorter times**")
- Machine: $cores vCPU ($cpu), $mem RAM; load average before the run: $(cat "$work/load-start.txt" 2>/dev/null || echo "?"), at its end: $load
  (the bench's own load driver, PostgreSQL and Habeas share the same cores; anything else running
  makes the absolute numbers pessimistic, which is why the ratios are the point).
- $jdk; $pg (default configuration: shared_buffers 128 MB, synchronous_commit on).
- Habeas: the packaged jar (\`target/bench/habeas.jar\`; the full run extracts it and runs it with a JDK AOT cache trained under load), \`-Xmx512m\`, on its own PostgreSQL database,
  demo users and places only (no demo records), API calls authenticated with a personal API token.

| metric | value | unit | baseline | ratio | target | met |
|---|---:|---|---:|---:|---|---|
EOF
while read -r metric value unit baseline target; do
  ratio="-"
  if awk -v a="$value" -v b="$baseline" 'BEGIN { exit !(a + 0 > 0 && b + 0 > 0) }'; then
    ratio=$(awk -v a="$value" -v b="$baseline" 'BEGIN { printf "%.3f", a / b }')
  fi
  met="-"
  case "$target" in
    "<=2x") met=$(awk -v r="$ratio" 'BEGIN { if (r == "-") print "?"; else print (r <= 2) ? "yes" : "**no**" }') ;;
    "<"*) t="${target#<}"; met=$(awk -v a="$value" -v t="$t" 'BEGIN { if (a == "" || a + 0 != a) print "?"; else print (a + 0 < t + 0) ? "yes" : "**no**" }') ;;
    ">="*%) t="${target#>=}"; t="${t%\%}"; met=$(awk -v r="$ratio" -v t="$t" 'BEGIN { if (r == "-") print "?"; else print (r * 100 >= t) ? "yes" : "**no**" }') ;;
    ">="*) t="${target#>=}"; met=$(awk -v a="$value" -v t="$t" 'BEGIN { if (a == "" || a + 0 != a) print "?"; else print (a + 0 >= t + 0) ? "yes" : "**no**" }') ;;
    "500") met=$(awk -v a="$value" 'BEGIN { print (a >= 490) ? "yes" : "**no**" }') ;;
  esac
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$metric" "${value:-?}" "$unit" "${baseline:-?}" "$ratio" "$target" "$met"
done < "$results"

echo
echo "Raw outputs of this run: \`target/bench/run/\` (warmup.txt, ingest.txt, rate.txt, pages.txt, pages-saturated.txt, pgbench.txt, sweep.txt, ledger.txt, proofs-*.txt, jmh.txt, app.log)."
echo
for f in sweep.txt; do
  if [ -f "$work/$f" ]; then
    echo "Sweep details: \`$(grep -E '^[a-z_]+=' "$work/$f" | tr '\n' ' ')\`"
    echo
  fi
done
cat "$here/bench/findings.md"

#!/usr/bin/env bash
# Start-up time of the whole platform under the .NET Aspire AppHost (DCP, the Aspire dashboard), from launching
# the AppHost until the gateway answers /health (the gateway waits for every service, which wait for their servers,
# so it is the last resource to become healthy), then SIGTERM until DCP has stopped every resource.
#   cold = a fresh data folder (initdb, new broker node, first EF migrations)
#   warm = the data folder of a previous run, build output up to date
# Also the resident memory of DCP's processes and the dashboard once everything is healthy.
# Each mode runs N times (default 3). Output: one line per run and a markdown summary.
# Usage: benchmarks/apphost-startup/run.sh [runs] [configuration]
set -euo pipefail

runs="${1:-3}"
configuration="${2:-Debug}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/defis-apphost-bench.XXXXXX)"
chmod 755 "$work"
apphost="$root/AppHost/bin/$configuration/net10.0/Defis.AppHost.dll"
results="$work/results.tsv"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

cleanup() { [[ -n "${pid:-}" ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "Building the AppHost ($configuration) once; every run uses that build output." >&2
dotnet build "$root/AppHost/AppHost.csproj" -c "$configuration" -nologo -v q >/dev/null

now() { date +%s.%N; }

# Resident memory (MiB) of every DCP process and of the Aspire dashboard.
orchestrator_rss() {
  local total=0 pid
  for pid in $(pgrep -x dcp) $(pgrep -f 'tools/Aspire.Dashboard'); do
    total=$((total + $(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

# run <mode> <data folder>
run() {
  local mode="$1" data="$2" start healthy stopped rss
  local log="$work/$mode-$(date +%s%N).log"
  start=$(now)
  dotnet "$apphost" --data "$data" >"$log" 2>&1 </dev/null &
  pid=$!
  until curl -s -m 1 -o /dev/null -w '%{http_code}' http://127.0.0.1:5000/health 2>/dev/null | grep -q 200; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "AppHost exited early; see $log" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.1
  done
  healthy=$(now)
  rss=$(orchestrator_rss)
  kill -TERM "$pid"
  wait "$pid" || true
  while pgrep -f -- "--monitor $pid( |$)" >/dev/null; do sleep 0.2; done
  stopped=$(now)
  pid=
  printf '%s\t%.1f\t%.1f\t%s\n' "$mode" "$(echo "$healthy - $start" | bc)" "$(echo "$stopped - $healthy" | bc)" "$rss" | tee -a "$results"
}

printf 'mode\tstart_s\tstop_s\tdcp_and_dashboard_rss_mib\n'
for i in $(seq "$runs"); do
  run cold "$work/cold-$i"
done
warm="$work/warm"
run prime "$warm" >/dev/null   # creates the data folder the warm runs reuse
for i in $(seq "$runs"); do
  run warm "$warm"
done

median() { sort -n | awk '{ v[NR]=$1 } END { if (NR) printf "%.1f", v[int((NR+1)/2)] }'; }
summary() {
  awk -F'\t' -v m="$1" '$1==m { print $2 }' "$results" | sort -n |
    awk -v m="$1" '{ v[NR]=$1 } END { if (NR) printf "| %s | %d | %.1f | %.1f | %.1f |\n", m, NR, v[1], v[int((NR+1)/2)], v[NR] }'
}
echo
echo "| mode | runs | min (s) | median (s) | max (s) |"
echo "|---|---|---|---|---|"
summary cold
summary warm
echo
echo "Stop (SIGTERM until DCP stopped every resource), median: $(awk -F'\t' '$1!="prime" {print $3}' "$results" | median) s"
echo "DCP + dashboard resident memory when all healthy, median: $(awk -F'\t' '$1!="prime" {print $4}' "$results" | median) MiB"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM,"\
  "$(. /etc/os-release; echo "$PRETTY_NAME"), .NET SDK $(dotnet --version), load average at start: $load_before, at end: $(cut -d' ' -f1-3 /proc/loadavg)"

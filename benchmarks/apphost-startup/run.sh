#!/usr/bin/env bash
# Start-up time of the whole platform under the AppHost, until every resource is healthy
# (<data>/apphost.json says "allHealthy": true), then an orderly stop (SIGTERM) that is also timed.
#   cold = a fresh data folder (initdb, new broker node, first EF migrations)
#   warm = the data folder of a previous run, build output up to date
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

cleanup() { [[ -n "${pid:-}" ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "Building the AppHost ($configuration) once; every run uses that build output." >&2
dotnet build "$root/AppHost/AppHost.csproj" -c "$configuration" -nologo -v q >/dev/null

now() { date +%s.%N; }

# run <mode> <data folder> <how: dll|dotnet-run-no-build>
run() {
  local mode="$1" data="$2" how="$3" start healthy stopped apphost_pid
  local log="$work/$mode-$(date +%s%N).log"
  start=$(now)
  if [[ "$how" == dll ]]; then
    dotnet "$apphost" --data "$data" --quiet >"$log" 2>&1 </dev/null &
  else
    # --no-build: the build output is already up to date; this adds only dotnet run's own launch cost.
    dotnet run --no-build --project "$root/AppHost/AppHost.csproj" -c "$configuration" -- --data "$data" --quiet >"$log" 2>&1 </dev/null &
  fi
  pid=$!
  until grep -qs '"allHealthy": true' "$data/apphost.json"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "AppHost exited early; see $log" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.1
  done
  healthy=$(now)
  # dotnet run is a parent process: signal the AppHost itself, as Ctrl+C would.
  apphost_pid=$(grep -o '"appHostPid": [0-9]*' "$data/apphost.json" | grep -o '[0-9]*$')
  kill -TERM "$apphost_pid"
  wait "$pid" || true
  stopped=$(now)
  pid=
  printf '%s\t%s\t%.1f\t%.1f\n' "$mode" "$how" "$(echo "$healthy - $start" | bc)" "$(echo "$stopped - $healthy" | bc)" | tee -a "$results"
}

printf 'mode\thow\tstart_s\tstop_s\n'
for i in $(seq "$runs"); do
  run cold "$work/cold-$i" dll
done
warm="$work/warm"
run prime "$warm" dll >/dev/null   # creates the data folder the warm runs reuse
for i in $(seq "$runs"); do
  run warm "$warm" dll
done
for i in $(seq "$runs"); do
  run warm "$warm" dotnet-run-no-build
done

summary() {
  awk -F'\t' -v m="$1" -v h="$2" '$1==m && $2==h { print $3 }' "$results" | sort -n |
    awk -v m="$1" -v h="$2" '{ v[NR]=$1 } END { if (NR) printf "| %s | %s | %d | %.1f | %.1f | %.1f |\n", m, h, NR, v[1], v[int((NR+1)/2)], v[NR] }'
}
echo
echo "| mode | launched with | runs | min (s) | median (s) | max (s) |"
echo "|---|---|---|---|---|---|"
summary cold dll
summary warm dll
summary warm dotnet-run-no-build
echo
echo "Stop (SIGTERM until the AppHost exited), median: $(awk -F'\t' '$1!="prime" {print $4}' "$results" | sort -n | awk '{v[NR]=$1} END {printf "%.1f s", v[int((NR+1)/2)]}')"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM,"\
  "$(. /etc/os-release; echo "$PRETTY_NAME"), .NET SDK $(dotnet --version), load average at start: $load_before, at end: $(cut -d' ' -f1-3 /proc/loadavg)"

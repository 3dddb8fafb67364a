#!/usr/bin/env bash
# Where the resident memory of each idle service host goes (the services, identity, the gateway), Release, started by
# the AppHost as `./defis run` starts them, in several modes of one run (the first is the baseline):
#   as-built       the hosts as built (workstation GC since decision 0034, background GC, W^X on)
#   workstation    DOTNET_gcServer=0 DOTNET_gcConcurrent=0 (one small heap, no background GC thread)
#   no-wx          workstation, and DOTNET_EnableWriteXorExecute=0 (JIT code mapped once instead of twice)
#   no-pgo         as built, and DOTNET_TieredPGO=0 (no instrumented tier of code between the first and the optimised one)
#   ready-to-run   as built, but every host published with ReadyToRun (crossgen2) over its build output, which is put
#                  back afterwards: precompiled code is mapped from the assemblies instead of JIT-compiled into private memory
#   ready-to-run-no-tiering  ready-to-run, and DOTNET_TieredCompilation=0: the precompiled code is kept, never recompiled
# Each mode: a fresh data folder, the gateway's /health, an idle minute, then per host from /proc: RSS, split into
# anonymous (heaps, stacks, native allocations), file-backed (mapped assemblies and libraries, shared between hosts)
# and shared memory (the runtime's double mapping of JIT code under W^X), and PSS (shared pages divided among the
# processes sharing them: what one host really adds to the machine).
# Usage: benchmarks/service-memory/run.sh [idle seconds] [modes, default "as-built workstation no-wx ready-to-run"]
# The lines "mode<TAB>host<TAB>rss…" on stdout are the machine-readable summary (./defis bench reads as-built's).
set -euo pipefail

idle="${1:-60}"
modes="${2:-as-built workstation no-wx ready-to-run}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/defis-memory-bench.XXXXXX)"
chmod 755 "$work"
apphost="$root/AppHost/bin/Release/net10.0/Defis.AppHost.dll"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

cleanup() { [[ -n "${pid:-}" ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; built_output_back; rm -rf "$work"; }
trap cleanup EXIT

echo "Building the AppHost and every host (Release) once." >&2
dotnet build "$root/AppHost/AppHost.csproj" -c Release -nologo -v q >/dev/null

# The hosts the AppHost starts: its project references, the local servers' library aside.
hosts() { sed -n 's|.*<ProjectReference Include="\.\./\([^"]*\.csproj\)" */>.*|\1|p' "$root/AppHost/AppHost.csproj"; }

# ready-to-run: each host published with crossgen2 over its Release output (the AppHost starts that executable), the
# output as built kept aside and put back by built_output_back, even when the run stops early.
publish_ready_to_run() {
  local project output
  echo "Publishing every host with ReadyToRun over its Release output." >&2
  for project in $(hosts); do
    output="$(dirname "$project")/bin/Release/net10.0"
    mkdir -p "$work/as-built/$output"
    cp -a "$root/$output/." "$work/as-built/$output/"
    echo "$output" >> "$work/as-built.list"
    dotnet publish "$root/$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$root/$output" -nologo -v q >/dev/null
  done
}

built_output_back() {
  local output
  [[ -f "$work/as-built.list" ]] || return 0
  while read -r output; do
    rm -rf "${root:?}/$output" && cp -a "$work/as-built/$output" "$root/$output"
  done < "$work/as-built.list"
  rm -rf "$work/as-built" "$work/as-built.list"
}

mib() { echo $(( $(awk -v f="$1:" '$1==f {print $2}' "$2") / 1024 )); }

# name<TAB>RSS<TAB>anonymous<TAB>file-backed<TAB>shared memory<TAB>PSS, in MiB, for every host of this tree's Release output.
hosts_memory() {
  local p exe
  for p in $(pgrep -f "$root/.*/bin/Release/net10.0/"); do
    exe=$(readlink "/proc/$p/exe" 2>/dev/null || true)
    [[ "$exe" == "$root"/* ]] || continue
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(basename "$exe")" "$(mib VmRSS "/proc/$p/status")" "$(mib RssAnon "/proc/$p/status")" \
      "$(mib RssFile "/proc/$p/status")" "$(mib RssShmem "/proc/$p/status")" "$(mib Pss "/proc/$p/smaps_rollup")"
  done | sort
}

# run <mode> [environment...]
run() {
  local mode="$1"; shift
  local log="$work/$mode.log"
  env "$@" dotnet "$apphost" --data "$work/$mode" >"$log" 2>&1 </dev/null &
  pid=$!
  until curl -s -m 1 -o /dev/null -w '%{http_code}' http://127.0.0.1:5000/health 2>/dev/null | grep -q 200; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "AppHost exited early; see $log" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.5
  done
  sleep "$idle"
  hosts_memory | sed "s/^/$mode\t/" | tee -a "$work/results.tsv"
  kill -TERM "$pid"; wait "$pid" || true; pid=
  # The next mode starts only once every server of this one has gone (a broker's epmd still holding its port made the
  # next start fail); at most a minute, since an epmd may as well be another user's, which never goes.
  local waited=0
  while { pgrep -f "$root/.*/bin/Release/net10.0/|$work|dcp .*--monitor" >/dev/null || pgrep -x epmd >/dev/null; } && ((waited++ < 120)); do
    sleep 0.5
  done
}

mode_environment() {
  case "$1" in
    as-built) ;;
    workstation) echo DOTNET_gcServer=0 DOTNET_gcConcurrent=0 ;;
    no-wx) echo DOTNET_gcServer=0 DOTNET_gcConcurrent=0 DOTNET_EnableWriteXorExecute=0 ;;
    no-pgo) echo DOTNET_TieredPGO=0 ;;
    ready-to-run) ;;
    ready-to-run-no-tiering) echo DOTNET_TieredCompilation=0 ;;
    *) echo "unknown mode $1 (as-built, workstation, no-wx, no-pgo, ready-to-run, ready-to-run-no-tiering)" >&2; exit 2 ;;
  esac
}

printf 'mode\thost\trss\tanon\tfile\tshmem\tpss\n'
for mode in $modes; do
  environment="$(mode_environment "$mode")"
  [[ "$mode" != ready-to-run* ]] || publish_ready_to_run
  # shellcheck disable=SC2086 # one word per variable
  run "$mode" $environment
  [[ "$mode" != ready-to-run* ]] || built_output_back
done
# Against the first mode, each other mode's PSS and its ratio; a run of one mode (./defis bench runs as-built alone) ends
# with its rows.
if [[ "$modes" == *" "* ]]; then
  echo
  echo "MiB; RSS = anonymous + file-backed + shared; ratio = PSS against the first mode's PSS."
  echo
  awk -F'\t' -v modes="$modes" '
    { d[$1,$2] = sprintf("%d (%d/%d/%d)", $3, $4, $5, $6); p[$1,$2] = $7; h[$2] = 1 }
    END {
      n = split(modes, m, " ")
      head = "| host | " m[1] " RSS (anon/file/shm) | PSS |"; rule = "|---|---|---:|"
      for (i = 2; i <= n; i++) { head = head " " m[i] " RSS | PSS | ratio |"; rule = rule "---|---:|---:|" }
      print head; print rule
      for (x in h) {
        line = "| " x " | " d[m[1],x] " | " p[m[1],x] " |"
        for (i = 2; i <= n; i++) line = line " " d[m[i],x] " | " p[m[i],x] " | " ((m[1],x) in p && p[m[1],x] > 0 && (m[i],x) in p ? sprintf("%.2f", p[m[i],x] / p[m[1],x]) : "–") " |"
        print line | "sort"
      }
    }' "$work/results.tsv"
fi
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM,"\
  "$(. /etc/os-release; echo "$PRETTY_NAME"), .NET SDK $(dotnet --version), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

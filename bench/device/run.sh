#!/usr/bin/env bash
# bench:realtime on a lent many-core machine with no Node and no network, from the folder that
# bench/device/prepare.mjs built (.device, with this script copied into it). Node is unpacked into /tmp;
# the server runs on cores $SERVER_CPUS (0-1), the clients on $CLIENT_CPUS (2 to the last core: 2-15). The report goes to
# $OUT/realtime.txt (the servers' own messages to $OUT/realtime-stderr.txt).
#
#   bash .device/run.sh                      the planned run: 2,000 clients, then 1,000, then 3,000 while
#                                            the time budget ($BENCH_BUDGET_S, 420 s) allows
#   bash .device/run.sh --sizes 50 ...       one run with these benchmark options instead
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${OUT:-$PWD}"
mkdir -p "$out"
report="$out/realtime.txt"
errors="$out/realtime-stderr.txt"
cores="$(nproc 2>/dev/null || echo 16)"
server_cpus="${SERVER_CPUS:-0-1}"
# Every other core for the clients (2-15 on the 16-core machine).
client_cpus="${CLIENT_CPUS:-2-$((cores > 3 ? cores - 1 : 3))}"
budget="${BENCH_BUDGET_S:-420}"
started=$SECONDS

unpack_node() {
  local node_dir=$1
  node="$node_dir/node"
  "$node" --version >/dev/null 2>&1 && return 0
  mkdir -p "$node_dir" || return 1
  if command -v xz >/dev/null 2>&1; then
    xz -dc "$here/node.xz" >"$node.tmp" || return 1
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2], "wb"))' "$here/node.xz" "$node.tmp" || return 1
  else
    echo "Neither xz nor python3 is here to unpack node.xz." >&2
    return 1
  fi
  chmod +x "$node.tmp" && mv "$node.tmp" "$node" && "$node" --version >/dev/null
}
# Beside the bundle if /tmp does not allow running programs.
if ! unpack_node "${TMPDIR:-/tmp}/zero-draft-node" && ! unpack_node "$here/.node"; then
  echo "Node could not be unpacked and run from node.xz." | tee -a "$report" >&2
  exit 1
fi
command -v taskset >/dev/null 2>&1 || export PATH="$here/bin:$PATH"
# Thousands of sockets in one server process.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

{
  echo "== $(date -u '+%Y-%m-%d %H:%M:%S UTC') on $(hostname 2>/dev/null || echo '?'): $(nproc 2>/dev/null || echo '?') cores online, $(uname -sr)"
  grep -m1 'model name' /proc/cpuinfo 2>/dev/null
  grep -E 'MemTotal' /proc/meminfo 2>/dev/null
  echo "node $("$node" --version), taskset $(command -v taskset), open files $(ulimit -n), server cores $server_cpus, client cores $client_cpus"
} >>"$report"

bench() {
  local limit=$1
  shift
  echo "== $(date -u '+%H:%M:%S') +$((SECONDS - started)) s: realtime $*" >>"$report"
  local runner=()
  command -v timeout >/dev/null 2>&1 && runner=(timeout --kill-after=10 "$limit")
  "${runner[@]}" "$node" "$here/bench/realtime.mjs" --server-cpus "$server_cpus" --client-cpus "$client_cpus" "$@" \
    >>"$report" 2>>"$errors"
  local code=$?
  [ $code -eq 0 ] || echo "== exit $code (124: stopped at its $limit s limit)" >>"$report"
}

remaining() { echo $((budget - (SECONDS - started))); }

if [ $# -gt 0 ]; then
  bench "$(remaining)" "$@"
else
  # The issue's target size first, so that it is measured even if time runs short.
  bench "$(remaining)" --sizes 2000 --servers ours,ours-sqlite,reference --join-timeout 30
  [ "$(remaining)" -gt 120 ] && bench "$(remaining)" --sizes 1000 --servers ours,ours-sqlite,reference --join-timeout 30
  [ "$(remaining)" -gt 120 ] && bench "$(remaining)" --sizes 3000 --servers ours,reference,ours-sqlite --join-timeout 30
fi
echo "== done after $((SECONDS - started)) s" >>"$report"
cat "$report"

#!/usr/bin/env bash
# A sweep on a real single-node Slurm (Debian's slurm-wlm and munge on localhost): `lithos slurm` writes the
# job-array script, the array runs the shards, the dependent job merges them, and the merged study folder must
# equal a local `lithos run` of the same file and seed (result files, charts, study.json and report, times aside).
# Then an overlapping and an incomplete merge must be refused. Without Slurm the test is skipped, unless CI=true.
#   slurm-test.sh PRODUCTS_DIR REPOSITORY_ROOT
set -euo pipefail
products="$1"
root="$2"
lithos="$products/lithos.cli/linux/gtk/x86_64/lithos/lithos"
fail() { echo "slurm-test: FAIL: $*" >&2; exit 1; }
skip() {
  if [ "${CI:-}" = true ]; then
    fail "$* (CI=true: .ci/run installs slurm-wlm and munge, and CI runs as root)"
  fi
  echo "slurm-test: SKIPPED: $* (apt-get install slurm-wlm munge, as root, to run it)"
  exit 0
}
for tool in slurmctld slurmd munged sbatch squeue sinfo scontrol; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done
[ "$(id -u)" = 0 ] || skip "starting slurmctld, slurmd and munged needs root"
[ -x "$lithos" ] || fail "no product launcher at $lithos"

work="$(mktemp -d /tmp/lithos-slurm.XXXXXX)"
pids=()
stop() {
  # only the daemons this test started, by their process ids
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  rm -rf "$work"
}
trap stop EXIT
export LITHOS_VMARGS="-Xmx512m -XX:+UseSerialGC"
start=$(date +%s)

# munge: Slurm's authentication; reuse a running munged, else start one on the default socket
if ! munge -n </dev/null >/dev/null 2>&1; then
  [ -f /etc/munge/munge.key ] || { mkdir -p /etc/munge; dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null; }
  chown munge:munge /etc/munge/munge.key 2>/dev/null || true
  chmod 400 /etc/munge/munge.key
  mkdir -p /run/munge /var/log/munge /var/lib/munge
  chown munge:munge /run/munge /var/log/munge /var/lib/munge 2>/dev/null || true
  runuser -u munge -- munged --foreground >"$work/munged.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do munge -n </dev/null >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n </dev/null >/dev/null 2>&1 || fail "munged did not start: $(cat "$work/munged.log")"
fi

# a one-node cluster: no cgroups (containers rarely allow them), processes tracked through /proc
host="$(hostname -s)"
mkdir -p "$work/state" "$work/spool"
export SLURM_CONF="$work/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=lithos-test
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmctldPort=6917
SlurmdPort=6918
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/builtin
ReturnToService=2
MpiDefault=none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -D -i -f "$SLURM_CONF" >"$work/slurmctld.log" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" -N "$host" >"$work/slurmd.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  state="$(sinfo -h -o %t 2>/dev/null || true)"
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$state" = idle ] || fail "the Slurm node is not idle ($state): $(tail -n 5 "$work/slurmctld.log" "$work/slurmd.log")"
echo "slurm-test: Slurm up on $host in $(( $(date +%s) - start )) s"

# the sweep: the tour's rate sweep, 8 runs, in 3 shards (3 + 3 + 2 runs), seeded
cp "$root/dsl/examples/tour.cell" "$work/tour.cell"
"$lithos" slurm "$work/tour.cell" --study RateSweep --seed 7 --array-size 3 --out "$work/cluster" \
  --lithos "$lithos" >"$work/slurm-command.log" 2>&1 || fail "lithos slurm: $(cat "$work/slurm-command.log")"
script="$work/cluster/slurm/sweep.sh"
[ -x "$script" ] || fail "lithos slurm wrote no script: $(cat "$work/slurm-command.log")"
submitted="$(bash "$script")" || fail "submitting: $submitted"
echo "slurm-test: $submitted"
merge_job="$(sed -n 's/.*the merge as job \([0-9]*\).*/\1/p' <<<"$submitted")"
[ -n "$merge_job" ] || fail "no merge job id in: $submitted"

# meanwhile, the same sweep on this machine
"$lithos" run "$work/tour.cell" --study RateSweep --seed 7 --out "$work/local" >"$work/local.log" 2>&1 \
  || fail "the local run: $(tail -n 20 "$work/local.log")"

for _ in $(seq 600); do
  queue="$(squeue -h -o '%i %T %r' 2>/dev/null || true)"
  [ -z "$queue" ] && break
  if grep -q DependencyNeverSatisfied <<<"$queue"; then
    fail "an array task failed, the merge cannot start: $queue; $(tail -n 20 "$work"/cluster/slurm/logs/shard-*.out)"
  fi
  sleep 0.5
done
[ -z "$(squeue -h)" ] && true || fail "jobs still queued after 5 min: $(squeue)"
merged="$work/cluster/RateSweep"
[ -f "$merged/study.json" ] || fail "no merged study (merge job $merge_job): $(cat "$work"/cluster/slurm/logs/* 2>/dev/null | tail -n 30)"
for k in 1 2 3; do
  [ -f "$work/cluster/shards/$k/shard.json" ] || fail "shard $k left no shard.json"
done

# identical apart from times: the solver's wall time, when the study ran, and the report's seconds column
normalise() {
  local from="$1" to="$2"
  mkdir -p "$to"
  (cd "$from" && find . -type f ! -name '.*' | sort) | while read -r f; do
    mkdir -p "$to/$(dirname "$f")"
    case "$f" in
      *result.json) grep -v '"wallTimeSeconds"' "$from/$f" >"$to/$f" ;;
      *study.json) grep -v -e '"started"' -e '"ended"' -e '"solverSeconds"' "$from/$f" >"$to/$f" ;;
      *report.html) sed -E 's#<td class="n">[0-9]+\.[0-9]{2}</td>#<td class="n">SECONDS</td>#g' "$from/$f" >"$to/$f" ;;
      *) cp "$from/$f" "$to/$f" ;;
    esac
  done
}
normalise "$work/local/RateSweep" "$work/a"
normalise "$merged" "$work/b"
files=$(cd "$work/a" && find . -type f | wc -l)
[ "$files" -gt 20 ] || fail "the local study has only $files files"
diff -r "$work/a" "$work/b" >"$work/diff.txt" || fail "merged and local differ: $(head -n 40 "$work/diff.txt")"
echo "slurm-test: merged folder equals the local run ($files files; times aside)"

# a merge must refuse overlapping and missing shards, and write nothing
s="$work/cluster/shards"
if "$lithos" merge "$s/1" "$s/2" "$s/2" --out "$work/bad" >"$work/bad.log" 2>&1; then fail "an overlapping merge succeeded"; fi
grep -q "shards overlap" "$work/bad.log" || fail "overlap message: $(cat "$work/bad.log")"
if "$lithos" merge "$s/1" "$s/3" --out "$work/bad" >"$work/bad.log" 2>&1; then fail "an incomplete merge succeeded"; fi
grep -q "shard 2/3 of .* is missing" "$work/bad.log" || fail "missing-shard message: $(cat "$work/bad.log")"
[ ! -e "$work/bad/RateSweep" ] || fail "a refused merge wrote results"
echo "slurm-test: overlapping and missing shards refused; whole test $(( $(date +%s) - start )) s"

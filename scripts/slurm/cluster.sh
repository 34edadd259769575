#!/usr/bin/env bash
# A real single-node Slurm cluster on this machine, for tests and for trying `drawdown slurm`:
# Debian's slurm-wlm and munge configured on localhost, state kept in one folder, stopped cleanly.
#
#   scripts/slurm/cluster.sh install          apt-get the daemons (root; needs Debian's packages)
#   scripts/slurm/cluster.sh start DIR        write DIR/slurm.conf, start munged, slurmctld, slurmd;
#                                             wait until the node is idle
#   scripts/slurm/cluster.sh stop DIR         cancel jobs, stop the daemons started from DIR
#   scripts/slurm/cluster.sh available        exit 0 when the daemons are installed and we are root
#
# Clients then need SLURM_CONF=DIR/slurm.conf in their environment. Choices follow what works on a
# machine without systemd or cgroups: daemons started by hand with pid files, proctrack/linuxproc,
# no accounting, the node named localhost so the host name does not matter.
set -euo pipefail

die() { echo "cluster.sh: $*" >&2; exit 1; }

available() {
  [ "$(id -u)" = 0 ] && command -v slurmctld >/dev/null && command -v slurmd >/dev/null &&
    command -v munged >/dev/null && command -v sbatch >/dev/null
}

install() {
  [ "$(id -u)" = 0 ] || die "install needs root"
  if ! available; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      slurmd slurmctld slurm-client munge >/dev/null
  fi
}

# munge authenticates every Slurm message; it refuses to run as root, so it runs as its own user.
start_munge() {
  if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none
  fi
  chown munge:munge /etc/munge /etc/munge/munge.key
  chmod 0700 /etc/munge
  chmod 0400 /etc/munge/munge.key
  mkdir -p /run/munge /var/log/munge /var/lib/munge
  chown munge:munge /run/munge /var/log/munge /var/lib/munge
  if [ -S /run/munge/munge.socket.2 ] && munge -n </dev/null >/dev/null 2>&1; then return; fi
  runuser -u munge -- munged --force
  for _ in $(seq 50); do munge -n </dev/null >/dev/null 2>&1 && return; sleep 0.1; done
  die "munged did not start"
}

write_config() {
  local dir=$1
  local cpus memory
  cpus=$(nproc)
  # RealMemory must not exceed what slurmd finds: take 90% of MemTotal, in MiB.
  memory=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
  mkdir -p "$dir/state" "$dir/spool" "$dir/log"
  cat >"$dir/slurm.conf" <<CONF
ClusterName=drawdown
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
MailProg=/bin/true
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=30
KillWait=5
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
}

running() { [ -f "$1" ] && grep -q '^State:.*[RS]' "/proc/$(cat "$1")/status" 2>/dev/null; }

start() {
  local dir=${1:?start needs a folder}
  available || die "Slurm is not installed (run: $0 install) or not running as root"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  write_config "$dir"
  export SLURM_CONF=$dir/slurm.conf
  start_munge
  running "$dir/slurmctld.pid" || slurmctld -f "$SLURM_CONF" -i
  running "$dir/slurmd.pid" || slurmd -f "$SLURM_CONF" -N localhost
  for _ in $(seq 100); do
    if sinfo -h -N -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then
      echo "SLURM_CONF=$SLURM_CONF"
      return
    fi
    sleep 0.2
  done
  sinfo -N >&2 || true
  die "the node did not become idle; see $dir/log"
}

stop() {
  local dir=${1:?stop needs a folder}
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd)
  export SLURM_CONF=$dir/slurm.conf
  # Jobs first: their slurmstepd outlives slurmd.
  if [ -f "$SLURM_CONF" ]; then scancel --full --quiet --user="$(id -un)" 2>/dev/null || true; fi
  for _ in $(seq 50); do
    [ -z "$(squeue -h 2>/dev/null)" ] && break
    sleep 0.1
  done
  for name in slurmd slurmctld; do
    local pidfile=$dir/$name.pid
    if running "$pidfile"; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  for name in slurmd slurmctld; do
    for _ in $(seq 50); do running "$dir/$name.pid" || break; sleep 0.1; done
    if running "$dir/$name.pid"; then kill -9 "$(cat "$dir/$name.pid")" 2>/dev/null || true; fi
  done
}

case "${1:-}" in
  install) install ;;
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  available) available ;;
  *) die "usage: $0 install | start DIR | stop DIR | available" ;;
esac

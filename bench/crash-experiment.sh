#!/usr/bin/env bash
# The kill -9 experiment of docs/reliability.md ("Crash and restart"), one run:
#   bench/crash-experiment.sh <jar> <work-dir> <run-name> [acks-before-kill=400] [kill=both|jvm]
# Starts the jar on a fresh data directory (PORT, default 18081, loopback), sends a burst of member creations
# through the API (bench/CrashBench.java, every 201 recorded), kills -9 the JVM and its PostgreSQL (kill=both: the
# postmaster and every backend, at once) or the JVM alone (kill=jvm: PostgreSQL is left running, orphaned) once
# <acks-before-kill> writes were acknowledged, starts the jar again ONCE, and checks every acknowledged write.
set -euo pipefail
JAR=$1; WORK=$2; RUN=$3; AFTER=${4:-400}; KILL=${5:-both}; PORT=${PORT:-18081}
BASE=http://127.0.0.1:$PORT
DIR=$WORK/$RUN; DATA=$DIR/pg
BENCH="$(dirname "$0")/CrashBench.java"
rm -rf "$DIR"; mkdir -p "$DIR"

start() { # $1: log name; prints the JVM's pid
  PORT=$PORT DANGBO_DATA_DIR=$DATA nohup java -jar "$JAR" --server.address=127.0.0.1 > "$DIR/$1.log" 2>&1 &
  echo $!
}
ready() { # waits up to 300 s for the sign-in page; fails if the JVM died
  local pid=$1 end=$((SECONDS + 300))
  while [ $SECONDS -lt $end ]; do
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login" || true)" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}

JVM=$(start first)
ready "$JVM" || { echo "first start failed"; exit 1; }
echo "started (pid $JVM) on $DATA"
java "$BENCH" burst --base="$BASE" --acked="$DIR/acked.txt" --clients=8 --max=20000 > "$DIR/burst.log" 2>&1 &
BURST=$!
while [ "$(cat "$DIR/acked.txt" 2>/dev/null | wc -l)" -lt "$AFTER" ]; do
  kill -0 "$BURST" 2>/dev/null || { echo "burst ended early"; cat "$DIR/burst.log"; kill -TERM "$JVM"; exit 1; }
  sleep 0.05
done
PG=$(head -1 "$DATA/postmaster.pid")
if [ "$KILL" = both ]; then
  kill -9 "$JVM" "$PG" $(pgrep -P "$PG")   # the JVM, the postmaster and all its backends at once
  echo "killed -9 JVM $JVM and PostgreSQL $PG with its backends"
else
  kill -9 "$JVM"
  echo "killed -9 JVM $JVM; PostgreSQL $PG left running"
fi
wait "$BURST" || true
cat "$DIR/burst.log"
T0=$SECONDS
JVM2=$(start restart)
if ready "$JVM2"; then
  echo "first restart: succeeded in $((SECONDS - T0)) s"
else
  echo "first restart: FAILED"; tail -30 "$DIR/restart.log"; exit 1
fi
java "$BENCH" verify --base="$BASE" --acked="$DIR/acked.txt"
kill -TERM "$JVM2"
while kill -0 "$JVM2" 2>/dev/null; do sleep 0.2; done
if pgrep -f -- "-D $DATA" >/dev/null; then echo "PostgreSQL still running after the JVM stopped"; else echo "stopped (SIGTERM): PostgreSQL stopped with the JVM"; fi

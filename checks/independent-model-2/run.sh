#!/bin/sh
# Analyse every generated recording with the jar, ONE AT A TIME (shared 2-core machine).
# usage: sh run.sh [JAR]   (default: the repository's lacrima-app/target/lacrima.jar); outputs in out/results/
set -u
JAR=$(realpath "${1:-$(dirname "$0")/../../lacrima-app/target/lacrima.jar}")
cd "$(dirname "$0")/out" || exit 1
mkdir -p results
: > results/run.log
for truth in chest/*.truth.json wrist/*.truth.json rr/*.truth.json; do
  dev=$(dirname "$truth"); name=$(basename "$truth" .truth.json)
  case $dev in chest) rec=$dev/$name.csv ;; wrist) rec=$dev/$name ;; rr) rec=$dev/$name.txt ;; esac
  ev=""; [ -f "$dev/$name.events.csv" ] && ev="--events $dev/$name.events.csv"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java -jar "$JAR" analyze "$rec" $ev --json "results/$name.json" --indices "results/$name-indices.csv" \
      >> results/run.log 2>&1
  rc=$?
  echo "$name rc=$rc $(echo "$(date +%s.%N) - $start" | bc) s" | tee -a results/run.log
done

#!/usr/bin/env bash
# Cold start of a one-shot `analyze` (BENCHMARKS.md, "Cold start"): paired runs of several ways to start
# lacrima.jar on the same 60-minute chest session, printed as a Markdown table. One command:
#
#   lacrima-bench/scripts/cold-start.sh                  # after ./mvnw -q -B -DskipTests package
#   lacrima-bench/scripts/cold-start.sh -r 20 --variant 'old launcher=/tmp/old/bin/lacrima'
#
# Each round runs every variant once, in turn (hyperfine -N -r 1), so a change in the machine's load hits
# all variants alike; the table gives the median and the best wall time, and the median and range of the CPU
# time (user + sys, all threads), which a loaded machine inflates far less than the wall time. The load
# average before and after is printed with the table: wall times mean little when it is above the core count.
# Each round also runs every variant once more under a /proc poller for the CPU of the main thread alone: the
# critical path of a cold start, which on an idle machine is close to its wall time (the JIT compiler and GC run
# beside it on the other core), and for the C1 compiler threads' CPU.
#
# Variants (LABEL=COMMAND; the command is followed by `analyze SESSION.edf --json OUT.json`):
#   trivial JVM     java -version (what any JVM start costs; run as is, no analyze arguments)
#   java -jar       java -jar lacrima-app/target/lacrima.jar (no archive, all JIT tiers)
#   bin/lacrima     the launcher: class-data sharing archive, one-shot JVM flags
# and any --variant given. The session is simulated once with the jar under test (seed 1, ECG 500 Hz,
# EDA 32 Hz, RSP 50 Hz, 4.4 MB EDF+) unless --session names one. Needs hyperfine and python3.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
jar=$repo/lacrima-app/target/lacrima.jar
rounds=10
session=
variants=()
while [ $# -gt 0 ]; do
    case "$1" in
        -r|--rounds) rounds=$2; shift 2 ;;
        --session) session=$2; shift 2 ;;
        --variant) variants+=("$2"); shift 2 ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "cold-start.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
command -v hyperfine >/dev/null || { echo "cold-start.sh: hyperfine not found" >&2; exit 1; }
[ -f "$jar" ] || { echo "cold-start.sh: $jar not found; build it: ./mvnw -q -B -DskipTests package" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/lacrima-cold.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ -z "$session" ]; then
    session=$work/chest60.edf
    java -jar "$jar" simulate --minutes 60 --channels ECG,EDA,RSP --rate ECG=500 --rate EDA=32 --rate RSP=50 \
        --seed 1 --out "$session" >/dev/null
fi

labels=("trivial JVM" "java -jar" "bin/lacrima")
commands=("java -version" "java -jar $jar" "$repo/bin/lacrima")
for v in "${variants[@]+"${variants[@]}"}"; do
    labels+=("${v%%=*}")
    commands+=("${v#*=}")
done
command_line() { # index → the full command of variant i
    if [ "$1" -eq 0 ]; then echo "${commands[0]}"; else echo "${commands[$1]} analyze $session --json $work/out$1.json"; fi
}

# the CPU of the threads named "java" (the launcher's, which only waits, and the main thread) and of the C1 compiler
# threads, every 3 ms
cat >"$work/main-cpu.py" <<'PY'
import os, subprocess, sys, time
p = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
last = {}
while p.poll() is None:
    try:
        for tid in os.listdir(f"/proc/{p.pid}/task"):
            try:
                stat = open(f"/proc/{p.pid}/task/{tid}/stat").read()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            last[tid] = (stat[stat.index("(") + 1:stat.rindex(")")], int(fields[11]) + int(fields[12]))
    except OSError:
        pass
    time.sleep(0.003)
cpu = lambda prefix: sum(t for name, t in last.values() if name.startswith(prefix)) / os.sysconf("SC_CLK_TCK")
open(sys.argv[1], "w").write(f"{cpu('java')} {cpu('C1 ')}")
PY
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# one untimed run of each: the session and the jar in the page cache, the archive mapped once
for i in "${!labels[@]}"; do $(command_line "$i") >/dev/null 2>&1 || { echo "cold-start.sh: '${labels[$i]}' failed" >&2; exit 1; }; done
for r in $(seq 1 "$rounds"); do
    for i in "${!labels[@]}"; do
        hyperfine -N -r 1 --style none --export-json "$work/r$r-v$i.json" "$(command_line "$i")" >/dev/null 2>&1
    done
    for i in "${!labels[@]}"; do
        python3 "$work/main-cpu.py" "$work/r$r-v$i.main" $(command_line "$i")
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$work" "$rounds" "$load_before" "$load_after" "${labels[@]}" <<'EOF'
import json, os, statistics, sys
work, rounds, before, after, labels = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
wall = {i: [] for i in range(len(labels))}
cpu = {i: [] for i in range(len(labels))}
main = {i: [] for i in range(len(labels))}
c1 = {i: [] for i in range(len(labels))}
for r in range(1, rounds + 1):
    for i in range(len(labels)):
        res = json.load(open(os.path.join(work, f"r{r}-v{i}.json")))["results"][0]
        wall[i].append(res["mean"])
        cpu[i].append(res["user"] + res["system"])
        m, c = open(os.path.join(work, f"r{r}-v{i}.main")).read().split()
        main[i].append(float(m))
        c1[i].append(float(c))
ref = 1  # java -jar: the ratio column is per round against it
print(f"{rounds} paired rounds, {os.cpu_count()} cores, load average {before} before, {after} after "
      f"(1, 5, 15 min); `analyze` of a 60-minute chest session (4.4 MB EDF+)\n")
print("| variant | wall median (best) | CPU user+sys median (range) | CPU vs `java -jar`, per round "
      "| main thread CPU median (range) | C1 threads CPU median |")
print("|---|---|---|---|---|---|")
for i, label in enumerate(labels):
    ratios = [c / cpu[ref][k] for k, c in enumerate(cpu[i])]
    ratio = "–" if i in (0, ref) else f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})"
    print(f"| {label} | {statistics.median(wall[i]):.2f} s ({min(wall[i]):.2f}) | "
          f"{statistics.median(cpu[i]):.2f} s ({min(cpu[i]):.2f}–{max(cpu[i]):.2f}) | {ratio} | "
          f"{statistics.median(main[i]):.2f} s ({min(main[i]):.2f}–{max(main[i]):.2f}) | "
          f"{statistics.median(c1[i]):.2f} s |")
EOF

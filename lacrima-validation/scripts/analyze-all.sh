#!/usr/bin/env bash
# Analyses every recording in the shared data folder with one lacrima.jar and writes one JSON per
# recording (plus its exit code and error line), so that two builds can be compared file by file:
#
#   lacrima-validation/scripts/analyze-all.sh OLD.jar /tmp/before
#   lacrima-validation/scripts/analyze-all.sh lacrima-app/target/lacrima.jar /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
#
# Inputs: every EDF/BDF, WFDB header, ISHNE, CSV/TXT export and E4 folder under the data folder
# (default ../shared/data next to the repository; override with LACRIMA_DATA). Files the readers
# refuse are kept too: their one-line error must not change either.
set -u
jar=${1:?usage: analyze-all.sh LACRIMA.jar OUT_DIR}
out=${2:?usage: analyze-all.sh LACRIMA.jar OUT_DIR}
here=$(cd "$(dirname "$0")/../.." && pwd)
data=${LACRIMA_DATA:-$here/../shared/data}
mkdir -p "$out"
inputs=$( (cd "$data" && find . -type f \( -name '*.edf' -o -name '*.bdf' -o -name '*.hea' -o -name '*.ecg' \
    -o -name '*.csv' -o -name '*.txt' \) ! -name 'SHA256SUMS.txt' ! -name '*quest.csv' ! -name 'subjectinfo.csv' \
    ! -path '*_E4_Data/*' ; find . -type d -name '*_E4_Data') | sort)
echo "$inputs" | while IFS= read -r rel; do
    name=$(echo "${rel#./}" | tr "/ " "__")
    java -Xshare:auto -jar "$jar" analyze "$data/${rel#./}" --markers --json "$out/$name.json" \
        >"$out/$name.out" 2>"$out/$name.err"
    echo "exit $?" >>"$out/$name.out"
done
ls "$out"/*.json 2>/dev/null | wc -l | xargs echo "analyses written:"

#!/usr/bin/env bash
# run-fuzz.sh <fuzzer> <seconds> <corpus-dir> <seed-dir>...
# Fuzzes for <seconds> from the corpus and the seeds, adding what reaches new code to
# <corpus-dir> (kept, so the next run starts further on). A crash, undefined behaviour, leak,
# hang (10 s on one input) or blow-up (2 GB) fails the run. The input that did it is kept as
# artifacts/<fuzzer>-crash-<sha1> (or leak-, timeout-, oom-) beside corpus/, and replays with
# `<fuzzer> <that file>`. Prints one line of figures, and the fuzzer's log when it fails.
set -euo pipefail
fuzzer="$1"
seconds="$2"
corpus="$3"
shift 3
name="$(basename "$fuzzer")"
work="$(dirname "$(dirname "$corpus")")"
mkdir -p "$corpus" "$work/artifacts" "$work/logs"
log="$work/logs/$name.log"

# -max_len: 8 KB bodies reach every branch of the decoders; the CSV target repeats what it
# decodes to make long lists. -use_value_profile: comparisons guide the fuzzer to the amounts,
# dates and statuses the code tests for.
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -use_value_profile=1 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$name-" "$corpus" "$@" >"$log" 2>&1 || status=$?

runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
coverage="$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)"
summary="$name: ${seconds} s, ${runs:-?} runs, coverage ${coverage:-?}, $(find "$corpus" -type f | wc -l) inputs in corpus"
if [ "$status" -eq 0 ]; then
    echo "$summary" | tee "$work/logs/$name.summary"
else
    echo "$summary, FAILED (exit $status); log: $log" | tee "$work/logs/$name.summary"
    tail -n 80 "$log"
fi
exit "$status"

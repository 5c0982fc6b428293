#!/usr/bin/env bash
# Whole-tender rendering (issue 18, target 2): the library against a hand-written StringBuilder renderer that writes
# the same bytes (HandWrittenTenderTest proves it), the example building project as HTML in bokmål, in one JMH run
# with -prof gc. Prints RESULT lines (median time and allocation per render, each with its baseline and ratio).
# Takes about two minutes. RENDER_JMH_OPTS adds or overrides JMH options.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -pl benchmarks -am package -DskipTests >&2
jar="$root/benchmarks/target/benchmarks.jar"
json="$(mktemp "${TMPDIR:-/tmp}/kriteriebank-render.XXXXXX.json")"
trap 'rm -f "$json"' EXIT
# 2 forks x 5 measured seconds per method, after 3 s of warm-up each: the median is over 10 one-second samples.
java -jar "$jar" 'WholeTenderBenchmark' -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff "$json" \
    ${RENDER_JMH_OPTS:-} >&2
java -cp "$jar" no.kriteriebank.benchmarks.RenderResults "$json"

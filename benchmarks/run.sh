#!/usr/bin/env bash
# The whole benchmark suite (issue 18): builds the benchmarks and the command line (never `mvn install`), runs every
# part, prints each figure beside its baseline and the ratio, and writes the table into README.md between
# <!-- benchmarks:begin --> and <!-- benchmarks:end -->, naming the machine and the date.
#
# Parts, each printing RESULT|<figure>|<value>|<unit>|<baseline>|<baseline value>|<ratio> lines on stdout:
#   bank       JMH BankBenchmark: loading the standard bank, beside parsing the same YAML into Jackson trees
#   report     `kriteriebank report` over 100,000 generated tender files with -Xmx256m, on all cores beside one
#              thread; the two outputs must be the same bytes
#   scaling    ScalingBenchmark: load, retained heap, query, render and check over banks of 1x, 10x and 100x the
#              standard bank's criteria
#   render     benchmarks/render.sh (whole-tender rendering), when present
#   startup    benchmarks/startup.sh (command-line start-up), when present: once with the default java, then again
#              with each other runtime of Java 25 or later under /usr/lib/jvm (the launcher's ahead-of-time cache),
#              or with those STARTUP_JAVAS (space-separated java executables) names
#
# Usage: benchmarks/run.sh [--no-readme] [PART...]      (default: all parts, README written; a run of some parts
# only prints its figures and leaves README alone)
# REPORT_FILES (default 100000) sets the corpus size; SCALING_SIZES (default "1 10 100") the bank sizes.
# Takes about 8 minutes on the project's 2-core machine with nothing else running.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

readme=1
parts=()
for arg in "$@"; do
    case "$arg" in
        --no-readme) readme=0 ;;
        bank | report | scaling | render | startup) parts+=("$arg") ;;
        *) echo "usage: benchmarks/run.sh [--no-readme] [bank|report|scaling|render|startup]..." >&2; exit 2 ;;
    esac
done
# Only a run of every part writes README: a partial run would leave a table of some figures only.
[ ${#parts[@]} -gt 0 ] && readme=0 || parts=(bank report scaling render startup)

began=$(date +%s)
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
work="$root/benchmarks/target/run"
mkdir -p "$work"
results="$work/results.txt"
: >"$results"
rm -f "$work"/*.out
notes=()

echo "run.sh: building the benchmarks and the command line ..." >&2
mvn -B -q -pl benchmarks,cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2
jar="$root/benchmarks/target/benchmarks.jar"
cli="$(ls -t cli/target/kriteriebank-cli-*.jar | grep -v -E -- '-(sources|javadoc|tests)\.jar$' | head -1)"

# Runs one part: its stdout is shown and its RESULT lines kept; a part that fails is noted, the others still run.
part() {
    local name="$1" out="$work/$1.out" status=0
    shift
    echo "run.sh: == $name ($(date -u +%H:%M:%S), $(( $(date +%s) - began )) s in)" >&2
    "$@" >"$out" || status=$?
    cat "$out" >&2
    grep -o 'RESULT|.*' "$out" >>"$results" || true
    if [ "$status" -ne 0 ]; then
        notes+=("$name failed (exit $status); see $out")
    fi
}

bank_part() {
    local csv="$work/bank.csv"
    java -jar "$jar" BankBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -rf csv -rff "$csv" >&2
    awk -F, 'NR > 1 {gsub(/"/, ""); n = split($1, a, "."); score[a[n]] = $5}
        END {printf "RESULT|load standard bank (warm)|%.1f|ms|plain Jackson YAML tree|%.1f|%.1f\n",
            score["loadStandardBank"], score["plainJacksonTree"], score["loadStandardBank"] / score["plainJacksonTree"]}' \
        "$csv"
}

# Seconds, to the millisecond, a command takes; its exit code may be 1 (the corpus has broken files on purpose).
timed() {
    local start end status=0
    start=$(date +%s%N)
    "$@" || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then
        echo "run.sh: '$*' failed with exit $status" >&2
        return 1
    fi
    awk -v ns=$((end - start)) 'BEGIN {printf "%.3f", ns / 1e9}'
}

report_part() {
    local files="${REPORT_FILES:-100000}" corpus="$root/benchmarks/target/report-corpus" threads
    threads="$(nproc)"
    if [ "$(cat "$corpus/.complete" 2>/dev/null)" != "$files" ] \
            || [ benchmarks/src/main/java/no/kriteriebank/benchmarks/TenderCorpus.java -nt "$corpus/.complete" ]; then
        rm -rf "$corpus"
        java -cp "$jar" no.kriteriebank.benchmarks.TenderCorpus "$corpus" "$files" >&2
        echo "$files" >"$corpus/.complete"
    fi
    local single parallel
    # The heap capped at 256 MB; the parallel collector costs ~12 % less CPU here than G1 (measured over 25,000 of
    # these files: 20.2 s against 22.9 s, Serial 22.0 s). Not the launcher's C1-only flags, which suit short runs.
    local jvm=(-Xmx256m -XX:+UseParallelGC)
    parallel=$(timed java "${jvm[@]}" -jar "$cli" report "$corpus" --threads "$threads" -o "$work/report-parallel.csv" \
        2>/dev/null)
    single=$(timed java "${jvm[@]}" -jar "$cli" report "$corpus" --threads 1 -o "$work/report-single.csv" 2>/dev/null)
    if ! cmp -s "$work/report-parallel.csv" "$work/report-single.csv"; then
        echo "run.sh: the report on $threads threads differs from the one on one thread" >&2
        return 1
    fi
    echo "report over $files files, JVM start and bank load included: $threads threads $parallel s, one thread $single s;" \
        "outputs identical ($(wc -c <"$work/report-single.csv") bytes)" >&2
    awk -v n="$files" -v p="$parallel" -v s="$single" -v t="$threads" 'BEGIN {
        g = n ""; while (g ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", g)
        printf "RESULT|report throughput (%s files, -Xmx256m, %d threads)|%.0f|files/s|single thread|%.0f|%.2f\n",
            g, t, n / p, n / s, s / p }'
}

scaling_part() {
    # shellcheck disable=SC2086
    java -Xmx3g -cp "$jar" no.kriteriebank.benchmarks.ScalingBenchmark examples/tenders/skoleskyss.yaml \
        ${SCALING_SIZES:-1 10 100}
}

# Runtimes of Java 25 or later besides the default java, by their java executables.
other_javas() {
    if [ -n "${STARTUP_JAVAS:-}" ]; then
        echo "$STARTUP_JAVAS"
        return
    fi
    local default release home
    default="$(readlink -f "$(command -v java)" 2>/dev/null || true)"
    for release in /usr/lib/jvm/*/release; do
        [ -f "$release" ] || continue
        home="$(dirname "$release")"
        [ -x "$home/bin/java" ] && [ "$(readlink -f "$home/bin/java")" != "$default" ] || continue
        if [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")" -ge 25 ] 2>/dev/null; then
            echo "$home/bin/java"
        fi
    done
}

for p in "${parts[@]}"; do
    case "$p" in
        bank) part bank bank_part ;;
        report) part report report_part ;;
        scaling) part scaling scaling_part ;;
        startup)
            part startup bash benchmarks/startup.sh
            for other in $(other_javas); do
                part "startup-$(basename "$(dirname "$(dirname "$other")")")" env JAVA="$other" bash benchmarks/startup.sh
            done
            ;;
        render)
            if [ -x "benchmarks/$p.sh" ] || [ -f "benchmarks/$p.sh" ]; then
                part "$p" bash "benchmarks/$p.sh"
            else
                notes+=("benchmarks/$p.sh is not in this tree; skipped")
                echo "run.sh: benchmarks/$p.sh is not in this tree; skipped" >&2
            fi
            ;;
    esac
done

took=$(( $(date +%s) - began ))
cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)"
ram="$(awk '/^MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo unknown)"
javav="$(java -version 2>&1 | head -1 | sed 's/"//g')"
when="$(date -u +%Y-%m-%d)"
machine="$cpu, $(nproc) cores, $ram RAM, $javav"

table="$work/table.md"
{
    echo "Produced by \`benchmarks/run.sh\` on $when: $machine; load average $load_at_start at the start; the suite took"
    echo "$((took / 60)) min $((took % 60)) s. Each figure is measured beside its baseline in the same run; compare ratios across machines."
    echo
    echo "| figure | value | baseline | baseline value | ratio |"
    echo "| --- | --- | --- | --- | --- |"
    awk -F'|' '{printf "| %s | %s %s | %s | %s | %s |\n", $2, $3, $4, $5, ($6 == "-" ? "-" : $6 " " $4), $7}' "$results"
    if grep -q '^| ' "$work/scaling.out" 2>/dev/null; then
        echo
        echo "Scaling with the number of criteria (\`ScalingBenchmark\`: banks of 1×, 10× and 100× the standard bank's"
        echo "criteria and history, cloned with new ids; 100× is ten banks of 10× joined as overlays):"
        echo
        grep '^| ' "$work/scaling.out"
        echo
        sed -n 's/^GROWTH|\(.*\)$/- \1/p' "$work/scaling.out"
    fi
    for n in "${notes[@]+"${notes[@]}"}"; do
        echo
        echo "Note: $n."
    done
} >"$table"

echo
echo "Results ($machine, $when, $((took / 60)) min $((took % 60)) s):"
awk -F'|' '{printf "  %-58s %12s %-8s  %-30s %12s  x%s\n", $2, $3, $4, $5, $6, $7}' "$results"
for n in "${notes[@]+"${notes[@]}"}"; do
    echo "  note: $n"
done

if [ "$readme" = 1 ]; then
    if grep -q '<!-- benchmarks:begin -->' README.md && grep -q '<!-- benchmarks:end -->' README.md; then
        awk -v table="$table" '
            /<!-- benchmarks:begin -->/ {print; while ((getline line < table) > 0) print line; skip = 1; next}
            /<!-- benchmarks:end -->/ {skip = 0}
            !skip {print}' README.md >"$work/README.md"
        cp "$work/README.md" README.md
        echo "run.sh: README.md's benchmark table written" >&2
    else
        echo "run.sh: README.md has no <!-- benchmarks:begin --> / <!-- benchmarks:end --> markers; table left in $table" >&2
    fi
fi

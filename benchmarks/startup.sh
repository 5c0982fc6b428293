#!/usr/bin/env bash
# Start-up of the command line against a JVM that only starts and prints (issue 18, target 1).
#
# Builds the runnable jar when it is missing or older than the sources (never `mvn install`), compiles a hello-world
# jar into benchmarks/target/startup/, and runs each command N times (default 15), the commands taking turns, all
# through ./kriteriebank — the same launcher, JVM options and class-data archive (the baseline gets its own archive
# through KRITERIEBANK_JAR). One warm-up run of each creates the archives first. Prints, per command, the median and
# minimum wall time and the median peak RSS, then the shared result lines:
#   RESULT|<figure>|<value>|<unit>|<baseline>|<baseline value>|<ratio>
# Usage: benchmarks/startup.sh [N]     (STARTUP_RUNS=N works too)
# JAVA (as for the launcher) picks the runtime; the figures name its feature release, since the launcher uses an
# ahead-of-time cache on Java 25 and later and a class-data archive before that.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-${STARTUP_RUNS:-15}}"
work="$root/benchmarks/target/startup"
mkdir -p "$work"

# Peak RSS comes from GNU time (Debian package "time").
if [ ! -x /usr/bin/time ]; then
    echo "startup.sh: installing GNU time (apt package 'time') for peak RSS ..." >&2
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -q time >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q time >/dev/null; }
    else
        sudo apt-get install -y -q time >/dev/null 2>&1 || { sudo apt-get update -q >/dev/null && sudo apt-get install -y -q time >/dev/null; }
    fi
fi

# The command line's jar, rebuilt when a source or pom is newer than it.
jar="$(ls -t cli/target/kriteriebank-cli-*.jar 2>/dev/null | grep -v -E -- '-(sources|javadoc|tests)\.jar$' | head -1 || true)"
if [ -z "$jar" ] || [ -n "$(find pom.xml core templates docx cli \( -path '*/src/main/*' -o -name pom.xml \) \
        -newer "$jar" -print -quit 2>/dev/null)" ]; then
    echo "startup.sh: building the command line ..." >&2
    mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package -pl cli -am >&2
fi

# The baseline: a class that prints one line, in a jar of its own.
hello="$work/hello.jar"
if [ ! -f "$hello" ]; then
    mkdir -p "$work/hello-src" "$work/hello-classes"
    cat >"$work/hello-src/Hello.java" <<'EOF'
public final class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
EOF
    javac -d "$work/hello-classes" "$work/hello-src/Hello.java"
    jar --create --file "$hello" --main-class Hello -C "$work/hello-classes" .
fi

java_cmd="${JAVA:-}"
if [ -z "$java_cmd" ] && [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java_cmd="$JAVA_HOME/bin/java"
fi
java_release="$("${java_cmd:-java}" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')"
on=", Java ${java_release:-?}"

tender=examples/tenders/skoleskyss.yaml
names=("hello-world JVM$on" "cli render$on" "cli list$on" "cli show$on" "cli check$on")
commands=("hello" "render $tender" "list" "show TRA-01" "check $tender")

run_one() { # index -> "wall_ms rss_kb"
    local i="$1" start end rss
    local -a args
    read -r -a args <<<"${commands[$i]}"
    start=$(date +%s%N)
    if [ "$i" = 0 ]; then
        KRITERIEBANK_JAR="$hello" /usr/bin/time -f '%M' -o "$work/rss" ./kriteriebank >/dev/null 2>"$work/stderr" || true
    else
        /usr/bin/time -f '%M' -o "$work/rss" ./kriteriebank "${args[@]}" >/dev/null 2>"$work/stderr" || true
    fi
    end=$(date +%s%N)
    rss="$(tail -1 "$work/rss")"
    echo "$(( (end - start) / 1000000 )) $rss"
}

# Warm-up: creates the class-data archives, and stops here if a command does not run (check exits 1 for a tender
# with errors; 2 is a failure).
KRITERIEBANK_JAR="$hello" ./kriteriebank >/dev/null
for ((i = 1; i < ${#commands[@]}; i++)); do
    status=0
    # shellcheck disable=SC2086
    ./kriteriebank ${commands[$i]} >/dev/null 2>"$work/stderr" || status=$?
    if [ "$status" -gt 1 ]; then
        cat "$work/stderr" >&2
        echo "startup.sh: './kriteriebank ${commands[$i]}' failed with exit $status" >&2
        exit 2
    fi
done

for i in "${!commands[@]}"; do : >"$work/times.$i"; done
for ((r = 0; r < runs; r++)); do
    for i in "${!commands[@]}"; do
        run_one "$i" >>"$work/times.$i"
    done
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
declare -a wall_med wall_min rss_med
for i in "${!commands[@]}"; do
    wall_med[$i]=$(cut -d' ' -f1 "$work/times.$i" | median)
    wall_min[$i]=$(cut -d' ' -f1 "$work/times.$i" | sort -n | head -1)
    rss_med[$i]=$(cut -d' ' -f2 "$work/times.$i" | median)
done

echo "Start-up, $runs runs each, taking turns ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)):"
printf '  %-18s %12s %10s %14s\n' "" "median ms" "min ms" "peak RSS MB"
for i in "${!commands[@]}"; do
    printf '  %-18s %12s %10s %14s\n' "${names[$i]}" "${wall_med[$i]}" "${wall_min[$i]}" \
        "$(awk -v k="${rss_med[$i]}" 'BEGIN {printf "%.0f", k / 1024}')"
done
for i in 1 2 3 4; do
    ratio=$(awk -v a="${wall_med[$i]}" -v b="${wall_med[0]}" 'BEGIN {printf "%.1f", a / b}')
    echo "RESULT|${names[$i]} (wall)|${wall_med[$i]}|ms|${names[0]}|${wall_med[0]}|$ratio"
done
for i in 1 2 3 4; do
    mb=$(awk -v k="${rss_med[$i]}" 'BEGIN {printf "%.0f", k / 1024}')
    base=$(awk -v k="${rss_med[0]}" 'BEGIN {printf "%.0f", k / 1024}')
    ratio=$(awk -v a="${rss_med[$i]}" -v b="${rss_med[0]}" 'BEGIN {printf "%.1f", a / b}')
    echo "RESULT|${names[$i]} (peak RSS)|$mb|MB|${names[0]}|$base|$ratio"
done

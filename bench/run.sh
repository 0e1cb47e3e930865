#!/usr/bin/env bash
# Benchmarks of issue 16, PhoiHop against a bare Camunda 7.24 engine in the same run (docs/benchmarks.md).
#   bench/run.sh                     build both, run scenarios 5, 1 and 6, write bench/target/results.json
# Knobs (environment): BENCH_RATES="10 20 40" starts/s, one constant-rate step each; BENCH_SECONDS=30 per
# step; BENCH_WARMUP_SECONDS=20 before the first step; BENCH_STARTUP_ROUNDS=3; BENCH_CDS=1 (0: no CDS runs);
# BENCH_SCENARIOS="5 1 6"; BENCH_SQL_STARTS=20 (scenario 6); BENCH_SKIP_BUILD=1 to reuse the jars. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/target
RATES=${BENCH_RATES:-"10 20 40"}
STEP_SECONDS=${BENCH_SECONDS:-30}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-20}
STARTUP_ROUNDS=${BENCH_STARTUP_ROUNDS:-3}
CDS=${BENCH_CDS:-1}
SCENARIOS=${BENCH_SCENARIOS:-"5 1 6"}
SQL_STARTS=${BENCH_SQL_STARTS:-20}
PHOIHOP_PORT=18080
BARE_PORT=18090
PHOIHOP_USER=canbo.qltttni
PHOIHOP_PASSWORD=${PHOIHOP_DEMO_PASSWORD:-PhoiHop@2026}
BARE_USER=bench
BARE_PASSWORD=Khoi-Dong#2026x

H2_DEFAULT_OPTS=";DB_CLOSE_ON_EXIT=FALSE"
H2_OPTS=$H2_DEFAULT_OPTS

log() { printf '==> %s\n' "$*" >&2; }

STARTED=()
cleanup() {
  for pid in "${STARTED[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
}
trap cleanup EXIT

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  log "Building PhoiHop and the bench project"
  ./mvnw -B -o -q package -DskipTests -Djacoco.skip=true
  ./mvnw -B -o -q -f bench/pom.xml package -DskipTests
fi
PHOIHOP_JAR=$(ls "$ROOT"/target/phoihop-*.jar | grep -v original | head -1)
BARE_JAR=$ROOT/bench/bare-engine/target/bare-engine.jar
DRIVER_JAR=$ROOT/bench/driver/target/driver.jar
mkdir -p "$OUT/runs" "$OUT/logs"
for scenario in $SCENARIOS; do rm -f "$OUT/runs/s$scenario-"*.json; done

# start_app NAME JAR DBDIR [JVM options...]: starts on a fresh H2 directory; sets APP_PID, APP_T0 (ms).
start_app() {
  local name=$1 jar=$2 db=$3
  shift 3
  rm -rf "$db"
  mkdir -p "$db"
  APP_T0=$(date +%s%3N)
  if [ "$name" = phoihop ]; then
    PHOIHOP_H2_URL="jdbc:h2:file:$db/phoihop${H2_OPTS}" PORT=$PHOIHOP_PORT \
      java "$@" -jar "$jar" >"$OUT/logs/$name-$(basename "$db").log" 2>&1 &
  else
    BARE_H2_URL="jdbc:h2:file:$db/bare${H2_OPTS}" PORT=$BARE_PORT \
      java "$@" -jar "$jar" >"$OUT/logs/$name-$(basename "$db").log" 2>&1 &
  fi
  APP_PID=$!
  STARTED+=("$APP_PID")
}

# wait_healthy NAME: polls /actuator/health every 50 ms; prints ms from launch to the first UP.
wait_healthy() {
  local port=$PHOIHOP_PORT
  [ "$1" = bare ] && port=$BARE_PORT
  for _ in $(seq 1 6000); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      log "$1 exited before it was healthy; see $OUT/logs"
      return 1
    fi
    if curl -fsS -m 2 "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo $(($(date +%s%3N) - APP_T0))
      return 0
    fi
    sleep 0.05
  done
  return 1
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }

stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$APP_PID" 2>/dev/null || true
}

jar_of() { if [ "$1" = phoihop ]; then echo "$PHOIHOP_JAR"; else echo "$BARE_JAR"; fi; }

# Scenario 5: start-up to a healthy endpoint and resident memory right after, STARTUP_ROUNDS each.
startup_rounds() { # NAME VARIANT JAR [JVM options...]
  local name=$1 variant=$2 jar=$3
  shift 3
  for round in $(seq 1 "$STARTUP_ROUNDS"); do
    start_app "$name" "$jar" "$OUT/db/$name-$variant-$round" "$@"
    local ms
    ms=$(wait_healthy "$name")
    local rss
    rss=$(rss_mb "$APP_PID")
    log "$name $variant round $round: healthy after $ms ms, RSS $rss MB"
    jq -n --arg app "$name" --arg variant "$variant" --argjson round "$round" --argjson ms "$ms" \
      --argjson rss "$rss" '{scenario: 5, app: $app, variant: $variant, round: $round, startupMs: $ms, rssMb: $rss}' \
      >"$OUT/runs/s5-$name-$variant-$round.json"
    stop_app
  done
}

# CDS (Spring Boot 3.3+): extract the jar, one training run that exits after the context refresh and
# writes the archive, then starts with -XX:SharedArchiveFile.
cds_jar() { # NAME -> path of the extracted jar (archive next to it)
  local name=$1 jar
  jar=$(jar_of "$name")
  local dir=$OUT/cds/$name
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  local extracted=$dir/$(basename "$jar")
  start_app "$name" "$extracted" "$OUT/db/$name-cds-training" -XX:ArchiveClassesAtExit="$dir/app.jsa" \
    -Dspring.context.exit=onRefresh
  wait "$APP_PID" || true
  [ -f "$dir/app.jsa" ] || { log "no CDS archive for $name"; return 1; }
  echo "$extracted"
}

if [[ " $SCENARIOS " == *" 5 "* ]]; then
  for name in bare phoihop; do
    log "Scenario 5: $name start-up, $STARTUP_ROUNDS rounds"
    startup_rounds "$name" default "$(jar_of "$name")"
    if [ "$CDS" = 1 ]; then
      log "Scenario 5: $name with CDS (training run)"
      extracted=$(cds_jar "$name")
      startup_rounds "$name" cds "$extracted" -XX:SharedArchiveFile="$(dirname "$extracted")/app.jsa"
    fi
  done
fi

# Scenario 1: agreement start to the first user task, open loop at each rate, one app at a time on a
# fresh database; warm-up before the first step only.
if [[ " $SCENARIOS " == *" 1 "* ]]; then
  for name in bare phoihop; do
    start_app "$name" "$(jar_of "$name")" "$OUT/db/$name-load"
    ms=$(wait_healthy "$name")
    log "Scenario 1: $name healthy after $ms ms"
    if [ "$name" = phoihop ]; then
      base=http://localhost:$PHOIHOP_PORT user=$PHOIHOP_USER password=$PHOIHOP_PASSWORD
    else
      base=http://localhost:$BARE_PORT user=$BARE_USER password=$BARE_PASSWORD
    fi
    warmup=$WARMUP_SECONDS
    for rate in $RATES; do
      log "Scenario 1: $name at $rate starts/s for $STEP_SECONDS s (warm-up $warmup s)"
      java -jar "$DRIVER_JAR" --target "$name" --base "$base" --user "$user" --password "$password" \
        --rate "$rate" --seconds "$STEP_SECONDS" --warmup-seconds "$warmup" --label "$name" \
        --out "$OUT/runs/s1-$name-$rate.json" >/dev/null || log "driver reported no successful start"
      jq -c '{target, rate, ok, errors, achievedPerSecond, p50Ms, p95Ms, p99Ms, firstError}' "$OUT/runs/s1-$name-$rate.json" >&2
      warmup=0
    done
    stop_app
  done
fi

# Scenario 6: SQL statements per agreement start, counted by H2 itself (QUERY_STATISTICS: executions
# per statement text, DML and queries alike), read from outside through H2's AUTO_SERVER. Only this
# run's database URL carries the settings; no dependency is added to either app. The count over an
# idle window of the same length (job acquisition, PhoiHop's outbox) and the reader's own statements
# are subtracted.
if [[ " $SCENARIOS " == *" 6 "* ]]; then
  H2_JAR=$(find "$HOME/.m2/repository/com/h2database/h2" -name 'h2-*.jar' ! -name '*sources*' | sort | tail -1)
  sql_total() { # DBFILE -> total executions so far
    java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1$H2_OPTS" -user sa -password '' \
      -sql "SELECT SUM(EXECUTION_COUNT) AS N FROM INFORMATION_SCHEMA.QUERY_STATISTICS" | awk 'NR == 2 {print $1}'
  }
  # AUTO_SERVER cannot be combined with DB_CLOSE_ON_EXIT=FALSE; the app closes the database itself.
  H2_OPTS=";AUTO_SERVER=TRUE;QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=100000"
  for name in bare phoihop; do
    start_app "$name" "$(jar_of "$name")" "$OUT/db/$name-sql"
    ms=$(wait_healthy "$name")
    dbfile=$OUT/db/$name-sql/$name
    if [ "$name" = phoihop ]; then
      base=http://localhost:$PHOIHOP_PORT user=$PHOIHOP_USER password=$PHOIHOP_PASSWORD
    else
      base=http://localhost:$BARE_PORT user=$BARE_USER password=$BARE_PASSWORD
    fi
    drive() { java -jar "$DRIVER_JAR" --target "$name" --base "$base" --user "$user" --password "$password" "$@" >/dev/null; }
    drive --rate 2 --seconds 3 --warmup-seconds 0   # first starts: caches, lazy initialisation
    a=$(sql_total "$dbfile"); b=$(sql_total "$dbfile")
    t_b=$(date +%s%3N)
    sleep 10
    c=$(sql_total "$dbfile")
    idle_ms=$(($(date +%s%3N) - t_b))
    t_c=$(date +%s%3N)
    drive --rate 2 --seconds $((SQL_STARTS / 2)) --warmup-seconds 0 --out "$OUT/runs/s6-$name-driver.json.tmp"
    d=$(sql_total "$dbfile")
    window_ms=$(($(date +%s%3N) - t_c))
    read_cost=$((b - a)); idle=$((c - b - read_cost)); window=$((d - c - read_cost))
    jq -n --arg app "$name" --argjson starts "$SQL_STARTS" --argjson window "$window" --argjson idle "$idle" \
      --argjson ok "$(jq .ok "$OUT/runs/s6-$name-driver.json.tmp")" --argjson windowMs "$window_ms" --argjson idleMs "$idle_ms" \
      '{scenario: 6, app: $app, starts: $starts, ok: $ok, statementsInWindow: $window, windowMs: $windowMs,
        idleStatements: $idle, idleMs: $idleMs,
        statementsPerStart: ((($window - $idle * $windowMs / $idleMs) / $ok * 10 | round) / 10)}' \
      >"$OUT/runs/s6-$name.json"
    rm -f "$OUT/runs/s6-$name-driver.json.tmp"
    log "Scenario 6: $name $(jq -c '{ok, statementsInWindow, windowMs, idleStatements, idleMs, statementsPerStart}' "$OUT/runs/s6-$name.json")"
    stop_app
  done
  H2_OPTS=$H2_DEFAULT_OPTS
fi

# results.json: machine, settings, every run; medians and PhoiHop/bare ratios.
jq -s \
  --arg date "$(date -u +%FT%TZ)" --arg nproc "$(nproc)" --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" \
  --arg mem "$(awk '/MemTotal/ {printf "%d MB", $2/1024}' /proc/meminfo)" \
  --arg java "$(java -version 2>&1 | head -1)" --arg rates "$RATES" --argjson step "$STEP_SECONDS" \
  --argjson warmup "$WARMUP_SECONDS" --argjson rounds "$STARTUP_ROUNDS" '
  def median: sort | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor]
    else (.[length / 2 - 1] + .[length / 2]) / 2 end;
  def ratio(a; b): if a == null or b == null or b == 0 then null else (a / b * 100 | round) / 100 end;
  (map(select(.scenario == 5)) | group_by(.variant) | map({
     variant: .[0].variant,
     rounds: (map(select(.app == "phoihop")) | length),
     phoihopStartupMs: (map(select(.app == "phoihop") | .startupMs) | median),
     bareStartupMs: (map(select(.app == "bare") | .startupMs) | median),
     phoihopRssMb: (map(select(.app == "phoihop") | .rssMb) | median),
     bareRssMb: (map(select(.app == "bare") | .rssMb) | median)}
   | . + {startupRatio: ratio(.phoihopStartupMs; .bareStartupMs), rssRatio: ratio(.phoihopRssMb; .bareRssMb)})) as $s5
  | (map(select(.scenario == null and .target != null and .rate != null)) | group_by(.rate) | map({
     rate: .[0].rate,
     phoihop: (map(select(.target == "phoihop")) | .[0]),
     bare: (map(select(.target == "bare")) | .[0])}
   | . + {throughputRatio: ratio(.phoihop.achievedPerSecond; .bare.achievedPerSecond),
          p95Ratio: ratio(.phoihop.p95Ms; .bare.p95Ms)})) as $s1
  | (map(select(.scenario == 6)) | {
     phoihop: (map(select(.app == "phoihop")) | .[0]), bare: (map(select(.app == "bare")) | .[0])}
   | . + {statementsPerStartRatio: ratio(.phoihop.statementsPerStart; .bare.statementsPerStart)}) as $s6
  | {date: $date, machine: {nproc: ($nproc | tonumber), memory: $mem, java: $java, loadAtEnd: $load},
     settings: {rates: $rates, stepSeconds: $step, warmupSeconds: $warmup, startupRounds: $rounds},
     scenario5: $s5, scenario1: $s1, scenario6: $s6, runs: .}' "$OUT"/runs/*.json >"$OUT/results.json"

{
  echo
  echo "Scenario 5: start-up to healthy, RSS after start (medians of each app's rounds; PhoiHop/bare)"
  printf '%-8s %12s %10s %6s %12s %10s %6s\n' variant phoihop_ms bare_ms ratio phoihop_MB bare_MB ratio
  jq -r '.scenario5[] | [.variant, .phoihopStartupMs, .bareStartupMs, .startupRatio, .phoihopRssMb, .bareRssMb, .rssRatio]
    | map(tostring) | @tsv' "$OUT/results.json" | while IFS=$'\t' read -r a b c d e f g; do
    printf '%-8s %12s %10s %6s %12s %10s %6s\n' "$a" "$b" "$c" "$d" "$e" "$f" "$g"; done
  echo
  echo "Scenario 1: start to first user task, open loop (achieved starts/s, latency ms from intended start)"
  printf '%6s | %8s %7s %7s %7s %4s | %8s %7s %7s %7s %4s | %6s %6s\n' rate ph/s p50 p95 p99 err \
    bare/s p50 p95 p99 err tput_r p95_r
  jq -r '.scenario1[] | [.rate, .phoihop.achievedPerSecond, .phoihop.p50Ms, .phoihop.p95Ms, .phoihop.p99Ms,
    .phoihop.errors, .bare.achievedPerSecond, .bare.p50Ms, .bare.p95Ms, .bare.p99Ms, .bare.errors,
    .throughputRatio, .p95Ratio] | map(tostring) | @tsv' "$OUT/results.json" |
    while IFS=$'\t' read -r r a b c d e f g h i j k l; do
      printf '%6s | %8s %7s %7s %7s %4s | %8s %7s %7s %7s %4s | %6s %6s\n' "$r" "$a" "$b" "$c" "$d" "$e" "$f" "$g" "$h" "$i" "$j" "$k" "$l"
    done
  echo
  echo "Scenario 6: SQL statements per agreement start (H2 QUERY_STATISTICS, idle traffic subtracted)"
  jq -r '.scenario6 | "phoihop \(.phoihop.statementsPerStart // "-")   bare \(.bare.statementsPerStart // "-")   ratio \(.statementsPerStartRatio // "-")"' "$OUT/results.json"
  echo
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); results: $OUT/results.json"
} | tee "$OUT/table.txt"

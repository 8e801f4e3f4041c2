#!/usr/bin/env bash
# Runs the five benchmarks of issue 7 and Spring MVC's (issue 23) and prints each ratio against its target. See README.md.
# Takes about 12 minutes on a 2-core machine. Results go to benchmarks/target/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OUT=benchmarks/target/results
JAR=benchmarks/target/benchmarks.jar
PASSPORT=examples/passport-api/target/passport-api.jar

echo "== build"
./mvnw -B -q package -DskipTests -pl benchmarks,examples/passport-api -am
rm -rf "$OUT" && mkdir -p "$OUT"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "java: $("$JAVA" -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

echo "== 1, 2, 5: map + write, exception construction, Jersey in-process (JMH, -prof gc)"
"$JAVA" -jar "$JAR" 'MapWriteBenchmark|ConstructionBenchmark|JerseyPipelineBenchmark' \
  -f 1 -wi 5 -w 2s -i 10 -r 1s -prof gc -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt" \
  | grep -E '^(Benchmark|MapWrite|Construction|JerseyPipeline)' || true

echo "== 6: Spring MVC in-process (JMH, -prof gc; Spring's JIT warm-up is long on 2 shared cores)"
"$JAVA" -jar "$JAR" 'SpringMvcPipelineBenchmark' \
  -f 3 -wi 12 -w 3s -i 6 -r 2s -prof gc -rf json -rff "$OUT/jmh-spring.json" | tee "$OUT/jmh-spring.txt" \
  | grep -E '^(Benchmark|SpringMvc)' || true

echo "== 3: processor cost and scaling"
"$JAVA" -Xmx4g -cp "$JAR" dev.errorcontract.benchmarks.ProcessorHarness 9 5 100 1000 10000 \
  | tee "$OUT/processor.txt"

echo "== 4: HTTP"
"$JAVA" -cp "$JAR" dev.errorcontract.benchmarks.HttpHarness "$PASSPORT" 8 9 3 20 2>"$OUT/http-servers.log" \
  | tee "$OUT/http.txt"

echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"

echo "== ratios"
"$JAVA" -cp "$JAR" dev.errorcontract.benchmarks.Report "$OUT" | tee "$OUT/report.md"

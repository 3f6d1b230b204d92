#!/usr/bin/env bash
# Runs the JMH benchmarks, single thread then two threads, and prints the ratios.
# Usage: benchmarks/run.sh short   (about 6 minutes on 2 cores)
#        benchmarks/run.sh full    (3 forks, longer iterations: about 85 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-short}
if [ "$mode" = full ]; then
  settings=(-f 3 -wi 5 -w 2s -i 10 -r 2s)
else
  settings=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
fi
[ -f target/benchmarks.jar ] || (cd .. && mvn -B -q package -pl benchmarks -am -DskipTests)
mkdir -p target/results
for threads in 1 2; do
  java -jar target/benchmarks.jar InterceptorBenchmark "${settings[@]}" -t "$threads" -prof gc \
    -rf json -rff "target/results/interceptors-t$threads.json"
done
python3 ratios.py target/results/interceptors-t1.json target/results/interceptors-t2.json

#!/usr/bin/env bash
# The lead's device jobs (run from the repo root on the device after the setup calls; see DEVICE.md).
# usage: bash tools/device_jobs.sh A|B|C|E|F|G   — writes logs, executed notebooks and results into $OUT/JOB.tgz
# Each lane has a --deadline so that the call (10 minutes at most) returns with what finished.
set -uo pipefail
export PYTHONPATH=/tmp/site:$PWD PATH=/tmp/site/bin:$PATH QLORA_COURSE_CACHE=/tmp/qc-cache HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
mkdir -p nbs/results logs
nvidia-smi --query-gpu=name,memory.total --format=csv > logs/gpu.txt 2>&1
E="python3 tools/execute_nb.py --keep-going --only-flagged --flags gpu"
case "$1" in
A) # GPU 0: 08b's throughput cells (the methods and NF4-gap gpu cells live in 08c); GPU 1: 08's generation cells
   (CUDA_VISIBLE_DEVICES=0 $E --deadline 420 ${SKIP_08B:+--skip $SKIP_08B} nbs/08b_training_bench.ipynb > logs/08b.log 2>&1; echo "rc=$?" >> logs/08b.log) &
   (CUDA_VISIBLE_DEVICES=1 $E --deadline 430 --skip ${SKIP_08:-34,35,37,41,43,46,51,52,54,56,58,70} nbs/08_benchmarking.ipynb > logs/08.log 2>&1; echo "rc=$?" >> logs/08.log) &
   wait; F="nbs/08b_training_bench.ipynb nbs/08_benchmarking.ipynb qlora_course/bench_reference.json";;
B) # GPU 0: 08b's throughput table again (the cells after it keep their outputs); GPU 1: 04d's varlen step cost
   (CUDA_VISIBLE_DEVICES=0 $E --deadline 420 --skip ${SKIP_08B:-38} nbs/08b_training_bench.ipynb > logs/08b.log 2>&1; echo "rc=$?" >> logs/08b.log) &
   (CUDA_VISIBLE_DEVICES=1 $E --deadline 400 nbs/04d_packing.ipynb > logs/04d.log 2>&1; echo "rc=$?" >> logs/04d.log) &
   wait; F="nbs/08b_training_bench.ipynb nbs/04d_packing.ipynb qlora_course/bench_reference.json";;
C) # 08b's two throughput cells at once: SmolLM2 + 1.5B on GPU 0, 7B on GPU 1 (a copy of the notebook); the summary
   # cell reads both JSON files and runs on the CPU afterwards
   cp nbs/08b_training_bench.ipynb nbs/08b_7b.ipynb
   (CUDA_VISIBLE_DEVICES=0 $E --deadline 420 --skip 35,37,40 nbs/08b_training_bench.ipynb > logs/08b.log 2>&1; echo "rc=$?" >> logs/08b.log) &
   (CUDA_VISIBLE_DEVICES=1 $E --deadline 420 --skip 33,37,40 nbs/08b_7b.ipynb > logs/08b_7b.log 2>&1; echo "rc=$?" >> logs/08b_7b.log) &
   wait; F="nbs/08b_training_bench.ipynb nbs/08b_7b.ipynb";;
E) # GPU 0: 04a's 300-step quickstart; GPU 1: 08c's lever runs (its methods and gap cells keep their outputs)
   (CUDA_VISIBLE_DEVICES=0 $E --deadline 480 nbs/04a_quickstart.ipynb > logs/04a.log 2>&1; echo "rc=$?" >> logs/04a.log) &
   (CUDA_VISIBLE_DEVICES=1 $E --deadline 480 --skip ${SKIP_08C:-15,23} nbs/08c_methods_nf4.ipynb > logs/08c.log 2>&1; echo "rc=$?" >> logs/08c.log) &
   wait; F="nbs/04a_quickstart.ipynb nbs/08c_methods_nf4.ipynb";;
F) # one GPU alone on its host (nvidia-h200): 08b's alternating repeats; its other gpu cells keep their outputs
   $E --deadline 150 --skip ${SKIP_08B:-33,35,42,47} nbs/08b_training_bench.ipynb > logs/08b.log 2>&1; echo "rc=$?" >> logs/08b.log
   F="nbs/08b_training_bench.ipynb";;
G) # 08c's last gpu cell (two kinds kept 16-bit); the cells before it keep their outputs
   $E --skip ${SKIP_08C:-15,23,26} nbs/08c_methods_nf4.ipynb > logs/08c.log 2>&1; echo "rc=$?" >> logs/08c.log
   F="nbs/08c_methods_nf4.ipynb";;
esac
tar czf $OUT/$1.tgz logs nbs/results $F 2>/dev/null; ls -la $OUT; for f in logs/*.log; do echo "== $f"; tail -n 4 $f; done

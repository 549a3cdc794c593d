#!/usr/bin/env bash
# Lead's device jobs for session 3 (run from the repo root on the device after the setup calls).
# usage: bash tools/device_jobs.sh X|Y|Z   — writes logs + notebooks + results into $OUT/x.tgz
set -uo pipefail
export PYTHONPATH=/tmp/site:$PWD PATH=/tmp/site/bin:$PATH QLORA_COURSE_CACHE=/tmp/qc-cache HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
mkdir -p nbs/results logs
nvidia-smi --query-gpu=name,memory.total --format=csv > logs/gpu.txt 2>&1
E="python3 tools/execute_nb.py --keep-going --only-flagged --flags gpu"
case "$1" in
X) (CUDA_VISIBLE_DEVICES=0 $E nbs/08b_training_bench.ipynb > logs/08b.log 2>&1; echo "rc=$?" >> logs/08b.log) &
   (CUDA_VISIBLE_DEVICES=1 $E nbs/08c_methods_nf4.ipynb > logs/08c.log 2>&1; echo "rc=$?" >> logs/08c.log) &
   wait; F="nbs/08b_training_bench.ipynb nbs/08c_methods_nf4.ipynb qlora_course/bench_reference.json";;
Y) $E --skip 25,28 nbs/04b_multigpu.ipynb > logs/04b.log 2>&1; echo "rc=$?" >> logs/04b.log
   F="nbs/04b_multigpu.ipynb";;
Z) (export CUDA_VISIBLE_DEVICES=0
    $E --skip 22,24,28,30,31,35,37,39,42,46,49 nbs/02_quantization.ipynb > logs/02.log 2>&1; echo "rc=$?" >> logs/02.log
    $E --skip 36,38,42 nbs/03_lora_setup.ipynb > logs/03.log 2>&1; echo "rc=$?" >> logs/03.log
    $E --skip 22,24,26,30,33,36,39,41,42,45,47,53,55,57 nbs/04_training.ipynb > logs/04.log 2>&1; echo "rc=$?" >> logs/04.log) &
   (export CUDA_VISIBLE_DEVICES=1
    $E --skip 6,8,10,13,16,27,29,33,34,36,40,42,45,50,51,53,55,57,61,63,69 nbs/08_benchmarking.ipynb > logs/08.log 2>&1; echo "rc=$?" >> logs/08.log) &
   wait; F="nbs/02_quantization.ipynb nbs/03_lora_setup.ipynb nbs/04_training.ipynb nbs/08_benchmarking.ipynb";;
W) (CUDA_VISIBLE_DEVICES=0 $E nbs/08b_training_bench.ipynb > logs/08b.log 2>&1; echo "rc=$?" >> logs/08b.log) &
   (export CUDA_VISIBLE_DEVICES=1; $E nbs/08c_methods_nf4.ipynb > logs/08c.log 2>&1; echo "rc=$?" >> logs/08c.log
    $E --skip 22,24,26,30,33,36,39,41,42,45,47,53,55,57 nbs/04_training.ipynb > logs/04.log 2>&1; echo "rc=$?" >> logs/04.log) &
   wait; F="nbs/08b_training_bench.ipynb nbs/08c_methods_nf4.ipynb qlora_course/bench_reference.json nbs/04_training.ipynb";;
esac
tar czf $OUT/$1.tgz logs nbs/results $F 2>/dev/null; ls -la $OUT; for f in logs/*.log; do tail -n 3 $f; done

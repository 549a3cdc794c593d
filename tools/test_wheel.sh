#!/usr/bin/env bash
# Build the qlora_course wheel, install it into a fresh virtual environment and run the course's commands from an
# empty directory, so that nothing can come from the checkout (no PYTHONPATH, the clone not on sys.path).
#
#   bash tools/test_wheel.sh                 # from anywhere; PYTHON=/path/to/python picks the interpreter
#   KEEP=1 bash tools/test_wheel.sh          # keep the temporary folder (its path is printed)
#
# The new venv reuses the interpreter's installed packages (torch, transformers, ...) through a .pth line instead of
# downloading them again; qlora_course itself must come from the wheel, which is checked. Models come from
# $QLORA_COURSE_CACHE (or ~/.cache/qlora_course) as usual; set HF_HUB_OFFLINE=1 on a machine without the hub.
# The command lines under test are the three arrays below: change them here when the CLI's flags change.
set -uo pipefail

DATA_CHECK=(data check code_heldout)
QUICKSTART=(quickstart --max_steps 2 --max_eval_samples 8 --eval-limit 2 --out out/quickstart)
EVAL=(eval --model smollm2-135m --data code_heldout --limit 4 --out out/eval)

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY=${PYTHON:-python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/qlora_wheel.XXXXXX")
if [ -n "${KEEP:-}" ]; then echo "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
unset PYTHONPATH
start=$SECONDS
passed=0; failed=0; failures=()

step() {  # step NAME COMMAND...: run it, print its time and outcome, keep count
  local name=$1; shift
  local t0=$SECONDS
  echo "== $name: $*"
  if "$@"; then passed=$((passed + 1)); echo "-- $name: ok ($((SECONDS - t0)) s)"
  else failed=$((failed + 1)); failures+=("$name"); echo "-- $name: FAILED ($((SECONDS - t0)) s)"; fi
}

build() {  # setuptools' deprecation notices go to a log, shown only when the build fails
  "$PY" -m pip wheel --no-deps --no-build-isolation -q -w "$WORK/dist" "$REPO" > "$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log"; return 1; }
}

make_venv() {
  # no pip/setuptools of its own: they would shadow the reused (newer) setuptools that torch requires
  "$PY" -m venv --without-pip "$WORK/venv" || return 1
  local parent site
  parent=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  site=$("$WORK/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  # a plain path line: the parent's packages become importable, but its .pth files (an editable qlora_course) do not run
  echo "$parent" > "$site/_parent_site.pth"
  # --no-index: every requirement must already be satisfied by the reused packages (nothing is downloaded)
  "$PY" -m pip --python "$WORK/venv/bin/python" install -q --no-index "$WORK"/dist/qlora_course-*.whl
}

from_wheel() {  # qlora_course and its data come from the venv, and the packaged data equal the repository's data/
  mkdir -p "$WORK/empty" && cd "$WORK/empty" || return 1
  "$WORK/venv/bin/python" - "$WORK/venv" "$REPO/data" <<'EOF'
import sys, filecmp
from pathlib import Path
import qlora_course
from qlora_course.data import course_data
venv, data = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
pkg = Path(qlora_course.__file__).resolve()
assert venv in pkg.parents, f"qlora_course imported from {pkg}, not from the wheel in {venv}"
names = sorted(p.stem for p in data.iterdir() if p.suffix in (".json", ".jsonl"))
for n in names:
    p = course_data(n).resolve()
    assert venv in p.parents, f"{n}: {p} is not the packaged copy"
    assert filecmp.cmp(p, data / p.name, shallow=False), f"{p} differs from {data / p.name}"
print(f"qlora_course from {pkg.parent}; {len(names)} packaged data files equal data/: {', '.join(names)}")
EOF
}

cli() { (cd "$WORK/empty" && "$WORK/venv/bin/qlora-course" "$@"); }

step build build
step venv make_venv
step from-wheel from_wheel
step data-check cli "${DATA_CHECK[@]}"
step quickstart cli "${QUICKSTART[@]}"
step eval cli "${EVAL[@]}"

echo "wheel test: $((SECONDS - start)) s wall${failures:+; failed: ${failures[*]}}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Instructions a whole build executes, counted by valgrind's callgrind. The count moves by a
# few hundredths of a percent from run to run (rayon's threads wait a little differently),
# where wall time on a shared machine moves by ten percent, so it is what small changes are
# measured by; bench-build.sh then confirms them in time. Fewer instructions is not always less
# time (memory and the kernel's work are not counted), so a change is kept only when both agree.
#
#   scripts/bench-instructions.sh [PIECES [BINARY...]]
#
# PIECES defaults to 100 (about 30 s under valgrind); the portfolio is the one bench-build.sh
# makes. With several binaries (say, built from two commits), each counts the same build, and
# the profile of each is left in target/callgrind.<name>.out for `callgrind_annotate`.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind (Debian package: valgrind)" >&2; exit 1; }

pieces=${1:-100}
bins=("${@:2}")
cargo build --release --quiet --bin redraft --example gen_portfolio
[ ${#bins[@]} -gt 0 ] || bins=(target/release/redraft)
dir=target/bench-portfolios/p$pieces
if [ ! -f "$dir/redraft.yaml" ]; then
  rm -rf "$dir"
  target/release/examples/gen_portfolio "$dir" "$pieces" 4 1000 7 >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for bin in "${bins[@]}"; do
  name=$(basename "$bin")
  valgrind --tool=callgrind --callgrind-out-file="target/callgrind.$name.out" \
    "$bin" build "$dir" -o "$out/$name" --force >/dev/null 2>"$out/log"
  count=$(awk '/Collected :/ {print $NF}' "$out/log")
  printf '%-40s %15s instructions\n' "$bin" "$count"
done

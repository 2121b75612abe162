#!/usr/bin/env bash
# Whether this tree's redraft builds the same sites as another binary, byte for byte: the
# example portfolio, and a generated one of 100 pieces × 4 drafts × 1,000 words (the portfolio
# bench-build.sh makes). For refactoring: build the "before" binary from the commit you start
# from, keep a copy, then run this after each change.
#
#   scripts/same-output.sh BEFORE_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: scripts/same-output.sh BEFORE_BINARY}
cargo build --release --quiet --bin redraft --example gen_portfolio
dir=target/bench-portfolios/p100
if [ ! -f "$dir/redraft.yaml" ]; then
  rm -rf "$dir"
  target/release/examples/gen_portfolio "$dir" 100 4 1000 7 >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for portfolio in example-portfolio "$dir"; do
  name=$(basename "$portfolio")
  "$before" build "$portfolio" -o "$out/$name-before" --force >/dev/null 2>"$out/before.log"
  target/release/redraft build "$portfolio" -o "$out/$name-after" --force >/dev/null 2>"$out/after.log"
  if diff -r -q "$out/$name-before" "$out/$name-after" >"$out/diff" && diff -q "$out/before.log" "$out/after.log" >/dev/null; then
    echo "$name: the same ($(find "$out/$name-after" -type f | wc -l) files)"
  else
    echo "$name: DIFFERENT"
    head -20 "$out/diff"
    diff "$out/before.log" "$out/after.log" | head -10 || true
    status=1
  fi
done
exit $status

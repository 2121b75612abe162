#!/usr/bin/env bash
# How readable redraft's change views are on real revision histories. Builds the release
# binary, runs ../shared/tools/diff_quality.py on each portfolio and prints redraft's figures:
# per draft pair, only the pairs where a figure that should be zero is not (all pairs with -v),
# then one line of totals per portfolio, beside git --word-diff's marks per 100 changed words.
# docs/CHANGE-VIEWS.md says what each figure means and how to rebuild the four histories.
#
#   scripts/diff-quality.sh [-v] PORTFOLIO...     e.g. scripts/diff-quality.sh ../histories/*/
#
# SHARED is the shared folder (default: ../shared, beside this checkout). JSON=FILE keeps the
# tool's per-pair JSON. Takes about a minute for the four histories.
set -euo pipefail
verbose=0
if [ "${1:-}" = -v ]; then verbose=1; shift; fi
[ $# -gt 0 ] || { sed -n '2,11s/^# \{0,1\}//p' "$0" >&2; exit 2; }
portfolios=()
for p in "$@"; do
  [ -f "$p/redraft.yaml" ] || { echo "not a portfolio (no redraft.yaml): $p" >&2; exit 2; }
  portfolios+=("$(realpath "$p")")
done
shared=$(realpath -m "${SHARED:-$(dirname "$0")/../../shared}")
[ -f "$shared/tools/diff_quality.py" ] || { echo "no $shared/tools/diff_quality.py (set SHARED)" >&2; exit 2; }
json=${JSON:+$(realpath -m "$JSON")}
cd "$(dirname "$0")/.."
names=$(for p in "${portfolios[@]}"; do basename "$p"; done)
if [ "$(sort <<<"$names" | uniq -d)" ]; then
  echo "portfolio folder names must differ (the tool's JSON names a pair's portfolio by it)" >&2
  exit 2
fi

cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
json=${json:-$tmp/pairs.json}
echo "measuring ${#portfolios[@]} portfolio(s) with $shared/tools/diff_quality.py ..." >&2
python3 "$shared/tools/diff_quality.py" --redraft target/release/redraft --json "$json" \
  "${portfolios[@]}" >"$tmp/tool.out" || { cat "$tmp/tool.out" >&2; exit 1; }

python3 - "$json" "$verbose" <<'EOF'
import json, signal, sys
signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
rows, verbose = json.load(open(sys.argv[1])), sys.argv[2] == "1"
# counts that a readable change view keeps at zero (keys of each pair's "redraft" dict)
ZERO = [("ws", "ws"), ("restyle", "block_restyle"), ("re-add", "readded"), ("swap", "typo_swap"),
        ("shred", "shred"), ("repeat", "format_repeat"), ("link-only", "format_link_only")]

def per100(n, d):
    return f"{100 * n / d:.1f}" if d else "-"

def rw_marks(r):
    return f"{r['rewritten_marks'] / r['rewritten']:.1f}" if r["rewritten"] else "-"

def line(label, width, cols):
    print(f"  {label:<{width}} " + " ".join(f"{c:>{max(len(h), 6)}}" for h, c in cols))

corpora = {}
for row in rows:
    corpora.setdefault(row["corpus"], []).append(row)
totals = []
for name, pairs in corpora.items():
    cw = sum(p["changed_words"] for p in pairs)
    shown = [p for p in pairs if verbose or any(p["redraft"][k] for _, k in ZERO)]
    print(f"{name}: {len(pairs)} pairs, {cw} changed words; "
          f"{len(shown)} pairs shown{'' if verbose else ' (a should-be-zero figure is not)'}")
    width = max([len(f"{p['piece']} {p['from']}-{p['to']}") for p in shown] + [4])
    for n, p in enumerate(shown):
        r = p["redraft"]
        cols = [("chg-w", p["changed_words"]), ("marks/100w", per100(r["total"], p["changed_words"]))]
        cols += [(h, r[k]) for h, k in ZERO]
        cols += [("rw-marks", rw_marks(r)), ("git-wd/100w", per100(p["git-wd"]["total"], p["changed_words"]))]
        if n == 0:
            line("pair", width, [(h, h) for h, _ in cols])
        line(f"{p['piece']} {p['from']}-{p['to']}", width, cols)
    print()
    t = {k: sum(p["redraft"][k] for p in pairs) for k in pairs[0]["redraft"]}
    cols = [("pairs", len(pairs)), ("chg-w", cw), ("marks/100w", per100(t["total"], cw))]
    cols += [(h, t[k]) for h, k in ZERO if k != "shred"]
    cols += [("rw-marks", rw_marks(t)), ("shred/100s", per100(t["shred"], t["sentences"])),
             ("git-wd/100w", per100(sum(p["git-wd"]["total"] for p in pairs), cw))]
    totals.append((name, cols))
width = max(len(n) for n, _ in totals + [("portfolio", 0)])
print("totals (redraft; git-wd/100w is git --word-diff on the same rendered text)")
line("portfolio", width, [(h, h) for h, _ in totals[0][1]])
for name, cols in totals:
    line(name, width, cols)
EOF

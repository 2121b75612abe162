#!/usr/bin/env bash
# Drafts from git history: what reading a piece's drafts from commits (`history:` in
# redraft.yaml) adds to a build. Generates the repositories with examples/gen_history.rs
# (`git fast-import`; generated prose-like text, each version a revision of the one before,
# 800 to 1,000 words, deterministic by seed) and measures, with the release binary:
#
#   post50  one piece of 50 draft files (pieces/post/01.md … 50.md) against the same 50
#           versions as 50 commits of one file; the two sites are byte for byte the same, so
#           the difference is what history costs. Goal: under 0.3 s more.
#   blog    200 posts × 20 commits, one post a commit (4,000 commits, interleaved), against
#           the same drafts as files. Goal: the build under 3 s.
#   sparse  5,000 commits, nearly all to 200 other files; the followed essay changes in 10.
#           `top` follows essay.md at the top of the repository (the top folder's tree changes
#           in every commit, so every commit's tree is read); `folder` follows content/posts
#           (its tree changes only with the essay). Goal: bounded time.
#   every   one file changed in all 5,000 commits: 5,000 drafts, against the same as files.
#   scale   (only when named) the reading alone of blogs of 200, 400 and 800 posts × 20
#           commits, and of 200 posts as page bundles: how it grows with the blog.
#
#   scripts/bench-history.sh [CASES...]      e.g. scripts/bench-history.sh post50 blog
#
# Each build is timed by hyperfine, RUNS times (default 10; 5 for the blog, 3 for 5,000
# drafts) after WARMUP untimed (default 1), the portfolios compared taking turns so that the
# rest of the machine's load falls on both; each run replaces the site of the one before, as
# a rebuild does. The median and best wall time are printed, and the median CPU; peak memory
# is from one more build under /usr/bin/time -v. `read` is redraft's reading of the
# history alone (`git_history::read`, best of 5, through `gen_history read`), and `phases`
# prints what the walk asks of gix, step by step. Sites are written to OUT_DIR, by default a
# folder in /dev/shm: what is measured is redraft's work, not ext4's (see BENCHMARKS.md on
# deleted inodes), and the outputs are deleted at the end.
#
# Repositories go to BENCH_HISTORY_DIR (default target/bench-history) and are made anew on
# every run (about 6 s in all); KEEP=1 reuses them. The binary is built in CARGO_TARGET_DIR
# when it is set (NO_BUILD=1: the one there as it is). The machine should be otherwise idle:
# the load average is printed first.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."

cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(post50 blog sparse every)
runs=${RUNS:-10}
warmup=${WARMUP:-1}
work=${BENCH_HISTORY_DIR:-target/bench-history}
if [ -z "${OUT_DIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  out=/dev/shm/redraft-bench-history
else
  out=${OUT_DIR:-$work/out}
fi
for tool in hyperfine git python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }

# NO_BUILD=1 measures the binaries already built (when src/ is being edited meanwhile).
[ "${NO_BUILD:-0}" = 1 ] || cargo build --release --quiet --bin redraft --example gen_history
release=${CARGO_TARGET_DIR:-target}/release
bin=$release/redraft
gen=$release/examples/gen_history
mkdir -p "$work" "$out"
if [ "${NO_BUILD:-0}" = 1 ]; then
  built="binary built $(date -r "$bin" '+%F %T')"
else
  built="commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ', src/ changed since')"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $built" >&2

generate() {   # generate NAME KIND ARGS...: generate $work/NAME unless KEEP=1 and it is there
  local name=$1; shift
  if [ "${KEEP:-0}" = 1 ] && [ -e "$work/$name" ]; then return; fi
  rm -rf "${work:?}/$name"
  "$gen" "$@" >/dev/null
}

# time_builds RUNS PORTFOLIO...: builds of the portfolios, interleaved (a round builds each
# once, in turn, the order reversed every other round, so that what the rest of the machine
# does falls on all of them alike), each timed by hyperfine, after WARMUP rounds untimed.
# Prints one line per portfolio: name pages median_s best_s user_s sys_s peak_MB (user and
# system CPU as medians).
time_builds() {
  local n=$1; shift
  local times json round p cmds i
  times=$(mktemp)
  json=$(mktemp)
  for p in "$@"; do mkdir -p "$(dirname "$out/$p")"; done
  for round in $(seq $((1 - warmup)) "$n"); do
    cmds=()
    for p in "$@"; do cmds+=("$bin build $work/$p -o $out/$p --force"); done
    if [ $((round % 2)) = 0 ]; then
      local reversed=()
      for ((i = ${#cmds[@]} - 1; i >= 0; i--)); do reversed+=("${cmds[i]}"); done
      cmds=("${reversed[@]}")
    fi
    # (hyperfine's warnings go; its errors stop the script all the same)
    hyperfine -N -r 1 -w 0 --style none --export-json "$json" "${cmds[@]}" >/dev/null 2>&1
    [ "$round" -ge 1 ] || continue
    python3 - "$json" >>"$times" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(r["command"].split()[2], r["times"][0], r["user"], r["system"])
EOF
  done
  for p in "$@"; do
    local log pages peak
    log=$(mktemp)
    /usr/bin/time -v "$bin" build "$work/$p" -o "$out/$p" --force >"$log.out" 2>"$log"
    pages=$(grep -o '[0-9]* pages' "$log.out" | grep -o '[0-9]*')
    peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
    python3 - "$times" "$work/$p" "$p" "$pages" "$peak" <<'EOF'
import statistics, sys
path, full, name, pages, peak = sys.argv[1:]
rows = [l.split() for l in open(path) if l.split()[0] == full]
wall, user, system = ([float(r[i]) for r in rows] for i in (1, 2, 3))
print(f"{name:<18} {pages:>6} {statistics.median(wall):8.3f} {min(wall):8.3f} "
      f"{statistics.median(user):7.2f} {statistics.median(system):6.2f} {peak:>8}")
EOF
    rm -f "$log" "$log.out"
  done
  rm -f "$times" "$json"
}

read_alone() {   # read_alone REPO file|posts PATH: the history read alone, best of 5
  "$gen" read "$work/$1" "$2" "$3" 5 | sed -E "s|^read: (.*); best of 5: (.*)|  read alone ($2: $3): \\2 (\\1)|"
}

header() { printf '%-18s %6s %8s %8s %7s %6s %8s\n' portfolio pages median_s best_s user_s sys_s peak_MB; }

for c in "${cases[@]}"; do
  case $c in
    post50)
      generate files50 files "$work/files50" 50 7
      generate post50 post "$work/post50" 50 7
      echo "== one piece, 50 drafts: files against 50 commits"
      header
      lines=$(time_builds "$runs" files50 post50)
      echo "$lines"
      read_alone post50/repo file post.md
      echo "$lines" | awk '{m[$1]=$3} END {d=m["post50"]-m["files50"]; printf "  history adds %.3f s to the median build (goal: under 0.3 s): %s\n", d, (d < 0.3 ? "met" : "NOT met")}'
      ;;
    blog)
      generate blog200 blog "$work/blog200" 200 20 7
      generate blog200-files blog-files "$work/blog200-files" 200 20 7
      echo "== a blog: 200 posts × 20 commits (4,000 commits) against the same drafts as files"
      header
      lines=$(time_builds "$(( runs < 5 ? runs : 5 ))" blog200-files blog200)
      echo "$lines"
      read_alone blog200/blog posts content/posts
      "$gen" phases "$work/blog200/blog" content/posts
      echo "$lines" | awk '{m[$1]=$3} END {printf "  blog build %.2f s (goal: under 3 s): %s; history adds %.2f s\n", m["blog200"], (m["blog200"] < 3 ? "met" : "NOT met"), m["blog200"]-m["blog200-files"]}'
      ;;
    sparse)
      generate sparse5000 sparse "$work/sparse5000" 5000 10 7
      echo "== 5,000 commits, the followed essay changed in 10"
      header
      time_builds "$runs" sparse5000/top sparse5000/folder
      read_alone sparse5000/repo file essay.md
      read_alone sparse5000/repo posts content/posts
      "$gen" phases "$work/sparse5000/repo" ""
      ;;
    every)
      generate every5000 post "$work/every5000" 5000 7
      generate files5000 files "$work/files5000" 5000 7
      echo "== one file changed in all 5,000 commits (5,000 drafts), against 5,000 draft files"
      header
      lines=$(time_builds "$(( runs < 3 ? runs : 3 ))" files5000 every5000)
      echo "$lines"
      read_alone every5000/repo file post.md
      "$gen" phases "$work/every5000/repo" ""
      echo "$lines" | awk '{m[$1]=$3} END {printf "  history adds %.2f s to the median build\n", m["every5000"]-m["files5000"]}'
      ;;
    scale)
      # Not run by default: how the reading of a blog grows with its posts (20 commits each),
      # and with posts as page bundles (content/posts/post-NNN/index.md).
      echo "== reading alone, blogs of 200, 400 and 800 posts × 20 commits, and 200 as bundles"
      for posts in 200 400 800; do
        generate "blog$posts" blog "$work/blog$posts" "$posts" 20 7
        read_alone "blog$posts/blog" posts content/posts
      done
      generate blog200-bundles blog-bundles "$work/blog200-bundles" 200 20 7
      read_alone blog200-bundles/blog posts content/posts
      ;;
    *) echo "unknown case $c (post50, blog, sparse, every, scale)" >&2; exit 2 ;;
  esac
done
rm -rf "${out:?}"

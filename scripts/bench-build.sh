#!/usr/bin/env bash
# Whole-build benchmark: generates portfolios of 100, 1,000 and 10,000 pieces × 4 drafts ×
# 1,000 words (deterministic, see benches/support/portfolio.rs), builds each with the release
# binary and reports wall time, CPU time, peak memory and time per page, from /usr/bin/time -v.
# Each size is built RUNS times (default 3) after one warm-up build; the best wall time is kept
# and the memory and CPU of that run reported. Every timed build writes a new output folder,
# and the outputs are deleted only when all builds are done: deleting a site of many thousand
# files is the file system's work, not the build's. Nor may it happen shortly before a timed
# build: for a minute after files are deleted, and six while their inode table blocks are
# being written again (as a new build's files make them), ext4 looks at each freed inode
# whenever it makes a file and passes it over (`recently_deleted`). After a 10,000-piece site
# was deleted, that was half of the next build's system time, and it grows faster than the
# site. So a run that starts within six minutes of the last one's clean-up waits out the
# rest first (and nothing else should delete many files meanwhile).
#
#   scripts/bench-build.sh [SIZES...]        e.g. scripts/bench-build.sh 100 1000 unrelated
#
# `unrelated` is one piece of two unrelated drafts of 20,000 words each (the diff's worst case).
# `dN` (`d500`, `d2000`) is one piece of N drafts of about 200 words each (DRAFT_WORDS), for
# what grows with a piece's drafts rather than with the pieces:
#
#   scripts/bench-build.sh d500 d1000 d2000
#
# The site's size is measured after each timed build (`du`, untimed). The binary is built in
# CARGO_TARGET_DIR when it is set; portfolios are kept in target/bench-portfolios/ and reused;
# delete it to generate anew.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000 unrelated)
runs=${RUNS:-3}
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }

cargo build --release --quiet --bin redraft --example gen_portfolio
release=${CARGO_TARGET_DIR:-target}/release
bin=$release/redraft
work=target/bench-portfolios
mkdir -p "$work"

# Outputs left by an interrupted run go first, then the wait for ext4 (see above).
stamp="$work/.outputs-deleted-at"
if compgen -G "$work/out*" >/dev/null; then
  rm -rf "$work"/out*
  sync
  date +%s >"$stamp"
fi
if [ -f "$stamp" ]; then
  wait=$((370 - ($(date +%s) - $(cat "$stamp"))))
  if [ "$wait" -gt 0 ]; then
    echo "waiting ${wait}s for the file system to forget deleted outputs ..." >&2
    sleep "$wait"
  fi
fi

# What new memory costs the machine, since every page written lands in new page cache. On a
# virtual machine that hands idle memory back to its host (free page reporting), memory the
# kernel has not used for a few seconds costs several times more to write than memory it just
# freed; the two numbers say how far this machine's builds are paying that. Writes 512 MB to
# /dev/shm twice: after a pause (as a build meets most of its memory), then straight again.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  probe=$(mktemp -p /dev/shm redraft-probe.XXXXXX)
  fill() { /usr/bin/time -f %e dd if=/dev/zero of="$probe" bs=1M count=512 status=none 2>&1 >/dev/null | tail -1; }
  sleep 10
  idle=$(fill); rm -f "$probe"
  again=$(fill); rm -f "$probe"
  awk -v a="$idle" -v b="$again" 'BEGIN { printf "new memory: %.2f s per GB after a pause, %.2f s per GB just freed\n", a*2, b*2 }'
fi

printf '%-8s %6s %9s %9s %9s %10s %10s %12s\n' pieces pages wall_s user_s sys_s peak_MB site_MB ms_per_page
declare -A times   # size -> "wall user sys peak site" of its best run
for n in "${sizes[@]}"; do
  dir="$work/p$n"
  if [ ! -f "$dir/redraft.yaml" ]; then
    rm -rf "$dir"
    if [ "$n" = unrelated ]; then
      # Two one-draft portfolios from different seeds, their drafts made one piece's two.
      for seed in 1 2; do
        "$release/examples/gen_portfolio" "$dir-$seed" 1 1 20000 "$seed" >/dev/null
      done
      mkdir -p "$dir/pieces/essay"
      cp "$dir-1/redraft.yaml" "$dir/"
      sed 's/^draft: .*/draft: 1/' "$(find "$dir-1/pieces" -name '*.md' | head -1)" >"$dir/pieces/essay/01.md"
      sed 's/^draft: .*/draft: 2/' "$(find "$dir-2/pieces" -name '*.md' | head -1)" >"$dir/pieces/essay/02.md"
      rm -rf "$dir-1" "$dir-2"
    elif [[ "$n" == d* ]]; then
      "$release/examples/gen_portfolio" "$dir" 1 "${n#d}" "${DRAFT_WORDS:-200}" 7 >/dev/null
    else
      "$release/examples/gen_portfolio" "$dir" "$n" 4 1000 7 >/dev/null
    fi
  fi
  text=$(find "$dir/pieces" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')
  out="$work/out$n"
  "$bin" build "$dir" -o "$out-warm" --force >/dev/null 2>&1   # warm the file cache
  best=""
  for run in $(seq "$runs"); do
    log=$(mktemp)
    out="$work/out$n-$run"
    sync
    /usr/bin/time -v "$bin" build "$dir" -o "$out" --force >"$log.out" 2>"$log"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
    user=$(awk -F': ' '/User time/ {print $2}' "$log")
    sys=$(awk -F': ' '/System time/ {print $2}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
    pages=$(grep -o '[0-9]* pages' "$log.out" | grep -o '[0-9]*')
    site=$(du -sb "$out" | awk '{printf "%.1f", $1/1e6}')
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then
      best=$wall; times[$n]="$wall $user $sys $rss $site $text"; line=$(printf '%-8s %6s %9.2f %9.2f %9.2f %10s %10s %12.3f' "$n" "$pages" "$wall" "$user" "$sys" "$rss" "$site" "$(awk "BEGIN{print $wall*1000/$pages}")")
    fi
    rm -f "$log" "$log.out"
  done
  echo "$line"
done
# The linearity goal: 10,000 pieces in at most 10.5 times the time of 1,000.
if [ -n "${times[1000]:-}" ] && [ -n "${times[10000]:-}" ]; then
  awk -v a="${times[1000]}" -v b="${times[10000]}" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    printf "10000 / 1000: wall %.1f times, user CPU %.1f, system CPU %.1f\n", y[1]/x[1], y[2]/x[2], y[3]/x[3]
  }'
fi
# Drafts of one piece: each doubling should about double the time, memory and site, not
# quadruple them. The generated drafts grow longer as they are revised, so the drafts' text
# grows a little more than twice: that is the figure to hold the others against.
for pair in "d500 d1000" "d1000 d2000"; do
  read -r a b <<<"$pair"
  if [ -n "${times[$a]:-}" ] && [ -n "${times[$b]:-}" ]; then
    awk -v n="$b / $a" -v a="${times[$a]}" -v b="${times[$b]}" 'BEGIN {
      split(a, x, " "); split(b, y, " ")
      printf "%s: text of the drafts %.1f times; wall %.1f, user CPU %.1f, peak memory %.1f, site %.1f\n", n, y[6]/x[6], y[1]/x[1], y[2]/x[2], y[4]/x[4], y[5]/x[5]
    }'
  fi
done
echo "deleting the outputs (untimed) ..." >&2
rm -rf "$work"/out*
sync
date +%s >"$stamp"

#!/usr/bin/env bash
# Regenerates src/growth/everyday-en.txt, the English words so common that using one is never
# "trying a new word" (src/growth/vocabulary.rs). Reads two permissively licensed sources:
#
#   ZXCVBN  the `zxcvbn` crate's src/frequency_lists.rs, version 3.1.1 (MIT), fetched with a
#           throwaway project: `cargo new /tmp/zx && cd /tmp/zx && cargo add zxcvbn@=3.1.1 &&
#           cargo fetch`, then ~/.cargo/registry/src/*/zxcvbn-3.1.1/src/frequency_lists.rs
#   SCOWL   the folder of SCOWL's size lists (2020.12.07, Kevin Atkinson's permissive licence):
#           `apt-get download scowl && dpkg-deb -x scowl_*.deb x`, then x/usr/share/dict/scowl
#
#   scripts/everyday-words.sh ZXCVBN SCOWL > src/growth/everyday-en.txt
#
# The words: the 5,000 most frequent of zxcvbn's US television and film subtitle list. zxcvbn
# files each word under only the one of its lists where it ranks best, so common words it moved
# to its English Wikipedia list (`after`, `eight`), its password list (`love`, `garden`) or its
# name lists (`grace`, `black`) are missing there; they are brought back from Wikipedia's 2,000,
# the passwords' 2,000 and the names' (surnames' 2,000) most frequent when SCOWL's size-20 list
# (common words) has them too. Only lowercase letters and apostrophes; sorted.
#
# Why 5,000: on the example portfolio's 561 distinct words, the subtitle list's first 3,000
# still leave `feedback`, `notebook`, `weighed`; 5,000 leave concrete nouns (`kettle`,
# `wrappers`) and the reaches (`custodian`, `methane`, `stanza`, `shudder`, `swayed`); by
# 8,000-10,000 it swallows words a student reaches for (`futile`, `dreary`, `evasive`,
# `penchant`, `posterity`). Wikipedia's list is kept to 2,000 because past that it is the
# register students reach for (`controversial`, `indigenous`, `constitutional`).
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,26s/^# \{0,1\}//p' "$0" >&2; exit 2; }
lists=$1 scowl=$2
# The first N words of the comma-separated list `const NAME: &str = "..."`, one a line.
top() { grep "^const $1: &str" "$lists" | sed 's/^[^"]*"//; s/";$//' | tr ',' '\n' | sed -n "1,$2p"; }
common=$(mktemp)
trap 'rm -f "$common"' EXIT
cat "$scowl"/english-words.10 "$scowl"/english-words.20 | iconv -f latin1 -t utf-8 | LC_ALL=C sort -u >"$common"
cat <<'HEAD'
# Everyday English words for redraft's "new words tried": never reported as new.
# Made by scripts/everyday-words.sh, which says how and why; do not edit by hand.
# Sources: the zxcvbn crate 3.1.1 (MIT licence, Copyright (c) 2016 Joshua Holmer; lists from
# Dropbox's zxcvbn, MIT licence, Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.),
# filtered with SCOWL 2020.12.07 (Copyright 2000-2018 Kevin Atkinson; permission to use, copy,
# modify, distribute and sell these word lists for any purpose is granted without fee,
# provided this copyright notice and permission notice appear in supporting documentation).
HEAD
{
    top US_TV_AND_FILM 5000
    { top ENGLISH_WIKI 2000; top PASSWORDS 2000; top FEMALE_NAMES 5000; top MALE_NAMES 5000
      top SURNAMES 2000; } | LC_ALL=C sort -u | LC_ALL=C comm -12 - "$common"
} | grep -E "^[a-z']+$" | LC_ALL=C sort -u

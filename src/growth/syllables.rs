//! Syllables, which most readability formulas weigh words by, found in a word's spelling: for
//! English by a heuristic that knows its silent letters, for the other languages whose
//! formula needs them by groups of vowels with the few exceptions simple rules can see.

/// How a language's syllables show in its spelling: each group of vowels is one syllable, less
/// the exceptions below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct VowelRules {
    /// Its vowels, lowercase, accented ones included. A `u` after `q` is never one (`que`,
    /// `Quelle`).
    vowels: &'static str,
    /// `y` is a vowel at the end of a word only (Spanish `hoy`, `muy`, but `yo`, `ayer`).
    y_vowel_at_end: bool,
    /// Vowels that are a syllable of their own beside another of them (hiatus): Spanish and
    /// Portuguese `a e o`, and `i u` written with an accent (`dí-a`, `pa-ís`).
    strong: &'static str,
    /// Vowels after which another vowel starts a syllable (French `é`: `ré-é-crire`,
    /// `né-an-moins`).
    ends_syllable: &'static str,
    /// A vowel with a diaeresis starts a syllable (French `na-ïf`, Dutch `i-de-eën`).
    diaeresis_splits: bool,
    /// A `u` between `g` and `e` or `i` is silent (`guerra`, `guerre`, `guitarra`).
    silent_gu: bool,
    /// A final `e` or `es` that would be a syllable of its own is silent (French `pe-tite`,
    /// `pe-tites`, `an-née`), not one in a group (`vie`, `rue`).
    silent_final_e: bool,
    /// Three vowels together are a diphthong and a vowel: German `freu-e`, `Bau-er`, `Fei-er`.
    three_are_two: bool,
}

/// Spanish: diphthongs of a weak vowel with any other, hiatus of two strong ones.
pub(super) const SPANISH: VowelRules = VowelRules {
    vowels: "aeiouáéíóúü",
    y_vowel_at_end: true,
    strong: "aeoáéóíú",
    ends_syllable: "",
    diaeresis_splits: false,
    silent_gu: true,
    silent_final_e: false,
    three_are_two: false,
};

/// Portuguese: as Spanish, with the nasal `ã õ` gliding into the vowel after them (`co-ra-ção`).
pub(super) const PORTUGUESE: VowelRules = VowelRules {
    vowels: "aeiouyáéíóúâêôãõàü",
    y_vowel_at_end: false,
    strong: "aeoáéóâêôíú",
    ends_syllable: "",
    diaeresis_splits: false,
    silent_gu: true,
    silent_final_e: false,
    three_are_two: false,
};

/// French: `y` a vowel, the diaeresis, and the silent final `e`.
pub(super) const FRENCH: VowelRules = VowelRules {
    vowels: "aeiouyàâæèéêëîïôœùûüÿ",
    y_vowel_at_end: false,
    strong: "",
    ends_syllable: "é",
    diaeresis_splits: true,
    silent_gu: true,
    silent_final_e: true,
    three_are_two: false,
};

/// German: groups of vowels are its diphthongs and long vowels (`ei`, `au`, `eu`, `ie`, `aa`).
pub(super) const GERMAN: VowelRules = VowelRules {
    vowels: "aeiouyäöü",
    y_vowel_at_end: false,
    strong: "",
    ends_syllable: "",
    diaeresis_splits: false,
    silent_gu: false,
    silent_final_e: false,
    three_are_two: true,
};

/// Dutch: groups of vowels are its long vowels and diphthongs (`aa`, `oe`, `ui`, `ij` as `i`),
/// and the diaeresis splits them (`ideeën`, `coördinatie`).
pub(super) const DUTCH: VowelRules = VowelRules {
    vowels: "aeiouyáéíóúàèëïöü",
    y_vowel_at_end: false,
    strong: "",
    ends_syllable: "",
    diaeresis_splits: true,
    silent_gu: false,
    silent_final_e: false,
    three_are_two: false,
};

/// Syllables in a word by `rules`; never less than one.
pub(super) fn vowel_syllables(word: &str, rules: &VowelRules) -> usize {
    let letters: Vec<char> = word
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphabetic())
        .collect();
    let n = letters.len();
    let is_vowel = |i: usize| {
        let c = letters[i];
        let before = i.checked_sub(1).map(|j| letters[j]);
        if c == 'u' && before == Some('q') {
            return false;
        }
        if c == 'u'
            && rules.silent_gu
            && before == Some('g')
            && matches!(letters.get(i + 1), Some('e' | 'i' | 'é' | 'í' | 'ê'))
        {
            return false;
        }
        rules.vowels.contains(c) || (c == 'y' && rules.y_vowel_at_end && i + 1 == n)
    };
    let mut count = 0usize;
    // The vowel before, when the letter before was one, and how many vowels are together.
    let mut previous: Option<char> = None;
    let mut together = 0;
    // Where the last syllable counted starts.
    let mut last_start = 0;
    for (i, &c) in letters.iter().enumerate() {
        if !is_vowel(i) {
            previous = None;
            together = 0;
            continue;
        }
        together += 1;
        let starts = match previous {
            None => true,
            Some(p) => {
                (rules.diaeresis_splits && matches!(c, 'ë' | 'ï' | 'ö' | 'ü' | 'ÿ'))
                    || (rules.strong.contains(p) && rules.strong.contains(c))
                    || rules.ends_syllable.contains(p)
                    || (rules.three_are_two && together == 3)
            }
        };
        if starts {
            count += 1;
            last_start = i;
        }
        previous = Some(c);
    }
    if rules.silent_final_e && count > 1 {
        let e_at = match letters.as_slice() {
            [.., 'e'] => Some(n - 1),
            [.., 'e', 's'] => Some(n - 2),
            _ => None,
        };
        if e_at == Some(last_start) {
            count -= 1;
        }
    }
    count.max(1)
}

/// English syllables in a word, by a heuristic: groups of vowels (`y` after the first letter
/// counts), less a silent final `e` (but not in a consonant + `le` ending: `ta-ble`), a silent
/// `-ed` (unless after `t` or `d`: `want-ed`) and a silent `-es` (unless after a hissing sound:
/// `box-es`); plus one for vowel pairs said apart (`ra-di-o`, `vi-de-o`, `ac-tu-al`). The
/// suffixes `-ly`, `-ment`, `-ful` and `-ness` count one each on top of their stem, so the stem's
/// silent `e` is still found (`love-ly`). Never less than one.
pub(super) fn english_syllables(word: &str) -> usize {
    // Plain ASCII words (nearly all of them) are lower-cased on the stack.
    if word.is_ascii() && word.len() <= 64 {
        let mut buffer = [0u8; 64];
        let mut len = 0;
        for b in word.bytes().filter(u8::is_ascii_alphabetic) {
            buffer[len] = b.to_ascii_lowercase();
            len += 1;
        }
        return letter_syllables(&buffer[..len]);
    }
    let lower = word.to_lowercase();
    // A sounded final `é` (café) would pass for a silent `e` once accents are dropped.
    let lower = match lower.strip_suffix('é') {
        Some(stem) => format!("{stem}ay"),
        None => lower,
    };
    let plain = deunicode::deunicode(&lower);
    let letters: String = plain.chars().filter(char::is_ascii_alphabetic).collect();
    letter_syllables(letters.as_bytes())
}

/// Syllables in a word of lowercase ASCII letters (see [`english_syllables`]).
fn letter_syllables(letters: &[u8]) -> usize {
    if letters.is_empty() {
        return 1;
    }
    for suffix in [&b"ment"[..], b"ness", b"ful", b"ly"] {
        if let Some(stem) = letters.strip_suffix(suffix)
            && stem.len() >= 3
            && vowel_groups(stem) > 0
        {
            return stem_syllables(stem) + 1;
        }
    }
    stem_syllables(letters)
}

fn stem_syllables(b: &[u8]) -> usize {
    if b.len() <= 3 {
        return 1;
    }
    let n = b.len();
    let is_vowel_at = |i: usize| is_vowel(b[i], i);
    let mut count = vowel_groups(b) as isize;
    // A final `e` that is a vowel group of its own is silent (`make`), except in consonant +
    // `le` (`ta-ble`); so is one before `d` (`walked`, but `want-ed`) or `s` (`makes`, but
    // `box-es`, `watch-es`).
    let lone_e_at = |e: usize| b[e] == b'e' && !is_vowel_at(e - 1);
    let silent_ending = if b.ends_with(b"e") {
        lone_e_at(n - 1) && (b[n - 2] != b'l' || is_vowel_at(n - 3))
    } else if b.ends_with(b"ed") {
        lone_e_at(n - 2) && !matches!(b[n - 3], b't' | b'd')
    } else if b.ends_with(b"es") {
        let hissing = matches!(b[n - 3], b's' | b'x' | b'z' | b'c' | b'g')
            || b.ends_with(b"ches")
            || b.ends_with(b"shes");
        lone_e_at(n - 2) && !hissing
    } else {
        false
    };
    count -= isize::from(silent_ending);
    // Vowel pairs said as two syllables, unless the consonant before them glides them into
    // one (`na-tion`, `spe-cial`, `lan-guage`, `pi-geon`).
    for i in 1..n {
        let before = if i >= 2 { b[i - 2] } else { b' ' };
        let split = match (b[i - 1], b[i]) {
            (b'i', b'a' | b'o' | b'u') => !matches!(before, b'c' | b't' | b's' | b'g' | b'x'),
            (b'e', b'o') => !matches!(before, b'c' | b'g'),
            (b'u', b'a' | b'o') => !matches!(before, b'q' | b'g'),
            _ => false,
        };
        if split {
            count += 1;
        }
    }
    count.max(1) as usize
}

fn is_vowel(c: u8, at: usize) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u') || (c == b'y' && at > 0)
}

/// Runs of vowels in an ASCII lowercase word.
fn vowel_groups(w: &[u8]) -> usize {
    let mut groups = 0;
    let mut in_group = false;
    for (i, &c) in w.iter().enumerate() {
        let vowel = is_vowel(c, i);
        if vowel && !in_group {
            groups += 1;
        }
        in_group = vowel;
    }
    groups
}

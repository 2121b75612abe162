//! English words for numbers of things and lists of them, in one place: every count redraft
//! writes (pages, the change summary, the terminal) says "1 draft" and "2 drafts" the same way.

/// `one` for 1, else `many`.
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// `1 word`, `5 words`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

/// `a`, `a and b`, `a, b, and c`.
pub fn and_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_lists_read_as_english() {
        assert_eq!(count(1, "draft", "drafts"), "1 draft");
        assert_eq!(count(0, "draft", "drafts"), "0 drafts");
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(&words(&["a"])), "a");
        assert_eq!(and_list(&words(&["a", "b"])), "a and b");
        assert_eq!(and_list(&words(&["a", "b", "c"])), "a, b, and c");
    }
}

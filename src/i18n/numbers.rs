//! Numbers written the language's way: its decimal mark and the mark between thousands, from
//! CLDR's number symbols for the built-in languages (`decimal` and `group` of the `latn`
//! numbering system). Digits stay Latin in every language, as Arabic-language sites on the web
//! mostly write them; a language not listed writes numbers as English does.

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;

/// A formatter for `Fluent`'s numbers: what [`fluent_bundle::bundle::FluentBundle::set_formatter`]
/// takes.
pub(super) type Formatter<M> = fn(&FluentValue<'_>, &M) -> Option<String>;

/// The formatter for a primary language (`es`).
pub(super) fn formatter_for<M: MemoizerKind>(language: &str) -> Formatter<M> {
    match language {
        "es" | "de" | "it" | "nl" | "pt" | "id" | "tr" | "da" | "el" => written::<',', '.', M>,
        "fr" => written::<',', '\u{202F}', M>,
        "pl" | "cs" | "sk" | "ru" | "uk" | "sv" | "nb" | "no" | "fi" | "hu" => {
            written::<',', '\u{A0}', M>
        }
        _ => written::<'.', ',', M>,
    }
}

/// A number with `DECIMAL` before its fraction and `GROUP` between thousands (from five digits
/// on, so a year or "1200 words" is written whole, as CLDR's minimum grouping does for most
/// of these languages).
fn written<const DECIMAL: char, const GROUP: char, M>(
    value: &FluentValue<'_>,
    _: &M,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    Some(with_marks(&number.as_string(), DECIMAL, GROUP))
}

/// `1234567.5` as `1,234,567.5` (with `decimal` and `group` for `.` and `,`).
pub(super) fn with_marks(plain: &str, decimal: char, group: char) -> String {
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::from(sign);
    if whole.len() > 4 && whole.bytes().all(|b| b.is_ascii_digit()) {
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_the_languages_marks() {
        assert_eq!(with_marks("1234", '.', ','), "1234");
        assert_eq!(with_marks("12345", '.', ','), "12,345");
        assert_eq!(with_marks("1234567.25", ',', '.'), "1.234.567,25");
        assert_eq!(with_marks("-8.5", ',', '\u{A0}'), "-8,5");
    }
}

//! URL slugs: lowercase ASCII words joined by hyphens.

/// Makes `Ma lettre à la ville` into `ma-lettre-a-la-ville`. Letters from other scripts are
/// transliterated (deunicode), everything else becomes a separator. May return an empty string
/// when nothing transliterates (a folder named only with emoji, say); callers report that.
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut slug = String::with_capacity(ascii.len());
    let mut pending_hyphen = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c.to_ascii_lowercase());
        } else if c != '\'' {
            pending_hyphen = true;
        }
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn makes_readable_ascii_slugs() {
        assert_eq!(slugify("Ma lettre à la ville"), "ma-lettre-a-la-ville");
        assert_eq!(slugify("  Don't Stop -- Now!  "), "dont-stop-now");
        assert_eq!(slugify("02_First Draft"), "02-first-draft");
        assert_eq!(slugify("Straße"), "strasse");
        assert_eq!(slugify("!!!"), "");
    }
}

use super::*;

fn file(language: &str, text: &str) -> TranslationFile {
    TranslationFile {
        file: PathBuf::from(format!("i18n/{language}.ftl")),
        language: language.to_string(),
        text: text.to_string(),
        markup: true,
    }
}

#[test]
fn every_built_in_table_parses_and_english_has_every_message() {
    for (language, text) in BUILTIN {
        let parsed = FluentResource::try_new(text.to_string());
        assert!(
            parsed.is_ok(),
            "{language}: {:?}",
            parsed.err().map(|e| e.1)
        );
    }
    let en = Catalog::english();
    assert_eq!(en.text("read-latest"), "Read the latest draft");
    assert!(en.missing().is_empty());
}

#[test]
fn plurals_follow_the_languages_rules() {
    let en = Catalog::english();
    assert_eq!(en.with("draft-count", &[("n", 1usize.into())]), "1 draft");
    assert_eq!(en.with("draft-count", &[("n", 3usize.into())]), "3 drafts");
    // Polish has "one", "few" and "many": 2 and 22 are "few", 5 and 12 "many".
    let polish = file(
        "pl",
        "draft-count = { $n ->\n    [one] { $n } wersja\n    [few] { $n } wersje\n   *[many] { $n } wersji\n}\n",
    );
    let (pl, problems) = Catalog::new("pl", &[polish]);
    assert!(problems.is_empty(), "{problems:?}");
    let say = |n: usize| pl.with("draft-count", &[("n", n.into())]);
    assert_eq!(
        [say(1), say(2), say(5), say(12), say(22)],
        ["1 wersja", "2 wersje", "5 wersji", "12 wersji", "22 wersje"]
    );
}

#[test]
fn a_portfolio_file_overrides_one_message_and_the_rest_fall_back_to_english() {
    let own = file("en", "read-latest = Read where it is now\n");
    let (en, _) = Catalog::new("en-GB", &[own]);
    assert_eq!(en.text("read-latest"), "Read where it is now");
    assert_eq!(en.text("how-it-grew"), "How it grew");
    // A language redraft has no table for: all English, and all of it missing.
    let (xx, _) = Catalog::new(
        "eo",
        &[file("eo", "read-latest = Legu la lastan version\n")],
    );
    assert_eq!(xx.text("read-latest"), "Legu la lastan version");
    assert_eq!(xx.text("how-it-grew"), "How it grew");
    assert!(xx.missing().contains(&"how-it-grew".to_string()));
    assert!(!xx.missing().contains(&"read-latest".to_string()));
}

#[test]
fn a_broken_file_is_an_error_at_its_line() {
    let broken = file(
        "es",
        "read-latest = Leer el último borrador\n\nhow-it-grew Cómo creció\n",
    );
    let (es, problems) = Catalog::new("es", &[broken]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, Some(3));
    assert_eq!(es.text("read-latest"), "Leer el último borrador");
}

#[test]
fn submitted_work_cannot_bring_markup_in_a_translation() {
    let mut hostile = file("en", "home-empty-html = <img src=x onerror=alert(1)>\n");
    hostile.markup = false;
    let (en, _) = Catalog::new("en", &[hostile]);
    assert!(en.text("home-empty-html").contains("<code>pieces/</code>"));
}

#[test]
fn right_to_left_languages_say_so() {
    assert_eq!(direction("ar"), "rtl");
    assert_eq!(direction("he-IL"), "rtl");
    assert_eq!(direction("fr"), "ltr");
}

#[test]
fn numbers_are_written_the_languages_way() {
    let spanish = file("es", "avg = { $n } palabras\n");
    let (es, _) = Catalog::new("es", &[spanish]);
    assert_eq!(es.with("avg", &[("n", 12.5.into())]), "12,5 palabras");
    assert_eq!(
        es.with("avg", &[("n", 12345usize.into())]),
        "12.345 palabras"
    );
}

#[test]
fn every_built_in_language_says_every_message() {
    for (language, _) in BUILTIN {
        let (catalog, problems) = Catalog::new(language, &[]);
        assert!(problems.is_empty(), "{language}: {problems:?}");
        assert_eq!(catalog.missing(), Vec::<String>::new(), "{language}");
    }
}

#[test]
fn a_translation_cannot_close_the_script_words_element() {
    let hostile = file(
        "en",
        "js-next-change = </script><script>alert(1)</script>\n",
    );
    let (en, _) = Catalog::new("en", &[hostile]);
    let json = script_words(&en);
    assert!(!json.contains("</"), "{json}");
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(
        parsed["js-next-change"],
        "</script><script>alert(1)</script>"
    );
    assert_eq!(parsed["js-search-found"][0][0], 1.0);
    assert_eq!(
        parsed["js-search-found"][0][1],
        "{n} piece matches “{query}”."
    );
    assert_eq!(
        parsed["js-search-found"][1][1],
        "{n} pieces match “{query}”."
    );
    assert_eq!(parsed["js-change-of"], "Change {n} of {total}");
}

#[test]
fn the_script_says_a_count_of_drafts_in_each_plural_form() {
    let (pl, _) = Catalog::new("pl", &[]);
    let parsed: serde_json::Value = serde_json::from_str(&script_words(&pl)).expect("JSON");
    let form = |n: f64| {
        parsed["draft-count"]
            .as_array()
            .and_then(|forms| forms.iter().find(|f| f[0] == n))
            .map(|f| f[1].clone())
    };
    assert_eq!(form(1.0), Some("{n} wersja robocza".into()));
    assert_eq!(form(2.0), Some("{n} wersje robocze".into()));
    assert_eq!(form(5.0), Some("{n} wersji roboczych".into()));
    assert_eq!(form(1.5), Some("{n} wersji roboczej".into()));
}

#[test]
fn names_sort_as_the_language_sorts_them() {
    fn sorted<'a>(tag: &str, names: &[&'a str]) -> Vec<&'a str> {
        let (words, _) = Catalog::new(tag, &[]);
        let mut names = names.to_vec();
        names.sort_by(|a, b| words.compare(a, b));
        names
    }
    // Accented capitals beside their letters, not after Z.
    let class = [
        "Óscar", "Mario", "Zoe", "Alba", "María", "Álvaro", "ñandú", "Nuria", "Oliva",
    ];
    assert_eq!(
        sorted("es", &class),
        [
            "Alba", "Álvaro", "María", "Mario", "Nuria", "ñandú", "Oliva", "Óscar", "Zoe"
        ]
    );
    // Swedish puts å, ä and ö after z; German keeps ä with a.
    assert_eq!(
        sorted("sv", &["Åsa", "Zoe", "Anna"]),
        ["Anna", "Zoe", "Åsa"]
    );
    assert_eq!(
        sorted("de", &["Ärger", "Zoe", "Anna"]),
        ["Anna", "Ärger", "Zoe"]
    );
    // A tag nobody can read still sorts, in the root order.
    assert_eq!(
        sorted("not a tag!", &["Zoe", "Élodie", "Ana"]),
        ["Ana", "Élodie", "Zoe"]
    );
}

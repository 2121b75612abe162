//! A small class portfolio in each built-in language: every page it makes says redraft's own
//! words in that language, with no English left, and a right-to-left site reads right to left.

mod common;

use common::*;
use redraft::html::{Token, attributes, tokenize};

/// Two drafts of a short piece in one language: the second rewrites a sentence, adds a
/// paragraph and answers a comment that quotes the first; the piece has a writer, an
/// assignment, a tag, stages, a reflection and a showcase draft, so every kind of page and
/// label is made. [`portfolio`] adds a list, a heading, a quote and formatting made of the
/// same sentences, so the change view labels what each of those can become.
struct Writing {
    language: &'static str,
    title: &'static str,
    first: &'static str,
    second: &'static str,
    /// A passage of `first` the feedback quotes.
    quote: &'static str,
    comment: &'static str,
    reflection: &'static str,
}

const WRITINGS: &[Writing] = &[
    Writing {
        language: "es",
        title: "El río",
        first: "El río pasa cerca de mi casa. En verano el agua baja muy lenta.\n\nMi abuela lava la ropa allí.",
        second: "El río pasa detrás de mi casa. En verano el agua baja lenta y tibia.\n\nMi abuela lava la ropa allí.\n\nPor la noche se oyen las ranas.",
        quote: "cerca de mi casa",
        comment: "¿Dónde exactamente?",
        reflection: "Quise que el lector viera el lugar.",
    },
    Writing {
        language: "fr",
        title: "La rivière",
        first: "La rivière passe près de ma maison. En été, l'eau coule très lentement.\n\nMa grand-mère y lave le linge.",
        second: "La rivière passe derrière ma maison. En été, l'eau coule lente et tiède.\n\nMa grand-mère y lave le linge.\n\nLe soir, on entend les grenouilles.",
        quote: "près de ma maison",
        comment: "Où exactement ?",
        reflection: "Je voulais que le lecteur voie le lieu.",
    },
    Writing {
        language: "de",
        title: "Der Fluss",
        first: "Der Fluss fließt nah an unserem Haus vorbei. Im Sommer fließt das Wasser sehr langsam.\n\nMeine Oma wäscht dort die Wäsche.",
        second: "Der Fluss fließt hinter unserem Haus vorbei. Im Sommer fließt das Wasser langsam und warm.\n\nMeine Oma wäscht dort die Wäsche.\n\nAbends hört man die Frösche.",
        quote: "nah an unserem Haus",
        comment: "Wo genau?",
        reflection: "Ich wollte, dass man den Ort sieht.",
    },
    Writing {
        language: "pt",
        title: "O rio",
        first: "O rio passa perto da minha casa. No verão a água corre muito devagar.\n\nMinha avó lava a roupa lá.",
        second: "O rio passa atrás da minha casa. No verão a água corre devagar e morna.\n\nMinha avó lava a roupa lá.\n\nÀ noite ouvimos os sapos.",
        quote: "perto da minha casa",
        comment: "Onde exatamente?",
        reflection: "Quis que o leitor visse o lugar.",
    },
    Writing {
        language: "it",
        title: "Il fiume",
        first: "Il fiume passa vicino a casa mia. D'estate l'acqua scorre molto piano.\n\nMia nonna lava i panni lì.",
        second: "Il fiume passa dietro casa mia. D'estate l'acqua scorre piano e tiepida.\n\nMia nonna lava i panni lì.\n\nLa sera si sentono le rane.",
        quote: "vicino a casa mia",
        comment: "Dove esattamente?",
        reflection: "Volevo che il lettore vedesse il posto.",
    },
    Writing {
        language: "nl",
        title: "De rivier",
        first: "De rivier stroomt vlak langs ons huis. In de zomer stroomt het water heel langzaam.\n\nMijn oma wast daar de was.",
        second: "De rivier stroomt achter ons huis. In de zomer stroomt het water langzaam en lauw.\n\nMijn oma wast daar de was.\n\n's Avonds hoor je de kikkers.",
        quote: "vlak langs ons huis",
        comment: "Waar precies?",
        reflection: "Ik wilde dat je de plek voor je zag.",
    },
    Writing {
        language: "pl",
        title: "Rzeka",
        first: "Rzeka płynie blisko naszego domu. Latem woda płynie bardzo wolno.\n\nMoja babcia pierze tam ubrania.",
        second: "Rzeka płynie za naszym domem. Latem woda płynie wolno i jest ciepła.\n\nMoja babcia pierze tam ubrania.\n\nWieczorem słychać żaby.",
        quote: "blisko naszego domu",
        comment: "Gdzie dokładnie?",
        reflection: "Chciałam, żeby czytelnik zobaczył to miejsce.",
    },
    Writing {
        language: "ar",
        title: "النهر",
        first: "يمر النهر قرب بيتنا. في الصيف يجري الماء ببطء شديد.\n\nتغسل جدتي الملابس هناك.",
        second: "يمر النهر خلف بيتنا. في الصيف يجري الماء ببطء وهو دافئ.\n\nتغسل جدتي الملابس هناك.\n\nفي الليل نسمع الضفادع.",
        quote: "قرب بيتنا",
        comment: "أين بالضبط؟",
        reflection: "أردت أن يرى القارئ المكان.",
    },
    Writing {
        language: "he",
        title: "הנהר",
        first: "הנהר עובר ליד הבית שלנו. בקיץ המים זורמים לאט מאוד.\n\nסבתא שלי מכבסת שם בגדים.",
        second: "הנהר עובר מאחורי הבית שלנו. בקיץ המים זורמים לאט והם פושרים.\n\nסבתא שלי מכבסת שם בגדים.\n\nבלילה שומעים את הצפרדעים.",
        quote: "ליד הבית שלנו",
        comment: "איפה בדיוק?",
        reflection: "רציתי שהקורא יראה את המקום.",
    },
    Writing {
        language: "zh",
        title: "小河",
        first: "小河从我家旁边流过。夏天河水流得很慢。\n\n奶奶在那里洗衣服。",
        second: "小河从我家后面流过。夏天河水流得慢，而且是温的。\n\n奶奶在那里洗衣服。\n\n晚上能听到青蛙叫。",
        quote: "从我家旁边流过",
        comment: "具体在哪里？",
        reflection: "我想让读者看到那个地方。",
    },
    Writing {
        language: "ja",
        title: "川",
        first: "川は家のそばを流れています。夏は水がとてもゆっくり流れます。\n\n祖母はそこで洗濯をします。",
        second: "川は家の裏を流れています。夏は水がゆっくり流れて、ぬるいです。\n\n祖母はそこで洗濯をします。\n\n夜はカエルの声が聞こえます。",
        quote: "家のそばを流れています",
        comment: "どこですか？",
        reflection: "読む人にその場所を見てほしかったです。",
    },
];

/// The portfolio of one writing: two writers (so the site is a class, with its writer and
/// assignment pages), the piece in two drafts and one more piece.
fn portfolio(w: &Writing) -> Portfolio {
    let settings = format!(
        "title: {title}\nlanguage: {lang}\nbase_url: https://example.org/{lang}/\nsearch_engines: index\n",
        title = w.title,
        lang = w.language
    );
    let draft = |n: u32, body: &str, extra: &str| {
        format!(
            "---\ntitle: {title}\nauthor: Ana Lima\nassignment: A1\ntags: [t1]\ndate: 2026-10-0{n}\nstage: {stage}\n{extra}---\n{body}\n",
            title = w.title,
            stage = if n == 1 { "first-draft" } else { "revision" },
        )
    };
    // The same sentences in other shapes: a list loses an item and gains one in italics, a
    // paragraph becomes a heading, a quote leaves its box, a word turns bold.
    let fill = |shape: &str| {
        shape
            .replace("QUOTE", w.quote)
            .replace("COMMENT", w.comment)
            .replace("REFLECTION", w.reflection)
            .replace("TITLE", w.title)
    };
    let first_body = format!(
        "{}\n\n{}",
        w.first,
        fill(
            "- QUOTE\n- COMMENT\n- REFLECTION\n\nREFLECTION\n\n> COMMENT\n\nTITLE\n\n<aside>\n\nQUOTE\n\n</aside>"
        )
    );
    let second_body = format!(
        "{}\n\n{}",
        w.second,
        fill("- QUOTE\n- REFLECTION\n- *TITLE*\n\n## REFLECTION\n\nCOMMENT\n\n**TITLE**\n\nQUOTE")
    );
    let first = draft(
        1,
        &first_body,
        &format!(
            "feedback:\n  - from: Bo Chen\n    role: peer\n    quote: \"{}\"\n    text: \"{}\"\n",
            w.quote, w.comment
        ),
    );
    let second = draft(
        2,
        &second_body,
        &format!(
            "reflection: \"{}\"\nshowcase: true\nchanges: \"{}\"\n",
            w.reflection, w.comment
        ),
    );
    Portfolio::new(
        &settings,
        &[
            ("pieces/river/01.md", &first),
            ("pieces/river/02.md", &second),
            (
                "pieces/other/01.md",
                &format!(
                    "---\ntitle: {t}\nauthor: Bo Chen\n---\n{body}\n",
                    t = w.title,
                    body = w.first
                ),
            ),
        ],
    )
}

/// Each page's words a reader meets: its text, and the attributes read aloud or shown
/// (`aria-label`, `title`, `alt`, `placeholder`, `aria-valuetext`), with the script's JSON left
/// out (it holds words only the script shows; they are checked through `i18n`'s own tests).
fn readable_text(html: &str) -> String {
    let mut html = html.to_string();
    while let Some(start) = html.find("<script") {
        let end = html[start..]
            .find("</script>")
            .map_or(html.len(), |e| start + e + "</script>".len());
        html.replace_range(start..end, "");
    }
    let mut out = String::new();
    for token in tokenize(&html) {
        match token {
            Token::Open(_, raw) | Token::Void(_, raw) => {
                for (attr, value) in attributes(raw) {
                    if matches!(
                        attr,
                        "aria-label" | "title" | "alt" | "placeholder" | "aria-valuetext"
                    ) {
                        out.push_str(value);
                        out.push('\n');
                    }
                }
            }
            Token::Text(text) => {
                out.push_str(text);
                out.push(' ');
            }
            _ => {}
        }
    }
    out
}

/// English words of redraft's own that must not be on a page in another language. The drafts
/// above use none of them.
const ENGLISH: &[&str] = &[
    "Draft",
    "draft",
    "drafts",
    "Words",
    "words",
    "Reflection",
    "changed",
    "Changes",
    "added",
    "cut",
    "Search",
    "Writers",
    "Assignments",
    "Pieces",
    "Best work",
    "Planted",
    "Last tended",
    "Readability",
    "Sentences",
    "Removed",
    "Added",
    "Before",
    "After",
    "grew",
    "Skip",
    "Made with",
    "Print the",
    "journey",
    "Replay",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "reads at",
    "paragraph",
    "New writing",
    "first",
    "latest",
    "of this",
    "Feedback on",
    "The feedback",
    "Now",
    "longer",
    "heading",
    "level",
    "italic",
    "bold",
    "quoted",
    "aside",
    "Rewritten",
];

fn whole_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn every_page_of_a_site_in_each_language_says_redrafts_words_in_it() {
    let mut left = Vec::new();
    for w in WRITINGS {
        let p = portfolio(w);
        let o = p.build();
        assert!(o.status.success(), "{}: {}", w.language, stderr(&o));
        let pages: Vec<String> = files(&p.site())
            .into_iter()
            .filter(|f| f.ends_with(".html"))
            .collect();
        assert!(pages.len() > 12, "{}: {pages:?}", w.language);
        for page in &pages {
            let html = p.page(page);
            assert!(
                html.contains(&format!("<html lang=\"{}\"", w.language)),
                "{page}"
            );
            let text = readable_text(&html);
            for word in ENGLISH {
                if whole_word(&text, word) {
                    left.push(format!("{}: {page}: {word}", w.language));
                }
            }
        }
    }
    assert!(
        left.is_empty(),
        "English left on the pages:\n{}",
        left.join("\n")
    );
}

#[test]
fn a_right_to_left_site_says_so_and_its_drafts_follow() {
    for language in ["ar", "he"] {
        let w = WRITINGS
            .iter()
            .find(|w| w.language == language)
            .expect("writing");
        let p = portfolio(w);
        assert!(p.build().status.success());
        for page in ["index.html", "river/draft-2/changes/index.html"] {
            let html = p.page(page);
            assert!(
                html.contains(&format!("<html lang=\"{language}\" dir=\"rtl\">")),
                "{page}"
            );
        }
    }
    let fr = portfolio(&WRITINGS[1]);
    assert!(fr.build().status.success());
    assert!(
        fr.page("index.html")
            .contains("<html lang=\"fr\" dir=\"ltr\">")
    );
}

#[test]
fn a_piece_in_another_language_is_marked_and_counted_its_way() {
    let p = Portfolio::new(
        "title: Spanish 2\nlanguage: en\n",
        &[
            (
                "pieces/rio/01.md",
                "---\ntitle: El río\nlanguage: es\n---\nEl río pasa cerca de mi casa. En verano el agua baja muy lenta y las ranas cantan toda la noche sin parar, mientras mi abuela lava la ropa en la orilla y canta con ellas.\n",
            ),
            (
                "pieces/rio/02.md",
                "---\ntitle: El río\n---\nEl río pasa detrás de mi casa. En verano el agua baja lenta y tibia, y las ranas cantan toda la noche sin parar, mientras mi abuela lava la ropa en la orilla y canta con ellas.\n",
            ),
        ],
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let draft = p.page("rio/draft-2/index.html");
    // The page speaks the site's language; the writing is marked Spanish (carried from the
    // first draft), and its readability is Spanish's own measure.
    assert!(draft.contains("<html lang=\"en\""));
    assert!(
        draft.contains("data-draft=\"2\" lang=\"es\" dir=\"ltr\""),
        "{draft}"
    );
    assert!(draft.contains("Fernández Huerta"), "{draft}");
    let changes = p.page("rio/draft-2/changes/index.html");
    assert!(changes.contains("class=\"change-view\"") && changes.contains(" lang=\"es\""));
    // A language that is not a language tag is an error at its line.
    p.write(
        "pieces/rio/01.md",
        "---\ntitle: El río\nlanguage: Spanish!\n---\nEl río.\n",
    );
    let o = p.build();
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("must be a language tag"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_change_views_labels_are_whole_phrases_of_the_language() {
    let labels = |language: &str| -> String {
        let w = WRITINGS
            .iter()
            .find(|w| w.language == language)
            .expect("writing");
        let p = portfolio(w);
        let o = p.build();
        assert!(o.status.success(), "{}", stderr(&o));
        let html = p.page("river/draft-2/changes/index.html");
        html.split("data-diff-label>")
            .skip(1)
            .filter_map(|s| s.split("</span>").next())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let de = labels("de");
    for label in [
        "Jetzt eine Überschrift der Ebene 2:",
        "Nicht mehr in einer Randbemerkung:",
        "Kein Zitat mehr:",
        "jetzt fett",
        // An item cut from a list and one added, inside the list.
        "Entfernt: ",
        "Hinzugefügt: ",
    ] {
        assert!(de.contains(label), "{label} in\n{de}");
    }
    // Chinese and Japanese labels end in a full-width colon, with no space after it, on the
    // change view and on every other page.
    for language in ["zh", "ja"] {
        let said = labels(language);
        assert!(said.contains('：'), "{said}");
        assert!(!said.contains("： "), "{language}:\n{said}");
        let w = WRITINGS.iter().find(|w| w.language == language);
        let p = portfolio(w.expect("writing"));
        assert!(p.build().status.success());
        for page in files(&p.site()).iter().filter(|f| f.ends_with(".html")) {
            let html = p.page(page);
            if let Some(at) = html.find("： ").or_else(|| html.find("：\n")) {
                panic!("{language}: {page}: {}", before(&html, at));
            }
            // Nor after a label in bold ("<strong>改动：</strong> ...").
            let text = without_inline_tags(&html);
            if let Some(at) = text.find("： ") {
                panic!("{language}: {page}: {}", before(&text, at));
            }
        }
    }
}

/// Chinese and Japanese drafts are counted in characters (see `text`), and their pages say so:
/// a length there is so many 字, as a teacher sets it, not so many words (词, 語).
#[test]
fn chinese_and_japanese_pages_count_length_in_characters() {
    for (language, unit_said_as_words) in [("zh", "个词"), ("ja", "語追加")] {
        let w = WRITINGS.iter().find(|w| w.language == language);
        let p = portfolio(w.expect("writing"));
        let o = p.build();
        assert!(o.status.success(), "{}", stderr(&o));
        for page in ["river/index.html", "river/draft-2/changes/index.html"] {
            let text = readable_text(&p.page(page));
            let counted = |unit: &str| {
                text.match_indices(unit)
                    .filter(|(at, _)| text[..*at].ends_with(|c: char| c.is_ascii_digit()))
                    .count()
            };
            assert!(
                counted("字") > 0,
                "{language}: {page}: no length in 字:\n{text}"
            );
            assert_eq!(
                counted(unit_said_as_words),
                0,
                "{language}: {page}:\n{text}"
            );
        }
    }
}

/// `html` with its inline tags (`<strong>`, `<em>`, `<a …>`, `<span …>` and their ends) taken
/// out, so the text on either side of them meets as a reader sees it.
fn without_inline_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    for token in tokenize(html) {
        match token {
            Token::Text(text) => out.push_str(text),
            Token::Open(name, raw) | Token::Close(name, raw) | Token::Void(name, raw)
                if !matches!(name, "strong" | "em" | "b" | "i" | "a" | "span" | "time") =>
            {
                out.push_str(raw);
            }
            _ => {}
        }
    }
    out
}

/// The text of `text` up to and just after byte `at`, for a message: 60 characters before it.
fn before(text: &str, at: usize) -> String {
    let from = text[..at]
        .char_indices()
        .rev()
        .nth(59)
        .map_or(0, |(i, _)| i);
    text[from..].chars().take(64).collect()
}

/// The writers' page lists names as the site's language sorts them: an accented initial
/// beside its letter, not after Z.
#[test]
fn writers_are_listed_in_the_languages_order() {
    let piece =
        |name: &str| format!("---\ntitle: Mi calle\nauthor: {name}\n---\nMi calle es larga.\n");
    let names = [
        "Óscar Prieto",
        "Zoe Ruiz",
        "Álvaro Lara",
        "Alba López",
        "Mario Moreno",
        "María Martín",
    ];
    let files: Vec<(String, String)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("pieces/p{i}/01.md"), piece(n)))
        .collect();
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let p = Portfolio::new("title: Clase\nlanguage: es\n", &files);
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let page = readable_text(&p.page("writers/index.html"));
    let at = |name: &str| {
        page.find(name)
            .unwrap_or_else(|| panic!("{name} in {page}"))
    };
    let order = [
        "Alba López",
        "Álvaro Lara",
        "María Martín",
        "Mario Moreno",
        "Óscar Prieto",
        "Zoe Ruiz",
    ];
    for pair in order.windows(2) {
        assert!(
            at(pair[0]) < at(pair[1]),
            "{} before {} in\n{page}",
            pair[0],
            pair[1]
        );
    }
}

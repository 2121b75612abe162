//! The portfolio features on portfolios made here: a class with two students and their teacher,
//! and a blogger's single-author site. Journeys, feedback pinned to its passage, growth,
//! writer/assignment/tag pages, best work, feed, sitemap, search, the print packet, privacy,
//! names, and `redraft check`.

mod common;

use common::*;

fn draft(front: &str, body: &str) -> String {
    format!("---\n{front}---\n{body}\n")
}

/// A teacher (Ms. Okonkwo-Reyes) and two students (Lina Castellanos, Tomas Berglund); one
/// private draft with a canary, one unlisted piece, one all-private piece.
fn class(settings: &str) -> Portfolio {
    Portfolio::new(
        settings,
        &[
            (
                "pieces/teacher/_defaults.yaml",
                "author: Ms. Okonkwo-Reyes\nrole: teacher\ncourse: English 9\n",
            ),
            (
                "pieces/teacher/model-memoir/01-draft.md",
                &draft(
                    "title: The Lake\nstage: first-draft\ndate: 2026-09-01\nassignment: Memoir\ntags: [memoir]\n",
                    "We went to the lake every summer. It was fun.",
                ),
            ),
            (
                "pieces/teacher/model-memoir/02-draft.md",
                &draft(
                    "title: The Cold Lake\nstage: revision\ndate: 2026-09-04\nassignment: Memoir\ntags: [memoir]\nchanges: Started in the water instead of the car.\n",
                    "The lake bit my ankles before I was even in. Every summer started like that.",
                ),
            ),
            (
                "pieces/students/lina-castellanos/_defaults.yaml",
                "author: Lina Castellanos\nassignment: Memoir\n",
            ),
            (
                "pieces/students/lina-castellanos/bus/01-first.md",
                &draft(
                    "title: The Bus\nlabel: First try\nstage: first-draft\ndate: 2026-09-10\ntags: [memoir, place]\nreflection: I just wrote down the route.\nfeedback:\n  - from: Ms. Okonkwo-Reyes\n    role: teacher\n    date: 2026-09-11\n    text: Where is the moment that matters?\n    quote: The bus was late again.\n  - from: Tomas Berglund\n    role: peer\n    date: 2026-09-12\n    text: I like the driver's radio.\n    quote: The driver played old songs on the radio.\n  - from: Tomas Berglund\n    role: peer\n    text: This line is not in the draft.\n    quote: A sentence nobody wrote.\n",
                    "The bus was late again. We waited by the fence for a long time and talked about nothing.\n\nThe driver played old songs on the radio. I sat in the back.",
                ),
            ),
            (
                "pieces/students/lina-castellanos/bus/02-private.md",
                &draft(
                    "visibility: private\n",
                    "CANARY-PRIVATE-WORDS appear only here. ![secret](secret-photo.jpg)",
                ),
            ),
            (
                "pieces/students/lina-castellanos/bus/secret-photo.jpg",
                "not really a photo",
            ),
            (
                "pieces/students/lina-castellanos/bus/shared-photo.jpg",
                "not really a photo either",
            ),
            (
                "pieces/students/lina-castellanos/bus/03-revised.md",
                &draft(
                    "title: Number 14\nlabel: After conference\nstage: revision\ndate: 2026-09-15\ntags: [memoir, place]\nshowcase: true\nchanges: Began at the fence and cut the route.\nreflection: Starting at the fence made the waiting the point.\ntried: Present tense for the first time.\n",
                    "At the fence, nobody talks. The driver plays old songs on the radio, and the bus is late again, and I memorize the cracks in the sidewalk.\n\n![The fence](shared-photo.jpg)",
                ),
            ),
            (
                "pieces/students/tomas-berglund/_defaults.yaml",
                "author: Tomas Berglund\n",
            ),
            (
                "pieces/students/tomas-berglund/volcano/01.md",
                &draft(
                    "title: Volcanoes\nassignment: Science explainer\ntags: [science]\ndate: 2026-09-20\n",
                    "Volcanoes are mountains that erupt. They are hot.",
                ),
            ),
            (
                "pieces/students/tomas-berglund/volcano/02.md",
                &draft(
                    "title: Under the Mountain\nassignment: Science explainer\ntags: [science]\ndate: 2026-09-25\n",
                    "Deep under the mountain, rock melts into magma, which rises because it is lighter than the stone around it.",
                ),
            ),
            (
                "pieces/students/tomas-berglund/diary/01.md",
                &draft(
                    "title: Unlisted Diary\nvisibility: unlisted\ntags: [secretive]\ndate: 2026-09-30\n",
                    "UNLISTED-WORDS are built but listed nowhere.",
                ),
            ),
            (
                "pieces/students/tomas-berglund/hidden/01.md",
                &draft(
                    "title: HIDDEN-TITLE\nvisibility: private\n",
                    "HIDDEN-PIECE-WORDS never leave the folder.",
                ),
            ),
        ],
    )
}

const CLASS_SETTINGS: &str = "title: Room 9\nbase_url: https://example.org/room9/\n";

fn built(p: &Portfolio) {
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
}

/// The text of every file of the built site, with its path.
fn every_file(p: &Portfolio) -> Vec<(String, String)> {
    files(&p.site())
        .into_iter()
        .map(|f| {
            let text =
                String::from_utf8_lossy(&std::fs::read(p.site().join(&f)).unwrap()).into_owned();
            (f, text)
        })
        .collect()
}

#[test]
fn a_journey_tells_feedback_revision_and_reflection_as_one_story() {
    let p = class(CLASS_SETTINGS);
    built(&p);
    let journey = p.page("students/lina-castellanos/bus/index.html");
    // Status line: stage, drafts, planted, last tended.
    assert!(journey.contains("badge--revision"), "{journey}");
    assert!(journey.contains("2 drafts"));
    assert!(journey.contains("Planted <time datetime=\"2026-09-10\">"));
    assert!(journey.contains("Last tended <time datetime=\"2026-09-15\">"));
    // The second published step answers the feedback on the first, then says what changed.
    let step = element_with(&journey, "id=\"step-2\"");
    let (feedback, rest) = step
        .split_once("What changed")
        .expect("feedback comes before the change");
    assert!(feedback.contains("The feedback it answers"));
    assert!(feedback.contains("Ms. Okonkwo-Reyes") && feedback.contains("Teacher"));
    assert!(feedback.contains("datetime=\"2026-09-11\""));
    assert!(feedback.contains("Where is the moment that matters?"));
    assert!(rest.contains("Began at the fence and cut the route."));
    assert!(rest.contains("draft-2/changes/index.html"));
    assert!(rest.contains("Starting at the fence made the waiting the point."));
    assert!(rest.contains("Present tense for the first time."));
    assert!(step.contains("After conference") && step.contains("Showcase"));
    // The replay: without JavaScript, a link per draft; the current one marked.
    // The hidden draft leaves no gap: the file numbered 3 is the second draft readers see.
    let draft = p.page("students/lina-castellanos/bus/draft-2/index.html");
    assert!(draft.contains("I memorize the cracks"));
    let replay = element_with(&draft, "data-replay");
    let bus = "../../../../students/lina-castellanos/bus";
    assert!(
        replay.contains(&format!("href=\"{bus}/draft-1/index.html\"")),
        "{replay}"
    );
    assert!(replay.contains(&format!(
        "href=\"{bus}/draft-2/index.html\" aria-current=\"page\""
    )));
    assert!(
        !replay.contains("draft-3") && !journey.contains("Draft 3"),
        "the private draft is not a step, nor a gap"
    );
    // The packet holds every draft in full, in order.
    let packet = p.page("students/lina-castellanos/bus/packet/index.html");
    let first = packet.find("We waited by the fence").expect("draft 1 text");
    let second = packet.find("I memorize the cracks").expect("draft 3 text");
    assert!(first < second);
    assert!(packet.contains("Starting at the fence made the waiting the point."));
}

#[test]
fn feedback_is_pinned_to_its_passage_and_the_next_draft_says_what_became_of_it() {
    let p = class(CLASS_SETTINGS);
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    // A quote that is not in the draft is a warning naming the file, the line and the feedback.
    let err = stderr(&o);
    assert!(
        err.contains("bus/01-first.md:22: warning: feedback 3 from Tomas Berglund quotes a passage that is not in this draft"),
        "{err}"
    );
    let page = p.page("students/lina-castellanos/bus/draft-1/index.html");
    let body = element_with(&page, "data-draft=\"1\"");
    assert!(
        body.contains(
            "<mark class=\"pin\" data-pin=\"1\" id=\"pin-1\">The bus was late again.</mark>"
        ),
        "{body}"
    );
    assert!(body.contains("id=\"pin-2\">The driver played old songs on the radio.</mark>"));
    // A numbered marker after the passage and the comment after its paragraph, both notes.
    assert!(body.contains("<sup class=\"pin-marker\" data-note><a href=\"#pin-note-1\""));
    let note = element_with(body, "id=\"pin-note-1\"");
    assert!(note.contains("Where is the moment that matters?"), "{note}");
    assert!(body.contains("class=\"pin-note\" id=\"pin-note-1\" data-note"));
    // Without the notes, the body is the draft's own text.
    let text = redraft::html::text_of(&without_notes(body));
    assert!(!text.contains("Where is the moment"), "{text}");
    // The change page to the next published draft: the first passage was revised, the second
    // kept nearly as it was (revised: "plays" for "played"), and says so in words.
    let changes = p.page("students/lina-castellanos/bus/draft-2/changes/index.html");
    let context = element_with(&changes, "aria-label=\"Why it changed\"");
    assert!(context.contains("feedback__fate--revised"), "{context}");
    assert!(context.contains("In the next draft, this passage was <strong>revised</strong>."));
}

#[test]
fn growth_is_counted_charted_and_summed_up_without_javascript() {
    let p = class(CLASS_SETTINGS);
    built(&p);
    let journey = p.page("students/tomas-berglund/volcano/index.html");
    let growth = element_with(&journey, "class=\"growth\"");
    assert!(
        growth.contains("Grew from 8 to 19 words over two drafts."),
        "{growth}"
    );
    // The chart is an image with a text alternative that reads the numbers.
    assert!(growth.contains("role=\"img\""));
    assert!(growth.contains("Draft 1: 8 words."), "{growth}");
    // New words tried: words in draft 2 that draft 1 never used.
    assert!(journey.contains("new words tried:"), "{journey}");
    for word in ["magma", "lighter"] {
        assert!(journey.contains(&format!("<span class=\"new-words__word\">{word}</span>")));
    }
    assert!(!journey.contains("<span class=\"new-words__word\">mountain</span>"));
    // The draft page's numbers.
    let draft = p.page("students/tomas-berglund/volcano/draft-2/index.html");
    let numbers = element_with(&draft, "class=\"numbers\"");
    assert!(numbers.contains("<dt>Words</dt><dd>19</dd>"), "{numbers}");
    assert!(numbers.contains("<dt>Sentences</dt><dd>1</dd>"));
    // A sparkline per piece on the home page.
    let home = p.page("index.html");
    assert!(home.contains("Words per draft: 8, 19"), "{home}");
}

#[test]
fn class_pages_group_pieces_and_put_the_teacher_first() {
    let p = class(CLASS_SETTINGS);
    built(&p);
    let home = p.page("index.html");
    let teacher = home.find("The Cold Lake").expect("teacher's piece");
    let student = home.find("Number 14").expect("student's piece");
    assert!(teacher < student, "the teacher's drafts come first");
    for section in [
        "writers/index.html",
        "assignments/index.html",
        "tags/index.html",
        "showcase/index.html",
        "search/index.html",
    ] {
        assert!(home.contains(&format!("href=\"{section}\"")), "{section}");
    }

    let writers = p.page("writers/index.html");
    let ms = writers.find("Ms. Okonkwo-Reyes").expect("teacher listed");
    let lina = writers.find("Lina Castellanos").expect("student listed");
    assert!(ms < lina, "teachers first");
    let lina_page = p.page("writers/lina-castellanos/index.html");
    assert!(lina_page.contains("Number 14") && !lina_page.contains("Under the Mountain"));

    let memoir = p.page("assignments/memoir/index.html");
    assert!(memoir.contains("The Cold Lake") && memoir.contains("Number 14"));
    assert!(!memoir.contains("Under the Mountain"));
    let science = p.page("tags/science/index.html");
    assert!(science.contains("Under the Mountain") && !science.contains("Number 14"));
    // Links from a piece to its groups.
    let journey = p.page("students/lina-castellanos/bus/index.html");
    assert!(journey.contains("href=\"../../../writers/lina-castellanos/index.html\""));
    assert!(journey.contains("href=\"../../../tags/place/index.html\""));

    // Best work: only drafts marked showcase.
    let best = p.page("showcase/index.html");
    assert!(best.contains("students/lina-castellanos/bus/draft-2/index.html"));
    assert!(!best.contains("Under the Mountain"));
}

#[test]
fn feed_sitemap_and_search_index_list_what_is_published_and_listed() {
    let p = class(CLASS_SETTINGS);
    built(&p);
    let feed = p.page("feed.xml");
    assert!(feed.starts_with("<?xml"));
    assert!(
        feed.contains("<id>https://example.org/room9/students/lina-castellanos/bus/draft-2/</id>")
    );
    assert!(
        feed.contains("<updated>2026-09-25T00:00:00Z</updated>"),
        "newest first"
    );
    assert!(feed.contains("<author><name>Lina Castellanos</name></author>"));
    let sitemap = p.page("sitemap.xml");
    assert!(sitemap.contains(
        "<loc>https://example.org/room9/students/tomas-berglund/volcano/draft-2/changes/</loc>"
    ));
    assert!(sitemap.contains("<loc>https://example.org/room9/writers/</loc>"));
    let index: serde_json::Value = serde_json::from_str(&p.page("search-index.json")).unwrap();
    let titles: Vec<&str> = index
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    // In folder order, like the feed and the sitemap.
    assert_eq!(titles, ["Number 14", "Under the Mountain", "The Cold Lake"]);
    assert!(
        index[0]["text"]
            .as_str()
            .unwrap()
            .contains("memorize the cracks")
    );
    // The same index as a script, for pages opened from disk.
    let script = p.page("search-index.js");
    assert!(script.starts_with("window.redraftSearchIndex = [{"));
    // The search page lists every piece, so it works without JavaScript too.
    let search = p.page("search/index.html");
    assert!(search.contains("Under the Mountain") && search.contains("data-search"));

    // Without base_url there is no feed and no sitemap (both need full addresses).
    let local = class("title: Room 9\n");
    built(&local);
    assert!(!local.site().join("feed.xml").exists());
    assert!(!local.site().join("sitemap.xml").exists());
    assert!(local.site().join("search-index.json").exists());
}

#[test]
fn private_drafts_and_pieces_leave_nothing_and_unlisted_pieces_are_linked_from_nowhere() {
    let p = class(CLASS_SETTINGS);
    built(&p);
    let all = every_file(&p);
    for (file, text) in &all {
        for canary in [
            "CANARY-PRIVATE-WORDS",
            "HIDDEN-TITLE",
            "HIDDEN-PIECE-WORDS",
            "secret-photo",
        ] {
            assert!(!text.contains(canary), "{file} holds {canary}");
            assert!(!file.contains("secret-photo"), "{file} was copied");
        }
        assert!(
            !file.contains("hidden/"),
            "{file}: a private piece has pages"
        );
    }
    // The file a published draft uses is there; the private draft leaves no page, and the
    // drafts after it close the gap its number would leave.
    assert!(
        p.site()
            .join("students/lina-castellanos/bus/shared-photo.jpg")
            .exists()
    );
    assert!(
        !p.site()
            .join("students/lina-castellanos/bus/draft-3")
            .exists()
    );

    // The unlisted piece is built ...
    let diary = p.page("students/tomas-berglund/diary/index.html");
    assert!(diary.contains("UNLISTED-WORDS"));
    // ... and nothing outside its own pages mentions it.
    for (file, text) in &all {
        if file.starts_with("students/tomas-berglund/diary/") {
            continue;
        }
        assert!(
            !text.contains("diary")
                && !text.contains("UNLISTED")
                && !text.contains("Unlisted Diary"),
            "{file} mentions the unlisted piece"
        );
        assert!(
            !file.contains("secretive"),
            "{file}: a tag only the unlisted piece has"
        );
    }
}

#[test]
fn initials_keep_every_surname_out_of_the_site_and_search_engines_are_asked_to_stay_away() {
    let p = class("title: Room 9\nnames: initials\nbase_url: https://example.org/room9/\n");
    built(&p);
    let all = every_file(&p);
    for (file, text) in &all {
        for surname in [
            "Castellanos",
            "castellanos",
            "Berglund",
            "berglund",
            "Okonkwo",
            "okonkwo",
        ] {
            assert!(
                !text.contains(surname),
                "{file} shows the surname {surname}"
            );
            assert!(
                !file.contains(surname),
                "{file}: the surname is in an address"
            );
        }
    }
    // Folder names carrying a name are shortened the same way; the teacher keeps her title.
    assert!(p.site().join("students/l-c/bus/index.html").exists());
    let home = p.page("index.html");
    assert!(
        home.contains(">L. C.</a>") && home.contains(">Ms. O.</a>"),
        "{home}"
    );

    // search_engines: noindex is the default: every page says so, and robots.txt keeps all out.
    for (file, text) in &all {
        if file.ends_with(".html") {
            assert!(
                text.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"),
                "{file}"
            );
        }
    }
    assert_eq!(p.page("robots.txt"), "User-agent: *\nDisallow: /\n");
}

#[test]
fn a_bloggers_site_builds_with_one_author_and_no_class_pages() {
    let p = Portfolio::new(
        "title: Drafts in Public\nauthor: Jo Park\nsearch_engines: index\nbase_url: https://jo.example/\n",
        &[
            ("pieces/_defaults.yaml", "author: Jo Park\n"),
            (
                "pieces/on-walking/01.md",
                &draft("title: On Walking\ndate: 2026-10-01\n", "I walk to think."),
            ),
            (
                "pieces/on-walking/02.md",
                &draft(
                    "title: On Walking Slowly\ndate: 2026-10-08\n",
                    "I walk slowly so the thinking can keep up.",
                ),
            ),
        ],
    );
    built(&p);
    let home = p.page("index.html");
    assert!(!home.contains("name=\"robots\""), "indexing was allowed");
    // One writer and no class: the home page lists posts, and no page lists the one writer.
    assert!(home.contains(">Posts</a>") && home.contains(">2026</h2>"));
    assert!(!home.contains("href=\"writers/index.html\""));
    assert!(
        !home.contains("href=\"assignments/index.html\""),
        "no assignments, no section"
    );
    assert!(!home.contains("href=\"showcase/index.html\""));
    assert!(!p.site().join("assignments").exists());
    assert_eq!(
        p.page("robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://jo.example/sitemap.xml\n"
    );
    assert!(
        p.page("feed.xml")
            .contains("<title>On Walking Slowly: Draft 2</title>")
    );
}

#[test]
fn check_lists_every_problem_with_file_and_line_and_writes_nothing() {
    let p = class(CLASS_SETTINGS);
    p.write(
        "pieces/students/tomas-berglund/volcano/03.md",
        &draft("titel: Typo\nshowcase: true\n", "More."),
    );
    p.write(
        "pieces/students/tomas-berglund/volcano/04.md",
        &draft("visibility: unlisted\n", "Even more."),
    );
    let o = redraft(&["check", &p.path().to_string_lossy()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    for expected in [
        "volcano/03.md:2: warning: unknown key `titel`",
        "did you mean `title`?",
        "bus/01-first.md:22: warning: feedback 3 from Tomas Berglund quotes a passage",
        "volcano/02.md: warning: this draft is public but the piece's latest draft is unlisted",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    // 01, 02 and 03 are public while the latest, 04, is unlisted: one warning each.
    for file in ["01", "02", "03"] {
        assert!(
            err.contains(&format!("volcano/{file}.md: warning: this draft is public")),
            "{file}"
        );
    }
    assert!(err.contains("Found 5 warnings"), "{err}");
    assert!(!p.site().exists(), "check wrote a site");

    // Two drafts with one number is an error; check says so and still writes nothing.
    p.write(
        "pieces/students/tomas-berglund/volcano/05.md",
        &draft("draft: 4\n", "Clash."),
    );
    let o = redraft(&["check", &p.path().to_string_lossy()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("error"), "{}", stderr(&o));
    assert!(!p.site().exists());

    // A clean portfolio passes.
    let clean = Portfolio::new(
        "title: Clean\n",
        &[("pieces/a/01.md", &draft("title: A\n", "Fine."))],
    );
    let o = redraft(&["check", &clean.path().to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("No problems: 1 piece, 1 draft"));
}

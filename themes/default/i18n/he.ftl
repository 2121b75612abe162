# המילים של redraft בעברית: כל מחרוזת שהערכה המובנית ו־redraft מציגות בדף.
# (redraft's words in Hebrew: every string the built-in theme and redraft put on a page.)
#
# מונחים: draft = טיוטה, piece = טקסט, feedback = משוב, reflection = רפלקציה,
# showcase / best work = מיטב העבודות, post = פוסט, assignment = מטלה, tag = תגית.
# פעולות ופניות לקורא בלשון רבים ("קראו", "השוו"), כמקובל באתרים בעברית.
#
# הודעות שהמזהה שלהן מסתיים ב־-html עשויות לכלול קוד HTML, שנשאר כמו שהוא; כל השאר טקסט רגיל.
# צורות הרבים לפי CLDR: one (1), two (2), other (כל השאר).

## The frame of every page

skip-to-content = דילוג לתוכן
nav-site = ניווט באתר
feed-title = { $site }: טיוטות חדשות
footer-promise-pieces = כל טקסט כאן מציג את הטיוטות שלו, כי כתיבה טובה נולדת משכתוב.
footer-promise-posts = כל פוסט כאן מציג את הטיוטות שלו, כי כתיבה טובה נולדת משכתוב.
footer-shared-by = באדיבות { $name }.
footer-made-with = נבנה באמצעות { $generator }.
breadcrumb = פירורי לחם

## Home page

home-promise-pieces = אף טקסט כאן לא יצא מושלם בפעם הראשונה. פתחו כל אחד מהם ועקבו אחריו מהטיוטה הראשונה, המבולגנת, ועד האחרונה: מה השתנה, למה, ואיזה משוב עזר בדרך.
home-promise-posts = כל פוסט כאן שומר את הטיוטות שלו. פתחו אחד מהם וראו איך הוא צמח: מה השתנה מטיוטה לטיוטה, ולמה.
home-follow-feed = עקבו אחרי טיוטות חדשות (פיד Atom)
home-topics = נושאים
home-topic-count = ({ $n ->
    [one] פוסט אחד
    [two] שני פוסטים
   *[other] { $n } פוסטים
})
home-not-dated = ללא תאריך
home-pieces = הטקסטים
home-empty-html = עדיין לא פורסמו כאן טקסטים. הוסיפו תיקייה של טיוטות בתוך <code>pieces/</code> ובנו את האתר מחדש.

## A piece, as cards and lines

piece-by = מאת
piece-teacher-model-by = טקסט לדוגמה מאת
piece-teacher-flag = הטיוטות של המורה
tags = תגיות
draft-count = { $n ->
    [one] טיוטה אחת
    [two] שתי טיוטות
   *[other] { $n } טיוטות
}
planted = תחילת הכתיבה:
last-tended = עדכון אחרון:
showcase-badge = ממיטב העבודות

## The journey page of a piece

piece-eyebrow = מסע הכתיבה
piece-actions = הטקסט הזה
read-latest = קראו את הטיוטה האחרונה
compare-first-latest = השוו בין הטיוטה הראשונה לאחרונה
replay-draft-by-draft = עברו על הטיוטות אחת אחרי השנייה
print-journey = הדפיסו את כל המסע
how-it-grew = איך הטקסט צמח
chart-caption = מספר המילים בכל טיוטה, וכמה מילים נוספו ונמחקו בדרך אליה. המספרים מופיעים בטבלה שלמטה.
numbers-by-draft = המספרים, טיוטה אחר טיוטה
numbers-table-caption = מה אפשר ללמוד מהטקסט של כל טיוטה
col-draft = טיוטה
col-words = מילים
col-added = נוספו
col-cut = נמחקו
col-new-writing = כתיבה חדשה
col-new-words = מילים חדשות
col-moved = פסקאות שהוזזו
col-sentences = משפטים
col-average-sentence = אורך משפט ממוצע
col-longest-sentence = המשפט הארוך ביותר
col-readability = קלות קריאה
too-short-to-say = קצר מדי בשביל לקבוע
draft-by-draft = טיוטה אחר טיוטה
draft-n = טיוטה { $n }
draft-n-label = טיוטה { $n }: { $label }
feedback-it-answers = המשוב שהטיוטה עונה עליו
what-changed = מה השתנה
see-the-changes = ראו את השינויים
see-the-changes-hidden = { " " }מהטיוטה הקודמת לטיוטה { $n }
reflection = רפלקציה
tried-something-new = ניסיון חדש
tried-something-new-lead = ניסיון חדש:
feedback-waiting = משוב שמחכה לטיוטה הבאה
latest-draft = הטיוטה האחרונה: { $n }
latest-draft-label = הטיוטה האחרונה: { $n }, { $label }
percent = { $n }%

## Feedback

about-the-passage = על הקטע:{ " " }
see-passage-marked = ראו את הקטע המסומן
see-passage-hidden = { " " }כהערה { $pin }
see-passage-in-draft = { " " }בטיוטה
feedback-fate = בטיוטה הבאה, הקטע הזה
feedback-fate-end = .

## Replay

replay-drafts = מעבר בין הטיוטות
replay-gap = טיוטות { $first } עד { $last } לא מופיעות כאן.
replay-all = ראו את כל { $n } הטיוטות בעמוד מסע הכתיבה

## New words and numbers

new-words-tried = { $n ->
    [one] מילה חדשה אחת שהופיעה לראשונה:
    [two] שתי מילים חדשות שהופיעו לראשונה:
   *[other] { $n } מילים חדשות שהופיעו לראשונה:
}
and-n-more = { " " }ועוד { $n }
no-new-words = אין מילים חדשות
new-words-count = { $n ->
    [one] מילה חדשה אחת:
    [two] שתי מילים חדשות:
   *[other] { $n } מילים חדשות:
}
words = מילים
sentences = משפטים
average-sentence = אורך משפט ממוצע
longest-sentence = המשפט הארוך ביותר
n-words = { $n ->
    [one] מילה אחת
    [two] שתי מילים
   *[other] { $n } מילים
}
readability = קלות קריאה
new-writing = כתיבה חדשה
share-of-draft = { $n }% מהטיוטה הזו

## A draft's page

draft-title = טיוטה { $n } של { $piece }
titled-then = הכותרת אז הייתה "{ $title }".
drafts-of-piece = הטיוטות של הטקסט הזה
what-changed-in-draft = מה השתנה בטיוטה הזו
about-this-draft = על הטיוטה הזו
goals-shown = מטרות שבאות לידי ביטוי
feedback-on-this-draft = משוב על הטיוטה הזו
replay-this-draft = (הטיוטה הזו)
draft-in-numbers = הטיוטה הזו במספרים

## The change view

changes-title = מה השתנה בטיוטה { $n }
changes-heading = מה השתנה מטיוטה { $from } לטיוטה { $to }
share-new-writing = בטיוטה { $n }, { $share }% מהטקסט הוא כתיבה חדשה.
the-two-drafts = שתי הטיוטות
read-as-written = קראו את טיוטה { $n } כפי שנכתבה
read-as-written-label = קראו את טיוטה { $n }, { $label }, כפי שנכתבה
why-it-changed = למה זה השתנה
feedback-on-draft = משוב על טיוטה { $n }
writers-note = הערת הכותב/ת
what-changed-lead = מה השתנה:
text-with-changes = הטקסט, והשינויים מסומנים בו
side-by-side-link-html = אפשר גם לקרוא את שתי הטיוטות <a href="#side-by-side">זו לצד זו</a>.
legend-cut-html = <del>טקסט שנמחק</del> מופיע עם קו חוצה
legend-added-html = <ins>טקסט שנוסף</ins> מופיע עם קו תחתון
legend-restyled-html = <span class="legend__format">טקסט שהעיצוב שלו השתנה</span> מסומן בקו מנוקד, עם הסבר מה השתנה
legend-spelling-html = תיקון כתיב מראה את האותיות שהשתנו: לא<del>ת</del><ins>ט</ins>
legend-address-html = <span class="legend__address">קישור</span> שרק הכתובת שלו השתנתה מסומן בסימן קטן; רחפו מעליו או העבירו אליו את המיקוד כדי לראות את הכתובת הישנה והחדשה
legend-block-html = <span class="legend__block">פסקאות שלמות</span> שנוספו, נמחקו או הוזזו מסומנות בשוליים
legend-block-restyled-html = <span class="legend__restyled">פסקה שהצורה שלה השתנתה</span> (רמת כותרת, מספור ברשימה, ציטוט), או שפוצלה או אוחדה, מקבלת מסגרת מנוקדת ותווית שמסבירה למה היא הפכה
changes-nav = שינויים
change-count = { $n ->
    [one] שינוי אחד:
    [two] שני שינויים:
   *[other] { $n } שינויים:
}
side-by-side-summary = זו לצד זו: טיוטה { $from } מימין, טיוטה { $to } משמאל

## First draft to latest

compare-title = מהטיוטה הראשונה לאחרונה
compare-heading = מהטיוטה הראשונה ועד האחרונה
how-far = כמה דרך עבר הטקסט
how-far-text = מטיוטה { $from }{ $from_date } ועד טיוטה { $to }{ $to_date }: { $drafts ->
    [one] טיוטה אחת
    [two] שתי טיוטות
   *[other] { $drafts } טיוטות
}, { $first ->
    [one] ממילה אחת
   *[other] מ־{ $first } מילים
} ל־{ $latest }.
date-after = { " " }({ $date })

## Not found

not-found-title = הדף לא נמצא
not-found-heading = הדף שחיפשתם לא נמצא כאן
not-found-text-html = ייתכן שהוא עבר למקום אחר, או שזו טיוטה שעדיין לא שותפה. כל הטקסטים המשותפים מופיעים <a href="{ $home }">בעמוד הבית</a>.

## Writers, assignments, tags

tagged = תגית: { $name }
teacher-sharing = גם מורים כותבים טיוטות:{ " " }
group-count = { $pieces ->
    [one] טקסט אחד
    [two] שני טקסטים
   *[other] { $pieces } טקסטים
} { $drafts ->
    [one] וטיוטה אחת
    [two] ושתי טיוטות
   *[other] ו־{ $drafts } טיוטות
} בסך הכול.
new-words-over-time = מילים חדשות לאורך הזמן
new-words-over-time-about = המילים שהופיעו לראשונה בכתיבה של { $name } כאן, טקסט אחר טקסט, לפי סדר תחילת הכתיבה. מספרים ומילים בנות פחות מארבע אותיות אינם נכללים.
groups-writers = כל הכותבים והכותבות שהטיוטות שלהם משותפות כאן.
groups-assignments = הטקסטים, מקובצים לפי המטלה שהם עונים עליה.
groups-tags = הטקסטים, מקובצים לפי הנושא שלהם ולפי אופן הכתיבה.
group-member-count = { $pieces ->
    [one] טקסט אחד
    [two] שני טקסטים
   *[other] { $pieces } טקסטים
} { $drafts ->
    [one] וטיוטה אחת
    [two] ושתי טיוטות
   *[other] ו־{ $drafts } טיוטות
}
group-member-teacher = , מורה

## The print packet

packet-title = { $piece }: כל הטיוטות להדפסה
packet-eyebrow = כל הטיוטות, להדפסה ולבדיקה
packet-how = בעמוד הזה כל המסע: כל טיוטה במלואה, לפי הסדר, עם המשוב שהיא עונה עליו, מה שונה בה ולמה, והמשוב שקיבלה. אפשר להדפיס אותו (כל טיוטה מתחילה בדף חדש, ויש מקום בשוליים להערות) או לקרוא אותו ברצף.

## Search

search = חיפוש
search-label = חפשו טקסט לפי המילים שבו, הכותרת, מי שכתב אותו, המטלה או התגית
every-piece = כל הטקסטים

## Best work

best-work = מיטב העבודות
best-work-about = טיוטות שהכותבים והכותבות בחרו להציג בגאווה. כל אחת מהן מובילה אל כל המסע שהביא אליה, כי הטיוטה הטובה ביותר היא אף פעם לא הראשונה.
draft-lower-n = טיוטה { $n }
draft-n-of = טיוטה { $n } מתוך { $count }
how-it-got-here = הדרך לכאן
how-it-got-here-hidden = : מסע הכתיבה של { $piece }

## Punctuation between the parts of a line

# Between items of a list and before a date after a title: list-separator (", ") is above,
# with the words per draft.
# Between a title and what follows it ("טיוטה 2: אחרי המשוב").
label-separator = :{ " " }
# The end of a sentence, and a sentence ending with it.
sentence-end = .
sentence = { $text }.

## Dates. $month is 1 to 12; $day and $year are numbers.

date-long = { $day } { $month ->
    [1] בינואר
    [2] בפברואר
    [3] במרץ
    [4] באפריל
    [5] במאי
    [6] ביוני
    [7] ביולי
    [8] באוגוסט
    [9] בספטמבר
    [10] באוקטובר
    [11] בנובמבר
   *[12] בדצמבר
} { $year }
date-short = { $day } { $month ->
    [1] בינו׳
    [2] בפבר׳
    [3] במרץ
    [4] באפר׳
    [5] במאי
    [6] ביוני
    [7] ביולי
    [8] באוג׳
    [9] בספט׳
    [10] באוק׳
    [11] בנוב׳
   *[12] בדצמ׳
} { $year }

## Stages of a draft, roles of those who give feedback, what became of a passage

stage-notes = ראשי פרקים
stage-first-draft = טיוטה ראשונה
stage-revision = שכתוב
stage-final = גרסה סופית
role-teacher = מורה
role-peer = עמית/ה
role-self = הערכה עצמית
role-reader = קורא/ת
role-group = קבוצה
a-reader = קורא/ת
fate-kept = נשאר כפי שהיה
fate-revised = שוכתב
fate-cut = נמחק

## Site sections

nav-pieces = טקסטים
nav-posts = פוסטים
nav-writers = כותבים
nav-assignments = מטלות
nav-tags = תגיות
nav-best-work = מיטב העבודות
nav-search = חיפוש

## Words per draft, for the small line beside each piece ($words is a list of numbers)

words-per-draft = מילים בכל טיוטה: { $words }
# A number alone, written the language's way.
number = { $n }
list-separator = ,{ " " }

## The growth chart on a piece's page, and its description for screen readers

chart-title-changes = מספר המילים בכל טיוטה, ומה השתנה בכל פעם
chart-title-words = מספר המילים בטיוטה
chart-key-words = מילים
chart-key-added = מילים שנוספו
chart-key-cut = מילים שנמחקו
chart-first = טיוטה { $n }: { $words ->
    [one] מילה אחת
    [two] שתי מילים
   *[other] { $words } מילים
}.
chart-step = טיוטה { $n }: { $words ->
    [one] מילה אחת
    [two] שתי מילים
   *[other] { $words } מילים
}, תוספת של { $added } ומחיקה של { $cut }.

## What changed between two drafts, in one line

changes-none = אין שינויים בטקסט
changes-words = { $added ->
    [one] מילה אחת נוספה
    [two] שתי מילים נוספו
   *[other] { $added } מילים נוספו
}, { $cut ->
    [one] אחת נמחקה
   *[other] { $cut } נמחקו
}
changes-words-added = { $added ->
    [one] מילה אחת נוספה
    [two] שתי מילים נוספו
   *[other] { $added } מילים נוספו
}
changes-words-cut = { $cut ->
    [one] מילה אחת נמחקה
    [two] שתי מילים נמחקו
   *[other] { $cut } מילים נמחקו
}
changes-symbols = השתנו רק סימני פיסוק או סמלים
changes-paragraphs-added = { $n ->
    [one] פסקה אחת נוספה
    [two] שתי פסקאות נוספו
   *[other] { $n } פסקאות נוספו
}
changes-paragraphs-removed = { $n ->
    [one] פסקה אחת הוסרה
    [two] שתי פסקאות הוסרו
   *[other] { $n } פסקאות הוסרו
}
changes-paragraphs-moved = { $n ->
    [one] פסקה אחת הוזזה
    [two] שתי פסקאות הוזזו
   *[other] { $n } פסקאות הוזזו
}
changes-paragraphs-rewritten = { $n ->
    [one] פסקה אחת שוכתבה
    [two] שתי פסקאות שוכתבו
   *[other] { $n } פסקאות שוכתבו
}
changes-paragraphs-restyled = { $n ->
    [one] פסקה אחת עוצבה מחדש
    [two] שתי פסקאות עוצבו מחדש
   *[other] { $n } פסקאות עוצבו מחדש
}
changes-paragraphs-split = { $n ->
    [one] פסקה אחת פוצלה
    [two] שתי פסקאות פוצלו
   *[other] { $n } פסקאות פוצלו
}
changes-paragraphs-joined = { $n ->
    [one] פסקה אחת אוחדה
    [two] שתי פסקאות אוחדו
   *[other] { $n } פסקאות אוחדו
}
# After the first count of paragraphs, the others leave the noun out:
# "שתי פסקאות הוזזו, אחת שוכתבה".
changes-then-added = { $n ->
    [one] אחת נוספה
    [two] שתיים נוספו
   *[other] { $n } נוספו
}
changes-then-removed = { $n ->
    [one] אחת הוסרה
    [two] שתיים הוסרו
   *[other] { $n } הוסרו
}
changes-then-moved = { $n ->
    [one] אחת הוזזה
    [two] שתיים הוזזו
   *[other] { $n } הוזזו
}
changes-then-rewritten = { $n ->
    [one] אחת שוכתבה
    [two] שתיים שוכתבו
   *[other] { $n } שוכתבו
}
changes-then-restyled = { $n ->
    [one] אחת עוצבה מחדש
    [two] שתיים עוצבו מחדש
   *[other] { $n } עוצבו מחדש
}
changes-then-split = { $n ->
    [one] אחת פוצלה
    [two] שתיים פוצלו
   *[other] { $n } פוצלו
}
changes-then-joined = { $n ->
    [one] אחת אוחדה
    [two] שתיים אוחדו
   *[other] { $n } אוחדו
}
changes-formatting = { $n ->
    [one] שינוי עיצוב אחד
    [two] שני שינויי עיצוב
   *[other] { $n } שינויי עיצוב
}

## How a piece grew, in a few sentences. $drafts counts drafts; $first and $latest are
## the words of the first and latest drafts; $added, $cut and $tried (new words) are totals.

growth-none = עדיין אין טיוטות.
growth-one = בינתיים יש טיוטה אחת, { $words ->
    [one] עם מילה אחת
    [two] עם שתי מילים
   *[other] עם { $words } מילים
}. כל טקסט מתחיל איפשהו.
growth-grew = הטקסט גדל מ־{ $first } ל־{ $latest } מילים לאורך { $drafts ->
    [2] שתי טיוטות
    [3] שלוש טיוטות
    [4] ארבע טיוטות
    [5] חמש טיוטות
    [6] שש טיוטות
    [7] שבע טיוטות
    [8] שמונה טיוטות
    [9] תשע טיוטות
    [one] טיוטה אחת
   *[other] { $drafts } טיוטות
}.
growth-tightened = הטקסט התהדק מ־{ $first } ל־{ $latest } מילים לאורך { $drafts ->
    [2] שתי טיוטות
    [3] שלוש טיוטות
    [4] ארבע טיוטות
    [5] חמש טיוטות
    [6] שש טיוטות
    [7] שבע טיוטות
    [8] שמונה טיוטות
    [9] תשע טיוטות
    [one] טיוטה אחת
   *[other] { $drafts } טיוטות
}.
growth-stayed = הטקסט נשאר באורך של { $latest ->
    [one] מילה אחת
    [two] שתי מילים
   *[other] { $latest } מילים
} במשך { $drafts ->
    [2] שתי טיוטות
    [3] שלוש טיוטות
    [4] ארבע טיוטות
    [5] חמש טיוטות
    [6] שש טיוטות
    [7] שבע טיוטות
    [8] שמונה טיוטות
    [9] תשע טיוטות
    [one] טיוטה אחת
   *[other] { $drafts } טיוטות
}.
growth-same-words = המילים לא השתנו מטיוטה לטיוטה.
growth-added = לאורך הדרך { $added ->
    [one] נוספה מילה אחת
    [two] נוספו שתי מילים
   *[other] נוספו { $added } מילים
}.
growth-cut = לאורך הדרך { $cut ->
    [one] נמחקה מילה אחת
    [two] נמחקו שתי מילים
   *[other] נמחקו { $cut } מילים
}.
growth-tried = לאורך הדרך { $tried ->
    [one] נכנסה לטקסט מילה חדשה אחת
    [two] נכנסו לטקסט שתי מילים חדשות
   *[other] נכנסו לטקסט { $tried } מילים חדשות
}.
growth-added-cut = לאורך הדרך { $added ->
    [one] נוספה מילה אחת
    [two] נוספו שתי מילים
   *[other] נוספו { $added } מילים
} { $cut ->
    [one] ונמחקה אחת
   *[other] ונמחקו { $cut }
}.
growth-added-tried = לאורך הדרך { $added ->
    [one] נוספה מילה אחת
    [two] נוספו שתי מילים
   *[other] נוספו { $added } מילים
}, { $tried ->
    [one] ומילה חדשה אחת נכנסה לטקסט
    [two] ושתי מילים חדשות נכנסו לטקסט
   *[other] ו־{ $tried } מילים חדשות נכנסו לטקסט
}.
growth-cut-tried = לאורך הדרך { $cut ->
    [one] נמחקה מילה אחת
    [two] נמחקו שתי מילים
   *[other] נמחקו { $cut } מילים
}, { $tried ->
    [one] ומילה חדשה אחת נכנסה לטקסט
    [two] ושתי מילים חדשות נכנסו לטקסט
   *[other] ו־{ $tried } מילים חדשות נכנסו לטקסט
}.
growth-added-cut-tried = לאורך הדרך { $added ->
    [one] נוספה מילה אחת
    [two] נוספו שתי מילים
   *[other] נוספו { $added } מילים
} { $cut ->
    [one] ונמחקה אחת
   *[other] ונמחקו { $cut }
}, { $tried ->
    [one] ומילה חדשה אחת נכנסה לטקסט
    [two] ושתי מילים חדשות נכנסו לטקסט
   *[other] ו־{ $tried } מילים חדשות נכנסו לטקסט
}.
growth-cutting-is-revision = גם מחיקה היא חלק מהשכתוב.
growth-in-the-wording = השינויים הם בניסוח.
# Between the sentences of a summary: a space in English; nothing in Chinese or Japanese.
sentence-gap = { " " }
word-gap = { " " }

## The change view: labels beside changes, which screen readers read out. A label ends with
## diff-label-end ("פסקה שנמחקה:"); "נמחק:" and "נוסף:" come before the words they mark.

diff-label-end = :
# Between a label and the words it marks ("נוסף: שורה חדשה"): a space.
diff-label-gap = { " " }
diff-cut = נמחק:
diff-added = נוסף:
diff-removed = פסקה שנמחקה
diff-added-block = פסקה שנוספה
diff-rewritten-before = לפני השכתוב
diff-rewritten-after = אחרי השכתוב
diff-split-here = פוצלה כאן
# What a block became: "עכשיו כותרת ברמה 3", "כבר לא בתוך תיבה". Each $kind is worded in
# full: paragraph, text (words outside any block), quote, bulleted-list, numbered-list,
# aside, details, box, figure, section, heading (with $level) or other (with $tag).
diff-now = { $kind ->
    [paragraph] עכשיו פסקה
    [text] עכשיו טקסט רגיל
    [quote] עכשיו ציטוט
    [bulleted-list] עכשיו רשימת תבליטים
    [numbered-list] עכשיו רשימה ממוספרת
    [aside] עכשיו הערת צד
    [details] עכשיו קטע שנפתח ונסגר
    [box] עכשיו תיבה
    [figure] עכשיו איור
    [section] עכשיו מקטע
    [heading] עכשיו כותרת ברמה { $level }
   *[other] עכשיו רכיב { $tag }
}
# A block moved into a wrapping block of $kind: aside, details, box, figure, section or
# other (with $tag).
diff-now-in = { $kind ->
    [aside] עכשיו בתוך הערת צד
    [details] עכשיו בתוך קטע שנפתח ונסגר
    [box] עכשיו בתוך תיבה
    [figure] עכשיו בתוך איור
    [section] עכשיו בתוך מקטע
   *[other] עכשיו בתוך רכיב { $tag }
}
# A block moved out of a wrapping block of $kind (as for diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] כבר לא בתוך הערת צד
    [details] כבר לא בתוך קטע שנפתח ונסגר
    [box] כבר לא בתוך תיבה
    [figure] כבר לא בתוך איור
    [section] כבר לא בתוך מקטע
   *[other] כבר לא בתוך רכיב { $tag }
}
diff-no-longer-quoted = כבר לא ציטוט
# $what is lists, quotes or paragraphs; the verb agrees with it (ציטוט is masculine).
diff-split = { $what ->
    [lists] פוצלה ל־{ $n } רשימות
    [quotes] פוצל ל־{ $n } ציטוטים
   *[paragraphs] פוצלה ל־{ $n } פסקאות
}
diff-joined = { $what ->
    [lists] אוחדה מ־{ $n } רשימות
    [quotes] אוחד מ־{ $n } ציטוטים
   *[paragraphs] אוחדה מ־{ $n } פסקאות
}
diff-moved-down-html = הוזזה <a href="{ $href }">למטה</a>
diff-moved-up-html = הוזזה <a href="{ $href }">למעלה</a>
diff-moved-from-below-html = הוזזה לכאן <a href="{ $href }">מלמטה</a>
diff-moved-from-above-html = הוזזה לכאן <a href="{ $href }">מלמעלה</a>
# Formatting changed on the same words: "עכשיו נטוי, כבר לא מודגש".
diff-now-format = עכשיו { $format }
diff-no-longer-format = כבר לא { $format }
diff-format-italic = נטוי
diff-format-bold = מודגש
diff-format-code = בעיצוב קוד
diff-format-struck = עם קו חוצה
diff-format-highlighted = מסומן במרקר
diff-format-underlined = עם קו תחתון
diff-format-subscript = בכתב תחתי
diff-format-superscript = בכתב עילי
diff-link-added = נוסף קישור
diff-link-removed = הקישור הוסר
diff-link-changed = הקישור השתנה
diff-address-added-html = נוספה כתובת לקישור: { $to }
diff-address-removed-html = כתובת הקישור הוסרה, היא הייתה <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = כתובת הקישור השתנתה מ־<span class="diff-address__old">{ $from }</span> ל־{ $to }
# A word with a letter or two changed, said whole.
diff-typo = המילה "{ $old }" שונתה ל־"{ $new }"
# The side-by-side view.
diff-before = לפני
diff-after = אחרי
diff-all-same = { $n ->
    [one] הפסקה לא השתנתה
    [two] שתי הפסקאות לא השתנו
   *[other] כל { $n } הפסקאות לא השתנו
}
diff-unchanged = { $n ->
    [one] פסקה אחת ללא שינוי
    [two] שתי פסקאות ללא שינוי
   *[other] { $n } פסקאות ללא שינוי
}

## Words the page's script writes (with script off, none of these show). { $n } and
## { $total } are filled in by the script.

js-previous-change = השינוי הקודם
js-next-change = השינוי הבא
js-change-of = שינוי { $n } מתוך { $total }
js-keys-hint-html = או הקישו <kbd>p</kbd> ו־<kbd>n</kbd>
js-earlier-draft = הטיוטה הקודמת
js-later-draft = הטיוטה הבאה
js-draft-of = טיוטה { $n } מתוך { $total }
js-position-of = { $n } מתוך { $total }
# The live preview (`redraft serve`): a panel over the page when a save did not build.
js-build-failed = לא ניתן היה לבנות את מה ששמרתם
js-build-failed-help = אתם רואים את הגרסה האחרונה שנבנתה בהצלחה. תקנו את מה שמפורט למטה ושמרו: הדף יתעדכן מעצמו.
js-hide = הסתרה
js-search-none = אף טקסט לא מתאים ל־"{ $query }". נסו פחות מילים, או מילים קצרות יותר.
# $n pieces found; the script picks the form for the number by Hebrew's plural rules.
js-search-found = { $n ->
    [one] טקסט אחד מתאים ל־"{ $query }".
    [two] שני טקסטים מתאימים ל־"{ $query }".
   *[other] { $n } טקסטים מתאימים ל־"{ $query }".
}

## How readable a draft is, by the measure made for its language. $score is the measure's
## figure, rounded; $measure its name (LIX, Fernández Huerta, Amstad ...).
## The band words agree with טקסט (masculine).

readability-below-grade-1 = קריאה קלה מאוד (מתחת לרמת כיתה א׳)
readability-grade = רמת קריאה של כיתה { $score } בערך
readability-university = רמת קריאה אקדמית (כיתה { $score })
readability-measure = { $measure } { $score }: { $band }
band-very-easy = קל מאוד
band-easy = קל
band-fairly-easy = די קל
band-medium = בינוני
band-fairly-difficult = די קשה
band-difficult = קשה
band-very-difficult = קשה מאוד

## Names a screen reader reads for what redraft adds to a draft's text: a task list's
## boxes, a footnote's number and its link back, a comment pinned to a passage.

md-task-done = בוצע
md-task-not-done = לא בוצע
md-note = הערת שוליים { $n }
md-back = חזרה לטקסט
pin-name = משוב { $n }
pin-back = (חזרה לקטע)

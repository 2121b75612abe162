# redraft's words in English: every string the built-in theme and redraft put on a page.
#
# A portfolio can change any of them, or add a language, with a file of its own:
# i18n/<language>.ftl (i18n/en.ftl, i18n/es.ftl ...), holding only the messages it changes.
# `redraft check` lists the messages a language is missing (they show in English).
#
# Messages whose id ends in -html may hold markup; every other message is plain text.
# { $n -> [one] ... *[other] ... } chooses a form by the number, by the language's
# CLDR plural rules: English has "one" and "other"; other languages have more.

## The frame of every page

skip-to-content = Skip to the content
nav-site = Site
feed-title = { $site }: new drafts
footer-promise-pieces = Every piece here shows its drafts, because revising is how writing gets good.
footer-promise-posts = Every post here shows its drafts, because revising is how writing gets good.
footer-shared-by = Shared by { $name }.
footer-made-with = Made with { $generator }.
breadcrumb = Breadcrumb

## Home page

home-promise-pieces = No piece here was right the first time. Open any of them to follow it from the first messy draft to the latest, with what changed, why, and the feedback that helped.
home-promise-posts = Every post here keeps its drafts. Open one to see how it grew: what changed from draft to draft, and why.
home-follow-feed = Follow new drafts (Atom feed)
home-topics = Topics
home-topic-count = ({ $n ->
    [one] { $n } post
   *[other] { $n } posts
})
home-not-dated = Not dated
home-pieces = The pieces
home-empty-html = There are no published pieces yet. Add a folder of drafts under <code>pieces/</code> and build again.

## A piece, as cards and lines

piece-by = By
piece-teacher-model-by = Teacher’s model by
piece-teacher-flag = A teacher’s own drafts
tags = Tags
draft-count = { $n ->
    [one] { $n } draft
   *[other] { $n } drafts
}
planted = Planted
last-tended = Last tended
showcase-badge = Showcase

## The journey page of a piece

piece-eyebrow = The journey of a piece
piece-actions = This piece
read-latest = Read the latest draft
compare-first-latest = Compare the first and latest drafts
replay-draft-by-draft = Replay it draft by draft
print-journey = Print the whole journey
how-it-grew = How it grew
chart-caption = Words in each draft, and how many were added and cut on the way to it. The numbers are in the table below.
numbers-by-draft = The numbers, draft by draft
numbers-table-caption = What each draft’s text shows
col-draft = Draft
col-words = Words
col-added = Added
col-cut = Cut
col-new-writing = New writing
col-new-words = New words tried
col-moved = Paragraphs moved
col-sentences = Sentences
col-average-sentence = Average sentence
col-longest-sentence = Longest sentence
col-readability = Readability
too-short-to-say = too short to say
draft-by-draft = Draft by draft
draft-n = Draft { $n }
draft-n-label = Draft { $n }: { $label }
feedback-it-answers = The feedback it answers
what-changed = What changed
see-the-changes = See the changes
see-the-changes-hidden = { " " }from the draft before to draft { $n }
reflection = Reflection
tried-something-new = Tried something new
tried-something-new-lead = Tried something new:
feedback-waiting = Feedback waiting for the next draft
latest-draft = The latest draft: { $n }
latest-draft-label = The latest draft: { $n }, { $label }
percent = { $n }%

## Feedback

about-the-passage = About the passage:{ " " }
see-passage-marked = See the passage marked
see-passage-hidden = { " " }as note { $pin }
see-passage-in-draft = { " " }in the draft
feedback-fate = In the next draft, this passage was
feedback-fate-end = .

## Replay

replay-drafts = Replay the drafts
replay-gap = Drafts { $first } to { $last } are not listed here.
replay-all = See all { $n } drafts on the journey page

## New words and numbers

new-words-tried = { $n ->
    [one] { $n } new word tried:
   *[other] { $n } new words tried:
}
and-n-more = { " " }and { $n } more
no-new-words = no new words
new-words-count = { $n ->
    [one] { $n } new word:
   *[other] { $n } new words:
}
words = Words
sentences = Sentences
average-sentence = Average sentence
longest-sentence = Longest sentence
n-words = { $n ->
    [one] { $n } word
   *[other] { $n } words
}
readability = Readability
new-writing = New writing
share-of-draft = { $n }% of this draft

## A draft's page

draft-title = Draft { $n } of { $piece }
titled-then = Titled “{ $title }” at the time.
drafts-of-piece = Drafts of this piece
what-changed-in-draft = What changed in this draft
about-this-draft = About this draft
goals-shown = Goals shown
feedback-on-this-draft = Feedback on this draft
# After the current draft in the replay's row of draft numbers: "3 (this draft)".
replay-this-draft = (this draft)
draft-in-numbers = This draft in numbers

## The change view

changes-title = What changed in draft { $n }
changes-heading = What changed from draft { $from } to draft { $to }
share-new-writing = { $share }% of draft { $n } is new writing.
the-two-drafts = The two drafts
read-as-written = Read { $n } as written
read-as-written-label = Read { $n }: { $label } as written
why-it-changed = Why it changed
feedback-on-draft = Feedback on draft { $n }
writers-note = The writer’s note
what-changed-lead = What changed:
text-with-changes = The text, with changes marked
side-by-side-link-html = Or read the two drafts <a href="#side-by-side">side by side</a>.
legend-cut-html = <del>cut text</del> is struck through
legend-added-html = <ins>added text</ins> is underlined
legend-restyled-html = <span class="legend__format">restyled text</span> is dotted and says how
legend-spelling-html = a fixed spelling shows its letters: rec<del>ie</del><ins>ei</ins>ve
legend-address-html = <span class="legend__address">a link</span> whose address alone changed has a small mark; hover or focus it for the old and new address
legend-block-html = <span class="legend__block">whole paragraphs</span> added, cut or moved are tagged in the margin
legend-block-restyled-html = <span class="legend__restyled">a paragraph restyled</span> (a heading's level, a list's numbering, a quote), split or joined, has a dotted edge and a label saying what it became
changes-nav = Changes
change-count = { $n ->
    [one] { $n } change:
   *[other] { $n } changes:
}
side-by-side-summary = Side by side: draft { $from } on the left, draft { $to } on the right

## First draft to latest

compare-title = First draft to latest
compare-heading = From the first draft to the latest
how-far = How far it came
how-far-text = Draft { $from }{ $from_date }, to draft { $to }{ $to_date }: { $drafts } drafts, from { $first } words to { $latest }.
date-after = , { $date }

## Not found

not-found-title = Page not found
not-found-heading = This page is not here
not-found-text-html = It may have moved, or it may be a draft its writer has not shared. Every shared piece is listed on the <a href="{ $home }">front page</a>.

## Writers, assignments, tags

tagged = Tagged “{ $name }”
teacher-sharing = A teacher sharing their own drafts:{ " " }
group-count = { $pieces ->
    [one] { $pieces } piece
   *[other] { $pieces } pieces
}, { $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
} in all.
new-words-over-time = New words over time
new-words-over-time-about = The words each piece tried for the first time in { $name }’s writing here, pieces in the order they were begun. Everyday English words, numbers and names are left out.
groups-writers = Everyone whose drafts are shared here.
groups-assignments = The pieces, gathered by the assignment they answer.
groups-tags = The pieces, gathered by what they are about and how they are written.
group-member-count = { $pieces ->
    [one] { $pieces } piece
   *[other] { $pieces } pieces
}, { $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
}
group-member-teacher = , teacher

## The print packet

packet-title = { $piece }: every draft, to print
packet-eyebrow = Every draft, to print and mark
packet-how = This page holds the whole journey: each draft in full, in order, with the feedback it answered, what the writer changed and why, and the feedback it received. Print it (each draft starts on a new sheet, with room in the margin for notes), or read it straight through.

## Search

search = Search
search-label = Find a piece by its words, title, writer, assignment or tag
every-piece = Every piece

## Best work

best-work = Best work
best-work-about = Drafts their writers chose to show off. Each one links to the whole journey that led to it, because the best draft is never the first.
draft-lower-n = draft { $n }
draft-n-of = Draft { $n } of { $count }
how-it-got-here = How it got here
how-it-got-here-hidden = : the journey of { $piece }

## Punctuation between the parts of a line

# Between items of a list ("ink, paper, glue") and before a date after a title.
list-separator = ,{ " " }
# Between a title and what follows it ("Draft 2: After feedback").
label-separator = :{ " " }
# The end of a sentence, and a sentence ending with it.
sentence-end = .
sentence = { $text }.

## Dates. $month is 1 to 12; $day and $year are numbers.

date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-short = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }

## Stages of a draft, roles of those who give feedback, what became of a passage

stage-notes = Notes
stage-first-draft = First draft
stage-revision = Revision
stage-final = Final
role-teacher = Teacher
role-peer = Peer
role-self = Self-review
role-reader = Reader
role-group = Group
a-reader = A reader
fate-kept = kept as it was
fate-revised = revised
fate-cut = cut

## Site sections

nav-pieces = Pieces
nav-posts = Posts
nav-writers = Writers
nav-assignments = Assignments
nav-tags = Tags
nav-best-work = Best work
nav-search = Search

## Words per draft, for the small line beside each piece ($words is a list of numbers)

words-per-draft = Words per draft: { $words }
# A number alone, written the language's way.
number = { $n }

## The growth chart on a piece's page, and its description for screen readers

chart-title-changes = Words in each draft, and what changed each time
chart-title-words = Words in the draft
chart-key-words = words
chart-key-added = words added
chart-key-cut = words cut
chart-first = Draft { $n }: { $words ->
    [one] { $words } word
   *[other] { $words } words
}.
chart-step = Draft { $n }: { $words ->
    [one] { $words } word
   *[other] { $words } words
}, { $added } added, { $cut } cut.

## What changed between two drafts, in one line

changes-none = No changes to the text
changes-words = { $added ->
    [one] { $added } word added
   *[other] { $added } words added
}, { $cut } cut
# When words were only added, or only cut, the count that is zero is left out.
changes-words-added = { $added ->
    [one] { $added } word added
   *[other] { $added } words added
}
changes-words-cut = { $cut ->
    [one] { $cut } word cut
   *[other] { $cut } words cut
}
# When nothing changed but punctuation or symbols (a ✔ became ✅).
changes-symbols = Only punctuation or symbols changed
changes-paragraphs-added = { $n ->
    [one] { $n } paragraph added
   *[other] { $n } paragraphs added
}
changes-paragraphs-removed = { $n ->
    [one] { $n } paragraph removed
   *[other] { $n } paragraphs removed
}
changes-paragraphs-moved = { $n ->
    [one] { $n } paragraph moved
   *[other] { $n } paragraphs moved
}
changes-paragraphs-rewritten = { $n ->
    [one] { $n } paragraph rewritten
   *[other] { $n } paragraphs rewritten
}
changes-paragraphs-restyled = { $n ->
    [one] { $n } paragraph restyled
   *[other] { $n } paragraphs restyled
}
changes-paragraphs-split = { $n ->
    [one] { $n } paragraph split
   *[other] { $n } paragraphs split
}
changes-paragraphs-joined = { $n ->
    [one] { $n } paragraph joined
   *[other] { $n } paragraphs joined
}
# After the first count of paragraphs, the others leave the noun out:
# "2 paragraphs moved, 1 rewritten".
changes-then-added = { $n } added
changes-then-removed = { $n } removed
changes-then-moved = { $n } moved
changes-then-rewritten = { $n } rewritten
changes-then-restyled = { $n } restyled
changes-then-split = { $n } split
changes-then-joined = { $n } joined
changes-formatting = { $n ->
    [one] { $n } formatting change
   *[other] { $n } formatting changes
}

## How a piece grew, in a few sentences. $drafts counts drafts; $first and $latest are
## the words of the first and latest drafts; $added, $cut and $tried (new words) are totals.

growth-none = No drafts yet.
growth-one = One draft so far, at { $words ->
    [one] { $words } word
   *[other] { $words } words
}. Every piece starts somewhere.
growth-grew = Grew from { $first } to { $latest } words over { $drafts ->
    [2] two drafts
    [3] three drafts
    [4] four drafts
    [5] five drafts
    [6] six drafts
    [7] seven drafts
    [8] eight drafts
    [9] nine drafts
   *[other] { $drafts } drafts
}.
growth-tightened = Tightened from { $first } to { $latest } words over { $drafts ->
    [2] two drafts
    [3] three drafts
    [4] four drafts
    [5] five drafts
    [6] six drafts
    [7] seven drafts
    [8] eight drafts
    [9] nine drafts
   *[other] { $drafts } drafts
}.
growth-stayed = Stayed at { $latest ->
    [one] { $latest } word
   *[other] { $latest } words
} over { $drafts ->
    [2] two drafts
    [3] three drafts
    [4] four drafts
    [5] five drafts
    [6] six drafts
    [7] seven drafts
    [8] eight drafts
    [9] nine drafts
   *[other] { $drafts } drafts
}.
growth-same-words = The words stayed the same from draft to draft.
growth-added = Along the way { $added ->
    [one] { $added } word was
   *[other] { $added } words were
} added.
growth-cut = Along the way { $cut ->
    [one] { $cut } word was
   *[other] { $cut } words were
} cut.
growth-tried = Along the way { $tried ->
    [one] { $tried } new word was
   *[other] { $tried } new words were
} tried.
growth-added-cut = Along the way { $added ->
    [one] { $added } word was
   *[other] { $added } words were
} added and { $cut } cut.
growth-added-tried = Along the way { $added ->
    [one] { $added } word was
   *[other] { $added } words were
} added and { $tried ->
    [one] { $tried } new word
   *[other] { $tried } new words
} tried.
growth-cut-tried = Along the way { $cut ->
    [one] { $cut } word was
   *[other] { $cut } words were
} cut and { $tried ->
    [one] { $tried } new word
   *[other] { $tried } new words
} tried.
growth-added-cut-tried = Along the way { $added ->
    [one] { $added } word was
   *[other] { $added } words were
} added, { $cut } cut, and { $tried ->
    [one] { $tried } new word
   *[other] { $tried } new words
} tried.
growth-cutting-is-revision = Cutting is revision too.
growth-in-the-wording = The changes are in the wording.
# Between the sentences of a summary: a space in English; nothing in Chinese or Japanese.
sentence-gap = { " " }
# Between a label and what follows it on a page ("By Ana", "Planted 3 May"): a space in
# most languages; nothing in Chinese or Japanese, whose labels end in a full-width colon or
# run on without one.
word-gap = { " " }

## The change view: labels beside changes, which screen readers read out. A label ends with
## diff-label-end ("Removed:"); "cut:" and "added:" come before the words they mark.

diff-label-end = :
# Between a label and the words it marks ("added: a new line", "What changed: ..."): a space
# in most languages; nothing after a full-width colon in Chinese or Japanese.
diff-label-gap = { " " }
diff-cut = cut:
diff-added = added:
diff-removed = Removed
diff-added-block = Added
diff-rewritten-before = Rewritten, before
diff-rewritten-after = Rewritten, after
diff-split-here = split here
# What a block became. $kind is one of paragraph, text (words outside any block), quote,
# bulleted-list, numbered-list, aside, details (a section that opens and closes), box,
# figure, section, heading (with $level, 1 to 6) or other (with $tag, the HTML element's
# name). Each language words every kind in full, so articles, gender and case can agree.
diff-now = { $kind ->
    [paragraph] Now a paragraph
    [text] Now plain text
    [quote] Now quoted
    [bulleted-list] Now a bulleted list
    [numbered-list] Now a numbered list
    [aside] Now an aside
    [details] Now a section that opens and closes
    [box] Now a box
    [figure] Now a figure
    [section] Now a section
    [heading] Now a level-{ $level } heading
   *[other] Now a { $tag }
}
# A block moved into a wrapping block of $kind: aside, details, box, figure, section or
# other (with $tag).
diff-now-in = { $kind ->
    [aside] Now in an aside
    [details] Now in a section that opens and closes
    [box] Now in a box
    [figure] Now in a figure
    [section] Now in a section
   *[other] Now in a { $tag }
}
# A block moved out of a wrapping block of $kind (as for diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] No longer in an aside
    [details] No longer in a section that opens and closes
    [box] No longer in a box
    [figure] No longer in a figure
    [section] No longer in a section
   *[other] No longer in a { $tag }
}
diff-no-longer-quoted = No longer quoted
# $what is lists, quotes or paragraphs.
diff-split = Split into { $n } { $what ->
    [lists] lists
    [quotes] quotes
   *[paragraphs] paragraphs
}
diff-joined = Joined from { $n } { $what ->
    [lists] lists
    [quotes] quotes
   *[paragraphs] paragraphs
}
diff-moved-down-html = Moved <a href="{ $href }">further down</a>
diff-moved-up-html = Moved <a href="{ $href }">further up</a>
diff-moved-from-below-html = Moved here from <a href="{ $href }">further down</a>
diff-moved-from-above-html = Moved here from <a href="{ $href }">further up</a>
# Formatting changed on the same words: "now italic, no longer bold".
diff-now-format = now { $format }
diff-no-longer-format = no longer { $format }
diff-format-italic = italic
diff-format-bold = bold
diff-format-code = code
diff-format-struck = struck through
diff-format-highlighted = highlighted
diff-format-underlined = underlined
diff-format-subscript = subscript
diff-format-superscript = superscript
diff-link-added = link added
diff-link-removed = link removed
diff-link-changed = link changed
diff-address-added-html = link address added: { $to }
diff-address-removed-html = link address removed, was <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = link address changed from <span class="diff-address__old">{ $from }</span> to { $to }
# A word with a letter or two changed, said whole.
diff-typo = “{ $old }” changed to “{ $new }”
# The side-by-side view.
diff-before = Before
diff-after = After
diff-all-same = All { $n ->
    [one] { $n } paragraph
   *[other] { $n } paragraphs
} read the same
diff-unchanged = { $n ->
    [one] { $n } paragraph
   *[other] { $n } paragraphs
} unchanged

## Words the page's script writes (with script off, none of these show). { $n } and
## { $total } are filled in by the script.

js-previous-change = Previous change
js-next-change = Next change
js-change-of = Change { $n } of { $total }
js-keys-hint-html = or press <kbd>p</kbd> and <kbd>n</kbd>
js-earlier-draft = Earlier draft
js-later-draft = Later draft
js-draft-of = Draft { $n } of { $total }
js-position-of = { $n } of { $total }
# The live preview (`redraft serve`): a panel over the page when a save did not build.
js-build-failed = This save did not build
js-build-failed-help = You are looking at the last version that built. Fix what is named below and save: this page updates by itself.
js-hide = Hide
js-search-none = No piece matches “{ $query }”. Try fewer or shorter words.
# $n pieces found; the script picks the form for the number by the language's plural rules.
js-search-found = { $n ->
    [one] { $n } piece matches “{ $query }”.
   *[other] { $n } pieces match “{ $query }”.
}

## How readable a draft is, by the measure made for its language. $score is the measure's
## figure, rounded; $measure its name (LIX, Fernández Huerta, Amstad ...).

readability-below-grade-1 = reads very easily (below grade 1)
readability-grade = reads at about grade { $score }
readability-university = reads at a university level (grade { $score })
readability-measure = { $measure } { $score }: { $band }
band-very-easy = very easy
band-easy = easy
band-fairly-easy = fairly easy
band-medium = medium
band-fairly-difficult = fairly difficult
band-difficult = difficult
band-very-difficult = very difficult

## Names a screen reader reads for what redraft adds to a draft's text: a task list's
## boxes, a footnote's number and its link back, a comment pinned to a passage.

md-task-done = done
md-task-not-done = not done
md-note = Note { $n }
md-back = Back to the text
pin-name = Feedback { $n }
pin-back = (back to the passage)

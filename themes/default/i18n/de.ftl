# redraft auf Deutsch: alle Wörter, die das eingebaute Theme und redraft auf eine Seite schreiben.
#
# Ein Portfolio kann jede davon mit einer eigenen Datei ändern: i18n/de.ftl mit nur den
# Meldungen, die es ändern will. `redraft check` zeigt, welche Meldungen einer Sprache fehlen.
#
# Meldungen, deren ID auf -html endet, dürfen Markup enthalten; alle anderen sind reiner Text.
# Deutsch hat die Pluralformen „one“ und „other“.
#
# Begriffe: draft = Entwurf, piece = Text, post = Beitrag, feedback = Rückmeldung,
# reflection = Reflexion, showcase/best work = Glanzstück(e), assignment = Aufgabe,
# tag = Schlagwort. Leserinnen und Leser werden mit „du“ angesprochen.

## Der Rahmen jeder Seite

skip-to-content = Zum Inhalt springen
nav-site = Website
feed-title = { $site }: neue Entwürfe
footer-promise-pieces = Jeder Text hier zeigt seine Entwürfe, denn gute Texte entstehen durch Überarbeiten.
footer-promise-posts = Jeder Beitrag hier zeigt seine Entwürfe, denn gute Texte entstehen durch Überarbeiten.
footer-shared-by = Geteilt von { $name }.
footer-made-with = Erstellt mit { $generator }.
breadcrumb = Navigationspfad

## Startseite

home-promise-pieces = Kein Text hier war auf Anhieb fertig. Öffne einen davon und verfolge seinen Weg vom ersten, chaotischen Entwurf bis zum neuesten: was sich geändert hat, warum, und welche Rückmeldungen dabei geholfen haben.
home-promise-posts = Jeder Beitrag hier behält seine Entwürfe. Öffne einen und sieh dir an, wie er gewachsen ist: was sich von Entwurf zu Entwurf geändert hat und warum.
home-follow-feed = Neue Entwürfe abonnieren (Atom-Feed)
home-topics = Themen
home-topic-count = ({ $n ->
    [one] { $n } Beitrag
   *[other] { $n } Beiträge
})
home-not-dated = Ohne Datum
home-pieces = Die Texte
home-empty-html = Es gibt noch keine veröffentlichten Texte. Lege unter <code>pieces/</code> einen Ordner mit Entwürfen an und erstelle die Website neu.

## Ein Text, als Karte und in Zeilen

piece-by = Von
piece-teacher-model-by = Mustertext von
piece-teacher-flag = Entwürfe einer Lehrkraft
tags = Schlagwörter
draft-count = { $n ->
    [one] { $n } Entwurf
   *[other] { $n } Entwürfe
}
planted = Begonnen am
last-tended = Zuletzt überarbeitet am
showcase-badge = Glanzstück

## Die Seite, die den Weg eines Textes zeigt

piece-eyebrow = Der Weg eines Textes
piece-actions = Dieser Text
read-latest = Neuesten Entwurf lesen
compare-first-latest = Ersten und neuesten Entwurf vergleichen
replay-draft-by-draft = Entwurf für Entwurf durchgehen
print-journey = Alle Entwürfe ausdrucken
how-it-grew = Wie der Text gewachsen ist
chart-caption = Die Wörter in jedem Entwurf und wie viele auf dem Weg dorthin hinzugefügt und gestrichen wurden. Die genauen Zahlen stehen in der Tabelle unten.
numbers-by-draft = Die Zahlen, Entwurf für Entwurf
numbers-table-caption = Was der Text jedes Entwurfs zeigt
col-draft = Entwurf
col-words = Wörter
col-added = Hinzugefügt
col-cut = Gestrichen
col-new-writing = Neu geschrieben
col-new-words = Neu ausprobierte Wörter
col-moved = Verschobene Absätze
col-sentences = Sätze
col-average-sentence = Durchschnittliche Satzlänge
col-longest-sentence = Längster Satz
col-readability = Lesbarkeit
too-short-to-say = zu kurz für eine Einschätzung
draft-by-draft = Entwurf für Entwurf
draft-n = Entwurf { $n }
draft-n-label = Entwurf { $n }: { $label }
feedback-it-answers = Rückmeldungen, auf die dieser Entwurf eingeht
what-changed = Was sich geändert hat
see-the-changes = Zu den Änderungen
see-the-changes-hidden = { " " }vom vorigen Entwurf zu Entwurf { $n }
reflection = Reflexion
tried-something-new = Etwas Neues ausprobiert
tried-something-new-lead = Etwas Neues ausprobiert:
feedback-waiting = Rückmeldungen, die auf den nächsten Entwurf warten
latest-draft = Der neueste Entwurf: { $n }
latest-draft-label = Der neueste Entwurf: { $n }, { $label }
percent = { $n }{ "\u00A0" }%

## Rückmeldungen

about-the-passage = Zur Textstelle:{ " " }
see-passage-marked = Markierte Stelle
see-passage-hidden = { " " }Nummer { $pin }
see-passage-in-draft = { " " }im Entwurf ansehen
feedback-fate = Im nächsten Entwurf wurde diese Stelle
feedback-fate-end = .

## Entwürfe nacheinander

replay-drafts = Entwürfe durchblättern
replay-gap = Die Entwürfe { $first } bis { $last } sind hier nicht aufgeführt.
replay-all = Alle { $n } Entwürfe auf der Seite des Textes ansehen

## Neue Wörter und Zahlen

new-words-tried = { $n ->
    [one] { $n } neues Wort ausprobiert:
   *[other] { $n } neue Wörter ausprobiert:
}
and-n-more = { " " }und { $n } weitere
no-new-words = keine neuen Wörter
new-words-count = { $n ->
    [one] { $n } neues Wort:
   *[other] { $n } neue Wörter:
}
words = Wörter
sentences = Sätze
average-sentence = Durchschnittliche Satzlänge
longest-sentence = Längster Satz
n-words = { $n ->
    [one] { $n } Wort
   *[other] { $n } Wörter
}
readability = Lesbarkeit
new-writing = Neu geschrieben
share-of-draft = { $n }{ "\u00A0" }% dieses Entwurfs

## Die Seite eines Entwurfs

draft-title = Entwurf { $n } von „{ $piece }“
titled-then = Damals hieß der Text noch „{ $title }“.
drafts-of-piece = Entwürfe dieses Textes
what-changed-in-draft = Was sich in diesem Entwurf geändert hat
about-this-draft = Über diesen Entwurf
goals-shown = Lernziele in diesem Entwurf
feedback-on-this-draft = Rückmeldungen zu diesem Entwurf
replay-this-draft = (dieser Entwurf)
draft-in-numbers = Dieser Entwurf in Zahlen

## Die Ansicht der Änderungen

changes-title = Was sich in Entwurf { $n } geändert hat
changes-heading = Was sich von Entwurf { $from } zu Entwurf { $to } geändert hat
share-new-writing = Entwurf { $n } ist zu { $share }{ "\u00A0" }% neu geschrieben.
the-two-drafts = Die beiden Entwürfe
read-as-written = Entwurf { $n } im Original lesen
read-as-written-label = Entwurf { $n } ({ $label }) im Original lesen
why-it-changed = Warum sich der Text geändert hat
feedback-on-draft = Rückmeldungen zu Entwurf { $n }
writers-note = In eigenen Worten
what-changed-lead = Was sich geändert hat:
text-with-changes = Der Text mit markierten Änderungen
side-by-side-link-html = Oder lies die beiden Entwürfe <a href="#side-by-side">nebeneinander</a>.
legend-cut-html = <del>gestrichener Text</del> ist durchgestrichen
legend-added-html = <ins>hinzugefügter Text</ins> ist unterstrichen
legend-restyled-html = <span class="legend__format">umformatierter Text</span> ist gepunktet unterstrichen und sagt, was sich geändert hat
legend-spelling-html = bei einer verbesserten Schreibweise siehst du die geänderten Buchstaben: Standar<del>t</del><ins>d</ins>
legend-address-html = <span class="legend__address">ein Link</span>, bei dem sich nur die Adresse geändert hat, trägt ein kleines Zeichen; zeig mit der Maus darauf oder wähle ihn mit der Tastatur an, dann siehst du die alte und die neue Adresse
legend-block-html = <span class="legend__block">ganze Absätze</span>, die hinzugefügt, gestrichen oder verschoben wurden, sind am Rand gekennzeichnet
legend-block-restyled-html = <span class="legend__restyled">ein umformatierter Absatz</span> (die Ebene einer Überschrift, die Nummerierung einer Liste, ein Zitat) und ein geteilter oder zusammengeführter Absatz haben einen gepunkteten Rand und eine Beschriftung, die sagt, was daraus geworden ist
changes-nav = Änderungen
change-count = { $n ->
    [one] { $n } Änderung:
   *[other] { $n } Änderungen:
}
side-by-side-summary = Nebeneinander: links Entwurf { $from }, rechts Entwurf { $to }

## Vom ersten zum neuesten Entwurf

compare-title = Erster und neuester Entwurf
compare-heading = Vom ersten Entwurf bis zum neuesten
how-far = Wie weit der Text gekommen ist
how-far-text = Von Entwurf { $from }{ $from_date } bis Entwurf { $to }{ $to_date }: { $drafts ->
    [one] { $drafts } Entwurf
   *[other] { $drafts } Entwürfe
}, von { $first } auf { $latest } Wörter.
date-after = { " " }vom { $date }

## Nicht gefunden

not-found-title = Seite nicht gefunden
not-found-heading = Diese Seite gibt es hier nicht
not-found-text-html = Vielleicht ist sie umgezogen, oder es ist ein Entwurf, der (noch) nicht geteilt wurde. Alle geteilten Texte findest du auf der <a href="{ $home }">Startseite</a>.

## Schreibende, Aufgaben, Schlagwörter

tagged = Mit dem Schlagwort „{ $name }“
teacher-sharing = Eine Lehrkraft zeigt ihre eigenen Entwürfe:{ " " }
group-count = { $pieces ->
    [one] { $pieces } Text
   *[other] { $pieces } Texte
}, insgesamt { $drafts ->
    [one] { $drafts } Entwurf
   *[other] { $drafts } Entwürfe
}.
new-words-over-time = Neue Wörter im Lauf der Zeit
new-words-over-time-about = Die Wörter, die { $name } in jedem Text hier zum ersten Mal ausprobiert hat; die Texte stehen in der Reihenfolge, in der sie begonnen wurden. Zahlen und Wörter mit weniger als vier Buchstaben zählen nicht mit.
groups-writers = Alle, deren Entwürfe hier geteilt werden.
groups-assignments = Die Texte, geordnet nach der Aufgabe, zu der sie entstanden sind.
groups-tags = Die Texte, geordnet danach, worum es in ihnen geht und wie sie geschrieben sind.
group-member-count = { $pieces ->
    [one] { $pieces } Text
   *[other] { $pieces } Texte
}, { $drafts ->
    [one] { $drafts } Entwurf
   *[other] { $drafts } Entwürfe
}
group-member-teacher = , Lehrkraft

## Die Druckfassung

packet-title = { $piece }: alle Entwürfe zum Ausdrucken
packet-eyebrow = Alle Entwürfe, zum Ausdrucken und Korrigieren
packet-how = Auf dieser Seite steht der ganze Weg: jeder Entwurf vollständig und der Reihe nach, mit den Rückmeldungen, auf die er eingeht, mit dem, was geändert wurde und warum, und mit den Rückmeldungen, die er bekommen hat. Druck sie aus (jeder Entwurf beginnt auf einem neuen Blatt, mit Platz für Notizen am Rand) oder lies sie einfach von vorn bis hinten.

## Suche

search = Suche
search-label = Finde einen Text über Wörter daraus, Titel, Namen, Aufgabe oder Schlagwort
every-piece = Alle Texte

## Glanzstücke

best-work = Glanzstücke
best-work-about = Entwürfe, die ihre Verfasserinnen und Verfasser stolz zeigen. Zu jedem findest du den ganzen Weg dorthin, denn der beste Entwurf ist nie der erste.
draft-lower-n = Entwurf { $n }
draft-n-of = Entwurf { $n } von { $count }
how-it-got-here = Der Weg dorthin
how-it-got-here-hidden = : wie „{ $piece }“ entstanden ist

## Satzzeichen zwischen den Teilen einer Zeile

# Zwischen den Teilen einer Aufzählung („Tinte, Papier, Kleber“) und vor einem Datum nach einem Titel.
list-separator = ,{ " " }
# Zwischen einem Titel und dem, was folgt („Entwurf 2: Nach der Rückmeldung“).
label-separator = :{ " " }
# Das Ende eines Satzes und ein Satz, der damit endet.
sentence-end = .
sentence = { $text }.

## Daten. $month ist 1 bis 12; $day und $year sind Zahlen.

date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
date-short = { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
} { $year }

## Stufen eines Entwurfs, wer Rückmeldung gibt, was aus einer Textstelle wurde

stage-notes = Notizen
stage-first-draft = Erster Entwurf
stage-revision = Überarbeitung
stage-final = Endfassung
role-teacher = Lehrkraft
role-peer = Aus der Klasse
role-self = Selbsteinschätzung
role-reader = Leserstimme
role-group = Gruppe
a-reader = Eine Leserstimme
fate-kept = unverändert übernommen
fate-revised = überarbeitet
fate-cut = gestrichen

## Bereiche der Website

nav-pieces = Texte
nav-posts = Beiträge
nav-writers = Schreibende
nav-assignments = Aufgaben
nav-tags = Schlagwörter
nav-best-work = Glanzstücke
nav-search = Suche

## Wörter pro Entwurf, für die kleine Linie neben jedem Text ($words ist eine Liste von Zahlen)

words-per-draft = Wörter pro Entwurf: { $words }
# Eine einzelne Zahl, so geschrieben, wie es im Deutschen üblich ist.
number = { $n }

## Das Diagramm auf der Seite eines Textes und seine Beschreibung für Screenreader

chart-title-changes = Wörter in jedem Entwurf und was sich jedes Mal geändert hat
chart-title-words = Wörter im Entwurf
chart-key-words = Wörter
chart-key-added = hinzugefügte Wörter
chart-key-cut = gestrichene Wörter
chart-first = Entwurf { $n }: { $words ->
    [one] { $words } Wort
   *[other] { $words } Wörter
}.
chart-step = Entwurf { $n }: { $words ->
    [one] { $words } Wort
   *[other] { $words } Wörter
}, { $added } hinzugefügt, { $cut } gestrichen.

## Was sich zwischen zwei Entwürfen geändert hat, in einer Zeile

changes-none = Keine Änderungen am Text
changes-words = { $added ->
    [one] { $added } Wort hinzugefügt
   *[other] { $added } Wörter hinzugefügt
}, { $cut } gestrichen
changes-words-added = { $added ->
    [one] { $added } Wort hinzugefügt
   *[other] { $added } Wörter hinzugefügt
}
changes-words-cut = { $cut ->
    [one] { $cut } Wort gestrichen
   *[other] { $cut } Wörter gestrichen
}
changes-symbols = Nur Satzzeichen oder Symbole geändert
changes-paragraphs-added = { $n ->
    [one] { $n } Absatz hinzugefügt
   *[other] { $n } Absätze hinzugefügt
}
changes-paragraphs-removed = { $n ->
    [one] { $n } Absatz entfernt
   *[other] { $n } Absätze entfernt
}
changes-paragraphs-moved = { $n ->
    [one] { $n } Absatz verschoben
   *[other] { $n } Absätze verschoben
}
changes-paragraphs-rewritten = { $n ->
    [one] { $n } Absatz umgeschrieben
   *[other] { $n } Absätze umgeschrieben
}
changes-paragraphs-restyled = { $n ->
    [one] { $n } Absatz umformatiert
   *[other] { $n } Absätze umformatiert
}
changes-paragraphs-split = { $n ->
    [one] { $n } Absatz geteilt
   *[other] { $n } Absätze geteilt
}
changes-paragraphs-joined = { $n ->
    [one] { $n } Absatz zusammengeführt
   *[other] { $n } Absätze zusammengeführt
}
# Nach der ersten Zahl von Absätzen lassen die übrigen das Nomen weg:
# „2 Absätze verschoben, 1 umgeschrieben“.
changes-then-added = { $n } hinzugefügt
changes-then-removed = { $n } entfernt
changes-then-moved = { $n } verschoben
changes-then-rewritten = { $n } umgeschrieben
changes-then-restyled = { $n } umformatiert
changes-then-split = { $n } geteilt
changes-then-joined = { $n } zusammengeführt
changes-formatting = { $n ->
    [one] Formatierung an { $n } Stelle geändert
   *[other] Formatierung an { $n } Stellen geändert
}

## Wie ein Text gewachsen ist, in ein paar Sätzen. $drafts zählt die Entwürfe; $first und
## $latest sind die Wörter des ersten und des neuesten Entwurfs; $added, $cut und $tried
## (neue Wörter) sind Summen.

growth-none = Noch keine Entwürfe.
growth-one = Bisher ein Entwurf mit { $words ->
    [one] { $words } Wort
   *[other] { $words } Wörtern
}. Jeder Text fängt irgendwo an.
growth-grew = In { $drafts ->
    [2] zwei Entwürfen
    [3] drei Entwürfen
    [4] vier Entwürfen
    [5] fünf Entwürfen
    [6] sechs Entwürfen
    [7] sieben Entwürfen
    [8] acht Entwürfen
    [9] neun Entwürfen
   *[other] { $drafts } Entwürfen
} von { $first } auf { $latest ->
    [one] { $latest } Wort
   *[other] { $latest } Wörter
} gewachsen.
growth-tightened = In { $drafts ->
    [2] zwei Entwürfen
    [3] drei Entwürfen
    [4] vier Entwürfen
    [5] fünf Entwürfen
    [6] sechs Entwürfen
    [7] sieben Entwürfen
    [8] acht Entwürfen
    [9] neun Entwürfen
   *[other] { $drafts } Entwürfen
} von { $first } auf { $latest ->
    [one] { $latest } Wort
   *[other] { $latest } Wörter
} gestrafft.
growth-stayed = In { $drafts ->
    [2] zwei Entwürfen
    [3] drei Entwürfen
    [4] vier Entwürfen
    [5] fünf Entwürfen
    [6] sechs Entwürfen
    [7] sieben Entwürfen
    [8] acht Entwürfen
    [9] neun Entwürfen
   *[other] { $drafts } Entwürfen
} bei { $latest ->
    [one] { $latest } Wort
   *[other] { $latest } Wörtern
} geblieben.
growth-same-words = Die Wörter blieben von Entwurf zu Entwurf dieselben.
growth-added = Dabei { $added ->
    [one] kam { $added } Wort
   *[other] kamen { $added } Wörter
} dazu.
growth-cut = Dabei { $cut ->
    [one] wurde { $cut } Wort
   *[other] wurden { $cut } Wörter
} gestrichen.
growth-tried = Dabei { $tried ->
    [one] wurde { $tried } neues Wort
   *[other] wurden { $tried } neue Wörter
} ausprobiert.
growth-added-cut = Dabei { $added ->
    [one] kam { $added } Wort
   *[other] kamen { $added } Wörter
} dazu, { $cut ->
    [one] { $cut } wurde
   *[other] { $cut } wurden
} gestrichen.
growth-added-tried = Dabei { $added ->
    [one] kam { $added } Wort
   *[other] kamen { $added } Wörter
} dazu, und { $tried ->
    [one] { $tried } neues Wort wurde
   *[other] { $tried } neue Wörter wurden
} ausprobiert.
growth-cut-tried = Dabei { $cut ->
    [one] wurde { $cut } Wort
   *[other] wurden { $cut } Wörter
} gestrichen, und { $tried ->
    [one] { $tried } neues Wort wurde
   *[other] { $tried } neue Wörter wurden
} ausprobiert.
growth-added-cut-tried = Dabei { $added ->
    [one] kam { $added } Wort
   *[other] kamen { $added } Wörter
} dazu, { $cut ->
    [one] { $cut } wurde
   *[other] { $cut } wurden
} gestrichen, und { $tried ->
    [one] { $tried } neues Wort wurde
   *[other] { $tried } neue Wörter wurden
} ausprobiert.
growth-cutting-is-revision = Auch Streichen ist Überarbeiten.
growth-in-the-wording = Die Änderungen stecken in den Formulierungen.
# Zwischen den Sätzen einer Zusammenfassung: ein Leerzeichen.
sentence-gap = { " " }
word-gap = { " " }

## Die Ansicht der Änderungen: Beschriftungen neben den Änderungen, die Screenreader vorlesen.
## Eine Beschriftung endet mit diff-label-end („Entfernt:“); „gestrichen:“ und „hinzugefügt:“
## stehen vor den Wörtern, die sie markieren.

diff-label-end = :
# Zwischen einer Beschriftung und den Wörtern, die sie markiert („hinzugefügt: eine neue Zeile“):
# ein Leerzeichen.
diff-label-gap = { " " }
diff-cut = gestrichen:
diff-added = hinzugefügt:
diff-removed = Entfernt
diff-added-block = Hinzugefügt
diff-rewritten-before = Umgeschrieben, vorher
diff-rewritten-after = Umgeschrieben, nachher
diff-split-here = hier geteilt
# Was aus einem Block geworden ist. $kind ist paragraph, text (Wörter außerhalb jedes Blocks),
# quote, bulleted-list, numbered-list, aside, details (ein aufklappbarer Abschnitt), box, figure,
# section, heading (mit $level, 1 bis 6) oder other (mit $tag, dem Namen des HTML-Elements).
# Jede Art ist ausgeschrieben, damit Artikel, Genus und Kasus stimmen.
diff-now = { $kind ->
    [paragraph] Jetzt ein Absatz
    [text] Jetzt einfacher Text
    [quote] Jetzt ein Zitat
    [bulleted-list] Jetzt eine Aufzählung
    [numbered-list] Jetzt eine nummerierte Liste
    [aside] Jetzt eine Randbemerkung
    [details] Jetzt ein aufklappbarer Abschnitt
    [box] Jetzt ein Kasten
    [figure] Jetzt eine Abbildung
    [section] Jetzt ein Abschnitt
    [heading] Jetzt eine Überschrift der Ebene { $level }
   *[other] Jetzt ein Element „{ $tag }“
}
# Ein Block steht jetzt in einem umschließenden Block der Art $kind: aside, details, box,
# figure, section oder other (mit $tag).
diff-now-in = { $kind ->
    [aside] Jetzt in einer Randbemerkung
    [details] Jetzt in einem aufklappbaren Abschnitt
    [box] Jetzt in einem Kasten
    [figure] Jetzt in einer Abbildung
    [section] Jetzt in einem Abschnitt
   *[other] Jetzt in einem Element „{ $tag }“
}
# Ein Block steht nicht mehr in einem umschließenden Block der Art $kind (wie bei diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] Nicht mehr in einer Randbemerkung
    [details] Nicht mehr in einem aufklappbaren Abschnitt
    [box] Nicht mehr in einem Kasten
    [figure] Nicht mehr in einer Abbildung
    [section] Nicht mehr in einem Abschnitt
   *[other] Nicht mehr in einem Element „{ $tag }“
}
diff-no-longer-quoted = Kein Zitat mehr
# $what ist lists, quotes oder paragraphs.
diff-split = Geteilt in { $n } { $what ->
    [lists] Listen
    [quotes] Zitate
   *[paragraphs] Absätze
}
diff-joined = Zusammengeführt aus { $n } { $what ->
    [lists] Listen
    [quotes] Zitaten
   *[paragraphs] Absätzen
}
diff-moved-down-html = Verschoben, jetzt <a href="{ $href }">weiter unten</a>
diff-moved-up-html = Verschoben, jetzt <a href="{ $href }">weiter oben</a>
diff-moved-from-below-html = Von <a href="{ $href }">weiter unten</a> hierher verschoben
diff-moved-from-above-html = Von <a href="{ $href }">weiter oben</a> hierher verschoben
# Die Formatierung derselben Wörter hat sich geändert: „jetzt kursiv, nicht mehr fett“.
diff-now-format = jetzt { $format }
diff-no-longer-format = nicht mehr { $format }
diff-format-italic = kursiv
diff-format-bold = fett
diff-format-code = als Code
diff-format-struck = durchgestrichen
diff-format-highlighted = hervorgehoben
diff-format-underlined = unterstrichen
diff-format-subscript = tiefgestellt
diff-format-superscript = hochgestellt
diff-link-added = Link hinzugefügt
diff-link-removed = Link entfernt
diff-link-changed = Link geändert
diff-address-added-html = Linkadresse hinzugefügt: { $to }
diff-address-removed-html = Linkadresse entfernt, vorher <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = Linkadresse geändert: vorher <span class="diff-address__old">{ $from }</span>, jetzt { $to }
# Ein Wort, in dem sich ein oder zwei Buchstaben geändert haben, ganz ausgesprochen.
diff-typo = Aus „{ $old }“ wurde „{ $new }“
# Die Ansicht nebeneinander.
diff-before = Vorher
diff-after = Nachher
diff-all-same = { $n ->
    [one] Der Absatz ist gleich geblieben
   *[other] Alle { $n } Absätze sind gleich geblieben
}
diff-unchanged = { $n ->
    [one] { $n } Absatz unverändert
   *[other] { $n } Absätze unverändert
}

## Wörter, die das Skript der Seite schreibt

js-previous-change = Vorherige Änderung
js-next-change = Nächste Änderung
js-change-of = Änderung { $n } von { $total }
js-keys-hint-html = oder drücke <kbd>p</kbd> und <kbd>n</kbd>
js-earlier-draft = Früherer Entwurf
js-later-draft = Späterer Entwurf
js-draft-of = Entwurf { $n } von { $total }
js-position-of = { $n } von { $total }
# Die Live-Vorschau (`redraft serve`): ein Feld über der Seite, wenn sich ein gespeicherter Stand nicht erstellen ließ.
js-build-failed = Nach dem Speichern ließ sich die Seite nicht erstellen
js-build-failed-help = Du siehst den letzten Stand, der sich erstellen ließ. Behebe, was unten genannt ist, und speichere: Diese Seite aktualisiert sich von selbst.
js-hide = Ausblenden
js-search-none = Kein Text passt zu „{ $query }“. Versuch es mit weniger oder kürzeren Wörtern.
js-search-found = { $n ->
    [one] { $n } Text passt zu „{ $query }“.
   *[other] { $n } Texte passen zu „{ $query }“.
}

## Wie leicht sich ein Entwurf liest, nach dem Maß, das für seine Sprache gemacht ist. $score ist
## der gerundete Wert des Maßes, $measure sein Name (LIX, Fernández Huerta, Amstad …).

readability-below-grade-1 = liest sich sehr leicht (unterhalb des 1. Schuljahrs)
readability-grade = liest sich etwa auf dem Niveau des { $score }. Schuljahrs
readability-university = liest sich auf Hochschulniveau ({ $score }. Schuljahr)
readability-measure = { $measure } { $score }: { $band }
band-very-easy = sehr leicht
band-easy = leicht
band-fairly-easy = mittelleicht
band-medium = mittel
band-fairly-difficult = mittelschwer
band-difficult = schwer
band-very-difficult = sehr schwer

## Namen, die ein Screenreader für das vorliest, was redraft dem Text eines Entwurfs hinzufügt:
## die Kästchen einer Aufgabenliste, die Nummer einer Fußnote und ihr Rücklink, eine Rückmeldung
## an einer Textstelle.

md-task-done = erledigt
md-task-not-done = nicht erledigt
md-note = Fußnote { $n }
md-back = Zurück zum Text
pin-name = Rückmeldung { $n }
pin-back = (zurück zur Textstelle)

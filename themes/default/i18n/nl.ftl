# redraft in het Nederlands: alle woorden die het ingebouwde thema en redraft op een pagina zetten.
#
# Een portfolio kan elk ervan veranderen met een eigen bestand: i18n/nl.ftl, met alleen de
# berichten die het wil veranderen. `redraft check` laat zien welke berichten een taal nog mist.
#
# Berichten waarvan de id op -html eindigt, mogen opmaak bevatten; alle andere zijn platte tekst.
# Het Nederlands heeft de meervoudsvormen "one" en "other".
#
# Woordkeuze: draft = versie, piece = tekst, post = bericht, feedback = feedback,
# reflection = reflectie, showcase/best work = pronkstuk(ken), assignment = opdracht,
# tag = tag. Lezers worden met "je" aangesproken.

## Het kader van elke pagina

skip-to-content = Naar de inhoud
nav-site = Website
feed-title = { $site }: nieuwe versies
footer-promise-pieces = Elke tekst hier laat al zijn versies zien, want pas door te herschrijven wordt een tekst echt goed.
footer-promise-posts = Elk bericht hier laat al zijn versies zien, want pas door te herschrijven wordt een tekst echt goed.
footer-shared-by = Gedeeld door { $name }.
footer-made-with = Gemaakt met { $generator }.
breadcrumb = Kruimelpad

## Startpagina

home-promise-pieces = Geen enkele tekst hier was in één keer goed. Open er een en volg hem van de eerste rommelige versie tot de nieuwste: wat er veranderde, waarom, en welke feedback daarbij hielp.
home-promise-posts = Elk bericht hier bewaart al zijn versies. Open er een en bekijk hoe het gegroeid is: wat er van versie tot versie veranderde, en waarom.
home-follow-feed = Volg nieuwe versies (Atom-feed)
home-topics = Onderwerpen
home-topic-count = ({ $n ->
    [one] { $n } bericht
   *[other] { $n } berichten
})
home-not-dated = Zonder datum
home-pieces = De teksten
home-empty-html = Er zijn nog geen gepubliceerde teksten. Zet een map met versies in <code>pieces/</code> en bouw de site opnieuw.

## Een tekst, als kaart en in regels

piece-by = Door
piece-teacher-model-by = Voorbeeldtekst van
piece-teacher-flag = De eigen versies van een docent
tags = Tags
draft-count = { $n ->
    [one] { $n } versie
   *[other] { $n } versies
}
planted = Begonnen op
last-tended = Laatst bijgewerkt op
showcase-badge = Pronkstuk

## De pagina met de weg van een tekst

piece-eyebrow = De weg van een tekst
piece-actions = Deze tekst
read-latest = Lees de nieuwste versie
compare-first-latest = Vergelijk de eerste en de nieuwste versie
replay-draft-by-draft = Bekijk de tekst versie voor versie
print-journey = Print alle versies
how-it-grew = Hoe de tekst groeide
chart-caption = Het aantal woorden in elke versie, en hoeveel er onderweg bij kwamen en geschrapt werden. De precieze getallen staan in de tabel hieronder.
numbers-by-draft = De cijfers, versie voor versie
numbers-table-caption = Wat de tekst van elke versie laat zien
col-draft = Versie
col-words = Woorden
col-added = Toegevoegd
col-cut = Geschrapt
col-new-writing = Nieuw geschreven
col-new-words = Nieuwe woorden geprobeerd
col-moved = Alinea’s verplaatst
col-sentences = Zinnen
col-average-sentence = Gemiddelde zinslengte
col-longest-sentence = Langste zin
col-readability = Leesbaarheid
too-short-to-say = te kort om iets over te zeggen
draft-by-draft = Versie voor versie
draft-n = Versie { $n }
draft-n-label = Versie { $n }: { $label }
feedback-it-answers = De feedback waarop deze versie reageert
what-changed = Wat er veranderde
see-the-changes = Bekijk de wijzigingen
see-the-changes-hidden = { " " }van de vorige versie naar versie { $n }
reflection = Reflectie
tried-something-new = Iets nieuws geprobeerd
tried-something-new-lead = Iets nieuws geprobeerd:
feedback-waiting = Feedback die nog op de volgende versie wacht
latest-draft = De nieuwste versie: { $n }
latest-draft-label = De nieuwste versie: { $n }, { $label }
percent = { $n }%

## Feedback

about-the-passage = Over de passage:{ " " }
see-passage-marked = Bekijk de gemarkeerde passage
see-passage-hidden = { " " }nummer { $pin }
see-passage-in-draft = { " " }in de versie
feedback-fate = In de volgende versie is deze passage
feedback-fate-end = .

## Versie voor versie

replay-drafts = Blader door de versies
replay-gap = Versies { $first } tot en met { $last } staan hier niet in de lijst.
replay-all = Bekijk alle { $n } versies op de pagina van de tekst

## Nieuwe woorden en cijfers

new-words-tried = { $n ->
    [one] { $n } nieuw woord geprobeerd:
   *[other] { $n } nieuwe woorden geprobeerd:
}
and-n-more = { " " }en nog { $n }
no-new-words = geen nieuwe woorden
new-words-count = { $n ->
    [one] { $n } nieuw woord:
   *[other] { $n } nieuwe woorden:
}
words = Woorden
sentences = Zinnen
average-sentence = Gemiddelde zinslengte
longest-sentence = Langste zin
n-words = { $n ->
    [one] { $n } woord
   *[other] { $n } woorden
}
readability = Leesbaarheid
new-writing = Nieuw geschreven
share-of-draft = { $n }% van deze versie

## De pagina van een versie

draft-title = Versie { $n } van “{ $piece }”
titled-then = Heette toen nog “{ $title }”.
drafts-of-piece = Versies van deze tekst
what-changed-in-draft = Wat er in deze versie veranderde
about-this-draft = Over deze versie
goals-shown = Leerdoelen in deze versie
feedback-on-this-draft = Feedback op deze versie
replay-this-draft = (deze versie)
draft-in-numbers = Deze versie in cijfers

## Wat er veranderde

changes-title = Wat er veranderde in versie { $n }
changes-heading = Wat er veranderde tussen versie { $from } en versie { $to }
share-new-writing = Versie { $n } bestaat voor { $share }% uit nieuwe tekst.
the-two-drafts = De twee versies
read-as-written = Lees versie { $n } zonder markeringen
read-as-written-label = Lees versie { $n } ({ $label }) zonder markeringen
why-it-changed = Waarom de tekst veranderde
feedback-on-draft = Feedback op versie { $n }
writers-note = De notitie van de schrijver
what-changed-lead = Wat er veranderde:
text-with-changes = De tekst, met de wijzigingen gemarkeerd
side-by-side-link-html = Of lees de twee versies <a href="#side-by-side">naast elkaar</a>.
legend-cut-html = <del>geschrapte tekst</del> is doorgestreept
legend-added-html = <ins>toegevoegde tekst</ins> is onderstreept
legend-restyled-html = <span class="legend__format">anders opgemaakte tekst</span> is met een stippellijn onderstreept en vertelt wat er veranderde
legend-spelling-html = bij verbeterde spelling zie je welke letters veranderden: gebeur<del>d</del><ins>t</ins>
legend-address-html = <span class="legend__address">een link</span> waarvan alleen het adres veranderde, heeft een klein teken; ga erop staan met de muis of ga ernaartoe met het toetsenbord om het oude en het nieuwe adres te zien
legend-block-html = <span class="legend__block">hele alinea’s</span> die zijn toegevoegd, geschrapt of verplaatst, krijgen een label in de marge
legend-block-restyled-html = <span class="legend__restyled">een anders opgemaakte alinea</span> (het niveau van een kop, de nummering van een lijst, een citaat), of een alinea die is gesplitst of samengevoegd, heeft een gestippelde rand en een label dat zegt wat ervan geworden is
changes-nav = Wijzigingen
change-count = { $n ->
    [one] { $n } wijziging:
   *[other] { $n } wijzigingen:
}
side-by-side-summary = Naast elkaar: versie { $from } links, versie { $to } rechts

## Van de eerste versie tot de nieuwste

compare-title = Eerste en nieuwste versie
compare-heading = Van de eerste versie tot de nieuwste
how-far = Hoe ver de tekst is gekomen
how-far-text = Van versie { $from }{ $from_date } tot versie { $to }{ $to_date }: { $drafts ->
    [one] { $drafts } versie
   *[other] { $drafts } versies
}, van { $first } naar { $latest } woorden.
date-after = { " " }({ $date })

## Niet gevonden

not-found-title = Pagina niet gevonden
not-found-heading = Deze pagina is er niet
not-found-text-html = Misschien is ze verplaatst, of het is een versie die (nog) niet gedeeld is. Alle gedeelde teksten staan op de <a href="{ $home }">startpagina</a>.

## Schrijvers, opdrachten, tags

tagged = Met de tag “{ $name }”
teacher-sharing = Een docent deelt eigen versies:{ " " }
group-count = { $pieces ->
    [one] { $pieces } tekst
   *[other] { $pieces } teksten
}, in totaal { $drafts ->
    [one] { $drafts } versie
   *[other] { $drafts } versies
}.
new-words-over-time = Nieuwe woorden in de loop van de tijd
new-words-over-time-about = De woorden die { $name } hier in elke tekst voor het eerst uitprobeerde; de teksten staan in de volgorde waarin eraan begonnen is. Getallen, namen en woorden van minder dan vier letters tellen niet mee.
groups-writers = Iedereen van wie hier versies gedeeld worden.
groups-assignments = De teksten, geordend per opdracht waarvoor ze geschreven zijn.
groups-tags = De teksten, geordend naar waar ze over gaan en hoe ze geschreven zijn.
group-member-count = { $pieces ->
    [one] { $pieces } tekst
   *[other] { $pieces } teksten
}, { $drafts ->
    [one] { $drafts } versie
   *[other] { $drafts } versies
}
group-member-teacher = , docent

## Om te printen

packet-title = { $piece }: alle versies, om te printen
packet-eyebrow = Alle versies, om te printen en na te kijken
packet-how = Op deze pagina staat de hele weg: elke versie volledig en op volgorde, met de feedback waarop ze reageerde, wat er veranderd is en waarom, en de feedback die ze kreeg. Print de pagina (elke versie begint op een nieuw vel, met ruimte in de marge voor aantekeningen) of lees alles gewoon van begin tot eind.

## Zoeken

search = Zoeken
search-label = Zoek een tekst op woorden, titel, schrijver, opdracht of tag
every-piece = Alle teksten

## Pronkstukken

best-work = Pronkstukken
best-work-about = Versies die hun schrijvers graag laten zien. Bij elke versie vind je de hele weg ernaartoe, want de beste versie is nooit de eerste.
draft-lower-n = versie { $n }
draft-n-of = Versie { $n } van { $count }
how-it-got-here = De weg ernaartoe
how-it-got-here-hidden = : zo ontstond “{ $piece }”

## Leestekens tussen de delen van een regel

# Tussen de onderdelen van een opsomming (“inkt, papier, lijm”) en vóór een datum na een titel.
list-separator = ,{ " " }
# Tussen een titel en wat erop volgt (“Versie 2: Na de feedback”).
label-separator = :{ " " }
# Het einde van een zin, en een zin die ermee eindigt.
sentence-end = .
sentence = { $text }.

## Datums. $month is 1 tot en met 12; $day en $year zijn getallen.

date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
date-short = { $day } { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
} { $year }

## Fasen van een versie, wie feedback geeft, wat er met een passage gebeurde

stage-notes = Aantekeningen
stage-first-draft = Eerste versie
stage-revision = Herschrijving
stage-final = Eindversie
role-teacher = Docent
role-peer = Klasgenoot
role-self = Zelfevaluatie
role-reader = Lezer
role-group = Groep
a-reader = Een lezer
fate-kept = ongewijzigd gebleven
fate-revised = herschreven
fate-cut = geschrapt

## Onderdelen van de site

nav-pieces = Teksten
nav-posts = Berichten
nav-writers = Schrijvers
nav-assignments = Opdrachten
nav-tags = Tags
nav-best-work = Pronkstukken
nav-search = Zoeken

## Woorden per versie, voor het lijntje naast elke tekst ($words is een lijst getallen)

words-per-draft = Woorden per versie: { $words }
# Eén getal, geschreven zoals dat in het Nederlands gebruikelijk is.
number = { $n }

## De groeigrafiek op de pagina van een tekst, en de beschrijving ervan voor schermlezers

chart-title-changes = Woorden in elke versie, en wat er telkens veranderde
chart-title-words = Woorden in de versie
chart-key-words = woorden
chart-key-added = toegevoegde woorden
chart-key-cut = geschrapte woorden
chart-first = Versie { $n }: { $words ->
    [one] { $words } woord
   *[other] { $words } woorden
}.
chart-step = Versie { $n }: { $words ->
    [one] { $words } woord
   *[other] { $words } woorden
}, { $added } toegevoegd, { $cut } geschrapt.

## Wat er tussen twee versies veranderde, in één regel

changes-none = Geen wijzigingen in de tekst
changes-words = { $added ->
    [one] { $added } woord toegevoegd
   *[other] { $added } woorden toegevoegd
}, { $cut } geschrapt
changes-words-added = { $added ->
    [one] { $added } woord toegevoegd
   *[other] { $added } woorden toegevoegd
}
changes-words-cut = { $cut ->
    [one] { $cut } woord geschrapt
   *[other] { $cut } woorden geschrapt
}
changes-symbols = Alleen leestekens of symbolen gewijzigd
changes-paragraphs-added = { $n ->
    [one] { $n } alinea toegevoegd
   *[other] { $n } alinea’s toegevoegd
}
changes-paragraphs-removed = { $n ->
    [one] { $n } alinea verwijderd
   *[other] { $n } alinea’s verwijderd
}
changes-paragraphs-moved = { $n ->
    [one] { $n } alinea verplaatst
   *[other] { $n } alinea’s verplaatst
}
changes-paragraphs-rewritten = { $n ->
    [one] { $n } alinea herschreven
   *[other] { $n } alinea’s herschreven
}
changes-paragraphs-restyled = { $n ->
    [one] { $n } alinea anders opgemaakt
   *[other] { $n } alinea’s anders opgemaakt
}
changes-paragraphs-split = { $n ->
    [one] { $n } alinea gesplitst
   *[other] { $n } alinea’s gesplitst
}
changes-paragraphs-joined = { $n ->
    [one] { $n } alinea samengevoegd
   *[other] { $n } alinea’s samengevoegd
}
# Na het eerste aantal alinea’s laten de andere het zelfstandig naamwoord weg:
# “2 alinea’s verplaatst, 1 herschreven”.
changes-then-added = { $n } toegevoegd
changes-then-removed = { $n } verwijderd
changes-then-moved = { $n } verplaatst
changes-then-rewritten = { $n } herschreven
changes-then-restyled = { $n } anders opgemaakt
changes-then-split = { $n } gesplitst
changes-then-joined = { $n } samengevoegd
changes-formatting = { $n ->
    [one] { $n } opmaakwijziging
   *[other] { $n } opmaakwijzigingen
}

## Hoe een tekst groeide, in een paar zinnen. $drafts telt de versies; $first en $latest zijn
## de woorden van de eerste en de nieuwste versie; $added, $cut en $tried (nieuwe woorden)
## zijn totalen.

growth-none = Nog geen versies.
growth-one = Tot nu toe één versie, met { $words ->
    [one] { $words } woord
   *[other] { $words } woorden
}. Elke tekst begint ergens.
growth-grew = Gegroeid van { $first } naar { $latest ->
    [one] { $latest } woord
   *[other] { $latest } woorden
} in { $drafts ->
    [2] twee versies
    [3] drie versies
    [4] vier versies
    [5] vijf versies
    [6] zes versies
    [7] zeven versies
    [8] acht versies
    [9] negen versies
   *[other] { $drafts } versies
}.
growth-tightened = Ingekort van { $first } naar { $latest ->
    [one] { $latest } woord
   *[other] { $latest } woorden
} in { $drafts ->
    [2] twee versies
    [3] drie versies
    [4] vier versies
    [5] vijf versies
    [6] zes versies
    [7] zeven versies
    [8] acht versies
    [9] negen versies
   *[other] { $drafts } versies
}.
growth-stayed = In { $drafts ->
    [2] twee versies
    [3] drie versies
    [4] vier versies
    [5] vijf versies
    [6] zes versies
    [7] zeven versies
    [8] acht versies
    [9] negen versies
   *[other] { $drafts } versies
} op { $latest ->
    [one] { $latest } woord
   *[other] { $latest } woorden
} gebleven.
growth-same-words = De woorden bleven van versie tot versie hetzelfde.
growth-added = Onderweg { $added ->
    [one] werd { $added } woord
   *[other] werden { $added } woorden
} toegevoegd.
growth-cut = Onderweg { $cut ->
    [one] werd { $cut } woord
   *[other] werden { $cut } woorden
} geschrapt.
growth-tried = Onderweg { $tried ->
    [one] werd { $tried } nieuw woord
   *[other] werden { $tried } nieuwe woorden
} uitgeprobeerd.
growth-added-cut = Onderweg { $added ->
    [one] werd { $added } woord
   *[other] werden { $added } woorden
} toegevoegd en { $cut } geschrapt.
growth-added-tried = Onderweg { $added ->
    [one] werd { $added } woord
   *[other] werden { $added } woorden
} toegevoegd en { $tried ->
    [one] { $tried } nieuw woord
   *[other] { $tried } nieuwe woorden
} uitgeprobeerd.
growth-cut-tried = Onderweg { $cut ->
    [one] werd { $cut } woord
   *[other] werden { $cut } woorden
} geschrapt en { $tried ->
    [one] { $tried } nieuw woord
   *[other] { $tried } nieuwe woorden
} uitgeprobeerd.
growth-added-cut-tried = Onderweg { $added ->
    [one] werd { $added } woord
   *[other] werden { $added } woorden
} toegevoegd, { $cut } geschrapt en { $tried ->
    [one] { $tried } nieuw woord
   *[other] { $tried } nieuwe woorden
} uitgeprobeerd.
growth-cutting-is-revision = Schrappen is ook herschrijven.
growth-in-the-wording = De veranderingen zitten in de formulering.
# Tussen de zinnen van een samenvatting: een spatie.
sentence-gap = { " " }
word-gap = { " " }

## De weergave van de wijzigingen: labels naast de wijzigingen, die schermlezers voorlezen.
## Een label eindigt met diff-label-end (“Verwijderd:”); “geschrapt:” en “toegevoegd:” staan
## vóór de woorden die ze markeren.

diff-label-end = :
# Tussen een label en de woorden die het markeert (“toegevoegd: een nieuwe regel”): een spatie.
diff-label-gap = { " " }
diff-cut = geschrapt:
diff-added = toegevoegd:
diff-removed = Verwijderd
diff-added-block = Toegevoegd
diff-rewritten-before = Herschreven, eerst
diff-rewritten-after = Herschreven, nu
diff-split-here = hier gesplitst
# Wat een blok werd. $kind is paragraph, text (woorden buiten elk blok), quote, bulleted-list,
# numbered-list, aside, details (een uitklapbaar gedeelte), box, figure, section, heading (met
# $level, 1 tot en met 6) of other (met $tag, de naam van het HTML-element). Elke soort staat
# er voluit, zodat lidwoord en vorm kloppen.
diff-now = { $kind ->
    [paragraph] Nu een alinea
    [text] Nu gewone tekst
    [quote] Nu een citaat
    [bulleted-list] Nu een lijst met opsommingstekens
    [numbered-list] Nu een genummerde lijst
    [aside] Nu een kanttekening
    [details] Nu een uitklapbaar gedeelte
    [box] Nu een kader
    [figure] Nu een figuur
    [section] Nu een sectie
    [heading] Nu een kop van niveau { $level }
   *[other] Nu een { $tag }-element
}
# Een blok staat nu in een omringend blok van soort $kind: aside, details, box, figure,
# section of other (met $tag).
diff-now-in = { $kind ->
    [aside] Nu in een kanttekening
    [details] Nu in een uitklapbaar gedeelte
    [box] Nu in een kader
    [figure] Nu in een figuur
    [section] Nu in een sectie
   *[other] Nu in een { $tag }-element
}
# Een blok staat niet meer in een omringend blok van soort $kind (zoals bij diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] Niet meer in een kanttekening
    [details] Niet meer in een uitklapbaar gedeelte
    [box] Niet meer in een kader
    [figure] Niet meer in een figuur
    [section] Niet meer in een sectie
   *[other] Niet meer in een { $tag }-element
}
diff-no-longer-quoted = Geen citaat meer
# $what is lists, quotes of paragraphs.
diff-split = Gesplitst in { $n } { $what ->
    [lists] lijsten
    [quotes] citaten
   *[paragraphs] alinea’s
}
diff-joined = Samengevoegd uit { $n } { $what ->
    [lists] lijsten
    [quotes] citaten
   *[paragraphs] alinea’s
}
diff-moved-down-html = Verplaatst, nu <a href="{ $href }">verderop</a>
diff-moved-up-html = Verplaatst, nu <a href="{ $href }">eerder in de tekst</a>
diff-moved-from-below-html = Hierheen verplaatst van <a href="{ $href }">verderop</a>
diff-moved-from-above-html = Hierheen verplaatst van <a href="{ $href }">eerder in de tekst</a>
# De opmaak van dezelfde woorden veranderde: “nu cursief, niet meer vet”.
diff-now-format = nu { $format }
diff-no-longer-format = niet meer { $format }
diff-format-italic = cursief
diff-format-bold = vet
diff-format-code = als code
diff-format-struck = doorgestreept
diff-format-highlighted = gemarkeerd
diff-format-underlined = onderstreept
diff-format-subscript = in subscript
diff-format-superscript = in superscript
diff-link-added = link toegevoegd
diff-link-removed = link verwijderd
diff-link-changed = link gewijzigd
diff-address-added-html = linkadres toegevoegd: { $to }
diff-address-removed-html = linkadres verwijderd, was <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = linkadres gewijzigd van <span class="diff-address__old">{ $from }</span> naar { $to }
# Een woord waarin een of twee letters veranderden, helemaal uitgesproken.
diff-typo = “{ $old }” veranderd in “{ $new }”
# De weergave naast elkaar.
diff-before = Vóór
diff-after = Na
diff-all-same = { $n ->
    [one] De alinea is hetzelfde gebleven
   *[other] Alle { $n } alinea’s zijn hetzelfde gebleven
}
diff-unchanged = { $n ->
    [one] { $n } alinea ongewijzigd
   *[other] { $n } alinea’s ongewijzigd
}

## Woorden die het script van de pagina schrijft

js-previous-change = Vorige wijziging
js-next-change = Volgende wijziging
js-change-of = Wijziging { $n } van { $total }
js-keys-hint-html = of druk op <kbd>p</kbd> en <kbd>n</kbd>
js-earlier-draft = Eerdere versie
js-later-draft = Latere versie
js-draft-of = Versie { $n } van { $total }
js-position-of = { $n } van { $total }
# De live-voorvertoning (`redraft serve`): een paneel over de pagina als het bouwen na het opslaan misging.
js-build-failed = Na het opslaan lukte het bouwen niet
js-build-failed-help = Je ziet nog de pagina van de laatste keer dat het bouwen wel lukte. Verbeter wat hieronder staat en sla op: deze pagina werkt zichzelf bij.
js-hide = Verbergen
js-search-none = Geen tekst past bij “{ $query }”. Probeer minder of kortere woorden.
js-search-found = { $n ->
    [one] { $n } tekst past bij “{ $query }”.
   *[other] { $n } teksten passen bij “{ $query }”.
}

## Hoe makkelijk een versie leest, volgens de maat die voor haar taal gemaakt is. $score is het
## cijfer van die maat, afgerond; $measure de naam ervan (LIX, Fernández Huerta, Amstad ...).

readability-below-grade-1 = leest heel makkelijk (minder dan een jaar onderwijs)
readability-grade = leest op het niveau van ongeveer { $score } jaar onderwijs
readability-university = leest op universitair niveau ({ $score } jaar onderwijs)
readability-measure = { $measure } { $score }: { $band }
band-very-easy = zeer makkelijk
band-easy = makkelijk
band-fairly-easy = vrij makkelijk
band-medium = gemiddeld
band-fairly-difficult = vrij moeilijk
band-difficult = moeilijk
band-very-difficult = zeer moeilijk

## Namen die een schermlezer voorleest voor wat redraft aan de tekst van een versie toevoegt: de
## vakjes van een takenlijst, het nummer van een voetnoot en de link terug, feedback bij een passage.

md-task-done = gedaan
md-task-not-done = nog te doen
md-note = Voetnoot { $n }
md-back = Terug naar de tekst
pin-name = Feedback { $n }
pin-back = (terug naar de passage)

# Le parole di redraft in italiano: tutto il testo che il tema predefinito e redraft mettono in una pagina.
#
# Un portfolio può cambiarne qualsiasi con un file tutto suo, i18n/it.ftl,
# che contenga solo i messaggi che vuole cambiare.
# I messaggi il cui id finisce in -html possono contenere tag HTML: vanno lasciati così come sono.
# { $n -> [one] ... *[other] ... } sceglie la forma in base al numero (regole del plurale CLDR dell’italiano).

## La cornice di ogni pagina

skip-to-content = Vai al contenuto
nav-site = Navigazione del sito
feed-title = { $site }: nuove bozze
footer-promise-pieces = Ogni testo qui mostra le sue bozze, perché è rivedendo che si impara a scrivere bene.
footer-promise-posts = Ogni post qui mostra le sue bozze, perché è rivedendo che si impara a scrivere bene.
footer-shared-by = A cura di { $name }.
footer-made-with = Realizzato con { $generator }.
breadcrumb = Percorso di navigazione

## Pagina iniziale

home-promise-pieces = Nessun testo qui è venuto bene al primo colpo. Aprine uno e seguilo dalla prima bozza, piena di cancellature, fino all’ultima: che cosa è cambiato, perché e quali commenti hanno aiutato.
home-promise-posts = Ogni post qui conserva le sue bozze. Aprine uno per vedere come è cresciuto: che cosa è cambiato da una bozza all’altra, e perché.
home-follow-feed = Segui le nuove bozze (feed Atom)
home-topics = Argomenti
home-topic-count = ({ $n ->
    [one] { $n } post
   *[other] { $n } post
})
home-not-dated = Senza data
home-pieces = I testi
home-empty-html = Non ci sono ancora testi pubblicati. Aggiungi una cartella di bozze in <code>pieces/</code> e genera di nuovo il sito.

## Un testo, in schede e righe

piece-by = Di
piece-teacher-model-by = Testo modello dell’insegnante
piece-teacher-flag = Le bozze dell’insegnante
tags = Tag
draft-count = { $n ->
    [one] { $n } bozza
   *[other] { $n } bozze
}
planted = Inizio:
last-tended = Ultima revisione:
showcase-badge = In vetrina

## La pagina del percorso di un testo

piece-eyebrow = Il percorso di un testo
piece-actions = Questo testo
read-latest = Leggi l’ultima bozza
compare-first-latest = Confronta la prima e l’ultima bozza
replay-draft-by-draft = Ripercorrilo bozza per bozza
print-journey = Stampa tutto il percorso
how-it-grew = Come è cresciuto
chart-caption = Le parole di ogni bozza, e quante ne sono state aggiunte e tagliate per arrivarci. I numeri sono nella tabella qui sotto.
numbers-by-draft = I numeri, bozza per bozza
numbers-table-caption = Che cosa mostra il testo di ogni bozza
col-draft = Bozza
col-words = Parole
col-added = Aggiunte
col-cut = Tagliate
col-new-writing = Testo nuovo
col-new-words = Parole nuove
col-moved = Paragrafi spostati
col-sentences = Frasi
col-average-sentence = Media per frase
col-longest-sentence = Frase più lunga
col-readability = Leggibilità
too-short-to-say = troppo breve per dirlo
draft-by-draft = Bozza per bozza
draft-n = Bozza { $n }
draft-n-label = Bozza { $n }: { $label }
feedback-it-answers = I commenti a cui risponde
what-changed = Che cosa è cambiato
see-the-changes = Vedi le modifiche
see-the-changes-hidden = { " " }dalla bozza precedente alla bozza { $n }
reflection = Riflessione
tried-something-new = Ha provato qualcosa di nuovo
tried-something-new-lead = Ha provato qualcosa di nuovo:
feedback-waiting = Commenti in attesa della prossima bozza
latest-draft = L’ultima bozza: la numero { $n }
latest-draft-label = L’ultima bozza: la numero { $n }, { $label }
percent = { $n }%

## Commenti

about-the-passage = Sul passaggio:{ " " }
see-passage-marked = Vedi il passaggio segnato
see-passage-hidden = { " " }con la nota { $pin }
see-passage-in-draft = { " " }nella bozza
feedback-fate = Nella bozza successiva, questo passaggio è stato
feedback-fate-end = .

## Ripercorrere le bozze

replay-drafts = Ripercorri le bozze
replay-gap = Le bozze da { $first } a { $last } non sono elencate qui.
replay-all = Vedi tutte le { $n } bozze nella pagina del percorso

## Parole nuove e numeri

new-words-tried = { $n ->
    [one] { $n } parola usata per la prima volta:
   *[other] { $n } parole usate per la prima volta:
}
and-n-more = { " " }{ $n ->
    [one] e un’altra
   *[other] e altre { $n }
}
no-new-words = nessuna parola nuova
new-words-count = { $n ->
    [one] { $n } parola nuova:
   *[other] { $n } parole nuove:
}
words = Parole
sentences = Frasi
average-sentence = Media per frase
longest-sentence = Frase più lunga
n-words = { $n ->
    [one] { $n } parola
   *[other] { $n } parole
}
readability = Leggibilità
new-writing = Testo nuovo
share-of-draft = { $n }% della bozza

## La pagina di una bozza

draft-title = Bozza { $n } di “{ $piece }”
titled-then = All’epoca si intitolava “{ $title }”.
drafts-of-piece = Le bozze di questo testo
what-changed-in-draft = Che cosa è cambiato in questa bozza
about-this-draft = Su questa bozza
goals-shown = Obiettivi messi in pratica
feedback-on-this-draft = Commenti su questa bozza
replay-this-draft = (questa bozza)
draft-in-numbers = Questa bozza in numeri

## La vista delle modifiche

changes-title = Che cosa è cambiato nella bozza { $n }
changes-heading = Che cosa è cambiato dalla bozza { $from } alla bozza { $to }
share-new-writing = Testo nuovo nella bozza { $n }: { $share }%.
the-two-drafts = Le due bozze
read-as-written = Leggi la bozza { $n } così com’è
read-as-written-label = Leggi la bozza { $n } ({ $label }) così com’è
why-it-changed = Perché è cambiato
feedback-on-draft = Commenti sulla bozza { $n }
writers-note = La nota di chi scrive
what-changed-lead = Che cosa è cambiato:
text-with-changes = Il testo, con le modifiche segnate
side-by-side-link-html = Oppure leggi le due bozze <a href="#side-by-side">una accanto all’altra</a>.
legend-cut-html = <del>il testo tagliato</del> è barrato
legend-added-html = <ins>il testo aggiunto</ins> è sottolineato
legend-restyled-html = <span class="legend__format">il testo riformattato</span> è sottolineato a puntini, con una nota che dice come è cambiato
legend-spelling-html = un errore di ortografia corretto mostra le lettere cambiate: perch<del>è</del><ins>é</ins>
legend-address-html = <span class="legend__address">un link</span> di cui è cambiato solo l’indirizzo ha un piccolo segno; passaci sopra con il mouse o selezionalo con la tastiera per vedere il vecchio e il nuovo indirizzo
legend-block-html = <span class="legend__block">i paragrafi interi</span> aggiunti, tagliati o spostati sono segnalati a margine
legend-block-restyled-html = <span class="legend__restyled">un paragrafo riformattato</span> (il livello di un titolo, la numerazione di un elenco, una citazione), diviso o unito a un altro, ha il bordo a puntini e una nota che dice che cosa è diventato
changes-nav = Modifiche
change-count = { $n ->
    [one] { $n } modifica:
   *[other] { $n } modifiche:
}
side-by-side-summary = Una accanto all’altra: la bozza { $from } a sinistra, la bozza { $to } a destra

## Dalla prima all’ultima bozza

compare-title = Dalla prima all’ultima bozza
compare-heading = Dalla prima all’ultima bozza
how-far = Quanta strada ha fatto
how-far-text = Dalla bozza { $from }{ $from_date } alla bozza { $to }{ $to_date }: { $drafts } bozze, da { $first } a { $latest } parole.
date-after = { " " }({ $date })

## Pagina non trovata

not-found-title = Pagina non trovata
not-found-heading = Questa pagina non c’è
not-found-text-html = Forse è stata spostata, oppure è una bozza che chi l’ha scritta non ha condiviso. Tutti i testi condivisi sono elencati nella <a href="{ $home }">pagina iniziale</a>.

## Autori, consegne, tag

tagged = Con il tag “{ $name }”
teacher-sharing = L’insegnante condivide qui le proprie bozze:{ " " }
group-count = { $pieces ->
    [one] { $pieces } testo
   *[other] { $pieces } testi
}, { $drafts ->
    [one] { $drafts } bozza
   *[other] { $drafts } bozze
} in tutto.
new-words-over-time = Le parole nuove nel tempo
new-words-over-time-about = Per ogni testo, le parole che { $name } ha usato qui per la prima volta; i testi sono nell’ordine in cui sono stati iniziati. Cifre e nomi propri non vengono contati.
groups-writers = Tutte le persone che condividono qui le loro bozze.
groups-assignments = I testi, raggruppati in base alla consegna a cui rispondono.
groups-tags = I testi, raggruppati in base a ciò di cui parlano e a come sono scritti.
group-member-count = { $pieces ->
    [one] { $pieces } testo
   *[other] { $pieces } testi
}, { $drafts ->
    [one] { $drafts } bozza
   *[other] { $drafts } bozze
}
group-member-teacher = , insegnante

## Il fascicolo da stampare

packet-title = { $piece }: tutte le bozze, da stampare
packet-eyebrow = Tutte le bozze, da stampare e annotare
packet-how = Questa pagina raccoglie tutto il percorso: ogni bozza per intero, in ordine, con i commenti a cui risponde, che cosa è stato cambiato e perché, e i commenti ricevuti. Stampala (ogni bozza comincia su un foglio nuovo, con spazio a margine per gli appunti) oppure leggila tutta di seguito.

## Ricerca

search = Cerca
search-label = Trova un testo in base alle parole, al titolo, a chi l’ha scritto, alla consegna o a un tag
every-piece = Tutti i testi

## In vetrina

best-work = In vetrina
best-work-about = Le bozze che chi le ha scritte ha scelto di mettere in mostra. Ognuna porta a tutto il percorso che l’ha preceduta, perché la bozza migliore non è mai la prima.
draft-lower-n = bozza { $n }
draft-n-of = Bozza { $n } di { $count }
how-it-got-here = Com’è arrivata fin qui
how-it-got-here-hidden = : il percorso di “{ $piece }”

## Punteggiatura tra le parti di una riga

# Tra gli elementi di un elenco (“inchiostro, carta, colla”) e prima di una data dopo un titolo.
list-separator = ,{ " " }
# Tra un titolo e ciò che segue (“Bozza 2: dopo i commenti”).
label-separator = :{ " " }
# La fine di una frase, e una frase che finisce così.
sentence-end = .
sentence = { $text }.

## Date. $month va da 1 a 12; $day e $year sono numeri.

date-long = { $day ->
    [1] 1º
   *[other] { $day }
} { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
} { $year }
date-short = { $day ->
    [1] 1º
   *[other] { $day }
} { $month ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
} { $year }

## Fasi di una bozza, ruoli di chi dà commenti, che cosa è successo a un passaggio

stage-notes = Appunti
stage-first-draft = Prima stesura
stage-revision = Revisione
stage-final = Versione finale
role-teacher = Insegnante
role-peer = Compagno/a
role-self = Autovalutazione
role-reader = Lettore/lettrice
role-group = Gruppo
a-reader = Un lettore
fate-kept = lasciato così com’era
fate-revised = riformulato
fate-cut = tagliato

## Sezioni del sito

nav-pieces = Testi
nav-posts = Post
nav-writers = Autori
nav-assignments = Consegne
nav-tags = Tag
nav-best-work = In vetrina
nav-search = Cerca

## Parole per bozza, per la piccola riga accanto a ogni testo ($words è un elenco di numeri)

words-per-draft = Parole per bozza: { $words }
# Un numero da solo, scritto come si usa nella lingua.
number = { $n }

## Il grafico della crescita di un testo, e la sua descrizione per i lettori di schermo

chart-title-changes = Le parole di ogni bozza, e che cosa è cambiato ogni volta
chart-title-words = Le parole della bozza
chart-key-words = parole
chart-key-added = parole aggiunte
chart-key-cut = parole tagliate
chart-first = Bozza { $n }: { $words ->
    [one] { $words } parola
   *[other] { $words } parole
}.
chart-step = Bozza { $n }: { $words ->
    [one] { $words } parola
   *[other] { $words } parole
}, { $added ->
    [one] { $added } aggiunta
   *[other] { $added } aggiunte
}, { $cut ->
    [one] { $cut } tagliata
   *[other] { $cut } tagliate
}.

## Che cosa è cambiato tra due bozze, in una riga

changes-none = Nessuna modifica al testo
changes-words = { $added ->
    [one] { $added } parola aggiunta
   *[other] { $added } parole aggiunte
}, { $cut ->
    [one] { $cut } tagliata
   *[other] { $cut } tagliate
}
changes-words-added = { $added ->
    [one] { $added } parola aggiunta
   *[other] { $added } parole aggiunte
}
changes-words-cut = { $cut ->
    [one] { $cut } parola tagliata
   *[other] { $cut } parole tagliate
}
changes-symbols = Sono cambiati solo segni di punteggiatura o simboli
changes-paragraphs-added = { $n ->
    [one] { $n } paragrafo aggiunto
   *[other] { $n } paragrafi aggiunti
}
changes-paragraphs-removed = { $n ->
    [one] { $n } paragrafo tagliato
   *[other] { $n } paragrafi tagliati
}
changes-paragraphs-moved = { $n ->
    [one] { $n } paragrafo spostato
   *[other] { $n } paragrafi spostati
}
changes-paragraphs-rewritten = { $n ->
    [one] { $n } paragrafo riscritto
   *[other] { $n } paragrafi riscritti
}
changes-paragraphs-restyled = { $n ->
    [one] { $n } paragrafo riformattato
   *[other] { $n } paragrafi riformattati
}
changes-paragraphs-split = { $n ->
    [one] { $n } paragrafo diviso
   *[other] { $n } paragrafi divisi
}
changes-paragraphs-joined = { $n ->
    [one] { $n } paragrafo unito
   *[other] { $n } paragrafi uniti
}
# Dopo il primo numero di paragrafi, gli altri non ripetono il nome:
# “2 paragrafi spostati, 1 riscritto”.
changes-then-added = { $n ->
    [one] { $n } aggiunto
   *[other] { $n } aggiunti
}
changes-then-removed = { $n ->
    [one] { $n } tagliato
   *[other] { $n } tagliati
}
changes-then-moved = { $n ->
    [one] { $n } spostato
   *[other] { $n } spostati
}
changes-then-rewritten = { $n ->
    [one] { $n } riscritto
   *[other] { $n } riscritti
}
changes-then-restyled = { $n ->
    [one] { $n } riformattato
   *[other] { $n } riformattati
}
changes-then-split = { $n ->
    [one] { $n } diviso
   *[other] { $n } divisi
}
changes-then-joined = { $n ->
    [one] { $n } unito
   *[other] { $n } uniti
}
changes-formatting = { $n ->
    [one] { $n } modifica di formattazione
   *[other] { $n } modifiche di formattazione
}

## Come è cresciuto un testo, in poche frasi. $drafts conta le bozze; $first e $latest sono
## le parole della prima e dell’ultima bozza; $added, $cut e $tried (parole nuove) sono totali.

growth-none = Ancora nessuna bozza.
growth-one = Per ora una sola bozza, di { $words ->
    [one] { $words } parola
   *[other] { $words } parole
}. Da qualche parte bisogna pur cominciare.
growth-grew = È cresciuto da { $first } a { $latest } parole in { $drafts ->
    [2] due bozze
    [3] tre bozze
    [4] quattro bozze
    [5] cinque bozze
    [6] sei bozze
    [7] sette bozze
    [8] otto bozze
    [9] nove bozze
   *[other] { $drafts } bozze
}.
growth-tightened = Si è asciugato da { $first } a { $latest } parole in { $drafts ->
    [2] due bozze
    [3] tre bozze
    [4] quattro bozze
    [5] cinque bozze
    [6] sei bozze
    [7] sette bozze
    [8] otto bozze
    [9] nove bozze
   *[other] { $drafts } bozze
}.
growth-stayed = È rimasto a { $latest ->
    [one] { $latest } parola
   *[other] { $latest } parole
} in { $drafts ->
    [2] due bozze
    [3] tre bozze
    [4] quattro bozze
    [5] cinque bozze
    [6] sei bozze
    [7] sette bozze
    [8] otto bozze
    [9] nove bozze
   *[other] { $drafts } bozze
}.
growth-same-words = Le parole sono rimaste le stesse da una bozza all’altra.
growth-added = Strada facendo: { $added ->
    [one] { $added } parola aggiunta
   *[other] { $added } parole aggiunte
}.
growth-cut = Strada facendo: { $cut ->
    [one] { $cut } parola tagliata
   *[other] { $cut } parole tagliate
}.
growth-tried = Strada facendo: { $tried ->
    [one] { $tried } parola nuova provata
   *[other] { $tried } parole nuove provate
}.
growth-added-cut = Strada facendo: { $added ->
    [one] { $added } parola aggiunta
   *[other] { $added } parole aggiunte
} e { $cut ->
    [one] { $cut } tagliata
   *[other] { $cut } tagliate
}.
growth-added-tried = Strada facendo: { $added ->
    [one] { $added } parola aggiunta
   *[other] { $added } parole aggiunte
} e { $tried ->
    [one] { $tried } parola nuova provata
   *[other] { $tried } parole nuove provate
}.
growth-cut-tried = Strada facendo: { $cut ->
    [one] { $cut } parola tagliata
   *[other] { $cut } parole tagliate
} e { $tried ->
    [one] { $tried } parola nuova provata
   *[other] { $tried } parole nuove provate
}.
growth-added-cut-tried = Strada facendo: { $added ->
    [one] { $added } parola aggiunta
   *[other] { $added } parole aggiunte
}, { $cut ->
    [one] { $cut } tagliata
   *[other] { $cut } tagliate
} e { $tried ->
    [one] { $tried } parola nuova provata
   *[other] { $tried } parole nuove provate
}.
growth-cutting-is-revision = Anche tagliare è rivedere.
growth-in-the-wording = Le modifiche sono tutte nella formulazione.
# Tra le frasi di un riassunto: uno spazio.
sentence-gap = { " " }
word-gap = { " " }

## La vista delle modifiche: le etichette accanto alle modifiche, che i lettori di schermo leggono ad alta voce.
## Un’etichetta finisce con diff-label-end (“Tagliato:”); “tagliato:” e “aggiunto:” vengono prima delle parole che segnano.

diff-label-end = :
# Tra un’etichetta e le parole che segna (“aggiunto: una riga nuova”): uno spazio.
diff-label-gap = { " " }
diff-cut = tagliato:
diff-added = aggiunto:
diff-removed = Tagliato
diff-added-block = Aggiunto
diff-rewritten-before = Riscritto, prima
diff-rewritten-after = Riscritto, dopo
diff-split-here = diviso qui
# Che cosa è diventato un blocco. $kind è paragraph, text (parole fuori da qualsiasi blocco),
# quote, bulleted-list, numbered-list, aside, details (una sezione espandibile), box, figure,
# section, heading (con $level, da 1 a 6) o other (con $tag, il nome dell’elemento HTML).
# Ogni tipo è scritto per intero, perché articolo e genere concordino.
diff-now = { $kind ->
    [paragraph] Ora è un paragrafo
    [text] Ora è testo semplice
    [quote] Ora è una citazione
    [bulleted-list] Ora è un elenco puntato
    [numbered-list] Ora è un elenco numerato
    [aside] Ora è una nota a margine
    [details] Ora è una sezione espandibile
    [box] Ora è un riquadro
    [figure] Ora è una figura
    [section] Ora è una sezione
    [heading] Ora è un titolo di livello { $level }
   *[other] Ora è un elemento { $tag }
}
# Un blocco ora si trova dentro un altro di tipo $kind: aside, details, box, figure, section
# o other (con $tag).
diff-now-in = { $kind ->
    [aside] Ora è in una nota a margine
    [details] Ora è in una sezione espandibile
    [box] Ora è in un riquadro
    [figure] Ora è in una figura
    [section] Ora è in una sezione
   *[other] Ora è in un elemento { $tag }
}
# Un blocco non si trova più dentro un altro di tipo $kind (come per diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] Non è più in una nota a margine
    [details] Non è più in una sezione espandibile
    [box] Non è più in un riquadro
    [figure] Non è più in una figura
    [section] Non è più in una sezione
   *[other] Non è più in un elemento { $tag }
}
diff-no-longer-quoted = Non è più una citazione
# $what è lists (elenchi), quotes (citazioni) o paragraphs (paragrafi).
diff-split = { $what ->
    [lists] Diviso in { $n } elenchi
    [quotes] Divisa in { $n } citazioni
   *[paragraphs] Diviso in { $n } paragrafi
}
diff-joined = { $what ->
    [lists] Unione di { $n } elenchi
    [quotes] Unione di { $n } citazioni
   *[paragraphs] Unione di { $n } paragrafi
}
diff-moved-down-html = Spostato <a href="{ $href }">più in basso</a>
diff-moved-up-html = Spostato <a href="{ $href }">più in alto</a>
diff-moved-from-below-html = Spostato qui da <a href="{ $href }">più in basso</a>
diff-moved-from-above-html = Spostato qui da <a href="{ $href }">più in alto</a>
# La formattazione è cambiata sulle stesse parole: “ora in corsivo, non più in grassetto”.
diff-now-format = ora { $format }
diff-no-longer-format = non più { $format }
diff-format-italic = in corsivo
diff-format-bold = in grassetto
diff-format-code = come codice
diff-format-struck = barrato
diff-format-highlighted = evidenziato
diff-format-underlined = sottolineato
diff-format-subscript = in pedice
diff-format-superscript = in apice
diff-link-added = link aggiunto
diff-link-removed = link rimosso
diff-link-changed = link cambiato
diff-address-added-html = indirizzo del link aggiunto: { $to }
diff-address-removed-html = indirizzo del link rimosso, era <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = indirizzo del link cambiato da <span class="diff-address__old">{ $from }</span> a { $to }
# Una parola con una lettera o due cambiate, detta per intero.
diff-typo = “{ $old }” cambiato in “{ $new }”
# La vista una accanto all’altra.
diff-before = Prima
diff-after = Dopo
diff-all-same = { $n ->
    [one] Il paragrafo è uguale nelle due bozze
   *[other] I { $n } paragrafi sono uguali nelle due bozze
}
diff-unchanged = { $n ->
    [one] { $n } paragrafo senza modifiche
   *[other] { $n } paragrafi senza modifiche
}

## Le parole che scrive lo script della pagina (senza lo script, non ne compare nessuna). { $n } e
## { $total } li inserisce lo script.

js-previous-change = Modifica precedente
js-next-change = Modifica successiva
js-change-of = Modifica { $n } di { $total }
js-keys-hint-html = oppure premi <kbd>p</kbd> e <kbd>n</kbd>
js-earlier-draft = Bozza precedente
js-later-draft = Bozza successiva
js-draft-of = Bozza { $n } di { $total }
js-position-of = { $n } di { $total }
# L’anteprima dal vivo (`redraft serve`): un riquadro sopra la pagina quando ciò che è stato salvato non si è potuto generare.
js-build-failed = Non è stato possibile generare quello che hai appena salvato
js-build-failed-help = Stai guardando l’ultima versione generata senza errori. Correggi quello che è indicato qui sotto e salva: questa pagina si aggiorna da sola.
js-hide = Nascondi
js-search-none = Nessun testo corrisponde a “{ $query }”. Prova con meno parole o con parole più brevi.
# $n testi trovati; lo script sceglie la forma in base alle regole del plurale della lingua.
js-search-found = { $n ->
    [one] { $n } testo corrisponde a “{ $query }”.
   *[other] { $n } testi corrispondono a “{ $query }”.
}

## Quanto si legge facilmente una bozza, secondo la misura pensata per la sua lingua. $score è
## il valore della misura, arrotondato; $measure il suo nome (LIX, Fernández Huerta, Amstad...).

readability-below-grade-1 = si legge con molta facilità (meno di un anno di scuola)
readability-grade = { $score ->
    [one] livello di lettura di circa un anno di scuola
   *[other] livello di lettura di circa { $score } anni di scuola
}
readability-university = livello di lettura universitario ({ $score } anni di studio)
readability-measure = { $measure } { $score }: { $band }
band-very-easy = molto facile
band-easy = facile
band-fairly-easy = abbastanza facile
band-medium = di media difficoltà
band-fairly-difficult = abbastanza difficile
band-difficult = difficile
band-very-difficult = molto difficile

## Nomi che un lettore di schermo legge per ciò che redraft aggiunge al testo di una bozza: le
## caselle di un elenco di attività, il numero di una nota e il suo link di ritorno, un commento
## fissato a un passaggio.

md-task-done = fatto
md-task-not-done = da fare
md-note = Nota { $n }
md-back = Torna al testo
pin-name = Commento { $n }
pin-back = (torna al passaggio)

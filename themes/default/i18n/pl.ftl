# redraft po polsku: wszystkie słowa, które wbudowany motyw i redraft umieszczają na stronie.
#
# Portfolio może zmienić każde z nich we własnym pliku: i18n/pl.ftl, zawierającym tylko te
# komunikaty, które chce zmienić. `redraft check` pokazuje, których komunikatów brakuje w danym języku.
#
# Komunikaty, których identyfikator kończy się na -html, mogą zawierać znaczniki; pozostałe
# to zwykły tekst. Polski ma formy liczby mnogiej: one (1), few (2–4, 22–24 …),
# many (0, 5–21, 25–31 …) i other (ułamki, np. „12,5 słowa”).
#
# Słownictwo: draft = wersja robocza, piece = tekst, post = wpis, feedback = uwagi,
# reflection = refleksja, showcase/best work = najlepsza praca / najlepsze prace,
# assignment = zadanie, tag = tag. Do czytelników zwracamy się na „ty”.

## Ramka każdej strony

skip-to-content = Przejdź do treści
nav-site = Menu strony
feed-title = { $site }: nowe wersje robocze
footer-promise-pieces = Każdy tekst pokazuje tu swoje wersje robocze, bo dobre teksty powstają dzięki poprawianiu.
footer-promise-posts = Każdy wpis pokazuje tu swoje wersje robocze, bo dobre teksty powstają dzięki poprawianiu.
footer-shared-by = Udostępnia: { $name }.
footer-made-with = Utworzono za pomocą { $generator }.
breadcrumb = Ścieżka nawigacji

## Strona główna

home-promise-pieces = Żaden tekst nie był tu dobry od razu. Otwórz dowolny i prześledź jego drogę od pierwszej, chaotycznej wersji roboczej do najnowszej: co się zmieniło, dlaczego i jakie uwagi w tym pomogły.
home-promise-posts = Każdy wpis zachowuje tu swoje wersje robocze. Otwórz któryś i zobacz, jak się rozwijał: co zmieniało się z wersji na wersję i dlaczego.
home-follow-feed = Obserwuj nowe wersje robocze (kanał Atom)
home-topics = Tematy
home-topic-count = ({ $n ->
    [one] { $n } wpis
    [few] { $n } wpisy
    [many] { $n } wpisów
   *[other] { $n } wpisu
})
home-not-dated = Bez daty
home-pieces = Teksty
home-empty-html = Nie ma jeszcze opublikowanych tekstów. Dodaj folder z wersjami roboczymi w <code>pieces/</code> i zbuduj stronę jeszcze raz.

## Tekst na karcie i w wierszach

piece-by = Tekst:
piece-teacher-model-by = Tekst wzorcowy:
piece-teacher-flag = Wersje robocze nauczyciela
tags = Tagi
draft-count = { $n ->
    [one] { $n } wersja robocza
    [few] { $n } wersje robocze
    [many] { $n } wersji roboczych
   *[other] { $n } wersji roboczej
}
planted = Rozpoczęto
last-tended = Ostatnio poprawiono
showcase-badge = Najlepsza praca

## Strona z drogą tekstu

piece-eyebrow = Droga tekstu
piece-actions = Ten tekst
read-latest = Przeczytaj najnowszą wersję roboczą
compare-first-latest = Porównaj pierwszą i najnowszą wersję roboczą
replay-draft-by-draft = Przejdź po kolei przez wszystkie wersje robocze
print-journey = Wydrukuj wszystkie wersje robocze
how-it-grew = Jak rósł tekst
chart-caption = Liczba słów w każdej wersji roboczej oraz ile słów dopisano i usunięto w drodze do niej. Dokładne liczby są w tabeli poniżej.
numbers-by-draft = Liczby dla każdej wersji roboczej
numbers-table-caption = Co pokazuje tekst każdej wersji roboczej
col-draft = Wersja robocza
col-words = Słowa
col-added = Dopisane
col-cut = Usunięte
col-new-writing = Nowy tekst
col-new-words = Nowe wypróbowane słowa
col-moved = Przeniesione akapity
col-sentences = Zdania
col-average-sentence = Średnia długość zdania
col-longest-sentence = Najdłuższe zdanie
col-readability = Czytelność
too-short-to-say = za mało tekstu, by ocenić
draft-by-draft = Kolejne wersje robocze
draft-n = Wersja robocza { $n }
draft-n-label = Wersja robocza { $n }: { $label }
feedback-it-answers = Uwagi, na które odpowiada ta wersja robocza
what-changed = Co się zmieniło
see-the-changes = Zobacz zmiany
see-the-changes-hidden = { " " }od poprzedniej wersji roboczej do wersji roboczej { $n }
reflection = Refleksja
tried-something-new = Próba czegoś nowego
tried-something-new-lead = Próba czegoś nowego:
feedback-waiting = Uwagi czekające na następną wersję roboczą
latest-draft = Najnowsza wersja robocza: { $n }
latest-draft-label = Najnowsza wersja robocza: { $n }, { $label }
percent = { $n }%

## Uwagi

about-the-passage = Dotyczy fragmentu:{ " " }
see-passage-marked = Zobacz zaznaczony fragment
see-passage-hidden = { " " }numer { $pin }
see-passage-in-draft = { " " }w wersji roboczej
feedback-fate = W następnej wersji roboczej ten fragment został
feedback-fate-end = .

## Wersje robocze po kolei

replay-drafts = Wersje robocze po kolei
replay-gap = Wersje robocze od { $first } do { $last } nie są tu wymienione.
replay-all = Zobacz wszystkie wersje robocze ({ $n }) na stronie tekstu

## Nowe słowa i liczby

new-words-tried = { $n ->
    [one] Wypróbowano { $n } nowe słowo:
    [few] Wypróbowano { $n } nowe słowa:
    [many] Wypróbowano { $n } nowych słów:
   *[other] Wypróbowano { $n } nowego słowa:
}
and-n-more = { " " }i jeszcze { $n }
no-new-words = brak nowych słów
new-words-count = { $n ->
    [one] { $n } nowe słowo:
    [few] { $n } nowe słowa:
    [many] { $n } nowych słów:
   *[other] { $n } nowego słowa:
}
words = Słowa
sentences = Zdania
average-sentence = Średnia długość zdania
longest-sentence = Najdłuższe zdanie
n-words = { $n ->
    [one] { $n } słowo
    [few] { $n } słowa
    [many] { $n } słów
   *[other] { $n } słowa
}
readability = Czytelność
new-writing = Nowy tekst
share-of-draft = { $n }% tej wersji roboczej

## Strona wersji roboczej

draft-title = Wersja robocza { $n } tekstu „{ $piece }”
titled-then = Tytuł w tej wersji: „{ $title }”.
drafts-of-piece = Wersje robocze tego tekstu
what-changed-in-draft = Co się zmieniło w tej wersji roboczej
about-this-draft = O tej wersji roboczej
goals-shown = Cele widoczne w tej wersji roboczej
feedback-on-this-draft = Uwagi do tej wersji roboczej
replay-this-draft = (ta wersja robocza)
draft-in-numbers = Ta wersja robocza w liczbach

## Widok zmian

changes-title = Co się zmieniło w wersji roboczej { $n }
changes-heading = Co się zmieniło między wersją roboczą { $from } a { $to }
share-new-writing = { $share }% wersji roboczej { $n } to nowy tekst.
the-two-drafts = Obie wersje robocze
read-as-written = Przeczytaj wersję roboczą { $n } bez zaznaczeń
read-as-written-label = Przeczytaj wersję roboczą { $n } ({ $label }) bez zaznaczeń
why-it-changed = Skąd te zmiany
feedback-on-draft = Uwagi do wersji roboczej { $n }
writers-note = Własnymi słowami
what-changed-lead = Co się zmieniło:
text-with-changes = Tekst z zaznaczonymi zmianami
side-by-side-link-html = Możesz też przeczytać obie wersje robocze <a href="#side-by-side">obok siebie</a>.
legend-cut-html = <del>usunięty tekst</del> jest przekreślony
legend-added-html = <ins>dopisany tekst</ins> jest podkreślony
legend-restyled-html = <span class="legend__format">tekst ze zmienionym formatowaniem</span> ma kropkowane podkreślenie i opis zmiany
legend-spelling-html = poprawiona pisownia pokazuje zmienione litery: kt<del>u</del><ins>ó</ins>ry
legend-address-html = <span class="legend__address">link</span>, w którym zmienił się tylko adres, ma mały znaczek; najedź na niego myszą albo przejdź do niego klawiaturą, a zobaczysz stary i nowy adres
legend-block-html = <span class="legend__block">całe akapity</span> dopisane, usunięte lub przeniesione są opisane na marginesie
legend-block-restyled-html = <span class="legend__restyled">akapit ze zmienionym formatowaniem</span> (poziom nagłówka, numeracja listy, cytat), a także akapit podzielony lub połączony, ma kropkowaną krawędź i etykietę, która mówi, czym teraz jest
changes-nav = Zmiany
change-count = { $n ->
    [one] { $n } zmiana:
    [few] { $n } zmiany:
    [many] { $n } zmian:
   *[other] { $n } zmiany:
}
side-by-side-summary = Obok siebie: wersja robocza { $from } po lewej, wersja robocza { $to } po prawej

## Od pierwszej wersji roboczej do najnowszej

compare-title = Pierwsza i najnowsza wersja robocza
compare-heading = Od pierwszej wersji roboczej do najnowszej
how-far = Jaką drogę przeszedł tekst
how-far-text = Od wersji roboczej { $from }{ $from_date } do { $to }{ $to_date }: { $drafts ->
    [one] { $drafts } wersja robocza
    [few] { $drafts } wersje robocze
    [many] { $drafts } wersji roboczych
   *[other] { $drafts } wersji roboczej
}, od { $first } do { $latest ->
    [one] { $latest } słowa
    [few] { $latest } słów
    [many] { $latest } słów
   *[other] { $latest } słowa
}.
date-after = { " " }({ $date })

## Nie znaleziono

not-found-title = Nie znaleziono strony
not-found-heading = Tej strony tu nie ma
not-found-text-html = Może została przeniesiona, a może to wersja robocza, która nie została udostępniona. Wszystkie udostępnione teksty znajdziesz na <a href="{ $home }">stronie głównej</a>.

## Autorzy, zadania, tagi

tagged = Z tagiem „{ $name }”
teacher-sharing = Własne wersje robocze nauczyciela:{ " " }
group-count = { $pieces ->
    [one] { $pieces } tekst
    [few] { $pieces } teksty
    [many] { $pieces } tekstów
   *[other] { $pieces } tekstu
}, łącznie { $drafts ->
    [one] { $drafts } wersja robocza
    [few] { $drafts } wersje robocze
    [many] { $drafts } wersji roboczych
   *[other] { $drafts } wersji roboczej
}.
new-words-over-time = Nowe słowa z biegiem czasu
new-words-over-time-about = Słowa, które po raz pierwszy pojawiły się w kolejnych tekstach, jakie { $name } tu udostępnia. Teksty są ułożone w kolejności, w jakiej zostały rozpoczęte. Pominięto liczby, imiona i nazwy oraz słowa krótsze niż cztery litery.
groups-writers = Wszystkie osoby, których wersje robocze są tu udostępnione.
groups-assignments = Teksty pogrupowane według zadania, do którego powstały.
groups-tags = Teksty pogrupowane według tego, o czym są i jak są napisane.
group-member-count = { $pieces ->
    [one] { $pieces } tekst
    [few] { $pieces } teksty
    [many] { $pieces } tekstów
   *[other] { $pieces } tekstu
}, { $drafts ->
    [one] { $drafts } wersja robocza
    [few] { $drafts } wersje robocze
    [many] { $drafts } wersji roboczych
   *[other] { $drafts } wersji roboczej
}
group-member-teacher = , nauczyciel

## Wersja do druku

packet-title = { $piece }: wszystkie wersje robocze do druku
packet-eyebrow = Wszystkie wersje robocze do wydrukowania i sprawdzenia
packet-how = Na tej stronie jest cała droga tekstu: każda wersja robocza w całości, po kolei, z uwagami, na które odpowiada, z opisem tego, co zmieniono i dlaczego, oraz z uwagami, które otrzymała. Wydrukuj ją (każda wersja robocza zaczyna się na nowej kartce, z miejscem na notatki na marginesie) albo po prostu przeczytaj od początku do końca.

## Szukaj

search = Szukaj
search-label = Znajdź tekst po słowach z treści, tytule, autorze, zadaniu lub tagu
every-piece = Wszystkie teksty

## Najlepsze prace

best-work = Najlepsze prace
best-work-about = Wersje robocze, którymi ich autorzy chcą się pochwalić. Z każdej przejdziesz do całej drogi, jaką przeszedł tekst, bo najlepsza wersja robocza nigdy nie jest pierwsza.
draft-lower-n = wersja robocza { $n }
draft-n-of = Wersja robocza { $n } z { $count }
how-it-got-here = Zobacz, jak powstawała
how-it-got-here-hidden = : droga tekstu „{ $piece }”

## Znaki interpunkcyjne między częściami wiersza

# Między elementami wyliczenia („atrament, papier, klej”) i przed datą po tytule.
list-separator = ,{ " " }
# Między tytułem a tym, co po nim następuje („Wersja robocza 2: Po uwagach”).
label-separator = :{ " " }
# Koniec zdania oraz zdanie, które się nim kończy.
sentence-end = .
sentence = { $text }.

## Daty. $month to liczba od 1 do 12; $day i $year to liczby.

date-long = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
} { $year }
date-short = { $day } { $month ->
    [1] sty
    [2] lut
    [3] mar
    [4] kwi
    [5] maj
    [6] cze
    [7] lip
    [8] sie
    [9] wrz
    [10] paź
    [11] lis
   *[12] gru
} { $year }

## Etapy wersji roboczej, kto przekazuje uwagi, co się stało z fragmentem

stage-notes = Notatki
stage-first-draft = Pierwsza wersja robocza
stage-revision = Poprawki
stage-final = Wersja końcowa
role-teacher = Nauczyciel
role-peer = Z klasy
role-self = Samoocena
role-reader = Czytelnik
role-group = Grupa
a-reader = Ktoś z czytelników
fate-kept = zachowany bez zmian
fate-revised = poprawiony
fate-cut = usunięty

## Działy strony

nav-pieces = Teksty
nav-posts = Wpisy
nav-writers = Autorzy
nav-assignments = Zadania
nav-tags = Tagi
nav-best-work = Najlepsze prace
nav-search = Szukaj

## Słowa w kolejnych wersjach roboczych, do małego wykresu przy każdym tekście ($words to lista liczb)

words-per-draft = Liczba słów w kolejnych wersjach roboczych: { $words }
# Sama liczba, zapisana po polsku.
number = { $n }

## Wykres na stronie tekstu i jego opis dla czytników ekranu

chart-title-changes = Słowa w każdej wersji roboczej i co zmieniało się za każdym razem
chart-title-words = Słowa w wersji roboczej
chart-key-words = słowa
chart-key-added = dopisane słowa
chart-key-cut = usunięte słowa
chart-first = Wersja robocza { $n }: { $words ->
    [one] { $words } słowo
    [few] { $words } słowa
    [many] { $words } słów
   *[other] { $words } słowa
}.
chart-step = Wersja robocza { $n }: { $words ->
    [one] { $words } słowo
    [few] { $words } słowa
    [many] { $words } słów
   *[other] { $words } słowa
}; dopisano { $added }, usunięto { $cut }.

## Co się zmieniło między dwiema wersjami roboczymi, w jednym wierszu

changes-none = Bez zmian w tekście
changes-words = Dopisano { $added ->
    [one] { $added } słowo
    [few] { $added } słowa
    [many] { $added } słów
   *[other] { $added } słowa
}, usunięto { $cut }
changes-words-added = Dopisano { $added ->
    [one] { $added } słowo
    [few] { $added } słowa
    [many] { $added } słów
   *[other] { $added } słowa
}
changes-words-cut = Usunięto { $cut ->
    [one] { $cut } słowo
    [few] { $cut } słowa
    [many] { $cut } słów
   *[other] { $cut } słowa
}
changes-symbols = Zmieniono tylko interpunkcję lub symbole
changes-paragraphs-added = dopisano { $n ->
    [one] { $n } akapit
    [few] { $n } akapity
    [many] { $n } akapitów
   *[other] { $n } akapitu
}
changes-paragraphs-removed = usunięto { $n ->
    [one] { $n } akapit
    [few] { $n } akapity
    [many] { $n } akapitów
   *[other] { $n } akapitu
}
changes-paragraphs-moved = przeniesiono { $n ->
    [one] { $n } akapit
    [few] { $n } akapity
    [many] { $n } akapitów
   *[other] { $n } akapitu
}
changes-paragraphs-rewritten = przepisano { $n ->
    [one] { $n } akapit
    [few] { $n } akapity
    [many] { $n } akapitów
   *[other] { $n } akapitu
}
changes-paragraphs-restyled = przeformatowano { $n ->
    [one] { $n } akapit
    [few] { $n } akapity
    [many] { $n } akapitów
   *[other] { $n } akapitu
}
changes-paragraphs-split = podzielono { $n ->
    [one] { $n } akapit
    [few] { $n } akapity
    [many] { $n } akapitów
   *[other] { $n } akapitu
}
changes-paragraphs-joined = połączono { $n ->
    [one] { $n } akapit
    [few] { $n } akapity
    [many] { $n } akapitów
   *[other] { $n } akapitu
}
# Po pierwszej liczbie akapitów kolejne pomijają rzeczownik:
# „przeniesiono 2 akapity, przepisano 1”.
changes-then-added = dopisano { $n }
changes-then-removed = usunięto { $n }
changes-then-moved = przeniesiono { $n }
changes-then-rewritten = przepisano { $n }
changes-then-restyled = przeformatowano { $n }
changes-then-split = podzielono { $n }
changes-then-joined = połączono { $n }
changes-formatting = zmieniono formatowanie w { $n ->
    [one] { $n } miejscu
    [few] { $n } miejscach
    [many] { $n } miejscach
   *[other] { $n } miejsca
}

## Jak rósł tekst, w kilku zdaniach. $drafts to liczba wersji roboczych; $first i $latest to
## liczba słów w pierwszej i najnowszej wersji; $added, $cut i $tried (nowe słowa) to sumy.

growth-none = Nie ma jeszcze wersji roboczych.
growth-one = Na razie jedna wersja robocza, która liczy { $words ->
    [one] { $words } słowo
    [few] { $words } słowa
    [many] { $words } słów
   *[other] { $words } słowa
}. Każdy tekst od czegoś się zaczyna.
growth-grew = W { $drafts ->
    [2] dwóch wersjach roboczych
    [3] trzech wersjach roboczych
    [4] czterech wersjach roboczych
    [5] pięciu wersjach roboczych
    [6] sześciu wersjach roboczych
    [7] siedmiu wersjach roboczych
    [8] ośmiu wersjach roboczych
    [9] dziewięciu wersjach roboczych
   *[other] { $drafts } wersjach roboczych
} tekst urósł z { $first } do { $latest ->
    [one] { $latest } słowa
    [few] { $latest } słów
    [many] { $latest } słów
   *[other] { $latest } słowa
}.
growth-tightened = W { $drafts ->
    [2] dwóch wersjach roboczych
    [3] trzech wersjach roboczych
    [4] czterech wersjach roboczych
    [5] pięciu wersjach roboczych
    [6] sześciu wersjach roboczych
    [7] siedmiu wersjach roboczych
    [8] ośmiu wersjach roboczych
    [9] dziewięciu wersjach roboczych
   *[other] { $drafts } wersjach roboczych
} tekst stał się zwięźlejszy: z { $first } do { $latest ->
    [one] { $latest } słowa
    [few] { $latest } słów
    [many] { $latest } słów
   *[other] { $latest } słowa
}.
growth-stayed = W { $drafts ->
    [2] dwóch wersjach roboczych
    [3] trzech wersjach roboczych
    [4] czterech wersjach roboczych
    [5] pięciu wersjach roboczych
    [6] sześciu wersjach roboczych
    [7] siedmiu wersjach roboczych
    [8] ośmiu wersjach roboczych
    [9] dziewięciu wersjach roboczych
   *[other] { $drafts } wersjach roboczych
} długość tekstu się nie zmieniła: { $latest ->
    [one] { $latest } słowo
    [few] { $latest } słowa
    [many] { $latest } słów
   *[other] { $latest } słowa
}.
growth-same-words = Słowa nie zmieniały się z wersji na wersję.
growth-added = Po drodze dopisano { $added ->
    [one] { $added } słowo
    [few] { $added } słowa
    [many] { $added } słów
   *[other] { $added } słowa
}.
growth-cut = Po drodze usunięto { $cut ->
    [one] { $cut } słowo
    [few] { $cut } słowa
    [many] { $cut } słów
   *[other] { $cut } słowa
}.
growth-tried = Po drodze wypróbowano { $tried ->
    [one] { $tried } nowe słowo
    [few] { $tried } nowe słowa
    [many] { $tried } nowych słów
   *[other] { $tried } nowego słowa
}.
growth-added-cut = Po drodze dopisano { $added ->
    [one] { $added } słowo
    [few] { $added } słowa
    [many] { $added } słów
   *[other] { $added } słowa
} i usunięto { $cut }.
growth-added-tried = Po drodze dopisano { $added ->
    [one] { $added } słowo
    [few] { $added } słowa
    [many] { $added } słów
   *[other] { $added } słowa
} i wypróbowano { $tried ->
    [one] { $tried } nowe słowo
    [few] { $tried } nowe słowa
    [many] { $tried } nowych słów
   *[other] { $tried } nowego słowa
}.
growth-cut-tried = Po drodze usunięto { $cut ->
    [one] { $cut } słowo
    [few] { $cut } słowa
    [many] { $cut } słów
   *[other] { $cut } słowa
} i wypróbowano { $tried ->
    [one] { $tried } nowe słowo
    [few] { $tried } nowe słowa
    [many] { $tried } nowych słów
   *[other] { $tried } nowego słowa
}.
growth-added-cut-tried = Po drodze dopisano { $added ->
    [one] { $added } słowo
    [few] { $added } słowa
    [many] { $added } słów
   *[other] { $added } słowa
}, usunięto { $cut } i wypróbowano { $tried ->
    [one] { $tried } nowe słowo
    [few] { $tried } nowe słowa
    [many] { $tried } nowych słów
   *[other] { $tried } nowego słowa
}.
growth-cutting-is-revision = Skracanie to też poprawianie.
growth-in-the-wording = Zmiany dotyczą sformułowań.
# Między zdaniami podsumowania: spacja.
sentence-gap = { " " }
word-gap = { " " }

## Widok zmian: etykiety przy zmianach, odczytywane przez czytniki ekranu. Etykieta kończy się
## znakiem diff-label-end („Usunięto:”); „usunięto:” i „dopisano:” stoją przed słowami,
## które oznaczają.

diff-label-end = :
# Między etykietą a słowami, które oznacza („dopisano: nowy wiersz”): spacja.
diff-label-gap = { " " }
diff-cut = usunięto:
diff-added = dopisano:
diff-removed = Usunięto
diff-added-block = Dopisano
diff-rewritten-before = Przepisano, było
diff-rewritten-after = Przepisano, jest
diff-split-here = tu podzielono
# Czym stał się blok. $kind to paragraph, text (słowa poza jakimkolwiek blokiem), quote,
# bulleted-list, numbered-list, aside, details (rozwijana sekcja), box, figure, section,
# heading (z $level, od 1 do 6) albo other (z $tag, nazwą elementu HTML). Każdy rodzaj bloku
# jest wypisany w całości, żeby zgadzały się rodzaj gramatyczny i przypadek.
diff-now = { $kind ->
    [paragraph] Teraz to akapit
    [text] Teraz to zwykły tekst
    [quote] Teraz to cytat
    [bulleted-list] Teraz to lista punktowana
    [numbered-list] Teraz to lista numerowana
    [aside] Teraz to dopisek na marginesie
    [details] Teraz to rozwijana sekcja
    [box] Teraz to ramka
    [figure] Teraz to ilustracja
    [section] Teraz to sekcja
    [heading] Teraz to nagłówek poziomu { $level }
   *[other] Teraz to element „{ $tag }”
}
# Blok trafił do bloku nadrzędnego rodzaju $kind: aside, details, box, figure, section
# albo other (z $tag).
diff-now-in = { $kind ->
    [aside] Teraz w dopisku na marginesie
    [details] Teraz w rozwijanej sekcji
    [box] Teraz w ramce
    [figure] Teraz w ilustracji
    [section] Teraz w sekcji
   *[other] Teraz w elemencie „{ $tag }”
}
# Blok opuścił blok nadrzędny rodzaju $kind (jak w diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] Już poza dopiskiem na marginesie
    [details] Już poza rozwijaną sekcją
    [box] Już poza ramką
    [figure] Już poza ilustracją
    [section] Już poza sekcją
   *[other] Już poza elementem „{ $tag }”
}
diff-no-longer-quoted = Już nie cytat
# $what to lists, quotes albo paragraphs.
diff-split = Podział na { $what ->
    [lists] { $n ->
        [one] { $n } listę
        [few] { $n } listy
        [many] { $n } list
       *[other] { $n } listy
    }
    [quotes] { $n ->
        [one] { $n } cytat
        [few] { $n } cytaty
        [many] { $n } cytatów
       *[other] { $n } cytatu
    }
   *[paragraphs] { $n ->
        [one] { $n } akapit
        [few] { $n } akapity
        [many] { $n } akapitów
       *[other] { $n } akapitu
    }
}
diff-joined = Połączenie { $what ->
    [lists] { $n ->
        [one] { $n } listy
        [few] { $n } list
        [many] { $n } list
       *[other] { $n } listy
    }
    [quotes] { $n ->
        [one] { $n } cytatu
        [few] { $n } cytatów
        [many] { $n } cytatów
       *[other] { $n } cytatu
    }
   *[paragraphs] { $n ->
        [one] { $n } akapitu
        [few] { $n } akapitów
        [many] { $n } akapitów
       *[other] { $n } akapitu
    }
}
diff-moved-down-html = Przeniesiono <a href="{ $href }">niżej</a>
diff-moved-up-html = Przeniesiono <a href="{ $href }">wyżej</a>
diff-moved-from-below-html = Przeniesiono tu z <a href="{ $href }">dalszej części tekstu</a>
diff-moved-from-above-html = Przeniesiono tu z <a href="{ $href }">wcześniejszej części tekstu</a>
# Zmieniło się formatowanie tych samych słów: „teraz kursywa, już nie pogrubienie”.
diff-now-format = teraz { $format }
diff-no-longer-format = już nie { $format }
diff-format-italic = kursywa
diff-format-bold = pogrubienie
diff-format-code = kod
diff-format-struck = przekreślenie
diff-format-highlighted = wyróżnienie
diff-format-underlined = podkreślenie
diff-format-subscript = indeks dolny
diff-format-superscript = indeks górny
diff-link-added = dodano link
diff-link-removed = usunięto link
diff-link-changed = zmieniono link
diff-address-added-html = dodano adres linku: { $to }
diff-address-removed-html = usunięto adres linku, wcześniej <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = zmieniono adres linku z <span class="diff-address__old">{ $from }</span> na { $to }
# Słowo, w którym zmieniła się litera lub dwie, odczytane w całości.
diff-typo = „{ $old }” zmieniono na „{ $new }”
# Widok obok siebie.
diff-before = Wcześniej
diff-after = Teraz
diff-all-same = { $n ->
    [one] Akapit się nie zmienił
    [few] Żaden z { $n } akapitów się nie zmienił
    [many] Żaden z { $n } akapitów się nie zmienił
   *[other] Żaden z { $n } akapitów się nie zmienił
}
diff-unchanged = { $n ->
    [one] { $n } akapit bez zmian
    [few] { $n } akapity bez zmian
    [many] { $n } akapitów bez zmian
   *[other] { $n } akapitu bez zmian
}

## Słowa, które pisze skrypt strony

js-previous-change = Poprzednia zmiana
js-next-change = Następna zmiana
js-change-of = Zmiana { $n } z { $total }
js-keys-hint-html = albo naciśnij <kbd>p</kbd> i <kbd>n</kbd>
js-earlier-draft = Wcześniejsza wersja robocza
js-later-draft = Późniejsza wersja robocza
js-draft-of = Wersja robocza { $n } z { $total }
js-position-of = { $n } z { $total }
# Podgląd na żywo (`redraft serve`): panel nad stroną, gdy po zapisaniu nie udało się jej zbudować.
js-build-failed = Po zapisaniu nie udało się zbudować strony
js-build-failed-help = Widzisz ostatni stan, który udało się zbudować. Popraw to, co wskazano poniżej, i zapisz: ta strona odświeży się sama.
js-hide = Ukryj
js-search-none = Żaden tekst nie pasuje do „{ $query }”. Spróbuj wpisać mniej słów albo krótsze.
js-search-found = { $n ->
    [one] { $n } tekst pasuje do „{ $query }”.
    [few] { $n } teksty pasują do „{ $query }”.
    [many] { $n } tekstów pasuje do „{ $query }”.
   *[other] { $n } tekstu pasuje do „{ $query }”.
}

## Jak łatwo czyta się wersję roboczą, według miary opracowanej dla jej języka. $score to
## zaokrąglony wynik miary, $measure – jej nazwa (LIX, Fernández Huerta, Amstad …).
## Stopnie trudności uzgadniamy z „tekst” (rodzaj męski).

readability-below-grade-1 = czyta się bardzo łatwo (mniej niż rok nauki szkolnej)
readability-grade = { $score ->
    [one] czyta się na poziomie około roku nauki szkolnej
   *[other] czyta się na poziomie około { $score } lat nauki szkolnej
}
readability-university = czyta się na poziomie akademickim (około { $score } lat nauki)
readability-measure = { $measure } { $score }: { $band }
band-very-easy = bardzo łatwy
band-easy = łatwy
band-fairly-easy = dość łatwy
band-medium = średnio trudny
band-fairly-difficult = dość trudny
band-difficult = trudny
band-very-difficult = bardzo trudny

## Nazwy, które czytnik ekranu odczytuje dla tego, co redraft dodaje do tekstu wersji roboczej:
## pól listy zadań, numeru przypisu i odnośnika powrotnego, uwagi przypiętej do fragmentu.

md-task-done = zrobione
md-task-not-done = do zrobienia
md-note = Przypis { $n }
md-back = Powrót do tekstu
pin-name = Uwaga { $n }
pin-back = (powrót do fragmentu)

# Les mots de redraft en français : tout le texte que le thème intégré et redraft affichent sur une page.
#
# Un portfolio peut modifier n’importe lequel de ces messages avec un fichier à lui, i18n/fr.ftl,
# qui ne contient que les messages qu’il change.
# Les messages dont l’identifiant finit par -html peuvent contenir des balises : elles restent telles quelles.
# { $n -> [one] ... *[other] ... } choisit la forme selon le nombre (règles de pluriel CLDR : « one » couvre 0 et 1).

## Le cadre de chaque page

skip-to-content = Aller au contenu
nav-site = Navigation du site
feed-title = { $site } : nouveaux brouillons
footer-promise-pieces = Chaque texte présenté ici montre ses brouillons, parce que c’est en retravaillant qu’on écrit bien.
footer-promise-posts = Chaque article présenté ici montre ses brouillons, parce que c’est en retravaillant qu’on écrit bien.
footer-shared-by = Partagé par { $name }.
footer-made-with = Réalisé avec { $generator }.
breadcrumb = Fil d’Ariane

## Page d’accueil

home-promise-pieces = Aucun texte ici n’est sorti parfait du premier coup. Ouvrez-en un pour le suivre du premier brouillon, plein de ratures, jusqu’au dernier : ce qui a changé, pourquoi, et les retours qui ont aidé.
home-promise-posts = Chaque article garde ici tous ses brouillons. Ouvrez-en un pour voir comment il a grandi : ce qui a changé d’un brouillon à l’autre, et pourquoi.
home-follow-feed = Suivre les nouveaux brouillons (flux Atom)
home-topics = Thèmes
home-topic-count = ({ $n ->
    [one] { $n } article
   *[other] { $n } articles
})
home-not-dated = Sans date
home-pieces = Les textes
home-empty-html = Aucun texte n’est encore publié. Ajoutez un dossier de brouillons dans <code>pieces/</code>, puis générez à nouveau le site.

## Un texte, en cartes et en lignes

piece-by = Par
piece-teacher-model-by = Texte modèle écrit par
piece-teacher-flag = Brouillons de prof
tags = Étiquettes
draft-count = { $n ->
    [one] { $n } brouillon
   *[other] { $n } brouillons
}
planted = Commencé le
last-tended = Dernière retouche le
showcase-badge = À l’honneur

## La page du parcours d’un texte

piece-eyebrow = Le parcours d’un texte
piece-actions = Ce texte
read-latest = Lire le dernier brouillon
compare-first-latest = Comparer le premier et le dernier brouillon
replay-draft-by-draft = Le revoir brouillon par brouillon
print-journey = Imprimer tout le parcours
how-it-grew = Comment il a grandi
chart-caption = Le nombre de mots de chaque brouillon, et combien ont été ajoutés et supprimés pour y arriver. Les chiffres sont dans le tableau ci-dessous.
numbers-by-draft = Les chiffres, brouillon par brouillon
numbers-table-caption = Ce que montre le texte de chaque brouillon
col-draft = Brouillon
col-words = Mots
col-added = Ajoutés
col-cut = Supprimés
col-new-writing = Texte neuf
col-new-words = Nouveaux mots
col-moved = Paragraphes déplacés
col-sentences = Phrases
col-average-sentence = Moyenne par phrase
col-longest-sentence = Phrase la plus longue
col-readability = Lisibilité
too-short-to-say = trop court pour en juger
draft-by-draft = Brouillon par brouillon
draft-n = Brouillon { $n }
draft-n-label = Brouillon { $n } : { $label }
feedback-it-answers = Les retours auxquels il répond
what-changed = Ce qui a changé
see-the-changes = Voir les modifications
see-the-changes-hidden = { " " }entre le brouillon précédent et le brouillon { $n }
reflection = Réflexion
tried-something-new = Essayé pour la première fois
tried-something-new-lead = Essayé pour la première fois :
feedback-waiting = Retours en attente du prochain brouillon
latest-draft = Le dernier brouillon : le n° { $n }
latest-draft-label = Le dernier brouillon : le n° { $n }, { $label }
percent = { $n } %

## Retours

about-the-passage = À propos du passage :{ " " }
see-passage-marked = Voir le passage signalé
see-passage-hidden = { " " }par la note { $pin }
see-passage-in-draft = { " " }dans le brouillon
feedback-fate = Dans le brouillon suivant, ce passage a été
feedback-fate-end = .

## Revoir les brouillons

replay-drafts = Revoir les brouillons
replay-gap = Les brouillons { $first } à { $last } ne sont pas listés ici.
replay-all = Voir les { $n } brouillons sur la page du parcours

## Nouveaux mots et chiffres

new-words-tried = { $n ->
    [one] { $n } mot employé pour la première fois :
   *[other] { $n } mots employés pour la première fois :
}
and-n-more = { " " }{ $n ->
    [one] et { $n } autre
   *[other] et { $n } autres
}
no-new-words = aucun nouveau mot
new-words-count = { $n ->
    [one] { $n } nouveau mot :
   *[other] { $n } nouveaux mots :
}
words = Mots
sentences = Phrases
average-sentence = Moyenne par phrase
longest-sentence = Phrase la plus longue
n-words = { $n ->
    [one] { $n } mot
   *[other] { $n } mots
}
readability = Lisibilité
new-writing = Texte neuf
share-of-draft = { $n } % de ce brouillon

## La page d’un brouillon

draft-title = Brouillon { $n } de « { $piece } »
titled-then = À ce moment-là, il s’intitulait « { $title } ».
drafts-of-piece = Les brouillons de ce texte
what-changed-in-draft = Ce qui a changé dans ce brouillon
about-this-draft = À propos de ce brouillon
goals-shown = Objectifs mis en pratique
feedback-on-this-draft = Retours sur ce brouillon
replay-this-draft = (ce brouillon)
draft-in-numbers = Ce brouillon en chiffres

## La vue des modifications

changes-title = Ce qui a changé dans le brouillon { $n }
changes-heading = Ce qui a changé du brouillon { $from } au brouillon { $to }
share-new-writing = Le texte neuf représente { $share } % du brouillon { $n }.
the-two-drafts = Les deux brouillons
read-as-written = Lire le brouillon { $n } tel quel
read-as-written-label = Lire le brouillon { $n } (« { $label } ») tel quel
why-it-changed = Pourquoi il a changé
feedback-on-draft = Retours sur le brouillon { $n }
writers-note = Notes d’écriture
what-changed-lead = Ce qui a changé :
text-with-changes = Le texte, avec les modifications signalées
side-by-side-link-html = Ou lisez les deux brouillons <a href="#side-by-side">côte à côte</a>.
legend-cut-html = <del>le texte supprimé</del> est barré
legend-added-html = <ins>le texte ajouté</ins> est souligné
legend-restyled-html = <span class="legend__format">le texte remis en forme</span> est souligné en pointillés, avec une mention qui précise comment
legend-spelling-html = une faute d’orthographe corrigée montre ses lettres : fa<del>c</del><ins>ç</ins>on
legend-address-html = <span class="legend__address">un lien</span> dont seule l’adresse a changé porte une petite marque ; survolez-le ou sélectionnez-le au clavier pour voir l’ancienne et la nouvelle adresse
legend-block-html = <span class="legend__block">les paragraphes entiers</span> ajoutés, supprimés ou déplacés sont signalés dans la marge
legend-block-restyled-html = <span class="legend__restyled">un paragraphe remis en forme</span> (niveau d’un titre, numérotation d’une liste, citation), scindé ou fusionné, a un bord en pointillés et une mention qui dit ce qu’il est devenu
changes-nav = Modifications
change-count = { $n ->
    [one] { $n } modification :
   *[other] { $n } modifications :
}
side-by-side-summary = Côte à côte : le brouillon { $from } à gauche, le brouillon { $to } à droite

## Du premier brouillon au dernier

compare-title = Du premier brouillon au dernier
compare-heading = Du premier brouillon au dernier
how-far = Le chemin parcouru
how-far-text = Du brouillon { $from }{ $from_date } au brouillon { $to }{ $to_date } : { $drafts } brouillons, de { $first } mots à { $latest }.
date-after = { " " }({ $date })

## Page introuvable

not-found-title = Page introuvable
not-found-heading = Cette page n’est pas là
not-found-text-html = Elle a peut-être changé d’adresse, ou il s’agit d’un brouillon qui n’a pas été partagé. Tous les textes partagés sont listés sur la <a href="{ $home }">page d’accueil</a>.

## Auteurs, consignes, étiquettes

tagged = Avec l’étiquette « { $name } »
teacher-sharing = Prof qui partage ses propres brouillons :{ " " }
group-count = { $pieces ->
    [one] { $pieces } texte
   *[other] { $pieces } textes
}, { $drafts ->
    [one] { $drafts } brouillon
   *[other] { $drafts } brouillons
} au total.
new-words-over-time = Les nouveaux mots au fil du temps
new-words-over-time-about = Pour chaque texte, les mots que { $name } y emploie pour la première fois sur ce site, dans l’ordre où les textes ont été commencés. Les chiffres et les noms propres ne sont pas comptés.
groups-writers = Toutes les personnes dont les brouillons sont partagés ici.
groups-assignments = Les textes, regroupés selon la consigne à laquelle ils répondent.
groups-tags = Les textes, regroupés selon leur sujet et leur manière d’être écrits.
group-member-count = { $pieces ->
    [one] { $pieces } texte
   *[other] { $pieces } textes
}, { $drafts ->
    [one] { $drafts } brouillon
   *[other] { $drafts } brouillons
}
group-member-teacher = , prof

## Le dossier à imprimer

packet-title = { $piece } : tous les brouillons, à imprimer
packet-eyebrow = Tous les brouillons, à imprimer et à annoter
packet-how = Cette page rassemble tout le parcours : chaque brouillon en entier, dans l’ordre, avec les retours auxquels il répond, ce qui a été modifié et pourquoi, et les retours qu’il a reçus. Imprimez-la (chaque brouillon commence sur une nouvelle feuille, avec de la place dans la marge pour les notes) ou lisez-la d’un bout à l’autre.

## Recherche

search = Rechercher
search-label = Cherchez un texte d’après ses mots, son titre, le nom de son auteur, sa consigne ou une étiquette
every-piece = Tous les textes

## Textes à l’honneur

best-work = Textes à l’honneur
best-work-about = Les brouillons que leurs auteurs ont choisi de mettre en avant. Chacun mène à tout le parcours qui y a conduit, parce que le meilleur brouillon n’est jamais le premier.
draft-lower-n = brouillon { $n }
draft-n-of = Brouillon { $n } sur { $count }
how-it-got-here = Comment il en est arrivé là
how-it-got-here-hidden = { "\u202F" }: le parcours de « { $piece } »

## Ponctuation entre les parties d’une ligne

# Entre les éléments d’une liste (« encre, papier, colle ») et avant une date qui suit un titre.
list-separator = ,{ " " }
# Entre un titre et ce qui le suit (« Brouillon 2 : après les retours »).
label-separator = { "\u202F: " }
# La fin d’une phrase, et une phrase qui se termine par elle.
sentence-end = .
sentence = { $text }.

## Dates. $month va de 1 à 12 ; $day et $year sont des nombres.

date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
date-short = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
} { $year }

## Étapes d’un brouillon, rôles de ceux qui font des retours, ce qu’est devenu un passage

stage-notes = Notes
stage-first-draft = Premier jet
stage-revision = Réécriture
stage-final = Version finale
role-teacher = Prof
role-peer = Camarade
role-self = Autoévaluation
role-reader = Relecture
role-group = Groupe
a-reader = Un lecteur
fate-kept = conservé tel quel
fate-revised = retravaillé
fate-cut = supprimé

## Rubriques du site

nav-pieces = Textes
nav-posts = Articles
nav-writers = Auteurs
nav-assignments = Consignes
nav-tags = Étiquettes
nav-best-work = À l’honneur
nav-search = Rechercher

## Mots par brouillon, pour la petite ligne à côté de chaque texte ($words est une liste de nombres)

words-per-draft = Mots par brouillon : { $words }
# Un nombre seul, écrit à la manière de la langue.
number = { $n }

## Le graphique d’évolution d’un texte, et sa description pour les lecteurs d’écran

chart-title-changes = Les mots de chaque brouillon, et ce qui a changé à chaque fois
chart-title-words = Les mots du brouillon
chart-key-words = mots
chart-key-added = mots ajoutés
chart-key-cut = mots supprimés
chart-first = Brouillon { $n } : { $words ->
    [one] { $words } mot
   *[other] { $words } mots
}.
chart-step = Brouillon { $n } : { $words ->
    [one] { $words } mot
   *[other] { $words } mots
}, { $added ->
    [one] { $added } ajouté
   *[other] { $added } ajoutés
}, { $cut ->
    [one] { $cut } supprimé
   *[other] { $cut } supprimés
}.

## Ce qui a changé entre deux brouillons, en une ligne

changes-none = Aucune modification du texte
changes-words = { $added ->
    [one] { $added } mot ajouté
   *[other] { $added } mots ajoutés
}, { $cut ->
    [one] { $cut } supprimé
   *[other] { $cut } supprimés
}
changes-words-added = { $added ->
    [one] { $added } mot ajouté
   *[other] { $added } mots ajoutés
}
changes-words-cut = { $cut ->
    [one] { $cut } mot supprimé
   *[other] { $cut } mots supprimés
}
changes-symbols = Seuls des signes de ponctuation ou des symboles ont changé
changes-paragraphs-added = { $n ->
    [one] { $n } paragraphe ajouté
   *[other] { $n } paragraphes ajoutés
}
changes-paragraphs-removed = { $n ->
    [one] { $n } paragraphe supprimé
   *[other] { $n } paragraphes supprimés
}
changes-paragraphs-moved = { $n ->
    [one] { $n } paragraphe déplacé
   *[other] { $n } paragraphes déplacés
}
changes-paragraphs-rewritten = { $n ->
    [one] { $n } paragraphe réécrit
   *[other] { $n } paragraphes réécrits
}
changes-paragraphs-restyled = { $n ->
    [one] { $n } paragraphe remis en forme
   *[other] { $n } paragraphes remis en forme
}
changes-paragraphs-split = { $n ->
    [one] { $n } paragraphe scindé
   *[other] { $n } paragraphes scindés
}
changes-paragraphs-joined = { $n ->
    [one] { $n } paragraphe fusionné
   *[other] { $n } paragraphes fusionnés
}
# Après le premier nombre de paragraphes, les suivants omettent le nom :
# « 2 paragraphes déplacés, 1 réécrit ».
changes-then-added = { $n ->
    [one] { $n } ajouté
   *[other] { $n } ajoutés
}
changes-then-removed = { $n ->
    [one] { $n } supprimé
   *[other] { $n } supprimés
}
changes-then-moved = { $n ->
    [one] { $n } déplacé
   *[other] { $n } déplacés
}
changes-then-rewritten = { $n ->
    [one] { $n } réécrit
   *[other] { $n } réécrits
}
changes-then-restyled = { $n } remis en forme
changes-then-split = { $n ->
    [one] { $n } scindé
   *[other] { $n } scindés
}
changes-then-joined = { $n ->
    [one] { $n } fusionné
   *[other] { $n } fusionnés
}
changes-formatting = { $n ->
    [one] { $n } modification de mise en forme
   *[other] { $n } modifications de mise en forme
}

## Comment un texte a grandi, en quelques phrases. $drafts compte les brouillons ; $first et $latest
## sont les mots du premier et du dernier brouillon ; $added, $cut et $tried (nouveaux mots) sont des totaux.

growth-none = Pas encore de brouillon.
growth-one = Un seul brouillon pour l’instant, de { $words ->
    [one] { $words } mot
   *[other] { $words } mots
}. Il faut bien commencer quelque part.
growth-grew = Il est passé de { $first } à { $latest } mots en { $drafts ->
    [2] deux brouillons
    [3] trois brouillons
    [4] quatre brouillons
    [5] cinq brouillons
    [6] six brouillons
    [7] sept brouillons
    [8] huit brouillons
    [9] neuf brouillons
   *[other] { $drafts } brouillons
}.
growth-tightened = Il s’est resserré, passant de { $first } à { $latest } mots en { $drafts ->
    [2] deux brouillons
    [3] trois brouillons
    [4] quatre brouillons
    [5] cinq brouillons
    [6] six brouillons
    [7] sept brouillons
    [8] huit brouillons
    [9] neuf brouillons
   *[other] { $drafts } brouillons
}.
growth-stayed = Il est resté à { $latest ->
    [one] { $latest } mot
   *[other] { $latest } mots
} sur { $drafts ->
    [2] deux brouillons
    [3] trois brouillons
    [4] quatre brouillons
    [5] cinq brouillons
    [6] six brouillons
    [7] sept brouillons
    [8] huit brouillons
    [9] neuf brouillons
   *[other] { $drafts } brouillons
}.
growth-same-words = Les mots sont restés les mêmes d’un brouillon à l’autre.
growth-added = Au fil des brouillons, { $added ->
    [one] { $added } mot a été ajouté
   *[other] { $added } mots ont été ajoutés
}.
growth-cut = Au fil des brouillons, { $cut ->
    [one] { $cut } mot a été supprimé
   *[other] { $cut } mots ont été supprimés
}.
growth-tried = Au fil des brouillons, { $tried ->
    [one] { $tried } nouveau mot a été essayé
   *[other] { $tried } nouveaux mots ont été essayés
}.
growth-added-cut = Au fil des brouillons, { $added ->
    [one] { $added } mot a été ajouté
   *[other] { $added } mots ont été ajoutés
} et { $cut ->
    [one] { $cut } supprimé
   *[other] { $cut } supprimés
}.
growth-added-tried = Au fil des brouillons, { $added ->
    [one] { $added } mot a été ajouté
   *[other] { $added } mots ont été ajoutés
} et { $tried ->
    [one] { $tried } nouveau mot essayé
   *[other] { $tried } nouveaux mots essayés
}.
growth-cut-tried = Au fil des brouillons, { $cut ->
    [one] { $cut } mot a été supprimé
   *[other] { $cut } mots ont été supprimés
} et { $tried ->
    [one] { $tried } nouveau mot essayé
   *[other] { $tried } nouveaux mots essayés
}.
growth-added-cut-tried = Au fil des brouillons, { $added ->
    [one] { $added } mot a été ajouté
   *[other] { $added } mots ont été ajoutés
}, { $cut ->
    [one] { $cut } supprimé
   *[other] { $cut } supprimés
} et { $tried ->
    [one] { $tried } nouveau mot essayé
   *[other] { $tried } nouveaux mots essayés
}.
growth-cutting-is-revision = Couper, c’est aussi retravailler.
growth-in-the-wording = Les changements sont dans la formulation.
# Entre les phrases d’un résumé : une espace.
sentence-gap = { " " }
word-gap = { " " }

## La vue des modifications : les étiquettes à côté des modifications, que les lecteurs d’écran lisent à voix haute.
## Une étiquette se termine par diff-label-end (« Supprimé : ») ; « supprimé : » et « ajouté : » précèdent les mots qu’ils signalent.

diff-label-end = { "\u202F" }:
# Entre une étiquette et les mots qu’elle signale (« ajouté : une nouvelle ligne ») : une espace.
diff-label-gap = { " " }
diff-cut = supprimé :
diff-added = ajouté :
diff-removed = Supprimé
diff-added-block = Ajouté
diff-rewritten-before = Réécrit, avant
diff-rewritten-after = Réécrit, après
diff-split-here = scindé ici
# Ce qu’est devenu un bloc : chaque $kind est écrit en entier (article et accord compris).
# $kind : paragraph, text (du texte hors de tout bloc), quote, bulleted-list, numbered-list,
# aside, details (une section qui s’ouvre et se ferme), box, figure, section, heading (avec
# $level, de 1 à 6) ou other (avec $tag, le nom de l’élément HTML).
diff-now = { $kind ->
    [paragraph] Désormais un paragraphe
    [text] Désormais du texte simple
    [quote] Désormais une citation
    [bulleted-list] Désormais une liste à puces
    [numbered-list] Désormais une liste numérotée
    [aside] Désormais une note en marge
    [details] Désormais une section qui s’ouvre et se ferme
    [box] Désormais un encadré
    [figure] Désormais une figure
    [section] Désormais une section
    [heading] Désormais un titre de niveau { $level }
   *[other] Désormais un élément { $tag }
}
# Un bloc placé dans un bloc qui l’englobe : aside, details, box, figure, section ou other (avec $tag).
diff-now-in = { $kind ->
    [aside] Désormais dans une note en marge
    [details] Désormais dans une section qui s’ouvre et se ferme
    [box] Désormais dans un encadré
    [figure] Désormais dans une figure
    [section] Désormais dans une section
   *[other] Désormais dans un élément { $tag }
}
# Un bloc sorti d’un bloc qui l’englobait (mêmes valeurs que pour diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] N’est plus dans une note en marge
    [details] N’est plus dans une section qui s’ouvre et se ferme
    [box] N’est plus dans un encadré
    [figure] N’est plus dans une figure
    [section] N’est plus dans une section
   *[other] N’est plus dans un élément { $tag }
}
diff-no-longer-quoted = N’est plus une citation
# $what vaut lists (listes), quotes (citations) ou paragraphs (paragraphes).
diff-split = { $what ->
    [lists] Scindée en { $n } listes
    [quotes] Scindée en { $n } citations
   *[paragraphs] Scindé en { $n } paragraphes
}
diff-joined = { $what ->
    [lists] Fusion de { $n } listes
    [quotes] Fusion de { $n } citations
   *[paragraphs] Fusion de { $n } paragraphes
}
diff-moved-down-html = Déplacé <a href="{ $href }">plus bas</a>
diff-moved-up-html = Déplacé <a href="{ $href }">plus haut</a>
diff-moved-from-below-html = Déplacé ici depuis <a href="{ $href }">plus bas</a>
diff-moved-from-above-html = Déplacé ici depuis <a href="{ $href }">plus haut</a>
# La mise en forme des mêmes mots a changé : « désormais en italique, n’est plus en gras ».
diff-now-format = désormais { $format }
diff-no-longer-format = n’est plus { $format }
diff-format-italic = en italique
diff-format-bold = en gras
diff-format-code = au format code
diff-format-struck = barré
diff-format-highlighted = surligné
diff-format-underlined = souligné
diff-format-subscript = en indice
diff-format-superscript = en exposant
diff-link-added = lien ajouté
diff-link-removed = lien supprimé
diff-link-changed = lien modifié
diff-address-added-html = adresse du lien ajoutée : { $to }
diff-address-removed-html = adresse du lien supprimée, c’était <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = adresse du lien passée de <span class="diff-address__old">{ $from }</span> à { $to }
# Un mot dont une lettre ou deux ont changé, dit en entier.
diff-typo = « { $old } » remplacé par « { $new } »
# La vue côte à côte.
diff-before = Avant
diff-after = Après
diff-all-same = { $n ->
    [one] Le paragraphe est identique dans les deux brouillons
   *[other] Les { $n } paragraphes sont identiques dans les deux brouillons
}
diff-unchanged = { $n ->
    [one] { $n } paragraphe inchangé
   *[other] { $n } paragraphes inchangés
}

## Les mots qu’écrit le script de la page (sans le script, aucun ne s’affiche). { $n } et
## { $total } sont remplis par le script.

js-previous-change = Modification précédente
js-next-change = Modification suivante
js-change-of = Modification { $n } sur { $total }
js-keys-hint-html = ou appuyez sur <kbd>p</kbd> et <kbd>n</kbd>
js-earlier-draft = Brouillon précédent
js-later-draft = Brouillon suivant
js-draft-of = Brouillon { $n } sur { $total }
js-position-of = { $n } sur { $total }
# L’aperçu en direct (`redraft serve`) : un panneau par-dessus la page quand un enregistrement n’a pas pu être généré.
js-build-failed = Ce que vous venez d’enregistrer n’a pas pu être généré
js-build-failed-help = Vous voyez la dernière version qui a pu être générée. Corrigez ce qui est indiqué ci-dessous, puis enregistrez : cette page se met à jour toute seule.
js-hide = Masquer
js-search-none = Aucun texte ne correspond à « { $query } ». Essayez avec moins de mots, ou des mots plus courts.
# $n textes trouvés ; le script choisit la forme selon les règles de pluriel de la langue (« one » couvre 0 et 1).
js-search-found = { $n ->
    [one] { $n } texte correspond à « { $query } ».
   *[other] { $n } textes correspondent à « { $query } ».
}

## La lisibilité d’un brouillon, selon la mesure conçue pour sa langue. $score est le chiffre
## de la mesure, arrondi ; $measure, son nom (LIX, Fernández Huerta, Amstad…).

readability-below-grade-1 = se lit très facilement (moins d’une année de scolarité)
readability-grade = { $score ->
    [one] se lit au niveau d’environ une année de scolarité
   *[other] se lit au niveau d’environ { $score } années de scolarité
}
readability-university = se lit à un niveau universitaire ({ $score } années de scolarité)
readability-measure = { $measure } { $score } : { $band }
band-very-easy = très facile
band-easy = facile
band-fairly-easy = assez facile
band-medium = de difficulté moyenne
band-fairly-difficult = assez difficile
band-difficult = difficile
band-very-difficult = très difficile

## Les noms qu’un lecteur d’écran lit pour ce que redraft ajoute au texte d’un brouillon : les cases
## d’une liste de tâches, le numéro d’une note et son lien de retour, un retour épinglé à un passage.

md-task-done = fait
md-task-not-done = à faire
md-note = Note { $n }
md-back = Revenir au texte
pin-name = Retour n° { $n }
pin-back = (revenir au passage)

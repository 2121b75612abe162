# Las palabras de redraft en español: todo el texto que el tema incluido y redraft ponen en una página.
#
# Un portafolio puede cambiar cualquiera de ellas con un archivo propio, i18n/es.ftl,
# que contenga solo los mensajes que quiera cambiar.
# Los mensajes cuyo id termina en -html pueden llevar etiquetas HTML: se conservan tal cual.
# { $n -> [one] ... *[other] ... } elige la forma según el número (reglas de plural CLDR del español).

## El marco de todas las páginas

skip-to-content = Saltar al contenido
nav-site = Navegación del sitio
feed-title = { $site }: nuevos borradores
footer-promise-pieces = Todos los textos de este sitio muestran sus borradores, porque es revisando como mejora la escritura.
footer-promise-posts = Todas las entradas de este sitio muestran sus borradores, porque es revisando como mejora la escritura.
footer-shared-by = Lo comparte { $name }.
footer-made-with = Hecho con { $generator }.
breadcrumb = Ruta de navegación

## Página de inicio

home-promise-pieces = Ningún texto de este sitio salió bien a la primera. Abre cualquiera y síguelo desde el primer borrador, con todos sus tachones, hasta el último: qué cambió, por qué y qué comentarios le ayudaron.
home-promise-posts = Cada entrada de este sitio guarda sus borradores. Abre una para ver cómo fue creciendo: qué cambió de un borrador a otro y por qué.
home-follow-feed = Sigue los nuevos borradores (canal Atom)
home-topics = Temas
home-topic-count = ({ $n ->
    [one] { $n } entrada
   *[other] { $n } entradas
})
home-not-dated = Sin fecha
home-pieces = Los textos
home-empty-html = Todavía no hay textos publicados. Añade una carpeta de borradores dentro de <code>pieces/</code> y vuelve a generar el sitio.

## Un texto, en tarjetas y líneas

piece-by = Por
piece-teacher-model-by = Texto modelo de
piece-teacher-flag = Borradores de docente
tags = Etiquetas
draft-count = { $n ->
    [one] { $n } borrador
   *[other] { $n } borradores
}
planted = Empezado el
last-tended = Última revisión:
showcase-badge = Destacado

## La página del recorrido de un texto

piece-eyebrow = El recorrido de un texto
piece-actions = Este texto
read-latest = Leer el último borrador
compare-first-latest = Comparar el primer borrador con el último
replay-draft-by-draft = Recorrerlo borrador a borrador
print-journey = Imprimir todo el recorrido
how-it-grew = Cómo fue creciendo
chart-caption = Las palabras de cada borrador, y cuántas se añadieron y se quitaron hasta llegar a él. Los números están en la tabla de abajo.
numbers-by-draft = Los números, borrador a borrador
numbers-table-caption = Lo que muestra el texto de cada borrador
col-draft = Borrador
col-words = Palabras
col-added = Añadidas
col-cut = Quitadas
col-new-writing = Texto nuevo
col-new-words = Palabras nuevas
col-moved = Párrafos movidos
col-sentences = Oraciones
col-average-sentence = Media por oración
col-longest-sentence = Oración más larga
col-readability = Legibilidad
too-short-to-say = demasiado corto para saberlo
draft-by-draft = Borrador a borrador
draft-n = Borrador { $n }
draft-n-label = Borrador { $n }: { $label }
feedback-it-answers = Los comentarios a los que responde
what-changed = Qué cambió
see-the-changes = Ver los cambios
see-the-changes-hidden = { " " }del borrador anterior al borrador { $n }
reflection = Reflexión
tried-something-new = Probó algo nuevo
tried-something-new-lead = Probó algo nuevo:
feedback-waiting = Comentarios pendientes para el próximo borrador
latest-draft = El último borrador: el { $n }
latest-draft-label = El último borrador: el { $n }, { $label }
percent = { $n } %

## Comentarios

about-the-passage = Sobre el fragmento:{ " " }
see-passage-marked = Ver el fragmento marcado
see-passage-hidden = { " " }con la nota { $pin }
see-passage-in-draft = { " " }en el borrador
feedback-fate = En el borrador siguiente, este fragmento fue
feedback-fate-end = .

## Recorrer los borradores

replay-drafts = Recorrer los borradores
replay-gap = Los borradores del { $first } al { $last } no aparecen aquí.
replay-all = Ver los { $n } borradores en la página del recorrido

## Palabras nuevas y números

new-words-tried = { $n ->
    [one] { $n } palabra usada por primera vez:
   *[other] { $n } palabras usadas por primera vez:
}
and-n-more = { " " }y { $n } más
no-new-words = ninguna palabra nueva
new-words-count = { $n ->
    [one] { $n } palabra nueva:
   *[other] { $n } palabras nuevas:
}
words = Palabras
sentences = Oraciones
average-sentence = Media por oración
longest-sentence = Oración más larga
n-words = { $n ->
    [one] { $n } palabra
   *[other] { $n } palabras
}
readability = Legibilidad
new-writing = Texto nuevo
share-of-draft = { $n } % de este borrador

## La página de un borrador

draft-title = Borrador { $n } de “{ $piece }”
titled-then = En ese momento se titulaba “{ $title }”.
drafts-of-piece = Borradores de este texto
what-changed-in-draft = Qué cambió en este borrador
about-this-draft = Sobre este borrador
goals-shown = Objetivos puestos en práctica
feedback-on-this-draft = Comentarios sobre este borrador
replay-this-draft = (este borrador)
draft-in-numbers = Este borrador en cifras

## La vista de cambios

changes-title = Qué cambió en el borrador { $n }
changes-heading = Qué cambió del borrador { $from } al borrador { $to }
share-new-writing = El { $share } % del borrador { $n } es texto nuevo.
the-two-drafts = Los dos borradores
read-as-written = Leer el borrador { $n } tal cual
read-as-written-label = Leer el borrador { $n } ({ $label }) tal cual
why-it-changed = Por qué cambió
feedback-on-draft = Comentarios sobre el borrador { $n }
writers-note = Nota de quien escribe
what-changed-lead = Qué cambió:
text-with-changes = El texto, con los cambios marcados
side-by-side-link-html = O lee los dos borradores <a href="#side-by-side">en paralelo</a>.
legend-cut-html = <del>el texto quitado</del> aparece tachado
legend-added-html = <ins>el texto añadido</ins> aparece subrayado
legend-restyled-html = <span class="legend__format">el texto con otro formato</span> aparece punteado y explica qué cambió
legend-spelling-html = una falta de ortografía corregida muestra las letras cambiadas: ha<del>v</del><ins>b</ins>ía
legend-address-html = <span class="legend__address">un enlace</span> al que solo le cambió la dirección lleva una pequeña marca; pasa el cursor por encima o selecciónalo con el teclado para ver la dirección antigua y la nueva
legend-block-html = <span class="legend__block">los párrafos enteros</span> añadidos, quitados o movidos se señalan en el margen
legend-block-restyled-html = <span class="legend__restyled">un párrafo con otro formato</span> (el nivel de un título, la numeración de una lista, una cita), dividido o unido a otro, tiene el borde punteado y una nota que dice en qué se convirtió
changes-nav = Cambios
change-count = { $n ->
    [one] { $n } cambio:
   *[other] { $n } cambios:
}
side-by-side-summary = En paralelo: el borrador { $from } a la izquierda y el borrador { $to } a la derecha

## Del primer borrador al último

compare-title = Del primer borrador al último
compare-heading = Del primer borrador al último
how-far = El camino recorrido
how-far-text = Del borrador { $from }{ $from_date } al borrador { $to }{ $to_date }: { $drafts } borradores, de { $first } palabras a { $latest }.
date-after = { " " }({ $date })

## Página no encontrada

not-found-title = Página no encontrada
not-found-heading = Esta página no está aquí
not-found-text-html = Puede que se haya movido, o que sea un borrador que quien lo escribió no ha compartido. Todos los textos compartidos aparecen en la <a href="{ $home }">página de inicio</a>.

## Autores, tareas, etiquetas

tagged = Con la etiqueta “{ $name }”
teacher-sharing = Docente que comparte sus propios borradores:{ " " }
group-count = { $pieces ->
    [one] { $pieces } texto
   *[other] { $pieces } textos
}, { $drafts ->
    [one] { $drafts } borrador
   *[other] { $drafts } borradores
} en total.
new-words-over-time = Palabras nuevas a lo largo del tiempo
new-words-over-time-about = Para cada texto, las palabras que { $name } usó aquí por primera vez, con los textos en el orden en que se empezaron. No se cuentan las cifras ni los nombres propios.
groups-writers = Todas las personas que comparten aquí sus borradores.
groups-assignments = Los textos, agrupados según la tarea a la que responden.
groups-tags = Los textos, agrupados según de qué tratan y cómo están escritos.
group-member-count = { $pieces ->
    [one] { $pieces } texto
   *[other] { $pieces } textos
}, { $drafts ->
    [one] { $drafts } borrador
   *[other] { $drafts } borradores
}
group-member-teacher = , docente

## El dosier para imprimir

packet-title = { $piece }: todos los borradores, para imprimir
packet-eyebrow = Todos los borradores, para imprimir y anotar
packet-how = Esta página reúne todo el recorrido: cada borrador completo, en orden, con los comentarios a los que responde, qué se cambió y por qué, y los comentarios que recibió. Imprímela (cada borrador empieza en una hoja nueva, con margen para tomar notas) o léela de principio a fin.

## Búsqueda

search = Buscar
search-label = Busca un texto por sus palabras, su título, el nombre de quien lo escribió, su tarea o una etiqueta
every-piece = Todos los textos

## Trabajos destacados

best-work = Trabajos destacados
best-work-about = Borradores elegidos con orgullo por quienes los escribieron. Cada uno enlaza con todo el recorrido que llevó hasta él, porque el mejor borrador nunca es el primero.
draft-lower-n = borrador { $n }
draft-n-of = Borrador { $n } de { $count }
how-it-got-here = Cómo llegó hasta aquí
how-it-got-here-hidden = : el recorrido de “{ $piece }”

## Puntuación entre las partes de una línea

# Entre los elementos de una lista (“tinta, papel, pegamento”) y antes de una fecha tras un título.
list-separator = ,{ " " }
# Entre un título y lo que le sigue (“Borrador 2: Tras los comentarios”).
label-separator = :{ " " }
# El final de una frase, y una frase que termina con él.
sentence-end = .
sentence = { $text }.

## Fechas. $month va de 1 a 12; $day y $year son números.

date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
date-short = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
} { $year }

## Etapas de un borrador, papeles de quien da comentarios, qué pasó con un fragmento

stage-notes = Notas
stage-first-draft = Primer borrador
stage-revision = Revisión
stage-final = Versión final
role-teacher = Docente
role-peer = Compañero/a
role-self = Autoevaluación
role-reader = Lector/a
role-group = Grupo
a-reader = Un lector
fate-kept = conservado tal cual
fate-revised = reformulado
fate-cut = quitado

## Secciones del sitio

nav-pieces = Textos
nav-posts = Entradas
nav-writers = Autores
nav-assignments = Tareas
nav-tags = Etiquetas
nav-best-work = Destacados
nav-search = Buscar

## Palabras por borrador, para la pequeña línea junto a cada texto ($words es una lista de números)

words-per-draft = Palabras por borrador: { $words }
# Un número solo, escrito a la manera del idioma.
number = { $n }

## El gráfico de crecimiento de un texto, y su descripción para lectores de pantalla

chart-title-changes = Palabras de cada borrador y qué cambió cada vez
chart-title-words = Palabras del borrador
chart-key-words = palabras
chart-key-added = palabras añadidas
chart-key-cut = palabras quitadas
chart-first = Borrador { $n }: { $words ->
    [one] { $words } palabra
   *[other] { $words } palabras
}.
chart-step = Borrador { $n }: { $words ->
    [one] { $words } palabra
   *[other] { $words } palabras
}, { $added ->
    [one] { $added } añadida
   *[other] { $added } añadidas
}, { $cut ->
    [one] { $cut } quitada
   *[other] { $cut } quitadas
}.

## Qué cambió entre dos borradores, en una línea

changes-none = Sin cambios en el texto
changes-words = { $added ->
    [one] { $added } palabra añadida
   *[other] { $added } palabras añadidas
}, { $cut ->
    [one] { $cut } quitada
   *[other] { $cut } quitadas
}
changes-words-added = { $added ->
    [one] { $added } palabra añadida
   *[other] { $added } palabras añadidas
}
changes-words-cut = { $cut ->
    [one] { $cut } palabra quitada
   *[other] { $cut } palabras quitadas
}
changes-symbols = Solo cambiaron signos de puntuación o símbolos
changes-paragraphs-added = { $n ->
    [one] { $n } párrafo añadido
   *[other] { $n } párrafos añadidos
}
changes-paragraphs-removed = { $n ->
    [one] { $n } párrafo quitado
   *[other] { $n } párrafos quitados
}
changes-paragraphs-moved = { $n ->
    [one] { $n } párrafo movido
   *[other] { $n } párrafos movidos
}
changes-paragraphs-rewritten = { $n ->
    [one] { $n } párrafo reescrito
   *[other] { $n } párrafos reescritos
}
changes-paragraphs-restyled = { $n ->
    [one] { $n } párrafo con otro formato
   *[other] { $n } párrafos con otro formato
}
changes-paragraphs-split = { $n ->
    [one] { $n } párrafo dividido
   *[other] { $n } párrafos divididos
}
changes-paragraphs-joined = { $n ->
    [one] { $n } párrafo unido
   *[other] { $n } párrafos unidos
}
# Después del primer número de párrafos, los demás omiten el sustantivo:
# “2 párrafos movidos, 1 reescrito”.
changes-then-added = { $n ->
    [one] { $n } añadido
   *[other] { $n } añadidos
}
changes-then-removed = { $n ->
    [one] { $n } quitado
   *[other] { $n } quitados
}
changes-then-moved = { $n ->
    [one] { $n } movido
   *[other] { $n } movidos
}
changes-then-rewritten = { $n ->
    [one] { $n } reescrito
   *[other] { $n } reescritos
}
changes-then-restyled = { $n } con otro formato
changes-then-split = { $n ->
    [one] { $n } dividido
   *[other] { $n } divididos
}
changes-then-joined = { $n ->
    [one] { $n } unido
   *[other] { $n } unidos
}
changes-formatting = { $n ->
    [one] { $n } cambio de formato
   *[other] { $n } cambios de formato
}

## Cómo creció un texto, en pocas frases. $drafts cuenta los borradores; $first y $latest son
## las palabras del primer y del último borrador; $added, $cut y $tried (palabras nuevas) son totales.

growth-none = Todavía no hay borradores.
growth-one = Por ahora, un solo borrador, de { $words ->
    [one] { $words } palabra
   *[other] { $words } palabras
}. Por algo se empieza.
growth-grew = Creció de { $first } a { $latest } palabras en { $drafts ->
    [2] dos borradores
    [3] tres borradores
    [4] cuatro borradores
    [5] cinco borradores
    [6] seis borradores
    [7] siete borradores
    [8] ocho borradores
    [9] nueve borradores
   *[other] { $drafts } borradores
}.
growth-tightened = Ganó en concisión: pasó de { $first } a { $latest } palabras en { $drafts ->
    [2] dos borradores
    [3] tres borradores
    [4] cuatro borradores
    [5] cinco borradores
    [6] seis borradores
    [7] siete borradores
    [8] ocho borradores
    [9] nueve borradores
   *[other] { $drafts } borradores
}.
growth-stayed = Se mantuvo en { $latest ->
    [one] { $latest } palabra
   *[other] { $latest } palabras
} a lo largo de { $drafts ->
    [2] dos borradores
    [3] tres borradores
    [4] cuatro borradores
    [5] cinco borradores
    [6] seis borradores
    [7] siete borradores
    [8] ocho borradores
    [9] nueve borradores
   *[other] { $drafts } borradores
}.
growth-same-words = Las palabras no cambiaron de un borrador a otro.
growth-added = Por el camino { $added ->
    [one] se añadió { $added } palabra
   *[other] se añadieron { $added } palabras
}.
growth-cut = Por el camino { $cut ->
    [one] se quitó { $cut } palabra
   *[other] se quitaron { $cut } palabras
}.
growth-tried = Por el camino { $tried ->
    [one] se estrenó { $tried } palabra nueva
   *[other] se estrenaron { $tried } palabras nuevas
}.
growth-added-cut = Por el camino { $added ->
    [one] se añadió { $added } palabra
   *[other] se añadieron { $added } palabras
} y { $cut ->
    [one] se quitó { $cut }
   *[other] se quitaron { $cut }
}.
growth-added-tried = Por el camino { $added ->
    [one] se añadió { $added } palabra
   *[other] se añadieron { $added } palabras
} y { $tried ->
    [one] se estrenó { $tried } palabra nueva
   *[other] se estrenaron { $tried } palabras nuevas
}.
growth-cut-tried = Por el camino { $cut ->
    [one] se quitó { $cut } palabra
   *[other] se quitaron { $cut } palabras
} y { $tried ->
    [one] se estrenó { $tried } palabra nueva
   *[other] se estrenaron { $tried } palabras nuevas
}.
growth-added-cut-tried = Por el camino { $added ->
    [one] se añadió { $added } palabra
   *[other] se añadieron { $added } palabras
}, { $cut ->
    [one] se quitó { $cut }
   *[other] se quitaron { $cut }
} y { $tried ->
    [one] se estrenó { $tried } palabra nueva
   *[other] se estrenaron { $tried } palabras nuevas
}.
growth-cutting-is-revision = Quitar también es revisar.
growth-in-the-wording = Los cambios están en la redacción.
# Entre las frases de un resumen: un espacio.
sentence-gap = { " " }
word-gap = { " " }

## La vista de cambios: etiquetas junto a los cambios, que los lectores de pantalla leen en voz alta. Una etiqueta
## termina con diff-label-end (“Quitado:”); “quitado:” y “añadido:” van delante de las palabras que marcan.

diff-label-end = :
# Entre una etiqueta y las palabras que marca (“añadido: una línea nueva”): un espacio.
diff-label-gap = { " " }
diff-cut = quitado:
diff-added = añadido:
diff-removed = Quitado
diff-added-block = Añadido
diff-rewritten-before = Reescrito, antes
diff-rewritten-after = Reescrito, después
diff-split-here = dividido aquí
# En qué se convirtió un bloque. $kind es paragraph, text (palabras fuera de cualquier bloque),
# quote, bulleted-list, numbered-list, aside, details (una sección desplegable), box, figure,
# section, heading (con $level, de 1 a 6) u other (con $tag, el nombre del elemento HTML).
# Cada tipo va escrito entero, para que concuerden el artículo y el género.
diff-now = { $kind ->
    [paragraph] Ahora es un párrafo
    [text] Ahora es texto sin formato
    [quote] Ahora es una cita
    [bulleted-list] Ahora es una lista con viñetas
    [numbered-list] Ahora es una lista numerada
    [aside] Ahora es una nota al margen
    [details] Ahora es una sección desplegable
    [box] Ahora es un recuadro
    [figure] Ahora es una figura
    [section] Ahora es una sección
    [heading] Ahora es un título de nivel { $level }
   *[other] Ahora es un elemento { $tag }
}
# Un bloque pasó a estar dentro de otro de tipo $kind: aside, details, box, figure, section
# u other (con $tag).
diff-now-in = { $kind ->
    [aside] Ahora está en una nota al margen
    [details] Ahora está en una sección desplegable
    [box] Ahora está en un recuadro
    [figure] Ahora está en una figura
    [section] Ahora está en una sección
   *[other] Ahora está en un elemento { $tag }
}
# Un bloque salió de otro de tipo $kind (como en diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] Ya no está en una nota al margen
    [details] Ya no está en una sección desplegable
    [box] Ya no está en un recuadro
    [figure] Ya no está en una figura
    [section] Ya no está en una sección
   *[other] Ya no está en un elemento { $tag }
}
diff-no-longer-quoted = Ya no es una cita
# $what es lists (listas), quotes (citas) o paragraphs (párrafos).
diff-split = { $what ->
    [lists] Dividida en { $n } listas
    [quotes] Dividida en { $n } citas
   *[paragraphs] Dividido en { $n } párrafos
}
diff-joined = { $what ->
    [lists] Unión de { $n } listas
    [quotes] Unión de { $n } citas
   *[paragraphs] Unión de { $n } párrafos
}
diff-moved-down-html = Movido <a href="{ $href }">más abajo</a>
diff-moved-up-html = Movido <a href="{ $href }">más arriba</a>
diff-moved-from-below-html = Movido aquí desde <a href="{ $href }">más abajo</a>
diff-moved-from-above-html = Movido aquí desde <a href="{ $href }">más arriba</a>
# El formato cambió en las mismas palabras: “ahora en cursiva, ya no en negrita”.
diff-now-format = ahora { $format }
diff-no-longer-format = ya no { $format }
diff-format-italic = en cursiva
diff-format-bold = en negrita
diff-format-code = como código
diff-format-struck = tachado
diff-format-highlighted = resaltado
diff-format-underlined = subrayado
diff-format-subscript = en subíndice
diff-format-superscript = en superíndice
diff-link-added = enlace añadido
diff-link-removed = enlace quitado
diff-link-changed = enlace cambiado
diff-address-added-html = dirección del enlace añadida: { $to }
diff-address-removed-html = dirección del enlace quitada, era <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = dirección del enlace cambiada de <span class="diff-address__old">{ $from }</span> a { $to }
# Una palabra con una o dos letras cambiadas, dicha entera.
diff-typo = “{ $old }” cambiado por “{ $new }”
# La vista en paralelo.
diff-before = Antes
diff-after = Después
diff-all-same = { $n ->
    [one] El párrafo es igual en los dos borradores
   *[other] Los { $n } párrafos son iguales en los dos borradores
}
diff-unchanged = { $n ->
    [one] { $n } párrafo sin cambios
   *[other] { $n } párrafos sin cambios
}

## Palabras que escribe el script de la página (sin el script, no aparece ninguna). { $n } y
## { $total } los pone el script.

js-previous-change = Cambio anterior
js-next-change = Cambio siguiente
js-change-of = Cambio { $n } de { $total }
js-keys-hint-html = o pulsa <kbd>p</kbd> y <kbd>n</kbd>
js-earlier-draft = Borrador anterior
js-later-draft = Borrador siguiente
js-draft-of = Borrador { $n } de { $total }
js-position-of = { $n } de { $total }
# La vista previa en vivo (`redraft serve`): un panel sobre la página cuando lo guardado no se pudo generar.
js-build-failed = No se pudo generar lo que acabas de guardar
js-build-failed-help = Estás viendo la última versión que sí se generó. Corrige lo que se indica abajo y guarda: esta página se actualizará sola.
js-hide = Ocultar
js-search-none = Ningún texto coincide con “{ $query }”. Prueba con menos palabras o con palabras más cortas.
# $n textos encontrados; el script elige la forma según las reglas de plural del idioma.
js-search-found = { $n ->
    [one] { $n } texto coincide con “{ $query }”.
   *[other] { $n } textos coinciden con “{ $query }”.
}

## Cuán fácil de leer es un borrador, según la medida pensada para su idioma. $score es la cifra
## de la medida, redondeada; $measure, su nombre (LIX, Fernández Huerta, Amstad...).

readability-below-grade-1 = se lee con mucha facilidad (menos de un año de escolaridad)
readability-grade = { $score ->
    [one] nivel de lectura de un año de escolaridad, aproximadamente
   *[other] nivel de lectura de unos { $score } años de escolaridad
}
readability-university = nivel de lectura universitario ({ $score } años de escolaridad)
readability-measure = { $measure } { $score }: { $band }
band-very-easy = muy fácil
band-easy = fácil
band-fairly-easy = bastante fácil
band-medium = normal
band-fairly-difficult = bastante difícil
band-difficult = difícil
band-very-difficult = muy difícil

## Nombres que un lector de pantalla lee para lo que redraft añade al texto de un borrador: las
## casillas de una lista de tareas, el número de una nota al pie y su enlace de vuelta, un comentario
## anclado a un fragmento.

md-task-done = hecho
md-task-not-done = pendiente
md-note = Nota { $n }
md-back = Volver al texto
pin-name = Comentario { $n }
pin-back = (volver al fragmento)

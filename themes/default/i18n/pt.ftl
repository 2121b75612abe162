# As palavras do redraft em português: todo o texto que o tema padrão e o redraft colocam numa página.
#
# Um portfólio pode mudar qualquer uma delas com um arquivo próprio, i18n/pt.ftl,
# que tenha só as mensagens que quiser mudar.
# As mensagens cujo id termina em -html podem conter tags HTML: elas ficam exatamente como estão.
# { $n -> [one] ... *[other] ... } escolhe a forma pelo número (regras de plural CLDR do português: "one" vale para 0 e 1).

## A moldura de todas as páginas

skip-to-content = Ir para o conteúdo
nav-site = Navegação do site
feed-title = { $site }: novos rascunhos
footer-promise-pieces = Cada texto aqui mostra seus rascunhos, porque é na revisão que a escrita melhora.
footer-promise-posts = Cada post aqui mostra seus rascunhos, porque é na revisão que a escrita melhora.
footer-shared-by = Publicado por { $name }.
footer-made-with = Feito com { $generator }.
breadcrumb = Trilha de navegação

## Página inicial

home-promise-pieces = Nenhum texto aqui ficou bom logo na primeira vez. Abra qualquer um para acompanhá-lo desde o primeiro rascunho, cheio de rasuras, até o mais recente: o que mudou, por quê e os comentários que ajudaram.
home-promise-posts = Cada post aqui guarda seus rascunhos. Abra um para ver como ele cresceu: o que mudou de um rascunho para outro, e por quê.
home-follow-feed = Acompanhe os novos rascunhos (feed Atom)
home-topics = Temas
home-topic-count = ({ $n ->
    [one] { $n } post
   *[other] { $n } posts
})
home-not-dated = Sem data
home-pieces = Os textos
home-empty-html = Ainda não há textos publicados. Adicione uma pasta de rascunhos em <code>pieces/</code> e gere o site de novo.

## Um texto, em cartões e linhas

piece-by = Por
piece-teacher-model-by = Texto-modelo de
piece-teacher-flag = Rascunhos de docente
tags = Tags
draft-count = { $n ->
    [one] { $n } rascunho
   *[other] { $n } rascunhos
}
planted = Iniciado em
last-tended = Última revisão em
showcase-badge = Destaque

## A página do percurso de um texto

piece-eyebrow = O percurso de um texto
piece-actions = Este texto
read-latest = Ler o rascunho mais recente
compare-first-latest = Comparar o primeiro e o último rascunho
replay-draft-by-draft = Rever rascunho por rascunho
print-journey = Imprimir o percurso completo
how-it-grew = Como cresceu
chart-caption = As palavras de cada rascunho, e quantas foram acrescentadas e cortadas até chegar a ele. Os números estão na tabela abaixo.
numbers-by-draft = Os números, rascunho por rascunho
numbers-table-caption = O que o texto de cada rascunho mostra
col-draft = Rascunho
col-words = Palavras
col-added = Acrescentadas
col-cut = Cortadas
col-new-writing = Texto novo
col-new-words = Palavras novas
col-moved = Parágrafos movidos
col-sentences = Frases
col-average-sentence = Média por frase
col-longest-sentence = Frase mais longa
col-readability = Legibilidade
too-short-to-say = curto demais para avaliar
draft-by-draft = Rascunho por rascunho
draft-n = Rascunho { $n }
draft-n-label = Rascunho { $n }: { $label }
feedback-it-answers = Os comentários a que ele responde
what-changed = O que mudou
see-the-changes = Ver as alterações
see-the-changes-hidden = { " " }do rascunho anterior para o rascunho { $n }
reflection = Reflexão
tried-something-new = Experimentou algo novo
tried-something-new-lead = Experimentou algo novo:
feedback-waiting = Comentários à espera do próximo rascunho
latest-draft = O rascunho mais recente: o { $n }
latest-draft-label = O rascunho mais recente: o { $n }, { $label }
percent = { $n }%

## Comentários

about-the-passage = Sobre o trecho:{ " " }
see-passage-marked = Ver o trecho marcado
see-passage-hidden = { " " }com a nota { $pin }
see-passage-in-draft = { " " }no rascunho
feedback-fate = No rascunho seguinte, este trecho foi
feedback-fate-end = .

## Rever os rascunhos

replay-drafts = Rever os rascunhos
replay-gap = Os rascunhos de { $first } a { $last } não aparecem aqui.
replay-all = Ver todos os { $n } rascunhos na página do percurso

## Palavras novas e números

new-words-tried = { $n ->
    [one] { $n } palavra usada pela primeira vez:
   *[other] { $n } palavras usadas pela primeira vez:
}
and-n-more = { " " }e mais { $n }
no-new-words = nenhuma palavra nova
new-words-count = { $n ->
    [one] { $n } palavra nova:
   *[other] { $n } palavras novas:
}
words = Palavras
sentences = Frases
average-sentence = Média por frase
longest-sentence = Frase mais longa
n-words = { $n ->
    [one] { $n } palavra
   *[other] { $n } palavras
}
readability = Legibilidade
new-writing = Texto novo
share-of-draft = { $n }% deste rascunho

## A página de um rascunho

draft-title = Rascunho { $n } de “{ $piece }”
titled-then = Na época, o título era “{ $title }”.
drafts-of-piece = Rascunhos deste texto
what-changed-in-draft = O que mudou neste rascunho
about-this-draft = Sobre este rascunho
goals-shown = Objetivos postos em prática
feedback-on-this-draft = Comentários sobre este rascunho
replay-this-draft = (este rascunho)
draft-in-numbers = Este rascunho em números

## A visão das alterações

changes-title = O que mudou no rascunho { $n }
changes-heading = O que mudou do rascunho { $from } para o rascunho { $to }
share-new-writing = O texto novo é { $share }% do rascunho { $n }.
the-two-drafts = Os dois rascunhos
read-as-written = Ler o rascunho { $n } tal como foi escrito
read-as-written-label = Ler o rascunho { $n } ({ $label }) tal como foi escrito
why-it-changed = Por que mudou
feedback-on-draft = Comentários sobre o rascunho { $n }
writers-note = A nota de quem escreveu
what-changed-lead = O que mudou:
text-with-changes = O texto, com as alterações marcadas
side-by-side-link-html = Ou leia os dois rascunhos <a href="#side-by-side">lado a lado</a>.
legend-cut-html = <del>o texto cortado</del> aparece riscado
legend-added-html = <ins>o texto acrescentado</ins> aparece sublinhado
legend-restyled-html = <span class="legend__format">o texto com nova formatação</span> aparece pontilhado e indica o que mudou
legend-spelling-html = um erro de ortografia corrigido mostra as letras trocadas: exce<del>ss</del><ins>ç</ins>ão
legend-address-html = <span class="legend__address">um link</span> em que só o endereço mudou tem uma pequena marca; passe o cursor sobre ele ou selecione-o com o teclado para ver o endereço antigo e o novo
legend-block-html = <span class="legend__block">parágrafos inteiros</span> acrescentados, cortados ou movidos são indicados na margem
legend-block-restyled-html = <span class="legend__restyled">um parágrafo com nova formatação</span> (o nível de um título, a numeração de uma lista, uma citação), dividido ou unido a outro, tem a borda pontilhada e uma indicação do que se tornou
changes-nav = Alterações
change-count = { $n ->
    [one] { $n } alteração:
   *[other] { $n } alterações:
}
side-by-side-summary = Lado a lado: o rascunho { $from } à esquerda, o rascunho { $to } à direita

## Do primeiro ao último rascunho

compare-title = Do primeiro ao último rascunho
compare-heading = Do primeiro ao último rascunho
how-far = O caminho percorrido
how-far-text = Do rascunho { $from }{ $from_date } ao rascunho { $to }{ $to_date }: { $drafts } rascunhos, de { $first } para { $latest } palavras.
date-after = { " " }({ $date })

## Página não encontrada

not-found-title = Página não encontrada
not-found-heading = Esta página não está aqui
not-found-text-html = Talvez ela tenha mudado de endereço, ou seja um rascunho que não foi publicado. Todos os textos publicados estão na <a href="{ $home }">página inicial</a>.

## Autores, propostas, tags

tagged = Com a tag “{ $name }”
teacher-sharing = Docente que mostra os próprios rascunhos:{ " " }
group-count = { $pieces ->
    [one] { $pieces } texto
   *[other] { $pieces } textos
}, { $drafts ->
    [one] { $drafts } rascunho
   *[other] { $drafts } rascunhos
} no total.
new-words-over-time = Palavras novas ao longo do tempo
new-words-over-time-about = Para cada texto, as palavras que { $name } usou aqui pela primeira vez, com os textos na ordem em que foram começados. Algarismos e nomes próprios não são contados.
groups-writers = Todas as pessoas que mostram seus rascunhos aqui.
groups-assignments = Os textos, agrupados pela proposta a que respondem.
groups-tags = Os textos, agrupados pelo assunto e pela forma como foram escritos.
group-member-count = { $pieces ->
    [one] { $pieces } texto
   *[other] { $pieces } textos
}, { $drafts ->
    [one] { $drafts } rascunho
   *[other] { $drafts } rascunhos
}
group-member-teacher = , docente

## O caderno para imprimir

packet-title = { $piece }: todos os rascunhos, para imprimir
packet-eyebrow = Todos os rascunhos, para imprimir e anotar
packet-how = Esta página reúne o percurso completo: cada rascunho na íntegra, um após o outro, com os comentários a que responde, o que foi alterado e por quê, e os comentários que recebeu. Imprima (cada rascunho começa numa folha nova, com espaço na margem para anotações) ou leia tudo de uma vez.

## Pesquisa

search = Pesquisar
search-label = Encontre um texto pelas palavras, pelo título, pelo nome de quem escreveu, pela proposta ou por uma tag
every-piece = Todos os textos

## Trabalhos em destaque

best-work = Trabalhos em destaque
best-work-about = Rascunhos que os autores escolheram mostrar com orgulho. Cada um leva ao percurso completo que o antecedeu, porque o melhor rascunho nunca é o primeiro.
draft-lower-n = rascunho { $n }
draft-n-of = Rascunho { $n } de { $count }
how-it-got-here = Como chegou até aqui
how-it-got-here-hidden = : o percurso de “{ $piece }”

## Pontuação entre as partes de uma linha

# Entre os itens de uma lista (“tinta, papel, cola”) e antes de uma data depois de um título.
list-separator = ,{ " " }
# Entre um título e o que vem depois (“Rascunho 2: depois dos comentários”).
label-separator = :{ " " }
# O fim de uma frase, e uma frase que termina com ele.
sentence-end = .
sentence = { $text }.

## Datas. $month vai de 1 a 12; $day e $year são números.

date-long = { $day ->
    [1] 1º
   *[other] { $day }
} de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
date-short = { $day ->
    [1] 1º
   *[other] { $day }
} de { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
} de { $year }

## Etapas de um rascunho, papéis de quem dá comentários, o que aconteceu com um trecho

stage-notes = Anotações
stage-first-draft = Primeiro rascunho
stage-revision = Revisão
stage-final = Versão final
role-teacher = Docente
role-peer = Colega
role-self = Autoavaliação
role-reader = Leitor(a)
role-group = Grupo
a-reader = Um leitor
fate-kept = mantido como estava
fate-revised = reformulado
fate-cut = cortado

## Seções do site

nav-pieces = Textos
nav-posts = Posts
nav-writers = Autores
nav-assignments = Propostas
nav-tags = Tags
nav-best-work = Destaques
nav-search = Pesquisar

## Palavras por rascunho, para a linha pequena ao lado de cada texto ($words é uma lista de números)

words-per-draft = Palavras por rascunho: { $words }
# Um número sozinho, escrito à maneira da língua.
number = { $n }

## O gráfico de crescimento de um texto, e a descrição dele para leitores de tela

chart-title-changes = As palavras de cada rascunho e o que mudou a cada vez
chart-title-words = As palavras do rascunho
chart-key-words = palavras
chart-key-added = palavras acrescentadas
chart-key-cut = palavras cortadas
chart-first = Rascunho { $n }: { $words ->
    [0] { $words } palavras
    [one] { $words } palavra
   *[other] { $words } palavras
}.
chart-step = Rascunho { $n }: { $words ->
    [0] { $words } palavras
    [one] { $words } palavra
   *[other] { $words } palavras
}, { $added ->
    [0] { $added } acrescentadas
    [one] { $added } acrescentada
   *[other] { $added } acrescentadas
}, { $cut ->
    [0] { $cut } cortadas
    [one] { $cut } cortada
   *[other] { $cut } cortadas
}.

## O que mudou entre dois rascunhos, numa linha

changes-none = Nenhuma alteração no texto
changes-words = { $added ->
    [0] { $added } palavras acrescentadas
    [one] { $added } palavra acrescentada
   *[other] { $added } palavras acrescentadas
}, { $cut ->
    [0] { $cut } cortadas
    [one] { $cut } cortada
   *[other] { $cut } cortadas
}
changes-words-added = { $added ->
    [one] { $added } palavra acrescentada
   *[other] { $added } palavras acrescentadas
}
changes-words-cut = { $cut ->
    [one] { $cut } palavra cortada
   *[other] { $cut } palavras cortadas
}
changes-symbols = Só mudaram sinais de pontuação ou símbolos
changes-paragraphs-added = { $n ->
    [one] { $n } parágrafo acrescentado
   *[other] { $n } parágrafos acrescentados
}
changes-paragraphs-removed = { $n ->
    [one] { $n } parágrafo cortado
   *[other] { $n } parágrafos cortados
}
changes-paragraphs-moved = { $n ->
    [one] { $n } parágrafo movido
   *[other] { $n } parágrafos movidos
}
changes-paragraphs-rewritten = { $n ->
    [one] { $n } parágrafo reescrito
   *[other] { $n } parágrafos reescritos
}
changes-paragraphs-restyled = { $n ->
    [one] { $n } parágrafo reformatado
   *[other] { $n } parágrafos reformatados
}
changes-paragraphs-split = { $n ->
    [one] { $n } parágrafo dividido
   *[other] { $n } parágrafos divididos
}
changes-paragraphs-joined = { $n ->
    [one] { $n } parágrafo unido
   *[other] { $n } parágrafos unidos
}
# Depois do primeiro número de parágrafos, os outros omitem o substantivo:
# “2 parágrafos movidos, 1 reescrito”.
changes-then-added = { $n ->
    [one] { $n } acrescentado
   *[other] { $n } acrescentados
}
changes-then-removed = { $n ->
    [one] { $n } cortado
   *[other] { $n } cortados
}
changes-then-moved = { $n ->
    [one] { $n } movido
   *[other] { $n } movidos
}
changes-then-rewritten = { $n ->
    [one] { $n } reescrito
   *[other] { $n } reescritos
}
changes-then-restyled = { $n ->
    [one] { $n } reformatado
   *[other] { $n } reformatados
}
changes-then-split = { $n ->
    [one] { $n } dividido
   *[other] { $n } divididos
}
changes-then-joined = { $n ->
    [one] { $n } unido
   *[other] { $n } unidos
}
changes-formatting = { $n ->
    [one] { $n } alteração de formatação
   *[other] { $n } alterações de formatação
}

## Como um texto cresceu, em poucas frases. $drafts conta os rascunhos; $first e $latest são
## as palavras do primeiro e do último rascunho; $added, $cut e $tried (palavras novas) são totais.

growth-none = Ainda não há rascunhos.
growth-one = Até agora, um só rascunho, com { $words ->
    [0] { $words } palavras
    [one] { $words } palavra
   *[other] { $words } palavras
}. Tudo começa assim.
growth-grew = Cresceu de { $first } para { $latest } palavras em { $drafts ->
    [2] dois rascunhos
    [3] três rascunhos
    [4] quatro rascunhos
    [5] cinco rascunhos
    [6] seis rascunhos
    [7] sete rascunhos
    [8] oito rascunhos
    [9] nove rascunhos
   *[other] { $drafts } rascunhos
}.
growth-tightened = Ficou mais enxuto: passou de { $first } para { $latest } palavras em { $drafts ->
    [2] dois rascunhos
    [3] três rascunhos
    [4] quatro rascunhos
    [5] cinco rascunhos
    [6] seis rascunhos
    [7] sete rascunhos
    [8] oito rascunhos
    [9] nove rascunhos
   *[other] { $drafts } rascunhos
}.
growth-stayed = Ficou em { $latest ->
    [0] { $latest } palavras
    [one] { $latest } palavra
   *[other] { $latest } palavras
} ao longo de { $drafts ->
    [2] dois rascunhos
    [3] três rascunhos
    [4] quatro rascunhos
    [5] cinco rascunhos
    [6] seis rascunhos
    [7] sete rascunhos
    [8] oito rascunhos
    [9] nove rascunhos
   *[other] { $drafts } rascunhos
}.
growth-same-words = As palavras continuaram as mesmas de um rascunho para outro.
growth-added = Pelo caminho, { $added ->
    [one] foi acrescentada { $added } palavra
   *[other] foram acrescentadas { $added } palavras
}.
growth-cut = Pelo caminho, { $cut ->
    [one] foi cortada { $cut } palavra
   *[other] foram cortadas { $cut } palavras
}.
growth-tried = Pelo caminho, { $tried ->
    [one] foi experimentada { $tried } palavra nova
   *[other] foram experimentadas { $tried } palavras novas
}.
growth-added-cut = Pelo caminho, { $added ->
    [one] foi acrescentada { $added } palavra
   *[other] foram acrescentadas { $added } palavras
} e { $cut ->
    [one] { $cut } foi cortada
   *[other] { $cut } foram cortadas
}.
growth-added-tried = Pelo caminho, { $added ->
    [one] foi acrescentada { $added } palavra
   *[other] foram acrescentadas { $added } palavras
} e { $tried ->
    [one] { $tried } palavra nova foi experimentada
   *[other] { $tried } palavras novas foram experimentadas
}.
growth-cut-tried = Pelo caminho, { $cut ->
    [one] foi cortada { $cut } palavra
   *[other] foram cortadas { $cut } palavras
} e { $tried ->
    [one] { $tried } palavra nova foi experimentada
   *[other] { $tried } palavras novas foram experimentadas
}.
growth-added-cut-tried = Pelo caminho, { $added ->
    [one] foi acrescentada { $added } palavra
   *[other] foram acrescentadas { $added } palavras
}, { $cut ->
    [one] { $cut } foi cortada
   *[other] { $cut } foram cortadas
} e { $tried ->
    [one] { $tried } palavra nova foi experimentada
   *[other] { $tried } palavras novas foram experimentadas
}.
growth-cutting-is-revision = Cortar também é revisar.
growth-in-the-wording = As mudanças estão na forma de dizer.
# Entre as frases de um resumo: um espaço.
sentence-gap = { " " }
word-gap = { " " }

## A visão das alterações: rótulos ao lado das alterações, que os leitores de tela leem em voz alta. Um rótulo
## termina com diff-label-end (“Cortado:”); “cortado:” e “acrescentado:” vêm antes das palavras que marcam.

diff-label-end = :
# Entre um rótulo e as palavras que ele marca (“acrescentado: uma linha nova”): um espaço.
diff-label-gap = { " " }
diff-cut = cortado:
diff-added = acrescentado:
diff-removed = Cortado
diff-added-block = Acrescentado
diff-rewritten-before = Reescrito, antes
diff-rewritten-after = Reescrito, depois
diff-split-here = dividido aqui
# O que um bloco se tornou. $kind é paragraph, text (palavras fora de qualquer bloco), quote,
# bulleted-list, numbered-list, aside, details (uma seção expansível), box, figure, section,
# heading (com $level, de 1 a 6) ou other (com $tag, o nome do elemento HTML). Cada tipo vem
# escrito por inteiro, para que artigo e gênero concordem.
diff-now = { $kind ->
    [paragraph] Agora é um parágrafo
    [text] Agora é texto simples
    [quote] Agora é uma citação
    [bulleted-list] Agora é uma lista com marcadores
    [numbered-list] Agora é uma lista numerada
    [aside] Agora é uma nota lateral
    [details] Agora é uma seção expansível
    [box] Agora é uma caixa
    [figure] Agora é uma figura
    [section] Agora é uma seção
    [heading] Agora é um título de nível { $level }
   *[other] Agora é um elemento { $tag }
}
# Um bloco passou a ficar dentro de outro do tipo $kind: aside, details, box, figure, section
# ou other (com $tag).
diff-now-in = { $kind ->
    [aside] Agora está dentro de uma nota lateral
    [details] Agora está dentro de uma seção expansível
    [box] Agora está dentro de uma caixa
    [figure] Agora está dentro de uma figura
    [section] Agora está dentro de uma seção
   *[other] Agora está dentro de um elemento { $tag }
}
# Um bloco saiu de dentro de outro do tipo $kind (como em diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] Não está mais dentro de uma nota lateral
    [details] Não está mais dentro de uma seção expansível
    [box] Não está mais dentro de uma caixa
    [figure] Não está mais dentro de uma figura
    [section] Não está mais dentro de uma seção
   *[other] Não está mais dentro de um elemento { $tag }
}
diff-no-longer-quoted = Não é mais uma citação
# $what é lists (listas), quotes (citações) ou paragraphs (parágrafos).
diff-split = { $what ->
    [lists] Dividida em { $n } listas
    [quotes] Dividida em { $n } citações
   *[paragraphs] Dividido em { $n } parágrafos
}
diff-joined = { $what ->
    [lists] União de { $n } listas
    [quotes] União de { $n } citações
   *[paragraphs] União de { $n } parágrafos
}
diff-moved-down-html = Movido <a href="{ $href }">mais para baixo</a>
diff-moved-up-html = Movido <a href="{ $href }">mais para cima</a>
diff-moved-from-below-html = Movido para cá, antes estava <a href="{ $href }">mais abaixo</a>
diff-moved-from-above-html = Movido para cá, antes estava <a href="{ $href }">mais acima</a>
# A formatação mudou nas mesmas palavras: “agora em itálico, não mais em negrito”.
diff-now-format = agora { $format }
diff-no-longer-format = não mais { $format }
diff-format-italic = em itálico
diff-format-bold = em negrito
diff-format-code = como código
diff-format-struck = riscado
diff-format-highlighted = destacado
diff-format-underlined = sublinhado
diff-format-subscript = em subscrito
diff-format-superscript = em sobrescrito
diff-link-added = link acrescentado
diff-link-removed = link removido
diff-link-changed = link alterado
diff-address-added-html = endereço do link acrescentado: { $to }
diff-address-removed-html = endereço do link removido, era <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = endereço do link alterado de <span class="diff-address__old">{ $from }</span> para { $to }
# Uma palavra com uma ou duas letras trocadas, dita inteira.
diff-typo = “{ $old }” trocado por “{ $new }”
# A visão lado a lado.
diff-before = Antes
diff-after = Depois
diff-all-same = { $n ->
    [one] O parágrafo é igual nos dois rascunhos
   *[other] Os { $n } parágrafos são iguais nos dois rascunhos
}
diff-unchanged = { $n ->
    [one] { $n } parágrafo sem alterações
   *[other] { $n } parágrafos sem alterações
}

## Palavras que o script da página escreve (sem o script, nenhuma aparece). { $n } e
## { $total } são preenchidos pelo script.

js-previous-change = Alteração anterior
js-next-change = Próxima alteração
js-change-of = Alteração { $n } de { $total }
js-keys-hint-html = ou pressione <kbd>p</kbd> e <kbd>n</kbd>
js-earlier-draft = Rascunho anterior
js-later-draft = Rascunho seguinte
js-draft-of = Rascunho { $n } de { $total }
js-position-of = { $n } de { $total }
# A prévia ao vivo (`redraft serve`): um painel sobre a página quando o que foi salvo não pôde ser gerado.
js-build-failed = Não foi possível gerar o que você acabou de salvar
js-build-failed-help = Você está vendo a última versão que foi gerada. Corrija o que está indicado abaixo e salve: esta página se atualiza sozinha.
js-hide = Ocultar
js-search-none = Nenhum texto corresponde a “{ $query }”. Tente usar menos palavras ou palavras mais curtas.
# $n textos encontrados; o script escolhe a forma pelas regras de plural da língua
# ("one" vale para 0 e 1, mas o script só usa esta mensagem com 1 ou mais).
js-search-found = { $n ->
    [one] { $n } texto corresponde a “{ $query }”.
   *[other] { $n } textos correspondem a “{ $query }”.
}

## Quão fácil de ler é um rascunho, pela medida feita para a sua língua. $score é o valor
## da medida, arredondado; $measure, o nome dela (LIX, Fernández Huerta, Amstad...).

readability-below-grade-1 = muito fácil de ler (menos de um ano de escolaridade)
readability-grade = { $score ->
    [one] nível de leitura de cerca de um ano de escolaridade
   *[other] nível de leitura de cerca de { $score } anos de escolaridade
}
readability-university = nível de leitura universitário ({ $score } anos de escolaridade)
readability-measure = { $measure } { $score }: { $band }
band-very-easy = muito fácil
band-easy = fácil
band-fairly-easy = relativamente fácil
band-medium = de dificuldade média
band-fairly-difficult = relativamente difícil
band-difficult = difícil
band-very-difficult = muito difícil

## Nomes que um leitor de tela lê para o que o redraft acrescenta ao texto de um rascunho: as
## caixas de uma lista de tarefas, o número de uma nota de rodapé e o link de volta, um comentário
## preso a um trecho.

md-task-done = feito
md-task-not-done = a fazer
md-note = Nota { $n }
md-back = Voltar ao texto
pin-name = Comentário { $n }
pin-back = (voltar ao trecho)

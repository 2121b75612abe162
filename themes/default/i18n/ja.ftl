# redraft の日本語の文言：組み込みテーマと redraft がページに表示するすべての文字列。
# (redraft's words in Japanese: every string the built-in theme and redraft put on a page.)
#
# 用語：draft = 稿（番号は「第3稿」、数は「全3稿」、最初の稿は「初稿」）、piece = 作品、
# feedback = フィードバック、reflection = 振り返り、showcase / best work = 自信作、
# post = 記事、assignment = 課題、tag = タグ、journey = 歩み。数字と文字の間に空白は入れません。
# 長さは「字」で数えます（原稿用紙や字数指定と同じ）：漢字・ひらがな・カタカナは1文字で1字、
# 英字の単語や数字はひとまとまりで1字。句読点は数えません。「新しい語」だけは語の数です。
#
# id が -html で終わるメッセージにはマークアップが含まれることがあり、タグはそのまま残します。
# それ以外はすべてプレーンテキストです。日本語の複数形は other のみなので、選択子は使いません。

## The frame of every page

skip-to-content = 本文へスキップ
nav-site = サイト内メニュー
feed-title = { $site }：新しい稿
footer-promise-pieces = ここにある作品はどれも、すべての稿を見せています。文章は、書き直すことでよくなっていくからです。
footer-promise-posts = ここにある記事はどれも、すべての稿を見せています。文章は、書き直すことでよくなっていくからです。
footer-shared-by = { $name }が公開しています。
footer-made-with = { $generator }で作成しました。
breadcrumb = パンくずリスト

## Home page

home-promise-pieces = ここにある作品で、最初から完璧だったものはひとつもありません。どの作品も、荒削りな初稿から最新の稿までたどることができます。何が変わったのか、なぜ変えたのか、どんなフィードバックが役に立ったのかも見てみてください。
home-promise-posts = ここにある記事は、どれもすべての稿を残しています。ひとつ開いて、記事が育っていく様子を見てみてください。稿ごとに何が変わったのか、なぜ変えたのかがわかります。
home-follow-feed = 新しい稿をフォローする（Atomフィード）
home-topics = トピック
home-topic-count = （{ $n }件）
home-not-dated = 日付なし
home-pieces = 作品一覧
home-empty-html = 公開されている作品はまだありません。<code>pieces/</code>の中に稿のフォルダーを追加して、もう一度ビルドしてください。

## A piece, as cards and lines

piece-by = 作者：
piece-teacher-model-by = 先生のお手本　作者：
piece-teacher-flag = 先生自身の稿
tags = タグ
draft-count = 全{ $n }稿
planted = 書き始め：
last-tended = 最終更新：
showcase-badge = 自信作

## The journey page of a piece

piece-eyebrow = 作品ができるまで
piece-actions = この作品
read-latest = 最新稿を読む
compare-first-latest = 初稿と最新稿を比べる
replay-draft-by-draft = 1稿ずつたどる
print-journey = 作品の歩みをまとめて印刷する
how-it-grew = 作品の成長
chart-caption = 各稿の字数と、前の稿から加えた字数・削った字数です。数字は下の表にあります。
numbers-by-draft = 稿ごとの数字
numbers-table-caption = 各稿の本文からわかること
col-draft = 稿
col-words = 字数
col-added = 追加
col-cut = 削除
col-new-writing = 新しく書いた部分
col-new-words = 試した新しい語
col-moved = 移動した段落
col-sentences = 文の数
col-average-sentence = 文の平均の長さ
col-longest-sentence = 最も長い文
col-readability = 読みやすさ
too-short-to-say = 短すぎて判定できません
draft-by-draft = 稿ごとに見る
draft-n = 第{ $n }稿
draft-n-label = 第{ $n }稿：{ $label }
feedback-it-answers = この稿が応えたフィードバック
what-changed = 変わったところ
see-the-changes = 変更を見る
see-the-changes-hidden = （前の稿から第{ $n }稿まで）
reflection = 振り返り
tried-something-new = 新しい挑戦
tried-something-new-lead = 新しい挑戦：
feedback-waiting = 次の稿に向けたフィードバック
latest-draft = 最新稿：第{ $n }稿
latest-draft-label = 最新稿：第{ $n }稿（{ $label }）
percent = { $n }%

## Feedback

about-the-passage = 対象の箇所：
see-passage-marked = 稿の中で
see-passage-hidden = { $pin }番
see-passage-in-draft = の印がついた箇所を見る
feedback-fate = 次の稿で、この箇所は
feedback-fate-end = 。

## Replay

replay-drafts = 稿を順にたどる
replay-gap = 第{ $first }稿から第{ $last }稿は、ここには載っていません。
replay-all = 全{ $n }稿を作品のページで見る

## New words and numbers

new-words-tried = 試した新しい語（{ $n }語）：
and-n-more = 、ほか{ $n }語
no-new-words = 新しい語なし
new-words-count = 新しい語（{ $n }語）：
words = 字数
sentences = 文の数
average-sentence = 文の平均の長さ
longest-sentence = 最も長い文
n-words = { $n }字
readability = 読みやすさ
new-writing = 新しく書いた部分
share-of-draft = この稿の{ $n }%

## A draft's page

draft-title = 「{ $piece }」第{ $n }稿
titled-then = 当時のタイトルは「{ $title }」でした。
drafts-of-piece = この作品の稿
what-changed-in-draft = この稿で変わったところ
about-this-draft = この稿について
goals-shown = この稿で示せた目標
feedback-on-this-draft = この稿へのフィードバック
replay-this-draft = （この稿）
draft-in-numbers = 数字で見るこの稿

## The change view

changes-title = 第{ $n }稿で変わったところ
changes-heading = 第{ $from }稿から第{ $to }稿までに変わったところ
share-new-writing = 第{ $n }稿の{ $share }%は、新しく書いた部分です。
the-two-drafts = 2つの稿
read-as-written = 第{ $n }稿をそのまま読む
read-as-written-label = 第{ $n }稿（{ $label }）をそのまま読む
why-it-changed = 変えた理由
feedback-on-draft = 第{ $n }稿へのフィードバック
writers-note = 作者のメモ
what-changed-lead = 変えたところ：
text-with-changes = 変更箇所に印をつけた本文
side-by-side-link-html = 2つの稿を<a href="#side-by-side">並べて</a>読むこともできます。
legend-cut-html = <del>削った文字</del>は取り消し線で表示
legend-added-html = <ins>加えた文字</ins>は下線で表示
legend-restyled-html = <span class="legend__format">書式を変えた文字</span>は点線で表示し、どう変えたかも表示
legend-spelling-html = 直した誤字は、変わった文字がわかるように表示：こんにち<del>わ</del><ins>は</ins>
legend-address-html = アドレスだけが変わった<span class="legend__address">リンク</span>には小さな印（マウスを重ねるかフォーカスすると、古いアドレスと新しいアドレスを表示）
legend-block-html = 追加・削除・移動した<span class="legend__block">段落全体</span>は、余白にラベルで表示
legend-block-restyled-html = <span class="legend__restyled">形式を変えた段落</span>（見出しのレベル、リストの番号、引用）や、分割・結合した段落は、縁を点線で表示し、何に変わったかをラベルで表示
changes-nav = 変更箇所
change-count = 変更{ $n }か所：
side-by-side-summary = 並べて比べる：左が第{ $from }稿、右が第{ $to }稿

## First draft to latest

compare-title = 初稿から最新稿へ
compare-heading = 初稿から最新稿まで
how-far = ここまでの道のり
how-far-text = 第{ $from }稿{ $from_date }から第{ $to }稿{ $to_date }まで、全{ $drafts }稿。{ $first }字から{ $latest }字になりました。
date-after = （{ $date }）

## Not found

not-found-title = ページが見つかりません
not-found-heading = お探しのページはここにはありません
not-found-text-html = 移動したか、作者がまだ公開していない稿なのかもしれません。公開中の作品はすべて<a href="{ $home }">トップページ</a>に載っています。

## Writers, assignments, tags

tagged = タグ：{ $name }
teacher-sharing = 先生も自分の稿を公開しています：
group-count = 全部で{ $pieces }作品、{ $drafts }稿です。
new-words-over-time = 新しい語の広がり
new-words-over-time-about = { $name }がここで書いた作品ごとに、初めて使った語を、書き始めた順に並べています。漢字やひらがなの語は辞書なしでは切り分けられないため、カタカナ語と英字の語（4文字以上）だけを数え、数字は除いています。
groups-writers = ここで稿を公開している、すべての作者です。
groups-assignments = 作品を課題ごとにまとめています。
groups-tags = 作品をテーマや書き方ごとにまとめています。
group-member-count = { $pieces }作品・{ $drafts }稿
group-member-teacher = （先生）

## The print packet

packet-title = 「{ $piece }」：全稿（印刷用）
packet-eyebrow = すべての稿を、印刷・添削用に
packet-how = このページには、作品の歩みがすべて入っています。各稿の全文を順番に載せ、その稿が応えたフィードバック、作者が何をなぜ変えたか、その稿が受け取ったフィードバックも添えています。印刷しても（各稿は新しいページから始まり、余白にメモを書き込めます）、このまま通して読んでもかまいません。

## Search

search = 検索
search-label = 本文の言葉、タイトル、作者、課題、タグで作品を探す
every-piece = すべての作品

## Best work

best-work = 自信作
best-work-about = 作者が「これを見てほしい」と選んだ稿です。どれも、そこに至るまでの歩みにつながっています。いちばんよい稿が初稿だということは、決してないからです。
draft-lower-n = 第{ $n }稿
draft-n-of = 第{ $n }稿（全{ $count }稿）
how-it-got-here = ここまでの歩み
how-it-got-here-hidden = ：「{ $piece }」の歩み

## Punctuation between the parts of a line

# Between items of a list and before a date after a title: list-separator（、）is above,
# with the words per draft.
# Between a title and what follows it（「第2稿：フィードバックを受けて」）.
label-separator = ：
# The end of a sentence, and a sentence ending with it.
sentence-end = 。
sentence = { $text }。

## Dates. $month is 1 to 12; $day and $year are numbers.

date-long = { $year }年{ $month }月{ $day }日
date-short = { $year }年{ $month }月{ $day }日

## Stages of a draft, roles of those who give feedback, what became of a passage

stage-notes = 構想メモ
stage-first-draft = 初稿
stage-revision = 改稿
stage-final = 完成稿
role-teacher = 先生
role-peer = 仲間
role-self = 自己評価
role-reader = 読者
role-group = グループ
a-reader = ある読者
fate-kept = そのまま残りました
fate-revised = 書き直されました
fate-cut = 削られました

## Site sections

nav-pieces = 作品
nav-posts = 記事
nav-writers = 作者
nav-assignments = 課題
nav-tags = タグ
nav-best-work = 自信作
nav-search = 検索

## Words per draft, for the small line beside each piece ($words is a list of numbers)

words-per-draft = 稿ごとの字数：{ $words }
# A number alone, written the language's way.
number = { $n }
list-separator = 、

## The growth chart on a piece's page, and its description for screen readers

chart-title-changes = 各稿の字数と、そのたびに変わったこと
chart-title-words = この稿の字数
chart-key-words = 字数
chart-key-added = 加えた文字
chart-key-cut = 削った文字
chart-first = 第{ $n }稿：{ $words }字。
chart-step = 第{ $n }稿：{ $words }字（{ $added }字追加、{ $cut }字削除）。

## What changed between two drafts, in one line

changes-none = 本文の変更なし
changes-words = { $added }字追加、{ $cut }字削除
changes-words-added = { $added }字追加
changes-words-cut = { $cut }字削除
changes-symbols = 句読点や記号だけの変更
changes-paragraphs-added = { $n }段落を追加
changes-paragraphs-removed = { $n }段落を削除
changes-paragraphs-moved = { $n }段落を移動
changes-paragraphs-rewritten = { $n }段落を書き直し
changes-paragraphs-restyled = { $n }段落の形式を変更
changes-paragraphs-split = { $n }段落を分割
changes-paragraphs-joined = { $n }段落を結合
# After the first count of paragraphs, English leaves the noun out; Japanese keeps the
# counter 段落, so these read like the messages above.
changes-then-added = { $n }段落を追加
changes-then-removed = { $n }段落を削除
changes-then-moved = { $n }段落を移動
changes-then-rewritten = { $n }段落を書き直し
changes-then-restyled = { $n }段落の形式を変更
changes-then-split = { $n }段落を分割
changes-then-joined = { $n }段落を結合
changes-formatting = 書式の変更{ $n }か所

## How a piece grew, in a few sentences. $drafts counts drafts; $first and $latest are
## the words of the first and latest drafts; $added, $cut and $tried (new words) are totals.

growth-none = まだ稿がありません。
growth-one = 今のところ稿は1つで、{ $words }字です。どんな作品も、ここから始まります。
growth-grew = { $drafts }稿を重ねて、{ $first }字から{ $latest }字に増えました。
growth-tightened = { $drafts }稿を重ねて、{ $first }字から{ $latest }字に引き締まりました。
growth-stayed = { $drafts }稿を重ねても、字数は{ $latest }字のままです。
growth-same-words = 稿が変わっても、使っている語は同じままです。
growth-added = その過程で、{ $added }字を加えました。
growth-cut = その過程で、{ $cut }字を削りました。
growth-tried = その過程で、新しい語を{ $tried }語試しました。
growth-added-cut = その過程で、{ $added }字を加え、{ $cut }字を削りました。
growth-added-tried = その過程で、{ $added }字を加え、新しい語を{ $tried }語試しました。
growth-cut-tried = その過程で、{ $cut }字を削り、新しい語を{ $tried }語試しました。
growth-added-cut-tried = その過程で、{ $added }字を加え、{ $cut }字を削り、新しい語を{ $tried }語試しました。
growth-cutting-is-revision = 削ることも、立派な推敲です。
growth-in-the-wording = 変わったのは言葉の選び方です。
# Between the sentences of a summary: a space in English; nothing in Chinese or Japanese.
sentence-gap = { "" }
word-gap = { "" }

## The change view: labels beside changes, which screen readers read out. A label ends with
## diff-label-end（「削除した段落：」）; 「削除：」 and 「追加：」 come before the words they mark.

diff-label-end = ：
# Between a label and the words it marks: nothing, as the full-width colon carries its own space.
diff-label-gap = { "" }
diff-cut = 削除：
diff-added = 追加：
diff-removed = 削除した段落
diff-added-block = 追加した段落
diff-rewritten-before = 書き直す前
diff-rewritten-after = 書き直した後
diff-split-here = ここで分割
# What a block became: 「レベル3の見出しに変更」「ボックスの外に移動」. Each $kind is worded in
# full: paragraph, text (words outside any block), quote, bulleted-list, numbered-list,
# aside, details, box, figure, section, heading (with $level) or other (with $tag).
diff-now = { $kind ->
    [paragraph] 段落に変更
    [text] プレーンテキストに変更
    [quote] 引用に変更
    [bulleted-list] 箇条書きに変更
    [numbered-list] 番号付きリストに変更
    [aside] 補足欄に変更
    [details] 開閉できる部分に変更
    [box] ボックスに変更
    [figure] 図に変更
    [section] セクションに変更
    [heading] レベル{ $level }の見出しに変更
   *[other] { $tag }要素に変更
}
# A block moved into a wrapping block of $kind: aside, details, box, figure, section or
# other (with $tag).
diff-now-in = { $kind ->
    [aside] 補足欄の中に移動
    [details] 開閉できる部分の中に移動
    [box] ボックスの中に移動
    [figure] 図の中に移動
    [section] セクションの中に移動
   *[other] { $tag }要素の中に移動
}
# A block moved out of a wrapping block of $kind (as for diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] 補足欄の外に移動
    [details] 開閉できる部分の外に移動
    [box] ボックスの外に移動
    [figure] 図の外に移動
    [section] セクションの外に移動
   *[other] { $tag }要素の外に移動
}
diff-no-longer-quoted = 引用を解除
# $what is lists, quotes or paragraphs.
diff-split = { $what ->
    [lists] { $n }個のリスト
    [quotes] { $n }個の引用
   *[paragraphs] { $n }段落
}に分割
diff-joined = { $what ->
    [lists] { $n }個のリスト
    [quotes] { $n }個の引用
   *[paragraphs] { $n }段落
}を1つに結合
diff-moved-down-html = <a href="{ $href }">下のほう</a>に移動
diff-moved-up-html = <a href="{ $href }">上のほう</a>に移動
diff-moved-from-below-html = <a href="{ $href }">下のほう</a>からここに移動
diff-moved-from-above-html = <a href="{ $href }">上のほう</a>からここに移動
# Formatting changed on the same words: 「斜体を適用、太字を解除」.
diff-now-format = { $format }を適用
diff-no-longer-format = { $format }を解除
diff-format-italic = 斜体
diff-format-bold = 太字
diff-format-code = コード表記
diff-format-struck = 取り消し線
diff-format-highlighted = ハイライト
diff-format-underlined = 下線
diff-format-subscript = 下付き文字
diff-format-superscript = 上付き文字
diff-link-added = リンクを追加
diff-link-removed = リンクを削除
diff-link-changed = リンクを変更
diff-address-added-html = リンクのアドレスを追加：{ $to }
diff-address-removed-html = リンクのアドレスを削除（元は<span class="diff-address__old">{ $from }</span>）
diff-address-changed-html = リンクのアドレスを<span class="diff-address__old">{ $from }</span>から{ $to }に変更
# A word with a letter or two changed, said whole.
diff-typo = 「{ $old }」を「{ $new }」に変更
# The side-by-side view.
diff-before = 変更前
diff-after = 変更後
diff-all-same = 全{ $n }段落とも変更なし
diff-unchanged = { $n }段落は変更なし

## Words the page's script writes (with script off, none of these show). { $n } and
## { $total } are filled in by the script.

js-previous-change = 前の変更箇所
js-next-change = 次の変更箇所
js-change-of = 全{ $total }か所中{ $n }か所目の変更
js-keys-hint-html = <kbd>p</kbd>キーと<kbd>n</kbd>キーでも移動できます
js-earlier-draft = 前の稿
js-later-draft = 次の稿
js-draft-of = 第{ $n }稿（全{ $total }稿）
js-position-of = { $total }件中{ $n }件目
# The live preview (`redraft serve`): a panel over the page when a save did not build.
js-build-failed = 保存した内容をビルドできませんでした
js-build-failed-help = いま表示しているのは、最後にビルドできた版です。下に示されている箇所を直して保存してください。このページは自動で更新されます。
js-hide = 非表示
js-search-none = 「{ $query }」に一致する作品はありません。言葉の数を減らすか、短い言葉で探してみてください。
# $n pieces found; Japanese has one plural form (other).
js-search-found = { $n ->
   *[other] 「{ $query }」に一致する作品が{ $n }件あります。
}

## How readable a draft is, by the measure made for its language. $score is the measure's
## figure, rounded; $measure its name (LIX, Fernández Huerta, Amstad ...).

readability-below-grade-1 = とても読みやすい（第1学年に満たないレベル）
readability-grade = 第{ $score }学年程度のレベル
readability-university = 大学レベル（第{ $score }学年相当）
readability-measure = { $measure } { $score }：{ $band }
band-very-easy = とても易しい
band-easy = 易しい
band-fairly-easy = やや易しい
band-medium = 標準
band-fairly-difficult = やや難しい
band-difficult = 難しい
band-very-difficult = とても難しい

## Names a screen reader reads for what redraft adds to a draft's text: a task list's
## boxes, a footnote's number and its link back, a comment pinned to a passage.

md-task-done = 完了
md-task-not-done = 未完了
md-note = 脚注{ $n }
md-back = 本文に戻る
pin-name = フィードバック{ $n }
pin-back = （該当箇所に戻る）

# redraft 的简体中文用语：内置主题和 redraft 在页面上显示的所有文字（用于 zh、zh-Hans、zh-CN）。
# (redraft's words in Simplified Chinese: every string the built-in theme and redraft put on a page.)
#
# 术语：draft = 草稿（编号写作“第3稿”，计数写作“3份草稿”），piece = 作品（量词“篇”），
# feedback = 反馈，reflection = 反思，showcase / best work = 精选，post = 文章，
# assignment = 作业，tag = 标签。数字与汉字之间不加空格。
# 篇幅按“字”计：每个汉字、假名、注音符号算一字，字母拼写的词和数字各算一字（与文字处理软件的
# “字数”统计相同），标点不计。只有“新词”按词计。
#
# id 以 -html 结尾的消息可能含有标记，标记须原样保留；其他消息都是纯文本。
# 中文只有一种复数形式（other），因此不按复数类别选择；只有 growth-* 按具体数字选用“两稿、三稿”等说法。

## The frame of every page

skip-to-content = 跳到正文
nav-site = 网站导航
feed-title = { $site }：新草稿
footer-promise-pieces = 这里的每篇作品都展示了它的草稿，因为好文章是改出来的。
footer-promise-posts = 这里的每篇文章都展示了它的草稿，因为好文章是改出来的。
footer-shared-by = 由{ $name }分享。
footer-made-with = 使用{ $generator }制作。
breadcrumb = 面包屑导航

## Home page

home-promise-pieces = 这里没有哪篇作品是一次就写好的。打开任意一篇，就能从最初那份乱糟糟的草稿一路看到最新稿：改了什么，为什么改，又是哪些反馈帮了忙。
home-promise-posts = 这里的每篇文章都保留着自己的草稿。打开一篇，看看它是怎样一步步成形的：每一稿改了什么，为什么这样改。
home-follow-feed = 订阅新草稿（Atom订阅源）
home-topics = 话题
home-topic-count = （{ $n }篇）
home-not-dated = 未注明日期
home-pieces = 作品
home-empty-html = 还没有发布任何作品。在<code>pieces/</code>下添加一个草稿文件夹，然后重新构建网站。

## A piece, as cards and lines

piece-by = 作者：
piece-teacher-model-by = 教师范文，作者：
piece-teacher-flag = 老师自己的草稿
tags = 标签
draft-count = { $n }份草稿
planted = 动笔于
last-tended = 最近修改于
showcase-badge = 精选

## The journey page of a piece

piece-eyebrow = 作品的修改历程
piece-actions = 本作品
read-latest = 阅读最新稿
compare-first-latest = 对比第一稿和最新稿
replay-draft-by-draft = 一稿一稿地回看
print-journey = 打印完整的修改历程
how-it-grew = 作品是怎样成长的
chart-caption = 每一稿的字数，以及从上一稿到这一稿新增和删减了多少字。具体数字见下表。
numbers-by-draft = 各稿数据一览
numbers-table-caption = 每一稿正文的各项数据
col-draft = 稿次
col-words = 字数
col-added = 新增
col-cut = 删减
col-new-writing = 新写内容
col-new-words = 尝试的新词
col-moved = 移动的段落
col-sentences = 句数
col-average-sentence = 平均句长
col-longest-sentence = 最长句
col-readability = 易读度
too-short-to-say = 太短，无法判断
draft-by-draft = 一稿一稿看
draft-n = 第{ $n }稿
draft-n-label = 第{ $n }稿：{ $label }
feedback-it-answers = 本稿回应的反馈
what-changed = 改了什么
see-the-changes = 查看改动
see-the-changes-hidden = （从上一稿到第{ $n }稿）
reflection = 反思
tried-something-new = 新尝试
tried-something-new-lead = 新尝试：
feedback-waiting = 留给下一稿的反馈
latest-draft = 最新稿：第{ $n }稿
latest-draft-label = 最新稿：第{ $n }稿（{ $label }）
percent = { $n }%

## Feedback

about-the-passage = 针对的段落：
see-passage-marked = 查看草稿中标为
see-passage-hidden = { $pin }号
see-passage-in-draft = 的段落
feedback-fate = 在下一稿中，这段文字
feedback-fate-end = 。

## Replay

replay-drafts = 逐稿回看
replay-gap = 第{ $first }稿至第{ $last }稿未在此列出。
replay-all = 在作品页查看全部{ $n }份草稿

## New words and numbers

new-words-tried = 尝试了{ $n }个新词：
and-n-more = ，另有{ $n }个
no-new-words = 没有新词
new-words-count = { $n }个新词：
words = 字数
sentences = 句数
average-sentence = 平均句长
longest-sentence = 最长句
n-words = { $n }字
readability = 易读度
new-writing = 新写内容
share-of-draft = 占本稿的{ $n }%

## A draft's page

draft-title = 《{ $piece }》第{ $n }稿
titled-then = 当时的标题是《{ $title }》。
drafts-of-piece = 本作品的各稿
what-changed-in-draft = 本稿改了什么
about-this-draft = 关于本稿
goals-shown = 本稿体现的目标
feedback-on-this-draft = 对本稿的反馈
replay-this-draft = （本稿）
draft-in-numbers = 本稿数据

## The change view

changes-title = 第{ $n }稿改了什么
changes-heading = 从第{ $from }稿到第{ $to }稿改了什么
share-new-writing = 第{ $n }稿中有{ $share }%是新写的内容。
the-two-drafts = 两份草稿
read-as-written = 阅读第{ $n }稿原文
read-as-written-label = 阅读第{ $n }稿（{ $label }）原文
why-it-changed = 为什么这样改
feedback-on-draft = 对第{ $n }稿的反馈
writers-note = 作者的话
what-changed-lead = 改动：
text-with-changes = 标出改动的正文
side-by-side-link-html = 也可以<a href="#side-by-side">并排对照</a>阅读两份草稿。
legend-cut-html = <del>删去的文字</del>加删除线
legend-added-html = <ins>新增的文字</ins>加下划线
legend-restyled-html = <span class="legend__format">改了格式的文字</span>加虚线，并注明改了什么
legend-spelling-html = 改正的错别字会标出改动的字：再接再<del>励</del><ins>厉</ins>
legend-address-html = 只改了网址的<span class="legend__address">链接</span>带有小标记；把鼠标移到上面或用键盘选中它，就能看到新旧网址
legend-block-html = 新增、删去或移动的<span class="legend__block">整个段落</span>会在页边标出
legend-block-restyled-html = <span class="legend__restyled">改了样式的段落</span>（标题级别、列表编号、引用），以及拆分或合并的段落，边缘显示为虚线，并有标签说明它变成了什么
changes-nav = 改动
change-count = { $n }处改动：
side-by-side-summary = 并排对照：左边是第{ $from }稿，右边是第{ $to }稿

## First draft to latest

compare-title = 从第一稿到最新稿
compare-heading = 从第一稿到最新稿
how-far = 走了多远
how-far-text = 从第{ $from }稿{ $from_date }到第{ $to }稿{ $to_date }：共{ $drafts }份草稿，字数从{ $first }变为{ $latest }。
date-after = （{ $date }）

## Not found

not-found-title = 找不到页面
not-found-heading = 这个页面不见了
not-found-text-html = 页面可能已经移到别处，也可能是作者还没有分享的草稿。所有已分享的作品都列在<a href="{ $home }">首页</a>上。

## Writers, assignments, tags

tagged = 标签：{ $name }
teacher-sharing = 老师也在分享自己的草稿：
group-count = 共{ $pieces }篇作品，{ $drafts }份草稿。
new-words-over-time = 新词的积累
new-words-over-time-about = { $name }在这里的每篇作品中第一次用到的词，作品按开始写作的先后排列。汉字词语要靠词典才能切分，所以这里只列出用字母拼写的词（至少四个字母），不计数字。
groups-writers = 在这里分享草稿的每一位作者。
groups-assignments = 按所属作业归类的作品。
groups-tags = 按主题和写法归类的作品。
group-member-count = { $pieces }篇作品，{ $drafts }份草稿
group-member-teacher = （老师）

## The print packet

packet-title = 《{ $piece }》：全部草稿（打印版）
packet-eyebrow = 全部草稿，供打印和批改
packet-how = 这一页收录了完整的修改历程：按顺序列出每一稿的全文，附上它回应的反馈、作者改了什么和为什么改，以及它收到的反馈。可以打印出来（每一稿都从新的一页开始，页边留有写批注的空间），也可以从头到尾直接阅读。

## Search

search = 搜索
search-label = 按正文、标题、作者、作业或标签查找作品
every-piece = 全部作品

## Best work

best-work = 精选作品
best-work-about = 作者们自己挑选出来、想让大家看看的草稿。每一份都链接到它完整的修改历程，因为最好的那一稿从来不是第一稿。
draft-lower-n = 第{ $n }稿
draft-n-of = 第{ $n }稿（共{ $count }稿）
how-it-got-here = 它是怎样改出来的
how-it-got-here-hidden = ：《{ $piece }》的修改历程

## Punctuation between the parts of a line

# Between items of a list and before a date after a title: list-separator (、) is above,
# with the words per draft.
# Between a title and what follows it (“第2稿：听取反馈之后”).
label-separator = ：
# The end of a sentence, and a sentence ending with it.
sentence-end = 。
sentence = { $text }。

## Dates. $month is 1 to 12; $day and $year are numbers.

date-long = { $year }年{ $month }月{ $day }日
date-short = { $year }年{ $month }月{ $day }日

## Stages of a draft, roles of those who give feedback, what became of a passage

stage-notes = 构思笔记
stage-first-draft = 初稿
stage-revision = 修改稿
stage-final = 定稿
role-teacher = 老师
role-peer = 同学
role-self = 自评
role-reader = 读者
role-group = 小组
a-reader = 一位读者
fate-kept = 保持原样
fate-revised = 被修改了
fate-cut = 被删去了

## Site sections

nav-pieces = 作品
nav-posts = 文章
nav-writers = 作者
nav-assignments = 作业
nav-tags = 标签
nav-best-work = 精选作品
nav-search = 搜索

## Words per draft, for the small line beside each piece ($words is a list of numbers)

words-per-draft = 每稿字数：{ $words }
# A number alone, written the language's way.
number = { $n }
list-separator = 、

## The growth chart on a piece's page, and its description for screen readers

chart-title-changes = 每一稿的字数，以及每次的改动
chart-title-words = 本稿字数
chart-key-words = 字数
chart-key-added = 新增的字
chart-key-cut = 删去的字
chart-first = 第{ $n }稿：{ $words }字。
chart-step = 第{ $n }稿：{ $words }字，新增{ $added }字，删去{ $cut }字。

## What changed between two drafts, in one line

changes-none = 正文没有改动
changes-words = 新增{ $added }字、删去{ $cut }字
changes-words-added = 新增{ $added }字
changes-words-cut = 删去{ $cut }字
changes-symbols = 只改动了标点或符号
changes-paragraphs-added = 新增{ $n }段
changes-paragraphs-removed = 删去{ $n }段
changes-paragraphs-moved = 移动{ $n }段
changes-paragraphs-rewritten = 改写{ $n }段
changes-paragraphs-restyled = 调整{ $n }段的样式
changes-paragraphs-split = 拆分{ $n }段
changes-paragraphs-joined = 合并{ $n }段
# After the first count of paragraphs, English leaves the noun out; Chinese keeps the
# measure word 段, so these read like the messages above.
changes-then-added = 新增{ $n }段
changes-then-removed = 删去{ $n }段
changes-then-moved = 移动{ $n }段
changes-then-rewritten = 改写{ $n }段
changes-then-restyled = 调整{ $n }段的样式
changes-then-split = 拆分{ $n }段
changes-then-joined = 合并{ $n }段
changes-formatting = { $n }处格式改动

## How a piece grew, in a few sentences. $drafts counts drafts; $first and $latest are
## the words of the first and latest drafts; $added, $cut and $tried (new words) are totals.

growth-none = 还没有草稿。
growth-one = 目前只有一份草稿，共{ $words }字。每篇作品都是这样起步的。
growth-grew = 历经{ $drafts ->
    [2] 两稿
    [3] 三稿
    [4] 四稿
    [5] 五稿
    [6] 六稿
    [7] 七稿
    [8] 八稿
    [9] 九稿
   *[other] { $drafts }稿
}，作品从{ $first }字增加到{ $latest }字。
growth-tightened = 历经{ $drafts ->
    [2] 两稿
    [3] 三稿
    [4] 四稿
    [5] 五稿
    [6] 六稿
    [7] 七稿
    [8] 八稿
    [9] 九稿
   *[other] { $drafts }稿
}，作品从{ $first }字精简到{ $latest }字。
growth-stayed = 历经{ $drafts ->
    [2] 两稿
    [3] 三稿
    [4] 四稿
    [5] 五稿
    [6] 六稿
    [7] 七稿
    [8] 八稿
    [9] 九稿
   *[other] { $drafts }稿
}，作品一直保持在{ $latest }字。
growth-same-words = 每一稿的用词都没有变化。
growth-added = 修改过程中，共新增了{ $added }字。
growth-cut = 修改过程中，共删去了{ $cut }字。
growth-tried = 修改过程中，尝试了{ $tried }个新词。
growth-added-cut = 修改过程中，共新增了{ $added }字，删去了{ $cut }字。
growth-added-tried = 修改过程中，共新增了{ $added }字，尝试了{ $tried }个新词。
growth-cut-tried = 修改过程中，共删去了{ $cut }字，尝试了{ $tried }个新词。
growth-added-cut-tried = 修改过程中，共新增了{ $added }字，删去了{ $cut }字，还尝试了{ $tried }个新词。
growth-cutting-is-revision = 删减也是修改。
growth-in-the-wording = 改动都在措辞上。
# Between the sentences of a summary: a space in English; nothing in Chinese or Japanese.
sentence-gap = { "" }
word-gap = { "" }

## The change view: labels beside changes, which screen readers read out. A label ends with
## diff-label-end（“删去的段落：”）; “删去：” and “新增：” come before the words they mark.

diff-label-end = ：
# Between a label and the words it marks: nothing, as the full-width colon carries its own space.
diff-label-gap = { "" }
diff-cut = 删去：
diff-added = 新增：
diff-removed = 删去的段落
diff-added-block = 新增的段落
diff-rewritten-before = 改写前
diff-rewritten-after = 改写后
diff-split-here = 从这里拆分
# What a block became: “现在是3级标题”, “不再放在方框里”. Each $kind is worded in full:
# paragraph, text (words outside any block), quote, bulleted-list, numbered-list, aside,
# details, box, figure, section, heading (with $level) or other (with $tag).
diff-now = { $kind ->
    [paragraph] 现在是段落
    [text] 现在是纯文本
    [quote] 现在是引用
    [bulleted-list] 现在是项目符号列表
    [numbered-list] 现在是编号列表
    [aside] 现在是旁注
    [details] 现在是可展开收起的部分
    [box] 现在是方框
    [figure] 现在是插图
    [section] 现在是小节
    [heading] 现在是{ $level }级标题
   *[other] 现在是{ $tag }元素
}
# A block moved into a wrapping block of $kind: aside, details, box, figure, section or
# other (with $tag).
diff-now-in = { $kind ->
    [aside] 现在放在旁注里
    [details] 现在放在可展开收起的部分里
    [box] 现在放在方框里
    [figure] 现在放在插图里
    [section] 现在放在小节里
   *[other] 现在放在{ $tag }元素里
}
# A block moved out of a wrapping block of $kind (as for diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] 不再放在旁注里
    [details] 不再放在可展开收起的部分里
    [box] 不再放在方框里
    [figure] 不再放在插图里
    [section] 不再放在小节里
   *[other] 不再放在{ $tag }元素里
}
diff-no-longer-quoted = 不再是引用
# $what is lists, quotes or paragraphs.
diff-split = 拆分成{ $n }{ $what ->
    [lists] 个列表
    [quotes] 段引用
   *[paragraphs] 段
}
diff-joined = 由{ $n }{ $what ->
    [lists] 个列表
    [quotes] 段引用
   *[paragraphs] 段
}合并而成
diff-moved-down-html = 已移到<a href="{ $href }">下方</a>
diff-moved-up-html = 已移到<a href="{ $href }">上方</a>
diff-moved-from-below-html = 从<a href="{ $href }">下方</a>移到这里
diff-moved-from-above-html = 从<a href="{ $href }">上方</a>移到这里
# Formatting changed on the same words: “改为斜体、取消粗体”.
diff-now-format = 改为{ $format }
diff-no-longer-format = 取消{ $format }
diff-format-italic = 斜体
diff-format-bold = 粗体
diff-format-code = 代码格式
diff-format-struck = 删除线
diff-format-highlighted = 高亮
diff-format-underlined = 下划线
diff-format-subscript = 下标
diff-format-superscript = 上标
diff-link-added = 新增链接
diff-link-removed = 删去链接
diff-link-changed = 更改链接
diff-address-added-html = 新增链接网址：{ $to }
diff-address-removed-html = 删去链接网址，原网址是<span class="diff-address__old">{ $from }</span>
diff-address-changed-html = 链接网址从<span class="diff-address__old">{ $from }</span>改为{ $to }
# A word with a letter or two changed, said whole.
diff-typo = “{ $old }”改为“{ $new }”
# The side-by-side view.
diff-before = 修改前
diff-after = 修改后
diff-all-same = 全部{ $n }段都没有改动
diff-unchanged = { $n }段没有改动

## Words the page's script writes (with script off, none of these show). { $n } and
## { $total } are filled in by the script.

js-previous-change = 上一处改动
js-next-change = 下一处改动
js-change-of = 第{ $n }处改动，共{ $total }处
js-keys-hint-html = 也可以按<kbd>p</kbd>键和<kbd>n</kbd>键
js-earlier-draft = 上一稿
js-later-draft = 下一稿
js-draft-of = 第{ $n }稿（共{ $total }稿）
js-position-of = 第{ $n }项，共{ $total }项
# The live preview (`redraft serve`): a panel over the page when a save did not build.
js-build-failed = 刚才保存的内容未能构建
js-build-failed-help = 现在显示的是上一次构建成功的版本。改好下面指出的问题再保存，本页会自动更新。
js-hide = 隐藏
js-search-none = 没有找到与“{ $query }”相符的作品。试试少用几个词，或者换短一点的词。
# $n pieces found; Chinese has one plural form (other).
js-search-found = { $n ->
   *[other] 找到{ $n }篇与“{ $query }”相符的作品。
}

## How readable a draft is, by the measure made for its language. $score is the measure's
## figure, rounded; $measure its name (LIX, Fernández Huerta, Amstad ...).

readability-below-grade-1 = 非常易读（低于一年级水平）
readability-grade = 约相当于{ $score }年级的阅读水平
readability-university = 大学阅读水平（相当于{ $score }年级）
readability-measure = { $measure } { $score }：{ $band }
band-very-easy = 非常容易
band-easy = 容易
band-fairly-easy = 较容易
band-medium = 中等
band-fairly-difficult = 较难
band-difficult = 难
band-very-difficult = 非常难

## Names a screen reader reads for what redraft adds to a draft's text: a task list's
## boxes, a footnote's number and its link back, a comment pinned to a passage.

md-task-done = 已完成
md-task-not-done = 未完成
md-note = 脚注{ $n }
md-back = 返回正文
pin-name = 第{ $n }条反馈
pin-back = （返回对应段落）

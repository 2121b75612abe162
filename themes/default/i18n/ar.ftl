# كلمات redraft بالعربية الفصحى: كل نص يضعه القالب المدمج وredraft على الصفحة.
# (redraft's words in Modern Standard Arabic: every string the built-in theme and redraft put on a page.)
#
# المصطلحات: draft = مسودة، piece = نص، feedback = ملاحظات، reflection = تأمّل،
# showcase / best work = أفضل الأعمال، post = تدوينة، assignment = مهمة، tag = وسم، writer = الكاتب.
#
# الرسائل التي ينتهي معرّفها بـ -html قد تحوي شيفرة HTML تبقى كما هي؛ وكل رسالة غيرها نص عادي.
# الأعداد بأرقام لاتينية، وللعربية ست صيغ جمع حسب قواعد CLDR:
# zero (0)، one (1)، two (2)، few (3–10، 103–110…)، many (11–99…)، other (100، 101، 102…).

## The frame of every page

skip-to-content = انتقل إلى المحتوى
nav-site = قائمة الموقع
feed-title = { $site }: مسودات جديدة
footer-promise-pieces = كل نص هنا يعرض مسوداته، لأن الكتابة الجيدة تولد من المراجعة.
footer-promise-posts = كل تدوينة هنا تعرض مسوداتها، لأن الكتابة الجيدة تولد من المراجعة.
footer-shared-by = نُشر بواسطة { $name }.
footer-made-with = صُنع باستخدام { $generator }.
breadcrumb = مسار التنقل

## Home page

home-promise-pieces = لم يخرج أي نص هنا مكتملًا من المرة الأولى. افتح أيّ نص لتتابعه من مسودته الأولى غير المرتّبة حتى أحدث مسودة، وترى ما الذي تغيّر ولماذا، والملاحظات التي ساعدت على ذلك.
home-promise-posts = كل تدوينة هنا تحتفظ بمسوداتها. افتح أيّ تدوينة لترى كيف نمت: ما الذي تغيّر من مسودة إلى أخرى، ولماذا.
home-follow-feed = تابع المسودات الجديدة (موجز Atom)
home-topics = المواضيع
home-topic-count = ({ $n ->
    [zero] لا تدوينات
    [one] تدوينة واحدة
    [two] تدوينتان
    [few] { $n } تدوينات
    [many] { $n } تدوينة
   *[other] { $n } تدوينة
})
home-not-dated = بلا تاريخ
home-pieces = النصوص
home-empty-html = لا توجد نصوص منشورة بعد. أضف مجلدًا من المسودات داخل <code>pieces/</code> ثم أعد بناء الموقع.

## A piece, as cards and lines

piece-by = بقلم
piece-teacher-model-by = نص نموذجي بقلم
piece-teacher-flag = من مسودات المعلّمين
tags = الوسوم
draft-count = { $n ->
    [zero] لا مسودات
    [one] مسودة واحدة
    [two] مسودتان
    [few] { $n } مسودات
    [many] { $n } مسودة
   *[other] { $n } مسودة
}
planted = بدأت الكتابة في
last-tended = آخر تعديل في
showcase-badge = من أفضل الأعمال

## The journey page of a piece

piece-eyebrow = رحلة النص
piece-actions = هذا النص
read-latest = اقرأ أحدث مسودة
compare-first-latest = قارن المسودة الأولى بأحدث مسودة
replay-draft-by-draft = تابِع المسودات واحدةً تلو الأخرى
print-journey = اطبع الرحلة كاملة
how-it-grew = كيف نما النص
chart-caption = عدد الكلمات في كل مسودة، وكم كلمة أُضيفت وحُذفت في الطريق إليها. الأرقام في الجدول أدناه.
numbers-by-draft = الأرقام، مسودةً بعد مسودة
numbers-table-caption = ما تكشفه كل مسودة بالأرقام
col-draft = المسودة
col-words = الكلمات
col-added = المضاف
col-cut = المحذوف
col-new-writing = كتابة جديدة
col-new-words = كلمات جديدة
col-moved = فقرات منقولة
col-sentences = الجمل
col-average-sentence = متوسط طول الجملة
col-longest-sentence = أطول جملة
col-readability = سهولة القراءة
too-short-to-say = أقصر من أن يُقاس
draft-by-draft = مسودةً بعد مسودة
draft-n = المسودة { $n }
draft-n-label = المسودة { $n }: { $label }
feedback-it-answers = الملاحظات التي تستجيب لها
what-changed = ما الذي تغيّر
see-the-changes = شاهد التغييرات
see-the-changes-hidden = { " " }من المسودة السابقة إلى المسودة { $n }
reflection = تأمّل
tried-something-new = تجربة جديدة
tried-something-new-lead = تجربة جديدة:
feedback-waiting = ملاحظات تنتظر المسودة التالية
latest-draft = أحدث مسودة: { $n }
latest-draft-label = أحدث مسودة: { $n }، { $label }
percent = { $n }%

## Feedback

about-the-passage = عن هذا المقطع:{ " " }
see-passage-marked = انظر المقطع المعلَّم
see-passage-hidden = { " " }بالرقم { $pin }
see-passage-in-draft = { " " }في المسودة
feedback-fate = ما حدث لهذا المقطع في المسودة التالية:
feedback-fate-end = .

## Replay

replay-drafts = استعراض المسودات
replay-gap = المسودات من { $first } إلى { $last } غير مدرجة هنا.
replay-all = اعرض المسودات كلها ({ $n }) في صفحة رحلة النص

## New words and numbers

new-words-tried = { $n ->
    [zero] لا كلمات جديدة:
    [one] كلمة جديدة واحدة جُرِّبت لأول مرة:
    [two] كلمتان جديدتان جُرِّبتا لأول مرة:
    [few] { $n } كلمات جديدة جُرِّبت لأول مرة:
    [many] { $n } كلمة جديدة جُرِّبت لأول مرة:
   *[other] { $n } كلمة جديدة جُرِّبت لأول مرة:
}
and-n-more = { $n ->
    [zero] { " " }ولا كلمات أخرى
    [one] { " " }وكلمة أخرى
    [two] { " " }وكلمتان أخريان
    [few] { " " }و{ $n } كلمات أخرى
    [many] { " " }و{ $n } كلمة أخرى
   *[other] { " " }و{ $n } كلمة أخرى
}
no-new-words = لا كلمات جديدة
new-words-count = { $n ->
    [zero] لا كلمات جديدة:
    [one] كلمة جديدة واحدة:
    [two] كلمتان جديدتان:
    [few] { $n } كلمات جديدة:
    [many] { $n } كلمة جديدة:
   *[other] { $n } كلمة جديدة:
}
words = الكلمات
sentences = الجمل
average-sentence = متوسط طول الجملة
longest-sentence = أطول جملة
n-words = { $n ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $n } كلمات
    [many] { $n } كلمة
   *[other] { $n } كلمة
}
readability = سهولة القراءة
new-writing = كتابة جديدة
share-of-draft = { $n }% من هذه المسودة

## A draft's page

draft-title = المسودة { $n } من «{ $piece }»
titled-then = كان عنوانها آنذاك «{ $title }».
drafts-of-piece = مسودات هذا النص
what-changed-in-draft = ما الذي تغيّر في هذه المسودة
about-this-draft = عن هذه المسودة
goals-shown = أهداف تُظهرها هذه المسودة
feedback-on-this-draft = ملاحظات على هذه المسودة
replay-this-draft = (هذه المسودة)
draft-in-numbers = هذه المسودة بالأرقام

## The change view

changes-title = ما الذي تغيّر في المسودة { $n }
changes-heading = ما الذي تغيّر من المسودة { $from } إلى المسودة { $to }
share-new-writing = { $share }% من المسودة { $n } كتابة جديدة.
the-two-drafts = المسودتان
read-as-written = اقرأ المسودة { $n } كما كُتبت
read-as-written-label = اقرأ المسودة { $n }، { $label }، كما كُتبت
why-it-changed = لماذا تغيّر
feedback-on-draft = ملاحظات على المسودة { $n }
writers-note = كلمة الكاتب
what-changed-lead = ما الذي تغيّر:
text-with-changes = النص مع تمييز التغييرات
side-by-side-link-html = أو اقرأ المسودتين <a href="#side-by-side">جنبًا إلى جنب</a>.
legend-cut-html = <del>الكلمات المحذوفة</del> يمرّ عليها خط
legend-added-html = <ins>الكلمات المضافة</ins> تحتها خط
legend-restyled-html = <span class="legend__format">الكلمات التي تغيّر تنسيقها</span> تحتها خط منقّط، مع بيان ما تغيّر فيها
legend-spelling-html = الخطأ الإملائي المصحَّح تظهر حروفه: مدرس<del>ه</del><ins>ة</ins>
legend-address-html = <span class="legend__address">الرابط</span> الذي تغيّر عنوانه وحده عليه علامة صغيرة؛ مرِّر المؤشر فوقه أو انتقل إليه لترى العنوان القديم والجديد
legend-block-html = <span class="legend__block">الفقرات الكاملة</span> التي أُضيفت أو حُذفت أو نُقلت مُشار إليها في الهامش
legend-block-restyled-html = <span class="legend__restyled">الفقرة التي تغيّر شكلها</span> (مستوى العنوان، أو ترقيم القائمة، أو الاقتباس)، أو التي قُسِّمت أو دُمجت، لها حافة منقّطة وعنوان صغير يبيّن ما صارت إليه
changes-nav = التغييرات
change-count = { $n ->
    [zero] لا تغييرات:
    [one] تغيير واحد:
    [two] تغييران:
    [few] { $n } تغييرات:
    [many] { $n } تغييرًا:
   *[other] { $n } تغيير:
}
side-by-side-summary = جنبًا إلى جنب: المسودة { $from } على اليمين، والمسودة { $to } على اليسار

## First draft to latest

compare-title = من المسودة الأولى إلى الأحدث
compare-heading = من المسودة الأولى إلى أحدث مسودة
how-far = كم تقدّمت الكتابة
how-far-text = من المسودة { $from }{ $from_date } إلى المسودة { $to }{ $to_date }: { $drafts ->
    [zero] لا مسودات
    [one] مسودة واحدة
    [two] مسودتان
    [few] { $drafts } مسودات
    [many] { $drafts } مسودة
   *[other] { $drafts } مسودة
}، وعدد الكلمات من { $first } إلى { $latest }.
date-after = { " " }({ $date })

## Not found

not-found-title = الصفحة غير موجودة
not-found-heading = لم نعثر على هذه الصفحة
not-found-text-html = ربما نُقلت، أو ربما هي مسودة لم يشاركها كاتبها بعد. كل النصوص المنشورة مدرجة في <a href="{ $home }">الصفحة الرئيسية</a>.

## Writers, assignments, tags

tagged = الوسم «{ $name }»
teacher-sharing = المعلّمون يكتبون مسودات أيضًا:{ " " }
group-count = { $pieces ->
    [zero] لا نصوص
    [one] نص واحد
    [two] نصّان
    [few] { $pieces } نصوص
    [many] { $pieces } نصًّا
   *[other] { $pieces } نص
} و{ $drafts ->
    [zero] لا مسودات
    [one] مسودة واحدة
    [two] مسودتان
    [few] { $drafts } مسودات
    [many] { $drafts } مسودة
   *[other] { $drafts } مسودة
} في المجموع.
new-words-over-time = كلمات جديدة عبر الزمن
new-words-over-time-about = الكلمات التي ظهرت لأول مرة في كتابات { $name } هنا، نصًّا بعد نص، مرتّبة حسب تاريخ البدء في كل نص. لا تُحتسب الأرقام ولا الكلمات الأقصر من أربعة أحرف.
groups-writers = كل من تُنشر مسوداته هنا.
groups-assignments = النصوص مجمَّعة حسب المهمة التي تجيب عنها.
groups-tags = النصوص مجمَّعة حسب موضوعها وطريقة كتابتها.
group-member-count = { $pieces ->
    [zero] لا نصوص
    [one] نص واحد
    [two] نصّان
    [few] { $pieces } نصوص
    [many] { $pieces } نصًّا
   *[other] { $pieces } نص
} و{ $drafts ->
    [zero] لا مسودات
    [one] مسودة واحدة
    [two] مسودتان
    [few] { $drafts } مسودات
    [many] { $drafts } مسودة
   *[other] { $drafts } مسودة
}
group-member-teacher = ، من فريق المعلّمين

## The print packet

packet-title = { $piece }: كل المسودات للطباعة
packet-eyebrow = كل المسودات، للطباعة والتصحيح
packet-how = تضم هذه الصفحة الرحلة كاملة: كل مسودة بنصها الكامل وبالترتيب، مع الملاحظات التي استجابت لها، وما غيّره الكاتب ولماذا، والملاحظات التي تلقّتها. يمكنك طباعتها (تبدأ كل مسودة في ورقة جديدة، مع هامش واسع للكتابة)، أو قراءتها من أولها إلى آخرها.

## Search

search = بحث
search-label = ابحث عن نص بكلماته أو عنوانه أو كاتبه أو مهمته أو وسومه
every-piece = كل النصوص

## Best work

best-work = أفضل الأعمال
best-work-about = مسودات اختارها أصحابها لأنهم فخورون بها. كل واحدة منها تقود إلى الرحلة كاملة التي أوصلت إليها، لأن أفضل مسودة لا تكون الأولى أبدًا.
draft-lower-n = المسودة { $n }
draft-n-of = المسودة { $n } من { $count }
how-it-got-here = الطريق إلى هنا
how-it-got-here-hidden = : رحلة { $piece }

## Punctuation between the parts of a line

# Between items of a list and before a date after a title: list-separator ("، ") is above,
# with the words per draft.
# Between a title and what follows it ("المسودة 2: بعد الملاحظات").
label-separator = :{ " " }
# The end of a sentence, and a sentence ending with it.
sentence-end = .
sentence = { $text }.

## Dates. $month is 1 to 12; $day and $year are numbers.
## (الأشهر بالأسماء الشائعة في معظم البلاد العربية: يناير، فبراير… ولا اختصار لها بالعربية.)

date-long = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }
date-short = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }

## Stages of a draft, roles of those who give feedback, what became of a passage

stage-notes = رؤوس أقلام
stage-first-draft = مسودة أولى
stage-revision = مراجعة
stage-final = نسخة نهائية
role-teacher = معلّم/ة
role-peer = زميل/ة
role-self = مراجعة ذاتية
role-reader = قارئ/ة
role-group = مجموعة
a-reader = أحد القرّاء
fate-kept = بقي كما هو
fate-revised = عُدِّل
fate-cut = حُذف

## Site sections

nav-pieces = النصوص
nav-posts = التدوينات
nav-writers = الكتّاب
nav-assignments = المهام
nav-tags = الوسوم
nav-best-work = أفضل الأعمال
nav-search = بحث

## Words per draft, for the small line beside each piece ($words is a list of numbers)

words-per-draft = عدد الكلمات في كل مسودة: { $words }
# A number alone, written the language's way.
number = { $n }
list-separator = ،{ " " }

## The growth chart on a piece's page, and its description for screen readers

chart-title-changes = عدد الكلمات في كل مسودة، وما تغيّر في كل مرة
chart-title-words = عدد الكلمات في المسودة
chart-key-words = الكلمات
chart-key-added = كلمات مضافة
chart-key-cut = كلمات محذوفة
chart-first = المسودة { $n }: { $words ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $words } كلمات
    [many] { $words } كلمة
   *[other] { $words } كلمة
}.
chart-step = المسودة { $n }: { $words ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $words } كلمات
    [many] { $words } كلمة
   *[other] { $words } كلمة
}، مع إضافة { $added } وحذف { $cut }.

## What changed between two drafts, in one line

changes-none = لا تغييرات في النص
changes-words = { $added ->
    [zero] لم تُضف أي كلمة
    [one] أُضيفت كلمة واحدة
    [two] أُضيفت كلمتان
    [few] أُضيفت { $added } كلمات
    [many] أُضيفت { $added } كلمة
   *[other] أُضيفت { $added } كلمة
}، { $cut ->
    [zero] ولم تُحذف أي كلمة
    [one] وحُذفت كلمة واحدة
    [two] وحُذفت كلمتان
    [few] وحُذفت { $cut } كلمات
    [many] وحُذفت { $cut } كلمة
   *[other] وحُذفت { $cut } كلمة
}
changes-words-added = { $added ->
    [zero] لم تُضف أي كلمة
    [one] أُضيفت كلمة واحدة
    [two] أُضيفت كلمتان
    [few] أُضيفت { $added } كلمات
    [many] أُضيفت { $added } كلمة
   *[other] أُضيفت { $added } كلمة
}
changes-words-cut = { $cut ->
    [zero] لم تُحذف أي كلمة
    [one] حُذفت كلمة واحدة
    [two] حُذفت كلمتان
    [few] حُذفت { $cut } كلمات
    [many] حُذفت { $cut } كلمة
   *[other] حُذفت { $cut } كلمة
}
changes-symbols = تغيّرت علامات الترقيم أو الرموز فقط
changes-paragraphs-added = { $n ->
    [zero] لم تُضف أي فقرة
    [one] أُضيفت فقرة واحدة
    [two] أُضيفت فقرتان
    [few] أُضيفت { $n } فقرات
    [many] أُضيفت { $n } فقرة
   *[other] أُضيفت { $n } فقرة
}
changes-paragraphs-removed = { $n ->
    [zero] لم تُحذف أي فقرة
    [one] حُذفت فقرة واحدة
    [two] حُذفت فقرتان
    [few] حُذفت { $n } فقرات
    [many] حُذفت { $n } فقرة
   *[other] حُذفت { $n } فقرة
}
changes-paragraphs-moved = { $n ->
    [zero] لم تُنقل أي فقرة
    [one] نُقلت فقرة واحدة
    [two] نُقلت فقرتان
    [few] نُقلت { $n } فقرات
    [many] نُقلت { $n } فقرة
   *[other] نُقلت { $n } فقرة
}
changes-paragraphs-rewritten = { $n ->
    [zero] لم تُعَد كتابة أي فقرة
    [one] أُعيدت كتابة فقرة واحدة
    [two] أُعيدت كتابة فقرتين
    [few] أُعيدت كتابة { $n } فقرات
    [many] أُعيدت كتابة { $n } فقرة
   *[other] أُعيدت كتابة { $n } فقرة
}
changes-paragraphs-restyled = { $n ->
    [zero] لم يتغيّر شكل أي فقرة
    [one] تغيّر شكل فقرة واحدة
    [two] تغيّر شكل فقرتين
    [few] تغيّر شكل { $n } فقرات
    [many] تغيّر شكل { $n } فقرة
   *[other] تغيّر شكل { $n } فقرة
}
changes-paragraphs-split = { $n ->
    [zero] لم تُقسَّم أي فقرة
    [one] قُسِّمت فقرة واحدة
    [two] قُسِّمت فقرتان
    [few] قُسِّمت { $n } فقرات
    [many] قُسِّمت { $n } فقرة
   *[other] قُسِّمت { $n } فقرة
}
changes-paragraphs-joined = { $n ->
    [zero] لم تُدمج أي فقرة
    [one] دُمجت فقرة واحدة
    [two] دُمجت فقرتان
    [few] دُمجت { $n } فقرات
    [many] دُمجت { $n } فقرة
   *[other] دُمجت { $n } فقرة
}
# After the first count of paragraphs, English leaves the noun out ("2 paragraphs moved,
# 1 rewritten"); Arabic says "فقرة" each time, so these read like the messages above.
changes-then-added = { $n ->
    [zero] لم تُضف أي فقرة
    [one] أُضيفت فقرة واحدة
    [two] أُضيفت فقرتان
    [few] أُضيفت { $n } فقرات
    [many] أُضيفت { $n } فقرة
   *[other] أُضيفت { $n } فقرة
}
changes-then-removed = { $n ->
    [zero] لم تُحذف أي فقرة
    [one] حُذفت فقرة واحدة
    [two] حُذفت فقرتان
    [few] حُذفت { $n } فقرات
    [many] حُذفت { $n } فقرة
   *[other] حُذفت { $n } فقرة
}
changes-then-moved = { $n ->
    [zero] لم تُنقل أي فقرة
    [one] نُقلت فقرة واحدة
    [two] نُقلت فقرتان
    [few] نُقلت { $n } فقرات
    [many] نُقلت { $n } فقرة
   *[other] نُقلت { $n } فقرة
}
changes-then-rewritten = { $n ->
    [zero] لم تُعَد كتابة أي فقرة
    [one] أُعيدت كتابة فقرة واحدة
    [two] أُعيدت كتابة فقرتين
    [few] أُعيدت كتابة { $n } فقرات
    [many] أُعيدت كتابة { $n } فقرة
   *[other] أُعيدت كتابة { $n } فقرة
}
changes-then-restyled = { $n ->
    [zero] لم يتغيّر شكل أي فقرة
    [one] تغيّر شكل فقرة واحدة
    [two] تغيّر شكل فقرتين
    [few] تغيّر شكل { $n } فقرات
    [many] تغيّر شكل { $n } فقرة
   *[other] تغيّر شكل { $n } فقرة
}
changes-then-split = { $n ->
    [zero] لم تُقسَّم أي فقرة
    [one] قُسِّمت فقرة واحدة
    [two] قُسِّمت فقرتان
    [few] قُسِّمت { $n } فقرات
    [many] قُسِّمت { $n } فقرة
   *[other] قُسِّمت { $n } فقرة
}
changes-then-joined = { $n ->
    [zero] لم تُدمج أي فقرة
    [one] دُمجت فقرة واحدة
    [two] دُمجت فقرتان
    [few] دُمجت { $n } فقرات
    [many] دُمجت { $n } فقرة
   *[other] دُمجت { $n } فقرة
}
changes-formatting = { $n ->
    [zero] لم يتغيّر التنسيق
    [one] تغيّر التنسيق في موضع واحد
    [two] تغيّر التنسيق في موضعين
    [few] تغيّر التنسيق في { $n } مواضع
    [many] تغيّر التنسيق في { $n } موضعًا
   *[other] تغيّر التنسيق في { $n } موضع
}

## How a piece grew, in a few sentences. $drafts counts drafts; $first and $latest are
## the words of the first and latest drafts; $added, $cut and $tried (new words) are totals.

growth-none = لا مسودات بعد.
growth-one = مسودة واحدة حتى الآن، { $words ->
    [zero] بلا كلمات
    [one] فيها كلمة واحدة
    [two] فيها كلمتان
    [few] فيها { $words } كلمات
    [many] فيها { $words } كلمة
   *[other] فيها { $words } كلمة
}. ولكل نص بداية.
growth-grew = نما عدد كلمات النص من { $first } إلى { $latest } على مدى { $drafts ->
    [2] مسودتين
    [3] ثلاث مسودات
    [4] أربع مسودات
    [5] خمس مسودات
    [6] ست مسودات
    [7] سبع مسودات
    [8] ثماني مسودات
    [9] تسع مسودات
    [zero] لا مسودات
    [one] مسودة واحدة
    [two] مسودتين
    [few] { $drafts } مسودات
    [many] { $drafts } مسودة
   *[other] { $drafts } مسودة
}.
growth-tightened = صار النص أوجز، فنزل عدد كلماته من { $first } إلى { $latest } على مدى { $drafts ->
    [2] مسودتين
    [3] ثلاث مسودات
    [4] أربع مسودات
    [5] خمس مسودات
    [6] ست مسودات
    [7] سبع مسودات
    [8] ثماني مسودات
    [9] تسع مسودات
    [zero] لا مسودات
    [one] مسودة واحدة
    [two] مسودتين
    [few] { $drafts } مسودات
    [many] { $drafts } مسودة
   *[other] { $drafts } مسودة
}.
growth-stayed = ظلّ عدد كلمات النص { $latest } على مدى { $drafts ->
    [2] مسودتين
    [3] ثلاث مسودات
    [4] أربع مسودات
    [5] خمس مسودات
    [6] ست مسودات
    [7] سبع مسودات
    [8] ثماني مسودات
    [9] تسع مسودات
    [zero] لا مسودات
    [one] مسودة واحدة
    [two] مسودتين
    [few] { $drafts } مسودات
    [many] { $drafts } مسودة
   *[other] { $drafts } مسودة
}.
growth-same-words = بقيت الكلمات نفسها من مسودة إلى أخرى.
growth-added = وخلال ذلك { $added ->
    [zero] لم تُضف أي كلمة
    [one] أُضيفت كلمة واحدة
    [two] أُضيفت كلمتان
    [few] أُضيفت { $added } كلمات
    [many] أُضيفت { $added } كلمة
   *[other] أُضيفت { $added } كلمة
}.
growth-cut = وخلال ذلك { $cut ->
    [zero] لم تُحذف أي كلمة
    [one] حُذفت كلمة واحدة
    [two] حُذفت كلمتان
    [few] حُذفت { $cut } كلمات
    [many] حُذفت { $cut } كلمة
   *[other] حُذفت { $cut } كلمة
}.
growth-tried = وخلال ذلك { $tried ->
    [zero] لم تُجرَّب أي كلمة جديدة
    [one] جُرِّبت كلمة جديدة واحدة
    [two] جُرِّبت كلمتان جديدتان
    [few] جُرِّبت { $tried } كلمات جديدة
    [many] جُرِّبت { $tried } كلمة جديدة
   *[other] جُرِّبت { $tried } كلمة جديدة
}.
growth-added-cut = وخلال ذلك { $added ->
    [zero] لم تُضف أي كلمة
    [one] أُضيفت كلمة واحدة
    [two] أُضيفت كلمتان
    [few] أُضيفت { $added } كلمات
    [many] أُضيفت { $added } كلمة
   *[other] أُضيفت { $added } كلمة
} { $cut ->
    [zero] ولم تُحذف أي كلمة
    [one] وحُذفت كلمة واحدة
    [two] وحُذفت كلمتان
    [few] وحُذفت { $cut } كلمات
    [many] وحُذفت { $cut } كلمة
   *[other] وحُذفت { $cut } كلمة
}.
growth-added-tried = وخلال ذلك { $added ->
    [zero] لم تُضف أي كلمة
    [one] أُضيفت كلمة واحدة
    [two] أُضيفت كلمتان
    [few] أُضيفت { $added } كلمات
    [many] أُضيفت { $added } كلمة
   *[other] أُضيفت { $added } كلمة
}، { $tried ->
    [zero] ولم تُجرَّب أي كلمة جديدة
    [one] وجُرِّبت كلمة جديدة واحدة
    [two] وجُرِّبت كلمتان جديدتان
    [few] وجُرِّبت { $tried } كلمات جديدة
    [many] وجُرِّبت { $tried } كلمة جديدة
   *[other] وجُرِّبت { $tried } كلمة جديدة
}.
growth-cut-tried = وخلال ذلك { $cut ->
    [zero] لم تُحذف أي كلمة
    [one] حُذفت كلمة واحدة
    [two] حُذفت كلمتان
    [few] حُذفت { $cut } كلمات
    [many] حُذفت { $cut } كلمة
   *[other] حُذفت { $cut } كلمة
}، { $tried ->
    [zero] ولم تُجرَّب أي كلمة جديدة
    [one] وجُرِّبت كلمة جديدة واحدة
    [two] وجُرِّبت كلمتان جديدتان
    [few] وجُرِّبت { $tried } كلمات جديدة
    [many] وجُرِّبت { $tried } كلمة جديدة
   *[other] وجُرِّبت { $tried } كلمة جديدة
}.
growth-added-cut-tried = وخلال ذلك { $added ->
    [zero] لم تُضف أي كلمة
    [one] أُضيفت كلمة واحدة
    [two] أُضيفت كلمتان
    [few] أُضيفت { $added } كلمات
    [many] أُضيفت { $added } كلمة
   *[other] أُضيفت { $added } كلمة
} { $cut ->
    [zero] ولم تُحذف أي كلمة
    [one] وحُذفت كلمة واحدة
    [two] وحُذفت كلمتان
    [few] وحُذفت { $cut } كلمات
    [many] وحُذفت { $cut } كلمة
   *[other] وحُذفت { $cut } كلمة
}، { $tried ->
    [zero] ولم تُجرَّب أي كلمة جديدة
    [one] وجُرِّبت كلمة جديدة واحدة
    [two] وجُرِّبت كلمتان جديدتان
    [few] وجُرِّبت { $tried } كلمات جديدة
    [many] وجُرِّبت { $tried } كلمة جديدة
   *[other] وجُرِّبت { $tried } كلمة جديدة
}.
growth-cutting-is-revision = فالحذف أيضًا جزء من المراجعة.
growth-in-the-wording = فالتغييرات كانت في الصياغة.
# Between the sentences of a summary: a space in English; nothing in Chinese or Japanese.
sentence-gap = { " " }
word-gap = { " " }

## The change view: labels beside changes, which screen readers read out. A label ends with
## diff-label-end ("فقرة محذوفة:"); "محذوف:" and "مضاف:" come before the words they mark.

diff-label-end = :
# Between a label and the words it marks ("مضاف: سطر جديد"): a space.
diff-label-gap = { " " }
diff-cut = محذوف:
diff-added = مضاف:
diff-removed = فقرة محذوفة
diff-added-block = فقرة مضافة
diff-rewritten-before = قبل إعادة الكتابة
diff-rewritten-after = بعد إعادة الكتابة
diff-split-here = قُسِّمت هنا
# What a block became: "تحوّلت إلى عنوان من المستوى 3"، "لم تعد داخل إطار". Each $kind is worded
# in full: paragraph, text (words outside any block), quote, bulleted-list, numbered-list,
# aside, details, box, figure, section, heading (with $level) or other (with $tag).
# The verb is feminine, as for every block label here (the block is a فقرة); the noun after
# "إلى" and "داخل" is indefinite and genitive, and its adjective agrees with it.
diff-now = { $kind ->
    [paragraph] تحوّلت إلى فقرة
    [text] تحوّلت إلى نص عادي
    [quote] تحوّلت إلى اقتباس
    [bulleted-list] تحوّلت إلى قائمة نقطية
    [numbered-list] تحوّلت إلى قائمة مرقّمة
    [aside] تحوّلت إلى ملاحظة جانبية
    [details] تحوّلت إلى قسم يُفتح ويُغلق
    [box] تحوّلت إلى إطار
    [figure] تحوّلت إلى شكل توضيحي
    [section] تحوّلت إلى قسم
    [heading] تحوّلت إلى عنوان من المستوى { $level }
   *[other] تحوّلت إلى عنصر { $tag }
}
# A block moved into a wrapping block of $kind: aside, details, box, figure, section or
# other (with $tag).
diff-now-in = { $kind ->
    [aside] صارت داخل ملاحظة جانبية
    [details] صارت داخل قسم يُفتح ويُغلق
    [box] صارت داخل إطار
    [figure] صارت داخل شكل توضيحي
    [section] صارت داخل قسم
   *[other] صارت داخل عنصر { $tag }
}
# A block moved out of a wrapping block of $kind (as for diff-now-in).
diff-no-longer-in = { $kind ->
    [aside] لم تعد داخل ملاحظة جانبية
    [details] لم تعد داخل قسم يُفتح ويُغلق
    [box] لم تعد داخل إطار
    [figure] لم تعد داخل شكل توضيحي
    [section] لم تعد داخل قسم
   *[other] لم تعد داخل عنصر { $tag }
}
diff-no-longer-quoted = لم تعد اقتباسًا
# $what is lists, quotes or paragraphs; $n is 2 or more.
diff-split = { $what ->
    [lists] قُسِّمت إلى { $n ->
        [two] قائمتين
        [few] { $n } قوائم
        [many] { $n } قائمة
       *[other] { $n } قائمة
    }
    [quotes] قُسِّم إلى { $n ->
        [two] اقتباسين
        [few] { $n } اقتباسات
        [many] { $n } اقتباسًا
       *[other] { $n } اقتباس
    }
   *[paragraphs] قُسِّمت إلى { $n ->
        [two] فقرتين
        [few] { $n } فقرات
        [many] { $n } فقرة
       *[other] { $n } فقرة
    }
}
diff-joined = { $what ->
    [lists] دُمجت من { $n ->
        [two] قائمتين
        [few] { $n } قوائم
        [many] { $n } قائمة
       *[other] { $n } قائمة
    }
    [quotes] دُمج من { $n ->
        [two] اقتباسين
        [few] { $n } اقتباسات
        [many] { $n } اقتباسًا
       *[other] { $n } اقتباس
    }
   *[paragraphs] دُمجت من { $n ->
        [two] فقرتين
        [few] { $n } فقرات
        [many] { $n } فقرة
       *[other] { $n } فقرة
    }
}
diff-moved-down-html = نُقلت إلى <a href="{ $href }">موضع أدنى</a>
diff-moved-up-html = نُقلت إلى <a href="{ $href }">موضع أعلى</a>
diff-moved-from-below-html = نُقلت إلى هنا من <a href="{ $href }">موضع أدنى</a>
diff-moved-from-above-html = نُقلت إلى هنا من <a href="{ $href }">موضع أعلى</a>
# Formatting changed on the same words: "أُضيف الخط المائل، أُزيل الخط العريض".
diff-now-format = أُضيف { $format }
diff-no-longer-format = أُزيل { $format }
diff-format-italic = الخط المائل
diff-format-bold = الخط العريض
diff-format-code = تنسيق الشيفرة
diff-format-struck = خط الشطب
diff-format-highlighted = التمييز اللوني
diff-format-underlined = التسطير
diff-format-subscript = الخط المنخفض
diff-format-superscript = الخط المرتفع
diff-link-added = أُضيف رابط
diff-link-removed = أُزيل الرابط
diff-link-changed = تغيّر الرابط
diff-address-added-html = أُضيف عنوان للرابط: { $to }
diff-address-removed-html = أُزيل عنوان الرابط، وكان <span class="diff-address__old">{ $from }</span>
diff-address-changed-html = تغيّر عنوان الرابط من <span class="diff-address__old">{ $from }</span> إلى { $to }
# A word with a letter or two changed, said whole.
diff-typo = تغيّرت كلمة «{ $old }» إلى «{ $new }»
# The side-by-side view.
diff-before = قبل التعديل
diff-after = بعد التعديل
diff-all-same = { $n ->
    [zero] لا فقرات
    [one] بقيت الفقرة كما هي
    [two] بقيت الفقرتان كما هما
    [few] بقيت الفقرات كلها كما هي ({ $n } فقرات)
    [many] بقيت الفقرات كلها كما هي ({ $n } فقرة)
   *[other] بقيت الفقرات كلها كما هي ({ $n } فقرة)
}
diff-unchanged = { $n ->
    [zero] لا فقرات بلا تغيير
    [one] فقرة واحدة بلا تغيير
    [two] فقرتان بلا تغيير
    [few] { $n } فقرات بلا تغيير
    [many] { $n } فقرة بلا تغيير
   *[other] { $n } فقرة بلا تغيير
}

## Words the page's script writes (with script off, none of these show). { $n } and
## { $total } are filled in by the script.

js-previous-change = التغيير السابق
js-next-change = التغيير التالي
js-change-of = التغيير { $n } من { $total }
js-keys-hint-html = أو اضغط <kbd>p</kbd> و<kbd>n</kbd>
js-earlier-draft = المسودة السابقة
js-later-draft = المسودة التالية
js-draft-of = المسودة { $n } من { $total }
js-position-of = { $n } من { $total }
# The live preview (`redraft serve`): a panel over the page when a save did not build.
js-build-failed = تعذّر بناء ما حفظته للتو
js-build-failed-help = أنت ترى آخر نسخة أمكن بناؤها. أصلح ما هو مذكور أدناه ثم احفظ: ستتحدّث هذه الصفحة تلقائيًا.
js-hide = إخفاء
js-search-none = لا يوجد نص يطابق «{ $query }». جرّب كلمات أقل أو أقصر.
# $n pieces found; the script picks the form for the number by Arabic's plural rules.
js-search-found = { $n ->
    [zero] لم يُعثر على أي نص يطابق «{ $query }».
    [one] عُثر على نص واحد يطابق «{ $query }».
    [two] عُثر على نصّين يطابقان «{ $query }».
    [few] عُثر على { $n } نصوص تطابق «{ $query }».
    [many] عُثر على { $n } نصًّا يطابق «{ $query }».
   *[other] عُثر على { $n } نص يطابق «{ $query }».
}

## How readable a draft is, by the measure made for its language. $score is the measure's
## figure, rounded; $measure its name (LIX, Fernández Huerta, Amstad ...).
## The band words agree with نص (masculine).

readability-below-grade-1 = قراءة سهلة جدًّا (دون مستوى الصف الأول)
readability-grade = مستوى الصف { $score } تقريبًا
readability-university = مستوى جامعي (الصف { $score })
readability-measure = { $measure } { $score }: { $band }
band-very-easy = سهل جدًّا
band-easy = سهل
band-fairly-easy = سهل نسبيًّا
band-medium = متوسط
band-fairly-difficult = صعب نسبيًّا
band-difficult = صعب
band-very-difficult = صعب جدًّا

## Names a screen reader reads for what redraft adds to a draft's text: a task list's
## boxes, a footnote's number and its link back, a comment pinned to a passage.

md-task-done = تمّ
md-task-not-done = لم يتمّ
md-note = الحاشية { $n }
md-back = العودة إلى النص
pin-name = ملاحظة { $n }
pin-back = (العودة إلى المقطع)

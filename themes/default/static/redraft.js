/*
 * redraft: optional comforts. Every page works without this file.
 *
 * On a change page it adds "Previous change" / "Next change" buttons to the change navigation,
 * and the keys n and p, which move focus to the previous or next marked change in reading order.
 * A link to the side-by-side view opens it.
 *
 * The words it writes come from the page (the JSON in #redraft-words, in the site's language),
 * and are English on a page without them.
 */
var redraftSay = (function () {
  'use strict';
  var english = {
    'js-previous-change': 'Previous change',
    'js-next-change': 'Next change',
    'js-change-of': 'Change {n} of {total}',
    'js-keys-hint-html': 'or press <kbd>p</kbd> and <kbd>n</kbd>',
    'js-earlier-draft': 'Earlier draft',
    'js-later-draft': 'Later draft',
    'js-draft-of': 'Draft {n} of {total}',
    'js-position-of': '{n} of {total}',
    'js-search-none': 'No piece matches “{query}”. Try fewer or shorter words.',
    'js-search-found': [[1, '{n} piece matches “{query}”.'], [2, '{n} pieces match “{query}”.']],
    'draft-count': [[1, '{n} draft'], [2, '{n} drafts']]
  };
  var words = english;
  var carried = document.getElementById('redraft-words');
  if (carried) {
    try {
      words = JSON.parse(carried.textContent);
    } catch (e) {
      words = english;
    }
  }
  var rules = window.Intl && Intl.PluralRules ?
    new Intl.PluralRules(document.documentElement.lang || 'en') : null;
  function category(n) {
    return rules ? rules.select(n) : (n === 1 ? 'one' : 'other');
  }
  // A message that depends on a number holds [sample, form] pairs: the first form whose
  // sample falls in the same plural category as `n` is the one.
  return function (id, values) {
    var text = words[id] || english[id] || id;
    if (Array.isArray(text)) {
      var forms = text;
      var wanted = category(values.n);
      text = forms[0][1];
      for (var i = 0; i < forms.length; i++) {
        if (category(forms[i][0]) === wanted) {
          text = forms[i][1];
          break;
        }
      }
    }
    Object.keys(values || {}).forEach(function (name) {
      text = text.split('{' + name + '}').join(String(values[name]));
    });
    return text;
  };
})();

(function () {
  'use strict';

  // A link to the side-by-side view opens it (it is a <details>, closed to keep the page short).
  var sideBySide = document.getElementById('side-by-side');
  function openSideBySide() {
    if (sideBySide && window.location.hash === '#side-by-side') {
      sideBySide.open = true;
    }
  }
  if (sideBySide && window.addEventListener) {
    window.addEventListener('hashchange', openSideBySide);
    openSideBySide();
  }

  var view = document.querySelector('.change-view');
  var nav = document.querySelector('.change-nav');
  if (!view || !nav || !document.addEventListener) {
    return;
  }

  // One stop per change: a rewritten block is marked on both its old and new side,
  // so keep only the first element of each id.
  var stops = [];
  var seen = {};
  Array.prototype.forEach.call(view.querySelectorAll('[id^="change-"]'), function (el) {
    if (!seen[el.id]) {
      seen[el.id] = true;
      stops.push(el);
    }
  });
  if (stops.length === 0) {
    return;
  }

  var numberLinks = nav.querySelectorAll('a[href^="#change-"]');
  var reduceMotion = window.matchMedia &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var current = -1;

  function indexOf(el) {
    while (el && el !== view) {
      if (el.id && seen[el.id]) {
        for (var i = 0; i < stops.length; i++) {
          if (stops[i].id === el.id) {
            return i;
          }
        }
      }
      el = el.parentNode;
    }
    return -1;
  }

  // Where the reader is when no change has focus: the first change at or below the top of the
  // viewport (under the sticky change bar).
  function positionFromScroll(forward) {
    var top = nav.getBoundingClientRect().bottom + 1;
    for (var i = 0; i < stops.length; i++) {
      if (stops[i].getBoundingClientRect().top >= top) {
        return forward ? i - 1 : i;
      }
    }
    return forward ? stops.length - 1 : stops.length;
  }

  function markCurrent(i) {
    current = i;
    Array.prototype.forEach.call(numberLinks, function (a) {
      if (a.getAttribute('href') === '#' + stops[i].id) {
        a.setAttribute('aria-current', 'true');
      } else {
        a.removeAttribute('aria-current');
      }
    });
    status.textContent = redraftSay('js-change-of', { n: i + 1, total: stops.length });
  }

  function go(step) {
    var from = current;
    // Pressing our own buttons continues from the last change; anywhere else, start from
    // where the reader is.
    var fromButtons = bar.contains(document.activeElement);
    if (from < 0 || (!fromButtons && document.activeElement !== stops[from])) {
      var focused = indexOf(document.activeElement);
      from = focused >= 0 ? focused : positionFromScroll(step > 0);
    }
    var to = Math.min(Math.max(from + step, 0), stops.length - 1);
    var target = stops[to];
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    markCurrent(to);
  }

  function button(text, key, step) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-keyshortcuts', key);
    b.addEventListener('click', function () {
      go(step);
    });
    return b;
  }

  var bar = document.createElement('div');
  bar.className = 'change-nav__buttons';
  var status = document.createElement('span');
  status.className = 'change-nav__status';
  var hint = document.createElement('span');
  hint.className = 'change-nav__hint';
  hint.innerHTML = redraftSay('js-keys-hint-html');
  bar.appendChild(button(redraftSay('js-previous-change'), 'p', -1));
  bar.appendChild(button(redraftSay('js-next-change'), 'n', 1));
  bar.appendChild(status);
  bar.appendChild(hint);
  nav.appendChild(bar);

  // Keep the counter right when the reader uses the numbered links or arrives with #change-N.
  view.addEventListener('focusin', function (e) {
    var i = indexOf(e.target);
    if (i >= 0) {
      markCurrent(i);
    }
  });
  if (location.hash) {
    var start = indexOf(document.getElementById(location.hash.slice(1)));
    if (start >= 0) {
      markCurrent(start);
    }
  }

  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.isComposing) {
      return;
    }
    var t = e.target;
    var tag = t && t.tagName ? t.tagName.toLowerCase() : '';
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || (t && t.isContentEditable)) {
      return;
    }
    if (e.key === 'n') {
      e.preventDefault();
      go(1);
    } else if (e.key === 'p') {
      e.preventDefault();
      go(-1);
    }
  });
})();

/*
 * Search: the search page lists every piece; with this script a search box filters them by
 * title, writer, assignment, tags and the latest draft's words. The index is a script
 * (search-index.js) rather than a fetched file so it works from file:// too.
 */
(function () {
  'use strict';
  var form = document.querySelector('[data-search]');
  if (!form || !document.addEventListener) {
    return;
  }

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  // A stretch of text around the first place a term appears.
  function snippet(text, term) {
    var at = text.toLowerCase().indexOf(term);
    if (at < 0) {
      return '';
    }
    var start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 60)));
    var end = text.indexOf(' ', Math.min(text.length, at + term.length + 80));
    return (start > 0 ? '… ' : '') + text.slice(start, end < 0 ? text.length : end).trim() +
      (end < 0 ? '' : ' …');
  }

  function init() {
    var index = window.redraftSearchIndex;
    if (!index) {
      return;
    }
    var root = form.getAttribute('data-root') || '';
    var box = form.querySelector('input');
    var results = document.querySelector('[data-search-results]');
    var status = document.querySelector('[data-search-status]');
    var all = document.querySelector('[data-search-all]');
    form.hidden = false;

    function show(query) {
      var terms = words(query);
      results.textContent = '';
      if (terms.length === 0) {
        results.hidden = true;
        all.hidden = false;
        status.textContent = '';
        return;
      }
      var found = [];
      index.forEach(function (p) {
        var about = [p.title, p.writer || '', p.assignment || '', p.course || '',
          p.tags.join(' ')].join(' ').toLowerCase();
        var text = p.text.toLowerCase();
        var score = 0;
        for (var i = 0; i < terms.length; i++) {
          var inAbout = about.indexOf(terms[i]) >= 0;
          if (!inAbout && text.indexOf(terms[i]) < 0) {
            return;
          }
          score += inAbout ? 10 : 1;
        }
        found.push({ piece: p, score: score });
      });
      found.sort(function (a, b) { return b.score - a.score; });
      found.forEach(function (f) {
        var p = f.piece;
        var li = document.createElement('li');
        li.className = 'search-result';
        var a = document.createElement('a');
        a.href = root + p.url;
        a.textContent = p.title;
        var h = document.createElement('h3');
        h.appendChild(a);
        li.appendChild(h);
        var meta = [p.writer, p.assignment, p.stage,
          redraftSay('draft-count', { n: p.drafts })].filter(Boolean).join(' · ');
        var m = document.createElement('p');
        m.className = 'search-result__meta';
        m.textContent = meta;
        li.appendChild(m);
        var s = snippet(p.text, terms[0]) || p.excerpt;
        if (s) {
          var q = document.createElement('p');
          q.textContent = s;
          li.appendChild(q);
        }
        results.appendChild(li);
      });
      results.hidden = found.length === 0;
      all.hidden = true;
      status.textContent = found.length === 0
        ? redraftSay('js-search-none', { query: query.trim() })
        : redraftSay('js-search-found', { n: found.length, query: query.trim() });
    }

    box.addEventListener('input', function () { show(box.value); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      show(box.value);
    });
    var initial = /[?&]q=([^&]*)/.exec(location.search);
    if (initial) {
      box.value = decodeURIComponent(initial[1].replace(/\+/g, ' '));
      show(box.value);
    }
  }

  document.addEventListener('DOMContentLoaded', init);
})();

/*
 * Replay: on a draft page, the list of drafts becomes a slider with previous and next buttons.
 * Moving it opens that draft at the same place in the text, so a reader can watch a passage
 * change from draft to draft. Without this script the drafts are plain links. A piece of many
 * drafts lists only a window of them, with gaps (`.replay__gap`) and a link to the journey page;
 * a slider cannot step through a window evenly, so there the list stays and only the buttons
 * are added.
 */
(function () {
  'use strict';
  var nav = document.querySelector('[data-replay]');
  if (!nav || !window.sessionStorage || !document.addEventListener) {
    return;
  }
  var links = nav.querySelectorAll('.replay__steps a');
  // A window lists the current draft's neighbours, so its buttons still step by one draft.
  var every = !nav.querySelector('.replay__gap');
  var current = 0;
  for (var i = 0; i < links.length; i++) {
    if (links[i].getAttribute('aria-current') === 'page') {
      current = i;
    }
  }
  var KEY = 'redraft-replay-scroll';

  // Arriving from the slider: go back to the same place in the text.
  var saved = sessionStorage.getItem(KEY);
  if (saved !== null) {
    sessionStorage.removeItem(KEY);
    var fraction = parseFloat(saved);
    if (fraction >= 0 && fraction <= 1) {
      window.scrollTo(0, fraction * (document.documentElement.scrollHeight - window.innerHeight));
    }
  }

  function open(i) {
    if (i === current || i < 0 || i >= links.length) {
      return;
    }
    var room = document.documentElement.scrollHeight - window.innerHeight;
    sessionStorage.setItem(KEY, String(room > 0 ? window.scrollY / room : 0));
    location.href = links[i].href;
  }

  // Arriving from the journey page's "Replay it draft by draft": the replay takes the keys.
  // Only once the page has loaded, as the browser's own move to #replay takes focus back.
  function focusOnArrival(control) {
    if (location.hash === '#replay') {
      window.addEventListener('load', function () { control.focus(); });
    }
  }
  function button(text, step) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.disabled = current + step < 0 || current + step >= links.length;
    b.addEventListener('click', function () { open(current + step); });
    return b;
  }
  var box = document.createElement('div');
  box.className = 'replay__slider';
  var earlier = button(redraftSay('js-earlier-draft'), -1);
  var later = button(redraftSay('js-later-draft'), 1);
  box.appendChild(earlier);
  if (!every) {
    box.appendChild(later);
    nav.insertBefore(box, nav.querySelector('.replay__all'));
    focusOnArrival(later.disabled ? earlier : later);
    return;
  }
  var slider = document.createElement('input');
  slider.type = 'range';
  slider.min = '1';
  slider.max = String(links.length);
  slider.step = '1';
  slider.value = String(current + 1);
  slider.id = 'replay-slider';
  slider.setAttribute('aria-labelledby', 'replay-title');
  // The slider's value is the draft's name; "(this draft)" would only repeat what a value means.
  var name = links[current].cloneNode(true);
  var here = name.querySelector('.replay__here');
  if (here) here.parentNode.removeChild(here);
  slider.setAttribute('aria-valuetext', name.textContent.trim() + ', ' +
    redraftSay('js-position-of', { n: current + 1, total: links.length }));
  slider.addEventListener('change', function () {
    open(parseInt(slider.value, 10) - 1);
  });
  var where = document.createElement('span');
  where.className = 'replay__where';
  where.textContent = redraftSay('js-draft-of', { n: current + 1, total: links.length });
  box.appendChild(slider);
  box.appendChild(later);
  box.appendChild(where);
  nav.appendChild(box);
  nav.querySelector('.replay__steps').className += ' replay__steps--with-slider';
  focusOnArrival(slider);
})();

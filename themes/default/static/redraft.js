/*
 * redraft: optional comforts. Every page works without this file.
 *
 * On a change page it adds "Previous change" / "Next change" buttons to the change navigation,
 * and the keys n and p, which move focus to the previous or next marked change in reading order.
 * A link to the side-by-side view opens it.
 */
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
    status.textContent = 'Change ' + (i + 1) + ' of ' + stops.length;
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
  hint.innerHTML = 'or press <kbd>p</kbd> and <kbd>n</kbd>';
  bar.appendChild(button('Previous change', 'p', -1));
  bar.appendChild(button('Next change', 'n', 1));
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

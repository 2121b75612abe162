/*
 * redraft serve: live reload. Added to every page while `redraft serve` runs, never to a built site.
 *
 * The server says which build each page came from (data-generation) and which site file it is
 * (data-file). When a save leads to a new build, the event stream names the files that changed;
 * a page reloads only if it is one of them (or it missed a build, or a stylesheet changed), and
 * comes back at the same scroll position. A failed build shows its problems in a panel at the foot
 * of the window until a save fixes them.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.EventSource || !window.JSON) {
    return;
  }
  var generation = Number(script.getAttribute('data-generation'));
  var file = script.getAttribute('data-file');
  var scrollKey = 'redraft-serve-scroll:' + location.pathname;

  function restoreScroll() {
    var saved;
    try {
      saved = sessionStorage.getItem(scrollKey);
      sessionStorage.removeItem(scrollKey);
    } catch (e) {
      return;
    }
    if (saved) {
      var xy = saved.split(',');
      window.scrollTo(Number(xy[0]) || 0, Number(xy[1]) || 0);
    }
  }

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, window.scrollX + ',' + window.scrollY);
    } catch (e) {
      // Private windows may refuse storage; the page still reloads.
    }
    location.reload();
  }

  // The panel's words in the site's language, from the words the page carries for its
  // script; English on a page without them.
  function say(id, english) {
    var carried = document.getElementById('redraft-words');
    try {
      var words = carried ? JSON.parse(carried.textContent) : {};
      return typeof words[id] === 'string' ? words[id] : english;
    } catch (e) {
      return english;
    }
  }

  function showProblems(problems) {
    var panel = document.getElementById('redraft-problems');
    if (!problems.length) {
      if (panel) {
        panel.parentNode.removeChild(panel);
      }
      return;
    }
    if (!panel) {
      panel = document.createElement('div');
      panel.id = 'redraft-problems';
      panel.setAttribute('role', 'alert');
      panel.setAttribute('style', 'OVERLAY_STYLE');
      document.body.appendChild(panel);
    }
    panel.textContent = '';
    var title = document.createElement('p');
    title.setAttribute('style', 'TEXT_STYLE;margin:0 0 .5rem;font:bold 1.1rem system-ui,sans-serif');
    title.textContent = say('js-build-failed', 'This save did not build');
    var help = document.createElement('p');
    help.setAttribute('style', 'TEXT_STYLE;margin:0 0 .75rem;font:1rem system-ui,sans-serif');
    help.textContent = say('js-build-failed-help', 'You are looking at the last version that built. ' +
      'Fix what is named below and save: this page updates by itself.');
    var text = document.createElement('pre');
    text.setAttribute('style', 'TEXT_STYLE;margin:0;padding:0;border:0;white-space:pre-wrap;font:.9rem/1.4 ui-monospace,monospace');
    text.textContent = problems.join('\n\n');
    var hide = document.createElement('button');
    hide.type = 'button';
    hide.textContent = say('js-hide', 'Hide');
    hide.setAttribute('style', 'margin-top:.75rem;font:inherit;padding:.3rem .9rem');
    hide.addEventListener('click', function () {
      panel.hidden = true;
    });
    panel.appendChild(title);
    panel.appendChild(help);
    panel.appendChild(text);
    panel.appendChild(hide);
  }

  restoreScroll();
  var events = new EventSource('/__redraft/events');
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    showProblems(state.problems);
    if (state.generation === generation) {
      return;
    }
    if (generation !== state.previous || state.everything || state.changed.indexOf(file) !== -1) {
      events.close();
      reload();
      return;
    }
    // A build that left this page as it was.
    generation = state.generation;
  });
})();

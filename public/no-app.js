/* WeGO 10: when the app does not start (its wasm is blocked, missing or broken) or stops,
   the page turns into its no-JavaScript form (nojs.css): the controls that need the app
   disappear instead of keeping an empty place for ever, and every link works as a page.
   The site build loads it as a deferred classic script before the app's module, and
   names the stylesheet in data-nojs. MIT licence, no build step. */
(function () {
  'use strict';
  var root = document.documentElement;
  var script = document.currentScript;
  var css = script && script.getAttribute('data-nojs');
  // Once the file the page preloads for the app (its wasm) has arrived, the islands
  // need a moment to start. A slow network is not a failure: the wait starts
  // when the last of them has arrived. A request that never ends gets a longer wait.
  var AFTER_ARRIVAL_MS = 4000;
  var AT_MOST_MS = 20000;
  var applied = false;

  function state() { return root.getAttribute('data-app'); }

  function noApp(why) {
    if (applied) return;
    applied = true;
    var stopped = state() === 'stopped';
    // <html data-app="failed"> once the no-JavaScript form is in place (tests wait for it).
    function done() {
      if (state() === 'ready') return; // the app arrived after all
      root.classList.add('no-app');
      if (!stopped) root.setAttribute('data-app', 'failed');
    }
    if (css) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = css;
      link.onload = link.onerror = done;
      document.head.appendChild(link);
    } else {
      done();
    }
    console.warn('WeGO 10: the app ' + (stopped ? 'stopped' : 'did not start') +
      ' (' + why + '); the page works on as plain pages.');
  }

  function failBeforeReady(why) {
    if (!state()) noApp(why);
  }

  // The wasm's fetch, compile or instantiation failing rejects the app's module.
  window.addEventListener('unhandledrejection', function (e) {
    failBeforeReady(String(e.reason && (e.reason.message || e.reason)));
  });
  window.addEventListener('error', function (e) {
    var el = e.target;
    // A script that does not load (the app's module or its glue).
    if (el && el !== window && el.tagName === 'SCRIPT') failBeforeReady('a script did not load');
    // An error thrown by the site's own scripts before the app is ready.
    else if (e.filename && e.filename.indexOf(location.origin) === 0) failBeforeReady(e.message);
  }, true);
  // The app marks <html data-app="stopped"> when it panics (src/islands_main.rs).
  new MutationObserver(function () {
    if (state() === 'stopped') noApp('it panicked');
  }).observe(root, { attributes: true, attributeFilter: ['data-app'] });

  // The preloads (Trunk's wasm): resource timing lists each one when it
  // has arrived. (The load event does not wait for them.)
  var waiting = {};
  var left = 0;
  var links = document.querySelectorAll('link[rel=preload]');
  for (var i = 0; i < links.length; i++) {
    if (!waiting[links[i].href]) { waiting[links[i].href] = true; left++; }
  }
  function arrived(list) {
    var entries = list.getEntries();
    for (var j = 0; j < entries.length; j++) {
      if (waiting[entries[j].name]) { delete waiting[entries[j].name]; left--; }
    }
    if (left === 0 && observer) {
      observer.disconnect();
      observer = null;
      setTimeout(function () { failBeforeReady('it was not ready ' + AFTER_ARRIVAL_MS + ' ms after its files arrived'); }, AFTER_ARRIVAL_MS);
    }
  }
  var observer = window.PerformanceObserver && new PerformanceObserver(arrived);
  if (observer) observer.observe({ type: 'resource', buffered: true });
  setTimeout(function () { failBeforeReady('it was not ready after ' + AT_MOST_MS + ' ms'); }, AT_MOST_MS);
})();

/* WeGO 10: an embed's options, on its <html> before the first paint (compact, a
   transparent background, a fixed light or dark theme), so it never shows in the wrong
   look first. The site build loads it, without defer, in the head of every embed page.
   It mirrors wego10_core::embed::embed_options_in_frame: the page's own query, or (a page
   a link inside the frame loaded) the query embed.js kept in the frame's name. MIT. */
(function () {
  'use strict';
  var query = location.search.slice(1);
  if (!/(^|&)origin=/.test(query) && window.name.indexOf('wego10?') === 0) query = window.name.slice(7);
  var params = new URLSearchParams(query);
  var classes = document.documentElement.classList;
  function on(key) {
    var v = params.get(key);
    return v === '' || v === '1' || v === 'true';
  }
  if (on('compact')) classes.add('embed--compact');
  if (on('transparent')) classes.add('embed--transparent');
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') classes.add('theme-' + theme);
})();

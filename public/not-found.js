/* WeGO 10: 404.html's one job. An address under a page that lists items ("/members/atlantis",
   "/awards/4th/nobody", "/embed/timeline/x"), which is no page, opens that page instead with
   ?missing=<the last segment>: the page then shows its list and says which item it does not
   have, at the address the visitor asked for (src/islands/items.rs). Any other address stays
   on this page, which links to the sections. The site build names the pages that list items
   in data-lists. MIT licence, no build step. */
(function () {
  'use strict';
  // The skip link's page is this address (the build wrote it for none).
  var skip = document.querySelector('.skip-link');
  if (skip) skip.setAttribute('href', location.pathname + location.search + '#main');
  var script = document.currentScript;
  var lists = ((script && script.getAttribute('data-lists')) || '').split(' ');
  var base = new URL(document.baseURI).pathname.replace(/\/+$/, '');
  var path = location.pathname;
  if (path.indexOf(base + '/') !== 0) return;
  var rest = path.slice(base.length).replace(/\/+$/, '');
  var embed = rest.indexOf('/embed/') === 0 ? '/embed' : '';
  rest = rest.slice(embed.length);
  var cut = rest.lastIndexOf('/');
  var list = rest.slice(0, cut);
  var slug = rest.slice(cut + 1);
  if (!slug || lists.indexOf(list) < 0) return;
  var query = new URLSearchParams(location.search);
  var name = slug;
  try { name = decodeURIComponent(slug); } catch (e) { /* shown as it was typed */ }
  query.set('missing', name);
  location.replace(base + embed + list + '?' + query + location.hash);
})();

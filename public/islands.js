/* WeGO 10: hydrates the page's islands once the islands build has started. Leptos' own
   loader is an inline module with cargo-leptos paths; this one fits Trunk and a strict CSP:
   it takes the islands' hydrate functions from Trunk's bindings (window.wasmBindings) when
   Trunk's bootstrap fires TrunkApplicationStarted, walks the page like Leptos'
   island_script.js, and catches each island on its own (one failing leaves the others
   working). Then it marks <html data-app="ready"> (public/no-app.js, the tests and the bench
   wait for it). The site build loads it, deferred, before the app's module. MIT licence. */
(function () {
  'use strict';
  var root = document.documentElement;
  var done = false;
  // `$$on_hydrate` of the enclosing <leptos-children>: gives a nested island its parent's owner.
  var stack = [];

  function hydrate(el, bindings) {
    var id = el.getAttribute('data-component');
    var fn = bindings[id];
    if (typeof fn !== 'function') {
      console.warn('WeGO 10: this build has no island ' + id + '.');
      return;
    }
    var parent = stack[stack.length - 1];
    if (parent) parent();
    try {
      fn(el);
    } catch (err) {
      console.error('WeGO 10: the island ' + id + ' did not start: ' + err);
    }
  }

  function walk(node, bindings) {
    var tag = node.localName;
    if (tag === 'leptos-island') hydrate(node, bindings);
    if (tag === 'leptos-children') stack.push(node.$$on_hydrate);
    var children = Array.prototype.slice.call(node.children);
    for (var i = 0; i < children.length; i++) walk(children[i], bindings);
    if (tag === 'leptos-children') stack.pop();
  }

  function start() {
    var bindings = window.wasmBindings;
    if (done || !bindings || root.getAttribute('data-app') === 'stopped') return;
    done = true;
    walk(document.body, bindings);
    if (root.getAttribute('data-app') === 'stopped') return;
    root.classList.remove('no-app');
    root.setAttribute('data-app', 'ready');
  }

  addEventListener('TrunkApplicationStarted', start);
  // In case the app started before this script ran.
  start();
})();

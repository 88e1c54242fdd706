/*! WeGO 10 embed.js · MIT License
 * Turns <div data-wego10-embed="timeline|offices|awards|members|partners|team" [data-item] [data-compact]
 * [data-transparent] [data-theme="auto|light|dark"] [data-title] [data-param]> into a lazy iframe of
 * the WeGO 10 app that fits its content and keeps the open item in this page's address. */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var base = new URL('.', me.src).href;
  var app = new URL(base).origin;
  var titles = {
    timeline: 'the timeline of WeGO (#BACKTRACK)',
    offices: "the map of WeGO's offices",
    awards: 'the WeGO Awards gallery',
    members: "the members in WeGO's story (#WeGOMEMBERS)",
    partners: 'the partners of WeGO (#WeGOPARTNERS)',
    team: 'the people who led WeGO (#WeGOTEAM)'
  };
  var itemRe = /^[a-z0-9-]+(\/[a-z0-9-]+)?$/;

  function mount(el) {
    var section = el.getAttribute('data-wego10-embed');
    if (!titles[section] || el.getAttribute('data-wego10-ready')) return;
    el.setAttribute('data-wego10-ready', '');
    var key = el.getAttribute('data-param') || 'wego10-' + section;
    var item = new URLSearchParams(location.search).get(key) || el.getAttribute('data-item') || '';
    if (!itemRe.test(item)) item = '';
    var q = new URLSearchParams({ origin: location.origin });
    if (el.hasAttribute('data-compact')) q.set('compact', '1');
    if (el.hasAttribute('data-transparent')) q.set('transparent', '1');
    // auto (the default): the visitor's light or dark preference.
    var theme = el.getAttribute('data-theme');
    if (theme !== 'light' && theme !== 'dark') theme = 'auto';
    if (theme !== 'auto') q.set('theme', theme);
    var f = document.createElement('iframe');
    f.src = base + 'embed/' + section + (item ? '/' + item : '') + '?' + q;
    f.title = el.getAttribute('data-title') || 'WeGO 10: ' + titles[section];
    // Kept by the frame across page loads (a link followed before the app took over).
    f.name = 'wego10?' + q;
    f.loading = 'lazy';
    f.setAttribute('allow', 'clipboard-write; web-share');
    // The frame's colour scheme is the one its page shows: where the two differ, the
    // browser paints an opaque background behind the frame (no transparency).
    f.style.cssText = 'display:block;width:100%;height:640px;border:0;color-scheme:' + (theme === 'auto' ? 'light dark' : theme);
    addEventListener('message', function (e) {
      var d = e.data;
      if (e.origin !== app || e.source !== f.contentWindow || !d) return;
      if (d.type === 'wego10:height' && d.height > 0 && d.height < 1e5) {
        f.style.height = Math.ceil(d.height) + 'px';
        later();
      } else if (d.type === 'wego10:ready') {
        f.contentWindow.postMessage({ type: 'wego10:host', url: location.href, param: key }, app);
        view();
      } else if (d.type === 'wego10:navigate' && typeof d.item === 'string') {
        var u = new URL(location.href);
        var ok = itemRe.test(d.item);
        if (ok) u.searchParams.set(key, d.item); else u.searchParams.delete(key);
        // Keep the item's slash readable, as the app's share links write it.
        var href = ok ? u.href.split(key + '=' + encodeURIComponent(d.item)).join(key + '=' + d.item) : u.href;
        if (href !== location.href) history.replaceState(history.state, '', href);
      }
    });
    // The part of the iframe this page shows, so the app's dialogs open there.
    var queued = 0;
    function view() {
      queued = 0;
      var r = f.getBoundingClientRect(), h = Math.min(innerHeight, r.height);
      var top = Math.max(0, Math.min(-r.top, r.height - h));
      f.contentWindow && f.contentWindow.postMessage({ type: 'wego10:viewport', top: Math.round(top), height: Math.round(h) }, app);
    }
    function later() { queued = queued || requestAnimationFrame(view); }
    addEventListener('scroll', later, { passive: true });
    addEventListener('resize', later);
    el.textContent = '';
    el.appendChild(f);
  }

  function start() {
    var els = document.querySelectorAll('[data-wego10-embed]');
    for (var i = 0; i < els.length; i++) {
      (function (el) {
        if (!window.IntersectionObserver) return mount(el);
        var io = new IntersectionObserver(function (entries) {
          if (entries[0].isIntersecting) { io.disconnect(); mount(el); }
        }, { rootMargin: '400px' });
        io.observe(el);
      })(els[i]);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

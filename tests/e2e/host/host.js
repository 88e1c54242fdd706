// Loads embed.js from the app's origin given in ?app=, as a member site's <script src> would.
var app = new URLSearchParams(location.search).get('app');
var s = document.createElement('script');
s.src = app + '/embed.js';
s.async = true;
document.body.appendChild(s);

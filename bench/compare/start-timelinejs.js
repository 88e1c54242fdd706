// Starts TimelineJS on the converted data, as its documentation's "JSON" example does.
fetch('timeline-data.json')
  .then((r) => r.json())
  .then((data) => { window.timeline = new TL.Timeline('timeline-embed', data, { script_path: new URL('./', location.href).href, hash_bookmark: false }); });

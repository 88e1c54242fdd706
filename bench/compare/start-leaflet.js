// A map of the offices, with a popup each, over the site's own land outline.
fetch('offices-markers.json')
  .then((r) => r.json())
  .then(({ width, height, markers }) => {
    const map = L.map('map', { crs: L.CRS.Simple, minZoom: -2 });
    const bounds = [[0, 0], [height, width]];
    L.imageOverlay('land.svg', bounds).addTo(map);
    for (const m of markers) L.marker([height - m.y, m.x]).bindPopup(m.label).addTo(map);
    map.fitBounds(bounds);
  });

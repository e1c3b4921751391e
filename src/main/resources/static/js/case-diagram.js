// Draws the case's process with bpmn-js and marks where the case stands now.
(function () {
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var fallback = document.getElementById('diagram-fallback');
  var active = (container.dataset.active || '').split(',').filter(function (id) { return id; });
  var viewer = new BpmnJS({ container: container });
  fetch(container.dataset.bpmnHref, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.text();
    })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      active.forEach(function (id) { canvas.addMarker(id, 'current-position'); });
      container.dataset.rendered = 'true';
    })
    .catch(function () {
      container.hidden = true;
      if (fallback) { fallback.hidden = false; }
    });
})();

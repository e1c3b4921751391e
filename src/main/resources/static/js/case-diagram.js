// Draws the case's process with bpmn-js (its lanes say which department does what), marks where the case
// stands now and lets the reader zoom and pan: a whole diagram fitted into the panel is too small to
// read, so the view opens at a readable size on the current step.
(function () {
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var READABLE = 0.85;
  var fallback = document.getElementById('diagram-fallback');
  var active = (container.dataset.active || '').split(',').filter(function (id) { return id; });
  var viewer = new BpmnJS({ container: container });

  function canvas() { return viewer.get('canvas'); }

  // the current steps in the middle of the panel at a readable size, or the whole diagram when none
  function showCurrent() {
    var registry = viewer.get('elementRegistry');
    var elements = active.map(function (id) { return registry.get(id); }).filter(Boolean);
    canvas().zoom('fit-viewport');
    if (!elements.length || canvas().zoom() >= READABLE) { return; }
    var first = elements[0];
    var box = canvas().viewbox();
    var width = box.outer.width / READABLE;
    var height = box.outer.height / READABLE;
    canvas().viewbox({ x: first.x + first.width / 2 - width / 2, y: first.y + first.height / 2 - height / 2,
      width: width, height: height });
  }

  function zoomBy(factor) { canvas().zoom(canvas().zoom() * factor); }

  var tools = { 'diagram-zoom-in': function () { zoomBy(1.25); }, 'diagram-zoom-out': function () { zoomBy(0.8); },
    'diagram-fit': function () { canvas().zoom('fit-viewport'); }, 'diagram-current': showCurrent };
  Object.keys(tools).forEach(function (id) {
    var button = document.getElementById(id);
    if (button) { button.addEventListener('click', tools[id]); }
  });

  fetch(container.dataset.bpmnHref, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.text();
    })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      active.forEach(function (id) { canvas().addMarker(id, 'current-position'); });
      showCurrent();
      container.dataset.rendered = 'true';
    })
    .catch(function () {
      container.hidden = true;
      if (fallback) { fallback.hidden = false; }
    });
})();

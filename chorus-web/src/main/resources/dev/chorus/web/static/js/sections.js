// The generic view of any section the server lists (#/section/NAME): its findings with links to their evidence.
// And the crawl residue removed, one removal a line.
(function () {
  var dom = chorus.dom, el = dom.el, data = chorus.data, ev = chorus.evidence;

  function listed(name) {
    return data.sections().filter(function (s) { return s.name === name; })[0] || null;
  }

  chorus.registry.register({ match: /^#\/section\/([a-z_]+)$/,
    accepts: function (m) { return listed(m[1]) !== null; },
    key: function (m) { return m[1]; },
    sections: function (m) { return [m[1]]; },
    draw: function (view, params, m) {
      var name = m[1];
      view.appendChild(el('h1', null, [listed(name).title, dom.countLabel(data.loadedTotal(name))]));
      data.list(name).forEach(function (item) { view.appendChild(ev.renderFinding(item)); });
    } });

  chorus.registry.register({ path: '#/residue', key: 'residue', title: 'Residue', place: 80, sections: ['residue'],
    draw: function (view) {
      view.appendChild(el('h1', null, ['Crawl residue removed', dom.countLabel(data.loadedTotal('residue'))]));
      data.list('residue').forEach(function (f) { view.appendChild(ev.renderRemoval(f)); });
    } });
})();

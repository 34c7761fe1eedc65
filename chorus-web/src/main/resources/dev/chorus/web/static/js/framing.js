// Framing: per story, a row per source, a column per actor group, each cell the source's words for that group
// (most used first, bold when the source favours the word beyond chance), then the words that set the source apart.
(function () {
  var dom = chorus.dom, el = dom.el, data = chorus.data, ev = chorus.evidence;

  function framingWords(terms) {
    var out = [];
    terms.forEach(function (t, i) {
      var first = (t.evidence || [])[0];
      var label = t.term + ' ×' + t.count;
      var node = first ? ev.articleLink(first.article, first.start, first.end, null, label) : el('span', { text: label });
      node.setAttribute('title', 'z = ' + t.z + '; other sources ×' + t.others);
      if (t.z >= 1.96) { node.classList.add('favoured'); }
      if (i > 0) { out.push(' '); }
      out.push(node);
    });
    return out;
  }

  function renderStory(ts) {
    var groups = [];
    var sources = [];
    ts.forEach(function (t) {
      if (t.kind === 'label' && groups.indexOf(t.group) < 0) { groups.push(t.group); }
      if (sources.indexOf(t.source) < 0) { sources.push(t.source); }
    });
    groups.sort();
    sources.sort();
    var head = el('tr', null, [el('th', { text: 'Source' })]
      .concat(groups.map(function (g) { return el('th', { text: g }); }))
      .concat([el('th', { text: 'distinctive words' })]));
    var rows = sources.map(function (src) {
      var mine = ts.filter(function (t) { return t.source === src; })
        .sort(function (x, y) { return y.count - x.count || y.z - x.z; });
      var cells = [el('td', { 'class': 'framing-source', text: src })];
      groups.forEach(function (g) {
        cells.push(el('td', null, framingWords(mine.filter(function (t) { return t.kind === 'label' && t.group === g; }))));
      });
      cells.push(el('td', null, framingWords(mine.filter(function (t) { return t.kind === 'distinctive'; }))));
      return el('tr', null, cells);
    });
    return el('table', { 'class': 'framing' }, [el('thead', null, [head]), el('tbody', null, rows)]);
  }

  function draw(view) {
    var terms = data.list('framing');
    view.appendChild(el('h1', null, ['Framing', dom.countLabel(terms.length)]));
    view.appendChild(el('p', { 'class': 'muted', text: 'The words each source uses for the actors, compared with the'
      + ' other sources of the same story (weighted log-odds z; bold: above 1.96, favoured beyond chance).'
      + ' Each word links to where the source uses it.' }));
    var stories = {};
    terms.forEach(function (t) { (stories[t.story] = stories[t.story] || []).push(t); });
    var storyIds = Object.keys(stories).sort();
    storyIds.forEach(function (story) {
      if (storyIds.length > 1) { view.appendChild(el('h2', { text: story })); }
      view.appendChild(renderStory(stories[story]));
    });
  }

  chorus.registry.register({ path: '#/framing', key: 'framing', title: 'Framing', place: 60, sections: ['framing'],
    shown: function () { return data.total('framing'); }, draw: draw });
})();

// The reuse graph: articles left to right by publication date, reuse links as edges by kind (Cytoscape), and the
// same links as a table with their first passages.
chorus.reuse = (function () {
  var dom = chorus.dom, el = dom.el, clip = dom.clip, data = chorus.data, ev = chorus.evidence;
  var REUSE_KINDS = ['duplicate', 'verbatim', 'paraphrase'];
  // Up to this many articles the graph shows them all, linked or not; above, only the linked ones.
  var GRAPH_ALL = 200;
  var graph = null;
  var unlinked = [];

  function dropGraph() {
    if (graph) { graph.destroy(); graph = null; }
  }

  // Cytoscape adds its one-rule stylesheet as an inline <style>, which the page's policy refuses; an element with
  // that stylesheet's id tells it the rule is there already (app.css carries it).
  function markCytoscapeStylesheet() {
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      var marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.appendChild(marker);
    }
  }

  function firstPassageLink(link, side) {
    var p = (link.passages || [])[0];
    if (!p) { return el('span', { 'class': 'muted', text: '—' }); }
    var article = side === 'a' ? link.a : link.b;
    var span = { article: article, start: p[side + '_start'], end: p[side + '_end'], snippet: p[side + '_snippet'] };
    return ev.articleLink(article, span.start, span.end, null, clip(ev.spanLabel(span), 90));
  }

  // Articles left to right by published date, undated ones after. Articles of one date sit on a small circle:
  // a straight link between two of them is a chord, so it never runs through a third.
  function timePositions(ids) {
    var columns = [], last = null;
    ids.forEach(function (id) {
      var a = data.known(id);
      var date = (a && a.published) || null;
      if (date === null || date !== last) { columns.push([]); }
      columns[columns.length - 1].push(id);
      last = date;
    });
    var pos = {}, x = 0;
    columns.forEach(function (ids) {
      var r = ids.length === 1 ? 0 : Math.max(70, ids.length * 32);
      x += r;
      ids.forEach(function (id, i) {
        var angle = -Math.PI / 2 + 2 * Math.PI * i / ids.length;
        pos[id] = { x: x + r * Math.cos(angle), y: r * Math.sin(angle) };
      });
      x += r + 200;
    });
    return pos;
  }

  // On a small workspace the graph shows every article: their metadata is loaded first.
  function prepare() {
    var few = data.overview().article_count <= GRAPH_ALL;
    return (few ? data.articles(0, GRAPH_ALL) : Promise.resolve({ items: [] })).then(function (page) {
      unlinked = page.items.map(function (a) {
        var meta = {};
        meta[a.id] = a;
        data.remember(meta);
        return a.id;
      });
    });
  }

  var STYLE = [
    { selector: 'node', style: { 'background-color': '#2858b8', label: 'data(label)', 'text-wrap': 'wrap',
      'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 6, color: '#1d2330', width: 26, height: 26,
      'text-background-color': '#fbfbfd', 'text-background-opacity': 0.9, 'text-background-padding': 2 } },
    { selector: 'edge', style: { width: 'mapData(score, 0, 1, 2, 8)', 'curve-style': 'bezier', 'line-color': '#9ca3af',
      opacity: 0.85 } },
    { selector: 'edge[kind = "duplicate"]', style: { 'line-color': '#b42318', 'target-arrow-color': '#b42318' } },
    { selector: 'edge[kind = "verbatim"]', style: { 'line-color': '#d97706', 'target-arrow-color': '#d97706' } },
    { selector: 'edge[kind = "paraphrase"]', style: { 'line-color': '#2f855a', 'target-arrow-color': '#2f855a',
      'line-style': 'dashed' } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } }
  ];

  // Nodes for the articles the links join (and the unlinked ones on a small workspace), edges for the links.
  function elements(links) {
    var linked = {};
    links.forEach(function (l) { linked[l.a] = true; linked[l.b] = true; });
    unlinked.forEach(function (id) { linked[id] = true; });
    var ids = Object.keys(linked).sort(ev.compareTime);
    var pos = timePositions(ids);
    var nodeId = {};
    var out = ids.map(function (id, i) {
      var a = data.known(id);
      nodeId[id] = 'n' + i;
      return { group: 'nodes', data: { id: 'n' + i, article: id,
        label: clip(ev.sourceOf(id), 28) + '\n' + ((a && a.published) || 'undated') }, position: pos[id] };
    });
    links.forEach(function (l, i) {
      if (!nodeId[l.a] || !nodeId[l.b]) { return; }
      var fromB = l.earlier === l.b;
      out.push({ group: 'edges', classes: l.earlier === l.a || fromB ? 'directed' : '',
        data: { id: 'e' + i, link: i, kind: REUSE_KINDS.indexOf(l.kind) >= 0 ? l.kind : 'other',
          score: typeof l.score === 'number' ? l.score : 0,
          source: fromB ? nodeId[l.b] : nodeId[l.a], target: fromB ? nodeId[l.a] : nodeId[l.b] } });
    });
    return out;
  }

  function draw(view) {
    var links = data.list('reuse');
    view.appendChild(el('h1', null, ['Reuse graph', dom.countLabel(links.length)]));
    view.appendChild(el('p', { 'class': 'legend' }, ['Articles by publication date, left to right; links by kind: ']
      .concat(REUSE_KINDS.map(function (k) { return el('span', { 'class': 'kind kind-' + k, text: k }); }))
      .concat([' · arrows point from the earlier article; click an article or a link to read it.'])));
    var box = el('div', { id: 'reuse-graph', 'class': 'graph' });
    view.appendChild(box);
    var rows = links.map(function (l, i) {
      var changed = chorus.edits.summary(i + 1);
      return el('tr', null, [el('td', null, [ev.sourceChip(l.a)]), el('td', null, [ev.sourceChip(l.b)]),
        el('td', null, [el('span', { 'class': 'kind kind-' + dom.token(l.kind), text: String(l.kind) })]),
        el('td', { text: String(l.score) }),
        el('td', { text: data.known(l.earlier) ? ev.sourceOf(l.earlier) : String(l.earlier || '') }),
        el('td', null, [firstPassageLink(l, 'a')]), el('td', null, [firstPassageLink(l, 'b')]),
        el('td', null, [changed ? el('a', { href: chorus.edits.linkHash(i + 1), 'class': 'edits-link', text: changed })
          : el('span', { 'class': 'muted', text: '—' })])]);
    });
    view.appendChild(dom.table(['Article', 'Article', 'Kind', 'Score', 'Earlier', 'Passage', 'Passage',
      'What the copy changed'], rows, 'links'));
    if (typeof window.cytoscape !== 'function') {
      box.textContent = 'The graph library did not load.';
      return;
    }
    markCytoscapeStylesheet();
    dropGraph();
    graph = window.cytoscape({ container: box, elements: elements(links), layout: { name: 'preset', padding: 40 },
      minZoom: 0.2, maxZoom: 3, style: STYLE });
    graph.on('tap', 'node', function (e) {
      location.hash = ev.articleHash(e.target.data('article'));
    });
    // a link opens what the copy changed when the edits stage found anything, else its first passage
    graph.on('tap', 'edge', function (e) {
      var i = e.target.data('link');
      var l = links[i];
      var p = (l.passages || [])[0];
      location.hash = chorus.edits.ofLink(i + 1).length ? chorus.edits.linkHash(i + 1)
        : p ? ev.articleHash(l.a, p.a_start, p.a_end) : ev.articleHash(l.a);
    });
    box.setAttribute('data-nodes', String(graph.nodes().length));
    box.setAttribute('data-edges', String(graph.edges().length));
  }

  chorus.registry.register({ path: '#/reuse', key: 'reuse', title: 'Reuse graph', place: 20,
    sections: ['reuse', 'edits'], owns: ['reuse'],
    shown: function () { return data.total('reuse'); }, prepare: prepare, draw: draw });

  return { dropGraph: dropGraph };
})();

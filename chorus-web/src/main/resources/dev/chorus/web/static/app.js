// Chorus UI: renders a workspace as pages. Data comes from a source: the server's paged API (an overview, article
// metadata a page at a time, one article on demand, finding sections a page at a time with their evidence
// snippets), or the JSON export inlined in a report, answered through the same calls.
// Article text, titles and URLs are hostile: everything is written through text nodes (never innerHTML),
// links are made only for http(s) URLs, and no handler is put in markup.
(function () {
  'use strict';

  var source = null;      // where pages come from: serverSource() or inlineSource(export)
  var overview = null;    // the overview, loaded once: its counts drive the navigation
  var articlesById = {};  // metadata of every article seen so far; full articles once opened
  var loaded = {};        // finding sections loaded so far: name -> { items, total }
  var claimsById = {};    // claims seen so far, for the comparisons that name them
  var PAGE = 500;         // findings per request; the server refuses more
  var ARTICLES_PAGE = 100;

  // Sections without a view of their own, shown as finding lists.
  var SECTIONS = [
    ['comparisons', 'Comparisons'], ['talking_points', 'Talking points'], ['claims', 'Claims'], ['reuse', 'Reuse'],
    ['timeline', 'Timeline'], ['quotes', 'Quotes'], ['entities', 'Entities'], ['time_expressions', 'Dates'],
    ['framing', 'Framing']
  ];
  // Sections with a dedicated view: the route that shows them.
  var VIEWS = { talking_points: '#/talking-points', reuse: '#/reuse', claims: '#/claims', timeline: '#/timeline',
    quotes: '#/people', comparisons: '#/claims', framing: '#/framing' };
  var REUSE_KINDS = ['duplicate', 'verbatim', 'paraphrase'];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function safeHttpUrl(url) {
    if (typeof url !== 'string') { return null; }
    var trimmed = url.trim();
    return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
  }

  function clip(s, n) {
    s = String(s == null ? '' : s).replace(/\s+/g, ' ').trim();
    return s.length <= n ? s : s.slice(0, n - 1) + '…';
  }

  function articleLink(article, start, end, where, label) {
    var hash = '#/article/' + encodeURIComponent(article) + '?s=' + start + '&e=' + end + (where ? '&in=' + where : '');
    return el('a', { href: hash, 'class': 'evidence', text: label });
  }

  // The evidence's words: the snippet the server attached, else the article's text when it is at hand.
  function spanLabel(span) {
    if (typeof span.snippet === 'string') { return clip(span.snippet, 160); }
    var a = articlesById[span.article];
    var text = a ? (span.where === 'original' ? a.original_text : a.text) : null;
    if (typeof text !== 'string') { return span.article + ' ' + span.start + '–' + span.end; }
    return clip(text.substring(span.start, span.end), 160);
  }

  function remember(meta) {
    Object.keys(meta || {}).forEach(function (id) {
      if (!articlesById[id] || typeof articlesById[id].text !== 'string') { articlesById[id] = meta[id]; }
    });
  }

  function rememberClaims(claims) {
    (claims || []).forEach(function (c) { claimsById[c.id] = c; });
  }

  // Loads a section until `want` items (or all) are at hand, a page at a time.
  function loadSection(name, want) {
    var have = loaded[name] || (loaded[name] = { items: [], total: null });
    if (have.total !== null && (have.items.length >= have.total || have.items.length >= want)) {
      return Promise.resolve(have);
    }
    return source.findings(name, have.items.length, Math.min(PAGE, want - have.items.length)).then(function (page) {
      remember(page.articles);
      rememberClaims(page.claims);
      if (name === 'claims') { rememberClaims(page.items); }
      have.items = have.items.concat(page.items);
      have.total = page.total;
      return page.items.length ? loadSection(name, want) : have;
    });
  }

  function need(names) {
    return Promise.all(names.map(function (n) { return loadSection(n, PAGE); }));
  }

  // "Showing 500 of 12,000 — more": loads the next page of each section and draws the view again.
  function moreControl(names) {
    var short = names.filter(function (n) { return loaded[n] && loaded[n].items.length < loaded[n].total; });
    if (!short.length) { return ''; }
    var button = el('button', { type: 'button', 'class': 'more', text: 'more' });
    button.addEventListener('click', function () {
      button.disabled = true;
      Promise.all(short.map(function (n) { return loadSection(n, loaded[n].items.length + PAGE); })).then(route);
    });
    return el('p', { 'class': 'muted more-line' }, [short.map(function (n) {
      return 'showing ' + loaded[n].items.length + ' of ' + loaded[n].total + ' ' + n.replace(/_/g, ' ');
    }).join(' · ') + ' ', button]);
  }

  // Every evidence span inside a finding: objects with article/start/end, and reuse passages.
  function spansOf(item) {
    var found = [];
    (function walk(v) {
      if (Array.isArray(v)) { v.forEach(walk); return; }
      if (!v || typeof v !== 'object') { return; }
      if (typeof v.article === 'string' && typeof v.start === 'number' && typeof v.end === 'number') {
        found.push({ article: v.article, start: v.start, end: v.end, snippet: v.snippet });
      }
      Object.keys(v).forEach(function (k) { if (v[k] && typeof v[k] === 'object') { walk(v[k]); } });
    })(item);
    if (Array.isArray(item.passages) && typeof item.a === 'string' && typeof item.b === 'string') {
      item.passages.forEach(function (p) {
        found.push({ article: item.a, start: p.a_start, end: p.a_end, snippet: p.a_snippet });
        found.push({ article: item.b, start: p.b_start, end: p.b_end, snippet: p.b_snippet });
      });
    }
    return found;
  }

  function findingLabel(item) {
    var keys = ['summary', 'verdict', 'name', 'text', 'key', 'kind', 'value', 'date'];
    var parts = [];
    keys.forEach(function (k) {
      if (item[k] != null && typeof item[k] !== 'object' && parts.length < 3) { parts.push(String(item[k])); }
    });
    if (typeof item.speaker === 'string') { parts.push('— ' + item.speaker); }
    if (typeof item.a === 'string' && typeof item.b === 'string') { parts.push(item.a + ' ↔ ' + item.b); }
    return clip(parts.join(' · ') || JSON.stringify(item), 240);
  }

  function renderFinding(item) {
    var spans = spansOf(item).slice(0, 12);
    var list = el('ul', { 'class': 'spans' }, spans.map(function (s) {
      return el('li', null, [articleLink(s.article, s.start, s.end, null, spanLabel(s)),
        el('span', { 'class': 'count', text: s.article })]);
    }));
    return el('div', { 'class': 'finding' }, [el('div', { 'class': 'label', text: findingLabel(item) }), list]);
  }

  function renderRemoval(f) {
    var r = f.removal;
    return el('div', { 'class': 'finding' }, [
      el('span', { 'class': 'reason', text: r.reason }),
      articleLink(f.article, r.start, r.end, 'original', clip(r.text, 140)),
      el('span', { 'class': 'count', text: f.article })]);
  }

  function list(name) {
    return loaded[name] ? loaded[name].items : [];
  }

  // How many findings of a section the workspace holds (from the overview).
  function total(name) {
    return overview && overview.counts && typeof overview.counts[name] === 'number' ? overview.counts[name] : 0;
  }

  function countLabel(n) {
    return el('span', { 'class': 'count', text: String(n) });
  }

  // An article's outlet for display: its source, else its id.
  function sourceOf(id) {
    var a = articlesById[id];
    return a ? (a.source || a.id) : String(id);
  }

  // Two article ids in time order: published date (undated and unknown last), then id.
  function compareTime(x, y) {
    var ax = articlesById[x], ay = articlesById[y];
    var dx = (ax && ax.published) || '\uffff', dy = (ay && ay.published) || '\uffff';
    return dx < dy ? -1 : dx > dy ? 1 : x < y ? -1 : x > y ? 1 : 0;
  }

  // A published date, marked when it was inferred rather than given.
  function dateLabel(date, inferred) {
    return date ? date + (inferred ? ' (inferred)' : '') : 'undated';
  }

  // A link to an article marked with its outlet: the "source" marks of every view.
  function sourceChip(id, extraClass) {
    var a = articlesById[id];
    var chip = el('a', { href: '#/article/' + encodeURIComponent(id), 'class': 'src' + (extraClass ? ' ' + extraClass : ''),
      text: sourceOf(id) });
    if (a && a.published) { chip.setAttribute('title', id + ' · ' + a.published + (a.published_inferred ? ' (inferred)' : '')); }
    return chip;
  }

  function badge(text, cls) {
    return el('span', { 'class': 'badge ' + (cls || ''), text: text });
  }

  // Only letters in generated class names: export values never reach a selector unfiltered.
  function token(s) {
    return String(s == null ? '' : s).toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  }

  function setNav(active) {
    var nav = document.getElementById('nav');
    nav.textContent = '';
    var links = [['#/', 'Overview', 'overview'], ['#/articles', 'Articles', 'articles']];
    if (total('talking_points')) { links.push(['#/talking-points', 'Talking points', 'talking_points']); }
    if (total('reuse')) { links.push(['#/reuse', 'Reuse graph', 'reuse']); }
    if (total('claims') || total('comparisons')) { links.push(['#/claims', 'Claims', 'claims']); }
    if (total('timeline')) { links.push(['#/timeline', 'Timeline', 'timeline']); }
    if (total('quotes')) { links.push(['#/people', 'People and quotes', 'people']); }
    if (total('framing')) { links.push(['#/framing', 'Framing', 'framing']); }
    SECTIONS.forEach(function (s) {
      if (!VIEWS[s[0]] && total(s[0])) { links.push(['#/section/' + s[0], s[1], s[0]]); }
    });
    links.push(['#/residue', 'Residue', 'residue']);
    links.push(['#/search', 'Search', 'search']);
    links.forEach(function (l) {
      nav.appendChild(el('a', { href: l[0], 'class': l[2] === active ? 'active' : '', text: l[1] }));
    });
  }

  function articlesTable(articles) {
    var rows = articles.map(function (a) {
      return el('tr', null, [
        el('td', null, [el('a', { href: '#/article/' + encodeURIComponent(a.id), text: a.id })]),
        el('td', { text: a.source || '' }),
        el('td', { text: clip(a.title || '(no title)', 90) }),
        el('td', { text: a.language || '?' }),
        el('td', { text: dateLabel(a.published, a.published_inferred) }),
        el('td', { text: String(a.removed_count != null ? a.removed_count : (a.removed || []).length) }),
        el('td', { text: a.duplicate_of || '' })]);
    });
    return el('table', null, [el('thead', null, [el('tr', null, ['Article', 'Source', 'Title', 'Lang', 'Published',
      'Removed', 'Duplicate of'].map(function (h) { return el('th', { text: h }); }))]), el('tbody', null, rows)]);
  }

  // ---- claims and comparisons -------------------------------------------------------------------------------

  function claimById(id) {
    return claimsById[id];
  }

  function claimValue(c) {
    var v = c.value != null ? String(c.value)
      : (c.low != null || c.high != null) ? (c.low == null ? '…' : c.low) + '–' + (c.high == null ? '…' : c.high) : '';
    return (c.qualifier ? c.qualifier + ' ' : '') + v;
  }

  function claimEvidence(c) {
    var label = typeof c.text === 'string' && c.text ? clip(c.text, 200) : spanLabel(c);
    return articleLink(c.article, c.start, c.end, null, label);
  }

  function claimDetails(c) {
    return [claimValue(c), c.counted, c.predicate, c.speaker ? 'said by ' + c.speaker : null]
      .filter(function (x) { return x != null && x !== ''; }).join(' · ');
  }

  function renderComparison(c) {
    var verdict = String(c.verdict || 'unknown');
    var items = (Array.isArray(c.claims) ? c.claims : []).map(claimById).filter(Boolean).map(function (cl) {
      return el('li', null, [sourceChip(cl.article), ' ', claimEvidence(cl),
        el('span', { 'class': 'count', text: claimDetails(cl) })]);
    });
    return el('div', { 'class': 'finding comparison verdict-' + token(verdict) + (verdict === 'conflict' ? ' conflict' : '') }, [
      el('div', { 'class': 'label' }, [badge(verdict, 'verdict-' + token(verdict)), ' ', String(c.key || '')]),
      c.reason ? el('div', { 'class': 'muted reason-text', text: String(c.reason) }) : '',
      el('ul', { 'class': 'spans' }, items)]);
  }

  // Claims grouped by what they count (their key), each group with its comparisons and a status.
  function claimGroups() {
    var groups = {}, order = [];
    list('claims').forEach(function (c) {
      var key = c.key != null && c.key !== '' ? String(c.key) : 'claim ' + c.id;
      if (!groups[key]) { groups[key] = { key: key, claims: [], comparisons: [] }; order.push(key); }
      groups[key].claims.push(c);
    });
    list('comparisons').forEach(function (cmp) {
      var key = String(cmp.key);
      if (!groups[key]) { groups[key] = { key: key, claims: [], comparisons: [] }; order.push(key); }
      groups[key].comparisons.push(cmp);
    });
    var weight = { conflict: 0, agree: 1, compatible: 2, unresolved: 3, 'single-source': 4 };
    return order.map(function (key) {
      var g = groups[key];
      var verdicts = g.comparisons.map(function (c) { return String(c.verdict); });
      var articles = {};
      g.claims.forEach(function (c) { articles[c.article] = true; });
      g.sources = Object.keys(articles).length;
      g.status = verdicts.indexOf('conflict') >= 0 ? 'conflict' : verdicts.indexOf('agree') >= 0 ? 'agree'
        : verdicts.indexOf('compatible') >= 0 ? 'compatible' : g.sources <= 1 ? 'single-source' : 'unresolved';
      return g;
    }).sort(function (x, y) { return weight[x.status] - weight[y.status]; });
  }

  function renderClaimGroup(g) {
    var rows = g.claims.slice().sort(function (x, y) { return compareTime(x.article, y.article); })
      .map(function (c) {
        return el('tr', null, [el('td', null, [sourceChip(c.article)]), el('td', { 'class': 'value', text: claimValue(c) }),
          el('td', { text: c.counted || '' }), el('td', { text: c.predicate || '' }), el('td', { text: c.speaker || '' }),
          el('td', null, [claimEvidence(c)])]);
      });
    var box = el('div', { 'class': 'claim-group status-' + token(g.status) + (g.status === 'conflict' ? ' conflict' : '') }, [
      el('div', { 'class': 'label' }, [badge(g.status, 'verdict-' + token(g.status)), ' ', g.key,
        el('span', { 'class': 'count', text: g.claims.length + ' claims · ' + g.sources + ' sources' })])]);
    g.comparisons.forEach(function (c) {
      box.appendChild(el('div', { 'class': 'muted reason-text' }, [badge(String(c.verdict), 'verdict-' + token(c.verdict)),
        ' ', String(c.reason || '')]));
    });
    if (rows.length) {
      box.appendChild(el('table', null, [el('thead', null, [el('tr', null, ['Source', 'Value', 'Counted', 'Predicate',
        'Asserted by', 'Evidence'].map(function (h) { return el('th', { text: h }); }))]), el('tbody', null, rows)]));
    }
    return box;
  }

  function viewClaims(view) {
    setNav('claims');
    var groups = claimGroups();
    var single = groups.filter(function (g) { return g.status === 'single-source'; });
    var compared = groups.filter(function (g) { return g.status !== 'single-source'; });
    var conflicts = groups.filter(function (g) { return g.status === 'conflict'; }).length;
    view.appendChild(el('h1', null, ['Claims', countLabel(list('claims').length)]));
    view.appendChild(el('p', { 'class': 'muted', text: groups.length + ' quantities · ' + conflicts + ' in conflict · '
      + single.length + ' single-source' }));
    if (!groups.length) { view.appendChild(el('p', { 'class': 'muted', text: 'No claims in this workspace.' })); }
    compared.forEach(function (g) { view.appendChild(renderClaimGroup(g)); });
    if (single.length) {
      view.appendChild(el('h2', { id: 'single-source' }, ['Single-source claims', countLabel(single.length)]));
      single.forEach(function (g) { view.appendChild(renderClaimGroup(g)); });
    }
  }

  // ---- talking points ---------------------------------------------------------------------------------------

  // Members grouped per article, the first appearance first, then in time order.
  function membersByArticle(tp) {
    var per = {}, ids = [];
    (tp.members || []).forEach(function (m) {
      if (!per[m.article]) { per[m.article] = []; ids.push(m.article); }
      per[m.article].push(m);
    });
    ids.sort(function (x, y) {
      if (x === tp.first) { return -1; }
      if (y === tp.first) { return 1; }
      return compareTime(x, y);
    });
    return ids.map(function (id) { return { article: id, spans: per[id] }; });
  }

  function firstNote(tp) {
    if (tp.first === 'same day') { return 'first seen the same day in several articles'; }
    return articlesById[tp.first] ? 'first seen in ' + sourceOf(tp.first) : 'first appearance undetermined';
  }

  function renderTalkingPointBrief(tp) {
    var groups = membersByArticle(tp);
    var first = groups.length ? groups[0].spans[0] : null;
    return el('div', { 'class': 'finding talking-point' }, [
      el('div', { 'class': 'label', text: clip(tp.summary, 240) }),
      el('div', { 'class': 'sources' }, groups.map(function (g) {
        return sourceChip(g.article, g.article === tp.first ? 'first' : '');
      }).concat([el('span', { 'class': 'count', text: (tp.articles || groups).length + ' articles · ' + firstNote(tp) })])),
      first ? el('ul', { 'class': 'spans' }, [el('li', null, [articleLink(first.article, first.start, first.end, null,
        spanLabel(first))])]) : ''
    ]);
  }

  function viewTalkingPoints(view) {
    setNav('talking_points');
    var tps = list('talking_points');
    view.appendChild(el('h1', null, ['Talking points', countLabel(tps.length)]));
    view.appendChild(el('p', { 'class': 'muted', text: 'The same point made in several articles, side by side; the '
      + 'article where it appeared first comes first.' }));
    tps.forEach(function (tp) {
      var cards = membersByArticle(tp).map(function (g) {
        var a = articlesById[g.article];
        return el('div', { 'class': 'member' + (g.article === tp.first ? ' first' : '') }, [
          el('div', { 'class': 'member-head' }, [sourceChip(g.article),
            el('span', { 'class': 'count', text: (a && a.published ? a.published : 'undated')
              + (g.article === tp.first ? ' · first' : '') })]),
          el('div', { 'class': 'member-body' }, g.spans.map(function (m) {
            return el('p', null, [articleLink(m.article, m.start, m.end, null, spanLabel(m))]);
          }))]);
      });
      view.appendChild(el('section', { 'class': 'tp' }, [
        el('h2', null, [clip(tp.summary, 200), el('span', { 'class': 'count', text: (tp.articles || []).length
          + ' articles · ' + firstNote(tp) })]),
        el('div', { 'class': 'members' }, cards)]));
    });
  }

  // ---- reuse graph ------------------------------------------------------------------------------------------

  var graph = null;

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
    return side === 'a' ? articleLink(link.a, p.a_start, p.a_end, null, clip(spanLabel({ article: link.a, start: p.a_start, end: p.a_end, snippet: p.a_snippet }), 90))
      : articleLink(link.b, p.b_start, p.b_end, null, clip(spanLabel({ article: link.b, start: p.b_start, end: p.b_end, snippet: p.b_snippet }), 90));
  }

  // Articles left to right by published date, undated ones after. Articles of one date sit on a small circle:
  // a straight link between two of them is a chord, so it never runs through a third.
  function timePositions(ids) {
    var columns = [], last = null;
    ids.forEach(function (id) {
      var a = articlesById[id];
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

  // Up to this many articles the graph shows them all, linked or not; above, only the linked ones.
  var GRAPH_ALL = 200;
  var unlinked = [];

  function viewReuse(view) {
    setNav('reuse');
    var links = list('reuse');
    view.appendChild(el('h1', null, ['Reuse graph', countLabel(links.length)]));
    view.appendChild(el('p', { 'class': 'legend' }, ['Articles by publication date, left to right; links by kind: ']
      .concat(REUSE_KINDS.map(function (k) { return el('span', { 'class': 'kind kind-' + k, text: k }); }))
      .concat([' · arrows point from the earlier article; click an article or a link to read it.'])));
    var box = el('div', { id: 'reuse-graph', 'class': 'graph' });
    view.appendChild(box);
    var rows = links.map(function (l) {
      return el('tr', null, [el('td', null, [sourceChip(l.a)]), el('td', null, [sourceChip(l.b)]),
        el('td', null, [el('span', { 'class': 'kind kind-' + token(l.kind), text: String(l.kind) })]),
        el('td', { text: String(l.score) }), el('td', { text: articlesById[l.earlier] ? sourceOf(l.earlier) : String(l.earlier || '') }),
        el('td', null, [firstPassageLink(l, 'a')]), el('td', null, [firstPassageLink(l, 'b')])]);
    });
    view.appendChild(el('table', { 'class': 'links' }, [el('thead', null, [el('tr', null, ['Article', 'Article', 'Kind',
      'Score', 'Earlier', 'Passage', 'Passage'].map(function (h) { return el('th', { text: h }); }))]),
      el('tbody', null, rows)]));
    if (typeof window.cytoscape !== 'function') {
      box.textContent = 'The graph library did not load.';
      return;
    }
    markCytoscapeStylesheet();
    // The articles the loaded links join: on a large workspace the graph never holds every article.
    var linked = {};
    links.forEach(function (l) { linked[l.a] = true; linked[l.b] = true; });
    unlinked.forEach(function (id) { linked[id] = true; });
    var ids = Object.keys(linked).sort(compareTime);
    var pos = timePositions(ids);
    var nodeId = {};
    var elements = ids.map(function (id, i) {
      var a = articlesById[id];
      nodeId[id] = 'n' + i;
      return { group: 'nodes', data: { id: 'n' + i, article: id,
        label: clip(sourceOf(id), 28) + '\n' + ((a && a.published) || 'undated') }, position: pos[id] };
    });
    links.forEach(function (l, i) {
      if (!nodeId[l.a] || !nodeId[l.b]) { return; }
      var fromB = l.earlier === l.b;
      elements.push({ group: 'edges', classes: l.earlier === l.a || fromB ? 'directed' : '',
        data: { id: 'e' + i, link: i, kind: REUSE_KINDS.indexOf(l.kind) >= 0 ? l.kind : 'other',
          score: typeof l.score === 'number' ? l.score : 0,
          source: fromB ? nodeId[l.b] : nodeId[l.a], target: fromB ? nodeId[l.a] : nodeId[l.b] } });
    });
    dropGraph();
    graph = window.cytoscape({
      container: box, elements: elements, layout: { name: 'preset', padding: 40 },
      minZoom: 0.2, maxZoom: 3,
      style: [
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
      ]
    });
    graph.on('tap', 'node', function (ev) {
      location.hash = '#/article/' + encodeURIComponent(ev.target.data('article'));
    });
    graph.on('tap', 'edge', function (ev) {
      var l = links[ev.target.data('link')];
      var p = (l.passages || [])[0];
      location.hash = '#/article/' + encodeURIComponent(l.a) + (p ? '?s=' + p.a_start + '&e=' + p.a_end : '');
    });
    box.setAttribute('data-nodes', String(graph.nodes().length));
    box.setAttribute('data-edges', String(graph.edges().length));
  }

  // ---- timeline ---------------------------------------------------------------------------------------------

  function dayNumber(date) {
    var m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(String(date || ''));
    return m ? Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1) / 86400000 : null;
  }

  function dayLabel(day) {
    var d = new Date(day * 86400000);
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  }

  function viewTimeline(view) {
    setNav('timeline');
    var events = list('timeline').map(function (e, i) { return { e: e, i: i, day: dayNumber(e.date) }; })
      .sort(function (x, y) {
        var dx = x.day == null ? Infinity : x.day, dy = y.day == null ? Infinity : y.day;
        return dx - dy || x.i - y.i;
      });
    view.appendChild(el('h1', null, ['Timeline', countLabel(events.length)]));
    var dated = events.filter(function (x) { return x.day != null; });
    var items = [];
    var listNode = el('ol', { 'class': 'timeline' }, events.map(function (x, k) {
      var e = x.e;
      var articles = Array.isArray(e.articles) ? e.articles : [];
      var item = el('li', { 'class': 'tl-event', id: 'event-' + k }, [
        el('div', { 'class': 'tl-date' }, [el('strong', { text: String(e.date || 'undated') }),
          el('div', { 'class': 'muted', text: e.precision ? String(e.precision) : '' })]),
        el('div', { 'class': 'tl-body' }, [
          el('div', { 'class': 'label', text: clip(e.summary, 400) }),
          el('div', { 'class': 'sources' }, articles.map(function (id) { return sourceChip(id); })
            .concat([el('span', { 'class': 'count', text: articles.length + (articles.length === 1 ? ' source' : ' sources') })])),
          el('ul', { 'class': 'spans' }, (Array.isArray(e.evidence) ? e.evidence : []).slice(0, 12).map(function (s) {
            return el('li', null, [articleLink(s.article, s.start, s.end, null, spanLabel(s)),
              el('span', { 'class': 'count', text: sourceOf(s.article) })]);
          }))])]);
      items.push({ x: x, node: item });
      return item;
    }));
    if (dated.length) {
      // One column per day from the first event to the last (per event date when that would be too wide).
      var first = dated[0].day, last = dated[dated.length - 1].day;
      var days = [];
      if (last - first <= 92) {
        for (var d = first; d <= last; d++) { days.push(d); }
      } else {
        dated.forEach(function (x) { if (days.indexOf(x.day) < 0) { days.push(x.day); } });
      }
      var most = 1;
      var perDay = days.map(function (day) {
        var these = items.filter(function (it) { return it.x.day === day; });
        var sources = {};
        these.forEach(function (it) { (it.x.e.articles || []).forEach(function (a) { sources[a] = true; }); });
        most = Math.max(most, these.length);
        return { day: day, items: these, sources: Object.keys(sources).length };
      });
      var strip = el('div', { 'class': 'tl-strip' }, perDay.map(function (p) {
        var bar = el('div', { 'class': 'tl-bar' });
        bar.style.height = (p.items.length ? 12 + 68 * p.items.length / most : 2) + 'px';
        var cell = el('div', { 'class': 'tl-day' + (p.items.length ? ' has-events' : ''),
          title: p.items.length + ' events · ' + p.sources + ' sources' }, [
          el('div', { 'class': 'tl-n', text: p.items.length ? String(p.items.length) : '' }), bar,
          el('div', { 'class': 'tl-label', text: dayLabel(p.day) })]);
        if (p.items.length) {
          cell.addEventListener('click', function () { p.items[0].node.scrollIntoView({ block: 'start' }); });
        }
        return cell;
      }));
      view.appendChild(strip);
    }
    view.appendChild(listNode);
  }

  // ---- people and quotes ------------------------------------------------------------------------------------

  var entitiesById = null;
  function entityById(id) {
    if (!entitiesById) {
      entitiesById = {};
      list('entities').forEach(function (e) { entitiesById[e.id] = e; });
    }
    return entitiesById[id];
  }

  function speakerGroups() {
    var groups = {}, order = [];
    list('quotes').forEach(function (q) {
      var ent = q.speaker_entity ? entityById(q.speaker_entity) : null;
      var key = ent ? 'entity:' + ent.id : 'text:' + (q.speaker || '');
      if (!groups[key]) {
        groups[key] = { name: ent ? ent.name : (q.speaker || '(speaker unknown)'), type: ent ? ent.type : '',
          quotes: [], as: {} };
        order.push(key);
      }
      groups[key].quotes.push(q);
      if (q.speaker) { groups[key].as[q.speaker] = true; }
    });
    return order.map(function (k) { return groups[k]; })
      .sort(function (x, y) { return y.quotes.length - x.quotes.length; });
  }

  function viewPeople(view) {
    setNav('people');
    var groups = speakerGroups();
    view.appendChild(el('h1', null, ['People and quotes', countLabel(list('quotes').length)]));
    view.appendChild(el('p', { 'class': 'muted', text: groups.length + ' speakers, most quoted first' }));
    groups.forEach(function (g) {
      var as = Object.keys(g.as).filter(function (s) { return s !== g.name; });
      view.appendChild(el('section', { 'class': 'speaker' }, [
        el('h2', null, [g.name, g.type ? badge(g.type.toLowerCase(), 'type') : '', countLabel(g.quotes.length)]),
        as.length ? el('div', { 'class': 'muted', text: 'named in the text as: ' + as.join(', ') }) : '',
        el('ul', { 'class': 'quotes' }, g.quotes.slice().sort(function (x, y) { return compareTime(x.article, y.article); })
          .map(function (q) {
            return el('li', null, [sourceChip(q.article), ' ', articleLink(q.article, q.start, q.end, null,
              '“' + clip(q.text || spanLabel(q), 400) + '”')]);
          }))]));
    });
    var people = list('entities').filter(function (e) { return e.type === 'PERSON'; });
    if (people.length) {
      view.appendChild(el('h2', null, ['People mentioned', countLabel(people.length)]));
      view.appendChild(el('ul', { 'class': 'people' }, people.map(function (p) {
        var m = (p.mentions || [])[0];
        return el('li', null, [m ? articleLink(m.article, m.start, m.end, null, p.name) : p.name,
          el('span', { 'class': 'count', text: (p.mentions || []).length + ' mentions' })]);
      })));
    }
  }

  // ---- framing ----------------------------------------------------------------------------------------------

  // Per story: a row per source, a column per actor group, each cell the source's words for that group (most used
  // first, bold when the source favours the word beyond chance), then the words that set the source apart.
  function viewFraming(view) {
    setNav('framing');
    var terms = list('framing');
    view.appendChild(el('h1', null, ['Framing', countLabel(terms.length)]));
    view.appendChild(el('p', { 'class': 'muted', text: 'The words each source uses for the actors, compared with the'
      + ' other sources of the same story (weighted log-odds z; bold: above 1.96, favoured beyond chance).'
      + ' Each word links to where the source uses it.' }));
    var stories = {};
    terms.forEach(function (t) { (stories[t.story] = stories[t.story] || []).push(t); });
    var storyIds = Object.keys(stories).sort();
    storyIds.forEach(function (story) {
      var ts = stories[story];
      var groups = [];
      var sources = [];
      ts.forEach(function (t) {
        if (t.kind === 'label' && groups.indexOf(t.group) < 0) { groups.push(t.group); }
        if (sources.indexOf(t.source) < 0) { sources.push(t.source); }
      });
      groups.sort();
      sources.sort();
      if (storyIds.length > 1) { view.appendChild(el('h2', { text: story })); }
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
      view.appendChild(el('table', { 'class': 'framing' }, [el('thead', null, [head]), el('tbody', null, rows)]));
    });
  }

  function framingWords(terms) {
    var out = [];
    terms.forEach(function (t, i) {
      var ev = (t.evidence || [])[0];
      var label = t.term + ' ×' + t.count;
      var node = ev ? articleLink(ev.article, ev.start, ev.end, null, label) : el('span', { text: label });
      node.setAttribute('title', 'z = ' + t.z + '; other sources ×' + t.others);
      if (t.z >= 1.96) { node.classList.add('favoured'); }
      if (i > 0) { out.push(' '); }
      out.push(node);
    });
    return out;
  }

  // ---- overview ---------------------------------------------------------------------------------------------

  function viewOverview(view) {
    setNav('overview');
    var o = overview;
    remember(o.articles);
    rememberClaims(o.claims);
    view.appendChild(el('h1', { text: o.article_count + ' articles' }));
    view.appendChild(el('p', { 'class': 'muted', text: o.sources_count + ' sources'
      + (o.first_published ? ' · published ' + dateLabel(o.first_published, o.first_inferred)
        + (o.last_published !== o.first_published ? ' to ' + dateLabel(o.last_published, o.last_inferred) : '') : '') }));
    var c = o.counts || {};
    var counts = [
      ['#/claims', c.conflicts, 'conflicts'],
      ['#/claims', c.agreements, 'agreements'],
      ['#/claims', c.single_source, 'single-source claims'],
      ['#/talking-points', c.talking_points, 'talking points'],
      ['#/reuse', c.reuse, 'reuse links'],
      ['#/timeline', c.timeline, 'timeline events'],
      ['#/people', c.quotes, 'quotes'],
      ['#/section/entities', c.entities, 'entities'],
      ['#/residue', c.residue, 'residue removed']];
    view.appendChild(el('div', { 'class': 'stats' }, counts.map(function (x) {
      return el('a', { href: x[0], 'class': 'stat' + (x[1] ? '' : ' empty') }, [el('strong', { text: String(x[1] || 0) }),
        el('span', { text: x[2] })]);
    })));
    var sources = o.sources || [];
    view.appendChild(el('h2', null, ['Sources', countLabel(o.sources_count)]));
    view.appendChild(el('table', { 'class': 'sources-table' }, [el('thead', null, [el('tr', null, ['Source', 'Articles',
      'Published', 'Languages'].map(function (h) { return el('th', { text: h }); }))]),
      el('tbody', null, sources.map(function (x) {
        var chips = x.ids.map(function (id) { return sourceChip(id); });
        if (x.articles > x.ids.length) { chips.push(el('span', { 'class': 'count', text: '+' + (x.articles - x.ids.length) })); }
        return el('tr', null, [el('td', null, chips),
          el('td', { text: String(x.articles) }),
          el('td', { text: x.first ? dateLabel(x.first, x.first_inferred)
            + (x.last !== x.first ? ' – ' + dateLabel(x.last, x.last_inferred) : '') : 'unknown' }),
          el('td', { text: x.languages || '' })]);
      }))]));
    if (sources.length < o.sources_count) {
      view.appendChild(el('p', { 'class': 'muted', text: 'the first ' + sources.length + ' sources by publication' }));
    }
    var conflicts = o.conflicts || [];
    if (conflicts.length) {
      view.appendChild(el('h2', { 'class': 'conflicts-head' }, ['Conflicts', countLabel(c.conflicts)]));
      conflicts.forEach(function (x) { view.appendChild(renderComparison(x)); });
      if (c.conflicts > conflicts.length) { view.appendChild(el('a', { href: '#/claims', text: 'all ' + c.conflicts + ' →' })); }
    }
    var tps = o.talking_points || [];
    if (tps.length) {
      view.appendChild(el('h2', null, ['Top talking points', countLabel(c.talking_points)]));
      tps.forEach(function (tp) { view.appendChild(renderTalkingPointBrief(tp)); });
      if (c.talking_points > tps.length) { view.appendChild(el('a', { href: '#/talking-points', text: 'all ' + c.talking_points + ' →' })); }
    }
    var agreements = o.agreements || [];
    if (agreements.length) {
      view.appendChild(el('h2', null, ['Agreements', countLabel(c.agreements_shown_of)]));
      agreements.forEach(function (x) { view.appendChild(renderComparison(x)); });
      if (c.agreements_shown_of > agreements.length) { view.appendChild(el('a', { href: '#/claims', text: 'all ' + c.agreements_shown_of + ' →' })); }
    }
    view.appendChild(el('h2', null, ['Articles', countLabel(o.article_count)]));
    var articles = el('div', { id: 'overview-articles' });
    view.appendChild(articles);
    var removals = o.removals || [];
    view.appendChild(el('h2', null, ['Crawl residue removed', countLabel(c.residue)]));
    removals.forEach(function (f) { view.appendChild(renderRemoval(f)); });
    if (c.residue > removals.length) { view.appendChild(el('a', { href: '#/residue', text: 'all ' + c.residue + ' →' })); }
    var skipped = o.skipped_inputs || [];
    if (skipped.length) {
      view.appendChild(el('h2', null, ['Skipped inputs', countLabel(skipped.length)]));
      skipped.forEach(function (x) {
        view.appendChild(el('div', { 'class': 'finding' }, [el('code', { text: x.input }), ' ', el('span', { 'class': 'muted', text: x.reason })]));
      });
    }
    return source.articles(0, 20).then(function (page) {
      articles.appendChild(articlesTable(page.items));
      if (page.total > page.items.length) { articles.appendChild(el('a', { href: '#/articles', text: 'all ' + page.total + ' →' })); }
    });
  }

  // The article list, a page at a time.
  function viewArticles(view) {
    setNav('articles');
    view.appendChild(el('h1', null, ['Articles', countLabel(overview.article_count)]));
    var box = el('div', { id: 'article-pages' });
    view.appendChild(box);
    var button = el('button', { type: 'button', 'class': 'more', text: 'more' });
    var shown = 0;
    function next() {
      button.disabled = true;
      return source.articles(shown, ARTICLES_PAGE).then(function (page) {
        page.items.forEach(function (a) { remember(Object.fromEntries([[a.id, a]])); });
        box.appendChild(articlesTable(page.items));
        shown += page.items.length;
        button.disabled = false;
        button.hidden = shown >= page.total || !page.items.length;
        box.setAttribute('data-shown', String(shown));
      });
    }
    button.addEventListener('click', next);
    view.appendChild(button);
    return next();
  }

  function viewSection(view, name) {
    setNav(name);
    var title = SECTIONS.filter(function (s) { return s[0] === name; }).map(function (s) { return s[1]; })[0] || name;
    var items = list(name);
    view.appendChild(el('h1', null, [title, countLabel(loaded[name].total)]));
    items.forEach(function (item) { view.appendChild(renderFinding(item)); });
  }

  function viewResidue(view) {
    setNav('residue');
    var removals = list('residue');
    view.appendChild(el('h1', null, ['Crawl residue removed', countLabel(loaded.residue.total)]));
    removals.forEach(function (f) { view.appendChild(renderRemoval(f)); });
  }

  // ---- article ----------------------------------------------------------------------------------------------

  // Clean-text range → ranges of the original text, through the offset map.
  function toOriginal(a, s, e) {
    var out = [];
    (a.offset_map || []).forEach(function (seg) {
      var c = seg[0], o = seg[1], n = seg[2];
      var from = Math.max(s, c), to = Math.min(e, c + n);
      if (from < to) { out.push([o + from - c, o + to - c]); }
    });
    return out;
  }

  // Entity, quote and claim spans of one article, in original-text coordinates, innermost layer first.
  var LAYERS = [['ent', 'Entities'], ['claim', 'Claims'], ['quote', 'Quotes']];
  function annotationLayers(a) {
    var out = [];
    function add(layer, span, cls, title) {
      if (typeof span.start !== 'number' || typeof span.end !== 'number') { return; }
      toOriginal(a, span.start, span.end).forEach(function (r) {
        out.push({ from: r[0], to: r[1], layer: layer, cls: cls, title: title });
      });
    }
    var ann = a.annotations || {};
    (ann.entities || []).forEach(function (m) {
      add('ent', m, 'ent ent-' + token(m.type), String(m.name) + ' (' + String(m.type).toLowerCase() + ')');
    });
    (ann.claims || []).forEach(function (c) { add('claim', c, 'claim', 'claim: ' + claimDetails(c)); });
    (ann.quotes || []).forEach(function (q) { add('quote', q, 'quote', 'quote: ' + (q.speaker || 'speaker unknown')); });
    return out;
  }

  // The original text with removed residue struck through (with its reason), annotations and the evidence marked.
  function renderText(a, highlights, layers) {
    var text = a.original_text || a.text || '';
    var cuts = {};
    cuts[0] = true; cuts[text.length] = true;
    var removed = a.removed || [];
    removed.forEach(function (r) { cuts[r.start] = true; cuts[r.end] = true; });
    highlights.forEach(function (h) { cuts[h[0]] = true; cuts[h[1]] = true; });
    layers.forEach(function (l) { cuts[l.from] = true; cuts[l.to] = true; });
    var points = Object.keys(cuts).map(Number).filter(function (x) { return x >= 0 && x <= text.length; })
      .sort(function (x, y) { return x - y; });
    var container = el('div', { 'class': 'article-text' });
    var firstMark = null;
    for (var i = 0; i + 1 < points.length; i++) {
      var from = points[i], to = points[i + 1];
      var node = document.createTextNode(text.substring(from, to));
      LAYERS.forEach(function (layer) {
        layers.forEach(function (l) {
          if (l.layer === layer[0] && l.from <= from && to <= l.to) {
            node = el('span', { 'class': l.cls, title: l.title }, [node]);
          }
        });
      });
      var removal = removed.filter(function (r) { return r.start <= from && to <= r.end; })[0];
      var lit = highlights.some(function (h) { return h[0] <= from && to <= h[1]; });
      if (lit) { node = el('mark', { 'class': 'hl' }, [node]); if (!firstMark) { firstMark = node; } }
      if (removal) {
        var del = el('del', { title: removal.reason }, [node]);
        node = document.createDocumentFragment();
        if (from === removal.start) { node.appendChild(el('span', { 'class': 'reason', text: removal.reason })); }
        node.appendChild(del);
      }
      container.appendChild(node);
    }
    return { node: container, firstMark: firstMark };
  }

  function layerToggles(container, layers) {
    var present = {};
    layers.forEach(function (l) { present[l.layer] = (present[l.layer] || 0) + 1; });
    var box = el('div', { 'class': 'toggle layers' }, ['Show: ']);
    LAYERS.forEach(function (layer) {
      var input = el('input', { type: 'checkbox', 'data-layer': layer[0] });
      input.checked = true;
      input.addEventListener('change', function () { container.classList.toggle('hide-' + layer[0], !input.checked); });
      box.appendChild(el('label', null, [input, el('span', { 'class': 'swatch ' + layer[0], text: layer[1] }),
        countLabel(present[layer[0]] || 0)]));
    });
    box.appendChild(el('span', { 'class': 'swatch-note muted', text: ' · removed residue is struck through' }));
    return box;
  }

  function viewArticle(view, id, params) {
    setNav('articles');
    return source.article(id).then(function (a) {
      if (!a) { view.appendChild(el('p', { text: 'No article ' + id })); return; }
      articlesById[a.id] = a;
      drawArticle(view, a, params);
    });
  }

  function drawArticle(view, a, params) {
    view.appendChild(el('h1', { text: a.title || a.id }));
    var meta = el('div', { 'class': 'meta' }, [
      el('span', { text: a.id }), el('span', { text: a.source || 'source unknown' }),
      el('span', { text: a.published ? 'published ' + dateLabel(a.published, a.published_inferred) : 'undated',
        title: a.published_source || 'no publication date given, none in its own text' }),
      el('span', { text: a.language || '' })]);
    var url = safeHttpUrl(a.url);
    if (url) {
      meta.appendChild(el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', text: clip(url, 80) }));
    } else if (a.url) {
      meta.appendChild(el('span', { 'class': 'muted', text: 'url: ' + clip(a.url, 80) }));
    }
    view.appendChild(meta);
    var s = parseInt(params.get('s'), 10), e = parseInt(params.get('e'), 10);
    var highlights = [];
    if (!isNaN(s) && !isNaN(e) && e > s) {
      highlights = params.get('in') === 'original' ? [[s, e]] : toOriginal(a, s, e);
    }
    var layers = annotationLayers(a);
    var rendered = renderText(a, highlights, layers);
    view.appendChild(layerToggles(rendered.node, layers));
    view.appendChild(rendered.node);
    if (rendered.firstMark) { rendered.firstMark.scrollIntoView({ block: 'center' }); }
  }


  function serverSearch(query, mode) {
    return fetch('api/search?q=' + encodeURIComponent(query) + (mode === 'meaning' ? '&mode=meaning' : ''))
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          if (!r.ok) { throw new Error(body && typeof body.error === 'string' ? body.error : 'HTTP ' + r.status); }
          return body;
        });
      });
  }

  function viewSearch(view, params) {
    setNav('search');
    var query = params.get('q') || '';
    var mode = source.semantic && params.get('mode') === 'meaning' ? 'meaning' : 'words';
    var input = el('input', { type: 'search', name: 'q', id: 'search-q', placeholder: 'words, "a phrase", peace*' });
    input.value = query;
    var select = el('select', { name: 'mode', id: 'search-mode', title: 'words: full text; meaning: nearest sentences by embedding' }, [
      el('option', { value: 'words', text: 'by words' }), el('option', { value: 'meaning', text: 'by meaning' })]);
    select.value = mode;
    select.hidden = true;
    var form = el('form', { 'class': 'search' }, [input, select, el('button', { type: 'submit', text: 'Search' })]);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      location.hash = '#/search?q=' + encodeURIComponent(input.value) + (select.value === 'meaning' ? '&mode=meaning' : '');
    });
    view.appendChild(el('h1', { text: 'Search' }));
    view.appendChild(form);
    if (source.semantic) {
      // Search by meaning needs the server's sentence encoder; the report searches words only.
      fetch('api/info').then(function (r) { return r.ok ? r.json() : {}; }).then(function (info) {
        if (info && info.semantic === true) { select.hidden = false; }
      }).catch(function () { /* words only */ });
    }
    var results = el('div', { id: 'search-results' });
    view.appendChild(results);
    if (!query.trim()) { return; }
    if (mode === 'meaning') { results.appendChild(el('p', { 'class': 'muted', text: 'Searching by meaning…' })); }
    source.search(query, mode).then(function (hits) {
      results.textContent = '';
      results.appendChild(el('p', { 'class': 'muted', text: hits.length + ' sentences'
        + (mode === 'meaning' ? ', nearest in meaning first' : '') }));
      hits.forEach(function (h) {
        results.appendChild(el('div', { 'class': 'finding' }, [
          articleLink(h.article, h.start, h.end, null, clip(h.text, 220)),
          el('span', { 'class': 'count', text: sourceOf(h.article)
            + (mode === 'meaning' && typeof h.score === 'number' ? ' · similarity ' + h.score.toFixed(2) : '') })]));
      });
      document.body.setAttribute('data-search-done', query);
    }).catch(function (err) {
      results.textContent = 'Search failed: ' + err.message;
      document.body.setAttribute('data-search-done', query);
    });
  }

  // Which finding sections each view draws from.
  var VIEW_SECTIONS = { '#/talking-points': ['talking_points'], '#/reuse': ['reuse'], '#/claims': ['claims', 'comparisons'],
    '#/timeline': ['timeline'], '#/people': ['quotes', 'entities'], '#/residue': ['residue'],
    '#/framing': ['framing'] };
  var VIEW_DRAW = { '#/talking-points': viewTalkingPoints, '#/reuse': viewReuse, '#/claims': viewClaims,
    '#/timeline': viewTimeline, '#/people': viewPeople, '#/residue': viewResidue, '#/framing': viewFraming };

  function withSections(view, names, draw) {
    return need(names).then(function () {
      draw();
      var more = moreControl(names);
      if (more) { view.appendChild(more); }
    });
  }

  function route() {
    var host = document.getElementById('view');
    dropGraph();
    host.textContent = '';
    // Each route draws into its own box: a slower earlier route that finishes late writes into a detached one.
    var view = el('div', { 'class': 'route' });
    host.appendChild(view);
    var hash = location.hash || '#/';
    var q = hash.indexOf('?');
    var path = q < 0 ? hash : hash.slice(0, q);
    var params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    var m, done;
    if ((m = /^#\/article\/(.+)$/.exec(path))) {
      var id = null;
      try { id = decodeURIComponent(m[1]); } catch (e) { /* a malformed escape names no article */ }
      done = id === null ? view.appendChild(el('p', { text: 'No such article' })) && null : viewArticle(view, id, params);
    } else if ((m = /^#\/section\/([a-z_]+)$/.exec(path)) && SECTIONS.some(function (s) { return s[0] === m[1]; })) {
      done = withSections(view, [m[1]], function () { viewSection(view, m[1]); });
    } else if (path === '#/search') {
      done = viewSearch(view, params);
    } else if (path === '#/reuse') {
      done = (overview.article_count <= GRAPH_ALL ? source.articles(0, GRAPH_ALL) : Promise.resolve({ items: [] }))
        .then(function (page) {
          unlinked = page.items.map(function (a) { remember(Object.fromEntries([[a.id, a]])); return a.id; });
          return withSections(view, ['reuse'], function () { viewReuse(view); });
        });
    } else if (VIEW_DRAW[path]) {
      done = withSections(view, VIEW_SECTIONS[path], function () { VIEW_DRAW[path](view); });
    } else if (path === '#/articles') {
      done = viewArticles(view);
    } else {
      done = viewOverview(view);
    }
    Promise.resolve(done).catch(function (err) {
      view.appendChild(el('p', { 'class': 'error', text: 'Could not load: ' + err.message }));
    }).then(function () {
      if (host.firstChild === view) { document.body.setAttribute('data-view-ready', path); }
    });
  }

  function getJson(url) {
    return fetch(url).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (r.status === 404) { return null; }
        if (!r.ok) { throw new Error(body && typeof body.error === 'string' ? body.error : 'HTTP ' + r.status); }
        return body;
      });
    });
  }

  // The server's paged API: nothing asks for more than one page or one article at a time.
  function serverSource() {
    return {
      semantic: true,
      overview: function () { return getJson('api/overview'); },
      articles: function (offset, limit) { return getJson('api/articles?offset=' + offset + '&limit=' + limit); },
      article: function (id) { return getJson('api/article?id=' + encodeURIComponent(id)); },
      findings: function (name, offset, limit) {
        return getJson('api/findings/' + encodeURIComponent(name) + '?offset=' + offset + '&limit=' + limit);
      },
      search: serverSearch
    };
  }

  // The report's inlined export, answered in the server's shapes so every view draws through the same code.
  function inlineSource(data) {
    var articles = Array.isArray(data.articles) ? data.articles : [];
    articles.forEach(function (a) { articlesById[a.id] = a; });
    var residue = [];
    articles.forEach(function (a) {
      (a.removed || []).forEach(function (r) { residue.push({ article: a.id, removal: r }); });
    });
    var sections = { residue: residue };
    SECTIONS.forEach(function (s) { sections[s[0]] = Array.isArray(data[s[0]]) ? data[s[0]] : []; });
    Object.keys(sections).forEach(function (n) { loaded[n] = { items: sections[n], total: sections[n].length }; });
    rememberClaims(sections.claims);
    var byTime = articles.map(function (a) { return a.id; }).sort(compareTime).map(function (id) { return articlesById[id]; });

    function overviewOf() {
      var sources = {}, order = [];
      byTime.forEach(function (a) {
        var name = a.source || a.id;
        if (!sources[name]) { sources[name] = { source: name, articles: 0, ids: [], langs: {} }; order.push(name); }
        var x = sources[name];
        x.articles++;
        x.ids.push(a.id);
        if (a.published) {
          if (!x.first) { x.first = a.published; x.first_inferred = !!a.published_inferred; }
          x.last = a.published; x.last_inferred = !!a.published_inferred;
        }
        if (a.language) { x.langs[a.language] = true; }
      });
      var dated = byTime.filter(function (a) { return a.published; });
      var comparisons = sections.comparisons;
      var counts = {};
      Object.keys(sections).forEach(function (n) { counts[n] = sections[n].length; });
      counts.conflicts = comparisons.filter(function (c) { return c.verdict === 'conflict'; }).length;
      counts.agreements = comparisons.filter(function (c) { return c.verdict === 'agree'; }).length;
      counts.agreements_shown_of = comparisons.length - counts.conflicts;
      counts.single_source = sections.claims.length
        ? claimGroups().filter(function (g) { return g.status === 'single-source'; }).length : 0;
      return {
        article_count: articles.length, sources_count: order.length,
        first_published: dated.length ? dated[0].published : null,
        first_inferred: dated.length ? !!dated[0].published_inferred : false,
        last_published: dated.length ? dated[dated.length - 1].published : null,
        last_inferred: dated.length ? !!dated[dated.length - 1].published_inferred : false,
        sources: order.map(function (n) {
          var x = sources[n];
          x.languages = Object.keys(x.langs).join(', ');
          return x;
        }),
        counts: counts,
        conflicts: comparisons.filter(function (c) { return c.verdict === 'conflict'; }),
        agreements: comparisons.filter(function (c) { return c.verdict !== 'conflict'; }).slice(0, 5),
        talking_points: sections.talking_points.slice(0, 5),
        removals: residue.slice(0, 8),
        skipped_inputs: Array.isArray(data.skipped_inputs) ? data.skipped_inputs : []
      };
    }

    // The article's annotations as the server sends them: entity mentions, claims and quotes inside it.
    function annotationsOf(a) {
      var ents = [];
      sections.entities.forEach(function (e) {
        (e.mentions || []).forEach(function (m) {
          if (m.article === a.id) { ents.push({ start: m.start, end: m.end, name: e.name, type: e.type }); }
        });
      });
      return {
        entities: ents,
        claims: sections.claims.filter(function (c) { return c.article === a.id; }),
        quotes: sections.quotes.filter(function (q) { return q.article === a.id; })
      };
    }

    // Offline search: sentences containing every word of the query.
    function search(query) {
      var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w; });
      var hits = [];
      articles.forEach(function (a) {
        (a.sentences || []).forEach(function (s) {
          var t = a.text.substring(s.start, s.end);
          var lower = t.toLowerCase();
          if (words.length && words.every(function (w) { return lower.indexOf(w) >= 0; })) {
            hits.push({ article: a.id, start: s.start, end: s.end, text: t });
          }
        });
      });
      return Promise.resolve(hits.slice(0, 50));
    }

    return {
      semantic: false,
      overview: function () { return Promise.resolve(overviewOf()); },
      articles: function (offset, limit) {
        return Promise.resolve({ total: byTime.length, offset: offset, items: byTime.slice(offset, offset + limit) });
      },
      article: function (id) {
        var a = articlesById[id];
        if (a && !a.annotations) { a.annotations = annotationsOf(a); }
        return Promise.resolve(a || null);
      },
      findings: function (name, offset, limit) {
        var items = sections[name] || [];
        return Promise.resolve({ total: items.length, offset: offset, items: items.slice(offset, offset + limit) });
      },
      search: search
    };
  }

  var inline = document.getElementById('chorus-data');
  source = inline ? inlineSource(JSON.parse(inline.textContent)) : serverSource();
  source.overview().then(function (o) {
    overview = o;
    window.addEventListener('hashchange', route);
    route();
  }).catch(function (err) {
    var view = document.getElementById('view');
    view.textContent = 'Could not load the workspace: ' + err.message;
  });
})();

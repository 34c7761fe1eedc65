// Chorus UI: renders the JSON export (served at /api/data, or inlined in a report) as pages.
// Article text, titles and URLs are hostile: everything is written through text nodes (never innerHTML),
// links are made only for http(s) URLs, and no handler is put in markup.
(function () {
  'use strict';

  var data = null;
  var articlesById = {};

  // Sections of the export shown as finding lists, in the order analysts read them.
  var SECTIONS = [
    ['comparisons', 'Conflicts and agreements'], ['talking_points', 'Talking points'], ['claims', 'Claims'],
    ['reuse', 'Reuse'], ['timeline', 'Timeline'], ['quotes', 'Quotes'], ['entities', 'Entities'],
    ['time_expressions', 'Dates'], ['framing', 'Framing']
  ];

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

  function spanLabel(span) {
    var a = articlesById[span.article];
    if (!a) { return span.article + ' ' + span.start + '–' + span.end; }
    var text = span.where === 'original' ? a.original_text : a.text;
    return clip(text.substring(span.start, span.end), 160);
  }

  // Every evidence span inside a finding: objects with article/start/end, and reuse passages.
  function spansOf(item) {
    var found = [];
    (function walk(v) {
      if (Array.isArray(v)) { v.forEach(walk); return; }
      if (!v || typeof v !== 'object') { return; }
      if (typeof v.article === 'string' && typeof v.start === 'number' && typeof v.end === 'number') {
        found.push({ article: v.article, start: v.start, end: v.end });
      }
      Object.keys(v).forEach(function (k) { if (v[k] && typeof v[k] === 'object') { walk(v[k]); } });
    })(item);
    if (Array.isArray(item.passages) && typeof item.a === 'string' && typeof item.b === 'string') {
      item.passages.forEach(function (p) {
        found.push({ article: item.a, start: p.a_start, end: p.a_end });
        found.push({ article: item.b, start: p.b_start, end: p.b_end });
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

  function removalFindings() {
    var out = [];
    data.articles.forEach(function (a) {
      (a.removed || []).forEach(function (r) { out.push({ article: a.id, removal: r }); });
    });
    return out;
  }

  function renderRemoval(f) {
    var r = f.removal;
    return el('div', { 'class': 'finding' }, [
      el('span', { 'class': 'reason', text: r.reason }),
      articleLink(f.article, r.start, r.end, 'original', clip(r.text, 140)),
      el('span', { 'class': 'count', text: f.article })]);
  }

  function setNav(active) {
    var nav = document.getElementById('nav');
    nav.textContent = '';
    var links = [['#/', 'Overview', 'overview'], ['#/articles', 'Articles', 'articles']];
    SECTIONS.forEach(function (s) {
      if ((data[s[0]] || []).length) { links.push(['#/section/' + s[0], s[1], s[0]]); }
    });
    links.push(['#/residue', 'Residue', 'residue']);
    links.push(['#/search', 'Search', 'search']);
    links.forEach(function (l) {
      nav.appendChild(el('a', { href: l[0], 'class': l[2] === active ? 'active' : '', text: l[1] }));
    });
  }

  function articlesTable() {
    var rows = data.articles.map(function (a) {
      return el('tr', null, [
        el('td', null, [el('a', { href: '#/article/' + encodeURIComponent(a.id), text: a.id })]),
        el('td', { text: a.source || '' }),
        el('td', { text: clip(a.title || '(no title)', 90) }),
        el('td', { text: a.language || '?' }),
        el('td', { text: (a.published || '') + (a.published_inferred ? ' (inferred)' : '') }),
        el('td', { text: String((a.removed || []).length) }),
        el('td', { text: a.duplicate_of || '' })]);
    });
    return el('table', null, [el('thead', null, [el('tr', null, ['Article', 'Source', 'Title', 'Lang', 'Published',
      'Removed', 'Duplicate of'].map(function (h) { return el('th', { text: h }); }))]), el('tbody', null, rows)]);
  }

  function viewOverview(view) {
    setNav('overview');
    view.appendChild(el('h1', { text: data.articles.length + ' articles' }));
    var sources = {};
    data.articles.forEach(function (a) { var s = a.source || a.id; sources[s] = (sources[s] || 0) + 1; });
    view.appendChild(el('p', { 'class': 'muted', text: Object.keys(sources).length + ' sources' }));
    SECTIONS.forEach(function (s) {
      var items = data[s[0]] || [];
      if (!items.length) { return; }
      view.appendChild(el('h2', null, [s[1], el('span', { 'class': 'count', text: String(items.length) })]));
      items.slice(0, 5).forEach(function (item) { view.appendChild(renderFinding(item)); });
      if (items.length > 5) {
        view.appendChild(el('a', { href: '#/section/' + s[0], text: 'all ' + items.length + ' →' }));
      }
    });
    view.appendChild(el('h2', { text: 'Articles' }));
    view.appendChild(articlesTable());
    var removals = removalFindings();
    view.appendChild(el('h2', null, ['Crawl residue removed', el('span', { 'class': 'count', text: String(removals.length) })]));
    removals.slice(0, 8).forEach(function (f) { view.appendChild(renderRemoval(f)); });
    if (removals.length > 8) { view.appendChild(el('a', { href: '#/residue', text: 'all ' + removals.length + ' →' })); }
    var skipped = data.skipped_inputs || [];
    if (skipped.length) {
      view.appendChild(el('h2', null, ['Skipped inputs', el('span', { 'class': 'count', text: String(skipped.length) })]));
      skipped.forEach(function (s) {
        view.appendChild(el('div', { 'class': 'finding' }, [el('code', { text: s.input }), ' ', el('span', { 'class': 'muted', text: s.reason })]));
      });
    }
  }

  function viewSection(view, name) {
    setNav(name);
    var title = SECTIONS.filter(function (s) { return s[0] === name; }).map(function (s) { return s[1]; })[0] || name;
    var items = data[name] || [];
    view.appendChild(el('h1', null, [title, el('span', { 'class': 'count', text: String(items.length) })]));
    items.forEach(function (item) { view.appendChild(renderFinding(item)); });
  }

  function viewResidue(view) {
    setNav('residue');
    var removals = removalFindings();
    view.appendChild(el('h1', null, ['Crawl residue removed', el('span', { 'class': 'count', text: String(removals.length) })]));
    removals.forEach(function (f) { view.appendChild(renderRemoval(f)); });
  }

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

  // The original text with removed residue struck through (with its reason) and the evidence highlighted.
  function renderText(a, highlights) {
    var text = a.original_text || a.text || '';
    var cuts = {};
    cuts[0] = true; cuts[text.length] = true;
    var removed = a.removed || [];
    removed.forEach(function (r) { cuts[r.start] = true; cuts[r.end] = true; });
    highlights.forEach(function (h) { cuts[h[0]] = true; cuts[h[1]] = true; });
    var points = Object.keys(cuts).map(Number).filter(function (x) { return x >= 0 && x <= text.length; })
      .sort(function (x, y) { return x - y; });
    var container = el('div', { 'class': 'article-text' });
    var firstMark = null;
    for (var i = 0; i + 1 < points.length; i++) {
      var from = points[i], to = points[i + 1];
      var piece = document.createTextNode(text.substring(from, to));
      var removal = removed.filter(function (r) { return r.start <= from && to <= r.end; })[0];
      var lit = highlights.some(function (h) { return h[0] <= from && to <= h[1]; });
      var node = piece;
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

  function viewArticle(view, id, params) {
    setNav('articles');
    var a = articlesById[id];
    if (!a) { view.appendChild(el('p', { text: 'No article ' + id })); return; }
    view.appendChild(el('h1', { text: a.title || a.id }));
    var meta = el('div', { 'class': 'meta' }, [
      el('span', { text: a.id }), el('span', { text: a.source || 'source unknown' }),
      el('span', { text: a.published ? 'published ' + a.published + (a.published_inferred ? ' (inferred)' : '') : 'date unknown' }),
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
    var rendered = renderText(a, highlights);
    view.appendChild(rendered.node);
    if (rendered.firstMark) { rendered.firstMark.scrollIntoView({ block: 'center' }); }
  }

  // Offline search for the report: sentences containing every word of the query.
  function localSearch(query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w; });
    var hits = [];
    data.articles.forEach(function (a) {
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

  function serverSearch(query) {
    return fetch('api/search?q=' + encodeURIComponent(query)).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    });
  }

  function viewSearch(view, params) {
    setNav('search');
    var query = params.get('q') || '';
    var input = el('input', { type: 'search', name: 'q', id: 'search-q', placeholder: 'words, "a phrase", peace*' });
    input.value = query;
    var form = el('form', { 'class': 'search' }, [input, el('button', { type: 'submit', text: 'Search' })]);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      location.hash = '#/search?q=' + encodeURIComponent(input.value);
    });
    view.appendChild(el('h1', { text: 'Search' }));
    view.appendChild(form);
    var results = el('div', { id: 'search-results' });
    view.appendChild(results);
    if (!query.trim()) { return; }
    var inline = document.getElementById('chorus-data');
    (inline ? localSearch(query) : serverSearch(query)).then(function (hits) {
      results.appendChild(el('p', { 'class': 'muted', text: hits.length + ' sentences' }));
      hits.forEach(function (h) {
        results.appendChild(el('div', { 'class': 'finding' }, [
          articleLink(h.article, h.start, h.end, null, clip(h.text, 220)),
          el('span', { 'class': 'count', text: h.article })]));
      });
      document.body.setAttribute('data-search-done', query);
    }).catch(function (err) { results.textContent = 'Search failed: ' + err.message; });
  }

  function route() {
    var view = document.getElementById('view');
    view.textContent = '';
    var hash = location.hash || '#/';
    var q = hash.indexOf('?');
    var path = q < 0 ? hash : hash.slice(0, q);
    var params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    var m;
    if ((m = /^#\/article\/(.+)$/.exec(path))) {
      viewArticle(view, decodeURIComponent(m[1]), params);
    } else if ((m = /^#\/section\/([a-z_]+)$/.exec(path))) {
      viewSection(view, m[1]);
    } else if (path === '#/search') {
      viewSearch(view, params);
    } else if (path === '#/residue') {
      viewResidue(view);
    } else if (path === '#/articles') {
      setNav('articles');
      view.appendChild(el('h1', { text: 'Articles' }));
      view.appendChild(articlesTable());
    } else {
      viewOverview(view);
    }
    document.body.setAttribute('data-view-ready', path);
  }

  function start(json) {
    data = json;
    data.articles.forEach(function (a) { articlesById[a.id] = a; });
    window.addEventListener('hashchange', route);
    route();
  }

  var inline = document.getElementById('chorus-data');
  if (inline) {
    start(JSON.parse(inline.textContent));
  } else {
    fetch('api/data').then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(start).catch(function (err) {
      var view = document.getElementById('view');
      view.textContent = 'Could not load the workspace: ' + err.message;
    });
  }
})();

// The article reader: the original text with the removed residue struck through (with its reason), entities,
// claims and quotes marked in layers that can be switched off, and the evidence highlighted and scrolled to.
(function () {
  var dom = chorus.dom, el = dom.el, data = chorus.data;

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
      add('ent', m, 'ent ent-' + dom.token(m.type), String(m.name) + ' (' + String(m.type).toLowerCase() + ')');
    });
    (ann.claims || []).forEach(function (c) { add('claim', c, 'claim', 'claim: ' + chorus.claims.claimDetails(c)); });
    (ann.quotes || []).forEach(function (q) { add('quote', q, 'quote', 'quote: ' + (q.speaker || 'speaker unknown')); });
    return out;
  }

  // The original text cut at every boundary of a removal, highlight or annotation; each piece wrapped in its marks.
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
        dom.countLabel(present[layer[0]] || 0)]));
    });
    box.appendChild(el('span', { 'class': 'swatch-note muted', text: ' · removed residue is struck through' }));
    return box;
  }

  function renderMeta(a) {
    var meta = el('div', { 'class': 'meta' }, [
      el('span', { text: a.id }), el('span', { text: a.source || 'source unknown' }),
      el('span', { text: a.published ? 'published ' + dom.dateLabel(a.published, a.published_inferred) : 'undated',
        title: a.published_source || 'no publication date given, none in its own text' }),
      el('span', { text: a.language || '' })]);
    var url = dom.safeHttpUrl(a.url);
    if (url) {
      meta.appendChild(el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', text: dom.clip(url, 80) }));
    } else if (a.url) {
      meta.appendChild(el('span', { 'class': 'muted', text: 'url: ' + dom.clip(a.url, 80) }));
    }
    return meta;
  }

  function drawArticle(view, a, params) {
    view.appendChild(el('h1', { text: a.title || a.id }));
    view.appendChild(renderMeta(a));
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

  chorus.registry.register({ match: /^#\/article\/(.+)$/, key: 'articles',
    draw: function (view, params, m) {
      var id = null;
      try { id = decodeURIComponent(m[1]); } catch (err) { /* a malformed escape names no article */ }
      if (id === null) { view.appendChild(el('p', { text: 'No such article' })); return null; }
      return data.article(id).then(function (a) {
        if (!a) { view.appendChild(el('p', { text: 'No article ' + id })); return; }
        drawArticle(view, a, params);
      });
    } });
})();

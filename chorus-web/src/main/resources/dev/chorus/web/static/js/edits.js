// Edits between copies: for each reuse link, what the copy changed in the text it took (figures, attributions,
// negations, actor labels, hedges, text added or dropped, other wording), the original's words beside the copy's,
// each side linked to its characters. Reached from the reuse graph and table and from talking points.
chorus.edits = (function () {
  var dom = chorus.dom, el = dom.el, clip = dom.clip, data = chorus.data, ev = chorus.evidence;
  // Weightiest first, as the edits stage ranks them.
  var KINDS = ['figure', 'attribution', 'negation', 'label', 'hedge', 'added', 'dropped', 'wording'];
  var HEADINGS = { figure: 'Figures changed', attribution: 'Attributions changed', negation: 'Negations added or removed',
    label: 'Labels replaced', hedge: 'Hedges added or removed', added: 'Text added', dropped: 'Text dropped',
    wording: 'Other wording' };

  function present() { return data.sections().some(function (s) { return s.name === 'edits'; }); }

  // The edits of reuse link `link` (its 1-based place in the reuse array), of those loaded.
  function ofLink(link) {
    return data.list('edits').filter(function (e) { return e.link === link; });
  }

  function linkHash(link) { return '#/edits/' + link; }

  // "3 edits (1 figure)" for a link, or null when it has none loaded.
  function summary(link) {
    var edits = ofLink(link);
    if (!edits.length) { return null; }
    var named = edits.filter(function (e) { return e.kind !== 'wording'; });
    var kinds = {};
    named.forEach(function (e) { kinds[e.kind] = (kinds[e.kind] || 0) + 1; });
    var parts = KINDS.filter(function (k) { return kinds[k]; }).map(function (k) { return kinds[k] + ' ' + k; });
    return edits.length + (edits.length === 1 ? ' edit' : ' edits') + (parts.length ? ' (' + parts.join(', ') + ')' : '');
  }

  function side(article, start, end, text) {
    if (!text) { return el('span', { 'class': 'muted', text: '(nothing)' }); }
    return ev.articleLink(article, start, end, null, clip(text, 200));
  }

  function renderEdit(e, withLink) {
    return el('div', { 'class': 'finding edit' }, [
      el('span', { 'class': 'kind kind-' + dom.token(e.kind), text: e.kind }), ' ',
      el('del', null, [side(e.a, e.a_start, e.a_end, e.a_text)]),
      el('span', { 'class': 'arrow', text: ' → ' }),
      el('ins', null, [side(e.b, e.b_start, e.b_end, e.b_text)]), ' ',
      withLink ? el('a', { href: linkHash(e.link), 'class': 'count', text: ev.sourceOf(e.a) + ' → ' + ev.sourceOf(e.b) })
        : ''
    ]);
  }

  function byKind(view, edits, withLink) {
    KINDS.forEach(function (k) {
      var of = edits.filter(function (e) { return e.kind === k; });
      if (!of.length) { return; }
      view.appendChild(el('h2', null, [HEADINGS[k], dom.countLabel(of.length)]));
      of.forEach(function (e) { view.appendChild(renderEdit(e, withLink)); });
    });
  }

  function drawAll(view) {
    var edits = data.list('edits');
    view.appendChild(el('h1', null, ['Edits between copies', dom.countLabel(data.loadedTotal('edits'))]));
    view.appendChild(el('p', { 'class': 'muted', text: 'What each copy changed in the text it took from an earlier'
      + ' article, weightiest first: the original\'s words, then the copy\'s. Click a pair of outlets for all the'
      + ' edits of that copy.' }));
    byKind(view, edits, true);
  }

  function drawLink(view, params, m) {
    var n = Number(m[1]);
    var link = data.list('reuse')[n - 1];
    var edits = ofLink(n);
    var a = edits.length ? edits[0].a : link && (link.earlier === link.b ? link.b : link.a);
    var b = edits.length ? edits[0].b : link && (a === link.a ? link.b : link.a);
    view.appendChild(el('h1', null, ['What the copy changed', dom.countLabel(edits.length)]));
    if (a && b) {
      view.appendChild(el('p', { 'class': 'pair' }, ['Original ', ev.sourceChip(a), ' → copy ', ev.sourceChip(b),
        link ? el('span', { 'class': 'count', text: ' · ' + link.kind + (link.score != null ? ' ' + link.score : '') })
          : '']));
    }
    if (!edits.length) {
      view.appendChild(el('p', { 'class': 'muted', text: 'No edits: the aligned text is the same word for word.' }));
      return;
    }
    byKind(view, edits, false);
  }

  chorus.registry.register({ path: '#/edits', key: 'edits', title: 'Edits', place: 22, sections: ['edits'],
    shown: function () { return data.total('edits'); }, draw: drawAll });
  chorus.registry.register({ match: /^#\/edits\/(\d+)$/, key: 'edits', sections: ['edits', 'reuse'], owns: ['edits'],
    draw: drawLink });

  return { present: present, summary: summary, linkHash: linkHash, ofLink: ofLink };
})();

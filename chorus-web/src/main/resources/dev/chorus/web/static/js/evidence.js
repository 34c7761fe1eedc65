// Links from findings to their evidence, and the marks every view shares: an article's outlet, its date order,
// the words of a span.
chorus.evidence = (function () {
  var el = chorus.dom.el, clip = chorus.dom.clip, data = chorus.data;

  function articleHash(article, start, end, where) {
    return '#/article/' + encodeURIComponent(article)
      + (start != null ? '?s=' + start + '&e=' + end + (where ? '&in=' + where : '') : '');
  }

  function articleLink(article, start, end, where, label) {
    return el('a', { href: articleHash(article, start, end, where), 'class': 'evidence', text: label });
  }

  // The evidence's words: the snippet the server attached, else the article's text when it is at hand.
  function spanLabel(span) {
    if (typeof span.snippet === 'string') { return clip(span.snippet, 160); }
    var a = data.known(span.article);
    var text = a ? (span.where === 'original' ? a.original_text : a.text) : null;
    if (typeof text !== 'string') { return span.article + ' ' + span.start + '–' + span.end; }
    return clip(text.substring(span.start, span.end), 160);
  }

  // An article's outlet for display: its source, else its id.
  function sourceOf(id) {
    var a = data.known(id);
    return a ? (a.source || a.id) : String(id);
  }

  // Two article ids in time order: published date (undated and unknown last), then id.
  function compareTime(x, y) {
    var ax = data.known(x), ay = data.known(y);
    var dx = (ax && ax.published) || '\uffff', dy = (ay && ay.published) || '\uffff';
    return dx < dy ? -1 : dx > dy ? 1 : x < y ? -1 : x > y ? 1 : 0;
  }

  // A link to an article marked with its outlet: the "source" marks of every view.
  function sourceChip(id, extraClass) {
    var a = data.known(id);
    var chip = el('a', { href: articleHash(id), 'class': 'src' + (extraClass ? ' ' + extraClass : ''),
      text: sourceOf(id) });
    if (a && a.published) { chip.setAttribute('title', id + ' · ' + a.published + (a.published_inferred ? ' (inferred)' : '')); }
    return chip;
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

  // A finding of any section: its label, then links to its first evidence spans.
  function renderFinding(item) {
    var spans = spansOf(item).slice(0, 12);
    var list = el('ul', { 'class': 'spans' }, spans.map(function (s) {
      return el('li', null, [articleLink(s.article, s.start, s.end, null, spanLabel(s)),
        el('span', { 'class': 'count', text: s.article })]);
    }));
    return el('div', { 'class': 'finding' }, [el('div', { 'class': 'label', text: findingLabel(item) }), list]);
  }

  // A removal of crawl residue: its reason and a link into the original text.
  function renderRemoval(f) {
    var r = f.removal;
    return el('div', { 'class': 'finding' }, [
      el('span', { 'class': 'reason', text: r.reason }),
      articleLink(f.article, r.start, r.end, 'original', clip(r.text, 140)),
      el('span', { 'class': 'count', text: f.article })]);
  }

  return { articleHash: articleHash, articleLink: articleLink, spanLabel: spanLabel, sourceOf: sourceOf,
    compareTime: compareTime, sourceChip: sourceChip, renderFinding: renderFinding, renderRemoval: renderRemoval };
})();

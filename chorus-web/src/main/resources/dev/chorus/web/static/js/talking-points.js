// Talking points: the same point made in several articles, members side by side, the first appearance first.
chorus.talkingPoints = (function () {
  var dom = chorus.dom, el = dom.el, clip = dom.clip, data = chorus.data, ev = chorus.evidence;

  // Members grouped per article, the first appearance first, then in time order.
  function membersByArticle(tp) {
    var per = {}, ids = [];
    (tp.members || []).forEach(function (m) {
      if (!Object.prototype.hasOwnProperty.call(per, m.article)) { per[m.article] = []; ids.push(m.article); }
      per[m.article].push(m);
    });
    ids.sort(function (x, y) {
      if (x === tp.first) { return -1; }
      if (y === tp.first) { return 1; }
      return ev.compareTime(x, y);
    });
    return ids.map(function (id) { return { article: id, spans: per[id] }; });
  }

  function firstNote(tp) {
    if (tp.first === 'same day') { return 'first seen the same day in several articles'; }
    return data.known(tp.first) ? 'first seen in ' + ev.sourceOf(tp.first) : 'first appearance undetermined';
  }

  // One talking point in brief, for the overview: its summary, its outlets and its first span.
  function renderBrief(tp) {
    var groups = membersByArticle(tp);
    var first = groups.length ? groups[0].spans[0] : null;
    return el('div', { 'class': 'finding talking-point' }, [
      el('div', { 'class': 'label', text: clip(tp.summary, 240) }),
      el('div', { 'class': 'sources' }, groups.map(function (g) {
        return ev.sourceChip(g.article, g.article === tp.first ? 'first' : '');
      }).concat([el('span', { 'class': 'count', text: (tp.articles || groups).length + ' articles · ' + firstNote(tp) })])),
      first ? el('ul', { 'class': 'spans' }, [el('li', null, [ev.articleLink(first.article, first.start, first.end, null,
        ev.spanLabel(first))])]) : ''
    ]);
  }

  // The copies among the talking point's articles that changed the text they took: a link to each one's edits.
  function changes(tp) {
    var inside = {};
    (tp.articles || membersByArticle(tp).map(function (g) { return g.article; }))
      .forEach(function (id) { inside[id] = true; });
    var items = [];
    data.list('reuse').forEach(function (l, i) {
      var changed = inside[l.a] && inside[l.b] ? chorus.edits.summary(i + 1) : null;
      if (changed) {
        var copy = chorus.edits.ofLink(i + 1)[0];
        items.push(el('a', { href: chorus.edits.linkHash(i + 1), 'class': 'edits-link',
          text: ev.sourceOf(copy.a) + ' → ' + ev.sourceOf(copy.b) + ': ' + changed }));
      }
    });
    if (!items.length) { return ''; }
    return el('p', { 'class': 'changes' }, ['What the copies changed: '].concat(items.reduce(function (out, x, k) {
      return k ? out.concat([' · ', x]) : [x];
    }, [])));
  }

  function draw(view) {
    var tps = data.list('talking_points');
    view.appendChild(el('h1', null, ['Talking points', dom.countLabel(tps.length)]));
    view.appendChild(el('p', { 'class': 'muted', text: 'The same point made in several articles, side by side; the '
      + 'article where it appeared first comes first.' }));
    tps.forEach(function (tp) {
      var cards = membersByArticle(tp).map(function (g) {
        var a = data.known(g.article);
        return el('div', { 'class': 'member' + (g.article === tp.first ? ' first' : '') }, [
          el('div', { 'class': 'member-head' }, [ev.sourceChip(g.article),
            el('span', { 'class': 'count', text: (a && a.published ? a.published : 'undated')
              + (g.article === tp.first ? ' · first' : '') })]),
          el('div', { 'class': 'member-body' }, g.spans.map(function (m) {
            return el('p', null, [ev.articleLink(m.article, m.start, m.end, null, ev.spanLabel(m))]);
          }))]);
      });
      view.appendChild(el('section', { 'class': 'tp' }, [
        el('h2', null, [clip(tp.summary, 200), el('span', { 'class': 'count', text: (tp.articles || []).length
          + ' articles · ' + firstNote(tp) })]),
        el('div', { 'class': 'members' }, cards), changes(tp)]));
    });
  }

  chorus.registry.register({ path: '#/talking-points', key: 'talking_points', title: 'Talking points', place: 10,
    sections: ['talking_points', 'reuse', 'edits'], owns: ['talking_points'], shown: function () { return data.total('talking_points'); }, draw: draw });

  return { renderBrief: renderBrief };
})();

// The overview: the sources with their articles, dates and languages; counts of every kind of finding; then the
// conflicts first, the top talking points, the agreements, the articles and the crawl residue removed.
(function () {
  var dom = chorus.dom, el = dom.el, countLabel = dom.countLabel, dateLabel = dom.dateLabel;
  var data = chorus.data, ev = chorus.evidence;

  function stats(c) {
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
    return el('div', { 'class': 'stats' }, counts.map(function (x) {
      return el('a', { href: x[0], 'class': 'stat' + (x[1] ? '' : ' empty') }, [el('strong', { text: String(x[1] || 0) }),
        el('span', { text: x[2] })]);
    }));
  }

  function sourcesTable(sources) {
    return dom.table(['Source', 'Articles', 'Published', 'Languages'], sources.map(function (x) {
      var chips = x.ids.map(function (id) { return ev.sourceChip(id); });
      if (x.articles > x.ids.length) { chips.push(el('span', { 'class': 'count', text: '+' + (x.articles - x.ids.length) })); }
      return el('tr', null, [el('td', null, chips),
        el('td', { text: String(x.articles) }),
        el('td', { text: x.first ? dateLabel(x.first, x.first_inferred)
          + (x.last !== x.first ? ' – ' + dateLabel(x.last, x.last_inferred) : '') : 'unknown' }),
        el('td', { text: x.languages || '' })]);
    }), 'sources-table');
  }

  // A heading, the first findings of a kind, and a link to all of them when there are more.
  function block(view, heading, shown, count, render, more) {
    if (!shown.length) { return; }
    view.appendChild(heading);
    shown.forEach(function (x) { view.appendChild(render(x)); });
    if (count > shown.length) { view.appendChild(el('a', { href: more, text: 'all ' + count + ' →' })); }
  }

  function draw(view) {
    var o = data.overview();
    var c = o.counts || {};
    view.appendChild(el('h1', { text: o.article_count + ' articles' }));
    if (o.stale) { view.appendChild(el('p', { 'class': 'warning', id: 'stale-warning', text: o.stale })); }
    view.appendChild(el('p', { 'class': 'muted', text: o.sources_count + ' sources'
      + (o.first_published ? ' · published ' + dateLabel(o.first_published, o.first_inferred)
        + (o.last_published !== o.first_published ? ' to ' + dateLabel(o.last_published, o.last_inferred) : '') : '') }));
    view.appendChild(stats(c));
    var sources = o.sources || [];
    view.appendChild(el('h2', null, ['Sources', countLabel(o.sources_count)]));
    view.appendChild(sourcesTable(sources));
    if (sources.length < o.sources_count) {
      view.appendChild(el('p', { 'class': 'muted', text: 'the first ' + sources.length + ' sources by publication' }));
    }
    var renderComparison = chorus.claims.renderComparison;
    block(view, el('h2', { 'class': 'conflicts-head' }, ['Conflicts', countLabel(c.conflicts)]), o.conflicts || [],
      c.conflicts, renderComparison, '#/claims');
    block(view, el('h2', null, ['Top talking points', countLabel(c.talking_points)]), o.talking_points || [],
      c.talking_points, chorus.talkingPoints.renderBrief, '#/talking-points');
    block(view, el('h2', null, ['Agreements', countLabel(c.agreements_shown_of)]), o.agreements || [],
      c.agreements_shown_of, renderComparison, '#/claims');
    view.appendChild(el('h2', null, ['Articles', countLabel(o.article_count)]));
    var articles = el('div', { id: 'overview-articles' });
    view.appendChild(articles);
    var removals = o.removals || [];
    view.appendChild(el('h2', null, ['Crawl residue removed', countLabel(c.residue)]));
    removals.forEach(function (f) { view.appendChild(ev.renderRemoval(f)); });
    if (c.residue > removals.length) { view.appendChild(el('a', { href: '#/residue', text: 'all ' + c.residue + ' →' })); }
    var skipped = o.skipped_inputs || [];
    if (skipped.length) {
      view.appendChild(el('h2', null, ['Skipped inputs', countLabel(skipped.length)]));
      skipped.forEach(function (x) {
        view.appendChild(el('div', { 'class': 'finding' }, [el('code', { text: x.input }), ' ', el('span', { 'class': 'muted', text: x.reason })]));
      });
    }
    return data.articles(0, 20).then(function (page) {
      articles.appendChild(chorus.articles.articlesTable(page.items));
      if (page.total > page.items.length) { articles.appendChild(el('a', { href: '#/articles', text: 'all ' + page.total + ' →' })); }
    });
  }

  chorus.registry.register({ path: '#/', key: 'overview', title: 'Overview', place: 0, draw: draw });
})();

// The timeline: a strip with one column per day (bar height: events that day), then the events in date order
// with their sources and the sentences that support them.
(function () {
  var dom = chorus.dom, el = dom.el, data = chorus.data, ev = chorus.evidence;

  function dayNumber(date) {
    var m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(String(date || ''));
    return m ? Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1) / 86400000 : null;
  }

  function dayLabel(day) {
    var d = new Date(day * 86400000);
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  }

  function renderEvent(x, k) {
    var e = x.e;
    var articles = Array.isArray(e.articles) ? e.articles : [];
    return el('li', { 'class': 'tl-event', id: 'event-' + k }, [
      el('div', { 'class': 'tl-date' }, [el('strong', { text: String(e.date || 'undated') }),
        el('div', { 'class': 'muted', text: e.precision ? String(e.precision) : '' })]),
      el('div', { 'class': 'tl-body' }, [
        el('div', { 'class': 'label', text: dom.clip(e.summary, 400) }),
        el('div', { 'class': 'sources' }, articles.map(function (id) { return ev.sourceChip(id); })
          .concat([el('span', { 'class': 'count', text: articles.length + (articles.length === 1 ? ' source' : ' sources') })])),
        el('ul', { 'class': 'spans' }, (Array.isArray(e.evidence) ? e.evidence : []).slice(0, 12).map(function (s) {
          return el('li', null, [ev.articleLink(s.article, s.start, s.end, null, ev.spanLabel(s)),
            el('span', { 'class': 'count', text: ev.sourceOf(s.article) })]);
        }))])]);
  }

  // One column per day from the first event to the last (per event date when that would be too wide).
  function strip(dated, items) {
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
    return el('div', { 'class': 'tl-strip' }, perDay.map(function (p) {
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
  }

  function draw(view) {
    var events = data.list('timeline').map(function (e, i) { return { e: e, i: i, day: dayNumber(e.date) }; })
      .sort(function (x, y) {
        var dx = x.day == null ? Infinity : x.day, dy = y.day == null ? Infinity : y.day;
        return dx - dy || x.i - y.i;
      });
    view.appendChild(el('h1', null, ['Timeline', dom.countLabel(events.length)]));
    var dated = events.filter(function (x) { return x.day != null; });
    var items = events.map(function (x, k) { return { x: x, node: renderEvent(x, k) }; });
    var listNode = el('ol', { 'class': 'timeline' }, items.map(function (it) { return it.node; }));
    if (dated.length) { view.appendChild(strip(dated, items)); }
    view.appendChild(listNode);
  }

  chorus.registry.register({ path: '#/timeline', key: 'timeline', title: 'Timeline', place: 40,
    sections: ['timeline'], shown: function () { return data.total('timeline'); }, draw: draw });
})();

// People and quotes: who said what, one section per speaker (most quoted first), then the people mentioned.
(function () {
  var dom = chorus.dom, el = dom.el, data = chorus.data, ev = chorus.evidence;

  function speakerGroups() {
    var entities = {};
    data.list('entities').forEach(function (e) { entities[e.id] = e; });
    var groups = {}, order = [];
    data.list('quotes').forEach(function (q) {
      var ent = q.speaker_entity && Object.prototype.hasOwnProperty.call(entities, q.speaker_entity)
        ? entities[q.speaker_entity] : null;
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

  function renderSpeaker(g) {
    var as = Object.keys(g.as).filter(function (s) { return s !== g.name; });
    return el('section', { 'class': 'speaker' }, [
      el('h2', null, [g.name, g.type ? dom.badge(g.type.toLowerCase(), 'type') : '', dom.countLabel(g.quotes.length)]),
      as.length ? el('div', { 'class': 'muted', text: 'named in the text as: ' + as.join(', ') }) : '',
      el('ul', { 'class': 'quotes' }, g.quotes.slice().sort(function (x, y) { return ev.compareTime(x.article, y.article); })
        .map(function (q) {
          return el('li', null, [ev.sourceChip(q.article), ' ', ev.articleLink(q.article, q.start, q.end, null,
            '“' + dom.clip(q.text || ev.spanLabel(q), 400) + '”')]);
        }))]);
  }

  function draw(view) {
    var groups = speakerGroups();
    view.appendChild(el('h1', null, ['People and quotes', dom.countLabel(data.list('quotes').length)]));
    view.appendChild(el('p', { 'class': 'muted', text: groups.length + ' speakers, most quoted first' }));
    groups.forEach(function (g) { view.appendChild(renderSpeaker(g)); });
    var people = data.list('entities').filter(function (e) { return e.type === 'PERSON'; });
    if (people.length) {
      view.appendChild(el('h2', null, ['People mentioned', dom.countLabel(people.length)]));
      view.appendChild(el('ul', { 'class': 'people' }, people.map(function (p) {
        var m = (p.mentions || [])[0];
        return el('li', null, [m ? ev.articleLink(m.article, m.start, m.end, null, p.name) : p.name,
          el('span', { 'class': 'count', text: (p.mentions || []).length + ' mentions' })]);
      })));
    }
  }

  // Entities load here too but keep their own generic list: this view owns the quotes only.
  chorus.registry.register({ path: '#/people', key: 'people', title: 'People and quotes', place: 50,
    sections: ['quotes', 'entities'], owns: ['quotes'], shown: function () { return data.total('quotes'); },
    draw: draw });
})();

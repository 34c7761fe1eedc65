// Claims grouped by what they count, with the comparisons between sources: conflicts first, single-source last.
chorus.claims = (function () {
  var dom = chorus.dom, el = dom.el, data = chorus.data, ev = chorus.evidence;
  var list = data.list, badge = dom.badge, token = dom.token;

  function claimValue(c) {
    var v = c.value != null ? String(c.value) : c.date != null ? String(c.date)
      : (c.low != null || c.high != null) ? (c.low == null ? '…' : c.low) + '–' + (c.high == null ? '…' : c.high) : '';
    return (c.qualifier ? c.qualifier + ' ' : '') + v;
  }

  function claimEvidence(c) {
    var label = typeof c.text === 'string' && c.text ? dom.clip(c.text, 200) : ev.spanLabel(c);
    return ev.articleLink(c.article, c.start, c.end, null, label);
  }

  function claimDetails(c) {
    return [claimValue(c), c.counted, c.predicate, c.speaker ? 'said by ' + c.speaker : null]
      .filter(function (x) { return x != null && x !== ''; }).join(' · ');
  }

  function renderComparison(c) {
    var verdict = String(c.verdict || 'unknown');
    var items = (Array.isArray(c.claims) ? c.claims : []).map(data.claim).filter(Boolean).map(function (cl) {
      return el('li', null, [ev.sourceChip(cl.article), ' ', claimEvidence(cl),
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
    function group(key) {
      if (!Object.prototype.hasOwnProperty.call(groups, key)) {
        groups[key] = { key: key, claims: [], comparisons: [] };
        order.push(key);
      }
      return groups[key];
    }
    list('claims').forEach(function (c) {
      group(c.key != null && c.key !== '' ? String(c.key) : 'claim ' + c.id).claims.push(c);
    });
    list('comparisons').forEach(function (cmp) { group(String(cmp.key)).comparisons.push(cmp); });
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
    var rows = g.claims.slice().sort(function (x, y) { return ev.compareTime(x.article, y.article); })
      .map(function (c) {
        return el('tr', null, [el('td', null, [ev.sourceChip(c.article)]), el('td', { 'class': 'value', text: claimValue(c) }),
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
      box.appendChild(dom.table(['Source', 'Value', 'Counted', 'Predicate', 'Asserted by', 'Evidence'], rows));
    }
    return box;
  }

  function draw(view) {
    var groups = claimGroups();
    var single = groups.filter(function (g) { return g.status === 'single-source'; });
    var compared = groups.filter(function (g) { return g.status !== 'single-source'; });
    var conflicts = groups.filter(function (g) { return g.status === 'conflict'; }).length;
    view.appendChild(el('h1', null, ['Claims', dom.countLabel(list('claims').length)]));
    view.appendChild(el('p', { 'class': 'muted', text: groups.length + ' quantities · ' + conflicts + ' in conflict · '
      + single.length + ' single-source' }));
    if (!groups.length) { view.appendChild(el('p', { 'class': 'muted', text: 'No claims in this workspace.' })); }
    compared.forEach(function (g) { view.appendChild(renderClaimGroup(g)); });
    if (single.length) {
      view.appendChild(el('h2', { id: 'single-source' }, ['Single-source claims', dom.countLabel(single.length)]));
      single.forEach(function (g) { view.appendChild(renderClaimGroup(g)); });
    }
  }

  chorus.registry.register({ path: '#/claims', key: 'claims', title: 'Claims', place: 30,
    sections: ['claims', 'comparisons'],
    shown: function () { return data.total('claims') || data.total('comparisons'); }, draw: draw });

  return { renderComparison: renderComparison, claimDetails: claimDetails };
})();

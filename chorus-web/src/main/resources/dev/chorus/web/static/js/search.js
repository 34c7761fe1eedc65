// Search over sentences: by words (the server's full-text index, or word search in the report) or, on a server
// with a sentence encoder, by meaning.
(function () {
  var dom = chorus.dom, el = dom.el, data = chorus.data, ev = chorus.evidence;

  function searchForm(query, mode) {
    var input = el('input', { type: 'search', name: 'q', id: 'search-q', placeholder: 'words, "a phrase", peace*' });
    input.value = query;
    var select = el('select', { name: 'mode', id: 'search-mode', title: 'words: full text; meaning: nearest sentences by embedding' }, [
      el('option', { value: 'words', text: 'by words' }), el('option', { value: 'meaning', text: 'by meaning' })]);
    select.value = mode;
    select.hidden = true;
    var form = el('form', { 'class': 'search' }, [input, select, el('button', { type: 'submit', text: 'Search' })]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      location.hash = '#/search?q=' + encodeURIComponent(input.value) + (select.value === 'meaning' ? '&mode=meaning' : '');
    });
    if (data.semantic()) {
      // Search by meaning needs the server's sentence encoder; the report searches words only.
      fetch('api/info').then(function (r) { return r.ok ? r.json() : {}; }).then(function (info) {
        if (info && info.semantic === true) { select.hidden = false; }
      }).catch(function () { /* words only */ });
    }
    return form;
  }

  function draw(view, params) {
    var query = params.get('q') || '';
    var mode = data.semantic() && params.get('mode') === 'meaning' ? 'meaning' : 'words';
    view.appendChild(el('h1', { text: 'Search' }));
    view.appendChild(searchForm(query, mode));
    var results = el('div', { id: 'search-results' });
    view.appendChild(results);
    if (!query.trim()) { return; }
    if (mode === 'meaning') { results.appendChild(el('p', { 'class': 'muted', text: 'Searching by meaning…' })); }
    data.search(query, mode).then(function (hits) {
      results.textContent = '';
      results.appendChild(el('p', { 'class': 'muted', text: hits.length + ' sentences'
        + (mode === 'meaning' ? ', nearest in meaning first' : '') }));
      hits.forEach(function (h) {
        results.appendChild(el('div', { 'class': 'finding' }, [
          ev.articleLink(h.article, h.start, h.end, null, dom.clip(h.text, 220)),
          el('span', { 'class': 'count', text: ev.sourceOf(h.article)
            + (mode === 'meaning' && typeof h.score === 'number' ? ' · similarity ' + h.score.toFixed(2) : '') })]));
      });
      document.body.setAttribute('data-search-done', query);
    }).catch(function (err) {
      results.textContent = 'Search failed: ' + err.message;
      document.body.setAttribute('data-search-done', query);
    });
  }

  chorus.registry.register({ path: '#/search', key: 'search', title: 'Search', place: 90, draw: draw });
})();

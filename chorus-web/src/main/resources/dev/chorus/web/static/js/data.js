// The one data layer of the page, with two backends answering the same calls in the same shapes: the server's
// paged API, and the same answers embedded in a report (written by the server's own code, see ReportData).
// A backend gives overview(), articles(offset, limit), article(id), findings(name, offset, limit) and
// search(query, mode); what has been loaded is kept here for every view.
chorus.data = (function () {
  var PAGE = 500;          // findings per request; the server refuses more
  var backend = null;      // serverBackend() or reportBackend(answers)
  var overview = null;     // loaded once: its counts drive the navigation, its sections list the generic views
  var articlesById = {};   // metadata of every article seen so far; full articles once opened
  var loaded = {};         // finding sections loaded so far: name -> { items, total }
  var claimsById = {};     // claims seen so far, for the comparisons that name them

  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

  function failure(r, body) {
    return new Error(body && typeof body.error === 'string' ? body.error : 'HTTP ' + r.status);
  }

  function getJson(url) {
    return fetch(url).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (r.status === 404) { return null; }
        if (!r.ok) { throw failure(r, body); }
        return body;
      });
    });
  }

  // The server's paged API: nothing asks for more than one page or one article at a time.
  function serverBackend() {
    return {
      semantic: true,
      overview: function () { return getJson('api/overview'); },
      articles: function (offset, limit) { return getJson('api/articles?offset=' + offset + '&limit=' + limit); },
      article: function (id) { return getJson('api/article?id=' + encodeURIComponent(id)); },
      findings: function (name, offset, limit) {
        return getJson('api/findings/' + encodeURIComponent(name) + '?offset=' + offset + '&limit=' + limit);
      },
      search: function (query, mode) {
        return fetch('api/search?q=' + encodeURIComponent(query) + (mode === 'meaning' ? '&mode=meaning' : ''))
          .then(function (r) {
            return r.json().catch(function () { return {}; }).then(function (body) {
              if (!r.ok) { throw failure(r, body); }
              return body;
            });
          });
      }
    };
  }

  // The report's embedded answers: every page the server would send, sliced as it would slice them.
  function reportBackend(answers) {
    var articles = Array.isArray(answers.articles) ? answers.articles : [];
    var byId = answers.article || {};
    var findings = answers.findings || {};

    // Offline search: sentences containing every word of the query, articles in id order.
    function search(query) {
      var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w; });
      var hits = [];
      Object.keys(byId).sort().forEach(function (id) {
        var a = byId[id];
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

    return {
      semantic: false,
      overview: function () { return Promise.resolve(answers.overview); },
      articles: function (offset, limit) {
        return Promise.resolve({ total: articles.length, offset: offset, items: articles.slice(offset, offset + limit) });
      },
      article: function (id) { return Promise.resolve(has(byId, id) ? byId[id] : null); },
      // Whole sections: pages spare the server, and the report holds every finding already.
      findings: function (name, offset) {
        var f = has(findings, name) ? findings[name] : null;
        if (!f) { return Promise.resolve(null); }
        return Promise.resolve({ total: f.total, offset: offset, items: f.items.slice(offset),
          articles: f.articles, claims: f.claims });
      },
      search: search
    };
  }

  function remember(meta) {
    Object.keys(meta || {}).forEach(function (id) {
      if (!articlesById[id] || typeof articlesById[id].text !== 'string') { articlesById[id] = meta[id]; }
    });
  }

  function rememberClaims(claims) {
    (claims || []).forEach(function (c) { claimsById[c.id] = c; });
  }

  // Loads a section until `want` items (or all) are at hand, a page at a time.
  function loadSection(name, want) {
    var have = loaded[name] || (loaded[name] = { items: [], total: null });
    if (have.total !== null && (have.items.length >= have.total || have.items.length >= want)) {
      return Promise.resolve(have);
    }
    return backend.findings(name, have.items.length, Math.min(PAGE, want - have.items.length)).then(function (page) {
      if (!page) { have.total = have.items.length; return have; }
      remember(page.articles);
      rememberClaims(page.claims);
      if (name === 'claims') { rememberClaims(page.items); }
      have.items = have.items.concat(page.items);
      have.total = page.total;
      return page.items.length ? loadSection(name, want) : have;
    });
  }

  // Loads the first page of each section; `more` the next page of each.
  function need(names) {
    return Promise.all(names.map(function (n) { return loadSection(n, PAGE); }));
  }

  function more(names) {
    return Promise.all(names.map(function (n) { return loadSection(n, loaded[n].items.length + PAGE); }));
  }

  // The sections loaded only in part: [{ name, shown, total }].
  function partial(names) {
    return names.filter(function (n) { return loaded[n] && loaded[n].items.length < loaded[n].total; })
      .map(function (n) { return { name: n, shown: loaded[n].items.length, total: loaded[n].total }; });
  }

  function list(name) {
    return loaded[name] ? loaded[name].items : [];
  }

  function loadedTotal(name) {
    return loaded[name] ? loaded[name].total : 0;
  }

  // How many findings of a section the workspace holds (from the overview).
  function total(name) {
    return overview && overview.counts && typeof overview.counts[name] === 'number' ? overview.counts[name] : 0;
  }

  // The sections the server lists, in display order: [{ name, title }].
  function sections() {
    return overview && Array.isArray(overview.sections) ? overview.sections : [];
  }

  // Picks the backend (the report's embedded answers when present) and loads the overview.
  function start() {
    var embedded = document.getElementById('chorus-data');
    backend = embedded ? reportBackend(JSON.parse(embedded.textContent)) : serverBackend();
    return backend.overview().then(function (o) {
      overview = o;
      remember(o.articles);
      rememberClaims(o.claims);
      return o;
    });
  }

  return {
    start: start,
    overview: function () { return overview; },
    semantic: function () { return backend.semantic; },
    articles: function (offset, limit) { return backend.articles(offset, limit); },
    search: function (query, mode) { return backend.search(query, mode); },
    article: function (id) {
      return backend.article(id).then(function (a) {
        if (a) { articlesById[a.id] = a; }
        return a;
      });
    },
    known: function (id) { return has(articlesById, id) ? articlesById[id] : undefined; },
    claim: function (id) { return has(claimsById, id) ? claimsById[id] : undefined; },
    remember: remember,
    need: need,
    more: more,
    partial: partial,
    list: list,
    loadedTotal: loadedTotal,
    total: total,
    sections: sections
  };
})();

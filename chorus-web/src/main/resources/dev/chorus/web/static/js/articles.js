// The article list, a page at a time, and the article table the overview shows too.
chorus.articles = (function () {
  var dom = chorus.dom, el = dom.el, data = chorus.data;
  var ARTICLES_PAGE = 100;

  function articlesTable(articles) {
    var rows = articles.map(function (a) {
      return el('tr', null, [
        el('td', null, [el('a', { href: chorus.evidence.articleHash(a.id), text: a.id })]),
        el('td', { text: a.source || '' }),
        el('td', { text: dom.clip(a.title || '(no title)', 90) }),
        el('td', { text: a.language || '?' }),
        el('td', { text: dom.dateLabel(a.published, a.published_inferred) }),
        el('td', { text: String(a.removed_count != null ? a.removed_count : (a.removed || []).length) }),
        el('td', { text: a.duplicate_of || '' })]);
    });
    return dom.table(['Article', 'Source', 'Title', 'Lang', 'Published', 'Removed', 'Duplicate of'], rows);
  }

  function draw(view) {
    view.appendChild(el('h1', null, ['Articles', dom.countLabel(data.overview().article_count)]));
    var box = el('div', { id: 'article-pages' });
    view.appendChild(box);
    var button = el('button', { type: 'button', 'class': 'more', text: 'more' });
    var shown = 0;
    function next() {
      button.disabled = true;
      return data.articles(shown, ARTICLES_PAGE).then(function (page) {
        page.items.forEach(function (a) {
          var meta = {};
          meta[a.id] = a;
          data.remember(meta);
        });
        box.appendChild(articlesTable(page.items));
        shown += page.items.length;
        button.disabled = false;
        button.hidden = shown >= page.total || !page.items.length;
        box.setAttribute('data-shown', String(shown));
      });
    }
    button.addEventListener('click', next);
    view.appendChild(button);
    return next();
  }

  chorus.registry.register({ path: '#/articles', key: 'articles', title: 'Articles', place: 1, draw: draw });

  return { articlesTable: articlesTable };
})();

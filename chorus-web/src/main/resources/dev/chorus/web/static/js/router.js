// The router: draws the view registered for the location's hash (the overview when none is), after loading the
// sections it reads; marks the body with data-view-ready when the route has rendered. Starts the page.
(function () {
  var el = chorus.dom.el, data = chorus.data, registry = chorus.registry;

  function value(x, m) {
    return typeof x === 'function' ? x(m) : x;
  }

  function route() {
    var host = document.getElementById('view');
    chorus.reuse.dropGraph();
    host.textContent = '';
    // Each route draws into its own box: a slower earlier route that finishes late writes into a detached one.
    var view = el('div', { 'class': 'route' });
    host.appendChild(view);
    var hash = location.hash || '#/';
    var q = hash.indexOf('?');
    var path = q < 0 ? hash : hash.slice(0, q);
    var params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    var found = registry.find(path) || registry.find('#/');
    var v = found.view, m = found.match;
    var sections = value(v.sections, m) || [];
    var done = Promise.resolve(v.prepare ? v.prepare() : null).then(function () {
      return sections.length ? data.need(sections) : null;
    }).then(function () {
      registry.setNav(value(v.key, m));
      return Promise.resolve(v.draw(view, params, m)).then(function () {
        var more = sections.length ? registry.moreControl(sections, route) : '';
        if (more) { view.appendChild(more); }
      });
    });
    done.catch(function (err) {
      view.appendChild(el('p', { 'class': 'error', text: 'Could not load: ' + err.message }));
    }).then(function () {
      if (host.firstChild === view) { document.body.setAttribute('data-view-ready', path); }
    });
  }

  data.start().then(function () {
    window.addEventListener('hashchange', route);
    route();
  }).catch(function (err) {
    var view = document.getElementById('view');
    view.textContent = 'Could not load the workspace: ' + err.message;
  });
})();

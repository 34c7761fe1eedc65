// The views register here: the route they draw, their place in the navigation and the finding sections they load
// and own. A section the server lists that no view owns gets a navigation link to the generic section view.
//   register({ path: '#/claims', key: 'claims', title: 'Claims', place: 30, sections: [...], owns: [...],
//              shown: function () { return bool; }, prepare: function () { return promise; },
//              draw: function (view, params) { ... } })
// A route with a parameter gives `match: /regexp/` instead of a path, optionally `accepts(match)`, and may give
// `key` and `sections` as functions of the match. A view that loads its own data gives no sections and returns a
// promise from draw.
chorus.registry = (function () {
  var el = chorus.dom.el, data = chorus.data;
  var views = [];
  // Where the generic section links stand among the views' links (see each view's place).
  var GENERIC_PLACE = 70;

  function register(view) {
    view.sections = view.sections || [];
    view.owns = view.owns || view.sections;
    views.push(view);
  }

  // The view whose path is the route, else whose pattern matches it: { view, match }.
  function find(path) {
    for (var i = 0; i < views.length; i++) {
      if (views[i].path === path) { return { view: views[i], match: null }; }
    }
    for (var j = 0; j < views.length; j++) {
      var m = views[j].match ? views[j].match.exec(path) : null;
      if (m && (!views[j].accepts || views[j].accepts(m))) { return { view: views[j], match: m }; }
    }
    return null;
  }

  function owner(section) {
    return views.filter(function (v) { return v.path && v.owns.indexOf(section) >= 0; })[0] || null;
  }

  function setNav(active) {
    var nav = document.getElementById('nav');
    nav.textContent = '';
    var links = [];
    views.forEach(function (v) {
      if (v.title && v.place != null && (!v.shown || v.shown())) {
        links.push({ href: v.path, title: v.title, key: v.key, place: v.place });
      }
    });
    data.sections().forEach(function (s) {
      if (!owner(s.name) && data.total(s.name)) {
        links.push({ href: '#/section/' + s.name, title: s.title, key: s.name, place: GENERIC_PLACE });
      }
    });
    // A stable sort by place: links of one place keep the order they were listed in.
    links.map(function (l, i) { l.i = i; return l; })
      .sort(function (x, y) { return x.place - y.place || x.i - y.i; })
      .forEach(function (l) {
        nav.appendChild(el('a', { href: l.href, 'class': l.key === active ? 'active' : '', text: l.title }));
      });
  }

  // "Showing 500 of 12,000 — more": loads the next page of each section and draws the view again.
  function moreControl(names, redraw) {
    var short = data.partial(names);
    if (!short.length) { return ''; }
    var button = el('button', { type: 'button', 'class': 'more', text: 'more' });
    button.addEventListener('click', function () {
      button.disabled = true;
      data.more(short.map(function (s) { return s.name; })).then(redraw);
    });
    return el('p', { 'class': 'muted more-line' }, [short.map(function (s) {
      return 'showing ' + s.shown + ' of ' + s.total + ' ' + s.name.replace(/_/g, ' ');
    }).join(' · ') + ' ', button]);
  }

  return { register: register, find: find, setNav: setNav, moreControl: moreControl };
})();

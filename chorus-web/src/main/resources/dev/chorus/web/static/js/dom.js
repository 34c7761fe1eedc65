// Building the page safely. Article text, titles and URLs are hostile: everything is written through text nodes
// (never innerHTML), links are made only for http(s) URLs, class names only from letters, and no handler is put in
// markup.
chorus.dom = (function () {
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function safeHttpUrl(url) {
    if (typeof url !== 'string') { return null; }
    var trimmed = url.trim();
    return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
  }

  function clip(s, n) {
    s = String(s == null ? '' : s).replace(/\s+/g, ' ').trim();
    return s.length <= n ? s : s.slice(0, n - 1) + '…';
  }

  // Only letters in generated class names: export values never reach a selector unfiltered.
  function token(s) {
    return String(s == null ? '' : s).toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  }

  function countLabel(n) {
    return el('span', { 'class': 'count', text: String(n) });
  }

  function badge(text, cls) {
    return el('span', { 'class': 'badge ' + (cls || ''), text: text });
  }

  // A published date, marked when it was inferred rather than given.
  function dateLabel(date, inferred) {
    return date ? date + (inferred ? ' (inferred)' : '') : 'undated';
  }

  // A table with a header row; rows are built by the caller.
  function table(headers, rows, cls) {
    return el('table', cls ? { 'class': cls } : null, [el('thead', null, [el('tr', null, headers.map(function (h) {
      return el('th', { text: h });
    }))]), el('tbody', null, rows)]);
  }

  return { el: el, safeHttpUrl: safeHttpUrl, clip: clip, token: token, countLabel: countLabel, badge: badge,
    dateLabel: dateLabel, table: table };
})();

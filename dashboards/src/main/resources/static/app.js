'use strict';
/*
 * Shared page code of the Kefu Insight dashboards: the API client (session cookie, CSRF header,
 * 401 → login, 403 → "no access"), DOM builders that never parse server text as HTML, the top
 * navigation built from /api/me, tables, paging and ECharts containers.
 * Pages call Kefu.start(pageKey, render) once the DOM is parsed.
 */
(function () {
  const t = I18N.t;
  const state = { me: null, charts: new Set() };

  class ApiError extends Error {
    constructor(status, message) {
      super(message || '');
      this.status = status;
    }
  }

  async function api(path, opts) {
    const method = (opts && opts.method) || 'GET';
    const headers = { Accept: 'application/json' };
    let body;
    if (method !== 'GET') headers['X-CSRF-Token'] = (state.me && state.me.csrf) || '';
    if (opts && opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const res = await fetch(path, { method, headers, body, credentials: 'same-origin' });
    if (res.status === 401) {
      location.href = 'login.html';
      throw new ApiError(401, t('error.loginRequired'));
    }
    const text = await res.text();
    let data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch (e) {
        if (res.ok) throw new ApiError(res.status, t('error.badResponse'));
      }
    }
    if (!res.ok) throw new ApiError(res.status, (data && data.error) || res.statusText);
    return data;
  }

  /** Builds an element; attrs.text sets textContent, on* attrs add listeners, children may nest. */
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = String(v);
      else if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    if (children === null || children === undefined || children === false) return node;
    if (Array.isArray(children)) children.forEach((c) => append(node, c));
    else if (children instanceof Node) node.appendChild(children);
    else node.appendChild(document.createTextNode(String(children)));
    return node;
  }

  const byId = (id) => document.getElementById(id);
  const empty = () => el('div', { class: 'empty', text: t('common.noData') });
  const loading = () => el('div', { class: 'loading', text: t('common.loading') });
  const badge = (text, kind) => el('span', { class: 'badge badge-' + (kind || 'muted'), text });
  const link = (href, text, attrs) => el('a', Object.assign({ href, text }, attrs || {}));

  function errorText(e) {
    if (e && e.status === 403) return t('error.noAccess') + (e.message ? ' (' + e.message + ')' : '');
    if (e && e.status) return t('error.http', { status: e.status }) + ' ' + e.message;
    return t('error.network') + ' ' + ((e && e.message) || '');
  }

  function errorNode(e) {
    return el('div', { class: 'block-error' + (e && e.status === 403 ? ' no-access' : ''), text: errorText(e) });
  }

  function showError(e) {
    if (e && e.status === 401) return;
    const box = byId('error');
    if (!box) return;
    box.textContent = errorText(e);
    box.classList.toggle('no-access', !!(e && e.status === 403));
    box.hidden = false;
  }

  function clearError() {
    const box = byId('error');
    if (box) box.hidden = true;
  }

  /** Shows a loading line in container, then what render(data) builds, or the error. */
  async function fill(container, loader, render) {
    container.replaceChildren(loading());
    try {
      const data = await loader();
      container.replaceChildren();
      append(container, render(data));
    } catch (e) {
      container.replaceChildren(errorNode(e));
    }
  }

  const isNum = (x) => typeof x === 'number' && isFinite(x);
  const shanghai = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false,
  });
  const fmt = {
    num: (x, digits) => (isNum(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits === undefined ? 0 : digits }) : '—'),
    pct: (x) => (isNum(x) ? (x * 100).toFixed(1) + '%' : '—'),
    /** A `*_pct` field: read as a 0..1 ratio like every other ratio, unless it is plainly 0..100. */
    pctField: (x) => (isNum(x) ? (x > 1 ? x.toFixed(1) + '%' : (x * 100).toFixed(1) + '%') : '—'),
    ratio100: (x) => (isNum(x) ? Math.round(x * 1000) / 10 : null),
    /** ISO-8601 instant → Asia/Shanghai wall time, as the rest of the product counts days. */
    time: (iso) => {
      if (!iso) return '—';
      const d = new Date(iso);
      return isNaN(d) ? String(iso) : shanghai.format(d);
    },
    text: (x) => (x === null || x === undefined || x === '' ? '—' : String(x)),
  };

  /** A label from the dictionary when there is one (intent.X, rule.X, ...), else the raw id. */
  function label(prefix, id) {
    if (id === null || id === undefined || id === '') return '—';
    const key = prefix + '.' + id;
    return I18N.has(key) ? t(key) : String(id);
  }

  const params = () => new URLSearchParams(location.search);
  function query(obj) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(obj || {})) {
      if (v !== null && v !== undefined && String(v).trim() !== '') q.set(k, String(v).trim());
    }
    const s = q.toString();
    return s ? '?' + s : '';
  }
  const sessionsHref = (filters) => 'sessions.html' + query(filters);
  const sessionHref = (id) => 'session.html' + query({ id });
  function replaceQuery(obj) {
    history.replaceState(null, '', location.pathname + query(obj));
  }

  /**
   * A table that always exists under its id; columns are {label, key?, num?, render?(row)}.
   * An empty row set shows the "no data" line inside the body.
   */
  function table(id, columns, rows, rowAttrs) {
    const head = el('tr', null, columns.map((c) => el('th', { class: c.num ? 'num' : null, text: t(c.label) })));
    const body = el('tbody');
    if (!rows || !rows.length) {
      body.appendChild(el('tr', { class: 'empty-row' }, el('td', { colspan: columns.length }, empty())));
    }
    (rows || []).forEach((r) => {
      body.appendChild(el('tr', rowAttrs ? rowAttrs(r) : null, columns.map((c) =>
        el('td', { class: c.num ? 'num' : null }, c.render ? c.render(r) : fmt.text(r[c.key])))));
    });
    return el('div', { class: 'table-wrap' }, el('table', { id, class: 'data' }, [el('thead', null, head), body]));
  }

  /** Prev/next paging with ids PREFIX-prev, PREFIX-next, PREFIX-range. */
  function pager(prefix, total, offset, limit, onPage) {
    const from = total ? offset + 1 : 0;
    const to = Math.min(offset + limit, total);
    return el('div', { class: 'pager' }, [
      el('button', { id: prefix + '-prev', type: 'button', class: 'btn', disabled: offset <= 0,
        text: t('common.prev'), onclick: () => onPage(Math.max(0, offset - limit)) }),
      el('span', { id: prefix + '-range', class: 'muted', text: t('common.range', { from, to, total }) }),
      el('button', { id: prefix + '-next', type: 'button', class: 'btn', disabled: offset + limit >= total,
        text: t('common.next'), onclick: () => onPage(offset + limit) }),
    ]);
  }

  const hasPoint = (v) => v !== null && v !== undefined && v !== '-' &&
    !(typeof v === 'object' && !Array.isArray(v) && (v.value === null || v.value === undefined));

  /**
   * Draws option into container (class "chart"); marks it data-rendered="true" once a series
   * has at least one point, and shows the empty state instead of an empty chart.
   */
  function chart(container, option) {
    const old = window.echarts && echarts.getInstanceByDom(container);
    const points = (option.series || []).some((s) => (s.data || []).some(hasPoint));
    if (!window.echarts || !points) {
      if (old) {
        state.charts.delete(old);
        old.dispose();
      }
      container.removeAttribute('data-rendered');
      container.classList.add('chart-empty');
      container.replaceChildren(window.echarts ? empty() : el('div', { class: 'block-error', text: t('error.noCharts') }));
      return null;
    }
    container.classList.remove('chart-empty');
    if (!old) container.replaceChildren();
    const c = old || echarts.init(container);
    c.setOption(Object.assign({ animationDuration: 300, tooltip: { trigger: 'axis' } }, option), true);
    container.setAttribute('data-rendered', 'true');
    state.charts.add(c);
    return c;
  }
  window.addEventListener('resize', () => state.charts.forEach((c) => c.resize()));

  /** Rows {x, group, value} → sorted xs and one zero-filled series per group, biggest first. */
  function pivot(rows, xKey, groupKey, valueKey) {
    const xs = [...new Set(rows.map((r) => r[xKey]))].sort();
    const at = new Map(xs.map((x, i) => [x, i]));
    const groups = new Map();
    rows.forEach((r) => {
      const name = r[groupKey] === null || r[groupKey] === undefined ? '' : String(r[groupKey]);
      if (!groups.has(name)) groups.set(name, xs.map(() => 0));
      groups.get(name)[at.get(r[xKey])] += Number(r[valueKey]) || 0;
    });
    const sum = (a) => a.reduce((x, y) => x + y, 0);
    return { xs, groups: [...groups].map(([name, data]) => ({ name, data })).sort((a, b) => sum(b.data) - sum(a.data)) };
  }

  function langSwitch() {
    return el('button', { id: 'lang-switch', type: 'button', class: 'btn btn-link',
      text: t('common.otherLang'), onclick: () => { I18N.setLang(I18N.lang === 'zh' ? 'en' : 'zh'); location.reload(); } });
  }

  async function logout() {
    try {
      await api('/api/logout', { method: 'POST' });
    } catch (e) {
      if (e.status === 401) return;
    }
    location.href = 'login.html';
  }

  function buildNav(me, page) {
    const bar = byId('topbar');
    if (!bar) return;
    const current = page === 'session' ? 'qa' : page;
    bar.replaceChildren(
      el('span', { class: 'brand', text: t('app.name') }),
      el('nav', { id: 'nav' }, (me.pages || []).map((p) =>
        el('a', { href: p + '.html', 'data-page': p, class: p === current ? 'active' : null, text: t('nav.' + p) }))),
      el('span', { class: 'spacer' }),
      el('span', { id: 'user', class: 'user', 'data-role': me.role, text: me.username + ' · ' + label('role', me.role) }),
      langSwitch(),
      el('button', { id: 'logout', type: 'button', class: 'btn btn-link', text: t('common.logout'), onclick: logout }),
    );
  }

  /** Loads /api/me, draws the nav, checks the page is among the user's pages, then renders. */
  async function start(page, render) {
    I18N.apply(document);
    const done = () => { const l = byId('loading'); if (l) l.hidden = true; };
    try {
      state.me = await api('/api/me');
    } catch (e) {
      showError(e);
      done();
      return;
    }
    buildNav(state.me, page);
    const needed = page === 'session' ? 'qa' : page;
    if (!(state.me.pages || []).includes(needed)) {
      showError(new ApiError(403, ''));
      done();
      return;
    }
    document.body.setAttribute('data-role', state.me.role);
    try {
      await render(state.me);
    } catch (e) {
      showError(e);
    } finally {
      done();
    }
  }

  window.Kefu = {
    ApiError, api, el, append, byId, empty, loading, badge, link, errorNode, showError, clearError,
    fill, fmt, label, params, query, replaceQuery, sessionsHref, sessionHref, table, pager, chart, pivot,
    langSwitch, start, t,
    me: () => state.me,
    canReview: () => !!state.me && (state.me.role === 'qa_manager' || state.me.role === 'admin'),
    intent: (id) => label('intent', id),
  };
})();

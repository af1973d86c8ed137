'use strict';
(function () {
  const { api, el, t, fmt, byId, badge, table, chart, fill } = Kefu;
  // The metric a version is judged by, in order of preference; else the first numeric one.
  const KEY_METRICS = ['macro_f1', 'f1', 'accuracy', 'auc', 'roc_auc', 'precision', 'recall', 'rmse', 'mae'];

  const numeric = (x) => typeof x === 'number' && isFinite(x);
  const show = (x) => (numeric(x) ? fmt.num(x, 4) : x !== null && typeof x === 'object' ? JSON.stringify(x) : fmt.text(x));

  function metricKeys(versions) {
    const keys = [];
    versions.forEach((v) => Object.keys(v.metrics || {}).forEach((k) => { if (!keys.includes(k)) keys.push(k); }));
    return keys;
  }

  function keyMetric(versions, keys) {
    const numericKeys = keys.filter((k) => versions.some((v) => numeric((v.metrics || {})[k])));
    return KEY_METRICS.find((k) => numericKeys.includes(k)) || numericKeys[0];
  }

  function history(name) {
    const body = el('div', { class: 'history-body' });
    const details = el('details', { class: 'history', 'data-model': name }, [el('summary', { text: t('models.history') }), body]);
    let loaded = false;
    details.addEventListener('toggle', () => {
      if (!details.open || loaded) return;
      loaded = true;
      fill(body, () => api('/api/models/' + encodeURIComponent(name) + '/history'), (data) => {
        const events = data.events || [];
        const cols = [];
        events.forEach((e) => Object.keys(e || {}).forEach((k) => { if (!cols.includes(k)) cols.push(k); }));
        return table('history-' + name, cols.map((k) => ({ label: k, render: (e) => (/(_at|_ts|^ts|time)$/.test(k) && typeof e[k] === 'string' ? fmt.time(e[k]) : show(e[k])) })),
          events.slice().reverse(), null);
      });
    });
    return details;
  }

  function model(m, i) {
    const versions = (m.versions || []).slice().sort((a, b) => b.version - a.version);
    const aliases = Object.entries(m.aliases || {});
    const keys = metricKeys(versions);
    const key = keyMetric(versions, keys);
    const chartBox = el('div', { id: 'chart-model-' + i, class: 'chart chart-small' });
    const card = el('section', { class: 'card model', 'data-model': m.name }, [
      el('h2', { text: m.name }),
      el('div', { class: 'aliases' }, aliases.length
        ? aliases.map(([a, v]) => el('span', { class: 'chip alias', 'data-alias': a, text: a + ' → v' + v }))
        : el('span', { class: 'muted', text: t('models.noAliases') })),
      table('versions-' + m.name, [
        { label: 'col.version', render: (v) => v.evaluation
          ? el('a', { href: '/api/models/' + encodeURIComponent(m.name) + '/versions/' + v.version + '/evaluation', target: '_blank', rel: 'noopener', class: 'evaluation-link', title: t('models.evaluation'), text: 'v' + v.version })
          : 'v' + v.version },
        { label: 'col.aliases', render: (v) => aliases.filter(([, n]) => n === v.version).map(([a]) => badge(a, a === 'production' ? 'green' : 'blue')) },
        { label: 'col.created', render: (v) => fmt.time(v.created_at) },
      ].concat(keys.map((k) => ({ label: k, num: true, render: (v) => {
        const b = (v.baseline || {})[k];
        return [show((v.metrics || {})[k]), b === undefined ? '' : el('div', { class: 'muted small', text: t('models.baseline') + ' ' + show(b) })];
      } }))), versions, (v) => ({ 'data-version': v.version, class: 'versions-row' })),
      key ? el('h3', { text: t('models.keyMetric', { metric: key }) }) : null,
      chartBox,
      history(m.name),
    ]);
    const asc = versions.slice().reverse();
    return { card, draw: () => chart(chartBox, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: asc.map((v) => 'v' + v.version) },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', name: key || '', data: key ? asc.map((v) => (numeric((v.metrics || {})[key]) ? v.metrics[key] : null)) : [] }],
    }) };
  }

  Kefu.start('models', async () => {
    const data = await api('/api/models');
    const built = (data.models || []).map(model);
    const box = byId('models');
    box.replaceChildren(...(built.length ? built.map((b) => b.card) : [el('section', { class: 'card' }, Kefu.empty())]));
    built.forEach((b) => b.draw());
  });
})();

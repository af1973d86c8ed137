'use strict';
(function () {
  const { api, el, t, fmt, byId, badge, link, table, chart } = Kefu;
  const CHANNELS = ['app', 'web', 'wechat', 'mini_program'];
  const INPUTS = { from: 'f-from', to: 'f-to', channel: 'f-channel', intent: 'f-intent', agent_id: 'f-agent' };
  let filters = {};

  function readQuery() {
    const q = Kefu.params();
    filters = {};
    Object.keys(INPUTS).forEach((k) => { filters[k] = q.get(k) || ''; byId(INPUTS[k]).value = filters[k]; });
  }

  /** Links from a figure row to its sessions, keeping the page's filters; `extra` narrows them. */
  function drill(extra) {
    return el('span', { class: 'drill' }, [
      link(Kefu.sessionsHref(Object.assign({}, filters, extra)), t('quality.sessions'), { class: 'link-sessions' }),
      ' · ',
      link(Kefu.sessionsHref(Object.assign({}, filters, extra, { rating_max: 2 })), t('quality.lowCsat'), { class: 'link-low-csat' }),
    ]);
  }

  function trendCharts(fcr, csat) {
    const days = [...new Set(fcr.map((r) => r.day).concat(csat.map((r) => r.day)))].sort();
    const fcrOf = new Map(fcr.map((r) => [r.day, r]));
    const csatOf = new Map(csat.map((r) => [r.day, r]));
    const prov = (d) => !!(fcrOf.get(d) && fcrOf.get(d).provisional);
    const val = (d) => (fcrOf.get(d) ? fmt.ratio100(fcrOf.get(d).fcr) : null);
    // Provisional days get their own dashed series, joined to the neighbouring final day.
    const near = (i) => prov(days[i]) || (i > 0 && prov(days[i - 1])) || (i + 1 < days.length && prov(days[i + 1]));
    const pctAxis = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
    const grid = { left: 8, right: 24, top: 36, bottom: 8, containLabel: true };
    chart(byId('chart-fcr'), {
      legend: { top: 0 }, grid, xAxis: { type: 'category', data: days }, yAxis: pctAxis,
      series: [
        { type: 'line', name: t('col.fcr'), data: days.map((d) => (prov(d) ? null : val(d))) },
        { type: 'line', name: t('col.fcr') + ' (' + t('quality.provisional') + ')', lineStyle: { type: 'dashed' },
          itemStyle: { color: '#9aa5b1' }, data: days.map((d, i) => (near(i) ? val(d) : null)) },
      ],
    });
    chart(byId('chart-csat'), {
      legend: { top: 0 }, grid, xAxis: { type: 'category', data: days }, yAxis: pctAxis,
      series: [
        { type: 'line', name: t('col.csat'), data: days.map((d) => (csatOf.get(d) ? fmt.ratio100(csatOf.get(d).csat) : null)) },
        { type: 'line', name: t('col.responseRate'), data: days.map((d) => (csatOf.get(d) ? fmt.ratio100(csatOf.get(d).response_rate) : null)) },
      ],
    });
    return { days, fcrOf, csatOf };
  }

  function byDay(p) {
    const rows = p.days.slice().reverse().map((day) => Object.assign({ day }, p.csatOf.get(day) || {}, p.fcrOf.get(day) || {}));
    byId('by-day').replaceChildren(table('by-day-table', [
      { label: 'col.day', key: 'day' },
      { label: 'col.issues', num: true, render: (r) => fmt.num(r.issues) },
      { label: 'col.resolved', num: true, render: (r) => fmt.num(r.resolved) },
      { label: 'col.fcr', num: true, render: (r) => [fmt.pct(r.fcr), r.provisional ? [' ', badge(t('quality.provisional'), 'amber')] : ''] },
      { label: 'col.rated', num: true, render: (r) => fmt.num(r.rated) },
      { label: 'col.satisfied', num: true, render: (r) => fmt.num(r.satisfied) },
      { label: 'col.csat', num: true, render: (r) => fmt.pct(r.csat) },
      { label: 'col.ended', num: true, render: (r) => fmt.num(r.ended) },
      { label: 'col.responseRate', num: true, render: (r) => fmt.pct(r.response_rate) },
      { label: 'col.drill', render: (r) => drill({ from: r.day, to: r.day }) },
    ], rows, (r) => ({ 'data-day': r.day, class: r.provisional ? 'provisional' : null })));
  }

  const figureColumns = [
    { label: 'col.issues', key: 'issues', num: true, render: (r) => fmt.num(r.issues) },
    { label: 'col.resolved', num: true, render: (r) => fmt.num(r.resolved) },
    { label: 'col.fcr', num: true, render: (r) => fmt.pct(r.fcr) },
    { label: 'col.rated', num: true, render: (r) => fmt.num(r.rated) },
    { label: 'col.satisfied', num: true, render: (r) => fmt.num(r.satisfied) },
    { label: 'col.csat', num: true, render: (r) => fmt.pct(r.csat) },
  ];

  function dimension(target, id, key, attr, name, rows) {
    byId(target).replaceChildren(table(id, [
      { label: 'col.' + (key === 'agent_id' ? 'agent' : key), render: (r) => name(r[key]) },
    ].concat(key === 'agent_id' ? [
      { label: 'col.sessions', num: true, render: (r) => fmt.num(r.sessions) },
      { label: 'col.answered', num: true, render: (r) => fmt.num(r.answered) },
      { label: 'col.avgFirstResponse', num: true, render: (r) => fmt.num(r.avg_first_response_s, 1) },
      { label: 'col.firstResponseSla', num: true, render: (r) => fmt.pctField(r.first_response_sla_pct) },
      { label: 'col.replySla', num: true, render: (r) => fmt.pctField(r.reply_sla_pct) },
    ] : [], figureColumns, [
      { label: 'col.drill', render: (r) => drill({ [key]: r[key] }) },
    ]), rows, (r) => ({ [attr]: r[key] })));
  }

  async function load() {
    const data = await api('/api/quality' + Kefu.query(filters));
    const p = trendCharts(data.fcr_by_day || [], data.csat_by_day || []);
    byDay(p);
    const intents = data.by_intent || [];
    byId('intent-options').replaceChildren(...intents.map((r) => el('option', { value: r.intent, text: Kefu.intent(r.intent) })));
    dimension('by-intent', 'by-intent-table', 'intent', 'data-intent', Kefu.intent, intents);
    dimension('by-channel', 'by-channel-table', 'channel', 'data-channel', (c) => Kefu.label('channel', c), data.by_channel || []);
    dimension('by-agent', 'by-agent-table', 'agent_id', 'data-agent-id', fmt.text, data.by_agent || []);
  }

  byId('f-channel').replaceChildren(el('option', { value: '', text: t('filter.all') }),
    ...CHANNELS.map((c) => el('option', { value: c, text: Kefu.label('channel', c) })));
  readQuery();
  byId('filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    Object.keys(INPUTS).forEach((k) => { filters[k] = byId(INPUTS[k]).value.trim(); });
    Kefu.replaceQuery(filters);
    Kefu.clearError();
    load().catch(Kefu.showError);
  });
  Kefu.start('quality', (me) => {
    // An agent sees only their own figures; the server enforces it, the filter would only confuse.
    if (me.role === 'agent') byId('f-agent-label').hidden = true;
    return load();
  });
})();

'use strict';
(function () {
  const { api, el, t, fmt, byId, badge, link, table, chart, pivot } = Kefu;
  let titles = {};

  const filterKey = (kind) => (kind === 'faq_cluster' ? 'faq_cluster' : 'intent');
  function topicName(kind, topic) {
    if (kind === 'faq_cluster') return titles[topic] ? titles[topic] + ' (' + topic + ')' : String(topic);
    return Kefu.intent(topic);
  }
  function topicCell(r, day) {
    return [
      badge(t('kind.' + filterKey(r.topic_kind)), 'muted'), ' ',
      link(Kefu.sessionsHref({ [filterKey(r.topic_kind)]: r.topic, from: day, to: day }),
        topicName(r.topic_kind, r.topic), { class: 'topic-link', 'data-kind': r.topic_kind, 'data-topic': r.topic }),
    ];
  }
  const topicRow = (r) => ({ 'data-kind': r.topic_kind, 'data-topic': r.topic });

  function topBlock(prefix, rows, day) {
    const top = rows.slice(0, 10).reverse();
    chart(byId('chart-' + prefix), {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map((r) => topicName(r.topic_kind, r.topic)) },
      series: [{ type: 'bar', name: t('col.sessions'), data: top.map((r) => r.sessions) }],
    });
    byId(prefix).replaceChildren(table(prefix + '-table', [
      { label: 'col.topic', render: (r) => topicCell(r, day) },
      { label: 'col.sessions', key: 'sessions', num: true },
    ], rows, topicRow));
  }

  function spikes(rows, day) {
    byId('spikes').replaceChildren(table('spikes-table', [
      { label: 'col.topic', render: (r) => topicCell(r, day) },
      { label: 'col.alert', render: () => badge(t('hot.spike'), 'red') },
      { label: 'col.started', render: (r) => fmt.time(r.started) },
      { label: 'col.window', render: (r) => fmt.time(r.window_start) },
      { label: 'col.sessions', key: 'sessions', num: true },
      { label: 'col.baseline', num: true, render: (r) => fmt.num(r.baseline, 1) },
      { label: 'col.spikeScore', num: true, render: (r) => fmt.num(r.spike_score, 2) },
    ], rows, (r) => Object.assign(topicRow(r), { class: 'spike-row' })));
  }

  function phrases(rows) {
    byId('phrases').replaceChildren(table('phrases-table', [
      { label: 'col.phrase', render: (r) => el('strong', { text: r.phrase }) },
      { label: 'col.alert', render: (r) => (r.spike ? badge(t('hot.spike'), 'red') : '') },
      { label: 'col.sessions', key: 'sessions', num: true },
      { label: 'col.spikeScore', num: true, render: (r) => fmt.num(r.spike_score, 2) },
      { label: 'col.window', render: (r) => fmt.time(r.window_start) },
      { label: 'col.examples', render: (r) => el('ul', { class: 'examples' },
        (r.examples || []).map((x) => el('li', { text: x }))) },
    ], rows, (r) => ({ 'data-phrase': r.phrase, class: r.spike ? 'spike-row' : null })));
  }

  function lines(id, rows, groupKey, name) {
    const p = pivot(rows, 'day', groupKey, 'sessions');
    chart(byId(id), {
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: p.xs },
      yAxis: { type: 'value', minInterval: 1 },
      series: p.groups.map((g) => ({ type: 'line', name: name(g.name), data: g.data, showSymbol: p.xs.length < 40 })),
    });
  }

  function faqTable(rows) {
    const days = rows.map((r) => r.day).sort();
    const totals = {};
    rows.forEach((r) => { totals[r.faq_cluster] = (totals[r.faq_cluster] || 0) + (r.sessions || 0); });
    const clusters = Object.keys(totals).sort((a, b) => totals[b] - totals[a]);
    byId('faq-clusters').replaceChildren(table('faq-table', [
      { label: 'col.faqCluster', render: (c) => link(Kefu.sessionsHref({ faq_cluster: c, from: days[0], to: days[days.length - 1] }), c) },
      { label: 'col.title', render: (c) => fmt.text(titles[c]) },
      { label: 'col.sessions', num: true, render: (c) => fmt.num(totals[c]) },
    ], clusters, (c) => ({ 'data-faq-cluster': c })));
  }

  async function load(day) {
    Kefu.clearError();
    const data = await api('/api/hot' + Kefu.query({ day }));
    titles = {};
    (data.faq_trend || []).forEach((r) => { if (r.title) titles[r.faq_cluster] = r.title; });
    const picker = byId('hot-day');
    picker.replaceChildren(...(data.days || []).map((d) => el('option', { value: d, text: d })));
    if (data.day) picker.value = data.day;
    byId('hot-window').textContent = data.window_start ? t('hot.latestWindow') + ' ' + fmt.time(data.window_start) : '';
    topBlock('top-now', data.top_now || [], data.day);
    topBlock('top-day', data.top_day || [], data.day);
    spikes(data.spikes || [], data.day);
    phrases(data.phrases || []);
    lines('chart-intent-trend', data.intent_trend || [], 'intent', Kefu.intent);
    lines('chart-faq-trend', data.faq_trend || [], 'faq_cluster', (c) => titles[c] || c);
    faqTable(data.faq_trend || []);
  }

  byId('hot-day').addEventListener('change', (ev) => {
    Kefu.replaceQuery({ day: ev.target.value });
    load(ev.target.value).catch(Kefu.showError);
  });
  Kefu.start('hot', () => load(Kefu.params().get('day')));
})();

'use strict';
(function () {
  const { api, t, fmt, byId, table, chart, pivot } = Kefu;
  const grid = { left: 8, right: 24, top: 36, bottom: 8, containLabel: true };

  function events(rows) {
    const p = pivot(rows, 'day', 'type', 'events');
    chart(byId('chart-events'), {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 }, grid,
      xAxis: { type: 'category', data: p.xs },
      yAxis: { type: 'value', minInterval: 1 },
      series: p.groups.map((g) => ({ type: 'bar', stack: 'events', name: Kefu.label('eventType', g.name), data: g.data })),
    });
    const sorted = rows.slice().sort((a, b) => (a.day === b.day ? String(a.type).localeCompare(String(b.type)) : a.day < b.day ? 1 : -1));
    byId('events').replaceChildren(table('events-table', [
      { label: 'col.day', key: 'day' },
      { label: 'col.type', render: (r) => Kefu.label('eventType', r.type) },
      { label: 'col.events', num: true, render: (r) => fmt.num(r.events) },
      { label: 'col.sessions', num: true, render: (r) => fmt.num(r.sessions) },
    ], sorted, (r) => ({ 'data-day': r.day, 'data-type': r.type })));
  }

  function byReason(chartId, tableId, target, rows, key, valueKey, prefix) {
    const sorted = rows.slice().sort((a, b) => (b[valueKey] || 0) - (a[valueKey] || 0));
    if (chartId) {
      chart(byId(chartId), {
        tooltip: { trigger: 'item' },
        legend: { type: 'scroll', bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], name: t('col.' + valueKey),
          data: sorted.map((r) => ({ name: Kefu.label(prefix, r[key]), value: r[valueKey] })) }],
      });
    }
    byId(target).replaceChildren(table(tableId, [
      { label: 'col.' + key, render: (r) => Kefu.label(prefix, r[key]) },
      { label: 'col.' + valueKey, num: true, render: (r) => fmt.num(r[valueKey]) },
    ], sorted, (r) => ({ ['data-' + key]: r[key] })));
  }

  Kefu.start('data', async () => {
    const data = await api('/api/data');
    events(data.events_by_day || []);
    byReason('chart-dead-letters', 'dead-letters-table', 'dead-letters', data.dead_letters || [], 'reason', 'records', 'reason');
    byReason('chart-late-events', 'late-events-table', 'late-events', data.late_events || [], 'handling', 'events', 'handling');
    byReason(null, 'quarantine-table', 'quarantine', data.quarantine || [], 'reason', 'records', 'reason');
  });
})();

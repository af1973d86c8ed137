'use strict';
(function () {
  const { api, el, t, fmt, byId, link, table, fill } = Kefu;
  const LIMIT = 50;
  const INPUTS = { from: 'f-from', to: 'f-to', agent_id: 'f-agent', channel: 'f-channel', intent: 'f-intent',
    faq_cluster: 'f-faq', rating_min: 'f-rating-min', rating_max: 'f-rating-max', rule_id: 'f-rule' };
  let filters = {};
  let offset = 0;
  let transcripts = false;

  function render(data) {
    byId('sessions-total').textContent = t('common.total', { total: fmt.num(data.total || 0) });
    return [
      table('sessions-table', [
        { label: 'col.session', render: (r) => (transcripts ? link(Kefu.sessionHref(r.session_id), r.session_id, { class: 'session-link' }) : r.session_id) },
        { label: 'col.day', key: 'day' },
        { label: 'col.agent', key: 'agent_id' },
        { label: 'col.channel', render: (r) => Kefu.label('channel', r.channel) },
        { label: 'col.intent', render: (r) => Kefu.intent(r.intent) },
        { label: 'col.faqCluster', key: 'faq_cluster' },
        { label: 'col.rating', num: true, key: 'rating' },
        { label: 'col.turns', num: true, render: (r) => fmt.num(r.turns) },
        { label: 'col.firstResponse', num: true, render: (r) => fmt.num(r.first_response_s, 1) },
        { label: 'col.endReason', render: (r) => Kefu.label('endReason', r.end_reason) },
        { label: 'col.score', num: true, render: (r) => fmt.num(r.score, 1) },
      ], data.rows || [], (r) => ({ 'data-session-id': r.session_id })),
      Kefu.pager('sessions', data.total || 0, offset, LIMIT, (o) => { offset = o; load(); }),
    ];
  }

  function load() {
    Kefu.replaceQuery(Object.assign({}, filters, { offset: offset || '' }));
    // The export carries the same filters, without paging: it is the whole drill-down.
    byId('export-csv').setAttribute('href', '/api/sessions.csv' + Kefu.query(filters));
    return fill(byId('sessions'), () => api('/api/sessions' + Kefu.query(Object.assign({}, filters, { limit: LIMIT, offset }))), render);
  }

  byId('f-channel').replaceChildren(el('option', { value: '', text: t('filter.all') }),
    ...['app', 'web', 'wechat', 'mini_program'].map((c) => el('option', { value: c, text: Kefu.label('channel', c) })));
  const q = Kefu.params();
  Object.keys(INPUTS).forEach((k) => { filters[k] = q.get(k) || ''; byId(INPUTS[k]).value = filters[k]; });
  offset = Math.max(0, parseInt(q.get('offset'), 10) || 0);
  byId('export-csv').setAttribute('href', '/api/sessions.csv' + Kefu.query(filters));

  byId('sessions-filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    Object.keys(INPUTS).forEach((k) => { filters[k] = byId(INPUTS[k]).value.trim(); });
    offset = 0;
    load();
  });

  Kefu.start('sessions', (me) => {
    transcripts = (me.pages || []).includes('qa');
    byId('f-agent-label').hidden = me.role === 'agent';
    return load();
  });
})();

'use strict';
(function () {
  const { api, el, t, fmt, byId, badge, link, table, fill } = Kefu;
  const RULES = ['first_response_timeout', 'reply_timeout', 'forbidden_words', 'missing_greeting', 'missing_closing',
    'no_apology_on_complaint', 'agent_pii_leak', 'negative_unresolved', 'sentiment_drop', 'improper_promise',
    'off_platform_steering', 'review_solicitation'];
  const LIMIT = 50;
  const INPUTS = { score_min: 'f-score-min', score_max: 'f-score-max', rule_id: 'f-rule', severity: 'f-severity',
    agent_id: 'f-agent', day: 'f-day', reviewed: 'f-reviewed', sort: 'f-sort' };
  let filters = {};
  let offset = 0;

  function options(id, values, prefix, withAll) {
    byId(id).replaceChildren(...(withAll ? [el('option', { value: '', text: t('filter.all') })] : []),
      ...values.map((v) => el('option', { value: v, text: Kefu.label(prefix, v) })));
  }

  const sessionLink = (id) => link(Kefu.sessionHref(id), id, { class: 'session-link' });
  const ruleChip = (id) => el('span', { class: 'chip', title: id, text: Kefu.label('rule', id) });

  function spotlight(data) {
    const picks = data.picks || [];
    if (!picks.length) return Kefu.empty();
    return picks.map((p) => el('div', { class: 'pick', 'data-reason': p.reason, 'data-session-id': p.session_id }, [
      el('div', { class: 'pick-head' }, [badge(Kefu.label('reason', p.reason), p.reason === 'critical' ? 'red' : 'blue'),
        ' ', sessionLink(p.session_id)]),
      el('div', { class: 'muted small', text: [p.day, p.agent_id, t('col.score') + ' ' + fmt.num(p.score, 1)].join(' · ') }),
      el('div', { class: 'why', text: fmt.text(I18N.lang === 'en' && p.why_en ? p.why_en : p.why) }),
    ]));
  }

  function queue(data) {
    byId('qa-total').textContent = t('common.total', { total: fmt.num(data.total || 0) });
    return [
      table('qa-queue', [
        { label: 'col.session', render: (r) => sessionLink(r.session_id) },
        { label: 'col.day', key: 'day' },
        { label: 'col.agent', key: 'agent_id' },
        { label: 'col.channel', render: (r) => Kefu.label('channel', r.channel) },
        { label: 'col.score', num: true, render: (r) => el('span', { class: r.score === 0 ? 'score-fail' : null, text: fmt.num(r.score, 1) }) },
        { label: 'col.violations', num: true, render: (r) => fmt.num(r.violations) },
        { label: 'col.critical', num: true, render: (r) => (r.critical ? badge(fmt.num(r.critical), 'red') : '0') },
        { label: 'col.reviewed', render: (r) => (r.reviewed ? badge(t('common.yes'), 'green') : badge(t('common.no'), 'muted')) },
        { label: 'col.rules', render: (r) => (r.rules || []).map(ruleChip) },
      ], data.rows || [], (r) => ({ 'data-session-id': r.session_id, 'data-reviewed': r.reviewed ? 'yes' : 'no' })),
      Kefu.pager('qa', data.total || 0, offset, LIMIT, (o) => { offset = o; loadQueue(); }),
    ];
  }

  function loadQueue() {
    Kefu.replaceQuery(Object.assign({}, filters, { offset: offset || '' }));
    return fill(byId('queue'), () => api('/api/qa/inspections' + Kefu.query(Object.assign({}, filters, { limit: LIMIT, offset }))), queue);
  }

  function coverage(data) {
    const days = (data.days || []).slice().sort((a, b) => (a.day < b.day ? 1 : -1));
    const alerts = days.filter((d) => d.alert);
    const box = byId('coverage-alert');
    box.hidden = !alerts.length;
    box.textContent = alerts.length ? t('qa.coverageAlert', { days: alerts.map((d) => d.day).join(', ') }) : '';
    return table('coverage-table', [
      { label: 'col.day', key: 'day' },
      { label: 'col.ended', num: true, render: (r) => fmt.num(r.ended) },
      { label: 'col.inspected', num: true, render: (r) => fmt.num(r.inspected) },
      { label: 'col.coverage', num: true, render: (r) => fmt.pct(r.coverage) },
      { label: 'col.status', render: (r) => (r.alert ? badge(t('qa.belowTarget'), 'red') : badge(t('common.ok'), 'green')) },
    ], days, (r) => ({ 'data-day': r.day, class: r.alert ? 'alert-row' : null }));
  }

  function calibration(data) {
    byId('calibration-floor').textContent = data.floor === undefined ? '' : t('qa.floor', { floor: fmt.pct(data.floor) });
    return table('calibration-table', [
      { label: 'col.rule', render: (r) => [ruleChip(r.rule_id), r.drifting ? [' ', badge(t('qa.drifting'), 'red')] : ''] },
      { label: 'col.hits', num: true, render: (r) => fmt.num(r.hits) },
      { label: 'col.reviewed', num: true, render: (r) => fmt.num(r.reviewed) },
      { label: 'col.confirmed', num: true, render: (r) => fmt.num(r.confirmed) },
      { label: 'col.precision', num: true, render: (r) => fmt.pct(r.precision) },
    ], data.rules || [], (r) => ({ 'data-rule-id': r.rule_id, class: r.drifting ? 'drifting' : null }));
  }

  function appeals(data) {
    return table('appeals-table', [
      { label: 'col.session', render: (r) => sessionLink(r.session_id) },
      { label: 'col.rule', render: (r) => ruleChip(r.rule_id) },
      { label: 'col.message', num: true, render: (r) => fmt.text(r.message_index) },
      { label: 'col.agent', key: 'agent_id' },
      { label: 'col.comment', render: (r) => fmt.text(r.comment) },
      { label: 'col.filedAt', render: (r) => fmt.time(r.filed_at) },
    ], data.appeals || [], (r) => ({ 'data-session-id': r.session_id, 'data-rule-id': r.rule_id, 'data-message-index': r.message_index }));
  }

  options('f-rule', RULES, 'rule', true);
  options('f-severity', ['critical', 'major', 'minor'], 'severity', true);
  options('f-reviewed', ['yes', 'no'], 'yesno', true);
  options('f-sort', ['score_asc', 'score_desc', 'day_desc', 'violations_desc'], 'sort', false);
  const q = Kefu.params();
  Object.keys(INPUTS).forEach((k) => { if (q.get(k)) byId(INPUTS[k]).value = q.get(k); });
  offset = Math.max(0, parseInt(q.get('offset'), 10) || 0);
  const readFilters = () => Object.keys(INPUTS).forEach((k) => { filters[k] = byId(INPUTS[k]).value.trim(); });
  readFilters();

  byId('qa-filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    readFilters();
    offset = 0;
    loadQueue();
  });

  Kefu.start('qa', (me) => {
    const manager = Kefu.canReview();
    // Agents see their own sessions only (server side); calibration and rulings are not theirs.
    byId('card-calibration').hidden = !manager;
    byId('card-appeals').hidden = !manager;
    byId('f-agent-label').hidden = me.role === 'agent';
    const jobs = [
      fill(byId('spotlight'), () => api('/api/qa/spotlight'), spotlight),
      loadQueue(),
      fill(byId('coverage'), () => api('/api/qa/coverage'), coverage),
    ];
    if (manager) {
      jobs.push(fill(byId('calibration'), () => api('/api/qa/calibration'), calibration));
      jobs.push(fill(byId('appeals'), () => api('/api/qa/appeals?open=yes'), appeals));
    }
    return Promise.all(jobs);
  });
})();

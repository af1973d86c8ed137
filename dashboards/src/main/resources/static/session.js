'use strict';
(function () {
  const { api, el, t, fmt, byId, badge } = Kefu;
  const sessionId = Kefu.params().get('id') || '';

  function meta(s) {
    const items = [
      ['col.day', s.day], ['col.agent', s.agent_id], ['col.customer', s.customer_id],
      ['col.channel', Kefu.label('channel', s.channel)], ['col.intent', Kefu.intent(s.intent)],
      ['col.start', fmt.time(s.start_ts)], ['col.end', fmt.time(s.end_ts)], ['col.rating', s.rating],
      ['col.score', fmt.num(s.score, 1)], ['col.violations', s.violations], ['col.critical', s.critical === undefined ? '' : t(s.critical ? 'common.yes' : 'common.no')],
    ];
    return el('dl', { class: 'meta' }, items.map(([k, v]) =>
      el('div', null, [el('dt', { text: t(k) }), el('dd', { text: fmt.text(v) })])));
  }

  /** Posts one review action for violation v, then redraws the page from the server's state. */
  async function act(block, path, body) {
    const err = block.querySelector('.action-error');
    block.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    err.hidden = true;
    try {
      await api(path, { method: 'POST', body });
      await load();
    } catch (e) {
      err.textContent = Kefu.errorNode(e).textContent;
      err.hidden = false;
      block.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
  }

  const target = (v) => ({ session_id: sessionId, rule_id: v.rule_id, message_index: v.message_index });

  function verdicts(v) {
    const list = v.verdicts || [];
    return el('ul', { class: 'verdicts' }, list.length ? list.map((x) =>
      el('li', { class: 'verdict', 'data-verdict': x.verdict }, [
        badge(Kefu.label('verdict', x.verdict), x.verdict === 'correct' ? 'green' : 'amber'), ' ',
        el('span', { text: [x.reviewer, fmt.time(x.reviewed_at)].join(' · ') }),
        x.comment ? el('div', { class: 'comment', text: x.comment }) : null,
      ])) : el('li', { class: 'none muted', text: t('session.noVerdicts') }));
  }

  function appealState(a) {
    if (!a) return el('div', { class: 'appeal-state', 'data-state': 'none', text: t('session.noAppeal') });
    const state = a.open ? 'open' : (a.ruling || 'closed');
    return el('div', { class: 'appeal-state', 'data-state': state }, [
      badge(a.open ? t('session.appealOpen') : Kefu.label('ruling', a.ruling), a.open ? 'blue' : 'muted'), ' ',
      el('span', { class: 'muted', text: t('session.appealBy', { agent: fmt.text(a.agent_id), at: fmt.time(a.filed_at) }) }),
      el('div', { class: 'comment', text: fmt.text(a.comment) }),
      a.open ? null : el('div', { class: 'ruling' }, [
        el('span', { class: 'muted', text: t('session.ruledBy', { who: fmt.text(a.ruled_by), at: fmt.time(a.ruled_at) }) }),
        a.ruling_comment ? el('div', { class: 'comment', text: a.ruling_comment }) : null,
      ]),
    ]);
  }

  function forms(v, block, role) {
    const out = [];
    if (Kefu.canReview()) {
      const comment = el('input', { type: 'text', class: 'verdict-comment', placeholder: t('session.commentOptional') });
      const verdict = (value) => () => act(block, '/api/qa/verdicts', Object.assign(target(v), { verdict: value, comment: comment.value.trim() }));
      out.push(el('div', { class: 'form-row' }, [comment,
        el('button', { type: 'button', class: 'btn btn-confirm', text: t('session.confirm'), onclick: verdict('correct') }),
        el('button', { type: 'button', class: 'btn btn-reject', text: t('session.reject'), onclick: verdict('wrong') })]));
      if (v.appeal && v.appeal.open) {
        const rc = el('textarea', { class: 'ruling-comment', rows: 2, placeholder: t('session.rulingComment') });
        const rule = (value) => () => act(block, '/api/qa/appeals/ruling', Object.assign(target(v), { ruling: value, comment: rc.value.trim() }));
        out.push(el('div', { class: 'form-col ruling-form' }, [rc, el('div', { class: 'form-row' }, [
          el('button', { type: 'button', class: 'btn btn-uphold', text: t('session.uphold'), onclick: rule('upheld') }),
          el('button', { type: 'button', class: 'btn btn-overturn', text: t('session.overturn'), onclick: rule('overturned') })])]));
      }
    }
    if (role === 'agent' && !v.appeal) {
      const ac = el('textarea', { class: 'appeal-comment', rows: 2, placeholder: t('session.appealComment') });
      const btn = el('button', { type: 'button', class: 'btn btn-appeal', text: t('session.appeal'), onclick: () => {
        if (!ac.value.trim()) { ac.focus(); return; }
        act(block, '/api/qa/appeals', Object.assign(target(v), { comment: ac.value.trim() }));
      } });
      out.push(el('div', { class: 'form-col appeal-form' }, [ac, btn]));
    }
    return out;
  }

  function violation(v, role) {
    const sev = String(v.severity || '').toLowerCase();
    const block = el('div', { class: 'violation severity-' + sev, 'data-key': v.key, 'data-rule-id': v.rule_id,
      'data-message-index': v.message_index });
    Kefu.append(block, [
      el('div', { class: 'violation-head' }, [
        badge(Kefu.label('severity', sev), sev === 'critical' ? 'red' : sev === 'major' ? 'amber' : 'muted'), ' ',
        el('strong', { class: 'rule', title: v.rule_id, text: Kefu.label('rule', v.rule_id) }),
        el('span', { class: 'muted small', text: ' ' + t('session.weight') + ' ' + fmt.num(v.weight, 1) }),
      ]),
      v.evidence ? el('blockquote', { class: 'evidence', text: v.evidence }) : null,
      el('div', { class: 'explanation', text: fmt.text(v.explanation) }),
      el('div', { class: 'section-label', text: t('session.verdicts') }), verdicts(v),
      el('div', { class: 'section-label', text: t('session.appealTitle') }), appealState(v.appeal),
      forms(v, block, role),
      el('div', { class: 'action-error block-error', role: 'alert', hidden: true }),
    ]);
    return block;
  }

  function render(data, me) {
    const s = data.session || {};
    byId('session-id').textContent = s.session_id || sessionId;
    byId('session-meta').replaceChildren(meta(s));
    const byIndex = new Map();
    const messages = (data.messages || []).slice().sort((a, b) => a.index - b.index);
    const indexes = new Set(messages.map((m) => m.index));
    const loose = [];
    (data.violations || []).forEach((v) => {
      if (!indexes.has(v.message_index)) { loose.push(v); return; }
      if (!byIndex.has(v.message_index)) byIndex.set(v.message_index, []);
      byIndex.get(v.message_index).push(v);
    });
    byId('card-session-violations').hidden = !loose.length;
    byId('session-violations').replaceChildren(...loose.map((v) => violation(v, me.role)));
    const transcript = byId('transcript');
    transcript.replaceChildren();
    if (!messages.length) transcript.appendChild(Kefu.empty());
    messages.forEach((m) => {
      const vs = byIndex.get(m.index) || [];
      const role = String(m.role || 'system');
      transcript.appendChild(el('div', { class: 'msg-row' }, [
        el('div', { class: 'msg msg-' + role + (vs.length ? ' has-violation' : ''), 'data-index': m.index, 'data-role': role }, [
          el('div', { class: 'msg-head' }, [el('span', { class: 'role', text: Kefu.label('msgrole', role) }),
            el('span', { class: 'muted small', text: '#' + m.index + ' · ' + fmt.time(m.ts) })]),
          el('div', { class: 'msg-text', text: m.text === null || m.text === undefined ? '' : m.text }),
        ]),
        el('div', { class: 'msg-violations' }, vs.map((v) => violation(v, me.role))),
      ]));
    });
  }

  async function load() {
    const data = await api('/api/qa/sessions/' + encodeURIComponent(sessionId));
    render(data, Kefu.me());
  }

  Kefu.start('session', () => {
    if (!sessionId) throw new Kefu.ApiError(400, t('session.missingId'));
    return load();
  });
})();

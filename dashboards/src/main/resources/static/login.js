'use strict';
(function () {
  const { byId, t } = Kefu;
  I18N.apply(document);
  byId('lang-slot').replaceWith(Kefu.langSwitch());

  const form = byId('login-form');
  const box = byId('login-error');
  const submit = byId('login-submit');

  function fail(text) {
    box.textContent = text;
    box.hidden = false;
  }

  // A raw fetch, not Kefu.api: a 401 here means wrong credentials, not "go to the login page".
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    box.hidden = true;
    const username = byId('login-username').value.trim();
    const password = byId('login-password').value;
    if (!username || !password) {
      fail(t('login.missing'));
      return;
    }
    submit.disabled = true;
    try {
      const res = await fetch('/api/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const data = await res.json().catch(() => null);
      if (res.status === 401) {
        fail(t('login.invalid'));
      } else if (!res.ok) {
        fail(t('error.http', { status: res.status }) + ' ' + ((data && data.error) || ''));
      } else if (!data || !data.pages || !data.pages.length) {
        fail(t('login.noPages'));
      } else {
        location.href = data.pages[0] + '.html';
        return;
      }
    } catch (e) {
      fail(t('error.network') + ' ' + e.message);
    }
    submit.disabled = false;
  });
})();

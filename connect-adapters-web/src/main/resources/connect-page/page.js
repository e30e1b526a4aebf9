// connect's page: the frontend half of account linking, as a host application would build it. It fetches a session
// token from connect (POST /v1/connect-sessions), opens the genuine <stackone-hub> with it where /v1/frontend-config
// says StackOne is (the sandbox in the embedded default), believes the Hub's success event only once connect's
// registry has the account, and lists the customer's accounts. Operators create and follow auth links.
//
// Credentials (the caller token and the operator key) live in this tab's sessionStorage only: never in a URL, never
// logged. Every call goes to the connect that served this page, by a path relative to it, so that the page works
// wherever connect is mounted.

const STORAGE_KEY = 'connect.page.credentials';
const CONFIRM_TIMEOUT_MS = 20000;
const CONFIRM_INTERVAL_MS = 500;

const $ = (id) => document.getElementById(id);

/** An answer connect refused, or no answer at all; `message` says it in plain words. */
class ApiError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** connect's API relative to this page: `v1/accounts` from `/` is `/v1/accounts`, from `/connect/` it is below it. */
async function call(method, path, { token, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(new URL(path, document.baseURI), {
      method, headers, cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (unreachable) {
    throw new ApiError('connect could not be reached: is it still running?', 0, 'unreachable');
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (notJson) {
    json = null;
  }
  if (!response.ok) {
    throw new ApiError(plainWords(response.status, json), response.status, json && json.code);
  }
  return json;
}

/** A problem+json answer as a person reads it: what happened, then connect's own detail. */
function plainWords(status, problem) {
  const detail = problem && (problem.detail || problem.title) ? ` (${problem.detail || problem.title})` : '';
  if (status === 401) {
    return `connect did not accept your credentials: they may have expired. Sign in again${detail}.`;
  }
  if (status === 403) {
    return `That is not permitted on this server${detail}.`;
  }
  if (status === 404) {
    return `connect does not know that${detail}.`;
  }
  if (status === 409) {
    return `That cannot be done in the current state${detail}.`;
  }
  if (status === 400 || status === 413 || status === 415) {
    const field = problem && problem.field ? ` Check "${problem.field}".` : '';
    return `connect refused the request${detail}.${field}`;
  }
  if (status === 502 || status === 503 || status === 504) {
    return `connect or the linking provider is not available right now${detail}. Try again in a moment.`;
  }
  return `Something went wrong on the server (${status})${detail}.`;
}

const state = {
  config: null,
  credentials: null, // {callerToken, operatorKey?, ownerId?, ownerName?, expiresAt?}
  hub: null, // {opener, reauth: account | null}
};

// ---------------------------------------------------------------------------------------------------- messages --

function say(text) {
  $('status').textContent = text;
}

function fail(error) {
  const box = $('error');
  box.textContent = error instanceof ApiError ? error.message : `Something went wrong in this page: ${error.message}`;
  box.hidden = false;
}

function clearError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

/** Runs a user's action: clears the last error, shows this one, and keeps the button disabled meanwhile. */
async function act(button, action) {
  clearError();
  if (button) {
    button.disabled = true;
  }
  try {
    await action();
  } catch (error) {
    fail(error);
  } finally {
    if (button) {
      button.disabled = false;
    }
  }
}

function when(iso) {
  if (!iso) {
    return 'never';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'className') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function button(text, label, onClick, className) {
  const node = element('button', { type: 'button', 'aria-label': label, className }, text);
  node.addEventListener('click', () => act(node, () => onClick(node)));
  return node;
}

// ------------------------------------------------------------------------------------------------- credentials --

function loadCredentials() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
    if (saved && saved.expiresAt && Date.parse(saved.expiresAt) <= Date.now()) {
      sessionStorage.removeItem(STORAGE_KEY);
      return null;
    }
    return saved && saved.callerToken ? saved : null;
  } catch (unreadable) {
    return null;
  }
}

function keepCredentials(credentials) {
  state.credentials = credentials;
  if (credentials) {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credentials));
  } else {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

function caller() {
  return state.credentials.callerToken;
}

function operator() {
  return state.credentials.operatorKey;
}

async function demoSignIn(event) {
  event.preventDefault();
  const ownerId = $('owner-id').value.trim();
  const ownerName = $('owner-name').value.trim();
  if (!ownerId) {
    throw new ApiError('Enter a customer (owner) id to sign in as.', 400, 'invalid_request');
  }
  const body = ownerName ? { ownerId, ownerName } : { ownerId };
  const signedIn = await call('POST', 'v1/demo/sign-in', { body });
  keepCredentials({
    callerToken: signedIn.token, operatorKey: signedIn.operatorKey || null, ownerId, ownerName: ownerName || ownerId,
    expiresAt: signedIn.expiresAt,
  });
  say(`Signed in as ${ownerName || ownerId} until ${when(signedIn.expiresAt)}.`);
  await showSignedIn();
}

async function useToken(event) {
  event.preventDefault();
  const callerToken = $('caller-token').value.trim();
  const operatorKey = $('operator-key').value.trim();
  if (!callerToken) {
    throw new ApiError('Paste a caller token (a JWT your identity provider issued for connect).', 400, 'invalid_request');
  }
  $('caller-token').value = '';
  $('operator-key').value = '';
  keepCredentials({ callerToken, operatorKey: operatorKey || null });
  say('Using your token.');
  await showSignedIn();
}

function signOut() {
  closeHub();
  keepCredentials(null);
  showSignedOut();
  say('Signed out.');
}

function showSignedOut() {
  $('signed-in').hidden = true;
  $('sign-out').hidden = true;
  $('demo-form').hidden = !state.config.demoSignIn;
  $('token-form').hidden = state.config.demoSignIn;
  for (const id of ['connect', 'accounts-section', 'operator']) {
    $(id).hidden = true;
  }
}

async function showSignedIn() {
  const who = state.credentials.ownerId
    ? `Signed in as ${state.credentials.ownerName} (${state.credentials.ownerId}), demo sign-in`
    : 'Signed in with your token';
  $('signed-in').textContent = who + (state.credentials.operatorKey ? ', with the operator key.' : '.');
  $('signed-in').hidden = false;
  $('sign-out').hidden = false;
  $('demo-form').hidden = true;
  $('token-form').hidden = true;
  $('connect').hidden = false;
  $('accounts-section').hidden = false;
  $('operator').hidden = !state.credentials.operatorKey;
  await refreshAll();
}

async function refreshAll() {
  await loadAccounts();
  if (state.credentials.operatorKey) {
    await loadOperatorView();
  }
}

// --------------------------------------------------------------------------------------------------------- Hub --

/** Opens the genuine Hub with a fresh session: to link a new account, or (with `reauth`) to edit that one. */
async function openHub(sessionBody, opener, reauth) {
  if (!window.customElements.get('stackone-hub')) {
    throw new ApiError("The Hub component is missing from this server's build: build connect with Maven "
      + '(connect-sandbox fetches it).', 0, 'hub_missing');
  }
  const session = await call('POST', 'v1/connect-sessions', { token: caller(), body: sessionBody });
  closeHub();
  const hub = document.createElement('stackone-hub');
  // base-url before token: the Hub caches without the base URL
  hub.setAttribute('base-url', state.config.hubBaseUrl);
  if (state.config.hubAppUrl) {
    hub.setAttribute('app-url', state.config.hubAppUrl);
  }
  hub.setAttribute('height', '560px');
  hub.setAttribute('token', session.token);
  hub.addEventListener('success', (event) => act(null, () => linked(event.detail || {})));
  hub.addEventListener('close', () => closeHub());
  $('hub-container').replaceChildren(hub);
  $('hub-panel').hidden = false;
  $('hub-title').textContent = reauth ? `Re-authenticate ${reauth.provider} account ${reauth.id}` : 'StackOne Hub';
  state.hub = { opener, reauth };
  $('hub-title').focus();
  say(reauth ? `The Hub is open to re-authenticate ${reauth.provider}.`
    : 'The Hub is open: pick a provider and link the account.');
}

function closeHub() {
  if (!state.hub) {
    return;
  }
  const { opener } = state.hub;
  state.hub = null;
  $('hub-container').replaceChildren();
  $('hub-panel').hidden = true;
  if (opener && document.contains(opener)) {
    opener.focus();
  } else {
    $('connect-account').focus();
  }
}

/**
 * The Hub's success event says only what the Hub saw: the account is shown as linked once connect's registry has it
 * (the provider's webhook reaches connect a moment later) and, for a re-authentication, once that event arrived.
 */
async function linked({ id, provider }) {
  if (!id) {
    throw new ApiError('The Hub reported success without an account id.', 0, 'hub_success');
  }
  const reauth = state.hub && state.hub.reauth;
  say(`The Hub linked ${provider || 'an account'}; waiting for connect to confirm it…`);
  const account = await confirmed(String(id), reauth ? reauth.lastEventDate : null);
  await loadAccounts();
  say(reauth ? `Re-authenticated: ${account.provider} account ${account.id} is linked again.`
    : `Linked: ${account.provider} account ${account.id} is in connect's registry.`);
}

async function confirmed(id, lastEventBefore) {
  const deadline = Date.now() + CONFIRM_TIMEOUT_MS;
  for (;;) {
    try {
      const account = await call('GET', `v1/accounts/${encodeURIComponent(id)}`, { token: caller() });
      if (account.state === 'linked' && account.lastEventDate !== lastEventBefore) {
        return account;
      }
    } catch (error) {
      if (error.status !== 404) {
        throw error;
      }
    }
    if (Date.now() > deadline) {
      throw new ApiError(`The Hub linked account ${id}, but connect has not heard of it from the provider yet: is the `
        + "provider's webhook reaching connect? Refresh the list in a moment.", 0, 'not_confirmed');
    }
    await new Promise((resolve) => { setTimeout(resolve, CONFIRM_INTERVAL_MS); });
  }
}

async function connectAccount(event) {
  event.preventDefault();
  const provider = $('provider').value.trim();
  const category = $('category').value;
  const body = {};
  if (provider) {
    body.provider = provider;
  }
  if (category) {
    body.categories = [category];
  }
  await openHub(body, $('connect-account'), null);
}

// ---------------------------------------------------------------------------------------------------- accounts --

async function loadAccounts() {
  const page = await call('GET', 'v1/accounts?limit=50', { token: caller() });
  $('accounts').replaceChildren(...page.data.map(accountRow));
  $('no-accounts').hidden = page.data.length > 0;
}

function lastCheck(account) {
  if (!account.lastCheck) {
    return 'not checked yet';
  }
  const reasons = (account.lastCheck.reasons || []).map((reason) => reason.description || reason.code).join('; ');
  return `${account.lastCheck.status}${reasons ? ` (${reasons})` : ''} at ${when(account.lastCheck.checkedAt)}`;
}

function accountRow(account) {
  const name = `${account.provider} account ${account.id}`;
  const live = account.state === 'linked';
  const row = element('li', {
    'data-account-id': account.id, 'data-state': account.state, 'data-last-event': account.lastEventDate,
    'data-checked-at': account.lastCheck ? account.lastCheck.checkedAt : null,
  },
  element('div', { className: 'what' },
    element('strong', {}, account.provider),
    element('span', { className: `state state-${account.state}` }, account.state),
    element('span', { className: 'facts' }, `id ${account.id} · user ${account.userName || '—'}`),
    element('span', { className: 'facts last-event' }, `last event ${when(account.lastEventDate)}`),
    element('span', { className: 'facts last-check' }, `last check: ${lastCheck(account)}`)),
  live ? element('div', { className: 'actions' },
    button('Check', `Check ${name}`, () => check(account)),
    button('Re-authenticate', `Re-authenticate ${name}`, (node) => openHub({ accountId: account.id }, node, account)),
    button('Disconnect', `Disconnect ${name}`, () => disconnect(account), 'danger')) : null);
  return row;
}

async function check(account) {
  say(`Checking ${account.provider} account ${account.id}…`);
  const checked = await call('GET', `v1/accounts/${encodeURIComponent(account.id)}?check=true`, { token: caller() });
  await loadAccounts();
  say(`Checked ${checked.provider} account ${checked.id}: ${checked.state === 'linked'
    ? lastCheck(checked) : 'the provider no longer knows it, so it is marked deleted'}.`);
  focusRow(checked.id);
}

async function disconnect(account) {
  if (!window.confirm(`Disconnect ${account.provider} account ${account.id}? The provider deletes it too.`)) {
    return;
  }
  await call('DELETE', `v1/accounts/${encodeURIComponent(account.id)}`, { token: caller() });
  await loadAccounts();
  say(`Disconnected ${account.provider} account ${account.id}.`);
  $('accounts-title').focus();
}

/** After a list is redrawn, keyboard focus goes back to the row the action was on rather than to the page's top. */
function focusRow(id) {
  const first = document.querySelector(`#accounts li[data-account-id="${CSS.escape(id)}"] button`);
  if (first) {
    first.focus();
  }
}

// ---------------------------------------------------------------------------------------------------- operator --

function unavailable(error) {
  return error instanceof ApiError && error.status === 404;
}

async function loadOperatorView() {
  try {
    await loadAuthLinks();
  } catch (error) {
    if (!unavailable(error)) {
      throw error;
    }
    $('auth-links-unavailable').textContent = 'Auth links are not available on this server.';
    $('auth-links-unavailable').hidden = false;
    $('auth-links-available').hidden = true;
    return;
  }
  $('auth-links-unavailable').hidden = true;
  $('auth-links-available').hidden = false;
  await loadOutbox();
}

async function loadAuthLinks() {
  const page = await call('GET', 'v1/admin/auth-links?limit=50', { token: operator() });
  $('auth-links').replaceChildren(...page.data.map(authLinkRow));
  $('no-auth-links').hidden = page.data.length > 0;
}

function authLinkRow(link) {
  const name = `auth link for ${link.ownerName} to ${link.recipientEmail}`;
  const delivery = link.delivery || {};
  const pending = link.state === 'pending';
  const facts = link.state === 'linked'
    ? `linked ${when(link.linkedAt)}${link.linkedAccountId ? ` · account ${link.linkedAccountId}` : ''}`
    : link.state === 'revoked' ? `revoked ${when(link.revokedAt)}` : `expires ${when(link.expiresAt)}`;
  return element('li', { 'data-link-id': link.id, 'data-state': link.state },
    element('div', { className: 'what' },
      element('strong', {}, `${link.ownerName} (${link.ownerId})`),
      element('span', { className: `state state-${link.state}` }, link.state),
      element('span', { className: 'facts' }, `to ${link.recipientEmail}`
        + `${link.provider ? ` · ${link.provider}` : ''}${link.accountId ? ` · re-authenticates ${link.accountId}` : ''}`),
      element('span', { className: 'facts' }, facts),
      element('span', { className: 'facts delivery' }, `e-mail ${delivery.status || 'unknown'}`
        + `${delivery.attempts ? `, ${delivery.attempts} attempt(s)` : ''}`
        + `${delivery.lastError ? `: ${delivery.lastError}` : ''}`)),
    pending ? element('div', { className: 'actions' },
      button('Resend', `Resend ${name}`, () => linkAction(link, 'resend', 'Sent again')),
      button('Revoke', `Revoke ${name}`, () => linkAction(link, 'revoke', 'Revoked'), 'danger')) : null);
}

async function linkAction(link, action, done) {
  await call('POST', `v1/admin/auth-links/${encodeURIComponent(link.id)}/${action}`, { token: operator() });
  await loadOperatorView();
  say(`${done}: the auth link for ${link.ownerName} (${link.recipientEmail}).`);
}

async function createAuthLink(event) {
  event.preventDefault();
  const form = event.target;
  if (!form.reportValidity()) {
    return;
  }
  const value = (id) => $(id).value.trim();
  const body = {
    ownerId: value('link-owner-id'), ownerName: value('link-owner-name'), recipientEmail: value('link-email'),
    expiresIn: Number(value('link-days')) * 86400,
  };
  if (value('link-provider')) {
    body.provider = value('link-provider');
  }
  if (value('link-message')) {
    body.message = value('link-message');
  }
  const link = await call('POST', 'v1/admin/auth-links', { token: operator(), body });
  await loadOperatorView();
  say(`Auth link created for ${link.ownerName}; e-mail to ${link.recipientEmail}: ${link.delivery.status}.`);
}

/** An http(s) URL as a link's target; anything else (a `javascript:` URL) is no link. */
function webLink(text) {
  try {
    const url = new URL(text, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (notAUrl) {
    return null;
  }
}

async function loadOutbox() {
  let outbox;
  try {
    outbox = await call('GET', 'v1/admin/outbox?limit=20', { token: operator() });
  } catch (error) {
    if (!unavailable(error)) {
      throw error;
    }
    $('outbox-section').hidden = true; // e-mail goes out by SMTP: there is no outbox to show
    return;
  }
  $('outbox-section').hidden = false;
  $('outbox').replaceChildren(...outbox.data.map((message) => element('li', { 'data-message-id': message.id },
    element('div', { className: 'what' },
      element('strong', {}, message.subject),
      element('span', { className: 'facts' }, `to ${message.to} · sent ${when(message.sentAt)}`)),
    element('div', { className: 'actions' },
      webLink(message.url) ? element('a', {
        href: webLink(message.url), target: '_blank', rel: 'noopener noreferrer', className: 'open-link',
        'aria-label': `Open the link sent to ${message.to} (new tab)`,
      }, 'Open the link') : null))));
  $('no-messages').hidden = outbox.data.length > 0;
}

// -------------------------------------------------------------------------------------------------------- start --

function on(id, eventName, handler) {
  const node = $(id);
  node.addEventListener(eventName, (event) => act(event.submitter || (node.tagName === 'BUTTON' ? node : null),
    () => handler(event)));
}

async function start() {
  on('demo-form', 'submit', demoSignIn);
  on('token-form', 'submit', useToken);
  on('sign-out', 'click', signOut);
  on('connect-form', 'submit', connectAccount);
  on('close-hub', 'click', closeHub);
  on('refresh-accounts', 'click', loadAccounts);
  on('auth-link-form', 'submit', createAuthLink);
  on('refresh-auth-links', 'click', loadOperatorView);
  on('refresh-outbox', 'click', loadOutbox);
  // An auth link is completed in another tab, by another person: coming back to this tab shows what happened.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.credentials && !state.hub) {
      act(null, refreshAll);
    }
  });

  state.config = await call('GET', 'v1/frontend-config');
  const badge = $('mode');
  badge.textContent = state.config.mode === 'sandbox' ? 'against the built-in StackOne sandbox' : 'against StackOne';
  badge.hidden = false;
  state.credentials = loadCredentials();
  if (state.credentials) {
    await showSignedIn();
  } else {
    showSignedOut();
    say(state.config.demoSignIn ? 'Sign in as a demo customer to start.' : 'Paste a caller token to start.');
  }
  document.body.dataset.ready = 'true';
}

act(null, start);

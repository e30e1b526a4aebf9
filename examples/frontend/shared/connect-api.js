// What the example pages ask of connect, the host application's backend in StackOne's guides: where StackOne is,
// a caller token (the demo sign-in of the embedded default, or one you paste), a connect session for the Hub, and the
// linked accounts. Plain fetch; an error answer (application/problem+json) becomes an Error saying what connect said.

/** Where connect's API is: the path above /examples/, so that the pages work wherever the app is mounted. */
export const apiBase = window.location.pathname.replace(/\/examples\/.*$/, '');

async function call(method, path, { token, body } = {}) {
  const headers = {};
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(apiBase + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(json && json.detail
      ? `${response.status} ${json.code}: ${json.detail}` : `${method} ${path} answered ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return json;
}

/** {mode, hubBaseUrl, hubAppUrl, connectJsUrl, demoSignIn}: the sandbox's or StackOne's, as the app runs. */
export function loadConfig() {
  return call('GET', '/v1/frontend-config');
}

/** The embedded default's demo sign-in: a caller token for this owner, valid one hour. */
export async function signIn(ownerId, ownerName) {
  const body = { ownerId };
  if (ownerName) {
    body.ownerName = ownerName;
  }
  return call('POST', '/v1/demo/sign-in', { body });
}

/** POST /v1/connect-sessions: the token to hand to the Hub ("from your backend" in StackOne's guides). */
export async function createSessionToken(callerToken) {
  const session = await call('POST', '/v1/connect-sessions', { token: callerToken, body: {} });
  return session.token;
}

/** The caller's linked accounts, newest first, from connect's registry. */
export async function listAccounts(callerToken) {
  return (await call('GET', '/v1/accounts?limit=20', { token: callerToken })).data;
}

/**
 * onSuccess only says what the Hub saw: wait until connect's registry has the account (StackOne's webhook reaches it
 * a moment later) and answer it as connect knows it; an Error after `timeoutMs`.
 */
export async function confirmLinked(callerToken, accountId, { timeoutMs = 20000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const account = await call('GET', `/v1/accounts/${encodeURIComponent(accountId)}`, { token: callerToken });
      if (account.state === 'linked') {
        return account;
      }
    } catch (error) {
      if (error.status !== 404) {
        throw error;
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`connect's registry does not list account ${accountId} yet: has StackOne's webhook reached `
        + 'connect (/webhooks/stackone)?');
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

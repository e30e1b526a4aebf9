import { useCallback, useEffect, useState } from 'react';
import { confirmLinked, listAccounts } from '../../shared/connect-api.js';

/**
 * What the Hub reported and what connect confirmed: the callbacks in the order they fired, the account onSuccess
 * named once connect's registry has it, and the caller's linked accounts.
 */
export function useHubOutcome(caller) {
  const [events, setEvents] = useState([]);
  const [confirmation, setConfirmation] = useState(null);

  const record = useCallback((type, detail) => {
    setEvents((earlier) => [...earlier, { type, detail }]);
    if (type === 'onSuccess') {
      setConfirmation({ state: 'pending', account: detail });
      confirmLinked(caller.token, detail.id).then(
        (account) => setConfirmation({ state: 'confirmed', account }),
        (error) => setConfirmation({ state: 'failed', account: detail, message: error.message }));
    }
  }, [caller]);

  return { events, record, confirmation };
}

export function Outcome({ caller, outcome }) {
  return (
    <div className="outcome">
      <section className="card">
        <h3>Callbacks</h3>
        {outcome.events.length === 0 ? <p className="muted">None yet.</p> : (
          <ol id="events">
            {outcome.events.map((event, index) => (
              <li key={index} data-event={event.type}>
                <code>{event.type}</code>{event.detail ? <> <code>{JSON.stringify(event.detail)}</code></> : null}
              </li>
            ))}
          </ol>
        )}
        <Confirmation confirmation={outcome.confirmation} />
      </section>
      <LinkedAccounts caller={caller} refresh={outcome.confirmation} />
    </div>
  );
}

function Confirmation({ confirmation }) {
  if (!confirmation) {
    return null;
  }
  const { state, account } = confirmation;
  if (state === 'pending') {
    return <p id="confirmation" className="muted">Confirming {account.id} with connect…</p>;
  }
  if (state === 'failed') {
    return <p id="confirmation" className="error" role="alert">{confirmation.message}</p>;
  }
  return (
    <p id="confirmation" className="confirmed" data-account-id={account.id} data-provider={account.provider}>
      ✓ connect's registry has <strong>{account.provider}</strong> account <code>{account.id}</code> for
      {' '}{account.ownerName}.
    </p>
  );
}

function LinkedAccounts({ caller, refresh }) {
  const [accounts, setAccounts] = useState(null);
  const [failure, setFailure] = useState(null);

  const load = useCallback(() => {
    listAccounts(caller.token).then((data) => { setAccounts(data); setFailure(null); },
      (error) => setFailure(error.message));
  }, [caller]);
  useEffect(load, [load, refresh]);

  return (
    <section className="card">
      <h3>Linked accounts of {caller.ownerId} <button type="button" className="link" onClick={load}>refresh</button></h3>
      {failure && <p className="error" role="alert">{failure}</p>}
      {accounts && accounts.length === 0 && <p className="muted">None yet.</p>}
      {accounts && accounts.length > 0 && (
        <ul id="accounts">
          {accounts.map((account) => (
            <li key={account.id} data-account-id={account.id}>
              <strong>{account.provider}</strong> <code>{account.id}</code> <span className="muted">{account.state}
              {' '}since {new Date(account.createdAt).toLocaleString()}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useState } from 'react';
import { StackOneHub } from '@stackone/hub';
import { createSessionToken } from '../../shared/connect-api.js';
import { Outcome, useHubOutcome } from './Outcome.jsx';

/**
 * StackOne's current React component, as its guide writes it: a token from your backend, then
 * <StackOneHub token onSuccess onClose />. baseUrl (and appUrl) come from connect's frontend configuration: the
 * sandbox in the embedded default, StackOne otherwise. The Hub has no onCancel; closing it before an account is
 * linked is the page's own business (the Cancel button below).
 */
export function HubScreen({ config, caller }) {
  const [token, setToken] = useState(null);
  const [linked, setLinked] = useState(false);
  const [failure, setFailure] = useState(null);
  const outcome = useHubOutcome(caller);

  const openHub = async () => {
    setFailure(null);
    setLinked(false);
    try {
      setToken(await createSessionToken(caller.token));
    } catch (error) {
      setFailure(error.message);
    }
  };

  return (
    <section className="screen">
      <div className="card">
        <h2><code>&lt;StackOneHub&gt;</code> from <code>@stackone/hub</code></h2>
        {!token && <button type="button" className="primary" id="open-hub" onClick={openHub}>Connect an account</button>}
        {token && (
          <>
            <div className="hub" id="stackone-hub">
              <StackOneHub
                token={token}
                baseUrl={config.hubBaseUrl}
                appUrl={config.hubAppUrl ?? undefined}
                height="560px"
                onSuccess={(account) => {
                  setLinked(true);
                  outcome.record('onSuccess', account);
                }}
                onClose={() => {
                  outcome.record('onClose');
                  setToken(null);
                }}
              />
            </div>
            {!linked && (
              <button type="button" id="cancel-hub"
                onClick={() => { outcome.record('cancelled by the page'); setToken(null); }}>
                Cancel
              </button>
            )}
          </>
        )}
        {failure && <p className="error" role="alert">{failure}</p>}
      </div>
      <Outcome caller={caller} outcome={outcome} />
    </section>
  );
}

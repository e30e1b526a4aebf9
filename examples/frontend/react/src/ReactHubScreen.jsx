import { useCallback, useState } from 'react';
import { useStackOneHub } from '@stackone/react-hub';
import { createSessionToken } from '../../shared/connect-api.js';
import { Outcome, useHubOutcome } from './Outcome.jsx';

const INLINE_CONTAINER = 'stackone-hub-inline';

/**
 * The older React package, as its README writes it: useStackOneHub() and a "Connect Account" button that fetches a
 * session token and calls startConnect. The hook loads connect.js from connectUrl: the sandbox's in the embedded
 * default, StackOne's (its default) otherwise, as connect's frontend configuration says.
 */
export function ReactHubScreen({ config, caller }) {
  const { startConnect } = useStackOneHub({ connectUrl: config.connectJsUrl });
  const [inline, setInline] = useState(false);
  const [failure, setFailure] = useState(null);
  const outcome = useHubOutcome(caller);
  const { record } = outcome;

  const startFlow = useCallback(async () => {
    setFailure(null);
    try {
      const sessionToken = await createSessionToken(caller.token);
      startConnect({
        sessionToken,
        onSuccess: (account) => record('onSuccess', account),
        onCancel: () => record('onCancel'),
        onClose: () => record('onClose'),
        styles: inline ? { inline: { containerId: INLINE_CONTAINER, width: '100%', height: '600px' } } : undefined,
      });
    } catch (error) {
      // startConnect throws a string when connect.js could not be loaded
      setFailure(error instanceof Error ? error.message : `${error} (${config.connectJsUrl})`);
    }
  }, [startConnect, caller, inline, record, config]);

  return (
    <section className="screen">
      <div className="card">
        <h2><code>useStackOneHub()</code> from <code>@stackone/react-hub</code></h2>
        <div className="actions">
          <button type="button" className="primary" id="connect-account" onClick={startFlow}>Connect Account</button>
          <label><input type="checkbox" id="inline" checked={inline} onChange={(e) => setInline(e.target.checked)} />
            {' '}inline (<code>styles.inline</code>) instead of a modal</label>
        </div>
        <p className="muted">connect.js: <code>{config.connectJsUrl}</code></p>
        <div id={INLINE_CONTAINER} className="inline-hub" />
        {failure && <p className="error" role="alert">{failure}</p>}
      </div>
      <Outcome caller={caller} outcome={outcome} />
    </section>
  );
}

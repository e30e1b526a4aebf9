import { useEffect, useState } from 'react';
import { signIn } from '../../shared/connect-api.js';

const DEMO_OWNER = 'demo-tenant';

/**
 * Who the page acts for. In the embedded default connect's demo sign-in issues a caller token for any demo owner;
 * otherwise the token is one your identity provider issued (connect verifies it with CONNECT_AUTH_…).
 */
export function SignIn({ config, caller, onSignedIn }) {
  const [ownerId, setOwnerId] = useState(DEMO_OWNER);
  const [pasted, setPasted] = useState('');
  const [failure, setFailure] = useState(null);

  const signInAs = async (owner) => {
    setFailure(null);
    try {
      const { token } = await signIn(owner);
      onSignedIn({ token, ownerId: owner });
    } catch (error) {
      setFailure(error.message);
    }
  };

  useEffect(() => {
    if (config.demoSignIn && !caller) {
      signInAs(DEMO_OWNER);
    }
  }, []);

  if (config.demoSignIn) {
    return (
      <form className="card signin" onSubmit={(event) => { event.preventDefault(); signInAs(ownerId.trim()); }}>
        <label htmlFor="owner">Demo owner (tenant)</label>
        <input id="owner" value={ownerId} onChange={(event) => setOwnerId(event.target.value)} />
        <button type="submit" id="sign-in">Sign in</button>
        <span id="signed-in" className="muted">{caller ? `Signed in as ${caller.ownerId}` : ''}</span>
        {failure && <p className="error" role="alert">{failure}</p>}
      </form>
    );
  }
  return (
    <form className="card signin" onSubmit={(event) => { event.preventDefault(); onSignedIn({ token: pasted.trim(), ownerId: 'you' }); }}>
      <label htmlFor="bearer">A bearer token for connect, from your identity provider</label>
      <input id="bearer" type="password" value={pasted} onChange={(event) => setPasted(event.target.value)} />
      <button type="submit" id="sign-in" disabled={!pasted.trim()}>Use it</button>
      <span id="signed-in" className="muted">{caller ? 'Using your token' : ''}</span>
    </form>
  );
}

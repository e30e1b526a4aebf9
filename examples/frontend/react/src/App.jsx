import { useEffect, useState } from 'react';
import { loadConfig } from '../../shared/connect-api.js';
import { HubScreen } from './HubScreen.jsx';
import { ReactHubScreen } from './ReactHubScreen.jsx';
import { SignIn } from './SignIn.jsx';

const SCREENS = {
  hub: { title: '<StackOneHub>', package: '@stackone/hub', Screen: HubScreen },
  'react-hub': { title: 'useStackOneHub', package: '@stackone/react-hub', Screen: ReactHubScreen },
};

/** The screen named by the URL's fragment (#/hub or #/react-hub), so that each has an address of its own. */
function useScreen() {
  const current = () => {
    const name = window.location.hash.replace(/^#\/?/, '');
    return SCREENS[name] ? name : 'hub';
  };
  const [screen, setScreen] = useState(current);
  useEffect(() => {
    const onChange = () => setScreen(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return screen;
}

export function App() {
  const [config, setConfig] = useState(null);
  const [failure, setFailure] = useState(null);
  const [caller, setCaller] = useState(null);
  const screen = useScreen();

  useEffect(() => {
    loadConfig().then(setConfig, (error) => setFailure(error.message));
  }, []);

  if (failure) {
    return <main><p className="error" role="alert">connect's frontend configuration: {failure}</p></main>;
  }
  if (!config) {
    return <main><p className="muted">Asking connect where StackOne is…</p></main>;
  }
  const { Screen } = SCREENS[screen];
  return (
    <main>
      <header>
        <p className="crumbs"><a href="../">connect examples</a> / React</p>
        <h1>Link an account with StackOne's React Hub</h1>
        <p className="muted">
          Against <strong>{config.mode === 'sandbox' ? "connect's built-in StackOne sandbox" : 'StackOne'}</strong>
          {' '}(<code>{config.hubBaseUrl}</code>). The token comes from connect's <code>POST /v1/connect-sessions</code>,
          and a linked account is confirmed in connect's registry before it is shown.
        </p>
      </header>
      <SignIn config={config} caller={caller} onSignedIn={setCaller} />
      <nav className="tabs" aria-label="Ways to open the Hub">
        {Object.entries(SCREENS).map(([name, { title, package: pkg }]) => (
          <a key={name} href={`#/${name}`} aria-current={name === screen ? 'page' : undefined}>
            <code>{title}</code> <span className="muted">{pkg}</span>
          </a>
        ))}
      </nav>
      {caller ? <Screen key={`${screen}:${caller.ownerId}`} config={config} caller={caller} />
        : <p className="muted">Sign in to open the Hub.</p>}
    </main>
  );
}

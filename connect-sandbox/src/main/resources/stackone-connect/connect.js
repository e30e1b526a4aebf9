/*
 * connect.js of the StackOne sandbox: the global Connect.start(options) that StackOne's guides load with a script tag
 * (https://app.stackone.com/stackone/connect.js) and that @stackone/react-hub's useStackOneHub() calls. Written for
 * this project from the options @stackone/react-hub 1.1.1 declares (its StartOptions):
 *
 *   sessionToken     the connect session's token, from your backend (required)
 *   apiUrl           which StackOne to open; default: the one this script was loaded from
 *   styles.inline    {containerId, width, height}: render inside that element instead of a modal
 *   styles.options   {back, close, bgColor}: close: false hides the close button (and Escape); bgColor colours the
 *                    Hub's background; back is accepted and changes nothing, as the genuine Hub draws its own
 *   onSuccess(account)   an account was linked: {id, provider}
 *   onCancel()           the Hub was closed without an account linked
 *   onClose()            the Hub was closed, linked or not (after onCancel)
 *
 * It opens the sandbox's embedded Hub page, which runs the genuine <stackone-hub>, in an iframe, and learns the Hub's
 * outcome from the messages that page posts: only from that frame, and only from the Hub's origin. While a Hub is
 * open, another start is ignored, as useStackOneHub expects (it waits for onClose or onCancel).
 */
(function () {
  'use strict';

  if (window.Connect && window.Connect.sandbox) {
    return; // loaded twice: keep the first, and whatever Hub it has open
  }

  var MESSAGE_SOURCE = 'stackone-sandbox-hub';
  var EMBED_PAGE = 'connect/embed';
  // Only while the script runs does the document say where it came from: the Hub is served from the same place.
  var loadedFrom = document.currentScript && document.currentScript.src
    ? new URL('..', document.currentScript.src).href : null;
  var open = null;

  function start(options) {
    if (open) {
      warn('Connect.start was called while the Hub is open; the call is ignored.');
      return;
    }
    if (!options || typeof options.sessionToken !== 'string' || options.sessionToken === '') {
      throw new TypeError('Connect.start: options.sessionToken is required (the connect session token from your '
        + 'backend, e.g. connect\'s POST /v1/connect-sessions).');
    }
    var styles = options.styles || {};
    var look = styles.options || {};
    var container = null;
    if (styles.inline) {
      container = document.getElementById(styles.inline.containerId);
      if (!container) {
        throw new Error('Connect.start: styles.inline.containerId names no element: "'
          + styles.inline.containerId + '".');
      }
    }
    var base = hubBase(options.apiUrl);
    var frame = document.createElement('iframe');
    frame.title = 'StackOne Hub';
    frame.src = embedUrl(base, options.sessionToken, look.bgColor);
    setStyles(frame, {border: '0', display: 'block', width: '100%', flex: '1 1 auto', minHeight: '0'});

    var panel = document.createElement('div');
    panel.setAttribute('data-stackone-connect', container ? 'inline' : 'modal');
    setStyles(panel, {position: 'relative', display: 'flex', flexDirection: 'column', boxSizing: 'border-box',
      overflow: 'hidden', background: '#fff'});
    if (look.bgColor) {
      panel.style.background = look.bgColor; // a CSS value, set through the style object: it cannot inject markup
    }
    var closable = look.close !== false;
    if (closable) {
      panel.appendChild(closeBar(look.bgColor));
    }
    panel.appendChild(frame);

    var root = panel;
    if (container) {
      panel.style.width = styles.inline.width || '100%';
      panel.style.height = styles.inline.height || '600px';
      container.appendChild(panel);
    } else {
      root = document.createElement('div');
      root.setAttribute('role', 'dialog');
      root.setAttribute('aria-modal', 'true');
      root.setAttribute('aria-label', 'Connect an account');
      setStyles(root, {position: 'fixed', inset: '0', zIndex: '2147483000', display: 'flex', alignItems: 'center',
        justifyContent: 'center', background: 'rgba(16, 24, 40, 0.55)'});
      setStyles(panel, {width: 'min(480px, calc(100vw - 32px))', height: 'min(720px, calc(100vh - 32px))',
        borderRadius: '12px', boxShadow: '0 20px 48px rgba(16, 24, 40, 0.3)'});
      root.appendChild(panel);
      document.body.appendChild(root);
    }

    open = {
      options: options,
      frame: frame,
      root: root,
      hubOrigin: new URL(base).origin,
      linked: false,
      closable: closable,
      previousFocus: document.activeElement,
      previousOverflow: container ? null : document.documentElement.style.overflow
    };
    if (!container) {
      document.documentElement.style.overflow = 'hidden';
    }
    window.addEventListener('message', onMessage);
    document.addEventListener('keydown', onKeydown);
    frame.focus();
  }

  function hubBase(apiUrl) {
    var base = apiUrl || loadedFrom;
    if (!base) {
      throw new Error('Connect.start: options.apiUrl is required when connect.js is not loaded with a script tag.');
    }
    var url = new URL(base, window.location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TypeError('Connect.start: options.apiUrl must be an http(s) URL.');
    }
    return url.href.replace(/\/?$/, '/');
  }

  // The token travels in the fragment: it reaches the frame's script and never a server's log or a Referer header.
  function embedUrl(base, token, bgColor) {
    var fragment = new URLSearchParams({token: token, origin: window.location.origin});
    if (bgColor) {
      fragment.set('bg', String(bgColor));
    }
    return new URL(EMBED_PAGE, base).href + '#' + fragment.toString();
  }

  function closeBar(bgColor) {
    var bar = document.createElement('div');
    setStyles(bar, {display: 'flex', justifyContent: 'flex-end', flex: '0 0 auto', padding: '4px 4px 0 4px'});
    if (bgColor) {
      bar.style.background = bgColor;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', 'Close');
    button.setAttribute('data-stackone-connect-close', '');
    button.textContent = '\u00d7';
    setStyles(button, {border: '0', background: 'transparent', cursor: 'pointer', fontSize: '24px',
      lineHeight: '32px', width: '36px', height: '36px', borderRadius: '8px', color: '#344054'});
    button.addEventListener('click', finish);
    bar.appendChild(button);
    return bar;
  }

  function onMessage(event) {
    if (!open || event.source !== open.frame.contentWindow || event.origin !== open.hubOrigin) {
      return; // not the Hub this call opened: another frame, another origin, or the page itself
    }
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== MESSAGE_SOURCE) {
      return;
    }
    if (data.type === 'success' && data.account && typeof data.account.id === 'string') {
      open.linked = true;
      call(open.options.onSuccess, {id: data.account.id, provider: String(data.account.provider)});
    } else if (data.type === 'close') {
      finish();
    }
  }

  function onKeydown(event) {
    if (open && open.closable && event.key === 'Escape') {
      finish();
    }
  }

  function finish() {
    if (!open) {
      return;
    }
    var closed = open;
    open = null;
    window.removeEventListener('message', onMessage);
    document.removeEventListener('keydown', onKeydown);
    closed.root.remove();
    if (closed.previousOverflow !== null) {
      document.documentElement.style.overflow = closed.previousOverflow;
    }
    if (closed.previousFocus && typeof closed.previousFocus.focus === 'function') {
      closed.previousFocus.focus();
    }
    if (!closed.linked) {
      call(closed.options.onCancel);
    }
    call(closed.options.onClose);
  }

  // A page's callback that throws must not leave the Hub half closed: report it as uncaught, after the fact.
  function call(callback, argument) {
    if (typeof callback !== 'function') {
      return;
    }
    try {
      callback(argument);
    } catch (error) {
      setTimeout(function () { throw error; });
    }
  }

  function setStyles(element, styles) {
    Object.keys(styles).forEach(function (name) {
      element.style[name] = styles[name];
    });
  }

  function warn(message) {
    if (window.console && console.warn) {
      console.warn('[connect.js] ' + message);
    }
  }

  window.Connect = {start: start, sandbox: true};
})();

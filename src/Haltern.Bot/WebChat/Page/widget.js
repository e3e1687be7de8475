// The chat inside the widget's frame (served by the bot at /widget, embedded by embed.js or the bot's own page).
// The conversation follows the citizen from page to page in one tab: its token, id and watermark are kept in this
// frame's sessionStorage (the bot's origin, partitioned by the embedding site, gone when the tab closes); the next
// page reconnects to it (Direct Line GET conversations/{id}), refreshing the token first when it is near expiry,
// and Direct Line replays the conversation so its history shows again. Nothing the citizen writes is kept in the
// browser. Voice input (widget-voice.js) stays off until the citizen turns it on after reading who processes
// the recording.
(function () {
  'use strict';

  var settings = JSON.parse(document.getElementById('settings').textContent);
  var texts = settings.texts;
  var query = new URLSearchParams(window.location.search);
  var STATE_KEY = 'haltern-bot.conversation';
  // A token closer than this to its expiry is refreshed before reconnecting (Direct Line's own loop refreshes
  // every 15 minutes while a page stays open).
  var REFRESH_MARGIN_MS = 5 * 60 * 1000;

  var launcher = byId('launcher');
  var panel = byId('panel');
  var status = byId('status');
  var restart = byId('restart');
  var chat = null;

  function byId(id) {
    return document.getElementById(id);
  }

  // Storage may be blocked (a browser that refuses storage to embedded frames): the chat then works on the
  // current page only.
  function read(storage, key) {
    try {
      return window[storage].getItem(key);
    } catch (e) {
      return null;
    }
  }

  function write(storage, key, value) {
    try {
      if (value === null) {
        window[storage].removeItem(key);
      } else {
        window[storage].setItem(key, value);
      }
    } catch (e) {
      // see read()
    }
  }

  function loadState() {
    try {
      return JSON.parse(read('sessionStorage', STATE_KEY)) || {};
    } catch (e) {
      return {};
    }
  }

  var state = loadState();

  function saveState() {
    write('sessionStorage', STATE_KEY, JSON.stringify(state));
  }

  function fillTexts() {
    document.title = texts.title;
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (element) {
      element.textContent = texts[element.getAttribute('data-text')];
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-label]'), function (element) {
      element.setAttribute('aria-label', texts[element.getAttribute('data-label')]);
    });
    var paragraphs = (settings.externalDirectLine ? [texts.privacyViaAzure].concat(texts.privacy.slice(1)) : texts.privacy);
    paragraphs.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      byId('privacy-text').appendChild(p);
    });
  }

  function tellHostPage() {
    if (window.parent !== window) {
      // Only whether the panel is open: the host page sizes the frame by it.
      window.parent.postMessage({ type: 'haltern-bot:state', open: !!state.open }, '*');
    }
  }

  function setOpen(open, focus) {
    state.open = open;
    saveState();
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute('aria-expanded', String(open));
    tellHostPage();
    if (open) {
      ensureChat().then(function () {
        if (focus) {
          focusSendBox();
        }
      });
    } else if (focus) {
      launcher.focus();
    }
  }

  function focusSendBox(attempt) {
    var input = byId('webchat').querySelector('[data-id="webchat-sendbox-input"]');
    if (input) {
      input.focus();
    } else if ((attempt || 0) < 50) {
      setTimeout(function () { focusSendBox((attempt || 0) + 1); }, 100);
    }
  }

  // ---- The conversation ----

  function loadWebChat() {
    if (window.WebChat) {
      return Promise.resolve();
    }

    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = '/chat/webchat.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  async function newConversation() {
    var response = await fetch('/api/directline/token', { method: 'POST', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error('token: ' + response.status);
    }

    var info = await response.json();
    return {
      id: info.conversationId,
      token: info.token,
      userId: info.userId,
      domain: info.domain || window.location.origin + '/v3/directline',
      lifetime: info.expires_in * 1000,
      expiresAt: Date.now() + info.expires_in * 1000,
      watermark: '',
      started: false
    };
  }

  // A token near its expiry is exchanged for a fresh one (Direct Line tokens/refresh); null when it has expired.
  async function withFreshToken(conversation) {
    if (conversation.expiresAt - Date.now() > REFRESH_MARGIN_MS) {
      return conversation;
    }

    var response = await fetch(conversation.domain + '/tokens/refresh', {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: 'Bearer ' + conversation.token }
    });
    if (!response.ok) {
      return null;
    }

    var info = await response.json();
    conversation.token = info.token;
    conversation.expiresAt = Date.now() + info.expires_in * 1000;
    return conversation;
  }

  function ensureChat() {
    if (chat || ensureChat.pending) {
      return ensureChat.pending || Promise.resolve();
    }

    status.textContent = texts.loading;
    ensureChat.pending = loadWebChat()
      .then(function () { return state.conversation ? withFreshToken(state.conversation) : newConversation(); })
      .then(function (conversation) {
        if (!conversation) {
          showExpired();
          return;
        }

        state.conversation = conversation;
        saveState();
        connect(conversation);
        status.textContent = '';
      })
      .catch(function () {
        status.textContent = texts.unavailable;
      })
      .then(function () {
        ensureChat.pending = null;
      });
    return ensureChat.pending;
  }

  function connect(conversation) {
    // A conversation already started is rejoined by its id (Direct Line's reconnect, which replays it from the
    // start so the history shows); a new token's conversation is started by Web Chat.
    var directLine = window.WebChat.createDirectLine({
      domain: conversation.domain,
      token: conversation.token,
      conversationId: conversation.started ? conversation.id : undefined,
      webSocket: query.get('transport') !== 'polling'
    });
    var current = {
      conversation: conversation,
      directLine: directLine,
      store: window.WebChat.createStore(),
      element: document.createElement('div'),
      ending: false
    };
    current.element.className = 'webchat__host';
    current.element.style.height = '100%';
    var host = byId('webchat');
    host.textContent = '';
    host.appendChild(current.element);
    chat = current;

    directLine.connectionStatus$.subscribe(function (connectionStatus) {
      // botframework-directlinejs: 2 online, 3 expired token, 4 failed to connect, 5 ended.
      if (current.ending) {
        return;
      }

      if (connectionStatus === 2) {
        if (!conversation.started) {
          conversation.started = true;
          saveState();
        }

        // Web Chat redraws the message box when it comes online; a citizen who was in it stays in it.
        if (!panel.hidden && document.hasFocus() && (document.activeElement === document.body || !document.activeElement)) {
          focusSendBox();
        }
      } else if (connectionStatus === 3 || connectionStatus === 4 || connectionStatus === 5) {
        showExpired();
      }
    });
    directLine.activity$.subscribe(function () {
      remember(current);
    });
    // Direct Line refreshes the token by itself while the page is open; keep the newest for the next page.
    current.timer = setInterval(function () { remember(current); }, 30 * 1000);
    render(current);
  }

  function remember(current) {
    var conversation = current.conversation;
    var directLine = current.directLine;
    if (current.ending || state.conversation !== conversation) {
      return;
    }

    if (directLine.watermark) {
      conversation.watermark = directLine.watermark;
    }

    if (directLine.token && directLine.token !== conversation.token) {
      conversation.token = directLine.token;
      conversation.expiresAt = Date.now() + conversation.lifetime;
    }

    saveState();
  }

  function render(current) {
    window.WebChat.renderWebChat(
      {
        directLine: current.directLine,
        store: current.store,
        userID: current.conversation.userId,
        username: texts.you,
        locale: settings.lang === 'en' ? 'en-US' : 'de-DE',
        webSpeechPonyfillFactory: voice.isOn() ? voice.ponyfill() : undefined,
        styleOptions: styleOptions()
      },
      current.element
    );
  }

  function styleOptions() {
    var css = getComputedStyle(document.documentElement);
    var accent = css.getPropertyValue('--accent').trim();
    var accentDark = css.getPropertyValue('--accent-dark').trim();
    return {
      accent: accent,
      subtle: '#595959',
      primaryFont: '"Segoe UI", Roboto, Arial, sans-serif',
      bubbleBackground: '#f4efe3',
      bubbleBorderRadius: 6,
      bubbleFromUserBackground: accent,
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderRadius: 6,
      sendBoxButtonColor: accent,
      sendBoxButtonColorOnHover: accentDark,
      suggestedActionBorderColor: accent,
      suggestedActionTextColor: accent,
      hideUploadButton: true,
      botAvatarInitials: 'HB',
      userAvatarInitials: texts.you
    };
  }

  function endChat() {
    if (!chat) {
      return;
    }

    chat.ending = true;
    clearInterval(chat.timer);
    try {
      chat.directLine.end();
    } catch (e) {
      // already ended
    }

    chat = null;
    byId('webchat').textContent = '';
  }

  function showExpired() {
    status.textContent = texts.expired;
    restart.hidden = false;
  }

  function startAfresh() {
    endChat();
    state.conversation = null;
    saveState();
    restart.hidden = true;
    status.textContent = '';
    ensureChat().then(focusSendBox);
  }

  // ---- Wiring ----

  fillTexts();
  var voice = window.HalternBotVoice(settings, texts, read, write, function () {
    if (chat) {
      render(chat);
    }
  });

  launcher.addEventListener('click', function () { setOpen(true, true); });
  byId('close').addEventListener('click', function () { setOpen(false, true); });
  byId('new').addEventListener('click', startAfresh);
  byId('restart-button').addEventListener('click', startAfresh);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      setOpen(false, true);
    }
  });
  byId('privacy-ask').addEventListener('click', function () {
    if (chat) {
      chat.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: texts.privacyQuestion } });
    }
  });
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'haltern-bot:open') {
      setOpen(true, true);
    }
  });

  if (state.open === undefined && query.get('open') === '1') {
    state.open = true;
  }

  setOpen(!!state.open, false);
})();

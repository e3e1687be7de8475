// The city's chat page: gets a token from the bot (the Direct Line secret never reaches the browser), then
// renders Web Chat on the bot's own Direct Line (or Azure's, when the bot is configured for it).
// ?transport=polling makes Web Chat poll instead of opening a WebSocket.
(function () {
  'use strict';

  var status = document.getElementById('chat-status');
  var host = document.getElementById('webchat');
  var restart = document.getElementById('chat-restart');

  // Direct Line connection states (botframework-directlinejs): 3 expired token, 4 failed to connect, 5 ended.
  // A conversation ends after a while without use (a laptop that slept, a tab left open): offer a new one.
  function offerRestart() {
    if (restart.hidden) {
      status.textContent = 'Das Gespräch ist abgelaufen oder die Verbindung wurde unterbrochen.';
      restart.hidden = false;
    }
  }

  document.getElementById('chat-restart-button').addEventListener('click', function () {
    window.location.reload();
  });

  function speechSupported() {
    return !!((window.SpeechRecognition || window.webkitSpeechRecognition) && window.speechSynthesis && window.SpeechSynthesisUtterance);
  }

  // The bot's `speak` is SSML, which browser voices do not understand (some read the tags aloud). The page
  // turns it into plain text; a telephone number (say-as telephone) becomes its digits, group by group.
  function speakableText(text) {
    if (!/^\s*<speak[\s>]/i.test(text || '')) {
      return text || '';
    }

    var doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) {
      return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    }

    Array.prototype.forEach.call(doc.getElementsByTagName('say-as'), function (element) {
      if (element.getAttribute('interpret-as') === 'telephone') {
        element.textContent = element.textContent.split(/[^0-9]+/).filter(Boolean)
          .map(function (group) { return group.split('').join(' '); }).join(', ');
      }
    });

    return doc.documentElement.textContent.replace(/\s+/g, ' ').trim();
  }

  function plainTextSpeech(factory) {
    return function (options) {
      var ponyfill = factory(options);
      var NativeUtterance = ponyfill.SpeechSynthesisUtterance;
      if (!NativeUtterance) {
        return ponyfill;
      }

      function Utterance(text) {
        return new NativeUtterance(speakableText(text));
      }

      Utterance.prototype = NativeUtterance.prototype;
      return Object.assign({}, ponyfill, { SpeechSynthesisUtterance: Utterance });
    };
  }

  function focusSendBox() {
    var input = host.querySelector('[data-id="webchat-sendbox-input"], textarea, input[type="text"]');
    if (input) {
      input.focus();
    } else {
      document.getElementById('chat').focus();
    }
  }

  // "Direkt zum Chat springen" puts the keyboard focus straight into the message box.
  document.querySelector('.skip-link').addEventListener('click', function (event) {
    event.preventDefault();
    focusSendBox();
  });

  async function start() {
    if (!window.WebChat) {
      status.textContent = 'Der Chat konnte nicht geladen werden. Bitte versuchen Sie es später noch einmal.';
      return;
    }

    var response = await fetch('/api/directline/token', { method: 'POST', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error('token: ' + response.status);
    }

    var info = await response.json();
    var webSocket = new URLSearchParams(window.location.search).get('transport') !== 'polling';
    var directLine = window.WebChat.createDirectLine({
      domain: info.domain || window.location.origin + '/v3/directline',
      token: info.token,
      webSocket: webSocket
    });

    directLine.connectionStatus$.subscribe(function (connectionStatus) {
      if (connectionStatus === 3 || connectionStatus === 4 || connectionStatus === 5) {
        offerRestart();
      }
    });

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: info.userId,
        username: 'Sie',
        locale: 'de-DE',
        webSpeechPonyfillFactory: info.speech && speechSupported()
          ? plainTextSpeech(window.WebChat.createBrowserWebSpeechPonyfillFactory())
          : undefined,
        styleOptions: {
          accent: '#004a8f',
          subtle: '#595959',
          primaryFont: '"Segoe UI", Roboto, Arial, sans-serif',
          bubbleBackground: '#f4efe3',
          bubbleBorderRadius: 6,
          bubbleFromUserBackground: '#004a8f',
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderRadius: 6,
          sendBoxButtonColor: '#004a8f',
          sendBoxButtonColorOnHover: '#00305e',
          suggestedActionBorderColor: '#004a8f',
          suggestedActionTextColor: '#004a8f',
          hideUploadButton: true,
          botAvatarInitials: 'HB',
          userAvatarInitials: 'Sie'
        }
      },
      host
    );

    status.textContent = '';
  }

  start().catch(function () {
    status.textContent = 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.';
  });
})();

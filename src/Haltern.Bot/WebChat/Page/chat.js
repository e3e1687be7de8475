// The city's chat page: gets a token from the bot (the Direct Line secret never reaches the browser), then
// renders Web Chat on the bot's own Direct Line (or Azure's, when the bot is configured for it).
// ?transport=polling makes Web Chat poll instead of opening a WebSocket.
(function () {
  'use strict';

  var status = document.getElementById('chat-status');
  var host = document.getElementById('webchat');

  function speechSupported() {
    return !!((window.SpeechRecognition || window.webkitSpeechRecognition) && window.speechSynthesis && window.SpeechSynthesisUtterance);
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

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: info.userId,
        username: 'Sie',
        locale: 'de-DE',
        webSpeechPonyfillFactory: info.speech && speechSupported() ? window.WebChat.createBrowserWebSpeechPonyfillFactory() : undefined,
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

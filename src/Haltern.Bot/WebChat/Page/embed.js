// The Haltern.Bot chat for a city's web pages: one line in the page template,
//   <script src="https://<bot host>/embed.js" defer></script>
// It adds one element to the page (#haltern-bot-widget) and, inside its shadow root, an iframe from the bot's
// origin that holds the chat button and the panel. Nothing else of the host page is changed: the frame keeps
// Web Chat's styles and scripts and the conversation's token away from the host page, and its sessionStorage
// (the bot's origin, this tab, this site) carries the conversation from page to page.
// Optional attributes on the script tag: data-open="true" opens the panel on the first visit in a tab;
// data-transport="polling" makes Web Chat poll instead of holding a WebSocket (for proxies that block them).
// A link to "#haltern-bot-chat" on the page opens the chat and puts the keyboard focus into it.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src || document.getElementById('haltern-bot-widget')) {
    return;
  }

  var origin = new URL(script.src, window.location.href).origin;
  var lang = (document.documentElement.getAttribute('lang') || '').trim().toLowerCase();
  var query = new URLSearchParams({ lang: lang.indexOf('en') === 0 ? 'en' : 'de' });
  if (script.getAttribute('data-open') === 'true') {
    query.set('open', '1');
  }
  if (script.getAttribute('data-transport') === 'polling') {
    query.set('transport', 'polling');
  }

  var host = document.createElement('div');
  host.id = 'haltern-bot-widget';
  var root = host.attachShadow({ mode: 'open' });

  // Closed: a square just big enough for the button and its focus ring. Open: a panel at the bottom right, or
  // the whole screen on a phone. The frame draws everything inside; these rules only size it.
  var style = document.createElement('style');
  style.textContent =
    ':host { all: initial; }' +
    'iframe { position: fixed; right: 0; bottom: 0; width: 92px; height: 92px; max-width: 100%; max-height: 100%;' +
    ' border: 0; margin: 0; padding: 0; background: transparent; color-scheme: light; z-index: 2147483000; }' +
    'iframe.open { width: 420px; height: 680px; }' +
    '@media (max-width: 480px), (max-height: 560px) {' +
    ' iframe.open { top: 0; left: 0; width: 100%; height: 100%; } }';

  var frame = document.createElement('iframe');
  frame.src = origin + '/widget?' + query.toString();
  frame.title = lang.indexOf('en') === 0 ? 'Chat with the Haltern.Bot' : 'Chat mit dem Haltern.Bot';
  // The microphone is asked for only after the citizen turned voice input on inside the frame.
  frame.setAttribute('allow', 'microphone');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  root.appendChild(style);
  root.appendChild(frame);

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow || !event.data || event.data.type !== 'haltern-bot:state') {
      return;
    }

    frame.classList.toggle('open', event.data.open === true);
  });

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href$="#haltern-bot-chat"]') : null;
    if (!link) {
      return;
    }

    event.preventDefault();
    frame.focus();
    frame.contentWindow.postMessage({ type: 'haltern-bot:open' }, origin);
  });

  (document.body || document.documentElement).appendChild(host);
})();

// Voice input in the widget's frame (loaded before widget.js). The microphone stays off until the citizen has
// read who processes the recording and turned voice input on; the choice is kept in this frame's localStorage
// only. widget.js asks isOn() and ponyfill() when it renders Web Chat and is told when the choice changes.
(function () {
  'use strict';

  var VOICE_KEY = 'haltern-bot.voice';

  function byId(id) {
    return document.getElementById(id);
  }

  // settings and texts: the frame's settings; read/write(storage, key, value): storage that may be blocked;
  // changed(): called after the citizen turned voice input on or off.
  window.HalternBotVoice = function (settings, texts, read, write, changed) {
    // The city's own speech service (WebChat:SpeechService) needs only the microphone; the browser's needs the Web
    // Speech API, whose vendor then does the recognising.
    function speechSupported() {
      if (!settings.speech) {
        return false;
      }

      return settings.citySpeech
        ? !!(navigator.mediaDevices && window.AudioContext)
        : !!((window.SpeechRecognition || window.webkitSpeechRecognition) && window.speechSynthesis && window.SpeechSynthesisUtterance);
    }

    function speechPonyfill() {
      if (!settings.citySpeech) {
        return plainTextSpeech(window.WebChat.createBrowserWebSpeechPonyfillFactory());
      }

      // The key stays on the server; it hands out tokens of ten minutes, fetched again as the service asks.
      return window.WebChat.createCognitiveServicesSpeechServicesPonyfillFactory({
        credentials: function () {
          return fetch('/api/webchat/speech-token', { method: 'POST', headers: { Accept: 'application/json' } })
            .then(function (response) {
              if (!response.ok) {
                throw new Error('speech token: ' + response.status);
              }

              return response.json();
            });
        }
      });
    }

    function voiceOn() {
      return speechSupported() && read('localStorage', VOICE_KEY) === 'on';
    }

    function showVoice() {
      var section = byId('voice');
      section.hidden = !speechSupported();
      var on = voiceOn();
      byId('voice-summary').textContent = on ? texts.voiceTitleOn : texts.voiceTitleOff;
      byId('voice-text').textContent = settings.citySpeech ? texts.voiceCity : texts.voiceBrowser;
      var toggle = byId('voice-toggle');
      toggle.textContent = on ? texts.voiceOff : texts.voiceOn;
      toggle.setAttribute('aria-pressed', String(on));
    }

    byId('voice-toggle').addEventListener('click', function () {
      write('localStorage', VOICE_KEY, voiceOn() ? null : 'on');
      showVoice();
      changed();
    });

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

    showVoice();
    return { isOn: voiceOn, ponyfill: speechPonyfill };
  };
})();

// Starts rasa-webchat against this deployment's Rasa server (see /config.js).
(function () {
  "use strict";
  var config = window.WAYPOINT_CONFIG || {};
  // The browser's language is the first guess; the bot detects the language of
  // every message afterwards.
  var language = (navigator.language || "en").split("-")[0];
  window.WebChat.default(
    {
      socketUrl: config.socketUrl,
      socketPath: "/socket.io/",
      customData: { browser_language: language },
      initPayload: "/greet",
      title: "Waypoint",
      subtitle: "Community services for newcomers",
      inputTextFieldHint: "Type your question…",
      params: { storage: "session" },
      showMessageDate: false,
    },
    null
  );
})();

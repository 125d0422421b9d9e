// Starts rasa-webchat against this deployment's Rasa server (see /config.js), with
// a language menu beside it.
(function () {
  "use strict";
  var config = window.WAYPOINT_CONFIG || {};
  var STORAGE_KEY = "waypoint-language";
  // rasa-webchat sends this same object with every message (Rasa passes it on as
  // message metadata), so setting `language` here changes the next message's.
  // The browser's language is only the first guess; the bot detects the language
  // of every message afterwards, and a choice in the menu beats both.
  var customData = { browser_language: (navigator.language || "en").split("-")[0] };
  var chosen = sessionStorage.getItem(STORAGE_KEY);
  if (chosen) customData.language = chosen;
  var widget = null; // the rasa-webchat instance, for sendMessage()

  window.WebChat.default(
    {
      socketUrl: config.socketUrl,
      socketPath: "/socket.io/",
      customData: customData,
      initPayload: "/greet",
      title: "Waypoint",
      subtitle: "Community services for newcomers",
      inputTextFieldHint: "Type your question…",
      params: { storage: "session" },
      showMessageDate: false,
      innerRef: function (instance) { widget = instance; },
    },
    null
  );

  function buildLanguageMenu() {
    var menu = document.getElementById("language-menu");
    if (!menu) return;
    (config.languages || []).forEach(function (language) {
      var option = document.createElement("option");
      option.value = language.code;
      option.textContent = language.name; // each language in its own script
      option.lang = language.code;
      option.dir = language.direction;
      menu.appendChild(option);
    });
    menu.value = chosen || "";
    menu.addEventListener("change", function () {
      if (!menu.value) return;
      customData.language = menu.value;
      sessionStorage.setItem(STORAGE_KEY, menu.value);
      // A hidden message, so the bot confirms in the new language right away.
      if (widget && widget.sendMessage) widget.sendMessage("/choose_language");
    });
  }

  // Each message takes its direction from its own first strong character; the bot
  // starts Arabic, Persian and Urdu messages with a right-to-left mark.
  function setDirection(root) {
    var messages = root.querySelectorAll ? root.querySelectorAll(".rw-response, .rw-client") : [];
    Array.prototype.forEach.call(messages, function (message) {
      if (!message.hasAttribute("dir")) message.setAttribute("dir", "auto");
    });
  }
  new MutationObserver(function () { setDirection(document); }).observe(document.body, {
    childList: true,
    subtree: true,
  });

  buildLanguageMenu();
})();

// Waypoint's chat widget: the one <script> tag an agency pastes into its site.
//
//   <script src="https://chat.example.org/widget.js" defer
//           data-server="https://chat.example.org:5005"
//           data-language="ar" data-agency="Riverside Settlement Services"></script>
//
// data-server    the Rasa server (socket.io); default: the one this widget's server names
// data-language  the language to start in (a code from the menu); default: the browser's
// data-agency    the name in the chat's title bar; default: "Waypoint"
//
// It loads its stylesheet and rasa-webchat (1.0.1, Apache-2.0) from the same server
// as this file, starts rasa-webchat, and adds what rasa-webchat lacks: a language
// menu (each language in its own script), a "talk to a person" button, right-to-left
// layout, safe and labelled links, keyboard access to quick replies, and the labels
// and live region screen readers need.
(function () {
  "use strict";
  // stack/web.py fills this in with the server's settings: socketUrl, assets,
  // languages ({code, name, direction}) and labels (web/labels.yml).
  var SERVER = /* server config */ {};
  var script = document.currentScript;
  var base = new URL(script ? script.src : "/widget.js", window.location.href);
  var options = script ? script.dataset : {};
  var STORAGE_KEY = "waypoint-language";
  var HUMAN_PAYLOAD = "/ask_human";
  var SAFE_LINK = /^(https?:|tel:|mailto:)/i;
  var CHOICE_SETTLE_MS = 600;

  var languages = SERVER.languages || [];
  var byCode = {};
  languages.forEach(function (language) { byCode[language.code] = language; });
  var browserLanguage = (navigator.language || "en").split("-")[0];
  var startLanguage = byCode[options.language] ? options.language : browserLanguage;
  var chosen = window.sessionStorage.getItem(STORAGE_KEY);
  // rasa-webchat sends this object with every message (Rasa passes it on as message
  // metadata), so setting `language` changes the next message's. The start language
  // is only the bot's first guess; it detects the language of every message after
  // that, and a choice in the menu beats both.
  var customData = { browser_language: startLanguage };
  if (chosen) customData.language = chosen;
  var widget = null; // the rasa-webchat instance, for sendMessage()

  function uiLanguage() {
    var code = customData.language || startLanguage;
    return byCode[code] ? code : "en";
  }

  function label(key, values) {
    var labels = SERVER.labels || {};
    var text = (labels[uiLanguage()] || {})[key] || (labels.en || {})[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      text = text.replace("{" + name + "}", values[name]);
    });
    return text;
  }

  function direction() {
    return (byCode[uiLanguage()] || {}).direction || "ltr";
  }

  // -- loading ----------------------------------------------------------------------

  function asset(path) {
    return new URL(path, base).href;
  }

  function loadStylesheet() {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = asset(SERVER.assets.css);
    document.head.appendChild(link);
  }

  function loadWebchat(then) {
    if (window.WebChat) return then();
    var bundle = document.createElement("script");
    bundle.src = asset(SERVER.assets.webchat);
    bundle.onload = then;
    document.head.appendChild(bundle);
  }

  function startWebchat() {
    window.WebChat.default(
      {
        socketUrl: options.server || SERVER.socketUrl,
        socketPath: "/socket.io/",
        customData: customData,
        initPayload: "/greet",
        title: options.agency || "Waypoint",
        subtitle: label("subtitle"),
        inputTextFieldHint: label("input"),
        // Show the launcher at once, with "connecting…" until the socket is up: on a
        // slow connection that is better than no widget at all.
        hideWhenNotConnected: false,
        connectingText: label("connecting"),
        params: { storage: "session" },
        showMessageDate: false,
        innerRef: function (instance) { widget = instance; },
      },
      null
    );
    new MutationObserver(enhance).observe(document.body, { childList: true, subtree: true });
    enhance();
  }

  // -- what rasa-webchat lacks, applied to whatever it has rendered -----------------
  // React re-renders parts of the widget (the conversation is unmounted when it is
  // closed), so every step is idempotent and runs again after each change.

  function enhance() {
    var container = document.querySelector(".rw-widget-container");
    if (!container) return;
    setAttributes(container, { role: "region", "aria-label": options.agency || "Waypoint" });
    var open = container.classList.contains("rw-chat-open");
    setAttributes(container.querySelector(".rw-launcher"), {
      "aria-label": open ? label("close_chat") : label("open_chat"),
      "aria-expanded": String(open),
    });
    var conversation = container.querySelector(".rw-conversation-container");
    if (conversation) enhanceConversation(conversation);
  }

  function enhanceConversation(conversation) {
    setAttributes(conversation, { lang: uiLanguage(), dir: direction() });
    var header = conversation.querySelector(".rw-header");
    var subtitle = header && header.querySelector(":scope > span:not(.rw-loading)");
    // rasa-webchat never re-renders the subtitle, so it can follow the language.
    if (subtitle && subtitle.textContent !== label("subtitle")) {
      subtitle.textContent = label("subtitle");
    }
    if (header && !conversation.querySelector(".wp-toolbar")) {
      header.insertAdjacentElement("afterend", buildToolbar());
    }
    relabelToolbar(conversation.querySelector(".wp-toolbar"));
    setAttributes(conversation.querySelector(".rw-messages-container"), {
      role: "log", "aria-live": "polite", "aria-label": label("conversation"), tabindex: "0",
    });
    var input = conversation.querySelector(".rw-new-message");
    setAttributes(input, { "aria-label": label("input"), placeholder: label("input") });
    setAttributes(conversation.querySelector(".rw-send"), { "aria-label": label("send") });
    setAttributes(conversation.querySelector(".rw-close-button"), {
      "aria-label": label("close_chat"),
    });
    conversation.querySelectorAll(".rw-response, .rw-client").forEach(function (message) {
      // Each message takes its direction from its first strong character; the bot
      // starts Arabic, Persian and Urdu messages with a right-to-left mark.
      // Its language is the widget's when it arrived (the bot answers in the chosen
      // language), so a screen reader keeps reading an earlier message in its own.
      if (message.hasAttribute("dir")) return;
      message.setAttribute("dir", "auto");
      message.setAttribute("lang", uiLanguage());
    });
    conversation.querySelectorAll(".rw-reply").forEach(makeReplyAButton);
    conversation.querySelectorAll(".rw-message a[href]").forEach(secureLink);
  }

  function setAttributes(element, attributes) {
    if (!element) return;
    Object.keys(attributes).forEach(function (name) {
      if (element.getAttribute(name) !== attributes[name]) {
        element.setAttribute(name, attributes[name]);
      }
    });
  }

  function buildToolbar() {
    var toolbar = document.createElement("div");
    toolbar.className = "wp-toolbar";
    var menuLabel = document.createElement("label");
    menuLabel.htmlFor = "wp-language";
    menuLabel.className = "wp-language-label";
    var menu = document.createElement("select");
    menu.id = "wp-language";
    languages.forEach(function (language) {
      var option = document.createElement("option");
      option.value = language.code;
      option.textContent = language.name; // each language in its own script
      option.lang = language.code;
      option.dir = language.direction;
      menu.appendChild(option);
    });
    menu.value = uiLanguage();
    // Arrow keys on a closed menu change its value at each step: tell the bot only
    // once the person has stopped on a language.
    var pending = null;
    menu.addEventListener("change", function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () { chooseLanguage(menu.value); }, CHOICE_SETTLE_MS);
    });
    var human = document.createElement("button");
    human.type = "button";
    human.className = "wp-human";
    human.addEventListener("click", function () {
      // The payload is the intent, so no language detection runs on it; the
      // person sees the button's words as their message.
      if (widget) widget.sendMessage(HUMAN_PAYLOAD, label("talk_to_person"));
    });
    toolbar.appendChild(menuLabel);
    toolbar.appendChild(menu);
    toolbar.appendChild(human);
    return toolbar;
  }

  function relabelToolbar(toolbar) {
    if (!toolbar) return;
    var menuLabel = toolbar.querySelector(".wp-language-label");
    if (menuLabel.textContent !== label("language")) menuLabel.textContent = label("language");
    var human = toolbar.querySelector(".wp-human");
    if (human.textContent !== label("talk_to_person")) {
      human.textContent = label("talk_to_person");
    }
    var menu = toolbar.querySelector("select");
    if (menu.value !== uiLanguage() && document.activeElement !== menu) menu.value = uiLanguage();
  }

  function chooseLanguage(code) {
    if (!byCode[code]) return;
    customData.language = code;
    window.sessionStorage.setItem(STORAGE_KEY, code);
    enhance();
    // A hidden message, so the bot confirms in the new language right away.
    if (widget) widget.sendMessage("/choose_language");
  }

  // rasa-webchat's quick replies are <div>s with a click handler: give them the
  // role, focus and keys of a button (Enter and Space), and return focus to the
  // text field once one is chosen (the replies disappear).
  function makeReplyAButton(reply) {
    if (reply.tagName === "A" || reply.dataset.wpButton) return;
    reply.dataset.wpButton = "1";
    setAttributes(reply, { role: "button", tabindex: "0" });
    reply.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      reply.click();
    });
    reply.addEventListener("click", function () {
      window.setTimeout(function () {
        var input = document.querySelector(".rw-new-message");
        if (input && !reply.isConnected) input.focus();
      }, 0);
    });
  }

  // Links in bot messages: only web, phone and mail links work; a phone link dials
  // in place, a web link opens in a new tab without access to this page; each says
  // what it does to a screen reader, in the widget's language.
  function secureLink(link) {
    var href = link.getAttribute("href");
    if (!SAFE_LINK.test(href)) {
      link.removeAttribute("href");
      return;
    }
    var text = link.textContent;
    // Each link is its own direction island: in an Arabic card, "2800 Jane Street"
    // would otherwise show as "Jane Street 2800" and a phone number's groups reorder.
    if (/^tel:/i.test(href)) {
      link.removeAttribute("target");
      setAttributes(link, { dir: "ltr", "aria-label": label("call", { number: text }) });
      return;
    }
    setAttributes(link, { dir: "auto", target: "_blank", rel: "noopener noreferrer" });
    if (/^https:\/\/www\.openstreetmap\.org\//.test(href)) {
      setAttributes(link, { "aria-label": label("map", { address: text }) });
    }
  }

  loadStylesheet();
  loadWebchat(startWebchat);
})();

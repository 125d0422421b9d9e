// Refresh the queue rows every few seconds with the server-rendered (escaped) fragment,
// keeping the page's filters. No framework: one fetch and one swap.
(function () {
  var body = document.getElementById("queue-rows");
  if (!body) return;
  var seconds = parseInt(body.dataset.refresh, 10) || 3;
  var source = body.dataset.source + window.location.search;
  function refresh() {
    fetch(source, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (response.redirected || !response.ok) { return null; } // logged out: leave as is
        return response.text();
      })
      .then(function (html) { if (html !== null) { body.innerHTML = html; } })
      .catch(function () { /* offline for a moment: try again next time */ })
      .finally(function () { window.setTimeout(refresh, seconds * 1000); });
  }
  window.setTimeout(refresh, seconds * 1000);
})();

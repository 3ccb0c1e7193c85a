// Added by Faibric to every page of an app: tells the Faibric page that shows the app in a frame
// about the app's uncaught errors and unhandled promise rejections (at most 5, each message once),
// and that it ran clean once it has run 3 seconds after loading without one. Messages go to one
// origin only, the framing page's, and only when that page is on one of the platform's host names
// (data-platform-hosts, written by the server; "*" is any): never to whatever else frames the app.
(function () {
  "use strict";
  var me = document.currentScript;
  var parent = window.parent;
  if (!me || parent === window) return;
  var hosts = (me.getAttribute("data-platform-hosts") || "").split(" ");
  function platform(url) {
    try {
      var origin = new URL(url).origin;
      return origin !== "null" && (hosts.indexOf("*") >= 0 || hosts.indexOf(new URL(url).hostname) >= 0) ? origin : "";
    } catch (notAUrl) {
      return "";
    }
  }
  var ancestors = location.ancestorOrigins;
  var target = (ancestors && ancestors.length && platform(ancestors[0])) || platform(document.referrer);
  if (!target) return;
  var base = location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  var sent = 0;
  var seen = {};
  function local(text) {
    return String(text || "").split(base).join("");
  }
  function report(error, message, file, line, column) {
    var text = error instanceof Error ? error.name + ": " + error.message : String(message || error);
    var stack = error && typeof error.stack === "string" ? error.stack : "";
    if (!file) {
      var at = /([a-z][a-z0-9+.-]*:\/\/[^\s()]+):(\d+):(\d+)/.exec(stack) || [];
      file = at[1];
      line = at[2];
      column = at[3];
    }
    text = local(text).slice(0, 1000);
    if (sent >= 5 || seen[text]) return;
    seen[text] = true;
    sent++;
    parent.postMessage({ type: "faibric:runtime-error", message: text, stack: local(stack).slice(0, 4000),
      file: local(file).slice(0, 300), line: +line || 0, column: +column || 0 }, target);
  }
  addEventListener("error", function (event) {
    report(event.error, event.message, event.filename, event.lineno, event.colno);
  });
  addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    report(reason, "Unhandled promise rejection: " + String(reason), "", 0, 0);
  });
  addEventListener("load", function () {
    setTimeout(function () {
      if (!sent) parent.postMessage({ type: "faibric:ran-clean" }, target);
    }, 3000);
  });
})();

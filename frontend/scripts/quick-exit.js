// Quick exit: one tap on [data-quick-exit], or Shift pressed three times (as GOV.UK's "Exit this page" does),
// anywhere on the page, inside a text field too. In this order, because the first step must never wait for the
// others: start the sign-out (a keepalive request outlives the page), drop what this site keeps in the browser,
// then replace this page with the neutral site so that Back does not come here.
(function () {
  if (window.holdfastQuickExit) {
    return;
  }
  var SHIFTS = 3;
  var WINDOW_MS = 5000;
  var presses = [];

  function exitNow() {
    var link = document.querySelector('[data-quick-exit]');
    if (!link) {
      return;
    }
    var target = link.getAttribute('href');
    try {
      var headers = {};
      var header = link.getAttribute('data-csrf-header');
      if (header) {
        headers[header] = link.getAttribute('data-csrf-token');
      }
      fetch('logout?quick-exit', { method: 'POST', headers: headers, credentials: 'same-origin', keepalive: true, redirect: 'manual' });
    } catch (ignored) { /* leaving matters more than signing out from here: the session also ends on its own */ }
    try { window.localStorage.clear(); } catch (ignored) { }
    try { window.sessionStorage.clear(); } catch (ignored) { }
    try {
      if (window.caches) {
        caches.keys().then(function (keys) { keys.forEach(function (key) { caches.delete(key); }); });
      }
    } catch (ignored) { }
    document.body.style.visibility = 'hidden';
    window.location.replace(target);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-quick-exit]');
    if (link) {
      event.preventDefault();
      exitNow();
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (at) { return now - at < WINDOW_MS; });
    presses.push(now);
    if (presses.length >= SHIFTS) {
      presses = [];
      exitNow();
    }
  }, true);

  // A quick exit taken on the offline page could not sign out: the first portal page after it does, before
  // anything else shows, and lands on the sign-in page.
  try {
    if (window.localStorage.getItem('holdfast.sign-out-pending')) {
      window.localStorage.removeItem('holdfast.sign-out-pending');
      document.documentElement.style.visibility = 'hidden';
      var tries = 0;
      var signOut = function () {
        var link = document.querySelector('[data-quick-exit]');
        if (!link && tries++ < 25) {
          setTimeout(signOut, 200);
          return;
        }
        var headers = {};
        if (link && link.getAttribute('data-csrf-header')) {
          headers[link.getAttribute('data-csrf-header')] = link.getAttribute('data-csrf-token');
        }
        fetch('logout', { method: 'POST', headers: headers, credentials: 'same-origin', redirect: 'manual' })
          .catch(function () { })
          .then(function () { window.location.replace('login?signed-out'); });
      };
      signOut();
    }
  } catch (ignored) { }

  // A page brought back from the browser's memory by Back is reloaded, so that a signed-out session shows nothing.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      window.location.reload();
    }
  });

  window.holdfastQuickExit = exitNow;
})();

// The pages' only script, and none of it needed to use them: GOV.UK Frontend's components (the
// menu button on a narrow screen, focus on an error summary), and the GOV.UK timeout warning.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Warns before the session ends for want of use, so that nobody loses a half-typed form: "Stay
// signed in" asks the server for nothing but a touch of the session. When the time is up, the page
// is opened again, which leads to sign-in and, once signed in, back here.
(function () {
  var body = document.body;
  var sessionSeconds = parseInt(body.getAttribute('data-session-seconds'), 10);
  var warnSeconds = parseInt(body.getAttribute('data-warn-seconds'), 10);
  var dialog = document.getElementById('timeout-warning');
  if (!sessionSeconds || !warnSeconds || !dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var countdown = document.getElementById('timeout-countdown');
  var warnTimer, endTimer, tick;

  function words(seconds) {
    if (seconds >= 60) {
      var minutes = Math.ceil(seconds / 60);
      return minutes + (minutes === 1 ? ' minute' : ' minutes');
    }
    return seconds + (seconds === 1 ? ' second' : ' seconds');
  }

  function start() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    clearInterval(tick);
    var endsAt = Date.now() + sessionSeconds * 1000;
    warnTimer = setTimeout(function () {
      countdown.textContent = words(Math.max(0, Math.round((endsAt - Date.now()) / 1000)));
      tick = setInterval(function () {
        countdown.textContent = words(Math.max(0, Math.round((endsAt - Date.now()) / 1000)));
      }, 1000);
      dialog.showModal();
      document.getElementById('stay-signed-in').focus();
    }, Math.max(0, sessionSeconds - warnSeconds) * 1000);
    endTimer = setTimeout(function () {
      window.location.reload();
    }, sessionSeconds * 1000);
  }

  document.getElementById('stay-signed-in').addEventListener('click', function () {
    fetch('/session', { credentials: 'same-origin', cache: 'no-store' }).then(function (answer) {
      if (answer.ok) {
        clearInterval(tick);
        dialog.close();
        start();
      } else {
        window.location.reload();
      }
    });
  });
  start();
})();

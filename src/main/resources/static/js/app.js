// dangbo: the few lines of script the pages need. No inline scripts (Content-Security-Policy: script-src 'self').
(function () {
  'use strict';
  // Send the CSRF token with every htmx request.
  document.body.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Buttons with data-confirm ask before submitting (dissolve, end a position...).
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var message = (submitter && submitter.dataset.confirm) || event.target.dataset.confirm;
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  // Selects with data-autosubmit submit their form when changed (filters on phones).
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
      event.target.form.requestSubmit();
    }
  });
})();

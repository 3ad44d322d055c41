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
  // File inputs with data-max-bytes refuse a file that is too large before it is sent (the server refuses it too,
  // but a request above the container's limit never reaches the page that would say so beside the field).
  function tooLarge(input) {
    var max = parseInt(input.dataset.maxBytes, 10);
    return Array.prototype.some.call(input.files || [], function (f) { return f.size > max; });
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.matches('input[type=file][data-max-bytes]')) {
      input.setCustomValidity(tooLarge(input) ? input.dataset.tooLarge : '');
      input.reportValidity();
    }
  });
  document.addEventListener('submit', function (event) {
    var input = event.target.querySelector('input[type=file][data-max-bytes]');
    if (input && tooLarge(input)) {
      event.preventDefault();
      input.setCustomValidity(input.dataset.tooLarge);
      input.reportValidity();
    }
  });
  // Selects with data-autosubmit submit their form when changed (filters on phones).
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
      event.target.form.requestSubmit();
    }
  });
})();

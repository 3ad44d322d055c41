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
  // With data-max-total-bytes, the files together must also stay below the limit of one request (25 MB).
  function tooLarge(input) {
    var max = parseInt(input.dataset.maxBytes, 10);
    var files = Array.prototype.slice.call(input.files || []);
    if (files.some(function (f) { return f.size > max; })) {
      return input.dataset.tooLarge;
    }
    var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
    return input.dataset.maxTotalBytes && total > parseInt(input.dataset.maxTotalBytes, 10)
      ? input.dataset.totalTooLarge : '';
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.matches('input[type=file][data-max-bytes]')) {
      input.setCustomValidity(tooLarge(input));
      input.reportValidity();
    }
  });
  document.addEventListener('submit', function (event) {
    var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
    Array.prototype.forEach.call(inputs, function (input) {
      var problem = tooLarge(input);
      if (problem && !event.defaultPrevented) {
        event.preventDefault();
        input.setCustomValidity(problem);
        input.reportValidity();
      }
    });
  });
  // "Back" on an error page returns to the form as it was typed (the browser keeps what was typed).
  document.addEventListener('click', function (event) {
    var back = event.target.closest('[data-history-back]');
    if (back && window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
  // Selects with data-autosubmit submit their form when changed (filters on phones).
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
      event.target.form.requestSubmit();
    }
  });
})();

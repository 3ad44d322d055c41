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
  // The application's own messages replace the browser's validation bubbles ("Please fill out this field."): forms
  // are checked by the server, which answers in Vietnamese beside the field and keeps what was typed.
  function noBubbles(root) {
    Array.prototype.forEach.call(root.querySelectorAll('form'), function (form) { form.noValidate = true; });
  }
  noBubbles(document);
  document.body.addEventListener('htmx:afterSwap', function (event) { noBubbles(event.target); });

  // A required field left empty in a form the server cannot check first (sign-in) gets the message in its
  // data-required attribute beside it, from the message bundles.
  document.addEventListener('submit', function (event) {
    var empty = Array.prototype.filter.call(event.target.querySelectorAll('[required][data-required]'),
      function (input) { return !input.value.trim(); });
    empty.forEach(function (input) {
      input.classList.add('is-invalid');
      var feedback = input.parentElement.querySelector('.invalid-feedback[data-client]');
      if (!feedback) {
        feedback = el('div', 'invalid-feedback');
        feedback.dataset.client = '';
        feedback.dataset.testid = 'error-' + input.id;
        input.after(feedback);
      }
      feedback.textContent = input.dataset.required;
    });
    if (empty.length) {
      event.preventDefault();
      empty[0].focus();
    }
  });
  document.addEventListener('input', function (event) {
    if (event.target.matches('[data-required].is-invalid') && event.target.value.trim()) {
      event.target.classList.remove('is-invalid');
    }
  });

  // Date fields are typed dd/mm/yyyy (fragments/forms.html); the calendar button beside one opens this picker.
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function readDate(text) {
    var m = /^\s*(\d{1,2})\s*[\/.\-]\s*(\d{1,2})\s*[\/.\-]\s*(\d{4})\s*$/.exec(text || '');
    if (!m) { return null; }
    var d = new Date(+m[3], +m[2] - 1, +m[1]);
    return d.getDate() === +m[1] && d.getMonth() === +m[2] - 1 ? d : null;
  }
  function closePicker() {
    var open = document.querySelector('.datepicker');
    if (open) {
      var opener = open.previousElementSibling;
      open.remove();
      if (opener) { opener.setAttribute('aria-expanded', 'false'); }
    }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function openPicker(button) {
    closePicker();
    var input = button.parentElement.querySelector('input[data-datepicker]');
    var months = button.dataset.months.split(',');
    var weekdays = button.dataset.weekdays.split(',');
    var today = new Date();
    var chosen = readDate(input.value);
    var shown = chosen || today;
    var year = shown.getFullYear();
    var month = shown.getMonth();
    var picker = el('div', 'datepicker card shadow');
    picker.setAttribute('role', 'dialog');
    picker.setAttribute('aria-label', button.getAttribute('aria-label'));
    picker.dataset.testid = 'datepicker';
    picker.addEventListener('click', function (event) { event.stopPropagation(); });
    button.after(picker);
    button.setAttribute('aria-expanded', 'true');
    function pick(d) {
      input.value = pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/' + d.getFullYear();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      closePicker();
      input.focus();
    }
    function render() {
      picker.textContent = '';
      var head = el('div', 'datepicker-head');
      var prev = el('button', 'btn btn-sm btn-outline-secondary', '\u2039');
      prev.type = 'button';
      prev.setAttribute('aria-label', button.dataset.prev);
      prev.addEventListener('click', function () { month -= 1; if (month < 0) { month = 11; year -= 1; } render(); });
      var monthSelect = el('select', 'form-select form-select-sm');
      monthSelect.setAttribute('aria-label', button.dataset.month);
      months.forEach(function (name, i) {
        var o = el('option', null, name);
        o.value = i;
        o.selected = i === month;
        monthSelect.appendChild(o);
      });
      monthSelect.addEventListener('change', function () { month = +monthSelect.value; render(); });
      var yearInput = el('input', 'form-control form-control-sm datepicker-year');
      yearInput.type = 'text';
      yearInput.inputMode = 'numeric';
      yearInput.maxLength = 4;
      yearInput.value = year;
      yearInput.setAttribute('aria-label', button.dataset.year);
      yearInput.addEventListener('change', function () {
        var y = parseInt(yearInput.value, 10);
        if (y >= 1900 && y <= 2100) { year = y; }
        render();
      });
      var next = el('button', 'btn btn-sm btn-outline-secondary', '\u203a');
      next.type = 'button';
      next.setAttribute('aria-label', button.dataset.next);
      next.addEventListener('click', function () { month += 1; if (month > 11) { month = 0; year += 1; } render(); });
      head.append(prev, monthSelect, yearInput, next);
      picker.appendChild(head);
      var grid = el('div', 'datepicker-grid');
      weekdays.forEach(function (w) { grid.appendChild(el('span', 'datepicker-weekday', w)); });
      var first = new Date(year, month, 1);
      var offset = (first.getDay() + 6) % 7; // weeks start on Monday (Thứ Hai)
      for (var i = 0; i < offset; i++) { grid.appendChild(el('span')); }
      var days = new Date(year, month + 1, 0).getDate();
      for (var day = 1; day <= days; day++) {
        var b = el('button', 'btn btn-sm datepicker-day', String(day));
        b.type = 'button';
        var date = new Date(year, month, day);
        b.setAttribute('aria-label', pad(day) + '/' + pad(month + 1) + '/' + year);
        if (chosen && date.getTime() === chosen.getTime()) { b.classList.add('btn-danger'); b.setAttribute('aria-pressed', 'true'); }
        else if (date.toDateString() === today.toDateString()) { b.classList.add('btn-outline-danger'); }
        b.addEventListener('click', pick.bind(null, date));
        grid.appendChild(b);
      }
      picker.appendChild(grid);
      var foot = el('div', 'datepicker-foot');
      var todayButton = el('button', 'btn btn-sm btn-link', button.dataset.today);
      todayButton.type = 'button';
      todayButton.addEventListener('click', function () { pick(new Date(today.getFullYear(), today.getMonth(), today.getDate())); });
      var close = el('button', 'btn btn-sm btn-outline-secondary', button.dataset.close);
      close.type = 'button';
      close.addEventListener('click', function () { closePicker(); button.focus(); });
      foot.append(todayButton, close);
      picker.appendChild(foot);
    }
    render();
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-datepicker-open]');
    if (button) {
      if (button.getAttribute('aria-expanded') === 'true') { closePicker(); } else { openPicker(button); }
      return;
    }
    if (!event.target.closest('.datepicker')) { closePicker(); }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && document.querySelector('.datepicker')) { closePicker(); }
  });
})();

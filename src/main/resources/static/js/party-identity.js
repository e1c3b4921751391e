// A party's full identity number, asked for with a purpose (recorded in the audit trail).
(function () {
  document.querySelectorAll('form.reveal-identity').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
      var csrf = document.querySelector('meta[name=_csrf]');
      if (csrf) { headers[document.querySelector('meta[name=_csrf_header]').content] = csrf.content; }
      var error = form.querySelector('.reveal-error');
      fetch(form.dataset.api, { method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({ purpose: form.elements.purpose.value }) })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            if (!response.ok) {
              var first = (body.errors || [])[0];
              throw new Error(first ? first.message : (body.detail || '无法查看，请稍后重试。'));
            }
            return body;
          });
        })
        .then(function (body) {
          form.parentElement.querySelector('.party-id').textContent = body.idNumber;
          form.remove();
        })
        .catch(function (e) { error.textContent = e.message; });
    });
  });
})();

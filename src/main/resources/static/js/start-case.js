// A start page's form to the product's API: on success the new case's number and link, otherwise
// each problem beside its field (and every one in a list above the button).
(() => {
  const form = document.getElementById('start-form');
  const result = document.getElementById('start-result');

  // "taxpayer.name" fills {taxpayer: {name}}; a field left empty inside an object is left out
  function put(json, path, value) {
    const keys = path.split('.');
    const last = keys.pop();
    let target = json;
    keys.forEach((key) => { target = target[key] = target[key] || {}; });
    if (keys.length === 0 || value !== '') target[last] = value;
  }

  function base64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(',')[1] || '');
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  // each <input type=file data-attachment="kind"> with a file chosen becomes {kind, fileName, content}
  async function attachments() {
    const chosen = Array.from(form.querySelectorAll('input[type=file][data-attachment]')).filter((i) => i.files.length);
    return Promise.all(chosen.map(async (input) => ({kind: input.dataset.attachment, fileName: input.files[0].name,
      content: await base64(input.files[0])})));
  }

  async function body() {
    const json = {};
    form.querySelectorAll('[data-field]').forEach((input) => {
      const name = input.dataset.field;
      if (input.tagName === 'FIELDSET' || input.closest('[hidden]')) {
        return;
      }
      if (input.dataset.kind === 'list') {
        json[name] = Array.from(input.selectedOptions).map((o) => o.value);
      } else if (input.dataset.kind === 'number') {
        json[name] = input.value === '' ? null : Number(input.value);
      } else {
        put(json, name, input.value);
      }
    });
    if (form.querySelector('input[type=file][data-attachment]')) {
      json.attachments = await attachments();
    }
    return json;
  }

  function clearProblems() {
    form.querySelectorAll('.field-problem').forEach((p) => p.remove());
    result.className = '';
    result.textContent = '';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems();
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    const csrf = document.querySelector('meta[name=_csrf]');
    if (csrf) headers[document.querySelector('meta[name=_csrf_header]').content] = csrf.content;
    document.getElementById('start-submit').disabled = true;
    try {
      const response = await fetch(form.dataset.api, {method: 'POST', headers, body: JSON.stringify(await body()),
        credentials: 'same-origin'});
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        result.className = 'alert info';
        result.textContent = (response.status === 201 ? '已立案：' : '此前已立案：');
        const link = document.createElement('a');
        link.id = 'started-case';
        link.href = form.dataset.caseBase + answer.caseNumber;
        link.textContent = answer.caseNumber + '（查看案卷，上传文书）';
        result.appendChild(link);
        form.reset();
        return;
      }
      result.className = 'alert error';
      result.textContent = answer.title || ('未能立案（' + response.status + '）');
      const list = document.createElement('ul');
      list.className = 'problems';
      (answer.errors || [{message: answer.detail || ''}]).forEach((problem) => {
        const item = document.createElement('li');
        item.textContent = problem.message;
        list.appendChild(item);
        const field = problem.field && (form.querySelector('[data-field="' + problem.field + '"]')
          || form.querySelector('[data-field="' + problem.field.split(/[.[]/)[0] + '"]'));
        if (field) {
          const beside = document.createElement('div');
          beside.className = 'field-problem';
          beside.textContent = problem.message;
          field.insertAdjacentElement('afterend', beside);
        }
      });
      result.appendChild(list);
    } finally {
      document.getElementById('start-submit').disabled = false;
    }
  });
})();

// 发起 from a Camunda Form: the form-js viewer, then POST /api/cases; on success the new case's page,
// otherwise each problem beside its field.
(async () => {
  const root = document.getElementById('task-form');
  const errorsBox = document.getElementById('task-errors');
  const submit = document.getElementById('start-submit');
  const show = (lines) => TaxCollabForms.showLines(errorsBox, lines);

  const response = await fetch(root.dataset.schema, {headers: {'Accept': 'application/json'},
    credentials: 'same-origin'});
  const schema = await response.json();
  root.replaceChildren();
  const form = TaxCollabForms.create(root);
  const jurisdictions = root.dataset.jurisdictions.split(',').filter(Boolean);
  // one jurisdiction: it is the one
  await form.importSchema(schema, jurisdictions.length === 1 ? {jurisdiction: jurisdictions[0]} : {});
  submit.disabled = false;

  submit.addEventListener('click', async () => {
    show([]);
    const result = form.submit();
    if (Object.keys(result.errors).length) {
      show(['请先修正表单中标红的项。']);
      return;
    }
    submit.disabled = true;
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    const csrf = document.querySelector('meta[name=_csrf]');
    if (csrf) headers[document.querySelector('meta[name=_csrf_header]').content] = csrf.content;
    const answer = await fetch(root.dataset.api, {method: 'POST', headers, credentials: 'same-origin',
      body: JSON.stringify({type: root.dataset.type, jurisdiction: result.data.jurisdiction, variables: result.data})});
    const body = await answer.json().catch(() => ({}));
    if (answer.ok) {
      TaxCollabFlash.leave((answer.status === 201 ? '已立案：' : '此前已立案：') + body.caseNumber + ' ' + body.title);
      location.href = body.casePage;
      return;
    }
    submit.disabled = false;
    const lines = TaxCollabForms.showProblems(form, schema, body);
    show(lines.length ? lines : [body.detail || body.title || '立案失败，请稍后重试。']);
  });
})();

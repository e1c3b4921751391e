// 表单预览: a form rendered empty as the task page renders it; 检查 shows its validation.
(async () => {
  const root = document.getElementById('task-form');
  const response = await fetch(root.dataset.schema, {headers: {'Accept': 'application/json'},
    credentials: 'same-origin'});
  const schema = await response.json();
  root.replaceChildren();
  const form = TaxCollabForms.create(root);
  // the forms link to their case: the preview names it in words
  await form.importSchema(schema, {caseNumber: '案件号'});
  root.dataset.ready = 'true';
  document.getElementById('form-check').addEventListener('click', () => form.submit());
})();

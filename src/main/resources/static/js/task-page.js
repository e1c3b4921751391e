// The task page: the task's Camunda Form in the form-js viewer, 暂存 and 完成 through /api/tasks, the
// server's problems shown beside their fields, then on to the next task.
(() => {
  const root = document.getElementById('task-form');
  const errorsBox = document.getElementById('task-errors');
  const draftButton = document.getElementById('task-draft');
  const completeButton = document.getElementById('task-complete');
  const draftState = document.getElementById('draft-state');
  const uploadForm = document.getElementById('upload-form');
  const delegateForm = document.getElementById('delegate-form');
  const api = root.dataset.api;
  let form = null;
  let schema = {};

  function headers() {
    const all = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    const csrf = document.querySelector('meta[name=_csrf]');
    if (csrf) all[document.querySelector('meta[name=_csrf_header]').content] = csrf.content;
    return all;
  }

  function post(url, body) {
    return fetch(url, {method: 'POST', headers: headers(), body: JSON.stringify(body), credentials: 'same-origin'});
  }

  function showErrors(lines) {
    TaxCollabForms.showLines(errorsBox, lines);
  }

  // a session that ended answers with the login page: go there and come back here afterwards
  function sessionEnded(response) {
    if (response.redirected && response.url.includes('/login') || response.status === 401) {
      location.href = location.pathname;
      return true;
    }
    return false;
  }

  async function problemOf(response) {
    const problem = await response.json().catch(() => ({}));
    return problem;
  }

  // each problem beside its field (without the label the field already shows), and all of them above the buttons
  function showProblem(problem) {
    const lines = TaxCollabForms.showProblems(form, schema, problem);
    showErrors(lines.length ? lines : [problem.detail || problem.title || '提交失败，请稍后重试。']);
  }

  function time(iso) {
    return iso ? iso.substring(0, 16).replace('T', ' ') : '';
  }

  function busy(yes) {
    if (draftButton) draftButton.disabled = yes;
    if (completeButton) completeButton.disabled = yes;
  }

  async function load() {
    const response = await fetch(api, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
    if (sessionEnded(response)) return;
    if (!response.ok) {
      showProblem(await problemOf(response));
      return;
    }
    const detail = await response.json();
    schema = detail.schema;
    root.replaceChildren();
    form = TaxCollabForms.create(root);
    await form.importSchema(detail.schema, detail.values);
    if (root.dataset.readonly === 'true') {
      form.setProperty('readOnly', true);
      return;
    }
    if (detail.draftSavedAt) draftState.textContent = '已载入您 ' + time(detail.draftSavedAt) + ' 暂存的内容';
    busy(false);
  }

  async function saveDraft() {
    const response = await post(api + '/draft', {variables: form._getSubmitData()});
    if (sessionEnded(response)) return false;
    if (!response.ok) {
      showProblem(await problemOf(response));
      return false;
    }
    const saved = await response.json();
    draftState.textContent = '已暂存（' + time(saved.savedAt) + '），只有您能看到';
    return true;
  }

  async function nextTask() {
    const response = await fetch(root.dataset.todoApi, {headers: {'Accept': 'application/json'},
      credentials: 'same-origin'});
    const todo = response.ok ? await response.json().catch(() => []) : [];
    const next = todo.find((task) => task.id !== root.dataset.taskId);
    location.href = next ? root.dataset.taskBase + encodeURIComponent(next.id) : root.dataset.workbench;
  }

  draftButton && draftButton.addEventListener('click', async () => {
    showErrors([]);
    busy(true);
    try {
      await saveDraft();
    } finally {
      busy(false);
    }
  });

  completeButton && completeButton.addEventListener('click', async () => {
    showErrors([]);
    const result = form.submit();
    if (Object.keys(result.errors).length) {
      showErrors(['请先修正表单中标红的项。']);
      return;
    }
    busy(true);
    const response = await post(api + '/complete', {variables: result.data});
    if (sessionEnded(response)) return;
    if (response.status === 204) {
      const caseNumber = root.dataset.caseNumber;
      TaxCollabFlash.leave('已办结：' + root.dataset.taskName + (caseNumber ? '（案件 ' + caseNumber + '）' : ''));
      await nextTask();
      return;
    }
    busy(false);
    showProblem(await problemOf(response));
  });

  // an upload reloads the page: what was typed is kept as a draft first
  uploadForm && uploadForm.addEventListener('submit', async (event) => {
    if (!form || root.dataset.readonly === 'true') return;
    event.preventDefault();
    if (await saveDraft()) HTMLFormElement.prototype.submit.call(uploadForm);
  });

  delegateForm && delegateForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const to = document.getElementById('delegate-to');
    const response = await post(delegateForm.dataset.api, {to: to.value,
      note: document.getElementById('delegate-note').value});
    if (sessionEnded(response)) return;
    if (response.status === 204) {
      TaxCollabFlash.leave('已转办：' + root.dataset.taskName + ' → ' + to.selectedOptions[0].textContent);
      location.href = root.dataset.workbench;
      return;
    }
    showProblem(await problemOf(response));
  });

  load().catch(() => showErrors(['表单载入失败，请刷新页面重试。']));
})();

// 柜台核验: each form asks its API with the fields as query parameters and shows the answer; a 无记录
// answer offers to send the lead to tax in one step.
(() => {
  function csrfHeaders() {
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    const csrf = document.querySelector('meta[name=_csrf]');
    if (csrf) headers[document.querySelector('meta[name=_csrf_header]').content] = csrf.content;
    return headers;
  }

  function line(parent, text, className) {
    const p = document.createElement('p');
    if (className) p.className = className;
    p.textContent = text;
    parent.appendChild(p);
    return p;
  }

  function problems(result, form, answer, status) {
    result.className = 'check-result alert error';
    line(result, answer.title || ('查询失败（' + status + '）'));
    (answer.errors || [{message: answer.detail || ''}]).forEach((problem) => {
      line(result, problem.message, 'problem');
      const field = problem.field && form.querySelector('[name="' + problem.field + '"]');
      if (field) {
        const beside = document.createElement('div');
        beside.className = 'field-problem';
        beside.textContent = problem.message;
        field.insertAdjacentElement('afterend', beside);
      }
    });
  }

  function taxPaid(result, form, answer) {
    result.className = 'check-result alert ' + (answer.result === 'NONE' ? 'error' : 'info');
    const verdict = line(result, '核验结论：' + answer.label, 'verdict');
    verdict.dataset.result = answer.result;
    (answer.evidence || []).forEach((e) => line(result, e.kind + ' ' + e.evidenceNo, 'evidence'));
    if (answer.missing && answer.missing.length) line(result, '未查到：' + answer.missing.join('、'));
    if (answer.result === 'NONE') {
      line(result, '未查到完税记录，请暂缓办理。');
      if (answer.checkId) leadForm(result, form, answer.checkId);
    }
  }

  function leadForm(result, form, checkId) {
    const lead = document.createElement('form');
    lead.className = 'lead-form';
    lead.innerHTML = '<label>当事人名称（选填）<input name="partyName" maxlength="200"></label>'
      + '<label>补充说明（选填）<textarea name="note" maxlength="2000" rows="2"></textarea></label>'
      + '<button type="submit" class="primary">推送涉税线索</button>';
    lead.addEventListener('submit', async (event) => {
      event.preventDefault();
      lead.querySelector('button').disabled = true;
      const body = {partyName: lead.partyName.value, note: lead.note.value};
      const response = await fetch(form.dataset.lead + encodeURIComponent(checkId) + '/lead',
        {method: 'POST', headers: csrfHeaders(), body: JSON.stringify(body), credentials: 'same-origin'});
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        lead.querySelector('button').disabled = false;
        line(lead, answer.detail || answer.title || ('推送失败（' + response.status + '）'), 'field-problem');
        return;
      }
      lead.replaceChildren();
      const sent = line(lead, '已推送税务机关：');
      const link = document.createElement('a');
      link.className = 'lead-case';
      link.href = form.dataset.caseBase + answer.caseNumber;
      link.textContent = answer.caseNumber;
      sent.appendChild(link);
    });
    result.appendChild(lead);
  }

  function seizure(result, answer) {
    result.className = 'check-result alert ' + (answer.sealed ? 'error' : 'info');
    line(result, answer.sealed ? '查封中：不予办理转移登记' : '未查封', 'verdict');
    (answer.seizures || []).forEach((s) => line(result, s.statusLabel + ' ' + (s.authority || '') + ' '
      + (s.documentNumber || '') + (s.until ? '，至 ' + s.until : '')));
  }

  function exitControl(result, answer) {
    result.className = 'check-result alert ' + (answer.controlled ? 'error' : 'info');
    line(result, answer.controlled ? '边控中：阻止出境' : '不在边控名单', 'verdict');
  }

  document.querySelectorAll('form.check-form').forEach((form) => {
    const result = form.nextElementSibling;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      form.querySelectorAll('.field-problem').forEach((p) => p.remove());
      result.replaceChildren();
      const query = new URLSearchParams();
      new FormData(form).forEach((value, key) => { if (String(value).trim() !== '') query.append(key, value); });
      const response = await fetch(form.dataset.api + '?' + query, {headers: {'Accept': 'application/json'},
        credentials: 'same-origin'});
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        problems(result, form, answer, response.status);
      } else if (form.dataset.kind === 'seizure') {
        seizure(result, answer);
      } else if (form.dataset.kind === 'exit-control') {
        exitControl(result, answer);
      } else {
        taxPaid(result, form, answer);
      }
    });
  });

  const importForm = document.getElementById('import-evidence');
  if (importForm) {
    const result = importForm.nextElementSibling;
    importForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      result.replaceChildren();
      const headers = csrfHeaders();
      delete headers['Content-Type'];
      const response = await fetch(importForm.dataset.api, {method: 'POST', headers, body: new FormData(importForm),
        credentials: 'same-origin'});
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        problems(result, importForm, answer, response.status);
        return;
      }
      result.className = 'check-result alert info';
      line(result, '已导入 ' + answer.recorded + ' 份凭证' + (answer.alreadyRecorded ? '，另有 '
        + answer.alreadyRecorded + ' 份此前已登记' : '') + '。', 'verdict');
    });
  }
})();

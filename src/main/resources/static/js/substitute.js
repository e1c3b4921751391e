// 代理设置 on the workbench: PUT /api/me/substitute, then the page again with the new setting.
(() => {
  const form = document.getElementById('substitute-form');
  if (!form) return;
  const errors = document.getElementById('substitute-errors');

  async function put(body) {
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    const csrf = document.querySelector('meta[name=_csrf]');
    if (csrf) headers[document.querySelector('meta[name=_csrf_header]').content] = csrf.content;
    const response = await fetch(form.dataset.api, {method: 'PUT', headers, body: JSON.stringify(body),
      credentials: 'same-origin'});
    if (response.ok) {
      TaxCollabFlash.leave(body.substitute ? '代理已设置。' : '代理已取消。');
      location.reload();
      return;
    }
    const problem = await response.json().catch(() => ({}));
    const lines = (problem.errors || []).map((e) => e.message);
    errors.textContent = lines.length ? lines.join('；') : (problem.detail || '保存失败，请稍后重试。');
    errors.hidden = false;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    put({substitute: document.getElementById('substitute-who').value,
      from: document.getElementById('substitute-from').value, to: document.getElementById('substitute-to').value});
  });
  const clear = document.getElementById('substitute-clear');
  if (clear) clear.addEventListener('click', () => put({substitute: null}));
})();

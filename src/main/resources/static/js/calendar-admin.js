// Saves the year's exception days through the calendar API and shows the answer in Chinese.
document.getElementById('save-year').addEventListener('click', async (event) => {
  const url = event.currentTarget.dataset.url;
  const result = document.getElementById('save-result');
  const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
  const csrf = document.querySelector('meta[name=_csrf]');
  if (csrf) headers[document.querySelector('meta[name=_csrf_header]').content] = csrf.content;
  result.className = 'alert info';
  result.textContent = '正在保存…';
  try {
    const response = await fetch(url, {
      method: 'PUT', headers, body: document.getElementById('year-json').value, credentials: 'same-origin'});
    if (response.ok) {
      window.location.reload();
      return;
    }
    const problem = await response.json().catch(() => ({}));
    result.className = 'alert error';
    result.textContent = '未保存：' + (problem.detail || problem.title || response.status);
  } catch (e) {
    result.className = 'alert error';
    result.textContent = '未保存：' + e;
  }
});

// The header's 工作台 link shows how many tasks wait for the user.
(() => {
  const link = document.getElementById('nav-workbench');
  if (!link) return;
  fetch(link.dataset.countApi, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then((r) => (r.ok ? r.json() : null))
    .then((answer) => {
      if (answer) document.getElementById('todo-count').textContent = answer.todo > 0 ? answer.todo : '';
    })
    .catch(() => {});
})();

// A message a page leaves for the next one (e.g. "已办结" after a task), shown once in #flash.
window.TaxCollabFlash = (() => {
  const KEY = 'taxcollab.flash';
  document.addEventListener('DOMContentLoaded', () => {
    const message = sessionStorage.getItem(KEY);
    const box = document.getElementById('flash');
    if (message && box) {
      box.textContent = message;
      box.hidden = false;
      sessionStorage.removeItem(KEY);
    }
  });
  return {leave: (message) => sessionStorage.setItem(KEY, message)};
})();

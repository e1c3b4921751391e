// 提请部门协助: the selected duty decides which documents the request must carry (one file each) and
// whether the officer names the assisting department.
(() => {
  const duty = document.getElementById('duty');
  const documents = document.getElementById('documents');
  const departmentChoice = document.getElementById('department-choice');

  function showDuty() {
    const option = duty.selectedOptions[0];
    documents.querySelectorAll('.document').forEach((d) => d.remove());
    (option ? option.dataset.documents.split('、') : []).filter((k) => k).forEach((kind, i) => {
      const row = document.createElement('div');
      row.className = 'document';
      const label = document.createElement('label');
      label.htmlFor = 'document-' + i;
      label.textContent = kind;
      const input = document.createElement('input');
      input.type = 'file';
      input.id = 'document-' + i;
      input.accept = '.pdf,.ofd,.jpg,.jpeg,.png';
      input.dataset.attachment = kind;
      row.append(label, input);
      documents.appendChild(row);
    });
    departmentChoice.hidden = !(option && option.dataset.any === 'true');
  }

  duty.addEventListener('change', showDuty);
  document.getElementById('start-form').addEventListener('reset', () => setTimeout(showDuty));
  showDuty();
})();

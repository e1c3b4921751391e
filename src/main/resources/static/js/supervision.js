// 督查看板: figures from /api/supervision/dashboard, charts by ECharts.
(function () {
  const overdueChart = echarts.init(document.getElementById('chart-overdue'));
  const closureChart = echarts.init(document.getElementById('chart-closure'));
  const $ = (id) => document.getElementById(id);
  const csrf = () => {
    const token = document.querySelector('meta[name=_csrf]');
    const header = document.querySelector('meta[name=_csrf_header]');
    return token && header ? { [header.content]: token.content } : {};
  };
  const text = (value) => (value === null || value === undefined ? '' : String(value));
  const cell = (row, value, href) => {
    const td = row.insertCell();
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text(value);
      td.appendChild(a);
    } else {
      td.textContent = text(value);
    }
  };
  const empty = (tbody, columns, message) => {
    const td = tbody.insertRow().insertCell();
    td.colSpan = columns;
    td.className = 'empty';
    td.textContent = message;
  };

  function params() {
    const p = new URLSearchParams();
    if ($('filter-jurisdiction').value) p.set('jurisdiction', $('filter-jurisdiction').value);
    return p;
  }

  function load() {
    const p = params();
    if ($('filter-from').value) p.set('from', $('filter-from').value);
    if ($('filter-to').value) p.set('to', $('filter-to').value);
    $('export-xlsx').href = '/api/rectifications/items.xlsx' + (params().toString() ? '?' + params() : '');
    fetch('/api/supervision/dashboard?' + p, { headers: { Accept: 'application/json' } })
      .then((r) => r.json())
      .then(render);
  }

  function render(d) {
    ['GREEN', 'YELLOW', 'RED'].forEach((light) => { $('count-' + light).textContent = d.lights[light] || 0; });
    overdueChart.setOption({
      tooltip: {}, grid: { left: 40, right: 16, bottom: 60 },
      xAxis: { type: 'category', data: d.overdueByDepartment.map((x) => x.name), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '逾期事项', data: d.overdueByDepartment.map((x) => x.count), itemStyle: { color: '#c62828' } }],
    }, true);
    $('chart-overdue').dataset.departments = d.overdueByDepartment.map((x) => x.name + ':' + x.count).join(',');
    closureChart.setOption({
      tooltip: { formatter: (p) => p.name + '：' + p.value + '%' }, grid: { left: 40, right: 16, bottom: 60 },
      xAxis: { type: 'category', data: d.closureRates.map((x) => x.name), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'bar', name: '按期办结率', data: d.closureRates.map((x) => Math.round(x.rate * 1000) / 10), itemStyle: { color: '#2e7d32' } }],
    }, true);
    $('chart-closure').dataset.departments = d.closureRates.map((x) => x.name + ':' + x.onTime + '/' + x.closed).join(',');

    const red = $('red-list').tBodies[0];
    red.innerHTML = '';
    d.redList.forEach((item) => {
      const row = red.insertRow();
      cell(row, item.caseNumber, '/cases/' + encodeURIComponent(item.caseNumber));
      cell(row, item.problem);
      cell(row, item.departmentName);
      cell(row, item.jurisdictionName);
      cell(row, item.dueDate);
      cell(row, item.overdueWorkingDays);
      cell(row, item.escalated ? '是' : '否');
    });
    if (!d.redList.length) empty(red, 7, '没有红灯事项');

    const assistance = $('assistance').tBodies[0];
    assistance.innerHTML = '';
    d.assistance.forEach((a) => {
      const row = assistance.insertRow();
      cell(row, a.caseNumber, '/cases/' + encodeURIComponent(a.caseNumber));
      cell(row, a.duty);
      cell(row, a.department);
      cell(row, a.jurisdiction);
      cell(row, a.step);
      cell(row, a.due ? new Date(a.due).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '');
      cell(row, a.light);
    });
    if (!d.assistance.length) empty(assistance, 7, '没有未办结的协助请求');

    const tasks = $('overdue-tasks').tBodies[0];
    tasks.innerHTML = '';
    d.overdueTasks.forEach((t) => {
      const row = tasks.insertRow();
      const pick = document.createElement('input');
      pick.type = 'checkbox';
      pick.className = 'press-task';
      pick.value = t.taskId;
      pick.setAttribute('aria-label', '选择 ' + text(t.caseNumber) + ' ' + text(t.task));
      row.insertCell().appendChild(pick);
      cell(row, t.caseNumber, t.caseNumber ? '/cases/' + encodeURIComponent(t.caseNumber) : null);
      cell(row, t.process);
      cell(row, t.task);
      cell(row, t.candidateGroups);
      cell(row, t.assignee);
      cell(row, t.due ? new Date(t.due).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '');
    });
    if (!d.overdueTasks.length) empty(tasks, 7, '没有逾期任务');
    document.body.dataset.loaded = String(Date.now());
  }

  function upload() {
    const form = new FormData();
    form.set('title', $('upload-title').value);
    form.set('jurisdiction', $('upload-jurisdiction').value);
    if ($('upload-file').files[0]) form.set('file', $('upload-file').files[0]);
    fetch('/api/rectifications/upload', { method: 'POST', body: form, headers: csrf() })
      .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
      .then(({ ok, body }) => {
        const out = $('upload-result');
        out.innerHTML = '';
        if (ok) {
          out.textContent = '已登记整改批次 ' + body.caseNumber;
          load();
          return;
        }
        const list = document.createElement('ul');
        list.className = 'problems';
        (body.errors || [{ message: body.detail || '导入失败' }]).forEach((e) => {
          const li = document.createElement('li');
          li.textContent = e.message;
          list.appendChild(li);
        });
        out.appendChild(list);
      });
  }

  // 批量催办: the chosen overdue tasks' people are reminded with the supervisor's words
  function press() {
    const taskIds = Array.from(document.querySelectorAll('.press-task:checked')).map((c) => c.value);
    const out = $('press-result');
    if (!taskIds.length) {
      out.textContent = '请先勾选要催办的任务';
      return;
    }
    fetch('/api/tasks/remind', { method: 'POST', headers: { 'Content-Type': 'application/json', ...csrf() },
      body: JSON.stringify({ taskIds, note: $('press-note').value }) })
      .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
      .then(({ ok, body }) => {
        out.textContent = ok ? '已催办 ' + body.reminded + ' 项任务'
          : (body.errors || [{ message: body.detail || '催办失败' }]).map((e) => e.message).join('；');
      });
  }

  // 批量转办: the chosen tasks to one officer to whom each is offered
  function reassign() {
    const taskIds = Array.from(document.querySelectorAll('.press-task:checked')).map((c) => c.value);
    const out = $('reassign-result');
    if (!taskIds.length) {
      out.textContent = '请先勾选要转办的任务';
      return;
    }
    fetch('/api/tasks/reassign', { method: 'POST', headers: { 'Content-Type': 'application/json', ...csrf() },
      body: JSON.stringify({ taskIds, to: $('reassign-to').value, note: $('reassign-note').value }) })
      .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
      .then(({ ok, body }) => {
        out.textContent = ok ? '已转办 ' + body.reassigned + ' 项任务'
          : (body.errors || [{ message: body.detail || '转办失败' }]).map((e) => e.message).join('；');
        if (ok) load();
      });
  }

  $('select-all-tasks').addEventListener('change', (event) => {
    document.querySelectorAll('.press-task').forEach((c) => { c.checked = event.target.checked; });
  });
  $('press-form').addEventListener('submit', (event) => { event.preventDefault(); press(); });
  $('reassign-form').addEventListener('submit', (event) => { event.preventDefault(); reassign(); });
  // both forms are handled here, never sent by the browser (the page allows no inline handlers)
  $('filters').addEventListener('submit', (event) => { event.preventDefault(); load(); });
  $('upload-form').addEventListener('submit', (event) => { event.preventDefault(); upload(); });
  window.addEventListener('resize', () => { overdueChart.resize(); closureChart.resize(); });
  load();
})();

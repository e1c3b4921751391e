// The assessment's month-by-month 按期办结率: all departments together (bold) and each department.
(function () {
  var container = document.getElementById('chart-trend');
  if (!container || typeof echarts === 'undefined') {
    return;
  }
  fetch(container.dataset.api, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    })
    .then(function (trend) {
      var series = [{ name: '全部部门', type: 'line', data: trend.overall, connectNulls: true,
        lineStyle: { width: 4 }, symbolSize: 8 }];
      trend.departments.forEach(function (d) {
        series.push({ name: d.departmentName, type: 'line', data: d.rates, connectNulls: true });
      });
      echarts.init(container).setOption({
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
        legend: { type: 'scroll', bottom: 0 },
        grid: { left: 48, right: 24, top: 24, bottom: 56 },
        xAxis: { type: 'category', data: trend.months },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: series
      });
      container.dataset.rendered = 'true';
      container.dataset.months = trend.months.join(',');
    })
    .catch(function () {
      container.textContent = '趋势数据暂时无法显示，请稍后刷新。';
    });
})();

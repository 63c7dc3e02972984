// Dashboard charts (ECharts, SVG renderer so that they print sharply). Each chart is drawn from the table below
// it: the table named by the container's data-table, one bar series per header cell with data-series, values
// from the cells' data-value, and a click on a bar follows the link in that cell (the assignments behind it).
// Without JavaScript the tables carry the same figures and links.
(function () {
  // red only for what is late; completion blue, on time green
  var COLORS = { completion: '#1565c0', ontime: '#2e7d32', red: '#c0392b' };

  function series(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var out = [];
    heads.forEach(function (th, col) {
      if (th.hasAttribute('data-series')) {
        out.push({ name: th.textContent.trim(), col: col, color: COLORS[th.getAttribute('data-series')] });
      }
    });
    return out;
  }

  function draw(container) {
    var table = document.getElementById(container.getAttribute('data-table'));
    if (!table || !window.echarts) { return; }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    if (rows.length === 0) { container.hidden = true; return; }
    var labels = rows.map(function (tr) { return tr.cells[0].textContent.trim(); });
    var cols = series(table);
    var links = [];
    var data = cols.map(function (s) {
      var hrefs = [];
      var values = rows.map(function (tr) {
        var cell = tr.cells[s.col];
        var a = cell.querySelector('a') || tr.cells[0].querySelector('a');
        hrefs.push(a ? a.href : null);
        var v = cell.getAttribute('data-value');
        return v === null || v === '' ? null : Number(v);
      });
      links.push(hrefs);
      return { name: s.name, type: 'bar', data: values, itemStyle: { color: s.color },
        label: { show: true, position: 'right' } };
    });
    container.style.height = Math.max(220, 40 + rows.length * 22 * Math.max(1, cols.length)) + 'px';
    var chart = window.echarts.init(container, null, { renderer: 'svg' });
    var max = container.getAttribute('data-max');
    var valueAxis = { type: 'value', max: max ? Number(max) : null, minInterval: 1 };
    var categoryAxis = { type: 'category', data: labels, inverse: true,
      axisLabel: { width: 180, overflow: 'truncate' } };
    chart.setOption({
      animation: false,
      legend: { top: 0 },
      tooltip: { trigger: 'item' },
      grid: { left: 190, right: 50, top: 30, bottom: 20 },
      xAxis: valueAxis,
      yAxis: categoryAxis,
      series: data
    });
    chart.on('click', function (p) {
      var href = links[p.seriesIndex] && links[p.seriesIndex][p.dataIndex];
      if (href) { window.location.href = href; }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-table]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

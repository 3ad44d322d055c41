// Charts of the ward dashboard. Data comes from the canvas's data-chart attribute (no inline script: CSP).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var colours = { EXCEEDED: '#198754', MET: '#0d6efd', IN_PROGRESS: '#ffc107', NOT_MET: '#dc3545', NO_DATA: '#adb5bd' };
  var palette = ['#b71c1c', '#0d6efd', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d', '#d63384', '#0dcaf0', '#795548'];
  function percent(v) { return v === null || v === undefined ? null : Number(v); }
  function vi(v) { return v === null ? '' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) + '%'; }

  var byTarget = document.getElementById('chart-targets');
  if (byTarget) {
    var d = JSON.parse(byTarget.dataset.chart);
    new Chart(byTarget, {
      type: 'bar',
      data: {
        labels: d.labels,
        datasets: [{ label: d.percentLabel, data: d.percents.map(percent),
          backgroundColor: d.statuses.map(function (s) { return colours[s]; }) }]
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false },
          tooltip: { callbacks: { title: function (i) { return d.labels[i[0].dataIndex] + '. ' + d.names[i[0].dataIndex]; },
                                  label: function (c) { return vi(c.parsed.y); } } } },
        scales: { y: { beginAtZero: true, suggestedMax: 120, ticks: { callback: function (v) { return v + '%'; } } } }
      },
      plugins: [{ id: 'planLine', afterDatasetsDraw: function (chart) {
        var y = chart.scales.y.getPixelForValue(100), ctx = chart.ctx, area = chart.chartArea;
        ctx.save(); ctx.strokeStyle = '#212529'; ctx.setLineDash([6, 4]); ctx.beginPath();
        ctx.moveTo(area.left, y); ctx.lineTo(area.right, y); ctx.stroke(); ctx.restore();
      } }]
    });
  }

  var trend = document.getElementById('chart-trend');
  if (trend) {
    var t = JSON.parse(trend.dataset.chart);
    // one legend line per target on a phone, about two on wider screens: the box grows so that the legend
    // of twelve targets does not squeeze the lines away or get cut off
    var perLine = window.innerWidth < 768 ? 1 : 2;
    trend.parentNode.style.height = (240 + 22 * Math.ceil(t.series.length / perLine)) + 'px';
    new Chart(trend, {
      type: 'line',
      data: { labels: t.periods, datasets: t.series.map(function (s, i) {
        return { label: s.label, data: s.data.map(percent), spanGaps: true, borderColor: palette[i % palette.length],
                 backgroundColor: palette[i % palette.length], tension: 0.2 };
      }) },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + vi(c.parsed.y); } } } },
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return v + '%'; } } } }
      }
    });
  }
})();
